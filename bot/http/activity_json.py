"""Outgoing activities to JSON without msrest's generic serialiser (issue 14, item 10).

botbuilder 4.17.1 serialises every activity it sends with msrest's ``Serializer.body``: it
first walks the activity with a ``Deserializer`` (to turn dicts into models), validates it
against the models' constraints (the Bot Framework schema has none), then serialises it
value by value through a chain of look-ups and ``try``/``except`` per string. An Adaptive
Card is a few hundred strings, so under load (bench/load_bench.py, 200 conversations) this
was about a fifth of the event loop's time, more than any other single cost.

``activity_json`` produces the same dict for the models the bot sends, walking each model's
``_attribute_map`` once (cached per class) and handling the few types the schema uses.
Anything else — a dict where a model is expected, a type it does not know — raises
``Unsupported`` and ``FastActivitySerializer.body`` hands the activity to msrest as before.
``tests/http/test_activity_json.py`` compares both on the activities the bot's views build.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any

from msrest.serialization import Model, Serializer

_BASIC = {"str", "int", "float", "bool"}
_FIELDS: dict[type, tuple[tuple[str, str, str], ...]] = {}


class Unsupported(Exception):
    """A value this serialiser does not handle; msrest's serialiser takes the activity."""


def _fields(cls: type) -> tuple[tuple[str, str, str], ...]:
    fields = _FIELDS.get(cls)
    if fields is not None:
        return fields
    validation = getattr(cls, "_validation", {}) or {}
    if any(rule.get("readonly") or rule.get("constant") for rule in validation.values()):
        raise Unsupported(cls.__name__)
    found: list[tuple[str, str, str]] = []
    for attr, desc in cls._attribute_map.items():  # type: ignore[attr-defined]
        key = desc["key"]
        if not key or "." in key or desc.get("xml"):  # additional properties, flattening, XML
            raise Unsupported(f"{cls.__name__}.{attr}")
        found.append((attr, key, desc["type"]))
    _FIELDS[cls] = tuple(found)
    return _FIELDS[cls]


def _model(value: Model) -> dict[str, Any]:
    if value.is_xml_model():
        raise Unsupported(type(value).__name__)
    out: dict[str, Any] = {}
    for attr, key, data_type in _fields(type(value)):
        item = getattr(value, attr)
        if item is not None:
            out[key] = _typed(item, data_type)
    return out


def _str(value: Any) -> str:
    # msrest's serialize_unicode: an enum (anything with ``value``) gives its value.
    if type(value) is str:
        return value
    try:
        return value.value
    except AttributeError:
        return str(value)


def _typed(value: Any, data_type: str) -> Any:
    if data_type == "str":
        return _str(value)
    if data_type == "object":
        return _object(value)
    if data_type in _BASIC:
        return {"int": int, "float": float, "bool": bool}[data_type](value)
    if data_type == "iso-8601":
        if type(value) is not datetime.datetime:
            raise Unsupported(data_type)
        return Serializer.serialize_iso(value)
    if data_type[0] == "[" and data_type[-1] == "]":
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise Unsupported(data_type)
        inner = data_type[1:-1]
        return [None if each is None else _typed(each, inner) for each in value]
    if data_type[0] == "{" and data_type[-1] == "}":
        if not isinstance(value, dict):
            raise Unsupported(data_type)
        inner = data_type[1:-1]
        return {_str(k): None if v is None else _typed(v, inner) for k, v in value.items()}
    if data_type[0].isupper() and isinstance(value, Model):
        return _model(value)  # serialised by its own class (a StreamInfo in "[Entity]")
    raise Unsupported(data_type)  # a dict where a model belongs, dates, bytes, enums by name …


def _object(value: Any) -> Any:
    """msrest's serialize_object: plain JSON types as they are, models as models, else ``str``."""
    if value is None:
        return None
    kind = type(value)
    if kind is str or kind is bool or kind is int or kind is float:
        return value
    if kind is dict:
        return {_str(k): None if v is None else _object(v) for k, v in value.items()}
    if kind is list:
        return [_object(each) for each in value]
    if isinstance(value, Model):
        return _model(value)
    if kind in (datetime.datetime, datetime.date, datetime.time, datetime.timedelta) or isinstance(value, Enum):
        raise Unsupported(kind.__name__)
    return str(value)


def activity_json(activity: Model) -> dict[str, Any]:
    """The JSON body msrest would send for ``activity``; ``Unsupported`` when unsure."""
    return _model(activity)


class FastActivitySerializer(Serializer):
    """msrest's ``Serializer`` whose ``body(activity, "Activity")`` takes the fast path."""

    def body(self, data: Any, data_type: str, **kwargs: Any) -> Any:
        if data_type == "Activity" and isinstance(data, Model) and not kwargs:
            try:
                return activity_json(data)
            except Unsupported:
                pass
        return super().body(data, data_type, **kwargs)
