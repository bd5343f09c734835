//! One fixture spec per family of OpenAPI constructs (`fixtures/*.yaml`, written for these
//! tests): each generates without error, with exactly the expected warnings, and its output is
//! kept as insta snapshots. `xtask/tests/compile_generated.rs` compiles and lints the output.

use std::path::Path;

use codegen::{Config, DocMode, Generated, Options};

fn generate(fixture: &str) -> Generated {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{fixture}.yaml"));
    let options = Options {
        source_name: format!("fixtures/{fixture}.yaml"),
        docs: DocMode::Full,
        rustfmt: false,
    };
    codegen::generate_file(&path, &Config::default(), &options)
        .unwrap_or_else(|e| panic!("{fixture}: {e}"))
}

fn snapshot(fixture: &str, generated: &Generated) {
    for file in &generated.files {
        insta::assert_snapshot!(format!("{fixture}__{}", file.path), file.contents);
    }
}

fn warnings(generated: &Generated) -> Vec<String> {
    generated.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn nullability() {
    let generated = generate("nullability");
    assert_eq!(warnings(&generated), Vec::<String>::new());
    snapshot("nullability", &generated);
}

#[test]
fn filters_are_typed_like_the_items_they_select() {
    let generated = generate("filters");
    assert_eq!(warnings(&generated), Vec::<String>::new());
    let widgets = &generated
        .files
        .iter()
        .find(|f| f.path == "widgets.rs")
        .expect("widgets.rs")
        .contents;
    let field = |name: &str| {
        let start = widgets
            .find(&format!("pub {name}: Option<"))
            .unwrap_or_else(|| panic!("no field {name}"));
        widgets[start..].lines().next().unwrap().trim().to_owned()
    };
    assert_eq!(field("id"), "pub id: Option<::uuid::Uuid>,");
    assert_eq!(field("status"), "pub status: Option<WidgetStatus>,");
    assert_eq!(field("kind"), "pub kind: Option<WidgetKind>,");
    // Kept: values the item's enum lacks, an item field that is not typed, another type, no
    // item field at all.
    assert_eq!(field("shade"), "pub shade: Option<WidgetListFilterShade>,");
    assert_eq!(field("color"), "pub color: Option<WidgetListFilterColor>,");
    assert_eq!(field("size"), "pub size: Option<String>,");
    assert_eq!(field("owner"), "pub owner: Option<String>,");
    // Enum setters take text as well as the variant.
    assert!(widgets.contains("pub fn status(mut self, value: impl Into<WidgetStatus>) -> Self {"));
    snapshot("filters", &generated);
}

#[test]
fn always_present_fields_are_plain_values_and_claims_are_checked() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/filters.yaml");
    let options = Options {
        source_name: "fixtures/filters.yaml".to_owned(),
        docs: DocMode::Full,
        rustfmt: false,
    };
    let config = |text: &str| Config::from_toml(Path::new("codegen.toml"), text).unwrap();
    let generated = codegen::generate_file(
        &path,
        &config("[types.always_present]\nWidget = [\"id\", \"status\"]\nGone = [\"id\"]"),
        &options,
    )
    .unwrap();
    let models = &generated
        .files
        .iter()
        .find(|f| f.path == "models.rs")
        .unwrap()
        .contents;
    assert!(models.contains("    pub id: ::uuid::Uuid,\n"), "{models}");
    assert!(
        models.contains("    pub status: WidgetStatus,\n"),
        "{models}"
    );
    assert!(
        models.contains("pub fn new(id: ::uuid::Uuid, status: WidgetStatus) -> Self {"),
        "{models}"
    );
    assert!(
        models.contains("    pub kind: Option<WidgetKind>,\n"),
        "{models}"
    );
    // A type the spec no longer has is a note (a rename upstream must not stop generation).
    let notes: Vec<String> = generated
        .config_notes
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        notes,
        [
            "#: config `[types.always_present]` Gone: no such generated type; the claim is not applied"
        ]
    );
    assert_eq!(warnings(&generated), Vec::<String>::new());
    // A type callers send cannot have required fields forced on it.
    let err = codegen::generate_file(
        &path,
        &config("[types.always_present]\nWidgetListFilter = [\"id\"]"),
        &options,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("WidgetListFilter: callers also send this type"),
        "{err}"
    );
}

#[test]
fn unions() {
    let generated = generate("unions");
    assert_eq!(
        warnings(&generated),
        [
            "#/components/schemas/NotAString: `not` cannot be expressed as a Rust type; using a JSON value"
        ]
    );
    snapshot("unions", &generated);
}

#[test]
fn objects() {
    let generated = generate("objects");
    assert_eq!(warnings(&generated), Vec::<String>::new());
    snapshot("objects", &generated);
}

