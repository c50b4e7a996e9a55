"""Every operation of the spec is `client.<group>.<method>` with the documented signature, on both clients."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

import tuya_cloud
from generator.ir import Operation
from generator.loader import load_spec
from generator.python.naming import python_name
from tuya_cloud import AsyncTuyaCloud, TuyaAPIError, TuyaCloud, TuyaError

ROOT = Path(__file__).resolve().parents[1]
SPEC = load_spec(ROOT / "spec")
OPTIONS = {"timeout", "max_retries", "allow_retry"}


@pytest.fixture(scope="module", params=[TuyaCloud, AsyncTuyaCloud], ids=["sync", "async"])
def client(request: pytest.FixtureRequest) -> TuyaCloud | AsyncTuyaCloud:
    kind: type[TuyaCloud | AsyncTuyaCloud] = request.param
    return kind(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9")  # sends nothing


@pytest.mark.parametrize("op", SPEC.operations, ids=[op.id for op in SPEC.operations])
def test_operation_is_reachable_with_its_signature(client: TuyaCloud | AsyncTuyaCloud, op: Operation) -> None:
    method = getattr(getattr(client, op.group), op.method_name)
    assert inspect.iscoroutinefunction(method) is isinstance(client, AsyncTuyaCloud)
    params = inspect.signature(method).parameters
    assert set(params) == {python_name(p.name) for p in op.params} | OPTIONS
    for p in op.params:
        parameter = params[python_name(p.name)]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        assert (parameter.default is inspect.Parameter.empty) == p.required, p.name
    assert method.__doc__ and op.summary in method.__doc__ and op.source in method.__doc__
    if op.pagination is not None:
        assert callable(getattr(getattr(client, op.group), f"iter_{op.method_name}"))


def test_openapi_operation_ids_match_the_python_surface(client: TuyaCloud | AsyncTuyaCloud) -> None:
    document = json.loads((ROOT / "generated" / "tuya_cloud" / "openapi.json").read_text())
    for path in document["paths"].values():
        for op in path.values():
            group, method = op["operationId"].split(".")
            assert callable(getattr(getattr(client, group), method))


def test_public_names() -> None:
    assert issubclass(TuyaAPIError, TuyaError)
    for name in tuya_cloud.__all__:
        assert hasattr(tuya_cloud, name), name
    for family in SPEC.error_families:
        assert issubclass(getattr(tuya_cloud, family.name), TuyaAPIError)
    assert set(tuya_cloud.REGIONS) == {"cn", "us", "us-e", "eu", "eu-w", "in"}


@pytest.mark.parametrize("op", SPEC.operations, ids=[op.id for op in SPEC.operations])
def test_both_clients_take_the_same_arguments_and_return_the_same_type(op: Operation) -> None:
    sync = TuyaCloud(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9")
    aio = AsyncTuyaCloud(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9")
    names = [op.method_name] + ([f"iter_{op.method_name}"] if op.pagination is not None else [])
    for name in names:
        one = inspect.signature(getattr(getattr(sync, op.group), name))
        two = inspect.signature(getattr(getattr(aio, op.group), name))
        assert one.parameters == two.parameters
        if name == op.method_name:
            assert one.return_annotation == two.return_annotation
        else:
            assert two.return_annotation == one.return_annotation.replace("Iterator[", "AsyncIterator[", 1)
