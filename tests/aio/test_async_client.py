"""What only the async client has: coroutine-wide token renewal, the in-flight cap, sessions and async stores.

These are `async def` tests run by the fake cloud's pytest plugin (`async_tuya_client` and
`tuya_asyncio_runner` give each test its own event loop); the behaviour both clients share is
tested once for both in tests/runtime.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import aiohttp
import pytest

from tuya_cloud import AsyncTuyaCloud, MemoryTokenStore, Token, TuyaConfigError, TuyaError, TuyaTimeoutError
from tuya_cloud.testing import FakeTuyaCloud, Seed

LIGHT = Seed.LIGHT_ID
COMMAND = [{"code": "switch_led", "value": True}]


async def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    """Wait for something the fake cloud's threads do; fails only if it never happens."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "the fake cloud never got there"
        await asyncio.sleep(0.01)


async def test_200_coroutines_on_an_expired_token_renew_it_once(
    fake_tuya_cloud: FakeTuyaCloud, async_tuya_client: AsyncTuyaCloud
) -> None:
    await async_tuya_client.devices.get_status(device_id=LIGHT)
    fake_tuya_cloud.expire_tokens()  # the client still believes its token is fresh: Tuya answers 1010
    renewals_before = fake_tuya_cloud.token_grants + fake_tuya_cloud.token_refreshes
    fake_tuya_cloud.reset_log()
    results = await asyncio.gather(
        *(async_tuya_client.devices.get_status(device_id=LIGHT) for _ in range(200)), return_exceptions=True
    )
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    assert all(results)
    assert fake_tuya_cloud.token_grants + fake_tuya_cloud.token_refreshes - renewals_before == 1
    assert fake_tuya_cloud.calls("devices.get_status", succeeded=True) == 200


async def test_a_stale_token_is_renewed_once_for_many_coroutines(fake_tuya_cloud: FakeTuyaCloud) -> None:
    # The client's own clock says the stored token has expired: every coroutine wants a new one at once.
    store = MemoryTokenStore()
    async with fake_tuya_cloud.async_client(token_store=store) as client:
        await client.devices.get_status(device_id=LIGHT)
        token = store.load()
        assert token is not None
        store.save(Token(token.access_token, token.refresh_token, expires_at=0.0, uid=token.uid))
        stale = fake_tuya_cloud.async_client(token_store=store)  # a second client reads the stale token
        results = await asyncio.gather(*(stale.devices.get_status(device_id=LIGHT) for _ in range(50)))
        await stale.aclose()
    assert len(results) == 50
    assert fake_tuya_cloud.token_grants == 1 and fake_tuya_cloud.token_refreshes == 1


async def test_requests_in_flight_never_exceed_max_concurrency(fake_tuya_cloud: FakeTuyaCloud) -> None:
    fake_tuya_cloud.inject("devices.get_status", times=None, latency=0.3)
    async with fake_tuya_cloud.async_client(max_concurrency=3) as capped:
        await capped.devices.get(device_id=LIGHT)  # the token first
        fake_tuya_cloud.reset_log()
        await asyncio.gather(*(capped.devices.get_status(device_id=LIGHT) for _ in range(12)))
    assert fake_tuya_cloud.calls("devices.get_status") == 12
    assert fake_tuya_cloud.peak_in_flight <= 3
    # The counter does see concurrency: a client allowed 16 gets more than 3 answered at once.
    fake_tuya_cloud.inject("devices.get_status", times=None, latency=1.0)
    async with fake_tuya_cloud.async_client(max_concurrency=16) as wide:
        await wide.devices.get(device_id=LIGHT)
        fake_tuya_cloud.reset_log()
        await asyncio.gather(*(wide.devices.get_status(device_id=LIGHT) for _ in range(16)))
    assert fake_tuya_cloud.peak_in_flight > 3


async def test_a_cancelled_call_gives_its_place_back(fake_tuya_cloud: FakeTuyaCloud) -> None:
    async with fake_tuya_cloud.async_client(max_concurrency=1) as client:
        await client.devices.get(device_id=LIGHT)
        fake_tuya_cloud.inject("devices.get_status", times=1, latency=2.0)
        slow = asyncio.ensure_future(client.devices.get_status(device_id=LIGHT))
        await until(lambda: fake_tuya_cloud.in_flight > 0)  # the request is on the server
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow
        assert (await client.devices.get(device_id=LIGHT)).id == LIGHT  # the only slot is free again


