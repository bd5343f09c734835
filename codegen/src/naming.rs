//! Rust names from spec names: case conversion, keywords, leading digits, collisions, and the
//! resource/method names of operations.
//!
//! Rules, applied in order (each documented with its fallback):
//! 1. Case: `heck` converts to snake_case / PascalCase; characters that cannot appear in an
//!    identifier separate words and are dropped.
//! 2. A name with no letter or digit is spelled out (`""` -> `Empty`, `+` -> `Plus`, `!=` ->
//!    `NotEquals`); a name that still gives nothing is `value` / `Value`.
//! 3. A leading digit: prefix `n_` (snake) or `N` (Pascal): `10dlc` -> `n_10dlc`, `N10dlc`.
//! 4. Keywords: suffix `_` (`type` -> `type_`, `Self` -> `Self_`); Pascal names that would shadow
//!    an item of the prelude (`From`, `Option`, `Result`, `String`, ...) get the suffix `Type`;
//!    resource names that would collide with the crate's modules or `Client`'s methods get the
//!    suffix `_resource`.
//! 5. Collisions within one namespace: the later name gets `2`, `3`, ... in document order.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Every name the Rust 2021/2024 prelude puts in the type namespace (the generated code uses
/// several of them unqualified: `Option`, `From`, `Into`, `Default`, ...): a type of the spec
/// named like one would hide it from the whole module.
const PRELUDE_TYPES: &[&str] = &[
    "AsMut",
    "AsRef",
    "AsyncFn",
    "AsyncFnMut",
    "AsyncFnOnce",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Future",
    "Into",
    "IntoFuture",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Names a resource may not take as its module (the generated modules sit beside the crate's
/// own at its root) or as its accessor on `Client` (the client's own methods and those of the
/// traits it implements).
const RESERVED_RESOURCES: &[&str] = &[
    "models",
    "events",
    "runtime",
    "webhooks",
    "client",
    "generated",
    "prelude",
    "new",
    "from_env",
    "builder",
    "base_url",
    "max_pages",
    "transport",
    "execute",
    "execute_stream",
    "clone",
    "clone_from",
    "fmt",
    "eq",
    "ne",
    "into",
    "from",
    "try_into",
    "try_from",
    "to_owned",
    "borrow",
    "borrow_mut",
    "type_id",
];

/// The module and accessor name of a resource: `snake` of `name`, with `_resource` appended
/// when that is a reserved name (`models` -> `models_resource`).
pub fn resource_name(name: &str) -> String {
    let name = snake(name);
    if RESERVED_RESOURCES.contains(&name.as_str()) {
        format!("{name}_resource")
    } else {
        name
    }
}

fn sanitize(converted: String, fallback: &str, digit_prefix: &str) -> String {
    let cleaned: String = converted
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let mut name = if cleaned.trim_matches('_').is_empty() {
        fallback.to_owned()
    } else {
        cleaned
    };
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, digit_prefix);
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// snake_case identifier for a field, parameter, module or method.
pub fn snake(name: &str) -> String {
    let words = spelled(name);
    sanitize(ascii_words(&words).to_snake_case(), "value", "n_")
}

/// PascalCase identifier for a type or variant.
pub fn pascal(name: &str) -> String {
    let words = spelled(name);
    sanitize(ascii_words(&words).to_upper_camel_case(), "Value", "N")
}

/// A name with no letter or digit, spelled out: `""` -> `empty`, `+` -> `plus`, `!=` ->
/// `not equals`. Any other name is returned as it is.
fn spelled(name: &str) -> std::borrow::Cow<'_, str> {
    if name.chars().any(|c| c.is_alphanumeric()) {
        return std::borrow::Cow::Borrowed(name);
    }
    if name.is_empty() {
        return std::borrow::Cow::Borrowed("empty");
    }
    let words: Vec<&str> = name
        .chars()
        .filter_map(|c| {
            Some(match c {
                '+' => "plus",
                '-' => "minus",
                '*' => "asterisk",
                '/' => "slash",
                '\\' => "backslash",
                '=' => "equals",
                '!' => "not",
                '<' => "less than",
                '>' => "greater than",
                '%' => "percent",
                '&' => "and",
                '|' => "or",
                '^' => "caret",
                '~' => "tilde",
                '.' => "dot",
                ',' => "comma",
                ':' => "colon",
                ';' => "semicolon",
                '?' => "question",
                '@' => "at",
                '#' => "hash",
                '$' => "dollar",
                '_' => "underscore",
                '(' | ')' => "paren",
                '[' | ']' => "bracket",
                '{' | '}' => "brace",
                '\'' => "quote",
                '"' => "double quote",
                ' ' => "space",
                _ => return None,
            })
        })
        .collect();
    std::borrow::Cow::Owned(words.join(" "))
}

/// A type name that does not hide an item of the prelude: `From` -> `FromType`. Applied to whole
/// names as they are claimed (a variant or a part of a longer name cannot hide anything).
pub fn avoid_prelude(name: &str) -> String {
    if PRELUDE_TYPES.contains(&name) {
        format!("{name}Type")
    } else {
        name.to_owned()
    }
}

/// Non-ASCII letters cannot be identifiers; treat them as word separators.
fn ascii_words(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii() { c } else { ' ' })
        .collect()
}

