"""The sync client's fast path: a signed request sent straight through its requests session's urllib3 pool.

requests spends most of a call's CPU on machinery a Tuya call never uses: merging session settings,
cookie jars, hooks, `PreparedRequest` and `Response` objects. `PooledSender` skips it and calls the
very pool the session's `HTTPAdapter` holds (same connections, TLS settings, keep-alive and retry
policy), with the bytes requests would have sent: the session's default headers, then the call's,
then `Content-Length` as requests sets it. Failures are raised as the requests exceptions that
`HTTPAdapter.send` and `Response.content` would have raised for the same urllib3 error, so the client
maps both paths to the same Tuya errors with one set of handlers.

`pooled_sender` decides whether a session qualifies; anything it cannot vouch for (a session the
caller made, a proxy, an adapter of another kind, an older requests) keeps requests' full path.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.exceptions import (
    ClosedPoolError,
    ConnectTimeoutError,
    DecodeError,
    HTTPError,
    InvalidHeader,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    ResponseError,
    SSLError,
)

from .watchdog import Watch

FAST = "urllib3 pool"  # the path names shown in the client's debug log line
FULL = "requests"


class PooledSender:
    """Sends one request through the adapter's pool for `base_url`; returns (status, body, Retry-After)."""

    def __init__(self, session: requests.Session, adapter: HTTPAdapter, base_url: str) -> None:
        self._adapter = adapter
        self._verify = session.verify
        self._cert = session.cert
        self._probe = requests.Request("GET", base_url).prepare()  # what the adapter keys its pools by
        parts = urlsplit(base_url)
        self._origin = f"{parts.scheme}://{parts.netloc}"
        # Exactly the headers requests would merge in front of the call's own, in its order.
        # (http.client sends a str value as latin-1, so decoding a bytes one so keeps the same bytes.)
        self._defaults = {
            name: value.decode("latin-1") if isinstance(value, bytes) else value
            for name, value in session.headers.items()
            if value is not None
        }
        self._lowered = {name.lower() for name in self._defaults}
        self._clashes: dict[tuple[str, ...], bool] = {}  # call header names -> one renames a default header
        self._lock = threading.Lock()
        self._pool = self._current_pool()

    def _current_pool(self) -> urllib3.HTTPConnectionPool:
        """The adapter's pool for this host, with the TLS settings `HTTPAdapter.send` gives it on each call."""
        pool = self._adapter.get_connection_with_tls_context(self._probe, self._verify, cert=self._cert)
        # OSError for a missing CA bundle or client certificate, as on every call of requests' own path
        self._adapter.cert_verify(pool, self._origin, self._verify, self._cert)  # type: ignore[no-untyped-call]
        assert isinstance(pool, urllib3.HTTPConnectionPool)  # HTTPSConnectionPool is one too
        return pool

    def close(self) -> None:
        """Close the pool's connections, as closing the session does for every pool it still holds."""
        self._pool.close()  # (urllib3 2 closes a pool its manager dropped only once nothing refers to it)

    def _live_pool(self) -> urllib3.HTTPConnectionPool:
        pool = self._pool
        if pool.pool is None:  # closed (the client's close(), or urllib3 1 evicting it): requests would make a new one
            with self._lock:
                if self._pool.pool is None:
                    self._pool = self._current_pool()
                pool = self._pool
        return pool

    def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        timeouts: tuple[float, float],
        deadline: float,
    ) -> tuple[int, bytes, str | None]:
        """Send and read the whole reply by `deadline` (time.monotonic()), or raise requests' ReadTimeout."""
        if not url.startswith(self._origin):
            raise requests.exceptions.InvalidURL(f"{url!r} is not under {self._origin!r}")
        names = tuple(headers)
        clash = self._clashes.get(names)
        if clash is None:
            clash = any(name.lower() in self._lowered and name not in self._defaults for name in names)
            if len(self._clashes) < 64:  # a client sends a few sets of header names; never let it grow
                self._clashes[names] = clash
        if clash:  # e.g. a signed header "accept": requests merges case-insensitively, keeping the place
            merged = CaseInsensitiveDict(self._defaults)
            merged.update(headers)
            wire_headers = dict(merged.items())
        else:
            wire_headers = {**self._defaults, **headers}
        if body is not None:
            wire_headers["Content-Length"] = str(len(body))
        elif method not in ("GET", "HEAD"):
            wire_headers["Content-Length"] = "0"  # as requests' prepare_content_length does
        # Each socket operation is bounded by the time left; the watchdog cuts the connection at the
        # deadline whatever the server does (watchdog.py).
        timeout = urllib3.Timeout(connect=timeouts[0], read=timeouts[1])
        with Watch(deadline) as watch:
            try:
                response = self._live_pool().urlopen(
                    method,
                    url[len(self._origin) :] or "/",
                    body=body,
                    headers=wire_headers,
                    redirect=False,
                    assert_same_host=False,
                    preload_content=False,
                    decode_content=False,
                    retries=self._adapter.max_retries,
                    timeout=timeout,
                    chunked=False,
                )
            except (ProtocolError, OSError, MaxRetryError, ClosedPoolError, ProxyError, SSLError, HTTPError) as exc:
                if watch.fired:
                    raise requests.exceptions.ReadTimeout("the call's timeout ran out") from exc
                translated = _as_sent_by_requests(exc)
                if translated is exc:
                    raise
                raise translated from exc
            try:
                content = response.read(decode_content=True)
            except (ProtocolError, DecodeError, ReadTimeoutError, SSLError, OSError) as exc:
                if watch.fired:
                    raise requests.exceptions.ReadTimeout("the call's timeout ran out") from exc
                raise as_read_by_requests(exc) from exc
        return response.status, content, response.headers.get("Retry-After")


