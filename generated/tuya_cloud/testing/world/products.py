"""The fake cloud's product catalogue: every product a seeded device can be, with its data points.

A data point (DP) is Tuya's unit of device state: a code such as `switch_led`, a type, and the values
it accepts. Settable DPs are the device's functions (what commands may set); all DPs are reported in
its status. The catalogue is fixed reference data, like Tuya's own product definitions: behaviours
read it, nothing changes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DataPoint:
    """One data point of a product: `settable` DPs are functions (commands), all are reported in status."""

    code: str
    type: str  # Boolean | Integer | Enum | String | Json
    values: dict[str, Any]
    default: Any
    name: str
    desc: str = ""
    settable: bool = True

    def values_text(self) -> str:
        return json.dumps(self.values, separators=(",", ":"))

    def accepts(self, value: Any) -> bool:
        if self.type == "Boolean":
            return isinstance(value, bool)
        if self.type == "Integer":
            if not isinstance(value, int) or isinstance(value, bool):
                return False
            low, high, step = self.values["min"], self.values["max"], self.values.get("step", 1)
            return bool(low <= value <= high and (value - low) % step == 0)
        if self.type == "Enum":
            return value in self.values["range"]
        if self.type == "Json":
            if isinstance(value, dict):
                return True
            try:
                return isinstance(value, str) and isinstance(json.loads(value), dict)
            except ValueError:
                return False
        return isinstance(value, str)

    def linkage_values(self) -> dict[str, Any]:
        return {**self.values, "type": self.type}


# DP types a scene or automation can use in a condition or action; Json and String DPs cannot be linked.
LINKABLE_TYPES = frozenset({"Boolean", "Integer", "Enum"})


def _switch(code: str, name: str, *, default: bool = False, settable: bool = True) -> DataPoint:
    return DataPoint(code=code, type="Boolean", values={}, default=default, name=name, settable=settable)


def _number(
    code: str,
    name: str,
    *,
    low: int,
    high: int,
    default: int,
    unit: str = "",
    scale: int = 0,
    step: int = 1,
    settable: bool = True,
) -> DataPoint:
    values = {"unit": unit, "min": low, "max": high, "scale": scale, "step": step}
    return DataPoint(code=code, type="Integer", values=values, default=default, name=name, settable=settable)


def _choice(code: str, name: str, options: list[str], *, default: str, settable: bool = True) -> DataPoint:
    return DataPoint(code=code, type="Enum", values={"range": options}, default=default, name=name, settable=settable)


@dataclass(frozen=True)
class Product:
    product_id: str
    name: str
    category: str
    icon: str
    dps: tuple[DataPoint, ...]
    model: str = ""
    biz_type: int = 0
    statistics: tuple[tuple[str, str], ...] = ()  # (DP code, aggregation) the cloud keeps statistics for
    modules: tuple[tuple[int, str, str], ...] = ((0, "Wi-Fi module", "1.3.2"),)  # (module_type, desc, version)

    def dp(self, code: str) -> DataPoint | None:
        return next((dp for dp in self.dps if dp.code == code), None)

    def dp_id(self, code: str) -> int:
        """The DP's number on the device (its `dp_id`): its position in the product, from 1."""
        return next(index for index, dp in enumerate(self.dps, start=1) if dp.code == code)


