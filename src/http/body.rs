//! Request bodies as the contract allows them, checked before the generated router sees
//! them: `Content-Type: application/json` (parameters allowed, a charset only UTF-8) or 415,
//! and exactly one JSON object (whitespace aside) with the schema's fields, each once, each a
//! string, none other (`additionalProperties: false` in api.yaml), or 400.
//!
//! The generated code alone reads a struct from an array, ignores data after the object,
//! and puts every unknown field name into a `warning` response header and a log line each
//! (serde_ignored); after this check no body it reads has anything it would ignore.
//! Descriptions speak of the contract (field, schema, what was expected), never of the
//! parser.

use crate::error::ApiError;
use hyper::HeaderMap;
use hyper::header::CONTENT_TYPE;
use serde::de::{self, Deserializer as _, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// The body schema of an operation that takes one: its name in api.yaml and its fields.
/// Every field of these schemas is a required string; the values' own rules (length,
/// pattern) are checked by the use cases, which say what is wrong with a value.
struct BodySchema {
    name: &'static str,
    fields: &'static [&'static str],
}

/// The operations with a request body, by the generated router's operation id.
fn schema_of(operation: &str) -> Option<&'static BodySchema> {
    match operation {
        "CreateUserSpace" => Some(&BodySchema {
            name: "SpaceCreateRequest",
            fields: &["name"],
        }),
        "SetUserDefaultSpace" => Some(&BodySchema {
            name: "DefaultSpace",
            fields: &["spaceId"],
        }),
        "JoinSpace" => Some(&BodySchema {
            name: "SpaceInviteToken",
            fields: &["token"],
        }),
        _ => None,
    }
}

/// The operations whose body schema has fields of other types than strings (Onezone's
/// token shapes): their body must be `application/json` and one JSON object, nothing after
/// it; the generated model then reads it and the use case checks each value.
fn nested_schema_of(operation: &str) -> Option<&'static str> {
    match operation {
        "CreateUserNamedToken" => Some("NamedTokenCreateRequest"),
        "UpdateNamedToken" => Some("NamedTokenUpdate"),
        "CreateUserTemporaryToken" => Some("TemporaryTokenCreateRequest"),
        "VerifyInviteToken" => Some("VerifyInviteTokenRequest"),
        "ExamineToken" => Some("TokenToExamine"),
        _ => None,
    }
}

fn check_nested_object(name: &str, body: &[u8]) -> Result<(), String> {
    let first = body
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    let parsed: Result<serde_json::Map<String, serde_json::Value>, _> =
        serde_json::from_slice(body);
    match (first, parsed) {
        (Some(b'{'), Ok(_)) => Ok(()),
        _ => Err(format!(
            "The request body must be one JSON object ({name})."
        )),
    }
}

/// Checks the body of a request for `operation`; operations without a body schema take
/// any body (and ignore it).
pub fn check(operation: &str, headers: &HeaderMap, body: &[u8]) -> Result<(), ApiError> {
    if let Some(name) = nested_schema_of(operation) {
        check_media_type(headers)?;
        return check_nested_object(name, body).map_err(ApiError::InvalidRequest);
    }
    let Some(schema) = schema_of(operation) else {
        return Ok(());
    };
    check_media_type(headers)?;
    check_object(schema, body).map_err(ApiError::InvalidRequest)
}

/// Exactly one `Content-Type`, `application/json` (case-insensitive), with no charset but
/// UTF-8 (RFC 8259, section 8.1: JSON between systems is UTF-8).
fn check_media_type(headers: &HeaderMap) -> Result<(), ApiError> {
    let mut values = headers.get_all(CONTENT_TYPE).iter();
    let (Some(value), None) = (values.next(), values.next()) else {
        return Err(ApiError::UnsupportedMediaType);
    };
    let media_type: mime::Mime = value
        .to_str()
        .ok()
        .and_then(|text| text.parse().ok())
        .ok_or(ApiError::UnsupportedMediaType)?;
    let utf8 = media_type
        .get_param(mime::CHARSET)
        .is_none_or(|charset| charset.as_str().eq_ignore_ascii_case("utf-8"));
    if media_type.essence_str() == "application/json" && utf8 {
        Ok(())
    } else {
        Err(ApiError::UnsupportedMediaType)
    }
}

/// The longest part of a client's field name repeated in a description.
const MAX_NAME_CHARS: usize = 40;

