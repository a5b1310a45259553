#!/usr/bin/python3
"""An SMTP sink the mail tests start and stop themselves: aiosmtpd's Mailbox
handler on 127.0.0.1:PORT, optionally demanding AUTH (PLAIN/LOGIN, allowed
without TLS since it only listens on loopback) with one user and password.

    smtp-sink.py PORT MAILDIR [USER PASSWORD]

Prints "ready" once it accepts connections; stops on SIGTERM.
"""
import os
import signal
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword

port = int(sys.argv[1])
maildir = sys.argv[2]
for sub in ("cur", "new", "tmp"):
    os.makedirs(os.path.join(maildir, sub), exist_ok=True)
user = sys.argv[3].encode() if len(sys.argv) > 4 else None
password = sys.argv[4].encode() if len(sys.argv) > 4 else None


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login == user and auth_data.password == password)
    return AuthResult(success=ok, handled=False)


options = {}
if user is not None:
    options = dict(authenticator=authenticator, auth_required=True, auth_require_tls=False)
controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=port, **options)
controller.start()
print("ready", flush=True)


def stop(*_):
    controller.stop()
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
while True:
    time.sleep(3600)