/// The singular of a plural English noun, by ordered rules (the last word of a snake_case name):
/// 1. irregular and Latin plurals from a table (`people`, `children`, `indices`, `analyses`,
///    `statuses`, `aliases`, `data`, `media`, `series`, ...);
/// 2. `-ies` -> `-y` (`policies`); `-sses`, `-shes`, `-ches`, `-xes`, `-zzes` -> drop `es`
///    (`addresses`, `batches`, `faxes`, `quizzes`);
/// 3. words that are not plurals though they end in `s` (`-ss`, `-us`, `-is`, `news`) stay;
/// 4. a final `s` is dropped (`rooms`, `phases`, `databases`).
///
/// Fallback: the word unchanged.
pub fn singular(word: &str) -> String {
    const IRREGULAR: [(&str, &str); 16] = [
        ("people", "person"),
        ("children", "child"),
        ("men", "man"),
        ("women", "woman"),
        ("indices", "index"),
        ("vertices", "vertex"),
        ("matrices", "matrix"),
        ("analyses", "analysis"),
        ("statuses", "status"),
        ("aliases", "alias"),
        ("buses", "bus"),
        ("data", "data"),
        ("media", "media"),
        ("series", "series"),
        ("news", "news"),
        ("criteria", "criterion"),
    ];
    let (head, last) = match word.rfind('_') {
        Some(at) => word.split_at(at + 1),
        None => ("", word),
    };
    let one = if let Some((_, single)) = IRREGULAR.iter().find(|(plural, _)| *plural == last) {
        (*single).to_owned()
    } else if let Some(stem) = last.strip_suffix("ies").filter(|s| !s.is_empty()) {
        format!("{stem}y")
    } else if ["sses", "shes", "ches", "xes", "zzes"]
        .iter()
        .any(|suffix| last.ends_with(suffix))
    {
        last[..last.len() - 2].to_owned()
    } else if last.ends_with("ss") || last.ends_with("us") || last.ends_with("is") {
        last.to_owned()
    } else if let Some(stem) = last.strip_suffix('s').filter(|s| !s.is_empty()) {
        stem.to_owned()
    } else {
        last.to_owned()
    };
    format!("{head}{one}")
}

/// Longest type name kept as it is.
const MAX_TYPE_NAME: usize = 48;

