"""Reply fields the spec marks `x-tuya-sensitive` (tokens, passwords, keys) never show in a model's repr,
str or a traceback that prints one, while the value stays readable; read over HTTP from the fake cloud."""

from __future__ import annotations

import importlib
from typing import Any

from tuya_cloud import TuyaCloud
from tuya_cloud._runtime.apimodel import ApiModel
from tuya_cloud.testing import FakeTuyaCloud

API = ApiModel.load()


def _sensitive_fields() -> dict[str, list[str]]:
    """Model name -> its sensitive fields, as the spec marks them (read from the OpenAPI export)."""
    found: dict[str, list[str]] = {}
    for name, schema in API.schemas.items():
        fields = [field for field, sub in schema.get("properties", {}).items() if sub.get("x-tuya-sensitive")]
        if fields:
            found[name] = fields
    return found


def test_the_spec_marks_the_token_pair_and_keys() -> None:
    marked = _sensitive_fields()
    assert {"access_token", "refresh_token"} <= set(marked["TokenInfo"])
    assert sum(len(fields) for fields in marked.values()) >= 8


def test_no_sensitive_field_shows_in_a_model_repr() -> None:
    models = importlib.import_module("tuya_cloud.models")
    for name, fields in _sensitive_fields().items():
        model = getattr(models, name)
        values: dict[str, Any] = {field: f"SECRET-{field}-value" for field in fields}
        instance = model.model_validate(values)
        for shown in (repr(instance), str(instance)):
            assert "SECRET-" not in shown, f"{name}: {shown}"
        assert all(getattr(instance, field) == value for field, value in values.items())


def test_a_token_read_from_the_fake_cloud_is_hidden_from_its_repr() -> None:
    with FakeTuyaCloud() as cloud, TuyaCloud(access_id=cloud.access_id, access_secret=cloud.access_secret,
                                             base_url=cloud.base_url) as client:  # fmt: skip
        token = client.token.get(grant_type=1)
    assert token.access_token and token.refresh_token
    assert token.access_token not in repr(token) and token.refresh_token not in repr(token)
