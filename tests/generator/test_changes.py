"""What counts as breaking between two spec surfaces, the version rule, and the CHANGELOG's pending section."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator import changelog, surface, versions
from generator.loader import load_spec

ROOT = Path(__file__).resolve().parents[2]
BASE = surface.of_spec(load_spec(ROOT / "spec"))


def changed(edit: Any) -> list[surface.Change]:
    new = copy.deepcopy(BASE)
    edit(new)
    return surface.changes(BASE, new)


def lines(found: list[surface.Change]) -> list[str]:
    return [c.line() for c in found]


def test_a_surface_has_no_changes_against_itself() -> None:
    assert surface.changes(BASE, copy.deepcopy(BASE)) == []


def test_a_renamed_operation_is_named_as_such() -> None:
    def rename(s: dict[str, Any]) -> None:
        s["operations"]["devices.fetch"] = s["operations"].pop("devices.get")

    assert lines(changed(rename)) == [
        "BREAKING: devices.get: operation renamed to devices.fetch (every call to it fails)"
    ]


def test_a_removed_deprecated_operation_says_since_when() -> None:
    base = copy.deepcopy(BASE)
    base["operations"]["devices.get"]["deprecated"] = {"since": "0.1.0"}
    new = copy.deepcopy(base)
    del new["operations"]["devices.get"]
    (change,) = surface.changes(base, new)
    assert change.breaking and "operation removed (deprecated since 0.1.0)" in change.line()


def test_result_fields_removed_break_added_do_not() -> None:
    def edit(s: dict[str, Any]) -> None:
        fields = s["schemas"]["DataPoint"]["properties"]
        fields["unit"] = {"type": "string"}
        del fields["value"]

    found = changed(edit)
    assert [(c.where, c.section, c.breaking) for c in found] == [
        ("DataPoint.value", "Removed", True),
        ("DataPoint.unit", "Added", False),
    ]


def test_input_and_output_directions() -> None:
    def narrow_input(s: dict[str, Any]) -> None:  # home_id accepted int or str; now only int
        s["operations"]["automations.list_devices"]["params"]["home_id"]["schema"]["type"] = "integer"

    def widen_output(s: dict[str, Any]) -> None:  # a result field that may now hold a number too
        s["schemas"]["DataPoint"]["properties"]["code"]["type"] = ["string", "integer"]

    def widen_input(s: dict[str, Any]) -> None:
        s["operations"]["automations.list_devices"]["params"]["type"]["schema"]["type"] = ["string", "integer"]

    assert [c.breaking for c in changed(narrow_input)] == [True]
    assert [c.breaking for c in changed(widen_output)] == [True]
    assert [c.breaking for c in changed(widen_input)] == [False]


def test_enum_values_removed_break_added_do_not() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["operations"]["automations.list_devices"]["params"]["type"]["schema"]["enum"] = ["condition", "trigger"]

    assert lines(changed(edit)) == [
        "BREAKING: automations.list_devices(type): enum value 'action' removed (that value is refused)",
        "added: automations.list_devices(type): enum value 'trigger' added",
    ]


def test_bounds_tightened_break_loosened_do_not() -> None:
    def tighten(s: dict[str, Any]) -> None:
        s["operations"]["automations.list_devices"]["params"]["type"]["schema"]["maxLength"] = 5

    def loosen(s: dict[str, Any]) -> None:  # expire_time is only ever received: bounds of results do not count
        s["schemas"]["TokenInfo"]["properties"]["expire_time"]["minimum"] = 10

    assert lines(changed(tighten)) == [
        "BREAKING: automations.list_devices(type): maxLength set to 5 (values that were valid are refused)"
    ]
    assert changed(loosen) == []


def test_required_changes_follow_the_direction() -> None:
    def input_required(s: dict[str, Any]) -> None:
        s["operations"]["automations.list_devices"]["params"]["type"]["required"] = True

    def output_optional(s: dict[str, Any]) -> None:
        s["schemas"]["DataPoint"]["required"] = ["code"]  # value was required

    assert [(c.what, c.breaking) for c in changed(input_required)] == [("now required", True)]
    assert [(c.where, c.what, c.breaking) for c in changed(output_optional)] == [
        ("DataPoint.value", "now optional", True)
    ]


def test_deprecation_is_its_own_section_and_not_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["operations"]["automations.list_devices"]["params"]["type"]["deprecated"] = {"since": "0.1.0"}

    (change,) = changed(edit)
    assert (change.section, change.breaking, change.what) == ("Deprecated", False, "deprecated since 0.1.0")


def test_error_classes_and_regions() -> None:
    def edit(s: dict[str, Any]) -> None:
        del s["errors"]["classes"]["DeviceError"]
        s["errors"]["codes"]["1110"] = "ServerBusyError"  # was RateLimitError
        del s["errors"]["codes"]["2001"]
        del s["regions"]["in"]

    assert lines(changed(edit)) == [
        "BREAKING: DeviceError: error class removed (code that catches DeviceError fails)",
        "BREAKING: error 2001: no longer in the error table (it no longer raises DeviceError)",
        "BREAKING: error 1110: raises ServerBusyError instead of RateLimitError"
        " (code that catches RateLimitError misses it)",
        "BREAKING: region in: region removed (clients configured for it fail)",
    ]


def test_an_error_class_renamed_with_its_old_name_kept_breaks_nothing() -> None:
    base = copy.deepcopy(BASE)  # as if the spec had a DeviceFault family, now named DeviceError
    classes, codes = base["errors"]["classes"], base["errors"]["codes"]
    del classes["DeviceError"]
    classes["DeviceFault"] = "DeviceFault"
    for code, family in codes.items():
        codes[code] = "DeviceFault" if family == "DeviceError" else family
    new = copy.deepcopy(BASE)
    new["errors"]["classes"]["DeviceFault"] = "DeviceError"  # `aliases: [DeviceFault]` in errors.yaml
    found = surface.changes(base, new)
    assert not any(c.breaking for c in found)
    assert "changed: DeviceFault: now another name of DeviceError" in lines(found)
    assert "changed: error 2001: raises DeviceError instead of DeviceFault" in lines(found)


@pytest.mark.parametrize(
    ("released", "current", "allowed"),
    [
        ("0.1.0", "0.1.1", False),
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "1.0.0", True),
        ("1.2.3", "1.3.0", False),
        ("1.2.3", "2.0.0", True),
    ],
)
def test_the_version_a_breaking_change_needs(released: str, current: str, allowed: bool) -> None:
    assert versions.breaking_allowed(released, current) is allowed


def test_next_breaking_version() -> None:
    assert (versions.next_breaking("0.1.4"), versions.next_breaking("2.3.1")) == ("0.2.0", "3.0.0")
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        versions.parse("1.0")


def test_the_changelog_keeps_notes_and_released_sections() -> None:
    released = f"## 0.1.0 - 2026-11-01\n\n{changelog.NOTES_START}\nOld notes.\n{changelog.NOTES_END}\n\nFirst release."
    pending = f"## Unreleased\n\n{changelog.NOTES_START}\nMy note.\n{changelog.NOTES_END}\n\nold generated text"
    existing = f"# Changelog\n\nanything\n\n{pending}\n\n{released}\n"
    text = changelog.render(existing, "0.2.0 (unreleased)", "Changes to the spec since 0.1.0: ...")
    assert text.index("## 0.2.0 (unreleased)") < text.index("My note.") < text.index("Changes to the spec since 0.1.0")
    assert "old generated text" not in text and text.endswith(released + "\n")
    # No pending changes: the section goes, unless it holds notes.
    assert "## Unreleased" in changelog.render(existing, None, "")
    without_notes = changelog.render(text.replace("My note.\n", ""), None, "")
    assert "(unreleased)" not in without_notes and "## 0.1.0 - 2026-11-01" in without_notes


def test_changelog_sections_list_breaking_changes() -> None:
    found = [
        surface.Change("Removed", "devices.get", "operation removed", True, "every call to it fails"),
        surface.Change("Added", "devices.fetch", "new operation (GET /v1.0/x)"),
    ]
    text = changelog.changes_text(found, "0.1.0")
    assert text.index("### Added") < text.index("### Removed")
    assert "- **Breaking:** `devices.get`: operation removed (every call to it fails)" in text


def test_a_format_that_also_accepts_the_old_one_is_not_breaking() -> None:
    def widen(s: dict[str, Any]) -> None:
        s["operations"]["devices.list"]["params"]["start_time"]["schema"]["format"] = "timestamp-s-or-ms"

    def switch(s: dict[str, Any]) -> None:
        s["operations"]["devices.list"]["params"]["start_time"]["schema"]["format"] = "timestamp-ms"

    assert [(c.where, c.breaking) for c in changed(widen)] == [("devices.list(start_time)", False)]
    assert [(c.where, c.breaking) for c in changed(switch)] == [("devices.list(start_time)", True)]


def test_a_pattern_for_strings_newly_allowed_refuses_nothing_that_was_valid() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["operations"]["devices.list"]["params"]["page_no"]["schema"].update(
            {"type": ["integer", "string"], "pattern": "^[0-9]+$"}
        )

    assert [c.breaking for c in changed(edit)] == [False, False]  # the type widened; the pattern checks strings
