"""Every client reaches the verdict of each case of spec/vectors/arguments.json and requests.json (`client.request`).

'refused': a TuyaValidationError naming the parameter, nothing sent; 'sent': the request reaches the fake
cloud (which may still answer with an API error). The TypeScript tests read the same file
(generated/typescript/test/arguments.test.ts).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tuya_cloud import TuyaCloud, TuyaError, TuyaValidationError
from tuya_cloud.testing import FakeTuyaCloud

VECTORS = Path(__file__).resolve().parents[2] / "spec" / "vectors"
CASES = json.loads((VECTORS / "arguments.json").read_text())["cases"]
REQUESTS = json.loads((VECTORS / "requests.json").read_text())["cases"]


def decode(value: Any) -> Any:
    """The file's tagged values ($special, $integer, $nested) as the values they stand for."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    if "$special" in value:
        return float(value["$special"].replace("Infinity", "inf"))
    if "$integer" in value:
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)  # a caller can hold 10**5000 without ever writing it out
        try:
            return int(value["$integer"])
        finally:
            sys.set_int_max_str_digits(limit)
    if "$nested" in value:
        nested = decode(value["leaf"])
        for _ in range(value["$nested"]):
            nested = [nested]
        return nested
    return {key: decode(item) for key, item in value.items()}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_vector(case: dict[str, Any], cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    group, method = case["operation"].split(".")
    call = getattr(getattr(client, group), method)
    arguments = decode(case["arguments"])
    cloud.reset_log()
    outcome: object = "returned"
    try:
        call(**arguments)
    except TuyaError as exc:
        outcome = exc
    check_verdict(case, outcome, [r for r in cloud.requests if r.operation == case["operation"]])


@pytest.mark.parametrize("case", REQUESTS, ids=[c["name"] for c in REQUESTS])
def test_request_vector(case: dict[str, Any], cloud: FakeTuyaCloud, client: TuyaCloud) -> None:
    given = decode(case["request"])
    cloud.reset_log()
    outcome: object = "returned"
    try:
        client.request(given["method"], given["path"], body=given.get("body"))
    except TuyaError as exc:
        outcome = exc
    check_verdict(case, outcome, [r for r in cloud.requests if not (r.operation or "").startswith("token.")])
    if isinstance(outcome, TuyaValidationError):
        assert outcome.operation == "request"


def check_verdict(case: dict[str, Any], outcome: object, sent: list[Any]) -> None:
    if case["verdict"] == "refused":
        assert isinstance(outcome, TuyaValidationError), outcome
        assert outcome.param.startswith(case["param"]), outcome
        assert case.get("rule", "") in outcome.rule, outcome
        assert sent == []
    else:
        assert not isinstance(outcome, TuyaValidationError), outcome
        assert len(sent) == 1
