"""The fake cloud's control API, for tests that run in another process (a TypeScript test, a shell script).

Off unless asked for (`python -m tuya_cloud.testing --control`, or `FakeTuyaCloud(control=True)`), and
reachable only where the server listens: 127.0.0.1. Each action is `POST /_fake/<action>` with a JSON
object body and answers JSON; the path cannot clash with Tuya's (all under /v1.0/, /v2.0/...).

    inject          the keyword arguments of FakeTuyaCloud.inject, e.g. {"operation": "devices.get", "http_status": 503}
    clear_faults    expire_tokens    reset_world    reset_log
    clock           {"offset": seconds}: the server clock's offset from this machine's
    limits          {"rate_limit", "operation_rate_limits", "max_concurrency", "quota"}: the project's limits
                    (limits.py; each optional, absent = not enforced); answers the quota used so far
    state           -> {"token_grants", "token_refreshes", "requests": [...], "issued_secrets": [...]}
    events_publish  events_fault  events_state: the message service (--events), see events.py
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from .limits import ProjectLimits

if TYPE_CHECKING:
    from .server import FakeTuyaCloud

PREFIX = "/_fake/"
_LIMIT_KEYS = frozenset({"rate_limit", "operation_rate_limits", "max_concurrency", "quota"})
_INJECT_KEYS = frozenset(
    {
        "operation",
        "times",
        "latency",
        "http_status",
        "garbage",
        "error_code",
        "error_msg",
        "drop_connection",
        "retry_after",
        "reply",
        "drift",
    }
)


def answer(cloud: FakeTuyaCloud, method: str, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON reply) for one control request."""
    action = path.removeprefix(PREFIX)
    if method != "POST":
        return 405, {"error": "control actions are POST requests"}
    try:
        args = json.loads(body) if body.strip() else {}
    except ValueError:
        return 400, {"error": "the body must be a JSON object"}
    if not isinstance(args, dict):
        return 400, {"error": "the body must be a JSON object"}
    if action == "inject":
        unknown = set(args) - _INJECT_KEYS
        if unknown:
            return 400, {"error": f"unknown inject arguments: {sorted(unknown)}"}
        try:
            cloud.inject(**args)
        except (TypeError, ValueError) as exc:
            return 400, {"error": str(exc)}
        return 200, {"ok": True}
    simple = {
        "clear_faults": cloud.clear_faults,
        "expire_tokens": cloud.expire_tokens,
        "reset_world": cloud.reset_world,
        "reset_log": cloud.reset_log,
    }
    if action in simple:
        simple[action]()
        return 200, {"ok": True}
    if action == "clock":
        offset = args.get("offset")
        if not isinstance(offset, int | float) or isinstance(offset, bool):
            return 400, {"error": "clock needs a number `offset` (seconds)"}
        cloud.clock_offset = float(offset)
        return 200, {"ok": True}
    if action == "limits":
        unknown = set(args) - _LIMIT_KEYS
        if unknown:
            return 400, {"error": f"unknown limits arguments: {sorted(unknown)}"}
        try:
            cloud.limits = ProjectLimits(**args)
        except (TypeError, ValueError) as exc:
            return 400, {"error": str(exc)}
        return 200, {"ok": True}
    if action == "state":
        with cloud.lock:
            return 200, {
                "token_grants": cloud.token_grants,
                "token_refreshes": cloud.token_refreshes,
                "requests": [asdict(record) for record in cloud.requests],
                "issued_secrets": cloud.issued_secrets(),
                "quota_used": cloud.limits.quota_used,
            }
    if action.startswith("events_"):  # the message service's own actions (events.py)
        from .events import control as events_control

        return events_control(cloud, action, args)
    return 404, {"error": f"unknown control action {action!r}"}
