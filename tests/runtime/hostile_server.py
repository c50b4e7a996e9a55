"""A tiny HTTP server over raw sockets that misbehaves on purpose, for the runtime's regression tests.

The fake cloud speaks correct HTTP; this one answers the token call properly and every other
request the way its `behaviour` says: never a byte (`silence`), a reply that trickles in a byte at
a time (`drip_body`, `drip_headers`), a malformed chunk (`bad_chunk`), a chunk that never ends
(`stalled_chunk`), an HTTP 503
asking to retry after 20 s (`retry_after`), or a canned body (`reply`). Connections are kept
alive. `requests` counts the API requests it got (token calls apart).
"""

from __future__ import annotations

import json
import socket
import threading
from types import TracebackType

TOKEN_REPLY = json.dumps(
    {
        "success": True,
        "t": 1,
        "result": {"access_token": "tok", "refresh_token": "ref", "expire_time": 7200, "uid": "u"},
    }
).encode()
SUCCESS = b'{"success":true,"t":1,"result":true}'
DRIP_DELAY = 0.3  # seconds between bytes: each read is quick, the whole reply takes many seconds


class HostileServer:
    def __init__(self, behaviour: str, body: bytes = SUCCESS, *, token_too: bool = False) -> None:
        self.behaviour = behaviour
        self.token_too = token_too  # misbehave on the token call as well
        self.body = body
        self.requests = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self._sockets: list[socket.socket] = []
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._stop.set()
        self._listener.close()
        for sock in list(self._sockets):
            sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            self._sockets.append(sock)
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        buffer = b""
        try:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                sizes = [int(line.split(b":")[1]) for line in lines if line.lower().startswith(b"content-length:")]
                length = sizes[0] if sizes else 0
                while len(buffer) < length:
                    buffer += sock.recv(65536)
                buffer = buffer[length:]
                if b" /v1.0/token" in lines[0] and not self.token_too:
                    sock.sendall(_reply(200, TOKEN_REPLY))
                    continue
                self.requests += 1
                self._misbehave(sock)
        except OSError:
            return

    def _misbehave(self, sock: socket.socket) -> None:
        behaviour = self.behaviour
        if behaviour == "reply":
            sock.sendall(_reply(200, self.body))
        elif behaviour == "silence":
            self._stop.wait()
        elif behaviour in ("drip_body", "drip_headers"):
            reply = _reply(200, self.body)
            head, _, body = reply.partition(b"\r\n\r\n")
            if behaviour == "drip_body":
                sock.sendall(head + b"\r\n\r\n")
            self._drip(sock, body if behaviour == "drip_body" else reply)
        elif behaviour in ("bad_chunk", "stalled_chunk"):
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            if behaviour == "bad_chunk":  # a chunk size that is not hex, then the connection closes
                sock.sendall(head + b"zz\r\n" + self.body + b"\r\n0\r\n\r\n")
                sock.close()
                raise OSError("closed")
            sock.sendall(head + b"40\r\n" + self.body[:10])  # a chunk of 64 bytes, 10 of which ever come
            self._stop.wait()
        elif behaviour == "retry_after":
            sock.sendall(_reply(503, b"busy", content_type="text/plain", extra=b"Retry-After: 20\r\n"))
        else:
            raise ValueError(behaviour)

    def _drip(self, sock: socket.socket, data: bytes) -> None:
        for index in range(len(data)):
            if self._stop.wait(DRIP_DELAY):
                return
            sock.sendall(data[index : index + 1])


def _reply(status: int, body: bytes, content_type: str = "application/json", extra: bytes = b"") -> bytes:
    reason = {200: b"OK", 503: b"Service Unavailable"}[status]
    return (
        b"HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n"
        % (status, reason, content_type.encode(), len(body), extra)
        + body
    )
