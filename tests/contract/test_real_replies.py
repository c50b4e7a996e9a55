"""Real replies of Tuya's cloud, served by the fake cloud and read through the SDK.

tests/replies/ is a copy of the shared collection of real replies (../shared/replies beside the
repository; its README says how they were gathered, and each file names its source). Every reply of
an operation in the spec is answered by the fake cloud as it was sent (a `reply` fault) and read by the
generated client: a success must come back with every value of its `result`, and an error must raise
TuyaAPIError (or its family class) with its code. Replies of other API families are listed below.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.ir import Operation
from generator.loader import load_spec
from generator.python.naming import python_name
from tuya_cloud import TuyaAPIError, TuyaCloud
from tuya_cloud.errors import ERROR_INFO
from tuya_cloud.testing import FakeTuyaCloud

ROOT = Path(__file__).resolve().parents[2]
REPLIES = ROOT / "tests" / "replies"
SHARED = ROOT.parent / "shared" / "replies"  # where CI keeps the shared collection, if anywhere
SPEC = load_spec(ROOT / "spec")

# Endpoints of the collection that the spec does not cover, with the API family each belongs to.
NOT_COVERED: dict[str, str] = {}
# Replies that strict mode refuses, each explained by a recorded conflict of its operation:
# reply file -> conflict topic. Empty: every covered reply matches the spec.
STRICT_CONFLICTS: dict[str, str] = {}


def endpoint(folder: str) -> tuple[str, list[str]]:
    """`GET_v1.0_devices_{device_id}_status` -> ("GET", ["v1.0", "devices", "{device_id}", "status"])."""
    method, _, rest = folder.partition("_")
    segments, current, depth = [], "", 0
    for char in rest:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "_" and depth == 0:
            segments.append(current)
            current = ""
        else:
            current += char
    return method, [*segments, current]


def operation_for(folder: str) -> Operation | None:
    method, segments = endpoint(folder)
    for op in SPEC.operations:
        template = op.path.strip("/").split("/")
        if op.http_method != method or len(template) != len(segments):
            continue
        if all(t == s or (t.startswith("{") and s.startswith("{")) for t, s in zip(template, segments, strict=True)):
            return op
    return None


def envelope(reply: Any) -> Any:
    """The reply as the cloud sent it. Truncated pastes lost `success` (kept only complete members) and some
    documents show the bare result; both are put back into Tuya's envelope."""
    if isinstance(reply, dict) and ("success" in reply or "result" in reply):
        return {"success": True, **reply}
    return {"success": True, "result": reply}


FOLDERS = sorted(p.name for p in REPLIES.iterdir() if p.is_dir())
FILES = [(folder, path.name) for folder in FOLDERS for path in sorted((REPLIES / folder).glob("*.json"))]
COVERED = [(folder, name) for folder, name in FILES if operation_for(folder) is not None]


def load(folder: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((REPLIES / folder / name).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def cloud() -> Iterator[FakeTuyaCloud]:
    with FakeTuyaCloud() as fake:
        yield fake


def call(client: TuyaCloud, op: Operation) -> Any:
    """The operation with its first documented example's arguments (the canned reply ignores them)."""
    method = getattr(getattr(client, op.group), op.method_name)
    return method(**{python_name(k): v for k, v in op.examples[0].request.items()})


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
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    return type(a) is type(b) and a == b


def test_every_endpoint_is_covered_or_listed_with_its_family() -> None:
    assert FOLDERS, "the copy of the replies is missing"
    for folder in FOLDERS:
        op = operation_for(folder)
        assert (op is None) == (folder in NOT_COVERED), f"{folder}: in the spec as {op and op.id}, or list it"
    assert set(NOT_COVERED) <= set(FOLDERS)
    assert len(COVERED) >= 20


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize(("folder", "name"), COVERED, ids=[f"{f}/{n}" for f, n in COVERED])
def test_a_real_reply_is_read_through_the_sdk(cloud: FakeTuyaCloud, folder: str, name: str, strict: bool) -> None:
    op = operation_for(folder)
    assert op is not None
    sent = envelope(load(folder, name)["reply"])
    cloud.clear_faults()
    # An error reply stays until cleared: a client that recovers (a token error renews the token and
    # sends again) meets the same reply again, as it would from a cloud that keeps refusing.
    cloud.inject(op.id, reply=sent, times=None if sent["success"] is False else 1)
    with cloud.client(strict_responses=strict, max_retries=0) as client:
        if sent["success"] is False:
            with pytest.raises(TuyaAPIError) as caught:
                call(client, op)
            info = ERROR_INFO.get(sent["code"])
            assert type(caught.value) is (info.cls if info is not None else TuyaAPIError)
            assert (caught.value.code, caught.value.msg) == (sent["code"], sent["msg"])
            return
        if strict and f"{folder}/{name}" in STRICT_CONFLICTS:
            topic = STRICT_CONFLICTS[f"{folder}/{name}"]
            assert topic in {c.topic for c in op.conflicts}, f"{op.id} records no conflict {topic!r}"
            pytest.skip(f"refused in strict mode, as the conflict {topic!r} of {op.id} explains")
        result = call(client, op)
    returned = dict(leaves(dumped(result)))
    for path, value in leaves(sent["result"]):
        assert path in returned, f"{op.id}: {path} was lost"
        assert same(returned[path], value), f"{op.id}: {path} sent {value!r}, returned {returned[path]!r}"


@pytest.mark.skipif(not SHARED.is_dir(), reason="no shared collection beside the repository")
def test_the_copy_matches_the_shared_collection() -> None:
    shared = sorted(p.relative_to(SHARED).as_posix() for p in SHARED.rglob("*") if p.is_file())
    copied = sorted(p.relative_to(REPLIES).as_posix() for p in REPLIES.rglob("*") if p.is_file())
    assert copied == shared
    for relative in shared:
        assert (REPLIES / relative).read_bytes() == (SHARED / relative).read_bytes(), relative
