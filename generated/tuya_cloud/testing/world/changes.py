"""What the message service pushes when the world changes: one publish point for every operation.

`watch(world)` takes a snapshot of what events report (each device's status, name, online state,
data point names and firmware upgrades, and which devices exist), runs the body, and turns the
differences into events in Tuya's legacy shapes (spec/events.yaml): protocol 4 status reports and
protocol 20 lifecycle events. World.handle runs every behaviour inside it, so a command through any
API pushes a status report, and a rename, delete, pairing or upgrade its lifecycle event, without one
line in any behaviour. Tests that change the world directly wrap the change in `watch` too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .seed import Seed

if TYPE_CHECKING:
    from .records import Device
    from .state import WorldState

Change = tuple[int, dict[str, Any]]  # (protocol, the event's data as Tuya sends it, before encryption)
Listener = Callable[[list[Change]], None]


@dataclass(frozen=True)
class DeviceView:
    name: str
    online: bool
    status: dict[str, Any]
    function_names: dict[str, str]
    upgrades: dict[int, int]  # module type -> upgrade_status
    product_id: str
    home_id: int


def _view(device: Device) -> DeviceView:
    return DeviceView(
        device.name,
        device.online,
        dict(device.status),
        dict(device.function_names),
        {int(m["module_type"]): int(m["upgrade_status"]) for m in device.modules},
        device.product.product_id,
        device.home_id,
    )


def snapshot(world: WorldState) -> dict[str, DeviceView]:
    return {device_id: _view(device) for device_id, device in world.devices.items()}


@contextmanager
def watch(world: WorldState, listener: Listener | None) -> Iterator[None]:
    """Run the body; then tell `listener` what changed (nothing at all when there is no listener)."""
    if listener is None:
        yield
        return
    before = snapshot(world)
    try:
        yield
    finally:
        found = changes(before, snapshot(world), int(world.clock() * 1000), world)
        if found:
            listener(found)


def changes(
    before: dict[str, DeviceView], after: dict[str, DeviceView], now_ms: int, world: WorldState
) -> list[Change]:
    out: list[Change] = []
    for device_id in sorted(after.keys() - before.keys()):
        view = after[device_id]
        out.append(_lifecycle(device_id, view, "bindUser", now_ms, uid=Seed.USER_ID, ownerId=str(view.home_id)))
    for device_id in sorted(before.keys() - after.keys()):
        view = before[device_id]
        out.append(_lifecycle(device_id, view, "delete", now_ms, uid=Seed.USER_ID, ownerId=str(view.home_id)))
    for device_id in sorted(before.keys() & after.keys()):
        old, new = before[device_id], after[device_id]
        if old.online != new.online:
            out.append(_lifecycle(device_id, new, "online" if new.online else "offline", now_ms, time=now_ms))
        changed = [code for code, value in new.status.items() if old.status.get(code, _MISSING) != value]
        if changed:
            status = [{"code": code, "value": new.status[code], "t": now_ms} for code in changed]
            out.append(
                (
                    4,
                    {
                        "dataId": f"{device_id}.{now_ms}",
                        "devId": device_id,
                        "productKey": new.product_id,
                        "status": status,
                    },
                )
            )
        if old.name != new.name:
            out.append(_lifecycle(device_id, new, "nameUpdate", now_ms, name=new.name))
        codes = [dp.code for dp in world.devices[device_id].product.dps]
        for code in sorted(set(old.function_names) | set(new.function_names)):
            if old.function_names.get(code) != new.function_names.get(code) and code in new.function_names:
                dp_id = str(codes.index(code) + 1) if code in codes else code
                out.append(
                    _lifecycle(device_id, new, "dpNameUpdate", now_ms, dpId=dp_id, name=new.function_names[code])
                )
        for module_type, state in sorted(new.upgrades.items()):
            if old.upgrades.get(module_type) != state:
                words = {2: "upgrading", 3: "success", 4: "failure"}.get(state, "pending")
                out.append(
                    _lifecycle(
                        device_id,
                        new,
                        "upgradeStatus",
                        now_ms,
                        upgradeStatus=str(state),
                        description=words,
                        moduleType=str(module_type),
                    )
                )
    return out


_MISSING = object()


def _lifecycle(device_id: str, view: DeviceView, biz_code: str, now_ms: int, **biz_data: Any) -> Change:
    data = {
        "devId": device_id,
        "productKey": view.product_id,
        "bizCode": biz_code,
        "bizData": {"devId": device_id, **biz_data},
        "ts": now_ms,
    }
    return 20, data
