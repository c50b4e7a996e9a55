"""The iot_device_control group: IoT Core's standard-instruction calls (/v1.0/iot-03/devices/...).

They act on the very devices of the smart-home calls (devices.py, device_control.py): a command sent
here changes the status that devices.get_status and things.get_properties report, and the reverse.
"""

from __future__ import annotations

from typing import Any, ClassVar

from .records import Device
from .seed import Seed
from .state import BEHAVIOURS, Args, Sample, WorldState


def _iot_spec_item(device: Device, code: str, *, with_desc: bool) -> dict[str, Any]:
    dp = device.product.dp(code)
    assert dp is not None
    item: dict[str, Any] = {
        "code": dp.code,
        "type": dp.type,
        "values": dp.values_text(),
        "name": device.function_names.get(dp.code, dp.name),
    }
    if with_desc:
        item["desc"] = dp.values_text()  # real replies repeat the value range as the description
    return item


def _lang_config(device: Device, code: str) -> dict[str, str]:
    dp = device.product.dp(code)
    assert dp is not None
    if dp.type == "Boolean":
        return {"false": "OFF", "true": "ON"}
    if dp.type == "Enum":
        return {value: value.replace("_", " ").capitalize() for value in dp.values["range"]}
    if dp.type == "Integer" and dp.values.get("unit"):
        return {"unit": str(dp.values["unit"])}
    return {}


class IotDeviceControl(WorldState):
    """The iot-03 twins of the smart-home calls answer exactly as those do: one device, one set of rules."""

    group = "iot_device_control"
    samples: ClassVar[dict[str, Sample]] = {
        "send_commands": {"device_id": Seed.PLUG_ID, "commands": [{"code": "switch_1", "value": True}]},
        "get_status": {"device_id": Seed.SENSOR_ID},
        "list_status": {"device_ids": [Seed.LIGHT_ID, Seed.LOCK_ID]},
        "get_functions": {"device_id": Seed.SWITCH_ID},
        "get_specification": {"device_id": Seed.LIGHT_ID},
        "get_specification_v1_2": {"device_id": Seed.PLUG_ID},
        "get_category_functions": {"category": "dj"},
    }

    def send_commands(self, args: Args) -> Any:
        return BEHAVIOURS["device_control.send_commands"](self, args)

    def get_status(self, args: Args) -> Any:
        return BEHAVIOURS["devices.get_status"](self, args)

    def list_status(self, args: Args) -> Any:
        return self._batch_status(args["device_ids"])

    def get_functions(self, args: Args) -> Any:
        return BEHAVIOURS["device_control.get_functions"](self, args)

    def get_category_functions(self, args: Args) -> Any:
        return BEHAVIOURS["device_control.get_category_functions"](self, args)

    def get_specification(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        return {
            "category": device.product.category,
            "functions": [_iot_spec_item(device, dp.code, with_desc=True) for dp in device.product.dps if dp.settable],
            "status": [_iot_spec_item(device, dp.code, with_desc=False) for dp in device.product.dps],
        }

    def get_specification_v1_2(self, args: Args) -> Any:
        device = self.device(args["device_id"])

        def item(code: str) -> dict[str, Any]:
            return {**_iot_spec_item(device, code, with_desc=False), "lang_config": _lang_config(device, code)}

        return {
            "category": device.product.category,
            "functions": [item(dp.code) for dp in device.product.dps if dp.settable],
            "status": [item(dp.code) for dp in device.product.dps],
        }
