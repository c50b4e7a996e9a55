"""Fixtures for the fake cloud's tests; `fake_tuya_cloud` and `tuya_client` come from its pytest plugin."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakecloud_helpers import Raw

from tuya_cloud.testing import FakeTuyaCloud


@pytest.fixture
def raw(fake_tuya_cloud: FakeTuyaCloud) -> Iterator[Raw]:
    """Hand-signed requests against the running fake cloud."""
    caller = Raw(fake_tuya_cloud)
    yield caller
    caller.session.close()
