"""MISP galaxy data: read cluster values and compile linked threat-actor records.

This is the only module that imports :mod:`pymispgalaxies` (importing it costs
about a second, so it happens inside functions, only when data is read).
Galaxy data comes either from the installed package or from a directory laid
out like the misp-galaxy repository (``clusters/*.json``, or the cluster files
directly in the directory).

Linking the actor clusters into entities
----------------------------------------
The clusters ``threat-actor``, ``mitre-intrusion-set`` and
``microsoft-activity-group`` describe many actors several times. Their values
are linked with a union-find. Two values are candidates for one entity when

1. an ATT&CK group is ``revoked-by`` another (ATT&CK merged them);
2. they have equal canonical names (normalised, ``"APT28 - G0007"`` -> ``APT28``);
3. a ``threat-actor`` value refers to ``attack.mitre.org/groups/G....`` and
   the ``mitre-intrusion-set`` value has that ATT&CK id;
4. a ``related`` relation of type ``same-as`` or ``similar`` joins values of
   *different* clusters (``similar`` between two ``threat-actor`` values is
   loose, e.g. Charming Kitten ~ OilRig, and never links);
5. one value's names include the other's canonical name (``Forest Blizzard``
   lists ``STRONTIUM``);
6. they share two or more aliases.

Candidates are linked best-supported first: each pair's score adds up all its
evidence (weights in ``_EVIDENCE``), so when several values compete for one
partner the best supported wins. An entity holds at most one ``threat-actor``
value and at most one (unrevoked) ``mitre-intrusion-set`` value; a link that
would break this is refused and counted in the build statistics, so two
actors the galaxy keeps apart are never merged by a chain of weaker links.
One shared alias that is nobody's canonical name never links: the alias then
points to several entities and ``ActorIndex.lookup`` returns all of them.

Each entity takes its id and name from its ``threat-actor`` value (else its
ATT&CK group, else Microsoft's newest name), its country from the first
value that states one (``meta.country``, else ``cfr-suspected-state-sponsor``
as an ISO 3166 alpha-2 code), its ATT&CK id from its unrevoked ATT&CK group,
and up to 20 references, the primary value's first.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import KnowledgeBaseError

log = logging.getLogger(__name__)

#: Clusters compiled into actor entities, in order of preference for the primary value.
ACTOR_CLUSTERS = ("threat-actor", "mitre-intrusion-set", "microsoft-activity-group")

#: Relation types that link values of different clusters.
LINK_RELATIONS = frozenset({"same-as", "similar"})

#: At most one value of each of these clusters per entity.
_ONE_PER_ENTITY = ("threat-actor", "mitre-intrusion-set")

_MAX_REFS = 20
_ATTACK_SUFFIX = re.compile(r"^(?P<name>.+?)\s+-\s+(?P<id>[GS]\d{4})$")
_ATTACK_GROUP_URL = re.compile(r"attack\.mitre\.org/groups/(G\d{4})\b")
_ATTACK_ID = re.compile(r"^G\d{4}$")


def normalise(name: str) -> str:
    """The lookup key of a name: case-folded, accents and every non-alphanumeric dropped.

    ``"APT 28"``, ``"apt-28"`` and ``"APT28"`` share the key ``"apt28"``.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


def kb_ref(cluster: str, uuid: str) -> str:
    """The stable knowledge-base reference of a galaxy cluster value."""
    return f"misp-galaxy:{cluster}={uuid}"


# --------------------------------------------------------------------------- reading


def installed_version() -> str | None:
    """Version of the installed pymispgalaxies, or None when it is not installed."""
    try:
        return version("pymispgalaxies")
    except PackageNotFoundError:
        return None


@dataclass(frozen=True)
class ClusterData:
    """One galaxy cluster as read: its type name, version and raw values (JSON dicts)."""

    name: str
    version: int
    values: tuple[dict[str, Any], ...]


def _pymispgalaxies() -> Any:
    try:
        import pymispgalaxies
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise KnowledgeBaseError("pymispgalaxies is not installed", source="pymispgalaxies") from exc
    return pymispgalaxies


def installed_data_dir() -> Path:
    """The ``clusters`` directory of the installed pymispgalaxies data."""
    return Path(_pymispgalaxies().__file__).resolve().parent / "data" / "misp-galaxy" / "clusters"


