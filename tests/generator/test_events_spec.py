"""spec/events.yaml: the real file loads, and each broken part is reported as `file:line: key: message`."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.loader import SpecError, load_spec

SPEC = Path(__file__).resolve().parents[2] / "spec"
EVENTS = "events.yaml"


@pytest.fixture()
def spec_copy(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(SPEC, target)
    return target


def edit(spec_dir: Path, old: str, new: str) -> int:
    """Replace `old` (which must occur once) in events.yaml; the 1-based line where it starts."""
    path = spec_dir / EVENTS
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once"
    before = text.index(old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[:before].count("\n") + 1


def test_the_real_events_spec_loads() -> None:
    events = load_spec(SPEC).events
    assert events is not None
    assert {h.region for h in events.hosts} == {"cn", "us", "us-e", "eu", "eu-w", "in"}
    kinds = {(k.protocol, k.biz_code): k.name for k in events.kinds}
    assert kinds[(4, None)] == "StatusReport"
    assert kinds[(20, "online")] == "DeviceOnline"
    assert kinds[(1000, "devicePropertyMessage")] == "PropertyReport"
    assert events.key_slice == (8, 24)
    assert events.ack_timeout_default_ms() == 3000


Case = Callable[[Path], tuple[str, str]]


def unknown_region(d: Path) -> tuple[str, str]:
    line = edit(d, "    - {region: in, url: 'wss://mqe.tuyain.com:8285/'}\n", "    - {region: mars, url: 'wss://m/'}\n")
    return f"spec/{EVENTS}:{line}: servers.hosts[5].region", "'mars' is not a region of regions.yaml"


def missing_placeholder(d: Path) -> tuple[str, str]:
    line = edit(
        d, "  path: 'ws/v2/consumer/persistent/{access_id}/out/{env}/{subscription}'", "  path: 'ws/v2/x/{env}'"
    )
    return f"spec/{EVENTS}:{line}: consumer.path", "must contain {access_id}"


def unknown_key(d: Path) -> tuple[str, str]:
    line = edit(d, "    title: Device renamed\n", "    title: Device renamed\n    colour: blue\n") + 1
    return f"spec/{EVENTS}:{line}: events[3].colour", "unknown key"


def field_not_in_schema(d: Path) -> tuple[str, str]:
    line = edit(
        d,
        "{name: name, path: bizData.name, description: The new name.}\n    schema: {$ref: RenameData}",
        "{name: name, path: bizData.title, description: The new name.}\n    schema: {$ref: RenameData}",
    )
    return f"spec/{EVENTS}:{line}: events[3].fields[0].path", "no field 'bizData.title'"


def duplicate_kind(d: Path) -> tuple[str, str]:
    edit(d, "    biz_code: offline\n", "    biz_code: online\n")
    return f"spec/{EVENTS}:", "protocol 20 bizCode online is described twice"


def example_misfits(d: Path) -> tuple[str, str]:
    edit(d, "status: [{code: switch_1, value: false", "status: [{value: false")
    return f"spec/{EVENTS}:", "example does not fit its schema at .status[0]"


def unknown_mode(d: Path) -> tuple[str, str]:
    line = edit(d, "    - name: aes_ecb\n", "    - name: aes_cbc\n")
    return f"spec/{EVENTS}:{line}: encryption.modes[0].name", "no runtime implements 'aes_cbc'"


def bad_ref(d: Path) -> tuple[str, str]:
    line = edit(d, "    schema: {$ref: DeleteData}\n", "    schema: {$ref: RemoveData}\n")
    return f"spec/{EVENTS}:{line}: events[6].schema.$ref", "unresolved schema reference 'RemoveData'"


@pytest.mark.parametrize(
    "case",
    [
        unknown_region,
        missing_placeholder,
        unknown_key,
        field_not_in_schema,
        duplicate_kind,
        example_misfits,
        unknown_mode,
        bad_ref,
    ],
)
def test_broken_events_spec_is_reported_precisely(spec_copy: Path, case: Case) -> None:
    start, message = case(spec_copy)
    with pytest.raises(SpecError) as caught:
        load_spec(spec_copy)
    found = [str(p) for p in caught.value.problems]
    assert any(start in p and message in p for p in found), f"expected {start!r} {message!r}, got:\n" + "\n".join(found)
