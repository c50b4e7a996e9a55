"""Records the calls Home Assistant reports as blocking when they run on the event loop's thread.

Home Assistant patches a list of functions (homeassistant/block_async_io.py; "Blocking operations
with asyncio" in its developer docs) and reports each call made inside the running loop. This guard
wraps the same kinds of stdlib functions for the length of a test and notes each call made while an
event loop is running in the calling thread: sleeping, opening and listing files, importing a
module (through importlib.import_module or any import of a module not loaded yet), loading TLS
certificates, and synchronous socket or http.client I/O. Calls on other threads (the fake cloud's
server, asyncio.to_thread workers) are not noted: that is where blocking work belongs.
"""

from __future__ import annotations

import asyncio
import builtins
import glob
import http.client
import importlib
import io
import os
import socket
import ssl
import sys
import time
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any


def _caller() -> str:
    """Where the noted call came from: the first frame outside this file (read without opening files)."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back  # type: ignore[assignment]
    return f"{frame.f_code.co_filename}:{frame.f_lineno}" if frame is not None else "?"


def _on_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class BlockingCalls:
    """The calls noted so far, each as `name (file:line of the caller)`."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.active = True

    def note(self, name: str) -> None:
        if self.active and _on_loop():
            self.calls.append(f"{name} ({_caller()})")

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.note(name)
            return function(*args, **kwargs)

        return recorded

    def wrap_socket_method(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """asyncio's own socket calls are non-blocking (timeout 0.0); only blocking-mode I/O counts."""

        def recorded(sock: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if sock.gettimeout() != 0.0:
                self.note(f"socket.socket.{name} (blocking mode)")
            return function(sock, *args, **kwargs)

        return recorded


class _ImportRecorder:
    """A meta-path finder that finds nothing and notes every import of a module not yet loaded."""

    def __init__(self, calls: BlockingCalls) -> None:
        self.calls = calls

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self.calls.note(f"import {name}")
        return None


_FUNCTIONS: list[tuple[Any, str]] = [
    (time, "sleep"),
    (builtins, "open"),
    (io, "open"),
    (os, "listdir"),
    (os, "scandir"),
    (os, "stat"),
    (os, "walk"),
    (glob, "glob"),
    (glob, "iglob"),
    (importlib, "import_module"),
    (ssl.SSLContext, "load_default_certs"),
    (ssl.SSLContext, "load_verify_locations"),
    (ssl.SSLContext, "load_cert_chain"),
    (ssl.SSLContext, "set_default_verify_paths"),
    (http.client.HTTPConnection, "putrequest"),
]
_SOCKET_METHODS = ["connect", "connect_ex", "accept", "send", "sendall", "sendto", "recv", "recv_into", "recvfrom"]


class BlockingCallGuard(BlockingCalls):
    """`with BlockingCallGuard() as guard: ...` notes blocking calls on a loop's thread into `guard.calls`."""

    def __init__(self) -> None:
        super().__init__()
        self._undo: list[tuple[Any, str, Any]] = []

    def _patch(self, owner: Any, name: str, value: Any) -> None:
        self._undo.append((owner, name, owner.__dict__[name] if name in vars(owner) else _MISSING))
        setattr(owner, name, value)

    def __enter__(self) -> BlockingCallGuard:
        for owner, name in _FUNCTIONS:
            label = f"{getattr(owner, '__name__', owner)}.{name}"
            self._patch(owner, name, self.wrap(label, getattr(owner, name)))
        for name in _SOCKET_METHODS:
            self._patch(socket.socket, name, self.wrap_socket_method(name, getattr(socket.socket, name)))
        sys.meta_path.insert(0, _ImportRecorder(self))
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.active = False
        sys.meta_path[:] = [finder for finder in sys.meta_path if not isinstance(finder, _ImportRecorder)]
        for owner, name, value in reversed(self._undo):
            if value is _MISSING:
                delattr(owner, name)
            else:
                setattr(owner, name, value)
        self._undo.clear()


_MISSING = object()
