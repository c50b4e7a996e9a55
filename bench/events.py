"""The message service part of the benchmark: client CPU per event received, decrypted, parsed and acknowledged.

Three consumers take the same events from the same fake message service (testing/pulsar.py), which runs
in its own process so that this process's CPU time (every thread: websockets' reader, the peer's) is
the consumer's alone:

- tuya_cloud: `TuyaEvents`, each event a typed object, acknowledged when the loop asks for the next one;
- bare: the floor, websockets' threading client + cryptography + json inline: the least any Python
  consumer does (decode, decrypt, unpad, parse, ack), with none of the SDK's checks or typed events;
- tuya_connector: Tuya's own `TuyaOpenPulsar` (tuya-connector-python: websocket-client + pycryptodome),
  which hands its listener the decrypted JSON text, when it is installed (nox -s bench installs it).

Each round publishes `events_per_round` status reports and lets one consumer take them all; rounds
alternate between the consumers, and the figure is CPU seconds per event from connect to the last event.
`python bench/events.py` runs it alone; bench/run.py runs it as the `events` part.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ACCESS_ID = "benchaccessid0000000"
ACCESS_SECRET = "0123456789abcdef0123456789abcdef"
RATIO_TARGETS = {"tuya_cloud/bare": ("≤", 1.20), "tuya_cloud/tuya_connector": ("<", 1.00)}


def serve() -> int:
    """The server process: a FakeMessageService; `publish N` on stdin publishes N events once the last
    batch is acknowledged, and answers `ok` (or `stale <unacked>` when it was not)."""
    from tuya_cloud.testing.pulsar import FakeMessageService

    service = FakeMessageService(ACCESS_ID, ACCESS_SECRET).start()
    print(service.url, flush=True)
    for line in sys.stdin:
        command, _, count = line.strip().partition(" ")
        if command != "publish":
            continue
        clean = service.wait_until(lambda: service.unacked() == 0, timeout=20)
        for n in range(int(count)):
            service.publish(
                {
                    "dataId": f"AAXI3c1i6{n:06d}",
                    "devId": f"vdevo17000000000{n % 50:04d}",
                    "productKey": "fk3nq8h2u6ldj7ab",
                    "status": [{"code": "switch_led", "value": n % 2 == 0, "t": 1628229842692 + n, "20": "true"}],
                },
                t=1628229842700 + n,
            )
        print("ok" if clean else f"stale {service.unacked()}", flush=True)
    service.stop()
    return 0


# ---------------------------------------------------------------- the consumers


def consume_sdk(url: str, count: int) -> None:
    from tuya_cloud import StatusReport, TuyaEvents

    seen = 0
    with TuyaEvents(access_id=ACCESS_ID, access_secret=ACCESS_SECRET, url=url, ack_timeout=60) as events:
        for event in events:
            assert isinstance(event, StatusReport) and event.status
            seen += 1
            if seen == count:
                events.ack(event)
                return


def consume_bare(url: str, count: int) -> None:
    import hashlib

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from websockets.sync.client import connect

    password = hashlib.md5((ACCESS_ID + hashlib.md5(ACCESS_SECRET.encode()).hexdigest()).encode()).hexdigest()[8:24]
    path = f"ws/v2/consumer/persistent/{ACCESS_ID}/out/event/{ACCESS_ID}-sub?ackTimeoutMillis=60000"
    cipher = Cipher(algorithms.AES(ACCESS_SECRET[8:24].encode()), modes.ECB())
    with connect(
        url + path, additional_headers={"username": ACCESS_ID, "password": password}, compression=None, max_queue=None
    ) as ws:
        for seen in range(1, count + 1):
            frame = json.loads(ws.recv())
            envelope = json.loads(base64.b64decode(frame["payload"]))
            decryptor = cipher.decryptor()
            plain = decryptor.update(base64.b64decode(envelope["data"])) + decryptor.finalize()
            data = json.loads(plain[: -plain[-1]])
            assert data["status"]
            ws.send(json.dumps({"messageId": frame["messageId"]}))
            if seen == count:
                return


def consume_peer(url: str, count: int) -> None:
    from tuya_connector import TuyaOpenPulsar  # type: ignore[import-untyped,import-not-found,unused-ignore]

    done = threading.Event()
    seen = [0]

    def listener(text: str) -> None:
        assert json.loads(text)["status"]
        seen[0] += 1
        if seen[0] == count:
            done.set()

    pulsar = TuyaOpenPulsar(ACCESS_ID, ACCESS_SECRET, url, "event")
    pulsar.add_message_listener(listener)
    pulsar.daemon = True  # its monitor thread sleeps 3 s between checks; do not wait for it
    pulsar.start()
    if not done.wait(60):
        raise RuntimeError(f"TuyaOpenPulsar received {seen[0]} of {count} events")
    time.sleep(0.05)  # its last ack is sent after the listener returns
    pulsar.stop()


CONSUMERS: dict[str, Callable[[str, int], None]] = {
    "tuya_cloud": consume_sdk,
    "bare": consume_bare,
    "tuya_connector": consume_peer,
}


# ---------------------------------------------------------------- measuring


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    q1, _, q3 = statistics.quantiles(ordered, n=4) if len(ordered) > 1 else (ordered[0],) * 3
    return {"median": statistics.median(ordered), "q1": q1, "q3": q3, "min": ordered[0], "max": ordered[-1]}


def bench_events(rounds: int = 9, events_per_round: int = 2000, warmup: int = 1) -> dict[str, Any]:
    names = [name for name in CONSUMERS if name != "tuya_connector" or importlib.util.find_spec("tuya_connector")]
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    samples: dict[str, list[float]] = {name: [] for name in names}
    stale = 0
    try:
        assert server.stdin is not None and server.stdout is not None
        url = server.stdout.readline().strip()

        def one_round(name: str) -> float:
            nonlocal stale
            server.stdin.write(f"publish {events_per_round}\n")  # type: ignore[union-attr]
            server.stdin.flush()  # type: ignore[union-attr]
            reply = server.stdout.readline().strip()  # type: ignore[union-attr]
            stale += reply != "ok"
            started = time.process_time()
            CONSUMERS[name](url, events_per_round)
            return (time.process_time() - started) / events_per_round

        for _ in range(warmup):
            for name in names:
                one_round(name)
        for index in range(rounds):
            order = names[index % len(names) :] + names[: index % len(names)]  # rotate: no fixed position
            for name in order:
                samples[name].append(one_round(name))
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(20)
    per_event = {name: _stats(values) for name, values in samples.items()}
    ratios: dict[str, dict[str, float]] = {}
    for other in ("bare", "tuya_connector"):
        if other in samples:
            paired = [a / b for a, b in zip(samples["tuya_cloud"], samples[other], strict=True)]
            ratios[f"tuya_cloud/{other}"] = _stats(paired)
    return {
        "events_per_round": events_per_round,
        "rounds": rounds,
        "cpu_per_event_s": per_event,
        "cpu_ratio": ratios,
        "missing": [name for name in CONSUMERS if name not in names],
        "stale_rounds": stale,
    }


def markdown_rows(result: dict[str, Any]) -> list[str]:
    """Rows for bench/run.py's table."""

    def fmt(st: dict[str, float], scale: float, digits: int, unit: str = "") -> str:
        return f"{st['median'] * scale:.{digits}f}{unit} [{st['q1'] * scale:.{digits}f}–{st['q3'] * scale:.{digits}f}]"

    rows = []
    for name, st in result["cpu_per_event_s"].items():
        rows.append(f"| events: CPU per event, {name} | {fmt(st, 1e6, 1, ' µs')} | — | — |")
    for key, st in result["cpu_ratio"].items():
        comparison, bound = RATIO_TARGETS[key]
        ok = st["median"] <= bound if comparison == "≤" else st["median"] < bound
        rows.append(
            f"| events: CPU ratio {key} | {fmt(st, 1, 3)} | {comparison} {bound:.2f} | {'pass' if ok else 'FAIL'} |"
        )
    rows.extend(f"| events: {name} | not installed | — | — |" for name in result["missing"])
    if result["stale_rounds"]:
        rows.append(f"| events: rounds that began with unacknowledged events | {result['stale_rounds']} | 0 | FAIL |")
    return rows


def main(argv: list[str]) -> int:
    if argv[:1] == ["--serve"]:
        return serve()
    quick = "--quick" in argv
    result = bench_events(rounds=2, events_per_round=200, warmup=1) if quick else bench_events()
    print("| Benchmark | Figure | Target | Result |\n|---|---|---|---|")
    print("\n".join(markdown_rows(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
