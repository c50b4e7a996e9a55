"""The public Python surface equals the committed snapshot (tests/snapshots/public_surface.json).

The surface: every `client.<group>.<method>` and `iter_` signature of both clients (TuyaCloud and
AsyncTuyaCloud), both clients' constructors, the package's exported names, the error classes and
their bases, every model's fields, and the usage line of every CLI command. A change here is a
change users see: refresh the snapshot on purpose with
`UPDATE_SURFACE_SNAPSHOT=1 pytest tests/test_public_surface.py`, and say why in the commit.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import json
import os
import re
from pathlib import Path
from typing import Any

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "public_surface.json"


def _help(argv: list[str]) -> str:
    """What `tuya-cloud ARGV --help` prints."""
    from tuya_cloud.cli.main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main([*argv, "--help"])
    return out.getvalue()


def _usage(argv: list[str]) -> str:
    return " ".join(_help(argv).split("\n\n", 1)[0].split())


def _listed(argv: list[str]) -> list[str]:
    """The groups (no argv) or a group's commands, as the help lists them."""
    text = _help(argv)
    listing = text.split("\ncommands:\n" if argv else "\ngroups:\n", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^  ([a-z][a-z0-9-]*)(?:  |$)", listing, flags=re.M)


def public_surface() -> dict[str, Any]:
    import pydantic

    import tuya_cloud
    from tuya_cloud import errors, models

    settings: dict[str, Any] = {"access_id": "id", "access_secret": "secret", "base_url": "http://127.0.0.1:9"}
    client = tuya_cloud.TuyaCloud(**settings)
    async_client = tuya_cloud.AsyncTuyaCloud(**settings)  # sends nothing, opens nothing
    operations: dict[str, str] = {}
    async_operations: dict[str, str] = {}
    document = json.loads((Path(tuya_cloud.__file__).parent / "openapi.json").read_text(encoding="utf-8"))
    for path in document["paths"].values():
        for op in path.values():
            group, method = op["operationId"].split(".")
            for target, found in ((client, operations), (async_client, async_operations)):
                resource = type(getattr(target, group))
                for name in (method, f"iter_{method}"):
                    if hasattr(resource, name):
                        found[f"{group}.{name}"] = str(inspect.signature(getattr(resource, name)))
    model_fields: dict[str, dict[str, str]] = {}
    for name in sorted(dir(models)):
        value = getattr(models, name)
        if inspect.isclass(value) and issubclass(value, pydantic.BaseModel) and value.__module__ == models.__name__:
            model_fields[name] = {
                field: f"{info.annotation!r}{'' if info.is_required() else ' = optional'}"
                for field, info in value.model_fields.items()
            }
    error_classes = {
        name: [base.__name__ for base in value.__mro__[1:] if base.__module__.startswith("tuya_cloud")]
        for name, value in sorted(vars(errors).items())
        if inspect.isclass(value) and issubclass(value, tuya_cloud.TuyaError)
    }
    commands: dict[str, str] = {}
    commands["fake-cloud"] = _usage(["fake-cloud"])
    for group in (g for g in _listed([]) if g != "fake-cloud"):
        for command in _listed([group]):
            commands[f"{group} {command}"] = _usage([group, command])
    return {
        "exports": sorted(tuya_cloud.__all__),
        "client": str(inspect.signature(tuya_cloud.TuyaCloud.__init__)),
        "operations": dict(sorted(operations.items())),
        "async_client": str(inspect.signature(tuya_cloud.AsyncTuyaCloud.__init__)),
        "async_operations": dict(sorted(async_operations.items())),
        "errors": error_classes,
        "models": model_fields,
        "cli": commands,
    }


def test_public_surface_matches_the_snapshot() -> None:
    current = public_surface()
    if os.environ.get("UPDATE_SURFACE_SNAPSHOT") == "1":
        SNAPSHOT.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    for part in ("exports", "client", "operations", "async_client", "async_operations", "errors", "models", "cli"):
        assert current[part] == expected[part], f"the public surface changed in {part!r}"
    assert len(current["operations"]) > 73 and len(current["cli"]) == 73 + 1
    assert current["async_operations"].keys() == current["operations"].keys()
