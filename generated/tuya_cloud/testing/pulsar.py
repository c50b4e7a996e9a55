"""The fake cloud's message service: Pulsar's WebSocket consumer endpoint as Tuya runs it, on 127.0.0.1.

It checks the handshake as Tuya does (path, `username`/`password` headers, environment, query), keeps
every published message until a consumer acknowledges it, sends it again after the consumer's ack
timeout and when a consumer goes away, and shares each subscription as Pulsar's Failover type does: one
active consumer (the first connected), the next one taking over with every unacknowledged message. At
most RECEIVER_QUEUE unacknowledged messages are in flight per consumer, as Pulsar's receiverQueueSize.

Messages are encrypted with code of its own (not the SDK's decoder), AES-128-ECB by default or AES-GCM
(`service.encryption = "aes_gcm"`). Faults: drop every connection now or after a number of frames,
stop answering pings, send frames twice, tamper messages (a GCM tag, an ECB padding), refuse handshakes.

Everything runs on one asyncio loop in a background thread; the public methods are thread-safe.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import heapq
import json
import os
import struct
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

PATH_PREFIX = "/ws/v2/consumer/persistent/"
RECEIVER_QUEUE = 1000  # Pulsar's receiverQueueSize: unacknowledged messages in flight per consumer
SUBSCRIPTION_TYPES = frozenset({"Exclusive", "Failover", "Shared", "Key_Shared"})
MINIMUM_KEY_LENGTH = 24  # the key is access_secret[8:24]


def handshake_password(access_id: str, access_secret: str) -> str:
    """Tuya's handshake password, computed here on its own (the runtime has its own copy)."""
    secret_md5 = hashlib.md5(access_secret.encode()).hexdigest()
    return hashlib.md5(f"{access_id}{secret_md5}".encode()).hexdigest()[8:24]


def envelope_sign(envelope: dict[str, Any], access_secret: str) -> str:
    """The documented (unvalidated) recipe: key=value of every non-empty field but sign, sorted, `||`."""
    pairs = sorted(f"{k}={v}" for k, v in envelope.items() if k != "sign" and v not in (None, ""))
    return hashlib.md5(("||".join(pairs) + "||" + access_secret).encode()).hexdigest()


def encrypt(plain: bytes, key: bytes, mode: str, *, tamper: bool = False) -> str:
    """base64 of AES-128 ciphertext as Tuya sends it; `tamper` breaks the GCM tag or the ECB padding."""
    if mode == "aes_gcm":
        nonce = os.urandom(12)
        sealed = bytearray(nonce + AESGCM(key).encrypt(nonce, plain, None))
        if tamper:
            sealed[-1] ^= 0x01
        return base64.b64encode(bytes(sealed)).decode()
    if tamper:  # zero bytes to the block boundary: never valid PKCS#7 (the last byte must be 1..16)
        padded = plain + b"\0" * (16 - len(plain) % 16)
    else:
        pad = 16 - len(plain) % 16
        padded = plain + bytes((pad,)) * pad
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode()


@dataclass
class StoredMessage:
    seq: int
    message_id: str
    payload: str  # base64 of the envelope
    properties: dict[str, str]
    publish_time: str
    key: str | None
    deliveries: int = 0

    def frame(self) -> str:
        frame: dict[str, Any] = {
            "messageId": self.message_id,
            "payload": self.payload,
            "properties": self.properties,
            "publishTime": self.publish_time,
            "redeliveryCount": max(self.deliveries - 1, 0),
        }
        if self.key is not None:
            frame["key"] = self.key
        return json.dumps(frame, separators=(",", ":"))


@dataclass(eq=False)
class Consumer:
    connection: ServerConnection
    subscription: Subscription
    ack_timeout: float  # seconds
    outbox: asyncio.Queue[str] = field(default_factory=asyncio.Queue)
    in_flight: dict[str, float] = field(default_factory=dict)  # message id -> redelivery deadline (monotonic)
    hung: bool = False


@dataclass(eq=False)
class Subscription:
    name: str
    env: str
    unacked: dict[str, StoredMessage] = field(default_factory=dict)
    ready: list[tuple[int, str]] = field(default_factory=list)  # heap of (seq, message id) to deliver
    consumers: list[Consumer] = field(default_factory=list)  # Failover: consumers[0] is the active one
    acked: int = 0


