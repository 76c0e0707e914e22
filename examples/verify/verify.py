"""Verify a Puente webhook (Standard Webhooks signature) in Python 3.8+, standard library only.

    PUENTE_SECRET=whsec_... [PUENTE_PREVIOUS_SECRET=whsec_...] \\
        python3 verify.py <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>

prints "ok" and exits 0 when the request is genuine; prints why not and exits 1 otherwise.
"""
import base64
import hashlib
import hmac
import os
import sys
import time

# How far webhook-timestamp may be from this machine's clock: 5 minutes.
TOLERANCE_SECONDS = 5 * 60


class WebhookVerificationError(Exception):
    pass


def verify_webhook(body, msg_id, timestamp, signature_header, secrets, now=None):
    """Raises WebhookVerificationError unless one of the "v1," signatures in signature_header
    was made with one of secrets (the current secret and, during a rotation, the previous one)
    over exactly these bytes, and the timestamp is within 5 minutes of now.

    body is the raw request body as bytes, before any JSON parsing.
    """
    if not msg_id or not timestamp or not signature_header:
        raise WebhookVerificationError("missing webhook-id, webhook-timestamp or webhook-signature header")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 15):
        raise WebhookVerificationError("webhook-timestamp is not a number of seconds")
    now = int(time.time()) if now is None else now
    if abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        raise WebhookVerificationError("webhook-timestamp is more than 5 minutes away from now")

    # The signed content is "<id>.<timestamp>.<body>", byte for byte.
    signed = f"{msg_id}.{timestamp}.".encode("utf-8") + body
    for secret in secrets:
        if not secret:
            continue
        # The key is the base64 text after "whsec_", decoded.
        key = base64.b64decode(secret[len("whsec_"):] if secret.startswith("whsec_") else secret)
        expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
        # Several signatures, separated by spaces, during a rotation: any one may match.
        for candidate in signature_header.split(" "):
            version, _, value = candidate.partition(",")
            if version == "v1" and hmac.compare_digest(value.encode("utf-8"), expected):
                return
    raise WebhookVerificationError("no signature matches: wrong secret, or the body was changed")


def main():
    if len(sys.argv) != 5 or not os.environ.get("PUENTE_SECRET"):
        print("usage: PUENTE_SECRET=whsec_... [PUENTE_PREVIOUS_SECRET=whsec_...] "
              "python3 verify.py <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>", file=sys.stderr)
        sys.exit(2)
    body_file, msg_id, timestamp, signature = sys.argv[1:5]
    with open(body_file, "rb") as f:
        body = f.read()
    try:
        verify_webhook(body, msg_id, timestamp, signature,
                       [os.environ.get("PUENTE_SECRET"), os.environ.get("PUENTE_PREVIOUS_SECRET")])
    except WebhookVerificationError as err:
        print(f"invalid: {err}", file=sys.stderr)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
