"""One process of a fleet: a TuyaCloud client that makes calls from a given instant, then prints a JSON summary.

    python fleet_worker.py BASE_URL START_AT CALLS --store file:PATH|redis:URL|memory [--limiter ...]

`--store file-unlocked:PATH` is a FileTokenStore without its renewal lock, to show what the lock prevents.
`--limiter local:RATE` or `redis:URL:RATE`; Redis keys are fixed per test run by `--key-prefix`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import requests

from tuya_cloud import (
    FileTokenStore,
    MemoryTokenStore,
    RateLimiter,
    RateLimitError,
    RedisRateLimiter,
    RedisTokenStore,
    TokenStore,
    TuyaCloud,
    TuyaError,
)

LIGHT = "vdevo170000000000101"


class UnlockedFileTokenStore(FileTokenStore):
    renewal_lock = None  # type: ignore[assignment]  # the token manager then renews without a lock


def _store(spec: str, prefix: str) -> TokenStore:
    kind, _, where = spec.partition(":")
    if kind == "file":
        return FileTokenStore(where)
    if kind == "file-unlocked":
        return UnlockedFileTokenStore(where)
    if kind == "redis":
        return RedisTokenStore.from_url(where, key=f"{prefix}:token")
    return MemoryTokenStore()


def _limiter(spec: str, prefix: str) -> Any:
    kind, _, rest = spec.partition(":")
    if kind == "local":
        return RateLimiter(float(rest))
    if kind == "redis":
        url, _, rate = rest.rpartition(":")
        return RedisRateLimiter.from_url(url, key=f"{prefix}:rate", rate=float(rate))
    return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("start_at", type=float, help="Unix time to start calling at")
    parser.add_argument("calls", type=int)
    parser.add_argument("--store", default="memory")
    parser.add_argument("--limiter", default="none")
    parser.add_argument("--key-prefix", default="tuya-test")
    parser.add_argument("--transport", choices=["pooled", "requests"], default="pooled", help="see tests/conftest.py")
    args = parser.parse_args(argv)
    session = requests.Session() if args.transport == "requests" else None
    client = TuyaCloud(
        access_id="fake-access-id",
        access_secret="fake-access-secret",
        base_url=args.base_url,
        token_store=_store(args.store, args.key_prefix),
        rate_limit=_limiter(args.limiter, args.key_prefix),
        max_retries=0,  # a refused call shows as an error instead of being retried away
        timeout=30,
        session=session,
    )
    summary: dict[str, Any] = {"ok": 0, "rate_limited": 0, "errors": []}
    time.sleep(max(0.0, args.start_at - time.time()))  # every process starts at the same instant
    for _ in range(args.calls):
        try:
            client.devices.get_status(device_id=LIGHT)
            summary["ok"] += 1
        except RateLimitError:
            summary["rate_limited"] += 1
        except TuyaError as exc:
            summary["errors"].append(f"{type(exc).__name__}: {exc}")
    summary["renewals"] = client._tokens.renewals
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
