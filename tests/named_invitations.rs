//! Named invitations (Onezone's named `userJoinSpace` invite tokens) over real sockets:
//! `POST/GET /user/tokens/named`, `GET/PATCH/DELETE /tokens/named/{id}`, and joining with
//! them: usage limits (also under concurrency, SQLite and PostgreSQL across two replicas),
//! carried privileges, escalation, revocation, deletion, and the time, consumer and ip
//! caveats.

mod common;

use common::{Auth, TRANSPORTS, TestApp, Transport, client_from, join_all_at_once, joiners, pg};
use onezone_tokens::server::TokenSettings;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A server with `owner` (all privileges in a space of their own) and the space's id.
struct World {
    app: TestApp,
    owner_password: String,
    space_id: String,
}

impl World {
    async fn new(transport: Transport) -> World {
        let app = TestApp::spawn(transport).await;
        let owner_password = app.add_user("owner");
        let space_id = app.create_space("Experiment data", "owner");
        World {
            app,
            owner_password,
            space_id,
        }
    }

    fn owner(&self) -> Auth<'_> {
        Auth::Basic("owner", &self.owner_password)
    }

    fn invite(&self, name: &str) -> Value {
        json!({
            "name": name,
            "type": {"inviteToken": {"inviteType": "userJoinSpace", "spaceId": self.space_id}},
        })
    }

    /// Creates a named invitation with these extra fields; returns (tokenId, token).
    async fn create(&self, name: &str, extra: Value) -> (String, String) {
        let mut body = self.invite(name);
        for (key, value) in extra.as_object().unwrap() {
            body[key] = value.clone();
        }
        let answer = self.app.create_named_token(self.owner(), &body).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
        let json = answer.json();
        let id = json["tokenId"].as_str().unwrap().to_owned();
        assert_eq!(
            answer.header("location"),
            Some(format!("/api/v3/onezone/tokens/named/{id}").as_str())
        );
        (id, json["token"].as_str().unwrap().to_owned())
    }

    /// A new user with an access token.
    fn user(&self, name: &str) -> String {
        self.app.add_user(name);
        self.app.issue_token(name)
    }

    async fn privileges_of(&self, access: &str) -> Value {
        let answer = self
            .app
            .request(
                Method::GET,
                &format!("/user/spaces/{}", self.space_id),
                Auth::XAuthToken(access),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
        answer.json()["privileges"].clone()
    }
}

