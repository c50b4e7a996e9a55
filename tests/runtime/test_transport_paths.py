"""Which way the sync client's requests go out (see _runtime/pooled.py), and that both ways send and read alike.

A client on its own session sends straight through the urllib3 pool of that session's adapter; a
caller's session, a proxy from the environment or a custom adapter keep requests' full path. The
two must put the same bytes on the wire and read chunked, gzip and closing replies the same way;
`ScriptedServer` below is a plain HTTP/1.1 server on 127.0.0.1 that answers in each of those ways and
keeps every request head it was sent.
"""

from __future__ import annotations

import gzip
import json
import logging
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from requests.adapters import HTTPAdapter

from tests.forwarding_proxy import ForwardingProxy
from tuya_cloud import TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed

LIGHT = Seed.LIGHT_ID
COMMAND = [{"code": "switch_led", "value": True}]
FAST = "via urllib3 pool"
FULL = "via requests"


def _debug_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "tuya_cloud" and "-> HTTP" in r.getMessage()]


# ---------------------------------------------------------------- which path


class CountingAdapter(HTTPAdapter):
    """A caller's own adapter (as for custom TLS or metrics): it must see every request."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        self.sent.append(str(request.path_url))
        return super().send(request, *args, **kwargs)


def test_the_clients_own_session_sends_through_the_pool(cloud: FakeTuyaCloud, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="tuya_cloud")
    with cloud.client() as client:
        client.devices.get_status(device_id=LIGHT)
        client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
    lines = _debug_lines(caplog)
    assert len(lines) == 3 and all(FAST in line for line in lines)  # the grant and both calls


def test_a_session_with_a_custom_adapter_takes_the_full_path(
    cloud: FakeTuyaCloud, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tuya_cloud")
    adapter = CountingAdapter()
    with requests.Session() as session:
        session.mount("http://", adapter)
        with cloud.client(session=session) as client:
            client.devices.get_status(device_id=LIGHT)
            client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
    assert adapter.sent == [
        "/v1.0/token?grant_type=1",
        f"/v1.0/devices/{LIGHT}/status",
        f"/v1.0/devices/{LIGHT}/commands",
    ]
    lines = _debug_lines(caplog)
    assert len(lines) == 3 and all(f"{FULL} (the caller's session)" in line for line in lines)


def test_a_proxy_from_the_environment_takes_the_full_path(
    cloud: FakeTuyaCloud, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tuya_cloud")
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with ForwardingProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with cloud.client() as client:
            assert client.devices.get_status(device_id=LIGHT)
    assert proxy.seen == [f"{cloud.base_url}/v1.0/token?grant_type=1", f"{cloud.base_url}/v1.0/devices/{LIGHT}/status"]
    lines = _debug_lines(caplog)
    assert len(lines) == 2 and all(f"{FULL} (a proxy from the environment)" in line for line in lines)


# ---------------------------------------------------------------- what goes over the wire


class ScriptedServer(socketserver.ThreadingTCPServer):
    """Answers every request with a success envelope, framed as `mode` says; keeps each request head.

    modes: "length" (Content-Length, keep-alive), "chunked" (Transfer-Encoding: chunked), "gzip"
    (a gzip-encoded body) and "close" (Connection: close, then the socket is closed).
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode: str) -> None:
        super().__init__(("127.0.0.1", 0), _ScriptedHandler)
        self.mode = mode
        self.heads: list[list[tuple[str, str]]] = []
        self.request_lines: list[str] = []
        self.connections = 0
        self.closed_by_client = 0
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ScriptedHandler(socketserver.StreamRequestHandler):
    server: ScriptedServer

    def handle(self) -> None:
        self.server.connections += 1
        while True:
            line = self.rfile.readline().decode("latin-1").rstrip("\r\n")
            if not line:
                self.server.closed_by_client += 1
                return
            head: list[tuple[str, str]] = []
            while (header := self.rfile.readline().decode("latin-1").rstrip("\r\n")) != "":
                name, _, value = header.partition(":")
                head.append((name, value.strip()))
            length = int(dict((k.lower(), v) for k, v in head).get("content-length", "0"))
            self.rfile.read(length)
            self.server.request_lines.append(line)
            self.server.heads.append(head)
            if not self._answer(line.split()[1]):
                return

    def _answer(self, target: str) -> bool:
        if target.startswith("/v1.0/token"):
            result: Any = {"access_token": "at-1", "refresh_token": "rt-1", "expire_time": 7200, "uid": "u1"}
        elif target.endswith("/commands") or not target.endswith("/status"):
            result = True
        else:
            result = [{"code": "switch_led", "value": True}]
        body = json.dumps({"success": True, "result": result, "t": 1, "tid": "0" * 32}).encode()
        mode = self.server.mode
        headers = ["HTTP/1.1 200 OK", "Content-Type: application/json"]
        if mode == "gzip":
            body = gzip.compress(body)
            headers.append("Content-Encoding: gzip")
        if mode == "chunked":
            headers.append("Transfer-Encoding: chunked")
            half = len(body) // 2
            payload = (
                b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:])) + b"0\r\n\r\n"
            )
        else:
            headers.append(f"Content-Length: {len(body)}")
            payload = body
        headers.append("Connection: close" if mode == "close" else "Connection: keep-alive")
        self.wfile.write(("\r\n".join(headers) + "\r\n\r\n").encode() + payload)
        self.wfile.flush()
        if mode == "close":
            self.connection.shutdown(socket.SHUT_RDWR)
            return False
        return True


