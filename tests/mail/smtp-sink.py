#!/usr/bin/python3
"""An SMTP sink the mail tests start and stop themselves: aiosmtpd's Mailbox
handler on 127.0.0.1:PORT, optionally demanding AUTH (PLAIN/LOGIN) with one
user and password, optionally over TLS with a certificate the test made.

    smtp-sink.py PORT MAILDIR [USER PASSWORD] [--tls starttls|smtps --cert PEM --key PEM]

Without --tls, AUTH is allowed in plain text (it only listens on loopback).
--tls starttls offers STARTTLS and requires it before MAIL and before AUTH
(so a login that succeeds went over TLS); --tls smtps speaks TLS from the
first byte (aiosmtpd's ssl_context: implicit TLS, port 465 style), where
AUTH is over TLS by construction.

Prints "ready" once it accepts connections; stops on SIGTERM.
"""
import argparse
import os
import signal
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("port", type=int)
parser.add_argument("maildir")
parser.add_argument("auth", nargs="*", help="USER PASSWORD")
parser.add_argument("--tls", choices=("starttls", "smtps"))
parser.add_argument("--cert")
parser.add_argument("--key")
args = parser.parse_args()
if args.auth and len(args.auth) != 2:
    parser.error("AUTH takes USER and PASSWORD")
if args.tls and not (args.cert and args.key):
    parser.error("--tls needs --cert and --key")

for sub in ("cur", "new", "tmp"):
    os.makedirs(os.path.join(args.maildir, sub), exist_ok=True)
user = args.auth[0].encode() if args.auth else None
password = args.auth[1].encode() if args.auth else None


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login == user and auth_data.password == password)
    return AuthResult(success=ok, handled=False)


options = {}
if user is not None:
    options.update(authenticator=authenticator, auth_required=True,
                   auth_require_tls=args.tls == "starttls")
if args.tls:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    if args.tls == "starttls":
        options.update(tls_context=context, require_starttls=True)
    else:
        options.update(ssl_context=context)
controller = Controller(Mailbox(args.maildir), hostname="127.0.0.1", port=args.port, **options)
controller.start()
print("ready", flush=True)


def stop(*_):
    controller.stop()
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
while True:
    time.sleep(3600)
