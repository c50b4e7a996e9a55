"""Regression tests for the QA report's argument findings (issue 24): each named after its finding.

A bad argument is a TuyaValidationError naming the parameter, and nothing reaches the fake cloud
(its request log stays empty: not even a token request). Every test runs with each kind of client.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from tuya_cloud import TuyaCloud, TuyaConfigError, TuyaValidationError
from tuya_cloud.testing import FakeTuyaCloud, Seed

Factory = Callable[..., TuyaCloud]


def _refused(cloud: FakeTuyaCloud, call: Callable[[], Any], param: str) -> TuyaValidationError:
    cloud.reset_log()
    with pytest.raises(TuyaValidationError) as caught:
        call()
    assert caught.value.param.startswith(param), caught.value
    assert cloud.requests == []
    return caught.value


def _circular() -> list[Any]:
    loop: list[Any] = []
    loop.append(loop)
    return loop


def _deep(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (_circular(), "nested deeper"),
        (_deep(5000), "nested deeper"),
        (10**5000, "at most 4000 digits"),
        (-(10**5000), "at most 4000 digits"),
        ("\ud800", "lone surrogate"),
        (b"bytes", "JSON data"),
        ({1, 2}, "JSON data"),
        (object(), "JSON data"),
        ({1: "a"}, "string keys"),
    ],
    ids=["circular", "deep", "huge", "-huge", "surrogate", "bytes", "set", "object", "int-keys"],
)
def test_f20_values_no_json_can_carry_are_refused_before_sending(
    value: Any, words: str, cloud: FakeTuyaCloud, client: Any
) -> None:
    commands = [{"code": "bright_value_v2", "value": value}]
    error = _refused(
        cloud,
        lambda: client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=commands),
        "commands" if words == "nested deeper" else "commands[0].value",  # a path as deep as the value: not shown
    )
    assert words in error.rule
    if not isinstance(value, set | dict | bytes) and value.__class__ is not object:
        _refused(cloud, lambda: client.devices.get(device_id=value), "device_id")  # path
        _refused(cloud, lambda: client.devices.list_factory_infos(device_ids=[value]), "device_ids")  # query


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_f19_nan_and_infinity_are_refused_not_sent_as_invalid_json(
    value: float, cloud: FakeTuyaCloud, client: Any
) -> None:
    commands = [{"code": "bright_value_v2", "value": value}]
    error = _refused(
        cloud,
        lambda: client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=commands),
        "commands[0].value",
    )
    assert "finite" in error.rule


def test_f21_a_trailing_newline_does_not_pass_an_anchored_pattern(cloud: FakeTuyaCloud, client: Any) -> None:
    _refused(cloud, lambda: client.homes.get(home_id="1600008315\n"), "home_id")
    _refused(
        cloud,
        lambda: client.statistics.list_daily(
            device_id=Seed.LIGHT_ID, code="add_ele", start_day="20230501\n", end_day="20230502"
        ),
        "start_day",
    )
    assert client.homes.get(home_id="1600008315").home_id == Seed.HOME_ID  # the same value without it passes


def test_f22_a_list_item_holding_the_separator_is_refused(cloud: FakeTuyaCloud, client: Any) -> None:
    ids = ",".join(f"vdevo{i}" for i in range(21))
    _refused(cloud, lambda: client.devices.list_factory_infos(device_ids=[ids]), "device_ids[0]")
    _refused(cloud, lambda: client.devices.list_factory_infos(device_ids=["a,b"]), "device_ids[0]")
    error = _refused(cloud, lambda: client.devices.list_factory_infos(device_ids=ids), "device_ids")  # "a,b" form
    assert "at most 20 items" in error.rule


def _id(value: Any) -> str:
    return "huge" if isinstance(value, int) and value > 10**100 else repr(value)


BAD_TIMEOUTS = ["5", (1,), (1, 2, 3), (-1, -1), (0, 0), math.nan, math.inf, [1, 2], ("a", "b"), 0, -5, True, 10**400]


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=_id)
def test_f24_a_per_call_timeout_that_is_not_one_is_refused(timeout: Any, cloud: FakeTuyaCloud, client: Any) -> None:
    _refused(cloud, lambda: client.devices.get(device_id=Seed.LIGHT_ID, timeout=timeout), "timeout")


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS[:4], ids=_id)
def test_f24_a_client_timeout_that_is_not_one_is_a_config_error(
    timeout: Any, cloud: FakeTuyaCloud, connect: Factory
) -> None:
    with pytest.raises(TuyaConfigError, match="timeout"):
        connect(timeout=timeout)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("max_retries", "x"),
        ("max_retries", 1.5),
        ("max_retries", -1),
        ("max_retries", True),
        ("allow_retry", "yes"),
        ("allow_retry", 1),
    ],
)
def test_f24_per_call_options_are_checked(option: str, value: Any, cloud: FakeTuyaCloud, client: Any) -> None:
    _refused(cloud, lambda: client.devices.get(device_id=Seed.LIGHT_ID, **{option: value}), option)


@pytest.mark.parametrize("max_pages", ["x", None, 0, 1.5, True])
def test_f24_max_pages_is_checked(max_pages: Any, cloud: FakeTuyaCloud, client: Any) -> None:
    _refused(cloud, lambda: list(client.devices.iter_list_for_user(uid=Seed.USER_ID, max_pages=max_pages)), "max_pages")


def test_f24_a_good_pair_and_a_number_still_work(client: Any) -> None:
    assert client.devices.get(device_id=Seed.LIGHT_ID, timeout=(2, 10)).id == Seed.LIGHT_ID
    assert client.devices.get(device_id=Seed.LIGHT_ID, timeout=7, max_retries=0, allow_retry=False).id == Seed.LIGHT_ID


@pytest.mark.parametrize(
    "options",
    [
        {"max_concurrency": "x"},
        {"max_concurrency": 0},
        {"access_id": 1},
        {"lang": 3},
        {"signed_headers": {"x-a": 1}},
        {"signed_headers": ["x-a"]},
        {"max_retries": "x"},
        {"rate_limit": "x"},
    ],
    ids=repr,
)
def test_f24_client_options_of_the_wrong_type_are_config_errors(options: dict[str, Any], new_client: Factory) -> None:
    settings: dict[str, Any] = {"access_id": "id", "access_secret": "secret", "base_url": "http://127.0.0.1:9"}
    with pytest.raises(TuyaConfigError):
        new_client(**{**settings, **options})
