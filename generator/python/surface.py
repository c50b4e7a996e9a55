"""The Python package's public surface, kept for the last release in spec/released/python.json.

Read statically with griffe (the package is never imported): the exported names, the client and
its methods, every `client.<group>.<method>` and `iter_` signature, the models' fields, the error
classes and their bases, what `tuya_cloud.testing` offers; and, by running it, every command line
usage line. Breaking changes between two surfaces are griffe's own judgement
(`griffe.find_breaking_changes`), on trees rebuilt from the kept JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..surface import Change, Section

if TYPE_CHECKING:
    import griffe

PACKAGE = "tuya_cloud"
# Special methods that are part of a class's use (construction, `with`); other dunders are not surface.
_KEPT_DUNDERS = frozenset({"__init__", "__enter__", "__exit__", "__call__", "__iter__"})
# Exports of tuya_cloud.testing whose members are the fake cloud's internals: only their names are kept.
_NAMES_ONLY = frozenset({"World", "CloudError", "Fault", "RequestRecord"})
_MODEL_INTERNALS = frozenset({"model_config"})
Objects = dict[str, dict[str, Any]]


def of_package(root: Path) -> dict[str, Any]:
    """The surface of the `tuya_cloud` package found under `root` (a directory holding `tuya_cloud/`)."""
    import griffe

    package = griffe.load(
        PACKAGE, search_paths=[str(root)], docstring_parser=None, resolve_aliases=True, allow_inspection=False
    )
    assert isinstance(package, griffe.Module)
    objects: Objects = {}
    for name in package.exports or ():
        if str(name) != "__version__":
            _collect(objects, f"{PACKAGE}.{name}", _target(package[str(name)]))
    for module_name in ("resources", "errors"):
        for path, cls in _modules_and_classes(package[module_name]):
            _collect(objects, path, cls)
    models = package["models"]  # a package that loads each group's module on first use: its names are its surface
    for name in models.exports or ():
        _collect(objects, f"{PACKAGE}.models.{name}", _target(models[str(name)]))
    testing = package["testing"]
    for name in testing.exports or ():
        path = f"{PACKAGE}.testing.{name}"
        if str(name) in _NAMES_ONLY:
            objects[path] = {"kind": "class"}
        else:
            _collect(objects, path, _target(testing[str(name)]))
    return {"objects": dict(sorted(objects.items())), "cli": cli_usage(root)}


def _target(obj: Any) -> Any:
    obj = obj.final_target if obj.is_alias else obj
    return _class_named_by(obj) or obj


def _class_named_by(obj: Any) -> Any:
    """The class a module-level `OldName = NewName` names, or None: at run time it is that class."""
    if not obj.is_attribute or obj.value is None or not obj.parent or not obj.parent.is_module:
        return None
    named = obj.parent.members.get(str(obj.value))
    named = named.final_target if named is not None and named.is_alias else named
    return named if named is not None and named.is_class else None


def _modules_and_classes(module: Any) -> Iterator[tuple[str, Any]]:
    """(path, class) for the classes defined in `module` and its public submodules, and for module-level
    other names of them (`OldName = NewName`); imports of other modules' names are left out."""
    for name, member in sorted(module.members.items()):
        if member.is_alias or name.startswith("_"):
            continue
        if member.is_module:
            yield from _modules_and_classes(member)
        elif member.is_class or _class_named_by(member) is not None:
            yield member.path, _class_named_by(member) or member


def _text(expr: Any) -> str:
    return "" if expr is None else str(expr)


def _field_type(annotation: Any) -> str:
    """`Annotated[int | None, Field(...)]` -> `int | None`: the metadata is documentation, not type."""
    left = getattr(annotation, "left", None)
    elements = getattr(getattr(annotation, "slice", None), "elements", None)
    if left is not None and str(left) == "Annotated" and elements:
        return str(elements[0])
    return _text(annotation)


