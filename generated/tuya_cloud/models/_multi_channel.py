# Generated from spec/groups/multi_channel.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class ChannelName(TuyaModel):
    """
    The name of the device itself or of one of its channels.
    """

    identifier: Annotated[
        str | None, Field(description="main for the device itself, otherwise the channel's DP code, e.g. switch_1.")
    ] = None
    name: Annotated[str | None, Field(description="Name shown for the device or channel.")] = None
