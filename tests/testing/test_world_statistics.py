"""The statistics group in the fake world: which statistics a device keeps, totals, and stable series."""

from __future__ import annotations

import pytest

from tuya_cloud import ParameterError, TuyaCloud
from tuya_cloud.testing import Seed
from tuya_cloud.testing.world.products import PLUG


def test_statistics(tuya_client: TuyaCloud) -> None:
    types = tuya_client.statistics.list_types(device_id=Seed.PLUG_ID)
    assert {(t.code, t.stat_type) for t in types} == {("add_ele", "sum"), ("cur_power", "avg")}
    assert tuya_client.statistics.list_types(device_id=Seed.LIGHT_ID) == []
    assert tuya_client.statistics.get_total(device_id=Seed.PLUG_ID, code="add_ele").total == "92.68"
    days = tuya_client.statistics.list_daily(
        device_id=Seed.PLUG_ID, code="add_ele", start_day="20230501", end_day="20230531"
    ).days
    assert days is not None and len(days) == 31
    again = tuya_client.statistics.list_daily(
        device_id=Seed.PLUG_ID, code="add_ele", start_day="20230501", end_day="20230531"
    ).days
    assert again == days  # deterministic
    quarters = tuya_client.statistics.list_quarter_hours(
        device_id=Seed.PLUG_ID, code="add_ele", start_minute="202305110000", end_minute="202305112345"
    )
    assert len(quarters.quarters or {}) == 96
    with pytest.raises(ParameterError):
        tuya_client.statistics.get_total(device_id=Seed.LIGHT_ID, code="add_ele")
    with pytest.raises(ParameterError):
        tuya_client.statistics.list_monthly(
            device_id=Seed.PLUG_ID, code="add_ele", start_month="202312", end_month="202301"
        )


def test_the_product_overview_counts_the_world(tuya_client: TuyaCloud) -> None:
    overview = tuya_client.statistics.get_product_overview()
    assert overview.dev_active is not None and overview.dev_active["all_activate"] == "8"  # every seeded device
    assert overview.App_register is not None and overview.App_register["all_add"] == "3"  # and user
    plugs = tuya_client.statistics.get_product_overview(product_id=PLUG.product_id)
    assert plugs.dev_active is not None and plugs.dev_active["all_activate"] == "2"  # strings, as Tuya sends
