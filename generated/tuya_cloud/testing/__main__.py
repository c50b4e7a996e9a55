"""`python -m tuya_cloud.testing`: run the fake cloud in the foreground and print its settings."""

from __future__ import annotations

import argparse
import sys
import threading

from .requestlog import DEFAULT_LIMIT
from .server import FakeTuyaCloud
from .world import Seed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tuya_cloud.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--access-id", default="fake-access-id")
    parser.add_argument("--access-secret", default="fake-access-secret")
    parser.add_argument("--token-ttl", type=int, default=7200, help="access token lifetime in seconds")
    parser.add_argument(
        "--control",
        action="store_true",
        help="answer POST /_fake/<action> (inject faults, expire tokens, read the request log) for tests in "
        "other processes; see tuya_cloud/testing/control.py",
    )
    parser.add_argument(
        "--events",
        action="store_true",
        help="also serve the message service (Pulsar's WebSocket consumer endpoint, TUYA_EVENTS_URL); the "
        "world's changes are pushed as events. The default secret becomes 32 characters (the event key is part of it)",
    )
    parser.add_argument("--rate-limit", type=float, help="calls per second for the project; 1199 beyond")
    parser.add_argument("--max-concurrency", type=int, help="requests in flight for the project; 1110 beyond")
    parser.add_argument("--quota", type=int, help="calls the project may make; 28841004 once used up")
    parser.add_argument(
        "--request-log-size",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"requests the log keeps, dropping the oldest (default {DEFAULT_LIMIT}; 0 keeps them all)",
    )
    parser.add_argument("--fleet", type=int, default=0, help="extra plugs in the seeded home, for large-account tests")
    args = parser.parse_args(argv)

    cloud = FakeTuyaCloud(
        args.access_id,
        args.access_secret,
        port=args.port,
        token_ttl=args.token_ttl,
        control=args.control,
        rate_limit=args.rate_limit,
        max_concurrency=args.max_concurrency,
        quota=args.quota,
        request_log_size=args.request_log_size or None,
        fleet=args.fleet,
        events=args.events,
    )
    cloud.start()
    # stdout carries only KEY=value lines so that it can be sourced or parsed; the rest goes to stderr.
    print(f"TUYA_BASE_URL={cloud.base_url}")
    print(f"TUYA_ACCESS_ID={cloud.access_id}")
    if cloud.events is not None:
        print(f"TUYA_EVENTS_URL={cloud.events_url}")
    print(f"TUYA_ACCESS_SECRET={cloud.access_secret}", flush=True)
    print(
        f"fake Tuya cloud running; user {Seed.USER_ID}, homes {Seed.HOME_ID} and {Seed.HOLIDAY_HOME_ID}, "
        f"light {Seed.LIGHT_ID}, plug {Seed.PLUG_ID}. Ctrl-C stops it.",
        file=sys.stderr,
        flush=True,
    )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        cloud.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
