"""The spec's public surface, kept for the last release, and what changed since.

The surface is what every target's users program against: operations and their parameters (types,
required-ness, deprecations), result types, named schemas and their fields, error classes and the
codes they catch, regions. `python -m generator --release` keeps it in spec/released/surface.json;
`--breaking` and the CHANGELOG compare the current spec with it. Target-neutral: each target adds
its own surface (the Python package's signatures, its command line) on top.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Literal

from . import ir

Section = Literal["Added", "Changed", "Deprecated", "Removed"]
Surface = dict[str, Any]
# While changes() runs: format name -> the formats it also accepts (its any_of), from the newer surface.
_FORMAT_PARTS: ContextVar[dict[str, list[str]] | None] = ContextVar("format_parts", default=None)
_DOC_KEYS = frozenset({"description", "examples"})
# Bounds an input may tighten (breaking) or loosen (additive): key -> True when a larger value is looser.
_BOUNDS = {
    "minimum": False,
    "minLength": False,
    "minItems": False,
    "maximum": True,
    "maxLength": True,
    "maxItems": True,
}


def of_spec(spec: ir.Spec) -> Surface:
    """The surface of `spec` as plain JSON data (documentation stripped)."""
    return {
        "version": spec.version,
        "operations": {op.id: _operation(op) for op in sorted(spec.operations, key=lambda op: op.id)},
        "schemas": {name: _strip(schema) for name, schema in sorted(spec.schemas.items())},
        "errors": {
            # every error class name -> the class it is (a family's earlier names are other names of it)
            "classes": dict(sorted((name, f.name) for f in spec.error_families for name in (f.name, *f.aliases))),
            "codes": {str(c.code): c.family for c in sorted(spec.error_codes, key=lambda c: c.code)},
        },
        "regions": {r.id: r.base_url for r in spec.regions},
        "formats": {f.name: sorted(f.any_of) for f in spec.formats if f.any_of},  # formats that accept others
    }


def _operation(op: ir.Operation) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for p in op.params:
        params[p.name] = {"in": p.location, "required": p.required, "schema": _strip(p.schema)}
        if p.deprecated is not None:
            params[p.name]["deprecated"] = _deprecation(p.deprecated)
    out = {
        "http": f"{op.http_method} {op.path}",
        "params": params,
        "result": _strip(op.result_schema),
        "paginated": op.pagination is not None,
        "retry_safe": op.retry_safe,
    }
    if op.deprecated is not None:
        out["deprecated"] = _deprecation(op.deprecated)
    return out


def _deprecation(deprecation: ir.Deprecation) -> dict[str, str]:
    return {"since": deprecation.since, **({"instead": deprecation.instead} if deprecation.instead else {})}


def _strip(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: _strip(v) for k, v in schema.items() if k not in _DOC_KEYS}
    if isinstance(schema, list):
        return [_strip(v) for v in schema]
    return schema


def summary(surface: Surface) -> str:
    """One sentence for a first release, where there is nothing to compare with."""
    groups = {op_id.split(".")[0] for op_id in surface["operations"]}
    models = [name for name, schema in surface["schemas"].items() if "properties" in schema]
    return (
        f"First release: {len(surface['operations'])} operations in {len(groups)} groups, {len(models)} models, "
        f"{len(set(surface['errors']['classes'].values()))} error classes, {len(surface['regions'])} regions."
    )


# ---------------------------------------------------------------- changes


@dataclass(frozen=True)
class Change:
    """One difference between two surfaces, in the words of a changelog."""

    section: Section
    where: str  # `devices.get`, `devices.list(page_size)`, `Device.name`, `error 1010`, ...
    what: str
    breaking: bool = False
    why: str = ""  # for a breaking change: what stops working

    def line(self) -> str:
        label = "BREAKING" if self.breaking else self.section.lower()
        return f"{label}: {self.where}: {self.what}" + (f" ({self.why})" if self.why else "")


def changes(old: Surface, new: Surface) -> list[Change]:
    """Every change from `old` to `new`: operations, then schemas, errors and regions."""
    token = _FORMAT_PARTS.set(new.get("formats", {}))
    try:
        found = list(_operations(old["operations"], new["operations"]))
        found += _schemas(old, new)
        found += _errors(old["errors"], new["errors"])
        found += _regions(old["regions"], new["regions"])
    finally:
        _FORMAT_PARTS.reset(token)
    return found


def _operations(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    removed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    renamed = {}
    for op_id in removed:
        twins = [other for other in added if new[other]["http"] == old[op_id]["http"]]
        if len(twins) == 1:
            renamed[op_id] = twins[0]
    for op_id in removed:
        since = _since(old[op_id])
        what = f"operation renamed to {renamed[op_id]}{since}" if op_id in renamed else f"operation removed{since}"
        yield Change("Removed", op_id, what, True, "every call to it fails")
    for op_id in added:
        if op_id not in renamed.values():
            yield Change("Added", op_id, f"new operation ({new[op_id]['http']})")
    for op_id in sorted(set(old) & set(new)):
        yield from _operation_changes(op_id, old[op_id], new[op_id])


def _since(item: dict[str, Any]) -> str:
    deprecated = item.get("deprecated")
    return f" (deprecated since {deprecated['since']})" if deprecated else ""


def _deprecated_change(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    deprecated = new.get("deprecated")
    if deprecated and not old.get("deprecated"):
        yield Change("Deprecated", where, ir.Deprecation(deprecated["since"], deprecated.get("instead")).notice())
    elif old.get("deprecated") and not new.get("deprecated"):
        yield Change("Changed", where, "no longer deprecated")


def _operation_changes(op_id: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    yield from _deprecated_change(op_id, old, new)
    if old["http"] != new["http"]:
        yield Change("Changed", op_id, f"now {new['http']} (was {old['http']})")
    if old["retry_safe"] != new["retry_safe"]:
        yield Change("Changed", op_id, "now retry-safe" if new["retry_safe"] else "no longer retry-safe")
    if old["paginated"] and not new["paginated"]:
        yield Change("Removed", op_id, "pagination removed", True, "page iterators over it go away")
    elif new["paginated"] and not old["paginated"]:
        yield Change("Added", op_id, "now paginated (page iterators over it)")

    old_params, new_params = old["params"], new["params"]
    removed = sorted(set(old_params) - set(new_params))
    added = sorted(set(new_params) - set(old_params))
    # One parameter gone and one new in the same place (path, query or body): a rename.
    renamed = len(removed) == len(added) == 1 and old_params[removed[0]]["in"] == new_params[added[0]]["in"]
    for name in removed:
        what = f"parameter {'renamed to ' + added[0] if renamed else 'removed'}{_since(old_params[name])}"
        yield Change("Removed", f"{op_id}({name})", what, True, f"calls that pass {name} fail")
    if renamed:
        added = []
    for name in added:
        if new_params[name]["required"]:
            yield Change("Added", f"{op_id}({name})", "new required parameter", True, "calls without it are refused")
        else:
            yield Change("Added", f"{op_id}({name})", "new optional parameter")
    for name in sorted(set(old_params) & set(new_params)):
        where = f"{op_id}({name})"
        was, now = old_params[name], new_params[name]
        yield from _deprecated_change(where, was, now)
        if now["required"] and not was["required"]:
            yield Change("Changed", where, "now required", True, "calls without it are refused")
        elif was["required"] and not now["required"]:
            yield Change("Changed", where, "now optional")
        yield from _compare(was["schema"], now["schema"], where, {"input"})
    yield from _compare(old["result"], new["result"], f"{op_id} result", {"output"})


# ---------------------------------------------------------------- schemas


def _schemas(old: Surface, new: Surface) -> Iterator[Change]:
    old_schemas, new_schemas = old["schemas"], new["schemas"]
    uses = _uses(old)
    for name, directions in _uses(new).items():
        uses.setdefault(name, set()).update(directions)
    for name in sorted(set(old_schemas) - set(new_schemas)):
        if "properties" in old_schemas[name]:
            yield Change("Removed", name, "model removed", True, "code that names the type fails")
    for name in sorted(set(new_schemas) - set(old_schemas)):
        if "properties" in new_schemas[name]:
            yield Change("Added", name, "new model")
    for name in sorted(set(old_schemas) & set(new_schemas)):
        # A schema nothing uses any more is judged as both, the strictest reading.
        directions = uses.get(name) or {"input", "output"}
        yield from _compare(old_schemas[name], new_schemas[name], name, directions)


def _uses(surface: Surface) -> dict[str, set[str]]:
    """Named schema -> {"input", "output"}: whether values of it are sent, received, or both."""
    schemas = surface["schemas"]
    uses: dict[str, set[str]] = {}

    def visit(schema: Any, direction: str) -> None:
        if isinstance(schema, dict):
            ref = schema.get("$ref")
            if isinstance(ref, str) and direction not in uses.setdefault(ref, set()):
                uses[ref].add(direction)
                visit(schemas.get(ref), direction)
            for value in schema.values():
                visit(value, direction)
        elif isinstance(schema, list):
            for value in schema:
                visit(value, direction)

    for op in surface["operations"].values():
        for param in op["params"].values():
            visit(param["schema"], "input")
        visit(op["result"], "output")
    return uses


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    if kind is None:
        return {"any"}
    return {kind} if isinstance(kind, str) else set(kind)


def _words(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"])
    return " | ".join(sorted(_types(schema)))


def _values(schema: dict[str, Any]) -> list[Any] | None:
    if "enum" in schema:
        return list(schema["enum"])
    return [schema["const"]] if "const" in schema else None


def _compare(old: Any, new: Any, where: str, directions: set[str]) -> Iterator[Change]:
    """Changes of one value's type; `directions` says whether values are sent (input), received, or both."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return
    sent, received = "input" in directions, "output" in directions
    if "$ref" in old or "$ref" in new:
        if old.get("$ref") != new.get("$ref"):
            why = "code written for the old type does not fit the new one"
            yield Change("Changed", where, f"type changed from {_words(old)} to {_words(new)}", True, why)
        return  # a named schema is compared once, under its own name
    old_types, new_types = _types(old), _types(new)
    if old_types != new_types:
        wider = "any" in new_types or old_types <= new_types
        narrower = "any" in old_types or new_types <= old_types
        breaking = (sent and not wider) or (received and not narrower)
        what = f"type changed from {_words(old)} to {_words(new)}"
        why = "values that were valid are refused" if sent and not wider else "readers get values they did not expect"
        yield Change("Changed", where, what, breaking, why if breaking else "")
    yield from _compare_values(_values(old), _values(new), where, sent, received)
    if sent:
        yield from _compare_bounds(old, new, where)
    if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
        yield from _compare(old["items"], new["items"], f"{where}[]", directions)
    if isinstance(old.get("additionalProperties"), dict) and isinstance(new.get("additionalProperties"), dict):
        yield from _compare(old["additionalProperties"], new["additionalProperties"], f"{where}{{}}", directions)
    if "properties" in old or "properties" in new:
        yield from _fields(old, new, where, sent, received, directions)


