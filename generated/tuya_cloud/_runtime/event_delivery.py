"""What TuyaEvents and AsyncTuyaEvents share: options, the consumer URL and headers, backoff with jitter,
the window of completed message ids, and which handshake refusals end the loop.

No I/O here and no third-party import: each client (events_sync.py with websockets, events_async.py with
aiohttp) does its own, around this.
"""

from __future__ import annotations

import hashlib
import logging
import random
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from .. import _events_wire as wire
from .core import _is_loopback
from .errors import TuyaConfigError
from .event_errors import TuyaEventsAuthError, TuyaEventsError, TuyaEventsServiceError

logger = logging.getLogger("tuya_cloud.events")


def password(access_id: str, access_secret: str) -> str:
    """The handshake password (spec: handshake.password): hex(md5(access_id + hex(md5(access_secret))))[8:24]."""
    inner = hashlib.md5(access_secret.encode("utf-8")).hexdigest()
    return hashlib.md5((access_id + inner).encode("utf-8")).hexdigest()[8:24]


@dataclass(frozen=True)
class ConsumerConfig:
    """Checked options of one consumer; `headers` carry the password (never logged, never in a repr)."""

    url: str
    headers: tuple[tuple[str, str], ...]
    access_id: str
    auto_ack: bool

    def __repr__(self) -> str:
        return f"ConsumerConfig(url={self.url!r}, access_id={self.access_id!r})"


def consumer_config(
    *,
    access_id: str,
    access_secret: str,
    region: str | None,
    url: str | None,
    env: str,
    subscription: str | None,
    ack_timeout: float | None,
    auto_ack: bool,
) -> ConsumerConfig:
    """Check the options as the issue lists them; a wrong one raises TuyaConfigError naming it and the rule."""
    if not isinstance(access_id, str) or not access_id:
        raise TuyaConfigError("access_id is required")
    if not isinstance(access_secret, str) or len(access_secret) < wire.KEY_SLICE[1]:
        raise TuyaConfigError(f"access_secret must be at least {wire.KEY_SLICE[1]} characters (the key is part of it)")
    base = _base_url(region, url)
    if env not in wire.ENVS:
        raise TuyaConfigError(f"env must be one of {', '.join(wire.ENVS)}, got {env!r}")
    sub = subscription if subscription is not None else wire.DEFAULT_SUBSCRIPTION.format(access_id=access_id)
    if not sub or "/" in sub:
        raise TuyaConfigError(f"subscription must be a non-empty name without '/', got {sub!r}")
    timeout_ms = wire.ACK_TIMEOUT_MS if ack_timeout is None else round(ack_timeout * 1000)
    if timeout_ms < wire.MINIMUM_ACK_TIMEOUT_MS:
        raise TuyaConfigError(
            f"ack_timeout must be at least {wire.MINIMUM_ACK_TIMEOUT_MS / 1000:g} s, got {ack_timeout}"
        )
    path = wire.CONSUMER_PATH.format(access_id=quote(access_id, safe=""), env=env, subscription=quote(sub, safe=""))
    query = f"ackTimeoutMillis={timeout_ms}&subscriptionType={wire.SUBSCRIPTION_TYPE}"
    values = {"access_id": access_id, "password": password(access_id, access_secret)}
    headers = tuple((name, values[what]) for name, what in wire.HEADERS)
    return ConsumerConfig(f"{base}{path}?{query}", headers, access_id, auto_ack)


