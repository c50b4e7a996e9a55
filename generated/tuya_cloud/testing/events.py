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
