"""Read spec/, check it, and build the intermediate model.

Every problem is collected (not just the first) and reported as `file:line: key: message`.
Checks: the JSON Schema of spec files, duplicate YAML keys, duplicate ids and schema names,
path parameters, `$ref`s, error codes, pagination fields, rule fields, token roles, coverage of
the seed list, and examples against their own schemas and rules. Rules that only one language
has (reserved words, method name clashes) are each target's own `check`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from . import cache, ir, versions, yamlpos
from .rules import holds
from .spec_files import read_formats
from .yamlpos import JsonPath, LoadedFile, load_yaml

SPEC_SCHEMA = "schema/spec.schema.json"
SINGLE_FILES = ("schemas", "errors", "regions", "envelope", "coverage", "release", "formats")
_PATH_PARAM = re.compile(r"{([^}]*)}")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


class SpecError(Exception):
    """The spec has problems; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.key))
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the spec:\n{lines}")


def key_text(path: JsonPath) -> str:
    """`operations[3].params[0].schema` style text for a JSON path."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(file)"


class _Problems:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.listed: list[Problem] = []

    def add(self, loaded: LoadedFile, path: JsonPath, message: str) -> None:
        where = self.position(loaded, path)
        self.listed.append(Problem(where.file, where.line, where.key, message))

    def position(self, loaded: LoadedFile, path: JsonPath) -> ir.Position:
        rel = loaded.path.relative_to(self.root.parent).as_posix()
        return ir.Position(rel, loaded.line_of(path), key_text(path))


def load_spec(spec_dir: Path, on_read: Callable[[list[LoadedFile], Path], None] | None = None) -> ir.Spec:
    """Load and check every file under `spec_dir`; raise SpecError listing all problems.

    `on_read(files, root)` is called once every file is parsed, before any check: work that needs
    only the files as written (the model step) can start then, from the same parse.
    """
    spec_dir = spec_dir.resolve()
    problems = _Problems(spec_dir)
    file_checker = _FileChecker((spec_dir / SPEC_SCHEMA).read_bytes())

    parsed: list[LoadedFile] = []
    for path in sorted(spec_dir.rglob("*.yaml")):
        try:
            parsed.append(load_yaml(path))
        except Exception as exc:  # a YAML syntax error names its own line
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            rel = path.relative_to(spec_dir.parent).as_posix()
            problems.listed.append(Problem(rel, line, "(file)", f"not valid YAML: {exc}"))
    if on_read is not None:
        on_read(parsed, spec_dir.parent)

    files: dict[str, list[LoadedFile]] = {}
    for loaded in parsed:
        for dup_path, _line in loaded.duplicate_keys:
            problems.add(loaded, dup_path, "duplicate key (YAML keeps only the last one)")
        if not _check_file_schema(loaded, file_checker, problems):
            continue
        files.setdefault(loaded.data["kind"], []).append(loaded)

    for kind in SINGLE_FILES:
        if len(files.get(kind, [])) != 1:
            rel = spec_dir.name
            problems.listed.append(Problem(rel, 1, kind, f"expected exactly one file of kind {kind!r}"))
    if len(files.get("formats", [])) == 1:
        _check_format_names(spec_dir, files["formats"][0], problems)
    if len(files.get("events", [])) > 1:
        problems.listed.append(Problem(spec_dir.name, 1, "events", "expected at most one file of kind 'events'"))
    if problems.listed:
        raise SpecError(problems.listed)

    spec = _build(spec_dir, files, problems)
    if problems.listed:
        raise SpecError(problems.listed)
    return spec


class _FileChecker:
    """The JSON Schema check of spec files; a file that passed is remembered by its hash (cache.py)."""

    def __init__(self, meta_schema: bytes) -> None:
        self.meta_schema = meta_schema
        self.setting = (meta_schema, cache.version("jsonschema"), Path(yamlpos.__file__).read_bytes())
        self._validator: jsonschema.Draft202012Validator | None = None

    def errors(self, loaded: LoadedFile) -> Iterator[jsonschema.ValidationError]:
        entry = cache.key(*self.setting, loaded.path.read_bytes())
        if cache.load("checked", entry) == b"ok":
            return
        if self._validator is None:
            self._validator = jsonschema.Draft202012Validator(json.loads(self.meta_schema))
        failed = False
        for error in _leaf_errors(self._validator.iter_errors(loaded.data)):
            failed = True
            yield error
        if not failed:
            cache.store("checked", entry, b"ok")


def _check_file_schema(loaded: LoadedFile, checker: _FileChecker, problems: _Problems) -> bool:
    if not isinstance(loaded.data, dict):
        problems.add(loaded, (), "a spec file must be a mapping with a `kind`")
        return False
    ok = True
    for error in checker.errors(loaded):
        ok = False
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            for extra in sorted(set(error.instance) - allowed):
                problems.add(loaded, (*path, extra), "unknown key")
            continue
        problems.add(loaded, path, _short(error.message))
    return ok


def _leaf_errors(errors: Iterator[jsonschema.ValidationError]) -> Iterator[jsonschema.ValidationError]:
    """Report the most specific errors: descend into if/then and oneOf failures."""
    for error in errors:
        if error.context and error.validator in {"oneOf", "anyOf"}:
            best = jsonschema.exceptions.best_match(error.context)
            yield best if best is not None else error
        else:
            yield error


def _short(message: str) -> str:
    return message if len(message) <= 240 else message[:237] + "..."


# ---------------------------------------------------------------- building the model


def _build(spec_dir: Path, files: dict[str, list[LoadedFile]], problems: _Problems) -> ir.Spec:
    schemas: dict[str, ir.Schema] = {}
    schema_files: dict[str, str] = {}
    schema_origin: dict[str, tuple[LoadedFile, JsonPath]] = {}

    def register(loaded: LoadedFile, block: dict[str, Any], at: JsonPath) -> None:
        for name, schema in block.items():
            if name in schemas:
                first, _ = schema_origin[name]
                problems.add(loaded, (*at, name), f"schema name already defined in {first.path.name}")
                continue
            schemas[name] = schema
            schema_files[name] = loaded.path.relative_to(spec_dir.parent).as_posix()
            schema_origin[name] = (loaded, (*at, name))

    shared = files["schemas"][0]
    register(shared, shared.data["schemas"], ("schemas",))
    group_files = sorted(files.get("group", []), key=lambda f: f.data["group"])
    for loaded in group_files:
        register(loaded, loaded.data.get("schemas", {}), ("schemas",))

    errors_file = files["errors"][0]
    families = tuple(
        ir.ErrorFamily(f["name"], f["description"], f["action"], tuple(f.get("aliases", ())))
        for f in errors_file.data["families"]
    )
    family_names = {f.name for f in families}
    class_names: set[str] = set()
    for index, family in enumerate(families):
        for name in (family.name, *family.aliases):
            if name in class_names:
                problems.add(errors_file, ("families", index), f"the name {name!r} is used twice")
            class_names.add(name)
    family_action = {f.name: f.action for f in families}
    codes: list[ir.ErrorCode] = []
    seen_codes: set[int] = set()
    for index, entry in enumerate(errors_file.data["codes"]):
        at: JsonPath = ("codes", index)
        if entry["code"] in seen_codes:
            problems.add(errors_file, (*at, "code"), f"code {entry['code']} is listed twice")
        seen_codes.add(entry["code"])
        if entry["family"] not in family_names:
            problems.add(errors_file, (*at, "family"), f"unknown family {entry['family']!r}")
        action = entry.get("action", family_action.get(entry["family"], "none"))
        codes.append(
            ir.ErrorCode(
                entry["code"], entry["msg"], entry["family"], entry["description"], action, entry.get("source")
            )
        )

    # every $ref anywhere in a named schema must resolve
    for name, (loaded, at) in schema_origin.items():
        _check_refs(schemas[name], loaded, at, schemas, problems)

    groups: list[ir.Group] = []
    op_ids: dict[str, LoadedFile] = {}
    for loaded in group_files:
        groups.append(_build_group(loaded, spec_dir, schemas, seen_codes, op_ids, problems))

    formats = read_formats(files["formats"][0].data)
    _check_format_parts(formats, files["formats"][0], problems)
    if not problems.listed:  # examples can only be checked against schemas that resolve
        _check_examples(groups, schemas, formats, group_files, problems)

    regions_file = files["regions"][0]
    regions = tuple(ir.Region(r["id"], r["name"], r["base_url"]) for r in regions_file.data["regions"])
    coverage_file = files["coverage"][0]
    coverage, additional = _build_coverage(coverage_file, op_ids, problems)
    left_out = _build_left_out(coverage_file, op_ids, problems)

    events = None
    if files.get("events"):
        from .event_loader import build_events

        events = build_events(files["events"][0], spec_dir, regions, schemas, formats, problems)

    _check_roles(groups, group_files, problems)
    release = files["release"][0]
    version = release.data["version"]
    _check_deprecations(version, group_files, schema_origin, schemas, problems)
    return ir.Spec(
        groups=tuple(groups),
        schemas=schemas,
        schema_files=schema_files,
        error_families=families,
        error_codes=tuple(codes),
        regions=regions,
        regions_source=regions_file.data["source"],
        envelope=files["envelope"][0].data,
        coverage=coverage,
        additional=additional,
        version=version,
        formats=formats,
        left_out=left_out,
        events=events,
    )


def _check_format_parts(formats: tuple[ir.Format, ...], loaded: LoadedFile, problems: _Problems) -> None:
    """A format's any_of names ranged formats of its own type."""
    by_name = {fmt.name: fmt for fmt in formats}
    for index, fmt in enumerate(formats):
        for part in fmt.any_of:
            known = by_name.get(part)
            if known is None or known.type != fmt.type or known.any_of:
                problems.add(loaded, ("formats", index, "any_of"), f"{part!r} is not a plain {fmt.type} format")


