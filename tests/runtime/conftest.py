"""Both clients for the runtime tests: each test that takes `client`, `connect` or `new_client` runs three times.

Twice with TuyaCloud, on each of its two paths (its own session, whose calls go straight through the
urllib3 pool, and a caller's `requests.Session`, which keeps requests' full path; see
_runtime/pooled.py), once with AsyncTuyaCloud. The async client is driven from the test's plain
code by `Blocking`, which awaits each call on one event loop (an asyncio.Runner per test); the
client itself, its session and the HTTP traffic to the fake cloud are the real thing. So one test
body asserts the same behaviour of both clients.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, cast

import pytest
import requests

from tuya_cloud import AsyncTuyaCloud, TuyaCloud
from tuya_cloud._runtime.resource import AsyncResource
from tuya_cloud.testing import FakeTuyaCloud

Factory = Callable[..., TuyaCloud]


class _BlockingResource:
    def __init__(self, resource: AsyncResource, runner: asyncio.Runner) -> None:
        self._resource = resource
        self._runner = runner

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._resource, name)
        if name.startswith("iter_"):
            return lambda **kwargs: self._walk(method(**kwargs))
        return lambda **kwargs: self._runner.run(method(**kwargs))

    def _walk(self, pages: AsyncIterator[Any]) -> Iterator[Any]:
        async def following() -> Any:
            return await anext(pages)

        while True:
            try:
                yield self._runner.run(following())
            except StopAsyncIteration:
                return


class Blocking:
    """An AsyncTuyaCloud with TuyaCloud's blocking calls, for tests written against the sync surface."""

    def __init__(
        self,
        client: AsyncTuyaCloud,
        runner: asyncio.Runner,
        wrappers: dict[AsyncResource, _BlockingResource] | None = None,
    ) -> None:
        self.client = client
        self._runner = runner
        self._wrappers = {} if wrappers is None else wrappers

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.client, name)
        if isinstance(value, AsyncResource):
            return self._wrappers.setdefault(value, _BlockingResource(value, self._runner))
        return value

    def __repr__(self) -> str:
        return repr(self.client)

    def request(self, *args: Any, **kwargs: Any) -> Any:
        return self._runner.run(self.client.request(*args, **kwargs))

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return self._runner.run(coroutine)

    def with_options(self, **kwargs: Any) -> Blocking:
        return Blocking(self.client.with_options(**kwargs), self._runner, self._wrappers)

    def close(self) -> None:
        self._runner.run(self.client.aclose())


@pytest.fixture(params=["sync", "sync-requests", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    return cast(str, request.param)


@pytest.fixture()
def new_client(client_kind: str) -> Iterator[Factory]:
    """Makes a client of this test's kind from TuyaCloud's keyword arguments; closes them all afterwards."""
    made: list[Any] = []
    with asyncio.Runner() as runner:

        def make(**kwargs: Any) -> TuyaCloud:
            client: Any
            if client_kind == "async":
                client = Blocking(AsyncTuyaCloud(**kwargs), runner)
            elif client_kind == "sync-requests":
                session = requests.Session()
                made.append(session)  # the client leaves a caller's session open
                client = TuyaCloud(**kwargs, session=session)
            else:
                client = TuyaCloud(**kwargs)
            made.append(client)
            return cast(TuyaCloud, client)

        yield make
        for thing in reversed(made):
            thing.close()


@pytest.fixture()
def cloud() -> Iterator[FakeTuyaCloud]:
    with FakeTuyaCloud() as fake:
        yield fake


@pytest.fixture()
def connect(cloud: FakeTuyaCloud, new_client: Factory) -> Factory:
    """Like `cloud.client(**kwargs)`, for this test's kind of client."""

    def make(**kwargs: Any) -> TuyaCloud:
        return new_client(
            access_id=cloud.access_id, access_secret=cloud.access_secret, base_url=cloud.base_url, **kwargs
        )

    return make


@pytest.fixture()
def client(connect: Factory) -> TuyaCloud:
    return connect()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A throwaway redis-server on 127.0.0.1 (CI installs it; see .ci/run)."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed; .ci/run installs it from the system packages")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    import redis

    port = _free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        probe = redis.Redis.from_url(url)
        deadline = time.monotonic() + 20
        while True:
            try:
                probe.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.05)
        probe.close()
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
