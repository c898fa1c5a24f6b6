//! CLI commands that must not destroy what they were asked to add, or show token content
//! a terminal would obey.

mod common;

use common::{Auth, TestApp, Transport};
use libmacaroon::{Format, Macaroon};
use reqwest::Method;

async fn privileges(app: &TestApp, user: &str, password: &str, space: &str) -> Vec<String> {
    let answer = app
        .request(
            Method::GET,
            &format!("/user/spaces/{space}"),
            Auth::Basic(user, password),
        )
        .await;
    assert_eq!(answer.status, 200, "{answer:?}");
    answer.json()["privileges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn add_member_on_a_member_adds_and_takes_nothing_away() {
    let app = TestApp::spawn(Transport::Http).await;
    let carol = app.add_user("carol");
    let space = app.create_space("carol's", "carol");
    let all = privileges(&app, "carol", &carol, &space).await;
    assert_eq!(all.len(), 13, "{all:?}");

    // The issue's command: carol's own space, carol again, no --privilege.
    let out = app.cli(&["space", "add-member", &space, "carol"], None);
    let said = out.success().to_owned();
    assert!(said.contains("already a member"), "{said}");
    assert!(said.contains("nothing added"), "{said}");
    assert_eq!(privileges(&app, "carol", &carol, &space).await, all);

    let bob = app.add_user("bob");
    let said = app
        .cli(&["space", "add-member", &space, "bob"], None)
        .success()
        .to_owned();
    assert!(said.contains("added bob"), "{said}");
    assert_eq!(privileges(&app, "bob", &bob, &space).await, ["space_view"]);
    let said = app
        .cli(
            &[
                "space",
                "add-member",
                &space,
                "bob",
                "--privilege",
                "space_invite_user",
            ],
            None,
        )
        .success()
        .to_owned();
    assert!(said.contains("added space_invite_user"), "{said}");
    let said = app
        .cli(
            &[
                "space",
                "add-member",
                &space,
                "bob",
                "--privilege",
                "space_write_data",
            ],
            None,
        )
        .success()
        .to_owned();
    assert!(said.contains("added space_write_data"), "{said}");
    let mut held = privileges(&app, "bob", &bob, &space).await;
    held.sort();
    assert_eq!(
        held,
        ["space_invite_user", "space_view", "space_write_data"]
    );
}

#[tokio::test]
async fn the_last_active_key_is_retired_only_with_force() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app.issue_token("admin");
    let listed = app.cli(&["key", "list"], None).success().to_owned();
    let key = listed.split_whitespace().next().unwrap().to_owned();
    let refused = app.cli(&["key", "retire", &key], None);
    let why = refused.failure().to_owned();
    assert!(
        why.contains("last active key") && why.contains("--force"),
        "{why}"
    );
    // Still the signing key: the token still works.
    let answer = app
        .request(Method::GET, "/user/spaces", Auth::XAuthToken(&token))
        .await;
    assert_eq!(answer.status, 200, "{answer:?}");

    // With another active key, no --force is needed.
    app.cli(&["key", "rotate"], None).success();
    app.cli(&["key", "retire", &key], None).success();
    let listed = app.cli(&["key", "list"], None).success().to_owned();
    let newest = listed.split_whitespace().next().unwrap().to_owned();
    app.cli(&["key", "retire", &newest], None).failure();
    app.cli(&["key", "retire", &newest, "--force"], None)
        .success();
}

#[tokio::test]
async fn token_inspect_escapes_what_a_terminal_would_obey() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app.issue_token("admin");
    let mut macaroon = Macaroon::deserialize(&token).unwrap();
    for caveat in [
        "colour = \u{1b}[31mred",
        "line = one\rtwo",
        "title = \u{1b}]0;owned\u{7}",
        "bidi = \u{202e}txt",
        "time < 18446744073709551615",
    ] {
        macaroon.add_first_party_caveat(caveat).unwrap();
    }
    let attenuated = macaroon
        .serialize(Format::V1)
        .unwrap()
        .trim_end_matches('=')
        .to_owned();
    let out = app.cli(&["token", "inspect", "-"], Some(&format!("{attenuated}\n")));
    let shown = out.success().to_owned();
    assert!(
        !shown
            .chars()
            .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
        "raw control characters: {shown:?}"
    );
    assert!(shown.contains("colour = \\u{1b}[31mred"), "{shown}");
    assert!(shown.contains("line = one\\u{d}two"), "{shown}");
    assert!(shown.contains("bidi = \\u{202e}txt"), "{shown}");
    assert!(!shown.contains("1969"), "{shown}");
    assert!(shown.contains("18446744073709551615"), "{shown}");
}
