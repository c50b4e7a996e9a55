"""`tuya-cloud events` against the fake cloud's message service: JSON lines, acknowledged as it goes."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

from clihelp import clean_env, run_cli

from tuya_cloud.testing import FakeTuyaCloud, Seed


def test_events_prints_json_lines_and_acknowledges_them(tmp_path: Path) -> None:
    with FakeTuyaCloud(events=True) as cloud:
        assert cloud.events is not None
        cloud.publish({"devId": "d1", "status": [{"code": "switch_1", "value": True, "t": 1}]})
        cloud.events.tamper(1)
        bad = cloud.publish({"devId": "d2", "status": []})
        cloud.client().devices.rename(device_id=Seed.LIGHT_ID, name="Über-Licht")
        env = {**clean_env(tmp_path), "TUYA_ACCESS_ID": cloud.access_id, "TUYA_ACCESS_SECRET": cloud.access_secret}
        result = run_cli(["events", "--url", cloud.events_url, "--count", "3"], env)
        assert result.returncode == 0, result.stderr
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert [line["kind"] for line in lines] == ["StatusReport", "UndecodableEvent", "DeviceRenamed"]
        assert lines[0]["data"]["status"][0] == {"code": "switch_1", "value": True, "t": 1}
        assert lines[1]["message_id"] == bad and lines[1]["reason"].startswith("padding:")
        assert lines[2]["data"]["bizData"]["name"] == "Über-Licht"
        assert bad in result.stderr  # logged once at WARNING
        assert cloud.access_secret not in result.output and cloud.access_secret[8:24] not in result.output
        assert cloud.events.wait_until(lambda: cloud.events.unacked() == 0)


def test_events_with_wrong_credentials_is_a_configuration_error(tmp_path: Path) -> None:
    with FakeTuyaCloud(events=True) as cloud:
        env = {**clean_env(tmp_path), "TUYA_ACCESS_ID": cloud.access_id, "TUYA_ACCESS_SECRET": "s" * 32}
        env["TUYA_EVENTS_URL"] = cloud.events_url
        result = run_cli(["events"], env)
    assert result.returncode == 5, result.output
    assert "refused" in result.stderr and "s" * 32 not in result.output


def test_the_fake_cloud_process_serves_events_and_its_control_api(tmp_path: Path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "tuya_cloud.testing", "--events", "--control"],
        env=clean_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        settings: dict[str, str] = {}
        for _ in range(4):
            name, _, value = server.stdout.readline().strip().partition("=")
            settings[name] = value
        assert {"TUYA_BASE_URL", "TUYA_EVENTS_URL", "TUYA_ACCESS_ID", "TUYA_ACCESS_SECRET"} == set(settings)

        def control(action: str, body: dict[str, object]) -> dict[str, object]:
            request = urllib.request.Request(
                f"{settings['TUYA_BASE_URL']}/_fake/{action}", data=json.dumps(body).encode(), method="POST"
            )
            with urllib.request.urlopen(request, timeout=10) as reply:
                return json.loads(reply.read())  # type: ignore[no-any-return]

        assert control("events_fault", {"encryption": "aes_gcm"}) == {"ok": True}
        published = control("events_publish", {"data": {"devId": "d9", "status": []}, "protocol": 4})
        env = {**clean_env(tmp_path), **settings}
        result = run_cli(["events", "--count", "1"], env)
        assert result.returncode == 0, result.stderr
        line = json.loads(result.stdout)
        assert line["message_id"] == published["message_id"] and line["device_id"] == "d9"
        state = control("events_state", {})
        assert state["encryption"] == "aes_gcm" and state["published"] == 1
    finally:
        server.terminate()
        server.wait(10)
