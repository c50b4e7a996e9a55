"""AsyncTuyaEvents: Tuya's message service in an `async for` loop, on aiohttp's WebSocket client.

    async with AsyncTuyaEvents(access_id="...", access_secret="...", region="eu", session=session) as events:
        async for event in events:
            await handle(event)       # acknowledged when the loop asks for the next one

It takes the caller's ClientSession (Home Assistant's shared one) or makes its own. A reader task keeps
reading the socket while the loop body awaits, so keepalive pongs and acks are never held up; aiohttp's
heartbeat pings with a deadline. Nothing here blocks the event loop: no file, DNS or sleep call outside
aiohttp's own; TLS uses aiohttp's verified default context.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from types import TracebackType
from typing import TYPE_CHECKING

import aiohttp

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

if TYPE_CHECKING:
    from aiohttp import ClientWebSocketResponse

_LOST = object()  # put in the queue by the reader task when the connection ends


class AsyncTuyaEvents:
    """A consumer of Tuya's message service for asyncio; the options are TuyaEvents' plus `session`."""

    ping_interval = 20.0  # aiohttp's heartbeat: a ping every this many seconds, a pong due within half of it
    open_timeout = 10.0
    backoff_base = 0.5
    backoff_cap = 30.0
    refusal_limit = 3
    completed_window = 10_000

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
        session: aiohttp.ClientSession | None = None,
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
        self._session = session
        self._own_session = session is None
        self._ws: ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._frames: asyncio.Queue[object] = asyncio.Queue()
        self._closed = False
        self._backoff = Backoff(self.backoff_base, self.backoff_cap)  # reset once a connection delivers a frame
        self.connections = 0
        self.skipped_redeliveries = 0

    def __repr__(self) -> str:
        return f"AsyncTuyaEvents(url={self._config.url!r})"

    async def __aenter__(self) -> AsyncTuyaEvents:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop: close the connection (and the session, if it is our own)."""
        self._closed = True
        self._frames.put_nowait(_LOST)  # wakes a loop waiting for the next frame
        await self._drop()
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    async def ack(self, event: Event) -> None:
        """Acknowledge an event (with auto_ack=False)."""
        self._completed.add(event.message_id)
        await self._send_ack(event.message_id)

    def __aiter__(self) -> AsyncIterator[Event]:
        return self._events()

    async def _events(self) -> AsyncIterator[Event]:
        while not self._closed:
            if not await self._connect():
                return
            delivered = False
            while True:
                frame = await self._frames.get()
                if frame is _LOST:
                    break
                if not delivered:
                    delivered = True
                    self._backoff.reset()
                assert isinstance(frame, str)
                event = self._decoder.decode(frame)
                if event is None:
                    logger.warning("a frame without a message id was dropped (it cannot be acknowledged)")
                    continue
                if event.message_id in self._completed:
                    self.skipped_redeliveries += 1
                    await self._send_ack(event.message_id)
                    continue
                if isinstance(event, UndecodableEvent):
                    self._undecodable.warn(event.message_id, event.reason)
                yield event
                if self._config.auto_ack:  # the loop body returned; a raising body never gets here
                    await self.ack(event)
            await self._drop()
            if not self._closed:
                logger.info("message service connection lost; reconnecting")
                if not delivered:  # accepted, then dropped at once: slow down
                    await asyncio.sleep(self._backoff.next_delay())

    # ------------------------------------------------------------ connection

    async def _connect(self) -> bool:
        if self._ws is not None and not self._ws.closed:
            return True
        if self._session is None:
            self._session = aiohttp.ClientSession()
        refusals = RefusalCounter(self.refusal_limit, self._config.access_id)
        while not self._closed:
            try:
                ws = await self._session.ws_connect(
                    self._config.url,
                    headers=dict(self._config.headers),
                    heartbeat=self.ping_interval,
                    timeout=aiohttp.ClientWSTimeout(ws_receive=None, ws_close=2.0),
                    max_msg_size=16 * 1024 * 1024,  # as TuyaEvents: events are small, never fail on size
                    autoping=True,
                    compress=0,
                    ssl=True,  # verified TLS, whatever the session's connector defaults are
                )
            except aiohttp.WSServerHandshakeError as exc:
                error = refusals.refused(exc.status)
                if error is not None:
                    raise error from None
            except aiohttp.ClientConnectorCertificateError as exc:
                error = refusals.untrusted(getattr(exc.certificate_error, "verify_message", None) or "not verified")
                if error is not None:
                    raise error from None
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                logger.info("message service unreachable (%s); retrying", type(exc).__name__)
            else:
                refusals.connected()
                if self._closed:
                    await ws.close()
                    return False
                self._ws = ws
                self._frames = asyncio.Queue()
                self._reader = asyncio.create_task(self._read(ws, self._frames), name="tuya-events-reader")
                self.connections += 1
                return True
            await asyncio.sleep(self._backoff.next_delay())
        return False

    @staticmethod
    async def _read(ws: ClientWebSocketResponse, frames: asyncio.Queue[object]) -> None:
        """Read every frame into the queue while the loop body runs; mark the end of the connection."""
        try:
            async for message in ws:
                if message.type is aiohttp.WSMsgType.TEXT:
                    frames.put_nowait(message.data)
                elif message.type is aiohttp.WSMsgType.BINARY:
                    frames.put_nowait(message.data.decode("utf-8", "replace"))
        except (TimeoutError, aiohttp.ClientError, OSError):
            pass
        finally:
            frames.put_nowait(_LOST)

    async def _drop(self) -> None:
        ws, reader = self._ws, self._reader
        self._ws = self._reader = None
        if reader is not None:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await reader
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()

    async def _send_ack(self, message_id: str) -> None:
        ws = self._ws
        if ws is None or ws.closed:
            return  # redelivered on the next connection, then skipped and acknowledged
        with contextlib.suppress(aiohttp.ClientError, OSError, ConnectionResetError):
            await ws.send_str(json.dumps({"messageId": message_id}))
