"""The cameras group in the fake world: the video lock answers stream allocation with a new signed URL of the
protocol asked for, to the project and to its own users only, and gives WebRTC settings."""

from __future__ import annotations

import json

import pytest

from tuya_cloud import DeviceError, TuyaAPIError, TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed


def test_a_camera_answers_stream_allocation(tuya_client: TuyaCloud) -> None:
    hls = tuya_client.cameras.allocate_stream(device_id=Seed.LOCK_ID, type="hls").url or ""
    again = tuya_client.cameras.allocate_stream(device_id=Seed.LOCK_ID, type="hls").url or ""
    rtsp = tuya_client.cameras.allocate_stream(device_id=Seed.LOCK_ID, type="RTSP").url or ""
    assert hls.startswith("https://") and ".m3u8?signInfo=" in hls and Seed.LOCK_ID in hls
    assert again != hls  # every allocation is a session of its own
    assert rtsp.startswith("rtsps://")
    users = tuya_client.cameras.allocate_user_stream(uid=Seed.MEMBER_ID, device_id=Seed.LOCK_ID, type="flv")
    assert (users.url or "").split("?")[0].endswith(".flv")


def test_only_cameras_and_their_users_get_a_stream(tuya_client: TuyaCloud, fake_tuya_cloud: FakeTuyaCloud) -> None:
    with pytest.raises(DeviceError):  # the plug has no camera
        tuya_client.cameras.allocate_stream(device_id=Seed.PLUG_ID, type="hls")
    with pytest.raises(TuyaAPIError) as denied:  # Kim is not a user of the front door
        tuya_client.cameras.allocate_user_stream(uid=Seed.APP_USER_ID, device_id=Seed.LOCK_ID, type="hls")
    assert denied.value.code == 1106
    with pytest.raises(TuyaAPIError, match="type"):
        tuya_client.cameras.allocate_stream(device_id=Seed.LOCK_ID, type="mjpeg")
    with fake_tuya_cloud.lock:
        fake_tuya_cloud.world.set_online(Seed.LOCK_ID, False)
    with pytest.raises(DeviceError, match="offline"):
        tuya_client.cameras.allocate_stream(device_id=Seed.LOCK_ID, type="hls")


def test_webrtc_settings(tuya_client: TuyaCloud) -> None:
    config = tuya_client.cameras.get_webrtc_config(device_id=Seed.LOCK_ID)
    assert config.id == Seed.LOCK_ID and config.supports_webrtc is True and config.vedio_clarity == 2
    assert json.loads(config.skill or "")["webrtc"] == 3  # a JSON text, as Tuya sends it
    ices = (config.p2p_config.ices if config.p2p_config else None) or []
    assert [ice.urls.split(":")[0] for ice in ices if ice.urls] == ["stun", "turn"]
    assert ices[1].ttl == 3600 and ices[1].credential
    other = tuya_client.cameras.get_webrtc_config(device_id=Seed.LOCK_ID)
    assert (other.p2p_config.ices or [])[1].credential != ices[1].credential  # type: ignore[union-attr]
