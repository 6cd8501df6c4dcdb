"""Deciding which incident-reports of different documents describe one incident.

Pure functions, no database: ``features_of`` reduces one reported incident to
what the merger compares; ``assess`` weighs the evidence that two of them
describe one operation; ``compare`` links them when the evidence reaches
``THRESHOLD``; ``cluster`` groups linked incident-reports under constraints.

Two reports can only be one incident when

* **who** agrees: the same actor (knowledge-base entity, or a shared name or
  alias), or an unnamed actor whose sponsor state is the other's (in its text
  or in the knowledge base), with no two different agencies;
* **when** does not forbid it: period starts at most two years apart (unless
  they share a dated response or appeared within a fortnight), and neither
  operation begins over a year after the other's last known date. A start that
  falls inside the other's known period (start to end) is no gap: one report
  traced the operation further back. A start on the document's own
  publication day is not compared at all: it is mostly the extractor reading
  "today" (the day of the attribution) as when the operation began.

Then every piece of evidence adds its weight (``WEIGHTS``): same actor or
sponsor state and agency; victims (a shared distinctive name or a shared word
of a kind of victim, plus another pair of victims of one country and sector;
else the same country and sector, else a shared country; a shared sector;
victims only in different countries count against, but not a victim named by
its place alone, "UK"); period starts (same month; overlapping, or within
a month when one is known to the month; a start over a year from the other's
known period counts against); publication within a fortnight or two months;
shared dated responses (type and party, dates within 45 days); shared
attributing parties; the same activity; a malware both name (an ATT&CK
entry or the same name; tools such as Mimikatz serve too many operations to
count). A pair links when the sum reaches
``THRESHOLD``, which was chosen on a fixed half of the merge benchmark's events
and checked on the other (benchmarks/bench_merge.py). Each reason names its
weight, for ``why``. The weights tolerate the extractor's noise: no single
missing or extra victim, date or party vetoes a link.

Clustering is single-link over links taken best first (score, then the
documents' ids, so ingestion order does not matter); then a link that two
fragments of one document held apart (an article the extractor split in two,
each fragment gathering other outlets) joins its two groups when that weighs
more links together, the weaker fragment left alone (``_repair``). It never puts into one
incident two incident-reports of one document, two different actors, an
unnamed actor of another state, two different agencies, dates that cannot be
one operation (as above, or two starts known to the month over a month apart,
unless both name the same malware: an indictment often traces an operation
months further back than the first reports), or a pair the analyst split apart.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Container, Iterable, Mapping, Optional

from ..report import Incident

log = logging.getLogger(__name__)

__all__ = [
    "Features",
    "VictimFeature",
    "Match",
    "features_of",
    "compare",
    "assess",
    "WEIGHTS",
    "THRESHOLD",
    "cluster",
    "normalise_name",
    "actor_identity",
    "parse_date",
]

# ---------------------------------------------------------------- names

_STOP = frozenset("the of and a an in for to on at its their s de du la le des".split())
# words that say what kind of victim, not which one
_GENERIC = frozenset(
    """government governments agency agencies ministry ministries department departments
    company companies firm firms organisation organisations organization organizations
    institution institutions institute state states national federal public private network
    networks system systems official officials provider providers service services sector
    sectors local regional authority authorities office offices several other many including
    customers users people accounts personal website websites sites computer computers email
    emails server servers infrastructure critical operator operators facility facilities
    entities entity targets victims one two three four five dozens hundreds thousands
    members staff employees country countries international foreign military bodies body
    businesses business industry industries groups group""".split()
)


def normalise_name(name: str) -> str:
    """Lower case, accents and punctuation dropped: ``"Fancy-Bear"`` -> ``"fancy bear"``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"'s\b", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _compact(name: str) -> str:
    return normalise_name(name).replace(" ", "")


