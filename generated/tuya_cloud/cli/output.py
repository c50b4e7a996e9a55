"""Results as JSON on stdout: indented for people at a terminal, one compact line for pipes."""

from __future__ import annotations

import json
from typing import Any, TextIO


def _plain(value: Any) -> Any:
    """Models (a result's items) as their wire-named dicts; a result is otherwise plain JSON already."""
    dump = getattr(value, "model_dump", None)
    if dump is None:
        raise TypeError(f"{type(value).__name__} is not JSON")
    return dump(mode="json", by_alias=True, exclude_none=True)


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
        text = json.dumps(value, indent=2, ensure_ascii=ascii_only, default=_plain)
    else:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=ascii_only, default=_plain)
    stream.write(text + "\n")
    stream.flush()
