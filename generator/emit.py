"""Build the whole generated tree in memory, format it with ruff, and write or compare it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from . import docs, ir, openapi
from .background import ModelsInBackground
from .python.build import MODELS_FILE, PythonTarget
from .python.pydantic_models import models_module, own_formats
from .typescript.build import TypeScriptTarget

RUFF_CONFIG = Path(__file__).resolve().parent / "python" / "ruff.toml"


def build_tree(spec: ir.Spec, models_in_background: ModelsInBackground | None = None) -> dict[str, bytes]:
    """Every generated file, relative to generated/, with its exact bytes.

    Everything but the pydantic models is rendered and formatted while the background process is
    still making them (the longest step), then the models are formatted in the same tree.
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
        base = Path(tmp)
        tree = _format_python({path: text.encode("utf-8") for path, text in files.items()}, base)
        if models_in_background is not None:
            models = models_in_background.result(spec)
        else:
            models = models_module(spec.schemas, own_formats(spec.formats))
        tree.update(_format_python({MODELS_FILE: models.encode("utf-8")}, base))
    return tree


def _ruff() -> str:
    try:
        from ruff.__main__ import find_ruff_bin

        return str(find_ruff_bin())
    except ImportError:  # pragma: no cover - ruff installed outside this environment
        found = shutil.which("ruff")
        if found is None:
            raise RuntimeError("ruff is needed to format generated code: pip install ruff") from None
        return found


def _format_python(files: dict[str, bytes], base: Path) -> dict[str, bytes]:
    """ruff fix (imports, unused names, modern syntax) then ruff format, with the generator's pinned config.

    The Python files are written under `base` and formatted there; files already under `base` stay,
    so that ruff sees the whole package (first-party imports) whichever part it formats.
    """
    py_files = [path for path in files if path.endswith(".py")]
    if not py_files:
        return dict(files)
    for path in py_files:
        target = base / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[path])
    ruff = _ruff()
    common = ["--config", str(RUFF_CONFIG), "--no-cache", "--quiet"]
    targets = [str(base / path) for path in py_files]
    subprocess.run([ruff, "check", "--fix-only", "--exit-zero", *common, *targets], check=True)
    subprocess.run([ruff, "format", *common, *targets], check=True)
    return {path: (base / path).read_bytes() if path in py_files else data for path, data in files.items()}


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
