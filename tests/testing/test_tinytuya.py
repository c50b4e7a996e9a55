"""tinytuya's `Cloud` class against the fake cloud: every call it makes is signed the way tinytuya
signs, served over HTTP by the fake's world, and answers with that world's data.

tinytuya builds `https://{urlhost}/...` itself. The test points it at the fake in the two places its
source leaves open: `setregion` (where Cloud picks its host) and the module's `requests`, which here
sends the same request over plain http to 127.0.0.1. Nothing else of tinytuya is replaced.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from tuya_cloud.testing import FakeTuyaCloud, Seed

tinytuya = pytest.importorskip("tinytuya")
CLOUD_MODULE = importlib.import_module("tinytuya.Cloud")


class _PlainHttp:
    """`requests` as tinytuya's Cloud module uses it, with its https:// URLs sent over http."""

    Request = requests.Request

    def __init__(self, host: str) -> None:
        self.host = host

    def _plain(self, url: str) -> str:
        prefix = f"https://{self.host}/"
        assert url.startswith(prefix), f"tinytuya went elsewhere: {url}"
        return f"http://{self.host}/" + url[len(prefix) :]

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return requests.get(self._plain(url), timeout=30, **kwargs)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        return requests.request(method, self._plain(url), timeout=30, **kwargs)


class FakeRegionCloud(tinytuya.Cloud):  # type: ignore[misc, name-defined]
    """tinytuya's Cloud whose data centre is the fake cloud's host."""

    def __init__(self, host: str, **kwargs: Any) -> None:
        self.fake_host = host
        super().__init__(**kwargs)

    def setregion(self, apiRegion: str | None = None) -> None:
        self.urlhost = self.fake_host


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeTuyaCloud]:
    with FakeTuyaCloud() as cloud:
        yield cloud


@pytest.fixture()
def cloud(fake: FakeTuyaCloud, monkeypatch: pytest.MonkeyPatch) -> Any:
    fake.reset_world()
    fake.reset_log()
    fake.clear_faults()
    host = urlsplit(fake.base_url).netloc
    monkeypatch.setattr(CLOUD_MODULE, "requests", _PlainHttp(host))
    client = FakeRegionCloud(host, apiRegion="eu", apiKey=fake.access_id, apiSecret=fake.access_secret)
    assert client.token, client.error  # __init__ got a token from the fake
    return client


def world_status(fake: FakeTuyaCloud, device_id: str) -> list[dict[str, Any]]:
    with fake.lock:
        device = fake.world.devices[device_id]
        return [{"code": dp.code, "value": device.status[dp.code]} for dp in device.product.dps]


def test_getdevices_lists_the_worlds_devices_with_keys_and_factory_data(fake: FakeTuyaCloud, cloud: Any) -> None:
    devices = {d["id"]: d for d in cloud.getdevices(include_map=True)}
    with fake.lock:
        seeded = dict(fake.world.devices)
    assert set(devices) == set(seeded)
    for device_id, device in seeded.items():
        listed = devices[device_id]
        assert (listed["name"], listed["key"], listed["uuid"], listed["mac"]) == (
            device.name,
            device.local_key,
            device.uuid,
            device.mac,
        )
        assert listed["product_id"] == device.product.product_id and listed["category"] == device.product.category
        assert listed.get("gateway_id", "") == (device.gateway_id or "")
        mapping = listed["mapping"]  # from getdps: dp_id -> code, one per DP of the product
        assert sorted(m["code"] for m in mapping.values()) == sorted(dp.code for dp in device.product.dps)
        assert all(key.isdigit() for key in mapping)
    assert devices[Seed.PLUG_ID]["sn"] == "FKSN2023110100103"
    for operation in ("associated_users.list_devices", "iot_devices.list", "devices.list_factory_infos"):
        assert fake.calls(operation, succeeded=True) >= 1, operation
    with fake.lock:
        assert all(record.signature_ok for record in fake.requests)  # tinytuya's own signatures


