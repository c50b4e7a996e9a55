# Generated from spec/groups/scenes.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel
from ._shared import AutomationAction


class DeviceSceneBinding(TuyaModel):
    """
    One button of a scene switch and the scene it runs.
    """

    code: Annotated[str | None, Field(description="DP code of the button, e.g. scene_1 or switch_mode1.")] = None
    name: Annotated[str | None, Field(description="Name of the bound scene.")] = None
    scene_id: Annotated[str | None, Field(description="ID of the bound tap-to-run scene.")] = None
    value: Annotated[str | None, Field(description="DP value that runs the scene, e.g. scene.")] = None


class DeviceScenes(TuyaModel):
    """
    The scenes bound to the buttons of one scene switch.
    """

    device_id: Annotated[str | None, Field(description="Device ID of the scene switch.")] = None
    scenes: Annotated[
        list[DeviceSceneBinding] | None, Field(description="One entry per bound button; empty when nothing is bound.")
    ] = None


class Scene(TuyaModel):
    """
    A tap-to-run scene as the scene lists return it. The v1.1 list adds status; replies have been documented without enabled, so no field is guaranteed.

    """

    actions: Annotated[list[AutomationAction] | None, Field(description="Steps the scene runs, in order.")] = None
    background: Annotated[str | None, Field(description="Cover image URL (may be empty).")] = None
    enabled: Annotated[bool | None, Field(description="Whether the scene can be run.")] = None
    name: Annotated[str | None, Field(description="Scene name.")] = None
    scene_id: Annotated[str | None, Field(description="Scene ID.")] = None
    status: Annotated[
        str | None,
        Field(
            description='v1.1 only: state of the rule as a string, "1" for a normal (not deleted) scene; Tuya documents no other value for this API.\n'
        ),
    ] = None
