"""The runtime against the fake cloud over real HTTP on 127.0.0.1: tokens, retries, timeouts, errors.

Every test that takes `client`, `connect` or `new_client` (see conftest.py) runs for TuyaCloud and
for AsyncTuyaCloud, with the same assertions.
"""

from __future__ import annotations

import concurrent.futures
import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tuya_cloud import (
    ClockSkewError,
    FileTokenStore,
    MemoryTokenStore,
    PermissionDeniedError,
    ServerBusyError,
    TuyaAPIError,
    TuyaCloud,
    TuyaConfigError,
    TuyaConnectionError,
    TuyaError,
    TuyaResponseError,
    TuyaTimeoutError,
    TuyaValidationError,
)
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed

LIGHT = Seed.LIGHT_ID
COMMAND = [{"code": "switch_led", "value": True}]
Factory = Callable[..., TuyaCloud]


# ---------------------------------------------------------------- tokens


def test_token_is_acquired_lazily_and_once(cloud: FakeTuyaCloud, connect: Factory) -> None:
    client = connect()
    assert cloud.token_grants == 0  # constructing the client sends nothing
    client.devices.get_status(device_id=LIGHT)
    client.devices.get(device_id=LIGHT)
    assert cloud.token_grants == 1
    assert cloud.token_refreshes == 0


def test_expired_token_is_renewed_once_for_32_threads(cloud: FakeTuyaCloud, sync_transport: dict[str, Any]) -> None:
    client = cloud.client(
        **sync_transport
    )  # threads: the sync client only (tests/aio has 200 coroutines for the async one)
    client.devices.get_status(device_id=LIGHT)
    cloud.expire_tokens()
    renewals_before = cloud.token_grants + cloud.token_refreshes
    with concurrent.futures.ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(lambda _: client.devices.get_status(device_id=LIGHT), range(32)))
    assert len(results) == 32 and all(results)
    assert cloud.token_grants + cloud.token_refreshes - renewals_before == 1


