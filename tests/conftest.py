"""Fixtures shared by every test folder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests


@pytest.fixture(params=["pooled", "requests"])
def sync_transport(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """Keyword arguments that put a TuyaCloud on one of its two paths (see _runtime/pooled.py).

    "pooled": its own session, whose calls go straight through the adapter's urllib3 pool;
    "requests": a caller's `requests.Session`, which keeps requests' full path.
    """
    if request.param == "pooled":
        yield {}
        return
    with requests.Session() as session:
        yield {"session": session}
