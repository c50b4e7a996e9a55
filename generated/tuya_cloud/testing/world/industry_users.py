"""The industry_users group: the industry project's own users (iot-02), their login (iot-03) and the
assets granted to them. The project's own token sees every asset, with permission "all"."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .records import IndustryUser
from .seed import Seed
from .state import Args, Sample, WorldState, row_key_page


class IndustryUsers(WorldState):
    group = "industry_users"
    samples: ClassVar[dict[str, Sample]] = {
        "login": {
            "username": "operator@example.com",
            "password": hashlib.sha256(Seed.APP_PASSWORD.encode()).hexdigest(),
        },
        "create": {
            "username": "night-shift@example.com",
            "password": hashlib.sha256(b"night").hexdigest(),
            "country_code": "49",
            "user_nick_name": "Night shift",
        },
        "list": {"page_size": 5},
        "get": {"user_id": Seed.OPERATOR_ID},
        "change_password": {
            "user_id": Seed.OPERATOR_ID,
            "old_password": hashlib.sha256(Seed.APP_PASSWORD.encode()).hexdigest(),
            "new_password": hashlib.sha256(b"new").hexdigest(),
        },
        "authorize_assets": {"uid": Seed.OPERATOR_ID, "asset_ids": Seed.HOLIDAY_ASSET_ID},
        "list_assets": {"page_no": 0, "page_size": 5},
    }

    def login(self, args: Args) -> Any:
        user = next((u for u in self.industry_users.values() if u.username == args["username"]), None)
        if user is None:
            raise CloudError(2006)
        if not hmac.compare_digest(user.password_sha256, args["password"]):
            raise CloudError(1106, "password: wrong user name or password")
        token = self.tokens.login(user.uid)
        # This call alone names the lifetime `expire` (the other token calls say expire_time).
        return {
            "uid": user.uid,
            "access_token": token["access_token"],
            "refresh_token": token["refresh_token"],
            "expire": token["expire_time"],
        }

    def create(self, args: Args) -> Any:
        if any(u.username == args["username"] for u in self.industry_users.values()):
            raise illegal("username", "already registered")
        uid = "ay" + hashlib.sha256(f"industry:{args['username']}".encode()).hexdigest()[:18]
        self.industry_users[uid] = IndustryUser(
            uid=uid,
            username=args["username"],
            country_code=args["country_code"],
            password_sha256=args["password"],
            nick_name=args.get("user_nick_name", ""),
        )
        return {"user_id": uid}

    def list(self, args: Args) -> Any:
        uids = sorted(self.industry_users)
        size = args.get("page_size", 20)
        shown, more = row_key_page(uids, args.get("last_row_key"), size)
        return {
            "list": [self._industry_user_json(self.industry_users[u]) for u in shown],
            "last_row_key": shown[-1] if shown else "",
            "page_size": size,
            "has_next": more,
        }

    def get(self, args: Args) -> Any:
        return self._industry_user_json(self._industry_user(args["user_id"]))

    def change_password(self, args: Args) -> Any:
        user = self._industry_user(args["user_id"])
        if not hmac.compare_digest(user.password_sha256, args["old_password"]):
            raise CloudError(1106, "old_password: not the user's password")
        user.password_sha256 = args["new_password"]
        return True

    def authorize_assets(self, args: Args) -> Any:
        user = self._industry_user(args["uid"])
        granted = args["asset_ids"].split(",")
        for asset_id in granted:
            if asset_id not in self.assets:
                raise CloudError(1000, f"asset_ids: no asset {asset_id}")
        if args.get("authorized_children"):
            frontier = list(granted)
            while frontier:
                parent = frontier.pop()
                children = [a.id for a in self.assets.values() if a.parent_id == parent]
                granted += children
                frontier += children
        user.asset_ids.update(granted)
        return True

    def list_assets(self, args: Args) -> Any:
        parent = args.get("parent_asset_id", "-1")
        assets = [a for a in self.assets.values() if a.parent_id == parent]
        size = args.get("page_size", 20)
        start = args.get("page_no", 0) * size
        shown = assets[start : start + size]
        return {
            "has_more": start + len(shown) < len(assets),
            "project_name": "Fake cloud project",
            "assets": [
                {
                    "asset_id": a.id,
                    "asset_name": a.name,
                    "parent_asset_id": a.parent_id,
                    "permission": "all",
                    "current_asset_device_num": sum(1 for d in a.device_ids if d in self.devices),
                }
                for a in shown
            ],
        }

    def _industry_user(self, uid: str) -> IndustryUser:
        user = self.industry_users.get(uid)
        if user is None:
            raise CloudError(2006)
        return user

    def _industry_user_json(self, user: IndustryUser) -> dict[str, Any]:
        return {"user_id": user.uid, "user_name": user.username, "country_code": user.country_code}
