"""The scenes group in the fake world: triggering runs a scene's actions, skipping what cannot run; scenes are
switched off and on and deleted."""

from __future__ import annotations

import pytest
from world_helpers import status

from tuya_cloud import NotFoundError, ParameterError, TuyaCloud
from tuya_cloud.testing import Seed


def test_scene_trigger_applies_actions(tuya_client: TuyaCloud) -> None:
    tuya_client.scenes.trigger(home_id=Seed.HOME_ID, scene_id=Seed.GOOD_NIGHT_SCENE_ID)
    assert status(tuya_client, Seed.LIGHT_ID)["switch_led"] is False
    assert {k: v for k, v in status(tuya_client, Seed.SWITCH_ID).items() if k.startswith("switch")} == {
        "switch_1": False,
        "switch_2": False,
        "switch_3": False,
    }
    assert status(tuya_client, Seed.PLUG_ID)["switch_1"] is False


def test_scene_rule_actions_switch_automations(tuya_client: TuyaCloud) -> None:
    tuya_client.scenes.trigger(home_id=Seed.HOME_ID, scene_id=Seed.MOVIE_SCENE_ID)
    assert status(tuya_client, Seed.LIGHT_ID)["bright_value_v2"] == 200
    rule = tuya_client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
    assert rule.enabled is False


def test_scene_on_an_offline_device_skips_it(tuya_client: TuyaCloud) -> None:
    assert tuya_client.scenes.trigger(home_id=Seed.HOLIDAY_HOME_ID, scene_id=Seed.LEAVE_SCENE_ID) is True


def test_scene_enable_disable_delete(tuya_client: TuyaCloud) -> None:
    home, scene = Seed.HOME_ID, Seed.GOOD_NIGHT_SCENE_ID
    tuya_client.scenes.disable(home_id=home, scene_id=scene)
    with pytest.raises(ParameterError, match="disabled"):
        tuya_client.scenes.trigger(home_id=home, scene_id=scene)
    tuya_client.scenes.enable(home_id=home, scene_id=scene)
    tuya_client.scenes.trigger(home_id=home, scene_id=scene)
    tuya_client.scenes.delete(home_id=home, scene_id=scene)
    with pytest.raises(NotFoundError):
        tuya_client.scenes.delete(home_id=home, scene_id=scene)
    with pytest.raises(NotFoundError):  # a scene of another home
        tuya_client.scenes.enable(home_id=home, scene_id=Seed.LEAVE_SCENE_ID)
