"""The infrared group in the fake world: the gateway's IR hub has seeded remotes and keys; sending a key is
recorded on its remote, and an air conditioner's settings show in its status."""

from __future__ import annotations

from typing import Any

import pytest

from tuya_cloud import DeviceError, NotFoundError, ParameterError, TuyaCloud, TuyaValidationError
from tuya_cloud.testing import FakeTuyaCloud, Seed

HUB = Seed.GATEWAY_ID


def test_the_hub_lists_its_remotes_and_their_keys(tuya_client: TuyaCloud) -> None:
    remotes = {r.remote_id: r for r in tuya_client.infrared.list_remotes(infrared_id=HUB)}
    assert set(remotes) == {Seed.TV_REMOTE_ID, Seed.AC_REMOTE_ID, Seed.FAN_REMOTE_ID}
    assert (remotes[Seed.TV_REMOTE_ID].category_id, remotes[Seed.TV_REMOTE_ID].brand_name) == (2, "Samsung")
    tv = tuya_client.infrared.list_keys(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID)
    assert {k.key: k.key_id for k in tv.key_list or []}["volume_up"] == 2
    assert tv.key_range == []
    ac = tuya_client.infrared.list_keys(infrared_id=HUB, remote_id=Seed.AC_REMOTE_ID)
    assert [m.mode for m in ac.key_range or []] == [0, 1, 2, 3, 4]
    assert (ac.key_range or [])[0].temp_list[0].temp == 16  # type: ignore[index]
    with pytest.raises(DeviceError):  # the light is no IR hub
        tuya_client.infrared.list_remotes(infrared_id=Seed.LIGHT_ID)
    with pytest.raises(NotFoundError):
        tuya_client.infrared.list_keys(infrared_id=HUB, remote_id="vdevo000000000000000")


def test_a_sent_key_is_recorded_on_its_remote(tuya_client: TuyaCloud, fake_tuya_cloud: FakeTuyaCloud) -> None:
    tuya_client.infrared.send_key(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, category_id=2, key_id=2)
    tuya_client.infrared.send_key(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, category_id=2, key="netflix")
    tuya_client.infrared.send_standard_key(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, category_id=2, key="mute")
    with fake_tuya_cloud.lock:
        sent = fake_tuya_cloud.world.infrared_hubs[HUB][Seed.TV_REMOTE_ID].sent
        assert [s["key"] for s in sent] == ["volume_up", "netflix", "mute"]
    with pytest.raises(DeviceError, match="standard"):  # netflix is a key of this remote, not a standard one
        tuya_client.infrared.send_standard_key(
            infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, category_id=2, key="netflix"
        )
    with pytest.raises(ParameterError, match="category_id"):
        tuya_client.infrared.send_key(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, category_id=5, key="power")
    with pytest.raises(TuyaValidationError, match="key_id"):  # neither key nor key_id: refused before sending
        tuya_client.infrared.send_key(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, category_id=2)
    with fake_tuya_cloud.lock:
        fake_tuya_cloud.world.set_online(HUB, False)
    with pytest.raises(DeviceError, match="offline"):
        tuya_client.infrared.send_key(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, category_id=2, key="power")


def test_an_air_conditioner_reports_what_was_sent(tuya_client: TuyaCloud) -> None:
    remote: dict[str, Any] = {"infrared_id": HUB, "remote_id": Seed.AC_REMOTE_ID}
    status = tuya_client.infrared.get_ac_status(**remote)
    assert (status.power, status.mode, status.temp, status.wind) == ("0", "0", "26", "1")  # strings, as Tuya sends
    tuya_client.infrared.send_standard_key(**remote, category_id=5, key="PowerOn")
    tuya_client.infrared.send_ac_command(**remote, code="temp", value=22)
    assert tuya_client.infrared.get_ac_status(**remote).model_dump(exclude_none=True) == {
        "remote_id": Seed.AC_REMOTE_ID,
        "power": "1",
        "mode": "0",
        "temp": "22",
        "wind": "1",
    }
    tuya_client.infrared.send_ac_state(**remote, mode=1, temp=24, wind=3)
    status = tuya_client.infrared.get_ac_status(**remote)
    assert (status.power, status.mode, status.temp, status.wind) == ("1", "1", "24", "3")
    with pytest.raises(DeviceError, match="temp"):
        tuya_client.infrared.send_ac_command(**remote, code="temp", value=45)
    with pytest.raises(DeviceError):  # the TV remote is no air conditioner
        tuya_client.infrared.get_ac_status(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID)


def test_learned_codes_are_listed_and_sent(tuya_client: TuyaCloud, fake_tuya_cloud: FakeTuyaCloud) -> None:
    remote: dict[str, Any] = {"infrared_id": HUB, "remote_id": Seed.FAN_REMOTE_ID}
    codes = tuya_client.infrared.list_learning_codes(**remote)
    assert [(c.key, c.remote_id) for c in codes] == [("power", Seed.FAN_REMOTE_ID), ("speed", Seed.FAN_REMOTE_ID)]
    tuya_client.infrared.send_learning_code(**remote, code=codes[1].code or "")
    with fake_tuya_cloud.lock:
        assert fake_tuya_cloud.world.infrared_hubs[HUB][Seed.FAN_REMOTE_ID].sent[-1]["code"] == codes[1].code


def test_the_v1_key_call_names_the_key_by_raw_key(tuya_client: TuyaCloud, fake_tuya_cloud: FakeTuyaCloud) -> None:
    tuya_client.infrared.send_key_v1(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, raw_key=3)
    tuya_client.infrared.send_key_v1(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, raw_key="mute")
    with fake_tuya_cloud.lock:
        assert [s["key"] for s in fake_tuya_cloud.world.infrared_hubs[HUB][Seed.TV_REMOTE_ID].sent] == [
            "volume_down",
            "mute",
        ]
    with pytest.raises(DeviceError, match="raw_key"):
        tuya_client.infrared.send_key_v1(infrared_id=HUB, remote_id=Seed.TV_REMOTE_ID, raw_key=77)
