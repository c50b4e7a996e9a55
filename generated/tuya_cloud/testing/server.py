"""FakeTuyaCloud: a local HTTP server that speaks Tuya's Cloud OpenAPI protocol, for tests.

It is as strict as Tuya: every request must carry a valid HMAC signature (checked here with code of
its own, not the SDK's signer), a recent `t`, and a live access token; it routes and validates
requests against the package's openapi.json, answers in Tuya's envelope, and keeps a stateful world
(see world/). Tests can inject faults and read a log of every request.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import hmac
import json
import re
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from .._runtime.apimodel import ApiModel, OperationModel
from .._runtime.validation import Invalid, check, rule_holds
from . import control
from .drift import drifted, kinds_of
from .events import DEFAULT_SECRET, EVENTS_SECRET, CloudEvents, attach, message_service
from .limits import ProjectLimits
from .requestlog import DEFAULT_LIMIT, RequestLog, RequestRecord
from .world import BEHAVIOURS, CloudError, TokenLedger, World

if TYPE_CHECKING:
    from types import TracebackType

    from .. import AsyncTuyaCloud, TuyaCloud
    from .pulsar import FakeMessageService

REQUIRED_HEADERS = ("client_id", "sign", "sign_method", "t")
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_NOT_FOUND = frozenset({1000, 1011, 1106, 2006, 2010})  # answers that mean "no such thing here"
_NO_BODY = frozenset({204, 304})  # statuses whose replies carry no body (HTTP/1.1)
_HTML_ERROR = (
    "<html>\r\n<head><title>{code} {reason}</title></head>\r\n<body>\r\n<center><h1>{code} {reason}</h1></center>"
    "\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


# ---------------------------------------------------------------- routing


class Router:
    """Finds the operation for a method and a raw path, using the package's API model."""

    def __init__(self, model: ApiModel) -> None:
        self._routes: list[tuple[OperationModel, re.Pattern[str], tuple[bool, ...]]] = []
        for op in model.operations.values():
            segments = op.path.strip("/").split("/")
            regex = "".join(f"/(?P<{s[1:-1]}>[^/]+)" if s.startswith("{") else "/" + re.escape(s) for s in segments)
            # literal segments rank a route, so /devices/factory-infos wins over /devices/{device_id}
            self._routes.append((op, re.compile(regex + "$"), tuple(not s.startswith("{") for s in segments)))

    def match(self, method: str, raw_path: str) -> tuple[OperationModel, dict[str, str]] | None:
        """The most specific operation whose template and method fit; path values percent-decoded."""
        best: tuple[OperationModel, dict[str, str]] | None = None
        best_rank: tuple[bool, ...] = ()
        for op, pattern, rank in self._routes:
            if op.http_method != method:
                continue
            matched = pattern.match(raw_path)
            if matched is not None and (best is None or rank > best_rank):
                best, best_rank = (op, {k: unquote(v) for k, v in matched.groupdict().items()}), rank
        return best


# ---------------------------------------------------------------- records and faults


@dataclass
class Fault:
    """An injected failure; `remaining` counts down per matching request (None: until cleared)."""

    operation: str
    remaining: int | None = 1
    latency: float | None = None
    http_status: int | None = None
    garbage: bool = False
    error_code: int | None = None
    error_msg: str | None = None
    drop_connection: bool = False
    retry_after: float | None = None
    reply: Any = None  # a canned JSON body, sent as given
    drift: frozenset[str] = frozenset()  # drift kinds (see drift.py) applied to the normal result
    hits: int = 0
    served: list[Any] = field(default_factory=list)  # the drifted results this fault answered with

    def kind(self) -> str | None:
        if self.drop_connection:
            return "drop_connection"
        if self.http_status is not None:
            return "http_status"
        if self.garbage:
            return "garbage"
        if self.error_code is not None:
            return "error_code"
        if self.reply is not None:
            return "reply"
        if self.drift:
            return "drift"
        return None  # latency only


@dataclass
class _Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json;charset=UTF-8"
    drop: bool = False
    headers: dict[str, str] = field(default_factory=dict)


class _Rejected(Exception):
    def __init__(self, code: int, detail: str | None = None) -> None:
        self.code = code
        self.detail = detail


