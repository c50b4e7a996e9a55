"""The message service (spec/events.yaml) as an AsyncAPI 3.0 document, for other languages and tools.

What AsyncAPI has no field for travels as `x-tuya-*` extensions, as in the OpenAPI export: how the
handshake password is derived, which frame property names the encryption mode and how each mode lays
out its bytes, what each handshake failure means, and the decrypted event kinds by protocol and bizCode
(the frame's payload carries them encrypted, so they are component messages of their own).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from . import ir
from .loader import to_json_schema

REF = "#/components/schemas/"


def _schema(schema: ir.Schema) -> Any:
    return to_json_schema(schema, REF)


def export(spec: ir.Spec) -> dict[str, Any]:
    events = spec.events
    assert events is not None, "export() needs a spec with spec/events.yaml"
    consumer = events.consumer
    names = {r.id: r.name for r in spec.regions}
    servers = {}
    for host in events.hosts:
        url = urlsplit(host.url)
        servers[host.region] = {
            "host": url.netloc,
            "protocol": url.scheme,
            "pathname": url.path,
            "title": names.get(host.region, host.region),
            **({"description": host.note} if host.note else {}),
            "bindings": {"pulsar": {"tenant": "{access_id}", "bindingVersion": "0.1.0"}},
        }
    query = {q["name"]: {**_schema(q["schema"]), "description": q["description"].strip()} for q in consumer["query"]}
    headers = {
        h["name"]: {"type": "string", "description": f"the {h['value'].replace('_', ' ')}"}
        for h in events.handshake["headers"]
    }
    headers["password"]["pattern"] = "^[0-9a-f]{16}$"
    kind_messages = {
        kind.name: {
            "name": kind.name,
            "title": kind.title,
            "summary": kind.description,
            "contentType": "application/json",
            "payload": _schema(kind.schema),
            "examples": [{"name": kind.name, "payload": kind.example}],
            "externalDocs": {"url": kind.source},
            "x-tuya-protocol": kind.protocol,
            **({"x-tuya-biz-code": kind.biz_code} if kind.biz_code else {}),
            "x-tuya-device-id": [".".join(path) for path in kind.device_id],
            "x-tuya-fields": {f.name: ".".join(f.path) for f in kind.fields},
        }
        for kind in events.kinds
    }
    channel_ref = {"$ref": "#/channels/consumer"}
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": events.title,
            "version": spec.version,
            "description": events.description
            + "\n\nGenerated from the tuya-cloud-sdk spec (spec/events.yaml) by `python -m generator`; do not edit.",
            "externalDocs": {"url": events.sources[0]},
        },
        "defaultContentType": "application/json",
        "servers": servers,
        "channels": {
            "consumer": {
                "address": consumer["path"],
                "title": "Pulsar WebSocket consumer",
                "description": consumer["description"].strip(),
                "parameters": {
                    "access_id": {"description": "The project's Access ID (the Pulsar tenant)."},
                    "env": {
                        "enum": [e["name"] for e in consumer["envs"]],
                        "default": consumer["default_env"],
                        "description": "; ".join(f"{e['name']}: {e['description']}" for e in consumer["envs"]),
                    },
                    "subscription": {"description": f"The subscription; default {consumer['default_subscription']}."},
                },
                "messages": {
                    "frame": {"$ref": "#/components/messages/PulsarFrame"},
                    "ack": {"$ref": "#/components/messages/PulsarAck"},
                },
                "bindings": {
                    "ws": {
                        "method": "GET",
                        "query": {"type": "object", "properties": query},
                        "headers": {"type": "object", "required": sorted(headers), "properties": headers},
                        "bindingVersion": "0.1.0",
                    },
                    "pulsar": {"namespace": "out", "persistence": "persistent", "bindingVersion": "0.1.0"},
                },
            }
        },
        "operations": {
            "receiveFrame": {
                "action": "receive",
                "channel": channel_ref,
                "summary": "One frame per message; acknowledge it by its messageId.",
                "messages": [{"$ref": "#/channels/consumer/messages/frame"}],
            },
            "sendAck": {
                "action": "send",
                "channel": channel_ref,
                "summary": events.ack["description"].strip(),
                "messages": [{"$ref": "#/channels/consumer/messages/ack"}],
            },
        },
        "components": {
            "schemas": {name: _schema(schema) for name, schema in sorted(events.schemas.items())},
            "messages": {
                "PulsarFrame": {
                    "name": "PulsarFrame",
                    "summary": events.frame["description"].strip(),
                    "payload": {"$ref": REF + "PulsarFrame"},
                    "x-tuya-payload": {"$ref": REF + "MessageEnvelope"},
                },
                "PulsarAck": {
                    "name": "PulsarAck",
                    "summary": events.ack["description"].strip(),
                    "payload": {"$ref": REF + "PulsarAck"},
                },
                **kind_messages,
            },
        },
        "x-tuya-handshake": {
            "headers": events.handshake["headers"],
            "password": events.handshake["password"],
            "failures": events.handshake["failures"],
        },
        "x-tuya-encryption": {
            "description": events.encryption["description"].strip(),
            "key": events.encryption["key"],
            "property": events.encryption["property"],
            "default": events.encryption["default"],
            "modes": events.encryption["modes"],
        },
        "x-tuya-common": {
            "biz_code": [".".join(p) for p in events.biz_code],
            "device_id": [".".join(p) for p in events.device_id],
        },
        "x-tuya-events": [
            {"protocol": k.protocol, "biz_code": k.biz_code, "message": f"#/components/messages/{k.name}"}
            for k in events.kinds
        ],
        "x-tuya-generic": {"name": events.generic_name, "description": events.generic_description},
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
