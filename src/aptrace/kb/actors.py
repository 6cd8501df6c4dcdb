"""Threat-actor entities: the model, the alias index and its compiled cache.

An :class:`ActorEntry` is one actor as the MISP galaxies describe it, linked
across the ``threat-actor``, ``mitre-intrusion-set`` and
``microsoft-activity-group`` clusters (how values are linked is told in
:mod:`aptrace.kb.galaxies`). An :class:`ActorIndex` finds entries by any of
their names. A name that belongs to several entries (the galaxy gives the
alias to two actors it keeps apart) is *ambiguous*: :meth:`ActorIndex.lookup`
returns every candidate, and nothing here picks one with confidence.

Loading
-------
:func:`load_actor_index` reads a compiled file instead of the galaxies
(which take seconds to read and link), in this order:

1. the user cache, ``<user_cache_dir("aptrace")>/kb-actors.json.gz``, written
   by ``aptrace kb update`` (skipped when its schema is old, or when it was
   compiled from an installed pymispgalaxies other than the one installed now);
2. the copy shipped in the package, ``aptrace/data/kb-actors.json.gz`` (used
   when it was compiled from the installed pymispgalaxies version);
3. a fresh build from the installed pymispgalaxies, saved as the user cache.

Generic aliases
---------------
Some aliases are ordinary words or codes that would match news text that has
nothing to do with the actor ("Lead", "Play", "Tick", "Equation", "GOP").
:meth:`ActorIndex.is_generic` says an alias is generic, and
:meth:`ActorIndex.surface_forms` leaves it out, when

(a) it is one word found in :data:`GENERIC_WORDS`: the single-word aliases of
    the galaxy data (pymispgalaxies 1.1.1) whose English word frequency is at
    least 1 in 100,000 words (Zipf >= 3.0 in the ``wordfreq`` package, looked up
    once when this list was written), plus lower-frequency words that are
    common proper names or words in the news (Alibaba, Buckeye, Indra, Gallium,
    Iridium, ...), minus "Lazarus", which the news uses for the group;
(b) it is two characters or fewer, or only digits and punctuation;
(c) it names a military unit or bureau ("Unit 8200", "Bureau 121": the report
    contract never makes these actors), or it is a generic label (label words
    and at most a two-digit number: "Group 5", "[Unnamed group]"), or one of
    :data:`GENERIC_PHRASES`.

The extractor may still accept a generic alias when the context is clear
("the hacking group Lead"), using :meth:`ActorIndex.lookup`. A generic alias
of five or more capital letters (Microsoft's element names: ``BARIUM``,
``GALLIUM``) is still matched exactly as written, in capitals, where the
ordinary word does not appear.

Case
----
:meth:`ActorIndex.surface_forms` yields ``(form, candidate_ids,
case_sensitive)``. Aliases holding a digit (``APT28``, ``UNC2452``,
``DEV-0537``) are case-insensitive. Every other alias is a name in letters,
which in lower case may be an ordinary word ("sandworm", "strontium"), so it
is case-sensitive and yielded in each capitalisation the news uses for it: as
written, upper case, title case and sentence case (``STRONTIUM`` also as
``Strontium``; ``menuPass`` also as ``MenuPass``, ``Menupass``, ``MENUPASS``).
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from ..errors import KnowledgeBaseError
from .galaxies import normalise

log = logging.getLogger(__name__)

#: Version of the compiled file's layout; a file of another version is rebuilt.
SCHEMA_VERSION = 1
CACHE_FILENAME = "kb-actors.json.gz"
PACKAGED_RESOURCE = ("aptrace", "data", CACHE_FILENAME)

GENERIC_WORDS = frozenset(
    """
    play lead sea silence castle ups mask summit copper oxygen snake gop bitter
    basin superman platinum mercury equation aluminum silicon butterfly pioneer
    cardinal sodium nickel calcium tick zinc inception gorilla moonlight
    potassium magnesium helium cobalt monsoon frankenstein reaper mirage dune
    trident lexus phosphorus plutonium nitro akira watchdog sulphur wildcard
    blackjack machete chromium mantis manganese armageddon patchwork confucius
    leviathan polaris cleaver wraith dragonfly axiom
    alibaba buckeye indra popeye calypso chimera krypton slingshot sharpshooter
    honeybee vermin scarab rattlesnake boron sauron blackwood deadwood longhorn
    amoeba siesta strider grayling cca sea rtm tsb uca uuc madi sima pupa
    gallium iridium radium barium bismuth newscaster voyeur rancor lurid lyceum
    anonymous killer killers hacker hackers team group crew gang actor unknown
    """.split()
)

#: Multi-word aliases that are common phrases, or name a victim rather than an actor.
GENERIC_PHRASES = frozenset(
    {"animal farm", "evil eye", "sands casino", "storm cloud", "shadow network", "hacking team", "unnamed actor"}
)

# a generic one-word alias in capitals of five letters or more (Microsoft's element names):
# matched exactly as written, where the ordinary word would not be in capitals
_SHOUTED_WORD = re.compile(r"[A-Z]{5,}")
_LABEL_WORDS = {"group", "team", "unit", "actor", "crew", "gang", "bureau", "the", "unnamed"}
_UNIT = re.compile(r"\b(?:unit|bureau)\s*\d+\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True)
class AliasSource:
    """A name of an actor and the galaxy cluster (or ``"pattern"``) it comes from."""

    name: str
    source: str


@dataclass(frozen=True)
class ActorEntry:
    """One threat actor, linked across galaxy clusters.

    ``id`` is the kb_ref of the primary cluster value (a ``threat-actor``
    value when one is linked). ``country`` is the sponsor or origin country
    as the galaxy states it (ISO 3166 alpha-2). ``primary_names`` are the
    names under which a linked cluster value is filed, as opposed to names
    that are only listed as synonyms.
    """

    id: str
    name: str
    aliases: tuple[AliasSource, ...]
    country: str | None
    attack_id: str | None
    refs: tuple[str, ...]
    linked: tuple[str, ...]
    primary_names: tuple[str, ...] = ()

    def alias_names(self) -> list[str]:
        """Distinct alias names, in order."""
        return list(dict.fromkeys(a.name for a in self.aliases))

    def alias_sources(self) -> dict[str, list[str]]:
        """Each distinct alias name with the clusters that give it, in order."""
        out: dict[str, list[str]] = {}
        for alias in self.aliases:
            sources = out.setdefault(alias.name, [])
            if alias.source not in sources:
                sources.append(alias.source)
        return out

    def sources_of(self, name: str) -> list[str]:
        """The clusters that give this entry the (normalised) name."""
        key = normalise(name)
        return list(dict.fromkeys(a.source for a in self.aliases if normalise(a.name) == key))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the compiled file's record layout)."""
        return {
            "id": self.id,
            "name": self.name,
            "aliases": [[a.name, a.source] for a in self.aliases],
            "country": self.country,
            "attack_id": self.attack_id,
            "refs": list(self.refs),
            "linked": list(self.linked),
            "primary_names": list(self.primary_names),
        }

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> ActorEntry:
        return cls(
            id=record["id"],
            name=record["name"],
            aliases=tuple(AliasSource(n, s) for n, s in record["aliases"]),
            country=record.get("country"),
            attack_id=record.get("attack_id"),
            refs=tuple(record.get("refs") or ()),
            linked=tuple(record.get("linked") or ()),
            primary_names=tuple(record.get("primary_names") or ()),
        )


