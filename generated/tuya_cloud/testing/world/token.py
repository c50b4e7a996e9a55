"""The token group: the ledger of issued tokens, and the behaviours of token.get and token.refresh.

Tokens belong to the project, not to the seeded account: FakeTuyaCloud keeps one ledger for its whole
life and hands it to every World it builds, so `reset_world()` does not sign clients out. The server
asks the same ledger whether a request's access token is live before any behaviour runs.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any, ClassVar

from .errors import CloudError
from .seed import Seed
from .state import Args, Clock, Sample, WorldState


@dataclass
class AccessToken:
    refresh_token: str
    expires_at: float  # server clock
    revoked: bool = False


class TokenLedger:
    """Every access and refresh token issued, and how many grants and refreshes there were."""

    def __init__(self, clock: Clock, ttl: int = 7200) -> None:
        self.clock = clock
        self.ttl = ttl  # access token lifetime in seconds
        self.grants = 0
        self.refreshes = 0
        self.logins = 0
        self._access: dict[str, AccessToken] = {}
        self._refresh: dict[str, tuple[str, bool]] = {}  # refresh token -> (its access token, used)

    def grant(self) -> dict[str, Any]:
        self.grants += 1
        return self._issue()

    def login(self, uid: str) -> dict[str, Any]:
        """A token of an app account (associated_users.login): live like any other, issued to `uid`."""
        self.logins += 1
        return {**self._issue(), "uid": uid}

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        entry = self._refresh.get(refresh_token)
        if entry is None:
            raise CloudError(1011)
        access, used = entry
        if used:
            # A spent refresh token is a known token in the wrong state, which is what 1012 "token status
            # is invalid" says; 1011 is kept for tokens this server never issued.
            raise CloudError(1012)
        self._refresh[refresh_token] = (access, True)
        old = self._access.get(access)
        if old is not None:
            old.revoked = True  # refreshing retires the old access token too
        self.refreshes += 1
        return self._issue()

    def check(self, access_token: str) -> None:
        """Raise Tuya's answer to a request signed with `access_token` unless the token is live."""
        token = self._access.get(access_token)
        if token is None or token.revoked:
            raise CloudError(1011)
        if token.expires_at <= self.clock():
            raise CloudError(1010)

    def expire_all(self) -> None:
        """Expire every access token now; refresh tokens still work once, as on Tuya."""
        for token in self._access.values():
            token.expires_at = min(token.expires_at, self.clock() - 1)

    def issued(self) -> list[str]:
        """Every access and refresh token issued so far."""
        return [*self._access, *self._refresh]

    def _issue(self) -> dict[str, Any]:
        access, refresh = secrets.token_hex(16), secrets.token_hex(16)
        self._access[access] = AccessToken(refresh_token=refresh, expires_at=self.clock() + self.ttl)
        self._refresh[refresh] = (access, False)
        return {"access_token": access, "expire_time": self.ttl, "refresh_token": refresh, "uid": Seed.USER_ID}


class Token(WorldState):
    group = "token"
    samples: ClassVar[dict[str, Sample]] = {
        "get": {"grant_type": 1},
        "refresh": lambda world: {"refresh_token": world.tokens.grant()["refresh_token"]},
    }

    def get(self, args: Args) -> Any:
        if args.get("grant_type") != 1:
            raise CloudError(1107, "this fake cloud only grants simple-mode tokens (grant_type 1)")
        return self.tokens.grant()

    def refresh(self, args: Args) -> Any:
        return self.tokens.refresh(args["refresh_token"])
