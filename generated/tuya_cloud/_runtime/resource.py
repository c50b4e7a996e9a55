"""Bases of the generated resources: one per API group and client kind, created on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type-only: a resource module must not load requests or aiohttp
    from .aio import AsyncBaseClient
    from .client import BaseClient


class Resource:
    """A group's methods on the sync client (`TuyaCloud`)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AsyncResource:
    """The same group's methods on the async client (`AsyncTuyaCloud`): awaitables and async iterators."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client
