"""One Aho-Corasick automaton over every name extraction looks for.

Threat-actor aliases (from the knowledge base), states with their demonyms
and seats of power, organisations, security companies, state organs and the
agencies held responsible are compiled once per process into a single
``pyahocorasick`` automaton over lower-cased text; each hit is then checked
for word boundaries and for the case its form requires.
"""

from __future__ import annotations

import re

import logging
import threading
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import ahocorasick

from ..kb.agencies import AGENCIES, GENERIC_ORGANS
from .doc import Occupied
from ..kb.states import AMBIGUOUS_METONYMS, COMPANIES, COMPANY_BRANDS, ORGANISATIONS, STATE_MEDIA, STATE_ORGANS, state_forms

log = logging.getLogger(__name__)

# Priority when two hits of the same length overlap (higher wins).
_PRIORITY = {"agency": 6, "actor": 5, "organ": 4, "org": 3, "company": 3, "state": 2, "generic_organ": 1, "software": 0}


@dataclass(frozen=True)
class Entry:
    form: str
    kind: str
    value: Any
    case: str  # exact | ci | cap
    subform: str = ""


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry


class Gazetteer:
    def __init__(self, entries: Iterable[Entry]) -> None:
        auto = ahocorasick.Automaton()
        table: dict[str, list[Entry]] = {}
        for e in entries:
            key = e.form.lower()
            if len(key) < 2:
                continue
            table.setdefault(key, []).append(e)
        for key, es in table.items():
            auto.add_word(key, (len(key), tuple(es)))
        auto.make_automaton()
        self._auto = auto
        self.size = len(table)

    def find(self, text: str) -> list[Hit]:
        low = text.lower()
        if len(low) != len(text):  # rare: lower() changed the length; map char by char
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        n = len(text)
        hits: list[tuple[int, int, Entry]] = []
        for end_idx, (length, entries) in self._auto.iter(low):
            start, end = end_idx - length + 1, end_idx + 1
            # _boundary(text, start, end), written out: most hits are parts of longer words
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                continue
            if end < n and (text[end].isalnum() or text[end] == "_"):
                continue
            surface = text[start:end]
            for e in entries:
                if e.case == "ci" or _case_ok(e, surface):
                    hits.append((start, end, e))
        return [Hit(start, end, e) for start, end, e in _select(hits)]


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "_-":
        return False
    if after.isalnum() or after == "_":
        return False
    if after == "-" and end + 1 < len(text) and text[end + 1].isalnum():
        # "China-based", "Russia-linked": keep the state, callers read the suffix
        return True
    return True


