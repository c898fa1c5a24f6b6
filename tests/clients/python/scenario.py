"""The invitation scenario through the Python client generated from api.yaml.

usage: scenario.py BASE_URL CA_CERT ADMIN_PASSWORD BOB_PASSWORD
Basic authentication throughout. Admin creates a space, makes it the default and mints an
invitation; bob joins with it (201), a second join is refused (409); a named invitation
with usage limit 1 admits bob once and refuses his second join (400); bob creates, lists and
revokes an access token; a wrong password gets 401 with the `Error` body. Exits non-zero on
any unexpected answer.
"""
import sys

import onezone_client
from onezone_client.exceptions import ApiException


def client(base_url, ca_cert, user, password):
    configuration = onezone_client.Configuration(
        host=base_url, username=user, password=password, ssl_ca_cert=ca_cert
    )
    return onezone_client.UserApi(onezone_client.ApiClient(configuration))


def header(headers, name):
    """A response header by its case-insensitive name ('' when absent)."""
    return {k.lower(): v for k, v in (headers or {}).items()}.get(name.lower(), "")


def check(condition, message):
    if not condition:
        raise SystemExit(f"python client scenario FAILED: {message}")


def failure(call, what):
    """The client's exception for a call that must fail, and its body read as `Error`."""
    try:
        call()
    except ApiException as e:
        content_type = header(e.headers, "Content-Type")
        check(content_type.startswith("application/json"), f"{what}: content-type {content_type!r}")
        return e, onezone_client.Error.from_json(e.body)
    raise SystemExit(f"python client scenario FAILED: {what} succeeded; it must fail")


def main(base_url, ca_cert, admin_password, bob_password):
    admin = client(base_url, ca_cert, "admin", admin_password)
    bob = client(base_url, ca_cert, "bob", bob_password)

    created = admin.create_user_space_with_http_info(
        onezone_client.SpaceCreateRequest(name="From Python")
    )
    check(created.status_code == 201, f"create space: {created.status_code}")
    space_id = created.data.space_id
    location = header(created.headers, "Location")
    check(location.endswith(f"/user/spaces/{space_id}"), f"create space: Location {location!r}")
    admin.set_user_default_space(onezone_client.DefaultSpace(space_id=space_id))
    check(admin.get_user_default_space().space_id == space_id, "the default space did not change")

    invitation = admin.get_user_space_token()
    check(invitation.token.startswith("MDAx"), f"invitation {invitation.token}")

    joined = bob.join_space_with_http_info(onezone_client.SpaceInviteToken(token=invitation.token))
    check(joined.status_code == 201, f"join: {joined.status_code}")
    check(joined.data.space_id == space_id, f"joined {joined.data.space_id}, invited to {space_id}")
    spaces = bob.get_user_spaces()
    # Other clients' scenarios may run against the same server first: bob may have more.
    check(space_id in spaces.spaces and spaces.default is not None, f"bob's spaces {spaces}")
    shown = bob.get_user_space(space_id)
    check(
        shown.name == "From Python" and [p.value for p in shown.privileges] == ["space_view"],
        f"bob sees {shown}",
    )

    refused, error = failure(
        lambda: bob.join_space(onezone_client.SpaceInviteToken(token=invitation.token)),
        "second join",
    )
    check(refused.status == 409, f"second join: {refused.status} {refused.body}")
    check(error.error == "already_member", f"second join: {error}")

    issued = bob.create_user_client_token_with_http_info()
    check(issued.status_code == 201, f"create access token: {issued.status_code}")
    token_id = issued.data.token_id
    listed = [t.token_id for t in bob.get_user_client_tokens().tokens]
    check(token_id in listed, f"{token_id} not among {listed}")
    revoked = bob.delete_user_client_token_with_http_info(token_id)
    check(revoked.status_code == 204, f"revoke: {revoked.status_code}")
    listed = [t.token_id for t in bob.get_user_client_tokens().tokens]
    check(token_id not in listed, f"{token_id} still listed after revoking: {listed}")

    # A named invitation (Onezone's shape) admitting one join: bob joins, leaves, and his
    # second join is refused because the usage limit is reached.
    second = admin.create_user_space(onezone_client.SpaceCreateRequest(name="Named, one seat"))
    named = admin.create_user_named_token_with_http_info(
        onezone_client.NamedTokenCreateRequest(
            name=f"one seat in {second.space_id}",
            type=onezone_client.TokenType(
                invite_token=onezone_client.InviteTokenType(
                    invite_type="userJoinSpace", space_id=second.space_id
                )
            ),
            usage_limit=1,
        )
    )
    check(named.status_code == 201, f"create named token: {named.status_code}")
    named_id = named.data.token_id
    check(
        header(named.headers, "Location").endswith(f"/tokens/named/{named_id}"),
        f"named token Location {header(named.headers, 'Location')!r}",
    )
    check(named_id in admin.list_user_named_tokens().tokens, "named token not listed")
    joined = bob.join_space_with_http_info(onezone_client.SpaceInviteToken(token=named.data.token))
    check(joined.status_code == 201, f"join with the named token: {joined.status_code}")
    bob.remove_user_space(second.space_id)
    refused, error = failure(
        lambda: bob.join_space(onezone_client.SpaceInviteToken(token=named.data.token)),
        "second join with a usage limit of 1",
    )
    check(refused.status == 400, f"second named join: {refused.status} {refused.body}")
    check(
        error.error == "invalid_token" and "usage limit" in error.error_description,
        f"second named join: {error}",
    )
    shown = admin.get_named_token(named_id)
    check(
        shown.metadata.usage_count == 1 and shown.metadata.usage_limit == 1,
        f"named token metadata {shown.metadata}",
    )

    wrong = client(base_url, ca_cert, "bob", bob_password + "-wrong")
    denied, error = failure(wrong.get_user_spaces, "wrong password")
    check(denied.status == 401, f"wrong password: {denied.status} {denied.body}")
    check(isinstance(error, onezone_client.Error), f"not an Error: {error!r}")
    check(error.error == "invalid_credentials", f"wrong password: {error}")
    check(bool(error.error_description), f"wrong password: empty error_description: {error}")

    print(
        f"python client scenario passed: bob joined {space_id} (Basic), 409 on rejoin, "
        f"access token {token_id} created, listed and revoked, "
        f"named invitation {named_id} refused its second join (usage limit 1), "
        f"401 {error.error} read through Error"
    )


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    main(*sys.argv[1:5])
