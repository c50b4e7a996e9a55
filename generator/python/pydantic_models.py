"""pydantic v2 models for every named object schema, made by datamodel-code-generator."""

from __future__ import annotations

import json
import re
from typing import Any

from .. import ir
from . import header
from .annotations import OPEN_ENUM, is_model

BASE_CLASS = "tuya_cloud._runtime.models.TuyaModel"
_ROOT = "TuyaSpecModels"


def own_formats(formats: tuple[ir.Format, ...]) -> frozenset[str]:
    """The spec's formats that JSON Schema does not define."""
    return frozenset(f.name for f in formats if not f.standard)


def models_module(schemas: dict[str, ir.Schema], formats: frozenset[str]) -> str:
    """generated/tuya_cloud/models.py, before ruff."""
    return generate_models(schemas, formats, header("spec/schemas.yaml and spec/groups/"))


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
    code = code.replace(f"from {BASE_CLASS.rsplit('.', 1)[0]} import", "from ._runtime.models import")
    return code


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
