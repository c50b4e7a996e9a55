"""`tuya-cloud fake-cloud`: the project's fake Tuya cloud in the foreground, for trying commands."""

from __future__ import annotations

import secrets
import shlex
import signal
import sys
import threading
from collections.abc import Mapping
from types import FrameType
from typing import Any

from . import parsers
from .exits import EXIT_CONFIG, EXIT_OK
from .parsers import FAKE_CLOUD, PROG


def _port(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number 0..65535, got {text!r}")
    return value


def _seed_text() -> str:
    """The seeded IDs worth trying commands on, when this version of the fake cloud names them."""
    try:
        from tuya_cloud.testing import Seed
    except ImportError:
        return ""
    names = ("USER_ID", "HOME_ID", "LIGHT_ID", "PLUG_ID", "APP_SCHEMA")
    found = [f"{name.lower()} {getattr(Seed, name)}" for name in names if hasattr(Seed, name)]
    return f"seeded world: {', '.join(found)}\n" if found else ""


def run_fake_cloud(argv: list[str], global_options: Mapping[str, Any]) -> int:
    del global_options  # real credentials are never handed to (or printed by) the fake cloud
    parser = parsers.new_parser(
        f"{PROG} {FAKE_CLOUD}",
        description=parsers.wrap(
            "Run the project's fake Tuya cloud on 127.0.0.1 until Ctrl-C (or SIGTERM). It first prints, as shell "
            "export lines, the settings that point this command line and the SDK at it, with fresh throw-away "
            "credentials: paste them into another shell and run commands there."
        ),
    )
    parser.add_argument("-h", "--help", action="help", help="Show this help and exit.")
    parser.add_argument("--port", type=_port, default=0, metavar="N", help="Port to listen on (default 0: a free one).")
    parser.add_argument(
        "--events",
        action="store_true",
        help="Also serve the message service (TUYA_EVENTS_URL, for `tuya-cloud events`); needs the events extra.",
    )
    args = parser.parse_args(argv)

    try:
        from tuya_cloud.testing import FakeTuyaCloud
    except ImportError as exc:
        sys.stderr.write(f"{PROG} {FAKE_CLOUD}: the fake cloud is not available in this installation ({exc})\n")
        return EXIT_CONFIG

    try:
        cloud = FakeTuyaCloud(
            access_id=secrets.token_hex(10), access_secret=secrets.token_hex(16), port=args.port, events=args.events
        )
    except ImportError as exc:  # --events without websockets / cryptography
        sys.stderr.write(f'{PROG} {FAKE_CLOUD}: --events needs pip install "tuya-cloud-sdk[events]" ({exc})\n')
        return EXIT_CONFIG
    try:
        cloud.start()
    except OSError as exc:
        sys.stderr.write(f"{PROG} {FAKE_CLOUD}: cannot listen on port {args.port}: {exc.strerror or exc}\n")
        return EXIT_CONFIG
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # Handlers for both: a shell starts background jobs with SIGINT ignored, which would leave Ctrl-C-less
    # runs (tests, `&`) unstoppable except by SIGKILL, and SIGKILL skips stop().
    previous = {signum: signal.signal(signum, on_signal) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        sys.stdout.write(
            f"export TUYA_BASE_URL={shlex.quote(str(cloud.base_url))}\n"
            f"export TUYA_ACCESS_ID={shlex.quote(str(cloud.access_id))}\n"
            f"export TUYA_ACCESS_SECRET={shlex.quote(str(cloud.access_secret))}\n"
            + (f"export TUYA_EVENTS_URL={shlex.quote(cloud.events_url)}\n" if cloud.events is not None else "")
        )
        sys.stdout.flush()
        sys.stderr.write(f"fake Tuya cloud listening on {cloud.base_url}; press Ctrl-C to stop\n{_seed_text()}")
        sys.stderr.flush()
        while not stop.wait(0.5):  # short waits keep Ctrl-C responsive on every platform
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        cloud.stop()
    sys.stderr.write("fake Tuya cloud stopped\n")
    return EXIT_OK
