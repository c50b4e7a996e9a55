# Generated from spec/schemas.yaml and spec/groups/ by `python -m generator`; do not edit.
"""Every model of the API: `from tuya_cloud.models import Device`, or `tuya_cloud.models.Device`.

The models of each spec file live in a module of their own (`_<group>.py`; those of
spec/schemas.yaml, which any group may use, in `_shared.py`), imported the first time one of its
names is asked for: building pydantic classes is most of a first call's cost, and this way a
program pays only for the groups it calls. `from tuya_cloud.models import *` loads them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._assets import Asset as Asset
    from ._assets import AssetDevice as AssetDevice
    from ._assets import AssetDevicePage as AssetDevicePage
    from ._assets import AssetPage as AssetPage
    from ._associated_users import AppAccountToken as AppAccountToken
    from ._associated_users import AssociatedDevicePage as AssociatedDevicePage
    from ._automations import Automation as Automation
    from ._automations import AutomationCondition as AutomationCondition
    from ._automations import AutomationConditionDisplay as AutomationConditionDisplay
    from ._automations import AutomationPrecondition as AutomationPrecondition
    from ._automations import AutomationPreconditionDisplay as AutomationPreconditionDisplay
    from ._automations import DeviceLinkageCodes as DeviceLinkageCodes
    from ._automations import LinkageCode as LinkageCode
    from ._automations import LinkageValueRange as LinkageValueRange
    from ._automations import WeatherCondition as WeatherCondition
    from ._cameras import StreamUrl as StreamUrl
    from ._cameras import WebRtcAudioAttributes as WebRtcAudioAttributes
    from ._cameras import WebRtcConfig as WebRtcConfig
    from ._cameras import WebRtcIceServer as WebRtcIceServer
    from ._cameras import WebRtcP2pConfig as WebRtcP2pConfig
    from ._device_control import DeviceSpecification as DeviceSpecification
    from ._device_control import DeviceSpecificationV11 as DeviceSpecificationV11
    from ._device_control import DpSpecification as DpSpecification
    from ._device_control import DpSpecificationV11 as DpSpecificationV11
    from ._device_groups import DeviceGroup as DeviceGroup
    from ._device_groups import GroupCandidate as GroupCandidate
    from ._device_groups import GroupFunction as GroupFunction
    from ._device_timers import Timer as Timer
    from ._device_timers import TimerCategory as TimerCategory
    from ._device_timers import TimerCategoryState as TimerCategoryState
    from ._device_timers import TimerGroup as TimerGroup
    from ._device_timers import TimerGroupRef as TimerGroupRef
    from ._device_timers import TimerInstruction as TimerInstruction
    from ._device_users import DeviceUser as DeviceUser
    from ._devices import DevicePage as DevicePage
    from ._devices import DevicePageV2 as DevicePageV2
    from ._devices import SubDevice as SubDevice
    from ._homes import Home as Home
    from ._homes import HomeMember as HomeMember
    from ._industry_users import AuthorizedAsset as AuthorizedAsset
    from ._industry_users import AuthorizedAssetPage as AuthorizedAssetPage
    from ._industry_users import IndustryLoginToken as IndustryLoginToken
    from ._industry_users import IndustryUser as IndustryUser
    from ._industry_users import IndustryUserPage as IndustryUserPage
    from ._industry_users import IndustryUserRef as IndustryUserRef
    from ._infrared import AcFanStep as AcFanStep
    from ._infrared import AcModeRange as AcModeRange
    from ._infrared import AcStatus as AcStatus
    from ._infrared import AcTemperatureStep as AcTemperatureStep
    from ._infrared import InfraredRemote as InfraredRemote
    from ._infrared import LearningCode as LearningCode
    from ._infrared import RemoteKey as RemoteKey
    from ._infrared import RemoteKeys as RemoteKeys
    from ._iot_device_control import IotDeviceSpecification as IotDeviceSpecification
    from ._iot_device_control import IotDpSpecification as IotDpSpecification
    from ._iot_device_control import LangDeviceSpecification as LangDeviceSpecification
    from ._iot_device_control import LangDpSpecification as LangDpSpecification
    from ._iot_devices import IotDevice as IotDevice
    from ._iot_devices import IotDevicePage as IotDevicePage
    from ._locks import LockAlarmLog as LockAlarmLog
    from ._locks import LockAlarmLogPage as LockAlarmLogPage
    from ._locks import LockMedia as LockMedia
    from ._locks import LockOpenLog as LockOpenLog
    from ._locks import LockOpenLogPage as LockOpenLogPage
    from ._locks import LockTicket as LockTicket
    from ._multi_channel import ChannelName as ChannelName
    from ._open_hub import OpenHubConfig as OpenHubConfig
    from ._ota import FirmwareUpgradeInfo as FirmwareUpgradeInfo
    from ._pairing import PairedSubDevice as PairedSubDevice
    from ._pairing import PairingFailedDevice as PairingFailedDevice
    from ._pairing import PairingResult as PairingResult
    from ._pairing import PairingSuccessDevice as PairingSuccessDevice
    from ._scenes import DeviceSceneBinding as DeviceSceneBinding
    from ._scenes import DeviceScenes as DeviceScenes
    from ._scenes import Scene as Scene
    from ._shared import AutomationAction as AutomationAction
    from ._shared import DataPoint as DataPoint
    from ._shared import Device as Device
    from ._shared import DeviceFunction as DeviceFunction
    from ._shared import DeviceFunctions as DeviceFunctions
    from ._shared import DeviceLogEntry as DeviceLogEntry
    from ._shared import DeviceLogPage as DeviceLogPage
    from ._shared import DeviceStatusList as DeviceStatusList
    from ._shared import FactoryInfo as FactoryInfo
    from ._shared import LinkageDevice as LinkageDevice
    from ._statistics import DailyStatistics as DailyStatistics
    from ._statistics import HourlyStatistics as HourlyStatistics
    from ._statistics import MonthlyStatistics as MonthlyStatistics
    from ._statistics import ProductDataOverview as ProductDataOverview
    from ._statistics import QuarterHourStatistics as QuarterHourStatistics
    from ._statistics import StatisticTotal as StatisticTotal
    from ._statistics import StatisticType as StatisticType
    from ._statistics import WeeklyStatistics as WeeklyStatistics
    from ._things import ReportLogEntry as ReportLogEntry
    from ._things import ReportLogPage as ReportLogPage
    from ._things import ShadowProperties as ShadowProperties
    from ._things import ShadowProperty as ShadowProperty
    from ._things import Thing as Thing
    from ._things import ThingModel as ThingModel
    from ._token import TokenInfo as TokenInfo
    from ._users import AppUser as AppUser
    from ._users import SyncedUser as SyncedUser
    from ._users import UserInfo as UserInfo
    from ._users import UserPage as UserPage
    from ._users import UserProperty as UserProperty
    from ._users import UserV1Page as UserV1Page

# Model name -> the module of this package that defines it.
_MODULE_OF: dict[str, str] = {
    "AcFanStep": "_infrared",
    "AcModeRange": "_infrared",
    "AcStatus": "_infrared",
    "AcTemperatureStep": "_infrared",
    "AppAccountToken": "_associated_users",
    "AppUser": "_users",
    "Asset": "_assets",
    "AssetDevice": "_assets",
    "AssetDevicePage": "_assets",
    "AssetPage": "_assets",
    "AssociatedDevicePage": "_associated_users",
    "AuthorizedAsset": "_industry_users",
    "AuthorizedAssetPage": "_industry_users",
    "Automation": "_automations",
    "AutomationAction": "_shared",
    "AutomationCondition": "_automations",
    "AutomationConditionDisplay": "_automations",
    "AutomationPrecondition": "_automations",
    "AutomationPreconditionDisplay": "_automations",
    "ChannelName": "_multi_channel",
    "DailyStatistics": "_statistics",
    "DataPoint": "_shared",
    "Device": "_shared",
    "DeviceFunction": "_shared",
    "DeviceFunctions": "_shared",
    "DeviceGroup": "_device_groups",
    "DeviceLinkageCodes": "_automations",
    "DeviceLogEntry": "_shared",
    "DeviceLogPage": "_shared",
    "DevicePage": "_devices",
    "DevicePageV2": "_devices",
    "DeviceSceneBinding": "_scenes",
    "DeviceScenes": "_scenes",
    "DeviceSpecification": "_device_control",
    "DeviceSpecificationV11": "_device_control",
    "DeviceStatusList": "_shared",
    "DeviceUser": "_device_users",
    "DpSpecification": "_device_control",
    "DpSpecificationV11": "_device_control",
    "FactoryInfo": "_shared",
    "FirmwareUpgradeInfo": "_ota",
    "GroupCandidate": "_device_groups",
    "GroupFunction": "_device_groups",
    "Home": "_homes",
    "HomeMember": "_homes",
    "HourlyStatistics": "_statistics",
    "IndustryLoginToken": "_industry_users",
    "IndustryUser": "_industry_users",
    "IndustryUserPage": "_industry_users",
    "IndustryUserRef": "_industry_users",
    "InfraredRemote": "_infrared",
    "IotDevice": "_iot_devices",
    "IotDevicePage": "_iot_devices",
    "IotDeviceSpecification": "_iot_device_control",
    "IotDpSpecification": "_iot_device_control",
    "LangDeviceSpecification": "_iot_device_control",
    "LangDpSpecification": "_iot_device_control",
    "LearningCode": "_infrared",
    "LinkageCode": "_automations",
    "LinkageDevice": "_shared",
    "LinkageValueRange": "_automations",
    "LockAlarmLog": "_locks",
    "LockAlarmLogPage": "_locks",
    "LockMedia": "_locks",
    "LockOpenLog": "_locks",
    "LockOpenLogPage": "_locks",
    "LockTicket": "_locks",
    "MonthlyStatistics": "_statistics",
    "OpenHubConfig": "_open_hub",
    "PairedSubDevice": "_pairing",
    "PairingFailedDevice": "_pairing",
    "PairingResult": "_pairing",
    "PairingSuccessDevice": "_pairing",
    "ProductDataOverview": "_statistics",
    "QuarterHourStatistics": "_statistics",
    "RemoteKey": "_infrared",
    "RemoteKeys": "_infrared",
    "ReportLogEntry": "_things",
    "ReportLogPage": "_things",
    "Scene": "_scenes",
    "ShadowProperties": "_things",
    "ShadowProperty": "_things",
    "StatisticTotal": "_statistics",
    "StatisticType": "_statistics",
    "StreamUrl": "_cameras",
    "SubDevice": "_devices",
    "SyncedUser": "_users",
    "Thing": "_things",
    "ThingModel": "_things",
    "Timer": "_device_timers",
    "TimerCategory": "_device_timers",
    "TimerCategoryState": "_device_timers",
    "TimerGroup": "_device_timers",
    "TimerGroupRef": "_device_timers",
    "TimerInstruction": "_device_timers",
    "TokenInfo": "_token",
    "UserInfo": "_users",
    "UserPage": "_users",
    "UserProperty": "_users",
    "UserV1Page": "_users",
    "WeatherCondition": "_automations",
    "WebRtcAudioAttributes": "_cameras",
    "WebRtcConfig": "_cameras",
    "WebRtcIceServer": "_cameras",
    "WebRtcP2pConfig": "_cameras",
    "WeeklyStatistics": "_statistics",
}

__all__ = [
    "AcFanStep",
    "AcModeRange",
    "AcStatus",
    "AcTemperatureStep",
    "AppAccountToken",
    "AppUser",
    "Asset",
    "AssetDevice",
    "AssetDevicePage",
    "AssetPage",
    "AssociatedDevicePage",
    "AuthorizedAsset",
    "AuthorizedAssetPage",
    "Automation",
    "AutomationAction",
    "AutomationCondition",
    "AutomationConditionDisplay",
    "AutomationPrecondition",
    "AutomationPreconditionDisplay",
    "ChannelName",
    "DailyStatistics",
    "DataPoint",
    "Device",
    "DeviceFunction",
    "DeviceFunctions",
    "DeviceGroup",
    "DeviceLinkageCodes",
    "DeviceLogEntry",
    "DeviceLogPage",
    "DevicePage",
    "DevicePageV2",
    "DeviceSceneBinding",
    "DeviceScenes",
    "DeviceSpecification",
    "DeviceSpecificationV11",
    "DeviceStatusList",
    "DeviceUser",
    "DpSpecification",
    "DpSpecificationV11",
    "FactoryInfo",
    "FirmwareUpgradeInfo",
    "GroupCandidate",
    "GroupFunction",
    "Home",
    "HomeMember",
    "HourlyStatistics",
    "IndustryLoginToken",
    "IndustryUser",
    "IndustryUserPage",
    "IndustryUserRef",
    "InfraredRemote",
    "IotDevice",
    "IotDevicePage",
    "IotDeviceSpecification",
    "IotDpSpecification",
    "LangDeviceSpecification",
    "LangDpSpecification",
    "LearningCode",
    "LinkageCode",
    "LinkageDevice",
    "LinkageValueRange",
    "LockAlarmLog",
    "LockAlarmLogPage",
    "LockMedia",
    "LockOpenLog",
    "LockOpenLogPage",
    "LockTicket",
    "MonthlyStatistics",
    "OpenHubConfig",
    "PairedSubDevice",
    "PairingFailedDevice",
    "PairingResult",
    "PairingSuccessDevice",
    "ProductDataOverview",
    "QuarterHourStatistics",
    "RemoteKey",
    "RemoteKeys",
    "ReportLogEntry",
    "ReportLogPage",
    "Scene",
    "ShadowProperties",
    "ShadowProperty",
    "StatisticTotal",
    "StatisticType",
    "StreamUrl",
    "SubDevice",
    "SyncedUser",
    "Thing",
    "ThingModel",
    "Timer",
    "TimerCategory",
    "TimerCategoryState",
    "TimerGroup",
    "TimerGroupRef",
    "TimerInstruction",
    "TokenInfo",
    "UserInfo",
    "UserPage",
    "UserProperty",
    "UserV1Page",
    "WeatherCondition",
    "WebRtcAudioAttributes",
    "WebRtcConfig",
    "WebRtcIceServer",
    "WebRtcP2pConfig",
    "WeeklyStatistics",
]


def __getattr__(name: str) -> Any:
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{module_name}")
    # Every name of that module at once: the next use of any of them is a plain attribute.
    globals().update({other: getattr(module, other) for other, where in _MODULE_OF.items() if where == module_name})
    return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
