"""ruff over generated Python code, with the generator's pinned config (only the standard library, so
the background model step can format its own files)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

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

    The Python files are written under `base` (an empty scratch directory) and formatted there; the
    config names the package first-party, so a part of it formats the same as the whole.
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
