"""Every operation of the spec, called through each generated client with its example arguments, succeeds."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.ir import Example, Operation
from generator.loader import load_spec
from generator.python.naming import python_name
from tuya_cloud import AsyncTuyaCloud, TuyaCloud
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
    with cloud.client(strict_responses=True) as tuya:
        yield tuya


@pytest.fixture(scope="module")
def runner() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as loop:
        yield loop


@pytest.fixture(scope="module")
def async_client(cloud: FakeTuyaCloud, runner: asyncio.Runner) -> Iterator[AsyncTuyaCloud]:
    client = cloud.async_client(strict_responses=True)  # one client and session for every case, on one loop
    yield client
    runner.run(client.aclose())


def expected_type(result: Any) -> type:
    return {bool: bool, int: int, str: str, list: list, dict: dict}.get(type(result), object)


def arguments(example: Example) -> dict[str, Any]:
    return {python_name(name): value for name, value in example.request.items()}


@pytest.mark.parametrize(("op", "example"), CASES, ids=[f"{op.id}:{e.name}" for op, e in CASES])
def test_example_call_succeeds_and_parses(client: TuyaCloud, op: Operation, example: Example) -> None:
    method = getattr(getattr(client, op.group), op.method_name)
    check_result(example, method(**arguments(example)))


@pytest.mark.parametrize(("op", "example"), CASES, ids=[f"{op.id}:{e.name}" for op, e in CASES])
def test_example_call_succeeds_and_parses_through_the_async_client(
    cloud: FakeTuyaCloud, runner: asyncio.Runner, async_client: AsyncTuyaCloud, op: Operation, example: Example
) -> None:
    cloud.reset_world()
    method = getattr(getattr(async_client, op.group), op.method_name)
    check_result(example, runner.run(method(**arguments(example))))


def test_every_operation_has_a_case() -> None:
    assert {op.id for op, _ in CASES} == {op.id for op in SPEC.operations}


def check_result(example: Example, result: Any) -> None:
    if isinstance(example.result, dict) and example.result:  # an empty object (no fields) stays a dict
        assert hasattr(result, "model_dump"), f"returned {type(result).__name__}, not a model"
    else:
        assert isinstance(result, expected_type(example.result)), type(result)
