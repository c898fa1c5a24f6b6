"""Writes the seed corpus of the fuzz targets (run once; the corpus is committed).

Tokens are minted the way src/token does (libmacaroons V1, HMAC-SHA256 chain from the key
derived from the secret), with the fuzz target's key: id f022, secret 32 bytes of 0x42.
"""
import base64
import hashlib
import hmac
import os

SECRET = bytes([0x42]) * 32
ROOT = hmac.new(b"macaroons-key-generator".ljust(32, b"\0"), SECRET, hashlib.sha256).digest()


def packet(key, value):
    body = key + b" " + value + b"\n"
    return b"%04x" % (len(body) + 4) + body


def mint(identifier, caveats):
    sig = hmac.new(ROOT, identifier, hashlib.sha256).digest()
    out = packet(b"location", b"onezone") + packet(b"identifier", identifier)
    for caveat in caveats:
        sig = hmac.new(sig, caveat, hashlib.sha256).digest()
        out += packet(b"cid", caveat)
    out += packet(b"signature", sig)
    return base64.urlsafe_b64encode(out).rstrip(b"=")


here = os.path.dirname(os.path.abspath(__file__))
tokens = {
    "access": mint(b"oz1:f022:AAAAAAAAAAAAAAAAAAAAAA",
                   [b"type = access", b"user = u1", b"time < 4000000000"]),
    "invite": mint(b"oz1:f022:BBBBBBBBBBBBBBBBBBBBBA",
                   [b"type = space_invite", b"space = s1", b"inviter = u1", b"epoch = 0",
                    b"time < 4000000000"]),
    "expired": mint(b"oz1:f022:CCCCCCCCCCCCCCCCCCCCCA",
                    [b"type = access", b"user = u1", b"time < 1"]),
    "extra_caveat": mint(b"oz1:f022:DDDDDDDDDDDDDDDDDDDDDA",
                         [b"type = access", b"user = u1", b"time < 4000000000", b"time < 5"]),
    "seed_example": b"MDAxNWxvY2F0aW9uIG9uZXpvbmUKMDAzYmlkZW50aWZpZXIgOEhmSEFSSGdrbHFCa1pWSTRsNk1CVHZTU3Z0OThwcHA2OTQ4czhRN1NPawowMDFhY2lkIHRpbWUgPCAxNDk2MTQwMTQ0CjAwMmZzaWduYXR1cmUg88OIBmav38YI0Z2-dw-fvrZ3XP-J0HjCN0taT3_WungK",
    "empty": b"",
    "padded": mint(b"oz1:f022:EEEEEEEEEEEEEEEEEEEEEA", [b"type = access", b"user = u1",
                                                      b"time < 4000000000"]) + b"==",
}
for name, token in tokens.items():
    open(os.path.join(here, "corpus/token_decode_verify", name), "wb").write(token)

credentials = {
    "basic": b"\x00Basic YWRtaW46cGFzc3dvcmQ=",
    "bearer": b"\x00Bearer " + tokens["access"],
    "x_auth_token": b"\x01" + tokens["access"],
    "macaroon_and_basic": b"\x02" + tokens["access"] + b"\xff\x00Basic YTpi",
    "broken_basic": b"\x00Basic !!!",
    "no_colon": b"\x00Basic YWRtaW4=",
    "digest": b"\x00Digest username=x",
}
for name, value in credentials.items():
    open(os.path.join(here, "corpus/credentials", name), "wb").write(value)
# Onezone's own tokens: the ctool vectors as they are, one with a Oneprovider service prefix.
import json
vectors = json.load(open(os.path.join(here, "../tests/vectors/onezone/tokens.json")))
onezone = {v["name"].replace(":", "_"): v["serialized"].encode() for v in vectors}
onezone["opw_prefix"] = b"opw-" + vectors[1]["serialized"].encode()
os.makedirs(os.path.join(here, "corpus/onezone_examine"), exist_ok=True)
for name, token in onezone.items():
    open(os.path.join(here, "corpus/onezone_examine", name), "wb").write(token)
print(f"{len(tokens)} token seeds, {len(credentials)} credential seeds, "
      f"{len(onezone)} Onezone token seeds")
