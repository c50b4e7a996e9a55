"""`import tuya_cloud` loads none of the events libraries; each client loads only its own."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
loaded = lambda: sorted(m for m in ("websockets", "cryptography", "aiohttp", "requests") if m in sys.modules)
steps = {}
import tuya_cloud
from tuya_cloud import StatusReport, UndecodableEvent, TuyaEventsAuthError, GenericEvent
steps["types"] = loaded()
from tuya_cloud import TuyaEvents
steps["sync"] = loaded()
from tuya_cloud import AsyncTuyaEvents
steps["async"] = loaded()
print(json.dumps(steps))
"""


def test_each_step_loads_only_what_it_needs() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60)
    steps = json.loads(result.stdout)
    assert steps["types"] == []
    assert steps["sync"] == ["cryptography", "websockets"]
    assert steps["async"] == ["aiohttp", "cryptography", "websockets"]
