"""The offline knowledge base: threat actors, states, state organs, ATT&CK.

``actor_index()`` is the process-wide index of threat actors compiled from
the MISP galaxies (see :mod:`aptrace.kb.actors`); :mod:`aptrace.kb.states`
and :mod:`aptrace.kb.agencies` hold the gazetteers of states, parties and
state organs.
"""

from __future__ import annotations

import threading

from .actors import ActorEntry, ActorIndex, AliasSource, build_actor_index, is_generic, load_actor_index
from .update import UpdateResult, update_from_upstream

_LOCK = threading.Lock()
_INDEX: ActorIndex | None = None


def actor_index() -> ActorIndex:
    """The shared actor index, loaded once per process from the compiled cache."""
    global _INDEX
    with _LOCK:
        if _INDEX is None:
            _INDEX = load_actor_index()
        return _INDEX


__all__ = [
    "ActorEntry",
    "ActorIndex",
    "AliasSource",
    "UpdateResult",
    "actor_index",
    "build_actor_index",
    "is_generic",
    "load_actor_index",
    "update_from_upstream",
]