/// A type name made of many nested parts (`InferenceEmbeddingTransferToolParamsVoicemail...`)
/// shortened: the first two words (which name the owning type) and the last four (which name
/// the value itself): `InferenceEmbeddingDetectedVoicemailMessageType`. Names of at most 48
/// characters are kept. Deterministic; collisions are settled by the namespace like any other.
pub fn short_type_name(name: &str) -> String {
    if name.len() <= MAX_TYPE_NAME {
        return name.to_owned();
    }
    let mut words: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            words.push(&name[start..i]);
            start = i;
        }
    }
    words.push(&name[start..]);
    if words.len() <= 6 {
        return name.to_owned();
    }
    let mut short: String = words[..2].concat();
    short.push_str(&words[words.len() - 4..].concat());
    short
}

/// A method name `name` made more specific with the path's context, for when `name` is taken
/// in its resource: the singulars of the literal segments between the resource and the last
/// one (`get_runs` of `/ai/missions/{id}/runs` -> `get_mission_runs`; `cancel` of
/// `/ai/missions/{id}/runs/{run_id}/cancel` -> `mission_run_cancel`). A leading verb stays in
/// front. `None` when the path has no such context.
pub fn qualified_method(name: &str, path: &str) -> Option<String> {
    let shape = path_shape(path);
    let literals: Vec<String> = shape
        .rest
        .iter()
        .flatten()
        .map(|l| snake(l))
        .filter(|l| l != "actions")
        .collect();
    let (_, context) = literals.split_last()?;
    if context.is_empty() {
        return None;
    }
    let context: Vec<String> = context.iter().map(|c| singular(c)).collect();
    let context = context.join("_");
    const VERBS: [&str; 8] = [
        "get", "list", "create", "retrieve", "update", "delete", "replace", "put",
    ];
    Some(match name.split_once('_') {
        Some((verb, rest)) if VERBS.contains(&verb) => format!("{verb}_{context}_{rest}"),
        _ => format!("{context}_{name}"),
    })
}

/// A namespace of names; [`Namespace::claim`] settles collisions deterministically.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: BTreeSet<String>,
}

impl Namespace {
    /// A namespace in which `reserved` are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namespace {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Takes `name`, or `name2`, `name3`, ... if taken; returns what was taken.
    pub fn claim(&mut self, name: &str) -> String {
        let mut candidate = name.to_owned();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{name}{n}");
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

/// Path segments of an operation split into its resource and the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathShape {
    /// The first literal segment after any version prefix (`rooms` in `/v2/rooms/{id}`).
    pub resource: String,
    /// Segments after the resource; `None` stands for a `{parameter}`.
    pub rest: Vec<Option<String>>,
}

/// Splits a path template. Heuristic: skip a leading `v<digits>` segment and any leading
/// parameters; the resource is the next literal. Fallback: `root` for `/`.
pub fn path_shape(path: &str) -> PathShape {
    // A path key may carry a query (`/responses?beta=true`): it names no resource.
    let path = path.split('?').next().unwrap_or_default();
    let mut segments = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let s = s.strip_suffix(".json").unwrap_or(s);
            if s.starts_with('{') && s.ends_with('}') {
                None
            } else {
                Some(s.to_owned())
            }
        })
        .skip_while(|s| match s {
            None => true,
            Some(s) => {
                s.len() > 1 && s.starts_with('v') && s[1..].chars().all(|c| c.is_ascii_digit())
            }
        });
    let resource = segments
        .next()
        .flatten()
        .unwrap_or_else(|| "root".to_owned());
    PathShape {
        resource: resource_name(&resource),
        rest: segments.collect(),
    }
}