@functools.lru_cache(maxsize=1)
def ransomware_gang_names() -> frozenset[str]:
    """Lower-case names and synonyms of the ``ransomware`` cluster's values that list the gang's own sites
    (``meta.links``: leak and payment sites): ransomware run by a gang that bears its name ("LockBit", "Rhysida",
    "Qilin"), not code loosed on the world with no site of its own ("WannaCry", "Bad Rabbit"). Read from the
    installed data without importing pymispgalaxies; empty when the file cannot be read."""
    spec = importlib.util.find_spec("pymispgalaxies")
    if spec is None or not spec.origin:
        return frozenset()
    path = Path(spec.origin).resolve().parent / "data" / "misp-galaxy" / "clusters" / "ransomware.json"
    try:
        values = json.loads(path.read_text(encoding="utf-8")).get("values") or []
    except (OSError, ValueError, AttributeError) as exc:
        log.warning("ransomware galaxy unavailable: %s", exc)
        return frozenset()
    out: set[str] = set()
    for v in values:
        meta = v.get("meta") or {}
        if meta.get("links") and isinstance(v.get("value"), str):
            out.update(n.lower() for n in (v["value"], *(meta.get("synonyms") or ())) if isinstance(n, str))
    return frozenset(out)


def _from_json(data: Any, *, source: str) -> ClusterData:
    """Validate a parsed cluster file with pymispgalaxies and keep its raw values."""
    if not isinstance(data, dict):
        raise KnowledgeBaseError("cluster file is not a JSON object", source=source)
    from pymispgalaxies.api import PyMISPGalaxiesError

    try:
        # pymispgalaxies pops keys out of the dicts it is given: hand it a copy.
        cluster = _pymispgalaxies().Cluster(copy.deepcopy(data), skip_duplicates=True)
    except (KeyError, TypeError, AttributeError, ValueError, PyMISPGalaxiesError) as exc:
        raise KnowledgeBaseError(f"not a MISP galaxy cluster ({exc!r})", source=source) from exc
    return ClusterData(cluster.type, int(cluster.version), tuple(data.get("values") or ()))


def _read_cluster(path: Path) -> ClusterData:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnowledgeBaseError(f"cannot read cluster file ({exc})", source=str(path)) from exc
    return _from_json(data, source=str(path))


def load_clusters(
    names: Sequence[str] = ACTOR_CLUSTERS, *, source: str | Path | None = None
) -> dict[str, ClusterData]:
    """Read galaxy clusters by type name (the file name without ``.json``).

    ``source`` is None for the installed pymispgalaxies data, or a directory
    holding cluster JSON files (``clusters/*.json`` as in the misp-galaxy
    repository, or the files themselves). The first of ``names`` must be
    there; other missing clusters are skipped with a warning.
    """
    directory = installed_data_dir() if source is None else Path(source)
    if not directory.is_dir():
        raise KnowledgeBaseError("not a directory of MISP galaxy cluster files", source=str(directory))
    root = directory / "clusters" if (directory / "clusters").is_dir() else directory
    found: dict[str, ClusterData] = {}
    for name in names:
        path = root / f"{name}.json"
        if path.is_file():
            found[name] = _read_cluster(path)
        elif name == names[0]:
            raise KnowledgeBaseError(f"no {name}.json cluster file", source=str(root))
        else:
            log.warning("%s: no %s.json cluster file; compiling without it", root, name)
    return found


def cluster_values(name: str, *, source: str | Path | None = None) -> list[dict[str, Any]]:
    """The raw values (JSON dicts, as in the galaxy file) of one cluster, e.g. ``"mitre-attack-pattern"``."""
    return [dict(v) for v in load_clusters((name,), source=source)[name].values]


# --------------------------------------------------------------------------- linking


@dataclass
class _Value:
    ref: str
    cluster: str
    uuid: str
    name: str
    synonyms: tuple[str, ...]
    meta: dict[str, Any]
    related: tuple[dict[str, Any], ...]
    attack_id: str | None = None
    revoked_by: str | None = None
    keys: frozenset[str] = field(default_factory=frozenset)

    @property
    def slot(self) -> str:
        """What the value counts as under the one-per-entity rule (a revoked ATT&CK group does not count)."""
        return f"{self.cluster}:revoked" if self.revoked_by else self.cluster

    def names(self) -> list[str]:
        out = [self.name, *self.synonyms]
        if self.attack_id:
            out.append(self.attack_id)
        return out


