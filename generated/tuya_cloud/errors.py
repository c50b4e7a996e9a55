# Generated from spec/errors.yaml by `python -m generator`; do not edit.
"""Exception classes for Tuya's error codes, one per error family; all derive from TuyaAPIError."""

from ._runtime.core import ErrorInfo
from ._runtime.errors import TuyaAPIError


class TokenError(TuyaAPIError):
    """The access token is missing, expired or revoked. The client renews it and sends the call again once."""


class SignatureError(TuyaAPIError):
    """Tuya rejected the signature."""


class ClockSkewError(TuyaAPIError):
    """This machine's clock is too far from Tuya's. The client re-syncs t from Tuya's reply and sends the call again once; if that fails, sync the clock (NTP)."""


class CredentialsError(TuyaAPIError):
    """The project credentials or the token grant are wrong."""


class PermissionDeniedError(TuyaAPIError):
    """The project may not call this API or reach this resource; check the API subscription, the linked app account and the data centre."""


class QuotaExceededError(TuyaAPIError):
    """The project's call quota is used up or its plan has expired. Tuya refuses every call until the quota refreshes or the plan is extended, so the client never retries these; see the message for what to do."""


QuotaError = QuotaExceededError  # the family's earlier name, kept working


class ParameterError(TuyaAPIError):
    """Tuya rejected a parameter."""


class InvalidRequestError(TuyaAPIError):
    """The request itself is malformed (path, method, headers)."""


class RateLimitError(TuyaAPIError):
    """Too many concurrent or too frequent calls for the project (limits are shared by every client of one Access ID). Retry-safe calls are retried after at least a second; the client's rate limit and concurrency cap (a limiter shared through Redis for several processes) keep calls inside the limit."""


class ServerBusyError(TuyaAPIError):
    """Tuya is failing or busy. Retry-safe calls are retried with backoff."""


class NotFoundError(TuyaAPIError):
    """The resource does not exist."""


class DeviceError(TuyaAPIError):
    """The device cannot carry out the request (offline, unsupported function or value)."""


