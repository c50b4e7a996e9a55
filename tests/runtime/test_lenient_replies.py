"""Replies that drift from the spec: lenient by default (the data reaches the caller, one warning per
field), strict on request (TuyaResponseError naming the field). Served over HTTP by the fake cloud's
drift fault, which drifts the normal reply the way Tuya's real replies drift. Each test runs with
TuyaCloud and with AsyncTuyaCloud (see conftest.py): both read replies in the shared core."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tuya_cloud import TuyaCloud, TuyaResponseError, models
from tuya_cloud._runtime import replies
from tuya_cloud.testing import FakeTuyaCloud, Seed
from tuya_cloud.testing.drift import EXTRA_FIELD

Factory = Callable[..., TuyaCloud]  # conftest's `connect`: a client of this test's kind (sync or async)

# The drifts of a reply that does not fit the spec: a number for a string and back, an unknown enum
# value, a required field left out, a null; and the harmless ones, an optional field left out and an
# unknown field added.
BREAKING = ("types", "enums", "missing_required", "nulls")
HARMLESS = ("missing_optional", "extra")
TIMER = {
    "device_id": Seed.LIGHT_ID,
    "category": "night",
    "loops": "1111100",
    "time_zone": "+01:00",
    "timezone_id": "Europe/Berlin",
    "instruct": [{"time": "22:15", "functions": [{"code": "switch_led", "value": False}]}],
}
# Each operation of the issue, with its arguments and the drift kinds that can break its result
# (devices.get, devices.get_status and device_timers.add have no enums; TimerGroupRef.group_id may be a
# number or a string, so numbers for its numeric strings fit the spec).
CALLS: dict[str, tuple[dict[str, Any], tuple[str, ...]]] = {
    "devices.get": ({"device_id": Seed.LIGHT_ID}, ("types", "missing_required", "nulls")),
    "devices.get_status": ({"device_id": Seed.LIGHT_ID}, ("missing_required", "nulls")),  # values are free-form
    "automations.get": (
        {"home_id": Seed.HOME_ID, "automation_id": Seed.WINDOW_AUTOMATION_ID},
        ("types", "enums", "missing_required", "nulls"),
    ),
    "device_timers.add": (TIMER, ("missing_required", "nulls")),
}
CASES = [(op, kind) for op in CALLS for kind in (*BREAKING, *HARMLESS)]


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a new process would: no field has been warned about yet."""
    monkeypatch.setattr(replies, "_WARNED", set())


@pytest.fixture(scope="module")
def cloud() -> Iterator[FakeTuyaCloud]:
    """One fake cloud for the module (conftest's `connect` and `client` use it), reset for each test."""
    with FakeTuyaCloud() as fake:
        yield fake


@pytest.fixture(autouse=True)
def seeded(cloud: FakeTuyaCloud) -> None:
    cloud.reset_world()
    cloud.clear_faults()


def call(client: TuyaCloud, operation: str) -> Any:
    group, method = operation.split(".")
    return getattr(getattr(client, group), method)(**CALLS[operation][0])


def dumped(result: Any) -> Any:
    if isinstance(result, list):
        return [dumped(item) for item in result]
    dump = getattr(result, "model_dump", None)
    return dump(mode="json", by_alias=True) if dump is not None else result


def leaves(value: Any, path: str = "result") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict) and value:
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}")
    elif isinstance(value, list) and value:
        for index, item in enumerate(value):
            yield from leaves(item, f"{path}[{index}]")
    else:
        yield path, value


def same(a: Any, b: Any) -> bool:
    """Equal, with JSON's types: 1 and "1" differ, 1 and 1.0 are the same number, True is not 1."""
    number = (int, float)
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, number) and isinstance(b, number):
        return a == b
    return type(a) is type(b) and a == b


def assert_every_leaf_kept(sent: Any, returned: Any) -> None:
    got = dict(leaves(dumped(returned)))
    for path, value in leaves(sent):
        assert path in got, f"{path} was lost"
        assert same(got[path], value), f"{path}: sent {value!r}, returned {got[path]!r}"


@pytest.mark.parametrize(("operation", "kind"), CASES, ids=[f"{op}:{kind}" for op, kind in CASES])
def test_a_drifted_reply_reaches_the_caller_with_all_its_data(
    cloud: FakeTuyaCloud, client: TuyaCloud, operation: str, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    fault = cloud.inject(operation, drift=[kind])
    result = call(client, operation)
    (sent,) = fault.served
    assert_every_leaf_kept(sent, result)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "tuya_cloud"]
    if kind in CALLS[operation][1]:
        assert warnings, "a reply that does not match the spec is logged"
        assert all(operation in r.getMessage() for r in warnings)
    elif kind in HARMLESS:
        assert warnings == []  # an unknown field or a missing optional one is not a mismatch


