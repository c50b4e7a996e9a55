"""The fake cloud scales like a server (issue 23, point 4), checked by counts, never by a clock:

- a listing's cost is one page: the device records a request touches do not grow with the account;
- the request log keeps a bounded number of records, and counting calls stays exact past the bound;
- the listen backlog holds a burst of 256 connections while the server is not accepting.
"""

from __future__ import annotations

import json
import select
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from tuya_cloud.testing import FakeTuyaCloud, RequestLog, Seed
from tuya_cloud.testing.requestlog import DEFAULT_LIMIT
from tuya_cloud.testing.world.seed import fleet_id

PAGE = 50


@pytest.fixture(scope="module", params=[100, 5000], ids=["small-account", "large-account"])
def fleet_cloud(request: pytest.FixtureRequest) -> Iterator[FakeTuyaCloud]:
    with FakeTuyaCloud(fleet=request.param) as cloud:
        yield cloud


def touched_by(cloud: FakeTuyaCloud, call: str, **args: object) -> tuple[int, object]:
    with cloud.client() as client:
        cloud.world.devices.touched = 0
        result = getattr(client.devices, call)(**args)
    return cloud.world.devices.touched, result


def test_a_page_of_a_users_devices_touches_one_page(fleet_cloud: FakeTuyaCloud) -> None:
    last_page = (fleet_cloud.fleet + 8) // PAGE
    for page_no in (1, last_page):
        touched, devices = touched_by(fleet_cloud, "list_for_user", uid=Seed.USER_ID, page_no=page_no, page_size=PAGE)
        assert isinstance(devices, list) and len(devices) <= PAGE
        assert touched == len(devices), f"page {page_no} of {fleet_cloud.fleet + 8} devices touched {touched}"


def test_a_page_of_the_projects_devices_touches_one_page(fleet_cloud: FakeTuyaCloud) -> None:
    touched, _ = touched_by(fleet_cloud, "list", page_no=2, page_size=PAGE)
    assert touched == PAGE
    touched, page = touched_by(fleet_cloud, "list_v2", size=PAGE, last_row_key=fleet_id(fleet_cloud.fleet // 2))
    assert touched == PAGE and page.devices[0].id == fleet_id(fleet_cloud.fleet // 2 + 1)  # type: ignore[attr-defined]


def test_pages_follow_devices_that_come_and_go(fleet_cloud: FakeTuyaCloud) -> None:
    with fleet_cloud.lock:
        moved = fleet_cloud.world.devices[fleet_id(0)]
        moved.home_id = Seed.HOLIDAY_HOME_ID  # moved to the other home, without telling the table
    with fleet_cloud.client() as client:
        holiday = fleet_cloud.world.devices.sorted_ids(Seed.HOLIDAY_HOME_ID)
        assert fleet_id(0) in holiday
        first = client.devices.list_for_user(uid=Seed.USER_ID, page_no=1, page_size=PAGE)
        assert first[0].id == fleet_id(1)  # gone from the first home's page
        client.devices.delete(device_id=fleet_id(1))
        assert client.devices.list_for_user(uid=Seed.USER_ID, page_no=1, page_size=PAGE)[0].id == fleet_id(2)
    with fleet_cloud.lock:
        fleet_cloud.reset_world()


# ---------------------------------------------------------------- the request log


def test_the_request_log_keeps_the_newest_records_and_counts_them_all() -> None:
    with FakeTuyaCloud(request_log_size=20) as cloud, cloud.client() as client:
        for _ in range(45):
            client.devices.get_status(device_id=Seed.LIGHT_ID)
        log = cloud.requests
        assert isinstance(log, RequestLog) and len(log) == 20 and log.dropped == 26  # 45 calls and 1 token grant
        assert all(r.operation == "devices.get_status" for r in log) and log[-1] == log[19] == log[-1:][0]
        assert cloud.calls("devices.get_status") == 45 and cloud.calls("token.get", succeeded=True) == 1
        cloud.reset_log()
        assert cloud.requests == [] and cloud.calls("devices.get_status") == 0


def test_the_request_log_is_bounded_by_default_and_can_be_unbounded() -> None:
    assert FakeTuyaCloud().requests.limit == DEFAULT_LIMIT
    assert FakeTuyaCloud(request_log_size=None).requests.limit is None
    with pytest.raises(ValueError, match="request_log_size must be a positive integer or None"):
        FakeTuyaCloud(request_log_size=0)


def test_the_control_api_shows_the_bounded_log() -> None:
    with FakeTuyaCloud(control=True, request_log_size=3) as cloud, cloud.client() as client:
        for _ in range(5):
            client.devices.get(device_id=Seed.PLUG_ID)
        state = requests.post(f"{cloud.base_url}/_fake/state", json={}, timeout=10).json()
        assert [r["operation"] for r in state["requests"]] == ["devices.get"] * 3


# ---------------------------------------------------------------- the listen backlog


def _connect_all(port: int, count: int, deadline: float) -> list[socket.socket]:
    """`count` connections started at once; those the kernel completed before the deadline."""
    pending = []
    for _ in range(count):
        sock = socket.socket()
        sock.setblocking(False)
        sock.connect_ex(("127.0.0.1", port))
        pending.append(sock)
    connected: list[socket.socket] = []
    while pending and time.monotonic() < deadline:
        _, writable, _ = select.select([], pending, [], 0.2)
        for sock in writable:
            pending.remove(sock)
            if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                connected.append(sock)
    for sock in pending:
        sock.close()
    return connected


def test_a_burst_of_256_connections_waits_in_the_backlog_and_is_answered() -> None:
    with FakeTuyaCloud() as cloud:
        server = cloud._server
        assert server is not None
        server.shutdown()  # the accept loop stops; the socket keeps listening, so only the backlog holds them
        connected = _connect_all(cloud.port, 256, time.monotonic() + 30)
        try:
            assert len(connected) == 256  # socketserver's default backlog of 5 holds 6
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
            for sock in connected:
                sock.setblocking(True)
                sock.settimeout(30)
                sock.sendall(b"GET /v1.0/devices HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n")
            answers = []
            for sock in connected:
                reply = b""
                while chunk := sock.recv(65536):
                    reply += chunk
                answers.append(json.loads(reply.partition(b"\r\n\r\n")[2])["code"])
            assert answers == [1105] * 256  # every one answered (unsigned, so refused: no signature headers)
        finally:
            for sock in connected:
                sock.close()


# ---------------------------------------------------------------- history


def test_a_devices_log_keeps_a_bounded_history() -> None:
    with FakeTuyaCloud() as cloud, cloud.client() as client:
        with cloud.lock:
            cloud.world.device_log_limit = 30
        for index in range(20):  # each command logs two events: the command and the DP report
            client.device_control.send_commands(
                device_id=Seed.PLUG_ID, commands=[{"code": "switch_1", "value": index % 2 == 0}]
            )
        assert len(cloud.world.devices[Seed.PLUG_ID].logs) == 30
        now = int(cloud.now() * 1000)
        page = client.devices.list_logs(
            device_id=Seed.PLUG_ID, type=[5, 7], start_time=now - 3_600_000, end_time=now + 1000, size=100
        )
        logs = page.logs or []
        assert len(logs) == 30 and logs[0].value == "false"  # the newest: the 20th command, False
