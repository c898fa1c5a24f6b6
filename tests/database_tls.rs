//! TLS to PostgreSQL is required unless the URL says `sslmode=disable`: a database server
//! without TLS (the test server has none) is refused under every other mode, with an error
//! that names the fix, and accepted with `sslmode=disable`.

mod common;

use common::pg::{self, Throwaway};
use common::run_cli_on;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_without_tls_is_refused_unless_the_url_says_sslmode_disable() {
    let Some(server) = Throwaway::start() else {
        return;
    };
    let db = pg::create_database(&server.url).await;
    assert!(db.url.ends_with("?sslmode=disable"), "{}", db.url);
    let without_mode = db.url.trim_end_matches("?sslmode=disable").to_owned();
    let dir = tempfile::TempDir::new().unwrap();

    // The default, and every mode but disable, insists on TLS.
    for url in [
        without_mode.clone(),
        format!("{without_mode}?sslmode=prefer"),
        format!("{without_mode}?sslmode=require"),
        format!("{without_mode}?sslmode=verify-ca"),
        format!("{without_mode}?sslmode=verify-full"),
    ] {
        let output = run_cli_on(dir.path(), Some(&url), &["key", "list"], None);
        let stderr = output.failure();
        assert!(
            stderr.contains("does not offer TLS") && stderr.contains("sslmode=disable"),
            "{url}: {stderr}"
        );
        // The URL (with its password) never appears in the message.
        let password = url.split(':').nth(2).unwrap().split('@').next().unwrap();
        assert!(!stderr.contains(password), "{stderr}");
    }
    // Nothing was created over a connection that was refused.
    let tables = db
        .connect()
        .await
        .query(
            "SELECT 1 FROM pg_tables WHERE tablename = 'schema_migrations'",
            &[],
        )
        .await
        .unwrap();
    assert!(tables.is_empty());

    // Plain TCP when the URL says so (`--create`: the database is still empty).
    let key_id = run_cli_on(
        dir.path(),
        Some(&db.url),
        &["key", "rotate", "--create"],
        None,
    )
    .success()
    .trim()
    .to_owned();
    let output = run_cli_on(dir.path(), Some(&db.url), &["key", "list"], None);
    assert!(output.success().contains(&key_id), "{output:?}");
    drop(db);
}
