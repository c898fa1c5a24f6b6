//! Identities that look the same are one identity (issue 13, item 9): user names follow
//! RFC 8265's UsernameCaseMapped profile when users are created with the CLI and when they
//! log in over HTTP(S), on SQLite and on PostgreSQL; databases from before the rule are
//! checked by `user check-names` and at `serve` start.

mod common;

use common::{Auth, TestApp, Transport, pg, random_password};
use onezone_tokens::app::Application;
use onezone_tokens::auth::password;
use reqwest::{Method, StatusCode};

const FULLWIDTH_ALICE: &str = "\u{ff41}\u{ff4c}\u{ff49}\u{ff43}\u{ff45}";
const CAFE_NFC: &str = "caf\u{e9}";
const CAFE_NFD: &str = "cafe\u{301}";

/// The spaces `auth` sees: a 200 proves the login, the list whose user it was.
async fn spaces_of(app: &TestApp, auth: Auth<'_>) -> serde_json::Value {
    let answer = app.request(Method::GET, "/user/spaces", auth).await;
    assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    answer.json()["spaces"].clone()
}

/// The names the store holds, sorted.
async fn stored_names(app: &TestApp) -> Vec<String> {
    let mut names: Vec<String> = app
        .shared_store()
        .await
        .users()
        .await
        .unwrap()
        .into_iter()
        .map(|user| user.name)
        .collect();
    names.sort();
    names
}

fn add_refused(app: &TestApp, name: &str) -> String {
    app.cli(
        &["user", "add", name, "--password-stdin"],
        Some("a-password\n"),
    )
    .failure()
    .to_owned()
}

