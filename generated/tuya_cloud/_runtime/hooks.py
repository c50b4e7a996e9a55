"""Request and response hooks: one event before and one after every HTTP attempt, and a call counter.

Hooks see every request the client sends, token calls and retries included, so a counter fed by
them equals what Tuya counts against the project's quota. Events carry no secrets: the path is the
one logs show (a refresh token in it reads ***), and there are no headers, query values or bodies.
Hooks run inline on the calling thread (or the event loop), so they should be quick; an exception
in a hook is logged and never fails the call.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

logger = logging.getLogger("tuya_cloud")


@dataclass(frozen=True, slots=True)
class RequestEvent:
    """An attempt about to be sent."""

    operation: str  # the operation id, e.g. "devices.get_status"
    method: str
    path: str  # as in logs: path values filled in, sensitive ones masked; no query
    attempt: int  # 1 for the first send, 2 and more for retries and resends
    waited: float  # seconds this attempt waited for client-side limits (rate_limit, max_concurrency)


@dataclass(frozen=True, slots=True)
class ResponseEvent:
    """How an attempt ended: a reply (`status` set) or a transport failure (`error` set)."""

    operation: str
    method: str
    path: str
    attempt: int
    status: int | None  # the HTTP status; None when no reply came (timeout, refused, dropped)
    success: bool  # Tuya's `success` flag; False for failures and replies that are not an envelope
    code: int | str | None  # Tuya's error code when success is false
    tid: str | None  # Tuya's trace id, when the reply has one
    duration: float  # seconds from sending to the reply or the failure
    error: str | None = None  # when there was no reply: the error's class (TuyaTimeoutError, TuyaConnectionError)


RequestHook = Callable[[RequestEvent], object]
ResponseHook = Callable[[ResponseEvent], object]
E = TypeVar("E")


class Hooks:
    """The hooks of one client (shared by its with_options copies)."""

    __slots__ = ("on_request", "on_response")

    def __init__(self, on_request: Iterable[RequestHook], on_response: Iterable[ResponseHook]) -> None:
        self.on_request = tuple(on_request)
        self.on_response = tuple(on_response)

    @classmethod
    def build(
        cls,
        on_request: RequestHook | Iterable[RequestHook] | None,
        on_response: ResponseHook | Iterable[ResponseHook] | None,
    ) -> Hooks | None:
        """None when there is no hook at all, so that a call without hooks pays one `is None` check."""
        requests = _listed(on_request, "on_request")
        responses = _listed(on_response, "on_response")
        return cls(requests, responses) if requests or responses else None

    def request(self, event: RequestEvent) -> None:
        for hook in self.on_request:
            _run(hook, event)

    def response(self, event: ResponseEvent) -> None:
        for hook in self.on_response:
            _run(hook, event)

    def replied(self, sent: RequestEvent, status: int, envelope: object, duration: float) -> None:
        """A reply came: `envelope` is the parsed body (anything; only a Tuya envelope has a code and tid)."""
        if not self.on_response:
            return
        code: int | str | None = None
        tid: str | None = None
        success = False
        if isinstance(envelope, dict) and isinstance(envelope.get("success"), bool):
            success = envelope["success"] is True
            raw_code, raw_tid = envelope.get("code"), envelope.get("tid")
            code = raw_code if not success and isinstance(raw_code, int | str) else None
            tid = str(raw_tid) if raw_tid is not None else None
        self.response(
            ResponseEvent(sent.operation, sent.method, sent.path, sent.attempt, status, success, code, tid, duration)
        )

    def failed(self, sent: RequestEvent, error: BaseException, duration: float) -> None:
        """No reply came (timeout, refused or dropped connection)."""
        if self.on_response:
            event = ResponseEvent(
                sent.operation,
                sent.method,
                sent.path,
                sent.attempt,
                None,
                False,
                None,
                None,
                duration,
                type(error).__name__,
            )
            self.response(event)


def _listed(value: Any, name: str) -> list[Any]:
    from .errors import TuyaConfigError

    if value is None:
        return []
    items = [value] if callable(value) else list(value) if isinstance(value, Iterable) else [value]
    for item in items:
        if not callable(item):
            raise TuyaConfigError(f"{name} must be a callable or a list of callables, got {item!r}")
    return items


def _run(hook: Callable[[E], object], event: E) -> None:
    try:
        hook(event)
    except Exception:  # a metrics hook must never lose a reply
        logger.exception("tuya_cloud: hook %r failed; the call goes on", hook)


class CallCounter:
    """Counts requests sent, per operation and per Tuya error code: pass it as `on_response`.

        counter = CallCounter()
        client = TuyaCloud(..., on_response=counter)
        ...
        counter.total, counter.by_operation(), counter.by_code()

    Every attempt counts once (retries, token calls and failed attempts included), because each
    one is a call Tuya may count against the project's quota. Thread-safe; one counter may serve
    several clients.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._operations: Counter[str] = Counter()
        self._codes: Counter[int | str] = Counter()
        self._failures = 0

    def __repr__(self) -> str:
        return f"CallCounter(total={self.total}, failures={self.failures})"

    def __call__(self, event: ResponseEvent) -> None:
        with self._lock:
            self._operations[event.operation] += 1
            if event.code is not None:
                self._codes[event.code] += 1
            if event.status is None:
                self._failures += 1

    @property
    def total(self) -> int:
        """Every request sent (answered or not)."""
        with self._lock:
            return sum(self._operations.values())

    @property
    def failures(self) -> int:
        """Requests that got no reply (timeouts, dropped or refused connections)."""
        with self._lock:
            return self._failures

    def by_operation(self) -> dict[str, int]:
        """Requests per operation id."""
        with self._lock:
            return dict(self._operations)

    def by_code(self) -> dict[int | str, int]:
        """Replies per Tuya error code (successful replies have none)."""
        with self._lock:
            return dict(self._codes)

    def reset(self) -> None:
        with self._lock:
            self._operations.clear()
            self._codes.clear()
            self._failures = 0
