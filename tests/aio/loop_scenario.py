"""An AsyncTuyaCloud's whole life inside one event loop, run by test_loop_safety.py in a fresh interpreter.

Usage: python -W error loop_scenario.py BASE_URL ACCESS_ID ACCESS_SECRET TOKEN_FILE USER_ID DEVICE_ID

The library is imported first, off the loop, as Home Assistant imports an integration. Then, under
the blocking-call guard: two clients are constructed inside the loop (one with its own session and
a file token store, one with an injected session), make calls that the fake cloud (started by the
test, with faults queued) answers with a token error, a clock-skew error and an HTTP 503, walk
pages, run 50 calls at once, and are closed. Prints one JSON object: the blocking calls noted, the
exceptions Python could not raise (unclosed resources under -W error), asyncio's error reports, and
what the calls returned.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blocking_guard import BlockingCallGuard

from tuya_cloud import AsyncTuyaCloud, FileTokenStore

COMMAND = [{"code": "switch_led", "value": True}]


async def scenario(argv: list[str], loop_errors: list[str]) -> dict[str, Any]:
    import aiohttp  # already loaded by tuya_cloud's async client: no import happens here

    asyncio.get_running_loop().set_exception_handler(lambda loop, context: loop_errors.append(context["message"]))
    base_url, access_id, secret, token_file, user, light = argv
    settings: dict[str, Any] = {"access_id": access_id, "access_secret": secret, "base_url": base_url}
    out: dict[str, Any] = {}
    async with AsyncTuyaCloud(**settings, token_store=FileTokenStore(token_file)) as client:
        out["status"] = len(await client.devices.get_status(device_id=light))  # token error, then skew, then 503
        out["command"] = await client.device_control.send_commands(device_id=light, commands=COMMAND)
        out["walked"] = len([device.id async for device in client.devices.iter_list_for_user(uid=user, page_size=2)])
        results = await asyncio.gather(*(client.devices.get(device_id=light) for _ in range(50)))
        out["gathered"] = sum(1 for device in results if device.id == light)
        patient = client.with_options(timeout=10.0, max_retries=0)
        out["copy"] = len(await patient.devices.get_status(device_id=light))
        await patient.aclose()  # shares the session: must leave it open
        out["after_copy_closed"] = len(await client.devices.get_status(device_id=light))
    session = aiohttp.ClientSession()
    injected = AsyncTuyaCloud(**settings, session=session, max_concurrency=2)
    out["injected"] = len(await injected.devices.get_status(device_id=light))
    await injected.aclose()
    out["injected_open_after_aclose"] = not session.closed
    await session.close()
    return out


def main(argv: list[str]) -> int:
    unraisable: list[str] = []
    sys.unraisablehook = lambda exc: unraisable.append(f"{exc.exc_type.__name__}: {exc.exc_value}")
    loop_errors: list[str] = []
    with BlockingCallGuard() as guard:
        out = asyncio.run(scenario(argv, loop_errors))
    gc.collect()  # anything left unclosed warns now, under -W error as an unraisable exception
    print(json.dumps({"blocking": guard.calls, "unraisable": unraisable, "loop_errors": loop_errors, **out}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
