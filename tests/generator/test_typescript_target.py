"""The TypeScript target: names, type expressions, headers, and which files under generated/ it owns.

Node is not needed here; the package's own tests (`nox -s typescript`) compile and run what it makes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.emit import GENERATED_MARK, check_tree, write_tree
from generator.loader import load_spec
from generator.typescript.build import TypeScriptTarget, camel, pascal, token_operations
from generator.typescript.types import TypeMapper

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "spec")


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return TypeScriptTarget(SPEC).files()


def test_names_are_the_python_names_in_camel_case() -> None:
    assert camel("device_timers") == "deviceTimers"
    assert camel("get_status") == "getStatus"
    assert camel("list_v2") == "listV2"
    assert camel("add") == "add"
    assert "iter" + pascal("list_for_user") == "iterListForUser"
    assert pascal("device_timers") + "Resource" == "DeviceTimersResource"


def test_type_expressions() -> None:
    mapper = TypeMapper(SPEC.schemas)
    assert mapper.expr({"type": "string", "enum": ["home", "share"]}) == '"home" | "share"'
    assert mapper.expr({"type": ["integer", "string"], "format": "int64"}) == "number | bigint | string"
    assert mapper.expr({"type": "integer", "format": "int32"}) == "number"
    assert mapper.expr({"type": ["string", "null"]}) == "string | null"
    assert mapper.expr({"type": "array", "items": {"type": "integer", "enum": [1, 2]}}) == "(1 | 2)[]"
    assert mapper.expr({"type": "object", "additionalProperties": {"type": "string"}}) == "Record<string, string>"
    assert mapper.expr({"type": "object"}) == "Record<string, unknown>"
    assert mapper.expr({}) == "unknown"
    assert mapper.expr({"$ref": "Device"}) == "Device"
    assert mapper.expr({"$ref": "TimerLoops"}) == "TimerLoops"  # a patterned string keeps its name
    literal = mapper.expr({"type": "object", "required": ["a"], "properties": {"a": {"type": "boolean"}, "b-c": {}}})
    assert literal == '{\n  a: boolean;\n  "b-c"?: unknown;\n}'
    assert mapper.used == {"Device", "TimerLoops"}


def test_the_public_surface_of_the_issue(files: dict[str, str]) -> None:
    client = files["typescript/src/client.ts"]
    assert "get deviceTimers(): DeviceTimersResource" in client
    devices = files["typescript/src/resources/devices.ts"]
    assert "getStatus(params: DevicesGetStatusParams, options?: RequestOptions): Promise<DataPoint[]>" in devices
    assert 'iterListForUser(params: Omit<DevicesListForUserParams, "page_no">, options?: PageOptions)' in devices
    assert '  from?: "home" | "share" | "sharing" | undefined;' in devices  # wire names, even where Python renames them
    grant, refresh = token_operations(SPEC)
    assert "GET as TOKEN_GRANT, REFRESH as TOKEN_REFRESH" in client and grant.id == "token.get"
    assert refresh.id == "token.refresh"


def test_every_generated_file_has_the_header_and_no_any(files: dict[str, str]) -> None:
    assert files
    for path, text in files.items():
        assert path.startswith("typescript/") and path.endswith(".ts"), path
        assert GENERATED_MARK in text.splitlines()[0], path
        code = re.sub(r"/\*.*?\*/|//[^\n]*|\"(?:[^\"\\\n]|\\.)*\"", "", text, flags=re.S)
        assert re.search(r"\bany\b", code) is None, path


def test_check_and_write_leave_hand_written_and_tool_files_alone(tmp_path: Path, files: dict[str, str]) -> None:
    tree = {path: text.encode() for path, text in files.items()}
    write_tree(tree, tmp_path)
    kept = {
        "typescript/src/runtime/client.ts": "// hand-written\n",
        "typescript/test/behaviour.test.ts": "// hand-written\n",
        "typescript/package.json": "{}\n",
        # tsc keeps the header comment in what it compiles; build output is not the generator's
        "typescript/dist/index.js": f"// Generated from spec/ {GENERATED_MARK}\n",
        "typescript/dist-test/test/examples.js": f"// Generated from spec/groups/ {GENERATED_MARK}\n",
        "typescript/node_modules/typescript/lib/tsc.js": "// a dependency\n",
    }
    for path, text in kept.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    assert check_tree(tree, tmp_path) == []
    stray = tmp_path / "typescript/src/resources/stray.ts"
    stray.write_text(f"// Generated from spec/groups/stray.yaml {GENERATED_MARK}\n")
    assert check_tree(tree, tmp_path) == ["not generated (remove it): typescript/src/resources/stray.ts"]
    write_tree(tree, tmp_path)
    assert not stray.exists()
    assert all((tmp_path / path).read_text() == text for path, text in kept.items())
