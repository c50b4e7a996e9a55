"""The OpenAPI export says what the validators enforce (issue 24, F4 and F5): a tool that reads only the
export refuses exactly the values the fake cloud refuses, and accepts the ones it accepts.

Each case is judged twice: by jsonschema against the exported schema, and by the fake cloud over HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from signed_http import SignedSession

from tuya_cloud.testing import FakeTuyaCloud, Seed

EXPORT = json.loads((Path(__file__).resolve().parents[2] / "generated" / "tuya_cloud" / "openapi.json").read_text())
OPERATIONS = {
    spec["operationId"]: spec for item in EXPORT["paths"].values() for spec in item.values() if "operationId" in spec
}
REFUSED = (1100, 1109)  # the gateway's "missing" and "invalid" answers


def export_accepts(schema: dict[str, Any], value: Any) -> bool:
    root = {**schema, "components": EXPORT["components"]}
    return bool(jsonschema.Draft202012Validator(root).is_valid(value))


def parameter_schema(operation_id: str, name: str) -> dict[str, Any]:
    return next(p["schema"] for p in OPERATIONS[operation_id]["parameters"] if p["name"] == name)


def body_schema(operation_id: str) -> dict[str, Any]:
    schema: dict[str, Any] = OPERATIONS[operation_id]["requestBody"]["content"]["application/json"]["schema"]
    return schema


@pytest.fixture(scope="module")
def session() -> Iterator[SignedSession]:
    with FakeTuyaCloud() as cloud:
        yield SignedSession(cloud)


def fake_accepts(session: SignedSession, path: str, query: dict[str, Any] | None = None) -> bool:
    envelope = session.envelope("GET", path, [(k, str(v)) for k, v in (query or {}).items()])
    assert envelope["success"] or envelope["code"] in REFUSED, envelope
    return bool(envelope["success"])


# ---------------------------------------------------------------- F4


def test_f4_the_export_refuses_a_null_data_point_value_as_the_fake_does() -> None:
    commands = {"commands": [{"code": "switch_led", "value": None}]}
    assert not export_accepts(body_schema("device_control.send_commands"), commands)
    assert export_accepts(body_schema("device_control.send_commands"), {"commands": [{"code": "a", "value": 0}]})


def test_f4_the_export_refuses_a_null_required_body_field() -> None:
    assert not export_accepts(body_schema("device_control.rename_function"), {"name": None})


# ---------------------------------------------------------------- F5


@pytest.mark.parametrize(
    ("operation", "name", "value"),
    [
        ("devices.list", "end_time", 0),
        ("devices.list", "start_time", 99999999999),
        ("locks.list_open_logs", "start_time", -3935),
        ("users.list", "start_time", -6516),
        ("devices.get", "device_id", ".."),
        ("devices.get", "device_id", ""),
    ],
)
def test_f5_the_export_refuses_what_the_validator_refuses(operation: str, name: str, value: Any) -> None:
    assert not export_accepts(parameter_schema(operation, name), value)


def test_f5_a_unix_time_of_seconds_or_milliseconds_fits_either_range() -> None:
    schema = next(
        p["schema"]
        for op in OPERATIONS.values()
        for p in op["parameters"]
        if p["schema"].get("format") == "timestamp-s-or-ms"
    )
    assert export_accepts(schema, 1700000000) and export_accepts(schema, 1700000000000)
    assert not export_accepts(schema, 17000000000) and not export_accepts(schema, 0)


def test_f5_the_fake_refuses_what_the_export_refuses(session: SignedSession) -> None:
    page = {"page_no": 1, "page_size": 5}
    assert not export_accepts(parameter_schema("devices.list", "end_time"), 0)
    assert not fake_accepts(session, "/v1.0/devices", {**page, "end_time": 0})
    assert export_accepts(parameter_schema("devices.list", "end_time"), 1700000000)
    assert fake_accepts(session, "/v1.0/devices", {**page, "end_time": 1700000000})


def test_f5_a_home_id_beyond_int64_is_refused_by_both(session: SignedSession) -> None:
    schema = parameter_schema("homes.get", "home_id")
    assert export_accepts(schema, Seed.HOME_ID) and not export_accepts(schema, 2**63)
    assert not fake_accepts(session, f"/v1.0/homes/{2**63}")
