"""Results of the generator's slow steps kept by the hash of everything they are made from: the
models (datamodel-code-generator), ruff's formatting of each file, a spec file's JSON Schema check,
and the compiled templates. A run that changed nothing the step depends on (most runs, and every
`--check`) skips the step.

A key covers a step's whole input and the versions of the tools that make the result, so the same
key always stands for the same bytes: output stays deterministic, cold or warm. The cache lives in
`$TUYA_GENERATOR_CACHE` (default: the user's cache directory); `TUYA_GENERATOR_CACHE=off` turns it
off. An entry that cannot be read or written is ignored: the step then simply runs.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

_KEPT = 400  # entries kept per kind; the oldest are removed as new ones are written


def cache_dir() -> Path | None:
    chosen = os.environ.get("TUYA_GENERATOR_CACHE")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tuya-cloud-sdk" / "generator"


@cache
def version(tool: str) -> str:
    return metadata.version(tool)


def key(*parts: bytes | str) -> str:
    """A key for a result made from `parts` (with the Python version, which every step depends on)."""
    digest = hashlib.sha256(sys.version.encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def load(kind: str, entry: str) -> bytes | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return (folder / kind / entry).read_bytes()
    except OSError:
        return None


def store(kind: str, entry: str, data: bytes) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        (folder / kind).mkdir(parents=True, exist_ok=True)
        target = folder / kind / entry
        partial = target.with_name(f"{entry}.{os.getpid()}.tmp")  # written whole, then renamed: never half
        partial.write_bytes(data)
        os.replace(partial, target)
        entries = list(os.scandir(folder / kind))
        if len(entries) > _KEPT:
            for old in sorted(entries, key=lambda e: e.stat().st_mtime)[: len(entries) - _KEPT]:
                Path(old.path).unlink(missing_ok=True)
    except OSError:
        pass


def templates() -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates (keyed by each template's source), in the same folder."""
    import jinja2

    folder = cache_dir()
    if folder is None:
        return None
    try:
        (folder / "jinja").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder / "jinja"))