def _compare_values(
    old: list[Any] | None, new: list[Any] | None, where: str, sent: bool, received: bool
) -> Iterator[Change]:
    if old is None and new is not None:
        if sent:
            yield Change("Changed", where, f"now limited to {_list(new)}", True, "other values are refused")
        else:
            yield Change("Changed", where, f"now limited to {_list(new)}")
    elif old is not None and new is None:
        yield Change("Changed", where, "no longer limited to a list of values", received, "readers get new values")
    elif old is not None and new is not None:
        gone = [v for v in old if v not in new]
        extra = [v for v in new if v not in old]
        if gone:
            why = "that value is refused" if sent else "code that compares with it no longer type-checks"
            yield Change("Removed", where, f"enum value {_list(gone)} removed", True, why)
        if extra:
            yield Change("Added", where, f"enum value {_list(extra)} added")


def _list(values: list[Any]) -> str:
    return ", ".join(repr(v) for v in values)


def _compare_bounds(old: dict[str, Any], new: dict[str, Any], where: str) -> Iterator[Change]:
    for key, larger_is_looser in _BOUNDS.items():
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        tighter = now is not None and (was is None or (now < was if larger_is_looser else now > was))
        what = f"{key} {'set to' if was is None else 'changed from ' + str(was) + ' to'} {now}"
        if now is None:
            what = f"{key} {was} dropped"
        yield Change("Changed", where, what, tighter, "values that were valid are refused" if tighter else "")
    for key in ("pattern", "format"):
        was, now = old.get(key), new.get(key)
        if was != now:
            tighter = now is not None
            if key == "pattern" and not _types(old) & {"string", "any"}:
                tighter = False  # a pattern only checks strings, and none were valid before
            if key == "format" and was is not None and was in (_FORMAT_PARTS.get() or {}).get(str(now), ()):
                tighter = False  # the new format accepts every value of the old one, and more
            was_text = f" (was {was!r})" if was else ""
            what = f"{key} {was!r} dropped" if now is None else f"{key} now {now!r}{was_text}"
            yield Change("Changed", where, what, tighter, "values that were valid may be refused" if tighter else "")


