"""The statistics group: a device's energy and power statistics per quarter hour, hour, day, week and month.

The cloud's numbers are made up but stable: each period's value is derived from a hash of the device,
DP code, period and aggregation, so the same question always gets the same answer.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from .errors import illegal
from .products import LIGHT
from .records import Device
from .seed import Seed
from .state import Args, Sample, WorldState


def _fraction(*parts: object) -> float:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return int(digest[:8], 16) / 0xFFFFFFFF


def _periods(
    args: Args,
    names: tuple[str, str],
    parse: Callable[[str], datetime],
    step: Callable[[datetime], datetime],
    render: Callable[[datetime], str],
) -> list[str]:
    """The keys of every period from args[names[0]] to args[names[1]], both included."""
    try:
        start, end = parse(args[names[0]]), parse(args[names[1]])
    except ValueError:
        raise illegal(names[0], "not a valid period") from None
    if end < start:
        raise illegal(names[1], f"must not be before {names[0]}")
    keys = []
    while start <= end:
        keys.append(render(start))
        if len(keys) > 1000:
            raise illegal(names[1], "the window spans more than 1000 periods")
        start = step(start)
    return keys


class Statistics(WorldState):
    group = "statistics"
    samples: ClassVar[dict[str, Sample]] = {
        "list_types": {"device_id": Seed.PLUG_ID},
        "get_total": {"device_id": Seed.PLUG_ID, "code": "add_ele"},
        "list_quarter_hours": {
            "device_id": Seed.PLUG_ID,
            "code": "add_ele",
            "start_minute": "202305110000",
            "end_minute": "202305112345",
        },
        "list_hourly": {
            "device_id": Seed.PLUG_ID,
            "code": "add_ele",
            "start_hour": "2023051100",
            "end_hour": "2023051123",
            "stat_type": "sum",
        },
        "list_daily": {"device_id": Seed.PLUG_ID, "code": "add_ele", "start_day": "20230501", "end_day": "20230531"},
        "list_weekly": {"device_id": Seed.PLUG_ID, "code": "add_ele", "start_week": "202252", "end_week": "202302"},
        "list_monthly": {
            "device_id": Seed.PLUG_ID,
            "code": "cur_power",
            "start_month": "202301",
            "end_month": "202312",
        },
        "get_product_overview": {"product_id": LIGHT.product_id},
    }

    def _statistic(self, args: Args) -> tuple[Device, str]:
        device = self.device(args["device_id"])
        kinds = dict(device.product.statistics)
        if args["code"] not in kinds:
            raise illegal("code", f"no statistics are kept for {args['code']!r} on this device")
        return device, kinds[args["code"]]

    def _series(self, args: Args, keys: list[str], grain: str) -> dict[str, str]:
        device, configured = self._statistic(args)
        stat_type = args.get("stat_type", configured)
        spans = {
            "quarter": (0.0, 0.05),
            "hour": (0.0, 0.2),
            "day": (0.5, 4.5),
            "week": (5.0, 30.0),
            "month": (25.0, 120.0),
        }
        low, high = spans[grain] if args["code"] == "add_ele" else (20.0, 200.0)
        out = {}
        for key in keys:
            share = _fraction(device.id, args["code"], key, stat_type)
            out[key] = str(int(share * 60) + 1) if stat_type == "count" else f"{low + share * (high - low):.2f}"
        return out

    def list_types(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        return [
            {"code": code, "stat_type": kind}
            for code, kind in device.product.statistics
            if args.get("code") in (None, code)
        ]

    def get_total(self, args: Args) -> Any:
        device, _ = self._statistic(args)
        dp = device.product.dp(args["code"])
        scale = dp.values.get("scale", 0) if dp is not None else 0
        return {"total": f"{device.status.get(args['code'], 0) / 10**scale:.2f}"}

    def list_quarter_hours(self, args: Args) -> Any:
        keys = _periods(
            args,
            ("start_minute", "end_minute"),
            lambda s: datetime.strptime(s, "%Y%m%d%H%M"),
            lambda d: d + timedelta(minutes=15),
            lambda d: d.strftime("%Y%m%d%H%M"),
        )
        return {"quarters": self._series(args, keys, "quarter")}

    def list_hourly(self, args: Args) -> Any:
        keys = _periods(
            args,
            ("start_hour", "end_hour"),
            lambda s: datetime.strptime(s, "%Y%m%d%H"),
            lambda d: d + timedelta(hours=1),
            lambda d: d.strftime("%Y%m%d%H"),
        )
        return {"hours": self._series(args, keys, "hour")}

    def list_daily(self, args: Args) -> Any:
        keys = _periods(
            args,
            ("start_day", "end_day"),
            lambda s: datetime.strptime(s, "%Y%m%d"),
            lambda d: d + timedelta(days=1),
            lambda d: d.strftime("%Y%m%d"),
        )
        return {"days": self._series(args, keys, "day")}

    def list_weekly(self, args: Args) -> Any:
        def parse(text: str) -> datetime:
            if not re.fullmatch(r"\d{6}", text):
                raise ValueError(text)
            monday = date.fromisocalendar(int(text[:4]), int(text[4:]), 1)
            return datetime(monday.year, monday.month, monday.day)

        def render(day: datetime) -> str:
            year, week, _ = day.isocalendar()
            return f"{year}{week:02d}"

        keys = _periods(args, ("start_week", "end_week"), parse, lambda d: d + timedelta(days=7), render)
        return {"weeks": self._series(args, keys, "week")}

    def list_monthly(self, args: Args) -> Any:
        def next_month(day: datetime) -> datetime:
            return day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)

        keys = _periods(
            args,
            ("start_month", "end_month"),
            lambda s: datetime.strptime(s, "%Y%m"),
            next_month,
            lambda d: d.strftime("%Y%m"),
        )
        return {"months": self._series(args, keys, "month")}

    def get_product_overview(self, args: Args) -> Any:
        devices = [d for d in self.devices.values() if args.get("product_id") in (None, d.product.product_id)]
        today = self.now() - self.now() % 86400
        users = list(self.users.values())

        def counted(times: list[int], start: int, end: int) -> str:
            return str(sum(start <= t < end for t in times))

        active = [d.active_time for d in devices]
        joined = [u.create_time for u in users]
        faults = {"today_dev_fault": "0", "yesterday_dev_fault": "0", "all_dev_fault": "0"}
        return {
            "dev_active": {
                "today_active": counted(active, today, today + 86400),
                "yesterday_active": counted(active, today - 86400, today),
                "all_activate": str(len(devices)),
                "near7_day_active": counted(active, today - 6 * 86400, today + 86400),
                "last7_day_active": counted(active, today - 13 * 86400, today - 6 * 86400),
                "compared_with_yesterday_active": "0",
            },
            "App_register": {
                "today_add": counted(joined, today, today + 86400),
                "yesterday_add": counted(joined, today - 86400, today),
                "all_add": str(len(users)),
            },
            "user_feedback": {"today_feedback": "0", "all_feedback": "0", "compared_with_yesterday_feedback": "0"},
            "dev_fault": {**faults, "compared_with_yesterday_dev_fault": "0"},
        }
