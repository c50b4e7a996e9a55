"""Access tokens: acquired lazily, renewed before they expire, renewed once per failure, never twice.

A refresh token is single-use and refreshing invalidates the old pair, so renewals are
single-flight: one lock, and a renewal that finds the stored token already replaced uses that
one instead of renewing again. A TokenStore (or AsyncTokenStore) lets several processes that share
one Access ID share the token instead of invalidating each other's. The async client's token
manager is in async_tokens.py, so that importing this module loads no asyncio.
A store with `renewal_lock()` (the file and Redis stores) also makes the renewal
single-flight across those processes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from .errors import TuyaError

logger = logging.getLogger("tuya_cloud")

RENEW_MARGIN_SECONDS = 60.0


@dataclass(frozen=True)
class Token:
    access_token: str
    refresh_token: str
    expires_at: float  # Unix seconds on this machine's clock
    uid: str = ""

    def __repr__(self) -> str:  # never show the secrets
        return f"Token(uid={self.uid!r}, expires_at={self.expires_at:.0f}, access_token=<redacted>)"

    def fresh(self, now: float, margin: float = RENEW_MARGIN_SECONDS) -> bool:
        return now < self.expires_at - margin


class TokenStore(Protocol):
    """Where the current token lives. Implement it over a file, Redis or a database to share a token."""

    def load(self) -> Token | None: ...

    def save(self, token: Token | None) -> None: ...


class AsyncTokenStore(Protocol):
    """A TokenStore for AsyncTuyaCloud whose methods are coroutines (e.g. over a Home Assistant Store).

    AsyncTuyaCloud also takes a plain TokenStore; it then runs the store's methods in a worker
    thread, so a file store never blocks the event loop.
    """

    async def load(self) -> Token | None: ...

    async def save(self, token: Token | None) -> None: ...


class LockingTokenStore(TokenStore, Protocol):
    """A store that several processes share, with a lock held while one of them renews the token.

    The token manager takes it (after its own thread lock) around "read the store again; renew if
    still needed", so that processes renewing at the same instant renew once. Optional: a store
    without `renewal_lock` is used without it.
    """

    def renewal_lock(self) -> AbstractContextManager[object]: ...


class MemoryTokenStore:
    """The default: the token lives in this client only."""

    def __init__(self) -> None:
        self._token: Token | None = None

    def load(self) -> Token | None:
        return self._token

    def save(self, token: Token | None) -> None:
        self._token = token


class FileTokenStore:
    """A JSON file (mode 0600) that processes on one machine share; writes are atomic renames.

    Renewals take an exclusive lock on a companion file (`<path>.lock`, fcntl.flock), so processes
    renewing at the same instant renew once; the kernel drops the lock if its holder dies.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"

    def load(self) -> Token | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Token(**data)
        except FileNotFoundError:
            return None
        except (ValueError, TypeError):
            logger.warning("ignoring unreadable token file %s", self.path)
            return None

    def save(self, token: Token | None) -> None:
        if token is None:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tuya-token-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(token), handle)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @contextlib.contextmanager
    def renewal_lock(self) -> Iterator[None]:
        try:
            import fcntl
        except ImportError:  # not on POSIX: renewals are single-flight per process only
            yield
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # released on close, or by the kernel if this process dies
            yield
        finally:
            os.close(fd)


class TokenManager:
    """Hands out a valid token; `grant` gets a new one, `refresh` trades a refresh token for one."""

    def __init__(
        self,
        store: TokenStore,
        grant: Callable[[], Token],
        refresh: Callable[[str], Token],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._grant = grant
        self._refresh = refresh
        self._clock = clock
        self._lock = threading.Lock()
        lock = getattr(store, "renewal_lock", None)
        self._store_lock: Callable[[], AbstractContextManager[object]] = (
            lock if callable(lock) else contextlib.nullcontext
        )
        self.renewals = 0  # how many times a token was fetched or refreshed (for tests and metrics)

    def current(self) -> Token:
        token = self._store.load()
        if token is not None and token.fresh(self._clock()):
            return token
        with self._lock, self._store_lock():
            token = self._store.load()  # another thread (or process) may have renewed meanwhile
            if token is not None and token.fresh(self._clock()):
                return token
            return self._renew(token)

    def replace(self, rejected: Token) -> Token:
        """Tuya rejected `rejected`; return a different, valid token (renewing at most once)."""
        with self._lock, self._store_lock():
            token = self._store.load()
            if token is not None and token.access_token != rejected.access_token and token.fresh(self._clock()):
                return token
            return self._renew(token)

    def _renew(self, old: Token | None) -> Token:
        self.renewals += 1
        token: Token | None = None
        if old is not None and old.refresh_token:
            try:
                token = self._refresh(old.refresh_token)
                logger.info("tuya_cloud: access token refreshed")
            except TuyaError as exc:  # single-use refresh tokens fail once used elsewhere: grant anew
                logger.info("tuya_cloud: token refresh failed (%s); requesting a new token", type(exc).__name__)
        if token is None:
            token = self._grant()
            logger.info("tuya_cloud: new access token acquired")
        self._store.save(token)
        return token
