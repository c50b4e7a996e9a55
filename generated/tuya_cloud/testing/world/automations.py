"""The automations group: a home's automations (conditions that trigger actions), replaced whole on update,
fired through their external conditions, and the devices and data points they may use.

The fake cloud has no weather and no clock-driven schedules, so only device-status and external conditions
can hold; a rule that needs a weather or schedule condition does not fire."""

from __future__ import annotations

import copy
import datetime
import hashlib
import re
import zoneinfo
from collections.abc import Sequence
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .products import LINKABLE_TYPES, WEATHER_CONDITIONS, DataPoint
from .records import Automation, Device, Home
from .seed import Seed
from .state import BEHAVIOURS, Args, Sample, WorldState

_SAMPLE_RULE = {
    "name": "Leaving: plug off",
    "background": "https://images.tuyaeu.com/smart/rule/cover/house.png",
    "match_type": 1,
    "conditions": [{"entity_type": 15, "order_num": 1, "display": {"code": "away", "value": "1"}}],
    "actions": [{"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": False}}],
}


def _external_trigger(world: WorldState) -> Args:
    """The heater rule given an external condition (the update sample) and switched on; the condition's ID
    is the one the cloud generated."""
    update = Automations.samples["update"]
    assert isinstance(update, dict)
    BEHAVIOURS["automations.update"](world, dict(update))
    rule = world.automations[Seed.HEATER_AUTOMATION_ID]
    rule.enabled = True
    external = next(c for c in rule.definition["conditions"] if c["entity_type"] == 15)
    return {
        "home_id": Seed.HOME_ID,
        "automation_id": rule.id,
        "entity_id": external["entity_id"],
        "display": {"code": "trigger", "value": "go"},
    }


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
        "list": {"home_id": Seed.HOME_ID},
        "create": {"home_id": Seed.HOME_ID, **_SAMPLE_RULE},
        "list_weather_conditions": {},
        "trigger_external_condition": _external_trigger,
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
        return self._automation_json(self._automation(args["home_id"], args["automation_id"]))

    def _definition(self, rule_id: str, home_id: int, args: Args) -> dict[str, Any]:
        """A rule's stored definition from a create or update body, checked as Tuya checks it on save."""
        orders = [c["order_num"] for c in args["conditions"]]
        if len(set(orders)) != len(orders):
            raise illegal("conditions", "order_num must be unique")
        self._check_rule_actions(home_id, args["actions"])
        definition: dict[str, Any] = {
            key: copy.deepcopy(args[key]) for key in ("name", "background", "match_type", "conditions", "actions")
        }
        definition["background"] = definition["background"].strip()
        if args.get("condition_rule") is not None:
            definition["condition_rule"] = args["condition_rule"]
        definition["preconditions"] = copy.deepcopy(args.get("preconditions") or [])
        for index, precondition in enumerate(definition["preconditions"]):
            try:
                zoneinfo.ZoneInfo(precondition["display"]["timezone_id"])
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise illegal(f"preconditions[{index}].display.timezone_id", "is not a known time zone") from None
            if "id" not in precondition:
                self._next_rule += 1
                precondition["id"] = f"pre_{self._next_rule}"
        for condition in definition["conditions"]:
            if condition["entity_type"] == 15 and "entity_id" not in condition:
                condition["entity_id"] = hashlib.sha256(f"{rule_id}:{condition['order_num']}".encode()).hexdigest()[:16]
        return definition

    def _automation_json(self, rule: Automation) -> dict[str, Any]:
        return {"automation_id": rule.id, **copy.deepcopy(rule.definition), "enabled": rule.enabled}

    def list(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        return [self._automation_json(rule) for rule in self.automations.values() if rule.home_id == home.id]

    def create(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        rule_id = self._new_rule_id()
        self.automations[rule_id] = Automation(
            id=rule_id, home_id=home.id, definition=self._definition(rule_id, home.id, args)
        )
        return rule_id

    def update(self, args: Args) -> Any:
        rule = self._automation(args["home_id"], args["automation_id"])
        rule.definition = self._definition(rule.id, rule.home_id, args)
        return True

    def trigger_external_condition(self, args: Args) -> Any:
        rule = self._automation(args["home_id"], args["automation_id"])
        conditions = rule.definition["conditions"]
        fired = next(
            (c for c in conditions if c["entity_type"] == 15 and c.get("entity_id") == args["entity_id"]), None
        )
        if fired is None:
            raise illegal("entity_id", f"{args['entity_id']!r} is not an external condition of this automation")
        if not rule.enabled:
            raise illegal("automation_id", "the automation is disabled")
        held = {c["order_num"]: (c is fired and _same_event(c, args["display"])) or self._holds(c) for c in conditions}
        if not (_matches(rule.definition, held) and self._in_time_window(rule.definition["preconditions"])):
            return False
        self._run_rule(rule.id, rule.home_id, rule.definition["actions"])
        return True

    def _holds(self, condition: dict[str, Any]) -> bool:
        """Whether a device-status condition holds now; other kinds cannot be known here."""
        if condition["entity_type"] != 1:
            return False
        device = self.devices.get(condition.get("entity_id", ""))
        display = condition["display"]
        if device is None or display.get("code") not in device.status:
            return False
        return _compare(device.status[display["code"]], display.get("operator", "=="), display.get("value"))

    def _in_time_window(self, preconditions: Sequence[dict[str, Any]]) -> bool:
        for precondition in preconditions:
            window = precondition["display"]
            if "start" not in window or "end" not in window:
                continue  # daytime, night or all day: not modelled, so not limiting
            now = datetime.datetime.fromtimestamp(self.clock(), zoneinfo.ZoneInfo(window["timezone_id"]))
            sunday_first = (now.weekday() + 1) % 7
            if window["loops"][sunday_first] != "1" or not window["start"] <= now.strftime("%H:%M") <= window["end"]:
                return False
        return True

    def list_weather_conditions(self, args: Args) -> Any:
        return copy.deepcopy(WEATHER_CONDITIONS)

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


def _same_event(condition: dict[str, Any], display: dict[str, Any]) -> bool:
    expected = condition["display"]
    return bool(
        str(display.get("code")) == str(expected.get("code"))
        and str(display.get("value")) == str(expected.get("value"))
    )


def _compare(actual: Any, operator: str, expected: Any) -> bool:
    if isinstance(actual, bool) or isinstance(expected, bool):
        return bool((operator == "==") == (actual == expected))
    if operator in {"<", ">", "<=", ">="} and isinstance(actual, int | float) and isinstance(expected, int | float):
        order = {"<": actual < expected, ">": actual > expected, "<=": actual <= expected, ">=": actual >= expected}
        return bool(order[operator])
    return bool((operator == "==") == (actual == expected))


def _matches(definition: dict[str, Any], held: dict[int, bool]) -> bool:
    """match_type 1: any condition, 2: all, 3: condition_rule, e.g. '1&&2||3' (&& binds tighter than ||)."""
    if definition["match_type"] == 1:
        return any(held.values())
    if definition["match_type"] == 2:
        return all(held.values())
    rule = re.sub(r"\s+", "", definition.get("condition_rule", ""))
    return any(
        all(held.get(int(number), False) for number in term.split("&&") if number.isdigit())
        for term in rule.replace("(", "").replace(")", "").split("||")
    )
