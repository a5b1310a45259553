#!/usr/bin/python3
"""The reference for bench_mail: python's smtplib sends the same .eml files
to the same sink, once with a new connection per message (as accrue's
SmtpSender does) and once over one connection, and prints messages/second.

    smtplib-send.py PORT EML_DIR
"""
import os
import smtplib
import sys
import time

port = int(sys.argv[1])
folder = sys.argv[2]
messages = [open(os.path.join(folder, name), "rb").read()
            for name in sorted(os.listdir(folder)) if name.endswith(".eml")]


def send(smtp, raw):
    smtp.sendmail("billing@seller.example", ["ap@acme.example"], raw)


start = time.monotonic()
for raw in messages:
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        send(smtp, raw)
per_message = time.monotonic() - start
start = time.monotonic()
with smtplib.SMTP("127.0.0.1", port) as smtp:
    for raw in messages:
        send(smtp, raw)
one_connection = time.monotonic() - start
print("python smtplib, a connection per message: %d in %.2f s, %.1f messages/s"
      % (len(messages), per_message, len(messages) / per_message))
print("python smtplib, one connection:          %d in %.2f s, %.1f messages/s"
      % (len(messages), one_connection, len(messages) / one_connection))
