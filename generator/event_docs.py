"""Generated docs for the message service: how a client connects and decrypts, and every event kind."""

from __future__ import annotations

import json

from . import event_ir

NOTICE = "<!-- Generated from spec/events.yaml by `python -m generator`; do not edit. -->"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _clause(text: str) -> str:
    """A sentence as a clause of a longer one: its final full stop dropped."""
    return _cell(text).removesuffix(".")


def events_md(events: event_ir.EventSpec) -> str:
    consumer, handshake, encryption = events.consumer, events.handshake, events.encryption
    query = "&".join(f"{q['name']}={q['schema']['default']}" for q in consumer["query"])
    lines = [
        NOTICE,
        f"# {events.title}",
        "",
        _cell(events.description),
        "",
        "## Connecting",
        "",
        "| region | queue host |",
        "| --- | --- |",
        *(f"| {h.region} | `{h.url}`{' (' + _clause(h.note) + ')' if h.note else ''} |" for h in events.hosts),
        "",
        f"Consumer URL: `<queue host>{consumer['path']}?{query}`; `env` is one of "
        + ", ".join(f"`{e['name']}` ({_clause(e['description'])})" for e in consumer["envs"])
        + f"; the subscription defaults to `{consumer['default_subscription']}`.",
        "",
        "Handshake headers: "
        + ", ".join(f"`{h['name']}`: the {h['value'].replace('_', ' ')}" for h in handshake["headers"])
        + f"; password = `{handshake['password']['recipe']}`. Refusals: "
        + "; ".join(f"{f['status']} {_clause(f['description'])}" for f in handshake["failures"]),
        "",
        f"Decryption: key `{encryption['key']}`; the frame property `{encryption['property']}` names the mode "
        f"(default `{encryption['default']}`): "
        + "; ".join(f"`{m['name']}`: {_clause(m['description'])}" for m in encryption["modes"])
        + f". Test vectors: `spec/{encryption['vectors']}`.",
        "",
        "## Event kinds",
        "",
        f"Anything else arrives as `{events.generic_name}`.",
        "",
        "| protocol | bizCode | class | fields (path in the data) | source |",
        "| --- | --- | --- | --- | --- |",
    ]
    for kind in events.kinds:
        fields = ", ".join(f"`{f.name}` ({'.'.join(f.path)})" for f in kind.fields) or "-"
        lines.append(
            f"| {kind.protocol} | {kind.biz_code or '-'} | `{kind.name}` | {fields} | [{kind.title}]({kind.source}) |"
        )
    lines += ["", "## Examples", ""]
    for kind in events.kinds:
        lines += [f"`{kind.name}`: {_cell(kind.description)}", "", "```json", json.dumps(kind.example), "```", ""]
    return "\n".join(lines)
