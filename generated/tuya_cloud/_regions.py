# Generated from spec/regions.yaml by `python -m generator`; do not edit.
"""Tuya's data centres, shared by both clients."""

# Data centres (https://developer.tuya.com/en/docs/iot/api-request?id=Ka4a8uuo1j4t4).
REGIONS: dict[str, str] = {
    "cn": "https://openapi.tuyacn.com",  # China
    "us": "https://openapi.tuyaus.com",  # Western America
    "us-e": "https://openapi-ueaz.tuyaus.com",  # Eastern America
    "eu": "https://openapi.tuyaeu.com",  # Central Europe
    "eu-w": "https://openapi-weaz.tuyaeu.com",  # Western Europe
    "in": "https://openapi.tuyain.com",  # India
}
