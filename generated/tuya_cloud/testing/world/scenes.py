"""The scenes group: tap-to-run scenes of a home, which run their actions when triggered, and the
buttons of scene switches bound to them."""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .products import DEFAULT_PICTURES
from .records import Scene
from .seed import Seed
from .state import Args, Sample, WorldState

_SAMPLE_SCENE = {
    "name": "Porch light",
    "background": "https://images.tuyaeu.com/smart/rule/cover/house.png",
    "actions": [{"action_executor": "dpIssue", "entity_id": Seed.SWITCH_ID, "executor_property": {"switch_3": True}}],
}


def _bound_button(world: WorldState) -> Args:
    """The seeded world binds no scene to a button: bind one, to unbind it."""
    world.scene_bindings.setdefault(Seed.SWITCH_ID, {})["switch_3"] = ("false", Seed.GOOD_NIGHT_SCENE_ID)
    return {"device_id": Seed.SWITCH_ID, "scene_id": Seed.GOOD_NIGHT_SCENE_ID}


class Scenes(WorldState):
    group = "scenes"
    samples: ClassVar[dict[str, Sample]] = {
        "list_devices": {"home_id": Seed.HOME_ID},
        "delete": {"home_id": Seed.HOME_ID, "scene_id": Seed.MOVIE_SCENE_ID},
        "trigger": {"home_id": Seed.HOME_ID, "scene_id": Seed.MOVIE_SCENE_ID},
        "list_default_pictures": {},
        "enable": {"home_id": Seed.HOME_ID, "scene_id": Seed.GOOD_NIGHT_SCENE_ID},
        "disable": {"home_id": Seed.HOME_ID, "scene_id": Seed.GOOD_NIGHT_SCENE_ID},
        "list": {"home_id": Seed.HOME_ID},
        "list_v1_1": {"home_id": Seed.HOME_ID},
        "create": {"home_id": Seed.HOME_ID, **_SAMPLE_SCENE},
        "update": {"home_id": Seed.HOME_ID, "scene_id": Seed.MOVIE_SCENE_ID, **_SAMPLE_SCENE},
        "list_for_device": {"device_id": Seed.SWITCH_ID},
        "bind_to_device": {
            "device_id": Seed.LIGHT_ID,
            "scene_id": Seed.MOVIE_SCENE_ID,
            "code": "work_mode",
            "value": "scene",
        },
        "unbind_from_device": _bound_button,
    }

    def _scene(self, home_id: Any, scene_id: str) -> Scene:
        home = self._home(home_id)
        scene = self.scenes.get(scene_id)
        if scene is None or scene.home_id != home.id:
            raise CloudError(1000, f"scene {scene_id}")
        return scene

    def _scene_json(self, scene: Scene) -> dict[str, Any]:
        return {
            "scene_id": scene.id,
            "name": scene.name,
            "background": scene.background,
            "enabled": scene.enabled,
            "actions": copy.deepcopy(scene.actions),
        }

    def _home_scenes(self, home_id: Any) -> list[Scene]:
        home = self._home(home_id)
        return [scene for scene in self.scenes.values() if scene.home_id == home.id]

    def list(self, args: Args) -> Any:
        return [self._scene_json(scene) for scene in self._home_scenes(args["home_id"])]

    def list_v1_1(self, args: Args) -> Any:
        # v1.1 adds the rule's status: "1" for a normal scene (deleted ones are not listed at all).
        return [{**self._scene_json(scene), "status": "1"} for scene in self._home_scenes(args["home_id"])]

    def create(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        self._check_rule_actions(home.id, args["actions"])
        scene = Scene(
            id=self._new_rule_id(),
            home_id=home.id,
            name=args["name"],
            actions=copy.deepcopy(args["actions"]),
            background=args["background"].strip(),
        )
        self.scenes[scene.id] = scene
        return scene.id

    def update(self, args: Args) -> Any:
        scene = self._scene(args["home_id"], args["scene_id"])
        self._check_rule_actions(scene.home_id, args["actions"])
        scene.name, scene.background = args["name"], args["background"].strip()
        scene.actions = copy.deepcopy(args["actions"])
        return True

    def list_for_device(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        buttons = self.scene_bindings.get(device.id, {})
        return {
            "device_id": device.id,
            "scenes": [
                {"code": code, "value": value, "scene_id": scene_id, "name": self.scenes[scene_id].name}
                for code, (value, scene_id) in sorted(buttons.items())
                if scene_id in self.scenes
            ],
        }

    def bind_to_device(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        scene = self._scene(device.home_id, args["scene_id"])
        dp = device.product.dp(args["code"])
        if dp is None or not dp.settable:
            raise CloudError(2008, f"code: {device.name} has no instruction {args['code']!r}")
        self.scene_bindings.setdefault(device.id, {})[dp.code] = (args["value"], scene.id)
        return True

    def unbind_from_device(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        buttons = self.scene_bindings.get(device.id, {})
        bound = [code for code, (_, scene_id) in buttons.items() if scene_id == args["scene_id"]]
        if not bound:
            raise CloudError(1000, f"scene {args['scene_id']} is not bound to {device.id}")
        for code in bound:
            del buttons[code]
        return True

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
        scene = self._scene(args["home_id"], args["scene_id"])
        del self.scenes[scene.id]
        for buttons in self.scene_bindings.values():  # a deleted scene is unbound from every switch
            for code in [c for c, (_, bound) in buttons.items() if bound == scene.id]:
                del buttons[code]
        return True

    def trigger(self, args: Args) -> Any:
        scene = self._scene(args["home_id"], args["scene_id"])
        if not scene.enabled:
            # Tuya documents no code for this; 1109 names the offending parameter.
            raise illegal("scene_id", "the scene is disabled")
        self._run_rule(scene.id, scene.home_id, scene.actions)
        return True
