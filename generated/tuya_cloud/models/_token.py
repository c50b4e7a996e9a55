# Generated from spec/groups/token.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class TokenInfo(TuyaModel):
    """
    A token pair as the token APIs return it. expire_time counts seconds from the moment of the reply, so the expiry is the reply's time plus expire_time, read on one clock: Tuya's (the envelope `t`) or the caller's own (the time the reply arrived), never one against the other.

    """

    access_token: Annotated[str | None, Field(repr=False, description="Token that signs every business call.")] = None
    expire: Annotated[
        int | None,
        Field(
            deprecated="TokenInfo.expire is deprecated since 0.1.0; use expire_time instead",
            description="Deprecated since 0.1.0; use expire_time instead. Name one older page gives the lifetime field in its table; every example (and the live API) uses expire_time. Read expire_time first and fall back to this.",
        ),
    ] = None
    expire_time: Annotated[
        int | None,
        Field(
            description="Seconds the access token stays valid (7200 for a new token; less when Tuya hands back a token that is still alive).\n",
            ge=0,
        ),
    ] = None
    refresh_token: Annotated[str | None, Field(repr=False, description="Refresh token; single use, no expiry.")] = None
    uid: Annotated[str | None, Field(description="Tuya user ID of the cloud project's account.")] = None
