"""One subscription shared by several consumers (Pulsar's Failover), and Tuya's own consumer against the fake."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tuya_cloud import Event
from tuya_cloud.testing import FakeTuyaCloud

HERE = Path(__file__).resolve().parent


def test_the_next_consumer_takes_over_with_every_unacknowledged_message(cloud: FakeTuyaCloud) -> None:
    assert cloud.events is not None
    total = 100
    ids = [cloud.publish({"devId": f"d{n % 3}", "status": [{"code": "n", "value": n}]}) for n in range(total)]
    first = cloud.events_client()
    standby_got: list[Event] = []
    standby_started = threading.Event()

    def standby() -> None:
        with cloud.events_client() as events:
            standby_started.set()
            for event in events:
                standby_got.append(event)
                if event.message_id == ids[-1]:
                    events.ack(event)
                    return

    first_got: list[Event] = []
    for event in first:  # connected first: the active consumer
        first_got.append(event)
        if len(first_got) == 1:
            thread = threading.Thread(target=standby)
            thread.start()
            assert standby_started.wait(10)
            assert cloud.events.wait_until(lambda: cloud.events.consumers() == 2)
        if len(first_got) == 60:
            break  # the 60th is never acknowledged: this consumer "crashes" with it
    assert standby_got == []  # a standby consumer gets nothing while the active one lives
    first.close()
    thread.join(20)
    assert not thread.is_alive()
    done_by_first = {e.message_id for e in first_got[:59]}
    taken_over = {e.message_id for e in standby_got}
    assert set(ids) - done_by_first <= taken_over  # every unacknowledged message went to the next consumer
    assert ids[59] in taken_over
    assert cloud.events.wait_until(lambda: cloud.events.unacked() == 0)


def test_a_fleet_of_processes_shares_one_subscription(cloud: FakeTuyaCloud, tmp_path: Path) -> None:
    """The active consumer is another process (`tuya-cloud events`); it is killed mid-stream and the
    standby consumer here takes over with everything it had not acknowledged."""
    assert cloud.events is not None
    total = 1000
    ids = [cloud.publish({"devId": f"d{n % 7}", "status": [{"code": "n", "value": n}]}) for n in range(total)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUYA_")}
    env.update(TUYA_ACCESS_ID=cloud.access_id, TUYA_ACCESS_SECRET=cloud.access_secret, TUYA_EVENTS_URL=cloud.events_url)
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    active = subprocess.Popen([sys.executable, "-m", "tuya_cloud.cli", "events"], env=env, stdout=subprocess.PIPE)
    try:
        # Nobody reads its stdout yet: it stops once the pipe is full, holding unacknowledged events.
        assert cloud.events.wait_until(lambda: cloud.events.consumers() == 1)
        assert cloud.events.wait_until(lambda: cloud.events.state()["frames_sent"] >= total)
        taken: list[str] = []
        standby_ready = threading.Event()

        def standby() -> None:
            with cloud.events_client() as events:
                standby_ready.set()
                for event in events:
                    taken.append(event.message_id)
                    if event.message_id == ids[-1]:  # delivered in publish order: the last one comes last
                        events.ack(event)
                        return

        thread = threading.Thread(target=standby)
        thread.start()
        assert standby_ready.wait(10)
        assert cloud.events.wait_until(lambda: cloud.events.consumers() == 2)
        assert taken == []  # standing by while the active process lives
        active.kill()
    finally:
        printed_text, _ = active.communicate(timeout=20)
    thread.join(30)
    assert not thread.is_alive()
    printed = {json.loads(line)["message_id"] for line in printed_text.decode().splitlines()}
    assert 0 < len(printed) < total
    assert set(ids) - printed <= set(taken)  # every event it had not handled went to the next consumer
    assert cloud.events.wait_until(lambda: cloud.events.unacked() == 0)


@pytest.mark.skipif(importlib.util.find_spec("tuya_connector") is None, reason="tuya-connector-python not installed")
def test_tuya_open_pulsar_receives_the_decrypted_events_unchanged(cloud: FakeTuyaCloud) -> None:
    published: list[dict[str, Any]] = [
        {"devId": "d1", "productKey": "p", "status": [{"code": "switch_1", "value": True, "t": 1, "1": "true"}]},
        {"devId": "d2", "bizCode": "nameUpdate", "bizData": {"devId": "d2", "name": "Küche"}, "ts": 2},
    ]
    for data in published:
        cloud.publish(data, protocol=4 if "status" in data else 20)
    result = subprocess.run(
        [sys.executable, str(HERE / "peer_consumer.py"), cloud.events_url, cloud.access_id, cloud.access_secret, "2"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert [json.loads(line) for line in result.stdout.splitlines()] == published
    # Its ack of the first event went out before it handled the second (one thread, in order); the ack of
    # the last may not have, since the script stops it as soon as the listener has the event.
    service = cloud.events
    assert service is not None
    assert service.wait_until(lambda: service.state()["subscriptions"][0]["acked"] >= 1)
