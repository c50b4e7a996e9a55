"""The fake cloud's world: one seeded Tuya account with homes, rooms, members and devices, and one
behaviour per operation that reads and changes it.

Laid out like moto's `ec2/models/`, one module per API group of spec/groups/:
- records.py: the state records (Device, Home, User, ...); products.py: the product catalogue and its
  data points; seed.py: `Seed`, the seeded IDs, and the code that plants them.
- state.py: WorldState, the state and helpers the groups share, and BEHAVIOURS, the registry.
- devices.py, device_control.py, device_timers.py, homes.py, token.py, ...: one behaviour mixin per
  group. Its method `add` in `group = "device_timers"` answers the operation `device_timers.add`.
World below composes the mixins. A behaviour gets the request's validated wire arguments and returns
the envelope's `result`, or raises CloudError with a Tuya code; the server does the rest.
"""

from __future__ import annotations

from typing import Any

from .automations import Automations
from .changes import Listener, watch
from .device_control import DeviceControl
from .device_timers import DeviceTimers
from .device_users import DeviceUsers
from .devices import Devices
from .errors import CloudError
from .homes import Homes
from .locks import Locks
from .multi_channel import MultiChannel
from .ota import Ota
from .pairing import Pairing
from .scenes import Scenes
from .seed import Seed, plant
from .state import BEHAVIOURS, Args, Behaviour, Clock
from .statistics import Statistics
from .token import Token, TokenLedger
from .users import Users

__all__ = ["BEHAVIOURS", "Args", "Behaviour", "Clock", "CloudError", "Seed", "TokenLedger", "World"]


class World(
    Automations,
    DeviceControl,
    DeviceTimers,
    DeviceUsers,
    Devices,
    Homes,
    Locks,
    MultiChannel,
    Ota,
    Pairing,
    Scenes,
    Statistics,
    Token,
    Users,
):
    """The seeded account. Call `handle(operation_id, args)`; read or change the attributes in tests
    (under the cloud's `lock` while its server runs).

    `tokens` is the ledger of issued tokens; FakeTuyaCloud passes its own so that tokens outlive a
    reset of the world. Without one the world starts with an empty ledger.
    """

    def __init__(self, clock: Clock, tokens: TokenLedger | None = None) -> None:
        super().__init__(clock, tokens if tokens is not None else TokenLedger(clock))
        plant(self)
        self.on_change: Listener | None = None  # told what every behaviour changed (the message service)

    def handle(self, operation_id: str, args: Args) -> Any:
        """Run the behaviour of `operation_id`; KeyError when the world has none. What it changes is
        reported to `on_change` (world/changes.py), whichever operation it is."""
        with watch(self, self.on_change):
            return BEHAVIOURS[operation_id](self, args)
