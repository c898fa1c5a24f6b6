//! Interop: a token minted by the running server is read and verified by pymacaroons
//! (another macaroon implementation) with the signing key's root secret.

mod common;

use common::{Auth, TestApp, Transport, python};
use onezone_tokens::store::Store;
use onezone_tokens::token;
use std::path::PathBuf;
use std::process::Command;

#[tokio::test]
async fn pymacaroons_verifies_a_minted_invitation() {
    let python = python();
    let probe = Command::new(&python)
        .args(["-c", "import pymacaroons"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python:?}: {e}"));
    assert!(
        probe.status.success(),
        "pymacaroons is not importable by {python:?}: run scripts/test (it installs pymacaroons \
         into .venv) or set ONEZONE_TEST_PYTHON"
    );

    let app = TestApp::spawn(Transport::Https).await;
    let token = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    let admin = app.user_id("admin").await;
    let space = app
        .store()
        .default_space(&admin)
        .await
        .unwrap()
        .unwrap()
        .space_id;
    let key_id = token::decode(&token).unwrap().key_id().clone();
    let connection = rusqlite::Connection::open(app.data_dir().join("onezone.db")).unwrap();
    let secret: Vec<u8> = connection
        .query_row(
            "SELECT secret FROM signing_keys WHERE id = ?1",
            [key_id.as_str()],
            |row| row.get(0),
        )
        .unwrap();
    let secret_hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();

    let script =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/interop/verify_with_pymacaroons.py");
    let output = Command::new(&python)
        .arg(script)
        .args([&token, &secret_hex, &space, &admin])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "pymacaroons refused the token:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("location onezone"), "{stdout}");
    assert!(stdout.contains("cid time < "), "{stdout}");
    assert!(stdout.trim_end().ends_with("verified"), "{stdout}");
}
