"""The one way a behaviour fails: a Tuya error code, which the server turns into Tuya's error envelope."""

from __future__ import annotations


class CloudError(Exception):
    """A Tuya error reply; the server adds the code's standard message in front of `detail`."""

    def __init__(self, code: int, detail: str | None = None) -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else str(code))


def illegal(where: str, rule: str) -> CloudError:
    """1109 "param is illegal", naming the parameter and the rule it broke, as Tuya's gateway does."""
    return CloudError(1109, f"{where}: {rule}")
