//! Doc comments: spec text made safe for rustdoc, plus the facts the generator adds.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::Doc;

/// Whether spec descriptions are written into doc comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocMode {
    /// Descriptions and facts (normal output).
    Full,
    /// Facts only, descriptions replaced by the fallback: output that depends only on the
    /// contract, used to compare two specs that describe the same API in different words.
    FactsOnly,
}

/// `#[doc]` attributes for an item: the spec text (or `fallback` when there is none), then facts.
pub fn doc_attrs(doc: &Doc, fallback: &str, mode: DocMode) -> TokenStream {
    let text = match (mode, doc.text.as_deref().map(str::trim)) {
        (DocMode::Full, Some(text)) if !text.is_empty() => text.to_owned(),
        _ => fallback.to_owned(),
    };
    let mut lines = sanitize(&text);
    if !doc.facts.is_empty() {
        lines.push(String::new());
        lines.extend(doc.facts.iter().cloned());
    }
    lines_to_attrs(&lines)
}

/// `#[doc]` attributes for literal lines.
pub fn lines_to_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#attrs)*)
}

/// Spec text is CommonMark written for a web page; rustdoc would run indented blocks and bare
/// fences as doctests and lints list continuations. Lines are trimmed (no indented code blocks),
/// untyped fences become `text`, and lines continuing a list item are indented under it.
pub fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut in_list = false;
    for raw in text.lines() {
        let line = raw.trim();
        if line.starts_with("```") {
            out.push(if !in_fence && line == "```" {
                "```text".to_owned()
            } else {
                line.to_owned()
            });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(raw.trim_end().to_owned());
            continue;
        }
        let is_item = line.starts_with("- ")
            || line.starts_with("* ")
            || line.starts_with("+ ")
            || line
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if line.is_empty() {
            in_list = false;
            out.push(String::new());
        } else if is_item {
            in_list = true;
            out.push(line.to_owned());
        } else if in_list {
            out.push(format!("  {line}"));
        } else {
            out.push(line.to_owned());
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizes_code_blocks_and_lists() {
        let text = "Intro\n    indented\n```\ncode\n```\n- item\ncontinued\n\nafter";
        assert_eq!(
            sanitize(text),
            vec![
                "Intro",
                "indented",
                "```text",
                "code",
                "```",
                "- item",
                "  continued",
                "",
                "after"
            ]
        );
        assert_eq!(sanitize("```rust\nfn x"), vec!["```rust", "fn x", "```"]);
    }
}
