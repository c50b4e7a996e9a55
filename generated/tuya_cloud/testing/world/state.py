"""What every API group of the world shares: its state, the helpers more than one group uses, and the
registry that maps an operation id to its behaviour.

Each group's module (devices.py, device_timers.py, ...) holds one mixin on WorldState, as moto's
`ec2/models/` holds one backend mixin per resource. A mixin sets `group = "<group>"`, and every public
method defined in its class body becomes the behaviour of the operation `<group>.<method name>`:
operation ids are exactly `<group>.<method>` (spec/README.md), so a behaviour carries its operation's
name and no id is written out by hand. World (world/__init__.py) composes the mixins. A helper that
one group needs lives in that group's module; the ones here are used by two groups or more.

Groups share method names (`get`, `list`, `delete`), so on the composed World an attribute such as
`world.get` is only one of them. Behaviours are therefore called through `World.handle(operation_id,
args)`, which looks them up in BEHAVIOURS, and never by attribute. For the same reason a private
helper's name must be unique across the mixins (tests/testing/test_world.py checks that).
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from .errors import CloudError, illegal
from .index import DeviceTable
from .products import PLUG
from .records import Asset, Automation, Device, DeviceGroup, Home, IndustryUser, InfraredRemote, LogEvent, Scene, User
from .seed import Seed

if TYPE_CHECKING:
    from .token import TokenLedger

Args = dict[str, Any]  # a request's validated wire arguments, path, query and body together
Clock = Callable[[], float]
Behaviour = Callable[["WorldState", Args], Any]
# Valid wire arguments for a behaviour against the seeded world, or a function of the world making them
# (for times relative to its clock, or a token it issues). Every operation has one: the tests call each
# operation with its sample (tests/testing/test_every_behaviour.py), so a new behaviour is tested too.
Sample = Args | Callable[["WorldState"], Args]
SAMPLES: dict[str, Sample] = {}

BEHAVIOURS: dict[str, Behaviour] = {}
_RULE_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def page(items: Sequence[Any], page_no: int, page_size: int) -> list[Any]:
    """One page of a page_no/page_size listing (page_no counts from 1)."""
    start = (page_no - 1) * page_size
    return list(items[start : start + page_size])


def row_key_page(keys: Sequence[str], last_row_key: str | None, size: int) -> tuple[list[str], bool]:
    """A row-key listing's page: the `size` keys after `last_row_key` (the last key of the page before;
    None for the first page), and whether more follow. A key this listing never gave is refused."""
    start = 0
    if last_row_key is not None:
        try:
            start = list(keys).index(last_row_key) + 1
        except ValueError:
            raise illegal("last_row_key", "not a row key of this listing") from None
    shown = list(keys[start : start + size])
    return shown, start + len(shown) < len(keys)


def page_across(parts: Iterable[Sequence[Any]], start: int, size: int) -> list[Any]:
    """`size` items from `start` of the parts read one after another, touching only those items."""
    out: list[Any] = []
    for part in parts:
        if len(out) == size:
            break
        if start >= len(part):
            start -= len(part)
            continue
        out.extend(part[start : start + size - len(out)])
        start = 0
    return out


def log_text(value: Any) -> str:
    """How device logs render DP values: JSON-ish strings ("true", "500")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def _home_id(value: Any) -> int:
    return int(value)  # validated as digits or an int before it gets here


