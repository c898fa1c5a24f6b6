"""Verifies an onezone-tokens invitation with pymacaroons, an independent implementation.

usage: verify_with_pymacaroons.py TOKEN ROOT_SECRET_HEX SPACE_ID INVITER_ID
Prints the decoded packets and "verified"; exits non-zero when verification fails.
"""
import sys
import time

from pymacaroons import Macaroon, Verifier


def main():
    token, secret_hex, space_id, inviter_id = sys.argv[1:5]
    macaroon = Macaroon.deserialize(token)
    assert macaroon.location == "onezone", macaroon.location
    print(macaroon.inspect())

    def before_expiry(predicate):
        prefix = "time < "
        return predicate.startswith(prefix) and int(time.time()) < int(predicate[len(prefix):])

    verifier = Verifier()
    verifier.satisfy_exact("type = space_invite")
    verifier.satisfy_exact("space = " + space_id)
    verifier.satisfy_exact("inviter = " + inviter_id)
    verifier.satisfy_general(lambda predicate: predicate.startswith("epoch = "))
    # The use limit travels with the token; counting uses is the server's part.
    verifier.satisfy_general(lambda predicate: predicate.startswith("uses <= "))
    verifier.satisfy_general(before_expiry)
    # pymacaroons, like libmacaroons, derives the signing key from the root secret.
    verifier.verify(macaroon, bytes.fromhex(secret_hex))

    wrong = Verifier()
    wrong.satisfy_general(lambda predicate: True)
    try:
        wrong.verify(macaroon, bytes(32))
    except Exception:
        pass
    else:
        raise SystemExit("a wrong key verified the token")
    print("verified")


if __name__ == "__main__":
    main()
