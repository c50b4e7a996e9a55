"""ruff over generated Python code, with the generator's pinned config (only the standard library, so
the background model step can format its own files)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from . import cache

RUFF_CONFIG = Path(__file__).resolve().parent / "python" / "ruff.toml"


def _ruff() -> str:
    try:
        from ruff.__main__ import find_ruff_bin

        return str(find_ruff_bin())
    except ImportError:  # pragma: no cover - ruff installed outside this environment
        found = shutil.which("ruff")
        if found is None:
            raise RuntimeError("ruff is needed to format generated code: pip install ruff") from None
        return found


def format_python(files: dict[str, bytes], base: Path) -> dict[str, bytes]:
    """ruff fix (imports, unused names, modern syntax) then ruff format, with the generator's pinned config.

    Each file formats the same alone as with the whole package (the config names the package
    first-party), so each result is cached by the file's path and text; ruff runs on the others,
    written under `base` (an empty scratch directory).
    """
    settings = (cache.version("ruff"), RUFF_CONFIG.read_bytes())
    keys = {path: cache.key(*settings, path, data) for path, data in files.items() if path.endswith(".py")}
    done = {path: cache.load("ruff", entry) for path, entry in keys.items()}
    todo = [path for path, found in done.items() if found is None]
    if todo:
        for path in todo:
            target = base / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[path])
        ruff = _ruff()
        common = ["--config", str(RUFF_CONFIG), "--no-cache", "--quiet"]
        targets = [str(base / path) for path in todo]
        subprocess.run([ruff, "check", "--fix-only", "--exit-zero", *common, *targets], check=True)
        subprocess.run([ruff, "format", *common, *targets], check=True)
        for path in todo:
            formatted = done[path] = (base / path).read_bytes()
            cache.store("ruff", keys[path], formatted)
    return {path: done.get(path) or data for path, data in files.items()}