def _collect(objects: Objects, path: str, obj: Any) -> None:
    if obj.is_class:
        objects[path] = {"kind": "class", "bases": [str(base) for base in obj.bases]}
        for name, member in sorted(obj.all_members.items()):
            is_dunder = name.startswith("__") and name.endswith("__")
            if (is_dunder and name not in _KEPT_DUNDERS) or (not is_dunder and name.startswith("_")):
                continue
            if name in _MODEL_INTERNALS:
                continue
            _collect(objects, f"{path}.{name}", _target(member))
    elif obj.is_function:
        objects[path] = {
            "kind": "function",
            "parameters": [
                [p.name, p.kind.value, _text(p.annotation), None if p.default is None else str(p.default)]
                for p in obj.parameters
            ],
            "returns": _text(obj.returns),
        }
    elif obj.is_attribute:
        record: dict[str, Any] = {"kind": "attribute", "annotation": _field_type(obj.annotation)}
        if obj.annotation is not None and obj.value is None:
            record["required"] = True  # annotated in the class body without a default: a required field
        objects[path] = record


# ---------------------------------------------------------------- the command line

_CLI_SCRIPT = """
import contextlib, io, json, sys
from tuya_cloud.cli import parsers
from tuya_cloud.cli.apispec import ApiSpec
from tuya_cloud.cli.main import main

def usage(text):
    return " ".join(text.split("\\n\\n", 1)[0].split())

spec = ApiSpec.load()  # what `tuya-cloud` reads: the packaged openapi.json
commands = {}
for group in spec.groups.values():
    for command in group.commands.values():
        commands[f"{group.cli_name} {command.name}"] = usage(parsers.command_parser(spec, command).format_usage())
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
    main([parsers.FAKE_CLOUD, "--help"])
commands[parsers.FAKE_CLOUD] = usage(out.getvalue())
if hasattr(parsers, "REQUEST"):  # releases before `tuya-cloud request` lack it
    from tuya_cloud.cli.request import request_parser

    commands[parsers.REQUEST] = usage(request_parser().format_usage())
json.dump(commands, sys.stdout)
"""


def cli_usage(root: Path) -> dict[str, str]:
    """`<group> <command>` -> its usage line, from the `tuya-cloud` of the package under `root`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]), "COLUMNS": "120"}
    result = subprocess.run(
        [sys.executable, "-c", _CLI_SCRIPT], cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"reading the command line's usage lines failed:\n{result.stderr}")
    commands: dict[str, str] = json.loads(result.stdout)
    return dict(sorted(commands.items()))


def _usage_words(usage: str) -> tuple[list[str], dict[str, bool]]:
    """(positional arguments, {flag: required}) of a usage line; flags in [...] or (... | ...) are optional."""
    positionals: list[str] = []
    flags: dict[str, bool] = {}
    depth = 0
    for word in usage.split():
        bare = word.strip("[]()|")
        grouped = depth > 0 or word.startswith(("[", "("))
        if bare.startswith("--"):
            flags[bare] = not grouped
        elif bare.isupper() and not grouped and not flags:  # before the first option: a positional argument
            positionals.append(bare)
        depth += word.count("[") + word.count("(") - word.count("]") - word.count(")")
    return positionals, flags


def _cli_changes(old: dict[str, str], new: dict[str, str]) -> Iterator[Change]:
    for command in sorted(set(old) - set(new)):
        yield Change("Removed", f"tuya-cloud {command}", "command removed", True, "scripts that run it fail")
    for command in sorted(set(new) - set(old)):
        yield Change("Added", f"tuya-cloud {command}", "new command")
    for command in sorted(set(old) & set(new)):
        if old[command] == new[command]:
            continue
        where = f"tuya-cloud {command}"
        old_args, old_flags = _usage_words(old[command])
        new_args, new_flags = _usage_words(new[command])
        if old_args != new_args:
            what = f"positional arguments changed from {' '.join(old_args)} to {' '.join(new_args)}"
            yield Change("Changed", where, what, True, "scripts that pass them by position break")
        for flag in sorted(set(old_flags) - set(new_flags)):
            yield Change("Removed", where, f"option {flag} removed", True, "scripts that pass it fail")
        for flag in sorted(set(new_flags) - set(old_flags)):
            required = new_flags[flag]
            what = f"new {'required' if required else 'optional'} option {flag}"
            yield Change("Added", where, what, required, "scripts without it fail" if required else "")
        for flag in sorted(set(old_flags) & set(new_flags)):
            if new_flags[flag] and not old_flags[flag]:
                yield Change("Changed", where, f"option {flag} now required", True, "scripts without it fail")


# ---------------------------------------------------------------- comparing


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Breaking changes (griffe's judgement), additions and signature changes, then the command line's."""
    import griffe

    found = [_breakage(b) for b in griffe.find_breaking_changes(_tree(old["objects"]), _tree(new["objects"]))]
    found += _additions(old["objects"], new["objects"])
    found += _cli_changes(old["cli"], new["cli"])
    return found


