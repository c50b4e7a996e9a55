"""The automations group in the fake world: the devices and data points rules may use, and an
automation replaced whole, switched and deleted."""

from __future__ import annotations

import json
from typing import Any

import pytest
from world_helpers import status

from tuya_cloud import NotFoundError, ParameterError, TuyaCloud, TuyaValidationError
from tuya_cloud.testing import Seed


def test_scene_and_automation_device_lists(tuya_client: TuyaCloud) -> None:
    scene_devices = {d.device_id for d in tuya_client.scenes.list_devices(home_id=Seed.HOME_ID)}
    assert Seed.LIGHT_ID in scene_devices and Seed.CONTACT_ID not in scene_devices  # a sensor has nothing to set
    conditions = {d.device_id for d in tuya_client.automations.list_devices(home_id=Seed.HOME_ID, type="condition")}
    assert Seed.CONTACT_ID in conditions
    codes = tuya_client.automations.get_device_linkage_codes(device_id=Seed.LIGHT_ID)
    bright = next(c for c in codes.functions or [] if c.code == "bright_value_v2")
    assert bright.values.min == 10  # type: ignore[union-attr]
    assert "colour_data_v2" not in {c.code for c in codes.functions or []}  # Json DPs cannot be linked
    home_codes = tuya_client.automations.list_home_linkage_codes(home_id=Seed.HOME_ID)
    assert len(home_codes) == 7


def test_automation_replace_enable_disable_delete(tuya_client: TuyaCloud) -> None:
    home, rule_id = Seed.HOME_ID, Seed.HEATER_AUTOMATION_ID
    original = tuya_client.automations.get(home_id=home, automation_id=rule_id)
    assert original.enabled is False and original.match_type == 3
    tuya_client.automations.update(
        home_id=home,
        automation_id=rule_id,
        name="Heater",
        background="https://images.tuyaeu.com/x.png",
        match_type=1,
        conditions=[{"entity_type": 15, "order_num": 1, "display": {"code": "go", "value": "1"}}],
        actions=[{"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": True}}],
        preconditions=[
            {
                "cond_type": "timeCheck",
                "display": {"start": "06:00", "end": "09:00", "loops": "1111100", "timezone_id": "Europe/Berlin"},
            }
        ],
    )
    replaced = tuya_client.automations.get(home_id=home, automation_id=rule_id)
    assert (replaced.name, replaced.match_type, replaced.condition_rule) == ("Heater", 1, None)  # full replace
    assert replaced.conditions[0].entity_id  # type: ignore[index]  # generated for an external trigger
    assert replaced.preconditions[0].id  # type: ignore[index]
    tuya_client.automations.enable(home_id=home, automation_id=rule_id)
    assert tuya_client.automations.get(home_id=home, automation_id=rule_id).enabled is True
    tuya_client.automations.disable(home_id=home, automation_id=rule_id)
    assert tuya_client.automations.get(home_id=home, automation_id=rule_id).enabled is False
    with pytest.raises(ParameterError):
        tuya_client.automations.update(
            home_id=home,
            automation_id=rule_id,
            name="x",
            background="y",
            match_type=1,
            conditions=[{"entity_type": 6, "entity_id": "timer", "order_num": 1, "display": {"time": "08:00"}}],
            actions=[
                {
                    "action_executor": "dpIssue",
                    "entity_id": Seed.OFFLINE_PLUG_ID,
                    "executor_property": {"switch_1": True},
                }
            ],
        )
    tuya_client.automations.delete(home_id=home, automation_id=rule_id)
    with pytest.raises(NotFoundError):
        tuya_client.automations.get(home_id=home, automation_id=rule_id)


def test_a_created_automation_is_listed_replaced_and_deleted(tuya_client: TuyaCloud) -> None:
    home = Seed.HOME_ID
    rule: dict[str, Any] = {
        "name": "Too warm: plug off",
        "background": "https://images.tuyaeu.com/smart/rule/cover/house.png",
        "match_type": 2,
        "conditions": [
            {
                "entity_type": 1,
                "entity_id": Seed.SENSOR_ID,
                "order_num": 1,
                "display": {"code": "va_temperature", "operator": ">", "value": 260},
            },
            {"entity_type": 15, "order_num": 2, "display": {"code": "away", "value": "1"}},
        ],
        "actions": [
            {"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": False}}
        ],
    }
    rule_id = tuya_client.automations.create(home_id=home, **rule)
    listed = {a.automation_id: a for a in tuya_client.automations.list(home_id=home)}
    assert set(listed) == {Seed.WINDOW_AUTOMATION_ID, Seed.HEATER_AUTOMATION_ID, rule_id}
    created = listed[rule_id]
    assert created.enabled is True and created.match_type == 2 and created.preconditions == []
    external = (created.conditions or [])[1]
    assert external.entity_id and len(external.entity_id) == 16  # the cloud names an external trigger
    assert created == tuya_client.automations.get(home_id=home, automation_id=rule_id)
    with pytest.raises(TuyaValidationError, match="condition_rule"):  # checked by the client before sending
        tuya_client.automations.create(home_id=home, **{**rule, "match_type": 3})
    with pytest.raises(ParameterError, match="order_num"):
        tuya_client.automations.create(home_id=home, **{**rule, "conditions": [rule["conditions"][0]] * 2})

    tuya_client.automations.update(home_id=home, automation_id=rule_id, **{**rule, "name": "Plug off when warm"})
    assert tuya_client.automations.get(home_id=home, automation_id=rule_id).name == "Plug off when warm"
    tuya_client.automations.delete(home_id=home, automation_id=rule_id)
    assert rule_id not in {a.automation_id for a in tuya_client.automations.list(home_id=home)}
    assert tuya_client.automations.list(home_id=Seed.HOLIDAY_HOME_ID) == []


