"""Every operation of the spec is `client.<group>.<method>` with the documented signature."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

import tuya_cloud
from generator.ir import Operation
from generator.loader import load_spec
from generator.python.naming import python_name
from tuya_cloud import TuyaAPIError, TuyaCloud, TuyaError

ROOT = Path(__file__).resolve().parents[1]
SPEC = load_spec(ROOT / "spec")
OPTIONS = {"timeout", "max_retries", "allow_retry"}


@pytest.fixture(scope="module")
def client() -> TuyaCloud:
    return TuyaCloud(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9")


@pytest.mark.parametrize("op", SPEC.operations, ids=[op.id for op in SPEC.operations])
def test_operation_is_reachable_with_its_signature(client: TuyaCloud, op: Operation) -> None:
    method = getattr(getattr(client, op.group), op.method_name)
    params = inspect.signature(method).parameters
    assert set(params) == {python_name(p.name) for p in op.params} | OPTIONS
    for p in op.params:
        parameter = params[python_name(p.name)]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        assert (parameter.default is inspect.Parameter.empty) == p.required, p.name
    assert method.__doc__ and op.summary in method.__doc__ and op.source in method.__doc__
    if op.pagination is not None:
        assert callable(getattr(getattr(client, op.group), f"iter_{op.method_name}"))


def test_openapi_operation_ids_match_the_python_surface(client: TuyaCloud) -> None:
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
