"""Helpers for the fake world's tests (test_world_*.py; imported by module name: tests/ holds no packages)."""

from __future__ import annotations

from typing import Any

import pytest

from tuya_cloud import TuyaAPIError, TuyaCloud


def status(client: TuyaCloud, device_id: str) -> dict[str, Any]:
    """A device's status as the client reads it, by DP code."""
    return {dp.code: dp.value for dp in client.devices.get_status(device_id=device_id)}


def code_of(error: pytest.ExceptionInfo[TuyaAPIError]) -> int | str:
    return error.value.code
