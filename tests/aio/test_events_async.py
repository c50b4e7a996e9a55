"""AsyncTuyaEvents against the fake cloud's message service, over real WebSocket on 127.0.0.1, with the
caller's aiohttp session and Home Assistant's blocking-call guard (blocking_guard.py) around it."""

from __future__ import annotations

import asyncio
import concurrent.futures.thread  # noqa: F401 - asyncio.to_thread imports it on first use (the test's, not ours)
import logging
from collections import Counter
from collections.abc import Iterator

import aiohttp
import pytest
from blocking_guard import BlockingCallGuard

from tuya_cloud import AsyncTuyaEvents, StatusReport, TuyaEventsAuthError, UndecodableEvent
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed


class QuickEvents(AsyncTuyaEvents):
    backoff_base = 0.05
    backoff_cap = 0.2
    ping_interval = 0.6


@pytest.fixture()
def cloud(tuya_asyncio_runner: asyncio.Runner) -> Iterator[FakeTuyaCloud]:
    """A fake cloud with events; asking for the plugin's runner runs these tests on its loop."""
    with FakeTuyaCloud(events=True) as running:
        yield running


def quick(cloud: FakeTuyaCloud, session: aiohttp.ClientSession, **kwargs: object) -> QuickEvents:
    return QuickEvents(
        access_id=cloud.access_id,
        access_secret=cloud.access_secret,
        url=cloud.events_url,
        session=session,
        **kwargs,  # type: ignore[arg-type]
    )


async def test_ten_thousand_events_with_three_drops_lose_none(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    total = 10_000
    for n in range(total):
        cloud.publish({"devId": f"dev{n % 40}", "status": [{"code": "n", "value": n, "t": n}]})
    seen: Counter[int] = Counter()
    with BlockingCallGuard() as guard:
        async with aiohttp.ClientSession() as session, quick(cloud, session) as events:
            async for event in events:
                assert isinstance(event, StatusReport)
                n = event.status[0].value
                seen[n] += 1
                if len(seen) in (2_500, 5_000, 7_500) and seen[n] == 1:
                    await asyncio.to_thread(cloud.events.drop_connections)
                if len(seen) == total:
                    await events.ack(event)
                    break
            assert events.connections == 4
            assert not session.closed  # the caller's session stays the caller's
    assert guard.calls == []
    assert set(seen) == set(range(total))
    assert sum(seen.values()) - total >= 0  # duplicates counted
    assert await asyncio.to_thread(cloud.events.wait_until, lambda: cloud.events.unacked() == 0)


async def test_a_raising_loop_body_leaves_its_event_unacknowledged(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    message_id = cloud.publish({"devId": "d1", "status": []})
    async with aiohttp.ClientSession() as session, quick(cloud, session, ack_timeout=1) as events:
        with pytest.raises(RuntimeError):
            async for _event in events:
                raise RuntimeError("the handler failed")
        assert cloud.events.unacked() == 1
        async for event in events:
            assert event.message_id == message_id and event.redelivery_count >= 1
            await events.ack(event)
            break
    assert await asyncio.to_thread(cloud.events.wait_until, lambda: cloud.events.unacked() == 0)


async def test_rest_command_undecodable_frame_and_keepalive(
    cloud: FakeTuyaCloud, caplog: pytest.LogCaptureFixture
) -> None:
    assert cloud.events is not None
    caplog.set_level(logging.DEBUG)
    rest = cloud.async_client()
    received = []
    async with aiohttp.ClientSession() as session, quick(cloud, session) as events:
        await rest.device_control.send_commands(
            device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}]
        )
        cloud.events.tamper(1)
        bad = cloud.publish({"devId": "d1", "status": [{"code": "secret_code", "value": "plain", "t": 1}]})
        async for event in events:
            received.append(event)
            if len(received) == 2:
                await asyncio.to_thread(cloud.events.stop_answering_pings)
                cloud.publish({"devId": "after-hang", "status": []})
            if len(received) == 3:
                break
        assert events.connections == 2  # the missing pong was noticed and the connection made again
    await rest.aclose()
    report, undecodable, after = received
    assert isinstance(report, StatusReport) and report.device_id == Seed.LIGHT_ID
    assert isinstance(undecodable, UndecodableEvent) and undecodable.message_id == bad
    assert after.device_id == "after-hang"
    for secret in (cloud.access_secret[8:24], "plain", "secret_code"):
        assert secret not in caplog.text


async def test_wrong_credentials_end_the_loop(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    async with aiohttp.ClientSession() as session:
        events = QuickEvents(access_id=cloud.access_id, access_secret="x" * 32, url=cloud.events_url, session=session)
        with pytest.raises(TuyaEventsAuthError):
            async for _event in events:
                pass
        await events.close()
    assert cloud.events.refused_handshakes == QuickEvents.refusal_limit


async def test_its_own_session_is_closed_with_it(cloud: FakeTuyaCloud) -> None:
    cloud.publish({"devId": "d1", "status": []})
    async with cloud.async_events_client() as events:
        async for event in events:
            assert event.device_id == "d1"
            break
        session = events._session
        assert session is not None
    assert session.closed
