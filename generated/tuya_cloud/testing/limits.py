"""The fake cloud's project limits: calls per second (1199), requests in flight (1110), a call quota (28841004).

Tuya counts these per cloud project, so one `ProjectLimits` serves every client of the fake cloud's
Access ID, whatever thread, process or machine it runs in. Every request that passes the
signature check counts against the frequency limits and the quota, token calls included; requests
in flight are the server's count, from arrival to reply (injected latency included).

The frequency limit is a token bucket holding one second's worth of calls: "5 calls per second"
admits 5 calls at once after a quiet second, then one every 0.2 s. (Tuya does not document how it
counts its seconds; a bucket is the lenient reading, so a client that 1199s here would on Tuya too.)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping

FREQUENCY_CODE = 1199  # your requests are too frequent
CONCURRENCY_CODE = 1110  # concurrent request over limit
QUOTA_CODE = 28841004  # No permissions. Your quota of Trial Edition is used up.


class _Bucket:
    def __init__(self, rate: float) -> None:
        if not rate > 0:
            raise ValueError(f"a rate limit must be a positive number of calls per second, got {rate!r}")
        self.rate = float(rate)
        self.capacity = max(1.0, self.rate)  # one second's worth
        self.level = self.capacity
        self.updated = time.monotonic()

    def take(self, now: float) -> bool:
        self.level = min(self.capacity, self.level + (now - self.updated) * self.rate)
        self.updated = now
        if self.level >= 1.0:
            self.level -= 1.0
            return True
        return False


class ProjectLimits:
    """What the fake cloud allows one project; None for a limit it does not enforce."""

    def __init__(
        self,
        *,
        rate_limit: float | None = None,
        operation_rate_limits: Mapping[str, float] | None = None,
        max_concurrency: int | None = None,
        quota: int | None = None,
    ) -> None:
        if max_concurrency is not None and max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {max_concurrency}")
        if quota is not None and quota < 0:
            raise ValueError(f"quota must be >= 0, got {quota}")
        self.rate_limit = rate_limit
        self.max_concurrency = max_concurrency
        self.quota = quota
        self.quota_used = 0  # calls counted against the quota (the refused ones are not)
        self._project = _Bucket(rate_limit) if rate_limit is not None else None
        self._operations = {op: _Bucket(rate) for op, rate in (operation_rate_limits or {}).items()}
        self._lock = threading.Lock()

    def admit(self, operation: str, in_flight: int) -> int | None:
        """None when an authenticated call may run, else the error code to answer it with.

        `in_flight`: the requests being answered now, this one included.
        """
        with self._lock:
            if self.quota is not None and self.quota_used >= self.quota:
                return QUOTA_CODE
            if self.max_concurrency is not None and in_flight > self.max_concurrency:
                return CONCURRENCY_CODE
            now = time.monotonic()
            own = self._operations.get(operation)
            if own is not None and not own.take(now):
                return FREQUENCY_CODE
            if self._project is not None and not self._project.take(now):
                return FREQUENCY_CODE
            self.quota_used += 1
            return None

    def refill_quota(self) -> None:
        """A new month: the quota is whole again."""
        with self._lock:
            self.quota_used = 0
