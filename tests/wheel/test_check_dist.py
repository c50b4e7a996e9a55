"""check_dist.py (run by `nox -s build`) finds what must not ship and what is missing."""

from __future__ import annotations

from check_dist import MUST_SHIP, check_wheel

INFO = "tuya_cloud_sdk-0.1.0.dist-info"
METADATA = """Metadata-Version: 2.4
Name: tuya-cloud-sdk
License-Expression: MIT
Classifier: Typing :: Typed
Classifier: Framework :: Pytest
Classifier: Programming Language :: Python :: 3.11
Project-URL: Changelog, https://example.invalid/CHANGELOG.md

"""
ENTRY_POINTS = """[console_scripts]
tuya-cloud = tuya_cloud.cli.main:main

[pytest11]
tuya_cloud = tuya_cloud.testing.pytest_plugin
"""


def wheel(**extra: bytes) -> dict[str, bytes]:
    files = {f"tuya_cloud/{name}": b"" for name in MUST_SHIP}  # a wheel with every file that must ship
    files[f"{INFO}/METADATA"] = METADATA.encode()
    files[f"{INFO}/entry_points.txt"] = ENTRY_POINTS.encode()
    files[f"{INFO}/licenses/LICENSE"] = b"MIT"
    return files | {name.replace("__", "/"): data for name, data in extra.items()}


def test_a_complete_wheel_passes() -> None:
    assert check_wheel(wheel()) == []


def test_what_must_not_ship_is_named() -> None:
    found = check_wheel(wheel(tests__test_x_py=b"", spec__release_yaml=b"", generator__emit_py=b""))
    assert found == [
        "the wheel must not contain tests/test_x_py",
        "the wheel must not contain spec/release_yaml",
        "the wheel must not contain generator/emit_py",
    ]


def test_missing_data_files_and_license_are_named() -> None:
    files = wheel()
    del files["tuya_cloud/py.typed"], files["tuya_cloud/openapi.json"], files[f"{INFO}/licenses/LICENSE"]
    assert check_wheel(files) == [
        "the wheel lacks tuya_cloud/openapi.json",
        "the wheel lacks tuya_cloud/py.typed",
        "the wheel does not ship LICENSE",
    ]
