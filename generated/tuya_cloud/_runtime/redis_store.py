"""Fleet state in Redis: one token and one call budget for every process and machine of an Access ID.

`RedisTokenStore` keeps the token pair under one key and makes renewals single-flight across
processes with a Redis lock. `RedisRateLimiter` is the GCRA limiter of limits.py run as a Lua
script inside Redis, on Redis's own clock, so machines with different clocks still share one
evenly spaced budget; a reservation is one round trip. The `Async...` twins take a
`redis.asyncio.Redis` for AsyncTuyaCloud.

Needs the optional extra: `pip install "tuya-cloud-sdk[redis]"`. This module does not import
redis; pass a client you made (`redis.Redis.from_url(...)`) or use `from_url`, which imports it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from .errors import TuyaConfigError
from .tokens import Token

if TYPE_CHECKING:
    import redis
    import redis.asyncio

logger = logging.getLogger("tuya_cloud")

LOCK_LEASE_SECONDS = 60.0  # a renewal holding the lock longer than this (a stuck process) loses it
LOCK_WAIT_SECONDS = 90.0  # then renew without the lock rather than fail the call

# GCRA in one atomic step. KEYS[1]: the limiter's key. ARGV: interval, tolerance, max_wait and
# min_wait in microseconds. Returns {1, wait_us} when reserved, {0, wait_us} when the wait would be
# longer than max_wait (nothing reserved). Time is Redis's (TIME), the same for every machine.
_GCRA = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local next_at = tonumber(redis.call('GET', KEYS[1]) or '0')
local send_at = math.max(now + tonumber(ARGV[4]), next_at - tolerance)
local wait = send_at - now
if wait > tonumber(ARGV[3]) then
  return {0, wait}
end
next_at = math.max(next_at, send_at) + interval
redis.call('SET', KEYS[1], string.format('%.0f', next_at), 'PX', math.ceil((next_at - now) / 1000) + 1000)
return {1, wait}
"""


def _import_redis() -> Any:
    try:
        import redis
    except ImportError:
        raise TuyaConfigError(
            'the Redis token store and limiter need redis: pip install "tuya-cloud-sdk[redis]"'
        ) from None
    return redis


def _check_key(key: str) -> str:
    if not isinstance(key, str) or not key:
        raise TuyaConfigError("key must be a non-empty string, one per Access ID (e.g. 'tuya:<access id>:token')")
    return key


def _encode(token: Token) -> tuple[str, int]:
    """The stored JSON and its time to live in ms (the key disappears a minute after the token expires)."""
    ttl_ms = max(1000, int((token.expires_at - time.time() + 60) * 1000))
    return json.dumps(asdict(token)), ttl_ms


def _decode(raw: bytes | str | None, key: str) -> Token | None:
    if raw is None:
        return None
    try:
        return Token(**json.loads(raw))
    except (ValueError, TypeError):
        logger.warning("ignoring an unreadable token in Redis key %s", key)
        return None


class _GcraArgs:
    """The limiter's settings as the script's arguments."""

    def __init__(self, key: str, rate: float, burst: int) -> None:
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0:
            raise TuyaConfigError(f"rate must be a positive number of calls per second, got {rate!r}")
        if burst < 1:
            raise TuyaConfigError(f"burst must be >= 1, got {burst!r}")
        self.key = _check_key(key)
        self.rate = float(rate)
        self.burst = burst
        self.interval_us = round(1_000_000 / self.rate)
        self.tolerance_us = (burst - 1) * self.interval_us

    def args(self, max_wait: float, min_wait: float) -> list[int]:
        max_us = int(min(max_wait, 1e9) * 1_000_000) if max_wait >= 0 else -1
        return [self.interval_us, self.tolerance_us, max_us, max(0, int(min_wait * 1_000_000))]

    @staticmethod
    def wait(reply: Any) -> float:
        """The script's reply as seconds; when nothing was reserved, it is more than max_wait already."""
        return max(0.0, int(reply[1]) / 1_000_000)


# ---------------------------------------------------------------- sync


