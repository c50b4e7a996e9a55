"""Exceptions. Everything the SDK raises derives from TuyaError; none of them ever holds a secret."""

from __future__ import annotations


class TuyaError(Exception):
    """Root of every exception the SDK raises."""


class TuyaConfigError(TuyaError, ValueError):
    """The client was configured wrongly (missing credentials, unknown region, plain http off loopback)."""


class TuyaValidationError(TuyaError, ValueError):
    """An argument breaks a rule of the spec; raised before anything is sent.

    `operation` is the operation id, `param` the parameter path (e.g. `instruct[0].time`), `rule` the
    broken rule in words.
    """

    def __init__(self, operation: str, param: str, rule: str) -> None:
        self.operation = operation
        self.param = param
        self.rule = rule
        super().__init__(f"{operation}: {param}: {rule}")


class TuyaConnectionError(TuyaError):
    """Tuya could not be reached (DNS, refused connection, TLS, connection dropped)."""


class TuyaTimeoutError(TuyaConnectionError):
    """Tuya did not answer within the timeout."""


class TuyaLimitTimeoutError(TuyaTimeoutError):
    """The call's timeout ran out while it waited for a client-side limit (rate_limit, max_concurrency).

    Nothing was sent. `operation` is the operation id, `waited` the seconds spent waiting.
    """

    def __init__(self, message: str, *, operation: str, waited: float) -> None:
        self.operation = operation
        self.waited = waited
        super().__init__(message)


class TuyaResponseError(TuyaError):
    """The reply is not a Tuya envelope (HTML, truncated JSON, HTTP error page, unexpected shape), or,
    with strict_responses=True, its result does not match the spec.

    For a result that does not match: `operation`, `field` (e.g. `result.status[0].code`), `expected`
    (the spec's type) and `got` (the JSON type that came; never the value).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body_excerpt: str = "",
        operation: str | None = None,
        field: str | None = None,
        expected: str | None = None,
        got: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body_excerpt = body_excerpt
        self.operation = operation
        self.field = field
        self.expected = expected
        self.got = got
        detail = f" (HTTP {status_code})" if status_code is not None else ""
        excerpt = f"; body starts: {body_excerpt!r}" if body_excerpt else ""
        super().__init__(f"{message}{detail}{excerpt}")


class TuyaAPIError(TuyaError):
    """Tuya answered `success: false`. Subclasses by error family are generated from spec/errors.yaml."""

    def __init__(
        self,
        code: int | str,
        msg: str,
        *,
        tid: str | None = None,
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.code = code
        self.msg = msg
        self.tid = tid
        self.operation = operation
        self.method = method
        self.path = path
        self.hint = hint
        where = f" [{operation}: {method} {path}]" if operation else ""
        trace = f" (tid {tid})" if tid else ""
        advice = f". {hint}" if hint else ""
        super().__init__(f"Tuya error {code}: {msg}{where}{trace}{advice}")
