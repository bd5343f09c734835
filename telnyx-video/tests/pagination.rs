//! Auto-pagination: every page in order with all inputs kept, stopping at the last page, an
//! empty page, a page that does not advance, or an error; dropping the stream stops it.

mod common;

use common::*;
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{Value, json};
use telnyx_video::Error;
use telnyx_video::PaginationError;
use telnyx_video::models::PageParams;
use telnyx_video::rooms::RoomListFilter;
use wiremock::matchers::{any, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn room(n: u32) -> Value {
    let mut room = room_json();
    room["unique_name"] = json!(format!("room-{n}"));
    room
}

async fn page(server: &MockServer, number: &str, body: Value) {
    Mock::given(query_param("page[number]", number))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

fn names(rooms: &[telnyx_video::models::Room]) -> Vec<String> {
    rooms
        .iter()
        .map(|r| r.unique_name.clone().unwrap())
        .collect()
}

#[tokio::test]
async fn streams_three_pages_keeping_filters() {
    let server = MockServer::start().await;
    page(
        &server,
        "1",
        json!({"data": [room(1), room(2)], "meta": meta(1, 3)}),
    )
    .await;
    page(
        &server,
        "2",
        json!({"data": [room(3), room(4)], "meta": meta(2, 3)}),
    )
    .await;
    page(&server, "3", json!({"data": [room(5)], "meta": meta(3, 3)})).await;
    let rooms: Vec<_> = client(&server)
        .rooms()
        .list()
        .filter(RoomListFilter::default().unique_name("standup"))
        .page(PageParams::default().size(2))
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        names(&rooms),
        ["room-1", "room-2", "room-3", "room-4", "room-5"]
    );
    let queries: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.query().unwrap().to_owned())
        .collect();
    assert_eq!(
        queries,
        [
            "filter[unique_name]=standup&page[number]=1&page[size]=2",
            "filter[unique_name]=standup&page[number]=2&page[size]=2",
            "filter[unique_name]=standup&page[number]=3&page[size]=2",
        ]
    );
}

#[tokio::test]
async fn pages_start_where_the_caller_says() {
    let server = MockServer::start().await;
    page(&server, "2", json!({"data": [room(3)], "meta": meta(2, 2)})).await;
    let pages: Vec<_> = client(&server)
        .rooms()
        .list()
        .page(PageParams::default().number(2))
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].meta.as_ref().unwrap().page_number, Some(2));
}

#[tokio::test]
async fn stops_at_an_empty_page() {
    let server = MockServer::start().await;
    let no_totals = json!({"page_number": 1, "page_size": 2});
    page(
        &server,
        "1",
        json!({"data": [room(1), room(2)], "meta": no_totals}),
    )
    .await;
    page(
        &server,
        "2",
        json!({"data": [], "meta": {"page_number": 2, "page_size": 2}}),
    )
    .await;
    let rooms: Vec<_> = client(&server)
        .rooms()
        .list()
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names(&rooms), ["room-1", "room-2"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_page_that_does_not_advance_ends_the_stream_with_an_error() {
    let server = MockServer::start().await;
    // A server that ignores page[number] and keeps answering page 1, with no totals.
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": [room(1)], "meta": {"page_number": 1}})),
        )
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server).rooms().list().into_stream().collect().await;
    assert_eq!(results.len(), 2, "{results:?}");
    let first = results[0].as_ref().unwrap();
    assert_eq!(first.unique_name.as_deref(), Some("room-1"));
    assert!(
        matches!(
            &results[1],
            Err(Error::Pagination(PaginationError::NotAdvancing {
                requested: 2,
                returned: 1
            }))
        ),
        "{results:?}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn an_error_ends_the_stream_after_the_good_pages() {
    let server = MockServer::start().await;
    page(&server, "1", json!({"data": [room(1)], "meta": meta(1, 3)})).await;
    Mock::given(query_param("page[number]", "2"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server).rooms().list().into_stream().collect().await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert_eq!(
        results[1]
            .as_ref()
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(500)
    );
}

#[tokio::test]
async fn dropping_the_stream_stops_it() {
    let server = MockServer::start().await;
    page(
        &server,
        "1",
        json!({"data": [room(1), room(2)], "meta": meta(1, 1000)}),
    )
    .await;
    page(
        &server,
        "2",
        json!({"data": [room(3), room(4)], "meta": meta(2, 1000)}),
    )
    .await;
    let mut stream = client(&server).rooms().list().into_stream();
    let first = stream.next().await.unwrap().unwrap();
    assert_eq!(first.unique_name.as_deref(), Some("room-1"));
    drop(stream);
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn every_list_operation_paginates() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"data": [], "meta": meta(1, 1)})),
        )
        .mount(&server)
        .await;
    let c = client(&server);
    assert_eq!(
        c.rooms().list_sessions(ROOM_ID).into_stream().count().await,
        0
    );
    assert_eq!(c.room_sessions().list().into_stream().count().await, 0);
    assert_eq!(
        c.room_sessions()
            .list_participants(SESSION_ID)
            .into_stream()
            .count()
            .await,
        0
    );
    assert_eq!(c.room_participants().list().into_stream().count().await, 0);
    assert_eq!(c.room_recordings().list().into_stream().count().await, 0);
    assert_eq!(c.room_compositions().list().into_stream().count().await, 0);
    assert_eq!(server.received_requests().await.unwrap().len(), 6);
}
