"""The automations group: a home's automations (conditions that trigger actions), replaced whole on update,
and the devices and data points they may use."""

from __future__ import annotations

import copy
import hashlib
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .products import LINKABLE_TYPES, DataPoint
from .records import Automation, Device, Home
from .seed import Seed
from .state import Args, Sample, WorldState


class Automations(WorldState):
    group = "automations"
    samples: ClassVar[dict[str, Sample]] = {
        "list_devices": {"home_id": Seed.HOME_ID, "type": "action"},
        "get": {"home_id": Seed.HOME_ID, "automation_id": Seed.WINDOW_AUTOMATION_ID},
        "update": {
            "home_id": Seed.HOME_ID,
            "automation_id": Seed.HEATER_AUTOMATION_ID,
            "name": "Heater at dusk",
            "background": "https://images.tuyaeu.com/smart/rule/cover/house.png",
            "match_type": 3,
            "condition_rule": "1&&2",
            "preconditions": [
                {
                    "cond_type": "timeCheck",
                    "display": {"start": "17:00", "end": "22:00", "loops": "1111111", "timezone_id": "Europe/Berlin"},
                }
            ],
            "conditions": [
                {
                    "entity_type": 1,
                    "entity_id": Seed.SENSOR_ID,
                    "order_num": 1,
                    "display": {"code": "va_temperature", "operator": "<", "value": 180},
                },
                {"entity_type": 15, "order_num": 2, "display": {"code": "trigger", "value": "go"}},
            ],
            "actions": [
                {"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": True}}
            ],
        },
        "delete": {"home_id": Seed.HOME_ID, "automation_id": Seed.HEATER_AUTOMATION_ID},
        "enable": {"home_id": Seed.HOME_ID, "automation_id": Seed.HEATER_AUTOMATION_ID},
        "disable": {"home_id": Seed.HOME_ID, "automation_id": Seed.WINDOW_AUTOMATION_ID},
        "get_device_linkage_codes": {"device_id": Seed.LIGHT_ID},
        "list_home_linkage_codes": {"home_id": Seed.HOME_ID},
    }

    def _automation(self, home_id: Any, automation_id: str) -> Automation:
        home = self._home(home_id)
        rule = self.automations.get(automation_id)
        if rule is None or rule.home_id != home.id:
            raise CloudError(1000, f"automation {automation_id}")
        return rule

    def _linkable_devices(self, home: Home, role: str | None) -> list[Device]:
        out = []
        for device in self._home_devices(home):
            dps = [dp for dp in device.product.dps if dp.type in LINKABLE_TYPES]
            settable = any(dp.settable for dp in dps)
            if (role == "action" and settable) or (role != "action" and dps):
                out.append(device)
        return out

    def _linkage_codes(self, device: Device) -> dict[str, Any]:
        def code(dp: DataPoint) -> dict[str, Any]:
            return {
                "code": dp.code,
                "name": device.function_names.get(dp.code, dp.name),
                "type": dp.type,
                "values": dp.linkage_values(),
            }

        linkable = [dp for dp in device.product.dps if dp.type in LINKABLE_TYPES]
        return {
            "device_id": device.id,
            "functions": [code(dp) for dp in linkable if dp.settable],
            "status": [code(dp) for dp in linkable],
        }

    def list_devices(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        return [self._linkage_device(d) for d in self._linkable_devices(home, args.get("type"))]

    def get(self, args: Args) -> Any:
        rule = self._automation(args["home_id"], args["automation_id"])
        return {"automation_id": rule.id, **copy.deepcopy(rule.definition), "enabled": rule.enabled}

    def update(self, args: Args) -> Any:
        rule = self._automation(args["home_id"], args["automation_id"])
        orders = [c["order_num"] for c in args["conditions"]]
        if len(set(orders)) != len(orders):
            raise illegal("conditions", "order_num must be unique")
        for index, action in enumerate(args["actions"]):
            target = action.get("entity_id")
            if action["action_executor"] == "dpIssue":
                device = self.devices.get(target or "")
                if device is None or device.home_id != rule.home_id:
                    raise illegal(f"actions[{index}].entity_id", f"{target!r} is not a device of this home")
        definition: dict[str, Any] = {
            key: copy.deepcopy(args[key]) for key in ("name", "background", "match_type", "conditions", "actions")
        }
        if args.get("condition_rule") is not None:
            definition["condition_rule"] = args["condition_rule"]
        definition["preconditions"] = copy.deepcopy(args.get("preconditions") or [])
        for precondition in definition["preconditions"]:
            if "id" not in precondition:
                self._next_rule += 1
                precondition["id"] = f"pre_{self._next_rule}"
        for condition in definition["conditions"]:
            if condition["entity_type"] == 15 and "entity_id" not in condition:
                condition["entity_id"] = hashlib.sha256(f"{rule.id}:{condition['order_num']}".encode()).hexdigest()[:16]
        rule.definition = definition
        return True

    def delete(self, args: Args) -> Any:
        del self.automations[self._automation(args["home_id"], args["automation_id"]).id]
        return True

    def enable(self, args: Args) -> Any:
        self._automation(args["home_id"], args["automation_id"]).enabled = True
        return True

    def disable(self, args: Args) -> Any:
        self._automation(args["home_id"], args["automation_id"]).enabled = False
        return True

    def get_device_linkage_codes(self, args: Args) -> Any:
        return self._linkage_codes(self.device(args["device_id"]))

    def list_home_linkage_codes(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        return [self._linkage_codes(d) for d in self._linkable_devices(home, None)]