FORMAT_ENUM = ("$defs", "schema", "properties", "format", "enum")  # where spec.schema.json lists the formats


def _check_format_names(spec_dir: Path, formats_file: LoadedFile, problems: _Problems) -> None:
    """formats.yaml is the list of formats; spec.schema.json repeats its names (for editors) and must agree."""
    declared = [f.get("name") for f in formats_file.data.get("formats", ()) if isinstance(f, dict)]
    schema_path = spec_dir / SPEC_SCHEMA
    text = schema_path.read_text(encoding="utf-8")
    listed: Any = json.loads(text)
    for key in FORMAT_ENUM:
        listed = listed.get(key, {}) if isinstance(listed, dict) else {}
    listed = listed if isinstance(listed, list) else []
    rel = schema_path.relative_to(spec_dir.parent).as_posix()
    lines = text.splitlines()
    line = next((n for n, row in enumerate(lines, 1) if '"format"' in row and '"enum"' in row), 1)
    where = ".".join(FORMAT_ENUM)
    formats_rel = formats_file.path.relative_to(spec_dir.parent).as_posix()
    for name in declared:
        if name not in listed:
            problems.listed.append(Problem(rel, line, where, f"lacks {name!r}, which {formats_rel} declares: add it"))
    for name in listed:
        if name not in declared:
            message = f"names {name!r}, which {formats_rel} does not declare: declare it there or remove it here"
            problems.listed.append(Problem(rel, line, where, message))