@dataclass
class _Draft:
    method: str
    path: str
    query: dict[str, str]
    body: Any = None
    operation: str | None = None
    signature_ok: bool = False
    stage: str = "gateway"  # where a refusal comes from: the gateway's checks, or the world once they passed


# ---------------------------------------------------------------- signature


def expected_signature(
    secret: str,
    *,
    client_id: str,
    access_token: str,
    t: str,
    nonce: str,
    method: str,
    raw_path: str,
    pairs: list[tuple[str, str]],
    body: bytes,
    signed_headers: list[tuple[str, str]],
) -> str:
    """Tuya's signature of a request as received: the raw path, query values decoded, the pairs sorted by key
    and then by value (spec/envelope.yaml signing.url), so a repeated key signs the same in any order."""
    url = raw_path
    if pairs:
        url += "?" + "&".join(f"{k}={v}" for k, v in sorted(pairs))
    headers = "".join(f"{name}:{value}\n" for name, value in signed_headers)
    string_to_sign = f"{method}\n{hashlib.sha256(body).hexdigest()}\n{headers}\n{url}"
    message = client_id + access_token + t + nonce + string_to_sign
    return hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest().upper()


# ---------------------------------------------------------------- argument coercion


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _NotJson(ValueError):
    pass


def _no_constants(name: str) -> Any:
    raise _NotJson(f"{name} is not JSON")


def _json_float(text: str) -> float | int:
    """JSON has one number type: 2.0 is the integer 2 (as in JSON Schema, and as Tuya's gateway reads it)."""
    value = float(text)
    return int(value) if value.is_integer() and abs(value) < 2**63 else value


def parse_json(data: bytes) -> Any:
    """A request body as JSON; ValueError when it is not JSON (NaN and Infinity are not), nested too deep, or
    holds a number Python will not read."""
    try:
        return json.loads(data, parse_constant=_no_constants, parse_float=_json_float)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _types(schema: Mapping[str, Any]) -> tuple[str, ...]:
    kind = schema.get("type")
    if kind is None:
        return ()
    return (kind,) if isinstance(kind, str) else tuple(kind)


def _coerce(text: str, schema: Mapping[str, Any], api: ApiModel) -> Any:
    """Query and path values arrive as text; turn them into what the parameter's schema expects.
    A list is its items joined with commas: "" is no items, and "a,,b" has an empty item (checked as one)."""
    schema = api.resolve(schema)
    kinds = _types(schema)
    if "array" in kinds:
        return [_coerce(part, schema.get("items", {}), api) for part in text.split(",")] if text else []
    if "integer" in kinds and _INTEGER.fullmatch(text) and ("string" not in kinds or str(int(text)) == text):
        return int(text)  # where a string is allowed too, "0001" stays text: leading zeros are part of an ID
    if "number" in kinds and _NUMBER.fullmatch(text):
        return float(text)
    if "boolean" in kinds and text in {"true", "false"}:
        return text == "true"
    return text


