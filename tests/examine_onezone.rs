//! `POST /tokens/examine` on tokens Onezone itself minted (ctool's compatibility vectors,
//! tests/vectors/onezone/): described in Onezone's JSON, over HTTP and HTTPS, without
//! credentials; a token changed by one escape is refused with a 400 saying why.

mod common;

use common::{TestApp, Transport};
use reqwest::StatusCode;
use serde_json::{Value, json};

const VECTORS: &str = include_str!("vectors/onezone/tokens.json");

fn vectors() -> Vec<Value> {
    serde_json::from_str(VECTORS).unwrap()
}

/// What Onezone's examine answers for the vector, from its recorded inputs.
fn expected(vector: &Value) -> Value {
    let subject = &vector["subject"];
    let subject_id = match subject["type"].as_str().unwrap() {
        "nobody" => Value::Null,
        _ => subject["id"].clone(),
    };
    let persistence = match vector["persistence"]["kind"].as_str() {
        Some(kind) => kind.to_owned(),
        None => vector["persistence"].as_str().unwrap().to_owned(),
    };
    json!({
        "onezoneDomain": vector["onezone_domain"],
        "id": vector["id"],
        "persistence": persistence,
        "subject": {"type": subject["type"], "id": subject_id},
        "type": vector["type"]["json"],
    })
}

async fn examines_every_vector(transport: Transport) {
    let app = TestApp::spawn(transport).await;
    for vector in vectors() {
        let answer = app
            .examine_token(vector["serialized"].as_str().unwrap())
            .await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{}: {answer:?}",
            vector["name"]
        );
        let mut body = answer.json();
        let caveats = body.as_object_mut().unwrap().remove("caveats").unwrap();
        assert_eq!(body, expected(&vector), "{}", vector["name"]);
        let count = vector["caveats"].as_array().map_or(0, Vec::len);
        assert_eq!(
            caveats.as_array().unwrap().len(),
            count,
            "{}",
            vector["name"]
        );
    }
}

#[tokio::test]
async fn examine_describes_onezones_own_tokens_over_http() {
    examines_every_vector(Transport::Http).await;
}

#[tokio::test]
async fn examine_describes_onezones_own_tokens_over_https() {
    examines_every_vector(Transport::Https).await;
}

#[tokio::test]
async fn the_first_vectors_caveats_come_out_in_onezones_json() {
    let app = TestApp::spawn(Transport::Http).await;
    let vector = &vectors()[0];
    let caveats = app
        .examine_token(vector["serialized"].as_str().unwrap())
        .await
        .json()["caveats"]
        .clone();
    assert_eq!(
        caveats[0],
        json!({"type": "time", "validUntil": 8374891234u64})
    );
    assert_eq!(
        caveats[1],
        json!({"type": "ip", "whitelist": ["172.98.11.23/32"]})
    );
    assert_eq!(caveats[2], json!({"type": "asn", "whitelist": [322]}));
    assert_eq!(caveats[5], json!({"scope": "identityToken"}));
    assert_eq!(
        caveats[7],
        json!({"type": "consumer", "whitelist": ["usr-user-id", "grp-group-id"]})
    );
    assert_eq!(caveats[10], json!({"type": "data.readonly"}));
}

#[tokio::test]
async fn a_broken_onezone_token_is_a_400_saying_why() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = vectors()[2]["serialized"].as_str().unwrap().to_owned();
    // "09" is no escape in Onezone's base62 (only 00..05 are).
    let broken = format!("09{}", &token[2..]);
    let answer = app.examine_token(&broken).await;
    answer.assert_error(400, "invalid_token");
    assert!(answer.body.contains("malformed"), "{answer:?}");
}
