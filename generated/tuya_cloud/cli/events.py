"""`tuya-cloud events`: Tuya's message service on stdout, one JSON line per event, acknowledged as it goes.

Each line is the event's common attributes, its kind and its decrypted data (`Event.as_json`); an
undecodable message is a line with kind UndecodableEvent and its reason. An event is acknowledged once
its line is written and flushed, so a reader that stops (`| head -n 5`) leaves the rest for the next run.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from . import parsers
from .exits import EXIT_API, EXIT_CONFIG, EXIT_OK, EXIT_USAGE
from .parsers import PROG
from .settings import ConfigError, resolve
from .values import UsageError

EVENTS = "events"
EVENTS_URL_VAR = "TUYA_EVENTS_URL"


def _count(text: str) -> int:
    import argparse

    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    import argparse

    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected seconds, at least 1, got {text!r}")
    return value


def run_events(argv: list[str], global_options: Mapping[str, Any], say: Callable[[str, str], None]) -> int:
    parser = parsers.new_parser(
        f"{PROG} {EVENTS}",
        description=parsers.wrap(
            "Print the project's pushed events (Tuya's message service) as JSON lines until Ctrl-C, acknowledging "
            "each once it is written. The queue host follows --region; --url (or TUYA_EVENTS_URL) names another, "
            "such as the fake cloud's. Credentials come from the global options, the environment or the config file."
        ),
    )
    parser.add_argument("-h", "--help", action="help", help="Show this help and exit.")
    parser.add_argument("--url", help=f"Queue host, e.g. ws://127.0.0.1:PORT/ (default: region's, {EVENTS_URL_VAR})")
    parser.add_argument("--env", choices=("event", "event-test"), default="event", help="Environment (default event).")
    parser.add_argument("--subscription", help="Subscription name (default <access-id>-sub).")
    parser.add_argument("--ack-timeout", type=_seconds, metavar="SECONDS", help="Redelivery timeout (default 3).")
    parser.add_argument("--count", type=_count, metavar="N", help="Stop after N events.")
    args = parser.parse_args(argv)
    prefix = f"{PROG} {EVENTS}"

    url = args.url or os.environ.get(EVENTS_URL_VAR) or None
    flags = {key: global_options.get(f"g:{key}") for key in ("access_id", "access_secret", "region", "base_url")}
    if url is not None:  # the queue host is given: no REST endpoint is needed
        flags["region"], flags["base_url"] = None, url
    config = global_options.get("g:config")
    try:
        settings = resolve(flags, Path(config).expanduser() if config else None, os.environ)
    except ConfigError as exc:
        say(f"{prefix}: configuration error", str(exc))
        return EXIT_CONFIG
    except UsageError as exc:
        say(f"{prefix}: error", str(exc))
        return EXIT_USAGE
    if url is None and settings.region is None:
        say(f"{prefix}: configuration error", f"give --region (its queue host) or --url / {EVENTS_URL_VAR}")
        return EXIT_CONFIG

    from tuya_cloud import TuyaError, TuyaEvents, TuyaEventsError

    logger = logging.getLogger("tuya_cloud.events")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{prefix}: %(levelname)s %(message)s"))
    logger.addHandler(handler)  # undecodable messages and refused handshakes are worth a line on stderr
    try:
        with TuyaEvents(
            access_id=settings.access_id,
            access_secret=settings.access_secret,
            region=None if url else settings.region,
            url=url,
            env=args.env,
            subscription=args.subscription,
            ack_timeout=args.ack_timeout,
        ) as events:
            for printed, event in enumerate(events, start=1):
                sys.stdout.write(json.dumps(event.as_json(), ensure_ascii=False, separators=(",", ":")) + "\n")
                sys.stdout.flush()  # written before it is acknowledged (when the loop asks for the next one)
                if args.count is not None and printed >= args.count:
                    events.ack(event)
                    break
    except TuyaEventsError as exc:  # refused credentials, or no message service: configuration
        say(f"{prefix}: configuration error", str(exc))
        return EXIT_CONFIG
    except TuyaError as exc:  # a bad option (TuyaConfigError) or anything else the SDK raises
        say(f"{prefix}: error", str(exc))
        return EXIT_CONFIG if isinstance(exc, ValueError) else EXIT_API
    finally:
        logger.removeHandler(handler)
    return EXIT_OK
