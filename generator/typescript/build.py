"""The TypeScript target: the intermediate model rendered into the `tuya-cloud-sdk` npm package.

Only the generated parts of generated/typescript/ come from here (resources, types, schemas, errors,
the client, the index and the test examples), each with the generated header; the runtime, tests,
package.json and lock file beside them are hand-written and never touched. The output is finished
TypeScript: no Node is needed to regenerate, and the same spec always gives the same bytes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .. import cache, ir
from .types import TypeMapper, constraint_text, declared, doc_comment, named_declaration, wrap

HERE = Path(__file__).resolve().parent
ROOT = "typescript"  # the package directory, relative to generated/


def token_operations(spec: ir.Spec) -> tuple[ir.Operation, ir.Operation]:
    """The spec's (grant, refresh) token operations, by the roles the spec gives them."""
    return spec.operation_with_role("token_grant"), spec.operation_with_role("token_refresh")


def header(source: str) -> str:
    return f"// Generated from {source} by `python -m generator`; do not edit."


def camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def const_name(op: ir.Operation) -> str:
    return op.method_name.upper()


@dataclass(frozen=True)
class ParamView:
    key: str  # the wire name, quoted when it is not an identifier
    type: str
    optional: bool
    doc: str


@dataclass(frozen=True)
class MethodView:
    name: str
    const: str
    params_type: str
    params: tuple[ParamView, ...]
    params_default: bool  # every parameter is optional: the argument may be left out
    returns: str
    doc: str
    iterator: str | None  # the item type when the operation is paginated
    iter_name: str
    iter_params_type: str
    iter_params_default: bool
    iter_doc: str