async def test_default_concurrency_and_its_validation(fake_tuya_cloud: FakeTuyaCloud) -> None:
    async with fake_tuya_cloud.async_client() as client:
        assert client.max_concurrency == 8
    with pytest.raises(TuyaConfigError, match="max_concurrency"):
        fake_tuya_cloud.async_client(max_concurrency=0)
    with pytest.raises(TuyaConfigError, match=r"aiohttp\.ClientSession"):
        fake_tuya_cloud.async_client(session=object())


async def test_an_injected_session_is_used_and_left_open(fake_tuya_cloud: FakeTuyaCloud) -> None:
    async with aiohttp.ClientSession() as session:
        client = fake_tuya_cloud.async_client(session=session)
        assert await client.devices.get_status(device_id=LIGHT)
        copy = client.with_options(max_retries=0)
        await copy.aclose()
        await client.aclose()
        assert not session.closed
        again = fake_tuya_cloud.async_client(session=session)  # still usable by others
        assert (await again.devices.get(device_id=LIGHT)).id == LIGHT
        await again.aclose()
    with pytest.raises(TuyaError, match="closed"):
        await again.devices.get(device_id=LIGHT)  # its owner closed the session: a TuyaError, not RuntimeError


async def test_an_own_session_is_created_on_the_first_call_and_closed_once(fake_tuya_cloud: FakeTuyaCloud) -> None:
    client = fake_tuya_cloud.async_client()
    await client.aclose()  # closing before the first call has nothing to close
    client = fake_tuya_cloud.async_client()
    copy = client.with_options(timeout=(1.0, 5.0))
    assert await copy.devices.get_status(device_id=LIGHT)  # the copy opens the shared session
    await copy.aclose()
    assert await client.devices.get_status(device_id=LIGHT)  # still open for the original
    await client.aclose()
    await client.aclose()  # twice is fine
    with pytest.raises(TuyaError, match="closed"):
        await client.devices.get_status(device_id=LIGHT)


class DictStore:
    """An AsyncTokenStore, as a Home Assistant integration would keep the token in its config entry."""

    def __init__(self) -> None:
        self.data: dict[str, object] | None = None
        self.saves = 0

    async def load(self) -> Token | None:
        await asyncio.sleep(0)
        return None if self.data is None else Token(**self.data)  # type: ignore[arg-type]

    async def save(self, token: Token | None) -> None:
        await asyncio.sleep(0)
        self.saves += 1
        self.data = None if token is None else dict(vars(token))


async def test_an_async_token_store_is_shared_by_clients(fake_tuya_cloud: FakeTuyaCloud) -> None:
    store = DictStore()
    async with fake_tuya_cloud.async_client(token_store=store) as one:
        await one.devices.get_status(device_id=LIGHT)
    async with fake_tuya_cloud.async_client(token_store=store) as two:
        await two.devices.get_status(device_id=LIGHT)
    assert fake_tuya_cloud.token_grants == 1 and store.saves == 1
    assert store.data is not None and store.data["access_token"] in fake_tuya_cloud.issued_secrets()


class HalfAsyncStore:
    async def load(self) -> Token | None:
        return None

    def save(self, token: Token | None) -> None:
        pass


async def test_a_store_must_be_wholly_sync_or_async(fake_tuya_cloud: FakeTuyaCloud) -> None:
    with pytest.raises(TuyaConfigError, match="token_store"):
        fake_tuya_cloud.async_client(token_store=HalfAsyncStore())


async def test_a_read_timeout_on_a_command_is_not_resent(fake_tuya_cloud: FakeTuyaCloud) -> None:
    async with fake_tuya_cloud.async_client(timeout=(2.0, 0.3), max_retries=3) as client:
        await client.devices.get(device_id=LIGHT)
        fake_tuya_cloud.inject("device_control.send_commands", times=1, latency=1.0)
        with pytest.raises(TuyaTimeoutError):
            await client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
        # The client has given up; let the slow request finish on the server, then count.
        await until(lambda: fake_tuya_cloud.calls("device_control.send_commands") > 0)
        await until(lambda: fake_tuya_cloud.in_flight == 0)
    assert fake_tuya_cloud.calls("device_control.send_commands") == 1


async def test_the_plugin_fixture_walks_pages_with_async_for(async_tuya_client: AsyncTuyaCloud) -> None:
    everything = await async_tuya_client.devices.list_for_user(uid=Seed.USER_ID, page_no=1, page_size=100)
    walked = [device.id async for device in async_tuya_client.devices.iter_list_for_user(uid=Seed.USER_ID, page_size=2)]
    assert walked == [device.id for device in everything] and len(walked) > 2