def test_weather_conditions_name_what_a_weather_condition_compares(tuya_client: TuyaCloud) -> None:
    conditions = {c.category: c for c in tuya_client.automations.list_weather_conditions()}
    assert {"temp", "humidity", "condition", "windSpeed"} <= set(conditions)
    assert json.loads(conditions["temp"].operators or "") == ["<", "==", ">"]
    assert conditions["temp"].property == {"type": "value", "min": -40, "max": 40, "step": 1, "unit": "℃"}


def test_an_external_condition_fires_an_automation(tuya_client: TuyaCloud) -> None:
    home = Seed.HOME_ID
    rule: dict[str, Any] = {
        "name": "Leaving: plug off",
        "background": "https://images.tuyaeu.com/smart/rule/cover/house.png",
        "match_type": 1,
        "conditions": [{"entity_type": 15, "order_num": 1, "display": {"code": "away", "value": "1"}}],
        "actions": [
            {"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": False}}
        ],
    }
    rule_id = tuya_client.automations.create(home_id=home, **rule)
    entity_id = (tuya_client.automations.get(home_id=home, automation_id=rule_id).conditions or [])[0].entity_id or ""
    fire: dict[str, Any] = {"home_id": home, "automation_id": rule_id, "entity_id": entity_id}
    assert tuya_client.automations.trigger_external_condition(**fire, display={"code": "away", "value": "0"}) is False
    assert status(tuya_client, Seed.PLUG_ID)["switch_1"] is True  # not the awaited value: nothing ran
    assert tuya_client.automations.trigger_external_condition(**fire, display={"code": "away", "value": "1"}) is True
    assert status(tuya_client, Seed.PLUG_ID)["switch_1"] is False
    tuya_client.automations.disable(home_id=home, automation_id=rule_id)
    with pytest.raises(ParameterError, match="disabled"):
        tuya_client.automations.trigger_external_condition(**fire, display={"code": "away", "value": "1"})
    with pytest.raises(ParameterError, match="entity_id"):
        tuya_client.automations.trigger_external_condition(
            **{**fire, "entity_id": "nope"}, display={"code": "away", "value": "1"}
        )


def test_all_conditions_and_the_time_window_must_hold(tuya_client: TuyaCloud) -> None:
    home = Seed.HOME_ID
    light_on: dict[str, Any] = {
        "entity_type": 1,
        "entity_id": Seed.LIGHT_ID,
        "order_num": 2,
        "display": {"code": "switch_led", "operator": "==", "value": True},
    }
    rule: dict[str, Any] = {
        "name": "Arrive with the light on",
        "background": "https://images.tuyaeu.com/smart/rule/cover/house.png",
        "match_type": 2,
        "conditions": [{"entity_type": 15, "order_num": 1, "display": {"code": "home", "value": "1"}}, light_on],
        "actions": [
            {"action_executor": "dpIssue", "entity_id": Seed.SWITCH_ID, "executor_property": {"switch_3": True}}
        ],
    }
    rule_id = tuya_client.automations.create(home_id=home, **rule)
    entity_id = (tuya_client.automations.get(home_id=home, automation_id=rule_id).conditions or [])[0].entity_id or ""
    fire: dict[str, Any] = {
        "home_id": home,
        "automation_id": rule_id,
        "entity_id": entity_id,
        "display": {"code": "home", "value": "1"},
    }
    tuya_client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}])
    assert tuya_client.automations.trigger_external_condition(**fire) is False  # the light is off
    tuya_client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": True}])
    assert tuya_client.automations.trigger_external_condition(**fire) is True
    assert status(tuya_client, Seed.SWITCH_ID)["switch_3"] is True
    never: dict[str, Any] = {
        "cond_type": "timeCheck",
        "display": {"start": "00:00", "end": "23:59", "loops": "0000000", "timezone_id": "UTC"},
    }
    tuya_client.automations.update(home_id=home, automation_id=rule_id, **rule, preconditions=[never])
    entity_id = (tuya_client.automations.get(home_id=home, automation_id=rule_id).conditions or [])[0].entity_id or ""
    assert tuya_client.automations.trigger_external_condition(**{**fire, "entity_id": entity_id}) is False
    with pytest.raises(ParameterError, match="timezone_id"):
        mars = {**never, "display": {**never["display"], "timezone_id": "Mars/Olympus_Mons"}}
        tuya_client.automations.update(home_id=home, automation_id=rule_id, **rule, preconditions=[mars])