def _fields(
    old: dict[str, Any], new: dict[str, Any], where: str, sent: bool, received: bool, directions: set[str]
) -> Iterator[Change]:
    old_fields, new_fields = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", ())), set(new.get("required", ()))
    for name in sorted(set(old_fields) - set(new_fields)):
        what = f"field removed{_since(old_fields[name])}"
        yield Change("Removed", f"{where}.{name}", what, True, "code that reads or sets it fails")
    for name in sorted(set(new_fields) - set(old_fields)):
        if sent and name in new_required:
            yield Change("Added", f"{where}.{name}", "new required field", True, "values without it are refused")
        else:
            yield Change("Added", f"{where}.{name}", "new field")
    for name in sorted(set(old_fields) & set(new_fields)):
        field = f"{where}.{name}"
        if isinstance(old_fields[name], dict) and isinstance(new_fields[name], dict):
            yield from _deprecated_change(field, old_fields[name], new_fields[name])
        if name in new_required and name not in old_required:
            why = "values without it are refused" if sent else ""
            yield Change("Changed", field, "now required", sent, why)
        elif name in old_required and name not in new_required:
            why = "readers may now find it missing" if received else ""
            yield Change("Changed", field, "now optional", received, why)
        yield from _compare(old_fields[name], new_fields[name], field, directions)


