"""The fake cloud's protocol layer: signatures, clock, tokens, routing, validation, envelope,
fault injection, the request log, keep-alive and the server's lifecycle."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
from typing import Any

import pytest
import requests
from fakecloud_helpers import API, OPERATIONS, Raw, tuya_sign

from tuya_cloud import TuyaCloud, TuyaTimeoutError
from tuya_cloud.testing import FakeTuyaCloud, Seed
from tuya_cloud.testing.server import expected_signature
from tuya_cloud.testing.world import BEHAVIOURS

LIGHT_STATUS = f"/v1.0/devices/{Seed.LIGHT_ID}/status"
COMMANDS = f"/v1.0/devices/{Seed.LIGHT_ID}/commands"


# ---------------------------------------------------------------- signature


@pytest.mark.parametrize(
    ("token", "pairs", "expected"),
    [
        ("", [("grant_type", "1")], "9E48A3E93B302EEECC803C7241985D0A34EB944F40FB573C7B5C2A82158AF13E"),
        (
            "3f4eda2bdec17232f67c0b188af3eec1",
            [("page_size", "50"), ("page_no", "1")],
            "AE4481C692AA80B25F3A7E12C3A5FD9BBF6251539DD78E565A1A72A508A88784",
        ),
    ],
)
def test_checker_reproduces_the_official_vectors(token: str, pairs: list[tuple[str, str]], expected: str) -> None:
    path = "/v1.0/token" if not token else "/v2.0/apps/schema/users"
    sign = expected_signature(
        "4OHBOnWOqaEC1mWXOpVL3yV50s0qGSRC",
        client_id="1KAD46OrT9HafiKdsXeg",
        access_token=token,
        t="1588925778000",
        nonce="5138cc3a9033d69856923fd07b491173",
        method="GET",
        raw_path=path,
        pairs=pairs,
        body=b"",
        signed_headers=[("area_id", "29a33e8796834b1efa6"), ("call_id", "8afdb70ab2ed11eb85290242ac130003")],
    )
    assert sign == expected


def test_a_correctly_signed_call_succeeds_and_is_logged_as_signed(raw: Raw) -> None:
    reply = raw.envelope("GET", LIGHT_STATUS)
    assert reply["success"] is True
    assert {"code": "switch_led", "value": True} in reply["result"]
    assert raw.cloud.requests[-1].signature_ok is True


@pytest.mark.parametrize(
    "tamper",
    [
        {"secret": "wrong-secret"},
        {"sign_path": "/v1.0/devices/other/status"},
        {"extra_headers": {"sign": "0" * 64}},
        {"extra_headers": {"sign_method": "HMAC-MD5"}},
    ],
)
def test_a_wrong_signature_is_1004(raw: Raw, tamper: dict[str, object]) -> None:
    reply = raw.envelope("GET", LIGHT_STATUS, **tamper)  # type: ignore[arg-type]
    assert (reply["success"], reply["code"], reply["msg"]) == (False, 1004, "sign invalid")
    assert raw.cloud.requests[-1].signature_ok is False


def _hand_signed(raw: Raw, method: str, path: str, body: bytes, *, lower: bool = False) -> dict[str, str]:
    token = raw.access_token()
    t = str(int(raw.cloud.now() * 1000))
    sign = tuya_sign(raw.cloud.access_secret, raw.cloud.access_id, token, t, "", method, path, body)
    return {
        "client_id": raw.cloud.access_id,
        "sign": sign.lower() if lower else sign,
        "sign_method": "HMAC-SHA256",
        "t": t,
        "access_token": token,
        "Content-Type": "application/json",
    }


def test_lowercase_hex_signature_is_refused(raw: Raw) -> None:
    url = raw.cloud.base_url + LIGHT_STATUS
    assert requests.get(url, headers=_hand_signed(raw, "GET", LIGHT_STATUS, b""), timeout=5).json()["success"]
    lower = _hand_signed(raw, "GET", LIGHT_STATUS, b"", lower=True)
    assert requests.get(url, headers=lower, timeout=5).json()["code"] == 1004


def test_body_bytes_are_signed_as_received(raw: Raw) -> None:
    spaced = b'{"commands": [{"code": "switch_led", "value": false}]}'  # not compact, but it is what was signed
    assert raw.envelope("POST", COMMANDS, body=spaced)["success"] is True
    compact = b'{"commands":[{"code":"switch_led","value":false}]}'
    headers = _hand_signed(raw, "POST", COMMANDS, spaced)
    reply = requests.post(raw.cloud.base_url + COMMANDS, data=compact, headers=headers, timeout=5).json()
    assert reply["code"] == 1004  # signed one serialization, sent another


def test_signed_headers_are_part_of_the_signature(raw: Raw) -> None:
    lines = [("area_id", "29a33e8796834b1efa6"), ("call_id", "8afdb70ab2ed11eb85290242ac130003")]
    assert raw.envelope("GET", LIGHT_STATUS, signed_headers=lines)["success"] is True
    reply = raw.envelope("GET", LIGHT_STATUS, signed_headers=lines, extra_headers={"call_id": "changed"})
    assert reply["code"] == 1004


def test_query_is_signed_sorted_with_decoded_values(raw: Raw) -> None:
    ids = f"{Seed.LIGHT_ID},{Seed.PLUG_ID}"
    reply = raw.envelope("GET", "/v1.0/devices/factory-infos", [("device_ids", ids)])  # sent as %2C
    assert reply["success"] is True
    assert [info["id"] for info in reply["result"]] == [Seed.LIGHT_ID, Seed.PLUG_ID]
    unsorted = [("page_size", "2"), ("page_no", "1"), ("from", "home")]
    assert raw.envelope("GET", f"/v1.0/users/{Seed.USER_ID}/devices", unsorted)["success"] is True


def test_the_path_is_signed_as_sent_still_percent_encoded(raw: Raw) -> None:
    path = f"/v1.0/devices/{Seed.SWITCH_ID}/functions/switch%201"
    body = b'{"name":"Stairs"}'
    reply = raw.envelope("PUT", path, body=body)
    assert reply["code"] == 2008 and "'switch 1'" in reply["msg"]  # signature accepted; the value is decoded
    decoded = raw.envelope("PUT", path, body=body, sign_path=f"/v1.0/devices/{Seed.SWITCH_ID}/functions/switch 1")
    assert decoded["code"] == 1004


# ---------------------------------------------------------------- headers, client id, clock


@pytest.mark.parametrize("header", ["client_id", "sign", "t", "sign_method"])
def test_missing_header_is_1105(raw: Raw, header: str) -> None:
    reply = raw.envelope("GET", LIGHT_STATUS, drop=[header])
    assert reply["code"] == 1105
    assert header in reply["msg"]


def test_unknown_client_id_is_1005(raw: Raw) -> None:
    assert raw.envelope("GET", LIGHT_STATUS, client_id="someone-else")["code"] == 1005


def test_stale_timestamp_is_1013_and_the_reply_carries_the_server_clock(raw: Raw) -> None:
    raw.access_token()
    raw.cloud.clock_offset = 3600.0
    stale = str(int(time.time() * 1000))  # this machine's clock, an hour behind the server's
    reply = raw.envelope("GET", LIGHT_STATUS, t=stale)
    assert (reply["code"], reply["msg"]) == (1013, "request time is invalid")
    assert abs(reply["t"] / 1000 - (time.time() + 3600)) < 5
    assert raw.envelope("GET", LIGHT_STATUS, t=str(reply["t"]))["success"] is True  # re-synced


def test_the_generated_client_recovers_from_clock_skew(
    fake_tuya_cloud: FakeTuyaCloud, sync_transport: dict[str, Any]
) -> None:
    fake_tuya_cloud.clock_offset = -1200.0
    with fake_tuya_cloud.client(**sync_transport, strict_responses=True) as client:
        assert client.devices.get(device_id=Seed.LIGHT_ID).id == Seed.LIGHT_ID


def test_skew_tolerance_is_configurable() -> None:
    with FakeTuyaCloud(clock_skew_tolerance=5.0) as cloud:
        raw = Raw(cloud)
        raw.access_token()
        reply = raw.envelope("GET", LIGHT_STATUS, t=str(int((time.time() - 30) * 1000)))
        assert reply["code"] == 1013


# ---------------------------------------------------------------- tokens


def test_token_grant_reply_and_counter(raw: Raw) -> None:
    pair = raw.grant()
    assert re.fullmatch(r"[0-9a-f]{32}", pair["access_token"])
    assert re.fullmatch(r"[0-9a-f]{32}", pair["refresh_token"])
    assert pair["expire_time"] == 7200 and pair["uid"] == Seed.USER_ID
    assert raw.cloud.token_grants == 1


def test_token_apis_are_signed_without_the_access_token(raw: Raw) -> None:
    token = raw.access_token()
    # signing the token API with an access token (the business formula) is wrong
    reply = raw.envelope("GET", "/v1.0/token", [("grant_type", "1")], token=token)
    assert reply["code"] == 1004


def test_business_call_without_token_is_1002(raw: Raw) -> None:
    assert raw.envelope("GET", LIGHT_STATUS, token=None)["code"] == 1002


def test_unknown_token_is_1011(raw: Raw) -> None:
    assert raw.envelope("GET", LIGHT_STATUS, token="0" * 32)["code"] == 1011


def test_expired_token_is_1010(raw: Raw) -> None:
    raw.access_token()
    raw.cloud.expire_tokens()
    reply = raw.envelope("GET", LIGHT_STATUS)
    assert (reply["code"], reply["msg"]) == (1010, "token is expired")


def test_token_ttl_runs_on_the_server_clock() -> None:
    with FakeTuyaCloud(token_ttl=60) as cloud:
        raw = Raw(cloud)
        assert raw.grant()["expire_time"] == 60
        raw.access_token()
        cloud.clock_offset = 61.0
        assert raw.envelope("GET", LIGHT_STATUS)["code"] == 1010


def test_refresh_is_single_use_and_retires_the_old_pair(raw: Raw) -> None:
    old = raw.grant()
    fresh = raw.ok("token.refresh", {"refresh_token": old["refresh_token"]})
    assert fresh["access_token"] != old["access_token"] and raw.cloud.token_refreshes == 1
    assert raw.envelope("GET", LIGHT_STATUS, token=old["access_token"])["code"] == 1011
    assert raw.envelope("GET", LIGHT_STATUS, token=fresh["access_token"])["success"] is True
    raw.fails("token.refresh", {"refresh_token": old["refresh_token"]}, 1012)
    raw.fails("token.refresh", {"refresh_token": "f" * 32}, 1011)
    assert raw.cloud.token_refreshes == 1


def test_refresh_still_works_after_expire_tokens(raw: Raw) -> None:
    pair = raw.grant()
    raw.cloud.expire_tokens()
    assert raw.ok("token.refresh", {"refresh_token": pair["refresh_token"]})["expire_time"] == 7200


def test_grant_type_2_is_refused(raw: Raw) -> None:
    raw.fails("token.get", {"grant_type": 2, "code": "abc"}, 1107)


def test_the_client_renews_an_expired_token_by_refreshing(
    fake_tuya_cloud: FakeTuyaCloud, tuya_client: TuyaCloud
) -> None:
    tuya_client.devices.get_status(device_id=Seed.LIGHT_ID)
    fake_tuya_cloud.expire_tokens()
    tuya_client.devices.get_status(device_id=Seed.LIGHT_ID)
    assert (fake_tuya_cloud.token_grants, fake_tuya_cloud.token_refreshes) == (1, 1)
    assert len(fake_tuya_cloud.issued_secrets()) == 4


# ---------------------------------------------------------------- routing


def test_unknown_path_and_wrong_method_are_1108(raw: Raw) -> None:
    assert raw.envelope("GET", "/v1.0/nothing/here")["code"] == 1108
    reply = raw.envelope("POST", LIGHT_STATUS, body=b"{}")
    assert (reply["code"], reply["msg"]) == (1108, "uri path invalid")
    assert raw.cloud.requests[-1].operation is None


def test_literal_segments_win_over_parameters(raw: Raw) -> None:
    raw.envelope("GET", "/v1.0/devices/factory-infos", [("device_ids", Seed.PLUG_ID)])
    assert raw.cloud.requests[-1].operation == "devices.list_factory_infos"
    raw.envelope("GET", f"/v1.0/devices/{Seed.PLUG_ID}")
    assert raw.cloud.requests[-1].operation == "devices.get"


def test_every_openapi_operation_is_routed() -> None:
    from tuya_cloud.testing.server import Router

    router = Router(API)
    for operation_id, op in OPERATIONS.items():
        concrete = re.sub(r"{[^}]+}", "x1", op.path)
        found = router.match(op.http_method, concrete)
        assert found is not None and found[0].id == operation_id, operation_id


# ---------------------------------------------------------------- validation


def test_missing_required_query_parameter_is_1100_naming_it(raw: Raw) -> None:
    reply = raw.envelope("GET", "/v1.0/devices", [("page_size", "20")])
    assert (reply["code"], reply["msg"]) == (1100, "param is empty: page_no")


def test_query_values_are_coerced_by_schema_and_checked(raw: Raw) -> None:
    reply = raw.envelope("GET", "/v1.0/devices", [("page_no", "abc"), ("page_size", "20")])
    assert reply["code"] == 1109
    assert reply["msg"].startswith("param is illegal, please check it: page_no: must be an integer")
    assert raw.envelope("GET", "/v1.0/devices", [("page_no", "0"), ("page_size", "20")])["code"] == 1109
    assert raw.envelope("GET", "/v1.0/devices", [("page_no", "1"), ("page_size", "2")])["success"] is True


def test_array_query_items_are_coerced(raw: Raw) -> None:
    window = [("start_time", "1000000000000"), ("end_time", str(int(time.time() * 1000)))]
    path = f"/v1.0/devices/{Seed.LIGHT_ID}/logs"
    assert raw.envelope("GET", path, [("type", "1,7"), *window])["success"] is True
    reply = raw.envelope("GET", path, [("type", "1,99"), *window])
    assert reply["code"] == 1109 and "type[1]" in reply["msg"]


def test_numeric_path_ids_are_checked(raw: Raw) -> None:
    assert raw.envelope("GET", f"/v1.0/homes/{Seed.HOME_ID}")["success"] is True
    reply = raw.envelope("GET", "/v1.0/homes/my-home")
    assert reply["code"] == 1109 and "home_id" in reply["msg"]


def test_body_checks(raw: Raw) -> None:
    path = f"/v1.0/devices/{Seed.LIGHT_ID}"
    assert raw.envelope("PUT", path, body=b"{not json")["code"] == 1109
    assert raw.envelope("PUT", path, body=b"[1]")["code"] == 1109
    assert raw.envelope("PUT", path, body=b"{}")["msg"] == "param is empty: name"
    assert raw.envelope("PUT", path, body=None)["code"] == 1100
    reply = raw.envelope("PUT", path, body=b'{"name":""}')
    assert reply["code"] == 1109 and "name: must not be empty" in reply["msg"]
    reply = raw.envelope("POST", COMMANDS, body=b'{"commands":[{"value":true}]}')
    assert reply["code"] == 1109 and "commands[0].code: is required" in reply["msg"]


def test_cross_field_rules_are_enforced(raw: Raw) -> None:
    args = {
        "device_id": Seed.LIGHT_ID,
        "category": "once",
        "loops": "1000000",
        "time_zone": "+01:00",
        "timezone_id": "Europe/Berlin",
        "instruct": [{"time": "10:00", "date": "20991231", "functions": [{"code": "switch_led", "value": True}]}],
    }
    msg = raw.fails("device_timers.add", args, 1109)
    assert msg.endswith("loops: a dated (one-off) instruction does not repeat, so loops must be 0000000")
    assert raw.ok("device_timers.add", {**args, "loops": "0000000"})["group_id"]


# ---------------------------------------------------------------- envelope


def test_envelope_shape(raw: Raw) -> None:
    response = raw.send("GET", LIGHT_STATUS)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("application/json")
    ok = response.json()
    assert set(ok) == {"success", "result", "t", "tid"}
    assert re.fullmatch(r"[0-9a-f]{32}", ok["tid"]) and len(str(ok["t"])) == 13
    error = raw.send("GET", "/v1.0/devices/vdevo199999999999999").json()
    assert set(error) == {"success", "code", "msg", "t", "tid"}
    assert (error["success"], error["code"], error["msg"]) == (False, 2010, "device not exist")


# ---------------------------------------------------------------- faults


def test_error_fault_answers_before_the_behaviour_runs(raw: Raw) -> None:
    raw.access_token()
    fault = raw.cloud.inject("device_control.send_commands", error_code=1111)
    body = b'{"commands":[{"code":"switch_led","value":false}]}'
    reply = raw.envelope("POST", COMMANDS, body=body)
    assert (reply["code"], reply["msg"]) == (1111, "system is busy, please retry later")
    assert raw.cloud.world.status_of(Seed.LIGHT_ID)["switch_led"] is True
    assert fault.hits == 1 and fault.remaining == 0
    assert raw.envelope("POST", COMMANDS, body=body)["success"] is True  # times=1: used up
    assert raw.cloud.calls("device_control.send_commands") == 2
    assert raw.cloud.calls("device_control.send_commands", succeeded=True) == 1
    assert raw.cloud.requests[-2].fault == "error_code"


def test_error_fault_with_custom_message(raw: Raw) -> None:
    raw.cloud.inject("devices.get_status", error_code=28841004, error_msg="quota used up")
    reply = raw.envelope("GET", LIGHT_STATUS)
    assert (reply["code"], reply["msg"]) == (28841004, "quota used up")


def test_http_status_fault_sends_an_html_page(raw: Raw) -> None:
    raw.cloud.inject("devices.get_status", http_status=503)
    response = raw.send("GET", LIGHT_STATUS)
    assert response.status_code == 503 and response.headers["Content-Type"] == "text/html"
    assert "503 Service Unavailable" in response.text and "Retry-After" not in response.headers
    raw.cloud.inject("devices.get_status", http_status=429, retry_after=1.5)
    assert raw.send("GET", LIGHT_STATUS).headers["Retry-After"] == "1.5"


def test_garbage_fault_sends_truncated_json(raw: Raw) -> None:
    raw.cloud.inject("devices.get_status", garbage=True)
    response = raw.send("GET", LIGHT_STATUS)
    assert response.status_code == 200
    with pytest.raises(ValueError):
        json.loads(response.content)


def test_drop_connection_fault_closes_without_reply(raw: Raw) -> None:
    raw.access_token()
    raw.cloud.inject("device_control.send_commands", drop_connection=True)
    with pytest.raises(requests.ConnectionError):
        raw.send("POST", COMMANDS, body=b'{"commands":[{"code":"switch_led","value":false}]}')
    assert raw.cloud.world.status_of(Seed.LIGHT_ID)["switch_led"] is True
    assert raw.envelope("GET", LIGHT_STATUS)["success"] is True  # the server keeps serving


def test_latency_fault_delays_then_serves(raw: Raw) -> None:
    raw.access_token()
    raw.cloud.inject("devices.get_status", latency=0.3)
    started = time.perf_counter()
    assert raw.envelope("GET", LIGHT_STATUS)["success"] is True
    assert time.perf_counter() - started >= 0.3


def test_fault_counts_and_wildcards(raw: Raw) -> None:
    raw.access_token()
    raw.cloud.inject("devices.get_status", times=2, error_code=500)
    codes = [raw.envelope("GET", LIGHT_STATUS).get("code") for _ in range(3)]
    assert codes == [500, 500, None]
    raw.cloud.inject("*", times=None, error_code=1199)
    for _ in range(3):
        assert raw.envelope("GET", f"/v1.0/homes/{Seed.HOME_ID}")["code"] == 1199
    assert raw.envelope("GET", "/v1.0/token", [("grant_type", "1")], token=None)["code"] == 1199  # token APIs too
    raw.cloud.clear_faults()
    assert raw.envelope("GET", f"/v1.0/homes/{Seed.HOME_ID}")["success"] is True


def test_inject_refuses_zero_times(fake_tuya_cloud: FakeTuyaCloud) -> None:
    with pytest.raises(ValueError):
        fake_tuya_cloud.inject("devices.get", times=0)


def test_a_command_lost_to_a_read_timeout_ran_exactly_once(
    fake_tuya_cloud: FakeTuyaCloud, sync_transport: dict[str, Any]
) -> None:
    # The server holds the reply 2 s and the call stops reading after 0.3 s: load can only delay the server,
    # so the timeout strikes on a busy machine too; the warm-up call keeps the default (long) timeouts.
    fake_tuya_cloud.inject("device_control.send_commands", latency=2.0)
    with fake_tuya_cloud.client(**sync_transport, strict_responses=True) as client:
        client.devices.get_status(device_id=Seed.LIGHT_ID)
        with pytest.raises(TuyaTimeoutError, match="no reply"):
            client.device_control.send_commands(
                device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}], timeout=(10.0, 0.3)
            )
    deadline = time.monotonic() + 30  # polled: as long as a loaded machine needs, no longer
    while fake_tuya_cloud.calls("device_control.send_commands", succeeded=True) == 0:
        assert time.monotonic() < deadline, "the slow command never finished on the server"
        time.sleep(0.02)
    assert fake_tuya_cloud.calls("device_control.send_commands") == 1
    assert fake_tuya_cloud.world.status_of(Seed.LIGHT_ID)["switch_led"] is False


# ---------------------------------------------------------------- the request log


def test_request_log_records_and_masks_secrets(raw: Raw) -> None:
    raw.access_token()
    pair = raw.grant()
    raw.ok("token.refresh", {"refresh_token": pair["refresh_token"]})
    raw.envelope("POST", COMMANDS, body=b'{"commands":[{"code":"switch_led","value":false}]}')
    grant, refresh, command = raw.cloud.requests[-3:]
    assert (grant.method, grant.path, grant.operation, grant.query) == (
        "GET",
        "/v1.0/token",
        "token.get",
        {"grant_type": "1"},
    )
    assert refresh.path == "/v1.0/token/***"
    assert command.body == {"commands": [{"code": "switch_led", "value": False}]} and command.code is None
    text = repr(raw.cloud.requests)
    for secret in [*raw.cloud.issued_secrets(), raw.cloud.access_secret]:
        assert secret not in text
    raw.cloud.reset_log()
    assert raw.cloud.requests == [] and raw.cloud.calls("token.get") == 0


def test_request_log_keeps_error_codes(raw: Raw) -> None:
    raw.envelope("GET", "/v1.0/devices/vdevo199999999999999")
    record = raw.cloud.requests[-1]
    assert (record.operation, record.code, record.signature_ok) == ("devices.get", 2010, True)


# ---------------------------------------------------------------- HTTP behaviour and lifecycle


def test_keep_alive_reuses_one_connection(fake_tuya_cloud: FakeTuyaCloud, sync_transport: dict[str, Any]) -> None:
    with fake_tuya_cloud.client(**sync_transport, strict_responses=True) as tuya_client:
        for _ in range(100):
            tuya_client.devices.get_status(device_id=Seed.LIGHT_ID)
    assert fake_tuya_cloud.connections == 1  # (reply latency, e.g. Nagle stalls, is for `nox -s bench`)


def test_connection_close_is_honoured(raw: Raw) -> None:
    raw.access_token()
    before = raw.cloud.connections
    for _ in range(3):
        response = raw.send("GET", LIGHT_STATUS, extra_headers={"Connection": "close"})
        assert response.json()["success"] is True
        assert response.headers["Connection"] == "close"  # so the client does not pool a closing socket
    assert raw.cloud.connections == before + 2  # the first one still used the pooled connection


def test_replies_say_whether_the_connection_stays_open(raw: Raw) -> None:
    response = raw.send("GET", LIGHT_STATUS)
    assert response.headers["Connection"] == "keep-alive"
    assert response.headers["Keep-Alive"] == "timeout=60"  # the idle time after which the server closes


def test_closing_and_keep_alive_requests_interleave_on_one_session(raw: Raw) -> None:
    # Without `Connection: close` in the reply, a client pools the socket the server is closing and may lose
    # its next request on it (RemoteDisconnected); how often depends on scheduling, so try many times.
    raw.access_token()
    before = raw.cloud.connections
    for index in range(30):
        headers = {"Connection": "close"} if index % 2 == 0 else {}
        assert raw.envelope("GET", LIGHT_STATUS, extra_headers=headers)["success"] is True
    assert raw.cloud.connections == before + 15  # every close costs one new connection for the next request


def test_an_http_1_0_request_is_answered_and_closed(fake_tuya_cloud: FakeTuyaCloud) -> None:
    with socket.create_connection(("127.0.0.1", fake_tuya_cloud.port), timeout=30) as sock:
        sock.sendall(f"GET {LIGHT_STATUS} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
        received = b""
        while chunk := sock.recv(65536):  # ends when the server closes the connection
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert b"\r\nConnection: close" in head
    assert json.loads(body)["code"] == 1105  # unsigned: Tuya's answer, then the connection closes


def test_concurrent_requests(fake_tuya_cloud: FakeTuyaCloud, sync_transport: dict[str, Any]) -> None:
    errors: list[BaseException] = []
    tuya_client = fake_tuya_cloud.client(**sync_transport, strict_responses=True)

    def work(index: int) -> None:
        try:
            value = 10 + index * 10
            tuya_client.device_control.send_commands(
                device_id=Seed.LIGHT_ID, commands=[{"code": "bright_value_v2", "value": value}]
            )
            tuya_client.devices.get_status(device_id=Seed.LIGHT_ID)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    tuya_client.close()
    assert fake_tuya_cloud.calls("device_control.send_commands", succeeded=True) == 16
    assert fake_tuya_cloud.token_grants == 1


def test_lifecycle() -> None:
    cloud = FakeTuyaCloud()
    with pytest.raises(RuntimeError):
        _ = cloud.base_url
    cloud.start()
    url = cloud.base_url
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
    assert cloud.start() is cloud  # idempotent
    cloud.stop()
    cloud.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(url + LIGHT_STATUS, timeout=2)


def test_stop_closes_idle_keep_alive_connections(
    fake_tuya_cloud: FakeTuyaCloud, sync_transport: dict[str, Any]
) -> None:
    client = fake_tuya_cloud.client(**sync_transport, max_retries=0, strict_responses=True)
    client.devices.get_status(device_id=Seed.LIGHT_ID)
    fake_tuya_cloud.stop()
    with pytest.raises(Exception):  # noqa: B017 - any connection error will do
        client.devices.get_status(device_id=Seed.LIGHT_ID)


def test_fixed_port_and_custom_credentials() -> None:
    with FakeTuyaCloud() as probe:
        port = probe.port
    with FakeTuyaCloud("my-id", "my-secret", port=port) as cloud:
        assert cloud.base_url == f"http://127.0.0.1:{port}"
        with cloud.client(strict_responses=True) as client:
            assert client.access_id == "my-id"
            assert client.homes.get(home_id=Seed.HOME_ID).name == "My Home"


def test_example_fallback_for_an_operation_without_behaviour_only_when_asked(
    raw: Raw, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(BEHAVIOURS, "scenes.list_default_pictures")
    assert "no behaviour for scenes.list_default_pictures" in raw.fails("scenes.list_default_pictures", {}, 500)
    raw.cloud.example_fallback = True
    expected = OPERATIONS["scenes.list_default_pictures"].examples[0]["result"]
    assert raw.ok("scenes.list_default_pictures", {}) == expected


def test_package_exports_load_lazily() -> None:
    import tuya_cloud.testing as testing

    assert testing.FakeTuyaCloud is FakeTuyaCloud and testing.Seed is Seed
    with pytest.raises(AttributeError):
        _ = testing.NoSuchThing


def test_main_prints_settings_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tuya_cloud.testing", "--access-id", "cli-id"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().strip() for _ in range(3)]
        settings = dict(line.split("=", 1) for line in lines)
        assert settings["TUYA_ACCESS_ID"] == "cli-id"
        assert settings["TUYA_ACCESS_SECRET"] == "fake-access-secret"
        with TuyaCloud(
            access_id="cli-id",
            access_secret="fake-access-secret",
            base_url=settings["TUYA_BASE_URL"],
            strict_responses=True,
        ) as client:
            assert client.devices.get(device_id=Seed.PLUG_ID).name == "Kitchen plug"
    finally:
        process.terminate()
        process.wait(timeout=10)