def test_token_expiring_mid_flight_is_renewed_and_the_call_resent_once(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    client.devices.get_status(device_id=LIGHT)
    cloud.expire_tokens()  # the client still believes its token is fresh: Tuya answers 1010
    cloud.reset_log()
    client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
    assert cloud.token_refreshes + cloud.token_grants == 2  # grant at start, one renewal now
    assert cloud.calls("device_control.send_commands") == 2  # refused once (1010), then executed once
    assert client.devices.get_status(device_id=LIGHT)[0].model_dump()["value"] in (True, False)


def test_used_refresh_token_falls_back_to_a_new_grant(cloud: FakeTuyaCloud, connect: Factory) -> None:
    store = MemoryTokenStore()
    client = connect(token_store=store)
    client.devices.get_status(device_id=LIGHT)
    token = store.load()
    assert token is not None
    # Someone else spends the single-use refresh token: our access token dies with it.
    assert client.token.refresh(refresh_token=token.refresh_token).access_token
    assert client.devices.get_status(device_id=LIGHT)  # 1011 -> refresh fails (spent) -> new grant
    assert cloud.token_grants == 2


def test_processes_share_a_token_through_a_file_store(cloud: FakeTuyaCloud, connect: Factory, tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    one = connect(token_store=FileTokenStore(path))
    two = connect(token_store=FileTokenStore(path))
    one.devices.get_status(device_id=LIGHT)
    two.devices.get_status(device_id=LIGHT)
    assert cloud.token_grants == 1
    assert path.stat().st_mode & 0o077 == 0  # only the owner may read the token file
    token = FileTokenStore(path).load()
    assert token is not None and token.access_token not in repr(token) and token.refresh_token not in repr(token)


# ---------------------------------------------------------------- retries and no double send


def test_retry_safe_call_is_retried_on_http_503(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    client.devices.get_status(device_id=LIGHT)
    cloud.inject("devices.get_status", times=2, http_status=503)
    assert client.devices.get_status(device_id=LIGHT)
    assert cloud.calls("devices.get_status") == 4


def test_busy_code_is_retried_for_reads_but_not_for_commands(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    cloud.inject("devices.get", times=1, error_code=1111)
    assert client.devices.get(device_id=LIGHT).id == LIGHT
    cloud.inject("device_control.send_commands", times=1, error_code=1111)
    with pytest.raises(ServerBusyError) as caught:
        client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
    assert caught.value.code == 1111
    assert cloud.calls("device_control.send_commands") == 1


def wait_for(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    """Poll until `condition` holds: a busy machine may take long, an idle one does not wait for nothing."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the fake cloud"
        time.sleep(0.02)


def test_command_is_never_sent_twice_after_a_read_timeout(cloud: FakeTuyaCloud, connect: Factory) -> None:
    client = connect(max_retries=3)
    client.devices.get_status(device_id=LIGHT)  # warm-up at the default timeouts: no scheduling can fail it
    # The server holds the reply 2 s and the call gives up reading after 0.3 s: a busy machine can only make
    # the server later, so the read timeout strikes however loaded the machine is.
    cloud.inject("device_control.send_commands", times=1, latency=2.0)
    with pytest.raises(TuyaTimeoutError):
        client.device_control.send_commands(device_id=LIGHT, commands=COMMAND, timeout=(10.0, 0.3))
    wait_for(lambda: cloud.calls("device_control.send_commands", succeeded=True) == 1)  # the command ran
    assert cloud.calls("device_control.send_commands") == 1  # and nothing was sent after it


def test_caller_may_opt_in_to_resending_a_command(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    cloud.inject("device_control.send_commands", times=1, http_status=502)
    assert client.device_control.send_commands(device_id=LIGHT, commands=COMMAND, allow_retry=True) is True
    assert cloud.calls("device_control.send_commands") == 2


def test_max_retries_per_call_bounds_the_attempts(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    client.devices.get_status(device_id=LIGHT)
    cloud.inject("devices.get_status", times=10, http_status=500)
    with pytest.raises(TuyaResponseError) as caught:
        client.devices.get_status(device_id=LIGHT, max_retries=1)
    assert caught.value.status_code == 500
    assert cloud.calls("devices.get_status") == 3  # the first call, then one try and one retry


def test_per_call_timeout_overrides_the_client_default(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    client.devices.get_status(device_id=LIGHT)
    cloud.inject("devices.get_status", times=1, latency=2.0)
    # The client's own read timeout is 30 s, so only the per-call one can turn a 2 s delay into an error.
    with pytest.raises(TuyaTimeoutError):
        client.devices.get_status(device_id=LIGHT, timeout=0.2, max_retries=0)


def test_with_options_copies_defaults_and_shares_the_token(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    client.devices.get_status(device_id=LIGHT)
    patient = client.with_options(timeout=(4.0, 20.0), max_retries=0)
    assert (patient.timeout, patient.max_retries) == ((4.0, 20.0), 0)
    assert client.max_retries == 2 and patient.devices is not client.devices
    cloud.inject("devices.get_status", times=1, http_status=503)
    with pytest.raises(TuyaResponseError):
        patient.devices.get_status(device_id=LIGHT)  # no retries on the copy
    patient.close()
    assert client.devices.get_status(device_id=LIGHT)  # the shared pool is still open
    assert cloud.token_grants == 1


def test_unreachable_server_raises_a_connection_error(new_client: Factory) -> None:
    client = new_client(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9", max_retries=1)
    with pytest.raises(TuyaConnectionError) as caught:
        client.devices.get_status(device_id=LIGHT)
    assert isinstance(caught.value, TuyaError)
    assert "secret" not in str(caught.value)


# ---------------------------------------------------------------- bad replies and API errors


def test_garbage_reply_raises_a_response_error(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    client.devices.get_status(device_id=LIGHT)
    cloud.inject("devices.get", times=1, garbage=True)
    with pytest.raises(TuyaResponseError) as caught:
        client.devices.get(device_id=LIGHT)
    assert caught.value.status_code == 200
    assert caught.value.body_excerpt


def test_html_error_page_raises_a_response_error_with_status(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    client.devices.get_status(device_id=LIGHT)
    cloud.inject("device_control.send_commands", times=1, http_status=502)
    with pytest.raises(TuyaResponseError) as caught:
        client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
    assert caught.value.status_code == 502
    assert not isinstance(caught.value, (KeyError, ValueError))


def test_api_error_carries_code_msg_tid_and_where(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    cloud.inject("devices.get", times=1, error_code=1106, error_msg="permission deny")
    with pytest.raises(PermissionDeniedError) as caught:
        client.devices.get(device_id=LIGHT)
    error = caught.value
    assert isinstance(error, TuyaAPIError)
    assert (error.code, error.msg, error.operation, error.method) == (1106, "permission deny", "devices.get", "GET")
    assert error.path == f"/v1.0/devices/{LIGHT}"
    assert error.tid and len(error.tid) == 32
    assert "data centre" in str(error)  # the spec's hint tells the user what to check


def test_unknown_error_code_is_still_a_tuya_api_error(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    cloud.inject("devices.get", times=1, error_code=987654, error_msg="something new")
    with pytest.raises(TuyaAPIError) as caught:
        client.devices.get(device_id=LIGHT)
    assert type(caught.value) is TuyaAPIError and caught.value.code == 987654


def test_clock_skew_is_corrected_from_the_servers_t(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    cloud.clock_offset = 3600.0
    assert client.devices.get_status(device_id=LIGHT)


def test_clock_skew_error_explains_the_fix_when_correction_is_off(cloud: FakeTuyaCloud, connect: Factory) -> None:
    cloud.clock_offset = -3600.0
    client = connect(correct_clock_skew=False)
    with pytest.raises(ClockSkewError) as caught:
        client.devices.get_status(device_id=LIGHT)
    assert caught.value.code == 1013 and "NTP" in str(caught.value)


# ---------------------------------------------------------------- arguments and paths


def test_bad_arguments_are_refused_before_anything_is_sent(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    with pytest.raises(TuyaValidationError) as caught:
        client.device_timers.add(
            device_id=LIGHT,
            category="schedule",
            loops="0000010",
            time_zone="+08:00",
            timezone_id="Europe/Berlin",
            instruct=[{"time": "07:00", "date": "20991231", "functions": COMMAND}],
        )
    assert caught.value.param == "loops" and "0000000" in caught.value.rule
    assert cloud.requests == []  # not even a token request


def test_path_parameters_cannot_escape_their_segment(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    with pytest.raises(TuyaAPIError):
        client.devices.get_status(device_id="../../token")
    paths = [record.path for record in cloud.requests if record.operation != "token.get"]
    assert paths and all(p.startswith("/v1.0/devices/..%2F..%2Ftoken") for p in paths), paths


def test_signed_headers_are_sent_and_signed(cloud: FakeTuyaCloud, connect: Factory) -> None:
    client = connect(signed_headers={"area_id": "29a33e8796834b1efa6", "call_id": "8afdb70ab2ed11eb85290242ac130003"})
    assert client.devices.get_status(device_id=LIGHT)  # the fake cloud verifies the header lines too
    assert all(record.signature_ok for record in cloud.requests)
    with pytest.raises(TuyaConfigError, match="signed_headers"):
        connect(signed_headers={"bad:name": "x"})


def test_plain_http_is_refused_off_loopback(new_client: Factory) -> None:
    with pytest.raises(TuyaConfigError, match="loopback"):
        new_client(access_id="id", access_secret="secret", base_url="http://example.com")
    new_client(access_id="id", access_secret="secret", base_url="http://[::1]:8080")
    new_client(access_id="id", access_secret="secret", base_url="http://localhost:8080")


def test_configuration_errors_name_the_setting(monkeypatch: pytest.MonkeyPatch, new_client: Factory) -> None:
    for name in ("TUYA_ACCESS_ID", "TUYA_ACCESS_SECRET", "TUYA_REGION", "TUYA_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(TuyaConfigError, match="access_id"):
        new_client(access_secret="s", region="eu")
    with pytest.raises(TuyaConfigError, match="unknown region 'mars'"):
        new_client(access_id="i", access_secret="s", region="mars")
    with pytest.raises(TuyaConfigError, match="region is required"):
        new_client(access_id="i", access_secret="s")
    monkeypatch.setenv("TUYA_ACCESS_ID", "env-id")
    monkeypatch.setenv("TUYA_ACCESS_SECRET", "env-secret")
    monkeypatch.setenv("TUYA_REGION", "us-e")
    assert new_client().base_url == "https://openapi-ueaz.tuyaus.com"


# ---------------------------------------------------------------- secrets


def test_secrets_never_reach_logs_reprs_or_errors(
    cloud: FakeTuyaCloud, connect: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = connect()
    client.devices.get_status(device_id=LIGHT)
    cloud.expire_tokens()
    client.devices.get_status(device_id=LIGHT)  # renews: the refresh token travels in a URL path
    cloud.inject("devices.get", times=1, error_code=1004, error_msg="sign invalid")
    with pytest.raises(TuyaAPIError) as caught:
        client.devices.get(device_id=LIGHT)
    issued = cloud.issued_secrets()
    assert len(issued) >= 4, "two access tokens and two refresh tokens were issued"
    texts = [caplog.text, repr(client), str(caught.value), repr(caught.value)]
    for text in texts:
        assert cloud.access_secret not in text
        for secret in issued:
            assert secret not in text
        assert re.search(r"\b[0-9A-F]{64}\b", text) is None  # no signature
    assert "tuya_cloud" in caplog.text  # the debug log did run
    assert "/v1.0/token/***" in caplog.text  # the refresh call is logged, with the refresh token masked


def test_iterating_pages_walks_the_whole_list(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    everything = client.devices.list_for_user(uid=Seed.USER_ID, page_no=1, page_size=100)
    walked = list(client.devices.iter_list_for_user(uid=Seed.USER_ID, page_size=2))
    assert [d.id for d in walked] == [d.id for d in everything]
    assert len(walked) > 2
