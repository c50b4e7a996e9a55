"""The part of a call that does no I/O, shared by the sync and the async client.

Validating and preparing arguments, signing, reading a reply, classifying errors, deciding on
retries and token renewals, parsing the result and walking pages happen here, once. A call is a
generator (`ClientCore.call_flow`) that yields the steps needing I/O (get a token, send a request,
sleep, replace a rejected token) and receives their outcomes; each client drives it with its own
transport, sleep and lock (client.py: requests and threads, aio.py: aiohttp and asyncio). This
module imports neither requests nor aiohttp.
"""

from __future__ import annotations

import contextvars
import copy
import json
import logging
import math
import os
import random
import re
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import quote, urlsplit

from . import generic, signing
from .deprecation import warn_once
from .errors import (
    TuyaAPIError,
    TuyaConfigError,
    TuyaError,
    TuyaResponseError,
    TuyaTimeoutError,
    TuyaValidationError,
)
from .hooks import Hooks, RequestEvent, RequestHook, ResponseHook
from .limits import AnyRateLimiter, Gate, as_rate_limiter
from .replies import read_result
from .resource import AsyncResource, Resource
from .tokens import Token
from .validation import Invalid, check, describe_test, rule_holds, values_at

if TYPE_CHECKING:
    from .operation import Operation

logger = logging.getLogger("tuya_cloud")

C = TypeVar("C", bound="ClientCore")
Timeout = float | tuple[float, float]

DEFAULT_TIMEOUT: Timeout = (5.0, 30.0)  # (connect, whole call) seconds: no call can hang forever
MAX_CONNECT_TIMEOUT = 5.0  # a plain number `timeout=t` connects within min(5, t) and ends within t
DEFAULT_MAX_RETRIES = 2
MAX_ARGUMENT_DEPTH = 100  # no argument of the spec nests deeper; a circular list stops here too
MAX_INT_DIGITS = 4000  # integers beyond this are refused as arguments (Python prints at most 4,300 digits)
MAX_REPLY_DEPTH = 500  # a successful reply nested deeper is refused with TuyaResponseError
MAX_TOKEN_LIFETIME = 366 * 24 * 3600  # seconds; Tuya's tokens live 2 hours, longer is a broken reply
MAX_CLOCK_OFFSET = 10 * 365 * 24 * 3600.0  # seconds a 1013 reply's `t` may differ from this clock
_MAX_INT_BITS = int(MAX_INT_DIGITS * math.log2(10)) + 1
RETRY_BASE_DELAY = 0.5
RETRY_MAX_DELAY = 8.0
RETRY_AFTER_CAP = 60.0
RATE_LIMITED_MIN_DELAY = 1.0  # Tuya counts calls per second: retrying sooner would meet the same count
_RETRY_HTTP_STATUS = frozenset({429, 500, 502, 503, 504})
_LOOPBACK_NAMES = frozenset({"localhost"})
_PLAIN = frozenset({str, int, float, bool})
# Compact JSON bodies; one encoder, as json.dumps builds a new one for every call with non-default options.
_BODY_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")  # what quote() leaves as it is: most IDs


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """What the spec's error table says about one code."""

    cls: type[TuyaAPIError]
    action: str  # none | retry | rate_limited | renew_token | clock_skew
    hint: str


@dataclass(slots=True)
class Prepared:
    """A call turned into wire form; built once, sent as often as retries need."""

    operation: Operation
    wire_path: str
    shown_path: str  # for logs and errors: sensitive path values masked
    query: tuple[tuple[str, str], ...]
    body: bytes | None


# ---------------------------------------------------------------- the steps a call flow yields
# Made on every call, so plain slotted classes: a frozen dataclass pays a call per field to be built.


class GetToken:
    """Step: the driver answers with a valid access token (its token manager's `current()`).

    A token call made for it runs within `deadline` (the driver sets CALL_DEADLINE around it).
    """

    __slots__ = ("deadline",)

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline


# The deadline (time.monotonic()) of the call on whose behalf a token is being fetched; a call made
# meanwhile (the token grant) ends by then too. A context variable: per thread and per asyncio task.
CALL_DEADLINE: contextvars.ContextVar[float] = contextvars.ContextVar("tuya_cloud_call_deadline", default=math.inf)


@dataclass(slots=True)
class ReplaceToken:
    """Step: Tuya refused `rejected`; the driver renews it (single-flight) and answers None."""

    rejected: Token


@dataclass(slots=True)
class Send:
    """Step: send one signed request; the driver answers with a Reply or a Failure."""

    operation: Operation
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    timeouts: tuple[float, float]  # (connect, read) seconds, both within the deadline
    deadline: float  # time.monotonic() by which the attempt ends, reply read, whatever the server does


@dataclass(slots=True)
class Acquire:
    """Step: wait for the client's limits (limits.py) within `budget` seconds; the driver answers with the
    seconds it waited, and frees what it took once the next Send is answered. Only for clients with limits."""

    operation: str
    budget: float  # the call's timeout
    already: float  # seconds of it gone before this wait (earlier attempts, a token call)


