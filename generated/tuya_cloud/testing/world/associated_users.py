"""The associated_users group (iot-01): the app accounts linked to the project. Their devices are the
devices of every home a linked account belongs to, listed with a row-key cursor; logging in as one
issues that account a token of its own from the project's ledger."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, ClassVar

from .errors import CloudError
from .seed import Seed
from .state import Args, Sample, WorldState, row_key_page

LINKED_ACCOUNTS = (Seed.USER_ID,)  # the app accounts linked to the fake cloud's project
PUBLIC_APPS = frozenset({"tuyaSmart", "smartlife"})  # Tuya's own apps, besides the project's app


class AssociatedUsers(WorldState):
    group = "associated_users"
    samples: ClassVar[dict[str, Sample]] = {
        "list_devices": {"size": 3},
        "login": {
            "country_code": "49",
            "username": "alex@example.com",
            "password": hashlib.md5(Seed.APP_PASSWORD.encode()).hexdigest(),
            "schema": Seed.APP_SCHEMA,
        },
    }

    def list_devices(self, args: Args) -> Any:
        homes = {h.id for h in self.homes.values() if any(uid in h.members for uid in LINKED_ACCOUNTS)}
        devices = [
            d
            for d in sorted(self.devices.values(), key=lambda d: d.id)
            if d.home_id in homes
            and args.get("start_update_time", 0) <= d.update_time <= args.get("end_update_time", 10**10)
        ]
        ids, more = row_key_page([d.id for d in devices], args.get("last_row_key"), args.get("size", 20))
        return {
            "devices": [self._device_json(self.devices[i]) for i in ids],
            "last_row_key": ids[-1] if ids else "",
            "has_more": more,
            "total": len(devices),
        }

    def login(self, args: Args) -> Any:
        if args["schema"] != self.app_schema and args["schema"] not in PUBLIC_APPS:
            raise CloudError(2006, f"schema: no app {args['schema']!r} is linked to this project")
        user = next(
            (
                u
                for u in self.users.values()
                if u.username == args["username"] and u.country_code == args["country_code"]
            ),
            None,
        )
        if user is None:
            raise CloudError(2006)
        if not hmac.compare_digest(self.app_passwords.get(user.uid, ""), args["password"]):
            raise CloudError(1106, "password: wrong user name or password")
        return self.tokens.login(user.uid)
