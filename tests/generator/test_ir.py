"""The intermediate model that targets read: names, locations, defaults and derived facts."""

from __future__ import annotations

from pathlib import Path

from generator.loader import load_spec, resolve
from generator.python.naming import python_name

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "spec")
OPS = {op.id: op for op in SPEC.operations}


def test_python_names_avoid_keywords() -> None:
    assert python_name("from") == "from_"
    assert python_name("device_id") == "device_id"
    param = next(p for p in OPS["devices.list_for_user"].params if p.name == "from")
    assert python_name(param.name) == "from_" and param.location == "query"


def test_path_parameters_are_required_and_located() -> None:
    op = OPS["device_timers.set_group_status"]
    assert [p.name for p in op.params_in("path")] == ["device_id", "category", "group_id"]
    assert all(p.required for p in op.params_in("path"))
    assert [p.name for p in op.params_in("body")] == ["value"]


def test_token_operations_sign_without_an_access_token() -> None:
    assert OPS["token.get"].auth == "client" and OPS["token.refresh"].auth == "client"
    assert next(p for p in OPS["token.refresh"].params if p.name == "refresh_token").sensitive
    assert all(op.auth == "token" for op in SPEC.operations if op.group != "token")


def test_rules_and_pagination_are_typed_records() -> None:
    rule = OPS["device_timers.add"].rules[0]
    assert rule.when.as_dict() == {"field": "instruct[].date", "present": True}
    assert rule.then.as_dict() == {"field": "loops", "const": "0000000"}
    paging = OPS["devices.list_v2"].pagination
    assert paging is not None
    assert paging.as_dict() == {
        "style": "cursor",
        "items": "devices",
        "size_param": "size",
        "cursor_param": "last_row_key",
        "next_cursor": "last_row_key",
        "has_more": "has_more",
        "total": "total",
    }


def test_references_resolve_to_named_schemas() -> None:
    loops = next(p for p in OPS["device_timers.add"].params if p.name == "loops")
    assert resolve(loops.schema, SPEC.schemas)["pattern"] == "^[01]{7}$"
    assert SPEC.schema_files["TimerLoops"] == "spec/groups/device_timers.yaml"
    assert SPEC.schema_files["DataPoint"] == "spec/schemas.yaml"


def test_error_codes_carry_the_runtime_action() -> None:
    actions = {c.code: c.action for c in SPEC.error_codes}
    assert actions[1010] == actions[1011] == actions[1012] == "renew_token"
    assert actions[1013] == "clock_skew"
    assert actions[1111] == actions[500] == "retry"
    assert actions[1110] == actions[1199] == "rate_limited"
    assert actions[28841004] == actions[28841002] == actions[1004] == "none"


def test_quota_family_keeps_its_earlier_name_and_no_operation_claims_an_unpublished_rate() -> None:
    families = {f.name: f for f in SPEC.error_families}
    assert families["QuotaExceededError"].aliases == ("QuotaError",)
    assert {c.code: c.family for c in SPEC.error_codes}[28841004] == "QuotaExceededError"
    # Tuya publishes per-API rates only for v2.0 cloud paths this spec does not have (envelope.yaml, limits)
    assert [op.id for op in SPEC.operations if op.rate_limit is not None] == []
    assert SPEC.envelope["limits"]["scope"] == "project"


def test_every_package_directory_is_a_regular_package() -> None:
    package = ROOT / "generated" / "tuya_cloud"
    for directory in [package, *(p for p in package.rglob("*") if p.is_dir() and p.name != "__pycache__")]:
        if any(directory.glob("*.py")):
            assert (directory / "__init__.py").exists(), f"{directory} would be left out of the wheel"
