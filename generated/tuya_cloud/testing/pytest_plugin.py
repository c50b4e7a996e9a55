"""pytest fixtures for the fake cloud, registered as the `tuya_cloud` pytest11 entry point.

Only pytest is imported here at module level: pytest loads every installed plugin at start-up, so
the server and the clients are imported when a fixture is first used.

Sync tests use `tuya_client`. Async tests are `async def` functions that take `async_tuya_client`
(or only `fake_tuya_cloud`): this plugin runs each of them on a fresh event loop, its
`tuya_asyncio_runner`, with no pytest-asyncio needed, and closes the client on that loop afterwards.
Tests marked for another async plugin (`asyncio`, `anyio`, `trio`) are left to it: there, make the
client in your own fixture with `fake_tuya_cloud.async_client()` and `await client.aclose()` it.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import asyncio

    from tuya_cloud import AsyncTuyaCloud, TuyaCloud

    from .server import FakeTuyaCloud

_RUNNER = "tuya_asyncio_runner"
_FIXTURES = frozenset({"fake_tuya_cloud", "tuya_client", "async_tuya_client", _RUNNER})
_OTHER_RUNNERS = ("asyncio", "anyio", "trio")


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


@pytest.fixture
def tuya_asyncio_runner() -> Iterator[asyncio.Runner]:
    """The event loop an `async def` test that uses `async_tuya_client` runs on, one per test."""
    import asyncio

    with asyncio.Runner() as runner:
        yield runner


@pytest.fixture
def async_tuya_client(fake_tuya_cloud: FakeTuyaCloud, tuya_asyncio_runner: asyncio.Runner) -> Iterator[AsyncTuyaCloud]:
    """An AsyncTuyaCloud client (default settings) bound to `fake_tuya_cloud`, closed on the test's loop."""
    client = fake_tuya_cloud.async_client()
    try:
        yield client
    finally:
        tuya_asyncio_runner.run(client.aclose())


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run an `async def` test that uses this plugin's fixtures on the test's own event loop."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj) or _FIXTURES.isdisjoint(pyfuncitem.fixturenames):
        return None
    if any(pyfuncitem.get_closest_marker(name) for name in _OTHER_RUNNERS):
        return None
    names = inspect.signature(pyfuncitem.obj).parameters
    test = pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names})
    runner = pyfuncitem.funcargs.get(_RUNNER)
    if runner is not None:
        runner.run(test)  # type: ignore[attr-defined]
    else:
        import asyncio

        asyncio.run(test)
    return True
