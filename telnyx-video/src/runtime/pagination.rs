//! Pages of list results and streams over all of them. A stream keeps every filter and option
//! of the request and ends, by construction, in one of these ways:
//! - at the last page (`total_pages` reached) or at an empty page: the stream simply ends;
//! - with a [`PaginationError`] when going on would loop or skip: the server answered a page
//!   number that does not advance, or a page that starts with the same item as the page before
//!   (it ignored the page number), or there is no next page number to ask for;
//! - with [`PaginationError::PageLimit`] when it would request page number `max_pages + 1`
//!   of its own (a client setting, 10,000 by default);
//! - at the first error of a request, which the stream yields before it ends;
//! - when dropped.

use std::future::Future;

use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};

use super::error::{Error, PaginationError};

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

struct State<F, T> {
    fetch: F,
    next: i64,
    fetched: u32,
    limit: u32,
    last: Option<(i64, Option<T>)>,
    /// An error to yield after the page just yielded.
    after: Option<PaginationError>,
    done: bool,
}

/// Pages from `first` on, at most `limit` of them; `fetch(n)` requests page `n` with everything
/// else unchanged.
pub fn pages<T, M, F, Fut>(first: i64, limit: u32, fetch: F) -> PageStream<T, M>
where
    T: Clone + PartialEq + Send + 'static,
    M: PageInfo + Send + 'static,
    F: FnMut(i64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T, M>, Error>> + Send + 'static,
{
    let state = State {
        fetch,
        next: first.max(1),
        fetched: 0,
        limit,
        last: None,
        after: None,
        done: false,
    };
    stream::unfold(state, |mut state| async move {
        if state.done {
            return None;
        }
        let step = next_page(&mut state).await;
        state.done = !matches!(step, Some(Ok(_))) || state.done;
        step.map(|item| (item, state))
    })
    .boxed()
}

/// Fetches and checks the next page; `None` ends the stream without an error.
async fn next_page<T, M, F, Fut>(state: &mut State<F, T>) -> Option<Result<Page<T, M>, Error>>
where
    T: Clone + PartialEq,
    M: PageInfo,
    F: FnMut(i64) -> Fut,
    Fut: Future<Output = Result<Page<T, M>, Error>>,
{
    if let Some(err) = state.after.take() {
        return Some(Err(Error::Pagination(err)));
    }
    let requested = state.next;
    if state.fetched >= state.limit {
        return Some(Err(Error::Pagination(PaginationError::PageLimit {
            limit: state.limit,
        })));
    }
    let page = match (state.fetch)(requested).await {
        Ok(page) => page,
        Err(err) => return Some(Err(err)),
    };
    state.fetched += 1;
    if page.data.is_empty() {
        return None;
    }
    let meta = page.meta.as_ref();
    let number = meta.and_then(PageInfo::page_number).unwrap_or(requested);
    let first_item = page.data.first().cloned();
    if let Some((last_number, last_first)) = &state.last {
        if number <= *last_number {
            return Some(Err(Error::Pagination(PaginationError::NotAdvancing {
                requested,
                returned: number,
            })));
        }
        if last_first.is_some() && *last_first == first_item {
            return Some(Err(Error::Pagination(PaginationError::RepeatedPage {
                page: requested,
            })));
        }
    }
    let total = meta.and_then(PageInfo::total_pages);
    if total.is_some_and(|total| number >= total) {
        state.done = true;
    } else {
        match number.checked_add(1) {
            Some(next) => state.next = next,
            None => state.after = Some(PaginationError::NoNextPage { page: number }),
        }
    }
    state.last = Some((number, first_item));
    Some(Ok(page))
}

/// The items of every page, in order.
pub fn items<T: Send + 'static, M: Send + 'static>(pages: PageStream<T, M>) -> ItemStream<T> {
    pages
        .map_ok(|page| stream::iter(page.data.into_iter().map(Ok)))
        .try_flatten()
        .boxed()
}
