"""The scenes group: tap-to-run scenes of a home, which run their actions when triggered."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError, illegal
from .products import DEFAULT_PICTURES
from .records import Scene
from .seed import Seed
from .state import Args, Sample, WorldState


class Scenes(WorldState):
    group = "scenes"
    samples: ClassVar[dict[str, Sample]] = {
        "list_devices": {"home_id": Seed.HOME_ID},
        "delete": {"home_id": Seed.HOME_ID, "scene_id": Seed.MOVIE_SCENE_ID},
        "trigger": {"home_id": Seed.HOME_ID, "scene_id": Seed.MOVIE_SCENE_ID},
        "list_default_pictures": {},
        "enable": {"home_id": Seed.HOME_ID, "scene_id": Seed.GOOD_NIGHT_SCENE_ID},
        "disable": {"home_id": Seed.HOME_ID, "scene_id": Seed.GOOD_NIGHT_SCENE_ID},
    }

    def _scene(self, home_id: Any, scene_id: str) -> Scene:
        home = self._home(home_id)
        scene = self.scenes.get(scene_id)
        if scene is None or scene.home_id != home.id:
            raise CloudError(1000, f"scene {scene_id}")
        return scene

    def _run_actions(self, home_id: int, actions: list[dict[str, Any]]) -> None:
        """Run rule actions like the cloud does: a step that cannot run (offline device) is skipped."""
        for action in actions:
            executor, target = action["action_executor"], action.get("entity_id", "")
            if executor in {"dpIssue", "device_issue"}:
                device = self.devices.get(target)
                if device is None or not device.online or device.home_id != home_id:
                    continue
                commands = list(action.get("executor_property", {}).items())
                try:
                    self._check_commands(device, commands, "actions")
                except CloudError:
                    continue
                self._set_dps(device, commands, event_from="3")
            elif executor in {"ruleEnable", "ruleDisable"}:
                enabled = executor == "ruleEnable"
                if target in self.automations and self.automations[target].home_id == home_id:
                    self.automations[target].enabled = enabled
                elif target in self.scenes and self.scenes[target].home_id == home_id:
                    self.scenes[target].enabled = enabled

    def list_devices(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        return [self._linkage_device(d) for d in self._home_devices(home) if any(p.settable for p in d.product.dps)]

    def list_default_pictures(self, args: Args) -> Any:
        return list(DEFAULT_PICTURES)

    def enable(self, args: Args) -> Any:
        self._scene(args["home_id"], args["scene_id"]).enabled = True
        return True

    def disable(self, args: Args) -> Any:
        self._scene(args["home_id"], args["scene_id"]).enabled = False
        return True

    def delete(self, args: Args) -> Any:
        del self.scenes[self._scene(args["home_id"], args["scene_id"]).id]
        return True

    def trigger(self, args: Args) -> Any:
        scene = self._scene(args["home_id"], args["scene_id"])
        if not scene.enabled:
            # Tuya documents no code for this; 1109 names the offending parameter.
            raise illegal("scene_id", "the scene is disabled")
        self._run_actions(scene.home_id, scene.actions)
        return True
