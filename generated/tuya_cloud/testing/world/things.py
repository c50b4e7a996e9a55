"""The things group: IoT Core's thing model (/v2.0/cloud/thing/...) over the same devices as every
other family. The shadow is the device's status with each DP's dp_id and the time it was last
reported (from the device's log); issuing properties is a command by code, checked and applied as
device_control.send_commands applies one."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .products import DataPoint, Product
from .records import Device
from .seed import Seed
from .state import BEHAVIOURS, Args, Sample, WorldState, log_text


def _type_spec(dp: DataPoint) -> dict[str, Any]:
    if dp.type == "Boolean":
        return {"type": "bool"}
    if dp.type == "Integer":
        return {"type": "value", **dp.values}
    if dp.type == "Enum":
        return {"type": "enum", "range": list(dp.values["range"])}
    return {"type": "string", "maxlen": 255}


def _thing_model(product: Product) -> str:
    properties = [
        {
            "abilityId": product.dp_id(dp.code),
            "code": dp.code,
            "name": dp.name,
            "description": dp.desc,
            "accessMode": "rw" if dp.settable else "ro",
            "typeSpec": _type_spec(dp),
        }
        for dp in product.dps
    ]
    service = {"code": "", "name": "", "description": "", "properties": properties, "actions": [], "events": []}
    return json.dumps({"modelId": product.product_id[:6], "services": [service]}, separators=(",", ":"))


def _reported_at(device: Device, code: str) -> int:
    """When `code` was last reported (Unix ms): its latest DP report in the log, else the activation."""
    times = [e.event_time for e in device.logs if e.event_id == 7 and e.code == code]
    return max(times) if times else device.active_time * 1000


class Things(WorldState):
    group = "things"
    samples: ClassVar[dict[str, Sample]] = {
        "get": {"device_id": Seed.CONTACT_ID},
        "list": {"categories": ["cz", "dj"], "page_size": 2},
        "get_model": {"device_id": Seed.LIGHT_ID},
        "get_properties": {"device_id": Seed.SENSOR_ID, "codes": ["va_temperature"]},
        "issue_properties": {"device_id": Seed.LIGHT_ID, "properties": '{"switch_led": false, "bright_value_v2": 200}'},
        "reset": {"device_id": Seed.SWITCH_ID},
        "list_logs": lambda world: {
            "device_id": Seed.LIGHT_ID,
            "type": [1, 5, 7],
            "start_time": (world.now() - 7 * 86400) * 1000,
            "end_time": world.now() * 1000 + 60000,
            "query_type": 1,
            "size": 3,
        },
        "list_report_logs": lambda world: {
            "device_id": Seed.SENSOR_ID,
            "codes": ["va_temperature"],
            "start_time": (world.now() - 7 * 86400) * 1000,
            "end_time": world.now() * 1000 + 60000,
            "size": 3,
        },
    }

    def get(self, args: Args) -> Any:
        return self._thing_json(self.device(args["device_id"]))

    def list(self, args: Args) -> Any:
        devices = sorted(self.devices.values(), key=lambda d: d.id)
        if args.get("product_ids") is not None:
            devices = [d for d in devices if d.product.product_id in args["product_ids"]]
        if args.get("categories") is not None:
            devices = [d for d in devices if d.product.category in args["categories"]]
        if args.get("last_id") is not None:
            devices = [d for d in devices if d.id > args["last_id"]]  # IDs order the list
        return [self._thing_json(d) for d in devices[: args["page_size"]]]

    def get_model(self, args: Args) -> Any:
        return {"model": _thing_model(self.device(args["device_id"]).product)}

    def get_properties(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        codes = args.get("codes")
        dps = [dp for dp in device.product.dps if codes is None or dp.code in codes]
        return {
            "properties": [
                {
                    "code": dp.code,
                    "custom_name": device.function_names.get(dp.code, ""),
                    "dp_id": device.product.dp_id(dp.code),
                    "time": _reported_at(device, dp.code),
                    "value": device.status[dp.code],
                }
                for dp in dps
            ]
        }

    def issue_properties(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        try:
            wanted = json.loads(args["properties"])
        except ValueError:
            raise illegal("properties", "must be JSON text of an object") from None
        if not isinstance(wanted, dict) or not wanted:
            raise illegal("properties", "must be JSON text of a non-empty object")
        if not device.online:
            raise CloudError(2001)
        commands = list(wanted.items())
        self._check_commands(device, commands, "properties")
        self._set_dps(device, commands)
        return {}

    def list_logs(self, args: Args) -> Any:
        self.device(args["device_id"])  # an unknown device is 2010 here, as every v2.0 thing call answers
        return BEHAVIOURS["devices.list_logs"](self, args)

    def list_report_logs(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        if args["end_time"] < args["start_time"]:
            raise illegal("end_time", "must not be before start_time")
        codes = set(args["codes"])
        reports = [
            e
            for e in sorted(device.logs, key=lambda e: (e.event_time, e.seq), reverse=True)
            if e.event_id == 7 and e.code in codes and args["start_time"] <= e.event_time <= args["end_time"]
        ]
        start = 0
        if args.get("last_row_key") is not None:
            keys = [str(e.seq) for e in reports]
            if args["last_row_key"] not in keys:
                raise illegal("last_row_key", "not a row key of this query")
            start = keys.index(args["last_row_key"]) + 1
        shown = reports[start : start + args["size"]]
        return {
            "device_id": device.id,
            "last_row_key": str(shown[-1].seq) if shown else "",
            "has_more": start + len(shown) < len(reports),
            "total": len(reports),
            "logs": [{"code": e.code, "value": log_text(e.value), "event_time": e.event_time} for e in shown],
        }

    def reset(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        BEHAVIOURS["devices.reset_factory"](self, args)
        self._remove_device(device)
        return True

    def _thing_json(self, device: Device) -> dict[str, Any]:
        home = self.homes.get(device.home_id)
        return {
            "id": device.id,
            "uuid": device.uuid,
            "name": device.name,
            "custom_name": device.name,
            "category": device.product.category,
            "product_id": device.product.product_id,
            "product_name": device.product.name,
            "icon": device.product.icon,
            "ip": "" if device.gateway_id else "203.0.113.17",
            "lat": f"{home.lat:.2f}" if home else "",
            "lon": f"{home.lon:.2f}" if home else "",
            "local_key": device.local_key,
            "is_online": device.online,
            "sub": device.gateway_id is not None,
            "time_zone": "+01:00",
            "model": device.product.model,
            "bind_space_id": str(device.home_id),
            "active_time": device.active_time,
            "create_time": device.create_time,
            "update_time": device.update_time,
        }
