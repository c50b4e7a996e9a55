"""The async client: the core's call flow driven by aiohttp, asyncio.sleep, a cap on requests in flight and a lock.

Importing this module imports aiohttp and everything a call needs later (pydantic's TypeAdapter
included), so that it happens once, off the event loop, the way Home Assistant imports an
integration; constructing, calling and closing a client then imports, opens and loads nothing.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
from collections import deque
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Mapping
from types import FunctionType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

try:
    import aiohttp
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError('AsyncTuyaCloud needs aiohttp: pip install "tuya-cloud-sdk[async]"') from exc
from pydantic import TypeAdapter, ValidationError  # noqa: F401  # pydantic loads these on first access
from yarl import URL

from .async_tokens import AsyncTokenManager, as_async_store
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
from .errors import TuyaConfigError, TuyaConnectionError, TuyaError, TuyaTimeoutError
from .hooks import RequestHook, ResponseHook
from .limits import AnyRateLimiter, limit_timeout
from .replies import adapter_for
from .tokens import AsyncTokenStore, Token, TokenStore

if TYPE_CHECKING:
    from types import TracebackType

    from .operation import Operation

A = TypeVar("A", bound="AsyncBaseClient")

# pydantic looks for plugins (every installed distribution's entry points: listing directories,
# reading files) when it builds its first validator; have that happen now, not inside the loop.
TypeAdapter(int)

# Operation id -> its result type, once its models are imported: one entry per operation of the spec.
_RESULT_TYPES: dict[str, Any] = {}


async def _result_type(op: Operation, named: Callable[[], Any]) -> Any:
    """The result type `named` returns, evaluated in a worker thread the first time: it imports the
    group's models (see tuya_cloud/models/__init__.py), which must not happen on the loop."""
    found = _RESULT_TYPES.get(op.id)
    if found is None:
        found = _RESULT_TYPES[op.id] = await asyncio.to_thread(_load_result_type, named)
    return found


def _load_result_type(named: Callable[[], Any]) -> Any:
    result_type = named()
    adapter_for(result_type)  # pydantic builds the validator on first use: that too, off the loop
    return result_type


# Requests in flight per client. Tuya limits some APIs to a few calls per second per project, and
# Home Assistant shares one connection pool between every integration.
DEFAULT_MAX_CONCURRENCY = 8


def _environment_proxy(base_url: str) -> str | None:
    """HTTP(S)_PROXY / NO_PROXY, read once from the environment (as the sync client does); never netrc."""
    proxies = urllib.request.getproxies_environment()
    parts = urlsplit(base_url)
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]  # CPython has it; typeshed not
    if not proxies or bypass(parts.hostname or "", proxies):
        return None
    return proxies.get(parts.scheme)


class _Slots:
    """At most `size` requests in flight; the others wait in arrival order.

    What asyncio.Semaphore does, but taking a free slot is two lines inline in the caller instead
    of several coroutine calls, and every call takes one.
    """

    def __init__(self, size: int) -> None:
        self.free = size
        self.waiting: deque[asyncio.Future[None]] = deque()

    async def wait(self) -> None:
        """Wait until release() hands this caller a slot (the caller found none free)."""
        future = asyncio.get_running_loop().create_future()
        self.waiting.append(future)
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # handed a slot just as the caller was cancelled: pass it on
            raise

    def release(self) -> None:
        while self.waiting:
            future = self.waiting.popleft()
            if not future.done():  # skip callers cancelled while waiting
                future.set_result(None)  # the slot goes straight to the next caller
                return
        self.free += 1


class _Connection:
    """What a client shares with its with_options copies: the session and the cap on requests in flight."""

    def __init__(self, session: aiohttp.ClientSession | None, max_concurrency: int, proxy: str | None) -> None:
        self.session = session
        self.owned = session is None  # an injected session is used, never closed
        self.slots = _Slots(max_concurrency)
        self.proxy = proxy
        self.closed = False

    def open(self) -> aiohttp.ClientSession:
        session = self.session
        if session is None:
            if self.closed:
                raise TuyaError("this AsyncTuyaCloud is closed; create a new one")
            # Created on the first call, inside the running loop; aiohttp loads no certificates here.
            # Tuya's API sets no cookies: a dummy jar spares every call the cookie filtering.
            session = self.session = aiohttp.ClientSession(trust_env=False, cookie_jar=aiohttp.DummyCookieJar())
        elif session.closed:
            raise TuyaError("the aiohttp session given to AsyncTuyaCloud is closed")
        return session

    async def close(self) -> None:
        if self.owned:
            self.closed = True
            session, self.session = self.session, None
            if session is not None:
                await session.close()


