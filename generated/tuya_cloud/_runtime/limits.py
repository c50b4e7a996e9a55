"""Client-side limits: calls per second (a token bucket) and requests in flight (a semaphore).

Tuya counts calls per cloud project (see spec/envelope.yaml, `limits`): every thread, coroutine,
process and machine using one Access ID draws on one budget. A client's `Gate` makes each attempt
wait for a slot before it is signed and sent:

- first a slot among `max_concurrency` requests in flight (held until the reply is read),
- then a reservation on every rate limiter that applies (the operation's own limit, then the
  client's), so that the request leaves at its reserved time and requests stay evenly spaced.

Waiting is deadline-aware: it counts against the attempt's timeout, a reservation that would not
fit is not made, and running out raises `TuyaLimitTimeoutError`, which says what was waited for.
A rate limiter is anything with `reserve(max_wait, min_wait)` (see `RateLimiter`); the Redis
limiters in redis_store.py share one budget between processes. Reservations never block, so the
same limiter serves the sync client (time.sleep) and the async client (asyncio.sleep).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Protocol

from .errors import TuyaConfigError, TuyaLimitTimeoutError

if TYPE_CHECKING:
    import asyncio  # the async face imports it when first used: the sync client never loads asyncio


class SyncRateLimiter(Protocol):
    """Reserves the next send time; shared by every caller that must stay inside one budget."""

    def reserve(self, max_wait: float, min_wait: float = 0.0) -> float:
        """Seconds to wait before sending (at least `min_wait`).

        When that is more than `max_wait`, nothing is reserved and the caller must not send.
        """
        ...


class AsyncRateLimiter(Protocol):
    """The same contract, for limiters that do I/O to reserve (e.g. Redis over asyncio)."""

    async def reserve(self, max_wait: float, min_wait: float = 0.0) -> float: ...


AnyRateLimiter = SyncRateLimiter | AsyncRateLimiter


class RateLimiter:
    """At most `rate` calls per second in this process, with bursts of at most `burst` calls.

    A token bucket written as GCRA (the generic cell rate algorithm): one number, the theoretical
    arrival time of the next call, under a lock held for a few arithmetic operations. The default
    burst of 1 spaces calls evenly (1/rate apart), which stays inside a server limit however the
    server counts its seconds. Thread-safe; callers in an event loop may use it too, since
    `reserve` never blocks.
    """

    def __init__(self, rate: float, *, burst: int = 1) -> None:
        if not rate > 0:
            raise TuyaConfigError(f"rate must be a positive number of calls per second, got {rate!r}")
        if burst < 1:
            raise TuyaConfigError(f"burst must be >= 1, got {burst!r}")
        self.rate = float(rate)
        self.burst = burst
        self._interval = 1.0 / self.rate
        self._tolerance = (burst - 1) * self._interval
        self._next = 0.0  # theoretical arrival time of the next call, on the monotonic clock
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate:g}, burst={self.burst})"

    def reserve(self, max_wait: float, min_wait: float = 0.0) -> float:
        with self._lock:
            now = time.monotonic()
            send_at = max(now + min_wait, self._next - self._tolerance)
            wait = send_at - now
            if wait <= max_wait:
                self._next = max(self._next, send_at) + self._interval
            return wait


def as_rate_limiter(value: float | AnyRateLimiter | None, what: str) -> AnyRateLimiter | None:
    """A limiter for what the caller passed: calls per second, a limiter object, or None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise TuyaConfigError(f"{what} must be calls per second or a rate limiter, got {value!r}")
    if isinstance(value, int | float):
        if not value > 0:
            raise TuyaConfigError(f"{what} must be a positive number of calls per second, got {value!r}")
        return RateLimiter(value)
    if not callable(getattr(value, "reserve", None)):
        raise TuyaConfigError(f"{what} must be calls per second or an object with reserve(), got {value!r}")
    return value


def _describe(limiter: object) -> str:
    rate = getattr(limiter, "rate", None)
    return f"{rate:g} calls/s" if isinstance(rate, int | float) else repr(limiter)