def _base_url(region: str | None, url: str | None) -> str:
    if region is not None and url is not None:
        raise TuyaConfigError("give region or url, not both")
    if url is None:
        if region is None:
            raise TuyaConfigError(f"region is required (one of {', '.join(wire.QUEUE_HOSTS)}), or url")
        if region not in wire.QUEUE_HOSTS:
            raise TuyaConfigError(f"unknown region {region!r}; use one of {', '.join(wire.QUEUE_HOSTS)}")
        return wire.QUEUE_HOSTS[region]
    parts = urlsplit(url)
    if parts.scheme not in {"ws", "wss"} or not parts.hostname:
        raise TuyaConfigError(f"url must be a ws(s) URL, got {url!r}")
    if parts.scheme == "ws" and not _is_loopback(parts.hostname):
        raise TuyaConfigError("plain ws:// is allowed only on loopback (127.0.0.1, ::1, localhost); use wss://")
    if parts.query or parts.fragment:
        raise TuyaConfigError("url must not have a query or fragment")
    return url if url.endswith("/") else url + "/"


class Backoff:
    """Full-jitter exponential backoff: a random delay up to base * 2**attempt, capped."""

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap
        self.attempt = 0

    def next_delay(self) -> float:
        delay = random.uniform(self.base / 2, min(self.cap, self.base * 2**self.attempt))
        self.attempt = min(self.attempt + 1, 30)
        return delay

    def reset(self) -> None:
        self.attempt = 0


class CompletedWindow:
    """Message ids whose loop body completed, the most recent `size` of them: a redelivery of one of them
    (its ack lost the race with the ack timeout, or the connection dropped first) is acknowledged and
    skipped instead of reaching the loop body again."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._ids: OrderedDict[str, None] = OrderedDict()

    def __contains__(self, message_id: object) -> bool:
        return message_id in self._ids

    def add(self, message_id: str) -> None:
        self._ids[message_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)


class RefusalCounter:
    """Counts handshakes the broker refused for configuration reasons (spec: handshake.failures); after
    `limit` in a row the loop ends with the typed error, since retrying cannot fix credentials."""

    def __init__(self, limit: int, access_id: str) -> None:
        self.limit = limit
        self.access_id = access_id
        self.count = 0

    def refused(self, status: int) -> TuyaEventsError | None:
        """Record a refused handshake; the error to end with once it has happened `limit` times."""
        meaning = wire.HANDSHAKE_FAILURES.get(status)
        if meaning is None:
            return None  # another status (502, 503...): transient, reconnect with backoff
        self.count += 1
        logger.warning(
            "the message service refused the handshake (HTTP %s), try %s of %s", status, self.count, self.limit
        )
        if self.count < self.limit:
            return None
        if meaning == "credentials":
            return TuyaEventsAuthError(
                f"the message service refused Access ID {self.access_id!r} (HTTP {status}) {self.count} times: "
                "check access_id and access_secret, and that the region is the project's data centre",
                status=status,
                tries=self.count,
            )
        return TuyaEventsServiceError(
            f"the message service cannot serve this project (HTTP {status}) after {self.count} tries: enable the "
            "message service for the project and check env (event or event-test) and subscription",
            status=status,
            tries=self.count,
        )

    def untrusted(self, detail: str) -> TuyaEventsError | None:
        """Record a TLS certificate that did not verify; after `limit` in a row, the error to end with (a
        proxy or a wrong host is not fixed by waiting, and turning verification off is never the answer)."""
        self.count += 1
        logger.warning(
            "the queue host's TLS certificate did not verify (%s), try %s of %s", detail, self.count, self.limit
        )
        if self.count < self.limit:
            return None
        return TuyaEventsError(
            f"the queue host's TLS certificate did not verify {self.count} times ({detail}): check url and region, "
            "and the system's CA certificates",
            tries=self.count,
        )

    def connected(self) -> None:
        self.count = 0


class UndecodableLog:
    """Logs each undecodable message once at WARNING (a redelivery of it is not logged again)."""

    def __init__(self, size: int) -> None:
        self._seen = CompletedWindow(size)

    def warn(self, message_id: str, reason: str) -> None:
        if message_id in self._seen:
            return
        self._seen.add(message_id)
        logger.warning("message %s could not be decoded (%s); it is delivered as UndecodableEvent", message_id, reason)
