"""Every operation of the spec, called through the generated client with its example arguments, succeeds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.ir import Example, Operation
from generator.loader import load_spec
from generator.python.naming import python_name
from tuya_cloud import TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud

SPEC = load_spec(Path(__file__).resolve().parents[2] / "spec")
CASES = [(op, example) for op in SPEC.operations for example in op.examples]


@pytest.fixture(scope="module")
def cloud() -> Iterator[FakeTuyaCloud]:
    with FakeTuyaCloud() as fake:
        yield fake


@pytest.fixture()
def client(cloud: FakeTuyaCloud) -> Iterator[TuyaCloud]:
    cloud.reset_world()  # each call starts from the seeded world
    with cloud.client() as tuya:
        yield tuya


def expected_type(result: Any) -> type:
    return {bool: bool, int: int, str: str, list: list}.get(type(result), object)


@pytest.mark.parametrize(("op", "example"), CASES, ids=[f"{op.id}:{e.name}" for op, e in CASES])
def test_example_call_succeeds_and_parses(client: TuyaCloud, op: Operation, example: Example) -> None:
    method = getattr(getattr(client, op.group), op.method_name)
    result = method(**{python_name(name): value for name, value in example.request.items()})
    if isinstance(example.result, dict):
        assert hasattr(result, "model_dump"), f"{op.id} returned {type(result).__name__}, not a model"
    else:
        assert isinstance(result, expected_type(example.result)), type(result)
