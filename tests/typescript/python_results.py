"""Every spec example through the Python client, each on a fresh seeded world; the results as JSON on stdout.

The TypeScript tests (generated/typescript/test/operations.test.ts) run the same examples through the
TypeScript client and compare the two after the same normalization. Models are dumped by wire name; a
key is `<operation id>:<example name>`. Run: `python tests/typescript/python_results.py`.
"""

from __future__ import annotations

import json
import keyword
import sys
from typing import Any

from tuya_cloud._runtime.apimodel import ApiModel, OperationModel
from tuya_cloud.testing import FakeTuyaCloud


def plain(value: Any) -> Any:
    """A result as JSON data: models by wire name, unset fields left out, extra fields kept."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def examples() -> list[tuple[OperationModel, str, dict[str, Any]]]:
    """(operation, example name, request) for every example of the packaged API description."""
    found = [
        (op, str(example["name"]), dict(example["request"]))
        for op in ApiModel.load().operations.values()
        for example in op.examples
    ]
    return sorted(found, key=lambda item: (item[0].id, item[1]))


def main() -> int:
    results: dict[str, Any] = {}
    with FakeTuyaCloud() as cloud, cloud.client() as client:
        for op, name, request in examples():
            cloud.reset_world()  # each example starts from the seeded world
            call = getattr(getattr(client, op.group), op.method_name)
            kwargs = {f"{key}_" if keyword.iskeyword(key) else key: value for key, value in request.items()}
            results[f"{op.id}:{name}"] = plain(call(**kwargs))
    json.dump(results, sys.stdout, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
