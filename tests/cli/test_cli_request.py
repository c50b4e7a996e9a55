"""`tuya-cloud request METHOD PATH [--param NAME=VALUE]... [--body JSON]` against a fake cloud.

Run in process (main() returns the exit status) against a real fake cloud over HTTP; one run goes
through the installed script. A path the spec lacks gets Tuya's 1108 from the fake, whose request
log shows whether the query and body arrived signed.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from clihelp import run_cli

from tuya_cloud.cli.main import main
from tuya_cloud.testing import FakeTuyaCloud, Seed

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_CONNECTION = range(4)
UNKNOWN = "/v9.9/not-in-the-spec/things"
COMMANDS = f"/v1.0/devices/{Seed.LIGHT_ID}/commands"
SWITCH_OFF = '{"commands":[{"code":"switch_led","value":false}]}'


@pytest.fixture
def settings(cloud: FakeTuyaCloud, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_a_get_query_reaches_a_path_the_spec_lacks_signed(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["request", "GET", UNKNOWN, "--param", "size=20", "--param", "a=x,2", "--param", "b=two words"])
    out, err = capsys.readouterr()
    assert (status, out) == (EXIT_API, "")
    assert "Tuya error 1108" in one_line(err) and "request: GET " + UNKNOWN in err
    record = cloud.requests[-1]
    assert (record.method, record.path, record.signature_ok) == ("GET", UNKNOWN, True)
    assert record.query == {"a": "x,2", "b": "two words", "size": "20"}


def test_a_post_body_from_stdin_reaches_a_path_the_spec_lacks_signed(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "Küche", "n": [1, null]}'))
    assert main(["request", "POST", UNKNOWN, "--body", "-"]) == EXIT_API
    assert "1108" in one_line(capsys.readouterr().err)
    record = cloud.requests[-1]
    assert (record.method, record.body, record.signature_ok) == ("POST", {"name": "Küche", "n": [1, None]}, True)


def test_known_paths_print_their_result(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["request", "POST", COMMANDS, "--body", SWITCH_OFF, "--compact"]) == EXIT_OK
    assert capsys.readouterr().out == "true\n"
    assert main(["--compact", "request", "GET", f"/v1.0/devices/{Seed.LIGHT_ID}/status"]) == EXIT_OK
    status = {item["code"]: item["value"] for item in json.loads(capsys.readouterr().out)}
    assert status["switch_led"] is False


def test_an_error_reply_exits_1_with_its_code(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["request", "GET", "/v1.0/devices/vdevo0000000000000000"]) == EXIT_API
    assert "Tuya error 2010: device not exist" in one_line(capsys.readouterr().err)


def test_a_post_whose_reply_times_out_is_sent_once(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    cloud.inject("device_control.send_commands", latency=1.5)
    args = ["--timeout", "0.5", "--max-retries", "3", "request", "POST", COMMANDS, "--body", SWITCH_OFF]
    assert main(args) == EXIT_CONNECTION
    assert "connection error" in one_line(capsys.readouterr().err)
    deadline = time.monotonic() + 20
    while not (cloud.calls("device_control.send_commands") and cloud.in_flight == 0):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert cloud.calls("device_control.send_commands") == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["FETCH", "/v1.0/x"], "invalid METHOD: must be one of GET, POST, PUT, DELETE"),
        (["GET", "v1.0/x"], "invalid PATH: must start with '/'"),
        (["GET", "/v1.0/a b"], "invalid PATH: must be percent-encoded: ' '"),
        (["GET", "/v1.0/x?a=1"], "invalid PATH: must hold no query"),
        (["GET", "/v1.0/x", "--param", "a"], "--param expects NAME=VALUE"),
        (["GET", "/v1.0/x", "--param", "a=1", "--param", "a=2"], "--param a was given twice"),
        (["GET", "/v1.0/x", "--body", "{}"], "invalid --body: a GET request sends no body"),
        (["POST", "/v1.0/x", "--body", "{"], "--body: the value is not valid JSON"),
        (["POST", "/v1.0/x", "--body", "[" * 5000 + "]" * 5000], "--body: the value is nested too deeply"),
        (["GET"], "the following arguments are required: PATH"),
    ],
)
def test_bad_input_exits_2_and_sends_nothing(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    assert main(["request", *args]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and words in one_line(err) and err.startswith("tuya-cloud request: error: ")
    assert cloud.requests == []


def test_the_script_and_its_help(cloud: FakeTuyaCloud, env: dict[str, str], tmp_path: Path) -> None:
    shown = run_cli(["request", "--help"], env, script=True)
    assert shown.returncode == EXIT_OK and shown.stdout.startswith("usage: tuya-cloud request METHOD PATH")
    assert "percent-encode" in shown.stdout and "exit status" in shown.stdout
    top = run_cli(["--help"], env, script=True)
    assert "request METHOD PATH" in top.stdout
    called = run_cli(["request", "GET", f"/v1.0/devices/{Seed.LIGHT_ID}", "--compact"], env, script=True)
    assert called.returncode == EXIT_OK and json.loads(called.stdout)["id"] == Seed.LIGHT_ID
