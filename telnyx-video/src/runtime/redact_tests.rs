use super::*;
use proptest::prelude::*;

#[test]
fn secret_names_in_every_case_style() {
    for name in [
        "token",
        "accessToken",
        "refresh_token",
        "REFRESH-TOKEN",
        "x-api-key",
        "X_API_KEY",
        "apiKey",
        "Authorization",
        "proxy-authorization",
        "www-authenticate",
        "set-cookie",
        "private_key",
        "passwd",
        "Password",
        "credentials",
        "auth",
        "pass",
        "client_secret",
        "signature",
        "sig",
        "credentials[pass]",
        "auth.bearer",
    ] {
        assert!(is_secret_name(name), "{name}");
    }
    for name in [
        "id",
        "room_id",
        "session_id",
        "unique_name",
        "status",
        "passenger",
        "keyword",
        "author",
        "max_participants",
        "filter[date_created_at][gte]",
    ] {
        assert!(!is_secret_name(name), "{name}");
    }
}

#[test]
fn quoted_values_are_dropped_from_messages() {
    assert_eq!(
        without_quoted_values(r#"invalid type: string "tok\"en", expected u32 at line 1"#),
        r#"invalid type: string "…", expected u32 at line 1"#
    );
    assert_eq!(
        without_quoted_values("unterminated \"abc"),
        "unterminated \"…"
    );
    assert_eq!(without_quoted_values("no quotes"), "no quotes");
}

#[test]
fn bodies_for_logs_hide_credentials() {
    let mut secrets = Secrets::default();
    secrets.add("KEY-9f8e7d6c");
    let body = br#"{"data":{"token":"T-1a2b3c4d5e","refresh_token":"R-5e4d3c2b1a","id":"r1","note":"KEY-9f8e7d6c","token_ttl_secs":60}}"#;
    assert_eq!(
        body_for_log(body, &secrets),
        r#"{"data":{"id":"r1","note":"[redacted]","refresh_token":"[redacted]","token":"[redacted]","token_ttl_secs":60}}"#
    );
    // Nested below a secret name, in any case style; credential-shaped values anywhere.
    let body = br#"{"credentials":{"user":"u1","pass":"p-8c7b6a5"},"auth":{"bearer":"b-1f2e3d"},"accessToken":"a-9e8d7c","x-api-key":"k-4b5c6d","echo":"Bearer b-7a6b5c"}"#;
    assert_eq!(
        body_for_log(body, &Secrets::default()),
        r#"{"accessToken":"[redacted]","auth":{"bearer":"[redacted]"},"credentials":{"pass":"[redacted]","user":"[redacted]"},"echo":"[redacted]","x-api-key":"[redacted]"}"#
    );
    // A form body.
    assert_eq!(
        body_for_log(
            b"access_token=a-9e8d7c&token_type=bearer&expires_in=3600",
            &secrets
        ),
        "access_token=[redacted]&token_type=[redacted]&expires_in=3600"
    );
    // Bodies that cannot be redacted by name are shown by size only.
    for body in [
        &br#"{"accessToken":"a-9e8d7c",}"#[..],
        b"plain KEY-9f8e7d6c",
        &[0xff, 0xfe, 0x00],
    ] {
        let logged = body_for_log(body, &secrets);
        assert_eq!(
            logged,
            format!(
                "<{} bytes, not shown: neither JSON nor a form, so it cannot be redacted>",
                body.len()
            )
        );
    }
    let deep = format!(
        "{}\"token\":\"a-9e8d7c\"{}",
        "[".repeat(200),
        "]".repeat(200)
    );
    assert!(body_for_log(deep.as_bytes(), &secrets).starts_with("<"));
}

#[test]
fn secrets_are_scrubbed_everywhere() {
    let mut secrets = Secrets::default();
    secrets.add("KEY-9f8e7d6c");
    secrets.add("abc"); // too short to search for
    secrets.add_json(&serde_json::json!({"t": ["TOKEN-1a2b3c4d"]}));
    assert_eq!(
        secrets.scrub("Bearer KEY-9f8e7d6c and TOKEN-1a2b3c4d; abc"),
        "Bearer [redacted] and [redacted]; abc"
    );
    let mut json = serde_json::json!({"KEY-9f8e7d6c": {"detail": "TOKEN-1a2b3c4d"}});
    secrets.scrub_json(&mut json);
    assert_eq!(
        json,
        serde_json::json!({"[redacted]": {"detail": "[redacted]"}})
    );
    let mut headers = HeaderMap::new();
    headers.insert("x-echo", HeaderValue::from_static("Bearer KEY-9f8e7d6c"));
    headers.insert("x-fine", HeaderValue::from_static("ok"));
    secrets.scrub_headers(&mut headers);
    assert_eq!(headers["x-echo"], REDACTED);
    assert_eq!(headers["x-fine"], "ok");
    // Percent-encoded, as a query carries it.
    let mut secrets = Secrets::default();
    secrets.add("a+b/c=d e");
    assert_eq!(secrets.scrub("x=a%2Bb%2Fc%3Dd%20e&y=1"), "x=[redacted]&y=1");
}

#[test]
fn named_values_of_untyped_bodies_become_secrets() {
    let mut secrets = Secrets::default();
    let body = serde_json::json!({"refresh_token": "R-5e4d3c2b1a", "nested": [{"clientSecret": {"v": "C-0a9b8c7d"}}], "note": "visible-1234"});
    secrets.add_named("", &body);
    assert_eq!(
        secrets.scrub("R-5e4d3c2b1a C-0a9b8c7d visible-1234"),
        "[redacted] [redacted] visible-1234"
    );
}

#[test]
fn header_and_query_views_redact_by_name_shape_and_value() {
    let mut secrets = Secrets::default();
    secrets.add("KEY-9f8e7d6c");
    let mut headers = HeaderMap::new();
    for (name, value) in [
        ("x-api-key", "k-1"),
        ("www-authenticate", "Bearer realm=x"),
        ("x-echo", "bearer t-2"),
        ("x-quote", "it was KEY-9f8e7d6c"),
        ("x-fine", "ok"),
    ] {
        headers.insert(
            reqwest::header::HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    assert_eq!(
        format!("{:?}", Headers::with(&headers, &secrets)),
        r#"{"x-api-key": "[redacted]", "www-authenticate": "[redacted]", "x-echo": "[redacted]", "x-quote": "[redacted]", "x-fine": "ok"}"#
    );
    let pairs = [
        ("signature".to_owned(), "s-1".to_owned()),
        ("filter%5Bpass%5D".to_owned(), "p-2".to_owned()),
        ("page[number]".to_owned(), "2".to_owned()),
    ];
    assert_eq!(
        format!("{:?}", Pairs(&pairs)),
        r#"["signature=[redacted]", "filter%5Bpass%5D=[redacted]", "page[number]=2"]"#
    );
}

/// A secret-looking name, made of words in a random case style.
fn secret_name() -> impl Strategy<Value = String> {
    let words: Vec<Vec<&str>> = vec![
        vec!["access", "token"],
        vec!["refresh", "token"],
        vec!["token"],
        vec!["api", "key"],
        vec!["x", "api", "key"],
        vec!["private", "key"],
        vec!["client", "secret"],
        vec!["password"],
        vec!["passwd"],
        vec!["pass"],
        vec!["auth"],
        vec!["authorization"],
        vec!["credentials"],
        vec!["signature"],
        vec!["session", "cookie"],
        vec!["id", "token"],
        vec!["secret"],
    ];
    (proptest::sample::select(words), 0..7usize).prop_map(|(words, style)| match style {
        0 => words.join("_"),
        1 => words.join("-"),
        2 => words.join("").to_uppercase(),
        3 => words.join("_").to_uppercase(),
        4 => words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i == 0 {
                    (*w).to_owned()
                } else {
                    capitalized(w)
                }
            })
            .collect(),
        5 => words.iter().map(|w| capitalized(w)).collect(),
        _ => words
            .iter()
            .map(|w| capitalized(w))
            .collect::<Vec<_>>()
            .join("-"),
    })
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// Ordinary names that hold the secret's surroundings.
fn plain_name() -> impl Strategy<Value = String> {
    proptest::sample::select(vec!["data", "room", "meta", "items", "detail", "x", "note"])
        .prop_map(str::to_owned)
}

/// Where a secret is placed in a JSON value: under `path` (plain names), then its own name.
fn placed(path: &[String], name: &str, secret: &str, wrap: usize) -> Value {
    let mut value = match wrap {
        0 => Value::String(secret.to_owned()),
        1 => serde_json::json!([secret]),
        _ => serde_json::json!({"value": secret}),
    };
    value = serde_json::json!({ name: value, "other": "visible" });
    for step in path.iter().rev() {
        value = serde_json::json!({ step: value });
    }
    value
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// A secret under a secret-looking name, in any case style, at any depth, in a JSON body,
    /// a form body, a query or a header, never reaches the text; and a known secret placed
    /// anywhere (under any name, inside any text) is scrubbed.
    #[test]
    fn no_rendered_text_holds_a_secret(
        secret in "[A-Za-z0-9]{4}[A-Za-z0-9+/=._~-]{8,24}",
        name in secret_name(),
        path in proptest::collection::vec(plain_name(), 0..4),
        wrap in 0..3usize,
        prefix in "[a-z ]{0,8}",
        known in any::<bool>(),
    ) {
        let mut secrets = Secrets::default();
        if known {
            secrets.add(&secret);
        }
        let json = placed(&path, &name, &secret, wrap).to_string();
        let encoded: String =
            percent_encoding::utf8_percent_encode(&secret, super::super::query::VALUE).to_string();
        let form = format!("a=1&{name}={encoded}&b=2");
        let rendered = [
            body_for_log(json.as_bytes(), &secrets),
            body_for_log(form.as_bytes(), &secrets),
            format!("{:?}", Pairs(&[(name.clone(), encoded.clone()), ("p".to_owned(), "1".to_owned())])),
        ];
        for text in &rendered {
            prop_assert!(!text.contains(&secret), "{} in {}", secret, text);
        }
        if let (Ok(header), Ok(value)) = (
            reqwest::header::HeaderName::try_from(name.as_str()),
            HeaderValue::try_from(secret.as_str()),
        ) {
            let mut headers = HeaderMap::new();
            headers.insert(header, value);
            let text = format!("{:?}", Headers::new(&headers));
            prop_assert!(!text.contains(&secret), "{}", text);
        }
        if known {
            // Under a plain name, in free text, in a header of any name: scrubbed by value.
            let plain = placed(&path, "note", &format!("{prefix}{secret}"), wrap).to_string();
            let mut headers = HeaderMap::new();
            headers.insert("x-note", HeaderValue::try_from(format!("{prefix}{secret}")).unwrap());
            for text in [
                body_for_log(plain.as_bytes(), &secrets),
                secrets.scrub(&format!("{prefix}{secret}{prefix}")).into_owned(),
                secrets.scrub(&format!("q={encoded}")).into_owned(),
                format!("{:?}", Headers::with(&headers, &secrets)),
            ] {
                prop_assert!(!text.contains(&secret), "{} in {}", secret, text);
            }
        }
    }
}