def test_status_functions_properties_and_dps(fake: FakeTuyaCloud, cloud: Any) -> None:
    assert cloud.getstatus(Seed.LIGHT_ID)["result"] == world_status(fake, Seed.LIGHT_ID)
    functions = cloud.getfunctions(Seed.LIGHT_ID)["result"]
    assert functions["category"] == "dj"
    assert [f["code"] for f in functions["functions"]][:2] == ["switch_led", "work_mode"]
    properties = cloud.getproperties(Seed.PLUG_ID)["result"]
    assert [s["code"] for s in properties["status"]] == [dp["code"] for dp in world_status(fake, Seed.PLUG_ID)]
    assert "cur_power" not in {f["code"] for f in properties["functions"]}  # reported, not settable
    dps = cloud.getdps(Seed.PLUG_ID)["result"]
    assert [(s["dp_id"], s["code"]) for s in dps["status"]][:2] == [(1, "switch_1"), (2, "countdown_1")]


def test_sendcommand_changes_the_device_through_either_path(fake: FakeTuyaCloud, cloud: Any) -> None:
    reply = cloud.sendcommand(Seed.PLUG_ID, {"commands": [{"code": "switch_1", "value": False}]})
    assert reply["success"] is True and reply["result"] is True
    assert {s["code"]: s["value"] for s in world_status(fake, Seed.PLUG_ID)}["switch_1"] is False
    cloud.sendcommand(Seed.PLUG_ID, {"commands": [{"code": "switch_1", "value": True}]}, uri="devices/")
    assert {s["code"]: s["value"] for s in cloud.getstatus(Seed.PLUG_ID)["result"]}["cur_power"] == 1250
    refused = cloud.sendcommand(Seed.OFFLINE_PLUG_ID, {"commands": [{"code": "switch_1", "value": True}]})
    assert "Error from Tuya Cloud" in refused["Payload"]


def test_getconnectstatus(cloud: Any) -> None:
    assert cloud.getconnectstatus(Seed.LIGHT_ID) is True
    assert cloud.getconnectstatus(Seed.OFFLINE_PLUG_ID) is False


def test_getdevicelog_follows_next_row_key_to_the_end(fake: FakeTuyaCloud, cloud: Any) -> None:
    week_ago = int(time.time()) - 7 * 86400
    everything = cloud.getdevicelog(Seed.SENSOR_ID, start=week_ago, evtype=7)
    paged = cloud.getdevicelog(Seed.SENSOR_ID, start=week_ago, evtype=7, params={"size": 3})
    with fake.lock:
        reports = [e for e in fake.world.devices[Seed.SENSOR_ID].logs if e.event_id == 7]
    assert len(reports) > 3
    assert paged["fetches"] > 1 and paged["result"]["logs"] == everything["result"]["logs"]
    assert [(e["code"], e["value"]) for e in everything["result"]["logs"]] == [
        (e.code, str(e.value)) for e in sorted(reports, key=lambda e: e.event_time, reverse=True)
    ]


def test_a_token_error_is_renewed_as_tinytuya_renews_it(fake: FakeTuyaCloud, cloud: Any) -> None:
    # tinytuya renews when a reply's text contains "token invalid", which is how the live cloud words
    # 1010 (tests/replies/POST_v1.0_iot-03_devices_{device_id}_commands/002.json); the fake's own 1010
    # says "token is expired", the wording of Tuya's error-code page, so the live wording is injected.
    with fake.lock:
        grants = fake.tokens.grants
    fake.inject("iot_device_control.get_status", error_code=1010, error_msg="token invalid")
    assert cloud.getstatus(Seed.SENSOR_ID)["result"] == world_status(fake, Seed.SENSOR_ID)
    with fake.lock:
        assert fake.tokens.grants == grants + 1  # one new token, then the same call again
