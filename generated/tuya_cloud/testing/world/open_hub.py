"""The open_hub group: the MQTT settings a linked user's clients connect with. The fake cloud runs no
MQTT broker; it hands out settings of its own (derived from the user and the link, so the same link
gets the same client ID) that point at the loopback interface and expire like Tuya's."""

from __future__ import annotations

import hashlib
from typing import Any, ClassVar

from .errors import CloudError
from .seed import Seed
from .state import Args, Sample, WorldState

SETTINGS_TTL = 7200  # seconds


class OpenHub(WorldState):
    group = "open_hub"
    samples: ClassVar[dict[str, Sample]] = {
        "get_access_config": {
            "uid": Seed.USER_ID,
            "link_id": "hb-1",
            "link_type": "mqtt",
            "topics": "device",
            "msg_encrypted_version": "2.0",
        },
    }

    def get_access_config(self, args: Args) -> Any:
        if args["uid"] not in self.users:
            raise CloudError(2006)
        link = hashlib.sha256(f"{args['uid']}:{args['link_id']}".encode()).hexdigest()
        password = hashlib.sha256(f"{link}:{self.now() // SETTINGS_TTL}".encode()).hexdigest()[:32]
        websocket = args["link_type"] == "websocket"
        return {
            "url": "wss://127.0.0.1:8285/mqtt" if websocket else "ssl://127.0.0.1:8883",
            "client_id": f"cloud_{args['link_id']}_{link[:8]}",
            "username": f"cloud_{link[:8]}",
            "password": password,
            "source_topic": {args["topics"]: f"cloud/token/in/{link[:16]}"},
            "sink_topic": {args["topics"]: f"cloud/token/out/{link[:16]}"},
            "expire_time": SETTINGS_TTL,
        }
