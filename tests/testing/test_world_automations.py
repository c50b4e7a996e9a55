"""The automations group in the fake world: the devices and data points rules may use, and an
automation replaced whole, switched and deleted."""

from __future__ import annotations

import pytest

from tuya_cloud import NotFoundError, ParameterError, TuyaCloud
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