class RedisTokenStore:
    """The token pair under one Redis key, shared by every process and machine using this Access ID.

    store = RedisTokenStore(redis.Redis.from_url("redis://..."), key="tuya:<access id>:token")
    client = TuyaCloud(..., token_store=store)
    """

    def __init__(self, client: redis.Redis, *, key: str) -> None:
        self._redis = client
        self.key = _check_key(key)

    @classmethod
    def from_url(cls, url: str, *, key: str) -> RedisTokenStore:
        return cls(_import_redis().Redis.from_url(url), key=key)

    def __repr__(self) -> str:
        return f"RedisTokenStore(key={self.key!r})"

    def load(self) -> Token | None:
        return _decode(self._redis.get(self.key), self.key)

    def save(self, token: Token | None) -> None:
        if token is None:
            self._redis.delete(self.key)
            return
        value, ttl_ms = _encode(token)
        self._redis.set(self.key, value, px=ttl_ms)

    @contextlib.contextmanager
    def renewal_lock(self) -> Iterator[None]:
        lock = self._redis.lock(
            self.key + ":renewal", timeout=LOCK_LEASE_SECONDS, blocking_timeout=LOCK_WAIT_SECONDS, thread_local=False
        )
        acquired = lock.acquire()
        if not acquired:
            logger.warning(
                "tuya_cloud: waited %.0f s for the token renewal lock in Redis; renewing without it", LOCK_WAIT_SECONDS
            )
        try:
            yield
        finally:
            if acquired:
                with contextlib.suppress(Exception):  # the lease may have run out meanwhile
                    lock.release()


class RedisRateLimiter:
    """At most `rate` calls per second across every process and machine sharing `key`.

        limiter = RedisRateLimiter(redis.Redis.from_url("redis://..."), key="tuya:<access id>:rate", rate=5)
        client = TuyaCloud(..., rate_limit=limiter)

    Spaces calls evenly by default (`burst=1`). Each reservation is one round trip to Redis.
    """

    def __init__(self, client: redis.Redis, *, key: str, rate: float, burst: int = 1) -> None:
        self._settings = _GcraArgs(key, rate, burst)
        self._script = client.register_script(_GCRA)
        self.key = self._settings.key
        self.rate = self._settings.rate

    @classmethod
    def from_url(cls, url: str, *, key: str, rate: float, burst: int = 1) -> RedisRateLimiter:
        return cls(_import_redis().Redis.from_url(url), key=key, rate=rate, burst=burst)

    def __repr__(self) -> str:
        return f"RedisRateLimiter(key={self.key!r}, rate={self.rate:g})"

    def reserve(self, max_wait: float, min_wait: float = 0.0) -> float:
        reply = self._script(keys=[self.key], args=self._settings.args(max_wait, min_wait))
        return _GcraArgs.wait(reply)


# ---------------------------------------------------------------- async


class AsyncRedisTokenStore:
    """RedisTokenStore for AsyncTuyaCloud, over a `redis.asyncio.Redis` client."""

    def __init__(self, client: redis.asyncio.Redis, *, key: str) -> None:
        self._redis = client
        self.key = _check_key(key)

    @classmethod
    def from_url(cls, url: str, *, key: str) -> AsyncRedisTokenStore:
        _import_redis()
        import redis.asyncio

        return cls(redis.asyncio.Redis.from_url(url), key=key)

    def __repr__(self) -> str:
        return f"AsyncRedisTokenStore(key={self.key!r})"

    async def load(self) -> Token | None:
        return _decode(await self._redis.get(self.key), self.key)

    async def save(self, token: Token | None) -> None:
        if token is None:
            await self._redis.delete(self.key)
            return
        value, ttl_ms = _encode(token)
        await self._redis.set(self.key, value, px=ttl_ms)

    @contextlib.asynccontextmanager
    async def renewal_lock(self) -> AsyncIterator[None]:
        lock = self._redis.lock(
            self.key + ":renewal", timeout=LOCK_LEASE_SECONDS, blocking_timeout=LOCK_WAIT_SECONDS, thread_local=False
        )
        acquired = await lock.acquire()
        if not acquired:
            logger.warning(
                "tuya_cloud: waited %.0f s for the token renewal lock in Redis; renewing without it", LOCK_WAIT_SECONDS
            )
        try:
            yield
        finally:
            if acquired:
                with contextlib.suppress(Exception):
                    await lock.release()


class AsyncRedisRateLimiter:
    """RedisRateLimiter for AsyncTuyaCloud, over a `redis.asyncio.Redis` client."""

    def __init__(self, client: redis.asyncio.Redis, *, key: str, rate: float, burst: int = 1) -> None:
        self._settings = _GcraArgs(key, rate, burst)
        self._script = client.register_script(_GCRA)
        self.key = self._settings.key
        self.rate = self._settings.rate

    @classmethod
    def from_url(cls, url: str, *, key: str, rate: float, burst: int = 1) -> AsyncRedisRateLimiter:
        _import_redis()
        import redis.asyncio

        return cls(redis.asyncio.Redis.from_url(url), key=key, rate=rate, burst=burst)

    def __repr__(self) -> str:
        return f"AsyncRedisRateLimiter(key={self.key!r}, rate={self.rate:g})"

    async def reserve(self, max_wait: float, min_wait: float = 0.0) -> float:
        reply = await self._script(keys=[self.key], args=self._settings.args(max_wait, min_wait))
        return _GcraArgs.wait(reply)
