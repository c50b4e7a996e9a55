"""The world's state records: what the fake cloud remembers about devices, homes, users and rules.

Plain dataclasses without behaviour of their own (a device's derived IDs excepted), so that tests can
read and change them directly under the cloud's `lock`. Field names follow Tuya's wire names where
one exists.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar

from .products import Product


@dataclass
class LogEvent:
    seq: int
    event_time: int  # Unix ms
    event_id: int  # 1 online, 2 offline, 3 activation, 4 reset, 5 command, 7 DP report, ...
    event_from: str
    code: str | None = None
    value: Any = None


@dataclass
class TimerGroup:
    id: str
    loops: str
    time_zone: str
    timezone_id: str
    alias_name: str
    instructions: list[dict[str, Any]]
    timer_ids: list[int]
    status: int = 1


@dataclass
class Device:
    id: str
    name: str
    product: Product
    home_id: int
    room_id: int | None
    create_time: int
    online: bool = True
    gateway_id: str | None = None
    node_id: str | None = None
    status: dict[str, Any] = field(default_factory=dict)
    update_time: int = 0
    active_time: int = 0
    function_names: dict[str, str] = field(default_factory=dict)
    users: list[str] = field(default_factory=list)
    timers: dict[str, dict[str, TimerGroup]] = field(default_factory=dict)
    modules: list[dict[str, Any]] = field(default_factory=list)
    logs: list[LogEvent] = field(default_factory=list)
    open_logs: list[dict[str, Any]] = field(default_factory=list)
    alarm_logs: list[dict[str, Any]] = field(default_factory=list)
    sn: str | None = None

    # How many times any device changed home; a DeviceTable (index.py) re-sorts its homes when it grows.
    home_moves: ClassVar[int] = 0

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "home_id" and "home_id" in self.__dict__ and value != self.__dict__["home_id"]:
            Device.home_moves += 1
        object.__setattr__(self, name, value)

    # Derived from the id, which never changes, so worked out once (listings show thousands of devices).
    @cached_property
    def uuid(self) -> str:
        return "fk" + hashlib.sha256(self.id.encode()).hexdigest()[:14]

    @cached_property
    def local_key(self) -> str:
        return hashlib.sha256(b"local-key:" + self.id.encode()).hexdigest()[:16]

    @cached_property
    def mac(self) -> str:
        digest = hashlib.sha256(b"mac:" + self.id.encode()).hexdigest()
        return ":".join(digest[i : i + 2] for i in range(0, 12, 2))


@dataclass
class Member:
    uid: str
    name: str
    account: str
    country_code: str
    admin: bool = False
    owner: bool = False


@dataclass
class Home:
    id: int
    name: str
    lat: float
    lon: float
    geo_name: str
    rooms: dict[int, str]
    members: dict[str, Member]


@dataclass
class User:
    uid: str
    username: str
    country_code: str
    nick_name: str
    create_time: int
    mobile: str | None = None
    email: str | None = None
    time_zone_id: str = "Europe/Berlin"
    temp_unit: int = 1


@dataclass
class Scene:
    id: str
    home_id: int
    name: str
    actions: list[dict[str, Any]]
    enabled: bool = True
    background: str = ""


@dataclass
class DeviceGroup:
    id: int
    name: str
    product_id: str
    home_id: int
    uid: str  # the user who made it
    device_ids: list[str]


@dataclass
class InfraredRemote:
    """A virtual remote of an IR hub. `ac` is an air conditioner's last sent state (power, mode, temp,
    wind); `sent` is every key and code the hub sent through it, oldest first."""

    remote_id: str
    remote_name: str
    category_id: int
    brand_id: int
    brand_name: str
    remote_index: int
    keys: list[dict[str, Any]]
    ac: dict[str, int] | None = None
    learned: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Automation:
    id: str
    home_id: int
    definition: dict[str, Any]  # name, background, match_type, condition_rule?, preconditions, conditions, actions
    enabled: bool = True


@dataclass
class Asset:
    """An industry asset (iot-02): a node of the project's asset tree holding devices."""

    id: str
    name: str
    parent_id: str  # "-1" for an asset at the root
    device_ids: list[str] = field(default_factory=list)


@dataclass
class IndustryUser:
    """A user of the industry project (iot-02), not an app account; passwords kept as SHA-256 hex."""

    uid: str
    username: str
    country_code: str
    password_sha256: str
    nick_name: str = ""
    asset_ids: set[str] = field(default_factory=set)  # assets granted to the user
