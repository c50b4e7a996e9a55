# Generated from spec/groups/ by `python -m generator`; do not edit.
"""Every API group and its resource class, for tools that walk the whole API (the command line)."""

GROUPS: dict[str, tuple[str, str, str]] = {
    "automations": ("Automations", "tuya_cloud.resources.automations", "AutomationsResource"),
    "device_control": ("Device control", "tuya_cloud.resources.device_control", "DeviceControlResource"),
    "device_timers": ("Device timers", "tuya_cloud.resources.device_timers", "DeviceTimersResource"),
    "device_users": ("Device users", "tuya_cloud.resources.device_users", "DeviceUsersResource"),
    "devices": ("Devices", "tuya_cloud.resources.devices", "DevicesResource"),
    "homes": ("Homes and rooms", "tuya_cloud.resources.homes", "HomesResource"),
    "locks": ("Smart locks", "tuya_cloud.resources.locks", "LocksResource"),
    "multi_channel": ("Multi-channel names", "tuya_cloud.resources.multi_channel", "MultiChannelResource"),
    "ota": ("Firmware upgrades", "tuya_cloud.resources.ota", "OtaResource"),
    "pairing": ("Pairing", "tuya_cloud.resources.pairing", "PairingResource"),
    "scenes": ("Scenes (tap-to-run)", "tuya_cloud.resources.scenes", "ScenesResource"),
    "statistics": ("Device data statistics", "tuya_cloud.resources.statistics", "StatisticsResource"),
    "token": ("Token management", "tuya_cloud.resources.token", "TokenResource"),
    "users": ("Users", "tuya_cloud.resources.users", "UsersResource"),
}