async fn look_alikes_are_one_user(app: &TestApp) {
    // `Alice` is stored as `alice`, and every look-alike logs in as that one user.
    let password = random_password();
    let added = app.cli(
        &["user", "add", "Alice", "--password-stdin"],
        Some(&format!("{password}\n")),
    );
    added.success();
    assert!(
        added.stderr.contains(r#""Alice" is stored as "alice""#),
        "{added:?}"
    );
    let space = app.create_space("alice's", "ALICE");
    for name in ["alice", "Alice", "ALICE", FULLWIDTH_ALICE] {
        assert_eq!(
            spaces_of(app, Auth::Basic(name, &password)).await,
            serde_json::json!([space]),
            "{name}"
        );
    }
    app.get_user_space_token(Auth::Basic("alice", "wrong"))
        .await
        .assert_error(401, "invalid_credentials");

    // Creating a look-alike names the user it collides with.
    for name in ["ALICE", FULLWIDTH_ALICE] {
        let refused = add_refused(app, name);
        assert!(
            refused.contains(r#"same as existing user "alice" after RFC 8265 case mapping"#),
            "{name}: {refused}"
        );
    }
    assert!(add_refused(app, "alice").contains(r#"user "alice" already exists"#));

    // NFD café is NFC café.
    let cafe_password = app.add_user(CAFE_NFC);
    let refused = add_refused(app, CAFE_NFD);
    assert!(
        refused.contains(&format!("same as existing user {CAFE_NFC:?}")),
        "{refused}"
    );
    let cafe_space = app.create_space("café's", CAFE_NFD);
    assert_eq!(
        spaces_of(app, Auth::Basic(CAFE_NFD, &cafe_password)).await,
        serde_json::json!([cafe_space])
    );

    // Invisible and reordering characters are refused, with the code point.
    for (name, code_point) in [
        ("ali\u{200b}ce", "(U+200B)"),
        ("\u{202e}ecila", "(U+202E)"),
        ("\u{212a}", "(U+212A"),
    ] {
        let refused = add_refused(app, name);
        assert!(
            refused.contains("contains a character not allowed in user names")
                && refused.contains(code_point),
            "{name:?}: {refused}"
        );
    }
    // `K` is `k`; the Kelvin sign beside it is no user at all (RFC 8265 refuses it as a
    // compatibility character rather than mapping it).
    let k_password = app.add_user("K");
    assert_eq!(
        spaces_of(app, Auth::Basic("k", &k_password)).await,
        serde_json::json!([])
    );
    // A name the profile refuses logs in as nobody: 401, never 400 or 500.
    for name in ["ali\u{200b}ce", "\u{202e}ecila", "\u{212a}", "ali ce"] {
        app.get_user_space_token(Auth::Basic(name, &k_password))
            .await
            .assert_error(401, "invalid_credentials");
    }
    // The names other commands take are mapped the same way.
    let issued = app.issue_token("ALICE");
    assert_eq!(
        spaces_of(app, Auth::XAuthToken(&issued)).await,
        serde_json::json!([space])
    );

    assert_eq!(stored_names(app).await, ["admin", "alice", CAFE_NFC, "k"]);
}

#[tokio::test]
async fn look_alike_names_are_one_user_over_http() {
    look_alikes_are_one_user(&TestApp::spawn(Transport::Http).await).await;
}

#[tokio::test]
async fn look_alike_names_are_one_user_over_https() {
    look_alikes_are_one_user(&TestApp::spawn(Transport::Https).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn look_alike_names_are_one_user_on_postgres() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let app = TestApp::spawn_on(
        Transport::Http,
        &db.url,
        &random_password(),
        Default::default(),
    )
    .await;
    look_alikes_are_one_user(&app).await;
}

/// Users as a version from before the rule could store them, written behind the store's
/// back: `Bob` (not canonical), `carol` and `Carol` (the same after mapping) and
/// `ali\u{200b}ce` (refused by the profile). All with `password`'s hash.
const LEGACY_NAMES: [(&str, &str); 4] = [
    ("legacy0bob", "Bob"),
    ("legacy1carol", "carol"),
    ("legacy2carol", "Carol"),
    ("legacy3alice", "ali\u{200b}ce"),
];

fn legacy_sql(placeholders: [&str; 3]) -> String {
    let [id, name, hash] = placeholders;
    format!(
        "INSERT INTO users (id, name, password_hash, created_at) VALUES ({id}, {name}, {hash}, 0)"
    )
}

/// The check and the fix, on a store holding [`LEGACY_NAMES`]; the server is stopped.
async fn legacy_names_are_reported_not_guessed(mut app: TestApp, password: &str) {
    let check = app.cli(&["user", "check-names"], None);
    assert_eq!(check.status.code(), Some(1), "{check:?}");
    assert!(
        check
            .stdout
            .contains(r#"not canonical: "Bob" (user legacy0bob) logs in as "bob""#),
        "{check:?}"
    );
    assert!(
        check.stdout.contains(r#"refused: "ali\u{200b}ce" (user legacy3alice) contains a character not allowed in user names by RFC 8265 (U+200B)"#),
        "{check:?}"
    );
    assert!(
        check.stdout.contains(r#"collision: "Carol" (user legacy2carol), "carol" (user legacy1carol) are the same user name "carol""#)
            || check.stdout.contains(r#"collision: "carol" (user legacy1carol), "Carol" (user legacy2carol) are the same user name "carol""#),
        "{check:?}"
    );
    assert!(
        check
            .stderr
            .contains("2 user names need an operator's decision"),
        "{check:?}"
    );

    // The server refuses to start while names collide, and says what to run: in process,
    // and as the real binary.
    let refused = Application::build(app.config.clone())
        .await
        .err()
        .expect("refused");
    let refused = format!("{refused:#}");
    assert!(
        refused.contains("collide after RFC 8265 case mapping")
            && refused.contains("onezone-tokens user check-names")
            && refused.contains(r#""Carol" (user legacy2carol)"#),
        "{refused}"
    );
    let serve = app.cli(&["serve", "--no-tls", "--listen", "127.0.0.1:0"], None);
    assert!(
        serve.failure().contains("onezone-tokens user check-names"),
        "{serve:?}"
    );

    // A new user cannot take a name that collides with an old one.
    assert!(add_refused(&app, "CAROL").contains("same as existing user"));
    assert!(add_refused(&app, "bob").contains(r#"same as existing user "Bob""#));
    // Renaming resolves the collision and the refused name; look-alikes are refused here too.
    let rename = |id: &str, name: &str| app.cli(&["user", "rename", id, name], None);
    assert!(
        rename("legacy2carol", "BOB")
            .failure()
            .contains(r#"same as existing user "Bob""#)
    );
    assert!(
        rename("legacy2carol", "carol\u{200b}")
            .failure()
            .contains("U+200B")
    );
    assert!(
        rename("nobody", "dan")
            .failure()
            .contains("no user with id")
    );
    assert!(
        rename("legacy2carol", "Caroline")
            .success()
            .contains(r#"user legacy2carol is now "caroline""#)
    );
    rename("legacy3alice", "alice").success();
    let check = app.cli(&["user", "check-names"], None);
    assert!(
        check.success().contains("not canonical: \"Bob\""),
        "{check:?}"
    );

    // Serving again; `Bob` cannot log in until its canonical form is stored.
    app = app.restart().await;
    app.get_user_space_token(Auth::Basic("Bob", password))
        .await
        .assert_error(401, "invalid_credentials");
    for name in ["alice", "Caroline", "carol"] {
        assert_eq!(
            spaces_of(&app, Auth::Basic(name, password)).await,
            serde_json::json!([])
        );
    }
    let fixed = app.cli(&["user", "check-names", "--fix"], None);
    assert!(
        fixed
            .success()
            .contains(r#"renamed: "Bob" (user legacy0bob) is now "bob""#),
        "{fixed:?}"
    );
    for name in ["Bob", "bob", "BOB"] {
        assert_eq!(
            spaces_of(&app, Auth::Basic(name, password)).await,
            serde_json::json!([])
        );
    }
    let clean = app.cli(&["user", "check-names"], None);
    assert!(
        clean
            .success()
            .contains("0 not canonical, 0 refused, 0 collisions"),
        "{clean:?}"
    );
    assert_eq!(
        stored_names(&app).await,
        ["admin", "alice", "bob", "carol", "caroline"]
    );
}

#[tokio::test]
async fn legacy_sqlite_names_are_reported_not_guessed() {
    let mut app = TestApp::spawn(Transport::Http).await;
    app.stop().await;
    let password = random_password();
    let hash = password::hash(&password).unwrap();
    {
        let db = rusqlite::Connection::open(app.data_dir().join("onezone.db")).unwrap();
        for (id, name) in LEGACY_NAMES {
            db.execute(&legacy_sql(["?1", "?2", "?3"]), [id, name, &hash])
                .unwrap();
        }
    }
    // Non-canonical but unique names are logged at start, with the command that fixes them
    // (a separate data directory: the only problem there is `Bob`).
    let only_bob = tempfile::TempDir::new().unwrap();
    let data = only_bob.path().join("data");
    common::run_cli(
        &data,
        &["user", "add", "dan", "--password-stdin", "--create"],
        Some("pw\n"),
    )
    .success();
    {
        let db = rusqlite::Connection::open(data.join("onezone.db")).unwrap();
        db.execute(
            &legacy_sql(["?1", "?2", "?3"]),
            ["legacy0bob", "Bob", &hash],
        )
        .unwrap();
    }
    let log = only_bob.path().join("serve.log");
    let served = common::Served::start_logged(&data, &["--no-tls"], None, &log);
    served.terminate();
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(
        log.contains("user name not in RFC 8265 canonical form")
            && log.contains("user check-names --fix")
            && log.contains("legacy0bob"),
        "{log}"
    );

    legacy_names_are_reported_not_guessed(app, &password).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn legacy_postgres_names_are_reported_not_guessed() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let mut app = TestApp::spawn_on(
        Transport::Http,
        &db.url,
        &random_password(),
        Default::default(),
    )
    .await;
    app.stop().await;
    let password = random_password();
    let hash = password::hash(&password).unwrap();
    let client = db.connect().await;
    for (id, name) in LEGACY_NAMES {
        client
            .execute(&legacy_sql(["$1", "$2", "$3"]), &[&id, &name, &hash])
            .await
            .unwrap();
    }
    legacy_names_are_reported_not_guessed(app, &password).await;
}