def _make_value(cluster: str, raw: Mapping[str, Any]) -> _Value | None:
    uuid = raw.get("uuid")
    name = str(raw.get("value") or "").strip()
    if not uuid or not name:
        return None
    meta = dict(raw.get("meta") or {})
    attack_id = None
    if cluster == "mitre-intrusion-set":
        m = _ATTACK_SUFFIX.match(name)
        if m:
            name, attack_id = m.group("name"), m.group("id")
        ext = meta.get("external_id")
        if isinstance(ext, str) and _ATTACK_ID.match(ext):
            attack_id = ext
    synonyms = tuple(
        s.strip() for s in (meta.get("synonyms") or ()) if isinstance(s, str) and s.strip()
    )
    value = _Value(
        ref=kb_ref(cluster, uuid),
        cluster=cluster,
        uuid=uuid,
        name=name,
        synonyms=synonyms,
        meta=meta,
        related=tuple(r for r in raw.get("related") or () if isinstance(r, dict)),
        attack_id=attack_id,
        revoked_by=next(
            (r.get("dest-uuid") for r in raw.get("related") or () if isinstance(r, dict) and r.get("type") == "revoked-by"),
            None,
        ),
    )
    value.keys = frozenset(k for k in map(normalise, value.names()) if k)
    return value


class _UnionFind:
    """Union-find whose components carry cluster counts, refusing links that break the one-per-entity rule."""

    def __init__(self, values: Sequence[_Value]) -> None:
        self.parent = list(range(len(values)))
        self.counts = [{v.slot: 1} for v in values]
        self.refused = 0

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ca, cb = self.counts[ra], self.counts[rb]
        if any(ca.get(c, 0) + cb.get(c, 0) > 1 for c in _ONE_PER_ENTITY):
            self.refused += 1
            return False
        self.parent[rb] = ra
        for c, n in cb.items():
            ca[c] = ca.get(c, 0) + n
        return True


_COUNTRY_QUALIFIED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<qualifier>[^()]+)\)$")


def _iso2(country: Any) -> str | None:
    """The ISO 3166 alpha-2 code of a galaxy country (a code, or a CFR name such as "Iran (Islamic Republic of)")."""
    if not isinstance(country, str) or not country.strip():
        return None
    import pycountry

    text = country.strip()
    if len(text) == 2:
        found = pycountry.countries.get(alpha_2=text.upper())
        return found.alpha_2 if found else None
    qualified = _COUNTRY_QUALIFIED.match(text)
    names = [text]
    if qualified:  # CFR writes "Korea (Republic of)" where ISO 3166 writes "Korea, Republic of"
        names.append(f"{qualified.group('name')}, {qualified.group('qualifier')}")
    names.append(_COUNTRY_ALIASES.get(text, text))
    for name in names:
        try:
            return pycountry.countries.lookup(name).alpha_2
        except LookupError:
            continue
    log.debug("no ISO 3166 code for country %r", text)
    return None


_COUNTRY_ALIASES = {"People's Republic of China": "China", "Palestine": "Palestine, State of"}


#: Weight of each kind of evidence that two values describe one actor.
_EVIDENCE = {"revoked-by": 1000, "name": 100, "attack-ref": 40, "relation": 30, "canonical-alias": 20, "shared-alias": 5}


