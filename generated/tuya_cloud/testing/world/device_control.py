"""The device_control group: commands that set a device's data points, and what a device or category can do."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError
from .products import PRODUCTS
from .seed import Seed
from .state import Args, Sample, WorldState


class DeviceControl(WorldState):
    group = "device_control"
    samples: ClassVar[dict[str, Sample]] = {
        "rename_function": {"device_id": Seed.SWITCH_ID, "function_code": "switch_2", "name": "Desk"},
        "send_commands": {"device_id": Seed.LIGHT_ID, "commands": [{"code": "work_mode", "value": "colour"}]},
        "get_functions": {"device_id": Seed.LIGHT_ID},
        "get_specifications": {"device_id": Seed.PLUG_ID},
        "get_category_functions": {"category": "kg"},
        "get_specifications_v1_1": {"device_id": Seed.LIGHT_ID},
    }

    def send_commands(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        commands = [(c["code"], c["value"]) for c in args["commands"]]
        if not device.online:
            raise CloudError(2001)
        self._check_commands(device, commands, "commands")
        self._set_dps(device, commands)
        return True

    def get_functions(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        functions = []
        for dp in device.product.dps:
            if dp.settable:
                item = {
                    "code": dp.code,
                    "type": dp.type,
                    "values": dp.values_text(),
                    "name": device.function_names.get(dp.code, dp.name),
                }
                if dp.desc:
                    item["desc"] = dp.desc
                functions.append(item)
        return {"category": device.product.category, "functions": functions}

    def get_specifications(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        specs = [{"code": dp.code, "type": dp.type, "values": dp.values_text()} for dp in device.product.dps]
        settable = {dp.code for dp in device.product.dps if dp.settable}
        return {
            "category": device.product.category,
            "functions": [s for s in specs if s["code"] in settable],
            "status": specs,
        }

    def get_specifications_v1_1(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        product = device.product
        specs = [
            {"dp_id": product.dp_id(dp.code), "code": dp.code, "type": dp.type, "values": dp.values_text()}
            for dp in product.dps
        ]
        settable = {dp.code for dp in product.dps if dp.settable}
        return {"category": product.category, "functions": [s for s in specs if s["code"] in settable], "status": specs}

    def get_category_functions(self, args: Args) -> Any:
        seen: dict[str, dict[str, Any]] = {}
        for product in PRODUCTS:
            if product.category == args["category"]:
                for dp in product.dps:
                    if dp.settable:
                        seen.setdefault(
                            dp.code,
                            {
                                "code": dp.code,
                                "type": dp.type,
                                "values": dp.values_text(),
                                "name": dp.name,
                                "desc": dp.desc or dp.name,
                            },
                        )
        return {"category": args["category"], "functions": list(seen.values())}

    def rename_function(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        if device.product.dp(args["function_code"]) is None:
            raise CloudError(2008, f"function_code: {device.name} has no function {args['function_code']!r}")
        device.function_names[args["function_code"]] = args["name"]
        return True
