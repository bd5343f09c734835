//! `Client::from_env` reads `TELNYX_API_KEY`, `TELNYX_BASE_URL` and `TELNYX_CUSTOM_HEADERS`. One
//! test in its own binary, since it changes the process environment.

use telnyx_video::{Client, Error};

#[test]
fn from_env_reads_key_and_base_url() {
    // SAFETY: this test binary has a single test, so no other thread reads the environment.
    unsafe {
        std::env::remove_var("TELNYX_API_KEY");
        std::env::remove_var("TELNYX_BASE_URL");
    }
    let err = Client::from_env().unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m == "TELNYX_API_KEY is not set"),
        "{err:?}"
    );
    unsafe {
        std::env::set_var("TELNYX_API_KEY", "KEY-FROM-ENV");
    }
    assert_eq!(
        Client::from_env().unwrap().base_url(),
        "https://api.telnyx.com/v2"
    );
    unsafe {
        std::env::set_var("TELNYX_BASE_URL", "http://127.0.0.1:4010/");
    }
    let client = Client::from_env().unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:4010");
    assert!(!format!("{client:?}").contains("KEY-FROM-ENV"));

    unsafe {
        std::env::set_var(
            "TELNYX_CUSTOM_HEADERS",
            "X-Tenant: acme\n\nX-Beta: rooms-v3\n",
        );
    }
    let debug = format!("{:?}", Client::from_env().unwrap());
    assert!(
        debug.contains(r#""x-tenant": "acme", "x-beta": "rooms-v3""#),
        "{debug}"
    );
    unsafe {
        std::env::set_var("TELNYX_CUSTOM_HEADERS", "X-Tenant: acme\nX-Beta rooms-v3");
    }
    assert_eq!(
        Client::from_env().unwrap_err().to_string(),
        "invalid request: TELNYX_CUSTOM_HEADERS line 2: no `:` (expected `Name: value`)"
    );

    // A credential header of the caller's own never prints.
    unsafe {
        std::env::set_var("TELNYX_CUSTOM_HEADERS", "X-Api-Key: CUSTOM-SECRET-4f3e2d");
    }
    let debug = format!("{:?}", Client::from_env().unwrap());
    assert!(!debug.contains("CUSTOM-SECRET-4f3e2d"), "{debug}");
    assert!(debug.contains(r#""x-api-key": "[redacted]""#), "{debug}");

    // Set but not Unicode: an error naming the variable, never silently ignored.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        unsafe {
            std::env::set_var(
                "TELNYX_CUSTOM_HEADERS",
                std::ffi::OsStr::from_bytes(b"X-Tenant: \xff"),
            );
        }
        assert_eq!(
            Client::from_env().unwrap_err().to_string(),
            "invalid request: TELNYX_CUSTOM_HEADERS is set but is not valid UTF-8"
        );
    }
    unsafe {
        std::env::remove_var("TELNYX_CUSTOM_HEADERS");
    }

    #[cfg(feature = "webhooks")]
    {
        // The webhook key: missing is its own error, not an invalid key.
        unsafe {
            std::env::remove_var("TELNYX_PUBLIC_KEY");
        }
        assert!(matches!(
            telnyx_video::webhooks::Verifier::from_env(),
            Err(telnyx_video::webhooks::WebhookError::PublicKeyNotSet)
        ));
        unsafe {
            std::env::set_var("TELNYX_PUBLIC_KEY", "not base64!");
        }
        assert!(matches!(
            telnyx_video::webhooks::Verifier::from_env(),
            Err(telnyx_video::webhooks::WebhookError::InvalidPublicKey(_))
        ));
    }
}
