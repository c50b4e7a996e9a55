"""The cameras group: live-stream URLs and WebRTC settings of the devices with a camera. Every URL and
credential is new (a stream session of its own) and carries its expiry, as Tuya's signed URLs do."""

from __future__ import annotations

import hashlib
import json
from typing import Any, ClassVar

from .errors import CloudError
from .records import Device
from .seed import Seed
from .state import Args, Sample, WorldState

STREAM_HOST = "eu-ipc.fake-tuya.test"
STREAM_TTL = 600  # seconds a stream URL stays valid
STREAM_URLS = {
    "rtsp": "rtsps://{host}:443/{device}/{session}?signInfo={sign}",
    "hls": "https://{host}/hls/{device}/{session}.m3u8?signInfo={sign}",
    "flv": "https://{host}/flv/{device}/{session}.flv?signInfo={sign}",
    "rtmp": "rtmp://{host}/live/{device}/{session}?signInfo={sign}",
}


class Cameras(WorldState):
    group = "cameras"
    samples: ClassVar[dict[str, Sample]] = {
        "allocate_stream": {"device_id": Seed.LOCK_ID, "type": "rtsp"},
        "allocate_user_stream": {"uid": Seed.USER_ID, "device_id": Seed.LOCK_ID, "type": "hls"},
        "get_webrtc_config": {"device_id": Seed.LOCK_ID},
    }

    def _camera(self, device_id: str) -> Device:
        device = self.device(device_id)
        if device.id not in self.cameras:
            raise CloudError(2009, f"{device.name} has no camera")
        return device

    def _session(self, device: Device, purpose: str) -> tuple[str, str]:
        """A new session ID and its signature, unique per allocation."""
        self.streams_allocated += 1
        session = hashlib.sha256(f"{purpose}:{device.id}:{self.streams_allocated}".encode()).hexdigest()[:32]
        expires = self.now() + STREAM_TTL
        sign = hashlib.sha256(f"sign:{session}:{expires}".encode()).hexdigest()[:40]
        return session, f"{sign}{expires}"

    def _stream(self, device: Device, protocol: str) -> dict[str, Any]:
        template = STREAM_URLS.get(protocol.lower())
        if template is None:
            raise CloudError(1109, f"type: {protocol!r} is not one of {', '.join(STREAM_URLS)}")
        if not device.online:
            raise CloudError(2001)
        session, sign = self._session(device, protocol.lower())
        return {"url": template.format(host=STREAM_HOST, device=device.id, session=session, sign=sign)}

    def allocate_stream(self, args: Args) -> Any:
        return self._stream(self._camera(args["device_id"]), args["type"])

    def allocate_user_stream(self, args: Args) -> Any:
        if args["uid"] not in self.users:
            raise CloudError(2006)
        device = self._camera(args["device_id"])
        if args["uid"] not in device.users:
            raise CloudError(1106, f"{args['uid']} is not a user of {device.id}")
        return self._stream(device, args["type"])

    def get_webrtc_config(self, args: Args) -> Any:
        device = self._camera(args["device_id"])
        session, sign = self._session(device, "webrtc")
        turn = {"ttl": 3600, "credential": sign[:28], "username": f"{self.now()}:{device.id}:{session[:16]}"}
        skill = {"webrtc": 3, "audios": [{"channels": 1, "dataBit": 16, "codecType": 101, "sampleRate": 8000}]}
        return {
            "id": device.id,
            "moto_id": "moto_fake_eu01",
            "auth": session[16:],
            "skill": json.dumps(skill, separators=(",", ":")),
            "supports_webrtc": True,
            "vedio_clarity": 2,
            "audio_attributes": {"call_mode": [1, 2], "hardware_capability": [1, 2]},
            "p2p_config": {
                "ices": [
                    {"urls": f"stun:{STREAM_HOST}:3478"},
                    {**turn, "urls": f"turn:{STREAM_HOST}:3478"},
                ]
            },
        }
