"""TuyaEvents against the fake cloud's message service, over real WebSocket on 127.0.0.1."""

from __future__ import annotations

import logging
from collections import Counter, defaultdict

import pytest

from tuya_cloud import (
    StatusReport,
    TuyaConfigError,
    TuyaEvents,
    TuyaEventsAuthError,
    TuyaEventsServiceError,
    UndecodableEvent,
)
from tuya_cloud.events import DeviceOffline, DeviceRenamed
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed


class QuickEvents(TuyaEvents):
    """Short backoff and keepalive, so that reconnect tests take a second, not a minute."""

    backoff_base = 0.05
    backoff_cap = 0.2
    ping_interval = 0.3
    ping_timeout = 0.6


def quick(cloud: FakeTuyaCloud, **kwargs: object) -> QuickEvents:
    return QuickEvents(access_id=cloud.access_id, access_secret=cloud.access_secret, url=cloud.events_url, **kwargs)  # type: ignore[arg-type]


def test_ten_thousand_events_with_three_drops_lose_none(cloud: FakeTuyaCloud) -> None:
    total, devices = 10_000, 40
    for n in range(total):
        cloud.publish({"devId": f"dev{n % devices}", "status": [{"code": "n", "value": n, "t": n}]})
    seen: Counter[int] = Counter()
    first_order: dict[str, list[int]] = defaultdict(list)
    with quick(cloud) as events:
        for event in events:
            assert isinstance(event, StatusReport)
            n = event.status[0].value
            if n not in seen:
                first_order[event.device_id or ""].append(n)
            seen[n] += 1
            if len(seen) in (2_500, 5_000, 7_500) and seen[n] == 1:
                cloud.events.drop_connections()  # type: ignore[union-attr]
            if len(seen) == total:
                events.ack(event)
                break
        assert events.connections == 4
    assert set(seen) == set(range(total))  # every event reached the loop body, none lost
    duplicates = sum(seen.values()) - total
    assert duplicates >= 0  # counted: redeliveries of completed events are skipped, the others come again
    assert all(order == sorted(order) for order in first_order.values())  # per-device order kept
    assert cloud.events.wait_until(lambda: cloud.events.unacked() == 0)  # type: ignore[union-attr]


def test_a_raising_loop_body_leaves_its_event_unacknowledged(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    message_id = cloud.publish({"devId": "d1", "status": [{"code": "switch_1", "value": True, "t": 1}]})
    with quick(cloud, ack_timeout=1) as events:
        with pytest.raises(RuntimeError):
            for _event in events:
                raise RuntimeError("the handler failed")
        assert cloud.events.unacked() == 1
        for event in events:  # after the ack timeout the broker sends it again
            assert event.message_id == message_id and event.redelivery_count >= 1
            events.ack(event)
            break
    assert cloud.events.wait_until(lambda: cloud.events.unacked() == 0)


def test_a_rest_command_reaches_another_clients_event_loop(cloud: FakeTuyaCloud) -> None:
    rest = cloud.client()
    with cloud.events_client() as events:
        rest.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}])
        rest.devices.rename(device_id=Seed.LIGHT_ID, name="Hall light")
        with cloud.world_changes() as world:
            world.set_online(Seed.PLUG_ID, False)
        received = []
        for event in events:
            received.append(event)
            if len(received) == 3:
                events.ack(event)
                break
    report, renamed, offline = received
    assert isinstance(report, StatusReport) and report.device_id == Seed.LIGHT_ID
    assert [(s.code, s.value) for s in report.status] == [("switch_led", False)]
    assert isinstance(renamed, DeviceRenamed) and renamed.name == "Hall light"
    assert isinstance(offline, DeviceOffline) and offline.device_id == Seed.PLUG_ID


def test_an_undecodable_frame_arrives_typed_and_the_next_ones_still_come(
    cloud: FakeTuyaCloud, caplog: pytest.LogCaptureFixture
) -> None:
    assert cloud.events is not None
    cloud.events.encryption = "aes_gcm"
    cloud.events.tamper(1)
    bad = cloud.publish({"devId": "d1", "status": [{"code": "secret_code", "value": "plain-value", "t": 1}]})
    cloud.publish({"devId": "d2", "status": [{"code": "switch_1", "value": True, "t": 2}]})
    cloud.publish({"devId": "d3", "status": [{"code": "switch_1", "value": False, "t": 3}]})
    caplog.set_level(logging.DEBUG)
    with cloud.events_client() as events:
        received = []
        for event in events:
            received.append(event)
            if len(received) == 3:
                break
    first, second, third = received
    assert isinstance(first, UndecodableEvent) and first.message_id == bad and first.reason.startswith("tag:")
    assert isinstance(second, StatusReport) and second.device_id == "d2"
    assert isinstance(third, StatusReport) and third.device_id == "d3"
    assert cloud.events.wait_until(lambda: cloud.events.unacked() == 1)  # the last
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and bad in r.getMessage()]
    assert len(warnings) == 1
    text = caplog.text + repr(received) + repr(events)
    for secret in (cloud.access_secret, cloud.access_secret[8:24], "plain-value", "secret_code"):
        assert secret not in text