def _stem(token: str) -> str:
    """Plural to singular, roughly: ``olympics`` -> ``olympic``, ``ministries`` -> ``ministry``."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


_GENERIC_STEMS = frozenset(_stem(t) for t in _GENERIC)

# words that name a kind of victim (a sector, a trade): shared, they say less than a shared name
_KIND = frozenset(
    _stem(t)
    for t in """defence defense military army navy naval aerospace aviation airline airport maritime shipping
    port transport transportation logistics railway energy power electric electricity grid oil gas pipeline
    utility utilities water telecom telecoms telecommunication telecommunications communications carrier
    internet software technology tech cloud finance financial bank banks banking health healthcare hospital
    medical biomedical pharmaceutical biopharmaceutical research university universities education school
    academic media press broadcast broadcaster news parliament parliamentary parliamentarians lawmakers
    legislature legislators congress senate politicians political party parties campaign election electoral
    voters diplomats diplomatic embassy critics dissidents journalists activists manufacturing factory
    factories industrial contractor contractors think tank tanks ngo ngos nonprofit sports olympic games
    government ministry""".split()
)


_REGIONS = """europe european eu asia asian africa african america american americas middle east eastern
    west western north northern south southern central pacific atlantic gulf arab nordic baltic balkan
    region world global worldwide abroad overseas""".split()


@functools.lru_cache(maxsize=1)
def _geo_stems() -> frozenset[str]:
    """Words of places: states' names and demonyms (knowledge base), regions."""
    words = set(_REGIONS)
    try:
        from ..kb.states import state_forms
    except ImportError:  # pragma: no cover - the kb ships with the package
        forms: dict[str, list[tuple[str, str]]] = {}
    else:
        forms = state_forms()
    for entries in forms.values():
        for form, kind in entries:
            if kind in ("name", "demonym"):
                words.update(normalise_name(form).split())
    words -= _STOP | {"democratic", "people", "state", "islamic", "national"}
    return frozenset(_stem(w) for w in words)


def _tokens(name: str) -> frozenset[str]:
    return frozenset(_stem(t) for t in normalise_name(name).split() if t not in _STOP)


def _distinctive(tokens: frozenset[str]) -> frozenset[str]:
    """Tokens that name a victim: not generic, not a place, not a number."""
    geo = _geo_stems()
    return frozenset(
        t for t in tokens if t not in _GENERIC_STEMS and t not in geo and not t.isdigit() and len(t) > 2
    )


# ---------------------------------------------------------------- knowledge base


@functools.lru_cache(maxsize=1)
def _actor_index() -> Any:
    try:
        from ..kb.actors import load_actor_index  # type: ignore[import-not-found]
    except ImportError:
        log.debug("no knowledge base (aptrace.kb.actors); actors merge by name and alias")
        return None
    try:
        return load_actor_index()
    except Exception as exc:  # the store works without the knowledge base
        log.warning("knowledge base unavailable, actors merge by name and alias: %s", exc)
        return None


def _kb_entries(name: str) -> list[Any]:
    index = _actor_index()
    if index is None:
        return []
    try:
        return list(index.lookup(name))
    except Exception as exc:  # pragma: no cover - defensive against a broken index
        log.warning("knowledge-base lookup of %r failed: %s", name, exc)
        return []


def _entry_states(entry: Any) -> set[str]:
    states: set[str] = set()
    for attr in ("sponsor", "state", "country", "sponsor_state"):
        value = getattr(entry, attr, None)
        if isinstance(value, str) and re.fullmatch(r"[A-Z]{2}", value):
            states.add(value)
        elif isinstance(value, (list, tuple, set, frozenset)):
            states.update(v for v in value if isinstance(v, str) and re.fullmatch(r"[A-Z]{2}", v))
    return states


