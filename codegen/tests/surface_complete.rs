//! The public API the semver gate sees (`codegen::surface`) is the API the generated code has:
//! every `pub fn` of every inherent `impl` in the generated files is an item of the surface, and
//! every function the surface lists is in the files. Checked on our spec and on every fixture,
//! by parsing the generated Rust (syn), not by asking the generator again.

use std::collections::BTreeSet;
use std::path::Path;

use codegen::surface::Surface;
use codegen::{Config, DocMode, Generated, Options};

/// Surface keys of the functions in `generated`'s files.
fn functions_in_code(generated: &Generated) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for file in &generated.files {
        let module = file.path.trim_end_matches(".rs");
        let parsed =
            syn::parse_file(&file.contents).unwrap_or_else(|e| panic!("{}: {e}", file.path));
        for item in parsed.items {
            let syn::Item::Impl(block) = item else {
                continue;
            };
            if block.trait_.is_some() {
                continue;
            }
            let syn::Type::Path(self_ty) = &*block.self_ty else {
                continue;
            };
            let segments: Vec<String> = self_ty
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            let client = segments == ["crate", "Client"];
            let owner = segments.last().cloned().unwrap_or_default();
            for inner in block.items {
                let syn::ImplItem::Fn(function) = inner else {
                    continue;
                };
                if !matches!(function.vis, syn::Visibility::Public(_)) {
                    continue;
                }
                let name = function.sig.ident.to_string();
                found.insert(if client {
                    // `client.rooms()`: the resource.
                    name
                } else {
                    format!("{module}::{owner}::{name}()")
                });
            }
        }
    }
    found
}

/// The functions `surface` lists (and the resources, which are the client's functions).
fn functions_in_surface(surface: &Surface) -> BTreeSet<String> {
    surface
        .items
        .iter()
        .filter(|(_, item)| {
            matches!(
                item.kind.as_str(),
                "method" | "setter" | "constructor" | "fn" | "resource"
            )
        })
        .map(|(path, _)| path.clone())
        .collect()
}

fn assert_complete(name: &str, generated: &Generated) {
    let code = functions_in_code(generated);
    let surface = functions_in_surface(&Surface::of(&generated.api));
    let missing: Vec<&String> = code.difference(&surface).collect();
    let phantom: Vec<&String> = surface.difference(&code).collect();
    assert!(
        missing.is_empty() && phantom.is_empty(),
        "{name}: functions the surface does not list: {missing:#?}\nfunctions the surface lists that the code does not have: {phantom:#?}"
    );
    assert!(!code.is_empty(), "{name}: no functions found");
}

fn options(source: &str) -> Options {
    Options {
        source_name: source.to_owned(),
        docs: DocMode::FactsOnly,
        rustfmt: false,
    }
}

#[test]
fn our_spec_surface_is_the_generated_api() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let config = Config::from_file(&root.join("spec/codegen.toml")).unwrap();
    let generated = codegen::generate_file(
        &root.join("spec/telnyx-video.yaml"),
        &config,
        &options("spec/telnyx-video.yaml"),
    )
    .unwrap();
    assert_complete("spec/telnyx-video.yaml", &generated);
    // The calls users make most, with every argument they pass.
    let surface = Surface::of(&generated.api);
    for (path, detail) in [
        (
            "rooms::Rooms::refresh_client_token()",
            "fn refresh_client_token(PathParam, String) -> RoomRefreshClientTokenRequest => RoomRefreshClientTokenResponse",
        ),
        ("rooms::RoomCreateRequest::unique_name()", "String"),
        (
            "room_recordings::RoomRecordingDeleteBulkRequest::allow_without_filter()",
            "()",
        ),
        (
            "models::RefreshRoomClientTokenRequest::new()",
            "fn new(String)",
        ),
        ("models::CreateRoomRequest::unique_name()", "String"),
    ] {
        let item = surface
            .items
            .get(path)
            .unwrap_or_else(|| panic!("{path} is not in the surface"));
        assert_eq!(item.detail, detail, "{path}");
    }
}

#[test]
fn every_fixture_surface_is_its_generated_api() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 8);
    for path in names {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let generated = codegen::generate_file(&path, &Config::default(), &options(&name))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_complete(&name, &generated);
    }
}
