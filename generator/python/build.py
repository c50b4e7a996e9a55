"""The Python target: the intermediate model rendered into the `tuya_cloud` package."""

from __future__ import annotations

import importlib.util
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2

from .. import cache as generator_cache
from .. import ir
from ..loader import resolve
from . import header
from .annotations import TypeNamer
from .naming import CALL_OPTIONS, ITERATOR_PREFIX, class_name, constant_name, python_name
from .pydantic_models import MODELS_DIR, spec_models_input

PACKAGE = "tuya_cloud"
HERE = Path(__file__).resolve().parent
RUNTIME = HERE.parent.parent / "generated" / PACKAGE / "_runtime"  # the package's hand-written runtime


@dataclass(frozen=True)
class ParamView:
    name: str
    py_name: str
    annotation: str
    required: bool


@dataclass(frozen=True)
class ParamDescriptor:
    """One parameter as the runtime's `Param` descriptor takes it."""

    param: ir.Param
    deprecated: str | None  # the warning for passing it
    deprecated_fields: tuple[tuple[str, str], ...]  # (rule field path, warning) per deprecated field inside it


@dataclass(frozen=True)
class OperationView:
    """One operation as the resource template needs it: its descriptor constant and its method."""

    op: ir.Operation
    const: str
    deprecated: str | None  # the warning the first call gives
    descriptors: tuple[ParamDescriptor, ...]
    rules: tuple[tuple[str, str, dict[str, Any], dict[str, Any]], ...]
    pagination: dict[str, Any] | None
    params: tuple[ParamView, ...]  # required first, as the method takes them
    returns: str
    docstring: str
    iterator: str | None  # item annotation when the operation is paginated
    iterator_name: str
    iterator_params: tuple[ParamView, ...]
    iterator_docstring: str


@dataclass(frozen=True)
class GroupView:
    name: str
    title: str
    class_name: str
    summary: str
    operations: tuple[OperationView, ...]