class TypeScriptTarget:
    def __init__(self, spec: ir.Spec) -> None:
        self.spec = spec
        self.family_of = {code.code: code.family for code in spec.error_codes}
        self.formats = {f.name: f for f in spec.formats}
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            bytecode_cache=cache.templates(),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            autoescape=False,
            comment_start_string="{##",  # `{#` is legal TypeScript (private fields)
            comment_end_string="##}",
        )
        self.env.filters["literal"] = lambda value: json.dumps(value, ensure_ascii=False)
        self.env.filters["doc"] = lambda text, indent="": doc_comment(wrap(text), indent)

    def render(self, template: str, **context: Any) -> str:
        text = self.env.get_template(template).render(**context)
        return re.sub(r"\n{3,}", "\n\n", text)

    def files(self) -> dict[str, str]:
        """Every generated file of the package, relative to generated/."""
        spec = self.spec
        out: dict[str, str] = {}
        groups = [self._group_view(group) for group in spec.groups]
        grant, refresh = token_operations(spec)
        mapper = TypeMapper(spec.schemas)
        out[f"{ROOT}/src/types.ts"] = self.render(
            "types.ts.jinja",
            header=header("spec/schemas.yaml and spec/groups/"),
            declarations=[
                named_declaration(name, spec.schemas[name], mapper, self.formats) for name in declared(spec.schemas)
            ],
        )
        out[f"{ROOT}/src/schemas.ts"] = self.render(
            "schemas.ts.jinja",
            header=header("spec/schemas.yaml, spec/groups/ and spec/formats.yaml"),
            schemas=sorted(spec.schemas.items()),
            formats=[(f.name, f.as_dict()) for f in spec.formats],
        )
        out[f"{ROOT}/src/errors.ts"] = self.render(
            "errors.ts.jinja",
            header=header("spec/errors.yaml"),
            families=spec.error_families,
            codes=sorted(spec.error_codes, key=lambda c: c.code),
        )
        if spec.events is not None:
            from .events import events_ts

            out[f"{ROOT}/src/events.ts"] = events_ts(spec.events, self.formats, header(spec.events.file))
        for group, view in zip(spec.groups, groups, strict=True):
            out[f"{ROOT}/src/resources/{group.name}.ts"] = self.render(
                "resource.ts.jinja",
                header=header(group.file),
                group=view,
                operations=[self._operation_literal(op) for op in group.operations],
            )
        out[f"{ROOT}/src/client.ts"] = self.render(
            "client.ts.jinja",
            header=header("spec/regions.yaml and spec/groups/"),
            groups=groups,
            regions=spec.regions,
            regions_source=spec.regions_source,
            token_imports=_token_imports(grant, refresh),
        )
        out[f"{ROOT}/src/index.ts"] = self.render(
            "index.ts.jinja",
            header=header("spec/"),
            version=spec.version,
            groups=groups,
            families=[name for f in spec.error_families for name in (f.name, *f.aliases)],
            has_events=spec.events is not None,
        )
        out[f"{ROOT}/test/examples.ts"] = self.render(
            "examples.ts.jinja",
            header=header("spec/groups/ (every operation's examples)"),
            operations=[op.id for op in spec.operations],
            examples=[
                {
                    "operation": op.id,
                    "name": example.name,
                    "group": camel(op.group),
                    "method": camel(op.method_name),
                    "request": example.request,
                    "result": example.result,
                }
                for op in spec.operations
                for example in op.examples
            ],
        )
        return out

    # ------------------------------------------------------------ views

    def _group_view(self, group: ir.Group) -> dict[str, Any]:
        mapper = TypeMapper(self.spec.schemas)
        methods = [self._method_view(group, op, mapper) for op in group.operations]
        clash = {m.params_type for m in methods} & set(self.spec.schemas)
        if clash:
            raise ValueError(f"{group.file}: parameter type names clash with schema names: {sorted(clash)}")
        return {
            "name": group.name,
            "property": camel(group.name),
            "title": group.title,
            "class_name": pascal(group.name) + "Resource",
            "summary": _first_sentence(group.description),
            "file": group.file,
            "methods": methods,
            "imports": sorted(mapper.used),
            "paginated": any(m.iterator for m in methods),
        }

    def _operation_literal(self, op: ir.Operation) -> dict[str, Any]:
        """The operation descriptor the runtime interprets, as TypeScript object literal pieces."""
        subject = f"client.{camel(op.group)}.{camel(op.method_name)}()"
        return {
            "const": const_name(op),
            "id": op.id,
            "method": op.http_method,
            "path": op.path,
            "auth": op.auth,
            "retry_safe": op.retry_safe,
            "params": [
                {
                    "name": p.name,
                    "location": p.location,
                    "required": p.required,
                    "sensitive": p.sensitive,
                    "schema": p.schema,
                    # the warning a call that passes it gives, once
                    **(
                        {"deprecated": f"{subject}: the {p.name} parameter is {p.deprecated.notice()}"}
                        if p.deprecated
                        else {}
                    ),
                }
                for p in op.params
            ],
            "rules": [
                {"name": r.name, "message": r.message, "when": r.when.as_dict(), "then": r.then.as_dict()}
                for r in op.rules
            ],
            "pagination": _camel_keys(op.pagination.as_dict()) if op.pagination else None,
            "result": op.result_schema,
            "deprecated": f"{subject} is {op.deprecated.notice()}" if op.deprecated else None,
        }

    def _method_view(self, group: ir.Group, op: ir.Operation, mapper: TypeMapper) -> MethodView:
        params = tuple(
            ParamView(
                key=_key(p.name),
                type=mapper.expr(p.schema, "  "),
                optional=not p.required,
                doc=self._param_doc(p),
            )
            for p in op.params
        )
        returns = mapper.expr(op.result_schema)
        params_type = pascal(group.name) + pascal(op.method_name) + "Params"
        iterator = None
        iter_params_type = params_type
        iter_default = all(p.optional for p in params)
        if op.pagination is not None:
            iterator = mapper.item_expr(op.result_schema, op.pagination.items)
            driven = {op.pagination.page_param, op.pagination.cursor_param}
            driven_names = sorted(p.name for p in op.params if p.name in driven)
            if driven_names:
                omitted = " | ".join(json.dumps(name) for name in driven_names)
                iter_params_type = f"Omit<{params_type}, {omitted}>"
            iter_default = all(not p.required or p.name in driven for p in op.params)
        return MethodView(
            name=camel(op.method_name),
            const=const_name(op),
            params_type=params_type,
            params=params,
            params_default=all(p.optional for p in params),
            returns=returns,
            doc=self._method_doc(op),
            iterator=iterator,
            iter_name="iter" + pascal(op.method_name),
            iter_params_type=iter_params_type,
            iter_params_default=iter_default,
            iter_doc=self._iterator_doc(op),
        )

    def _param_doc(self, param: ir.Param) -> str:
        text = param.description.strip()
        constraint = constraint_text(param.schema, self.spec.schemas, self.formats)
        if constraint:
            text = f"{text} {constraint}"
        lines = wrap(text)
        if param.deprecated is not None:
            lines += wrap(f"@deprecated {param.deprecated.sentence()}")
        return doc_comment(lines, "  ")

    def _method_doc(self, op: ir.Operation) -> str:
        lines = [op.summary + ".", "", *wrap(op.description)]
        if op.rules:
            lines += ["", "Rules (checked before anything is sent):"]
            lines += [f"- {rule.message}." for rule in op.rules]
        lines += ["", *wrap(f"@returns {op.result_description.strip()}")]
        lines += ["@throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent."]
        families = sorted({self.family_of[c] for c in op.errors if c in self.family_of})
        for family in families:
            codes = ", ".join(str(c) for c in op.errors if self.family_of.get(c) == family)
            lines += [f"@throws {{{family}}} Tuya answered {codes}."]
        lines += ["@throws {TuyaAPIError} any other error Tuya reports (every class above derives from it)."]
        lines += ["@throws {TuyaConnectionError} Tuya could not be reached or did not answer in time."]
        lines += [f"@see {op.source}"]
        if op.deprecated is not None:
            lines += wrap(f"@deprecated {op.deprecated.sentence()} It keeps working and warns once.")
        return doc_comment(lines, "  ")

    def _iterator_doc(self, op: ir.Operation) -> str:
        paging = op.pagination
        if paging is None:
            return ""
        driver = paging.page_param if paging.style == "page_number" else paging.cursor_param
        method = camel(op.method_name)
        lines = [
            f"Every item of every page of `{method}`, fetched page by page as you iterate.",
            "",
            *wrap(
                f"Takes the same parameters as `{method}` except `{driver}`, which it drives itself, and stops "
                "at the last page (or throws TuyaError after `maxPages` pages)."
            ),
        ]
        return doc_comment(lines, "  ")


def _token_imports(grant: ir.Operation, refresh: ir.Operation) -> dict[str, list[str]]:
    """What the client imports from the token operations' modules, under fixed local names."""
    imports: dict[str, list[str]] = {}
    for op, alias in ((grant, "TOKEN_GRANT"), (refresh, "TOKEN_REFRESH")):
        imports.setdefault(op.group, []).append(f"{const_name(op)} as {alias}")
    return imports


def _key(name: str) -> str:
    return name if re.match(r"^[A-Za-z_$][A-Za-z0-9_$]*$", name) else json.dumps(name)


def _camel_keys(data: dict[str, Any]) -> dict[str, Any]:
    return {camel(key): value for key, value in data.items()}


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?\.)(\s|$)", text.replace("\n", " "))
    return match.group(1) if match else text
