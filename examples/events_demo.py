"""Real-time events against the local fake Tuya cloud: a command sent over REST arrives as a status report,
a rename and a lost connection as lifecycle events. No account, no credentials, no network.

Run it with `python examples/events_demo.py` (needs `pip install "tuya-cloud-sdk[events]"`).
"""

from __future__ import annotations

import threading

from tuya_cloud import DeviceOffline, DeviceRenamed, Event, StatusReport
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed


def describe(event: Event) -> str:
    if isinstance(event, StatusReport):
        return ", ".join(f"{item.code}={item.value!r}" for item in event.status)
    if isinstance(event, DeviceRenamed):
        return f"renamed to {event.name!r}"
    if isinstance(event, DeviceOffline):
        return "went offline"
    return f"{type(event).__name__} (protocol {event.protocol}, bizCode {event.biz_code})"


def main() -> int:
    with FakeTuyaCloud(events=True) as cloud, cloud.events_client() as events:
        print(f"fake Tuya cloud on {cloud.base_url}, its message service on {cloud.events_url}")

        def act() -> None:  # another client, as another program would be
            client = cloud.client()
            client.device_control.send_commands(
                device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}]
            )
            client.devices.rename(device_id=Seed.LIGHT_ID, name="Porch light")
            with cloud.world_changes() as world:
                world.set_online(Seed.PLUG_ID, False)

        threading.Thread(target=act).start()
        for received, event in enumerate(events, start=1):
            print(f"   {event.device_id}: {describe(event)}")
            if received == 3:
                events.ack(event)  # the loop ends here, so acknowledge the last one explicitly
                break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