fn check_object(schema: &BodySchema, body: &[u8]) -> Result<(), String> {
    let object_expected = || {
        format!(
            "The request body must be one JSON object ({}, with {}).",
            schema.name,
            quoted_list(schema.fields)
        )
    };
    // JSON whitespace is these four (RFC 8259, section 2); anything else first is not an
    // object, whatever the parser would make of it.
    let first = body
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    if first != Some(&b'{') {
        return Err(object_expected());
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let members = deserializer
        .deserialize_map(MembersVisitor)
        .map_err(|error| match error.classify() {
            serde_json::error::Category::Eof => {
                format!(
                    "The request body ends inside its JSON object ({}).",
                    schema.name
                )
            }
            _ => format!("The request body is not valid JSON ({}).", schema.name),
        })?;
    deserializer.end().map_err(|_| {
        format!(
            "The request body must hold one JSON object ({}) and nothing after it.",
            schema.name
        )
    })?;
    let mut seen = Vec::with_capacity(schema.fields.len());
    for (name, is_string) in &members {
        let Some(field) = schema.fields.iter().find(|f| **f == name.as_str()) else {
            return Err(format!(
                "{} has no field \"{}\"; it has only {}.",
                schema.name,
                shortened(name),
                quoted_list(schema.fields)
            ));
        };
        if seen.contains(field) {
            return Err(format!(
                "The field \"{field}\" appears more than once in the request body."
            ));
        }
        if !is_string {
            return Err(format!(
                "The field \"{field}\" of {} must be a string.",
                schema.name
            ));
        }
        seen.push(field);
    }
    if let Some(missing) = schema.fields.iter().find(|f| !seen.contains(f)) {
        return Err(format!(
            "The request body ({}) lacks the required field \"{missing}\".",
            schema.name
        ));
    }
    Ok(())
}

fn quoted_list(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| format!("\"{f}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A client's field name, cut to [`MAX_NAME_CHARS`] and with non-printable characters
/// escaped, to repeat in a description.
fn shortened(name: &str) -> String {
    let mut text: String = name
        .chars()
        .take(MAX_NAME_CHARS)
        .flat_map(char::escape_default)
        .collect();
    if name.chars().count() > MAX_NAME_CHARS {
        text.push_str("...");
    }
    text
}

/// Reads a JSON object as its members in order (duplicates kept): each name, and whether
/// its value is a string. Values are parsed in full (so they are valid JSON) but not kept.
struct MembersVisitor;

impl<'de> Visitor<'de> for MembersVisitor {
    type Value = Vec<(String, bool)>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::new();
        while let Some(name) = map.next_key::<String>()? {
            let is_string = map.next_value::<StringOrOther>()?.0;
            members.push((name, is_string));
        }
        Ok(members)
    }
}

/// Whether a JSON value is a string, without keeping it.
struct StringOrOther(bool);

impl<'de> de::Deserialize<'de> for StringOrOther {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IsString;
        impl<'de> Visitor<'de> for IsString {
            type Value = StringOrOther;
            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<StringOrOther, E> {
                Ok(StringOrOther(true))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<StringOrOther, E> {
                Ok(StringOrOther(false))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<StringOrOther, E> {
                Ok(StringOrOther(false))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<StringOrOther, E> {
                Ok(StringOrOther(false))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<StringOrOther, E> {
                Ok(StringOrOther(false))
            }
            fn visit_unit<E: de::Error>(self) -> Result<StringOrOther, E> {
                Ok(StringOrOther(false))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<StringOrOther, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(StringOrOther(false))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StringOrOther, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(StringOrOther(false))
            }
        }
        deserializer.deserialize_any(IsString)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn create(body: &str) -> Result<(), String> {
        check_object(schema_of("CreateUserSpace").unwrap(), body.as_bytes())
    }

    #[test]
    fn one_object_with_the_schema_fields_only() {
        assert_eq!(create(" {\"name\": \"x\"}\r\n"), Ok(()));
        assert_eq!(create("{\"name\": \"\\u0041\"}"), Ok(()));
        for bad in [
            "[\"arr-name\"]",
            "{\"name\":\"tg\"} xyz",
            "{\"name\":\"first\"}{\"name\":\"second\"}",
            "{\"name\":\"x\"}\0",
            "{\"name\":\"a\",\"name\":\"b\"}",
            "{\"name\":5}",
            "{\"name\":null}",
            "{}",
            "{\"name\":\"x\",\"extra\":1}",
            "{\"name\":\"x\"",
            "",
            "\u{feff}{\"name\":\"x\"}",
        ] {
            let error = create(bad).expect_err(bad);
            for internal in ["line", "column", "struct", "`", "serde"] {
                assert!(!error.contains(internal), "{bad:?}: {error}");
            }
        }
    }

    #[test]
    fn an_unknown_name_is_cut_and_escaped() {
        let long = format!("{{\"name\":\"x\",\"{}\\u001b\":1}}", "k".repeat(500));
        let error = create(&long).unwrap_err();
        assert!(error.len() < 200, "{error}");
        let escape = create("{\"\\u001b[31m\":1}").unwrap_err();
        assert!(escape.contains("\\u{1b}[31m"), "{escape}");
    }
}