#[tokio::test]
async fn create_list_read_rename_revoke_and_delete() {
    for transport in TRANSPORTS {
        let world = World::new(transport).await;
        let app = &world.app;
        let (id, token) = world.create("Five colleagues", json!({})).await;
        let (second, _) = world
            .create(
                "Lab",
                json!({"usageLimit": 3, "privileges": ["space_view"]}),
            )
            .await;

        let list = app.list_named_tokens(world.owner()).await;
        assert_eq!(list.status, StatusCode::OK, "{list:?}");
        assert_eq!(list.json(), json!({"tokens": [id, second]}));

        let owner_id = app.user_id("owner").await;
        let read = app.get_named_token(world.owner(), &id).await;
        assert_eq!(read.status, StatusCode::OK, "{read:?}");
        let named = read.json();
        assert_eq!(named["id"], id);
        assert_eq!(named["name"], "Five colleagues");
        assert_eq!(named["subject"], json!({"type": "user", "id": owner_id}));
        assert_eq!(
            named["type"],
            json!({"inviteToken": {"inviteType": "userJoinSpace", "spaceId": world.space_id}})
        );
        assert_eq!(named["caveats"], json!([]));
        assert_eq!(named["metadata"]["usageLimit"], "infinity");
        assert_eq!(named["metadata"]["usageCount"], 0);
        assert_eq!(
            named["metadata"]["privileges"],
            json!(["space_view", "space_write_data"])
        );
        assert!(named["metadata"]["creationTime"].as_i64().unwrap() > 1_700_000_000);
        assert_eq!(named["revoked"], false);
        assert_eq!(named["token"], token);
        let lab = app.get_named_token(world.owner(), &second).await.json();
        assert_eq!(lab["metadata"]["usageLimit"], 3);
        assert_eq!(lab["metadata"]["privileges"], json!(["space_view"]));

        // Names are unique per user.
        app.create_named_token(world.owner(), &world.invite("Lab"))
            .await
            .assert_error(409, "already_exists");
        app.update_named_token(world.owner(), &id, &json!({"name": "Lab"}))
            .await
            .assert_error(409, "already_exists");

        // Rename, revoke and un-revoke.
        let patched = app
            .update_named_token(
                world.owner(),
                &id,
                &json!({"name": "Renamed", "revoked": true}),
            )
            .await;
        assert_eq!(patched.status, StatusCode::NO_CONTENT, "{patched:?}");
        let named = app.get_named_token(world.owner(), &id).await.json();
        assert_eq!(
            (named["name"].clone(), named["revoked"].clone()),
            (json!("Renamed"), json!(true))
        );
        app.update_named_token(world.owner(), &id, &json!({"revoked": false}))
            .await;
        assert_eq!(
            app.get_named_token(world.owner(), &id).await.json()["revoked"],
            false
        );

        // Only the owner sees or changes it.
        let other = app.add_user("other");
        let other = || Auth::Basic("other", &other);
        app.get_named_token(other(), &id)
            .await
            .assert_error(404, "not_found");
        app.update_named_token(other(), &id, &json!({"revoked": true}))
            .await
            .assert_error(404, "not_found");
        app.delete_named_token(other(), &id)
            .await
            .assert_error(404, "not_found");
        assert_eq!(
            app.list_named_tokens(other()).await.json(),
            json!({"tokens": []})
        );
        assert_eq!(
            app.get_named_token(world.owner(), &id).await.json()["revoked"],
            false
        );

        // Delete.
        let deleted = app.delete_named_token(world.owner(), &id).await;
        assert_eq!(deleted.status, StatusCode::NO_CONTENT, "{deleted:?}");
        app.get_named_token(world.owner(), &id)
            .await
            .assert_error(404, "not_found");
        app.delete_named_token(world.owner(), &id)
            .await
            .assert_error(404, "not_found");
        assert_eq!(
            app.list_named_tokens(world.owner()).await.json(),
            json!({"tokens": [second]})
        );
        // Without credentials: 401.
        app.list_named_tokens(Auth::None)
            .await
            .assert_error(401, "unauthorized");
    }
}

