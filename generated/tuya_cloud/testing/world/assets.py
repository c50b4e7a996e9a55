"""The assets group (iot-02): the industrial asset tree over the seeded devices. An asset holds device
IDs; a device removed from the project drops out of its asset's listing. Listings page with a row-key
cursor and, as iot-02 does, say `has_next` rather than `has_more`."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError
from .records import Asset
from .seed import Seed
from .state import Args, Sample, WorldState, row_key_page

ROOT = "-1"


class Assets(WorldState):
    group = "assets"
    samples: ClassVar[dict[str, Sample]] = {
        "list_devices": {"asset_id": Seed.ASSET_ID, "page_size": 3},
        "list_sub_assets": {"asset_id": "-1", "page_size": 1},
        "get": {"asset_id": Seed.LIVING_ASSET_ID},
        "list": {"asset_ids": [Seed.ASSET_ID, Seed.HOLIDAY_ASSET_ID]},
        "create": {"name": "Cellar", "parent_asset_id": Seed.ASSET_ID},
        "update": {"asset_id": Seed.HOLIDAY_ASSET_ID, "name": "Beach house"},
        "delete": {"asset_id": Seed.ASSET_ID},
    }

    def list_devices(self, args: Args) -> Any:
        asset = self._asset(args["asset_id"])
        ids = [d for d in asset.device_ids if d in self.devices]
        shown, more = row_key_page(ids, args.get("last_row_key"), args["page_size"])
        return {
            "list": [{"device_id": d, "asset_id": asset.id, "asset_name": asset.name} for d in shown],
            "last_row_key": shown[-1] if shown else "",
            "total_size": len(ids),
            "page_size": args["page_size"],
            "has_next": more,
        }

    def list_sub_assets(self, args: Args) -> Any:
        parent = args["asset_id"]
        if parent != ROOT:
            self._asset(parent)
        ids = [a.id for a in self.assets.values() if a.parent_id == parent]
        shown, more = row_key_page(ids, args.get("last_row_key"), args["page_size"])
        return {
            "list": [self._asset_json(self.assets[a]) for a in shown],
            "last_row_key": shown[-1] if shown else "",
            "page_size": args["page_size"],
            "has_next": more,
        }

    def get(self, args: Args) -> Any:
        return self._asset_json(self._asset(args["asset_id"]))

    def list(self, args: Args) -> Any:
        return [self._asset_json(self.assets[a]) for a in dict.fromkeys(args["asset_ids"]) if a in self.assets]

    def create(self, args: Args) -> Any:
        parent = args.get("parent_asset_id", ROOT)
        if parent != ROOT:
            self._asset(parent)
        asset_id = str(max((int(a) for a in self.assets), default=1712000000000000000) + 1)
        while asset_id in self.deleted_assets:
            asset_id = str(int(asset_id) + 1)  # an ID is never handed out twice
        self.assets[asset_id] = Asset(asset_id, args["name"], parent)
        return asset_id

    def update(self, args: Args) -> Any:
        self._asset(args["asset_id"]).name = args["name"]
        return True

    def delete(self, args: Args) -> Any:
        self._delete_asset(self._asset(args["asset_id"]))
        return True

    def _delete_asset(self, asset: Asset) -> None:
        """The asset and everything under it; their devices stay in the project, in no asset."""
        for child in [a for a in self.assets.values() if a.parent_id == asset.id]:
            self._delete_asset(child)
        del self.assets[asset.id]
        self.deleted_assets.add(asset.id)

    def _asset(self, asset_id: str) -> Asset:
        found = self.assets.get(asset_id)
        if found is None:
            raise CloudError(1000, f"asset_id: no asset {asset_id}")
        return found

    def _asset_json(self, asset: Asset) -> dict[str, Any]:
        names, node = [], asset
        while True:
            names.append(node.name)
            parent = self.assets.get(node.parent_id)
            if parent is None:
                break
            node = parent
        return {
            "asset_id": asset.id,
            "asset_name": asset.name,
            "asset_full_name": "/".join(reversed(names)),
            "parent_asset_id": asset.parent_id,
            "asset_image": "",
        }
