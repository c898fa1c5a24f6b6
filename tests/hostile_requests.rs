//! The bad-input battery: hostile requests sent byte for byte over raw sockets, each
//! expecting its documented status with a JSON error. Never a 5xx, never a hang, and the
//! server answers correctly afterwards.

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use common::{Auth, RawAnswer, TestApp, Transport, raw_request, socket_addr};
use libmacaroon::{Format, Macaroon};
use onezone_tokens::clock::unix_now;
use onezone_tokens::http::Limits;
use onezone_tokens::token::{self, Grant, KeyId, SigningKey, TokenId};

const TOKEN: &str = "/api/v3/onezone/user/spaces/token";
const JOIN: &str = "/api/v3/onezone/user/spaces/join";

struct Case {
    name: String,
    request: Vec<u8>,
    status: u16,
    /// hyper itself refuses requests that are not valid HTTP, with an empty body.
    protocol_level: bool,
}

fn request(method: &str, path: &str, headers: &[(&str, &[u8])], body: &[u8]) -> Vec<u8> {
    let mut bytes = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
        .into_bytes();
    for (name, value) in headers {
        bytes.extend_from_slice(name.as_bytes());
        bytes.extend_from_slice(b": ");
        bytes.extend_from_slice(value);
        bytes.extend_from_slice(b"\r\n");
    }
    if !body.is_empty() || method == "POST" || method == "PUT" {
        bytes.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    }
    bytes.extend_from_slice(b"\r\n");
    bytes.extend_from_slice(body);
    bytes
}

fn basic(user: &str, password: &str) -> Vec<u8> {
    format!("Basic {}", STANDARD.encode(format!("{user}:{password}"))).into_bytes()
}

