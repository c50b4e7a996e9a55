"""Deprecated operations, parameters and fields keep working and warn once, pointing at the caller.

The descriptors here are written as the generator writes them (see generator/python/build.py); the
end-to-end case, from a spec edit to a call against the fake cloud, is in tests/generator/test_breaking.py.
"""

from __future__ import annotations

import warnings

import pytest

from tuya_cloud import TuyaCloud, TuyaValidationError
from tuya_cloud._runtime.operation import Operation, Param

STRING = {"type": "string"}
TIMER = {"type": "object", "properties": {"old": {"type": "string", "deprecated": {"since": "0.1.0"}}, "new": STRING}}


def operation(tag: str) -> Operation:
    """A descriptor with its own warning texts: each test starts with nothing warned yet."""
    return Operation(
        id=f"tests.{tag}",
        method="POST",
        path="/v1.0/tests",
        auth="token",
        retry_safe=False,
        params=(
            Param("name", "body", True, STRING),
            Param("alias", "body", False, STRING, deprecated=f"{tag}: the alias argument is deprecated"),
            Param(
                "timers",
                "body",
                False,
                {"type": "array", "items": TIMER},
                deprecated_fields=(("timers[].old", f"{tag}: the timers[].old field is deprecated"),),
            ),
        ),
        deprecated=f"{tag} is deprecated",
    )


@pytest.fixture
def client() -> TuyaCloud:
    return TuyaCloud(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9")


def test_each_deprecation_warns_once_at_the_callers_line(client: TuyaCloud) -> None:
    op = operation("once")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            prepared = client.prepare(op, {"name": "n", "alias": "a", "timers": [{"new": "x"}, {"old": "y"}]})
    assert [str(w.message) for w in caught] == [
        "once is deprecated",
        "once: the alias argument is deprecated",
        "once: the timers[].old field is deprecated",
    ]
    assert {w.category for w in caught} == {DeprecationWarning}
    assert {w.filename for w in caught} == {__file__}
    assert prepared.body == b'{"name":"n","alias":"a","timers":[{"new":"x"},{"old":"y"}]}', "sent as before"


def test_arguments_left_out_do_not_warn(client: TuyaCloud) -> None:
    op = operation("unused")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.prepare(op, {"name": "n", "timers": [{"new": "x"}]})
    assert [str(w.message) for w in caught] == ["unused is deprecated"]


def test_a_warning_turned_into_an_error_raises_every_time(client: TuyaCloud) -> None:
    op = operation("strict")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for _ in range(2):
            with pytest.raises(DeprecationWarning, match="strict is deprecated"):
                client.prepare(op, {"name": "n"})


def test_bad_arguments_still_fail_first_on_their_own_rules(client: TuyaCloud) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(TuyaValidationError, match="alias"):
            client.prepare(operation("checked"), {"name": "n", "alias": 5})


def test_a_deprecated_result_field_warns_when_read() -> None:
    from tuya_cloud.models import TokenInfo

    token = TokenInfo.model_validate({"access_token": "t", "expire": 7200})
    with pytest.warns(DeprecationWarning, match=r"TokenInfo\.expire is deprecated since 0\.1\.0; use expire_time"):
        assert token.expire == 7200
