"""Schemathesis drives the OpenAPI export against the fake cloud: a bounded, seeded run of positive,
negative and stateful cases (issue 24; the campaign of ../shared/qa/REPORT.md, part 1, kept small).

The fake runs as users start it (FakeTuyaCloud). Every request is signed as sent (the path on the wire,
the decoded query pairs, the exact body bytes) by a requests auth hook using the runtime's signer; the
fake verifies with code of its own. Tuya answers errors with HTTP 200 and an envelope, so besides
Schemathesis' response checks the Tuya-aware checks below read the envelope and the fake's request log:

- no server error and no crash (HTTP 5xx, or code 500 "fake cloud failure");
- no signed request refused for its signature, timestamp or token;
- no invalid (negative) request accepted, judged by Schemathesis' own negative_data_rejection, whose
  "still valid once serialized" exemptions apply (an empty list and a one-item list look alike);
- no valid (positive) request refused by the gateway's argument check (1100/1109), cross-field rules
  (x-tuya-rules, which the export cannot express) excepted; a refusal by the world (no such device,
  no upgrade pending) is an answer, not a failure.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import run_state_machine_as_test
from schemathesis import Case, checks
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi import checks as openapi_checks

from tuya_cloud._runtime import signing
from tuya_cloud.testing import FakeTuyaCloud, Seed

SEED = 20261
POSITIVE_PER_OPERATION = 2
NEGATIVE_PER_OPERATION = 3
EXPORT = Path(__file__).resolve().parents[2] / "generated" / "tuya_cloud" / "openapi.json"
# The signature is the auth hook's job: generated without the security scheme, so every negative case
# breaks an argument (Schemathesis would otherwise spend most of them leaving out the `sign` header,
# which the fake's own tests cover).
_DOCUMENT = json.loads(EXPORT.read_text(encoding="utf-8"))
_DOCUMENT.pop("security")
_DOCUMENT["components"].pop("securitySchemes")
SCHEMA = schemathesis.openapi.from_dict(_DOCUMENT)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]  # type: ignore[union-attr]
# Half the cases name things the seeded world has, so that operations run and their replies are checked.
SEEDED_PATH_VALUES: dict[str, list[Any]] = {
    "device_id": [Seed.LIGHT_ID, Seed.SWITCH_ID, Seed.PLUG_ID, Seed.LOCK_ID, Seed.GATEWAY_ID, Seed.SENSOR_ID],
    "home_id": [Seed.HOME_ID, Seed.HOLIDAY_HOME_ID],
    "room_id": [Seed.LIVING_ROOM_ID, Seed.KITCHEN_ID],
    "uid": [Seed.USER_ID, Seed.MEMBER_ID],
    "schema": [Seed.APP_SCHEMA],
    "scene_id": [Seed.GOOD_NIGHT_SCENE_ID, Seed.MOVIE_SCENE_ID],
    "automation_id": [Seed.WINDOW_AUTOMATION_ID, Seed.HEATER_AUTOMATION_ID],
    "category": [Seed.TIMER_CATEGORY],
    "group_id": [Seed.TIMER_GROUP_ID],
}
CONFORMANCE = [
    checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.response_schema_conformance,
]
AUTH_CODES = {1002, 1004, 1005, 1010, 1011, 1013, 1105}  # token missing or invalid, sign invalid, clock, headers
TOKEN_PATH = "/v1.0/token"
SETTINGS = settings(
    deadline=None, database=None, suppress_health_check=list(HealthCheck), print_blob=True, derandomize=False
)


class TuyaSignature(requests.auth.AuthBase):
    """Signs a request exactly as it goes out."""

    def __init__(self, cloud: FakeTuyaCloud, token: str) -> None:
        self.cloud, self.token = cloud, token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        url = urlsplit(request.url or "")
        body = request.body or b""
        body = body.encode("utf-8") if isinstance(body, str) else body
        token = "" if url.path.startswith(TOKEN_PATH) else self.token
        t, nonce = str(int(time.time() * 1000)), uuid.uuid4().hex
        sign = signing.sign(
            client_id=self.cloud.access_id,
            secret=self.cloud.access_secret,
            t=t,
            method=request.method or "GET",
            path=url.path,
            query=parse_qsl(url.query, keep_blank_values=True),
            body=body,
            access_token=token,
            nonce=nonce,
        )
        for name in ("sign", "client_id", "t", "nonce", "sign_method", "access_token"):
            request.headers.pop(name, None)
        request.headers.update({"client_id": self.cloud.access_id, "t": t, "nonce": nonce})
        request.headers.update({"sign_method": "HMAC-SHA256", "sign": sign})
        if token:
            request.headers["access_token"] = token
        return request


class Harness:
    """Sends a case signed, then runs the response checks and the Tuya-aware ones."""

    def __init__(self, cloud: FakeTuyaCloud) -> None:
        self.cloud = cloud
        self.session = requests.Session()
        grant = self.session.get(
            cloud.base_url + TOKEN_PATH, params={"grant_type": "1"}, auth=TuyaSignature(cloud, ""), timeout=30
        )
        self.token = str(grant.json()["result"]["access_token"])
        self.cases = 0

    def call(self, case: Case[Any]) -> Any:
        auth = TuyaSignature(self.cloud, self.token)
        response = case.call(base_url=self.cloud.base_url, session=self.session, auth=auth, timeout=30)
        self.cases += 1
        return response

    def check(self, case: Case[Any], response: Any) -> None:
        case.validate_response(response, checks=CONFORMANCE)
        envelope = response.json()
        assert isinstance(envelope, dict) and isinstance(envelope.get("success"), bool), envelope
        code = envelope.get("code")
        assert code != 500, f"the fake cloud crashed: {envelope}"
        refused = {1004} if case.path.startswith(TOKEN_PATH) else AUTH_CODES  # a made-up refresh token is refused
        assert envelope["success"] or code not in refused, f"a signed request was refused: {envelope}"
        mode = case.meta.generation.mode if case.meta is not None else GenerationMode.POSITIVE
        if envelope["success"] and mode.is_negative:
            case.validate_response(response, checks=[openapi_checks.negative_data_rejection])
        if not envelope["success"] and mode.is_positive:
            record = self.cloud.requests[-1]
            rules = [rule["message"] for rule in case.operation.definition.raw.get("x-tuya-rules", ())]
            if record.refused_by == "gateway" and code in (1100, 1109):
                assert any(message in envelope["msg"] for message in rules), f"a valid request was refused: {envelope}"


def cases(operation: Any, mode: GenerationMode) -> st.SearchStrategy[Case[Any]]:
    """The operation's cases; half the positive ones with path values from the seeded world."""
    names = [p.name for p in operation.path_parameters]
    if mode.is_negative or not names or any(name not in SEEDED_PATH_VALUES for name in names):
        return operation.as_strategy(generation_mode=mode)  # type: ignore[no-any-return]
    seeded = st.fixed_dictionaries({name: st.sampled_from(SEEDED_PATH_VALUES[name]) for name in names})
    in_world = seeded.flatmap(lambda values: operation.as_strategy(generation_mode=mode, path_parameters=values))
    return st.one_of(operation.as_strategy(generation_mode=mode), in_world)


@pytest.fixture(scope="module")
def harness() -> Iterator[Harness]:
    with FakeTuyaCloud() as cloud:
        yield Harness(cloud)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_positive_and_negative_cases_against_the_fake(harness: Harness, operation: Any) -> None:
    modes = [(GenerationMode.POSITIVE, POSITIVE_PER_OPERATION)]
    if len(operation.query) or len(operation.body):  # a path segment alone cannot be broken in a URL
        modes.append((GenerationMode.NEGATIVE, NEGATIVE_PER_OPERATION))
    for mode, count in modes:

        @seed(SEED)
        @settings(SETTINGS, max_examples=count)
        @given(case=cases(operation, mode))
        def run(case: Case[Any]) -> None:
            harness.check(case, harness.call(case))

        run()


def test_stateful_sequences_against_the_fake(harness: Harness) -> None:
    class Machine(SCHEMA.as_state_machine()):  # type: ignore[misc]
        def call(self, case: Case[Any], **kwargs: Any) -> Any:
            return harness.call(case)

        def validate_response(self, response: Any, case: Case[Any], **kwargs: Any) -> None:
            harness.check(case, response)

    run_state_machine_as_test(Machine, settings=settings(SETTINGS, max_examples=15, stateful_step_count=4))
