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


def test_a_created_scene_is_listed_updated_triggered_and_deleted(tuya_client: TuyaCloud) -> None:
    home = Seed.HOME_ID
    scene_id = tuya_client.scenes.create(
        home_id=home,
        name="Reading",
        background=" https://images.tuyaeu.com/smart/rule/cover/book.png ",
        actions=[
            {"action_executor": "dpIssue", "entity_id": Seed.LIGHT_ID, "executor_property": {"switch_led": False}}
        ],
    )
    assert isinstance(scene_id, str) and len(scene_id) == 16
    listed = {s.scene_id: s for s in tuya_client.scenes.list(home_id=home)}
    assert listed[scene_id].name == "Reading" and listed[scene_id].enabled is True
    assert listed[scene_id].background == "https://images.tuyaeu.com/smart/rule/cover/book.png"
    assert listed[scene_id].status is None  # v1.0 has no status
    assert set(listed) == {Seed.GOOD_NIGHT_SCENE_ID, Seed.MOVIE_SCENE_ID, scene_id}  # the holiday home's is not here
    v1_1 = {s.scene_id: s for s in tuya_client.scenes.list_v1_1(home_id=home)}
    assert set(v1_1) == set(listed) and v1_1[scene_id].status == "1"

    tuya_client.scenes.update(
        home_id=home,
        scene_id=scene_id,
        name="Reading light",
        background="https://images.tuyaeu.com/smart/rule/cover/book.png",
        actions=[
            {
                "action_executor": "dpIssue",
                "entity_id": Seed.LIGHT_ID,
                "executor_property": {"switch_led": True, "bright_value_v2": 900},
            },
            {"action_executor": "dpIssue", "entity_id": Seed.SWITCH_ID, "executor_property": {"switch_3": True}},
        ],
    )
    updated = next(s for s in tuya_client.scenes.list_v1_1(home_id=home) if s.scene_id == scene_id)
    assert updated.name == "Reading light" and len(updated.actions or []) == 2
    tuya_client.scenes.trigger(home_id=home, scene_id=scene_id)
    assert (
        status(tuya_client, Seed.LIGHT_ID)["switch_led"],
        status(tuya_client, Seed.LIGHT_ID)["bright_value_v2"],
    ) == (
        True,
        900,
    )
    assert status(tuya_client, Seed.SWITCH_ID)["switch_3"] is True

    tuya_client.scenes.delete(home_id=home, scene_id=scene_id)
    assert scene_id not in {s.scene_id for s in tuya_client.scenes.list(home_id=home)}
    with pytest.raises(NotFoundError):
        tuya_client.scenes.trigger(home_id=home, scene_id=scene_id)


def test_a_scene_must_act_on_its_own_home(tuya_client: TuyaCloud) -> None:
    step = {"action_executor": "dpIssue", "entity_id": Seed.OFFLINE_PLUG_ID, "executor_property": {"switch_1": True}}
    with pytest.raises(ParameterError, match=r"actions\[0\]\.entity_id"):  # a device of the holiday home
        tuya_client.scenes.create(home_id=Seed.HOME_ID, name="x", background="https://x/y.png", actions=[step])
    step = {"action_executor": "dpIssue", "entity_id": Seed.LIGHT_ID, "executor_property": {"cur_power": 3}}
    with pytest.raises(ParameterError, match="executor_property"):  # a DP the light does not have
        tuya_client.scenes.update(
            home_id=Seed.HOME_ID,
            scene_id=Seed.GOOD_NIGHT_SCENE_ID,
            name="x",
            background="https://x/y.png",
            actions=[step],
        )
    with pytest.raises(NotFoundError):
        tuya_client.scenes.list(home_id=123)


def test_scene_switch_bindings(tuya_client: TuyaCloud) -> None:
    light = Seed.LIGHT_ID
    assert tuya_client.scenes.list_for_device(device_id=light).scenes == []
    tuya_client.scenes.bind_to_device(device_id=light, scene_id=Seed.MOVIE_SCENE_ID, code="work_mode", value="scene")
    tuya_client.scenes.bind_to_device(
        device_id=light, scene_id=Seed.GOOD_NIGHT_SCENE_ID, code="switch_led", value="false"
    )
    bound = tuya_client.scenes.list_for_device(device_id=light)
    assert bound.device_id == light
    assert [(b.code, b.value, b.scene_id, b.name) for b in bound.scenes or []] == [
        ("switch_led", "false", Seed.GOOD_NIGHT_SCENE_ID, "Good night"),
        ("work_mode", "scene", Seed.MOVIE_SCENE_ID, "Movie time"),
    ]
    with pytest.raises(NotFoundError):  # a scene of another home
        tuya_client.scenes.bind_to_device(device_id=light, scene_id=Seed.LEAVE_SCENE_ID, code="work_mode", value="x")
    tuya_client.scenes.unbind_from_device(device_id=light, scene_id=Seed.MOVIE_SCENE_ID)
    tuya_client.scenes.delete(home_id=Seed.HOME_ID, scene_id=Seed.GOOD_NIGHT_SCENE_ID)  # unbinds it everywhere
    assert tuya_client.scenes.list_for_device(device_id=light).scenes == []
    with pytest.raises(NotFoundError):
        tuya_client.scenes.unbind_from_device(device_id=light, scene_id=Seed.MOVIE_SCENE_ID)


def test_a_bound_button_runs_its_scene_when_its_dp_is_set(tuya_client: TuyaCloud) -> None:
    tuya_client.scenes.bind_to_device(
        device_id=Seed.SWITCH_ID, scene_id=Seed.MOVIE_SCENE_ID, code="switch_3", value="true"
    )
    tuya_client.device_control.send_commands(device_id=Seed.SWITCH_ID, commands=[{"code": "switch_3", "value": False}])
    assert status(tuya_client, Seed.LIGHT_ID)["bright_value_v2"] == 500  # not the bound value: nothing ran
    tuya_client.device_control.send_commands(device_id=Seed.SWITCH_ID, commands=[{"code": "switch_3", "value": True}])
    assert status(tuya_client, Seed.LIGHT_ID)["bright_value_v2"] == 200  # Movie time ran
    rule = tuya_client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
    assert rule.enabled is False  # and switched the window automation off, as its last step does
