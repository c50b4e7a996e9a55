"""The users group: the project's users, one at a time or listed by app and sign-up window."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError, illegal
from .seed import Seed
from .state import Args, Sample, WorldState, page


class Users(WorldState):
    group = "users"
    samples: ClassVar[dict[str, Sample]] = {
        "get": {"uid": Seed.MEMBER_ID},
        "list": {"schema": Seed.APP_SCHEMA, "page_no": 1, "page_size": 2},
    }

    def get(self, args: Args) -> Any:
        user = self.users.get(args["uid"])
        if user is None:
            raise CloudError(2006)
        out: dict[str, Any] = {
            "uid": user.uid,
            "username": user.username,
            "country_code": user.country_code,
            "nick_name": user.nick_name,
            "avatar": "https://images.tuyaeu.com/app/default_avatar/avatar1.png",
            "create_time": user.create_time,
            "update_time": user.create_time,
            "user_properties": [{"code": "dataAuthorization", "value": "1"}, {"code": "marketingPush", "value": "0"}],
            "time_zone_id": user.time_zone_id,
            "temp_unit": user.temp_unit,
            "email": user.email or "",
        }
        if user.mobile is not None:
            out["mobile"] = user.mobile
        return out

    def list(self, args: Args) -> Any:
        if args["schema"] != self.app_schema:
            raise CloudError(1106, f"the project has no app with schema {args['schema']!r}")
        window = 30 * 86400
        start: int | None = args.get("start_time")
        end: int | None = args.get("end_time")
        if start is None:
            end = self.now() if end is None else end
            start = end - window
        elif end is None:
            end = start + window
        if end < start or end - start > window:
            raise illegal("end_time", "the window must span 0 to 30 days")
        users = [
            u
            for u in sorted(self.users.values(), key=lambda u: u.create_time)
            if start <= u.create_time <= end and args.get("username") in (None, u.username)
        ]
        shown = page(users, args["page_no"], args["page_size"])
        items = []
        for user in shown:
            item: dict[str, Any] = {
                "uid": user.uid,
                "username": user.username,
                "country_code": user.country_code,
                "create_time": user.create_time,
                "update_time": user.create_time,
            }
            if user.mobile is not None:
                item["mobile"] = user.mobile
            if user.email is not None:
                name, _, domain = user.email.partition("@")
                item["email"] = f"{name[:1]}***@{domain}"
            items.append(item)
        return {"list": items, "has_more": args["page_no"] * args["page_size"] < len(users), "total": len(users)}