class PythonTarget:
    def __init__(self, spec: ir.Spec) -> None:
        self.spec = spec
        self.family_of = {code.code: code.family for code in spec.error_codes}
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            bytecode_cache=generator_cache.templates(),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            autoescape=False,
        )
        self.env.filters["literal"] = repr  # of JSON-like data: a deterministic Python literal

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    def files(self, openapi_text: str) -> dict[str, str]:
        """Every file of the package but the model modules, which `model_modules()` makes (slow, so run apart)."""
        spec = self.spec
        out: dict[str, str] = {}
        pkg = PACKAGE
        groups = [self._group_view(g) for g in spec.groups]
        grant, refresh = spec.operation_with_role("token_grant"), spec.operation_with_role("token_refresh")
        out[f"{pkg}/__init__.py"] = self.render(
            "package_init.py.jinja",
            header=header("spec/"),
            version=spec.version,
            families=[name for f in spec.error_families for name in (f.name, *f.aliases)],
            package=pkg,
            event_names=sorted(
                ["Event", "UndecodableEvent", spec.events.generic_name, *(k.name for k in spec.events.kinds)]
            )
            if spec.events is not None
            else [],
        )
        out[f"{pkg}/_regions.py"] = self.render(
            "regions.py.jinja",
            header=header("spec/regions.yaml"),
            regions=spec.regions,
            regions_source=spec.regions_source,
        )
        # One template, two clients: TuyaCloud (requests) and AsyncTuyaCloud (aiohttp), in separate
        # modules so that each loads only its own HTTP library.
        for module, client_name, is_async in (
            ("_client", "TuyaCloud", False),
            ("_async_client", "AsyncTuyaCloud", True),
        ):
            out[f"{pkg}/{module}.py"] = self.render(
                "client.py.jinja",
                header=header("spec/regions.yaml and spec/groups/"),
                groups=groups,
                regions=spec.regions,
                client_name=client_name,
                is_async=is_async,
                grant=(grant.group, constant_name(grant)),
                refresh=(refresh.group, constant_name(refresh)),
                rate_limits={op.id: op.rate_limit for op in spec.operations if op.rate_limit is not None},
            )
        out[f"{pkg}/errors.py"] = self.render(
            "errors.py.jinja",
            header=header("spec/errors.yaml"),
            families=spec.error_families,
            codes=sorted(spec.error_codes, key=lambda c: c.code),
        )
        out[f"{pkg}/_schemas.py"] = self.render(
            "schemas.py.jinja",
            header=header("spec/schemas.yaml, spec/groups/ and spec/formats.yaml"),
            schemas=dict(sorted(spec.schemas.items())),
            formats={f.name: f.as_dict() for f in spec.formats},
        )
        out[f"{MODELS_DIR}/__init__.py"] = self.render(
            "models_init.py.jinja",
            header=header("spec/schemas.yaml and spec/groups/"),
            module_of=spec_models_input(spec).module_of,
        )
        out[f"{pkg}/resources/__init__.py"] = self.render(
            "resources_init.py.jinja", header=header("spec/groups/"), groups=groups
        )
        for group, view in zip(spec.groups, groups, strict=True):
            out[f"{pkg}/resources/{group.name}.py"] = self.render(
                "resource.py.jinja", header=header(group.file), group=view, call_options=CALL_OPTIONS
            )
        out[f"{pkg}/py.typed"] = ""
        out[f"{pkg}/openapi.json"] = openapi_text
        if spec.events is not None:  # the message service: typed events, wire facts, the AsyncAPI export
            from .. import asyncapi
            from .events import EventsTarget

            out.update(EventsTarget(spec.events, self.env).files(pkg))
            out[f"{pkg}/asyncapi.json"] = asyncapi.dumps(asyncapi.export(spec))
        return out

    # ------------------------------------------------------------ views

    def _group_view(self, group: ir.Group) -> GroupView:
        shadows_list = any(op.method_name == "list" for op in group.operations)
        # A resource with a method named `list` shadows the builtin inside its class body.
        types = TypeNamer(self.spec.schemas, "builtins.list" if shadows_list else "list")
        return GroupView(
            name=group.name,
            title=group.title,
            class_name=class_name(group.name),
            summary=_first_sentence(group.description),
            operations=tuple(self._operation_view(op, types) for op in group.operations),
        )

    def _operation_view(self, op: ir.Operation, types: TypeNamer) -> OperationView:
        ordered = sorted(op.params, key=lambda p: not p.required)
        params = tuple(
            ParamView(p.name, python_name(p.name), types.annotation(p.schema, accepts=True), p.required)
            for p in ordered
        )
        iterator = None
        iterator_params: tuple[ParamView, ...] = ()
        if op.pagination is not None:
            iterator = types.item_annotation(op.result_schema, op.pagination.items)
            driven = {op.pagination.page_param, op.pagination.cursor_param}
            iterator_params = tuple(p for p in params if p.name not in driven)
        subject = f"client.{op.group}.{op.method_name}()"
        return OperationView(
            op=op,
            const=constant_name(op),
            deprecated=f"{subject} is {op.deprecated.notice()}" if op.deprecated else None,
            descriptors=tuple(self._descriptor(p, subject) for p in op.params),
            rules=tuple((r.name, r.message, r.when.as_dict(), r.then.as_dict()) for r in op.rules),
            pagination=op.pagination.as_dict() if op.pagination else None,
            params=params,
            returns=types.annotation(op.result_schema, accepts=False),
            docstring=self._docstring(op, ordered),
            iterator=iterator,
            iterator_name=ITERATOR_PREFIX + op.method_name,
            iterator_params=iterator_params,
            iterator_docstring=self._iterator_docstring(op),
        )

    def _descriptor(self, param: ir.Param, subject: str) -> ParamDescriptor:
        argument = f"{subject}: the {python_name(param.name)} argument"
        fields = tuple(
            (path, f"{subject}: the {path} field is {deprecation.notice()}")
            for path, deprecation in _deprecated_fields(param.schema, param.name, self.spec.schemas)
        )
        notice = f"{argument} is {param.deprecated.notice()}" if param.deprecated else None
        return ParamDescriptor(param, notice, fields)

    def _docstring(self, op: ir.Operation, params: list[ir.Param]) -> str:
        lines = [op.summary + ".", ""]
        if op.deprecated is not None:
            lines += _wrap(f"{op.deprecated.sentence()} It keeps working and warns once (DeprecationWarning).")
            lines.append("")
        lines += _wrap(op.description)
        lines += ["", "Args:"]
        for p in params:
            text = p.description.strip()
            constraint = _constraint_text(p.schema, self.spec)
            if constraint:
                text = f"{text} {constraint}"
            if not p.required:
                text = f"{text} Optional."
            if p.deprecated is not None:
                text = f"{text} {p.deprecated.sentence()}"
            lines += _wrap(f"{python_name(p.name)}: {text}", indent="    ", hang="        ")
        for name, _annotation, text in CALL_OPTIONS:
            lines += _wrap(f"{name}: {text}", indent="    ", hang="        ")
        if op.rules:
            lines += ["", "Rules (checked before anything is sent):"]
            for rule in op.rules:
                lines += _wrap(f"- {rule.message}.", indent="    ", hang="      ")
        lines += ["", "Returns:"]
        lines += _wrap(op.result_description, indent="    ")
        lines += ["", "Raises:"]
        lines += ["    TuyaValidationError: an argument breaks the spec's rules; nothing was sent."]
        families = sorted({self.family_of[c] for c in op.errors if c in self.family_of})
        for family in families:
            codes = ", ".join(str(c) for c in op.errors if self.family_of.get(c) == family)
            lines += [f"    {family}: Tuya answered {codes}."]
        lines += ["    TuyaAPIError: any other error Tuya reports (every class above derives from it)."]
        lines += ["    TuyaConnectionError: Tuya could not be reached or did not answer in time."]
        lines += ["", f"Tuya docs: {op.source}"]
        return _docstring_block(lines)

    def _iterator_docstring(self, op: ir.Operation) -> str:
        paging = op.pagination
        if paging is None:
            return ""
        driver = paging.page_param if paging.style == "page_number" else paging.cursor_param
        lines = [
            f"Iterate over every item of every page of `{op.method_name}`.",
            "",
            *_wrap(
                f"Takes the same arguments as `{op.method_name}` except `{driver}`, which it drives itself, and "
                f"stops at the last page (or raises TuyaError after max_pages pages)."
            ),
        ]
        return _docstring_block(lines)


