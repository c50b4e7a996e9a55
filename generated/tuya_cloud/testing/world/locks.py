"""The locks group: a smart lock's open and alarm records, links to the pictures and videos it took, and remote
unlocking with a one-time ticket (the door state and the open records show it)."""

from __future__ import annotations

import copy
import hashlib
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .records import Device
from .seed import Seed
from .state import BEHAVIOURS, Args, Sample, WorldState, page

TICKET_TTL = 300  # seconds a remote-unlock ticket stays valid


def _door_with_ticket(world: WorldState) -> Args:
    """A ticket works once: each call of the sample gets a new one."""
    ticket = BEHAVIOURS["locks.create_password_ticket"](world, {"device_id": Seed.LOCK_ID})["ticket_id"]
    return {"device_id": Seed.LOCK_ID, "ticket_id": ticket, "open": True}


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
        "create_password_ticket": {"device_id": Seed.LOCK_ID},
        "operate_door": _door_with_ticket,
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

    def create_password_ticket(self, args: Args) -> Any:
        lock = self._lock(args["device_id"])
        self._next_issued += 1
        ticket = hashlib.sha256(f"ticket:{lock.id}:{self._next_issued}".encode()).hexdigest()[:8]
        self.lock_tickets[ticket] = (lock.id, self.now() + TICKET_TTL)
        key = hashlib.sha256(f"ticket-key:{ticket}".encode()).hexdigest()[:32].upper()
        return {"ticket_id": ticket, "ticket_key": key, "expire_time": TICKET_TTL}

    def operate_door(self, args: Args) -> Any:
        lock = self._lock(args["device_id"])
        issued = self.lock_tickets.get(args["ticket_id"])
        if issued is None or issued[0] != lock.id or issued[1] < self.now():
            raise illegal("ticket_id", "unknown, used or expired, or issued for another lock")
        del self.lock_tickets[args["ticket_id"]]  # a ticket works once
        if not lock.online:
            raise CloudError(2001)
        state = "open" if args["open"] else "closed"
        lock.status["closed_opened"] = state
        self.log_event(lock, 7, "1", "closed_opened", state)
        if args["open"]:
            record = {"status": {"code": "unlock_app", "value": 1}, "unlock_name": "Remote unlock", "user_id": "0"}
            lock.open_logs.append({"update_time": int(self.clock() * 1000), **record, "nick_name": ""})
        return True
