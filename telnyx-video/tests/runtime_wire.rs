//! The runtime's request building for constructs the Video spec does not use but other specs
//! do (form bodies laid out by their `encoding`, ...): requests built as generated code builds
//! them, sent through the client, checked byte for byte as the server received them.

mod common;
mod raw_server;

use common::API_KEY;
use raw_server::{RawServer, Reply, client_for, http};
use serde_json::json;
use telnyx_video::runtime::{Method, QueryStyle, Request};

async fn server() -> RawServer {
    RawServer::start(|_, _| Reply::Bytes(http(204, &[], b""))).await
}

#[tokio::test]
async fn form_bodies_follow_their_encoding() {
    let server = server().await;
    let client = client_for(&server.base_url, API_KEY).build().unwrap();
    let body = json!({
        "customer": "cus_1",
        "metadata": {"order": "42"},
        "line_items": [{"price": "p_1", "quantity": 2}, {"price": "p 2"}],
        "expand": ["a", "b"],
        "payment_method_types": ["card", "sepa"],
    });
    let request = Request::new(Method::POST, "/v1/checkout/sessions").form_body(
        &body,
        &[
            ("line_items", QueryStyle::DeepObject),
            ("metadata", QueryStyle::DeepObject),
            ("payment_method_types", QueryStyle::PipeDelimited),
        ],
    );
    client.execute(request).await.unwrap();
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, "POST");
    assert_eq!(seen[0].target, "/v1/checkout/sessions");
    assert_eq!(
        seen[0].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        String::from_utf8_lossy(&seen[0].body),
        "customer=cus_1&expand=a&expand=b&line_items[0][price]=p_1&line_items[0][quantity]=2\
         &line_items[1][price]=p%202&metadata[order]=42&payment_method_types=card%7Csepa"
    );
}

#[tokio::test]
async fn form_bodies_without_encoding_nest_objects_and_repeat_arrays() {
    let server = server().await;
    let client = client_for(&server.base_url, API_KEY).build().unwrap();
    let body =
        json!({"name": "a&b", "tags": ["x", "y"], "address": {"city": "Oslo"}, "none": null});
    let request = Request::new(Method::POST, "/v1/things").form_body(&body, &[]);
    client.execute(request).await.unwrap();
    assert_eq!(
        String::from_utf8_lossy(&server.seen()[0].body),
        "address[city]=Oslo&name=a%26b&tags=x&tags=y"
    );
}
