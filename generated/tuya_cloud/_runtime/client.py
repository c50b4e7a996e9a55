"""The request path every generated method shares: validate, sign, send, retry, unwrap, parse."""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import re
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from requests.adapters import HTTPAdapter

from . import signing
from .errors import (
    TuyaAPIError,
    TuyaConfigError,
    TuyaConnectionError,
    TuyaError,
    TuyaResponseError,
    TuyaTimeoutError,
    TuyaValidationError,
)
from .tokens import MemoryTokenStore, Token, TokenManager, TokenStore
from .validation import Invalid, check, describe_test, rule_holds

if TYPE_CHECKING:
    from .operation import Operation

logger = logging.getLogger("tuya_cloud")

T = TypeVar("T")
C = TypeVar("C", bound="BaseClient")
Timeout = float | tuple[float, float]

DEFAULT_TIMEOUT: Timeout = (5.0, 30.0)  # (connect, read) seconds: no call can hang forever
DEFAULT_MAX_RETRIES = 2
RETRY_BASE_DELAY = 0.5
RETRY_MAX_DELAY = 8.0
RETRY_AFTER_CAP = 60.0
_RETRY_HTTP_STATUS = frozenset({429, 500, 502, 503, 504})
_LOOPBACK_NAMES = frozenset({"localhost"})
_PLAIN = frozenset({str, int, float, bool})


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """What the spec's error table says about one code."""

    cls: type[TuyaAPIError]
    action: str  # none | retry | renew_token | clock_skew
    hint: str


@dataclass(frozen=True, slots=True)
class Prepared:
    """A call turned into wire form; built once, sent as often as retries need."""

    operation: Operation
    wire_path: str
    shown_path: str  # for logs and errors: sensitive path values masked
    query: tuple[tuple[str, str], ...]
    body: bytes | None


class _Retry(Exception):
    def __init__(self, error: TuyaError, *, safe: bool, delay: float | None = None) -> None:
        self.error = error
        self.safe = safe  # True when the request surely never reached Tuya
        self.delay = delay


def _is_loopback(host: str) -> bool:
    import ipaddress  # only needed for http base URLs

    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _timeout_pair(timeout: Timeout) -> tuple[float, float]:
    if isinstance(timeout, tuple):
        return timeout
    if timeout <= 0:
        raise TuyaConfigError(f"timeout must be positive, got {timeout}")
    return (min(5.0, float(timeout)), float(timeout))


def jsonable(value: Any) -> Any:
    """Models become plain dicts (wire names, unset fields left out); containers are copied."""
    if value is None or type(value) in _PLAIN:
        return value
    dump = getattr(value, "model_dump", None)  # a pydantic model; duck-typed so pydantic loads only when used
    if dump is not None:
        return dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_query_text(v) for v in value)
    return str(value)