@pytest.mark.parametrize(
    ("operation", "kind"),
    [(op, kind) for op, (_, kinds) in CALLS.items() for kind in kinds],
)
def test_strict_mode_raises_naming_the_field(cloud: FakeTuyaCloud, connect: Factory, operation: str, kind: str) -> None:
    strict = connect(strict_responses=True)
    fault = cloud.inject(operation, drift=[kind])
    with pytest.raises(TuyaResponseError) as caught:
        call(strict, operation)
    error = caught.value
    assert (error.operation, error.status_code) == (operation, None)
    assert error.field is not None and error.field.startswith("result")
    assert error.expected and error.got
    assert f"at {error.field}: expected {error.expected}, got {error.got}" in str(error)
    assert fault.served  # the reply did come: strict mode refused it


def test_the_caller_gets_typed_models_and_the_values_as_sent(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    cloud.inject("devices.get", drift=["types", "extra"])
    device = client.devices.get(device_id=Seed.LIGHT_ID)
    assert isinstance(device, models.Device) and device.id == Seed.LIGHT_ID
    assert isinstance(device.create_time, str) and device.create_time.isdigit()  # a string for a number
    assert device.status and all(isinstance(dp, models.DataPoint) for dp in device.status)  # still models
    assert device.model_extra is not None and device.model_extra[EXTRA_FIELD]  # an unknown field, reachable
    cloud.inject("devices.get", drift=["missing_required"])
    device = client.devices.get(device_id=Seed.LIGHT_ID)
    assert device.status and device.status[0].code is None  # left out: the attribute reads as None
    assert "code" not in device.status[0].model_dump(exclude_unset=True)


def test_one_warning_per_operation_and_field_naming_types_never_values(
    cloud: FakeTuyaCloud, client: TuyaCloud, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="tuya_cloud")
    local_key = cloud.world.devices[Seed.LIGHT_ID].local_key
    cloud.inject("devices.get", times=3, drift=["types"])
    for _ in range(3):
        client.devices.get(device_id=Seed.LIGHT_ID)
    messages = [r.getMessage() for r in caplog.records if r.name == "tuya_cloud"]
    fields = [m.split("reply field ")[1].split(" ")[0] for m in messages]
    assert len(fields) == len(set(fields)) > 0, "one warning per field, however often it comes"
    create_time = next(m for m in messages if "result.create_time " in m)
    assert "devices.get" in create_time and "expected integer or null, got string;" in create_time
    assert not any("result.status[].value " in m for m in messages)  # a DP value is free-form: never a mismatch
    text = "\n".join(messages)
    assert local_key not in text and Seed.LIGHT_ID not in text  # no values, secrets least of all
    caplog.clear()
    cloud.inject("devices.get_status", drift=["types"])
    client.devices.get_status(device_id=Seed.LIGHT_ID)
    assert caplog.records == []  # DataPoint values are free-form; nothing else in a status list drifts


def test_a_fitting_reply_is_not_logged(client: TuyaCloud, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="tuya_cloud")
    client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_a_reply_of_the_wrong_shape_is_kept_whole(cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    odd = {"success": True, "result": "not a device", "t": 1700000000000}
    cloud.inject("devices.get", reply=odd)
    device: Any = client.devices.get(device_id=Seed.LIGHT_ID)
    assert device == "not a device"  # kept as sent, whatever the annotation says
    cloud.inject("devices.get_status", reply={**odd, "result": [{"code": "a", "value": 1}, 42]})
    status: list[Any] = client.devices.get_status(device_id=Seed.LIGHT_ID)
    assert isinstance(status[0], models.DataPoint) and status[1] == 42


def test_a_map_of_drifted_values_is_one_field(
    cloud: FakeTuyaCloud, client: TuyaCloud, caplog: pytest.LogCaptureFixture
) -> None:
    cloud.inject("statistics.list_hourly", drift=["types"])
    series = client.statistics.list_hourly(
        device_id=Seed.PLUG_ID, code="add_ele", start_hour="2023051100", end_hour="2023051105"
    )
    assert series.hours and all(isinstance(v, float | int) for v in series.hours.values())  # numbers, as sent
    warned = [r.getMessage() for r in caplog.records if r.name == "tuya_cloud" and r.levelno == logging.WARNING]
    assert len(warned) == 1 and "reply field result.hours[] " in warned[0]  # one per field, keys never shown
    assert "2023051100" not in warned[0]
