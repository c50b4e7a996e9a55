"""The infrared group: IR hubs, their virtual remotes and keys, air conditioners' last sent state and
learned codes. What a hub sends is recorded on the remote (`sent`); an air conditioner's settings
change its `ac` state, which infrared.get_ac_status reports."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError, illegal
from .records import InfraredRemote
from .seed import Seed
from .state import Args, Sample, WorldState

AIR_CONDITIONER = 5  # Tuya's IR category of air conditioners
# Allowed values of each air-conditioner setting (temp in degrees Celsius).
AC_RANGES = {"power": range(2), "mode": range(5), "temp": range(16, 31), "wind": range(4)}
# What the standard keys of an air conditioner do to its state.
AC_KEYS = {"PowerOn": ("power", 1), "PowerOff": ("power", 0)}

_TV = {"infrared_id": Seed.GATEWAY_ID, "remote_id": Seed.TV_REMOTE_ID}
_AC = {"infrared_id": Seed.GATEWAY_ID, "remote_id": Seed.AC_REMOTE_ID}
_FAN = {"infrared_id": Seed.GATEWAY_ID, "remote_id": Seed.FAN_REMOTE_ID}


class Infrared(WorldState):
    group = "infrared"
    samples: ClassVar[dict[str, Sample]] = {
        "list_remotes": {"infrared_id": Seed.GATEWAY_ID},
        "list_keys": _AC,
        "send_key": {**_TV, "category_id": 2, "key_id": 4, "key": "channel_up"},
        "send_key_v1": {**_TV, "raw_key": "power"},
        "send_standard_key": {**_AC, "category_id": 5, "key": "PowerOn", "remote_index": 5277},
        "get_ac_status": _AC,
        "send_ac_command": {**_AC, "code": "mode", "value": 4},
        "send_ac_state": {**_AC, "power": 1, "mode": 0, "temp": 20, "wind": 2},
        "list_learning_codes": _FAN,
        "send_learning_code": {**_FAN, "code": "1DxUAlQC1AVUAlQC1AU"},
    }

    def _ir_remote(self, args: Args, *, sending: bool = False) -> InfraredRemote:
        hub = self.device(args["infrared_id"])
        remotes = self.infrared_hubs.get(hub.id)
        if remotes is None:
            raise CloudError(2009, f"{hub.name} is not an IR hub")
        remote = remotes.get(args["remote_id"])
        if remote is None:
            raise CloudError(1000, f"remote {args['remote_id']}")
        if sending and not hub.online:
            raise CloudError(2001)
        return remote

    def _ac_remote(self, args: Args, *, sending: bool = False) -> tuple[InfraredRemote, dict[str, int]]:
        remote = self._ir_remote(args, sending=sending)
        if remote.ac is None:
            raise CloudError(2009, f"{remote.remote_name} is not an air-conditioner remote")
        return remote, remote.ac

    def _check_category(self, remote: InfraredRemote, category_id: int) -> None:
        if category_id != remote.category_id:
            raise illegal("category_id", f"remote {remote.remote_id} is of category {remote.category_id}")

    def _set_ac(self, remote: InfraredRemote, ac: dict[str, int], settings: dict[str, Any]) -> None:
        for code, value in settings.items():
            number = int(value) if isinstance(value, str) and value.isdigit() else value
            if code not in AC_RANGES:
                raise CloudError(2008, f"code: {code!r} is not one of {', '.join(AC_RANGES)}")
            if not isinstance(number, int) or isinstance(number, bool) or number not in AC_RANGES[code]:
                raise CloudError(2008, f"{code}: {value!r} is out of range")
            settings[code] = number
        ac.update(settings)
        remote.sent.append({"ac": dict(settings), "at": self.now()})

    def list_remotes(self, args: Args) -> Any:
        hub = self.device(args["infrared_id"])
        if hub.id not in self.infrared_hubs:
            raise CloudError(2009, f"{hub.name} is not an IR hub")
        return [
            {
                "category_id": r.category_id,
                "brand_id": r.brand_id,
                "brand_name": r.brand_name,
                "remote_id": r.remote_id,
                "remote_name": r.remote_name,
                "remote_index": r.remote_index,
                "operator_id": 0,
                "operator_name": "",
                "area_id": 0,
                "area_name": "",
            }
            for r in self.infrared_hubs[hub.id].values()
        ]

    def list_keys(self, args: Args) -> Any:
        remote = self._ir_remote(args)
        key_range = []
        if remote.ac is not None:
            fans = [{"fan": f, "fan_name": name} for f, name in enumerate(("Auto", "Low", "Medium", "High"))]
            temps = [{"temp": t, "temp_name": f"{t} °C", "fan_list": fans} for t in AC_RANGES["temp"]]
            modes = ("Cool", "Heat", "Auto", "Fan", "Dry")
            key_range = [{"mode": m, "mode_name": name, "temp_list": temps} for m, name in enumerate(modes)]
        return {
            "brand_id": remote.brand_id,
            "category_id": remote.category_id,
            "remote_index": remote.remote_index,
            "single_air": False,
            "duplicate_power": remote.ac is None and any(k["key"] == "power" for k in remote.keys),
            "key_list": [dict(k) for k in remote.keys],
            "key_range": key_range,
        }

    def send_key(self, args: Args) -> Any:
        remote = self._ir_remote(args, sending=True)
        self._check_category(remote, args["category_id"])
        for key in remote.keys:
            by_id = args.get("key_id") is not None and key["key_id"] == args["key_id"] and key["key_id"] != 0
            if by_id or key["key"] == args.get("key"):
                return self._press(remote, key)
        raise CloudError(2008, f"remote {remote.remote_id} has no key {args.get('key', args.get('key_id'))!r}")

    def send_key_v1(self, args: Args) -> Any:
        remote = self._ir_remote(args, sending=True)
        raw = args["raw_key"]
        key_id = int(raw) if isinstance(raw, int) or raw.isdigit() else None
        for key in remote.keys:
            if (key_id is not None and key_id != 0 and key["key_id"] == key_id) or key["key"] == raw:
                return self._press(remote, key)
        raise CloudError(2008, f"raw_key: remote {remote.remote_id} has no key {raw!r}")

    def send_standard_key(self, args: Args) -> Any:
        remote = self._ir_remote(args, sending=True)
        self._check_category(remote, args["category_id"])
        key = next((k for k in remote.keys if k["key"] == args["key"] and k["standard_key"]), None)
        if key is None:
            raise CloudError(2008, f"key: {args['key']!r} is not a standard key of remote {remote.remote_id}")
        return self._press(remote, key)

    def _press(self, remote: InfraredRemote, key: dict[str, Any]) -> bool:
        if remote.ac is not None and key["key"] in AC_KEYS:
            code, value = AC_KEYS[key["key"]]
            self._set_ac(remote, remote.ac, {code: value})
        else:
            remote.sent.append({"key": key["key"], "key_id": key["key_id"], "at": self.now()})
        return True

    def get_ac_status(self, args: Args) -> Any:
        remote, ac = self._ac_remote(args)
        return {"remote_id": remote.remote_id, **{code: str(value) for code, value in ac.items()}}

    def send_ac_command(self, args: Args) -> Any:
        remote, ac = self._ac_remote(args, sending=True)
        self._set_ac(remote, ac, {args["code"]: args["value"]})
        return True

    def send_ac_state(self, args: Args) -> Any:
        remote, ac = self._ac_remote(args, sending=True)
        settings = {code: args[code] for code in AC_RANGES if args.get(code) is not None}
        if not settings:
            raise illegal("power", "give at least one of power, mode, temp and wind")
        self._set_ac(remote, ac, settings)
        return True

    def list_learning_codes(self, args: Args) -> Any:
        remote = self._ir_remote(args)
        return [{**code, "remote_id": remote.remote_id} for code in remote.learned]

    def send_learning_code(self, args: Args) -> Any:
        remote = self._ir_remote(args, sending=True)
        remote.sent.append({"code": args["code"], "at": self.now()})
        return True