def _check_roles(groups: list[ir.Group], group_files: list[LoadedFile], problems: _Problems) -> None:
    """The runtime finds its token calls by role, so each role names exactly one operation."""
    for role in ("token_grant", "token_refresh"):
        marked = [op for group in groups for op in group.operations if op.role == role]
        if len(marked) != 1 and group_files:
            ops = ", ".join(op.id for op in marked) or "none"
            problems.add(
                group_files[0], ("operations",), f"exactly one operation must have role {role} (problems: {ops})"
            )


def _deprecation(raw: dict[str, Any] | None) -> ir.Deprecation | None:
    return ir.Deprecation(raw["since"], raw.get("instead")) if raw is not None else None


def _check_deprecations(
    version: str,
    group_files: list[LoadedFile],
    schema_origin: dict[str, tuple[LoadedFile, JsonPath]],
    schemas: dict[str, ir.Schema],
    problems: _Problems,
) -> None:
    """A deprecation cannot name a release later than the one the spec describes."""

    def check(raw: Any, loaded: LoadedFile, at: JsonPath) -> None:
        if isinstance(raw, dict) and versions.parse(raw["since"]) > versions.parse(version):
            problems.add(loaded, (*at, "since"), f"{raw['since']} is later than this release ({version})")

    def walk(schema: Any, loaded: LoadedFile, at: JsonPath) -> None:
        if not isinstance(schema, dict):
            return
        for name, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict):
                check(sub.get("deprecated"), loaded, (*at, "properties", name, "deprecated"))
            walk(sub, loaded, (*at, "properties", name))
        walk(schema.get("items"), loaded, (*at, "items"))

    for name, (loaded, at) in schema_origin.items():
        walk(schemas[name], loaded, at)
    for loaded in group_files:
        for index, op in enumerate(loaded.data["operations"]):
            check(op.get("deprecated"), loaded, ("operations", index, "deprecated"))
            for p_index, param in enumerate(op.get("params", [])):
                check(param.get("deprecated"), loaded, ("operations", index, "params", p_index, "deprecated"))


