"""DeviceTable: the world's devices by id, kept in id order overall and per home.

Listings page through these orders instead of sorting the world on every request, so reading one page
of a 100,000-device account costs one page. Every group's behaviours (and tests) use the table like a
dict (`world.devices[id] = device`, `.get`, `.pop`, `.values()`); the orders follow along, a device
moved to another home included. `touched` counts the device records handed out, so tests can check
what a request costs without a clock.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from typing import overload

from .records import Device


class SortedIds(Sequence[str]):
    """A read-only view of ids in order (bisect works on it); slicing copies only the slice."""

    def __init__(self, ids: list[str]) -> None:
        self._ids = ids

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self._ids[index]


class DeviceTable(MutableMapping[str, Device]):
    """The world's devices by id (iterated in the order they were added)."""

    def __init__(self) -> None:
        self._by_id: dict[str, Device] = {}
        self._ids: list[str] = []  # every id, sorted
        self._by_home: dict[int, list[str]] = {}  # each home's ids, sorted
        self._moves_seen = Device.home_moves
        self.touched = 0  # device records handed out

    # ------------------------------------------------------------ the mapping

    def __getitem__(self, device_id: str) -> Device:
        device = self._by_id[device_id]
        self.touched += 1
        return device

    def get(self, device_id: str, default: Device | None = None) -> Device | None:  # type: ignore[override]
        device = self._by_id.get(device_id)
        if device is None:
            return default
        self.touched += 1
        return device

    def __contains__(self, device_id: object) -> bool:
        return device_id in self._by_id

    def __setitem__(self, device_id: str, device: Device) -> None:
        if device_id != device.id:
            raise ValueError(f"a device is kept under its own id: {device_id!r} != {device.id!r}")
        if device_id in self._by_id:
            self._unindex(self._by_id[device_id])
        self._by_id[device_id] = device
        insort(self._ids, device_id)
        insort(self._by_home.setdefault(device.home_id, []), device_id)

    def __delitem__(self, device_id: str) -> None:
        self._unindex(self._by_id.pop(device_id))

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def __repr__(self) -> str:
        return f"DeviceTable({len(self)} devices)"

    # ------------------------------------------------------------ the orders

    def sorted_ids(self, home_id: int | None = None) -> SortedIds:
        """Every id in order, or a home's."""
        if home_id is None:
            return SortedIds(self._ids)
        self._follow_moves()
        return SortedIds(self._by_home.get(home_id, []))

    def devices_at(self, ids: Iterable[str]) -> list[Device]:
        """The devices of `ids` (all of them here), in that order."""
        return [self[device_id] for device_id in ids]

    def _unindex(self, device: Device) -> None:
        self._follow_moves()
        del self._ids[bisect_left(self._ids, device.id)]
        home = self._by_home[device.home_id]
        del home[bisect_left(home, device.id)]

    def _follow_moves(self) -> None:
        """Rebuild the per-home orders when some device's home_id changed since they were built (rare)."""
        if Device.home_moves == self._moves_seen:
            return
        self._moves_seen = Device.home_moves
        self._by_home = {}
        for device_id in self._ids:
            self._by_home.setdefault(self._by_id[device_id].home_id, []).append(device_id)
