"""Checks the installed wheel from a fresh venv (run by `nox -s build`): python -I check_installed.py CHECKOUT.

Nothing of the checkout may be on sys.path: everything must come from the installed wheel, including
the command line, which is called once against the fake cloud.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from importlib import metadata, resources
from pathlib import Path


def main(checkout: Path) -> int:
    import tuya_cloud
    from tuya_cloud.testing import FakeTuyaCloud, Seed

    installed = Path(sysconfig.get_paths()["purelib"]).resolve()
    assert Path(tuya_cloud.__file__).resolve().is_relative_to(installed), tuya_cloud.__file__
    on_path = [entry for entry in sys.path if entry and Path(entry).resolve().is_relative_to(checkout.resolve())]
    assert not on_path, f"the checkout is on sys.path: {on_path}"
    package = resources.files("tuya_cloud")
    assert json.loads(package.joinpath("openapi.json").read_text(encoding="utf-8"))["info"]["version"] == (
        tuya_cloud.__version__
    )
    assert package.joinpath("py.typed").is_file()
    assert metadata.version("tuya-cloud-sdk") == tuya_cloud.__version__
    assert {ep.name for ep in metadata.entry_points(group="pytest11")} >= {"tuya_cloud"}

    command = Path(sys.executable).with_name("tuya-cloud")
    with FakeTuyaCloud() as cloud:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TUYA_", "PYTHON"))}
        env.update(TUYA_BASE_URL=cloud.base_url, TUYA_ACCESS_ID=cloud.access_id, TUYA_ACCESS_SECRET=cloud.access_secret)
        result = subprocess.run(
            [str(command), "--compact", "devices", "get-status", Seed.LIGHT_ID],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    codes = {point["code"] for point in json.loads(result.stdout)}
    assert "switch_led" in codes, codes
    version = subprocess.run([str(command), "--version"], capture_output=True, text=True, check=True, timeout=60)
    assert tuya_cloud.__version__ in version.stdout
    print(f"tuya-cloud-sdk {tuya_cloud.__version__} from {installed}: imports, data files, CLI call, entry points")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
