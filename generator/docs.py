"""Generated docs: the seed coverage table and an index of every operation."""

from __future__ import annotations

from . import ir

NOTICE = "<!-- Generated from spec/ by `python -m generator`; do not edit. -->"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def coverage_md(spec: ir.Spec) -> str:
    ops = {op.id: op for op in spec.operations}
    mapped = sum(1 for e in spec.coverage if e.operation)
    lines = [
        NOTICE,
        "# Coverage of the seed API lists",
        "",
        f"{len(spec.coverage)} seed entries: {mapped} mapped to an operation, "
        f"{len(spec.coverage) - mapped} unresolved. The spec has {len(ops)} operations.",
        "",
        "| seed | section | entry | operation | method and path |",
        "| --- | --- | --- | --- | --- |",
    ]
    for e in spec.coverage:
        if e.operation:
            op = ops[e.operation]
            where = f"`{op.http_method} {op.path}`"
            target = f"`{op.id}`"
        else:
            target = "unresolved"
            where = _cell(f"{e.unresolved} Searched: {'; '.join(e.searched)}")
        note = f" ({_cell(e.note)})" if e.note else ""
        lines.append(f"| {e.seed} | {_cell(e.section)} | {_cell(e.entry)}{note} | {target} | {where} |")
    if spec.additional:
        lines += [
            "",
            "Operations that are not seed entries:",
            "",
            "| operation | method and path | why |",
            "| --- | --- | --- |",
        ]
        for op_id, reason in spec.additional:
            op = ops[op_id]
            lines.append(f"| `{op_id}` | `{op.http_method} {op.path}` | {_cell(reason)} |")
    if spec.left_out:
        lines += [
            "",
            "Endpoints that public clients call and the spec leaves out:",
            "",
            "| method and path | use instead | why |",
            "| --- | --- | --- |",
        ]
        for left in spec.left_out:
            instead = f"`{left.instead}`" if left.instead else "-"
            lines.append(f"| `{left.method} {left.path}` | {instead} | {_cell(left.reason)} |")
    return "\n".join(lines) + "\n"


def api_md(spec: ir.Spec) -> str:
    lines = [NOTICE, "# API reference", ""]
    lines += [
        "Every operation of the spec, by group. An endpoint not listed here is called with",
        '`client.request("GET", "/v1.0/...", params={...}, body=...)` (or `tuya-cloud request GET /v1.0/...`),',
        "signed and checked the same way; see the README, Any endpoint.",
        "",
    ]
    for group in spec.groups:
        lines += [f"## `client.{group.name}`: {group.title}", "", _cell(group.description), ""]
        lines += ["| method | HTTP | retry-safe | summary |", "| --- | --- | --- | --- |"]
        for op in group.operations:
            iterator = " (+ `iter_" + op.method_name + "`)" if op.pagination else ""
            deprecated = f" **{op.deprecated.sentence()}**" if op.deprecated else ""
            lines.append(
                f"| `{op.method_name}`{iterator} | `{op.http_method} {op.path}` | "
                f"{'yes' if op.retry_safe else 'no'} | [{_cell(op.summary)}]({op.source}){_cell(deprecated)} |"
            )
        lines.append("")
    lines += _deprecated(spec)
    conflicts = [(op, c) for op in spec.operations for c in op.conflicts]
    lines += [f"## Where Tuya's documents disagree ({len(conflicts)} choices)", ""]
    for op, c in conflicts:
        sources = ", ".join(f"[{i}]({url})" for i, url in enumerate(c.sources, 1))
        lines.append(f"- `{op.id}`, {_cell(c.topic)}: {_cell(c.choice)} {_cell(c.reason)} Sources: {sources}")
    return "\n".join(lines) + "\n"


def _deprecated(spec: ir.Spec) -> list[str]:
    """Every deprecated operation, parameter and field: each keeps working and warns once when used."""
    rows = [(f"operation `{op.id}`", op.deprecated) for op in spec.operations if op.deprecated]
    rows += [
        (f"parameter `{p.name}` of `{op.id}`", p.deprecated)
        for op in spec.operations
        for p in op.params
        if p.deprecated
    ]
    rows += [(f"field `{where}`", deprecation) for where, deprecation in spec.deprecated_fields()]
    if not rows:
        return []
    lines = [
        f"## Deprecated ({len(rows)})",
        "",
        "Each keeps working and warns once (DeprecationWarning) when used; it goes only in a breaking release.",
        "",
        "| what | since | instead |",
        "| --- | --- | --- |",
    ]
    for what, deprecation in rows:
        assert deprecation is not None
        lines.append(f"| {what} | {deprecation.since} | {_cell(deprecation.instead or '-')} |")
    return [*lines, ""]