@pytest.fixture()
def scripted(request: pytest.FixtureRequest) -> Iterator[ScriptedServer]:
    server = ScriptedServer(getattr(request, "param", "length"))
    yield server
    server.shutdown()
    server.server_close()


def _run_calls(server: ScriptedServer, **kwargs: Any) -> None:
    with TuyaCloud(access_id="id", access_secret="secret", base_url=server.base_url, **kwargs) as client:
        for _ in range(3):
            assert client.devices.get_status(device_id=LIGHT)[0].code == "switch_led"
        assert client.device_control.send_commands(device_id=LIGHT, commands=COMMAND) is True
        assert client.devices.delete(device_id=LIGHT) is True  # a DELETE without a body


@pytest.mark.parametrize("scripted", ["chunked", "gzip", "close", "length"], indirect=True)
def test_replies_are_read_alike_on_both_paths(scripted: ScriptedServer, sync_transport: dict[str, Any]) -> None:
    _run_calls(scripted, **sync_transport)
    assert len(scripted.heads) == 6  # the grant, three reads, a command, a delete
    # a closing reply costs a new connection for the next request; anything else keeps the first one
    assert scripted.connections == (6 if scripted.mode == "close" else 1)


VOLATILE = {"t", "nonce", "sign"}  # differ on every request by design


@pytest.mark.parametrize("signed_headers", [None, {"area_id": "a1", "accept": "application/json"}])
def test_both_paths_put_the_same_request_on_the_wire(
    scripted: ScriptedServer, signed_headers: dict[str, str] | None
) -> None:
    # "accept" differs from requests' default "Accept" only in case: requests replaces it in place
    _run_calls(scripted, signed_headers=signed_headers)
    pooled = list(zip(scripted.request_lines, scripted.heads, strict=True))
    scripted.request_lines.clear()
    scripted.heads.clear()
    with requests.Session() as session:
        _run_calls(scripted, session=session, signed_headers=signed_headers)
    full = list(zip(scripted.request_lines, scripted.heads, strict=True))

    def shown(requests_sent: list[tuple[str, list[tuple[str, str]]]]) -> list[Any]:
        return [(line, [(k, "*" if k in VOLATILE else v) for k, v in head]) for line, head in requests_sent]

    assert shown(pooled) == shown(full)
    names = [k.lower() for k, _ in pooled[-1][1]]
    assert names[:5] == ["host", "user-agent", "accept-encoding", "accept", "connection"]
    assert names[-1] == "content-length"


def test_closing_the_client_closes_its_pooled_connection_and_a_later_call_opens_another(
    scripted: ScriptedServer,
) -> None:
    client = TuyaCloud(access_id="id", access_secret="secret", base_url=scripted.base_url)
    assert client.devices.get_status(device_id=LIGHT)
    client.close()
    deadline = time.monotonic() + 30  # polled: as long as a loaded machine needs, no longer
    while scripted.closed_by_client == 0:
        assert time.monotonic() < deadline, "the client kept its connection open after close()"
        time.sleep(0.02)
    assert client.devices.get_status(device_id=LIGHT)  # as requests would, on a new connection
    assert scripted.connections == 2
    client.close()