ERROR_INFO: dict[int, ErrorInfo] = {
    500: ErrorInfo(
        ServerBusyError, "retry", "Tuya's backend failed or timed out; try again later."
    ),  # system error, please contact the admin
    1000: ErrorInfo(NotFoundError, "none", "The resource does not exist (wrong ID)."),  # data not exist
    1001: ErrorInfo(CredentialsError, "none", "The access secret is wrong."),  # secret invalid
    1002: ErrorInfo(TokenError, "renew_token", "The request carried no access token."),  # access_token is null
    1003: ErrorInfo(
        CredentialsError, "none", "The token request used an unsupported grant_type."
    ),  # grant type invalid
    1004: ErrorInfo(
        SignatureError,
        "none",
        "The signature does not match: wrong secret, or the signed request differs from the sent one.",
    ),  # sign invalid
    1005: ErrorInfo(CredentialsError, "none", "The Access ID (client_id) is unknown."),  # clientId invalid
    1006: ErrorInfo(InvalidRequestError, "none", "The Content-Type is not supported."),  # not support content type
    1007: ErrorInfo(CredentialsError, "none", "The key is not supported; use a cloud project key."),  # not support key
    1008: ErrorInfo(CredentialsError, "none", "The Access ID is not valid for this call."),  # invalid access
    1010: ErrorInfo(
        TokenError, "renew_token", "The access token expired (Tuya also sends this code as 'token invalid')."
    ),  # token is expired
    1011: ErrorInfo(TokenError, "renew_token", "The access token is not valid."),  # token invalid
    1012: ErrorInfo(TokenError, "renew_token", "The access token was revoked or replaced."),  # token status is invalid
    1013: ErrorInfo(
        ClockSkewError, "clock_skew", "The t header is too far from Tuya's clock: sync this machine's clock (NTP)."
    ),  # request time is invalid
    1100: ErrorInfo(ParameterError, "none", "A required parameter is missing."),  # param is empty
    1101: ErrorInfo(ParameterError, "none", "A parameter is out of range."),  # params range invalid
    1102: ErrorInfo(ParameterError, "none", "A parameter is null."),  # param is null
    1103: ErrorInfo(DeviceError, "none", "The command could not be delivered to the device."),  # commands issue error
    1104: ErrorInfo(ParameterError, "none", "A parameter has the wrong type."),  # type is incorrect
    1105: ErrorInfo(InvalidRequestError, "none", "A required header is missing."),  # missing the header
    1106: ErrorInfo(
        PermissionDeniedError,
        "none",
        "Not authorised: API not subscribed, app account not linked, wrong data centre, or device not in the project. Look the tid up in the console's API call log.",
    ),  # permission deny
    1107: ErrorInfo(CredentialsError, "none", "The authorization code is not valid."),  # code invalid
    1108: ErrorInfo(InvalidRequestError, "none", "Unknown path, or the wrong HTTP method for it."),  # uri path invalid
    1109: ErrorInfo(ParameterError, "none", "A parameter is not valid."),  # param is illegal, please check it
    1110: ErrorInfo(
        RateLimitError,
        "rate_limited",
        "Too many concurrent requests for the project; cap the requests in flight (the client's concurrency cap).",
    ),  # concurrent request over limit
    1111: ErrorInfo(ServerBusyError, "retry", "Tuya is busy; try again later."),  # system is busy, please retry later
    1112: ErrorInfo(
        ServerBusyError, "retry", "The user's data is being synchronised; try again later."
    ),  # the user is syncing in the background, please try again later
    1113: ErrorInfo(
        RateLimitError,
        "none",
        "The same operation was repeated too soon (the global list also uses this code for trial plan limits).",
    ),  # do not repeat the operation in a short time
    1199: ErrorInfo(
        RateLimitError,
        "rate_limited",
        "The project's call frequency limit was exceeded; limit the calls per second (the client's rate limit, shared through Redis when several processes use the Access ID).",
    ),  # your requests are too frequent
    1400: ErrorInfo(TokenError, "renew_token", "The access token is not valid."),  # token invalid
    2001: ErrorInfo(DeviceError, "none", "The device is offline."),  # device is offline
    2002: ErrorInfo(NotFoundError, "none", "The user has no devices."),  # this user does not have any devices
    2003: ErrorInfo(DeviceError, "none", "The device does not support this function."),  # function not support
    2004: ErrorInfo(DeviceError, "none", "The lock type is not supported."),  # not support the lock type
    2005: ErrorInfo(NotFoundError, "none", "The product does not exist."),  # product not exist
    2006: ErrorInfo(NotFoundError, "none", "The user does not exist."),  # user not exist
    2007: ErrorInfo(
        DeviceError, "none", "The device token expired (the token API also uses it for cross-region access)."
    ),  # device token expired
    2008: ErrorInfo(
        DeviceError, "none", "The command or value is not supported by the device."
    ),  # command or value not support
    2009: ErrorInfo(DeviceError, "none", "The device is not supported."),  # not support this device
    2010: ErrorInfo(NotFoundError, "none", "The device does not exist."),  # device not exist
    28841002: ErrorInfo(
        QuotaExceededError,
        "none",
        "The project's cloud development plan has expired; Tuya refuses calls until it is extended or renewed on the Tuya Developer Platform (Cloud > Development > the project's service plan). Retrying does not help.",
    ),  # No permissions. Your subscription to cloud development plan has expired.
    28841004: ErrorInfo(
        QuotaExceededError,
        "none",
        "The project's Trial Edition quota of API calls is used up (the free IoT Core trial allows about 26,000 calls a month per project; polling one device once a minute takes about 43,000). Tuya refuses every call until the quota refreshes or the plan is extended or upgraded on the Tuya Developer Platform, so retrying does not help; make fewer calls (poll less often, count calls with the client's hooks, limit their rate).",
    ),  # No permissions. Your quota of Trial Edition is used up.
    28841105: ErrorInfo(
        PermissionDeniedError, "none", "The project is not authorised for this API."
    ),  # No permissions. This project is not authorized to call this API
    60009001: ErrorInfo(
        PermissionDeniedError, "none", "The API permission package is wrong."
    ),  # API permission package error.
}
