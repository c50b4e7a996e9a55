# Generated from spec/groups/open_hub.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class OpenHubConfig(TuyaModel):
    """
    What an MQTT client needs to connect to the open hub.
    """

    client_id: Annotated[str | None, Field(description="MQTT client ID to connect with.")] = None
    expire_time: Annotated[
        int | None, Field(description="Seconds the settings stay valid; reconnect with new ones before.", ge=0)
    ] = None
    password: Annotated[
        str | None,
        Field(
            repr=False,
            description="MQTT password; its middle 16 characters are the AES key of the messages (the mini-program page says so).",
        ),
    ] = None
    sink_topic: Annotated[dict[str, str] | None, Field(description="Topics to publish to, by kind.")] = None
    source_topic: Annotated[
        dict[str, str] | None,
        Field(description='Topics to subscribe to, by kind, e.g. {"device": "cloud/token/in/..."}.'),
    ] = None
    url: Annotated[
        str | None,
        Field(description="Broker address, e.g. ssl://m1.tuyaus.com:8883 (or a wss:// URL for websocket links)."),
    ] = None
    username: Annotated[str | None, Field(description="MQTT user name.")] = None
