# Generated from spec/groups/cameras.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import TuyaModel


class StreamUrl(TuyaModel):
    """
    A live-stream address.
    """

    url: Annotated[
        str | None,
        Field(
            description="The stream's URL (rtsps://, https://...m3u8, ...) with its signInfo; it expires after a while and should be treated as a secret.\n"
        ),
    ] = None


class WebRtcAudioAttributes(TuyaModel):
    """
    Audio abilities: call_mode and hardware_capability, lists of numbers.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    call_mode: Annotated[list[int] | None, Field(description="Supported call modes.")] = None
    hardware_capability: Annotated[
        list[int] | None, Field(description="Audio hardware of the device (speaker, microphone).")
    ] = None


class WebRtcIceServer(TuyaModel):
    """
    One ICE server (STUN, TURN or Tuya's NAT helper) for a WebRTC connection.
    """

    credential: Annotated[str | None, Field(repr=False, description="TURN password (TURN servers only; a secret).")] = (
        None
    )
    ttl: Annotated[int | None, Field(description="How long the credential is valid, in seconds.")] = None
    urls: Annotated[str | None, Field(description="Server address, e.g. stun:host:port or turn:host:3478.")] = None
    username: Annotated[str | None, Field(description="TURN user name (TURN servers only).")] = None


class WebRtcP2pConfig(TuyaModel):
    """
    Peer-to-peer settings.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    ices: Annotated[list[WebRtcIceServer] | None, Field(description="ICE servers, STUN first.")] = None


class WebRtcConfig(TuyaModel):
    """
    What a WebRTC client needs to reach the device's camera through Tuya's signalling.
    """

    audio_attributes: Annotated[
        WebRtcAudioAttributes | None,
        Field(
            description="Audio abilities: call_mode and hardware_capability, lists of numbers.",
            title="WebRtcAudioAttributes",
        ),
    ] = None
    auth: Annotated[str | None, Field(description="Authorization code for the signalling session (a secret).")] = None
    id: Annotated[str | None, Field(description="Device ID.")] = None
    moto_id: Annotated[str | None, Field(description="ID of the signalling service to address.")] = None
    p2p_config: Annotated[
        WebRtcP2pConfig | None, Field(description="Peer-to-peer settings.", title="WebRtcP2pConfig")
    ] = None
    skill: Annotated[
        str | None, Field(description="The camera's capabilities as a JSON text; parse it before use.")
    ] = None
    supports_webrtc: Annotated[bool | None, Field(description="Whether the device can stream over WebRTC at all.")] = (
        None
    )
    vedio_clarity: Annotated[
        int | None,
        Field(
            description='Default video definition. The name is Tuya\'s, misspelt ("vedio") on the wire, so it is kept.'
        ),
    ] = None