def _link_edges(values: Sequence[_Value]) -> list[tuple[int, int, int]]:
    """Candidate links ``(score, i, j)``, best first.

    A pair is a candidate when it has equal names, an explicit relation, an
    ATT&CK reference, a canonical name among the other's aliases, or two
    shared aliases; its score adds up all its evidence, so that of several
    values competing for one partner the best supported wins.
    """
    score: dict[tuple[int, int], int] = defaultdict(int)
    strong: set[tuple[int, int]] = set()

    def add(i: int, j: int, kind: str, *, candidate: bool = True) -> None:
        if i == j:
            return
        pair = (i, j) if i < j else (j, i)
        score[pair] += _EVIDENCE[kind]
        if candidate:
            strong.add(pair)

    by_uuid = {v.uuid: i for i, v in enumerate(values)}
    for i, v in enumerate(values):
        if v.revoked_by in by_uuid:
            add(i, by_uuid[v.revoked_by], "revoked-by")
        for rel in v.related:
            j = by_uuid.get(rel.get("dest-uuid", ""))
            if j is not None and rel.get("type") in LINK_RELATIONS and values[j].cluster != v.cluster:
                add(i, j, "relation")
    by_attack = {v.attack_id: i for i, v in enumerate(values) if v.attack_id}
    for i, v in enumerate(values):
        if v.cluster == "threat-actor":
            ids = {m.group(1) for ref in v.meta.get("refs") or () for m in _ATTACK_GROUP_URL.finditer(str(ref))}
            for gid in ids & by_attack.keys():
                add(i, by_attack[gid], "attack-ref")
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(values):
        by_name[normalise(v.name)].append(i)
    for group in by_name.values():
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                add(group[a], group[b], "name")
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(values):
        for key in v.keys:
            by_key[key].append(i)
            for j in by_name.get(key, ()):
                add(i, j, "canonical-alias")
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in by_key.values():
        if len(members) > 50:  # a key this common is no evidence
            continue
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                shared[(members[a], members[b])] += 1
    for pair, n in shared.items():
        add(*pair, "shared-alias", candidate=False)
        score[pair] += _EVIDENCE["shared-alias"] * (n - 1)
        if n >= 2:
            strong.add(pair)
    return sorted(((score[p], *p) for p in strong), key=lambda e: (-e[0], e[1], e[2]))


def _primary(members: Sequence[_Value]) -> _Value:
    for cluster in ACTOR_CLUSTERS:
        candidates = [v for v in members if v.cluster == cluster and not v.revoked_by]
        if candidates:
            # Of several (Microsoft's old and new names) prefer the one naming the others.
            return max(
                candidates,
                key=lambda v: sum(normalise(o.name) in v.keys for o in candidates if o is not v),
            )
    return members[0]


def _record(members: list[_Value]) -> dict[str, Any]:
    primary = _primary(members)
    ordered = [primary, *sorted((v for v in members if v is not primary), key=lambda v: (ACTOR_CLUSTERS.index(v.cluster), v.name))]
    aliases: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    for v in ordered:
        for name in v.names():
            if (name, v.cluster) not in seen:
                seen.add((name, v.cluster))
                aliases.append([name, v.cluster])
    country = None
    for v in ordered:  # the galaxy's own statement, threat-actor first
        country = _iso2(v.meta.get("country")) or _iso2(v.meta.get("cfr-suspected-state-sponsor"))
        if country:
            break
    attack_id = next((v.attack_id for v in ordered if v.attack_id and not v.revoked_by), None)
    refs: list[str] = []
    for v in ordered:
        for ref in v.meta.get("refs") or ():
            if isinstance(ref, str) and ref not in refs and len(refs) < _MAX_REFS:
                refs.append(ref)
    return {
        "id": primary.ref,
        "name": primary.name,
        "aliases": aliases,
        "country": country,
        "attack_id": attack_id,
        "refs": refs,
        "linked": [v.ref for v in ordered],
        "primary_names": list(dict.fromkeys(v.name for v in ordered)),
    }


def compile_actor_records(clusters: Mapping[str, ClusterData]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Link the actor clusters' values into entity records (JSON-ready dicts) and build statistics."""
    values: list[_Value] = []
    seen_uuids: set[str] = set()
    for name in ACTOR_CLUSTERS:
        if name not in clusters:
            continue
        for raw in clusters[name].values:
            value = _make_value(name, raw)
            if value is None or value.uuid in seen_uuids:
                continue
            seen_uuids.add(value.uuid)
            values.append(value)
    uf = _UnionFind(values)
    links = 0
    for _score, i, j in _link_edges(values):
        if uf.find(i) != uf.find(j) and uf.union(i, j):
            links += 1
    groups: dict[int, list[_Value]] = defaultdict(list)
    for i, v in enumerate(values):
        groups[uf.find(i)].append(v)
    records = sorted((_record(m) for m in groups.values()), key=lambda r: (normalise(r["name"]), r["id"]))
    stats = {
        "values": len(values),
        "entities": len(records),
        "links": links,
        "refused_links": uf.refused,
    }
    log.info("compiled %d galaxy values into %d actor entities", len(values), len(records))
    return records, stats