#[tokio::test]
async fn bad_requests_are_400_naming_the_problem() {
    let world = World::new(Transport::Http).await;
    let app = &world.app;
    let refused = |answer: common::Answer, fragment: &str| {
        answer.assert_error(400, "invalid_request");
        let description = answer.json()["error_description"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            description.contains(fragment),
            "{description:?} lacks {fragment:?}"
        );
    };
    let access = json!({"name": "a", "type": {"accessToken": {}}});
    refused(
        app.create_named_token(world.owner(), &access).await,
        "userJoinSpace",
    );
    let group = json!({"name": "g", "type": {"inviteToken": {"inviteType": "groupJoinSpace", "spaceId": world.space_id}}});
    refused(
        app.create_named_token(world.owner(), &group).await,
        "userJoinSpace",
    );
    let mut body = world.invite("x");
    body["caveats"] = json!([{"type": "service", "whitelist": ["opw-x"]}]);
    refused(
        app.create_named_token(world.owner(), &body).await,
        "\"service\"",
    );
    body["caveats"] = json!([{"type": "ip", "whitelist": ["not-an-address"]}]);
    refused(app.create_named_token(world.owner(), &body).await, "CIDR");
    body["caveats"] = json!([{"type": "consumer", "whitelist": ["grp-abc"]}]);
    refused(app.create_named_token(world.owner(), &body).await, "usr-");
    body["caveats"] = json!([]);
    for limit in [json!(0), json!(-1), json!("lots"), json!(1.5)] {
        body["usageLimit"] = limit;
        refused(
            app.create_named_token(world.owner(), &body).await,
            "usageLimit",
        );
    }
    // Not JSON: 415; not an object: 400.
    let text = app
        .client
        .post(format!("{}/user/tokens/named", app.url))
        .basic_auth("owner", Some(&world.owner_password))
        .header("Content-Type", "text/plain")
        .body(world.invite("t").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(text.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let array = app
        .send(
            Method::POST,
            "/user/tokens/named",
            world.owner(),
            Some("[]"),
        )
        .await;
    array.assert_error(400, "invalid_request");
    // Nothing was created.
    assert_eq!(
        app.list_named_tokens(world.owner()).await.json(),
        json!({"tokens": []})
    );
}

#[tokio::test]
async fn the_inviter_needs_space_invite_user_and_every_privilege_it_carries() {
    let world = World::new(Transport::Http).await;
    let app = &world.app;
    let viewer = app.add_user("viewer");
    app.cli(&["space", "add-member", &world.space_id, "viewer"], None)
        .success();
    let answer = app
        .create_named_token(Auth::Basic("viewer", &viewer), &world.invite("v"))
        .await;
    answer.assert_error(403, "forbidden");
    assert!(answer.body.contains("space_invite_user"), "{answer:?}");

    let inviter = app.add_user("inviter");
    app.cli(
        &[
            "space",
            "add-member",
            &world.space_id,
            "inviter",
            "--privilege",
            "space_invite_user",
        ],
        None,
    )
    .success();
    let mut body = world.invite("escalation");
    body["privileges"] = json!(["space_view", "space_set_privileges"]);
    let answer = app
        .create_named_token(Auth::Basic("inviter", &inviter), &body)
        .await;
    answer.assert_error(403, "forbidden");
    assert!(answer.body.contains("space_set_privileges"), "{answer:?}");
    // The member defaults include space_write_data, which the inviter lacks too.
    let answer = app
        .create_named_token(Auth::Basic("inviter", &inviter), &world.invite("defaults"))
        .await;
    answer.assert_error(403, "forbidden");
    assert!(answer.body.contains("space_write_data"), "{answer:?}");
    // What it holds, it may carry.
    body["privileges"] = json!(["space_view", "space_invite_user"]);
    let answer = app
        .create_named_token(Auth::Basic("inviter", &inviter), &body)
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
    // A space the caller is not in: 404.
    let mut elsewhere = world.invite("elsewhere");
    elsewhere["type"]["inviteToken"]["spaceId"] = json!("0123456789abcdef0123456789abcdef");
    app.create_named_token(world.owner(), &elsewhere)
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn a_usage_limit_of_two_admits_two_and_refuses_the_third() {
    let world = World::new(Transport::Https).await;
    let (id, token) = world.create("two", json!({"usageLimit": 2})).await;
    for name in ["first", "second"] {
        let access = world.user(name);
        let answer = world.app.join(Auth::XAuthToken(&access), &token).await;
        assert_eq!(answer.space_id_from_location(), world.space_id);
    }
    let third = world.user("third");
    world
        .app
        .join(Auth::XAuthToken(&third), &token)
        .await
        .assert_refused("usage limit is reached");
    let named = world.app.get_named_token(world.owner(), &id).await.json();
    assert_eq!(named["metadata"]["usageCount"], 2);
    // A refused join is not counted; neither is one by a member already in the space.
    let first = world.app.issue_token("first");
    world
        .app
        .join(Auth::XAuthToken(&first), &token)
        .await
        .assert_refused("usage limit is reached");
    assert_eq!(
        world.app.get_named_token(world.owner(), &id).await.json()["metadata"]["usageCount"],
        2
    );
}

#[tokio::test]
async fn carried_privileges_land_exactly_and_the_inviter_must_still_hold_them() {
    let world = World::new(Transport::Http).await;
    let carried = json!(["space_view", "space_manage_shares"]);
    let (_, token) = world.create("shares", json!({"privileges": carried})).await;
    let joiner = world.user("joiner");
    let answer = world.app.join(Auth::XAuthToken(&joiner), &token).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
    assert_eq!(world.privileges_of(&joiner).await, carried);
    // Default: the member defaults.
    let (_, defaults) = world.create("defaults", json!({})).await;
    let second = world.user("second");
    world.app.join(Auth::XAuthToken(&second), &defaults).await;
    assert_eq!(
        world.privileges_of(&second).await,
        json!(["space_view", "space_write_data"])
    );
    // The owner loses space_manage_shares (another member keeps space_set_privileges):
    // the invitation carrying it is refused, naming it.
    world
        .app
        .cli(
            &[
                "space",
                "add-member",
                &world.space_id,
                "joiner",
                "--privilege",
                "space_set_privileges",
            ],
            None,
        )
        .success();
    world
        .app
        .cli(
            &[
                "space",
                "set-privileges",
                &world.space_id,
                "owner",
                "--privilege",
                "space_invite_user",
                "--privilege",
                "space_write_data",
            ],
            None,
        )
        .success();
    let third = world.user("third");
    world
        .app
        .join(Auth::XAuthToken(&third), &token)
        .await
        .assert_refused("no longer holds space_manage_shares");
    world.app.join(Auth::XAuthToken(&third), &defaults).await;
    assert_eq!(
        world.privileges_of(&third).await,
        json!(["space_view", "space_write_data"])
    );
}

#[tokio::test]
async fn revoked_and_deleted_invitations_are_refused_and_unrevoking_restores_one() {
    let world = World::new(Transport::Http).await;
    let (id, token) = world.create("r", json!({})).await;
    world
        .app
        .update_named_token(world.owner(), &id, &json!({"revoked": true}))
        .await;
    let joiner = world.user("joiner");
    world
        .app
        .join(Auth::XAuthToken(&joiner), &token)
        .await
        .assert_refused("it has been revoked");
    world
        .app
        .update_named_token(world.owner(), &id, &json!({"revoked": false}))
        .await;
    let answer = world.app.join(Auth::XAuthToken(&joiner), &token).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");

    let (id, token) = world.create("d", json!({})).await;
    world.app.delete_named_token(world.owner(), &id).await;
    let late = world.user("late");
    world
        .app
        .join(Auth::XAuthToken(&late), &token)
        .await
        .assert_refused("it has been deleted");
}

#[tokio::test]
async fn consumer_time_and_attenuation_are_checked_at_join() {
    let world = World::new(Transport::Http).await;
    let alice = world.user("alice");
    let bob = world.user("bob");
    let alice_id = world.app.user_id("alice").await;
    let (id, token) = world
        .create(
            "alice only",
            json!({"caveats": [{"type": "consumer", "whitelist": [format!("usr-{alice_id}")]}]}),
        )
        .await;
    let named = world.app.get_named_token(world.owner(), &id).await.json();
    assert_eq!(
        named["caveats"],
        json!([{"type": "consumer", "whitelist": [format!("usr-{alice_id}")]}])
    );
    world
        .app
        .join(Auth::XAuthToken(&bob), &token)
        .await
        .assert_refused("consumer caveat does not list you");
    let answer = world.app.join(Auth::XAuthToken(&alice), &token).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");

    let past = onezone_tokens::clock::unix_now() - 10;
    let (_, expired) = world
        .create(
            "expired",
            json!({"caveats": [{"type": "time", "validUntil": past}]}),
        )
        .await;
    world
        .app
        .join(Auth::XAuthToken(&bob), &expired)
        .await
        .assert_refused("expired");
    let future = onezone_tokens::clock::unix_now() + 600;
    let (id, timed) = world
        .create(
            "timed",
            json!({"caveats": [{"type": "time", "validUntil": future}]}),
        )
        .await;
    assert_eq!(
        world.app.get_named_token(world.owner(), &id).await.json()["caveats"],
        json!([{"type": "time", "validUntil": future}])
    );
    // A caveat the holder appends (a valid macaroon chain) is refused.
    let attenuated = append_caveat(&timed, "time < 99999999999");
    let carol = world.user("carol");
    let refused = world.app.join(Auth::XAuthToken(&carol), &attenuated).await;
    refused.assert_error(400, "invalid_token");
    let answer = world.app.join(Auth::XAuthToken(&carol), &timed).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
}

/// The token with one more first-party caveat, chained the way any holder can (HMAC of
/// the old signature), in the same canonical V1 form.
fn append_caveat(token: &str, predicate: &str) -> String {
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use hmac::{Hmac, Mac};
    let mut binary = URL_SAFE_NO_PAD.decode(token).unwrap();
    // The last packet is "signature <32 bytes>\n", 4 + 10 + 32 + 1 bytes.
    let signature: [u8; 32] = binary[binary.len() - 33..binary.len() - 1]
        .try_into()
        .unwrap();
    binary.truncate(binary.len() - 47);
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&signature).unwrap();
    mac.update(predicate.as_bytes());
    let signature = mac.finalize().into_bytes();
    let packet = |out: &mut Vec<u8>, name: &str, value: &[u8]| {
        let length = 4 + name.len() + 1 + value.len() + 1;
        out.extend_from_slice(format!("{length:04x}").as_bytes());
        out.extend_from_slice(name.as_bytes());
        out.push(b' ');
        out.extend_from_slice(value);
        out.push(b'\n');
    };
    packet(&mut binary, "cid", predicate.as_bytes());
    packet(&mut binary, "signature", &signature);
    URL_SAFE_NO_PAD.encode(binary)
}

#[tokio::test]
async fn the_ip_caveat_admits_only_listed_client_addresses() {
    let world = World::new(Transport::Http).await;
    let (_, token) = world
        .create(
            "from .2",
            json!({"caveats": [{"type": "ip", "whitelist": ["127.0.0.2/32"]}]}),
        )
        .await;
    let first = world.user("first");
    world
        .app
        .join_from(&client_from("127.0.0.3"), &first, &token)
        .await
        .assert_refused("ip caveat");
    world
        .app
        .join(Auth::XAuthToken(&first), &token)
        .await
        .assert_refused("ip caveat");
    let answer = world
        .app
        .join_from(&client_from("127.0.0.2"), &first, &token)
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_users_racing_for_five_seats_get_exactly_five() {
    let world = World::new(Transport::Http).await;
    let (id, token) = world.create("five seats", json!({"usageLimit": 5})).await;
    let access = joiners(world.app.shared_store().await.as_ref(), 20).await;
    let answers = join_all_at_once(&[&world.app], access, &token).await;
    assert_five_of_twenty(&answers);
    let named = world.app.get_named_token(world.owner(), &id).await.json();
    assert_eq!(named["metadata"]["usageCount"], 5);
}

fn assert_five_of_twenty(answers: &[(usize, StatusCode, String)]) {
    assert_eq!(answers.len(), 20);
    let created = answers
        .iter()
        .filter(|(_, status, _)| *status == StatusCode::CREATED)
        .count();
    assert_eq!(created, 5, "{answers:?}");
    for (_, status, body) in answers.iter().filter(|(_, s, _)| *s != StatusCode::CREATED) {
        assert_eq!(*status, StatusCode::BAD_REQUEST, "{body}");
        assert!(body.contains("usage limit is reached"), "{body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_users_racing_for_five_seats_over_two_postgres_replicas_get_exactly_five() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let (a, b) = TestApp::two_replicas(&db.url).await;
    let password = a.admin_password.clone();
    let admin = Auth::Basic("admin", &password);
    let space_id = a
        .request(
            Method::GET,
            "/user/spaces/default",
            Auth::Basic("admin", &password),
        )
        .await
        .json()["spaceId"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = json!({
        "name": "five seats",
        "type": {"inviteToken": {"inviteType": "userJoinSpace", "spaceId": space_id}},
        "usageLimit": 5,
    });
    let created = a.create_named_token(admin, &body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
    let (id, token) = (
        created.json()["tokenId"].as_str().unwrap().to_owned(),
        created.json()["token"].as_str().unwrap().to_owned(),
    );
    let access = joiners(a.shared_store().await.as_ref(), 20).await;
    let answers = join_all_at_once(&[&a, &b], access, &token).await;
    assert_five_of_twenty(&answers);
    let named = b
        .get_named_token(Auth::Basic("admin", &password), &id)
        .await
        .json();
    assert_eq!(named["metadata"]["usageCount"], 5);
    let members: i64 = db
        .connect()
        .await
        .query_one("SELECT count(*) FROM memberships", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(members, 6);
}

#[tokio::test]
async fn temporary_invitations_need_a_bounded_time_caveat_and_carry_no_privileges() {
    let settings = TokenSettings {
        max_temporary_ttl_seconds: 3600,
        ..TokenSettings::default()
    };
    let app = TestApp::spawn_with(Transport::Https, settings).await;
    let owner_password = app.add_user("owner");
    let owner = || Auth::Basic("owner", &owner_password);
    let space_id = app.create_space("Temporary", "owner");
    let now = onezone_tokens::clock::unix_now();
    let body = |caveats: Value| {
        json!({
            "type": {"inviteToken": {"inviteType": "userJoinSpace", "spaceId": space_id}},
            "caveats": caveats,
        })
    };
    for caveats in [
        json!([]),
        json!([{"type": "time", "validUntil": now + 3700}]),
        json!([{"type": "time", "validUntil": now - 1}]),
    ] {
        let answer = app.create_temporary_token(owner(), &body(caveats)).await;
        answer.assert_error(400, "invalid_request");
        assert!(answer.body.contains("3600 seconds"), "{answer:?}");
    }
    let answer = app
        .create_temporary_token(
            owner(),
            &json!({"type": {"inviteToken": {"inviteType": "groupJoinSpace", "spaceId": space_id}}, "caveats": [{"type": "time", "validUntil": now + 60}]}),
        )
        .await;
    answer.assert_error(400, "invalid_request");
    assert!(answer.body.contains("userJoinSpace"), "{answer:?}");

    let created = app
        .create_temporary_token(
            owner(),
            &body(json!([{"type": "time", "validUntil": now + 600}])),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
    let token = created.json()["token"].as_str().unwrap().to_owned();
    // Any number of users may join with it; they get view rights only.
    for name in ["first", "second", "third"] {
        app.add_user(name);
        let access = app.issue_token(name);
        let answer = app.join(Auth::XAuthToken(&access), &token).await;
        assert_eq!(answer.space_id_from_location(), space_id);
        let space = app
            .request(
                Method::GET,
                &format!("/user/spaces/{space_id}"),
                Auth::XAuthToken(&access),
            )
            .await
            .json();
        assert_eq!(space["privileges"], json!(["space_view"]));
    }
    // A non-inviter cannot create one.
    let viewer = app.issue_token("first");
    app.create_temporary_token(
        Auth::XAuthToken(&viewer),
        &body(json!([{"type": "time", "validUntil": now + 60}])),
    )
    .await
    .assert_error(403, "forbidden");
    // A consumer caveat on a temporary token is honoured too.
    let first_id = app.user_id("first").await;
    let only_first = app
        .create_temporary_token(
            owner(),
            &body(json!([
                {"type": "time", "validUntil": now + 600},
                {"type": "consumer", "whitelist": [format!("usr-{first_id}")]},
            ])),
        )
        .await
        .json()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    app.add_user("fourth");
    let fourth = app.issue_token("fourth");
    app.join(Auth::XAuthToken(&fourth), &only_first)
        .await
        .assert_refused("consumer caveat does not list you");
}

#[tokio::test]
async fn examine_describes_our_tokens_without_credentials() {
    let world = World::new(Transport::Http).await;
    let app = &world.app;
    let owner_id = app.user_id("owner").await;
    let (id, named) = world
        .create(
            "examined",
            json!({"caveats": [{"type": "ip", "whitelist": ["127.0.0.0/8"]}]}),
        )
        .await;
    let answer = app.examine_token(&named).await;
    assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    assert_eq!(
        answer.json(),
        json!({
            "onezoneDomain": "onezone",
            "id": id,
            "persistence": "named",
            "subject": {"type": "user", "id": owner_id},
            "type": {"inviteToken": {"inviteType": "userJoinSpace", "spaceId": world.space_id}},
            "caveats": [{"type": "ip", "whitelist": ["127.0.0.0/8"]}],
        })
    );
    // The seed's invitations: temporary, with their time caveat.
    let admin_id = app.user_id("admin").await;
    let seed = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    let examined = app.examine_token(&seed).await.json();
    assert_eq!(examined["persistence"], "temporary");
    assert_eq!(examined["subject"], json!({"type": "user", "id": admin_id}));
    assert_eq!(examined["caveats"][0]["type"], "time");
    assert_eq!(examined["caveats"].as_array().unwrap().len(), 1);
    // Access tokens are ours but not described: a 400 saying so.
    let access = app.issue_token("owner");
    let answer = app.examine_token(&access).await;
    answer.assert_error(400, "invalid_token");
    assert!(answer.body.contains("access token"), "{answer:?}");
    // Not ours: 400 invalid_token.
    app.examine_token("MDAxNWxvY2F0aW9uIG9uZXpvbmUK")
        .await
        .assert_error(400, "invalid_token");
    app.examine_token("not a token")
        .await
        .assert_error(400, "invalid_token");
}

#[tokio::test]
async fn verify_invite_token_says_why_a_join_would_fail_now() {
    let world = World::new(Transport::Http).await;
    let app = &world.app;
    let owner_id = app.user_id("owner").await;
    let alice = world.user("alice");
    let bob = world.user("bob");
    let alice_id = app.user_id("alice").await;
    let verify = |access: &str, token: &str| {
        let body = json!({"token": token, "expectedInviteType": "userJoinSpace"});
        let access = access.to_owned();
        async move {
            app.verify_invite_token(Auth::XAuthToken(&access), &body)
                .await
        }
    };
    let future = onezone_tokens::clock::unix_now() + 600;
    let (id, token) = world
        .create(
            "for alice",
            json!({
                "usageLimit": 1,
                "caveats": [
                    {"type": "time", "validUntil": future},
                    {"type": "consumer", "whitelist": [format!("usr-{alice_id}")]},
                ],
            }),
        )
        .await;
    let ok = verify(&alice, &token).await;
    assert_eq!(ok.status, StatusCode::OK, "{ok:?}");
    assert_eq!(
        ok.json()["subject"],
        json!({"type": "user", "id": owner_id})
    );
    let ttl = ok.json()["ttl"].as_i64().unwrap();
    assert!((590..=600).contains(&ttl), "{ttl}");
    // Verifying does not use it.
    assert_eq!(
        app.get_named_token(world.owner(), &id).await.json()["metadata"]["usageCount"],
        0
    );
    verify(&bob, &token).await.assert_refused("consumer");
    let wrong_type = app
        .verify_invite_token(
            Auth::XAuthToken(&alice),
            &json!({"token": token, "expectedInviteType": "groupJoinSpace"}),
        )
        .await;
    wrong_type.assert_refused("groupJoinSpace");
    app.update_named_token(world.owner(), &id, &json!({"revoked": true}))
        .await;
    verify(&alice, &token).await.assert_refused("revoked");
    app.update_named_token(world.owner(), &id, &json!({"revoked": false}))
        .await;
    app.join(Auth::XAuthToken(&alice), &token).await;
    let carol = world.user("carol");
    let (_, anyone_once) = world.create("once", json!({"usageLimit": 1})).await;
    app.join(Auth::XAuthToken(&carol), &anyone_once).await;
    verify(&bob, &anyone_once)
        .await
        .assert_refused("usage limit");
    verify(&alice, &token).await.assert_refused("usage limit");
    // Signature and expiry.
    let mut forged = token.clone();
    forged.replace_range(forged.len() - 4.., "AAAA");
    verify(&bob, &forged)
        .await
        .assert_error(400, "invalid_token");
    let (_, expired) = world
        .create(
            "expired",
            json!({"caveats": [{"type": "time", "validUntil": 1}]}),
        )
        .await;
    verify(&bob, &expired).await.assert_refused("expired");
    // The ip caveat, from another loopback address; no time caveat: ttl null.
    let (_, from_two) = world
        .create(
            "from two",
            json!({"caveats": [{"type": "ip", "whitelist": ["127.0.0.2"]}]}),
        )
        .await;
    verify(&bob, &from_two).await.assert_refused("ip caveat");
    let answer = client_from("127.0.0.2")
        .post(format!("{}/tokens/verify_invite_token", app.url))
        .header("X-Auth-Token", &bob)
        .json(&json!({"token": from_two}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    assert_eq!(answer.json::<Value>().await.unwrap()["ttl"], Value::Null);
    // Without credentials: 401.
    app.verify_invite_token(Auth::None, &json!({"token": token}))
        .await
        .assert_error(401, "unauthorized");
}

#[tokio::test]
async fn operators_create_and_list_named_invitations_with_the_cli() {
    let world = World::new(Transport::Http).await;
    let app = &world.app;
    let alice = world.user("alice");
    let bob = world.user("bob");
    let out = app.cli(
        &[
            "token",
            "create-invite",
            &world.space_id,
            "--owner",
            "owner",
            "--name",
            "for alice",
            "--usage-limit",
            "1",
            "--privilege",
            "space_view",
            "--consumer",
            "alice",
            "--ttl",
            "600",
        ],
        None,
    );
    let printed = out.success().to_owned();
    let mut lines = printed.lines();
    let (id, token) = (lines.next().unwrap(), lines.next().unwrap());
    app.join(Auth::XAuthToken(&bob), token)
        .await
        .assert_refused("consumer");
    let answer = app.join(Auth::XAuthToken(&alice), token).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
    let listed = app.cli(&["token", "list-named", "owner"], None);
    assert_eq!(
        listed.success().trim(),
        format!("{id}\tfor alice\t1/1\tactive\t{}", world.space_id)
    );
    let named = app.get_named_token(world.owner(), id).await.json();
    assert_eq!(named["metadata"]["privileges"], json!(["space_view"]));
    assert_eq!(named["caveats"][0]["type"], "consumer");
    assert_eq!(named["caveats"][1]["type"], "time");
    // Refusals name the problem.
    let refused = app.cli(
        &["token", "create-invite", &world.space_id, "--owner", "bob"],
        None,
    );
    assert!(refused.failure().contains("not a member"), "{refused:?}");
    let refused = app.cli(
        &[
            "token",
            "create-invite",
            &world.space_id,
            "--owner",
            "alice",
        ],
        None,
    );
    assert!(
        refused.failure().contains("space_invite_user"),
        "{refused:?}"
    );
    let refused = app.cli(
        &[
            "token",
            "create-invite",
            &world.space_id,
            "--owner",
            "owner",
            "--usage-limit",
            "0",
        ],
        None,
    );
    assert!(refused.failure().contains("infinity"), "{refused:?}");
}

/// `serve --max-temporary-ttl` on the real binary.
#[tokio::test]
async fn serve_max_temporary_ttl_caps_the_time_caveat() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    let served = common::Served::start(
        &data,
        &["--no-tls", "--max-temporary-ttl", "120"],
        Some("password"),
    );
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let space_id = client
        .get(format!("{}/user/spaces/default", served.url))
        .basic_auth("admin", Some("password"))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap()["spaceId"]
        .as_str()
        .unwrap()
        .to_owned();
    let now = onezone_tokens::clock::unix_now();
    let create = |valid_until: u64| {
        let body = json!({
            "type": {"inviteToken": {"inviteType": "userJoinSpace", "spaceId": space_id}},
            "caveats": [{"type": "time", "validUntil": valid_until}],
        });
        client
            .post(format!("{}/user/tokens/temporary", served.url))
            .basic_auth("admin", Some("password"))
            .json(&body)
            .send()
    };
    assert_eq!(
        create(now + 100).await.unwrap().status(),
        StatusCode::CREATED
    );
    let refused = create(now + 200).await.unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(refused.text().await.unwrap().contains("120 seconds"));
    assert!(served.terminate().success());
    let invalid = common::run_cli_on(&data, None, &["serve", "--max-temporary-ttl", "0"], None);
    assert!(
        invalid.failure().contains("max-temporary-ttl"),
        "{invalid:?}"
    );
}