class _SecretPathFilter(logging.Filter):
    """Masks secrets that sit in URL paths (the refresh token) in urllib3's debug log lines."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        super().__init__()
        self.patterns = patterns

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(self._mask(a) if isinstance(a, str) else a for a in record.args)
        return True

    def _mask(self, text: str) -> str:
        for pattern in self.patterns:
            text = pattern.sub(lambda m: m.group(1) + "***", text)
        return text


class BaseClient:
    """Configuration, the HTTP session, the token manager and the call pipeline.

    The generated `TuyaCloud` subclass adds one lazily created resource per API group and passes
    the spec-derived tables (regions, error codes, schemas, token operations) to this class.
    """

    _REGIONS: Mapping[str, str] = {}
    _ERRORS: Mapping[int, ErrorInfo] = {}
    _SCHEMAS: Mapping[str, Mapping[str, Any]] = {}
    _filter_lock = threading.Lock()
    _filter_installed = False

    def __init__(
        self,
        access_id: str | None = None,
        access_secret: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        lang: str | None = None,
        token_store: TokenStore | None = None,
        correct_clock_skew: bool = True,
        signed_headers: Mapping[str, str] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        access_id = access_id or os.environ.get("TUYA_ACCESS_ID")
        access_secret = access_secret or os.environ.get("TUYA_ACCESS_SECRET")
        if not access_id:
            raise TuyaConfigError("access_id is required (or set TUYA_ACCESS_ID)")
        if not access_secret:
            raise TuyaConfigError("access_secret is required (or set TUYA_ACCESS_SECRET)")
        if max_retries < 0:
            raise TuyaConfigError(f"max_retries must be >= 0, got {max_retries}")
        self.access_id = access_id
        self.__secret = access_secret
        self.base_url = self._resolve_base_url(region, base_url)
        self.timeout = _timeout_pair(timeout)
        self.max_retries = max_retries
        self.lang = lang
        self.correct_clock_skew = correct_clock_skew
        self.signed_headers = self._check_signed_headers(signed_headers or {})
        self._clock_offset = 0.0  # seconds to add to this machine's clock, learned from 1013 replies
        self._session = session or self._new_session(self.base_url)
        self._owns_session = session is None
        self._tokens = TokenManager(token_store or MemoryTokenStore(), self._grant_token, self._refresh_token)
        self._adapters: dict[Any, Any] = {}  # result type -> pydantic TypeAdapter

    # ------------------------------------------------------------ configuration

    def _resolve_base_url(self, region: str | None, base_url: str | None) -> str:
        if region is not None and base_url is not None:
            raise TuyaConfigError("give region or base_url, not both")
        if region is None and base_url is None:
            base_url = os.environ.get("TUYA_BASE_URL")
            region = None if base_url else os.environ.get("TUYA_REGION")
        if base_url is None:
            if region is None:
                raise TuyaConfigError(
                    f"region is required (one of {', '.join(self._REGIONS)}), or base_url; "
                    "or set TUYA_REGION / TUYA_BASE_URL"
                )
            if region not in self._REGIONS:
                raise TuyaConfigError(f"unknown region {region!r}; use one of {', '.join(self._REGIONS)}")
            return self._REGIONS[region]
        parts = urlsplit(base_url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise TuyaConfigError(f"base_url must be an http(s) URL, got {base_url!r}")
        if parts.scheme == "http" and not _is_loopback(parts.hostname):
            raise TuyaConfigError("plain http is allowed only on loopback (127.0.0.1, ::1, localhost); use https")
        if parts.query or parts.fragment:
            raise TuyaConfigError("base_url must not have a query or fragment")
        return base_url.rstrip("/")

    @staticmethod
    def _check_signed_headers(headers: Mapping[str, str]) -> dict[str, str]:
        """Extra headers sent with every call and covered by the signature (Tuya's Signature-Headers)."""
        for name, value in headers.items():
            if not name or any(c in name for c in ":\r\n ") or any(c in value for c in "\r\n"):
                raise TuyaConfigError(f"signed_headers: {name!r} is not a valid header name/value pair")
        return dict(headers)

    @staticmethod
    def _new_session(base_url: str) -> requests.Session:
        session = requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=32, max_retries=0)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        # requests re-reads proxy, CA and netrc settings from the environment on every call (a third of
        # a call's CPU); read the proxy and CA settings once here instead. Tuya calls never use netrc.
        session.trust_env = False
        session.proxies.update(requests.utils.get_environ_proxies(base_url))
        session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        return session

    def _token_operations(self) -> tuple[Operation, Operation]:
        """The spec's (grant, refresh) token operations; the generated client supplies them."""
        raise NotImplementedError

    def _install_log_filter(self, refresh: Operation) -> None:
        with BaseClient._filter_lock:
            if BaseClient._filter_installed:
                return
            patterns = [
                re.compile(f'({re.escape(refresh.path.split("{" + param.name + "}")[0])})[^/?\\s"]+')
                for param in refresh.params
                if param.sensitive and param.location == "path"
            ]
            logging.getLogger("urllib3.connectionpool").addFilter(_SecretPathFilter(patterns))
            BaseClient._filter_installed = True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(access_id={self.access_id!r}, base_url={self.base_url!r})"

    def with_options(self: C, *, timeout: Timeout | None = None, max_retries: int | None = None) -> C:
        """A copy with other defaults that shares this client's connection pool and token."""
        clone = copy.copy(self)
        if timeout is not None:
            clone.timeout = _timeout_pair(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise TuyaConfigError(f"max_retries must be >= 0, got {max_retries}")
            clone.max_retries = max_retries
        clone._owns_session = False  # closing the copy must not close the shared pool
        for name, value in list(vars(clone).items()):
            if isinstance(value, Resource):  # resources made for the original point at it
                del clone.__dict__[name]
        return clone

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------ tokens

    def _grant_token(self) -> Token:
        grant, _ = self._token_operations()
        return self._token_from(self.call(grant, {"grant_type": 1}, dict))

    def _refresh_token(self, refresh_token: str) -> Token:
        _, refresh = self._token_operations()
        self._install_log_filter(refresh)  # before the refresh token first appears in a URL
        return self._token_from(self.call(refresh, {"refresh_token": refresh_token}, dict))

    def _token_from(self, result: Mapping[str, Any]) -> Token:
        try:
            lifetime = float(result.get("expire_time", result.get("expire")))  # older pages call it `expire`
            return Token(
                access_token=str(result["access_token"]),
                refresh_token=str(result.get("refresh_token") or ""),
                expires_at=time.time() + lifetime,
                uid=str(result.get("uid") or ""),
            )
        except (KeyError, TypeError, ValueError):
            raise TuyaResponseError("the token reply lacks access_token or expire_time") from None

    # ------------------------------------------------------------ preparing

    def prepare(self, op: Operation, args: Mapping[str, Any]) -> Prepared:
        """Validate arguments against the spec and build the wire form; raises TuyaValidationError."""
        values: dict[str, Any] = {}
        lookup = self._SCHEMAS.get
        try:
            for param in op.params:
                value = args.get(param.name)
                if value is None:
                    if param.required:
                        raise Invalid(param.name, "is required")
                    continue
                value = jsonable(value)
                if param.location == "query" and isinstance(value, str) and param.schema.get("type") == "array":
                    value = [part for part in value.split(",") if part]  # "a,b" is accepted for a list
                check(value, param.schema, param.name, lookup, secret=param.sensitive)
                if param.location == "path":
                    text = str(value)
                    if text in {".", ".."} or not text:
                        raise Invalid(param.name, "must be a non-empty path segment other than '.' and '..'")
                values[param.name] = value
            for rule in op.rules:
                if rule_holds(rule.when, values) and not rule_holds(rule.then, values):
                    raise Invalid(rule.then["field"], f"{describe_test(rule.then)}: {rule.message}")
        except Invalid as exc:
            raise TuyaValidationError(op.id, exc.where, exc.rule) from None

        wire_path = shown_path = op.path
        query: list[tuple[str, str]] = []
        body: dict[str, Any] = {}
        has_body = False
        for param in op.params:
            if param.location == "body":
                has_body = True
            if param.name not in values:
                continue
            value = values[param.name]
            if param.location == "path":
                token = "{" + param.name + "}"
                wire_path = wire_path.replace(token, quote(str(value), safe=""))
                shown_path = shown_path.replace(token, "***" if param.sensitive else quote(str(value), safe=""))
            elif param.location == "query":
                query.append((param.name, _query_text(value)))
            else:
                body[param.name] = value
        payload = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8") if has_body else None
        return Prepared(op, wire_path, shown_path, tuple(query), payload)

    # ------------------------------------------------------------ calling

    def call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        result_type: Any,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> Any:
        """Run one operation and return its parsed `result`."""
        prepared = self.prepare(op, args)
        result = self._send_with_retries(prepared, timeout, max_retries, allow_retry)
        return self._parse(op, result, result_type)

    def _parse(self, op: Operation, result: Any, result_type: Any) -> Any:
        if result_type is dict:
            if not isinstance(result, dict):
                raise TuyaResponseError(f"{op.id}: expected an object as result, got {type(result).__name__}")
            return result
        if type(result) is result_type and result_type in _PLAIN:  # e.g. the `true` most writes return
            return result
        from pydantic import TypeAdapter, ValidationError  # loaded on the first call, not at import

        adapter = self._adapters.get(result_type)
        if adapter is None:
            adapter = self._adapters[result_type] = TypeAdapter(result_type)
        try:
            return adapter.validate_python(result)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "result"
            raise TuyaResponseError(f"{op.id}: the result does not match the spec at {where}: {first['msg']}") from None

    def _send_with_retries(
        self, prepared: Prepared, timeout: Timeout | None, max_retries: int | None, allow_retry: bool | None
    ) -> Any:
        op = prepared.operation
        retries_allowed = self.max_retries if max_retries is None else max_retries
        may_resend = op.retry_safe if allow_retry is None else allow_retry
        timeouts = self.timeout if timeout is None else _timeout_pair(timeout)
        retries = 0
        renewed = resynced = False
        attempt = 0
        while True:
            attempt += 1
            token = self._tokens.current() if op.auth == "token" else None
            try:
                envelope = self._send_once(prepared, token, timeouts, attempt)
            except _Retry as signal:
                if (signal.safe or may_resend) and retries < retries_allowed:
                    retries += 1
                    self._sleep_before_retry(op, retries, signal.delay, signal.error)
                    continue
                raise signal.error from None

            if envelope.get("success") is True:
                return envelope.get("result")

            code = envelope.get("code")
            if isinstance(code, str) and code.isdigit():  # some pages type the code as a string
                code = int(code)
            info = self._ERRORS.get(code) if isinstance(code, int) else None
            action = info.action if info is not None else "none"
            if action == "renew_token" and token is not None and not renewed:
                renewed = True  # the request was refused before it ran: resending is safe
                logger.info("tuya_cloud: %s got token error %s; renewing the token", op.id, code)
                self._tokens.replace(token)
                continue
            if (
                action == "clock_skew"
                and self.correct_clock_skew
                and not resynced
                and isinstance(envelope.get("t"), int)
            ):
                resynced = True
                self._clock_offset = envelope["t"] / 1000.0 - time.time()
                logger.warning(
                    "tuya_cloud: this machine's clock is %.1f s off Tuya's; signing with Tuya's time",
                    -self._clock_offset,
                )
                continue
            if action == "retry" and may_resend and retries < retries_allowed:
                retries += 1
                self._sleep_before_retry(op, retries, None, f"Tuya error {code}")
                continue
            raise self._api_error(prepared, envelope, info)

    def _api_error(self, prepared: Prepared, envelope: Mapping[str, Any], info: ErrorInfo | None) -> TuyaAPIError:
        code = envelope.get("code", "unknown")
        msg = str(envelope.get("msg") or "")
        cls = info.cls if info is not None else TuyaAPIError
        hint = info.hint if info is not None else None
        if info is not None and info.action == "clock_skew":
            hint = "This machine's clock differs from Tuya's: sync it (e.g. with NTP) and retry"
        tid = envelope.get("tid")
        return cls(
            code if isinstance(code, int | str) else str(code),
            msg,
            tid=str(tid) if tid is not None else None,
            operation=prepared.operation.id,
            method=prepared.operation.method,
            path=prepared.shown_path,
            hint=hint,
        )

    def _sleep_before_retry(self, op: Operation, retry: int, delay: float | None, reason: object) -> None:
        if delay is None:
            import random  # jitter; only needed once something failed

            delay = min(RETRY_MAX_DELAY, RETRY_BASE_DELAY * 2 ** (retry - 1)) * random.uniform(0.75, 1.0)
        logger.info("tuya_cloud: %s failed (%s); retry %d in %.2f s", op.id, reason, retry, delay)
        time.sleep(delay)

    def _send_once(self, prepared: Prepared, token: Token | None, timeouts: tuple[float, float], attempt: int) -> Any:
        op = prepared.operation
        t = str(int((time.time() + self._clock_offset) * 1000))
        nonce = os.urandom(16).hex()
        access_token = token.access_token if token is not None else ""
        body = prepared.body or b""
        headers = {
            "client_id": self.access_id,
            "sign": signing.sign(
                client_id=self.access_id,
                secret=self.__secret,
                t=t,
                method=op.method,
                path=prepared.wire_path,
                query=prepared.query,
                body=body,
                access_token=access_token,
                nonce=nonce,
                signed_headers=self.signed_headers,
            ),
            "sign_method": "HMAC-SHA256",
            "t": t,
            "nonce": nonce,
        }
        if self.signed_headers:
            headers.update(self.signed_headers)
            headers["Signature-Headers"] = ":".join(self.signed_headers)
        if token is not None:
            headers["access_token"] = access_token
        if self.lang:
            headers["lang"] = self.lang
        if prepared.body is not None:
            headers["Content-Type"] = "application/json"
        url = self.base_url + signing.wire_url(prepared.wire_path, prepared.query)
        started = time.perf_counter()
        try:
            response = self._session.request(
                op.method, url, data=prepared.body, headers=headers, timeout=timeouts, allow_redirects=False
            )
        except requests.exceptions.ConnectTimeout:
            raise _Retry(TuyaTimeoutError(f"{op.id}: connecting to {self.base_url} timed out"), safe=True) from None
        except requests.exceptions.Timeout:
            raise _Retry(TuyaTimeoutError(f"{op.id}: no reply within {timeouts[1]} s"), safe=False) from None
        except requests.exceptions.ConnectionError as exc:
            safe = _never_sent(exc)
            raise _Retry(
                TuyaConnectionError(f"{op.id}: cannot reach {self.base_url}: {type(exc).__name__}"), safe=safe
            ) from None
        except requests.exceptions.RequestException as exc:
            raise TuyaConnectionError(f"{op.id}: request failed: {type(exc).__name__}") from None
        elapsed_ms = (time.perf_counter() - started) * 1000
        content = response.content
        envelope: Any = None
        with contextlib.suppress(ValueError):
            envelope = json.loads(content)
        is_envelope = isinstance(envelope, dict) and isinstance(envelope.get("success"), bool)
        if logger.isEnabledFor(logging.DEBUG):
            tid = envelope.get("tid") if is_envelope else None
            logger.debug(
                "tuya_cloud: %s %s %s -> HTTP %d in %.1f ms (attempt %d, tid %s)",
                op.id,
                op.method,
                prepared.shown_path,
                response.status_code,
                elapsed_ms,
                attempt,
                tid,
            )
        if is_envelope:
            return envelope
        excerpt = content[:200].decode("utf-8", "replace")
        if response.status_code in _RETRY_HTTP_STATUS:
            error = TuyaResponseError(f"{op.id}: server error", status_code=response.status_code, body_excerpt=excerpt)
            raise _Retry(error, safe=False, delay=_retry_after(response))
        if response.status_code != 200:
            raise TuyaResponseError(
                f"{op.id}: unexpected HTTP reply", status_code=response.status_code, body_excerpt=excerpt
            )
        raise TuyaResponseError(f"{op.id}: the reply is not a Tuya envelope", status_code=200, body_excerpt=excerpt)

    # ------------------------------------------------------------ pagination

    def paginate(
        self,
        op: Operation,
        args: Mapping[str, Any],
        result_type: Any,
        *,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[Any]:
        """Yield every item of every page, stopping on the spec's end-of-list signals."""
        paging = op.pagination
        if paging is None:
            raise TuyaError(f"{op.id} is not paginated")
        args = dict(args)
        if paging.style == "page_number" and paging.page_param is not None and args.get(paging.page_param) is None:
            args[paging.page_param] = paging.first_page
        seen = 0
        for _ in range(max_pages):
            result = self.call(op, args, result_type, timeout=timeout, max_retries=max_retries)
            items = list((result if paging.items == "." else _wire_field(result, paging.items)) or [])
            yield from items
            seen += len(items)
            if not items:
                return
            if paging.has_more is not None and _wire_field(result, paging.has_more) is False:
                return
            total = _wire_field(result, paging.total) if paging.total is not None else None
            if isinstance(total, int) and seen >= total:
                return
            if paging.style == "page_number" and paging.page_param is not None:
                size = args.get(paging.size_param) if paging.size_param is not None else None
                if isinstance(size, int) and len(items) < size:
                    return
                args[paging.page_param] += 1
            elif paging.cursor_param is not None and paging.next_cursor is not None:
                cursor = _wire_field(result, paging.next_cursor)
                if not cursor or cursor == args.get(paging.cursor_param):
                    return
                args[paging.cursor_param] = cursor
        raise TuyaError(f"{op.id}: stopped after max_pages={max_pages} pages; pass a larger max_pages to read on")


def _wire_field(result: Any, name: str) -> Any:
    """A result field by its wire name (models may rename fields, e.g. `list` becomes `list_`)."""
    fields = getattr(type(result), "model_fields", None)
    if fields is not None:
        for attribute, info in fields.items():
            if (info.alias or attribute) == name:
                return getattr(result, attribute)
        return (getattr(result, "model_extra", None) or {}).get(name)
    if isinstance(result, Mapping):
        return result.get(name)
    return getattr(result, name, None)


def _never_sent(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the connection failed before the request went out (so resending cannot repeat it)."""
    text = repr(exc)
    return any(sign in text for sign in ("NewConnectionError", "NameResolutionError", "Connection refused"))


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return min(RETRY_AFTER_CAP, max(0.0, float(value))) if value is not None else None
    except ValueError:
        return None


class Resource:
    """Base of the generated resources: one per API group, created on first use."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client
