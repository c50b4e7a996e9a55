"""The users group: the project's users, one at a time or listed by app (v2.0 with a sign-up window, v1.0 by page),
and the sync call that registers or updates an app user."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError, illegal
from .records import User
from .seed import Seed
from .state import Args, Sample, WorldState, page


class Users(WorldState):
    group = "users"
    samples: ClassVar[dict[str, Sample]] = {
        "get": {"uid": Seed.MEMBER_ID},
        "list": {"schema": Seed.APP_SCHEMA, "page_no": 1, "page_size": 2},
        "sync": {
            "schema": Seed.APP_SCHEMA,
            "country_code": "1",
            "username": "kim@example.com",
            "password": "0cc175b9c0f1b6a831c399e269772661",
            "username_type": 2,
            "nick_name": "Kimberly",
        },
        "list_v1": {"schema": Seed.APP_SCHEMA, "page_no": 1, "page_size": 2},
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

    def _check_schema(self, schema: str) -> None:
        if schema != self.app_schema:
            raise CloudError(1106, f"the project has no app with schema {schema!r}")

    def sync(self, args: Args) -> Any:
        self._check_schema(args["schema"])
        user = next((u for u in self.users.values() if u.username == args["username"]), None)
        if user is None:
            self._next_issued += 1
            user = User(
                uid=f"az{1700000000100 + self._next_issued:013d}synca",
                username=args["username"],
                country_code=args["country_code"],
                nick_name=args.get("nick_name") or "",
                create_time=self.now(),
                mobile=f"{args['country_code']}-{args['username']}" if args["username_type"] == 1 else None,
                email=args["username"] if args["username_type"] == 2 else None,
            )
            self.users[user.uid] = user
        elif user.country_code != args["country_code"]:  # country code, user name and type never change
            raise illegal("country_code", f"{user.username} is registered with country code {user.country_code}")
        self.app_passwords[user.uid] = args["password"].lower()  # what an app-account login checks
        if args.get("nick_name") is not None:
            user.nick_name = args["nick_name"]
        if args.get("time_zone_id") is not None:
            user.time_zone_id = args["time_zone_id"]
        return {"uid": user.uid}

    def list_v1(self, args: Args) -> Any:
        self._check_schema(args["schema"])
        users = sorted(self.users.values(), key=lambda u: u.create_time)
        shown = page(users, args["page_no"], args["page_size"])
        items = []
        for user in shown:
            item: dict[str, Any] = {"uid": user.uid, "username": user.username}
            item.update(create_time=user.create_time, update_time=user.create_time)
            if user.email is not None:
                item["email"] = user.email
            items.append(item)
        return {"list": items, "total": len(users), "has_more": args["page_no"] * args["page_size"] < len(users)}

    def list(self, args: Args) -> Any:
        self._check_schema(args["schema"])
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