def _check_refs(
    schema: Any,
    loaded: LoadedFile,
    at: JsonPath,
    schemas: dict[str, ir.Schema],
    problems: _Problems,
    nested: bool = False,
) -> None:
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref not in schemas:
            problems.add(loaded, (*at, "$ref"), f"unresolved schema reference {ref!r}")
        if nested and "properties" in schema and not schema.get("title"):
            # it becomes a class of its own in typed targets: give it a name rather than let a tool guess one
            problems.add(loaded, at, "a nested object with properties needs a title (or a named schema and $ref)")
        for key, value in schema.items():
            if key in {"properties"} and isinstance(value, dict):
                for prop, sub in value.items():
                    _check_refs(sub, loaded, (*at, key, prop), schemas, problems, nested=True)
            elif key in {"items", "additionalProperties"}:
                _check_refs(value, loaded, (*at, key), schemas, problems, nested=True)
        required = schema.get("required")
        props = schema.get("properties")
        if isinstance(required, list) and isinstance(props, dict):
            for name in required:
                if name not in props:
                    problems.add(loaded, (*at, "required"), f"required field {name!r} is not in properties")


def _check_named(schema: Any, loaded: LoadedFile, at: JsonPath, problems: _Problems) -> None:
    """Objects with fields in parameters and results must be named schemas, so that every target
    (models, OpenAPI components, other languages) gets one type per shape instead of anonymous copies."""
    if not isinstance(schema, dict):
        return
    if "properties" in schema:
        problems.add(loaded, at, "an object with properties must be a named schema (define it under schemas, use $ref)")
        return
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _check_named(schema[key], loaded, (*at, key), problems)


def resolve(schema: ir.Schema, schemas: dict[str, ir.Schema]) -> ir.Schema:
    """Follow `$ref` chains to the schema they name."""
    seen: set[str] = set()
    while "$ref" in schema and schema["$ref"] in schemas and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = schemas[schema["$ref"]]
    return schema


