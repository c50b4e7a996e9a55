"""The loader rejects each kind of broken spec with `file:line: key: message`."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.loader import SpecError, load_spec

SPEC = Path(__file__).resolve().parents[2] / "spec"
TARGET = "groups/device_users.yaml"


@pytest.fixture()
def spec_copy(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(SPEC, target)
    return target


def edit(spec_dir: Path, rel: str, old: str, new: str) -> int:
    """Replace the first `old` and return the 1-based line where `new` starts. The cases below edit the first
    operation of a file, so the first occurrence is theirs even when later operations repeat the text."""
    path = spec_dir / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} must occur in {rel}"
    before = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:before].count("\n") + 1


def problems(spec_dir: Path) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load_spec(spec_dir)
    return [str(p) for p in caught.value.problems]


def test_the_real_spec_loads() -> None:
    spec = load_spec(SPEC)
    written = sorted(path.name for path in (SPEC / "groups").glob("*.yaml"))
    assert [f"{group.name}.yaml" for group in sorted(spec.groups, key=lambda g: g.name)] == written
    ids = [op.id for op in spec.operations]
    assert len(ids) == len(set(ids)) > 0
    assert all(op.id.startswith(f"{group.name}.") for group in spec.groups for op in group.operations)


Case = Callable[[Path], tuple[str, list[str]]]


def unknown_key(d: Path) -> tuple[str, list[str]]:
    line = edit(d, TARGET, "    retry_safe: true\n", "    retry_safe: true\n    colour: blue\n") + 1
    return f"spec/{TARGET}:{line}: operations[0].colour: unknown key", []


def duplicate_id(d: Path) -> tuple[str, list[str]]:
    line = edit(
        d, "groups/device_timers.yaml", "  - id: device_timers.delete_group\n", "  - id: device_timers.delete_all\n"
    )
    return f"spec/groups/device_timers.yaml:{line}: operations[7].id: duplicate operation id", []


def undeclared_path_param(d: Path) -> tuple[str, list[str]]:
    line = edit(
        d,
        TARGET,
        "    path: /v1.0/devices/{device_id}/users/{user_id}\n",
        "    path: /v1.0/devices/{device_id}/users/{user_id}/{slot}\n",
    )
    return f"spec/{TARGET}:{line}: operations[0].path: path parameter {{slot}} is not declared in params", []


def path_param_not_in_path(d: Path) -> tuple[str, list[str]]:
    edit(
        d,
        TARGET,
        "    path: /v1.0/devices/{device_id}/users/{user_id}\n",
        "    path: /v1.0/devices/{device_id}/users\n",
    )
    line = (d / TARGET).read_text().splitlines().index("      - name: user_id") + 1
    return (
        f"spec/{TARGET}:{line}: operations[0].params[1].name: path parameter 'user_id' does not appear in "
        "/v1.0/devices/{device_id}/users",
        [],
    )


def unresolved_ref(d: Path) -> tuple[str, list[str]]:
    line = edit(d, TARGET, "      schema: {type: boolean}\n", "      schema: {$ref: NoSuchThing}\n")
    return f"spec/{TARGET}:{line}: operations[0].result.schema.$ref: unresolved schema reference 'NoSuchThing'", []


def example_breaks_schema(d: Path) -> tuple[str, list[str]]:
    line = edit(d, TARGET, "        result: true\n", "        result: 'yes'\n")
    return f"spec/{TARGET}:{line}: operations[0].examples[0].result: example does not fit its schema", []


def example_lacks_required(d: Path) -> tuple[str, list[str]]:
    line = edit(
        d,
        TARGET,
        "        request: {device_id: '65057368c44f3380****', user_id: 'ay15980008098614****'}\n",
        "        request: {device_id: '65057368c44f3380****'}\n",
    )
    return f"spec/{TARGET}:{line}: operations[0].examples[0].request: example lacks required parameter 'user_id'", []


def example_breaks_rule(d: Path) -> tuple[str, list[str]]:
    edit(
        d,
        "groups/device_timers.yaml",
        "          category: test\n          loops: '0000000'\n",
        "          category: test\n          loops: '0000010'\n",
    )
    return "operations[0].examples[0].request: example breaks rule dated_instruction_needs_no_loops", []


def unknown_error_code(d: Path) -> tuple[str, list[str]]:
    line = edit(d, TARGET, "    errors: [500, 1106, 1109]\n", "    errors: [500, 1106, 4242]\n")
    return f"spec/{TARGET}:{line}: operations[0].errors[2]: error code 4242 is not in errors.yaml", []


def duplicate_yaml_key(d: Path) -> tuple[str, list[str]]:
    line = edit(d, TARGET, "    confidence: high\n", "    confidence: high\n    confidence: low\n") + 1
    return f"spec/{TARGET}:{line}: operations[0].confidence: duplicate key", []


def bad_yaml(d: Path) -> tuple[str, list[str]]:
    edit(d, TARGET, "    method: DELETE\n", "    method: [DELETE\n")
    return f"spec/{TARGET}:", ["not valid YAML"]


def bad_rule_field(d: Path) -> tuple[str, list[str]]:
    line = edit(
        d,
        "groups/automations.yaml",
        "then: {field: condition_rule, present: true}",
        "then: {field: condition_rules, present: true}",
    )
    return f"spec/groups/automations.yaml:{line}: ", ["rules[0].then.field: no parameter field 'condition_rules'"]


def bad_pagination_field(d: Path) -> tuple[str, list[str]]:
    line = edit(d, "groups/devices.yaml", "next_cursor: next_row_key", "next_cursor: next_row_kee")
    return f"spec/groups/devices.yaml:{line}: ", ["the result has no field 'next_row_kee'"]


def coverage_unknown_operation(d: Path) -> tuple[str, list[str]]:
    line = edit(d, "coverage.yaml", "operation: device_users.delete\n", "operation: device_users.remove\n")
    return f"spec/coverage.yaml:{line}: seeds[", ["unknown operation 'device_users.remove'"]


def duplicate_schema_name(d: Path) -> tuple[str, list[str]]:
    edit(d, TARGET, "schemas:\n", "schemas:\n  DataPoint: {type: string}\n")
    return f"spec/{TARGET}:", ["schemas.DataPoint: schema name already defined in schemas.yaml"]


def anonymous_object(d: Path) -> tuple[str, list[str]]:
    anonymous = "      schema: {type: object, properties: {ok: {type: boolean}}}\n"
    line = edit(d, TARGET, "      schema: {type: boolean}\n", anonymous)
    return f"spec/{TARGET}:{line}: operations[0].result.schema: an object with properties must be a named schema", []


def untitled_nested_object(d: Path) -> tuple[str, list[str]]:
    line = edit(
        d,
        "schemas.yaml",
        "      lat: {type: string,",
        "      geo: {type: object, properties: {x: {type: number}}}\n      lat: {type: string,",
    )
    return f"spec/schemas.yaml:{line}: schemas.Device.properties.geo: a nested object with properties needs a title", []


def wrong_type(d: Path) -> tuple[str, list[str]]:
    line = edit(d, TARGET, "    retry_safe: true\n", "    retry_safe: maybe\n")
    return f"spec/{TARGET}:{line}: operations[0].retry_safe: 'maybe' is not of type 'boolean'", []


def format_part_unknown(d: Path) -> tuple[str, list[str]]:
    line = edit(d, "formats.yaml", "any_of: [timestamp-s, timestamp-ms]", "any_of: [timestamp-s, timestamp-us]")
    return f"spec/formats.yaml:{line}: formats[2].any_of: 'timestamp-us' is not a plain integer format", []


def format_not_in_the_schema(d: Path) -> tuple[str, list[str]]:
    new_format = "  - {name: decimal-text, type: string, words: a decimal}\n"
    edit(d, "formats.yaml", "  - {name: uri,", new_format + "  - {name: uri,")
    line = next(n for n, t in enumerate((d / "schema/spec.schema.json").read_text().splitlines(), 1) if '"format"' in t)
    key = "$defs.schema.properties.format.enum"
    return f"spec/schema/spec.schema.json:{line}: {key}: lacks 'decimal-text', which spec/formats.yaml declares", []


def format_only_in_the_schema(d: Path) -> tuple[str, list[str]]:
    edit(d, "formats.yaml", "  - {name: time-hhmm, type: string, words: time as HH:MM}\n", "")
    return "spec/schema/spec.schema.json:", ["names 'time-hhmm', which spec/formats.yaml does not declare"]


@pytest.mark.parametrize(
    "case",
    [
        format_not_in_the_schema,
        format_only_in_the_schema,
        unknown_key,
        duplicate_id,
        undeclared_path_param,
        path_param_not_in_path,
        unresolved_ref,
        example_breaks_schema,
        example_lacks_required,
        example_breaks_rule,
        unknown_error_code,
        duplicate_yaml_key,
        bad_yaml,
        bad_rule_field,
        bad_pagination_field,
        coverage_unknown_operation,
        duplicate_schema_name,
        anonymous_object,
        untitled_nested_object,
        wrong_type,
        format_part_unknown,
    ],
)
def test_broken_spec_is_reported_precisely(spec_copy: Path, case: Case) -> None:
    expected_start, also_contains = case(spec_copy)
    found = problems(spec_copy)
    matching = [p for p in found if expected_start in p and all(part in p for part in also_contains)]
    assert matching, f"expected a problem like {expected_start!r} {also_contains}, got:\n" + "\n".join(found)
