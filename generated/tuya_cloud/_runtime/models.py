"""Base class of every generated model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class TuyaModel(BaseModel):
    """Keeps fields Tuya adds later (extra="allow"); builds validators on first use to keep imports cheap."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True, protected_namespaces=())