@dataclass(slots=True)
class Sleep:
    """Step: wait before a retry; the driver answers None."""

    seconds: float


@dataclass(slots=True)
class Reply:
    """What came back over HTTP, whatever it is."""

    status: int
    content: bytes
    retry_after: str | None  # the Retry-After header
    elapsed_ms: float


@dataclass(slots=True)
class Failure:
    """The request failed in transport. `safe`: it surely never reached Tuya, so resending cannot repeat it."""

    error: TuyaError
    safe: bool


Step = GetToken | ReplaceToken | Acquire | Send | Sleep
Outcome = Token | Reply | Failure | float | None


# ---------------------------------------------------------------- helpers


def _is_loopback(host: str) -> bool:
    import ipaddress  # only needed for http base URLs

    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _seconds(value: Any) -> float | None:
    """`value` as a number of seconds, or None when it is not a positive, finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        seconds = float(value)
    except OverflowError:
        return None
    return seconds if 0 < seconds < math.inf else None


def timeout_problem(timeout: Any) -> str | None:
    """Why `timeout` is not a timeout (words for an error), or None when it is one."""
    if isinstance(timeout, tuple) and len(timeout) == 2 and all(_seconds(part) is not None for part in timeout):
        return None
    if not isinstance(timeout, tuple) and _seconds(timeout) is not None:
        return None
    return f"must be a positive number of seconds or a (connect, total) pair of them, got {_shown_option(timeout)}"


def _timeout_pair(timeout: Any) -> tuple[float, float]:
    """(connect, whole call) seconds for a timeout; raises ValueError with the words of `timeout_problem`."""
    problem = timeout_problem(timeout)
    if problem is not None:
        raise ValueError(problem)
    if isinstance(timeout, tuple):
        return (float(timeout[0]), float(timeout[1]))
    return (min(MAX_CONNECT_TIMEOUT, float(timeout)), float(timeout))


def _config_timeout(timeout: Any) -> tuple[float, float]:
    try:
        return _timeout_pair(timeout)
    except ValueError as exc:
        raise TuyaConfigError(f"timeout {exc}") from None


def _shown_option(value: Any) -> str:
    text = repr(value) if not isinstance(value, int) or value.bit_length() < 64 else "a huge integer"
    return text if len(text) <= 40 else text[:37] + "..."


def check_call_options(operation: str, **options: Any) -> None:
    """Refuse per-call options that are not what they must be (TuyaValidationError), before anything is sent."""
    for name, value in options.items():
        if value is None and name != "max_pages":  # None: the client's default
            continue
        if name == "timeout":
            problem = timeout_problem(value)
        elif name in ("max_retries", "max_pages"):
            low = 0 if name == "max_retries" else 1
            ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= 1_000_000_000
            problem = None if ok else f"must be an integer from {low} to 1000000000, got {_shown_option(value)}"
        else:  # allow_retry
            problem = None if isinstance(value, bool) else f"must be True, False or None, got {_shown_option(value)}"
        if problem is not None:
            raise TuyaValidationError(operation, name, problem)


class _NotJSON(Exception):
    """An argument value that JSON (or Tuya) cannot carry; `where` grows as the error unwinds."""

    def __init__(self, rule: str, *, located: bool = True) -> None:
        self.rule = rule
        self.where = ""
        self.located = located  # False: the value's path would be as deep as the nesting; name the parameter


def _inside(exc: _NotJSON, step: str) -> None:
    if exc.located:
        exc.where = step + exc.where


def jsonable(value: Any, depth: int = 0) -> Any:
    """Models become plain dicts (wire names, unset fields left out); containers are copied.

    Raises _NotJSON for what no JSON body or query can carry: NaN and infinities, lone surrogates,
    integers of more than MAX_INT_DIGITS digits, other types (bytes, sets, ...) and nesting deeper
    than MAX_ARGUMENT_DEPTH (which a circular list reaches too).
    """
    kind = type(value)
    if value is None or kind is bool:
        return value
    if kind is str or isinstance(value, str):
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _NotJSON("must be valid Unicode text (it holds a lone surrogate)") from None
        return value
    if kind is int or (isinstance(value, int) and not isinstance(value, bool)):
        if value.bit_length() > _MAX_INT_BITS:
            raise _NotJSON(f"must be an integer of at most {MAX_INT_DIGITS} digits")
        return value
    if kind is float or isinstance(value, float):
        if not math.isfinite(value):
            raise _NotJSON(f"must be a finite number (JSON has no {value!r}), got {value!r}")
        return value
    if depth >= MAX_ARGUMENT_DEPTH:
        raise _NotJSON(f"must not be nested deeper than {MAX_ARGUMENT_DEPTH} levels (or be circular)", located=False)
    dump = getattr(value, "model_dump", None)  # a pydantic model; duck-typed so pydantic loads only when used
    if dump is not None and kind is not dict:
        value = dump(mode="python", by_alias=True, exclude_none=True)
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise _NotJSON(f"must have string keys, got {type(key).__name__} {_shown_option(key)}")
            try:
                out[key] = jsonable(item, depth + 1)
            except _NotJSON as exc:
                _inside(exc, f".{key}")
                raise
        return out
    if isinstance(value, list | tuple):
        items = []
        for index, item in enumerate(value):
            try:
                items.append(jsonable(item, depth + 1))
            except _NotJSON as exc:
                _inside(exc, f"[{index}]")
                raise
        return items
    raise _NotJSON(f"must be JSON data (text, a number, a boolean, a list or an object), got {kind.__name__}")


def _check_separator(name: str, items: list[Any]) -> None:
    """A query list goes out comma-separated: an item holding a comma would arrive as several items."""
    for index, item in enumerate(items):
        if isinstance(item, str) and "," in item:
            raise Invalid(f"{name}[{index}]", "must not contain ',' (it separates the items of the list on the wire)")


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_query_text(v) for v in value)
    return str(value)


def _retry_after(value: str | None) -> float | None:
    try:
        return min(RETRY_AFTER_CAP, max(0.0, float(value))) if value is not None else None
    except ValueError:
        return None


_from_json: Callable[..., Any] | None = None


def _decode_json(content: bytes) -> Any:
    """JSON with pydantic-core's parser: about twice as fast as json.loads, and pydantic parses results anyway.

    Imported on the first reply, so that `import tuya_cloud` stays light. Raises ValueError like json.loads.
    pydantic-core stops at about 200 levels of nesting; json.loads reads what it refuses, up to the
    limits a reply may reach (MAX_REPLY_DEPTH levels, Python's 4,300 digits for an integer), and a
    reply beyond them raises _TooLarge.
    """
    global _from_json
    if _from_json is None:
        from pydantic_core import from_json

        _from_json = from_json
    try:
        return _from_json(content, cache_strings=False)
    except ValueError:
        pass
    try:
        data = json.loads(content)
    except RecursionError:
        raise _TooLarge(f"nested deeper than the {MAX_REPLY_DEPTH} levels a reply may have") from None
    except ValueError as exc:
        if "digits" in str(exc):  # "Exceeds the limit (4300 digits) for integer string conversion"
            raise _TooLarge("holding an integer longer than the 4300 digits Python reads") from None
        raise
    if _depth_beyond(data, MAX_REPLY_DEPTH):
        raise _TooLarge(f"nested deeper than the {MAX_REPLY_DEPTH} levels a reply may have")
    return data


class _TooLarge(ValueError):
    """A reply that is JSON but beyond a limit; the message names it."""


def _depth_beyond(data: Any, limit: int) -> bool:
    """True when `data` nests containers more than `limit` levels deep (no recursion: any depth)."""
    level: list[Any] = [data]
    for _ in range(limit):
        level = [
            child
            for node in level
            if isinstance(node, dict | list)
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return bool(level)


def _json_word(value: Any) -> str:
    """A reply value's JSON type in words (never the value: it may be a secret)."""
    return "null" if value is None else _JSON_WORDS.get(type(value), type(value).__name__)


_JSON_WORDS = {str: "a string", bool: "a boolean", int: "an integer", float: "a number"}
_JSON_WORDS.update({dict: "an object", list: "an array"})


def _left(op: Operation, budget: float, deadline: float) -> float:
    """Seconds left before `deadline`; TuyaTimeoutError when none are."""
    left = deadline - time.monotonic()
    if left <= 0.001:
        raise TuyaTimeoutError(f"{op.id}: the call's {budget:g} s timeout ran out")
    return left


def _clock_offset(t: Any) -> float | None:
    """Seconds to add to this clock from a 1013 reply's `t` (Tuya's time in ms); None for a `t` beyond belief."""
    if isinstance(t, bool) or not isinstance(t, int) or not 0 < t < 10**15:
        return None
    offset = t / 1000.0 - time.time()
    return offset if abs(offset) < MAX_CLOCK_OFFSET else None


def _check_max_retries(max_retries: Any) -> None:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or not 0 <= max_retries <= 1_000_000_000:
        raise TuyaConfigError(f"max_retries must be an integer >= 0, got {_shown_option(max_retries)}")


def _backoff(retry: int) -> float:
    """Exponential backoff with jitter for the `retry`-th retry."""
    return min(RETRY_MAX_DELAY, RETRY_BASE_DELAY * 2.0 ** (retry - 1)) * random.uniform(0.75, 1.0)


# ---------------------------------------------------------------- the core


class ClientCore:
    """Configuration and every I/O-free step of a call; the clients add transport, sleep and locks.

    The generated `TuyaCloud` and `AsyncTuyaCloud` pass the spec-derived tables (regions, error
    codes, schemas, token operations) down to this class.
    """

    _REGIONS: Mapping[str, str] = {}
    _ERRORS: Mapping[int, ErrorInfo] = {}
    _SCHEMAS: Mapping[str, Mapping[str, Any]] = {}
    _OPERATION_RATE_LIMITS: Mapping[str, float] = {}  # calls/s per operation, where Tuya publishes one
    _transport_name = ""  # how this client's requests go out, named in its debug log line; set by each client

    def __init__(
        self,
        access_id: str | None,
        access_secret: str | None,
        *,
        region: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        lang: str | None,
        correct_clock_skew: bool,
        signed_headers: Mapping[str, str] | None,
        rate_limit: float | AnyRateLimiter | None = None,
        operation_rate_limits: Mapping[str, float | AnyRateLimiter] | None = None,
        max_concurrency: int | None = None,
        on_request: RequestHook | Iterable[RequestHook] | None = None,
        on_response: ResponseHook | Iterable[ResponseHook] | None = None,
        strict_responses: bool = False,
    ) -> None:
        access_id = access_id or os.environ.get("TUYA_ACCESS_ID")
        access_secret = access_secret or os.environ.get("TUYA_ACCESS_SECRET")
        if not access_id:
            raise TuyaConfigError("access_id is required (or set TUYA_ACCESS_ID)")
        if not access_secret:
            raise TuyaConfigError("access_secret is required (or set TUYA_ACCESS_SECRET)")
        for name, value in (("access_id", access_id), ("access_secret", access_secret), ("lang", lang)):
            if value is not None and (not isinstance(value, str) or not value.isprintable() or not value.isascii()):
                raise TuyaConfigError(f"{name} must be printable ASCII text")  # never shown: it may be a secret
        _check_max_retries(max_retries)
        self.access_id = access_id
        self.__secret = access_secret
        self.base_url = self._resolve_base_url(region, base_url)
        self.timeout = _config_timeout(timeout)
        self.max_retries = max_retries
        self.lang = lang
        self.correct_clock_skew = correct_clock_skew
        self.signed_headers = self._check_signed_headers(signed_headers or {})
        self._clock_offset = 0.0  # seconds to add to this machine's clock, learned from 1013 replies
        # Lenient by default: a successful reply that does not match the spec is returned with its values
        # kept as sent (logged once per field); strict raises TuyaResponseError instead (contract tests).
        self.strict_responses = strict_responses
        self._gate = self._make_gate(rate_limit, operation_rate_limits, max_concurrency)
        self._hooks = Hooks.build(on_request, on_response)

    # ------------------------------------------------------------ configuration

    def _make_gate(
        self,
        rate_limit: float | AnyRateLimiter | None,
        operation_rate_limits: Mapping[str, float | AnyRateLimiter] | None,
        max_concurrency: int | None,
    ) -> Gate | None:
        """Client-side limits (limits.py); None when there are none, so calls skip them entirely."""
        per_operation: dict[str, AnyRateLimiter] = {}
        for operation, value in {**self._OPERATION_RATE_LIMITS, **(operation_rate_limits or {})}.items():
            limiter = as_rate_limiter(value, f"operation_rate_limits[{operation!r}]")
            if limiter is not None:
                per_operation[operation] = limiter
        limiter = as_rate_limiter(rate_limit, "rate_limit")
        if limiter is None and max_concurrency is None and not per_operation:
            return None
        return Gate(limiter, per_operation, max_concurrency)

    def _resolve_base_url(self, region: str | None, base_url: str | None) -> str:
        if region is not None and base_url is not None:
            raise TuyaConfigError("give region or base_url, not both")
        if not isinstance(region, str | None) or not isinstance(base_url, str | None):
            raise TuyaConfigError("region and base_url must be text")
        if region is None and base_url is None:
            base_url = os.environ.get("TUYA_BASE_URL")
            region = None if base_url else os.environ.get("TUYA_REGION")
        if base_url is None:
            if region is None:
                raise TuyaConfigError(
                    f"region is required (one of {', '.join(self._REGIONS)}), or base_url; "
                    "or set TUYA_REGION / TUYA_BASE_URL"
                )
            if region not in self._REGIONS:
                raise TuyaConfigError(f"unknown region {region!r}; use one of {', '.join(self._REGIONS)}")
            return self._REGIONS[region]
        try:
            parts = urlsplit(base_url)
            port = parts.port  # raises ValueError beyond 65535
        except ValueError:  # that, or an unclosed IPv6 bracket
            raise TuyaConfigError(f"base_url must be an http(s) URL, got {base_url!r}") from None
        if parts.scheme not in {"http", "https"} or not parts.hostname or port == 0:
            raise TuyaConfigError(f"base_url must be an http(s) URL, got {base_url!r}")
        if parts.scheme == "http" and not _is_loopback(parts.hostname):
            raise TuyaConfigError("plain http is allowed only on loopback (127.0.0.1, ::1, localhost); use https")
        if parts.query or parts.fragment:
            raise TuyaConfigError("base_url must not have a query or fragment")
        return base_url.rstrip("/")

    @staticmethod
    def _check_signed_headers(headers: Mapping[str, str]) -> dict[str, str]:
        """Extra headers sent with every call and covered by the signature (Tuya's Signature-Headers)."""
        if not isinstance(headers, Mapping):
            raise TuyaConfigError("signed_headers must be a mapping of header names to values")
        for name, value in headers.items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise TuyaConfigError(f"signed_headers: {name!r} must map a text name to a text value")
            if not name or any(c in name for c in ":\r\n ") or any(c in value for c in "\r\n"):
                raise TuyaConfigError(f"signed_headers: {name!r} is not a valid header name/value pair")
        return dict(headers)

    def _token_operations(self) -> tuple[Operation, Operation]:
        """The spec's (grant, refresh) token operations; the generated client supplies them."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(access_id={self.access_id!r}, base_url={self.base_url!r})"

    def with_options(self: C, *, timeout: Timeout | None = None, max_retries: int | None = None) -> C:
        """A copy with other defaults that shares this client's connection pool and token."""
        clone = copy.copy(self)
        if timeout is not None:
            clone.timeout = _config_timeout(timeout)
        if max_retries is not None:
            _check_max_retries(max_retries)
            clone.max_retries = max_retries
        clone._detach_copy()
        for name, value in list(vars(clone).items()):
            if isinstance(value, Resource | AsyncResource):  # resources made for the original point at it
                del clone.__dict__[name]
        return clone

    def _detach_copy(self) -> None:
        """Called on a with_options copy: it must never close what it shares with the original."""

    # ------------------------------------------------------------ tokens

    def _token_from(self, result: Mapping[str, Any]) -> Token:
        """The token of a token reply; TuyaResponseError for one that does not carry a usable token."""
        access_token = result.get("access_token")
        lifetime = result.get("expire_time", result.get("expire"))  # older pages call it `expire`
        refresh_token = result.get("refresh_token")
        uid = result.get("uid")
        if not isinstance(access_token, str) or not access_token:
            raise TuyaResponseError("the token reply lacks access_token (a non-empty string)")
        seconds = _seconds(lifetime)
        if seconds is None or seconds > MAX_TOKEN_LIFETIME:
            raise TuyaResponseError(
                f"the token reply's expire_time must be seconds from 1 to {MAX_TOKEN_LIFETIME}, "
                f"got {_json_word(lifetime)}"
            )
        if refresh_token is not None and not isinstance(refresh_token, str):
            got = _json_word(refresh_token)
            raise TuyaResponseError(f"the token reply's refresh_token must be a string, got {got}")
        if uid is not None and not isinstance(uid, str | int):
            raise TuyaResponseError(f"the token reply's uid must be a string, got {_json_word(uid)}")
        return Token(
            access_token=access_token,
            refresh_token=refresh_token or "",
            expires_at=time.time() + seconds,
            uid=str(uid) if uid is not None else "",
        )

    # ------------------------------------------------------------ preparing

    def prepare(self, op: Operation, args: Mapping[str, Any]) -> Prepared:
        """Validate arguments against the spec and build the wire form; raises TuyaValidationError."""
        values: dict[str, Any] = {}
        lookup = self._SCHEMAS.get
        if op.deprecated is not None:
            warn_once(op.deprecated)
        try:
            for param in op.params:
                value = args.get(param.name)
                if value is None:
                    if param.required:
                        raise Invalid(param.name, "is required")
                    continue
                if param.deprecated is not None:
                    warn_once(param.deprecated)
                try:
                    value = jsonable(value)
                except _NotJSON as exc:
                    raise Invalid(param.name + exc.where, exc.rule) from None
                if param.location == "query" and param.schema.get("type") == "array":
                    if isinstance(value, str):
                        value = [part for part in value.split(",") if part]  # "a,b" is accepted for a list
                    elif isinstance(value, list):
                        _check_separator(param.name, value)
                check(value, param.schema, param.name, lookup, secret=param.sensitive)
                if param.location == "path":
                    text = str(value)
                    if text in {".", ".."} or not text:
                        raise Invalid(param.name, "must be a non-empty path segment other than '.' and '..'")
                values[param.name] = value
                for field, message in param.deprecated_fields:
                    if values_at(values, field):
                        warn_once(message)
            for rule in op.rules:
                if rule_holds(rule.when, values) and not rule_holds(rule.then, values):
                    raise Invalid(rule.then["field"], f"{describe_test(rule.then)}: {rule.message}")
        except Invalid as exc:
            raise TuyaValidationError(op.id, exc.where, exc.rule) from None

        wire_path = shown_path = op.path
        query: list[tuple[str, str]] = []
        body: dict[str, Any] = {}
        has_body = False
        for param in op.params:
            if param.location == "body":
                has_body = True
            if param.name not in values:
                continue
            value = values[param.name]
            if param.location == "path":
                token = "{" + param.name + "}"
                text = str(value)
                quoted = text if _UNRESERVED.fullmatch(text) else quote(text, safe="")
                wire_path = wire_path.replace(token, quoted)
                shown_path = shown_path.replace(token, "***" if param.sensitive else quoted)
            elif param.location == "query":
                query.append((param.name, _query_text(value)))
            else:
                body[param.name] = value
        payload = _BODY_ENCODER.encode(body).encode("utf-8") if has_body else None
        return Prepared(op, wire_path, shown_path, tuple(query), payload)

    def _prepare_request(self, method: object, path: object, params: object = None, body: object = None) -> Prepared:
        """`client.request(...)`: any endpoint, built into the same wire form the operations use.

        The path is sent and signed as given (the caller percent-encodes its values); the query is
        encoded and signed sorted, as for operations. Raises TuyaValidationError, naming the parameter.
        """
        wire_method = generic.check_method(method)
        wire_path = generic.check_path(path)
        query = generic.query_pairs(params)
        payload = generic.body_bytes(body, wire_method)
        grant, refresh = self._token_operations()
        op = generic.operation(wire_method, wire_path, (grant, refresh))
        shown_path = generic.shown_path(wire_path, refresh)
        return Prepared(op, wire_path, shown_path, query, payload)

    # ------------------------------------------------------------ one call, as a flow of steps

    def call_flow(
        self, prepared: Prepared, timeout: Timeout | None, max_retries: int | None, allow_retry: bool | None
    ) -> Generator[Step, Outcome, Any]:
        """Send `prepared` until Tuya answers, retrying, renewing and re-syncing as the spec says.

        Returns the envelope's `result`; raises the TuyaError the call ends with. The driver answers
        each yielded step (see the step classes above) and does nothing else. The whole call (token,
        waits for limits, every attempt, every retry's pause) ends within its timeout: a retry that
        would not fit is not made, and the call fails with TuyaTimeoutError.
        """
        op = prepared.operation
        if timeout is not None or max_retries is not None or allow_retry is not None:
            check_call_options(op.id, timeout=timeout, max_retries=max_retries, allow_retry=allow_retry)
        retries_allowed = self.max_retries if max_retries is None else max_retries
        may_resend = op.retry_safe if allow_retry is None else allow_retry
        connect_timeout, budget = self.timeout if timeout is None else _timeout_pair(timeout)
        deadline = min(time.monotonic() + budget, CALL_DEADLINE.get())  # a token call ends with its caller
        retries = 0
        renewed = resynced = False
        attempt = 0
        while True:
            attempt += 1
            token = cast(Token, (yield GetToken(deadline))) if op.auth == "token" else None
            # -- limits (limits.py): wait for a slot; the wait counts against the call's timeout
            waited = 0.0
            if self._gate is not None:
                already = budget - _left(op, budget, deadline)
                waited = cast(float, (yield Acquire(op.id, budget, already))) - already
            left = _left(op, budget, deadline)
            send = self._signed(prepared, token, (min(connect_timeout, left), left), deadline)
            # -- hooks (hooks.py): one event before and one after each attempt
            hooks, sent, started = self._hooks, None, 0.0
            if hooks is not None:
                sent = RequestEvent(op.id, op.method, prepared.shown_path, attempt, waited)
                hooks.request(sent)
                started = time.perf_counter()
            outcome = yield send
            if sent is not None:
                self._report(sent, outcome, time.perf_counter() - started)
            if type(outcome) is Failure:
                if (outcome.safe or may_resend) and retries < retries_allowed:
                    retries += 1
                    yield self._sleep_before_retry(op, retries, None, outcome.error, budget, deadline)
                    continue
                raise outcome.error
            assert type(outcome) is Reply
            envelope = self._envelope(prepared, outcome, attempt)
            if type(envelope) is Failure:  # a retryable HTTP status
                if may_resend and retries < retries_allowed:
                    retries += 1
                    delay = _retry_after(outcome.retry_after)
                    yield self._sleep_before_retry(op, retries, delay, envelope.error, budget, deadline)
                    continue
                raise envelope.error

            if envelope.get("success") is True:
                return envelope.get("result")

            code = envelope.get("code")
            if isinstance(code, str) and code.isdigit() and len(code) < 20:  # some pages type the code as a string
                code = int(code)
            info = self._ERRORS.get(code) if isinstance(code, int) else None
            action = info.action if info is not None else "none"
            if action == "renew_token" and token is not None and not renewed:
                renewed = True  # the request was refused before it ran: resending is safe
                logger.info("tuya_cloud: %s got token error %s; renewing the token", op.id, code)
                yield ReplaceToken(token)
                continue
            offset = _clock_offset(envelope.get("t")) if action == "clock_skew" else None
            if offset is not None and self.correct_clock_skew and not resynced:
                resynced = True
                self._clock_offset = offset
                logger.warning(
                    "tuya_cloud: this machine's clock is %.1f s off Tuya's; signing with Tuya's time",
                    -self._clock_offset,
                )
                continue
            if (action == "retry" or action == "rate_limited") and may_resend and retries < retries_allowed:
                retries += 1
                delay = _backoff(retries)
                if action == "rate_limited":
                    delay = max(delay, RATE_LIMITED_MIN_DELAY)
                yield self._sleep_before_retry(op, retries, delay, f"Tuya error {code}", budget, deadline)
                continue
            raise self._api_error(prepared, envelope, info)

    def _report(self, sent: RequestEvent, outcome: Outcome, duration: float) -> None:
        """The response hooks for one attempt's outcome (the reply's body is parsed again only for them)."""
        hooks = self._hooks
        assert hooks is not None
        if type(outcome) is Failure:
            hooks.failed(sent, outcome.error, duration)
        elif type(outcome) is Reply and hooks.on_response:
            try:
                envelope: Any = _decode_json(outcome.content)
            except ValueError:
                envelope = None
            hooks.replied(sent, outcome.status, envelope, outcome.elapsed_ms / 1000)

    def _signed(self, prepared: Prepared, token: Token | None, timeouts: tuple[float, float], deadline: float) -> Send:
        """The request for one attempt: fresh `t` and nonce, signature, headers and URL."""
        op = prepared.operation
        t = str(int((time.time() + self._clock_offset) * 1000))
        nonce = os.urandom(16).hex()
        access_token = token.access_token if token is not None else ""
        headers = {
            "client_id": self.access_id,
            "sign": signing.sign(
                client_id=self.access_id,
                secret=self.__secret,
                t=t,
                method=op.method,
                path=prepared.wire_path,
                query=prepared.query,
                body=prepared.body or b"",
                access_token=access_token,
                nonce=nonce,
                signed_headers=self.signed_headers,
            ),
            "sign_method": "HMAC-SHA256",
            "t": t,
            "nonce": nonce,
        }
        if self.signed_headers:
            headers.update(self.signed_headers)
            headers["Signature-Headers"] = ":".join(self.signed_headers)
        if token is not None:
            headers["access_token"] = access_token
        if self.lang:
            headers["lang"] = self.lang
        if prepared.body is not None:
            headers["Content-Type"] = "application/json"
        url = self.base_url + signing.wire_url(prepared.wire_path, prepared.query)
        return Send(op, op.method, url, headers, prepared.body, timeouts, deadline)

    def _envelope(self, prepared: Prepared, reply: Reply, attempt: int) -> Any:
        """The Tuya envelope of a reply; a Failure for a retryable HTTP status; raises for anything else."""
        op = prepared.operation
        content = reply.content
        try:
            envelope: Any = _decode_json(content)
        except _TooLarge as exc:
            excerpt = content[:200].decode("utf-8", "replace")
            message = f"{op.id}: the reply is {exc}"
            raise TuyaResponseError(message, status_code=reply.status, body_excerpt=excerpt) from None
        except ValueError:
            envelope = None
        is_envelope = isinstance(envelope, dict) and isinstance(envelope.get("success"), bool)
        if logger.isEnabledFor(logging.DEBUG):
            tid = envelope.get("tid") if is_envelope else None
            logger.debug(
                "tuya_cloud: %s %s %s -> HTTP %d in %.1f ms via %s (attempt %d, tid %s)",
                op.id,
                op.method,
                prepared.shown_path,
                reply.status,
                reply.elapsed_ms,
                self._transport_name,
                attempt,
                tid,
            )
        if is_envelope:
            return envelope
        excerpt = content[:200].decode("utf-8", "replace")
        if reply.status in _RETRY_HTTP_STATUS:
            error = TuyaResponseError(f"{op.id}: server error", status_code=reply.status, body_excerpt=excerpt)
            return Failure(error, safe=False)
        if reply.status != 200:
            raise TuyaResponseError(f"{op.id}: unexpected HTTP reply", status_code=reply.status, body_excerpt=excerpt)
        raise TuyaResponseError(f"{op.id}: the reply is not a Tuya envelope", status_code=200, body_excerpt=excerpt)

    def _api_error(self, prepared: Prepared, envelope: Mapping[str, Any], info: ErrorInfo | None) -> TuyaAPIError:
        code = envelope.get("code", "unknown")
        msg = str(envelope.get("msg") or "")
        cls = info.cls if info is not None else TuyaAPIError
        hint = info.hint if info is not None else None
        if info is not None and info.action == "clock_skew":
            hint = "This machine's clock differs from Tuya's: sync it (e.g. with NTP) and retry"
        tid = envelope.get("tid")
        return cls(
            code if isinstance(code, int | str) else str(code),
            msg,
            tid=str(tid) if tid is not None else None,
            operation=prepared.operation.id,
            method=prepared.operation.method,
            path=prepared.shown_path,
            hint=hint,
        )

    @staticmethod
    def _sleep_before_retry(
        op: Operation, retry: int, delay: float | None, reason: object, budget: float, deadline: float
    ) -> Sleep:
        """The pause before a retry; TuyaTimeoutError (from `reason`) when the retry would not fit the timeout."""
        if delay is None:
            delay = _backoff(retry)
        left = deadline - time.monotonic()
        if delay >= left:
            error = TuyaTimeoutError(
                f"{op.id}: {reason}; a retry in {delay:.2f} s would end past the call's {budget:g} s timeout"
            )
            if isinstance(reason, BaseException):
                raise error from reason
            raise error
        logger.info("tuya_cloud: %s failed (%s); retry %d in %.2f s", op.id, reason, retry, delay)
        return Sleep(delay)

    # ------------------------------------------------------------ parsing

    def _parse(self, op: Operation, result: Any, result_type: Any) -> Any:
        if result_type is dict:  # the token calls: the runtime itself reads these
            if not isinstance(result, dict):
                raise TuyaResponseError(f"{op.id}: expected an object as result, got {type(result).__name__}")
            return result
        if type(result) is result_type and result_type in _PLAIN:  # e.g. the `true` most writes return
            return result
        return read_result(op.id, result, result_type, strict=self.strict_responses)


# ---------------------------------------------------------------- pagination


class Pager:
    """Walks the pages of one paginated call: which arguments to send next, which items came, when to stop.

    It stops on the spec's end-of-list signals (no items, `has_more` false, `total` reached, a page
    shorter than the page size, no next cursor), and also, with a WARNING, when the server contradicts
    them: a page that repeats the one before, or a cursor that does not advance. When `max_pages`
    full pages have come and the list may go on, one more page is asked for: an empty one ends the
    listing normally, one with items raises TuyaError (more than max_pages pages).
    """

    def __init__(self, op: Operation, args: Mapping[str, Any], max_pages: int) -> None:
        paging = op.pagination
        if paging is None:
            raise TuyaError(f"{op.id} is not paginated")
        check_call_options(op.id, max_pages=max_pages)
        self.op = op
        self.paging = paging
        self.args = dict(args)
        if paging.style == "page_number" and paging.page_param is not None and self.args.get(paging.page_param) is None:
            self.args[paging.page_param] = paging.first_page
        self.max_pages = max_pages
        self.pages = 0
        self.seen = 0
        self.done = False
        self.previous: list[Any] | None = None  # the last page's items, to notice a server repeating a page
        self.page_size: int | None = None  # the page size asked for, or the first page's length
        self.cursors: set[Any] = set()

    def next_args(self) -> dict[str, Any] | None:
        """The arguments of the next page's call, or None after the last page."""
        if self.done:
            return None
        self.pages += 1
        return dict(self.args)

    def take(self, result: Any) -> list[Any]:
        """The items of a page's result; decides whether another page follows."""
        paging = self.paging
        items = self._items(result)
        self.done = True
        if not items:
            return items
        if items == self.previous:
            self._warn(f"page {self.pages} repeats page {self.pages - 1}")
            return []
        if self.pages > self.max_pages:  # the page after the last one allowed: the list goes on
            raise TuyaError(
                f"{self.op.id}: more than max_pages={self.max_pages} pages; pass a larger max_pages to read on"
            )
        self.previous = items
        self.seen += len(items)
        if paging.has_more is not None and _wire_field(result, paging.has_more) is False:
            return items
        total = _wire_field(result, paging.total) if paging.total is not None else None
        if isinstance(total, int) and not isinstance(total, bool) and self.seen >= total:
            return items
        if paging.style == "page_number" and paging.page_param is not None:
            if self.page_size is None:
                size = self.args.get(paging.size_param) if paging.size_param is not None else None
                self.page_size = size if isinstance(size, int) else len(items)  # the server's own page size
            if len(items) < self.page_size:
                return items
            self.args[paging.page_param] += 1
        elif paging.cursor_param is not None and paging.next_cursor is not None:
            cursor = _wire_field(result, paging.next_cursor)
            if not cursor:
                return items
            if cursor == self.args.get(paging.cursor_param) or repr(cursor) in self.cursors:
                self._warn(f"page {self.pages}'s {paging.next_cursor} does not advance")
                return items
            self.cursors.add(repr(cursor))
            self.args[paging.cursor_param] = cursor
        self.done = False
        return items

    def _items(self, result: Any) -> list[Any]:
        value = result if self.paging.items == "." else _wire_field(result, self.paging.items)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        where = "result" if self.paging.items == "." else f"result.{self.paging.items}"
        got = _json_word(value)
        raise TuyaResponseError(
            f"{self.op.id}: page {self.pages}: {where} must be an array of items, got {got}",
            operation=self.op.id,
            field=where,
            expected="array",
            got=got.split()[-1],
        )

    def _warn(self, what: str) -> None:
        logger.warning(
            "tuya_cloud: %s: %s; stopped paging after %d items (the server does not page as documented)",
            self.op.id,
            what,
            self.seen,
        )


def _wire_field(result: Any, name: str) -> Any:
    """A result field by its wire name (models may rename fields, e.g. `list` becomes `list_`)."""
    fields = getattr(type(result), "model_fields", None)
    if fields is not None:
        for attribute, info in fields.items():
            if (info.alias or attribute) == name:
                return getattr(result, attribute)
        return (getattr(result, "model_extra", None) or {}).get(name)
    if isinstance(result, Mapping):
        return result.get(name)
    return getattr(result, name, None)
