"""Every operation of the spec has a behaviour in the fake cloud and sample arguments in its world module
(`samples`), and every behaviour's result, for its sample, fits the operation's result schema (checked
with the runtime's validator) and parses in the client. Nothing here lists operations by hand."""

from __future__ import annotations

import keyword
from typing import Any

import pytest
from fakecloud_helpers import API, OPERATIONS, Raw

from tuya_cloud import TuyaAPIError, TuyaCloud
from tuya_cloud._runtime.validation import check
from tuya_cloud.testing import FakeTuyaCloud, Seed
from tuya_cloud.testing.world import BEHAVIOURS, SAMPLES


def _result_schema(operation_id: str) -> dict[str, Any]:
    return dict(OPERATIONS[operation_id].result_schema)


def _args_for(operation_id: str, cloud: FakeTuyaCloud) -> dict[str, Any]:
    with cloud.lock:  # a sample may change the world (token.refresh's issues a token)
        return cloud.world.sample(operation_id)


def test_every_operation_has_a_behaviour_and_a_sample() -> None:
    without = sorted(set(OPERATIONS) - set(BEHAVIOURS))
    assert without == [], f"add a behaviour to tuya_cloud/testing/world/<group>.py for each of {without}"
    assert set(BEHAVIOURS) <= set(OPERATIONS), "a behaviour's name must be its operation's method name"
    unsampled = sorted(set(OPERATIONS) - set(SAMPLES))
    assert unsampled == [], f"add each of {unsampled} to its group module's `samples` (valid seeded-world arguments)"


def test_an_operation_without_a_behaviour_is_an_error_unless_a_test_asks_for_its_example(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    operation_id = "multi_channel.get_names"
    monkeypatch.delitem(BEHAVIOURS, operation_id)  # as if the spec had gained it and its world module had not
    with FakeTuyaCloud() as cloud, cloud.client(max_retries=0) as client, pytest.raises(TuyaAPIError) as raised:
        client.multi_channel.get_names(device_id=Seed.SWITCH_ID)
    assert raised.value.code == 500 and "no behaviour for multi_channel.get_names" in raised.value.msg
    assert "world/multi_channel.py" in raised.value.msg
    with FakeTuyaCloud(example_fallback=True) as cloud, cloud.client() as client:
        names = client.multi_channel.get_names(device_id=Seed.SWITCH_ID)
    documented = OPERATIONS[operation_id].examples[0]["result"]
    assert [n.identifier for n in names] == [n["identifier"] for n in documented]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_result_fits_the_result_schema(operation_id: str, raw: Raw) -> None:
    result = raw.ok(operation_id, _args_for(operation_id, raw.cloud))
    check(result, _result_schema(operation_id), "result", API.schemas.get)
    assert raw.cloud.requests[-1].signature_ok


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_result_parses_in_the_generated_client(operation_id: str, fake_tuya_cloud: FakeTuyaCloud) -> None:
    group, method = operation_id.split(".")
    with fake_tuya_cloud.client(strict_responses=True) as client:
        args = _args_for(operation_id, fake_tuya_cloud)
        kwargs = {f"{k}_" if keyword.iskeyword(k) else k: v for k, v in args.items()}
        result = getattr(getattr(client, group), method)(**kwargs)
    assert result is not None
    assert fake_tuya_cloud.calls(operation_id, succeeded=True) == 1


def test_the_seeded_world_is_reachable_from_the_client(tuya_client: TuyaCloud) -> None:
    homes = tuya_client.homes.list_for_user(uid=Seed.USER_ID)
    assert {h.home_id for h in homes} == {Seed.HOME_ID, Seed.HOLIDAY_HOME_ID}
    devices = tuya_client.homes.list_devices(home_id=Seed.HOME_ID)
    assert {d.category for d in devices} == {"dj", "kg", "cz", "jtmspro", "wg2", "wsdcg", "mcs"}
    assert all(d.id is not None and d.id.startswith("vdevo") and len(d.id) == 20 for d in devices)
    offline = tuya_client.devices.get(device_id=Seed.OFFLINE_PLUG_ID)
    assert offline.online is False