/// Decodes a V1 token, lets `change` edit its bytes, and encodes it again.
fn rewritten(token: &str, change: impl FnOnce(&mut Vec<u8>)) -> String {
    let mut bytes = URL_SAFE_NO_PAD.decode(token).unwrap();
    change(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn join_body(token: &str) -> Vec<u8> {
    serde_json::json!({ "token": token })
        .to_string()
        .into_bytes()
}

fn check(case: &Case, answer: Option<RawAnswer>) -> Result<(), String> {
    let Some(answer) = answer else {
        return if case.protocol_level {
            Ok(())
        } else {
            Err("the connection closed without an answer".to_owned())
        };
    };
    if answer.status >= 500 {
        return Err(format!("a server error: {answer:?}"));
    }
    if answer.status != case.status {
        return Err(format!(
            "status {} instead of {}: {}",
            answer.status,
            case.status,
            String::from_utf8_lossy(&answer.body)
        ));
    }
    let head_request = case.request.starts_with(b"HEAD ");
    if case.protocol_level || head_request || answer.status < 400 {
        return Ok(());
    }
    if answer.header("content-type") != Some("application/json") {
        return Err(format!("not JSON: {answer:?}"));
    }
    let json: serde_json::Value = serde_json::from_slice(&answer.body)
        .map_err(|e| format!("body is not JSON ({e}): {answer:?}"))?;
    let fields = json.as_object().map(|o| o.len()).unwrap_or(0);
    if fields != 2 || !json["error"].is_string() || !json["error_description"].is_string() {
        return Err(format!("not the Error model: {json}"));
    }
    if answer.status == 401 && answer.header("www-authenticate") != Some(r#"Basic realm="onezone""#)
    {
        return Err("a 401 without WWW-Authenticate".to_owned());
    }
    if answer.status == 405 && answer.header("allow").is_none() {
        return Err("a 405 without Allow".to_owned());
    }
    Ok(())
}

#[tokio::test]
async fn sixty_and_more_hostile_requests_get_their_documented_answers() {
    // No rate limits here: this test sends dozens of failures from one address on purpose.
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.limits = Limits {
            mints_per_minute: 0,
            joins_per_minute: 0,
            failed_logins_per_minute: 0,
            ..Limits::default()
        };
    })
    .await;
    let addr = socket_addr(&app.url);
    let admin = basic("admin", &app.admin_password);
    let bob_password = app.add_user("bob");
    let bob = basic("bob", &bob_password);
    let access = app.issue_token("admin");
    let bob_access = app.issue_token("bob");
    let invitation = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    let revoked = app.issue_token("admin");
    app.cli(&["token", "revoke", &revoked], None).success();
    let admin_id = app.user_id("admin").await;
    let other_key = SigningKey::new(KeyId::parse("0bad").unwrap(), &[3u8; 32]).unwrap();
    let forged_access = token::mint(
        &other_key,
        &TokenId::generate(),
        &Grant::Access {
            user_id: admin_id.clone(),
        },
        unix_now() + 600,
    )
    .unwrap();
    let space_id = token::decode(&invitation).unwrap().caveat_predicates()[1]
        .trim_start_matches("space = ")
        .to_owned();
    let forged_invitation = token::mint(
        &other_key,
        &TokenId::generate(),
        &Grant::SpaceInvite {
            space_id,
            inviter_id: admin_id.clone(),
            epoch: 0,
            max_uses: Some(1),
        },
        unix_now() + 600,
    )
    .unwrap();
    let expired = app
        .mint_with_current_key(&Grant::Access { user_id: admin_id }, unix_now() - 5)
        .await;
    let attenuate = |token: &str| {
        let mut macaroon = Macaroon::deserialize(token).unwrap();
        macaroon
            .add_first_party_caveat("time < 4000000000")
            .unwrap();
        macaroon
            .serialize(Format::V1)
            .unwrap()
            .trim_end_matches('=')
            .to_owned()
    };
    let as_v2 = |token: &str| {
        Macaroon::deserialize(token)
            .unwrap()
            .serialize(Format::V2)
            .unwrap()
            .trim_end_matches('=')
            .to_owned()
    };
    // The libmacaroons V2 JSON form of a macaroon.
    let as_json = |_: &str| r#"{"v":2,"l":"onezone","i":"oz1:0bad:x","c":[],"s64":"AAAA"}"#;
    let newline_in_identifier = |token: &str| {
        rewritten(token, |bytes| {
            let at = bytes.windows(4).position(|w| w == b"oz1:").unwrap();
            bytes[at + 2] = b'\n';
        })
    };
    let big = "A".repeat(10 * 1024);

    let mut cases: Vec<Case> = Vec::new();
    let mut add = |name: &str, request: Vec<u8>, status: u16| {
        cases.push(Case {
            name: name.to_owned(),
            request,
            status,
            protocol_level: false,
        })
    };
    let get = |headers: &[(&str, &[u8])]| request("GET", TOKEN, headers, b"");
    let join = |headers: &[(&str, &[u8])], body: &[u8]| {
        let mut all = vec![("Content-Type", &b"application/json"[..])];
        all.extend_from_slice(headers);
        request("POST", JOIN, &all, body)
    };

    // Authorization values.
    add(
        "no scheme",
        get(&[("Authorization", STANDARD.encode("admin:x").as_bytes())]),
        400,
    );
    add(
        "Basic without credentials",
        get(&[("Authorization", b"Basic")]),
        400,
    );
    add(
        "Basic, not base64",
        get(&[("Authorization", b"Basic !!!")]),
        400,
    );
    add(
        "Basic, no colon",
        get(&[(
            "Authorization",
            format!("Basic {}", STANDARD.encode("admin")).as_bytes(),
        )]),
        400,
    );
    add(
        "Basic, empty user",
        get(&[("Authorization", &basic("", "pw"))]),
        401,
    );
    add(
        "Basic, 10 KB",
        get(&[("Authorization", format!("Basic {big}").as_bytes())]),
        400,
    );
    add(
        "Basic, not UTF-8 inside",
        get(&[(
            "Authorization",
            format!("Basic {}", STANDARD.encode([0xc3, 0x28, b':', b'x'])).as_bytes(),
        )]),
        400,
    );
    add(
        "Basic, control character inside",
        get(&[(
            "Authorization",
            format!("Basic {}", STANDARD.encode("a\u{1}b:c")).as_bytes(),
        )]),
        400,
    );
    add(
        "Authorization, not UTF-8",
        get(&[("Authorization", b"Basic \xff\xfe")]),
        400,
    );
    add(
        "Basic, wrong password",
        get(&[("Authorization", &basic("admin", "wrong"))]),
        401,
    );
    add(
        "Basic, unknown user",
        get(&[("Authorization", &basic("mallory", "x"))]),
        401,
    );
    add(
        "basic in lower case",
        get(&[(
            "Authorization",
            &admin.to_ascii_lowercase()[..5]
                .iter()
                .chain(&admin[5..])
                .copied()
                .collect::<Vec<_>>(),
        )]),
        200,
    );
    add(
        "Bearer without token",
        get(&[("Authorization", b"Bearer")]),
        400,
    );
    add(
        "Bearer garbage",
        get(&[("Authorization", b"Bearer garbage")]),
        401,
    );
    add(
        "unsupported scheme",
        get(&[("Authorization", b"Digest username=admin")]),
        401,
    );
    add(
        "two Authorization headers, two users",
        get(&[("Authorization", &admin), ("Authorization", &bob)]),
        400,
    );
    add(
        "Basic and X-Auth-Token of another user",
        get(&[
            ("Authorization", &admin),
            ("X-Auth-Token", bob_access.as_bytes()),
        ]),
        400,
    );
    add(
        "X-Auth-Token and macaroon differ",
        get(&[
            ("X-Auth-Token", access.as_bytes()),
            ("macaroon", bob_access.as_bytes()),
        ]),
        400,
    );
    add(
        "the same token twice",
        get(&[
            ("X-Auth-Token", access.as_bytes()),
            ("macaroon", access.as_bytes()),
        ]),
        200,
    );
    add("no credentials", get(&[]), 401);

    // Access tokens.
    add(
        "token truncated",
        get(&[("X-Auth-Token", &access.as_bytes()[..access.len() - 7])]),
        401,
    );
    add(
        "token padded",
        get(&[("X-Auth-Token", format!("{access}==").as_bytes())]),
        401,
    );
    add(
        "token double-encoded",
        get(&[("X-Auth-Token", URL_SAFE_NO_PAD.encode(&access).as_bytes())]),
        401,
    );
    add(
        "token as V2",
        get(&[("X-Auth-Token", as_v2(&access).as_bytes())]),
        401,
    );
    add(
        "token as V2 JSON",
        get(&[("X-Auth-Token", as_json(&access).as_bytes())]),
        401,
    );
    add(
        "token, newline injected",
        get(&[("X-Auth-Token", newline_in_identifier(&access).as_bytes())]),
        401,
    );
    add(
        "token with an extra caveat",
        get(&[("X-Auth-Token", attenuate(&access).as_bytes())]),
        401,
    );
    add(
        "token signed by another key",
        get(&[("X-Auth-Token", forged_access.as_bytes())]),
        401,
    );
    add(
        "invitation as access token",
        get(&[("X-Auth-Token", invitation.as_bytes())]),
        401,
    );
    add("empty X-Auth-Token", get(&[("X-Auth-Token", b"")]), 401);
    add(
        "X-Auth-Token, 10 KB",
        get(&[("X-Auth-Token", big.as_bytes())]),
        400,
    );
    add(
        "macaroon header garbage",
        get(&[("macaroon", b"MDAxx")]),
        401,
    );
    add(
        "expired token",
        get(&[("X-Auth-Token", expired.as_bytes())]),
        401,
    );
    add(
        "token with a standard-alphabet character",
        get(&[(
            "X-Auth-Token",
            format!("{}+", &access[..access.len() - 1]).as_bytes(),
        )]),
        401,
    );
    add(
        "revoked token",
        get(&[
            ("Bearer-ish", b"x"),
            ("Authorization", format!("Bearer {revoked}").as_bytes()),
        ]),
        401,
    );

    // Join bodies.
    let as_bob = [("Authorization", &bob[..])];
    add("join, not JSON", join(&as_bob, b"token=abc"), 400);
    add("join, JSON array", join(&as_bob, b"[]"), 400);
    add("join, JSON string", join(&as_bob, b"\"abc\""), 400);
    add(
        "join, token a number",
        join(&as_bob, br#"{"token": 5}"#),
        400,
    );
    add("join, no token", join(&as_bob, b"{}"), 400);
    add(
        "join, token null",
        join(&as_bob, br#"{"token": null}"#),
        400,
    );
    add("join, empty body", join(&as_bob, b""), 400);
    add(
        "join, trailing garbage",
        join(&as_bob, br#"{"token": "abc"} xyz"#),
        400,
    );
    add(
        "join, deeply nested",
        join(
            &as_bob,
            format!("{}{}", "[".repeat(5000), "]".repeat(5000)).as_bytes(),
        ),
        400,
    );
    add(
        "join, 1 MB string",
        join(&as_bob, &join_body(&"A".repeat(1 << 20))),
        413,
    );
    add(
        "join, access token",
        join(&as_bob, &join_body(&bob_access)),
        400,
    );
    add(
        "join, invitation truncated",
        join(&as_bob, &join_body(&invitation[..invitation.len() - 3])),
        400,
    );
    add(
        "join, invitation with an extra caveat",
        join(&as_bob, &join_body(&attenuate(&invitation))),
        400,
    );
    add(
        "join, invitation signed by another key",
        join(&as_bob, &join_body(&forged_invitation)),
        400,
    );
    add(
        "join, invitation padded",
        join(&as_bob, &join_body(&format!("{invitation}="))),
        400,
    );
    add(
        "join, without credentials",
        join(&[], &join_body(&invitation)),
        401,
    );
    let mut declared_huge = request("GET", TOKEN, &[("Authorization", &admin)], b"");
    let at = declared_huge.len() - 2;
    declared_huge.splice(at..at, b"Content-Length: 10485760\r\n".iter().copied());
    add("GET declaring a 10 MB body", declared_huge, 413);

    // Paths.
    let authorized = [("Authorization", &admin[..])];
    for (path, status) in [
        ("/api/v3/onezone/user/spaces/token/", 404),
        ("//api/v3/onezone/user/spaces/token", 404),
        ("/api/v3/onezone//user/spaces/token", 404),
        ("/api/v3/onezone/user/spaces/%74oken", 404),
        ("/api/v3/onezone/user/spaces/../spaces/token", 404),
        ("/api/v3/onezone/user/spaces/%2e%2e/token", 404),
        ("/api/v3/onezone/user/spaces/%00", 400),
        ("/api/v3/onezone/user/spaces/token?x=1&y=%00", 200),
        ("/api/v3/onezone/../../etc/passwd", 404),
        ("/api/v3/onezone/USER/SPACES/TOKEN", 404),
        ("*", 404),
    ] {
        add(
            &format!("path {path}"),
            request("GET", path, &authorized, b""),
            status,
        );
    }
    let long_path = format!("/api/v3/onezone/{}", "a/".repeat(4000));
    add(
        "path of 8 KB",
        request("GET", &long_path, &authorized, b""),
        404,
    );

    // Methods.
    for method in ["OPTIONS", "TRACE", "PATCH", "DELETE", "PUT", "POST", "get"] {
        add(
            &format!("{method} on the token path"),
            request(method, TOKEN, &authorized, b""),
            405,
        );
    }
    add(
        "PUT on /user/spaces",
        request("PUT", "/api/v3/onezone/user/spaces", &authorized, b"{}"),
        405,
    );

    // Not valid HTTP at all: hyper answers these itself.
    for (name, request, status) in [
        (
            "control character in a header",
            request("GET", TOKEN, &[("Authorization", b"Basic \x01abc")], b""),
            400,
        ),
        (
            "a 100 KB header",
            request(
                "GET",
                TOKEN,
                &[("X-Padding", "p".repeat(100 * 1024).as_bytes())],
                b"",
            ),
            431,
        ),
    ] {
        cases.push(Case {
            name: name.to_owned(),
            request,
            status,
            protocol_level: true,
        });
    }

    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let answer = raw_request(addr, &case.request).await;
        if let Err(problem) = check(case, answer) {
            failures.push(format!("{}: {problem}", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );

    // Still serving, correctly.
    app.get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    let joined = app
        .join(Auth::Basic("bob", &bob_password), &invitation)
        .await;
    assert_eq!(joined.status, 201, "{joined:?}");
    eprintln!("{} hostile requests answered as documented", cases.len());
}