_NUMBERED_UNIT = re.compile(r"Unit\s+\d{3,}")
_PROPER_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|de)\s+)*[A-Z0-9][\w'’-]*)+")


def _case_ok(e: Entry, surface: str) -> bool:
    if e.case == "ci":
        return True
    if e.case == "exact":
        return surface == e.form
    # cap: a proper name written with a capital or digit somewhere
    return surface == e.form or surface == e.form.upper() or (
        any(c.isupper() for c in surface) and surface[0].isupper() and surface.lower() == e.form.lower()
    )


def _select(hits: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Longest, then highest-priority, non-overlapping hits ``(start, end, entry)`` in text order."""
    chosen: list[tuple[int, int, Entry]] = []
    taken = Occupied()
    for h in sorted(hits, key=lambda h: (h[0] - h[1], -_PRIORITY.get(h[2].kind, 0), h[0])):
        if taken.overlaps(h[0], h[1]):
            continue
        taken.add(h[0], h[1])
        chosen.append(h)
    chosen.sort(key=lambda h: h[0])
    return chosen


def _state_entries() -> Iterator[Entry]:
    for code, forms in state_forms().items():
        for form, sub in forms:
            if sub == "metonym" and form in AMBIGUOUS_METONYMS and form != "Washington":
                continue
            yield Entry(form, "state", code, "exact", sub)


def _other_entries() -> Iterator[Entry]:
    for code, forms in ORGANISATIONS.items():
        for f in forms:
            yield Entry(f, "org", code, "exact")
    for name in COMPANIES:
        yield Entry(name, "company", COMPANY_BRANDS.get(name, name), "exact")
    for name, company in COMPANY_BRANDS.items():
        if name not in COMPANIES:
            yield Entry(name, "company", company, "exact")
    for code, forms in STATE_ORGANS.items():
        for f in forms:
            yield Entry(f, "organ", code, "exact" if f.isupper() or len(f) <= 4 else "cap")
    for f, code in STATE_MEDIA.items():
        # a state's outlet: no party (it relays), but it holds its name ("RIA Novosti" is not Estonia's RIA)
        yield Entry(f, "media", code, "exact")
    for state, agency, forms in AGENCIES:
        for f in forms:
            # a proper name ("Foreign Intelligence Service") only with its capitals: "North Korea's main foreign
            # intelligence service" is a description; forms written in lower case ("spy ministry") match any case
            # a numbered unit is that unit in any case: "military unit 26165", "GRU unit 74455"
            case = "ci" if _NUMBERED_UNIT.fullmatch(f) else "exact" if (f.isupper() or len(f) <= 4) else "cap" if _PROPER_NAME.fullmatch(f) else "ci"
            yield Entry(f, "agency", (state, agency), case)
    for form, agency in GENERIC_ORGANS:
        yield Entry(form, "generic_organ", (form, agency), "ci")


_HUMPS = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,}){2,3}")


def _actor_entries(forms: Iterable[tuple]) -> Iterator[Entry]:
    forms = list(forms)
    known = {item[0].lower() for item in forms}
    for item in forms:
        alias, ids = item[0], tuple(item[1])
        case_sensitive = bool(item[2]) if len(item) > 2 else False
        yield Entry(alias, "actor", ids, "exact" if case_sensitive else "cap", "kb")
        words = alias.split()
        compact = "".join(words)
        if 1 < len(words) <= 3 and len(compact) >= 8 and all(w[0].isupper() or w[0].isdigit() for w in words) and compact.lower() not in known:
            # "Cyber Av3ngers" is also written "CyberAv3ngers": the same name run together
            yield Entry(compact, "actor", ids, "exact", "kb")
        humps = _HUMPS.fullmatch(alias)
        if humps and alias.lower() == compact.lower():
            spaced = " ".join(re.findall(r"[A-Z][a-z]+", alias))
            if spaced.lower() not in known and spaced.split()[0] not in ("From", "Two", "Six"):  # (not a phrase: "From Russia With Love")
                # and the other way: the catalogue's "SyrianElectronicArmy" is written "Syrian Electronic Army"
                yield Entry(spaced, "actor", ids, "cap", "kb")


def _software_entries() -> Iterator[Entry]:
    """ATT&CK malware and tools by name and alias, written as the catalogue writes them."""
    try:
        from ..kb.attack import load_profiles

        profiles = load_profiles()
    except Exception as exc:  # extraction works without the ATT&CK catalogue
        log.warning("ATT&CK software names unavailable: %s", exc)
        return
    for sw in profiles.software.values():
        for name in dict.fromkeys((sw.name, *sw.aliases)):
            if len(name) >= 4 and not name.islower():
                yield Entry(name, "software", (sw.id, sw.name, sw.type), "cap")


_LOCK = threading.Lock()
_DEFAULT: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use from the shipped knowledge base."""
    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            from ..kb import actor_index

            idx = actor_index()
            entries = list(_state_entries()) + list(_other_entries()) + list(_actor_entries(idx.surface_forms())) + list(_software_entries())
            _DEFAULT = Gazetteer(entries)
            log.debug("gazetteer: %d forms", _DEFAULT.size)
        return _DEFAULT


__all__ = ["Entry", "Gazetteer", "Hit", "default_gazetteer"]