def _build_group(
    loaded: LoadedFile,
    spec_dir: Path,
    schemas: dict[str, ir.Schema],
    known_codes: set[int],
    op_ids: dict[str, LoadedFile],
    problems: _Problems,
) -> ir.Group:
    data = loaded.data
    group = data["group"]
    rel = loaded.path.relative_to(spec_dir.parent).as_posix()
    if loaded.path.stem != group:
        problems.add(loaded, ("group",), f"group {group!r} must live in groups/{group}.yaml")
    operations: list[ir.Operation] = []
    for index, op in enumerate(data["operations"]):
        at: JsonPath = ("operations", index)
        op_id: str = op["id"]
        prefix, _, method = op_id.partition(".")
        if prefix != group:
            problems.add(loaded, (*at, "id"), f"id {op_id!r} must start with the group name {group!r}")
        if op_id in op_ids:
            problems.add(loaded, (*at, "id"), f"duplicate operation id (also in {op_ids[op_id].path.name})")
        op_ids[op_id] = loaded

        params = tuple(
            ir.Param(
                name=p["name"],
                location=p["in"],
                description=p["description"],
                required=p["in"] == "path" or bool(p.get("required", False)),
                sensitive=bool(p.get("sensitive", False)),
                schema=p["schema"],
                position=problems.position(loaded, (*at, "params", p_index, "name")),
                deprecated=_deprecation(p.get("deprecated")),
            )
            for p_index, p in enumerate(op.get("params", []))
        )
        _check_params(op, params, loaded, at, schemas, problems)
        for p_index, p in enumerate(op.get("params", [])):
            _check_refs(p["schema"], loaded, (*at, "params", p_index, "schema"), schemas, problems)
            _check_named(p["schema"], loaded, (*at, "params", p_index, "schema"), problems)
        _check_refs(op["result"]["schema"], loaded, (*at, "result", "schema"), schemas, problems)
        _check_named(op["result"]["schema"], loaded, (*at, "result", "schema"), problems)
        for e_index, code in enumerate(op.get("errors", [])):
            if code not in known_codes:
                problems.add(loaded, (*at, "errors", e_index), f"error code {code} is not in errors.yaml")

        rules = tuple(_build_rule(r) for r in op.get("rules", []))
        for r_index, rule in enumerate(rules):
            for side, test in (("if", rule.when), ("then", rule.then)):
                if not _field_exists(test.field, params, schemas):
                    problems.add(loaded, (*at, "rules", r_index, side, "field"), f"no parameter field {test.field!r}")

        pagination = ir.Pagination(**op["pagination"]) if "pagination" in op else None
        if pagination is not None:
            _check_pagination(
                pagination, params, op["result"]["schema"], schemas, loaded, (*at, "pagination"), problems
            )

        operations.append(
            ir.Operation(
                id=op_id,
                group=group,
                method_name=method,
                summary=op["summary"],
                description=op["description"].strip(),
                source=op["source"],
                sources=tuple(op.get("sources", [])),
                confidence=op["confidence"],
                http_method=op["method"],
                path=op["path"],
                auth=op.get("auth", "token"),
                retry_safe=op["retry_safe"],
                params=params,
                rules=rules,
                result_description=op["result"]["description"].strip(),
                result_schema=op["result"]["schema"],
                errors=tuple(op.get("errors", [])),
                pagination=pagination,
                examples=tuple(ir.Example(e["name"], e["source"], e["request"], e["result"]) for e in op["examples"]),
                conflicts=tuple(
                    ir.Conflict(c["topic"], c["choice"].strip(), c["reason"].strip(), tuple(c["sources"]))
                    for c in op.get("conflicts", [])
                ),
                role=op.get("role"),
                position=problems.position(loaded, (*at, "id")),
                rate_limit=ir.RateLimit(float(op["rate_limit"]["per_second"]), op["rate_limit"]["source"])
                if "rate_limit" in op
                else None,
                deprecated=_deprecation(op.get("deprecated")),
            )
        )
    return ir.Group(
        name=group,
        title=data["title"],
        description=data["description"].strip(),
        operations=tuple(operations),
        file=rel,
    )


def _check_params(
    op: dict[str, Any],
    params: tuple[ir.Param, ...],
    loaded: LoadedFile,
    at: JsonPath,
    schemas: dict[str, ir.Schema],
    problems: _Problems,
) -> None:
    in_path = _PATH_PARAM.findall(op["path"])
    declared_path = [p.name for p in params if p.location == "path"]
    for name in in_path:
        if name not in declared_path:
            problems.add(loaded, (*at, "path"), f"path parameter {{{name}}} is not declared in params")
    seen: set[str] = set()
    for index, (raw, param) in enumerate(zip(op.get("params", []), params, strict=True)):
        p_at = (*at, "params", index)
        if param.name in seen:
            problems.add(loaded, (*p_at, "name"), f"parameter {param.name!r} is declared twice")
        seen.add(param.name)
        if param.location == "path" and param.name not in in_path:
            problems.add(loaded, (*p_at, "name"), f"path parameter {param.name!r} does not appear in {op['path']}")
        if param.location == "path" and raw.get("required") is False:
            problems.add(loaded, (*p_at, "required"), "path parameters are always required")
        if param.location == "query" and resolve(param.schema, schemas).get("type") == "object":
            problems.add(loaded, (*p_at, "schema"), "query parameters cannot be objects")
        if param.deprecated is not None and param.required:
            problems.add(
                loaded, (*p_at, "deprecated"), "a required parameter cannot be deprecated (every call would warn)"
            )


