"""The slowest step of generation (pydantic models), run in a second process.

The process starts first and imports datamodel-code-generator (most of the step's cost) while the
main process reads the spec; it is handed the schemas as soon as every file is read (the YAML is
parsed once, in the main process), makes and formats the models while the loader checks the spec,
and its result is used only if what it was given is exactly what the checked spec holds. This
module imports only the standard library up front, so the process starts at once.
"""

from __future__ import annotations

import importlib
import multiprocessing
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ir
    from .python.pydantic_models import ModelsInput
    from .yamlpos import LoadedFile


# datamodel-code-generator's heavy modules, which its `generate` imports on first use (most of its cost).
_TOOL_MODULES = (
    "datamodel_code_generator.config",
    "datamodel_code_generator.parser.jsonschema",
    "datamodel_code_generator.model.pydantic_v2",
)


def _import_the_tool() -> None:
    for name in _TOOL_MODULES:
        importlib.import_module(name)


def formatted_models(given: ModelsInput) -> dict[str, bytes]:
    """The models package's modules, formatted, by path under generated/."""
    from .formatting import format_python
    from .python.pydantic_models import model_modules

    code = {path: text.encode("utf-8") for path, text in model_modules(given).items()}
    with tempfile.TemporaryDirectory(prefix="tuya-gen-models-") as tmp:
        return format_python(code, Path(tmp))


class ModelsInBackground:
    """datamodel-code-generator (most of the generation time) in a second process, in parallel with
    the spec's checks; `start` is the loader's `on_read` hook."""

    def __init__(self) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        self._pool.submit(_import_the_tool)
        self._given: ModelsInput | None = None
        self._future: Future[dict[str, bytes]] | None = None

    def start(self, files: list[LoadedFile], root: Path) -> None:
        """Hand the model step the schemas of the spec files just read (not yet checked)."""
        from .python.pydantic_models import models_input, own_formats
        from .spec_files import read_formats, read_schemas

        try:
            schemas, origin = read_schemas(files, root)
            formats = next(f.data for f in files if isinstance(f.data, dict) and f.data.get("kind") == "formats")
            self._given = models_input(schemas, origin, own_formats(read_formats(formats)))
        except Exception:  # a spec broken in a way the checks report; they decide, not this shortcut
            return
        self._future = self._pool.submit(formatted_models, self._given)

    def result(self, spec: ir.Spec) -> dict[str, bytes]:
        from .python.pydantic_models import spec_models_input

        expected = spec_models_input(spec)
        try:
            if self._future is not None and self._given == expected:
                return self._future.result()
        except Exception:  # made from what the checks later refused; the checked spec decides
            pass
        finally:
            self._pool.shutdown()
        return formatted_models(expected)

    def cancel(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
