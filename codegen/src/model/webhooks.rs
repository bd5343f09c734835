//! Webhooks: the OpenAPI 3.1 `webhooks` section into one event enum, dispatched on a
//! discriminator property of each event's `data`.
//!
//! Ordered heuristics, with fallbacks:
//! 1. The event body is the JSON request body of the webhook's `post` (else its first operation).
//! 2. A body that is an object with a `data` property is Telnyx's envelope: the event is `data`.
//!    Otherwise the whole body is the event.
//! 3. The discriminator value is the one value of the event's `event_type` (configurable) enum or
//!    `const`. An event without one is left out, with a warning naming it.
//! 4. The variant is named after the webhook's key (`sessionStarted` -> `SessionStarted`).

use openapiv3::{PathItem, ReferenceOr, Schema, SchemaKind, Type};

use super::types::Site;
use super::{Model, refs};
use crate::ir::{Doc, Module, TypeKind, TypeRef, Webhook, Webhooks};
use crate::naming::{Namespace, avoid_prelude, pascal};
use crate::pointer::Pointer;

impl<'a> Model<'a> {
    /// Models every webhook event the config selects; `None` when there are none.
    pub(crate) fn webhooks(&mut self, hooks: &'a [(String, PathItem)]) -> Option<Webhooks> {
        let config = &self.config.webhooks;
        let mut variants = Namespace::with_reserved(&["Unknown"]);
        let mut events = Vec::new();
        for (key, item) in hooks {
            let at = Pointer::root().push("webhooks").push(key);
            let Some((method, op)) = item
                .iter()
                .find(|(m, _)| *m == "post")
                .or_else(|| item.iter().next())
            else {
                self.warn(at, "webhook has no operation; left out");
                continue;
            };
            let at = at.push(method);
            let Some(schema) = self.event_schema(op.request_body.as_ref()) else {
                self.warn(at, "webhook has no JSON request body; left out");
                continue;
            };
            let (data, data_at) = match self.envelope_data(schema) {
                Some(data) => (data, at.push("requestBody").push("data")),
                None => (EventSchema::Whole(schema), at.push("requestBody")),
            };
            let Some(event_type) = self.discriminator_value(&data, &config.discriminator) else {
                let message = format!(
                    "webhook event has no single-valued `{}`; left out",
                    config.discriminator
                );
                self.warn(at, &message);
                continue;
            };
            if !config.event_types.is_empty()
                && !config
                    .event_types
                    .iter()
                    .any(|p| event_type.starts_with(p.as_str()))
            {
                continue;
            }
            let name = pascal(key);
            // Components only events reach live with the events.
            let site = Site {
                components: &Module::Events,
                ..Site::new(&name, &Module::Events, &data_at)
            };
            let ty = match data {
                EventSchema::Whole(schema) => self.schema_ref(schema, site),
                EventSchema::Property(schema) => self.boxed_ref(schema, site),
            };
            let doc = Doc {
                text: [op.summary.as_deref(), op.description.as_deref()]
                    .into_iter()
                    .flatten()
                    .map(str::trim)
                    .find(|s| !s.is_empty())
                    .map(str::to_owned),
                facts: vec![format!("`{}: {event_type}`", config.discriminator)],
            };
            events.push(Webhook {
                variant: variants.claim(&name),
                event_type,
                data: ty,
                doc,
                pointer: at,
            });
        }
        if events.is_empty() {
            return None;
        }
        self.plain_discriminators(&events, &config.discriminator);
        let name = self.type_names.claim(&avoid_prelude(&config.enum_name));
        Some(Webhooks {
            name,
            discriminator: config.discriminator.clone(),
            events,
            feature: config.feature.clone(),
        })
    }

    /// The event enum already tells events apart, so each event's discriminator field is a plain
    /// string rather than a one-value enum of its own. The enums replaced are remembered in
    /// `replaced_discriminators`; those nothing else refers to are dropped once the whole API
    /// is modelled (`build`).
    fn plain_discriminators(&mut self, events: &[Webhook], discriminator: &str) {
        for event in events {
            let Some(data) = event.data.direct_name() else {
                continue;
            };
            let Some(def) = self.types.iter_mut().find(|t| t.name == data) else {
                continue;
            };
            let TypeKind::Struct(fields) = &mut def.kind else {
                continue;
            };
            for field in fields.iter_mut().filter(|f| f.wire_name == discriminator) {
                if let TypeRef::Named(old) = std::mem::replace(&mut field.ty, TypeRef::String) {
                    self.replaced_discriminators.insert(old);
                }
            }
        }
    }

    fn event_schema(
        &self,
        body: Option<&'a ReferenceOr<openapiv3::RequestBody>>,
    ) -> Option<&'a ReferenceOr<Schema>> {
        let body = match body? {
            ReferenceOr::Item(body) => body,
            ReferenceOr::Reference { reference } => {
                let components = self.api.components.as_ref();
                refs::resolve(components, &refs::REQUEST_BODIES, reference)?.0
            }
        };
        let media = body
            .content
            .iter()
            .find(|(ct, _)| ct.contains("json"))
            .or_else(|| body.content.iter().next())?
            .1;
        media.schema.as_ref()
    }

    fn resolved(&self, schema: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => self.resolve_schema(reference),
        }
    }

    fn resolved_box(&self, schema: &'a ReferenceOr<Box<Schema>>) -> Option<&'a Schema> {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => self.resolve_schema(reference),
        }
    }

    /// The `data` property of an envelope body.
    fn envelope_data(&self, body: &'a ReferenceOr<Schema>) -> Option<EventSchema<'a>> {
        let properties = object_properties(self.resolved(body)?)?;
        properties.get("data").map(EventSchema::Property)
    }

    fn discriminator_value(&self, data: &EventSchema<'a>, property: &str) -> Option<String> {
        let schema = match data {
            EventSchema::Whole(schema) => self.resolved(schema)?,
            EventSchema::Property(schema) => self.resolved_box(schema)?,
        };
        let discriminator = self.resolved_box(object_properties(schema)?.get(property)?)?;
        match &discriminator.schema_kind {
            SchemaKind::Type(Type::String(s)) => match s.enumeration.as_slice() {
                [Some(value)] => Some(value.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Where an event's schema sits.
enum EventSchema<'a> {
    /// The whole body.
    Whole(&'a ReferenceOr<Schema>),
    /// The `data` property of an envelope.
    Property(&'a ReferenceOr<Box<Schema>>),
}

fn object_properties(
    schema: &Schema,
) -> Option<&indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => Some(&o.properties),
        SchemaKind::Any(a) if !a.properties.is_empty() => Some(&a.properties),
        _ => None,
    }
}