def _build_rule(raw: dict[str, Any]) -> ir.Rule:
    def test(t: dict[str, Any]) -> ir.RuleTest:
        return ir.RuleTest(field=t["field"], present=t.get("present"), const=t.get("const"), has_const="const" in t)

    return ir.Rule(raw["name"], raw["message"], test(raw["if"]), test(raw["then"]), raw.get("source"))


def _field_exists(field_path: str, params: tuple[ir.Param, ...], schemas: dict[str, ir.Schema]) -> bool:
    parts = field_path.split(".")
    head = parts[0].removesuffix("[]")
    param = next((p for p in params if p.name == head), None)
    if param is None:
        return False
    schema = resolve(param.schema, schemas)
    for index, part in enumerate(parts):
        if index > 0:
            props = schema.get("properties", {})
            name = part.removesuffix("[]")
            if name not in props:
                return False
            schema = resolve(props[name], schemas)
        if part.endswith("[]"):
            if schema.get("type") != "array":
                return False
            schema = resolve(schema.get("items", {}), schemas)
    return True


def _check_pagination(
    pagination: ir.Pagination,
    params: tuple[ir.Param, ...],
    result_schema: ir.Schema,
    schemas: dict[str, ir.Schema],
    loaded: LoadedFile,
    at: JsonPath,
    problems: _Problems,
) -> None:
    query = {p.name for p in params if p.location == "query"}
    for key in ("page_param", "size_param", "cursor_param"):
        value = getattr(pagination, key)
        if value is not None and value not in query:
            problems.add(loaded, (*at, key), f"{value!r} is not a query parameter of this operation")
    result = resolve(result_schema, schemas)
    if pagination.items == ".":
        if result.get("type") != "array":
            problems.add(loaded, (*at, "items"), "items is '.' but the result is not a list")
        fields: dict[str, Any] = {}
    else:
        fields = result.get("properties", {})
        if result.get("type") != "object" or pagination.items not in fields:
            problems.add(loaded, (*at, "items"), f"the result has no field {pagination.items!r}")
    for key in ("next_cursor", "has_more", "total"):
        value = getattr(pagination, key)
        if value is not None and value not in fields:
            problems.add(loaded, (*at, key), f"the result has no field {value!r}")


# ---------------------------------------------------------------- examples


def format_checker(formats: tuple[ir.Format, ...]) -> jsonschema.FormatChecker:
    """Checks for the ranged formats of spec/formats.yaml (a value of another type is the type check's)."""
    checker = jsonschema.FormatChecker()
    by_name = {fmt.name: fmt for fmt in formats}
    for fmt in formats:
        parts = [by_name[name] for name in fmt.any_of if name in by_name] or [fmt]
        ranges = [
            (-(10**100) if part.minimum is None else part.minimum, 10**100 if part.below is None else part.below)
            for part in parts
            if part.minimum is not None or part.below is not None
        ]
        if not ranges:
            continue

        def in_range(value: object, ranges: list[tuple[int, int]] = ranges) -> bool:
            if not isinstance(value, int) or isinstance(value, bool):
                return True
            return any(low <= value < high for low, high in ranges)

        checker.checks(fmt.name)(in_range)
    return checker


def to_json_schema(schema: Any, ref_prefix: str) -> Any:
    """Our schema subset as standard JSON Schema: `$ref: Name` becomes `{ref_prefix}Name`, and a field's
    `deprecated: {since, instead}` becomes JSON Schema's `deprecated: true` plus `x-tuya-deprecated`."""
    if isinstance(schema, dict):
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "$ref":
                out[key] = f"{ref_prefix}{value}"
            elif key == "deprecated" and isinstance(value, dict):
                out[key] = True
                out["x-tuya-deprecated"] = value
            elif key == "properties":
                out[key] = {name: to_json_schema(sub, ref_prefix) for name, sub in value.items()}
            elif key in {"items", "additionalProperties"}:
                out[key] = to_json_schema(value, ref_prefix)
            else:
                out[key] = value
        return out
    return schema


