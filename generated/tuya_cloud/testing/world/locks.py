"""The locks group: a smart lock's open and alarm records, and links to the pictures and videos it took."""

from __future__ import annotations

import copy
import hashlib
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .records import Device
from .seed import Seed
from .state import Args, Sample, WorldState, page


class Locks(WorldState):
    group = "locks"
    samples: ClassVar[dict[str, Sample]] = {
        "list_open_logs": lambda world: {
            "device_id": Seed.LOCK_ID,
            "page_no": 1,
            "page_size": 5,
            "start_time": world.now() - 30 * 86400,
            "end_time": world.now(),
        },
        "list_alarm_logs": {
            "device_id": Seed.LOCK_ID,
            "page_no": 1,
            "page_size": 5,
            "codes": ["hijack", "alarm_lock", "doorbell"],
        },
        "get_latest_media_url": {"device_id": Seed.LOCK_ID, "file_type": 2},
        "get_media_url": {
            "device_id": Seed.LOCK_ID,
            "bucket": "ty-eu-storage30-1254153901",
            "file_path": "/lock/remote-1.jpg",
        },
    }

    def _lock(self, device_id: str) -> Device:
        device = self.device(device_id)
        if device.product.category not in {"ms", "jtmspro"}:
            raise CloudError(2009, f"{device.name} is not a lock")
        return device

    def list_open_logs(self, args: Args) -> Any:
        lock = self._lock(args["device_id"])
        start, end = (t * 1000 if t < 10**12 else t for t in (args["start_time"], args["end_time"]))  # s or ms
        if end < start:
            raise illegal("end_time", "must not be before start_time")
        last = end + (999 if args["end_time"] < 10**12 else 0)  # a window in seconds includes its last second
        logs = [
            log
            for log in sorted(lock.open_logs, key=lambda x: x["update_time"], reverse=True)
            if start <= log["update_time"] <= last
        ]
        return {"total": len(logs), "logs": copy.deepcopy(page(logs, args["page_no"], args["page_size"]))}

    def list_alarm_logs(self, args: Args) -> Any:
        lock = self._lock(args["device_id"])
        codes = set(args.get("codes") or ["alarm_lock"])
        records = [
            r
            for r in sorted(lock.alarm_logs, key=lambda x: x["update_time"], reverse=True)
            if r["status"]["code"] in codes
        ]
        return {"total": len(records), "records": copy.deepcopy(page(records, args["page_no"], args["page_size"]))}

    def get_latest_media_url(self, args: Args) -> Any:
        lock = self._lock(args["device_id"])
        kind = "remote-unlock" if args["file_type"] == 1 else "alarm"
        bucket = "ty-eu-storage30-1254153901"
        stem = f"/{lock.id}/{kind}-{hashlib.sha256(kind.encode()).hexdigest()[:12]}"
        media: dict[str, Any] = {
            "file_url": f"https://{bucket}.cos.tuyaeu.com/",
            "file_path": stem + ".jpg",
            "file_key": hashlib.sha256(f"key:{stem}".encode()).hexdigest()[:16],
            "bucket": bucket,
        }
        if args["file_type"] == 2:  # alarms also record a short video
            media.update(
                {
                    "media_url": f"https://{bucket}.cos.tuyaeu.com/",
                    "media_path": stem + ".mp4",
                    "media_key": hashlib.sha256(f"media:{stem}".encode()).hexdigest()[:16],
                    "media_bucket": bucket,
                }
            )
        return media

    def get_media_url(self, args: Args) -> Any:
        self._lock(args["device_id"])
        path = args["file_path"] if args["file_path"].startswith("/") else "/" + args["file_path"]
        signature = hashlib.sha256(f"sign:{args['bucket']}{path}".encode()).hexdigest()[:32]
        return f"https://{args['bucket']}.cos.tuyaeu.com{path}?sign={signature}"  # a short-lived download URL
