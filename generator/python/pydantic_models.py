"""pydantic v2 models for every named object schema, made by datamodel-code-generator, one module per
spec file that defines schemas (`models/_<group>.py`, `models/_shared.py` for spec/schemas.yaml).

The tool makes one module of every model (so that it sees every reference); that module is then cut
into one module per spec file, each importing the models of other files it names, so that the
package's `models/__init__.py` can load a group's models only when one of them is first used.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from .. import ir
from . import header
from .annotations import OPEN_ENUM, is_model

BASE_CLASS = "tuya_cloud._runtime.models.TuyaModel"
MODELS_DIR = "tuya_cloud/models"
SHARED_MODULE = "_shared"  # the models of spec/schemas.yaml, which every group may use
_ROOT = "TuyaSpecModels"


@dataclass(frozen=True)
class ModelsInput:
    """Everything the model step needs, small enough to hand to a second process."""

    schemas: dict[str, ir.Schema]  # every named schema (models refer to the others, which are inlined)
    module_of: dict[str, str]  # model name -> module of the models package that defines it
    sources: dict[str, str]  # module -> the spec file it is made from
    own_formats: frozenset[str]  # the spec's formats that JSON Schema does not define


def own_formats(formats: tuple[ir.Format, ...]) -> frozenset[str]:
    """The spec's formats that JSON Schema does not define."""
    return frozenset(f.name for f in formats if not f.standard)


def module_name(file: str, group: str | None) -> str:
    """The models module of a spec file: `_<group>` for a group's file, `_shared` for spec/schemas.yaml,
    `_<file name>` for any other file that defines schemas (two files may share one)."""
    if group is not None:
        return f"_{group}"
    stem = PurePosixPath(file).stem
    return SHARED_MODULE if stem == "schemas" else f"_{stem}"


def models_input(
    schemas: dict[str, ir.Schema], origin: dict[str, tuple[str, str | None]], formats: frozenset[str]
) -> ModelsInput:
    """`origin`: schema name -> (spec file, its group or None)."""
    module_of = {name: module_name(*origin[name]) for name in sorted(schemas) if is_model(schemas[name])}
    for name in list(module_of):  # an object with a title inside a model is a class of its own, beside it
        for nested in _titled_objects(schemas[name], schemas, frozenset({name})):
            module_of.setdefault(nested, module_of[name])
    # Models of files that need each other, however indirectly, share one module: two modules that
    # import each other could not be loaded.
    graph = module_imports(schemas, module_of)
    merged = {module: min(_cycle_of(graph, module)) for module in graph}
    module_of = {name: merged[module] for name, module in sorted(module_of.items())}
    files: dict[str, set[str]] = {}
    for name, (file, group) in origin.items():
        if name in module_of:
            files.setdefault(merged[module_name(file, group)], set()).add(file)
    sources = {module: ", ".join(sorted(found)) for module, found in sorted(files.items())}
    return ModelsInput(schemas, module_of, sources, formats)


def module_imports(schemas: dict[str, ir.Schema], module_of: dict[str, str]) -> dict[str, set[str]]:
    """Module -> the other modules it imports (those defining the models its models name)."""
    graph: dict[str, set[str]] = {module: set() for module in module_of.values()}

    def walk(schema: Any, module: str, seen: frozenset[str]) -> None:
        if isinstance(schema, list):
            for item in schema:
                walk(item, module, seen)
        elif isinstance(schema, dict):
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref in module_of:
                if module_of[ref] != module:
                    graph[module].add(module_of[ref])
            elif isinstance(ref, str) and ref in schemas and ref not in seen:  # inlined by the tool
                walk(schemas[ref], module, seen | {ref})
            for value in schema.values():
                walk(value, module, seen)

    for name, module in module_of.items():
        if name in schemas:
            walk(schemas[name], module, frozenset({name}))
    return graph


def _cycle_of(graph: dict[str, set[str]], module: str) -> set[str]:
    """`module` and every module that both imports it and is imported by it, however indirectly."""
    return {module} | {other for other in _reachable(graph, module) if module in _reachable(graph, other)}


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    found: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), set()) - found:
            found.add(nxt)
            todo.append(nxt)
    return found


