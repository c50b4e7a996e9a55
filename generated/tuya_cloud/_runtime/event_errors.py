"""Errors of the message service clients (TuyaEvents, AsyncTuyaEvents). None of them holds a secret."""

from __future__ import annotations

from .errors import TuyaError


class TuyaEventsError(TuyaError):
    """The message service cannot be used with this configuration; the event loop ends with it.

    `status` is the HTTP status of the last refused handshake, `tries` how many handshakes were refused.
    """

    def __init__(self, message: str, *, status: int | None = None, tries: int = 0) -> None:
        self.status = status
        self.tries = tries
        super().__init__(message)


class TuyaEventsAuthError(TuyaEventsError):
    """The message service refused the Access ID and Secret (wrong credentials, or the wrong region)."""


class TuyaEventsServiceError(TuyaEventsError):
    """The project cannot be served: the message service is not enabled, or not in this environment."""