class Gate:
    """What a client waits for before each attempt; shared by a client and its with_options copies."""

    def __init__(
        self,
        rate_limit: AnyRateLimiter | None,
        operation_limits: Mapping[str, AnyRateLimiter],
        max_concurrency: int | None,
    ) -> None:
        if max_concurrency is not None and (
            isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1
        ):
            raise TuyaConfigError(f"max_concurrency must be >= 1 (or None for no cap), got {max_concurrency!r}")
        self.rate_limit = rate_limit
        self.max_concurrency = max_concurrency
        self.operation_limits = dict(operation_limits)
        self._slots = threading.BoundedSemaphore(max_concurrency) if max_concurrency is not None else None
        self._async_slots: asyncio.Semaphore | None = None  # made on first async use, in the running loop

    def _limiters(self, operation: str) -> list[AnyRateLimiter]:
        """The operation's own limit, then the client's: the stricter one decides when to send."""
        own = self.operation_limits.get(operation)
        found = [own] if own is not None else []
        if self.rate_limit is not None:
            found.append(self.rate_limit)
        return found

    # ------------------------------------------------------------ the sync face

    def enter(self, operation: str, budget: float, already: float = 0.0) -> float:
        """Wait for a slot and every reservation; returns the seconds waited (`already` included).

        `already`: seconds of `budget` the caller spent waiting before. Pair with `leave()`.
        """
        started = time.monotonic() - already
        if self._slots is not None and not self._slots.acquire(timeout=max(0.0, budget - already)):
            raise self._timeout(operation, budget, time.monotonic() - started, None)
        try:
            wait = 0.0
            for limiter in self._limiters(operation):
                left = budget - (time.monotonic() - started)
                reserved = limiter.reserve(left, wait)
                if not isinstance(reserved, float | int):  # an awaitable: an async limiter
                    _close(reserved)
                    raise TuyaConfigError(f"{limiter!r} is an async rate limiter; use it with AsyncTuyaCloud")
                if reserved > left:
                    raise self._timeout(operation, budget, time.monotonic() - started, (limiter, reserved))
                wait = reserved
            if wait > 0:
                time.sleep(wait)
        except BaseException:
            self.leave()
            raise
        return time.monotonic() - started

    def leave(self) -> None:
        if self._slots is not None:
            self._slots.release()

    # ------------------------------------------------------------ the async face

    async def aenter(self, operation: str, budget: float, already: float = 0.0) -> float:
        """`enter` for coroutines: asyncio waits, awaitable reservations. Pair with `aleave()`."""
        import asyncio

        started = time.monotonic() - already
        slots = self._async_slots
        if slots is None and self.max_concurrency is not None:
            slots = self._async_slots = asyncio.Semaphore(self.max_concurrency)
        if slots is not None:
            if not slots.locked():
                await slots.acquire()  # a free slot: taken at once, without a timer
            else:
                try:
                    async with asyncio.timeout(max(0.0, budget - already)):
                        await slots.acquire()
                except TimeoutError:
                    raise self._timeout(operation, budget, time.monotonic() - started, None) from None
        try:
            wait = 0.0
            for limiter in self._limiters(operation):
                left = budget - (time.monotonic() - started)
                reserved = limiter.reserve(left, wait)
                if not isinstance(reserved, float | int):
                    reserved = await reserved
                if reserved > left:
                    raise self._timeout(operation, budget, time.monotonic() - started, (limiter, reserved))
                wait = reserved
            if wait > 0:
                await asyncio.sleep(wait)
        except BaseException:
            self.aleave()
            raise
        return time.monotonic() - started

    def aleave(self) -> None:
        if self._async_slots is not None:
            self._async_slots.release()

    # ------------------------------------------------------------ running out of time

    def _timeout(
        self, operation: str, budget: float, waited: float, short: tuple[AnyRateLimiter, float] | None
    ) -> TuyaLimitTimeoutError:
        if short is None:
            return limit_timeout(operation, budget, waited, f"a free slot (max_concurrency={self.max_concurrency})")
        limiter, needed = short
        scope = "the operation's rate limit" if limiter is not self.rate_limit else "the client's rate limit"
        return limit_timeout(
            operation,
            budget,
            waited,
            f"{scope} ({_describe(limiter)})",
            f"the next free slot is {waited + needed:.2f} s away",
        )


def limit_timeout(operation: str, budget: float, waited: float, what: str, detail: str = "") -> TuyaLimitTimeoutError:
    """The error for a call whose timeout ran out while it waited for `what`; nothing was sent."""
    detail = detail or f"waited {waited:.2f} s"
    return TuyaLimitTimeoutError(
        f"{operation}: the call's {budget:g} s timeout ran out waiting for {what}: {detail}; "
        "nothing was sent. Waiting for a client-side limit counts against the timeout: raise timeout= or lower the "
        "call rate",
        operation=operation,
        waited=waited,
    )


def _close(awaitable: Awaitable[float]) -> None:
    close = getattr(awaitable, "close", None)  # a coroutine never awaited would warn at garbage collection
    if close is not None:
        close()
