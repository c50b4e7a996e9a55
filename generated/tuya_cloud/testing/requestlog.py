"""The fake cloud's request log: the newest requests as records, and a count of every request ever seen.

A long-running fake (a fleet test, a benchmark, `python -m tuya_cloud.testing` left up for a day) must
not grow with its history, so the log keeps only the newest `limit` records; counting calls per
operation does not read the records at all, so it stays exact and costs the same after a million
requests as after one.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

DEFAULT_LIMIT = 10_000  # records kept; about 1 KB each


@dataclass(frozen=True)
class RequestRecord:
    """One request as the fake cloud saw it. Secrets are left out: a refresh token in the path shows as ***."""

    method: str
    path: str
    operation: str | None
    query: dict[str, str]
    body: Any  # the parsed JSON body, or None
    signature_ok: bool
    code: int | None  # the error code replied, None on success (and for faults without an envelope)
    fault: str | None = None  # which injected fault answered: error_code, http_status, garbage, drop_connection,
    # reply (a canned body) or drift (the normal result, drifted)
    refused_by: str | None = None  # for an error reply: "gateway" (route, signature, token, limits, arguments)
    # or "world" (the operation ran and refused, e.g. no such device); None otherwise

    @property
    def succeeded(self) -> bool:
        return self.code is None and self.fault is None


class RequestLog(Sequence[RequestRecord]):
    """The newest `limit` records, oldest first (`limit=None`: every record), read like a list.

    Not thread-safe on its own: the fake cloud changes and reads it under its lock.
    """

    def __init__(self, limit: int | None = DEFAULT_LIMIT) -> None:
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
            raise ValueError(f"request_log_size must be a positive integer or None, got {limit!r}")
        self.limit = limit
        self._records: deque[RequestRecord] = deque(maxlen=limit)
        self._calls: Counter[tuple[str | None, bool]] = Counter()
        self.dropped = 0  # records pushed out by the limit since the last clear()

    def append(self, record: RequestRecord) -> None:
        if self.limit is not None and len(self._records) == self.limit:
            self.dropped += 1
        self._records.append(record)
        self._calls[record.operation, record.succeeded] += 1

    def clear(self) -> None:
        self._records.clear()
        self._calls.clear()
        self.dropped = 0

    def calls(self, operation_id: str, *, succeeded: bool | None = None) -> int:
        """Requests that reached `operation_id` since the last clear(), dropped records included."""
        if succeeded is None:
            return self._calls[operation_id, True] + self._calls[operation_id, False]
        return self._calls[operation_id, succeeded]

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[RequestRecord]:
        return iter(self._records)

    @overload
    def __getitem__(self, index: int) -> RequestRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[RequestRecord]: ...

    def __getitem__(self, index: int | slice) -> RequestRecord | list[RequestRecord]:
        if isinstance(index, slice):
            return list(self._records)[index]
        return self._records[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RequestLog):
            return list(self) == list(other)
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RequestLog({len(self)} records, limit={self.limit})"