#[test]
fn names() {
    let generated = generate("names");
    snapshot("names", &generated);
    assert_eq!(warnings(&generated), Vec::<String>::new());
}

#[test]
fn bodies() {
    let generated = generate("bodies");
    snapshot("bodies", &generated);
    assert_eq!(warnings(&generated), Vec::<String>::new());
    let events = generated
        .api
        .resources
        .iter()
        .find(|r| r.name == "events_resource")
        .expect("a resource named like the events module is renamed");
    assert_eq!(
        events.operations[0].responses[0].body,
        codegen::ir::ResponseBody::EventStream
    );
    let ops = &generated
        .api
        .resources
        .iter()
        .find(|r| r.name == "uploads")
        .unwrap()
        .operations;
    let encodings: Vec<_> = ops
        .iter()
        .map(|o| (o.name.as_str(), o.body.as_ref().unwrap().encoding))
        .collect();
    use codegen::ir::BodyEncoding::*;
    assert_eq!(
        encodings,
        [
            ("anything", Raw),
            ("either", Multipart),
            ("form", Form),
            ("json", Json),
            ("multipart", Multipart),
            ("raw", Raw),
            ("tagged", Multipart)
        ]
    );
}

#[test]
fn hostile_names() {
    let generated = generate("hostile_names");
    snapshot("hostile_names", &generated);
    assert_eq!(warnings(&generated), Vec::<String>::new());
    let modules: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        modules,
        [
            "mod.rs",
            "models.rs",
            "builder_resource.rs",
            "client_resource.rs",
            "clone_resource.rs",
            "events_resource.rs",
            "execute_resource.rs",
            "models_resource.rs",
            "responses.rs",
            "runtime_resource.rs",
            "webhooks_resource.rs"
        ]
    );
    let types: Vec<&str> = generated
        .api
        .types
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    for prelude in [
        "From", "Into", "Option", "Result", "Default", "Iterator", "Some",
    ] {
        assert!(
            !types.contains(&prelude),
            "{prelude} would hide the prelude"
        );
        assert!(types.contains(&format!("{prelude}Type").as_str()));
    }
    assert!(types.iter().all(|t| t.len() <= 48), "{types:?}");
    let models = &generated.files[1].contents;
    for variant in [
        "Plus,",
        "Minus,",
        "Asterisk,",
        "Slash,",
        "NotEquals,",
        "GreaterThanEquals,",
        "Empty,",
        "Plus2,",
    ] {
        assert!(models.contains(variant), "{variant}");
    }
}

#[test]
fn security() {
    let generated = generate("security");
    snapshot("security", &generated);
    assert_eq!(
        warnings(&generated),
        [
            "#/paths/~1digest/get/security: security scheme(s) [\"digest\"] cannot be sent by the client (only bearer, basic, API keys and OAuth2 client credentials); sending the API key as a bearer token instead"
        ]
    );
    use codegen::ir::{Auth, ParamLocation, Scheme};
    let auth: Vec<(&str, &Auth)> = generated
        .api
        .resources
        .iter()
        .flat_map(|r| &r.operations)
        .map(|o| (o.path.as_str(), &o.auth))
        .collect();
    let key = |location, name: &str| Scheme::ApiKey {
        location,
        name: name.to_owned(),
    };
    let expected = [
        ("/basic", Auth::Schemes(vec![Scheme::Basic])),
        (
            "/both",
            Auth::Schemes(vec![Scheme::Basic, key(ParamLocation::Header, "X-Api-Key")]),
        ),
        (
            "/cookie-key",
            Auth::Schemes(vec![key(ParamLocation::Cookie, "session_key")]),
        ),
        ("/default", Auth::Schemes(vec![Scheme::Bearer])),
        ("/digest", Auth::Schemes(vec![Scheme::Bearer])),
        (
            "/either",
            Auth::Schemes(vec![key(ParamLocation::Query, "api_key")]),
        ),
        (
            "/header-key",
            Auth::Schemes(vec![key(ParamLocation::Header, "X-Api-Key")]),
        ),
        (
            "/oauth",
            Auth::Schemes(vec![Scheme::OAuth2ClientCredentials {
                token_url: "/oauth/token".to_owned(),
                scopes: vec!["calls:read".to_owned(), "calls:write".to_owned()],
            }]),
        ),
        ("/public", Auth::None),
        (
            "/query-key",
            Auth::Schemes(vec![key(ParamLocation::Query, "api_key")]),
        ),
    ];
    let mut auth = auth;
    auth.sort_by_key(|(path, _)| *path);
    let expected: Vec<(&str, &Auth)> = expected.iter().map(|(p, a)| (*p, a)).collect();
    assert_eq!(auth, expected);
}
