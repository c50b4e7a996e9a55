"""The devices group: a device's details, status, lists, logs, renaming, removal and factory reset."""

from __future__ import annotations

import base64
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .seed import Seed
from .state import Args, Sample, WorldState, log_text, page_across


def _row_key(seq: int) -> str:
    return base64.urlsafe_b64encode(f"row:{seq:010d}".encode()).decode().rstrip("=")


def _row_seq(key: str, where: str) -> int:
    try:
        text = base64.urlsafe_b64decode(key + "=" * (-len(key) % 4)).decode()
        if text.startswith("row:"):
            return int(text[4:])
    except ValueError:
        pass
    raise illegal(where, "not a row key this server issued")


def _after(ids: Sequence[str], device_id: str) -> int | None:
    """Where the ids after `device_id` start in sorted `ids`; None when it is not among them."""
    at = bisect_left(ids, device_id)
    return at + 1 if at < len(ids) and ids[at] == device_id else None


class Devices(WorldState):
    group = "devices"
    samples: ClassVar[dict[str, Sample]] = {
        "list_sub_devices": {"device_id": Seed.GATEWAY_ID},
        "list_factory_infos": {"device_ids": [Seed.LIGHT_ID, Seed.PLUG_ID]},
        "list": {"schema": Seed.APP_SCHEMA, "page_no": 1, "page_size": 3},
        "rename": {"device_id": Seed.LIGHT_ID, "name": "Reading lamp"},
        "list_logs": lambda world: {
            "device_id": Seed.LIGHT_ID,
            "type": [1, 2, 3, 5, 7],
            "start_time": (world.now() - 7 * 86400) * 1000,
            "end_time": world.now() * 1000 + 60000,
            "size": 3,
        },
        "reset_factory": {"device_id": Seed.LIGHT_ID},
        "get": {"device_id": Seed.SENSOR_ID},
        "delete": {"device_id": Seed.GATEWAY_ID},
        "list_for_user": {"uid": Seed.USER_ID, "from": "home", "page_no": 1, "page_size": 50},
        "get_status": {"device_id": Seed.PLUG_ID},
        "list_v2": {"product_id": "fk5pl9gq3rcz8mtr", "size": 1},
        "list_status": {"device_ids": [Seed.PLUG_ID, Seed.SENSOR_ID]},
    }

    def get(self, args: Args) -> Any:
        return self._device_json(self.device(args["device_id"]))

    def get_status(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        return [{"code": dp.code, "value": device.status[dp.code]} for dp in device.product.dps]

    def list_status(self, args: Args) -> Any:
        return self._batch_status(args["device_ids"])

    def rename(self, args: Args) -> Any:
        self.device(args["device_id"]).name = args["name"]
        return True

    def delete(self, args: Args) -> Any:
        device_id = args["device_id"]
        if device_id in self.deleted_devices:
            return True  # removing a device that is already gone does no further harm
        self._remove_device(self.device(device_id))
        return True

    def reset_factory(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        device.status = {dp.code: dp.default for dp in device.product.dps}
        device.function_names.clear()
        device.timers.clear()
        device.update_time = self.now()
        self.log_event(device, 4, "4")
        return True

    def _listed_ids(self, args: Args, time_field: str, start_name: str, end_name: str) -> Sequence[str]:
        """The ids a devices listing shows, in id order. Unfiltered, that is the table's own order (no copy);
        a product or time filter reads every device, as a query without an index would."""
        if args.get("schema") is not None and args["schema"] != self.app_schema:
            return []
        if args.get("device_ids") is not None:
            ids: Sequence[str] = sorted({i for i in args["device_ids"] if i in self.devices})
        else:
            ids = self.devices.sorted_ids()
        product, start, end = args.get("product_id"), args.get(start_name), args.get(end_name)
        if product is None and start is None and end is None:
            return ids
        low, high = start if start is not None else 0, end if end is not None else 10**10
        return [
            d.id
            for d in self.devices.devices_at(ids)
            if (product is None or d.product.product_id == product) and low <= getattr(d, time_field) <= high
        ]

    def list(self, args: Args) -> Any:
        ids = self._listed_ids(args, "create_time", "start_time", "end_time")
        start = (args["page_no"] - 1) * args["page_size"]
        if args.get("last_id") is not None:
            start = _after(ids, args["last_id"]) or 0
        shown = self.devices.devices_at(ids[start : start + args["page_size"]])
        result: dict[str, Any] = {"total": len(ids), "devices": [self._device_json(d) for d in shown]}
        if shown:
            result["last_id"] = shown[-1].id
        return result

    def list_v2(self, args: Args) -> Any:
        ids = self._listed_ids(args, "update_time", "start_update_time", "end_update_time")
        start = 0
        if args.get("last_row_key") is not None:
            after = _after(ids, args["last_row_key"])
            if after is None:
                raise illegal("last_row_key", "unknown row key")
            start = after
        shown = self.devices.devices_at(ids[start : start + args["size"]])
        last = shown[-1].id if shown else args.get("last_row_key", "")
        return {
            "has_more": start + len(shown) < len(ids),
            "last_row_key": last,
            "total": len(ids),
            "last_id": last,
            "devices": [self._device_json(d) for d in shown],
        }

    def list_for_user(self, args: Args) -> Any:
        if args["uid"] not in self.users:
            raise CloudError(2006)
        homes = [h.id for h in self.homes.values() if args["uid"] in h.members]
        if args.get("from", "home") != "home":
            homes = []
        parts = [self.devices.sorted_ids(home) for home in homes]
        if args.get("page_size") is None:  # no page size: every device, whatever page_no says
            ids = page_across(parts, 0, sum(len(part) for part in parts))
        else:
            ids = page_across(parts, (args.get("page_no", 1) - 1) * args["page_size"], args["page_size"])
        return [self._device_json(d) for d in self.devices.devices_at(ids)]

    def list_factory_infos(self, args: Args) -> Any:
        out = []
        for device_id in args["device_ids"]:
            device = self.devices.get(device_id)
            if device is not None:
                info = {"id": device.id, "uuid": device.uuid, "mac": device.mac}
                if device.sn is not None:
                    info["sn"] = device.sn
                out.append(info)
        return out

    def list_sub_devices(self, args: Args) -> Any:
        gateway = self.device(args["device_id"])
        subs = sorted((d for d in self.devices.values() if d.gateway_id == gateway.id), key=lambda d: d.id)
        return [
            {
                "id": d.id,
                "name": d.name,
                "online": d.online,
                "active_time": d.active_time,
                "update_time": d.update_time,
                "product_id": d.product.product_id,
                "category": d.product.category,
                "node_id": d.node_id or "",
                "owner_id": str(d.home_id),
                "icon": d.product.icon,
            }
            for d in subs
        ]

    def list_logs(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        if args["end_time"] < args["start_time"]:
            raise illegal("end_time", "must not be before start_time")
        types, codes = set(args["type"]), set(args.get("codes") or ())
        events = [
            e
            for e in sorted(device.logs, key=lambda e: (e.event_time, e.seq), reverse=True)
            if e.event_id in types
            and args["start_time"] <= e.event_time <= args["end_time"]
            and (not codes or e.code in codes)
        ]
        size = args.get("size", 20)
        paid = args.get("query_type") == 2
        start = 0
        key = args.get("last_row_key") if paid else args.get("start_row_key")
        if key is not None:
            where = "last_row_key" if paid else "start_row_key"
            seq = _row_seq(key, where)
            seqs = [e.seq for e in events]
            if seq not in seqs:
                raise illegal(where, "the row key is outside this query")
            start = seqs.index(seq) + (1 if paid else 0)
        shown = events[start : start + size]
        has_next = start + size < len(events)
        logs = []
        for event in shown:
            entry: dict[str, Any] = {
                "event_time": event.event_time,
                "event_from": event.event_from,
                "event_id": event.event_id,
                "status": "1",
                "row": _row_key(event.seq),
            }
            if event.code is not None:
                entry["code"], entry["value"] = event.code, log_text(event.value)
            logs.append(entry)
        result: dict[str, Any] = {"device_id": device.id, "has_next": has_next, "logs": logs}
        if paid:
            result["count"] = len(events)
        else:
            result["current_row_key"] = _row_key(shown[0].seq) if shown else ""
            result["next_row_key"] = _row_key(events[start + size].seq) if has_next else None
        return result
