"""The sync client's whole-call deadline: a watchdog that cuts a connection whose request is out of time.

urllib3 and http.client only bound each socket operation, so a server that sends a byte now and
then (or a header line forever) keeps a call alive far past its timeout. Each request sent through
the pool is watched: the pool (DeadlinePoolMixin) hands the watch the connection it takes, and one
daemon thread shuts that connection's socket down when the deadline passes, which ends the blocked
read at once. The caller then sees the watch `fired` and reports a timeout. A watch lives only
while its request is in flight: nothing accumulates, however many calls are made.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from typing import Any

import urllib3

TICK = 1.0  # seconds
IDLE = 60.0  # seconds
_local = threading.local()  # the watch of the request this thread is sending, if any


class Watch:
    """One request's deadline and, once the pool hands it out, its connection."""

    __slots__ = ("connection", "deadline", "fired")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.connection: Any = None
        self.fired = False

    def __enter__(self) -> Watch:
        _local.watch = self
        _WATCHDOG.add(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        _local.watch = None
        _WATCHDOG.remove(self)


class _Watchdog:
    """One thread for the process; it sleeps until the earliest deadline among the watches in flight."""

    def __init__(self) -> None:
        self._lock = threading.Condition(threading.Lock())
        self._watches: dict[int, Watch] = {}
        self._wake_at = float("inf")
        self._thread: threading.Thread | None = None

    def add(self, watch: Watch) -> None:
        with self._lock:
            self._watches[id(watch)] = watch
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="tuya-cloud-deadlines", daemon=True)
                self._thread.start()
            if watch.deadline < self._wake_at:
                self._lock.notify()

    def remove(self, watch: Watch) -> None:
        with self._lock:
            self._watches.pop(id(watch), None)
            watch.connection = None

    def attach(self, connection: Any) -> None:
        """The pool took `connection` for this thread's watched request (if any)."""
        watch = getattr(_local, "watch", None)
        if watch is not None:
            with self._lock:
                watch.connection = connection

    def detach(self, connection: Any) -> None:
        """`connection` goes back to the pool: no deadline may cut it any more."""
        watch = getattr(_local, "watch", None)
        if watch is not None and watch.connection is connection:
            with self._lock:
                watch.connection = None

    def _run(self) -> None:
        busy_at = time.monotonic()
        with self._lock:
            while True:
                now = time.monotonic()
                for watch in [w for w in self._watches.values() if w.deadline <= now]:
                    del self._watches[id(watch)]
                    watch.fired = True
                    _cut(watch.connection)
                    watch.connection = None
                if self._watches:
                    busy_at = now
                # While calls come, wake at least every TICK seconds: a watch whose deadline is further
                # away then needs no wake-up call (add() notifies only for an earlier one), which spares
                # nearly every call a thread switch. After IDLE seconds without calls, sleep until one comes.
                earliest = min((w.deadline for w in self._watches.values()), default=float("inf"))
                self._wake_at = min(earliest, now + TICK) if now - busy_at < IDLE else earliest
                self._lock.wait(None if self._wake_at == float("inf") else self._wake_at - now)


def _cut(connection: Any) -> None:
    """End whatever the connection's socket is blocked in (a TLS socket too: the plain socket's shutdown)."""
    sock = getattr(connection, "sock", None)
    if sock is None:  # still connecting: its connect timeout, never longer than the time left, bounds it
        return
    with contextlib.suppress(OSError):  # already closed
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):  # a forked child has no watchdog thread (and maybe a held lock): a new one
    os.register_at_fork(after_in_child=lambda: _Watchdog.__init__(_WATCHDOG))


class DeadlinePoolMixin:
    """For urllib3's pools: tell the watchdog which connection a watched request takes and gives back."""

    def _get_conn(self, timeout: float | None = None) -> Any:
        connection = super()._get_conn(timeout)  # type: ignore[misc]
        _WATCHDOG.attach(connection)
        return connection

    def _put_conn(self, conn: Any) -> None:
        _WATCHDOG.detach(conn)
        super()._put_conn(conn)  # type: ignore[misc]


class DeadlineHTTPConnectionPool(DeadlinePoolMixin, urllib3.HTTPConnectionPool):
    pass


class DeadlineHTTPSConnectionPool(DeadlinePoolMixin, urllib3.HTTPSConnectionPool):
    pass


POOL_CLASSES = {"http": DeadlineHTTPConnectionPool, "https": DeadlineHTTPSConnectionPool}
