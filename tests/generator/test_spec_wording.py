"""Wording rules for the spec's descriptions, which become docstrings, CLI help and the API index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.loader import load_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "spec")


def descriptions(schema: Any, where: str) -> Iterator[tuple[str, str]]:
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("description"), str):
        yield where, schema["description"]
    for name, sub in (schema.get("properties") or {}).items():
        yield from descriptions(sub, f"{where}.{name}")
    for key in ("items", "additionalProperties"):
        yield from descriptions(schema.get(key), f"{where}.{key}")


def every_description() -> Iterator[tuple[str, str]]:
    for name, schema in SPEC.schemas.items():
        yield from descriptions(schema, name)
    for op in SPEC.operations:
        yield f"{op.id} (description)", f"{op.summary} {op.description}"
        yield f"{op.id} (result)", op.result_description
        for param in op.params:
            yield f"{op.id}({param.name})", param.description


WEEKDAY_TEXTS = [(where, text) for where, text in every_description() if "weekday" in text.lower()]


@pytest.mark.parametrize(("where", "text"), WEEKDAY_TEXTS, ids=[where for where, _ in WEEKDAY_TEXTS])
def test_every_text_about_weekdays_says_which_day_comes_first(where: str, text: str) -> None:
    # Tuya's pages read seven-day masks both ways (Monday first and Sunday first); a mask without its
    # order selects the wrong days silently.
    lowered = " ".join(text.lower().split())
    assert "monday first" in lowered or "sunday first" in lowered, where


def test_weekday_texts_were_found() -> None:
    places = {where for where, _ in WEEKDAY_TEXTS}
    expected = {"TimerLoops", "AutomationWeekdays", "device_timers.add(loops)", "device_timers.update_group(loops)"}
    assert expected <= places
