"""Deprecated operations, parameters and fields keep working and warn once per process."""

from __future__ import annotations

import sys
import threading
import warnings
from pathlib import Path

_PACKAGE = str(Path(__file__).resolve().parent.parent)
_warned: set[str] = set()
_lock = threading.Lock()


def warn_once(message: str) -> None:
    """A DeprecationWarning pointing at the caller's own line, the first time `message` comes up."""
    with _lock:
        if message in _warned:
            return
        warnings.warn(message, DeprecationWarning, stacklevel=_first_frame_outside_package())
        _warned.add(message)  # only once warned: a filter that turns the warning into an error raises each time


def _first_frame_outside_package() -> int:
    """The stacklevel (for warnings.warn in warn_once) of the nearest caller outside tuya_cloud."""
    frame = sys._getframe(1)  # warn_once: stacklevel 1
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level
