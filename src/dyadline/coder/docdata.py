"""Plain-data Doc extensions: what dyadline puts on a spaCy ``Doc``, and typed views of it.

Reads: ``doc._.actors`` and ``doc._.events`` as set by the ``dyadline_actors``
and ``dyadline_events`` components. Adds: nothing to the Doc; it converts
between the typed records the coder works with (``ActorMention``, ``Event``)
and the plain data stored on the Doc (dicts, lists, str, int, float, bool,
None), so ``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(texts, n_process=2)`` work in a user's own pipeline.

The stored records are ``dict`` s (subclasses ``MentionData`` / ``EventData``
on a freshly processed Doc, plain ``dict`` after a round trip). Read them as
dicts, or get the typed records with ``dyadline.coder.actors.mentions(doc)`` and
``events_of(doc)``; on a live Doc an attribute read (``m.kind``,
``ev.source.code``) still works as before, as a convenience.

``doc.user_data`` holds plain data too: the Doc's place in its document
(``dyadline.coder.context.BLOCK``), and what the document context hands the Doc
before it is coded (the states and the groups and people named in earlier
paragraphs, ``PRIOR_STATES`` / ``PRIOR_NAMED``, and the main state so far,
``MAIN_STATE``); the context itself is passed to the component, never stored.

A mention's dict: ``start``, ``end`` (token indices), ``kind``, ``code``,
``country``, ``sector``, ``text``, ``name`` and ``candidates`` (the codebook
rows its name may denote, each ``[country, sector, kind, name, role, start,
end, order]``). An event's dict: the fields of ``dyadline.model.Event``, with
actors, date, location and quantities as nested dicts. Written by hand:
spaCy serialises extension values with msgpack, which knows no dataclasses.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from spacy.tokens import Doc

from dyadline.model import Actor, DateSpan, Event, Location, Quantity

__all__ = ["EventData", "MentionData", "event_data", "event_from_data", "events_of"]

_NESTED: dict[str, type] = {
    "source": Actor,
    "target": Actor,
    "attributed_to": Actor,
    "date": DateSpan,
    "location": Location,
}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class EventData(dict[str, Any]):
    """An event as a dict; attribute reads go to the typed ``Event`` (live Docs only)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(event_from_data(self), name)


class MentionData(dict[str, Any]):
    """An actor mention as a dict; attribute reads go to the typed ``ActorMention``
    (built once per dict)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ("start", "end", "kind"):
            return self[name]
        typed = self.__dict__.get("_typed")
        if typed is None:
            from dyadline.coder.actors import mention_from_data

            typed = self.__dict__["_typed"] = mention_from_data(self)
        return getattr(typed, name)


_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))


def _value(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Actor | DateSpan | Location | Quantity):
        return value.to_record()  # exactly their own fields
    return _plain(value)


def event_data(event: Event | dict[str, Any]) -> EventData:
    """The plain-data form of an event (a dict is taken as already converted)."""
    if isinstance(event, dict):
        return event if isinstance(event, EventData) else EventData(event)
    out = EventData()
    for name in _EVENT_FIELDS:
        value = getattr(event, name)
        if isinstance(value, list):
            out[name] = [_value(v) for v in value]
        elif isinstance(value, dict):
            out[name] = {k: _value(v) for k, v in value.items()}
        else:
            out[name] = _value(value)
    return out


def event_from_data(data: dict[str, Any] | Event) -> Event:
    """The typed ``Event`` of a stored dict (an ``Event`` is returned as it is)."""
    if isinstance(data, Event):
        return data
    names = {f.name for f in dataclasses.fields(Event)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            continue
        kind = _NESTED.get(key)
        if kind is not None and isinstance(value, dict):
            value = kind(**value)
        elif key == "quantities":
            value = [Quantity(**q) if isinstance(q, dict) else q for q in value or []]
        elif isinstance(value, list | tuple):  # DocBin gives lists back as tuples
            value = list(value)
        elif isinstance(value, dict):
            value = dict(value)
        kwargs[key] = value
    return Event(**kwargs)


def events_of(doc: Doc) -> list[Event]:
    """The events of a Doc as ``Event`` records (from ``doc._.events``)."""
    return [event_from_data(e) for e in doc._.events or []]