def actor_identity(name: str, kb_ref: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(identity keys, knowledge-base sponsor states) of an actor name.

    The knowledge base's entry for ``kb_ref``, else its best entry for the
    name (an ambiguous name takes only the first), else the compact name.
    """
    entry = None
    index = _actor_index()
    if index is not None and kb_ref:
        try:
            entry = index.get(kb_ref)
        except Exception:  # pragma: no cover - defensive against a broken index
            entry = None
    if entry is None:
        entries = _kb_entries(name)
        entry = entries[0] if entries else None
    if entry is not None:
        return frozenset({f"kb:{getattr(entry, 'id')}"}), frozenset(_entry_states(entry))
    if kb_ref:
        return frozenset({f"kb:{kb_ref}"}), frozenset()
    return frozenset({f"name:{_compact(name)}"}), frozenset()


# ---------------------------------------------------------------- dates


@functools.lru_cache(maxsize=4096)
def parse_date(value: str | None) -> Optional[tuple[date, date]]:
    """``"2016"`` -> (2016-01-01, 2016-12-31); month and day precision likewise; bad -> None."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            d = date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            lo = date(y, mo, 1)
            hi = (date(y + (mo == 12), mo % 12 + 1, 1)) - timedelta(days=1)
            return lo, hi
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None


def _gap_days(a: str | None, b: str | None) -> Optional[int]:
    """Days between two partial dates (0 when their ranges overlap)."""
    pa, pb = parse_date(a), parse_date(b)
    if pa is None or pb is None:
        return None
    if pa[1] < pb[0]:
        return (pb[0] - pa[1]).days
    if pb[1] < pa[0]:
        return (pa[0] - pb[1]).days
    return 0


# ---------------------------------------------------------------- features


@dataclass(frozen=True)
class VictimFeature:
    name: str
    tokens: frozenset[str]
    country: Optional[str]
    sector: Optional[str]


@dataclass(frozen=True)
class Features:
    """What the merger knows of one incident-report."""

    doc: str
    pos: int
    published: Optional[str] = None
    actors: tuple[str, ...] = ()  # names as written
    identities: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # compact names and aliases
    states: frozenset[str] = frozenset()  # sponsor and attribution states, from the text
    kb_states: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()
    victims: tuple[VictimFeature, ...] = ()
    period_start: Optional[str] = None
    period_end: Optional[str] = None
    responses: tuple[tuple[str, Optional[str], Optional[str], Optional[str]], ...] = ()
    attributors: frozenset[str] = frozenset()  # parties that attribute the incident
    activity: Optional[str] = None  # espionage, sabotage ... (None: unknown)
    software: frozenset[str] = frozenset()  # malware and tools named: "sw:S0368" (ATT&CK), else "name:kvbotnet"

    @property
    def stable_key(self) -> tuple[str, int]:
        return (self.doc, self.pos)

    @property
    def named(self) -> bool:
        return bool(self.identities)

    @property
    def start(self) -> Optional[str]:
        """The period start to compare: None when it is the publication day itself."""
        if self.period_start and self.published and self.period_start == self.published[:10]:
            return None
        return self.period_start

    def span(self) -> Optional[tuple[date, date]]:
        """The known period, from the start to the end (or the start's own range); None without a start."""
        lo = parse_date(self.start)
        if lo is None:
            return None
        hi = parse_date(self.period_end)
        return lo[0], max(lo[1], hi[1]) if hi else lo[1]

    @property
    def label(self) -> str:
        if self.actors:
            return self.actors[0]
        return "state:" + (sorted(self.states)[0] if self.states else "?")

    def dates(self) -> list[str]:
        out = [d for d in (self.period_start, self.period_end, self.published) if d]
        out += [r[3] for r in self.responses if r[3]]
        return out

    def blocking_keys(self) -> set[str]:
        keys = {f"actor:{i}" for i in self.identities} | {f"name:{n}" for n in self.names}
        keys |= {f"state:{s}" for s in self.states} | {f"kbstate:{s}" for s in self.kb_states}
        return keys

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "pos": self.pos,
            "published": self.published,
            "actors": list(self.actors),
            "identities": sorted(self.identities),
            "names": sorted(self.names),
            "states": sorted(self.states),
            "kb_states": sorted(self.kb_states),
            "agencies": sorted(self.agencies),
            "victims": [[v.name, sorted(v.tokens), v.country, v.sector] for v in self.victims],
            "period_start": self.period_start,
            "period_end": self.period_end,
            "responses": [list(r) for r in self.responses],
            "attributors": sorted(self.attributors),
            "activity": self.activity,
            "software": sorted(self.software),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Features":
        return cls(
            doc=data["doc"],
            pos=data["pos"],
            published=data.get("published"),
            actors=tuple(data.get("actors", ())),
            identities=frozenset(data.get("identities", ())),
            names=frozenset(data.get("names", ())),
            states=frozenset(data.get("states", ())),
            kb_states=frozenset(data.get("kb_states", ())),
            agencies=frozenset(data.get("agencies", ())),
            victims=tuple(VictimFeature(v[0], frozenset(v[1]), v[2], v[3]) for v in data.get("victims", ())),
            period_start=data.get("period_start"),
            period_end=data.get("period_end"),
            responses=tuple(tuple(r) for r in data.get("responses", ())),  # type: ignore[misc]
            attributors=frozenset(data.get("attributors", ())),
            activity=data.get("activity"),
            software=frozenset(data.get("software", ())),
        )


def features_of(incident: Incident, *, doc: str, pos: int, published: str | None) -> Features:
    identities: set[str] = set()
    kb_states: set[str] = set()
    names: set[str] = set()
    for actor in incident.actors:
        ids, states = actor_identity(actor.name, actor.kb_ref)
        identities |= ids
        kb_states |= states
        kb = actor.kb or {}
        for key in ("sponsor", "state", "country"):
            value = kb.get(key)
            if isinstance(value, str) and re.fullmatch(r"[A-Z]{2}", value):
                kb_states.add(value)
        for n in [actor.name, *actor.aliases]:
            if _compact(n):
                names.add(_compact(n))
    states = {s.state for s in incident.sponsors if s.state}
    states |= {a.state for a in incident.attributions if a.state}
    return Features(
        doc=doc,
        pos=pos,
        published=published,
        actors=tuple(a.name for a in incident.actors),
        identities=frozenset(identities),
        names=frozenset(names),
        states=frozenset(states),
        kb_states=frozenset(kb_states),
        agencies=frozenset(normalise_name(s.agency).upper() for s in incident.sponsors if s.agency),
        victims=tuple(VictimFeature(v.name, _tokens(v.name), v.country, v.sector) for v in incident.victims),
        period_start=incident.period.start,
        period_end=incident.period.end,
        responses=tuple((r.type, r.by, r.against, r.date) for r in incident.responses),
        attributors=frozenset(a.by for a in incident.attributions if a.by),
        activity=incident.activity if incident.activity != "unknown" else None,
        # malware only: tools (Mimikatz, Cobalt Strike) serve many operations of many actors
        software=frozenset(
            f"sw:{sw.kb_ref}" if sw.kb_ref else f"name:{_compact(sw.name)}" for sw in incident.software if sw.type != "tool"
        ),
    )


# ---------------------------------------------------------------- comparing

#: Weights of the evidence that two incident-reports describe one operation.
WEIGHTS: dict[str, float] = {
    "same_actor": 3.0,  # one knowledge-base entity, or a shared name or alias
    "sponsor_text": 1.5,  # an unnamed actor of the state the other's text names
    "sponsor_kb": 1.0,  # ... of the state the knowledge base ties the other's actor to
    "same_agency": 1.0,
    "victim_name": 2.0,  # a shared distinctive victim name
    "victim_kind": 1.0,  # a shared word of a kind of victim ("maritime", "parliament")
    "victim_country_sector": 1.0,  # one victim of the same country and sector on both sides
    "victim_also_country_sector": 1.0,  # beside a shared name or kind, two other victims of one country and sector
    "victim_country": 0.5,  # only a shared victim country
    "victim_sector": 0.5,  # a shared victim sector (any victims)
    "victims_apart": -1.0,  # both name victim countries, none shared (victims named by a place alone aside)
    "start_month": 1.5,  # period starts in the same month
    "start_overlap": 1.0,  # period starts overlap (same year, say) or, one known to the month, lie within 31 days
    "start_apart": -1.0,  # a period start more than a year from the other's known period
    "published_fortnight": 1.0,
    "published_two_months": 0.5,
    "same_response": 1.0,  # each shared dated response (type, party, dates within 45 days), at most two
    "same_attributor": 0.25,  # each shared attributing party, at most three
    "same_activity": 0.5,  # both say espionage, or both sabotage ...
    "same_software": 1.0,  # a malware both name (ATT&CK entry, or the same name); tools do not count
}
#: Least total weight for two incident-reports to link: the lowest threshold whose pairwise
#: precision is at least 0.95 on the tune half of tests/data/own's events with gold reports
#: (``benchmarks/bench_merge.py --sweep 3:5:0.25``); no threshold reaches 0.95 there with the
#: extractor's reports, whose false merges come from incidents the extractor blended.
THRESHOLD = 4.0


@dataclass(frozen=True)
class Match:
    score: float
    reasons: tuple[str, ...] = field(default_factory=tuple)


def _country_sector(
    a: Features, b: Features, skip_a: Container[int] = frozenset(), skip_b: Container[int] = frozenset()
) -> Optional[str]:
    """'country/sector' of a victim of each report (positions not skipped) of one country and sector, or None."""
    for i, va in enumerate(a.victims):
        for j, vb in enumerate(b.victims):
            if i in skip_a or j in skip_b:
                continue
            if va.country and va.country == vb.country and va.sector and va.sector == vb.sector:
                return f"{va.country}/{va.sector}"
    return None


def _victim_evidence(a: Features, b: Features) -> list[tuple[str, str]]:
    """(weight name, reason) of what the two reports' victims share, or how far apart they are."""
    out: list[tuple[str, str]] = []
    named: Optional[tuple[str, str]] = None
    kind: Optional[tuple[str, str]] = None
    matched_a: set[int] = set()
    matched_b: set[int] = set()
    for i, va in enumerate(a.victims):
        da = _distinctive(va.tokens)
        for j, vb in enumerate(b.victims):
            db = _distinctive(vb.tokens)
            shared = da & db
            if not shared or (va.country and vb.country and va.country != vb.country):
                continue
            if da <= db or db <= da or max(len(t) for t in shared) >= 5:
                if shared - _KIND:
                    named = named or ("victim_name", f"victim name: {va.name!r} ~ {vb.name!r}")
                kind = kind or ("victim_kind", f"victim kind: {va.name!r} ~ {vb.name!r}")
                matched_a.add(i)
                matched_b.add(j)
    shared_s = sorted({v.sector for v in a.victims if v.sector} & {v.sector for v in b.victims if v.sector})
    sectors = ("victim_sector", f"victim sector: {', '.join(shared_s[:3])}")
    if named or kind:
        out.append(named or kind)  # type: ignore[arg-type]
        also = _country_sector(a, b, matched_a, matched_b)
        if also:
            out.append(("victim_also_country_sector", f"another victim of the same country and sector: {also}"))
        return out + ([sectors] if shared_s else [])
    both = _country_sector(a, b)
    if both:
        out.append(("victim_country_sector", f"victim country and sector: {both}"))
        return out
    ca = {v.country for v in a.victims if v.country}
    cb = {v.country for v in b.victims if v.country}
    shared_c = sorted(ca & cb)
    placed_a, placed_b = _placed(a), _placed(b)
    if shared_c:
        out.append(("victim_country", f"victim country: {', '.join(shared_c)}"))
    elif placed_a and placed_b:
        out.append(("victims_apart",
                    f"victims in other countries: {', '.join(sorted(placed_a))} / {', '.join(sorted(placed_b))}"))
    if shared_s:
        out.append(sectors)
    return out


def _placed(f: Features) -> set[str]:
    """Countries of the victims named by more than their place.

    A victim named by its place alone ("UK", "United States") is often the
    attributor's own country or a location the extractor took for a victim: it
    may share a country with the other report but does not set them apart.
    """
    geo = _geo_stems()
    return {v.country for v in f.victims if v.country and not v.tokens <= geo}


def _start_gap(a: Features, b: Features) -> Optional[int]:
    """Days from one report's period start to the other's known period (0 when it falls inside).

    Without period ends this is the gap between the two starts; with one
    (2012 to 2015) a start of 2015 is no gap.
    """
    gaps = []
    for x, y in ((a, b), (b, a)):
        start, span = parse_date(x.start), y.span()
        if start is None or span is None:
            return None
        gaps.append(max(0, (span[0] - start[1]).days, (start[0] - span[1]).days))
    return min(gaps)


def _operation_bounds(f: Features) -> tuple[Optional[date], Optional[date]]:
    lo = parse_date(f.start)
    his = [p[1] for p in (parse_date(d) for d in f.dates()) if p]
    return (lo[0] if lo else None), (max(his) if his else None)


def _precise(value: str | None) -> bool:
    p = parse_date(value)
    return bool(p and (p[1] - p[0]).days < 32)


def _same_responses(a: Features, b: Features) -> list[str]:
    out: list[str] = []
    seen: set[tuple[str, Optional[str]]] = set()
    for ra in sorted(a.responses, key=lambda r: tuple(x or "" for x in r)):
        for rb in sorted(b.responses, key=lambda r: tuple(x or "" for x in r)):
            if ra[0] == rb[0] and ra[1] == rb[1] and (ra[0], ra[1]) not in seen:
                gap = _gap_days(ra[3], rb[3])
                if gap is not None and gap <= 45:
                    seen.add((ra[0], ra[1]))
                    out.append(f"same response: {ra[0]} by {ra[1]} ({ra[3]} ~ {rb[3]})")
    return out


def _date_veto(a: Features, b: Features, related: bool) -> Optional[str]:
    """Why the two reports cannot be one operation by their dates, or None.

    ``related``: they share a dated response or appeared within a fortnight,
    which excuses period starts far apart (one report's start is often wrong).
    """
    start_gap = _start_gap(a, b)
    if start_gap is not None and start_gap > 2 * 365 and not related:
        return f"period starts {a.period_start} and {b.period_start} too far apart"
    lo_a, hi_a = _operation_bounds(a)
    lo_b, hi_b = _operation_bounds(b)
    year = timedelta(days=366)
    if (lo_a and hi_b and lo_a > hi_b + year) or (lo_b and hi_a and lo_b > hi_a + year):
        return "one operation begins over a year after the other's last date"
    return None


def pub_gap_days(a: Features, b: Features) -> Optional[int]:
    return _gap_days(a.published, b.published)


def _agencies_conflict(a: Features, b: Features) -> bool:
    return bool(a.agencies and b.agencies and not (a.agencies & b.agencies))


def same_actor(a: Features, b: Features) -> bool:
    return bool(a.identities & b.identities) or bool(a.names & b.names)


def _who(a: Features, b: Features) -> Optional[list[tuple[str, str]]]:
    """Evidence that the two reports have one perpetrator; None when they cannot."""
    if a.named and b.named:
        if not same_actor(a, b):
            return None
        common = sorted(a.identities & b.identities)
        if common:
            return [("same_actor", f"same actor: {a.actors[0]} = {b.actors[0]} ({common[0]})")]
        alias = sorted(a.names & b.names)[0]
        return [("same_actor", f"alias link: {a.actors[0]} ~ {b.actors[0]} (shared name {alias!r})")]
    if _agencies_conflict(a, b):
        return None
    out: list[tuple[str, str]] = []
    if a.named or b.named:
        named, unnamed = (a, b) if a.named else (b, a)
        text_common = sorted(unnamed.states & named.states)
        kb_common = sorted(unnamed.states & named.kb_states)
        if text_common:
            out.append(("sponsor_text", f"unnamed actor of {text_common[0]}; {named.actors[0]} tied to "
                                        f"{text_common[0]} in its text"))
        elif kb_common:
            out.append(("sponsor_kb", f"unnamed actor of {kb_common[0]}; knowledge base ties "
                                      f"{named.actors[0]} to {kb_common[0]}"))
        else:
            return None
    else:
        common_states = sorted(a.states & b.states)
        if not common_states:
            return None
        out.append(("sponsor_text", f"same unnamed sponsor: {common_states[0]}"))
    shared_agency = sorted(a.agencies & b.agencies)
    if shared_agency:
        out.append(("same_agency", f"same agency: {shared_agency[0]}"))
    return out


def assess(a: Features, b: Features) -> Optional[Match]:
    """The weighed evidence that ``a`` and ``b`` report one incident; None when they cannot.

    Symmetric and deterministic; the score is the sum of ``WEIGHTS`` of the
    evidence found, each reason naming its weight.
    """
    if a.doc == b.doc:
        return None
    who = _who(a, b)
    if who is None:
        return None
    evidence = list(who)
    responses = _same_responses(a, b)
    pub_gap = pub_gap_days(a, b)
    if _date_veto(a, b, related=bool(responses) or (pub_gap is not None and pub_gap <= 14)) is not None:
        return None
    evidence += _victim_evidence(a, b)
    start_gap = _gap_days(a.start, b.start)
    if start_gap is not None:
        if start_gap == 0 and _precise(a.start) and _precise(b.start):
            evidence.append(("start_month", f"period start {a.period_start} ~ {b.period_start}"))
        elif start_gap == 0 or (start_gap <= 31 and (_precise(a.start) or _precise(b.start))):
            evidence.append(("start_overlap", f"period start {a.period_start} ~ {b.period_start}"))
        elif (_start_gap(a, b) or 0) > 365:
            evidence.append(("start_apart", f"period starts {a.period_start} and {b.period_start} over a year apart"))
    if pub_gap is not None and pub_gap <= 14:
        evidence.append(("published_fortnight", f"published {pub_gap} days apart ({a.published}, {b.published})"))
    elif pub_gap is not None and pub_gap <= 61:
        evidence.append(("published_two_months", f"published {pub_gap} days apart ({a.published}, {b.published})"))
    evidence += [("same_response", r) for r in responses[:2]]
    if a.activity and a.activity == b.activity:
        evidence.append(("same_activity", f"same activity: {a.activity}"))
    shared_software = sorted(a.software & b.software)
    if shared_software:
        evidence.append(("same_software", f"both name the software {shared_software[0].split(':', 1)[1]}"))
    parties = sorted(a.attributors & b.attributors)
    if parties:
        evidence += [("same_attributor", f"both attributed by {p}") for p in parties[:3]]
    score = round(sum(WEIGHTS[k] for k, _ in evidence), 4)
    reasons = tuple(f"{r} ({WEIGHTS[k]:+g})" for k, r in evidence)
    return Match(score=score, reasons=reasons)


def compare(a: Features, b: Features, threshold: float | None = None) -> Optional[Match]:
    """A ``Match`` with its reasons when ``a`` and ``b`` report one incident, else None.

    They do when ``assess`` finds evidence weighing at least ``threshold``
    (default ``THRESHOLD``).
    """
    m = assess(a, b)
    if m is None or m.score < (THRESHOLD if threshold is None else threshold):
        return None
    return m


# ---------------------------------------------------------------- clustering


def _compatible(x: Features, y: Features) -> bool:
    """Whether ``x`` and ``y`` may sit in one incident (every pair of a merged group must)."""
    if x.doc == y.doc:
        return False
    if x.named and y.named:
        if not same_actor(x, y):
            return False
    elif x.named or y.named:
        named, unnamed = (x, y) if x.named else (y, x)
        if unnamed.states and not unnamed.states & (named.states | named.kb_states):
            return False
    elif x.states and y.states and not x.states & y.states:
        return False
    if _agencies_conflict(x, y):
        return False
    if _precise(x.start) and _precise(y.start) and not x.software & y.software:
        gap = _gap_days(x.start, y.start)
        if gap is not None and gap > 31:
            return False  # two starts known to the month, over a month apart (unless one perpetrator's same malware)
    pub_gap = pub_gap_days(x, y)
    related = bool(_same_responses(x, y)) or (pub_gap is not None and pub_gap <= 14)
    return _date_veto(x, y, related) is None


def cluster(
    nodes: Mapping[int, Features],
    links: Iterable[tuple[int, int, float]],
    cannot_link: Iterable[tuple[int, int]] = (),
) -> list[list[int]]:
    """Group node ids; deterministic for the same nodes, links and constraints."""
    forbidden = {frozenset(p) for p in cannot_link}
    members: dict[int, list[int]] = {n: [n] for n in nodes}
    root: dict[int, int] = {n: n for n in nodes}

    def find(n: int) -> int:
        while root[n] != n:
            root[n] = root[root[n]]
            n = root[n]
        return n

    def key(n: int) -> tuple[str, int]:
        return nodes[n].stable_key

    ordered = sorted(
        (l for l in links if l[0] in nodes and l[1] in nodes),
        key=lambda l: (-l[2], min(key(l[0]), key(l[1])), max(key(l[0]), key(l[1]))),
    )
    for a, b, _score in ordered:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ok = all(
            frozenset((x, y)) not in forbidden and _compatible(nodes[x], nodes[y])
            for x in members[ra]
            for y in members[rb]
        )
        if not ok:
            continue
        keep, drop = sorted((ra, rb), key=key)
        root[drop] = keep
        members[keep].extend(members.pop(drop))
    groups = [sorted(m, key=key) for r, m in members.items() if find(r) == r]
    groups = _repair(nodes, groups, ordered, forbidden, key)
    return sorted(groups, key=lambda g: key(g[0]))


def _repair(
    nodes: Mapping[int, Features], groups: list[list[int]], ordered: list[tuple[int, int, float]], forbidden: set, key: Any
) -> list[list[int]]:
    """Join two groups that a link holds together but two fragments of one document kept apart.

    The extractor sometimes splits one article's incident in two; each
    fragment then takes other outlets' reports into its own group, and the
    reports that belong together can no longer meet. For a link blocked that
    way (best first), the union keeps, per document, the fragment most
    strongly linked to the other documents and leaves the rest alone; it is
    kept when every pair in it may sit together and the links inside the
    groups weigh more than before.
    """
    score = {frozenset((a, b)): s for a, b, s in ordered}
    where = {n: i for i, g in enumerate(groups) for n in g}

    def inside(members: list[int]) -> float:
        return sum(score.get(frozenset((x, y)), 0.0) for i, x in enumerate(members) for y in members[i + 1 :])

    for a, b, _s in ordered:
        ga, gb = where[a], where[b]
        if ga == gb:
            continue
        union = groups[ga] + groups[gb]
        by_doc: dict[str, list[int]] = {}
        for n in union:
            by_doc.setdefault(nodes[n].doc, []).append(n)
        if all(len(ns) == 1 for ns in by_doc.values()):
            continue  # kept apart by something else than one document's fragments
        kept: list[int] = []
        for doc, ns in sorted(by_doc.items()):
            if len(ns) == 1:
                kept += ns
                continue
            strength = {n: sum(score.get(frozenset((n, m)), 0.0) for m in union if nodes[m].doc != doc) for n in ns}
            kept.append(max(sorted(ns, key=key), key=lambda n: (n in (a, b), strength[n])))  # ties: the first by key
        ok = all(
            frozenset((x, y)) not in forbidden and _compatible(nodes[x], nodes[y])
            for i, x in enumerate(kept)
            for y in kept[i + 1 :]
        )
        if not ok or inside(kept) <= inside(groups[ga]) + inside(groups[gb]):
            continue
        left = [n for n in union if n not in kept]
        groups[ga], groups[gb] = sorted(kept, key=key), []
        for n in kept:
            where[n] = ga
        for n in left:
            groups.append([n])
            where[n] = len(groups) - 1
    return [g for g in groups if g]
