"""TLS is verified: a queue host whose certificate does not verify ends the loop with TuyaEventsError
after a bounded number of tries (a self-signed certificate, on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from websockets.sync.server import Server, ServerConnection, serve

from tuya_cloud import AsyncTuyaEvents, TuyaEvents, TuyaEventsError

SECRET = "0123456789abcdef0123456789abcdef"


def self_signed(directory: Path) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    (directory / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (directory / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(directory / "cert.pem", directory / "key.pem")
    return context


@pytest.fixture()
def untrusted_host(tmp_path: Path) -> Iterator[str]:
    def handler(connection: ServerConnection) -> None:
        connection.close()

    server: Server = serve(handler, "127.0.0.1", 0, ssl=self_signed(tmp_path))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"wss://127.0.0.1:{server.socket.getsockname()[1]}/"
    finally:
        server.shutdown()
        thread.join(5)


class Quick(TuyaEvents):
    backoff_base = 0.02
    backoff_cap = 0.05


class QuickAsync(AsyncTuyaEvents):
    backoff_base = 0.02
    backoff_cap = 0.05


def test_an_unverified_certificate_ends_the_sync_loop(untrusted_host: str) -> None:
    with pytest.raises(TuyaEventsError, match="TLS certificate did not verify 3 times"):
        next(iter(Quick(access_id="id", access_secret=SECRET, url=untrusted_host)))


def test_an_unverified_certificate_ends_the_async_loop(untrusted_host: str) -> None:
    async def scenario() -> None:
        async with QuickAsync(access_id="id", access_secret=SECRET, url=untrusted_host) as events:
            async for _event in events:
                pass

    with pytest.raises(TuyaEventsError, match="TLS certificate did not verify 3 times"):
        asyncio.run(scenario())
