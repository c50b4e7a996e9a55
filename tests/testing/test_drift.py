"""The fake cloud's `drift` fault (the normal result, drifted as Tuya's real replies drift) and its
`reply` fault (a canned body, e.g. a reply captured from the real cloud)."""

from __future__ import annotations

from typing import Any

import pytest
from fakecloud_helpers import Raw

from tuya_cloud.testing import FakeTuyaCloud, Seed
from tuya_cloud.testing.drift import EXTRA_FIELD, KINDS, drifted, kinds_of

LIGHT = {"device_id": Seed.LIGHT_ID}
RULE = {"home_id": Seed.HOME_ID, "automation_id": Seed.WINDOW_AUTOMATION_ID}
TIMER = {
    "device_id": Seed.LIGHT_ID,
    "category": "night",
    "loops": "1111100",
    "time_zone": "+01:00",
    "timezone_id": "Europe/Berlin",
    "instruct": [{"time": "22:15", "functions": [{"code": "switch_led", "value": False}]}],
}


def drift_once(raw: Raw, operation: str, args: dict[str, Any], *kinds: str) -> tuple[Any, Any]:
    """(normal result, drifted result) of two calls with the same arguments."""
    normal = raw.ok(operation, args)
    fault = raw.cloud.inject(operation, drift=list(kinds))
    changed = raw.ok(operation, args)
    assert fault.served == [changed]
    return normal, changed


def test_kinds_are_named_and_checked(fake_tuya_cloud: FakeTuyaCloud) -> None:
    assert kinds_of(True) == frozenset(KINDS) and kinds_of(False) == frozenset()
    assert kinds_of(["types", "extra"]) == {"types", "extra"}
    with pytest.raises(ValueError, match="unknown drift kind"):
        fake_tuya_cloud.inject("devices.get", drift=["typos"])


def test_types_turn_numeric_strings_into_numbers_and_back(raw: Raw) -> None:
    normal, changed = drift_once(raw, "devices.get", LIGHT, "types")
    assert changed["create_time"] == str(normal["create_time"])  # a string for a number
    assert changed["owner_id"] == int(normal["owner_id"])  # a number for a numeric string
    assert changed["id"] == normal["id"] and changed["online"] is normal["online"]  # others stay
    assert [dp["code"] for dp in changed["status"]] == [dp["code"] for dp in normal["status"]]


def test_enums_get_values_the_spec_does_not_list(raw: Raw) -> None:
    normal, changed = drift_once(raw, "automations.get", RULE, "enums")
    assert normal["match_type"] in (1, 2, 3) and changed["match_type"] == 9999
    assert {c["entity_type"] for c in changed["conditions"]} == {9999}
    assert {p["cond_type"] for p in changed["preconditions"]} == {"drift_unknown_value"}


def test_missing_fields_nulls_and_extra_fields(raw: Raw) -> None:
    normal, changed = drift_once(raw, "devices.get_status", LIGHT, "missing_required")
    assert all("code" not in dp and "value" in dp for dp in changed)  # the first required field goes
    normal, changed = drift_once(raw, "devices.get", LIGHT, "missing_optional")
    assert set(normal) - set(changed) == {"active_time"}  # the first optional one, alphabetically
    normal, changed = drift_once(raw, "devices.get", LIGHT, "nulls")
    assert changed["active_time"] is None  # Device has no required field: an optional one turns null
    assert all(dp["code"] is None for dp in changed["status"])  # DataPoint.code is required and typed
    normal, changed = drift_once(raw, "devices.get", LIGHT, "extra")
    assert changed[EXTRA_FIELD] and all(dp[EXTRA_FIELD] for dp in changed["status"])
    assert {k: v for k, v in changed.items() if k != EXTRA_FIELD} != normal  # nested objects got one too


def test_the_operation_runs_and_the_log_names_the_fault(raw: Raw) -> None:
    fault = raw.cloud.inject("device_timers.add", drift=["missing_required"])
    assert raw.ok("device_timers.add", TIMER) == {}  # group_id, the one required field, left out
    listed = raw.ok("device_timers.list_by_category", {"device_id": Seed.LIGHT_ID, "category": "night"})
    assert listed[0]["groups"]  # the timer was created all the same
    assert raw.cloud.requests[-2].fault == "drift" and raw.cloud.requests[-2].code is None
    assert fault.hits == 1 and fault.remaining == 0


def test_errors_are_not_drifted(raw: Raw) -> None:
    fault = raw.cloud.inject("devices.get", drift=True)
    raw.fails("devices.get", {"device_id": "vdevo199999999999999"}, 2010)
    assert fault.served == []


def test_drift_is_deterministic() -> None:
    result = {"id": "vdevo1", "owner_id": "42", "create_time": 1700000000, "status": [{"code": "a", "value": 1}]}
    assert drifted("devices.get", result, kinds_of(True)) == drifted("devices.get", result, kinds_of(True))
    assert result["owner_id"] == "42"  # the original is left alone


def test_a_canned_reply_is_sent_as_given_and_the_operation_does_not_run(raw: Raw) -> None:
    raw.access_token()
    canned = {"result": [{"code": "switch_led", "value": 7}], "success": True, "t": 1}  # no tid, as some are
    raw.cloud.inject("devices.get_status", reply=canned)
    assert raw.send("GET", f"/v1.0/devices/{Seed.LIGHT_ID}/status").json() == canned
    error = {"code": 1100, "msg": "param is empty", "success": False, "t": 1629498362573}
    raw.cloud.inject("device_control.send_commands", reply=error)
    assert raw.op("device_control.send_commands", {**LIGHT, "commands": [{"code": "switch_led", "value": False}]}) == (
        error
    )
    assert raw.cloud.world.status_of(Seed.LIGHT_ID)["switch_led"] is True  # the command never ran
    assert (raw.cloud.requests[-1].fault, raw.cloud.requests[-1].code) == ("reply", 1100)
