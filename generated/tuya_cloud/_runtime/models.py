"""Base class of every generated model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict


class TuyaModel(BaseModel):
    """Keeps fields Tuya adds later (extra="allow"); builds validators on first use to keep imports cheap.

    A reply value that did not fit its field's type is kept as sent among the extras under its wire
    name (see _runtime/replies.py), and the field's attribute still returns it; a field the reply
    left out reads as None. Both cases were logged when the reply was read.
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True, protected_namespaces=())

    if not TYPE_CHECKING:  # type checkers keep seeing the declared field types

        def __getattr__(self, name: str) -> Any:
            try:
                return super().__getattr__(name)
            except AttributeError:
                field = type(self).model_fields.get(name)
                if field is None:
                    raise
                return (self.__pydantic_extra__ or {}).get(field.alias or name)
