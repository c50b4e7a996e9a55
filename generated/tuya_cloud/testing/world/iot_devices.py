"""The iot_devices group: industry device management (/v1.x/iot-03/devices), over the same devices as
devices.py. The v1.3 list selects devices by source (asset, app, app user or product) and pages with a
row-key cursor; a rename or removal here is what the smart-home and thing-model calls see next."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import illegal
from .records import Device
from .seed import Seed
from .state import BEHAVIOURS, Args, Sample, WorldState, row_key_page

CATEGORY_NAMES = {
    "dj": "Light",
    "kg": "Switch",
    "cz": "Socket",
    "jtmspro": "Smart lock",
    "wg2": "Gateway",
    "wsdcg": "Temperature and humidity sensor",
    "mcs": "Door and window sensor",
    "ywbj": "Smoke detector",
}


class IotDevices(WorldState):
    group = "iot_devices"
    samples: ClassVar[dict[str, Sample]] = {
        "list": {"source_type": "tuyaUser", "source_id": Seed.USER_ID, "page_size": 3},
        "get": {"device_id": Seed.SENSOR_ID},
        "get_v1_1": {"device_id": Seed.PLUG_ID},
        "list_factory_infos": {"device_ids": [Seed.PLUG_ID, Seed.SENSOR_ID]},
        "rename": {"device_id": Seed.LIGHT_ID, "name": "Desk lamp"},
        "delete": {"device_id": Seed.LOCK_ID},
        "delete_many": {"device_ids": [Seed.GATEWAY_ID, Seed.SENSOR_ID]},
        "reset_factory": {"device_id": Seed.SWITCH_ID},
    }

    # Helpers before `list`, whose name would shadow the builtin in the annotations below it.
    def _source_devices(self, source_type: str, source_id: str | None) -> list[Device]:
        devices = sorted(self.devices.values(), key=lambda d: d.id)
        if source_id is None:
            return devices  # no source named: every device of the project
        if source_type == "asset":
            asset = self.assets.get(source_id)
            return [d for d in devices if asset is not None and d.id in asset.device_ids]
        if source_type == "homeApp":
            return devices if source_id == self.app_schema else []
        if source_type == "tuyaUser":
            homes = {h.id for h in self.homes.values() if source_id in h.members}
            return [d for d in devices if d.home_id in homes]
        if source_type == "product":
            return [d for d in devices if d.product.product_id == source_id]
        raise illegal("source_type", "one of asset, homeApp, tuyaUser, product")

    def _iot_device_json(self, device: Device, *, detailed: bool) -> dict[str, Any]:
        """BaseDeviceRes (v1.0 details) or, `detailed`, the v1.1 object the v1.3 list also returns."""
        home = self.homes.get(device.home_id)
        asset = next((a.id for a in self.assets.values() if device.id in a.device_ids), "")
        out: dict[str, Any] = {
            "id": device.id,
            "uuid": device.uuid,
            "category": device.product.category,
            "name": device.name,
            "product_id": device.product.product_id,
            "product_name": device.product.name,
            "local_key": device.local_key,
            "sub": device.gateway_id is not None,
            "asset_id": asset,
            "ip": "" if device.gateway_id else "203.0.113.17",
            "lat": f"{home.lat:.2f}" if home else "",
            "lon": f"{home.lon:.2f}" if home else "",
            "model": device.product.model,
            "time_zone": "+01:00",
            "active_time": device.active_time,
            "create_time": device.create_time,
            "update_time": device.update_time,
            "online": device.online,
        }
        if detailed:
            out.update(
                {
                    "gateway_id": device.gateway_id or "",
                    "node_id": device.node_id or "",
                    "category_name": CATEGORY_NAMES.get(device.product.category, device.product.category),
                    "owner_id": str(device.home_id),
                    "icon": device.product.icon,
                }
            )
            if device.sn is not None:
                out["sn"] = device.sn
        return out

    def list(self, args: Args) -> Any:
        devices = self._source_devices(args.get("source_type", "asset"), args.get("source_id"))
        if args.get("device_ids") is not None:
            devices = [d for d in devices if d.id in set(args["device_ids"])]
        if args.get("name") is not None:
            devices = [d for d in devices if args["name"] in d.name]
        if args.get("category") is not None:
            devices = [d for d in devices if d.product.category == args["category"]]
        if args.get("product_id") is not None:
            devices = [d for d in devices if d.product.product_id == args["product_id"]]
        ids, more = row_key_page([d.id for d in devices], args.get("last_row_key"), args.get("page_size", 20))
        return {
            "has_more": more,
            "last_row_key": ids[-1] if ids else "",
            "total": len(devices),
            "list": [self._iot_device_json(self.devices[i], detailed=True) for i in ids],
        }

    def get(self, args: Args) -> Any:
        return self._iot_device_json(self.device(args["device_id"]), detailed=False)

    def get_v1_1(self, args: Args) -> Any:
        return self._iot_device_json(self.device(args["device_id"]), detailed=True)

    def list_factory_infos(self, args: Args) -> Any:
        return BEHAVIOURS["devices.list_factory_infos"](self, args)

    def rename(self, args: Args) -> Any:
        return BEHAVIOURS["devices.rename"](self, args)

    def delete(self, args: Args) -> Any:
        return BEHAVIOURS["devices.delete"](self, args)

    def reset_factory(self, args: Args) -> Any:
        return BEHAVIOURS["devices.reset_factory"](self, args)

    def delete_many(self, args: Args) -> Any:
        for device_id in args["device_ids"]:
            device = self.devices.get(device_id)
            if device is not None:  # a sub-device may have gone with its gateway already
                self._remove_device(device)
        return True
