"""Build the whole generated tree in memory, format it with ruff, and write or compare it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from . import docs, ir, openapi
from .early import EarlyModels
from .python.build import VERSION, PythonTarget, models_module

RUFF_CONFIG = Path(__file__).resolve().parent / "python" / "ruff.toml"


def build_tree(spec: ir.Spec, early_models: EarlyModels | None = None) -> dict[str, bytes]:
    """Every generated file, relative to generated/, with its exact bytes."""
    openapi_text = openapi.dumps(openapi.export(spec, VERSION))
    files: dict[str, str] = {"openapi.json": openapi_text}
    files["docs/coverage.md"] = docs.coverage_md(spec)
    files["docs/api.md"] = docs.api_md(spec)
    models = early_models.result(spec) if early_models is not None else models_module(spec.schemas)
    files.update(PythonTarget(spec).files(openapi_text, models))
    return _format_python({path: text.encode("utf-8") for path, text in files.items()})


def _ruff() -> str:
    try:
        from ruff.__main__ import find_ruff_bin

        return str(find_ruff_bin())
    except ImportError:  # pragma: no cover - ruff installed outside this environment
        found = shutil.which("ruff")
        if found is None:
            raise RuntimeError("ruff is needed to format generated code: pip install ruff") from None
        return found


def _format_python(files: dict[str, bytes]) -> dict[str, bytes]:
    """ruff fix (imports, unused names, modern syntax) then ruff format, with the generator's pinned config."""
    with tempfile.TemporaryDirectory(prefix="tuya-gen-") as tmp:
        base = Path(tmp)
        py_files = [path for path in files if path.endswith(".py")]
        for path in py_files:
            target = base / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[path])
        ruff = _ruff()
        common = ["--config", str(RUFF_CONFIG), "--no-cache", "--quiet"]
        subprocess.run([ruff, "check", "--fix-only", "--exit-zero", *common, str(base)], check=True)
        subprocess.run([ruff, "format", *common, str(base)], check=True)
        return {path: (base / path).read_bytes() if path in py_files else data for path, data in files.items()}


def _existing(out: Path) -> set[str]:
    """Files under `out`, leaving out what Python and packaging tools put there (caches, egg-info)."""
    if not out.exists():
        return set()
    return {
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and not any(part == "__pycache__" or part.endswith(".egg-info") for part in p.parts)
    }


def write_tree(files: dict[str, bytes], out: Path) -> int:
    """Write `files` under `out`, removing files that are no longer generated; return how many changed."""
    changed = 0
    for stale in sorted(_existing(out) - set(files)):
        (out / stale).unlink()
        changed += 1
    for path, data in sorted(files.items()):
        target = out / path
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        changed += 1
    for directory in sorted((p for p in out.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return changed


def check_tree(files: dict[str, bytes], out: Path) -> list[str]:
    """Lines naming every generated file that is missing, different or no longer generated."""
    problems = []
    existing = _existing(out)
    for path in sorted(set(files) | existing):
        if path not in existing:
            problems.append(f"missing: {path}")
        elif path not in files:
            problems.append(f"not generated (remove it): {path}")
        elif (out / path).read_bytes() != files[path]:
            problems.append(f"differs: {path}")
    return problems
