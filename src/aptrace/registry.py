"""One registry for extension points.

Built-ins register themselves exactly as third-party code does: a decorator
at import time, or an entry point in the ``aptrace.<kind>`` group naming a
callable. Names are versioned (``stix21.v1``) and may have short aliases
(``stix``) for the command line.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points
from typing import Any, Callable

log = logging.getLogger(__name__)

_REGISTRIES: dict[str, dict[str, Any]] = {}
_ALIASES: dict[str, dict[str, str]] = {}
_LOADED: set[str] = set()


def register(kind: str, name: str, *, aliases: tuple[str, ...] = ()) -> Callable[[Any], Any]:
    """Decorator: register ``obj`` under ``kind``/``name`` (and short aliases)."""

    def deco(obj: Any) -> Any:
        _REGISTRIES.setdefault(kind, {})[name] = obj
        for alias in aliases:
            _ALIASES.setdefault(kind, {})[alias] = name
        return obj

    return deco


def _load_entry_points(kind: str) -> None:
    if kind in _LOADED:
        return
    _LOADED.add(kind)
    for ep in entry_points(group=f"aptrace.{kind}"):
        try:
            _REGISTRIES.setdefault(kind, {})[ep.name] = ep.load()
        except Exception as exc:  # a broken plugin must not break the tool
            log.warning("cannot load %s plugin %s: %s", kind, ep.name, exc)


def get(kind: str, name: str) -> Any:
    """Return the object registered as ``name`` (or one of its aliases)."""
    _load_entry_points(kind)
    table = _REGISTRIES.get(kind, {})
    name = _ALIASES.get(kind, {}).get(name, name)
    if name not in table:
        known = ", ".join(sorted(names(kind))) or "none"
        raise KeyError(f"no {kind} named {name!r} (known: {known})")
    return table[name]


def names(kind: str) -> list[str]:
    """Registered names of ``kind``, with their aliases."""
    _load_entry_points(kind)
    return sorted(set(_REGISTRIES.get(kind, {})) | set(_ALIASES.get(kind, {})))
