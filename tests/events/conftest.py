"""Fixtures for the message service tests: a fake cloud that pushes events, on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tuya_cloud.testing import FakeTuyaCloud


@pytest.fixture()
def cloud() -> Iterator[FakeTuyaCloud]:
    with FakeTuyaCloud(events=True) as running:
        yield running
