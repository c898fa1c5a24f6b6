"""The invitation scenario through a Python client generated from api.yaml.

usage: python_client_scenario.py BASE_URL CA_CERT ADMIN_PASSWORD BOB_PASSWORD
admin creates a space, makes it the default and mints an invitation; bob joins with it
and finds the space in his list; a second join is refused. Exits non-zero on any
unexpected answer.
"""
import sys

import onezone_client
from onezone_client.exceptions import ApiException


def client(base_url, ca_cert, user, password):
    configuration = onezone_client.Configuration(
        host=base_url, username=user, password=password, ssl_ca_cert=ca_cert
    )
    return onezone_client.UserApi(onezone_client.ApiClient(configuration))


def main(base_url, ca_cert, admin_password, bob_password):
    admin = client(base_url, ca_cert, "admin", admin_password)
    bob = client(base_url, ca_cert, "bob", bob_password)

    created = admin.create_user_space(onezone_client.SpaceCreateRequest(name="From Python"))
    space_id = created.space_id
    admin.set_user_default_space(onezone_client.DefaultSpace(space_id=space_id))
    assert admin.get_user_default_space().space_id == space_id

    invitation = admin.get_user_space_token()
    assert invitation.token.startswith("MDAx"), invitation.token

    joined = bob.join_space(onezone_client.SpaceInviteToken(token=invitation.token))
    assert joined.space_id == space_id, joined
    spaces = bob.get_user_spaces()
    assert spaces.spaces == [space_id] and spaces.default == space_id, spaces
    shown = bob.get_user_space(space_id)
    assert shown.name == "From Python" and [p.value for p in shown.privileges] == ["space_view"]

    try:
        bob.join_space(onezone_client.SpaceInviteToken(token=invitation.token))
    except ApiException as refused:
        assert refused.status == 409, refused
    else:
        raise SystemExit("a second join by the same user was not refused")
    print(f"python client scenario passed: bob joined {space_id}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
