"""The slowest step of generation (pydantic models), run in a second process, or not at all.

The main process parses the spec once and hands this step the schemas as soon as every file is
read. If the cache (cache.py) already holds the output for exactly this input, that is the result.
Otherwise a second process makes and formats the models while the loader checks the spec, and its
result is used only if what it was given is exactly what the checked spec holds. When the spec's
files are not the ones of an earlier run, that process starts first, importing
datamodel-code-generator (most of the step's cost) while the main process reads the spec. This
module imports only the standard library up front, so the process starts at once.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
import tempfile
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache

if TYPE_CHECKING:
    from . import ir
    from .python.pydantic_models import ModelsInput
    from .yamlpos import LoadedFile

# datamodel-code-generator's heavy modules, which its `generate` imports on first use.
_TOOL_MODULES = (
    "datamodel_code_generator.config",
    "datamodel_code_generator.parser.jsonschema",
    "datamodel_code_generator.model.pydantic_v2",
)
# The generator code the models depend on, beside their input (ruff's own files are in formatting's keys).
_CODE = ("python/pydantic_models.py", "python/annotations.py", "python/__init__.py", "background.py")


def formatted_models(given: ModelsInput) -> dict[str, bytes]:
    """The models package's modules, formatted, by path under generated/."""
    from .formatting import format_python
    from .python.pydantic_models import model_modules

    code = {path: text.encode("utf-8") for path, text in model_modules(given).items()}
    with tempfile.TemporaryDirectory(prefix="tuya-gen-models-") as tmp:
        return format_python(code, Path(tmp))


def _key(given: ModelsInput) -> str:
    fields = {**given.__dict__, "own_formats": sorted(given.own_formats)}
    code = [(Path(__file__).parent / name).read_bytes() for name in _CODE]
    return cache.key(json.dumps(fields, sort_keys=True, default=repr), *code, cache.version("datamodel-code-generator"))


def _load(entry: str) -> dict[str, bytes] | None:
    found = cache.load("models", entry)
    try:
        return None if found is None else {p: t.encode("utf-8") for p, t in json.loads(found).items()}
    except (ValueError, AttributeError):
        return None


def _store(entry: str, files: dict[str, bytes]) -> None:
    cache.store("models", entry, json.dumps({p: b.decode("utf-8") for p, b in files.items()}).encode("utf-8"))


def cached_models(given: ModelsInput) -> dict[str, bytes]:
    """formatted_models(given), from the cache when it has them (and kept there when not)."""
    entry = _key(given)
    found = _load(entry)
    if found is None:
        found = formatted_models(given)
        _store(entry, found)
    return found


def _serve(conn: Connection) -> None:
    """The second process: import the tool at once, then make the models of the input it is sent."""
    for name in _TOOL_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # reported by `generate` itself, in the main process's fallback
            break
    try:
        given = conn.recv()
    except EOFError:  # not needed after all
        return
    try:
        conn.send((True, formatted_models(given)))
    except Exception as exc:
        conn.send((False, f"{type(exc).__name__}: {exc}"))


class _Worker:
    """A second process running `_serve`; stopped (killed if need be) when no longer needed."""

    def __init__(self) -> None:
        methods = multiprocessing.get_all_start_methods()
        # fork where there is one: the child has the generator loaded already (typeshed's BaseContext
        # lacks Process, hence Any).
        context: Any = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()

    def send(self, given: ModelsInput) -> None:
        self._conn.send(given)

    def receive(self) -> dict[str, bytes]:
        ok, value = self._conn.recv()  # EOFError when the process died
        if not ok:
            raise RuntimeError(value)
        return dict(value)

    def stop(self) -> None:
        self._conn.close()
        self._process.kill()
        self._process.join(timeout=5)


def _files_hint(spec_dir: Path) -> str:
    """A key of the spec's files as written: seen before, the models are most likely cached."""
    files = sorted(spec_dir.rglob("*.yaml"))
    code = [(Path(__file__).parent / name).read_bytes() for name in _CODE]
    return cache.key(*(str(path) for path in files), *(path.read_bytes() for path in files), *code)


class ModelsInBackground:
    """The model step started from the spec files as read, in parallel with the spec's checks;
    `start` is the loader's `on_read` hook."""

    def __init__(self, spec_dir: Path) -> None:
        self._hint = _files_hint(spec_dir)
        self._worker = _Worker() if cache.load("seen", self._hint) is None else None
        self._given: ModelsInput | None = None
        self._entry = ""
        self._cached: dict[str, bytes] | None = None

    def start(self, files: list[LoadedFile], root: Path) -> None:
        """Look the schemas of the spec files just read (not yet checked) up in the cache, or have the
        second process make their models."""
        from .python.pydantic_models import models_input, own_formats
        from .spec_files import read_formats, read_schemas

        try:
            schemas, origin = read_schemas(files, root)
            formats = next(f.data for f in files if isinstance(f.data, dict) and f.data.get("kind") == "formats")
            self._given = models_input(schemas, origin, own_formats(read_formats(formats)))
        except Exception:  # a spec broken in a way the checks report; they decide, not this shortcut
            return
        self._entry = _key(self._given)
        self._cached = _load(self._entry)
        if self._cached is not None:
            self.cancel()
            return
        if self._worker is None:
            self._worker = _Worker()
        self._worker.send(self._given)

    def result(self, spec: ir.Spec) -> dict[str, bytes]:
        from .python.pydantic_models import spec_models_input

        expected = spec_models_input(spec)
        cache.store("seen", self._hint, b"")
        if self._given != expected:  # the checks changed nothing so far; if they ever do, they win
            self.cancel()
            return cached_models(expected)
        if self._cached is not None:
            return self._cached
        try:
            assert self._worker is not None
            made = self._worker.receive()
        except Exception:  # made from what the checks later refused; the checked spec decides
            return cached_models(expected)
        finally:
            self.cancel()
        _store(self._entry, made)
        return made

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None
