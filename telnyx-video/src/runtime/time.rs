//! Timestamps read fast: RFC 3339 as APIs send it (`2021-04-16T09:46:20.954863Z`,
//! `...+02:00`) parsed by hand, validated by chrono's constructors; anything else goes to
//! chrono's general parser, so every value chrono accepts is still accepted.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use serde::de::{self, Deserializer, Visitor};

/// Deserializes a required timestamp (generated models read theirs through `object::Timestamp`).
pub(crate) fn datetime<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(Timestamp)
}

/// Deserializes an optional timestamp: `null` (or absent, with `default`) is `None`.
pub(crate) fn option_datetime<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    deserializer.deserialize_option(OptionalTimestamp)
}

struct Timestamp;

impl<'de> Visitor<'de> for Timestamp {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 timestamp")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        parse(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

struct OptionalTimestamp;

impl<'de> Visitor<'de> for OptionalTimestamp {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 timestamp or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        datetime(deserializer).map(Some)
    }
}

/// The instant `text` names, or `None` when it is not a timestamp.
pub(crate) fn parse(text: &str) -> Option<DateTime<Utc>> {
    fast(text.as_bytes()).or_else(|| {
        text.parse::<DateTime<FixedOffset>>()
            .ok()
            .map(|t| t.with_timezone(&Utc))
    })
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, the shape nearly every API sends.
fn fast(b: &[u8]) -> Option<DateTime<Utc>> {
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        b.get(range)?.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)?;
    let (hour, minute, second) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
    let mut at = 19;
    let mut nanos = 0u32;
    if b[at] == b'.' {
        let start = at + 1;
        at = start;
        while at < b.len() && b[at].is_ascii_digit() {
            at += 1;
        }
        let count = at - start;
        if count == 0 || count > 9 {
            return None;
        }
        nanos = digits(start..at)? * 10u32.pow(9 - count as u32);
    }
    let offset = match b.get(at..)? {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let field = |x: &u8, y: &u8| -> Option<i32> {
                (x.is_ascii_digit() && y.is_ascii_digit())
                    .then(|| i32::from(x - b'0') * 10 + i32::from(y - b'0'))
            };
            let seconds = field(h1, h2)? * 3600 + field(m1, m2)? * 60;
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    let local = NaiveDateTime::new(date, time);
    if offset == 0 {
        // UTC, as APIs nearly always send it: no offset arithmetic.
        return Some(local.and_utc());
    }
    let offset = FixedOffset::east_opt(offset)?;
    Some(
        offset
            .from_local_datetime(&local)
            .single()?
            .with_timezone(&Utc),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_agrees_with_chrono() {
        for text in [
            "2021-04-16T09:46:20.954863Z",
            "2021-04-16T09:46:20Z",
            "2021-04-16T09:46:20.1+02:00",
            "2021-04-16t09:46:20.123456789-05:30",
            "2024-02-29T23:59:59Z",
            "1970-01-01T00:00:00+00:00",
        ] {
            let expected = text
                .parse::<DateTime<FixedOffset>>()
                .unwrap()
                .with_timezone(&Utc);
            assert_eq!(fast(text.as_bytes()), Some(expected), "{text}");
        }
    }

    #[test]
    fn anything_else_goes_to_chrono_or_is_refused() {
        assert_eq!(fast(b"2021-02-30T00:00:00Z"), None);
        assert_eq!(parse("2021-02-30T00:00:00Z"), None);
        assert_eq!(parse("2021-04-16T25:00:00Z"), None);
        assert_eq!(parse("not a time"), None);
        assert_eq!(parse(""), None);
        assert_eq!(fast(b"2021-04-16T09:46:20.Z"), None);
        // Leap seconds and other shapes chrono reads still parse.
        assert!(parse("2016-12-31T23:59:60Z").is_some());
        assert_eq!(
            parse("2021-04-16 09:46:20Z"),
            Some(Utc.with_ymd_and_hms(2021, 4, 16, 9, 46, 20).unwrap())
        );
    }
}
