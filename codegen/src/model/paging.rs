//! What each operation returns and how list operations page, decided once here (after types
//! have their final names) so the emitter only renders it:
//!
//! 1. The output is the first 2xx response's body: an envelope becomes [`Output::Data`] or,
//!    with a `meta`, [`Output::Page`]; other bodies map one to one. No 2xx response: untyped.
//! 2. A page output streams its pages when the operation has the config's page parameter
//!    (`page`), an object whose number field (`number`) is an integer, and its meta is a struct.
//!    Otherwise it returns one page, and no stream is offered.
//! 3. Every named `meta` type gets a [`PageMeta`] with the integer fields named `page_number`
//!    and `total_pages` (config names); a meta without them still pages, ending at an empty page.

use crate::config::PaginationConfig;
use crate::ir::{
    Api, Field, IntField, Operation, Output, PageMeta, Paging, ParamLocation, ResponseBody, Status,
    TypeRef,
};

/// Sets every operation's output and the API's page metas.
pub(super) fn decide(api: &mut Api, config: &PaginationConfig) {
    let mut outputs = Vec::new();
    for op in api.resources.iter().flat_map(|r| &r.operations) {
        outputs.push(output(api, op, config));
    }
    let ops = api.resources.iter_mut().flat_map(|r| &mut r.operations);
    for (op, output) in ops.zip(outputs) {
        op.output = output;
    }
    let mut metas: Vec<PageMeta> = Vec::new();
    for op in api.resources.iter().flat_map(|r| &r.operations) {
        let Output::Page {
            meta: TypeRef::Named(meta),
            ..
        } = &op.output
        else {
            continue;
        };
        if metas.iter().any(|m| &m.ty == meta) {
            continue;
        }
        let Some(fields) = api.struct_fields(meta) else {
            continue;
        };
        metas.push(PageMeta {
            ty: meta.clone(),
            page_number: int_field(fields, &config.page_number),
            total_pages: int_field(fields, &config.total_pages),
        });
    }
    api.page_metas = metas;
}

fn output(api: &Api, op: &Operation, config: &PaginationConfig) -> Output {
    let success = op
        .responses
        .iter()
        .find(|r| matches!(r.status, Status::Code(200..=299) | Status::Range(2)));
    let Some(success) = success else {
        return Output::Untyped;
    };
    match &success.body {
        ResponseBody::Envelope {
            data: TypeRef::Vec(item),
            meta: Some(meta),
        } => Output::Page {
            item: (**item).clone(),
            meta: meta.clone(),
            // The paginator reads the meta: only a struct can tell it where a page sits.
            paging: match meta {
                TypeRef::Named(name) if api.struct_fields(name).is_some() => {
                    paging(api, op, config)
                }
                _ => None,
            },
        },
        ResponseBody::Envelope { data, .. } => Output::Data(data.clone()),
        ResponseBody::Json(ty) => Output::Json(ty.clone()),
        ResponseBody::Empty => Output::Empty,
        ResponseBody::Bytes(_) => Output::Bytes,
        ResponseBody::EventStream => Output::EventStream,
    }
}

fn paging(api: &Api, op: &Operation, config: &PaginationConfig) -> Option<Paging> {
    let param = op
        .params
        .iter()
        .find(|p| p.wire_name == config.param && p.location == ParamLocation::Query)?;
    let TypeRef::Named(name) = &param.ty else {
        return None;
    };
    let number = int_field(api.struct_fields(name)?, &config.number)?;
    Some(Paging {
        param: param.wire_name.clone(),
        number,
    })
}

fn int_field(fields: &[Field], wire_name: &str) -> Option<IntField> {
    let field = fields.iter().find(|f| f.wire_name == wire_name)?;
    let narrow = match field.ty {
        TypeRef::I64 => false,
        TypeRef::I32 => true,
        _ => return None,
    };
    Some(IntField {
        rust_name: field.rust_name.clone(),
        narrow,
        optional: !field.required || field.nullable,
    })
}
