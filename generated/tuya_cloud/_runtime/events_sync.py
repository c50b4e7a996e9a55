"""TuyaEvents: Tuya's message service in a plain `for` loop, on websockets' threading client.

    with TuyaEvents(access_id="...", access_secret="...", region="eu") as events:
        for event in events:      # blocks; reconnects by itself
            handle(event)         # acknowledged when the loop asks for the next one

At least once: an event is acknowledged only after the loop body returned; when the body raises, the
event stays unacknowledged and the broker sends it again (after the ack timeout, or to the next
consumer). websockets reads the socket in its own thread while the body runs, answering pings and
sending keepalive pings with a deadline, so a slow body neither stalls the connection nor misses an ack.
"""

from __future__ import annotations

import contextlib
import json
import ssl
import threading
from collections.abc import Iterator
from types import TracebackType

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from .event_base import Event, UndecodableEvent
from .event_decode import FrameDecoder
from .event_delivery import (
    Backoff,
    CompletedWindow,
    RefusalCounter,
    UndecodableLog,
    consumer_config,
    logger,
)

MAX_FRAME_BYTES = 16 * 1024 * 1024  # Tuya's events are a few hundred bytes; the default 1 MiB is no reason to fail


class TuyaEvents:
    """A consumer of Tuya's message service (Pulsar over WebSocket), for threads and scripts.

    `region` picks the queue host (or `url`, plain ws:// only on loopback); `env` is "event" (production)
    or "event-test"; `subscription` defaults to `<access_id>-sub`; `ack_timeout` (seconds) is how long
    the broker waits for an ack before sending a message again; with `auto_ack=False` call
    `events.ack(event)` yourself. Wrong credentials or a project without the message service end the
    loop with TuyaEventsAuthError / TuyaEventsServiceError after `refusal_limit` refused handshakes;
    anything else reconnects with backoff and jitter.
    """

    # Tunables, as class attributes so a subclass (or a test) can change them.
    ping_interval = 20.0  # seconds between keepalive pings
    ping_timeout = 20.0  # a pong must come within this; else the connection is dropped and made again
    open_timeout = 10.0  # the handshake's deadline
    backoff_base = 0.5
    backoff_cap = 30.0
    refusal_limit = 3  # refused handshakes (401/403/500) before the loop ends with the typed error
    completed_window = 10_000  # completed message ids remembered to skip redeliveries

    def __init__(
        self,
        *,
        access_id: str,
        access_secret: str,
        region: str | None = None,
        url: str | None = None,
        env: str = "event",
        subscription: str | None = None,
        ack_timeout: float | None = None,
        auto_ack: bool = True,
    ) -> None:
        self._config = consumer_config(
            access_id=access_id,
            access_secret=access_secret,
            region=region,
            url=url,
            env=env,
            subscription=subscription,
            ack_timeout=ack_timeout,
            auto_ack=auto_ack,
        )
        self._decoder = FrameDecoder(access_secret)
        self._completed = CompletedWindow(self.completed_window)
        self._undecodable = UndecodableLog(self.completed_window)
        self._connection: ClientConnection | None = None
        self._closed = threading.Event()
        # One backoff for the consumer's life, reset only once a connection delivered a frame: a host that
        # accepts and drops at once is retried more and more slowly, not in a storm.
        self._backoff = Backoff(self.backoff_base, self.backoff_cap)
        self._lock = threading.Lock()  # guards _connection between the loop and close() from another thread
        self.connections = 0  # connections made so far (more than one: it reconnected)
        self.skipped_redeliveries = 0  # redeliveries of completed events, acknowledged without the loop body

    def __repr__(self) -> str:
        return f"TuyaEvents(url={self._config.url!r})"

    def __enter__(self) -> TuyaEvents:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop: the loop ends after the current event (unacknowledged events are sent again later)."""
        self._closed.set()
        with self._lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def ack(self, event: Event) -> None:
        """Acknowledge an event (with auto_ack=False); an event already acknowledged is acknowledged again."""
        self._completed.add(event.message_id)
        self._send_ack(event.message_id)

    def __iter__(self) -> Iterator[Event]:
        while not self._closed.is_set():
            connection = self._connect()
            if connection is None:
                return
            delivered = False
            try:
                while True:
                    frame = connection.recv()
                    if not delivered:
                        delivered = True
                        self._backoff.reset()
                    event = self._decoder.decode(frame)
                    if event is None:
                        logger.warning("a frame without a message id was dropped (it cannot be acknowledged)")
                        continue
                    if event.message_id in self._completed:
                        self.skipped_redeliveries += 1
                        self._send_ack(event.message_id)
                        continue
                    if isinstance(event, UndecodableEvent):
                        self._undecodable.warn(event.message_id, event.reason)
                    yield event
                    # The loop body returned: the event is done (a raising body never gets here).
                    if self._config.auto_ack:
                        self.ack(event)
            except (ConnectionClosed, OSError) as exc:
                if self._closed.is_set():
                    return
                logger.info("message service connection lost (%s); reconnecting", type(exc).__name__)
                self._drop(connection)
                if not delivered:
                    self._closed.wait(self._backoff.next_delay())

    # ------------------------------------------------------------ connection

    def _connect(self) -> ClientConnection | None:
        """A live connection, made with backoff; None once closed. Raises the typed error on refusals."""
        with self._lock:
            if self._connection is not None:
                return self._connection
        refusals = RefusalCounter(self.refusal_limit, self._config.access_id)
        while not self._closed.is_set():
            try:
                # Entered as its own context manager (websockets 17 wants that; the
                # connection outlives this call and close() ends it).
                connection = connect(
                    self._config.url,
                    additional_headers=list(self._config.headers),
                    ssl=ssl.create_default_context() if self._config.url.startswith("wss:") else None,
                    open_timeout=self.open_timeout,
                    ping_interval=self.ping_interval,
                    ping_timeout=self.ping_timeout,
                    close_timeout=2,
                    max_queue=None,  # the broker bounds what is in flight (receiverQueueSize); keep reading
                    max_size=MAX_FRAME_BYTES,
                    compression=None,
                    user_agent_header=None,
                ).__enter__()
            except InvalidStatus as exc:
                error = refusals.refused(exc.response.status_code)
                if error is not None:
                    raise error from None
            except ssl.SSLCertVerificationError as exc:
                error = refusals.untrusted(exc.verify_message or "certificate verify failed")
                if error is not None:
                    raise error from None
            except (InvalidHandshake, OSError, TimeoutError, EOFError) as exc:
                logger.info("message service unreachable (%s); retrying", type(exc).__name__)
            else:
                refusals.connected()
                with self._lock:
                    if self._closed.is_set():
                        connection.close()
                        return None
                    self._connection = connection
                self.connections += 1
                return connection
            self._closed.wait(self._backoff.next_delay())
        return None

    def _drop(self, connection: ClientConnection) -> None:
        with self._lock:
            if self._connection is connection:
                self._connection = None
        connection.close()

    def _send_ack(self, message_id: str) -> None:
        with self._lock:
            connection = self._connection
        if connection is None:
            return  # the connection is gone: the broker sends the event again, and the window skips it
        # On failure the same: redelivered on the next connection, then skipped and acknowledged.
        with contextlib.suppress(ConnectionClosed, OSError):
            connection.send(json.dumps({"messageId": message_id}))