class FakeMessageService:
    """Pulsar's WebSocket consumer endpoint with Tuya's handshake, for one Access ID."""

    def __init__(
        self,
        access_id: str,
        access_secret: str,
        *,
        port: int = 0,
        envs: tuple[str, ...] = ("event", "event-test"),
    ) -> None:
        if len(access_secret) < MINIMUM_KEY_LENGTH:
            raise ValueError(
                f"the message service needs an access secret of at least {MINIMUM_KEY_LENGTH} characters "
                "(its key is characters 8 to 24; Tuya's secrets have 32)"
            )
        self.access_id = access_id
        self.access_secret = access_secret
        self.envs = set(envs)  # environments the project's message service is enabled in
        self.enabled = True  # False: every handshake is refused with 500, as for a project without the service
        self.encryption = "aes_ecb"  # the console's "Message encryption algorithm": aes_ecb or aes_gcm
        self._key = access_secret[8:24].encode()
        self._password = handshake_password(access_id, access_secret)
        self._port = port
        self._lock = threading.RLock()  # guards everything below; the loop thread takes it too
        self._subscriptions: dict[tuple[str, str], Subscription] = {
            (env, f"{access_id}-sub"): Subscription(f"{access_id}-sub", env) for env in ("event", "event-test")
        }
        self._seq = 0
        self._ledger = int.from_bytes(os.urandom(2), "big")
        self._tamper = 0  # how many of the next published messages to tamper with
        self._duplicate = 0  # how many of the next frames to send twice
        self._drop_after: int | None = None  # frames to send before every connection is dropped
        self._refuse: list[int] = []  # HTTP statuses for the next handshakes
        self.published = 0
        self.frames_sent = 0
        self.handshakes = 0
        self.refused_handshakes = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._pump_scheduled = False
        self._pending_args: dict[ServerConnection, tuple[Subscription, float]] = {}
        self._hung: list[ServerConnection] = []  # silent sockets, aborted when the service stops

    def __repr__(self) -> str:
        return f"FakeMessageService({self.url if self._server is not None else 'stopped'})"

    # ------------------------------------------------------------ lifecycle

    def start(self) -> FakeMessageService:
        if self._thread is not None:
            return self
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                self._server = loop.run_until_complete(self._serve())
            except BaseException as exc:
                failure.append(exc)
                started.set()
                return
            ticker = loop.create_task(self._tick())
            started.set()
            loop.run_forever()
            ticker.cancel()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-tuya-pulsar", daemon=True)
        self._thread.start()
        started.wait(10)
        if failure:
            self._thread = None
            raise failure[0]
        return self

    def stop(self) -> None:
        loop, thread, server = self._loop, self._thread, self._server
        if loop is None or thread is None or server is None:
            return

        async def shut() -> None:
            with self._lock:
                connections = [c.connection for s in self._subscriptions.values() for c in s.consumers]
            for connection in [*connections, *self._hung]:
                connection.transport.abort()
            server.close()
            await server.wait_closed()

        asyncio.run_coroutine_threadsafe(shut(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._loop = self._thread = self._server = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the message service is not running")
        return int(next(iter(self._server.sockets)).getsockname()[1])

    @property
    def url(self) -> str:
        """The queue host to give TuyaEvents(url=...): ws://127.0.0.1:PORT/."""
        return f"ws://127.0.0.1:{self.port}/"

    # ------------------------------------------------------------ publishing

    def publish(
        self,
        data: dict[str, Any],
        *,
        protocol: int = 4,
        env: str = "event",
        t: int | None = None,
        mode: str | None = None,
    ) -> str:
        """Encrypt `data` into an envelope and publish it to `env`'s topic; the Pulsar message id."""
        plain = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
        with self._lock:
            mode = mode or self.encryption
            tamper = self._tamper > 0
            self._tamper = max(self._tamper - 1, 0)
            envelope: dict[str, Any] = {
                "protocol": protocol,
                "pv": "2.0",
                "t": t if t is not None else int(time.time() * 1000),
                "data": encrypt(plain, self._key, mode, tamper=tamper),
            }
            envelope["sign"] = envelope_sign(envelope, self.access_secret)
            payload = base64.b64encode(json.dumps(envelope, separators=(",", ":")).encode()).decode()
            self._seq += 1
            device = data.get("devId") or (data.get("bizData") or {}).get("devId")
            message = StoredMessage(
                seq=self._seq,
                message_id=base64.b64encode(struct.pack(">HQ", self._ledger, self._seq)).decode(),
                payload=payload,
                properties={"em": mode},
                publish_time=time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + "Z",
                key=device if isinstance(device, str) else None,
            )
            for subscription in self._subscriptions.values():
                if subscription.env == env:
                    subscription.unacked[message.message_id] = message
                    heapq.heappush(subscription.ready, (message.seq, message.message_id))
            self.published += 1
        self._schedule_pump()
        return message.message_id

    # ------------------------------------------------------------ faults and state

    def drop_connections(self, *, after_frames: int | None = None) -> None:
        """Drop every consumer's connection (no close frame), now or once `after_frames` more frames went out."""
        with self._lock:
            if after_frames is not None:
                self._drop_after = after_frames
                return
        self._call(self._abort_all)

    def stop_answering_pings(self) -> None:
        """The connected consumers' sockets go silent: nothing is read (pings, acks) or sent any more. Their
        unacknowledged messages go to the next consumer, as when the broker loses a consumer."""
        self._call(self._hang_all)

    def duplicate_frames(self, count: int = 1) -> None:
        """Send each of the next `count` frames twice."""
        with self._lock:
            self._duplicate += count

    def tamper(self, count: int = 1) -> None:
        """Damage the next `count` published messages: the GCM tag, or (ECB) the padding."""
        with self._lock:
            self._tamper += count

    def refuse_handshakes(self, *statuses: int) -> None:
        """Answer the next handshakes with these HTTP statuses (e.g. 503, 503) before accepting again."""
        with self._lock:
            self._refuse.extend(statuses)

    def unacked(self, subscription: str | None = None, env: str = "event") -> int:
        """How many messages of a subscription (default `<access_id>-sub`) wait for an ack."""
        with self._lock:
            found = self._subscriptions.get((env, subscription or f"{self.access_id}-sub"))
            return len(found.unacked) if found is not None else 0

    def consumers(self, subscription: str | None = None, env: str = "event") -> int:
        with self._lock:
            found = self._subscriptions.get((env, subscription or f"{self.access_id}-sub"))
            return len(found.consumers) if found is not None else 0

    def wait_until(self, condition: Any, timeout: float = 30.0) -> bool:
        """Poll `condition()` until it is true or `timeout` seconds passed; whether it became true."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.02)
        return bool(condition())

    def state(self) -> dict[str, Any]:
        """Counters and subscriptions, for the control API and tests in other processes."""
        with self._lock:
            return {
                "url": self.url if self._server is not None else None,
                "encryption": self.encryption,
                "enabled": self.enabled,
                "published": self.published,
                "frames_sent": self.frames_sent,
                "handshakes": self.handshakes,
                "refused_handshakes": self.refused_handshakes,
                "subscriptions": [
                    {
                        "env": s.env,
                        "name": s.name,
                        "unacked": len(s.unacked),
                        "acked": s.acked,
                        "consumers": len(s.consumers),
                    }
                    for s in self._subscriptions.values()
                ],
            }

    # ------------------------------------------------------------ the server side (loop thread)

    async def _serve(self) -> Server:
        return await serve(
            self._handle,
            "127.0.0.1",
            self._port,
            process_request=self._check_handshake,
            compression=None,
            ping_interval=None,  # the broker does not ping; clients keep the connection alive
            max_queue=None,
            server_header=None,
        )

    def _check_handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        with self._lock:
            self.handshakes += 1
            if self._refuse:
                return self._refused(connection, self._refuse.pop(0), "refused (injected fault)")
            parts = urlsplit(request.path)
            if not parts.path.startswith(PATH_PREFIX):
                return self._refused(connection, 404, "not a consumer path")
            segments = [unquote(s) for s in parts.path[len(PATH_PREFIX) :].split("/")]
            if len(segments) != 4 or segments[1] != "out":
                return self._refused(connection, 404, "the path is not {tenant}/out/{topic}/{subscription}")
            tenant, _, env, name = segments
            if request.headers.get("username") != self.access_id or tenant != self.access_id:
                return self._refused(connection, 401, "Failed to authenticate")
            if request.headers.get("password") != self._password:
                return self._refused(connection, 401, "Failed to authenticate")
            if not self.enabled or env not in self.envs:
                return self._refused(connection, 500, "Failed to subscribe")
            if not name.startswith(f"{self.access_id}-"):
                return self._refused(connection, 403, "Client is not authorized")
            query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            try:
                ack_timeout = int(query.get("ackTimeoutMillis", "0")) / 1000
            except ValueError:
                return self._refused(connection, 400, "ackTimeoutMillis must be an integer")
            if query.get("subscriptionType", "Exclusive") not in SUBSCRIPTION_TYPES:
                return self._refused(connection, 400, "unknown subscriptionType")
            subscription = self._subscriptions.setdefault((env, name), Subscription(name, env))
            self._pending_args[connection] = (subscription, ack_timeout)
            return None

    def _refused(self, connection: ServerConnection, status: int, text: str) -> Response:
        self.refused_handshakes += 1
        return connection.respond(HTTPStatus(status), text + "\n")

    async def _handle(self, connection: ServerConnection) -> None:
        with self._lock:
            subscription, ack_timeout = self._pending_args.pop(connection)
            consumer = Consumer(connection, subscription, ack_timeout)
            subscription.consumers.append(consumer)
        sender = asyncio.get_running_loop().create_task(self._send_frames(consumer))
        self._pump()
        try:
            async for text in connection:
                self._on_client_frame(consumer, text)
        except ConnectionClosed:
            pass
        finally:
            sender.cancel()
            self._remove(consumer)

    def _on_client_frame(self, consumer: Consumer, text: str | bytes) -> None:
        try:
            command = json.loads(text)
        except ValueError:
            return
        if not isinstance(command, dict) or not isinstance(command.get("messageId"), str):
            return
        message_id = command["messageId"]
        with self._lock:
            subscription = consumer.subscription
            consumer.in_flight.pop(message_id, None)
            if command.get("type") == "negativeAcknowledge":
                message = subscription.unacked.get(message_id)
                if message is not None:
                    heapq.heappush(subscription.ready, (message.seq, message_id))
            elif subscription.unacked.pop(message_id, None) is not None:
                subscription.acked += 1
        self._pump()

    async def _send_frames(self, consumer: Consumer) -> None:
        try:
            while True:
                frame = await consumer.outbox.get()
                if consumer.hung:
                    return  # a silent socket sends nothing either
                with self._lock:
                    copies = 2 if self._duplicate > 0 else 1
                    self._duplicate = max(self._duplicate - 1, 0)
                for _ in range(copies):
                    await consumer.connection.send(frame)
                with self._lock:
                    self.frames_sent += 1
                    drop = self._drop_after is not None and self._drop_after <= 1
                    if self._drop_after is not None:
                        self._drop_after -= 1
                    if drop:
                        self._drop_after = None
                if drop:
                    self._abort_all()
        except ConnectionClosed:
            pass

    def _remove(self, consumer: Consumer) -> None:
        """A consumer went away: what it had in flight goes back to the queue, for the next consumer."""
        with self._lock:
            subscription = consumer.subscription
            if consumer in subscription.consumers:
                subscription.consumers.remove(consumer)
            for message_id in consumer.in_flight:
                message = subscription.unacked.get(message_id)
                if message is not None:
                    heapq.heappush(subscription.ready, (message.seq, message_id))
            consumer.in_flight.clear()
        self._pump()

    def _pump(self) -> None:
        """Move ready messages to each subscription's active consumer, up to RECEIVER_QUEUE in flight."""
        with self._lock:
            self._pump_scheduled = False
            now = time.monotonic()
            for subscription in self._subscriptions.values():
                if not subscription.consumers:
                    continue
                active = subscription.consumers[0]
                while subscription.ready and len(active.in_flight) < RECEIVER_QUEUE:
                    _, message_id = heapq.heappop(subscription.ready)
                    message = subscription.unacked.get(message_id)
                    if message is None or message_id in active.in_flight:
                        continue  # acked meanwhile, or already on its way
                    message.deliveries += 1
                    timeout = active.ack_timeout
                    active.in_flight[message_id] = now + timeout if timeout > 0 else float("inf")
                    active.outbox.put_nowait(message.frame())

    def _schedule_pump(self) -> None:
        loop = self._loop
        with self._lock:
            if loop is None or self._pump_scheduled:
                return
            self._pump_scheduled = True
        loop.call_soon_threadsafe(self._pump)

    async def _tick(self) -> None:
        """Redeliver what a consumer did not acknowledge within its ack timeout."""
        while True:
            await asyncio.sleep(0.05)
            now = time.monotonic()
            expired = False
            with self._lock:
                for subscription in self._subscriptions.values():
                    for consumer in subscription.consumers:
                        late = [mid for mid, deadline in consumer.in_flight.items() if deadline <= now]
                        for message_id in late:
                            del consumer.in_flight[message_id]
                            message = subscription.unacked.get(message_id)
                            if message is not None:
                                heapq.heappush(subscription.ready, (message.seq, message_id))
                                expired = True
            if expired:
                self._pump()

    def _call(self, function: Any) -> None:
        loop = self._loop
        if loop is None:
            raise RuntimeError("the message service is not running")
        done = threading.Event()

        def run() -> None:
            try:
                function()
            finally:
                done.set()

        loop.call_soon_threadsafe(run)
        done.wait(10)

    def _abort_all(self) -> None:
        with self._lock:
            consumers = [c for s in self._subscriptions.values() for c in s.consumers]
        for consumer in consumers:
            consumer.connection.transport.abort()

    def _hang_all(self) -> None:
        with self._lock:
            consumers = [c for s in self._subscriptions.values() for c in s.consumers]
        for consumer in consumers:
            consumer.hung = True
            consumer.connection.transport.pause_reading()
            self._hung.append(consumer.connection)
            self._remove(consumer)  # the broker has given up on it; it only learns so by its pings
