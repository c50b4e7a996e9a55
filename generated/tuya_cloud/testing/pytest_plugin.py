"""pytest fixtures for the fake cloud, registered as the `tuya_cloud` pytest11 entry point.

Only pytest is imported here at module level: pytest loads every installed plugin at start-up, so
the server and the client are imported when a fixture is first used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tuya_cloud import TuyaCloud

    from .server import FakeTuyaCloud


@pytest.fixture
def fake_tuya_cloud() -> Iterator[FakeTuyaCloud]:
    """A running FakeTuyaCloud with a freshly seeded world, stopped after the test."""
    from .server import FakeTuyaCloud

    with FakeTuyaCloud() as cloud:
        yield cloud


@pytest.fixture
def tuya_client(fake_tuya_cloud: FakeTuyaCloud) -> Iterator[TuyaCloud]:
    """A TuyaCloud client (default settings) bound to `fake_tuya_cloud`."""
    client = fake_tuya_cloud.client()
    try:
        yield client
    finally:
        client.close()
