"""`client.request(method, path, params=, body=)`: the checks and the wire form of a call the spec may lack.

Everything else (signing, tokens, limits, hooks, retries, errors) is the operations' own code path
in core.py: a generic call is prepared into the same `Prepared` form, with an operation descriptor
made for it whose id is `request` (what hooks, logs, errors and `operation_rate_limits` see).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from .errors import TuyaValidationError
from .operation import Operation

OPERATION_ID = "request"
METHODS = ("GET", "POST", "PUT", "DELETE")  # the methods of Tuya's OpenAPI
# RFC 3986 path characters: unreserved, sub-delims, ":", "@", "/" and %XX escapes; anything else must be escaped
_PATH = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")


def _model(value: object) -> Any:
    """A pydantic model in a body becomes its wire-named dict, as in the operations' bodies."""
    dump = getattr(value, "model_dump", None)
    if dump is None:
        raise TypeError(f"{type(value).__name__} is not JSON")
    return dump(mode="json", by_alias=True, exclude_none=True)


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_model)


def _invalid(param: str, rule: str) -> TuyaValidationError:
    return TuyaValidationError(OPERATION_ID, param, rule)


def check_method(method: object) -> str:
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise _invalid("method", f"must be one of {', '.join(METHODS)}, got {_shown(method)}")
    return method.upper()


def check_path(path: object) -> str:
    if not isinstance(path, str):
        raise _invalid("path", f"must be a string, got {type(path).__name__}")
    if not path.startswith("/"):
        raise _invalid("path", "must start with '/', e.g. /v1.0/devices/ID (the base URL comes from the client)")
    if "?" in path or "#" in path:
        raise _invalid("path", "must hold no query or fragment: pass the query as params")
    if not _PATH.fullmatch(path):
        bad = next((c for c in path if not _PATH.fullmatch(c) and c != "%"), "%")
        raise _invalid("path", f"must be percent-encoded: {bad!r} cannot be sent as it is (see urllib.parse.quote)")
    segments = path[1:].split("/")
    if any(segment in {".", ".."} for segment in segments) or "" in segments[:-1]:
        raise _invalid("path", "must have no empty, '.' or '..' segments")
    return path


def query_pairs(params: object) -> tuple[tuple[str, str], ...]:
    """The query as (name, text) pairs, written as the operations write theirs; None values are left out."""
    if params is None:
        return ()
    if not isinstance(params, Mapping):
        raise _invalid("params", f"must be a mapping of names to values, got {type(params).__name__}")
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if not isinstance(name, str) or not name:
            raise _invalid("params", f"names must be non-empty strings, got {_shown(name)}")
        _check_text(name, "params")
        where = f"params[{name!r}]"
        if value is None:
            continue
        listed = isinstance(value, list | tuple)
        items = value if listed else [value]
        for index, item in enumerate(items):
            _check_scalar(item, where)
            if listed and isinstance(item, str) and "," in item:  # it would arrive as several items
                raise _invalid(f"{where}[{index}]", "must not contain ',' (it separates the items of a list)")
        try:
            pairs.append((name, ",".join(_text(item) for item in items)))  # a list goes comma-separated
        except ValueError as exc:  # an integer too long to write
            raise _invalid(where, str(exc)) from None
    return tuple(pairs)


def body_bytes(body: object, method: str) -> bytes | None:
    """The JSON body, compact and UTF-8; None for no body."""
    if body is None:
        return None
    if method == "GET":
        raise _invalid("body", "a GET request sends no body: pass the values as params")
    try:
        return _ENCODER.encode(body).encode("utf-8")
    except RecursionError:
        raise _invalid("body", "is nested too deeply to encode") from None
    except UnicodeEncodeError:
        raise _invalid("body", "holds text that is not valid Unicode (a lone surrogate)") from None
    except TypeError as exc:
        raise _invalid("body", f"must be JSON values only: {exc}") from None
    except ValueError as exc:  # NaN or infinity, a circular reference, an integer too long to write
        raise _invalid("body", f"is not valid JSON: {exc}") from None


def operation(method: str, path: str, token_operations: tuple[Operation, ...]) -> Operation:
    """The descriptor of one generic call: retry-safe only for GET; signed without a token for the token calls."""
    token_call = any(op.method == method and _fits(op.path, path) for op in token_operations)
    return Operation(OPERATION_ID, method, path, "client" if token_call else "token", retry_safe=method == "GET")


def shown_path(path: str, refresh: Operation) -> str:
    """The path for logs, hooks and errors: a refresh token in it (the spec's sensitive path value) reads ***."""
    if not _fits(refresh.path, path):
        return path
    sensitive = {p.name for p in refresh.params if p.sensitive and p.location == "path"}
    shown = [
        "***" if template[1:-1] in sensitive else given
        for template, given in zip(refresh.path.split("/"), path.split("/"), strict=True)
    ]
    return "/".join(shown)


def _fits(template: str, path: str) -> bool:
    wanted, given = template.split("/"), path.split("/")
    return len(wanted) == len(given) and all(
        w == g or (w.startswith("{") and bool(g)) for w, g in zip(wanted, given, strict=True)
    )


def _check_scalar(value: object, where: str) -> None:
    if isinstance(value, str):
        _check_text(value, where)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _invalid(where, f"must be a finite number, got {value!r}")
    elif not isinstance(value, int):  # bool is an int
        raise _invalid(where, f"must be a string, number or boolean (or a list of them), got {type(value).__name__}")


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _invalid(where, "is not valid Unicode text (a lone surrogate)") from None


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