_COLOUR = '{"h":0,"s":1000,"v":1000}'
LIGHT = Product(
    product_id="fk3nq8h2u6ldj7ab",
    name="Smart bulb RGBCW",
    category="dj",
    icon="smart/icon/bulb.png",
    dps=(
        DataPoint(code="switch_led", type="Boolean", values={}, default=True, name="Switch", desc="LED switch"),
        _choice("work_mode", "Mode", ["white", "colour", "scene"], default="white"),
        _number("bright_value_v2", "Brightness", low=10, high=1000, default=1000),
        _number("temp_value_v2", "Colour temperature", low=0, high=1000, default=500),
        DataPoint(
            code="colour_data_v2",
            type="Json",
            values={"h": {"min": 0, "max": 360}, "s": {"min": 0, "max": 1000}, "v": {"min": 0, "max": 1000}},
            default=_COLOUR,
            name="Colour",
        ),
        _number("countdown_1", "Countdown", low=0, high=86400, default=0, unit="s"),
    ),
    model="A60-RGBCW",
    modules=((0, "Wi-Fi module", "1.3.2"), (9, "MCU module", "1.0.0")),
)
SWITCH3 = Product(
    product_id="fk8w2mx5ktswx3gb",
    name="Wall switch 3 gang",
    category="kg",
    icon="smart/icon/switch3.png",
    dps=tuple(_switch(f"switch_{n}", f"Switch {n}") for n in (1, 2, 3))
    + tuple(
        _number(f"countdown_{n}", f"Switch {n} countdown", low=0, high=86400, default=0, unit="s") for n in (1, 2, 3)
    ),
)
PLUG = Product(
    product_id="fk5pl9gq3rcz8mtr",
    name="Smart plug with energy metering",
    category="cz",
    icon="smart/icon/plug.png",
    dps=(
        _switch("switch_1", "Socket"),
        _number("countdown_1", "Countdown", low=0, high=86400, default=0, unit="s"),
        _choice("relay_status", "Power-on behaviour", ["power_off", "power_on", "last"], default="last"),
        _number("add_ele", "Energy", low=0, high=50000000, default=0, unit="kWh", scale=3, settable=False),
        _number("cur_current", "Current", low=0, high=30000, default=0, unit="mA", settable=False),
        _number("cur_power", "Power", low=0, high=50000, default=0, unit="W", scale=1, settable=False),
        _number("cur_voltage", "Voltage", low=0, high=5000, default=2300, unit="V", scale=1, settable=False),
    ),
    statistics=(("add_ele", "sum"), ("cur_power", "avg")),
)
LOCK = Product(
    product_id="fk2lk7vd4jtmsp0a",
    name="Smart lock Pro",
    category="jtmspro",
    icon="smart/icon/lock.png",
    dps=(
        _switch("automatic_lock", "Auto lock", default=True),
        _choice("alarm_volume", "Alarm volume", ["mute", "low", "middle", "high"], default="middle"),
        _number("residual_electricity", "Battery", low=0, high=100, default=100, unit="%", settable=False),
        _number("unlock_fingerprint", "Fingerprint unlock", low=0, high=999, default=0, settable=False),
        _number("unlock_password", "Password unlock", low=0, high=999, default=0, settable=False),
        _number("unlock_card", "Card unlock", low=0, high=999, default=0, settable=False),
        _choice(
            "alarm_lock",
            "Alarm",
            ["wrong_finger", "wrong_password", "wrong_card", "low_battery", "pry"],
            default="wrong_finger",
            settable=False,
        ),
        _switch("hijack", "Duress alarm", settable=False),
        _switch("doorbell", "Doorbell", settable=False),
        _choice("closed_opened", "Door state", ["unknown", "open", "closed"], default="closed", settable=False),
    ),
    modules=((0, "Wi-Fi module", "2.1.0"), (9, "MCU module", "2.0.4")),
)
GATEWAY = Product(
    product_id="fk9gw1zb6wg2hub0",
    name="Zigbee gateway",
    category="wg2",
    icon="smart/icon/gateway.png",
    dps=(
        _switch("switch_alarm_sound", "Alarm sound"),
        _choice("alarm_volume", "Alarm volume", ["low", "middle", "high", "mute"], default="middle"),
    ),
    modules=((0, "Wi-Fi module", "1.0.7"), (3, "Zigbee module", "1.0.7")),
)
SENSOR = Product(
    product_id="fk4th6sn2wsdcg9q",
    name="Temperature and humidity sensor",
    category="wsdcg",
    icon="smart/icon/thermometer.png",
    dps=(
        _number("va_temperature", "Temperature", low=-200, high=600, default=200, unit="℃", scale=1, settable=False),
        _number("va_humidity", "Humidity", low=0, high=100, default=50, unit="%", settable=False),
        _number("battery_percentage", "Battery", low=0, high=100, default=100, unit="%", settable=False),
        _choice("temp_unit_convert", "Temperature unit", ["c", "f"], default="c"),
    ),
    modules=((3, "Zigbee module", "1.0.3"),),
)
CONTACT = Product(
    product_id="fk7dc3wn8mcs1op4",
    name="Door and window sensor",
    category="mcs",
    icon="smart/icon/contact.png",
    dps=(
        _switch("doorcontact_state", "Open", settable=False),
        _number("battery_percentage", "Battery", low=0, high=100, default=100, unit="%", settable=False),
    ),
    modules=((3, "Zigbee module", "1.0.1"),),
)
SMOKE = Product(
    product_id="fk1sm5kd0ywbj7ze",
    name="Smoke detector",
    category="ywbj",
    icon="smart/icon/smoke.png",
    dps=(
        _choice("smoke_sensor_status", "Smoke", ["alarm", "normal"], default="normal", settable=False),
        _choice("battery_state", "Battery", ["low", "middle", "high"], default="high", settable=False),
        _switch("muffling", "Mute"),
    ),
    modules=((3, "Zigbee module", "1.0.0"),),
)
PRODUCTS = (LIGHT, SWITCH3, PLUG, LOCK, GATEWAY, SENSOR, CONTACT, SMOKE)

# The cover pictures the cloud offers for scenes and automations (scenes.list_default_pictures).
DEFAULT_PICTURES = [
    "https://images.tuyaeu.com/smart/rule/cover/starry.png",
    "https://images.tuyaeu.com/smart/rule/cover/sport.png",
    "https://images.tuyaeu.com/smart/rule/cover/bedroom.png",
    "https://images.tuyaeu.com/smart/rule/cover/house.png",
]

# What automations.list_weather_conditions answers: the weather a condition of entity_type 3 can compare
# (written as $temp, $humidity, ... in the condition), with operators as a JSON text, as Tuya sends them.
WEATHER_CONDITIONS = [
    {
        "category": "temp",
        "category_name": "Temperature",
        "operators": '["<","==",">"]',
        "property": {"type": "value", "min": -40, "max": 40, "step": 1, "unit": "\u2103"},
    },
    {
        "category": "humidity",
        "category_name": "Humidity",
        "operators": '["=="]',
        "property": {"type": "enum", "range": ["dry", "comfort", "wet"]},
    },
    {
        "category": "condition",
        "category_name": "Weather",
        "operators": '["=="]',
        "property": {"type": "enum", "range": ["sunny", "cloudy", "rainy", "snowy", "polluted"]},
    },
    {
        "category": "pm25",
        "category_name": "PM2.5",
        "operators": '["=="]',
        "property": {"type": "enum", "range": ["good", "fine", "polluted"]},
    },
    {
        "category": "aqi",
        "category_name": "Air quality",
        "operators": '["=="]',
        "property": {"type": "enum", "range": ["good", "fine", "polluted"]},
    },
    {
        "category": "windSpeed",
        "category_name": "Wind speed",
        "operators": '["<","==",">"]',
        "property": {"type": "value", "min": 1, "max": 62, "step": 1, "unit": "m/s"},
    },
    {
        "category": "sunsetrise",
        "category_name": "Sunrise and sunset",
        "operators": '["=="]',
        "property": {"type": "enum", "range": ["sunrise", "sunset"]},
    },
]