class AsyncBaseClient(ClientCore):
    """The core plus an aiohttp session, a cap on requests in flight and a coroutine-safe token manager.

    The generated `AsyncTuyaCloud` subclass adds one resource per API group. A client belongs to
    the event loop of its first call.
    """

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
        token_store: AsyncTokenStore | TokenStore | None = None,
        correct_clock_skew: bool = True,
        signed_headers: Mapping[str, str] | None = None,
        session: aiohttp.ClientSession | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        rate_limit: float | AnyRateLimiter | None = None,
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
            rate_limit=rate_limit,  # the gate (limits.py) holds the rate limits; the cap is _Slots below
            operation_rate_limits=operation_rate_limits,
            on_request=on_request,
            on_response=on_response,
            strict_responses=strict_responses,
        )
        if session is not None and not isinstance(session, aiohttp.ClientSession):
            raise TuyaConfigError(f"session must be an aiohttp.ClientSession, got {type(session).__name__}")
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise TuyaConfigError(f"max_concurrency must be >= 1, got {max_concurrency}")
        self.max_concurrency = max_concurrency
        proxy = _environment_proxy(self.base_url) if session is None else None
        self._connection = _Connection(session, max_concurrency, proxy)
        self._transport_name = "aiohttp" if proxy is None else "aiohttp (a proxy from the environment)"
        self._is_copy = False
        self._tokens = AsyncTokenManager(as_async_store(token_store), self._grant_token, self._refresh_token)
        self._timeouts: dict[float, aiohttp.ClientTimeout] = {}

    def _detach_copy(self) -> None:
        self._is_copy = True  # closing the copy must not close the shared session

    async def aclose(self) -> None:
        """Close the session this client created (an injected session stays open)."""
        if not self._is_copy:
            await self._connection.close()

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------ tokens

    async def _grant_token(self) -> Token:
        grant, _ = self._token_operations()
        return self._token_from(await self.call(grant, {"grant_type": 1}, dict))

    async def _refresh_token(self, refresh_token: str) -> Token:
        _, refresh = self._token_operations()
        return self._token_from(await self.call(refresh, {"refresh_token": refresh_token}, dict))

    # ------------------------------------------------------------ calling

    async def call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        result_type: Any,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> Any:
        """Run one operation and return its parsed `result`.

        `result_type` is the result's type or, from the generated resources, a function that returns
        it: its models are then imported (and their validator built) in a worker thread on the
        operation's first call, never on the event loop.
        """
        if type(result_type) is FunctionType:
            result_type = await _result_type(op, result_type)
        prepared = self.prepare(op, args)
        result = await self._drive(self.call_flow(prepared, timeout, max_retries, allow_retry))
        return self._parse(op, result, result_type)

    async def request(
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
        """Call any endpoint (awaited), signed like the operations; return the envelope's `result` as plain JSON values.

        `path` is sent and signed as given (percent-encode the values in it); `params` is the query
        (values: strings, numbers, booleans or lists of them), `body` any JSON value. Retried on
        transient failures only for GET, or with `allow_retry=True`. Raises TuyaValidationError for a
        bad method, path, params or body (nothing sent), TuyaAPIError (or a subclass) with `.code` when
        Tuya answers `success: false`. Hooks, logs and `operation_rate_limits` name it `request`.
        """
        prepared = self._prepare_request(method, path, params, body)
        return await self._drive(self.call_flow(prepared, timeout, max_retries, allow_retry))

    async def _drive(self, flow: Generator[Step, Outcome, Any]) -> Any:
        """Answer the flow's steps with this client's transport, token manager and sleep."""
        outcome: Outcome = None
        holding = False  # a slot is taken for the next Send (by an Acquire step)
        try:
            while True:
                step = flow.send(outcome)
                if type(step) is Send:
                    holding, have_slot = False, holding
                    outcome = await self._send(step, have_slot)
                elif type(step) is GetToken:
                    outcome = self._tokens.fresh()
                    if outcome is None:  # a token call may be made: it ends by this call's deadline
                        reset = CALL_DEADLINE.set(step.deadline)
                        try:
                            outcome = await self._tokens.current()
                        finally:
                            CALL_DEADLINE.reset(reset)
                elif type(step) is Acquire:  # -- limits (limits.py): only when the client has rate limits
                    outcome = await self._acquire(step)
                    holding = True
                elif type(step) is ReplaceToken:
                    await self._tokens.replace(step.rejected)
                    outcome = None
                elif type(step) is Sleep:
                    await asyncio.sleep(step.seconds)
                    outcome = None
        except StopIteration as done:
            return done.value
        finally:
            if holding:
                self._connection.slots.release()

    async def _acquire(self, step: Acquire) -> float:
        """A slot among max_concurrency first, then the rate limits' reservations, all within the budget.

        In that order, so that a request leaves at its reserved time however long the slot took.
        """
        waited = await self._take_slot(step.operation, step.budget, step.already)
        gate = self._gate
        if gate is None:
            return waited
        try:
            return await gate.aenter(step.operation, step.budget, waited)  # no cap in this gate: rates only
        except BaseException:
            self._connection.slots.release()
            raise

    async def _take_slot(self, operation: str, budget: float, already: float = 0.0) -> float:
        """Take a slot among max_concurrency within what is left of `budget` seconds (`already` gone);
        the seconds waited, `already` included."""
        slots = self._connection.slots
        if slots.free and not slots.waiting:
            slots.free -= 1
            return already
        started = time.monotonic() - already
        try:
            async with asyncio.timeout(budget - already):
                await slots.wait()
        except TimeoutError:
            what = f"a free slot (max_concurrency={self.max_concurrency})"
            raise limit_timeout(operation, budget, time.monotonic() - started, what) from None
        return time.monotonic() - started

    def _client_timeout(self, connect: float) -> aiohttp.ClientTimeout:
        """aiohttp's own timeout bounds connecting only; the attempt's deadline (asyncio.timeout) bounds the rest."""
        found = self._timeouts.get(connect)
        if found is None:
            found = aiohttp.ClientTimeout(total=None, sock_connect=connect)
            if len(self._timeouts) < 32:  # the usual few; connect timeouts shortened by the time left vary
                self._timeouts[connect] = found
        return found

    async def _send(self, send: Send, have_slot: bool = False) -> Reply | Failure:
        op = send.operation
        connection = self._connection
        slots = connection.slots
        timeouts = send.timeouts
        if have_slot:  # taken by an Acquire step
            pass
        elif slots.free and not slots.waiting:
            slots.free -= 1
        else:  # the wait counts against the timeout, as every limit's does
            waited = await self._take_slot(op.id, timeouts[1])
            left = max(0.001, timeouts[1] - waited)
            timeouts = (min(timeouts[0], left), left)
        try:
            session = connection.session
            if session is None or (not connection.owned and session.closed):
                session = connection.open()
            timeout = self._client_timeout(timeouts[0])
            started = time.perf_counter()
            try:
                # The whole attempt (connect, send, every read of the body) ends by the deadline: aiohttp's
                # socket timeouts alone let a trickling reply, or a malformed chunk, run on and on.
                async with asyncio.timeout(max(0.0, send.deadline - time.monotonic())):
                    response = await session.request(
                        send.method,
                        URL(send.url, encoded=True),  # sent exactly as signed: no re-quoting
                        data=send.body,
                        headers=send.headers,
                        timeout=timeout,
                        allow_redirects=False,
                        proxy=connection.proxy,
                    )
                    try:
                        content = await response.read()
                    finally:
                        response.release()  # back to the pool (a no-op once read() has reached the end)
            except aiohttp.ConnectionTimeoutError:
                return Failure(TuyaTimeoutError(f"{op.id}: connecting to {self.base_url} timed out"), safe=True)
            except TimeoutError:  # the deadline, or aiohttp's socket timeouts: it may have run
                return Failure(TuyaTimeoutError(f"{op.id}: no reply within the call's timeout"), safe=False)
            except aiohttp.ClientConnectionError as exc:
                # ClientConnectorError: no connection was made (refused, DNS), so nothing was sent.
                error = TuyaConnectionError(f"{op.id}: cannot reach {self.base_url}: {type(exc).__name__}")
                return Failure(error, safe=isinstance(exc, aiohttp.ClientConnectorError))
            except aiohttp.ClientError as exc:
                raise TuyaConnectionError(f"{op.id}: request failed: {type(exc).__name__}") from None
            elapsed_ms = (time.perf_counter() - started) * 1000
        finally:
            slots.release()
        return Reply(response.status, content, response.headers.get("Retry-After"), elapsed_ms)

    # ------------------------------------------------------------ pagination

    async def paginate(
        self,
        op: Operation,
        args: Mapping[str, Any],
        result_type: Any,
        *,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[Any]:
        """Yield every item of every page, stopping on the spec's end-of-list signals."""
        if type(result_type) is FunctionType:
            result_type = await _result_type(op, result_type)
        pager = Pager(op, args, max_pages)
        while (page_args := pager.next_args()) is not None:
            result = await self.call(op, page_args, result_type, timeout=timeout, max_retries=max_retries)
            for item in pager.take(result):
                yield item