def _titled_objects(schema: Any, schemas: dict[str, ir.Schema], seen: frozenset[str]) -> list[str]:
    """Titles of the objects with properties inside `schema`, which the tool makes classes of, also
    inside the schemas it inlines (references to schemas that are not models)."""
    found: list[str] = []
    if isinstance(schema, list):
        for item in schema:
            found += _titled_objects(item, schemas, seen)
    elif isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = schemas.get(ref)
            if target is not None and not is_model(target) and ref not in seen:
                found += _titled_objects(target, schemas, seen | {ref})
            return found
        for value in schema.values():
            if isinstance(value, dict) and "properties" in value and isinstance(value.get("title"), str):
                found.append(value["title"])
            found += _titled_objects(value, schemas, seen)
    return found


def spec_models_input(spec: ir.Spec) -> ModelsInput:
    """The model step's input from the checked spec."""
    group_of = {group.file: group.name for group in spec.groups}
    origin = {name: (file, group_of.get(file)) for name, file in spec.schema_files.items()}
    return models_input(spec.schemas, origin, own_formats(spec.formats))


def model_modules(given: ModelsInput) -> dict[str, str]:
    """`models/<module>.py` for every module that defines models (paths under the package), before ruff."""
    code = generate_models(given.schemas, given.own_formats, header("spec/"))
    return split_models(code, given)


def split_models(code: str, given: ModelsInput) -> dict[str, str]:
    """Cut the tool's one module into one per spec file; each imports the other files' models it names."""
    tree = ast.parse(code)
    lines = code.splitlines(keepends=True)
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    if not classes:
        return {}
    first = classes[0].lineno - 1
    prelude = "".join(line for line in lines[:first] if not line.startswith("#"))  # imports, without the header
    bodies: dict[str, list[str]] = {}
    imports: dict[str, set[tuple[str, str]]] = {}
    for node in tree.body:
        if node.lineno - 1 < first:
            continue
        owner = node.name if isinstance(node, ast.ClassDef) else _rebuilt(node)
        module = given.module_of.get(owner or "")
        if module is None:
            raise RuntimeError(  # e.g. two nested objects with one title, which the tool renames
                f"datamodel-code-generator wrote code that no schema or title of the spec names: "
                f"{ast.unparse(node).splitlines()[0][:100]} (are two objects titled alike?)"
            )
        bodies.setdefault(module, []).append("".join(lines[node.lineno - 1 : node.end_lineno]))
        for name in {used.id for used in ast.walk(node) if isinstance(used, ast.Name)}:
            other = given.module_of.get(name, module)
            if other != module:
                imports.setdefault(module, set()).add((other, name))
    out = {}
    for module, classes_code in sorted(bodies.items()):
        names = sorted(imports.get(module, ()))
        foreign = "".join(f"from .{other} import {name}\n" for other, name in names)
        text = f"{header(given.sources[module])}\n{prelude}{foreign}\n\n" + "\n\n".join(classes_code)
        out[f"{MODELS_DIR}/{module}.py"] = text
    return out


def _rebuilt(node: ast.stmt) -> str | None:
    """`Name` of a `Name.model_rebuild()` statement (the tool writes one after models that refer to
    each other), else None."""
    call = node.value if isinstance(node, ast.Expr) else None
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "model_rebuild":
        return call.func.value.id if isinstance(call.func.value, ast.Name) else None
    return None


def generate_models(schemas: dict[str, ir.Schema], own_formats: frozenset[str], header: str) -> str:
    """`own_formats`: the spec's formats that are not JSON Schema's; the validator enforces them, the
    models need not (datamodel-code-generator would guess a type for them)."""
    from datamodel_code_generator import GenerateConfig, InputFileType, LiteralType, PythonVersion, generate
    from datamodel_code_generator.enums import DataModelType

    defs = {
        name: {**_convert(schema, schemas, own_formats, name), "title": name}
        for name, schema in schemas.items()
        if is_model(schema)
    }
    document = {"title": _ROOT, "$defs": dict(sorted(defs.items()))}
    config = GenerateConfig(
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        base_class=BASE_CLASS,
        custom_file_header=header,
        disable_timestamp=True,
        use_annotated=True,
        field_constraints=True,
        use_standard_collections=True,
        use_union_operator=True,
        use_schema_description=True,
        enum_field_as_literal=LiteralType.All,
        use_title_as_name=True,
        collapse_root_models=True,
        formatters=[],
    )
    code = generate(json.dumps(document, sort_keys=True), config=config)
    if not isinstance(code, str):
        raise RuntimeError("datamodel-code-generator returned several modules; expected one")
    # The tool always emits a class for the document root; ours is only a container of $defs.
    code = re.sub(rf"\nclass {_ROOT}\(RootModel\[Any\]\):\n(    .*\n)+", "\n", code)
    code = code.replace(f"from {BASE_CLASS.rsplit('.', 1)[0]} import", "from .._runtime.models import")
    return _hide_secrets(code, schemas)