def _tree(objects: Objects) -> griffe.Module:
    """A griffe object tree rebuilt from a kept surface (inherited members are already flattened)."""
    import griffe

    root = griffe.Module(PACKAGE)
    nodes: dict[str, Any] = {PACKAGE: root}

    def node(path: str) -> Any:
        if path not in nodes:
            parent_path, _, name = path.rpartition(".")
            module = griffe.Module(name)
            node(parent_path).set_member(name, module)
            nodes[path] = module
        return nodes[path]

    for path in sorted(objects):
        parent_path, _, name = path.rpartition(".")
        record = objects[path]
        obj: Any
        if record["kind"] == "class":
            obj = griffe.Class(name, bases=record.get("bases", []))
        elif record["kind"] == "function":
            parameters = griffe.Parameters(
                *(
                    griffe.Parameter(
                        p_name, annotation=annotation or None, kind=griffe.ParameterKind(kind), default=default
                    )
                    for p_name, kind, annotation, default in record["parameters"]
                )
            )
            obj = griffe.Function(name, parameters=parameters, returns=record["returns"] or None)
        else:
            obj = griffe.Attribute(name, annotation=record["annotation"] or None)
        node(parent_path).set_member(name, obj)
        nodes[path] = obj
    return root


def _breakage(breakage: griffe.Breakage) -> Change:
    path = breakage.obj.path
    old, new = breakage.old_value, breakage.new_value
    if breakage.kind.name.startswith("PARAMETER_"):  # these carry the parameter, old or new
        path = f"{path}({(old or new).name})"
    what = breakage.kind.value.lower()
    if breakage.kind.name == "PARAMETER_CHANGED_DEFAULT":
        what += f": {old.default} -> {new.default}"
    elif breakage.kind.name == "PARAMETER_CHANGED_KIND":
        what += f": {old.kind.value} -> {new.kind.value}"
    elif breakage.kind.name == "OBJECT_CHANGED_KIND":
        what += f": {old.value} -> {new.value}"
    section: Section = "Removed" if "removed" in what else "Changed"
    return Change(section, path, what, True, "code written against the last release fails")


def _additions(old: Objects, new: Objects) -> Iterator[Change]:
    for path in sorted(set(new) - set(old)):
        parent = path.rpartition(".")[0]
        if parent not in new or parent in old:  # list a new class once, not each of its members
            yield Change("Added", path, f"new {new[path]['kind']}")
    for path in sorted(set(old) & set(new)):
        was, now = old[path], new[path]
        if was["kind"] != now["kind"]:
            continue  # griffe reports it
        if now["kind"] == "function":
            old_params = {p[0]: p for p in was["parameters"]}
            for param in now["parameters"]:
                if param[0] not in old_params and param[3] is not None:
                    yield Change("Added", f"{path}({param[0]})", "new optional parameter")
                elif param[0] in old_params and old_params[param[0]][2] != param[2]:
                    what = f"annotation {old_params[param[0]][2]} -> {param[2]}"
                    yield Change("Changed", f"{path}({param[0]})", what)
            if was["returns"] != now["returns"]:
                yield Change("Changed", path, f"returns {now['returns']} (was {was['returns']})")
        elif now["kind"] == "attribute" and was["annotation"] != now["annotation"]:
            yield Change("Changed", path, f"annotation {was['annotation']} -> {now['annotation']}")
