"""The device_timers group: a device's timer groups, kept per category, each a list of timed instructions."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .records import Device, TimerGroup
from .seed import Seed
from .state import Args, Sample, WorldState


def _offset(time_zone: str) -> timezone:
    sign = -1 if time_zone.startswith("-") else 1
    hours, minutes = time_zone[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


_SAMPLE_TIMER = {  # a weekend timer group, for the samples
    "category": "weekend",
    "loops": "0000011",
    "time_zone": "+01:00",
    "timezone_id": "Europe/Berlin",
    "instruct": [{"time": "09:00", "functions": [{"code": "switch_led", "value": True}]}],
}


class DeviceTimers(WorldState):
    group = "device_timers"
    samples: ClassVar[dict[str, Sample]] = {
        "add": {"device_id": Seed.LIGHT_ID, **_SAMPLE_TIMER},
        "list": {"device_id": Seed.LIGHT_ID},
        "list_by_category": {"device_id": Seed.LIGHT_ID, "category": Seed.TIMER_CATEGORY},
        "update_group": {"device_id": Seed.LIGHT_ID, **_SAMPLE_TIMER, "group_id": Seed.TIMER_GROUP_ID},
        "set_group_status": {
            "device_id": Seed.LIGHT_ID,
            "category": Seed.TIMER_CATEGORY,
            "group_id": Seed.TIMER_GROUP_ID,
            "value": "0",
        },
        "delete_all": {"device_id": Seed.LIGHT_ID},
        "delete_category": {"device_id": Seed.LIGHT_ID, "category": Seed.TIMER_CATEGORY},
        "delete_group": {"device_id": Seed.LIGHT_ID, "category": Seed.TIMER_CATEGORY, "group_id": Seed.TIMER_GROUP_ID},
    }

    def _timer_json(self, category: str, groups: dict[str, TimerGroup]) -> dict[str, Any]:
        return {
            "category": {"category": category, "status": 1},
            "groups": [
                {
                    "id": group.id,
                    "timers": [
                        {
                            "timer_id": timer_id,
                            "date": instruction.get("date", ""),
                            "time": instruction["time"],
                            "loops": group.loops,
                            "timezone_id": group.timezone_id,
                            "status": group.status,
                            "functions": copy.deepcopy(instruction["functions"]),
                            "group_order": order,
                            "alias_name": group.alias_name,
                            "is_app_push": False,
                        }
                        for order, (timer_id, instruction) in enumerate(
                            zip(group.timer_ids, group.instructions, strict=True)
                        )
                    ],
                }
                for group in groups.values()
            ],
        }

    def _check_instructions(self, device: Device, args: Args) -> None:
        now = self.clock()
        for index, instruction in enumerate(args["instruct"]):
            functions = [(f["code"], f["value"]) for f in instruction["functions"]]
            self._check_commands(device, functions, f"instruct[{index}].functions")
            if "date" in instruction:
                try:
                    when = datetime.strptime(instruction["date"] + instruction["time"], "%Y%m%d%H:%M")
                except ValueError:
                    raise illegal(f"instruct[{index}].date", "not a calendar date") from None
                if when.replace(tzinfo=_offset(args["time_zone"])).timestamp() <= now:
                    raise illegal(f"instruct[{index}].date", "the one-off task time has already passed")

    def _timer_group(self, device: Device, group_id: Any, category: str | None = None) -> tuple[str, TimerGroup]:
        group_id = str(group_id)  # the spec lets group IDs travel as numbers too
        for name, groups in device.timers.items():
            if (category is None or name == category) and group_id in groups:
                return name, groups[group_id]
        raise CloudError(1000, f"timer group {group_id}")

    def add(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        self._check_instructions(device, args)
        self._next_group += 1
        group_id = f"{self._next_group:010x}"
        instructions = copy.deepcopy(args["instruct"])
        group = TimerGroup(
            id=group_id,
            loops=args["loops"],
            time_zone=args["time_zone"],
            timezone_id=args["timezone_id"],
            alias_name=args.get("alias_name", ""),
            instructions=instructions,
            timer_ids=[self.new_timer_id() for _ in instructions],
        )
        device.timers.setdefault(args["category"], {})[group_id] = group
        return {"group_id": group_id}

    def list(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        return [self._timer_json(name, groups) for name, groups in device.timers.items() if groups]

    def list_by_category(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        groups = device.timers.get(args["category"])
        return [self._timer_json(args["category"], groups)] if groups else []

    def update_group(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        old_category, group = self._timer_group(device, args["group_id"])
        self._check_instructions(device, args)
        group.loops, group.time_zone, group.timezone_id = args["loops"], args["time_zone"], args["timezone_id"]
        group.alias_name = args.get("alias_name", group.alias_name)
        group.instructions = copy.deepcopy(args["instruct"])
        group.timer_ids = [self.new_timer_id() for _ in group.instructions]
        if args["category"] != old_category:
            del device.timers[old_category][group.id]
            device.timers.setdefault(args["category"], {})[group.id] = group
        return True

    def set_group_status(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        category, group = self._timer_group(device, args["group_id"], args["category"])
        if args["value"] == "2":
            del device.timers[category][group.id]
        else:
            group.status = int(args["value"])
        return True

    def delete_all(self, args: Args) -> Any:
        self.device(args["device_id"]).timers.clear()
        return True

    def delete_category(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        if args["category"] not in device.timers:
            raise CloudError(1000, f"timer category {args['category']}")
        del device.timers[args["category"]]
        return True

    def delete_group(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        category, group = self._timer_group(device, args["group_id"], args["category"])
        del device.timers[category][group.id]
        return True
