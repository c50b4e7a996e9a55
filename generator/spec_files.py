"""Spec files read as they are, without checks: what the loader builds on, and what the background
model step reads while the loader is still checking. Only the standard library, yaml and the IR, so a
process that needs no more starts at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import ir
from .yamlpos import load_yaml


def read_schemas(spec_dir: Path) -> dict[str, ir.Schema]:
    """Every named schema, read without any checks: lets slow work start while the loader checks."""
    schemas: dict[str, ir.Schema] = {}
    for path in sorted(spec_dir.rglob("*.yaml")):
        data = load_yaml(path).data
        if isinstance(data, dict) and data.get("kind") in {"schemas", "group"}:
            schemas.update(data.get("schemas") or {})
    return schemas


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