def test_a_frame_sent_twice_reaches_the_loop_body_once(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    cloud.events.duplicate_frames(1)
    first = cloud.publish({"devId": "d1", "status": []})
    second = cloud.publish({"devId": "d2", "status": []})
    with cloud.events_client() as events:
        ids = []
        for event in events:
            ids.append(event.message_id)
            if event.message_id == second:
                break
        assert ids == [first, second]
        assert events.skipped_redeliveries == 1


def test_no_pong_reconnects_and_delivers(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    cloud.publish({"devId": "d1", "status": []})
    with quick(cloud) as events:
        received = []
        for event in events:
            received.append(event.device_id)
            if len(received) == 1:
                cloud.events.stop_answering_pings()
                cloud.publish({"devId": "d2", "status": []})
            else:
                break
        assert received == ["d1", "d2"]
        assert events.connections == 2


def test_transient_refusals_are_retried(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    cloud.events.refuse_handshakes(503, 502, 503)
    cloud.publish({"devId": "d1", "status": []})
    with quick(cloud) as events:
        event = next(iter(events))
    assert event.device_id == "d1"
    assert cloud.events.refused_handshakes == 3


def test_wrong_credentials_end_the_loop_with_the_typed_error(
    cloud: FakeTuyaCloud, caplog: pytest.LogCaptureFixture
) -> None:
    assert cloud.events is not None
    wrong_secret = "w" * 8 + "0123456789abcdef" + "w" * 8
    caplog.set_level(logging.DEBUG)
    events = QuickEvents(access_id=cloud.access_id, access_secret=wrong_secret, url=cloud.events_url)
    with pytest.raises(TuyaEventsAuthError) as caught:
        next(iter(events))
    assert caught.value.status == 401 and caught.value.tries == QuickEvents.refusal_limit
    assert cloud.events.refused_handshakes == QuickEvents.refusal_limit
    assert "access_secret" in str(caught.value)
    for text in (str(caught.value), caplog.text, repr(events)):
        assert wrong_secret not in text and "0123456789abcdef" not in text


def test_a_project_without_the_message_service(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    cloud.events.enabled = False
    with pytest.raises(TuyaEventsServiceError, match="enable the message service"):
        next(iter(quick(cloud)))
    cloud.events.enabled = True
    with pytest.raises(TuyaEventsServiceError):  # an environment the project does not have
        cloud.events.envs = {"event"}
        next(iter(quick(cloud, env="event-test")))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"url": "ws://example.com/"}, "plain ws:// is allowed only on loopback"),
        ({"region": "eu", "url": "wss://x/"}, "region or url"),
        ({"region": "mars"}, "unknown region"),
        ({"region": "eu", "env": "prod"}, "env must be one of event, event-test"),
        ({"region": "eu", "ack_timeout": 0.5}, "ack_timeout must be at least 1 s"),
        ({"region": "eu", "subscription": "a/b"}, "subscription"),
    ],
)
def test_bad_options_are_refused_before_connecting(options: dict[str, object], message: str) -> None:
    with pytest.raises(TuyaConfigError, match=message):
        TuyaEvents(access_id="id", access_secret="0123456789abcdef0123456789abcdef", **options)  # type: ignore[arg-type]


def test_the_consumer_url_follows_the_spec() -> None:
    events = TuyaEvents(access_id="abc", access_secret="0123456789abcdef0123456789abcdef", region="eu", ack_timeout=5)
    assert repr(events) == (
        "TuyaEvents(url='wss://mqe.tuyaeu.com:8285/ws/v2/consumer/persistent/abc/out/event/abc-sub"
        "?ackTimeoutMillis=5000&subscriptionType=Failover')"
    )


def test_every_lifecycle_change_through_the_api_is_pushed(cloud: FakeTuyaCloud) -> None:
    from tuya_cloud.events import DataPointRenamed, DeviceBound, DeviceDeleted, UpgradeStatus

    rest = cloud.client()
    rest.device_control.rename_function(device_id=Seed.LIGHT_ID, function_code="switch_led", name="Main")
    rest.ota.upgrade(device_id=Seed.LIGHT_ID, module_type=9)
    rest.pairing.enable_sub_discovery(device_id=Seed.GATEWAY_ID, duration=60)
    rest.devices.delete(device_id=Seed.PLUG_ID)
    kinds: list[type] = [DataPointRenamed, UpgradeStatus, DeviceBound, DeviceDeleted]
    received = []
    with cloud.events_client() as events:
        for event in events:
            received.append(event)
            if len(received) == len(kinds):
                events.ack(event)
                break
    assert [type(e) for e in received] == kinds
    renamed, upgrade, bound, deleted = received
    assert isinstance(renamed, DataPointRenamed) and renamed.name == "Main" and renamed.device_id == Seed.LIGHT_ID
    assert isinstance(upgrade, UpgradeStatus) and (upgrade.upgrade_status, upgrade.module_type) == ("2", "9")
    assert isinstance(bound, DeviceBound) and bound.device_id == Seed.SMOKE_ID and bound.uid == Seed.USER_ID
    assert isinstance(deleted, DeviceDeleted) and deleted.device_id == Seed.PLUG_ID
