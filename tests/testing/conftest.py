"""Fixtures for the fake cloud's tests; `fake_tuya_cloud` comes from its pytest plugin.

The fake cloud's own tests read its replies strictly: a reply that drifts from the spec is a bug in the
fake cloud, not something to tolerate, so `tuya_client` here raises on any mismatch.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakecloud_helpers import Raw

from tuya_cloud import TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud


@pytest.fixture
def tuya_client(fake_tuya_cloud: FakeTuyaCloud) -> Iterator[TuyaCloud]:
    """A strict client (strict_responses=True) bound to `fake_tuya_cloud`."""
    with fake_tuya_cloud.client(strict_responses=True) as client:
        yield client


@pytest.fixture
def raw(fake_tuya_cloud: FakeTuyaCloud) -> Iterator[Raw]:
    """Hand-signed requests against the running fake cloud."""
    caller = Raw(fake_tuya_cloud)
    yield caller
    caller.session.close()
