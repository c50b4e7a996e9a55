# Generated from spec/groups/ota.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime.models import TuyaModel


class FirmwareUpgradeInfo(TuyaModel):
    """
    Upgrade state of one firmware module of a device.
    """

    current_version: Annotated[
        str | None, Field(description="Firmware version the module runs now (may be empty).")
    ] = None
    last_upgrade_time: Annotated[
        int | str | None,
        Field(
            description="Time of the last upgrade, Unix milliseconds (0 when never upgraded). A number in the example, a String in the table: either is kept as sent.\n"
        ),
    ] = None
    module_desc: Annotated[str | None, Field(description="Description of the module.")] = None
    module_type: Annotated[
        int | str | None,
        Field(
            description="Firmware channel of the module; pass it to ota.upgrade. 0 Wi-Fi / main network module, 1 Bluetooth, 2 GPRS, 3 Zigbee, 4 IR, 5 433 MHz gateway, 6 NB-IoT, 9 MCU (10-19 are extension channels in Tuya's app SDK docs). A number in the example, a String in the table: either is kept as sent.\n"
        ),
    ] = None
    upgrade_desc: Annotated[str | None, Field(description="Release notes of the new version.")] = None
    upgrade_status: Annotated[
        Literal[0, 1, 2, 3, 4, 5] | int | None,
        Field(
            description="0 no upgrade needed, 1 new version ready, 2 upgrading, 3 upgrade finished, 4 upgrade failed; Tuya's app OTA page adds 5 waiting for a low-power device to wake up. Other values are accepted as sent.\n"
        ),
    ] = None
    upgrade_version: Annotated[str | None, Field(description="Version available for the upgrade (may be empty).")] = (
        None
    )
