"""The TypeScript target's part of the message service: `src/events.ts`, the event schemas as types and the
wire facts a TypeScript runtime reads (queue hosts, consumer path, handshake, modes, event kinds)."""

from __future__ import annotations

import json

from .. import event_ir, ir
from .types import TypeMapper, declared, named_declaration


def _js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def events_ts(events: event_ir.EventSpec, formats: dict[str, ir.Format], header: str) -> str:
    mapper = TypeMapper(events.schemas)
    declarations = [named_declaration(n, events.schemas[n], mapper, formats) for n in declared(events.schemas)]
    query = {q["name"]: q["schema"]["default"] for q in events.consumer["query"]}
    start, end = events.key_slice
    gcm = next((m for m in events.encryption["modes"] if m["name"] == "aes_gcm"), {"nonce_bytes": 12, "tag_bytes": 16})
    kinds = [
        "  {"
        + f" name: {_js(k.name)}, protocol: {k.protocol}, bizCode: {_js(k.biz_code)},"
        + f" deviceId: {_js([list(p) for p in k.device_id])},"
        + f" fields: {_js({_camel(f.name): list(f.path) for f in k.fields})} "
        + "},"
        for k in events.kinds
    ]
    names = " | ".join(_js(k.name) for k in events.kinds)
    data_by_kind = "".join(f"  {k.name}: {mapper.expr(k.schema, '  ')};\n" for k in events.kinds)
    lines = [
        header,
        f"// {events.title}: the event schemas of spec/events.yaml as types, and the wire facts a client needs.",
        "",
        *(d.rstrip("\n") + "\n" for d in declarations),
        f"export const QUEUE_HOSTS: Readonly<Record<string, string>> = {_js({h.region: h.url for h in events.hosts})};",
        f"export const CONSUMER_PATH = {_js(events.consumer['path'])};",
        f"export const ENVS = {_js([e['name'] for e in events.consumer['envs']])} as const;",
        f"export const DEFAULT_ENV = {_js(events.consumer['default_env'])};",
        f"export const DEFAULT_SUBSCRIPTION = {_js(events.consumer['default_subscription'])};",
        f"export const ACK_TIMEOUT_MS = {query['ackTimeoutMillis']};",
        f"export const SUBSCRIPTION_TYPE = {_js(query['subscriptionType'])};",
        f"export const HANDSHAKE_FAILURES: Readonly<Record<number, string>> = "
        f"{_js({str(f['status']): f['meaning'] for f in events.handshake['failures']})};",
        f"export const KEY_SLICE = [{start}, {end}] as const;",
        f"export const MODE_PROPERTY = {_js(events.encryption['property'])};",
        f"export const DEFAULT_MODE = {_js(events.encryption['default'])};",
        f"export const MODES = {_js([m['name'] for m in events.encryption['modes']])} as const;",
        f"export const GCM_NONCE_BYTES = {gcm['nonce_bytes']};",
        f"export const GCM_TAG_BYTES = {gcm['tag_bytes']};",
        f"export const BIZ_CODE_PATHS = {_js([list(p) for p in events.biz_code])};",
        f"export const DEVICE_ID_PATHS = {_js([list(p) for p in events.device_id])};",
        "",
        f"/** The event kinds of spec/events.yaml; anything else is a {events.generic_name}. */",
        f"export type EventKindName = {names} | {_js(events.generic_name)};",
        "",
        "export interface EventKind {",
        "  name: EventKindName;",
        "  protocol: number;",
        "  bizCode: string | null;",
        "  deviceId: string[][];",
        "  fields: Record<string, string[]>;",
        "}",
        "",
        "export const EVENT_KINDS: readonly EventKind[] = [",
        *kinds,
        "];",
        "",
        "/** The decrypted data of each kind, as sent. */",
        "export interface EventDataByKind {",
        data_by_kind.rstrip("\n"),
        f"  {events.generic_name}: Record<string, unknown>;",
        "}",
        "",
    ]
    return "\n".join(lines)


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)
