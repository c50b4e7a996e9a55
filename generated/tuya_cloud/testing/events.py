"""The fake cloud's side of the message service: FakeTuyaCloud(events=True) and what it offers tests.

    with FakeTuyaCloud(events=True) as cloud:
        with cloud.events_client() as events:        # TuyaEvents(url=cloud.events_url, ...)
            cloud.client().device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[...])
            event = next(iter(events))                # a StatusReport for the light

The service itself (Pulsar's WebSocket endpoint, acks, redelivery, Failover, faults) is pulsar.py; the
world reports what each operation changed (world/changes.py) and every change is published here,
encrypted like Tuya's. `cloud.events` is the FakeMessageService for faults and counters.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .world.changes import Change, watch

if TYPE_CHECKING:
    from .. import AsyncTuyaEvents, TuyaEvents
    from .pulsar import FakeMessageService
    from .world import World

DEFAULT_SECRET = "fake-access-secret"  # FakeTuyaCloud's default, too short for an event key
EVENTS_SECRET = "fake-access-secret-0123456789abc"  # its default with events=True: 32 characters, as Tuya's


def message_service(cloud: CloudEvents) -> FakeMessageService:
    """The message service of a new FakeTuyaCloud(events=True), listening to its world."""
    from .pulsar import FakeMessageService  # needs websockets and cryptography (the events extra)

    service = FakeMessageService(cloud.access_id, cloud.access_secret)
    cloud.events = service
    attach(cloud)
    return service


def attach(cloud: CloudEvents) -> None:
    """Publish every change of the cloud's (current) world."""
    service = cloud.events
    assert service is not None

    def publish(changes: list[Change]) -> None:
        for protocol, data in changes:
            service.publish(data, protocol=protocol)

    cloud.world.on_change = publish


class CloudEvents:
    """The message service part of FakeTuyaCloud's API (the class mixes this in)."""

    access_id: str
    access_secret: str
    lock: threading.RLock
    world: World
    events: FakeMessageService | None

    def _service(self) -> FakeMessageService:
        if self.events is None:
            raise RuntimeError("the message service is off; use FakeTuyaCloud(events=True)")
        return self.events

    @property
    def events_url(self) -> str:
        """The queue host for TuyaEvents(url=...): ws://127.0.0.1:PORT/."""
        return self._service().url

    def publish(
        self,
        data: dict[str, Any],
        *,
        protocol: int = 4,
        env: str = "event",
        t: int | None = None,
        mode: str | None = None,
    ) -> str:
        """Push a chosen event (its decrypted data) to every subscription of `env`; its message id."""
        return self._service().publish(data, protocol=protocol, env=env, t=t, mode=mode)

    @contextmanager
    def world_changes(self) -> Iterator[World]:
        """Change the world directly and have the changes pushed, as an operation's would be:
        `with cloud.world_changes() as world: world.set_online(Seed.PLUG_ID, False)`."""
        with self.lock, watch(self.world, self.world.on_change):
            yield self.world

    def events_client(self, **kwargs: Any) -> TuyaEvents:
        """A TuyaEvents consumer of this cloud (keyword arguments go to TuyaEvents)."""
        from .. import TuyaEvents

        return TuyaEvents(access_id=self.access_id, access_secret=self.access_secret, url=self.events_url, **kwargs)

    def async_events_client(self, **kwargs: Any) -> AsyncTuyaEvents:
        """An AsyncTuyaEvents consumer of this cloud (keyword arguments go to AsyncTuyaEvents)."""
        from .. import AsyncTuyaEvents

        return AsyncTuyaEvents(
            access_id=self.access_id, access_secret=self.access_secret, url=self.events_url, **kwargs
        )


# ---------------------------------------------------------------- the control API (control.py)

_FAULT_KEYS = frozenset(
    {"drop", "after_frames", "stop_answering_pings", "duplicate", "tamper", "refuse", "encryption", "enabled"}
)


def control(cloud: CloudEvents, action: str, args: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """The message service's control actions, for tests in other processes (TypeScript, shell):

    events_publish  {"data": {...}, "protocol": 4, "env": "event", "t": ms, "mode": "aes_gcm", "count": n}
                    -> {"message_id": the first one's, "count"}
    events_fault    {"drop": true, "after_frames": n, "stop_answering_pings": true, "duplicate": n,
                     "tamper": n, "refuse": [503, ...], "encryption": "aes_gcm", "enabled": false}
    events_state    -> the service's counters and subscriptions (FakeMessageService.state)
    """
    if cloud.events is None:
        return 409, {"error": "the message service is off; start the fake cloud with --events"}
    service = cloud.events
    if action == "events_publish":
        data = args.get("data")
        protocol = args.get("protocol", 4)
        if not isinstance(data, dict) or not isinstance(protocol, int) or isinstance(protocol, bool):
            return 400, {"error": "events_publish needs an object `data` and an integer `protocol`"}
        mode = args.get("mode")
        if mode not in (None, "aes_ecb", "aes_gcm"):
            return 400, {"error": "mode must be aes_ecb or aes_gcm"}
        env = args.get("env", "event")
        t = args.get("t")
        count = args.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 100_000:
            return 400, {"error": "count must be an integer from 1 to 100000"}
        ids = [service.publish(data, protocol=protocol, env=str(env), t=t, mode=mode) for _ in range(count)]
        return 200, {"message_id": ids[0], "count": count}
    if action == "events_fault":
        unknown = set(args) - _FAULT_KEYS
        if unknown:
            return 400, {"error": f"unknown events_fault arguments: {sorted(unknown)}"}
        if args.get("encryption") not in (None, "aes_ecb", "aes_gcm"):
            return 400, {"error": "encryption must be aes_ecb or aes_gcm"}
        if "encryption" in args:
            service.encryption = args["encryption"]
        if "enabled" in args:
            service.enabled = bool(args["enabled"])
        if args.get("duplicate"):
            service.duplicate_frames(int(args["duplicate"]))
        if args.get("tamper"):
            service.tamper(int(args["tamper"]))
        if args.get("refuse"):
            service.refuse_handshakes(*(int(status) for status in args["refuse"]))
        if args.get("stop_answering_pings"):
            service.stop_answering_pings()
        if args.get("drop") or args.get("after_frames") is not None:
            after = args.get("after_frames")
            service.drop_connections(after_frames=int(after) if after is not None else None)
        return 200, {"ok": True}
    if action == "events_state":
        return 200, service.state()
    return 404, {"error": f"unknown control action {action!r}"}