def _as_sent_by_requests(exc: Exception) -> Exception:
    """The exception `HTTPAdapter.send` raises for this urllib3 error (requests/adapters.py)."""
    errors = requests.exceptions
    if isinstance(exc, ProtocolError | OSError | ClosedPoolError):
        return errors.ConnectionError(exc)
    if isinstance(exc, MaxRetryError):
        reason = exc.reason
        if isinstance(reason, ConnectTimeoutError) and not isinstance(reason, NewConnectionError):
            return errors.ConnectTimeout(exc)
        if isinstance(reason, ResponseError):
            return errors.RetryError(exc)
        if isinstance(reason, ProxyError):
            return errors.ProxyError(exc)
        if isinstance(reason, SSLError):
            return errors.SSLError(exc)
        return errors.ConnectionError(exc)
    if isinstance(exc, ProxyError):
        return errors.ProxyError(exc)
    if isinstance(exc, SSLError):
        return errors.SSLError(exc)
    if isinstance(exc, ReadTimeoutError):
        return errors.ReadTimeout(exc)
    if isinstance(exc, InvalidHeader):
        return errors.InvalidHeader(exc)
    return exc  # requests lets any other urllib3 error through as it is


def as_read_by_requests(exc: Exception) -> Exception:
    """The exception `Response.content` raises for this urllib3 error while reading the body (requests/models.py)."""
    errors = requests.exceptions
    if isinstance(exc, ProtocolError):
        return errors.ChunkedEncodingError(exc)
    if isinstance(exc, DecodeError):
        return errors.ContentDecodingError(exc)
    if isinstance(exc, ReadTimeoutError):
        return errors.ConnectionError(exc)
    if isinstance(exc, SSLError):
        return errors.SSLError(exc)
    return errors.ConnectionError(exc)


def pooled_sender(session: requests.Session, owned: bool, base_url: str) -> tuple[PooledSender | None, str]:
    """The fast sender for this session, or None and why requests' full path is kept."""
    if not owned:
        return None, "the caller's session"
    if session.proxies:
        return None, "a proxy from the environment"
    adapter = session.get_adapter(base_url)
    if type(adapter) is not HTTPAdapter:
        return None, f"adapter {type(adapter).__name__}"
    if not hasattr(adapter, "get_connection_with_tls_context"):
        return None, f"requests {requests.__version__} (the fast path needs 2.32.2 or later)"
    try:
        return PooledSender(session, adapter, base_url), ""
    except OSError:  # a CA bundle or client certificate that is not there: requests reports it on each call
        return None, "TLS files requests must check on each call"
