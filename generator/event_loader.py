"""Check spec/events.yaml and build its part of the intermediate model (generator/event_ir.py).

Its JSON Schema shape is checked with every other file (spec/schema/spec.schema.json, `eventsFile`);
here come the checks that need more than one place: queue hosts against regions.yaml, the consumer
path's placeholders, `$ref`s inside the file, unique event names and (protocol, bizCode) pairs, field
paths that exist in their kind's schema, examples that fit, and the test vectors file. Every problem is
reported as `file:line: key: message`, like the loader's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema

from . import event_ir, ir
from .yamlpos import JsonPath, LoadedFile

if TYPE_CHECKING:
    from .loader import _Problems

PLACEHOLDERS = ("{access_id}", "{env}", "{subscription}")
KNOWN_MODES = {"aes_ecb", "aes_gcm"}  # what every runtime implements (a new mode is runtime work first)


def build_events(
    loaded: LoadedFile,
    spec_dir: Path,
    regions: tuple[ir.Region, ...],
    rest_schemas: dict[str, ir.Schema],
    formats: tuple[ir.Format, ...],
    problems: _Problems,
) -> event_ir.EventSpec:
    data = loaded.data
    schemas: dict[str, ir.Schema] = dict(data["schemas"])
    for name in schemas:
        if name in rest_schemas:
            problems.add(loaded, ("schemas", name), "name already used by a REST schema (one name, one type)")
    from .loader import _check_refs

    for name, schema in schemas.items():
        _check_refs(schema, loaded, ("schemas", name), schemas, problems)
    for part in ("frame", "ack", "envelope"):
        _check_refs(data[part]["schema"], loaded, (part, "schema"), schemas, problems)

    hosts = tuple(event_ir.QueueHost(h["region"], h["url"], h.get("note")) for h in data["servers"]["hosts"])
    _check_hosts(hosts, regions, loaded, problems)
    _check_consumer(data["consumer"], loaded, problems)
    _check_encryption(data["encryption"], spec_dir, loaded, problems)

    common_device = tuple(_path(p) for p in data["common"]["device_id"])
    kinds = tuple(
        _build_kind(raw, index, schemas, common_device, loaded, problems) for index, raw in enumerate(data["events"])
    )
    _check_kinds(kinds, data["generic"]["name"], loaded, problems)
    if not problems.listed:
        _check_examples(kinds, schemas, formats, loaded, problems)
    return event_ir.EventSpec(
        title=data["title"],
        description=data["description"].strip(),
        sources=tuple(data["sources"]),
        hosts=hosts,
        hosts_notes=(data["servers"].get("notes") or "").strip() or None,
        consumer=data["consumer"],
        handshake=data["handshake"],
        frame=data["frame"],
        ack=data["ack"],
        envelope=data["envelope"],
        encryption=data["encryption"],
        biz_code=tuple(_path(p) for p in data["common"]["biz_code"]),
        device_id=common_device,
        kinds=kinds,
        generic_name=data["generic"]["name"],
        generic_description=data["generic"]["description"].strip(),
        schemas=schemas,
        file=loaded.path.relative_to(spec_dir.parent).as_posix(),
    )


def _path(text: str) -> event_ir.DataPath:
    return tuple(text.split("."))


def _check_hosts(
    hosts: tuple[event_ir.QueueHost, ...], regions: tuple[ir.Region, ...], loaded: LoadedFile, problems: _Problems
) -> None:
    known = {r.id for r in regions}
    seen: set[str] = set()
    for index, host in enumerate(hosts):
        at: JsonPath = ("servers", "hosts", index, "region")
        if host.region not in known:
            problems.add(loaded, at, f"{host.region!r} is not a region of regions.yaml")
        if host.region in seen:
            problems.add(loaded, at, f"region {host.region!r} has two queue hosts")
        seen.add(host.region)
    for region in sorted(known - seen):
        problems.add(loaded, ("servers", "hosts"), f"region {region!r} of regions.yaml has no queue host")


def _check_consumer(consumer: dict[str, Any], loaded: LoadedFile, problems: _Problems) -> None:
    for placeholder in PLACEHOLDERS:
        if placeholder not in consumer["path"]:
            problems.add(loaded, ("consumer", "path"), f"the path must contain {placeholder}")
    if consumer["path"].startswith("/"):
        problems.add(loaded, ("consumer", "path"), "the path is relative to the queue host (which ends in /)")
    if consumer["default_env"] not in {e["name"] for e in consumer["envs"]}:
        problems.add(loaded, ("consumer", "default_env"), f"{consumer['default_env']!r} is not one of envs")
    names = [q["name"] for q in consumer["query"]]
    for required in ("ackTimeoutMillis", "subscriptionType"):
        if required not in names:
            problems.add(loaded, ("consumer", "query"), f"the runtimes send {required}: declare it")
    for index, entry in enumerate(consumer["query"]):
        if "default" not in entry["schema"]:
            problems.add(loaded, ("consumer", "query", index, "schema"), "a query parameter needs a default")


def _check_encryption(encryption: dict[str, Any], spec_dir: Path, loaded: LoadedFile, problems: _Problems) -> None:
    names = [m["name"] for m in encryption["modes"]]
    for index, name in enumerate(names):
        if name not in KNOWN_MODES:
            problems.add(loaded, ("encryption", "modes", index, "name"), f"no runtime implements {name!r}")
        if name == "aes_gcm" and not {"nonce_bytes", "tag_bytes"} <= set(encryption["modes"][index]):
            problems.add(loaded, ("encryption", "modes", index), "aes_gcm needs nonce_bytes and tag_bytes")
    if encryption["default"] not in names:
        problems.add(loaded, ("encryption", "default"), f"{encryption['default']!r} is not one of the modes")
    start, end = (int(x) for x in encryption["key"].split("[", 1)[1].rstrip("]").split(":"))
    if end - start != 16:
        problems.add(loaded, ("encryption", "key"), "an AES-128 key is 16 characters")
    if not (spec_dir / encryption["vectors"]).is_file():
        problems.add(loaded, ("encryption", "vectors"), f"no file {encryption['vectors']} under spec/")


def _build_kind(
    raw: dict[str, Any],
    index: int,
    schemas: dict[str, ir.Schema],
    common_device: tuple[event_ir.DataPath, ...],
    loaded: LoadedFile,
    problems: _Problems,
) -> event_ir.EventKind:
    at: JsonPath = ("events", index)
    from .loader import _check_refs

    _check_refs(raw["schema"], loaded, (*at, "schema"), schemas, problems)
    fields: list[event_ir.EventField] = []
    seen: set[str] = set()
    for f_index, field in enumerate(raw["fields"]):
        f_at: JsonPath = (*at, "fields", f_index)
        if field["name"] in event_ir.COMMON_ATTRIBUTES:
            problems.add(loaded, (*f_at, "name"), f"{field['name']!r} is an attribute of every event")
        if field["name"] in seen:
            problems.add(loaded, (*f_at, "name"), f"field {field['name']!r} is declared twice")
        seen.add(field["name"])
        path = _path(field["path"])
        schema = schema_at(raw["schema"], path, schemas)
        if schema is None:
            problems.add(loaded, (*f_at, "path"), f"the schema has no field {field['path']!r}")
            schema = {}
        fields.append(event_ir.EventField(field["name"], path, field["description"].strip(), schema))
    device_paths = tuple(_path(p) for p in raw.get("device_id", ()))
    for p_index, path in enumerate(device_paths):
        if schema_at(raw["schema"], path, schemas) is None:
            problems.add(loaded, (*at, "device_id", p_index), f"the schema has no field {'.'.join(path)!r}")
    return event_ir.EventKind(
        name=raw["name"],
        protocol=raw["protocol"],
        biz_code=raw.get("biz_code"),
        title=raw["title"],
        description=raw["description"].strip(),
        source=raw["source"],
        device_id=device_paths or common_device,
        fields=tuple(fields),
        schema=raw["schema"],
        example=raw["example"],
    )


def resolve(schema: ir.Schema, schemas: dict[str, ir.Schema]) -> ir.Schema:
    seen: set[str] = set()
    while "$ref" in schema and schema["$ref"] in schemas and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = schemas[schema["$ref"]]
    return schema


def schema_at(schema: ir.Schema, path: event_ir.DataPath, schemas: dict[str, ir.Schema]) -> ir.Schema | None:
    """The schema of the field at `path` (following $refs), or None when the schema has no such field."""
    current = resolve(schema, schemas)
    for key in path:
        props = current.get("properties")
        if not isinstance(props, dict) or key not in props:
            return None
        current = resolve(props[key], schemas)
    return current


def _check_kinds(kinds: tuple[event_ir.EventKind, ...], generic: str, loaded: LoadedFile, problems: _Problems) -> None:
    names: set[str] = {generic}
    pairs: set[tuple[int, str | None]] = set()
    for index, kind in enumerate(kinds):
        if kind.name in names:
            problems.add(loaded, ("events", index, "name"), f"event name {kind.name!r} is used twice")
        names.add(kind.name)
        pair = (kind.protocol, kind.biz_code)
        if pair in pairs:
            problems.add(
                loaded, ("events", index), f"protocol {kind.protocol} bizCode {kind.biz_code} is described twice"
            )
        pairs.add(pair)


def _check_examples(
    kinds: tuple[event_ir.EventKind, ...],
    schemas: dict[str, ir.Schema],
    formats: tuple[ir.Format, ...],
    loaded: LoadedFile,
    problems: _Problems,
) -> None:
    from .loader import format_checker, to_json_schema

    defs = {name: to_json_schema(schema, "#/$defs/") for name, schema in schemas.items()}
    checker = format_checker(formats)
    for index, kind in enumerate(kinds):
        at: JsonPath = ("events", index, "example")
        root = {"$defs": defs, **to_json_schema(kind.schema, "#/$defs/")}
        for error in jsonschema.Draft202012Validator(root, format_checker=checker).iter_errors(kind.example):
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            problems.add(loaded, at, f"example does not fit its schema at {where or 'top'}: {error.message[:200]}")
        if kind.biz_code is not None and kind.example.get("bizCode") != kind.biz_code:
            problems.add(loaded, at, f"the example's bizCode is not {kind.biz_code!r}")
        if value_at(kind.example, kind.device_id) is None:
            problems.add(loaded, at, "the example has no device id at the kind's device_id paths")


def value_at(data: Any, paths: tuple[event_ir.DataPath, ...]) -> Any:
    """The value at the first of `paths` present in `data` (None when none is)."""
    for path in paths:
        current = data
        for key in path:
            if not isinstance(current, dict) or key not in current:
                break
            current = current[key]
        else:
            return current
    return None
