"""The fake cloud's control API (`--control`), which tests in other processes (the TypeScript suite) drive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tuya_cloud import QuotaExceededError, RateLimitError, TuyaCloud, TuyaResponseError
from tuya_cloud.testing import FakeTuyaCloud, Seed


@pytest.fixture()
def cloud() -> Iterator[FakeTuyaCloud]:
    with FakeTuyaCloud(control=True) as fake:
        yield fake


def control(cloud: FakeTuyaCloud, action: str, body: Any = None, method: str = "POST") -> requests.Response:
    return requests.request(method, f"{cloud.base_url}/_fake/{action}", json=body or {}, timeout=10)


def test_control_is_off_unless_asked_for() -> None:
    with FakeTuyaCloud() as cloud:
        reply = requests.post(f"{cloud.base_url}/_fake/state", json={}, timeout=10).json()
        assert reply["success"] is False and reply["code"] == 1108  # just an unknown Tuya path


def test_faults_tokens_and_the_log_can_be_driven_from_outside(cloud: FakeTuyaCloud) -> None:
    client = cloud.client()
    client.devices.get_status(device_id=Seed.LIGHT_ID)
    assert control(cloud, "inject", {"operation": "devices.get", "http_status": 404}).json() == {"ok": True}
    with pytest.raises(TuyaResponseError):
        client.devices.get(device_id=Seed.LIGHT_ID)
    assert control(cloud, "expire_tokens").ok
    client.devices.get(device_id=Seed.LIGHT_ID)  # 1010, renewed, resent
    state = control(cloud, "state").json()
    assert (state["token_grants"], state["token_refreshes"]) == (1, 1)
    assert [r["operation"] for r in state["requests"]].count("devices.get") == 3
    assert {r["fault"] for r in state["requests"]} == {None, "http_status"}
    assert len(state["issued_secrets"]) == 4
    assert control(cloud, "reset_log").ok and control(cloud, "state").json()["requests"] == []


def test_clock_and_world(cloud: FakeTuyaCloud) -> None:
    client: TuyaCloud = cloud.client(correct_clock_skew=False)
    assert control(cloud, "clock", {"offset": 3600}).ok
    assert cloud.clock_offset == 3600.0
    control(cloud, "clock", {"offset": 0})
    client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}])
    assert cloud.world.status_of(Seed.LIGHT_ID)["switch_led"] is False
    assert control(cloud, "reset_world").ok
    assert cloud.world.status_of(Seed.LIGHT_ID)["switch_led"] is True


@pytest.mark.parametrize(
    ("action", "body", "method", "status"),
    [
        ("nothing", {}, "POST", 404),
        ("inject", {"operation": "devices.get", "colour": "red"}, "POST", 400),
        ("inject", {"times": 0}, "POST", 400),
        ("clock", {"offset": "soon"}, "POST", 400),
        ("state", {}, "GET", 405),
    ],
)
def test_bad_control_requests_are_refused(
    cloud: FakeTuyaCloud, action: str, body: dict[str, Any], method: str, status: int
) -> None:
    reply = control(cloud, action, body, method)
    assert reply.status_code == status and "error" in reply.json()


def test_the_projects_limits_can_be_set_from_outside(cloud: FakeTuyaCloud) -> None:
    client: TuyaCloud = cloud.client(max_retries=0)
    assert control(cloud, "limits", {"quota": 2}).json() == {"ok": True}
    client.devices.get(device_id=Seed.LIGHT_ID)  # the grant and this call use the quota up
    with pytest.raises(QuotaExceededError):
        client.devices.get(device_id=Seed.LIGHT_ID)
    assert control(cloud, "state").json()["quota_used"] == 2
    assert control(cloud, "limits", {"rate_limit": 1}).ok  # a new set of limits: the quota is gone
    client.devices.get(device_id=Seed.LIGHT_ID)
    with pytest.raises(RateLimitError):
        client.devices.get(device_id=Seed.LIGHT_ID)
    assert control(cloud, "limits", {}).ok
    client.devices.get(device_id=Seed.LIGHT_ID)
    reply = control(cloud, "limits", {"rate_limit": 1, "burst": 3})
    assert reply.status_code == 400 and "burst" in reply.json()["error"]
    assert control(cloud, "limits", {"quota": -1}).status_code == 400