def _check_examples(
    groups: list[ir.Group],
    schemas: dict[str, ir.Schema],
    formats: tuple[ir.Format, ...],
    group_files: list[LoadedFile],
    problems: _Problems,
) -> None:
    defs = {name: to_json_schema(schema, "#/$defs/") for name, schema in schemas.items()}
    checker = format_checker(formats)
    by_file = {f.path.name: f for f in group_files}

    def check(value: Any, schema: ir.Schema, loaded: LoadedFile, at: JsonPath) -> None:
        root = {"$defs": defs, **to_json_schema(schema, "#/$defs/")}
        validator = jsonschema.Draft202012Validator(root, format_checker=checker)
        for error in validator.iter_errors(value):
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            problems.add(loaded, at, f"example does not fit its schema at {where or 'top'}: {_short(error.message)}")

    for group in groups:
        loaded = by_file[Path(group.file).name]
        for o_index, op in enumerate(group.operations):
            by_name = {p.name: p for p in op.params}
            for e_index, example in enumerate(op.examples):
                at: JsonPath = ("operations", o_index, "examples", e_index)
                for name in sorted(set(example.request) - set(by_name)):
                    problems.add(loaded, (*at, "request", name), "example argument is not a parameter")
                for param in op.params:
                    if param.name in example.request:
                        check(example.request[param.name], param.schema, loaded, (*at, "request", param.name))
                    elif param.required:
                        problems.add(loaded, (*at, "request"), f"example lacks required parameter {param.name!r}")
                check(example.result, op.result_schema, loaded, (*at, "result"))
                for rule in op.rules:
                    if rule_broken(rule, example.request):
                        problems.add(loaded, (*at, "request"), f"example breaks rule {rule.name}: {rule.message}")


def rule_broken(rule: ir.Rule, args: dict[str, Any]) -> bool:
    # Every evaluator of the rule language (this one, each runtime's) passes spec/vectors/rules.json.
    return holds(rule.when.as_dict(), args) and not holds(rule.then.as_dict(), args)


# ---------------------------------------------------------------- coverage


def _build_coverage(
    loaded: LoadedFile, op_ids: dict[str, LoadedFile], problems: _Problems
) -> tuple[tuple[ir.CoverageEntry, ...], tuple[tuple[str, str], ...]]:
    entries: list[ir.CoverageEntry] = []
    covered: set[str] = set()
    for index, raw in enumerate(loaded.data["seeds"]):
        op = raw.get("operation")
        if op is not None:
            covered.add(op)
            if op not in op_ids:
                problems.add(loaded, ("seeds", index, "operation"), f"unknown operation {op!r}")
        entries.append(
            ir.CoverageEntry(
                raw["seed"],
                raw["section"],
                raw["entry"],
                op,
                raw.get("unresolved"),
                tuple(raw.get("searched", [])),
                raw.get("note"),
            )
        )
    additional: list[tuple[str, str]] = []
    for index, raw in enumerate(loaded.data.get("additional", [])):
        if raw["operation"] not in op_ids:
            problems.add(loaded, ("additional", index, "operation"), f"unknown operation {raw['operation']!r}")
        covered.add(raw["operation"])
        additional.append((raw["operation"], raw["reason"]))
    for op_id in sorted(set(op_ids) - covered):
        problems.add(
            loaded, ("seeds",), f"operation {op_id} is neither mapped from a seed entry nor listed in additional"
        )
    return tuple(entries), tuple(additional)


def _build_left_out(loaded: LoadedFile, op_ids: dict[str, LoadedFile], problems: _Problems) -> tuple[ir.LeftOut, ...]:
    """An endpoint left out is not itself modelled, and the operation to use instead exists."""
    groups = {group.path: group for group in op_ids.values()}
    modelled = {(op["method"], op["path"]) for group in groups.values() for op in group.data.get("operations", [])}
    for index, raw in enumerate(loaded.data.get("left_out", [])):
        if (raw["method"], raw["path"]) in modelled:
            problems.add(loaded, ("left_out", index, "path"), f"{raw['method']} {raw['path']} is an operation")
        instead = raw.get("instead")
        if instead is not None and instead not in op_ids:
            problems.add(loaded, ("left_out", index, "instead"), f"unknown operation {instead!r}")
    return tuple(
        ir.LeftOut(raw["method"], raw["path"], raw["reason"], raw.get("instead"))
        for raw in loaded.data.get("left_out", [])
    )
