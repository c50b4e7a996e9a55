"""Results as JSON on stdout: indented for people at a terminal, one compact line for pipes."""

from __future__ import annotations

import json
from typing import Any, TextIO

from .._runtime.core import jsonable


def wants_pretty(choice: bool | None, stream: TextIO) -> bool:
    if choice is not None:
        return choice
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def write_json(value: Any, stream: TextIO, *, pretty: bool) -> None:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    ascii_only = encoding not in {"utf8", "utf8sig"}  # escaped text stays valid JSON on any terminal
    if pretty:
        text = json.dumps(jsonable(value), indent=2, ensure_ascii=ascii_only)
    else:
        text = json.dumps(jsonable(value), separators=(",", ":"), ensure_ascii=ascii_only)
    stream.write(text + "\n")
    stream.flush()
