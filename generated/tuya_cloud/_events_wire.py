# Generated from spec/events.yaml by `python -m generator`; do not edit.
"""The message service's wire facts from spec/events.yaml, for the hand-written runtime (_runtime/events_*.py)
and the fake cloud: queue hosts, the consumer path and query, the handshake, the encryption modes."""

from __future__ import annotations

QUEUE_HOSTS: dict[str, str] = {
    "cn": "wss://mqe.tuyacn.com:8285/",
    "us": "wss://mqe.tuyaus.com:8285/",
    "us-e": "wss://mqe.tuyaus.com:8285/",
    "eu": "wss://mqe.tuyaeu.com:8285/",
    "eu-w": "wss://mqe.tuyaeu.com:8285/",
    "in": "wss://mqe.tuyain.com:8285/",
}
CONSUMER_PATH = "ws/v2/consumer/persistent/{access_id}/out/{env}/{subscription}"  # relative to the queue host
ENVS = ["event", "event-test"]
DEFAULT_ENV = "event"
DEFAULT_SUBSCRIPTION = "{access_id}-sub"  # .format(access_id=...)
ACK_TIMEOUT_MS = 3000
MINIMUM_ACK_TIMEOUT_MS = 1000
SUBSCRIPTION_TYPE = "Failover"
HEADERS = [("username", "access_id"), ("password", "password")]  # (header name, what it carries: access_id or password)
HANDSHAKE_FAILURES: dict[int, str] = {
    401: "credentials",
    403: "service",
    500: "service",
}  # HTTP status -> credentials | service
KEY_SLICE = (8, 24)  # the Access Secret characters that make the AES-128 key
MODE_PROPERTY = "em"  # the frame property naming the encryption mode
DEFAULT_MODE = "aes_ecb"
MODES = ["aes_ecb", "aes_gcm"]
GCM_NONCE_BYTES = 12
GCM_TAG_BYTES = 16
BIZ_CODE_PATHS = (("bizCode",),)
DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))
