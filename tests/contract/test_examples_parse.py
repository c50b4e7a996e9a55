"""Every documented result example parses, strictly, into the type its generated method returns."""

from __future__ import annotations

import inspect
import typing
from pathlib import Path
from typing import Any

import pytest

from generator.ir import Operation
from generator.loader import load_spec
from tuya_cloud import TuyaCloud, models
from tuya_cloud._runtime.replies import read_result

SPEC = load_spec(Path(__file__).resolve().parents[2] / "spec")
EXAMPLES = [(op, example) for op in SPEC.operations for example in op.examples]


def return_type(op: Operation) -> Any:
    client = TuyaCloud(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9")
    method = getattr(getattr(client, op.group), op.method_name)
    module = inspect.getmodule(method)
    namespace = {**vars(module), "models": models, "typing": typing}
    return typing.get_type_hints(method, globalns=namespace)["return"]


@pytest.mark.parametrize(("op", "example"), EXAMPLES, ids=[f"{op.id}:{e.name}" for op, e in EXAMPLES])
def test_result_example_parses(op: Operation, example: Any) -> None:
    parsed = read_result(op.id, example.result, return_type(op), strict=True)
    if isinstance(example.result, dict) and hasattr(parsed, "model_dump"):
        dumped = parsed.model_dump(mode="json", by_alias=True, exclude_none=True)
        for key in example.result:  # nothing the example carries is lost, known field or extra
            assert key in dumped or key in (parsed.model_extra or {}), key