SENSITIVE = "x-tuya-sensitive"  # see spec/schema/spec.schema.json


def _hide_secrets(code: str, schemas: dict[str, ir.Schema]) -> str:
    """`repr=False` on every field the spec marks sensitive (tokens, passwords), so that no repr, log
    line or traceback of a model shows it; the tool has no option for that."""
    tree = ast.parse(code)
    lines = code.splitlines(keepends=True)
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name not in schemas:
            continue
        secret = {n for n, sub in schemas[node.name].get("properties", {}).items() if sub.get(SENSITIVE)}
        for statement in node.body:
            if not (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)):
                continue
            if statement.target.id not in secret:
                continue
            calls = [c for c in ast.walk(statement.annotation) if isinstance(c, ast.Call)]
            field = next((c for c in calls if isinstance(c.func, ast.Name) and c.func.id == "Field"), None)
            if field is None:
                raise RuntimeError(f"{node.name}.{statement.target.id}: a sensitive field needs a description")
            end_row, end_col = field.func.end_lineno, field.func.end_col_offset  # just after `Field`
            assert end_row is not None and end_col is not None  # ast.parse sets both
            line = lines[end_row - 1].encode("utf-8")  # ast's columns count UTF-8 bytes
            lines[end_row - 1] = (line[: end_col + 1] + b"repr=False, " + line[end_col + 1 :]).decode("utf-8")
    return "".join(lines)


def _convert(schema: Any, schemas: dict[str, ir.Schema], own_formats: frozenset[str], owner: str = "") -> Any:
    """Spec schema -> JSON Schema for the tool: model refs stay refs, other refs are inlined.

    `owner` names the model whose fields `schema` may list: a deprecated field becomes pydantic's
    `deprecated=` (a DeprecationWarning on read) with the spec's words, and its description says so.
    """
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        target = schemas[schema["$ref"]]
        if is_model(target):
            ref = {"$ref": f"#/$defs/{schema['$ref']}"}
            return ref | {k: schema[k] for k in ("deprecated", "description")} if "deprecated" in schema else ref
        merged = {k: v for k, v in target.items() if k != "title"} | {k: v for k, v in schema.items() if k != "$ref"}
        return _convert(merged, schemas, own_formats, owner)
    if OPEN_ENUM in schema:  # the known values typed as a Literal, or any other value of the type
        rest = {k: v for k, v in schema.items() if k != OPEN_ENUM}
        known = {"type": schema.get("type"), "enum": schema[OPEN_ENUM]}
        converted = _convert(rest, schemas, own_formats, owner)
        other = {k: v for k, v in converted.items() if k not in {"description", "title", "deprecated"}}
        described = {k: v for k, v in rest.items() if k in {"description", "title", "deprecated"}}
        return {**described, "anyOf": [known, other]}
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties":
            nested = schema.get("title", owner)
            out[key] = {name: _field(name, sub, schemas, own_formats, nested) for name, sub in value.items()}
        elif key in {"items", "additionalProperties"}:
            out[key] = _convert(value, schemas, own_formats, owner)
        elif key == "format" and value in own_formats:
            continue
        elif key == "examples":
            continue
        else:
            out[key] = value
    return out


def _field(name: str, schema: Any, schemas: dict[str, ir.Schema], own_formats: frozenset[str], owner: str) -> Any:
    deprecation = ir.deprecation_of(schema) if isinstance(schema, dict) else None
    if deprecation is None:
        return _convert(schema, schemas, own_formats, owner)
    notice = f"{owner}.{name} is {deprecation.notice()}"
    described = f"{deprecation.sentence()} {schema.get('description', '')}".strip()
    return _convert({**schema, "deprecated": notice, "description": described}, schemas, own_formats, owner)
