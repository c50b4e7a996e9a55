"""The devices group: a device's details, status, lists, logs, renaming, removal and factory reset."""

from __future__ import annotations

import base64
from typing import Any

from .errors import CloudError, illegal
from .records import Device
from .state import Args, WorldState, log_text, page


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


class Devices(WorldState):
    group = "devices"

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

    def _filtered_devices(self, args: Args) -> list[Device]:
        devices = sorted(self.devices.values(), key=lambda d: d.id)
        if args.get("schema") is not None and args["schema"] != self.app_schema:
            return []
        if args.get("device_ids") is not None:
            devices = [d for d in devices if d.id in set(args["device_ids"])]
        if args.get("product_id") is not None:
            devices = [d for d in devices if d.product.product_id == args["product_id"]]
        return devices

    def list(self, args: Args) -> Any:
        devices = [
            d
            for d in self._filtered_devices(args)
            if args.get("start_time", 0) <= d.create_time <= args.get("end_time", 10**10)
        ]
        if args.get("last_id") is not None:
            ids = [d.id for d in devices]
            start = ids.index(args["last_id"]) + 1 if args["last_id"] in ids else 0
            shown = devices[start : start + args["page_size"]]
        else:
            shown = page(devices, args["page_no"], args["page_size"])
        result: dict[str, Any] = {"total": len(devices), "devices": [self._device_json(d) for d in shown]}
        if shown:
            result["last_id"] = shown[-1].id
        return result

    def list_v2(self, args: Args) -> Any:
        devices = [
            d
            for d in self._filtered_devices(args)
            if args.get("start_update_time", 0) <= d.update_time <= args.get("end_update_time", 10**10)
        ]
        start = 0
        if args.get("last_row_key") is not None:
            ids = [d.id for d in devices]
            if args["last_row_key"] not in ids:
                raise illegal("last_row_key", "unknown row key")
            start = ids.index(args["last_row_key"]) + 1
        shown = devices[start : start + args["size"]]
        last = shown[-1].id if shown else args.get("last_row_key", "")
        return {
            "has_more": start + len(shown) < len(devices),
            "last_row_key": last,
            "total": len(devices),
            "last_id": last,
            "devices": [self._device_json(d) for d in shown],
        }

    def list_for_user(self, args: Args) -> Any:
        if args["uid"] not in self.users:
            raise CloudError(2006)
        devices: list[Device] = []
        if args.get("from", "home") == "home":
            homes = [h for h in self.homes.values() if args["uid"] in h.members]
            devices = [d for home in homes for d in self._home_devices(home)]
        if args.get("page_size") is not None:
            devices = page(devices, args.get("page_no", 1), args["page_size"])
        return [self._device_json(d) for d in devices]

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
