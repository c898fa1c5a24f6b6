"""Posts bodies the way many clients do: the whole body first, the answer after.

usage: post_whole_body.py URL CAFILE USER PASSWORD REPEATS SIZE...

Python's http.client writes the head and the complete body before it reads anything, so
a server that answers early and closes at once makes it fail in the middle of its write
(reset, broken pipe, "EOF occurred in violation of protocol") instead of reading the
answer. Prints one JSON line per request: size, status (or null) and error code (or the
exception).
"""
import base64
import http.client
import json
import ssl
import sys
import urllib.parse


def post(url, cafile, authorization, size):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https":
        context = ssl.create_default_context(cafile=cafile)
        connection = http.client.HTTPSConnection(parts.hostname, parts.port, context=context,
                                                 timeout=20)
    else:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    body = b'{"name": "' + b"x" * size + b'"}'
    headers = {"Content-Type": "application/json", "Connection": "close"}
    if authorization:
        headers["Authorization"] = authorization
    try:
        connection.request("POST", parts.path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read()
        code = None
        if response.getheader("Content-Type") == "application/json":
            code = json.loads(text).get("error")
        return {"size": size, "status": response.status, "error": code}
    except Exception as error:  # what the client saw instead of an answer
        return {"size": size, "status": None, "error": f"{type(error).__name__}: {error}"}
    finally:
        connection.close()


def main():
    url, cafile, user, password, repeats = sys.argv[1:6]
    authorization = None
    if user:
        pair = f"{user}:{password}".encode()
        authorization = "Basic " + base64.b64encode(pair).decode()
    for size in map(int, sys.argv[6:]):
        for _ in range(int(repeats)):
            print(json.dumps(post(url, cafile or None, authorization, size)), flush=True)


if __name__ == "__main__":
    main()