# ---------------------------------------------------------------- errors and regions


def _errors(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    old_classes, new_classes = old["classes"], new["classes"]
    for name in sorted(set(old_classes) - set(new_classes)):
        yield Change("Removed", name, "error class removed", True, f"code that catches {name} fails")
    for name in sorted(set(new_classes) - set(old_classes)):
        is_alias = new_classes[name] != name
        yield Change("Added", name, f"new name of {new_classes[name]}" if is_alias else "new error class")
    for name in sorted(set(old_classes) & set(new_classes)):
        if old_classes[name] != new_classes[name]:
            # still importable and catchable: it now names the same class as new_classes[name]
            yield Change("Changed", name, f"now another name of {new_classes[name]}")
    old_codes, new_codes = old["codes"], new["codes"]
    for code in sorted(set(old_codes) - set(new_codes), key=int):
        why = f"it no longer raises {old_codes[code]}"
        yield Change("Removed", f"error {code}", "no longer in the error table", True, why)
    for code in sorted(set(new_codes) - set(old_codes), key=int):
        yield Change("Added", f"error {code}", f"raises {new_codes[code]}")
    for code in sorted(set(old_codes) & set(new_codes), key=int):
        was, now = old_codes[code], new_codes[code]
        if was != now:
            caught = new_classes.get(was) == now  # the old class is now a name of the new one
            why = "" if caught else f"code that catches {was} misses it"
            yield Change("Changed", f"error {code}", f"raises {now} instead of {was}", not caught, why)


def _regions(old: dict[str, str], new: dict[str, str]) -> Iterator[Change]:
    for region in sorted(set(old) - set(new)):
        yield Change("Removed", f"region {region}", "region removed", True, "clients configured for it fail")
    for region in sorted(set(new) - set(old)):
        yield Change("Added", f"region {region}", f"new region ({new[region]})")
    for region in sorted(set(old) & set(new)):
        if old[region] != new[region]:
            yield Change("Changed", f"region {region}", f"base URL now {new[region]} (was {old[region]})")