def _deprecated_fields(schema: ir.Schema, path: str, schemas: dict[str, ir.Schema]) -> list[tuple[str, ir.Deprecation]]:
    """(rule field path, deprecation) for every deprecated field a value of `schema` may hold."""
    found: list[tuple[str, ir.Deprecation]] = []

    def walk(schema: ir.Schema, path: str, seen: frozenset[str]) -> None:
        ref = schema.get("$ref")
        if ref is not None:
            if ref not in seen:  # a schema that contains itself is walked once
                walk(schemas[ref], path, seen | {ref})
            return
        for name, sub in sorted(schema.get("properties", {}).items()):
            deprecation = ir.deprecation_of(sub)
            if deprecation is not None:
                found.append((f"{path}.{name}", deprecation))
            walk(sub, f"{path}.{name}", seen)
        if isinstance(schema.get("items"), dict):
            walk(schema["items"], f"{path}[]", seen)

    walk(schema, path, frozenset())
    return found


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?\.)(\s|$)", text.replace("\n", " "))
    return match.group(1) if match else text


def _wrap(text: str, indent: str = "", hang: str | None = None) -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()),
        width=100,
        initial_indent=indent,
        subsequent_indent=hang if hang is not None else indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def _docstring_block(lines: list[str]) -> str:
    body = "\n".join(f"        {line}" if line else "" for line in lines)
    body = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'        """{body.lstrip()}\n        """'


def _constraint_text(schema: ir.Schema, spec: ir.Spec) -> str:
    """The schema's rules in the runtime's own words (its describer also writes the CLI's help)."""
    rules = runtime_schema_toolkit().describe(
        resolve(schema, spec.schemas), {f.name: f.as_dict() for f in spec.formats}
    )
    return " ".join(f"{rule[0].upper()}{rule[1:]}." for rule in rules)


@cache
def runtime_schema_toolkit() -> ModuleType:
    """The runtime's `_runtime/schema.py`, loaded by file path: the generator must run even when the
    package's generated half is broken or missing, so it never imports the package itself."""
    path = RUNTIME / "schema.py"
    module_spec = importlib.util.spec_from_file_location("tuya_cloud_runtime_schema", path)
    assert module_spec is not None and module_spec.loader is not None, path
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module
