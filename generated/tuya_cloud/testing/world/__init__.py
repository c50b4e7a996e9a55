"""The fake cloud's world: one seeded Tuya account with homes, rooms, members and devices, and one
behaviour per operation that reads and changes it.

Laid out like moto's `ec2/models/`, one module per API group of spec/groups/:
- records.py: the state records (Device, Home, User, ...); products.py: the product catalogue and its
  data points; seed.py: `Seed`, the seeded IDs, and the code that plants them.
- state.py: WorldState, the state and helpers the groups share (`page`, `page_across`), and BEHAVIOURS,
  the registry. index.py: DeviceTable, `world.devices`, a dict kept in id order overall and per home, so
  a listing slices one page (`devices.sorted_ids(home_id)`, `devices.devices_at(ids)`) instead of
  sorting the world per request.
- devices.py, device_control.py, device_timers.py, homes.py, token.py, ...: one behaviour mixin per
  group. Its method `add` in `group = "device_timers"` answers the operation `device_timers.add`.
Each mixin's `samples` gives valid wire arguments for its behaviours against the seeded world.
World below composes the mixins. A behaviour gets the request's validated wire arguments and returns
the envelope's `result`, or raises CloudError with a Tuya code; the server does the rest.
"""

from __future__ import annotations

import copy
from typing import Any

from .assets import Assets
from .associated_users import AssociatedUsers
from .automations import Automations
from .cameras import Cameras
from .changes import Listener, watch
from .device_control import DeviceControl
from .device_groups import DeviceGroups
from .device_timers import DeviceTimers
from .device_users import DeviceUsers
from .devices import Devices
from .errors import CloudError
from .homes import Homes
from .industry_users import IndustryUsers
from .infrared import Infrared
from .iot_device_control import IotDeviceControl
from .iot_devices import IotDevices
from .locks import Locks
from .multi_channel import MultiChannel
from .open_hub import OpenHub
from .ota import Ota
from .pairing import Pairing
from .scenes import Scenes
from .seed import Seed, plant, plant_fleet
from .state import BEHAVIOURS, SAMPLES, Args, Behaviour, Clock, Sample
from .statistics import Statistics
from .things import Things
from .token import Token, TokenLedger
from .users import Users

__all__ = [
    "BEHAVIOURS",
    "SAMPLES",
    "Args",
    "Behaviour",
    "Clock",
    "CloudError",
    "Sample",
    "Seed",
    "TokenLedger",
    "World",
]


class World(
    Assets,
    AssociatedUsers,
    Automations,
    Cameras,
    DeviceControl,
    DeviceGroups,
    DeviceTimers,
    DeviceUsers,
    Devices,
    Homes,
    IndustryUsers,
    IotDeviceControl,
    IotDevices,
    Infrared,
    Locks,
    MultiChannel,
    OpenHub,
    Ota,
    Pairing,
    Scenes,
    Statistics,
    Things,
    Token,
    Users,
):
    """The seeded account. Call `handle(operation_id, args)`; read or change the attributes in tests
    (under the cloud's `lock` while its server runs).

    `tokens` is the ledger of issued tokens; FakeTuyaCloud passes its own so that tokens outlive a
    reset of the world. Without one the world starts with an empty ledger. `fleet` adds that many
    plugs to the seeded home (seed.py `plant_fleet`), for tests of large accounts.
    """

    def __init__(self, clock: Clock, tokens: TokenLedger | None = None, *, fleet: int = 0) -> None:
        super().__init__(clock, tokens if tokens is not None else TokenLedger(clock))
        plant(self)
        plant_fleet(self, fleet)
        self.on_change: Listener | None = None  # told what every behaviour changed (the message service)

    def sample(self, operation_id: str) -> Args:
        """Valid wire arguments for `operation_id` against this world (its group module's `samples`);
        KeyError when there are none. A sample made by a function may change the world (e.g. issue a token)."""
        made = SAMPLES[operation_id]
        return made(self) if callable(made) else copy.deepcopy(made)

    def handle(self, operation_id: str, args: Args) -> Any:
        """Run the behaviour of `operation_id`; KeyError when the world has none. What it changes is
        reported to `on_change` (world/changes.py), whichever operation it is."""
        with watch(self, self.on_change):
            return BEHAVIOURS[operation_id](self, args)