def _wire_text(value: Any) -> Any:
    """How a value reads on the wire, so 2425371 and "2425371" (or [1, 2] and "1,2") compare equal."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple) and all(not isinstance(v, dict | list) for v in value):
        return ",".join(str(_wire_text(v)) for v in value)
    return value if isinstance(value, dict | list) else str(value)


def _matching_example(op: OperationModel, args: Mapping[str, Any]) -> Mapping[str, Any] | None:
    for example in op.examples:
        request: Mapping[str, Any] = example.get("request", {})
        if set(request) == set(args) and all(_wire_text(args[k]) == _wire_text(v) for k, v in request.items()):
            return example
    return None


# ---------------------------------------------------------------- the cloud


class FakeTuyaCloud(CloudEvents):
    """A local, strict, stateful Tuya cloud on 127.0.0.1 - what moto is to boto3.

    with FakeTuyaCloud() as cloud:
        client = cloud.client()
        client.devices.get_status(device_id=Seed.LIGHT_ID)
    """

    def __init__(
        self,
        access_id: str = "fake-access-id",
        access_secret: str = "fake-access-secret",
        *,
        port: int = 0,
        token_ttl: int = 7200,
        clock_skew_tolerance: float = 300.0,
        control: bool = False,
        example_fallback: bool = False,
        rate_limit: float | None = None,
        operation_rate_limits: Mapping[str, float] | None = None,
        max_concurrency: int | None = None,
        quota: int | None = None,
        request_log_size: int | None = DEFAULT_LIMIT,
        fleet: int = 0,
        events: bool = False,
    ) -> None:
        """`rate_limit` (calls/s, answered 1199 beyond), `operation_rate_limits` (calls/s by operation id),
        `max_concurrency` (1110 beyond) and `quota` (calls, then 28841004) limit the project like Tuya;
        see limits.py. Off by default. `events=True` also serves the message service (events.py).

        `requests` keeps the newest `request_log_size` requests (None: all of them; `calls()` counts every
        one either way). `fleet` adds that many plugs to the seeded home (see world/seed.py), for tests
        and benchmarks of large accounts."""
        if events and access_secret == DEFAULT_SECRET:
            access_secret = EVENTS_SECRET  # the event key is characters 8 to 24 of the secret
        self.access_id = access_id
        self.access_secret = access_secret
        self.clock_skew_tolerance = clock_skew_tolerance
        self.clock_offset = 0.0  # seconds added to this machine's clock to make the server clock
        self.control = control  # answer the control API (control.py) for tests in other processes
        # An operation the world has no behaviour for is answered with error 500 naming the module to add
        # it to; True answers it with its first spec example instead (only for a test that asks for it).
        self.example_fallback = example_fallback
        self.lock = threading.RLock()  # guards the world, tokens, faults and the log
        self.api = ApiModel.load()
        self.router = Router(self.api)
        self.tokens = TokenLedger(self.now, token_ttl)  # outlives reset_world(), like Tuya's own tokens
        self.fleet = fleet
        self.world = World(self.now, self.tokens, fleet=fleet)
        self.events: FakeMessageService | None = message_service(self) if events else None
        self.requests: RequestLog = RequestLog(request_log_size)
        self.connections = 0  # TCP connections accepted, to check keep-alive reuse
        self.in_flight = 0  # requests being answered right now
        self.peak_in_flight = 0  # the most requests answered at once since start or reset_log()
        self._port = port
        self._faults: list[Fault] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.limits = ProjectLimits(
            rate_limit=rate_limit,
            operation_rate_limits=operation_rate_limits,
            max_concurrency=max_concurrency,
            quota=quota,
        )

    def __repr__(self) -> str:
        where = self.base_url if self._server is not None else "stopped"
        return f"FakeTuyaCloud({where}, access_id={self.access_id!r})"

    # ------------------------------------------------------------ lifecycle

    def start(self) -> FakeTuyaCloud:
        if self._server is None:
            self._server = _Server(("127.0.0.1", self._port), self)
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-tuya-cloud", daemon=True
            )
            self._thread.start()
        if self.events is not None:
            self.events.start()
        return self

    def stop(self) -> None:
        if self.events is not None:
            self.events.stop()
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.close_connections()  # idle keep-alive connections would otherwise keep being served
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> FakeTuyaCloud:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the fake cloud is not running; call start() first")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self, **kwargs: Any) -> TuyaCloud:
        """A TuyaCloud client bound to this server (keyword arguments go to TuyaCloud)."""
        from .. import TuyaCloud  # the client is loaded only when a test asks for one

        return TuyaCloud(access_id=self.access_id, access_secret=self.access_secret, base_url=self.base_url, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncTuyaCloud:
        """An AsyncTuyaCloud client bound to this server (keyword arguments go to AsyncTuyaCloud)."""
        from .. import AsyncTuyaCloud

        return AsyncTuyaCloud(
            access_id=self.access_id, access_secret=self.access_secret, base_url=self.base_url, **kwargs
        )

    def now(self) -> float:
        """The server clock in Unix seconds (this machine's clock plus clock_offset)."""
        return time.time() + self.clock_offset

    def reset_world(self) -> None:
        """Put the world back to its seeded state (tokens, faults and the log stay)."""
        with self.lock:
            self.world = World(self.now, self.tokens, fleet=self.fleet)
            if self.events is not None:
                attach(self)

    # ------------------------------------------------------------ tokens (ledger and behaviours: world/token.py)

    @property
    def token_ttl(self) -> int:
        """Lifetime in seconds of the access tokens issued from now on."""
        return self.tokens.ttl

    @token_ttl.setter
    def token_ttl(self, seconds: int) -> None:
        self.tokens.ttl = seconds

    @property
    def token_grants(self) -> int:
        return self.tokens.grants

    @property
    def token_refreshes(self) -> int:
        return self.tokens.refreshes

    def expire_tokens(self) -> None:
        """Expire every issued access token now (refresh tokens still work once, as on Tuya)."""
        with self.lock:
            self.tokens.expire_all()

    def issued_secrets(self) -> list[str]:
        """Every access and refresh token issued so far, for tests that check nothing leaks them."""
        with self.lock:
            return self.tokens.issued()

    # ------------------------------------------------------------ faults and the log

    def inject(
        self,
        operation: str = "*",
        *,
        times: int | None = 1,
        latency: float | None = None,
        http_status: int | None = None,
        garbage: bool = False,
        error_code: int | None = None,
        error_msg: str | None = None,
        drop_connection: bool = False,
        retry_after: float | None = None,
        reply: Any = None,
        drift: bool | Iterable[str] = False,
    ) -> Fault:
        """Make the next `times` requests for `operation` (an operation id, or "*" for all) fail.

        The fault strikes after routing and before anything else, so the operation does not run:
        `latency` delays the reply (then the request is served normally unless another effect is set),
        `http_status` answers with that status and an HTML page, `garbage` with a truncated JSON body,
        `error_code` with a Tuya error envelope, `drop_connection` closes the socket without a reply,
        `reply` with that JSON value as the whole body (e.g. a reply captured from the real cloud).
        `drift` is the exception: the request is checked and the operation runs as usual, then its
        result is answered drifted the way Tuya's real replies drift (True for every kind, or some of
        "types", "enums", "missing_required", "missing_optional", "nulls", "extra"; see drift.py);
        `Fault.served` keeps what was sent.
        `retry_after` adds a Retry-After header (seconds) to the `http_status` reply.
        `times=None` keeps the fault until clear_faults().
        """
        self._check_fault(operation, times, latency, http_status, error_code, error_msg, retry_after, reply)
        fault = Fault(
            operation,
            times,
            latency,
            http_status,
            garbage,
            error_code,
            error_msg,
            drop_connection,
            retry_after,
            reply,
            kinds_of(drift),
        )
        with self.lock:
            self._faults.append(fault)
        return fault

    def _check_fault(
        self,
        operation: str,
        times: int | None,
        latency: float | None,
        http_status: int | None,
        error_code: int | None,
        error_msg: str | None,
        retry_after: float | None,
        reply: Any,
    ) -> None:
        """Refuse a fault that could not be served, now, instead of failing the request it strikes."""
        if operation != "*" and operation not in self.api.operations:
            raise ValueError(f"inject: unknown operation {operation!r}; use an operation id or '*'")
        if times is not None and (not _is_int(times) or times < 1):
            raise ValueError(
                f"inject: times must be an integer of at least 1 (or None for until cleared), got {times!r}"
            )
        if http_status is not None and (not _is_int(http_status) or not 200 <= http_status <= 599):
            raise ValueError(f"inject: http_status must be an HTTP status from 200 to 599, got {http_status!r}")
        if error_code is not None and not _is_int(error_code):
            raise ValueError(f"inject: error_code must be an integer, got {error_code!r}")
        if error_msg is not None and not isinstance(error_msg, str):
            raise ValueError(f"inject: error_msg must be a string, got {error_msg!r}")
        for name, seconds in (("latency", latency), ("retry_after", retry_after)):
            if seconds is not None and not (_is_number(seconds) and 0 <= seconds < float("inf")):
                raise ValueError(f"inject: {name} must be a number of seconds >= 0, got {seconds!r}")
        if reply is not None:
            try:
                json.dumps(reply, allow_nan=False)
            except (TypeError, ValueError, RecursionError) as exc:
                raise ValueError(
                    f"inject: reply must be JSON (dicts, lists, str, int, float, bool, None): {exc}"
                ) from None

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def _take_fault(self, operation_id: str) -> Fault | None:
        with self.lock:
            for fault in self._faults:
                if fault.operation in {"*", operation_id}:
                    fault.hits += 1
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining == 0:
                            self._faults.remove(fault)
                    return fault
        return None

    def calls(self, operation_id: str, *, succeeded: bool | None = None) -> int:
        """How many requests reached `operation_id` (only successful or failed ones when `succeeded` is set)."""
        with self.lock:
            return self.requests.calls(operation_id, succeeded=succeeded)

    def reset_log(self) -> None:
        with self.lock:
            self.requests.clear()
            self.peak_in_flight = self.in_flight

    def _record(self, draft: _Draft, code: int | None, fault: str | None = None) -> None:
        refused_by = draft.stage if code is not None and fault is None else None
        record = RequestRecord(
            draft.method,
            draft.path,
            draft.operation,
            draft.query,
            draft.body,
            draft.signature_ok,
            code,
            fault,
            refused_by,
        )
        with self.lock:
            self.requests.append(record)

    # ------------------------------------------------------------ request handling

    def _envelope(self, payload: dict[str, Any]) -> _Reply:
        payload.update({"t": int(self.now() * 1000), "tid": uuid.uuid4().hex})
        return _Reply(body=json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    def _message(self, code: int, detail: str | None) -> str:
        """Tuya's message for the code (from the spec's error table), with what was wrong."""
        text = self.api.error_message(code)
        return f"{text}: {detail}" if detail else text

    def _error(self, draft: _Draft, code: int, detail: str | None = None, fault: str | None = None) -> _Reply:
        self._record(draft, code, fault)
        return self._envelope({"success": False, "code": code, "msg": self._message(code, detail)})

    def handle(self, method: str, target: str, headers: Message, body: bytes) -> _Reply:
        """Answer one HTTP request (called by the server's handler threads), counting API requests in flight."""
        raw_path, _, raw_query = target.partition("?")
        if self.control and raw_path.startswith(control.PREFIX):
            status, payload = control.answer(self, method, raw_path, body)
            return _Reply(status=status, body=json.dumps(payload).encode("utf-8"))
        with self.lock:
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            return self._answer(method, raw_path, raw_query, headers, body)
        finally:
            with self.lock:
                self.in_flight -= 1

    def _answer(self, method: str, raw_path: str, raw_query: str, headers: Message, body: bytes) -> _Reply:
        pairs = parse_qsl(raw_query, keep_blank_values=True)
        draft = _Draft(method, raw_path, dict(pairs))
        try:
            draft.body = parse_json(body) if body.strip() else None
        except ValueError:
            draft.body = None
        route = self.router.match(method, raw_path)
        token_api = route is not None and route[0].auth == "client"
        access_token = "" if token_api else headers.get("access_token", "")
        draft.signature_ok = self._signature_ok(method, raw_path, pairs, headers, body, access_token)
        if route is None:
            return self._error(draft, 1108)
        op, path_values = route
        draft.operation = op.id
        if token_api or any(p.sensitive for p in op.params if p.location == "path"):
            draft.path = self._masked_path(op, path_values, token_api)
        for param in op.params:
            if param.sensitive and param.location == "query" and param.name in draft.query:
                draft.query[param.name] = "***"
        fault = self._take_fault(op.id)
        if fault is not None:
            if fault.latency:
                time.sleep(fault.latency)
            reply = self._fault_reply(draft, fault)
            if reply is not None:
                return reply
        try:
            self._authenticate(headers, access_token, token_api, draft.signature_ok)
            refused = self.limits.admit(op.id, self.in_flight)  # the project's frequency, concurrency and quota
            if refused is not None:
                raise _Rejected(refused)
            args = self._arguments(op, path_values, pairs, body)
            draft.stage = "world"
            with self.lock:
                result = self._run(op, args)
        except _Rejected as exc:
            return self._error(draft, exc.code, exc.detail)
        except CloudError as exc:
            return self._error(draft, exc.code, exc.detail)
        except Exception as exc:  # a bug in the fake itself: answer like Tuya's 500 instead of dropping the line
            return self._error(draft, 500, f"fake cloud failure: {type(exc).__name__}: {exc}")
        if fault is not None and fault.kind() == "drift":
            result = drifted(op.id, result, fault.drift, self.api)
            with self.lock:
                fault.served.append(result)
        self._record(draft, None, "drift" if fault is not None and fault.kind() == "drift" else None)
        return self._envelope({"success": True, "result": result})

    @staticmethod
    def _masked_path(op: OperationModel, values: Mapping[str, str], token_api: bool) -> str:
        path = op.path
        for param in op.params:
            if param.location == "path":
                shown = "***" if param.sensitive or token_api else values[param.name]
                path = path.replace("{" + param.name + "}", shown)
        return path

    def _fault_reply(self, draft: _Draft, fault: Fault) -> _Reply | None:
        kind = fault.kind()
        if kind == "drop_connection":
            self._record(draft, None, kind)
            return _Reply(drop=True)
        if kind == "http_status" and fault.http_status is not None:
            self._record(draft, None, kind)
            page = _HTML_ERROR.format(code=fault.http_status, reason=_reason(fault.http_status))
            headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            return _Reply(status=fault.http_status, body=page.encode(), content_type="text/html", headers=headers)
        if kind == "garbage":
            self._record(draft, None, kind)
            return _Reply(body=b'{"success":true,"result":{"id":"vdevo1700000000')
        if kind == "reply":
            code = fault.reply.get("code") if isinstance(fault.reply, dict) and not fault.reply.get("success") else None
            self._record(draft, code if isinstance(code, int) else None, kind)
            return _Reply(body=json.dumps(fault.reply, ensure_ascii=False).encode("utf-8"))
        if kind == "error_code" and fault.error_code is not None:
            if fault.error_msg is not None:
                self._record(draft, fault.error_code, kind)
                return self._envelope({"success": False, "code": fault.error_code, "msg": fault.error_msg})
            return self._error(draft, fault.error_code, fault=kind)
        return None

    def _signature_ok(
        self, method: str, raw_path: str, pairs: list[tuple[str, str]], headers: Message, body: bytes, token: str
    ) -> bool:
        sign, t = headers.get("sign"), headers.get("t")
        if not sign or not t or headers.get("client_id") != self.access_id:
            return False
        if headers.get("sign_method") != "HMAC-SHA256":
            return False
        names = [n for n in headers.get("Signature-Headers", "").split(":") if n]
        expected = expected_signature(
            self.access_secret,
            client_id=self.access_id,
            access_token=token,
            t=t,
            nonce=headers.get("nonce", ""),
            method=method,
            raw_path=raw_path,
            pairs=pairs,
            body=body,
            signed_headers=[(n, headers.get(n, "")) for n in names],
        )
        return hmac.compare_digest(expected, sign)

    def _authenticate(self, headers: Message, access_token: str, token_api: bool, signature_ok: bool) -> None:
        missing = [name for name in REQUIRED_HEADERS if not headers.get(name)]
        if missing:
            raise _Rejected(1105, ", ".join(missing))
        if headers["client_id"] != self.access_id:
            raise _Rejected(1005)
        t = headers["t"]
        if not t.isdigit() or abs(int(t) / 1000 - self.now()) > self.clock_skew_tolerance:
            raise _Rejected(1013)
        if not token_api and not access_token:
            raise _Rejected(1002)
        if not signature_ok:
            raise _Rejected(1004)
        if not token_api:
            with self.lock:
                self.tokens.check(access_token)

    def _arguments(
        self, op: OperationModel, path_values: Mapping[str, str], pairs: list[tuple[str, str]], body: bytes
    ) -> dict[str, Any]:
        """Validate the request against the operation, like Tuya's gateway: 1100 missing, 1109 invalid."""
        query = dict(pairs)
        values: dict[str, Any] = {}
        try:
            for param in (p for p in op.params if p.location != "body"):  # the body is checked as one object
                text = path_values.get(param.name) if param.location == "path" else query.get(param.name)
                if text is None:  # an empty value is given: `name=` is checked like any other value
                    if param.required:
                        raise _Rejected(1100, param.name)
                    continue
                value = _coerce(text, param.schema, self.api)
                check(value, param.schema, param.name, self.api.schemas.get)
                values[param.name] = value
            if op.body_schema is not None:
                # Each parameter comes from its own place: a body field named like a path or query
                # parameter is an unknown body field, ignored, and never stands in for the other one.
                elsewhere = {p.name for p in op.params if p.location != "body"}
                values.update((k, v) for k, v in self._body(op.body_schema, body).items() if k not in elsewhere)
            for rule in op.rules:
                if rule_holds(rule["if"], values) and not rule_holds(rule["then"], values):
                    raise _Rejected(1109, f"{rule['then']['field']}: {rule['message']}")
        except Invalid as exc:
            raise _Rejected(1109, f"{exc.where}: {exc.rule}") from None
        return values

    def _body(self, schema: Mapping[str, Any], body: bytes) -> dict[str, Any]:
        try:
            data = parse_json(body) if body.strip() else {}
        except ValueError as exc:
            raise _Rejected(1109, f"body: not valid JSON ({exc})") from None
        if not isinstance(data, dict):
            raise _Rejected(1109, "body: must be a JSON object")
        for name in schema.get("required", ()):
            if data.get(name) is None:
                raise _Rejected(1100, name)
        properties: Mapping[str, Any] = schema.get("properties", {})
        for name, value in data.items():
            sub = properties.get(name)
            if sub is None:
                if schema.get("additionalProperties") is False:
                    raise Invalid(name, "is not a known field")
            elif value is not None:
                check(value, sub, name, self.api.schemas.get)
        return {k: v for k, v in data.items() if v is not None}

    def _run(self, op: OperationModel, args: dict[str, Any]) -> Any:
        try:
            return self._behave(op, args)
        except (CloudError, _Rejected) as exc:
            # The spec's documented requests name devices and homes this world lacks; they get the
            # documented answer so that every example works. Any other unknown ID still fails.
            example = _matching_example(op, args) if exc.code in _NOT_FOUND else None
            if example is None:
                raise
            return copy.deepcopy(example.get("result"))

    def _behave(self, op: OperationModel, args: dict[str, Any]) -> Any:
        if op.id in BEHAVIOURS:
            return self.world.handle(op.id, args)
        if self.example_fallback and op.examples:  # asked for: the first example stands in for a behaviour
            return copy.deepcopy(op.examples[0].get("result"))
        # A missing behaviour must not look done: the example would answer every request alike.
        group, method = op.id.split(".", 1)
        where = f"a method {method} on the {group} mixin in tuya_cloud/testing/world/{group}.py"
        raise _Rejected(500, f"the fake cloud has no behaviour for {op.id}; add {where}")


# ---------------------------------------------------------------- HTTP plumbing


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # The listen backlog: socketserver's default of 5 makes a burst of new connections (a thread pool
    # starting up) wait for SYN retransmits, 1 s and more each. The kernel caps it at net.core.somaxconn.
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], cloud: FakeTuyaCloud) -> None:
        self.cloud = cloud
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._open_lock:
            if open_:
                self._open.add(connection)
                self.cloud.connections += 1
            else:
                self._open.discard(connection)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return  # the client went away (e.g. its read timeout ran out during injected latency)
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        with self._open_lock:
            for connection in list(self._open):
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so a client's connection pool is reused
    disable_nagle_algorithm = True  # headers and body are separate writes; Nagle would add ~40 ms per reply
    timeout = 60  # idle keep-alive connections are closed after this many seconds
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # tests should not see one stderr line per request

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in {b"\r\n", b"\n", b""}:
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except ValueError:
            self.send_error(HTTPStatus.BAD_REQUEST, "bad request framing")
            return
        reply = self.server.cloud.handle(self.command, self.path, self.headers, body)
        if reply.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        body = b"" if reply.status in _NO_BODY else reply.body
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        if reply.status != 204:  # a 204 must not say a length (RFC 9110); HEAD says the length GET would send
            self.send_header("Content-Length", str(len(body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        # Say whether the connection stays open, as real front ends do: a client that is not told may put
        # a connection this server is about to close back into its pool and lose its next request on it.
        if self.close_connection:
            self.send_header("Connection", "close")
        else:
            self.send_header("Connection", "keep-alive")
            self.send_header("Keep-Alive", f"timeout={self.timeout}")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def __getattr__(self, name: str) -> Any:
        # http.server answers a method without a do_<METHOD> with its own HTML 501 page; Tuya's gateway
        # answers every method it does not route (HEAD, OPTIONS, TRACE, made-up ones) with its envelope,
        # code 1108, as it does a wrong path. The router decides, so every method is served alike.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)