class WorldState:
    """The seeded account's state and the helpers shared by the behaviour mixins."""

    group: ClassVar[str]  # set by each group's mixin; World itself answers no operation of its own
    # Events a device's log keeps, the oldest dropped first: a request reading the log must not cost
    # more the longer the fake has run (Tuya itself keeps device logs for a limited time).
    device_log_limit: int = 10_000
    samples: ClassVar[dict[str, Sample]]  # each mixin's own: behaviour name -> its Sample

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        group = cls.__dict__.get("group")
        if group is None:
            return
        for name, member in vars(cls).items():
            if inspect.isfunction(member) and not name.startswith("_"):
                operation_id = f"{group}.{name}"
                if operation_id in BEHAVIOURS:
                    raise TypeError(f"{cls.__qualname__}.{name}: {operation_id} already has a behaviour")
                BEHAVIOURS[operation_id] = member
        for name, sample in cls.__dict__.get("samples", {}).items():
            if not inspect.isfunction(vars(cls).get(name)) or name.startswith("_"):
                raise TypeError(f"{cls.__qualname__}.samples[{name!r}]: {cls.__qualname__} has no behaviour {name}")
            SAMPLES[f"{group}.{name}"] = sample

    def __init__(self, clock: Clock, tokens: TokenLedger) -> None:
        self.clock = clock
        self.epoch = int(clock())
        self.tokens = tokens
        self._seq = 0  # numbers every log event of every device, in the order they happen
        # The next IDs a behaviour hands out start above the seeded ones.
        self._next_room = 19000100
        self._next_group = 0x100
        self._next_timer = 4906528
        self._next_rule = 2  # new precondition IDs start at pre_3
        self.discovery_until = 0.0
        self._next_rule_id = 0  # numbers the scenes and automations created through the API
        # A scene switch's buttons: device id -> {DP code: (value, scene id)} (scenes.bind_to_device).
        self.scene_bindings: dict[str, dict[str, tuple[str, str]]] = {}
        self._running_rules: set[str] = set()  # scenes and automations whose actions are running now
        self.device_groups: dict[int, DeviceGroup] = {}
        self._next_device_group = 9100100  # above the seeded groups
        self.infrared_hubs: dict[str, dict[str, InfraredRemote]] = {}  # IR hub device id -> its remotes by id
        self.cameras: set[str] = set()  # devices with a camera (cameras.*)
        self.streams_allocated = 0  # numbers every live-stream URL and WebRTC credential handed out
        # Profiles of device users (device_users.*): device id -> user id -> profile fields.
        self.device_user_profiles: dict[str, dict[str, dict[str, Any]]] = {}
        self.lock_tickets: dict[str, tuple[str, int]] = {}  # ticket id -> (lock id, expiry in Unix seconds)
        self._next_issued = 0  # numbers device users, synced users and lock tickets
        self.app_schema = Seed.APP_SCHEMA
        self.users: dict[str, User] = {}
        self.homes: dict[int, Home] = {}
        self.devices = DeviceTable()  # a dict that keeps id orders for listings (index.py)
        self.deleted_devices: set[str] = set()
        self.pending_sub_devices: list[Device] = []
        self.scenes: dict[str, Scene] = {}
        self.automations: dict[str, Automation] = {}
        self.pairing_results: dict[str, dict[str, Any]] = {}
        self.assets: dict[str, Asset] = {}  # iot-02 asset tree, in creation order
        self.deleted_assets: set[str] = set()
        self.industry_users: dict[str, IndustryUser] = {}
        self.app_passwords: dict[str, str] = {}  # uid -> MD5 hex of the app account's password

    # ------------------------------------------------------------ public helpers, for tests too

    def now(self) -> int:
        return int(self.clock())

    def device(self, device_id: str) -> Device:
        found = self.devices.get(device_id)
        if found is None:
            raise CloudError(2010)
        return found

    def status_of(self, device_id: str) -> dict[str, Any]:
        return dict(self.device(device_id).status)

    def set_online(self, device_id: str, online: bool) -> None:
        device = self.device(device_id)
        if device.online != online:
            device.online = online
            self.log_event(device, 1 if online else 2, "1")

    def log_event(
        self,
        device: Device,
        event_id: int,
        event_from: str,
        code: str | None = None,
        value: Any = None,
        *,
        at: int | None = None,
    ) -> None:
        """Append an event to the device's log (`at` in Unix ms; default now)."""
        self._seq += 1
        event = LogEvent(
            seq=self._seq,
            event_time=at if at is not None else int(self.clock() * 1000),
            event_id=event_id,
            event_from=event_from,
            code=code,
            value=value,
        )
        device.logs.append(event)
        if len(device.logs) > self.device_log_limit:
            del device.logs[: len(device.logs) - self.device_log_limit]

    def new_timer_id(self) -> int:
        self._next_timer += 1
        return self._next_timer

    # ------------------------------------------------------------ homes and rooms

    def _home(self, home_id: Any) -> Home:
        home = self.homes.get(_home_id(home_id))
        if home is None:
            raise CloudError(1000, f"home {home_id}")
        return home

    def _home_devices(self, home: Home) -> list[Device]:
        """The home's devices in id order."""
        return self.devices.devices_at(self.devices.sorted_ids(home.id))

    def _room(self, home: Home, room_id: Any) -> int:
        room = _home_id(room_id)
        if room not in home.rooms:
            raise CloudError(1000, f"room {room_id}")
        return room

    # ------------------------------------------------------------ devices

    def _remove_device(self, device: Device) -> None:
        for sub in [d for d in self.devices.values() if d.gateway_id == device.id]:
            self._remove_device(sub)
        self.devices.pop(device.id, None)
        self.deleted_devices.add(device.id)

    def _batch_status(self, device_ids: list[str]) -> list[dict[str, Any]]:
        """The status of each listed device that exists, in the order asked (the batch status calls)."""
        found = [self.devices[i] for i in dict.fromkeys(device_ids) if i in self.devices]
        return [
            {"id": d.id, "status": [{"code": dp.code, "value": d.status[dp.code]} for dp in d.product.dps]}
            for d in found
        ]

    def _check_commands(self, device: Device, commands: Iterable[tuple[str, Any]], where: str) -> None:
        for index, (code, value) in enumerate(commands):
            dp = device.product.dp(code)
            if dp is None or not dp.settable:
                raise CloudError(2008, f"{where}[{index}].code: {device.name} has no function {code!r}")
            if not dp.accepts(value):
                raise CloudError(2008, f"{where}[{index}].value: {value!r} is not a valid {dp.type} for {code}")

    def _set_dps(self, device: Device, commands: list[tuple[str, Any]], event_from: str = "4") -> None:
        """Apply already checked commands: status changes, logs, and a plug's power follows its relay."""
        for code, value in commands:
            dp = device.product.dp(code)
            if dp is not None and dp.type == "Json" and isinstance(value, dict):
                value = json.dumps(value, separators=(",", ":"))
            self.log_event(device, 5, event_from, code, value)
            device.status[code] = value
            self.log_event(device, 7, "1", code, value)
            if device.product is PLUG and code == "switch_1":
                device.status["cur_power"] = 1250 if value else 0
                device.status["cur_current"] = 545 if value else 0
        device.update_time = self.now()
        self._press_scene_buttons(device, commands)

    def _device_json(self, device: Device) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": device.id,
            "uuid": device.uuid,
            "uid": Seed.USER_ID,
            "biz_type": device.product.biz_type,
            "name": device.name,
            "time_zone": "+01:00",
            "ip": "" if device.gateway_id else "203.0.113.17",
            "local_key": device.local_key,
            "sub": device.gateway_id is not None,
            "model": device.product.model,
            "create_time": device.create_time,
            "update_time": device.update_time,
            "active_time": device.active_time,
            "status": [{"code": dp.code, "value": device.status[dp.code]} for dp in device.product.dps],
            "owner_id": str(device.home_id),
            "product_id": device.product.product_id,
            "product_name": device.product.name,
            "category": device.product.category,
            "icon": device.product.icon,
            "online": device.online,
        }
        home = self.homes.get(device.home_id)
        if home is not None:
            out["lat"], out["lon"] = f"{home.lat:.2f}", f"{home.lon:.2f}"
        if device.node_id is not None:
            out["node_id"] = device.node_id
        return out

    # ------------------------------------------------------------ scenes and automations

    def _new_rule_id(self) -> str:
        """A 16-character ID like Tuya's scene and automation IDs, unique in this world."""
        self._next_rule_id += 1
        digest = hashlib.sha256(f"rule:{self._next_rule_id}".encode()).digest()
        return "".join(_RULE_ID_CHARS[b % len(_RULE_ID_CHARS)] for b in digest[:16])

    def _check_rule_actions(self, home_id: int, actions: list[dict[str, Any]]) -> None:
        """The steps of a scene or automation must target what exists in its home, as Tuya checks on save."""
        for index, action in enumerate(actions):
            executor, target = action["action_executor"], action.get("entity_id")
            if executor in {"dpIssue", "device_issue"}:
                device = self.devices.get(target or "")
                if device is None or device.home_id != home_id:
                    raise illegal(f"actions[{index}].entity_id", f"{target!r} is not a device of this home")
                codes = list(action.get("executor_property", {}))
                unknown = [c for c in codes if (dp := device.product.dp(c)) is None or not dp.settable]
                if not codes or unknown:
                    raise illegal(
                        f"actions[{index}].executor_property", f"{device.name} cannot set {unknown or 'nothing'}"
                    )
            elif executor == "device_group_issue":
                group = self.device_groups.get(int(target)) if target and target.isdigit() else None
                if group is None or group.home_id != home_id:
                    raise illegal(f"actions[{index}].entity_id", f"{target!r} is not a device group of this home")
            elif executor in {"ruleEnable", "ruleDisable"}:
                rule = self.scenes.get(target or "") or self.automations.get(target or "")
                if rule is None or rule.home_id != home_id:
                    raise illegal(
                        f"actions[{index}].entity_id", f"{target!r} is not a scene or automation of this home"
                    )

    def _send_to_group(self, group: DeviceGroup, commands: list[tuple[str, Any]], where: str) -> None:
        """A group command: checked against the group's product, then applied to each online member."""
        members = [self.devices[d] for d in group.device_ids if d in self.devices]
        for device in members[:1]:  # members share one product, so one check covers them all
            self._check_commands(device, commands, where)
        for device in members:
            if device.online:
                self._set_dps(device, commands)

    def _run_rule(self, rule_id: str, home_id: int, actions: list[dict[str, Any]]) -> None:
        """Run a scene's or automation's actions like the cloud does: a step that cannot run (an offline
        device) is skipped, and a rule that its own steps set off again (a bound button) runs once."""
        if rule_id in self._running_rules:
            return
        self._running_rules.add(rule_id)
        try:
            self._run_actions(home_id, actions)
        finally:
            self._running_rules.discard(rule_id)

    def _run_actions(self, home_id: int, actions: list[dict[str, Any]]) -> None:
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
            elif executor == "device_group_issue":
                group = self.device_groups.get(int(target)) if target.isdigit() else None
                if group is None or group.home_id != home_id:
                    continue
                try:
                    self._send_to_group(group, list(action.get("executor_property", {}).items()), "actions")
                except CloudError:
                    continue
            elif executor in {"ruleEnable", "ruleDisable"}:
                enabled = executor == "ruleEnable"
                if target in self.automations and self.automations[target].home_id == home_id:
                    self.automations[target].enabled = enabled
                elif target in self.scenes and self.scenes[target].home_id == home_id:
                    self.scenes[target].enabled = enabled

    def _press_scene_buttons(self, device: Device, commands: list[tuple[str, Any]]) -> None:
        """A DP set to the value a scene is bound to (scenes.bind_to_device) runs that scene."""
        buttons = self.scene_bindings.get(device.id, {})
        for code, value in commands:
            bound = buttons.get(code)
            wire = json.dumps(value) if isinstance(value, bool) else str(value)
            scene = self.scenes.get(bound[1]) if bound is not None and bound[0] == wire else None
            if scene is not None and scene.enabled:
                self._run_rule(scene.id, scene.home_id, scene.actions)

    def _linkage_device(self, device: Device) -> dict[str, Any]:
        """A device as scenes and automations list it."""
        return {
            "device_id": device.id,
            "uuid": device.uuid,
            "name": device.name,
            "home_id": str(device.home_id),
            "product_id": device.product.product_id,
        }