def is_generic(alias: str) -> bool:
    """Whether an alias is too common or too short to match in free text (see the module doc)."""
    text = alias.strip()
    key = normalise(text)
    if len(key) <= 2 or key.isdigit():
        return True
    words = [w.casefold() for w in _WORDS.findall(text)]
    if len(words) == 1 and words[0] in GENERIC_WORDS:
        return True
    if _UNIT.search(text):
        return True
    if all(w in _LABEL_WORDS or (w.isdigit() and len(w) <= 2) for w in words):
        return True
    return " ".join(words) in GENERIC_PHRASES


def _case_variants(alias: str) -> list[str]:
    """Capitalisations of a case-sensitive alias that the news uses for it."""
    text = alias.strip()
    variants = [text, text.upper(), text.title(), text[:1].upper() + text[1:], text[:1].upper() + text[1:].lower()]
    return [v for v in dict.fromkeys(variants) if normalise(v) == normalise(text)]


def is_case_sensitive(alias: str) -> bool:
    """Whether matching an alias must respect case (aliases without a digit)."""
    return not any(ch.isdigit() for ch in alias)


class ActorIndex:
    """Actor entries by kb_ref and by every (normalised) alias."""

    def __init__(self, entries: Iterable[ActorEntry], *, info: Mapping[str, Any] | None = None) -> None:
        self._entries: dict[str, ActorEntry] = {}
        self._by_key: dict[str, list[str]] = {}
        for entry in entries:
            if entry.id in self._entries:
                raise KnowledgeBaseError(f"duplicate actor id {entry.id!r}", source="actor index")
            self._entries[entry.id] = entry
            for alias in entry.aliases:
                key = normalise(alias.name)
                if key:
                    ids = self._by_key.setdefault(key, [])
                    if entry.id not in ids:
                        ids.append(entry.id)
        self._by_linked = {ref: e for e in self._entries.values() for ref in e.linked}
        for key, ids in self._by_key.items():
            if len(ids) > 1:
                ids.sort(key=lambda i: self._rank(self._entries[i], key))
        #: Where the data came from (pymispgalaxies version, cluster versions, build statistics).
        self.info: dict[str, Any] = dict(info or {})

    @staticmethod
    def _rank(entry: ActorEntry, key: str) -> tuple[int, int, int, str]:
        """Candidate order: canonical name, then a value filed under the name, then the most sources."""
        sources = {a.source for a in entry.aliases if normalise(a.name) == key}
        return (
            normalise(entry.name) != key,
            not any(normalise(n) == key for n in entry.primary_names),
            -len(sources),
            entry.name.casefold(),
        )

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, kb_ref: object) -> bool:
        return kb_ref in self._entries

    def entities(self) -> Iterator[ActorEntry]:
        """Every entry, in canonical-name order."""
        return iter(self._entries.values())

    def get(self, kb_ref: str) -> ActorEntry | None:
        """The entry with this kb_ref (its own id, or the kb_ref of any value linked into it)."""
        return self._entries.get(kb_ref) or self._by_linked.get(kb_ref)

    def lookup(self, name: str) -> list[ActorEntry]:
        """Every entry that has ``name`` as an alias (case and punctuation ignored), best first.

        More than one entry means the name is ambiguous; the order (canonical
        name first, then an entry holding a cluster value filed under the
        name, then the most sources) is a hint, not a resolution.
        """
        return [self._entries[i] for i in self._by_key.get(normalise(name), ())]

    def is_ambiguous(self, name: str) -> bool:
        """Whether ``name`` is an alias of more than one entry."""
        return len(self._by_key.get(normalise(name), ())) > 1

    def ambiguous_aliases(self) -> dict[str, list[str]]:
        """Normalised aliases that point to several entries, with the entries' ids."""
        return {k: list(v) for k, v in self._by_key.items() if len(v) > 1}

    is_generic = staticmethod(is_generic)

    def surface_forms(self) -> Iterator[tuple[str, tuple[str, ...], bool]]:
        """``(form, candidate_ids, case_sensitive)`` for building a text matcher.

        Generic aliases are left out; case-sensitive aliases come in each
        accepted capitalisation (see the module doc). ``candidate_ids`` has
        more than one id when the form is ambiguous.
        """
        forms: dict[str, bool] = {}
        for entry in self._entries.values():
            for alias in entry.aliases:
                name = alias.name.strip()
                if not name:
                    continue
                if is_generic(name):
                    if _SHOUTED_WORD.fullmatch(name):
                        forms.setdefault(name, True)  # "BARIUM", "GALLIUM": the word in capitals is the group's name
                    continue
                if is_case_sensitive(name):
                    for variant in _case_variants(name):
                        forms.setdefault(variant, True)
                else:
                    forms[name] = False
        for form, case_sensitive in forms.items():
            yield form, tuple(self._by_key.get(normalise(form), ())), case_sensitive

    def search(self, text: str, *, limit: int = 20) -> list[tuple[str, ActorEntry]]:
        """Entries with an alias containing ``text`` (case-insensitive): ``(matching alias, entry)``."""
        needle = text.casefold().strip()
        if not needle:
            return []
        hits: list[tuple[tuple[int, int, str], str, ActorEntry]] = []
        for entry in self._entries.values():
            best: tuple[tuple[int, int, str], str] | None = None
            for name in entry.alias_names():
                folded = name.casefold()
                pos = folded.find(needle)
                if pos < 0:
                    continue
                rank = (folded != needle, pos, name.casefold())
                if best is None or rank < best[0]:
                    best = (rank, name)
            if best is not None:
                hits.append((best[0], best[1], entry))
        hits.sort(key=lambda h: (h[0], h[2].name.casefold()))
        return [(name, entry) for _, name, entry in hits[:limit]]

    def to_document(self) -> dict[str, Any]:
        """The compiled-file document: schema, provenance and every entry."""
        return {"schema": SCHEMA_VERSION, "info": self.info, "entities": [e.to_dict() for e in self._entries.values()]}

    @classmethod
    def from_document(cls, document: Mapping[str, Any], *, source: str = "actor index") -> ActorIndex:
        if not isinstance(document, Mapping) or document.get("schema") != SCHEMA_VERSION:
            found = document.get("schema") if isinstance(document, Mapping) else None
            raise KnowledgeBaseError(f"compiled actor data has schema {found!r}, expected {SCHEMA_VERSION}", source=source)
        try:
            entries = [ActorEntry.from_dict(r) for r in document["entities"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise KnowledgeBaseError(f"malformed actor record ({exc!r})", source=source) from exc
        return cls(entries, info=document.get("info") or {})


# --------------------------------------------------------------------------- building and caching


def build_actor_index(source: str | Path | None = None) -> ActorIndex:
    """Compile an index from the installed pymispgalaxies data, or from a directory of cluster files."""
    from . import galaxies

    clusters = galaxies.load_clusters(source=source)
    records, stats = galaxies.compile_actor_records(clusters)
    info = {
        "source": "pymispgalaxies" if source is None else str(Path(source).resolve()),
        "pymispgalaxies": galaxies.installed_version() if source is None else None,
        "clusters": {name: c.version for name, c in clusters.items()},
        "stats": stats,
    }
    index = ActorIndex((ActorEntry.from_dict(r) for r in records), info=info)
    index.info["stats"]["ambiguous_aliases"] = len(index.ambiguous_aliases())
    return index


def write_index(index: ActorIndex, path: Path) -> Path:
    """Write the compiled file (gzip JSON) atomically; returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index.to_document(), ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    fd, tmp = tempfile.mkstemp(prefix=".kb-actors-", dir=path.parent)
    try:
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; the file holds nothing private
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(data.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("wrote %d actors to %s", len(index), path)
    return path


def read_index(path: Path | Any) -> ActorIndex:
    """Read a compiled file (a path or an importlib resource)."""
    try:
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as gz:
            document = json.loads(gz.read())
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"cannot read compiled actor data ({exc})", source=str(path)) from exc
    return ActorIndex.from_document(document, source=str(path))


def default_cache_dir() -> Path:
    """The user cache directory of aptrace (``platformdirs.user_cache_dir("aptrace")``)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("aptrace"))


def user_cache_path(cache_dir: Path | None = None) -> Path:
    return (cache_dir or default_cache_dir()) / CACHE_FILENAME


def packaged_path() -> Any:
    """The compiled file shipped in the package (an importlib resource)."""
    package, *parts = PACKAGED_RESOURCE
    return resources.files(package).joinpath(*parts)


def _current_for_installed(index: ActorIndex, installed: str | None) -> bool:
    """A file compiled from an installed pymispgalaxies is current only for that version."""
    built_from = index.info.get("pymispgalaxies")
    return built_from is None or installed is None or built_from == installed


def load_actor_index(*, cache_dir: Path | None = None, rebuild: bool = False) -> ActorIndex:
    """The actor index, from the fastest current source (see the module doc).

    ``cache_dir`` replaces the user cache directory; ``rebuild`` compiles
    from the installed pymispgalaxies and rewrites the user cache.
    """
    from .galaxies import installed_version

    installed = installed_version()
    user = user_cache_path(cache_dir)
    if not rebuild:
        for where in (user, packaged_path()):
            if not where.is_file():
                continue
            try:
                index = read_index(where)
            except KnowledgeBaseError as exc:
                log.warning("ignoring compiled actor data: %s", exc)
                continue
            if _current_for_installed(index, installed):
                log.debug("loaded %d actors from %s", len(index), where)
                return index
            log.info("%s was compiled from pymispgalaxies %s, installed is %s", where, index.info.get("pymispgalaxies"), installed)
    index = build_actor_index()
    try:
        write_index(index, user)
    except OSError as exc:
        log.warning("cannot write the actor cache %s: %s", user, exc)
    return index
