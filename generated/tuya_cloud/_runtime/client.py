"""The sync client: the core's call flow driven over a `requests` session (or its urllib3 pool), threads, time.sleep."""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import requests
from requests.adapters import HTTPAdapter

from .core import (
    CALL_DEADLINE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Acquire,
    ClientCore,
    Failure,
    GetToken,
    Outcome,
    Pager,
    ReplaceToken,
    Reply,
    Send,
    Sleep,
    Step,
    Timeout,
)
from .errors import TuyaConnectionError, TuyaTimeoutError
from .hooks import RequestHook, ResponseHook
from .limits import AnyRateLimiter
from .pooled import FAST, FULL, as_read_by_requests, pooled_sender
from .tokens import MemoryTokenStore, Token, TokenManager, TokenStore
from .watchdog import POOL_CLASSES

if TYPE_CHECKING:
    from .operation import Operation

T = TypeVar("T")

DEFAULT_POOL_SIZE = 128  # connections kept per host without max_concurrency (see _pool_size)


class _SecretPathFilter(logging.Filter):
    """Masks secrets that sit in URL paths (the refresh token) in urllib3's debug log lines."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        super().__init__()
        self.patterns = patterns

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(self._mask(a) if isinstance(a, str) else a for a in record.args)
        return True

    def _mask(self, text: str) -> str:
        for pattern in self.patterns:
            text = pattern.sub(lambda m: m.group(1) + "***", text)
        return text


class BaseClient(ClientCore):
    """The core plus a requests session, a thread-safe token manager and blocking retries.

    The generated `TuyaCloud` subclass adds one lazily created resource per API group.
    """

    _filter_lock = threading.Lock()
    _filter_installed = False

    def __init__(
        self,
        access_id: str | None = None,
        access_secret: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        lang: str | None = None,
        token_store: TokenStore | None = None,
        correct_clock_skew: bool = True,
        signed_headers: Mapping[str, str] | None = None,
        session: requests.Session | None = None,
        rate_limit: float | AnyRateLimiter | None = None,
        max_concurrency: int | None = None,
        operation_rate_limits: Mapping[str, float | AnyRateLimiter] | None = None,
        on_request: RequestHook | Iterable[RequestHook] | None = None,
        on_response: ResponseHook | Iterable[ResponseHook] | None = None,
        strict_responses: bool = False,
    ) -> None:
        super().__init__(
            access_id,
            access_secret,
            region=region,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            lang=lang,
            correct_clock_skew=correct_clock_skew,
            signed_headers=signed_headers,
            rate_limit=rate_limit,
            operation_rate_limits=operation_rate_limits,
            max_concurrency=max_concurrency,  # a thread-safe cap in the gate (limits.py)
            on_request=on_request,
            on_response=on_response,
            strict_responses=strict_responses,
        )
        self._session = session or self._new_session(self.base_url, _pool_size(max_concurrency))
        self._owns_session = session is None
        # Our own session's calls skip requests' per-request machinery (pooled.py); others keep all of it.
        self._pooled, why_full = pooled_sender(self._session, self._owns_session, self.base_url)
        self._transport_name = FAST if self._pooled is not None else f"{FULL} ({why_full})"
        self._tokens = TokenManager(token_store or MemoryTokenStore(), self._grant_token, self._refresh_token)

    @staticmethod
    def _new_session(base_url: str, pool_size: int) -> requests.Session:
        session = requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=pool_size, max_retries=0)
        adapter.poolmanager.pool_classes_by_scheme = POOL_CLASSES  # the whole-call deadline (watchdog.py)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        # requests re-reads proxy, CA and netrc settings from the environment on every call (a third of
        # a call's CPU); read the proxy and CA settings once here instead. Tuya calls never use netrc.
        session.trust_env = False
        session.proxies.update(requests.utils.get_environ_proxies(base_url))
        session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        return session

    def _install_log_filter(self, refresh: Operation) -> None:
        with BaseClient._filter_lock:
            if BaseClient._filter_installed:
                return
            patterns = [
                re.compile(f'({re.escape(refresh.path.split("{" + param.name + "}")[0])})[^/?\\s"]+')
                for param in refresh.params
                if param.sensitive and param.location == "path"
            ]
            logging.getLogger("urllib3.connectionpool").addFilter(_SecretPathFilter(patterns))
            BaseClient._filter_installed = True

    def _detach_copy(self) -> None:
        self._owns_session = False  # closing the copy must not close the shared pool

    def close(self) -> None:
        if self._owns_session:
            if self._pooled is not None:
                self._pooled.close()
            self._session.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------ tokens

    def _grant_token(self) -> Token:
        grant, _ = self._token_operations()
        return self._token_from(self.call(grant, {"grant_type": 1}, dict))

    def _refresh_token(self, refresh_token: str) -> Token:
        _, refresh = self._token_operations()
        self._install_log_filter(refresh)  # before the refresh token first appears in a URL
        return self._token_from(self.call(refresh, {"refresh_token": refresh_token}, dict))

    # ------------------------------------------------------------ calling

    def call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        result_type: Any,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> Any:
        """Run one operation and return its parsed `result`."""
        prepared = self.prepare(op, args)
        result = self._drive(self.call_flow(prepared, timeout, max_retries, allow_retry))
        return self._parse(op, result, result_type)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> Any:
        """Call any endpoint, signed like the operations; return the envelope's `result` as plain JSON values.

        `path` is sent and signed as given (percent-encode the values in it); `params` is the query
        (values: strings, numbers, booleans or lists of them), `body` any JSON value. Retried on
        transient failures only for GET, or with `allow_retry=True`. Raises TuyaValidationError for a
        bad method, path, params or body (nothing sent), TuyaAPIError (or a subclass) with `.code` when
        Tuya answers `success: false`. Hooks, logs and `operation_rate_limits` name it `request`.
        """
        prepared = self._prepare_request(method, path, params, body)
        if prepared.shown_path != prepared.wire_path:  # a refresh token in the path: keep it out of urllib3's log
            self._install_log_filter(self._token_operations()[1])
        return self._drive(self.call_flow(prepared, timeout, max_retries, allow_retry))

    def _drive(self, flow: Generator[Step, Outcome, Any]) -> Any:
        """Answer the flow's steps with this client's transport, token manager and sleep."""
        outcome: Outcome = None
        gate = self._gate
        holding = False  # a slot of the gate is taken for the next Send
        try:
            while True:
                step = flow.send(outcome)
                if type(step) is Send:
                    try:
                        outcome = self._send(step)
                    finally:
                        if holding and gate is not None:
                            holding = False
                            gate.leave()
                elif type(step) is GetToken:
                    reset = CALL_DEADLINE.set(step.deadline)  # a token call made for it ends by then too
                    try:
                        outcome = self._tokens.current()
                    finally:
                        CALL_DEADLINE.reset(reset)
                elif type(step) is Acquire and gate is not None:  # -- limits (limits.py)
                    outcome = gate.enter(step.operation, step.budget, step.already)
                    holding = True
                elif type(step) is ReplaceToken:
                    self._tokens.replace(step.rejected)
                    outcome = None
                elif type(step) is Sleep:
                    time.sleep(step.seconds)
                    outcome = None
        except StopIteration as done:
            return done.value
        finally:
            if holding and gate is not None:
                gate.leave()

    def _send(self, send: Send) -> Reply | Failure:
        op = send.operation
        pooled = self._pooled
        started = time.perf_counter()
        try:
            if pooled is not None:
                status, content, retry_after = pooled.send(
                    send.method, send.url, send.headers, send.body, send.timeouts, send.deadline
                )
            else:
                status, content, retry_after = self._send_by_requests(send)
        except requests.exceptions.ConnectTimeout:
            return Failure(TuyaTimeoutError(f"{op.id}: connecting to {self.base_url} timed out"), safe=True)
        except requests.exceptions.Timeout:
            return Failure(TuyaTimeoutError(f"{op.id}: no reply within the call's timeout"), safe=False)
        except requests.exceptions.ConnectionError as exc:
            if time.monotonic() >= send.deadline:  # the deadline cut it (a read timeout in the body reads so too)
                return Failure(TuyaTimeoutError(f"{op.id}: no reply within the call's timeout"), safe=False)
            error = TuyaConnectionError(f"{op.id}: cannot reach {self.base_url}: {type(exc).__name__}")
            return Failure(error, safe=_never_sent(exc))
        except requests.exceptions.RequestException as exc:
            raise TuyaConnectionError(f"{op.id}: request failed: {type(exc).__name__}") from None
        elapsed_ms = (time.perf_counter() - started) * 1000
        return Reply(status, content, retry_after, elapsed_ms)

    def _send_by_requests(self, send: Send) -> tuple[int, bytes, str | None]:
        """requests' full path (a caller's session, a proxy): each read is bounded by the time left, and
        the body is read a piece at a time, so a reply that trickles in ends at the deadline."""
        response = self._session.request(
            send.method,
            send.url,
            data=send.body,
            headers=send.headers,
            timeout=send.timeouts,
            allow_redirects=False,
            stream=True,
        )
        with response:
            raw = response.raw
            read1 = getattr(raw, "read1", None)
            if read1 is None:  # urllib3 before 2.3: one read of the whole body
                return response.status_code, response.content, response.headers.get("Retry-After")
            chunks = []
            try:
                while chunk := read1(65536, decode_content=True):
                    chunks.append(chunk)
                    if time.monotonic() > send.deadline:
                        raise requests.exceptions.ReadTimeout("the call's timeout ran out while reading the body")
            except requests.exceptions.RequestException:
                raise
            except Exception as exc:  # urllib3's own errors, as requests' Response.content raises them
                raise as_read_by_requests(exc) from exc
            return response.status_code, b"".join(chunks), response.headers.get("Retry-After")

    # ------------------------------------------------------------ pagination

    def paginate(
        self,
        op: Operation,
        args: Mapping[str, Any],
        result_type: Any,
        *,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[Any]:
        """Yield every item of every page, stopping on the spec's end-of-list signals."""
        pager = Pager(op, args, max_pages)
        while (page_args := pager.next_args()) is not None:
            result = self.call(op, page_args, result_type, timeout=timeout, max_retries=max_retries)
            yield from pager.take(result)


def _pool_size(max_concurrency: int | None) -> int:
    """Connections kept per host: enough for every request the client lets fly at once.

    urllib3's pool opens a connection beyond its size when every kept one is busy and closes it
    afterwards, so a pool smaller than the threads calling through it churns connections.
    """
    return max(DEFAULT_POOL_SIZE, max_concurrency or 0)


def _never_sent(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the connection failed before the request went out (so resending cannot repeat it)."""
    text = repr(exc)
    return any(sign in text for sign in ("NewConnectionError", "NameResolutionError", "Connection refused"))
