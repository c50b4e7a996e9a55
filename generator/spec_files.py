"""Spec files read as they are, without checks: what the loader builds on, and what the background
model step is given while the loader is still checking. Only the standard library and the IR, so a
process that needs no more starts at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import ir
from .yamlpos import LoadedFile

SchemaOrigin = tuple[str, str | None]  # (spec file relative to the spec's parent, its group; None: schemas.yaml)


def read_schemas(files: list[LoadedFile], root: Path) -> tuple[dict[str, ir.Schema], dict[str, SchemaOrigin]]:
    """Every named schema of `files` with where it is defined, read without any checks (the loader
    checks them); `root` is the directory the file names are relative to."""
    schemas: dict[str, ir.Schema] = {}
    origin: dict[str, SchemaOrigin] = {}
    for loaded in files:
        data = loaded.data
        if isinstance(data, dict) and isinstance(data.get("schemas"), dict):
            group = data.get("group") if data.get("kind") == "group" else None
            for name, schema in data["schemas"].items():
                schemas[name] = schema
                origin[name] = (loaded.path.relative_to(root).as_posix(), group)
    return schemas, origin


def read_formats(data: dict[str, Any]) -> tuple[ir.Format, ...]:
    """The entries of spec/formats.yaml, as they are (the loader checks them)."""
    return tuple(
        ir.Format(
            f["name"],
            f["type"],
            f.get("minimum"),
            f.get("below"),
            f["words"],
            bool(f.get("standard", False)),
            tuple(f.get("any_of", ())),
        )
        for f in data["formats"]
    )
