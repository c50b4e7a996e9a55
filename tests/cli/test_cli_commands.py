"""`tuya-cloud <group> <command>` against a fake cloud: help, calls, input parsing, paging, exit codes."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from clihelp import SCRIPT, SECRET, Result, clean_env, run_cli

from tests.forwarding_proxy import ForwardingProxy
from tuya_cloud._runtime.apimodel import ApiModel, OperationModel
from tuya_cloud.cli.main import main as cli_main
from tuya_cloud.testing import FakeTuyaCloud, Seed

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_CONNECTION, EXIT_REPLY, EXIT_CONFIG = range(6)


API = ApiModel.load()  # the package's one reader of openapi.json
OPERATIONS = API.operations


def _kebab(name: str) -> str:
    return name.replace("_", "-")


def _wire_names(op: OperationModel) -> list[str]:
    return [p.name for p in op.params]


def _one_line_error(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# ---------------------------------------------------------------- help: every operation is reachable


def _help_in_process(op_id: str) -> Result:
    """`tuya-cloud <group> <command> --help` through the CLI's main() in this process: the same parser and
    text as the installed command, without an interpreter start-up per operation."""
    group, method = op_id.split(".", 1)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main([_kebab(group), _kebab(method), "--help"])
    return Result(code, out.getvalue(), err.getvalue())


def test_every_operation_has_a_command_with_help(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [k for k in os.environ if k.startswith("TUYA_")]:
        monkeypatch.delenv(name)
    for op_id in sorted(OPERATIONS):
        result = _help_in_process(op_id)
        group, method = op_id.split(".", 1)
        assert result.returncode == 0, (op_id, result.stderr)
        assert result.stdout.startswith(f"usage: tuya-cloud {_kebab(group)} {_kebab(method)}"), op_id
        op = OPERATIONS[op_id]
        assert op.summary.rstrip(".") in " ".join(result.stdout.split()), op_id
        for name in _wire_names(op):
            assert f"--{_kebab(name)}" in result.stdout, (op_id, name)
        if op.pagination is not None:
            assert "--all" in result.stdout, op_id
        assert "exit status" in result.stdout


@pytest.mark.timeout(300)  # a few interpreter start-ups; slow on a loaded machine
def test_the_installed_command_shows_the_same_help() -> None:
    env = clean_env(Path("/nonexistent"))
    groups = sorted({op_id.split(".", 1)[0] for op_id in OPERATIONS})
    picked = [next(op for op in sorted(OPERATIONS) if op.startswith(f"{group}.")) for group in groups[::4]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        shown = list(
            pool.map(lambda op_id: (op_id, run_cli([*map(_kebab, op_id.split(".", 1)), "--help"], env)), picked)
        )
    for op_id, result in shown:
        assert result.returncode == 0, (op_id, result.stderr)
        expected = _help_in_process(op_id).stdout
        assert " ".join(result.stdout.split()) == " ".join(expected.split()), op_id


def test_program_and_group_help_list_everything() -> None:
    env = clean_env(Path("/nonexistent"))
    top = run_cli(["--help"], env)
    assert top.returncode == 0
    for group in API.groups:
        assert re.search(rf"^  {re.escape(_kebab(group))}\s", top.stdout, re.M), group
    assert "fake-cloud" in top.stdout
    for status in range(6):
        assert re.search(rf"^  {status}  ", top.stdout, re.M)
    for group in API.groups:
        group_help = run_cli([_kebab(group), "--help"], env)
        assert group_help.returncode == 0
        methods = [op_id.split(".", 1)[1] for op_id in OPERATIONS if op_id.startswith(group + ".")]
        for method in methods:
            assert re.search(rf"^  {re.escape(_kebab(method))}\s", group_help.stdout, re.M), (group, method)


def test_help_shows_types_and_constraints() -> None:
    text = run_cli(["device-timers", "add", "--help"], clean_env(Path("/nonexistent"))).stdout
    assert "rules (checked before anything is sent):" in text and "loops must be 0000000" in text
    flat = " ".join(text.split())
    assert "^[01]{7}$" in flat  # loops' pattern, from a $ref'd schema
    assert "--instruct JSON" in flat and "@file.json" in flat
    assert "TimerInstruction objects {time*, date, functions*}" in flat
    text = run_cli(["device-timers", "set-group-status", "--help"], clean_env(Path("/nonexistent"))).stdout
    assert "--value {0,1,2}" in text
    text = run_cli(["devices", "list", "--help"], clean_env(Path("/nonexistent"))).stdout
    assert ">= 1" in text and "(--page-no N | --all)" in text


def test_unknown_group_or_command_is_a_usage_error() -> None:
    env = clean_env(Path("/nonexistent"))
    result = run_cli(["devics", "get"], env)
    assert result.returncode == EXIT_USAGE
    assert "devices" in _one_line_error(result)
    result = run_cli(["devices", "gett"], env)
    assert result.returncode == EXIT_USAGE
    assert "did you mean get" in _one_line_error(result)
    assert run_cli([], env).returncode == EXIT_USAGE
    assert run_cli(["devices"], env).returncode == EXIT_USAGE


# ---------------------------------------------------------------- calls


@pytest.mark.parametrize("script", [False, True], ids=["python-m", "console-script"])
def test_call_prints_json(cloud: FakeTuyaCloud, env: dict[str, str], script: bool) -> None:
    if script and not SCRIPT.exists():
        pytest.skip(f"{SCRIPT} is not installed")
    result = run_cli(["devices", "get", Seed.LIGHT_ID], env, script=script)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.count("\n") == 1  # piped: compact, one line
    device = json.loads(result.stdout)
    assert device["id"] == Seed.LIGHT_ID
    assert cloud.calls("devices.get", succeeded=True) == 1


def test_pretty_and_compact_override(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    pretty = run_cli(["--pretty", "devices", "get", "--device-id", Seed.LIGHT_ID], env)
    assert pretty.returncode == EXIT_OK and pretty.stdout.startswith('{\n  "')
    compact = run_cli(["devices", "get", Seed.LIGHT_ID, "--pretty", "--compact"], env)
    assert compact.returncode == EXIT_OK and compact.stdout.count("\n") == 1
    assert json.loads(pretty.stdout) == json.loads(compact.stdout)


def test_path_parameters_by_option_or_position(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    category, group = Seed.TIMER_CATEGORY, Seed.TIMER_GROUP_ID
    mixed = run_cli(["device-timers", "list-by-category", "--category", category, Seed.LIGHT_ID], env)
    assert mixed.returncode == EXIT_OK, mixed.stderr
    assert cloud.requests[-1].path == f"/v1.0/devices/{Seed.LIGHT_ID}/timers/categories/{category}"
    too_many = run_cli(["device-timers", "delete-group", Seed.LIGHT_ID, category, group, "extra"], env)
    assert too_many.returncode == EXIT_USAGE
    assert "extra" in _one_line_error(too_many)


def test_scalar_types_lists_and_keywords(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    ids = run_cli(
        [
            "devices",
            "list",
            "--page-no",
            "1",
            "--page-size",
            "5",
            "--device-ids",
            f"{Seed.LIGHT_ID},{Seed.PLUG_ID}",
            "--device-ids",
            Seed.SWITCH_ID,
        ],
        env,
    )
    assert ids.returncode == EXIT_OK, ids.stderr
    record = cloud.requests[-1]
    assert record.query["device_ids"] == f"{Seed.LIGHT_ID},{Seed.PLUG_ID},{Seed.SWITCH_ID}"
    assert record.query["page_size"] == "5"
    assert {d["id"] for d in json.loads(ids.stdout)["devices"]} == {Seed.LIGHT_ID, Seed.PLUG_ID, Seed.SWITCH_ID}

    admin = run_cli(["homes", "update-member", str(Seed.HOME_ID), Seed.MEMBER_ID, "--admin", "true"], env)
    assert admin.returncode == EXIT_OK, admin.stderr
    assert cloud.requests[-1].body == {"admin": True}

    keyword = run_cli(["devices", "list-for-user", Seed.USER_ID, "--from", "home", "--page-no", "1"], env)
    assert keyword.returncode == EXIT_OK, keyword.stderr
    assert cloud.requests[-1].query["from"] == "home"


def test_json_bodies_inline_file_and_stdin(cloud: FakeTuyaCloud, env: dict[str, str], tmp_path: Path) -> None:
    instruction = {"time": "07:30", "date": "20990101", "functions": [{"code": "switch_led", "value": True}]}
    base = [
        "device-timers",
        "add",
        Seed.LIGHT_ID,
        "--category",
        "cli",
        "--loops",
        "0000000",
        "--time-zone",
        "+01:00",
        "--timezone-id",
        "Europe/Berlin",
    ]
    inline = run_cli([*base, "--instruct", json.dumps([instruction])], env)
    assert inline.returncode == EXIT_OK, inline.stderr
    assert "group_id" in json.loads(inline.stdout)
    assert cloud.requests[-1].body["instruct"] == [instruction]

    path = tmp_path / "instruct.json"
    path.write_text(json.dumps([instruction]), encoding="utf-8")
    from_file = run_cli([*base, "--instruct", f"@{path}", "--alias-name", "from file"], env)
    assert from_file.returncode == EXIT_OK, from_file.stderr
    assert cloud.requests[-1].body["alias_name"] == "from file"

    from_stdin = run_cli([*base, "--instruct", "-"], env, stdin=json.dumps(instruction))  # one object per option
    assert from_stdin.returncode == EXIT_OK, from_stdin.stderr
    assert cloud.requests[-1].body["instruct"] == [instruction]

    commands = run_cli(
        ["device-control", "send-commands", Seed.LIGHT_ID, "--commands", '[{"code": "switch_led", "value": false}]'],
        env,
    )
    assert commands.returncode == EXIT_OK, commands.stderr
    assert cloud.world.status_of(Seed.LIGHT_ID)["switch_led"] is False


def test_wire_lang_parameter_and_global_lang(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    result = run_cli(["--lang", "de", "ota", "get-upgrade-info", Seed.LIGHT_ID, "--lang", "en"], env)
    assert result.returncode == EXIT_OK, result.stderr
    assert cloud.requests[-1].query == {"lang": "en"}


# ---------------------------------------------------------------- paging


def test_all_walks_every_page(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    first = run_cli(["devices", "list", "--schema", Seed.APP_SCHEMA, "--page-no", "1", "--page-size", "100"], env)
    assert first.returncode == EXIT_OK, first.stderr
    everything = json.loads(first.stdout)["devices"]
    assert len(everything) > 2
    cloud.reset_log()

    paged = run_cli(["devices", "list", "--schema", Seed.APP_SCHEMA, "--page-size", "2", "--all"], env)
    assert paged.returncode == EXIT_OK, paged.stderr
    items = json.loads(paged.stdout)
    assert isinstance(items, list)
    assert [d["id"] for d in items] == [d["id"] for d in everything]
    assert cloud.calls("devices.list") >= (len(everything) + 1) // 2 >= 2
    assert [r.query["page_no"] for r in cloud.requests if r.operation == "devices.list"][:2] == ["1", "2"]


def test_all_with_a_cursor(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    paged = run_cli(["devices", "list-v2", "--size", "3", "--all"], env)
    assert paged.returncode == EXIT_OK, paged.stderr
    items = json.loads(paged.stdout)
    assert len(items) == len({d["id"] for d in items}) > 3
    assert cloud.calls("devices.list_v2") >= 2


def test_all_rejects_the_page_it_drives(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    result = run_cli(["devices", "list", "--page-size", "2", "--page-no", "3", "--all"], env)
    assert result.returncode == EXIT_USAGE
    assert "--page-no" in _one_line_error(result)
    assert cloud.requests == []


# ---------------------------------------------------------------- bad input: exit 2, nothing sent


BAD_INPUT = [
    pytest.param(["devices", "list", "--page-no", "1", "--page-size", "0"], "--page-size", ">= 1", id="minimum"),
    pytest.param(["devices", "list", "--page-no", "x", "--page-size", "2"], "--page-no", "integer", id="integer"),
    pytest.param(["devices", "list", "--page-size", "2"], "--page-no", "required", id="required"),
    pytest.param(["homes", "get", "12ab"], "--home-id", "^[0-9]+$", id="pattern"),
    pytest.param(["device-timers", "set-group-status", "d", "c", "g", "--value", "3"], "--value", "one of", id="enum"),
    pytest.param(["homes", "update-member", "1", "u", "--admin", "maybe"], "--admin", "boolean", id="boolean"),
    pytest.param(["device-timers", "list"], "--device-id", "required", id="missing-path"),
    pytest.param(
        ["device-control", "send-commands", "d", "--commands", "[{"], "--commands", "not valid JSON", id="json"
    ),
    pytest.param(
        ["device-control", "send-commands", "d", "--commands", "[]"], "--commands", "must not be empty", id="min-items"
    ),
    pytest.param(
        ["device-control", "send-commands", "d", "--commands", '[{"code": "x"}]'],
        "--commands",
        "commands[0].value",
        id="nested",
    ),
    pytest.param(
        [
            "device-timers",
            "add",
            "d",
            "--category",
            "c",
            "--loops",
            "1111111",
            "--time-zone",
            "+01:00",
            "--timezone-id",
            "Europe/Berlin",
            "--instruct",
            '[{"time": "07:00", "date": "20990101", "functions": [{"code": "switch_led", "value": true}]}]',
        ],
        "--loops",
        "0000000",
        id="cross-field-rule",
    ),
    pytest.param(
        ["device-control", "send-commands", "d", "--commands", "@missing.json"],
        "--commands",
        "cannot read",
        id="missing-file",
    ),
]


@pytest.mark.parametrize(("args", "flag", "rule"), BAD_INPUT)
def test_bad_input_exits_2_and_sends_nothing(
    cloud: FakeTuyaCloud, env: dict[str, str], tmp_path: Path, args: list[str], flag: str, rule: str
) -> None:
    result = run_cli(args, env, cwd=tmp_path)
    assert result.returncode == EXIT_USAGE, result.stderr
    line = _one_line_error(result)
    assert flag in line and rule in line, line
    assert result.stdout == ""
    assert cloud.requests == []  # not even a token request


# ---------------------------------------------------------------- failures by kind


def test_tuya_error_exits_1_with_code_and_message(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    cloud.inject("devices.get", error_code=1106, error_msg="permission deny")
    result = run_cli(["devices", "get", Seed.LIGHT_ID], env)
    assert result.returncode == EXIT_API
    line = _one_line_error(result)
    assert "1106" in line and "permission deny" in line
    assert result.stdout == ""

    missing = run_cli(["devices", "get", "vdevo000000000000000"], env)
    assert missing.returncode == EXIT_API
    assert re.search(r"Tuya error \d+: ", _one_line_error(missing))


def test_connection_failure_exits_3(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = clean_env(tmp_path)
    env.update(TUYA_ACCESS_ID="id", TUYA_ACCESS_SECRET=SECRET)
    result = run_cli(["--base-url", f"http://127.0.0.1:{port}", "--max-retries", "0", "devices", "get", "d"], env)
    assert result.returncode == EXIT_CONNECTION, result.stderr
    assert "cannot reach" in _one_line_error(result)


def test_bad_reply_exits_4(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    cloud.inject("devices.get", garbage=True, times=None)
    result = run_cli(["devices", "get", Seed.LIGHT_ID, "--max-retries", "0"], env)
    assert result.returncode == EXIT_REPLY, result.stderr
    _one_line_error(result)


def test_missing_credentials_exit_5_and_send_nothing(cloud: FakeTuyaCloud, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    env["TUYA_BASE_URL"] = cloud.base_url
    result = run_cli(["devices", "get", Seed.LIGHT_ID], env)
    assert result.returncode == EXIT_CONFIG
    assert "TUYA_ACCESS_ID" in _one_line_error(result)
    env["TUYA_ACCESS_ID"] = "someone"
    result = run_cli(["devices", "get", Seed.LIGHT_ID], env)
    assert result.returncode == EXIT_CONFIG
    assert "TUYA_ACCESS_SECRET" in _one_line_error(result)
    del env["TUYA_BASE_URL"]
    env["TUYA_ACCESS_SECRET"] = SECRET
    result = run_cli(["devices", "get", Seed.LIGHT_ID], env)
    assert result.returncode == EXIT_CONFIG
    assert "--region" in _one_line_error(result)
    assert SECRET not in result.output
    assert cloud.requests == []


# ---------------------------------------------------------------- secrets and logging


@pytest.mark.parametrize("path", ["pooled", "requests"])
def test_secrets_never_appear_in_output(cloud: FakeTuyaCloud, env: dict[str, str], path: str) -> None:
    # "requests": behind a proxy from the environment, which keeps requests' full path (_runtime/pooled.py)
    proxy = ForwardingProxy() if path == "requests" else None
    if proxy is not None:
        env = {k: v for k, v in env.items() if k.lower() not in {"no_proxy", "all_proxy"}}
        env["HTTP_PROXY"] = proxy.url
    try:
        _secrets_never_appear_in_output(cloud, env)
    finally:
        if proxy is not None:
            proxy.close()
    assert proxy is None or proxy.seen  # the calls did go through the proxy


def _secrets_never_appear_in_output(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    outputs = [
        run_cli(["-v", "devices", "get", Seed.LIGHT_ID], env),
        run_cli(["devices", "get", Seed.LIGHT_ID, "-v", "--pretty"], env),
        run_cli(["--access-secret", SECRET, "-v", "devices", "list", "--page-size", "0"], env),
        run_cli(["--help"], env),
        run_cli(["--access-secret", SECRET, "devices", "get", "x", "--page-size", SECRET], env),  # argparse's error
        run_cli(["devices", "get", "--help"], env),
    ]
    wrong = dict(env, TUYA_ACCESS_SECRET=SECRET[::-1])  # a wrong secret: Tuya answers with a signature error
    outputs.append(run_cli(["-v", "devices", "get", Seed.LIGHT_ID], wrong))
    assert outputs[-1].returncode == EXIT_API
    cloud.inject("devices.get", error_code=1004, error_msg=f"sign invalid for {SECRET}")
    outputs.append(run_cli(["devices", "get", Seed.LIGHT_ID], env))  # even a message quoting it is masked
    assert outputs[-1].returncode == EXIT_API
    tokens = cloud.issued_secrets()
    assert tokens
    for result in outputs:
        assert SECRET not in result.output
        assert SECRET[::-1] not in result.output
        for token in tokens:
            assert token not in result.stderr


def test_verbose_logs_requests_to_stderr(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    result = run_cli(["devices", "get", Seed.LIGHT_ID, "--verbose"], env)
    assert result.returncode == EXIT_OK
    assert "DEBUG" in result.stderr and "devices.get" in result.stderr
    assert "access_secret from TUYA_ACCESS_SECRET" in result.stderr
    json.loads(result.stdout)  # logs stay off stdout
    quiet = run_cli(["devices", "get", Seed.LIGHT_ID], env)
    assert quiet.stderr == ""


# ---------------------------------------------------------------- start-up cost


def test_help_and_calls_import_only_what_they_need(cloud: FakeTuyaCloud, env: dict[str, str]) -> None:
    probe = (
        "import sys\n"
        "from tuya_cloud.cli.main import main\n"
        "try:\n"
        "    code = main(sys.argv[1:])\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('tuya_cloud.resources.', 'tuya_cloud.models')))\n"
        "print('LOADED', ','.join(loaded), code, file=sys.stderr)\n"
    )
    import subprocess

    def loaded(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", probe, *args], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        match = re.search(r"^LOADED (\S*) (\d+)$", done.stderr, re.M)
        assert match, done.stderr
        return match.group(1)

    assert loaded("devices", "get", "--help") == ""
    assert loaded("--help") == ""
    modules = set(loaded("devices", "get", Seed.LIGHT_ID).split(","))
    # The called group, and the token group the client needs for its access token.
    assert {m for m in modules if m.startswith("tuya_cloud.resources.")} == {
        "tuya_cloud.resources.devices",
        "tuya_cloud.resources.token",
    }


def test_main_returns_a_status_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    from tuya_cloud.cli.main import main

    assert main(["--version"]) == EXIT_OK
    assert main(["devices", "get", "--help"]) == EXIT_OK
    assert "usage: tuya-cloud devices get" in capsys.readouterr().out
    assert main(["devices", "get", "--no-such-option"]) == EXIT_USAGE
    assert "--no-such-option" in capsys.readouterr().err
