"""A walk through the SDK against the local fake Tuya cloud: no account, no credentials, no network.

Run it with `python examples/demo.py` (or `nox -s demo`).
"""

from __future__ import annotations

from tuya_cloud import TuyaCloud, TuyaValidationError
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed


def step(title: str) -> None:
    print(f"\n== {title}")


def show_status(client: TuyaCloud, device_id: str, codes: tuple[str, ...]) -> None:
    status = {dp.code: dp.value for dp in client.devices.get_status(device_id=device_id)}
    print("   status: " + ", ".join(f"{code}={status.get(code)!r}" for code in codes))


def main() -> int:
    with FakeTuyaCloud() as cloud:
        print(f"fake Tuya cloud listening on {cloud.base_url}")
        client = TuyaCloud(access_id=cloud.access_id, access_secret=cloud.access_secret, base_url=cloud.base_url)

        step("Homes of the linked account and their devices")
        for home in client.homes.list_for_user(uid=Seed.USER_ID):
            print(f"   home {home.home_id}: {home.name}")
            if home.home_id is None:
                continue
            for device in client.homes.list_devices(home_id=home.home_id):
                state = "online" if device.online else "offline"
                print(f"      {device.id}  {device.category:<8} {device.name} ({state})")

        step("What the light can do")
        functions = client.device_control.get_functions(device_id=Seed.LIGHT_ID)
        for function in functions.functions or []:
            print(f"   {function.code:<18} {function.type:<8} {function.values}")

        step("Switch the light off, then on at a quarter of its brightness, reading its status each time")
        show_status(client, Seed.LIGHT_ID, ("switch_led", "bright_value_v2"))
        client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}])
        show_status(client, Seed.LIGHT_ID, ("switch_led", "bright_value_v2"))
        client.device_control.send_commands(
            device_id=Seed.LIGHT_ID,
            commands=[{"code": "switch_led", "value": True}, {"code": "bright_value_v2", "value": 250}],
        )
        show_status(client, Seed.LIGHT_ID, ("switch_led", "bright_value_v2"))

        step("A weekly timer: Saturdays at 08:30 (loops is Monday first, so 0000010)")
        added = client.device_timers.add(
            device_id=Seed.LIGHT_ID,
            category="weekend",
            loops="0000010",
            time_zone="+01:00",
            timezone_id="Europe/Berlin",
            alias_name="Saturday wake-up",
            instruct=[{"time": "08:30", "functions": [{"code": "switch_led", "value": True}]}],
        )
        print(f"   created timer group {added.group_id}")
        client.device_timers.set_group_status(
            device_id=Seed.LIGHT_ID, category="weekend", group_id=added.group_id, value="0"
        )
        for category in client.device_timers.list(device_id=Seed.LIGHT_ID):
            for group in category.groups or []:
                for timer in group.timers or []:
                    name = category.category.category if category.category else "?"
                    print(f"   [{name}] group {group.id}: {timer.time} loops={timer.loops} status={timer.status}")

        step("A mistake the SDK catches before anything is sent")
        try:
            client.device_timers.add(
                device_id=Seed.LIGHT_ID,
                category="weekend",
                loops="0000010",
                time_zone="+01:00",
                timezone_id="Europe/Berlin",
                instruct=[{"time": "08:30", "date": "20991231", "functions": [{"code": "switch_led", "value": True}]}],
            )
        except TuyaValidationError as exc:
            print(f"   refused: {exc}")

        step("Rooms: add one, rename it, move the plug into it")
        room_id = client.homes.add_room(home_id=Seed.HOME_ID, name="Study")
        client.homes.rename_room(home_id=Seed.HOME_ID, room_id=room_id, name="Office")
        client.homes.add_room_devices(home_id=Seed.HOME_ID, room_id=room_id, device_ids=[Seed.PLUG_ID])
        names = [d.name for d in client.homes.list_room_devices(home_id=Seed.HOME_ID, room_id=room_id)]
        print(f"   room {room_id} 'Office' now holds: {', '.join(str(n) for n in names)}")

        step("Run the 'good night' scene and watch the switch react")
        show_status(client, Seed.SWITCH_ID, ("switch_1", "switch_2", "switch_3"))
        client.scenes.trigger(home_id=Seed.HOME_ID, scene_id=Seed.GOOD_NIGHT_SCENE_ID)
        show_status(client, Seed.SWITCH_ID, ("switch_1", "switch_2", "switch_3"))

        step("Automations: read one, switch it off and on again")
        automation = client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
        print(f"   '{automation.name}': enabled={automation.enabled}, {len(automation.conditions or [])} condition(s)")
        client.automations.disable(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
        client.automations.enable(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)

        step("Every device of the user, page by page (2 per page)")
        for device in client.devices.iter_list_for_user(uid=Seed.USER_ID, page_size=2):
            print(f"   {device.id} {device.name}")

        step("The access token expires: the client renews it without being asked")
        cloud.expire_tokens()
        show_status(client, Seed.PLUG_ID, ("switch_1", "cur_power"))
        print(f"   tokens granted: {cloud.token_grants}, refreshed: {cloud.token_refreshes}")

        client.close()
    print("\ndemo finished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
