"""Every evaluator of the spec's rule language agrees with spec/vectors/rules.json."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.rules import holds
from tuya_cloud._runtime.validation import rule_holds

VECTORS = json.loads((Path(__file__).resolve().parents[2] / "spec" / "vectors" / "rules.json").read_text())
EVALUATORS: dict[str, Callable[[Mapping[str, Any], Any], bool]] = {
    "generator (example checks)": holds,
    "python runtime (client and fake cloud)": rule_holds,
}


@pytest.mark.parametrize("evaluator", sorted(EVALUATORS))
@pytest.mark.parametrize("case", VECTORS["cases"], ids=[case["name"] for case in VECTORS["cases"]])
def test_rule_vector(evaluator: str, case: dict[str, Any]) -> None:
    assert EVALUATORS[evaluator](case["test"], case["data"]) is case["holds"]
