"""The QA report's command-line findings (F27-F29, ../shared/qa/REPORT.md part 4), kept as tests.

Hostile input gives one line on stderr and the status the help documents: 2 for bad input (nothing
sent), 4 for a reply the spec does not describe, 70 for an internal error; a traceback only with
--debug. Run in process against a real fake cloud over HTTP (main() returns the status).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tuya_cloud.cli.main import main
from tuya_cloud.testing import FakeTuyaCloud, Seed

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_CONNECTION, EXIT_REPLY, EXIT_CONFIG = range(6)
EXIT_INTERNAL = 70
SEND = ["device-control", "send-commands", "--device-id", Seed.LIGHT_ID, "--commands"]


@pytest.fixture
def settings(cloud: FakeTuyaCloud, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_f27_a_trailing_newline_in_an_id_is_refused_and_nothing_is_sent(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["homes", "get", "--home-id", f"{Seed.HOME_ID}\n", "--compact"]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and "invalid --home-id" in one_line(err) and "nothing was sent" in err
    assert cloud.requests == []


@pytest.mark.parametrize(
    ("value", "words"),
    [
        pytest.param('[{"code":"bright_value_v2","value":' + "9" * 5000 + "}]", "cannot be read", id="5000-digits"),
        pytest.param("[" * 5000 + "]" * 5000, "nested too deeply", id="5000-deep"),
        pytest.param('[{"code":"switch_led","value":"\\ud800"}]', "lone surrogate", id="surrogate-escape"),
    ],
)
def test_f28_json_python_cannot_read_or_send_exits_2(
    cloud: FakeTuyaCloud,
    settings: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    value: str,
    words: str,
) -> None:
    assert main([*SEND, value]) == EXIT_USAGE
    assert words in one_line(capsys.readouterr().err)
    assert cloud.requests == []


def test_f28_deep_json_from_a_file_exits_2(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert main([*SEND, f"@{deep}"]) == EXIT_USAGE
    assert "nested too deeply" in one_line(capsys.readouterr().err)
    assert cloud.requests == []


@pytest.mark.parametrize("source", ["@/dev/zero", "-"])
def test_json_input_is_bounded_so_an_endless_source_exits_2(
    cloud: FakeTuyaCloud,
    settings: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    source: str,
) -> None:
    if source == "@/dev/zero" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    monkeypatch.setattr("sys.stdin", io.StringIO("[" + " " * 20_000_000 + "]"))
    assert main([*SEND, source]) == EXIT_USAGE
    assert "is longer than" in one_line(capsys.readouterr().err)
    assert cloud.requests == []


def test_a_config_file_that_is_endless_or_too_deep_is_a_configuration_error(
    cloud: FakeTuyaCloud,
    settings: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TUYA_ACCESS_SECRET")  # so that the config file is read for it
    deep = tmp_path / "deep.toml"
    deep.write_text("access_id = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    huge = tmp_path / "huge.toml"
    huge.write_text("access_id = " + "9" * 5000 + "\n", encoding="utf-8")
    for config in [*(["/dev/zero"] if Path("/dev/zero").exists() else []), str(deep), str(huge)]:
        assert main(["--config", config, "devices", "get", "--device-id", Seed.LIGHT_ID]) == EXIT_CONFIG, config
        assert "configuration error" in one_line(capsys.readouterr().err)
    assert cloud.requests == []


@pytest.mark.parametrize("base_url", ["http://[::1", "http://127.0.0.1:99999", "http://127.0.0.1:0"])
def test_a_base_url_python_cannot_split_is_a_configuration_error(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str], base_url: str
) -> None:
    assert main(["--base-url", base_url, "devices", "get", "--device-id", Seed.LIGHT_ID]) == EXIT_CONFIG
    assert "base_url must be an http(s) URL" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize("option", ["--lang", "--access-id"])
def test_a_header_breaking_setting_is_a_configuration_error(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str], option: str
) -> None:
    assert main([option, "en\r\nX-Injected: 1", "devices", "get", "--device-id", Seed.LIGHT_ID]) == EXIT_CONFIG
    assert "configuration error" in one_line(capsys.readouterr().err)
    assert cloud.requests == []


def test_f28_an_argument_that_is_not_utf8_exits_2(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    raw = b"vdevo\xff\xfe".decode("utf-8", "surrogateescape")  # what Python makes of such an argv word
    assert main(["devices", "get", "--device-id", raw]) == EXIT_USAGE
    assert "is not valid UTF-8" in one_line(capsys.readouterr().err)
    assert cloud.requests == []


def test_f28_replies_the_spec_does_not_describe_exit_4(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    cloud.inject("devices.list_for_user", reply={"success": True, "result": 5})
    assert main(["devices", "list-for-user", "--uid", Seed.USER_ID, "--all", "--page-size", "50"]) == EXIT_REPLY
    assert "bad reply" in capsys.readouterr().err.strip().splitlines()[-1]
    token = {"access_token": "aaaa", "refresh_token": "b", "expire_time": 10**400}
    cloud.inject("token.get", reply={"success": True, "result": token})
    assert main(["devices", "get", "--device-id", Seed.LIGHT_ID]) == EXIT_REPLY
    assert "bad reply" in one_line(capsys.readouterr().err)


class _BrokenStdin(io.StringIO):
    """stdin failing in a way nothing expects: stands for any bug below the command line."""

    def read(self, size: int | None = -1) -> str:
        raise RuntimeError("simulated failure")


def test_f28_an_internal_error_exits_70_in_one_line_and_debug_adds_the_traceback(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", _BrokenStdin())
    assert main([*SEND, "-"]) == EXIT_INTERNAL
    line = one_line(capsys.readouterr().err)
    assert line.startswith("tuya-cloud: internal error: RuntimeError: simulated failure") and "--debug" in line
    assert main([*SEND, "-", "--debug"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and err.strip().splitlines()[-1].startswith(
        "tuya-cloud: internal error: RuntimeError"
    )
    assert settings["TUYA_ACCESS_SECRET"] not in err
    assert main(["--help"]) == EXIT_OK and "70" in capsys.readouterr().out


def test_f29_all_without_a_page_size_reads_each_device_once(
    cloud: FakeTuyaCloud, settings: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    assert main(["devices", "list-for-user", "--uid", Seed.USER_ID, "--all", "--compact"]) == EXIT_OK
    ids = [device["id"] for device in json.loads(capsys.readouterr().out)]
    assert len(ids) == len(set(ids)) > 2
    assert cloud.calls("devices.list_for_user") <= 2  # the first page, and at most one that repeats it
