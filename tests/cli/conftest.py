"""Fixtures for the command line tests: a fake cloud in this process, with settings pointing at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from clihelp import ACCESS_ID, SECRET, clean_env

from tuya_cloud.testing import FakeTuyaCloud


@pytest.fixture
def cloud() -> Iterator[FakeTuyaCloud]:
    with FakeTuyaCloud(access_id=ACCESS_ID, access_secret=SECRET, port=0) as running:
        yield running


@pytest.fixture
def env(cloud: FakeTuyaCloud, tmp_path: Path) -> dict[str, str]:
    values = clean_env(tmp_path)
    values.update(TUYA_BASE_URL=cloud.base_url, TUYA_ACCESS_ID=cloud.access_id, TUYA_ACCESS_SECRET=SECRET)
    return values
