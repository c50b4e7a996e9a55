"""The slowest step of generation (pydantic models), started first in a second process.

This module imports only the standard library up front, so the process starts at once.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import ir


def _models_from_files(spec_dir: Path) -> tuple[dict[str, Any], frozenset[str], str]:
    # Only what this step needs: the checking loader and the templates would delay its start.
    from .python.pydantic_models import models_module, own_formats
    from .spec_files import read_formats, read_schemas
    from .yamlpos import load_yaml

    schemas = read_schemas(spec_dir)
    formats = own_formats(read_formats(load_yaml(spec_dir / "formats.yaml").data))
    return schemas, formats, models_module(schemas, formats)


class ModelsInBackground:
    """Runs datamodel-code-generator (most of the generation time) in a second process from the raw
    spec files while the main process loads and checks the spec; the result is used only if the
    schemas it saw are exactly those of the checked spec."""

    def __init__(self, spec_dir: Path) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        self._future: Future[tuple[dict[str, Any], frozenset[str], str]] = self._pool.submit(
            _models_from_files, spec_dir
        )

    def result(self, spec: ir.Spec) -> str:
        from .python.pydantic_models import models_module, own_formats

        formats = own_formats(spec.formats)
        try:
            schemas, seen_formats, code = self._future.result()
        except Exception:  # a spec broken in a way the checks report; they decide, not this shortcut
            schemas, seen_formats, code = {}, frozenset(), ""
        finally:
            self._pool.shutdown()
        return code if (schemas, seen_formats) == (spec.schemas, formats) else models_module(spec.schemas, formats)

    def cancel(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
