"""Build the whole generated tree in memory, format it with ruff, and write or compare it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from . import docs, ir, openapi
from .background import ModelsInBackground, cached_models
from .formatting import format_python
from .python.build import PythonTarget
from .python.pydantic_models import spec_models_input
from .typescript.build import TypeScriptTarget


def build_tree(spec: ir.Spec, models_in_background: ModelsInBackground | None = None) -> dict[str, bytes]:
    """Every generated file, relative to generated/, with its exact bytes.

    Everything but the pydantic models is rendered and formatted while the background process is
    still making them (the longest step); it formats its own files.
    """
    files: dict[str, str] = {
        "docs/coverage.md": docs.coverage_md(spec),
        "docs/api.md": docs.api_md(spec),
        **PythonTarget(spec).files(openapi.dumps(openapi.export(spec))),
        **TypeScriptTarget(spec).files(),
    }
    if spec.events is not None:
        from .event_docs import events_md

        files["docs/events.md"] = events_md(spec.events)
    with tempfile.TemporaryDirectory(prefix="tuya-gen-") as tmp:
        tree = format_python({path: text.encode("utf-8") for path, text in files.items()}, Path(tmp))
    if models_in_background is not None:
        tree.update(models_in_background.result(spec))
    else:
        tree.update(cached_models(spec_models_input(spec)))
    return tree


# The first line of every file the generator writes that can carry a comment; a file that has it
# and is no longer written is stale, and a file without it is hand-written and never touched.
GENERATED_MARK = "by `python -m generator`; do not edit."
# What tools put in the tree that is neither generated nor hand-written.
_IGNORED_PARTS = {"__pycache__", "node_modules", "dist", "dist-test", ".mypy_cache", ".ruff_cache"}


def _on_disk(out: Path) -> set[str]:
    """Files under `out`, leaving out caches, build output and egg-info."""
    if not out.exists():
        return set()
    return {
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and not any(part in _IGNORED_PARTS or part.endswith(".egg-info") for part in p.parts)
    }


def is_marked(path: Path) -> bool:
    """Whether the file opens with the generated header (its first line names the generator)."""
    with path.open("rb") as handle:
        first = handle.readline(400)
    return GENERATED_MARK.encode() in first


def _stale(files: dict[str, bytes], out: Path) -> list[str]:
    """Files under `out` that carry the generated header but are no longer generated."""
    return sorted(path for path in _on_disk(out) - set(files) if is_marked(out / path))


def write_tree(files: dict[str, bytes], out: Path) -> int:
    """Write `files` under `out` and remove stale generated files; return how many changed.

    Hand-written files (no generated header) beside them are never touched.
    """
    changed = 0
    for stale in _stale(files, out):
        (out / stale).unlink()
        changed += 1
    for path, data in sorted(files.items()):
        target = out / path
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        changed += 1
    return changed


def check_tree(files: dict[str, bytes], out: Path) -> list[str]:
    """Lines naming every generated file that is missing, different or stale (generated, no longer written)."""
    problems = []
    for path in sorted(files):
        target = out / path
        if not target.exists():
            problems.append(f"missing: {path}")
        elif target.read_bytes() != files[path]:
            problems.append(f"differs: {path}")
    problems += [f"not generated (remove it): {path}" for path in _stale(files, out)]
    return problems
