"""Tokens for the async client: renewal is single-flight across coroutines, behind one asyncio.Lock.

The rules are those of tokens.TokenManager. One difference: the manager keeps the last token it
saw, so a call with a fresh token reads no store (a sync store runs in a worker thread, which
would cost a thread hop per call); the store is read when that token is stale or Tuya rejects it,
which is when another process may have renewed it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures.thread  # noqa: F401  # asyncio.to_thread's executor would import it on the loop
import contextlib
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager

from .errors import TuyaConfigError, TuyaError
from .tokens import AsyncTokenStore, MemoryTokenStore, Token, TokenStore

logger = logging.getLogger("tuya_cloud")


class _InlineStore:
    """MemoryTokenStore as an AsyncTokenStore: it does no I/O, so it needs no thread."""

    def __init__(self, store: MemoryTokenStore) -> None:
        self._store = store

    async def load(self) -> Token | None:
        return self._store.load()

    async def save(self, token: Token | None) -> None:
        self._store.save(token)


class _ThreadedStore:
    """A sync TokenStore (a file, a database) as an AsyncTokenStore: each method runs in a worker thread."""

    def __init__(self, store: TokenStore) -> None:
        self._store = store

    async def load(self) -> Token | None:
        return await asyncio.to_thread(self._store.load)

    async def save(self, token: Token | None) -> None:
        await asyncio.to_thread(self._store.save, token)

    @contextlib.asynccontextmanager
    async def renewal_lock(self) -> AsyncIterator[None]:
        """The sync store's inter-process renewal lock (FileTokenStore's flock), taken in a worker thread."""
        lock = getattr(self._store, "renewal_lock", None)
        if not callable(lock):
            yield
            return
        held = lock()
        await asyncio.to_thread(held.__enter__)
        try:
            yield
        finally:
            await asyncio.to_thread(held.__exit__, None, None, None)


@contextlib.asynccontextmanager
async def _no_lock() -> AsyncIterator[None]:
    yield


def _renewal_lock(store: AsyncTokenStore) -> Callable[[], AbstractAsyncContextManager[object]]:
    """The store's lock around a renewal shared by processes, or none (see tokens.LockingTokenStore)."""
    lock = getattr(store, "renewal_lock", None)
    return lock if callable(lock) else _no_lock


def as_async_store(store: AsyncTokenStore | TokenStore | None) -> AsyncTokenStore:
    """The store the async client uses for what the caller passed."""
    if store is None:
        return _InlineStore(MemoryTokenStore())
    if type(store) is MemoryTokenStore:
        return _InlineStore(store)
    kinds = {inspect.iscoroutinefunction(store.load), inspect.iscoroutinefunction(store.save)}
    if kinds == {True}:
        return store  # type: ignore[return-value]
    if kinds == {False}:
        return _ThreadedStore(store)  # type: ignore[arg-type]
    raise TuyaConfigError("token_store: load and save must both be coroutines (AsyncTokenStore) or neither")


class AsyncTokenManager:
    """Hands out a valid token; `grant` gets a new one, `refresh` trades a refresh token for one."""

    def __init__(
        self,
        store: AsyncTokenStore,
        grant: Callable[[], Awaitable[Token]],
        refresh: Callable[[str], Awaitable[Token]],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._grant = grant
        self._refresh = refresh
        self._clock = clock
        self._lock = asyncio.Lock()  # binds to the running loop on first contention, not here
        self._store_lock = _renewal_lock(store)  # other processes' renewals (file, Redis)
        self._token: Token | None = None
        self.renewals = 0  # how many times a token was fetched or refreshed (for tests and metrics)

    def fresh(self) -> Token | None:
        """The token in hand if it is still fresh: what nearly every call gets, with nothing to await."""
        token = self._token
        return token if token is not None and token.fresh(self._clock()) else None

    async def current(self) -> Token:
        token = self._token
        if token is not None and token.fresh(self._clock()):
            return token
        async with self._lock:
            token = self._token  # another coroutine may have renewed while this one waited
            if token is not None and token.fresh(self._clock()):
                return token
            async with self._store_lock():
                token = await self._store.load()  # or another process
                if token is not None and token.fresh(self._clock()):
                    self._token = token
                    return token
                return await self._renew(token)

    async def replace(self, rejected: Token) -> Token:
        """Tuya rejected `rejected`; return a different, valid token (renewing at most once)."""
        async with self._lock, self._store_lock():
            for token in (self._token, await self._store.load()):
                if token is not None and token.access_token != rejected.access_token and token.fresh(self._clock()):
                    self._token = token
                    return token
            return await self._renew(token)

    async def _renew(self, old: Token | None) -> Token:
        self.renewals += 1
        token: Token | None = None
        if old is not None and old.refresh_token:
            try:
                token = await self._refresh(old.refresh_token)
                logger.info("tuya_cloud: access token refreshed")
            except TuyaError as exc:  # single-use refresh tokens fail once used elsewhere: grant anew
                logger.info("tuya_cloud: token refresh failed (%s); requesting a new token", type(exc).__name__)
        if token is None:
            token = await self._grant()
            logger.info("tuya_cloud: new access token acquired")
        await self._store.save(token)
        self._token = token
        return token
