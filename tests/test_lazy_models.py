"""`tuya_cloud.models` loads each spec file's models on first use, and still reads as one module."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import tuya_cloud.models as models
from tuya_cloud.testing import FakeTuyaCloud, Seed

MODELS_DIR = Path(models.__file__).parent

# A fresh process: import, one call of one group, then the model modules that are loaded.
PROBE = """
import asyncio, json, sys
import tuya_cloud

settings = dict(access_id=sys.argv[2], access_secret=sys.argv[3], base_url=sys.argv[4])
if sys.argv[1] == "sync":
    with tuya_cloud.TuyaCloud(**settings) as client:
        home = client.homes.get(home_id=sys.argv[5])
else:
    async def call():
        async with tuya_cloud.AsyncTuyaCloud(**settings) as client:
            return await client.homes.get(home_id=sys.argv[5])
    home = asyncio.run(call())
loaded = sorted(name for name in sys.modules if name.startswith("tuya_cloud.models"))
print(json.dumps({"result": type(home).__name__, "loaded": loaded}))
"""


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_one_call_imports_the_models_of_its_group_only(kind: str) -> None:
    with FakeTuyaCloud() as cloud:
        args = [kind, cloud.access_id, cloud.access_secret, cloud.base_url, str(Seed.HOME_ID)]
        done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["result"] == "Home"
    assert report["loaded"] == ["tuya_cloud.models", "tuya_cloud.models._homes"]


def test_every_model_is_a_name_of_the_package() -> None:
    modules = {path.stem for path in MODELS_DIR.glob("_*.py") if path.name != "__init__.py"}
    assert set(models._MODULE_OF.values()) == modules  # every module holds models, none is left out
    assert models.__all__ == sorted(models._MODULE_OF)
    for name in models.__all__:
        model = getattr(models, name)
        assert model.__name__ == name
        assert model.__module__ == f"tuya_cloud.models.{models._MODULE_OF[name]}"
    assert set(models.__all__) <= set(dir(models))


def test_the_package_reads_like_one_module() -> None:
    from tuya_cloud.models import Device, DevicePage, UserInfo

    page = DevicePage.model_validate({"devices": [{"id": "vdevo1"}], "total": 1})  # a model of another module
    devices = page.devices or []
    assert type(devices[0]) is Device and devices[0].id == "vdevo1"
    assert UserInfo.model_validate({"uid": "az1"}).uid == "az1"
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        from tuya_cloud.models import NoSuchModel  # noqa: F401