/// The method name of an operation from its HTTP method and path shape. Ordered heuristics:
/// 1. `.../actions/{verb}` -> the verb (`end`, `kick`, `refresh_client_token`).
/// 2. The collection (`/rooms`): GET `list`, POST `create`, PUT `replace`, PATCH `update_bulk`,
///    DELETE `delete_bulk`.
/// 3. An item (`/rooms/{id}`): GET `retrieve`, PUT/PATCH `update`, DELETE `delete`, POST `create`.
/// 4. A sub-collection (`/rooms/{id}/sessions`): GET `list_sessions`, POST `create_session`,
///    DELETE `delete_sessions`, PUT/PATCH `update_sessions`; a trailing `{id}` after it makes
///    GET `retrieve_session`, DELETE `delete_session`, PUT/PATCH `update_session`.
/// 5. A trailing literal otherwise: the literal, prefixed for non-POST (`get_status`).
///
/// Fallback: `None`, and the caller uses the `operationId` (snake_case), then `method_path`.
pub fn method_name(http: &str, shape: &PathShape) -> Option<String> {
    let literals: Vec<&str> = shape.rest.iter().flatten().map(String::as_str).collect();
    let ends_with_param = matches!(shape.rest.last(), Some(None));
    if let [.., "actions", verb] = literals.as_slice() {
        if !ends_with_param {
            return Some(snake(verb));
        }
    }
    let name = match (shape.rest.as_slice(), http) {
        ([], "get") => "list".to_owned(),
        ([], "post") => "create".to_owned(),
        ([], "put") => "replace".to_owned(),
        ([], "patch") => "update_bulk".to_owned(),
        ([], "delete") => "delete_bulk".to_owned(),
        ([None], "get") => "retrieve".to_owned(),
        ([None], "put" | "patch") => "update".to_owned(),
        ([None], "delete") => "delete".to_owned(),
        ([None], "post") => "create".to_owned(),
        ([None, Some(sub)], method) => {
            let sub = snake(sub);
            match method {
                "get" => format!("list_{sub}"),
                "post" => format!("create_{}", singular(&sub)),
                "delete" => format!("delete_{sub}"),
                "put" | "patch" => format!("update_{sub}"),
                _ => return None,
            }
        }
        ([None, Some(sub), None], method) => {
            let one = singular(&snake(sub));
            match method {
                "get" => format!("retrieve_{one}"),
                "delete" => format!("delete_{one}"),
                "put" | "patch" => format!("update_{one}"),
                _ => return None,
            }
        }
        ([.., Some(last)], method) => {
            let last = snake(last);
            if method == "post" {
                last
            } else {
                format!("{method}_{last}")
            }
        }
        _ => return None,
    };
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_keywords_and_digits() {
        assert_eq!(snake("webhookEventURL"), "webhook_event_url");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("10dlc"), "n_10dlc");
        assert_eq!(snake("sort[]"), "sort");
        assert_eq!(snake("%%"), "percent_percent");
        assert_eq!(snake("\u{2603}"), "value");
        assert_eq!(pascal("video_Error"), "VideoError");
        assert_eq!(pascal("call-control_Error"), "CallControlError");
        assert_eq!(pascal("10dlc_Error"), "N10dlcError");
        assert_eq!(pascal("1280x720"), "N1280x720");
        assert_eq!(pascal("Self"), "Self_");
        assert_eq!(avoid_prelude(&pascal("result")), "ResultType");
        assert_eq!(pascal("ünïcode"), "NCode");
    }

    #[test]
    fn namespaces_settle_collisions_in_order() {
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        assert_eq!(ns.claim("Unknown"), "Unknown2");
        assert_eq!(ns.claim("A"), "A");
        assert_eq!(ns.claim("A"), "A2");
        assert_eq!(ns.claim("A"), "A3");
    }

    #[test]
    fn names_never_hide_the_prelude_or_the_crate() {
        for prelude in [
            "From", "Into", "Default", "Option", "Result", "Iterator", "Send",
        ] {
            assert_eq!(avoid_prelude(&pascal(prelude)), format!("{prelude}Type"));
            assert_eq!(
                pascal(prelude),
                prelude,
                "parts of names and variants stay as they are"
            );
        }
        assert_eq!(avoid_prelude("FromNumber"), "FromNumber");
        assert_eq!(resource_name("models"), "models_resource");
        assert_eq!(resource_name("Runtime"), "runtime_resource");
        assert_eq!(resource_name("execute"), "execute_resource");
        assert_eq!(resource_name("rooms"), "rooms");
        assert_eq!(path_shape("/responses?beta=true").resource, "responses");
    }

    #[test]
    fn symbols_and_empty_names_are_spelled_out() {
        let names: Vec<String> = ["+", "-", "*", "/", "!=", ">=", "", "_"]
            .iter()
            .map(|s| pascal(s))
            .collect();
        assert_eq!(
            names,
            [
                "Plus",
                "Minus",
                "Asterisk",
                "Slash",
                "NotEquals",
                "GreaterThanEquals",
                "Empty",
                "Underscore"
            ]
        );
        assert_eq!(snake("<="), "less_than_equals");
        assert_eq!(pascal("a+b"), "AB");
    }

    #[test]
    fn taken_method_names_gain_their_path_context() {
        assert_eq!(
            qualified_method("get_runs", "/ai/missions/{mission_id}/runs").as_deref(),
            Some("get_mission_runs")
        );
        assert_eq!(
            qualified_method("cancel", "/ai/missions/{m}/runs/{r}/cancel").as_deref(),
            Some("mission_run_cancel")
        );
        assert_eq!(
            qualified_method("completions", "/ai/openai/chat/completions").as_deref(),
            Some("openai_chat_completions")
        );
        assert_eq!(qualified_method("list", "/rooms"), None);
        assert_eq!(qualified_method("get_runs", "/ai/runs"), None);
    }

    #[test]
    fn long_type_names_keep_their_owner_and_their_end() {
        assert_eq!(
            short_type_name(
                "InferenceEmbeddingTransferToolParamsVoicemailDetectionOnVoicemailDetectedVoicemailMessageType"
            ),
            "InferenceEmbeddingDetectedVoicemailMessageType"
        );
        assert_eq!(
            short_type_name("RoomSessionListParticipantsFilter"),
            "RoomSessionListParticipantsFilter"
        );
        let long_word = format!("A{}", "b".repeat(59));
        assert_eq!(short_type_name(&long_word), long_word);
    }

    #[test]
    fn singulars() {
        let cases = [
            ("rooms", "room"),
            ("room_sessions", "room_session"),
            ("policies", "policy"),
            ("faxes", "fax"),
            ("addresses", "address"),
            ("batches", "batch"),
            ("phases", "phase"),
            ("databases", "database"),
            ("statuses", "status"),
            ("aliases", "alias"),
            ("people", "person"),
            ("access", "access"),
            ("status", "status"),
            ("analysis", "analysis"),
            ("media", "media"),
            ("verify_profiles", "verify_profile"),
            ("s", "s"),
        ];
        for (plural, one) in cases {
            assert_eq!(singular(plural), one, "{plural}");
        }
    }

    fn name(http: &str, path: &str) -> Option<String> {
        method_name(http, &path_shape(path))
    }

    #[test]
    fn method_names_from_paths() {
        assert_eq!(path_shape("/v2/rooms/{id}").resource, "rooms");
        assert_eq!(name("get", "/rooms").as_deref(), Some("list"));
        assert_eq!(name("post", "/rooms").as_deref(), Some("create"));
        assert_eq!(
            name("delete", "/room_recordings").as_deref(),
            Some("delete_bulk")
        );
        assert_eq!(name("get", "/rooms/{room_id}").as_deref(), Some("retrieve"));
        assert_eq!(name("patch", "/rooms/{room_id}").as_deref(), Some("update"));
        assert_eq!(
            name("delete", "/rooms/{room_id}").as_deref(),
            Some("delete")
        );
        assert_eq!(
            name("get", "/rooms/{room_id}/sessions").as_deref(),
            Some("list_sessions")
        );
        assert_eq!(
            name("post", "/room_sessions/{id}/actions/kick").as_deref(),
            Some("kick")
        );
        assert_eq!(
            name("post", "/rooms/{id}/actions/generate_join_client_token").as_deref(),
            Some("generate_join_client_token")
        );
        assert_eq!(
            name("get", "/rooms/{id}/sessions/{sid}").as_deref(),
            Some("retrieve_session")
        );
        assert_eq!(name("get", "/rooms/{id}/sessions/{sid}/x/{y}"), None);
    }
}
