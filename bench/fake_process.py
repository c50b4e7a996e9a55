"""The fake cloud in a process of its own that also answers how many connections it has accepted.

For the memory and thread benchmarks: the client's process must hold nothing of the server's (its
request log, its threads), and the connection count is the server's own figure (FakeTuyaCloud.connections).
The child prints its address once, then answers each line it reads on stdin: `connections` with
the count, `reset` by emptying its request log.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

CHILD = """
import sys
from tuya_cloud.testing import FakeTuyaCloud
with FakeTuyaCloud() as cloud:
    print(cloud.base_url, cloud.access_id, cloud.access_secret, flush=True)
    for line in sys.stdin:
        if line.strip() == "reset":
            cloud.reset_log()
        print(cloud.connections, flush=True)
"""


@dataclass
class FakeProcess:
    base_url: str
    access_id: str
    secret: str
    proc: subprocess.Popen[str]

    def ask(self, what: str) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(what + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def connections(self) -> int:
        return self.ask("connections")

    def reset_log(self) -> None:
        self.ask("reset")


@contextmanager
def fake_process() -> Iterator[FakeProcess]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        base_url, access_id, secret = proc.stdout.readline().split()
        yield FakeProcess(base_url, access_id, secret, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
