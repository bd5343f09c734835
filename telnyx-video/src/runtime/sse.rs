//! Server-sent events (`text/event-stream`): a response body read as it arrives and split into
//! events (`event:`, `data:` lines joined by newlines, `id:`, `retry:`; `:` comments ignored).

use bytes::{Bytes, BytesMut};
use futures_util::stream::{self, BoxStream, StreamExt};

use super::error::Error;

/// One server-sent event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ServerEvent {
    /// The `event:` field, when given.
    pub event: Option<String>,
    /// The `data:` lines, joined with `\n`.
    pub data: String,
    /// The `id:` field, when given.
    pub id: Option<String>,
    /// The `retry:` field in milliseconds, when given.
    pub retry: Option<u64>,
}

/// The events of a response, in order; dropping the stream closes the connection.
pub type EventStream = BoxStream<'static, Result<ServerEvent, Error>>;

/// Incremental parser state: bytes not yet ending in a newline, and the event being built.
#[derive(Default)]
struct Parser {
    pending: BytesMut,
    current: ServerEvent,
    has_data: bool,
}

impl Parser {
    /// Bytes held for the event being read (a server that never ends a line or an event must
    /// not grow this without bound).
    fn held(&self) -> usize {
        self.pending.len()
            + self.current.data.len()
            + self.current.event.as_ref().map_or(0, String::len)
            + self.current.id.as_ref().map_or(0, String::len)
    }

    /// Feeds bytes; returns the events they complete.
    fn feed(&mut self, chunk: &[u8]) -> Vec<ServerEvent> {
        self.pending.extend_from_slice(chunk);
        let mut events = Vec::new();
        while let Some(end) = self.pending.iter().position(|b| *b == b'\n' || *b == b'\r') {
            let line = self.pending.split_to(end);
            // A `\r\n` pair is one line end.
            let skip = if self.pending.starts_with(b"\r\n") {
                2
            } else {
                1
            };
            let _ = self.pending.split_to(skip.min(self.pending.len()));
            if let Some(event) = self.line(&String::from_utf8_lossy(&line)) {
                events.push(event);
            }
        }
        events
    }

    fn line(&mut self, line: &str) -> Option<ServerEvent> {
        if line.is_empty() {
            let event = std::mem::take(&mut self.current);
            let dispatch = std::mem::take(&mut self.has_data);
            return dispatch.then_some(event);
        }
        if line.starts_with(':') {
            return None;
        }
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "event" => self.current.event = Some(value.to_owned()),
            "data" => {
                if self.has_data {
                    self.current.data.push('\n');
                }
                self.current.data.push_str(value);
                self.has_data = true;
            }
            "id" => self.current.id = Some(value.to_owned()),
            "retry" => self.current.retry = value.parse().ok(),
            _ => {}
        }
        None
    }
}

/// Events of a live response; an event (or a line) that grows past `limit` bytes ends the
/// stream with [`Error::TooLarge`].
pub(crate) fn events(
    response: reqwest::Response,
    status: reqwest::StatusCode,
    headers: &reqwest::header::HeaderMap,
    limit: u64,
) -> EventStream {
    let headers = headers.clone();
    let oversized = move || {
        super::error::too_large(
            super::read::Oversized {
                status,
                headers: headers.clone(),
                limit,
                declared: None,
            },
            &super::redact::Secrets::default(),
        )
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let state = (
        response,
        Parser::default(),
        std::collections::VecDeque::new(),
        false,
    );
    stream::unfold(
        state,
        move |(mut response, mut parser, mut ready, mut done)| {
            let oversized = oversized.clone();
            async move {
                loop {
                    if let Some(event) = ready.pop_front() {
                        return Some((event, (response, parser, ready, done)));
                    }
                    if done {
                        return None;
                    }
                    match response.chunk().await {
                        Ok(Some(chunk)) => {
                            ready.extend(parser.feed(&chunk).into_iter().map(Ok));
                            if parser.held() > limit {
                                // The events it completed first, then the error.
                                done = true;
                                ready.push_back(Err(oversized()));
                            }
                        }
                        Ok(None) => {
                            done = true;
                            // A final event without its blank line still counts.
                            ready.extend(parser.feed(b"\n\n").into_iter().map(Ok));
                        }
                        Err(source) => {
                            done = true;
                            let err = Error::Connection {
                                attempts: 1,
                                source: source.without_url(),
                            };
                            return Some((Err(err), (response, parser, ready, done)));
                        }
                    }
                }
            }
        },
    )
    .boxed()
}

/// Events of a body already read.
pub(crate) fn events_from_bytes(body: Bytes) -> EventStream {
    let mut parser = Parser::default();
    let mut events = parser.feed(&body);
    events.extend(parser.feed(b"\n\n"));
    stream::iter(events.into_iter().map(Ok)).boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_multiline_data_comments_and_split_chunks() {
        let mut parser = Parser::default();
        let mut events =
            parser.feed(b": keep-alive\nevent: room\ndata: {\"a\":\ndata: 1}\nid: 7\n\ndata: sec");
        events.extend(parser.feed(b"ond\r\nretry: 1500\r\n\r\nevent: empty\n\n"));
        assert_eq!(
            events,
            vec![
                ServerEvent {
                    event: Some("room".into()),
                    data: "{\"a\":\n1}".into(),
                    id: Some("7".into()),
                    retry: None
                },
                ServerEvent {
                    event: None,
                    data: "second".into(),
                    id: None,
                    retry: Some(1500)
                },
            ]
        );
    }
}
