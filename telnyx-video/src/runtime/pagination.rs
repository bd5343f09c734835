//! Pages of list results and streams over all of them. A stream keeps every filter and option
//! of the request, stops at the last page (by `total_pages`), at an empty page, or at a page that
//! does not advance, so it can never loop forever; dropping it stops it.

use std::future::Future;

use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};

use super::error::Error;

/// One page of a list: its items and the pagination meta the API returned.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T, M> {
    /// The items.
    pub data: Vec<T>,
    /// Where this page sits (`page_number`, `page_size`, `total_pages`, `total_results`).
    pub meta: Option<M>,
}

impl<T, M> Page<T, M> {
    /// A page (for tests and custom transports).
    pub fn new(data: Vec<T>, meta: Option<M>) -> Self {
        Page { data, meta }
    }
}

/// What the paginator needs to know of a page's meta. Implemented by the generated meta type.
pub trait PageInfo {
    /// 1-based number of this page, when the API says.
    fn page_number(&self) -> Option<i64>;
    /// Number of pages, when the API says.
    fn total_pages(&self) -> Option<i64>;
}

/// A stream of pages.
pub type PageStream<T, M> = BoxStream<'static, Result<Page<T, M>, Error>>;
/// A stream of items across pages.
pub type ItemStream<T> = BoxStream<'static, Result<T, Error>>;

struct State<F> {
    fetch: F,
    next: i64,
    last_seen: Option<i64>,
    done: bool,
}

/// Pages from `first` on; `fetch(n)` requests page `n` with everything else unchanged.
pub fn pages<T, M, F, Fut>(first: i64, fetch: F) -> PageStream<T, M>
where
    T: Send + 'static,
    M: PageInfo + Send + 'static,
    F: FnMut(i64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T, M>, Error>> + Send + 'static,
{
    let state = State {
        fetch,
        next: first.max(1),
        last_seen: None,
        done: false,
    };
    stream::unfold(state, |mut state| async move {
        if state.done {
            return None;
        }
        let page = match (state.fetch)(state.next).await {
            Ok(page) => page,
            Err(err) => {
                state.done = true;
                return Some((Err(err), state));
            }
        };
        let number = page
            .meta
            .as_ref()
            .and_then(PageInfo::page_number)
            .unwrap_or(state.next);
        if page.data.is_empty() || state.last_seen.is_some_and(|last| number <= last) {
            return None;
        }
        let total = page.meta.as_ref().and_then(PageInfo::total_pages);
        state.done = total.is_some_and(|total| number >= total);
        state.last_seen = Some(number);
        state.next = number + 1;
        Some((Ok(page), state))
    })
    .boxed()
}

/// The items of every page, in order.
pub fn items<T: Send + 'static, M: Send + 'static>(pages: PageStream<T, M>) -> ItemStream<T> {
    pages
        .map_ok(|page| stream::iter(page.data.into_iter().map(Ok)))
        .try_flatten()
        .boxed()
}
