"""Tuya's own consumer, tuya-connector-python's TuyaOpenPulsar, against a queue host: prints what its
listener receives (the decrypted event JSON) one line each, and exits after `count` of them.

Run in its own process: TuyaOpenPulsar sets websocket-client's process-wide default timeout, and its
thread cannot be stopped cleanly. Arguments: url access_id access_secret count.
"""

from __future__ import annotations

import queue
import sys

from tuya_connector import TuyaOpenPulsar  # type: ignore[import-untyped,import-not-found,unused-ignore]


def main() -> int:
    url, access_id, access_secret, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    received: queue.Queue[str] = queue.Queue()
    pulsar = TuyaOpenPulsar(access_id, access_secret, url, "event")
    pulsar.add_message_listener(received.put)
    pulsar.daemon = True  # its monitor thread sleeps 3 s between checks: do not wait for it at exit
    pulsar.start()
    for _ in range(count):
        print(received.get(timeout=20), flush=True)
    pulsar.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
