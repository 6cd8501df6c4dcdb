"""ATT&CK group profiles: which techniques and software each known group uses.

Two sources, one shape (:class:`AttackProfiles`):

* the MISP galaxy clusters shipped with ``pymispgalaxies``
  (``mitre-intrusion-set`` with its ``uses`` relations into
  ``mitre-attack-pattern``, ``mitre-malware`` and ``mitre-tool``), compiled
  into the packaged ``data/attack-profiles.json.gz`` so that loading is fast;
* a full ATT&CK Enterprise STIX bundle, parsed with ``mitreattack-python``
  (the ``attack`` extra), which is usually newer: :func:`update_attack`
  compiles it into the user's data directory, where :func:`load_profiles`
  finds it first.

Profiles keep what ATT&CK asserts about the group itself (``techniques``,
``software``) apart from what the group's software is known to do
(:meth:`AttackProfiles.inherited_techniques`): the latter is weaker evidence
and the assistant weighs it so.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from ..errors import FetchError, KnowledgeBaseError

log = logging.getLogger(__name__)

FORMAT = "aptrace-attack-profiles/1"
PACKAGED_NAME = "attack-profiles.json.gz"
GALAXY_CLUSTERS = ("mitre-intrusion-set", "mitre-attack-pattern", "mitre-malware", "mitre-tool")
TECHNIQUE_ID = re.compile(r"^T\d{4}(?:\.\d{3})?$")
SOFTWARE_ID = re.compile(r"^S\d{4}$")
GROUP_ID = re.compile(r"^G\d{4}$")
DATA_DIR_ENV = "APTRACE_DATA_DIR"

__all__ = [
    "FORMAT",
    "TECHNIQUE_ID",
    "SOFTWARE_ID",
    "GroupProfile",
    "Software",
    "AttackProfiles",
    "parent_technique",
    "profiles_from_galaxies",
    "profiles_from_attack_stix",
    "load_profiles",
    "save_profiles",
    "update_attack",
    "user_profiles_path",
    "packaged_profiles_path",
]


def parent_technique(technique_id: str) -> str:
    """``T1566.001`` -> ``T1566``; a technique without a parent is its own."""
    return technique_id.split(".", 1)[0]


@dataclass(frozen=True)
class Software:
    """A malware family or tool (``S0002`` Mimikatz) and the techniques it implements."""

    id: str
    name: str
    type: str  # "malware" or "tool"
    aliases: tuple[str, ...] = ()
    techniques: frozenset[str] = frozenset()

    @property
    def gang_ransomware(self) -> bool:
        """Ransomware a gang runs and names itself after ("Conti", "REvil", "Black Basta"): it encrypts data for
        impact (T1486) and neither spreads itself by exploiting remote services like a worm (T1210: "WannaCry",
        "NotPetya") nor wipes disk structures like a wiper (T1561.002: "Shamoon", "KillDisk")."""
        t = self.techniques
        return "T1486" in t and "T1210" not in t and "T1561.002" not in t


@dataclass(frozen=True)
class GroupProfile:
    """What ATT&CK records a group itself doing: technique ids and software ids."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    techniques: frozenset[str] = frozenset()
    software: frozenset[str] = frozenset()

    @property
    def size(self) -> int:
        return len(self.techniques) + len(self.software)


@dataclass(frozen=True)
class AttackProfiles:
    """Group profiles with the technique and software catalogues they refer to."""

    groups: tuple[GroupProfile, ...]
    techniques: dict[str, str]  # technique id -> name
    software: dict[str, Software]
    source: dict[str, Any] = field(default_factory=dict)

    # -- lookups -----------------------------------------------------------
    @cached_property
    def _groups_by_id(self) -> dict[str, GroupProfile]:
        return {g.id: g for g in self.groups}

    @cached_property
    def _software_names(self) -> dict[str, tuple[str, ...]]:
        table: dict[str, set[str]] = {}
        for sw in self.software.values():
            for name in (sw.id, sw.name, *sw.aliases):
                table.setdefault(name.casefold(), set()).add(sw.id)
        return {k: tuple(sorted(v)) for k, v in table.items()}

    def group(self, group_id: str) -> GroupProfile:
        try:
            return self._groups_by_id[group_id]
        except KeyError:
            raise KnowledgeBaseError(f"no group {group_id!r} in the ATT&CK profiles", source=self.label) from None

    def resolve_software(self, name: str) -> tuple[str, ...]:
        """Software ids for an id, a name or an alias (case-insensitive); empty if unknown.

        A few aliases are shared by two entries (``DarkMoon``); all are returned.
        """
        return self._software_names.get(name.strip().casefold(), ())

    def inherited_techniques(self, group: GroupProfile) -> frozenset[str]:
        """Techniques the group's software implements that ATT&CK does not record for the group."""
        out: set[str] = set()
        for sid in group.software:
            sw = self.software.get(sid)
            if sw is not None:
                out |= sw.techniques
        return frozenset(out - group.techniques)

    def technique_name(self, technique_id: str) -> str | None:
        return self.techniques.get(technique_id)

    def software_name(self, software_id: str) -> str | None:
        sw = self.software.get(software_id)
        return sw.name if sw else None

    @property
    def label(self) -> str:
        return str(self.source.get("label", "ATT&CK profiles"))

    def with_group(self, profile: GroupProfile) -> "AttackProfiles":
        """A copy in which ``profile`` replaces the group of the same id (benchmarks hide parts this way)."""
        groups = tuple(profile if g.id == profile.id else g for g in self.groups)
        return replace(self, groups=groups)

    # -- serialisation -----------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "source": self.source,
            "techniques": dict(sorted(self.techniques.items())),
            "software": {
                s.id: {"name": s.name, "type": s.type, "aliases": list(s.aliases), "techniques": sorted(s.techniques)}
                for s in sorted(self.software.values(), key=lambda s: s.id)
            },
            "groups": [
                {
                    "id": g.id,
                    "name": g.name,
                    "aliases": list(g.aliases),
                    "techniques": sorted(g.techniques),
                    "software": sorted(g.software),
                }
                for g in sorted(self.groups, key=lambda g: g.id)
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "<dict>") -> "AttackProfiles":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KnowledgeBaseError(f"not an {FORMAT} file", source=source)
        try:
            software = {
                sid: Software(sid, s["name"], s["type"], tuple(s["aliases"]), frozenset(s["techniques"]))
                for sid, s in data["software"].items()
            }
            groups = tuple(
                GroupProfile(g["id"], g["name"], tuple(g["aliases"]), frozenset(g["techniques"]), frozenset(g["software"]))
                for g in data["groups"]
            )
            return cls(groups, dict(data["techniques"]), software, dict(data.get("source", {})))
        except (KeyError, TypeError) as exc:
            raise KnowledgeBaseError(f"malformed ATT&CK profiles ({exc!r})", source=source) from exc


# -- building from the MISP galaxy ---------------------------------------------
def _strip_id(value: str, external_id: str | None) -> str:
    suffix = f" - {external_id}"
    return value[: -len(suffix)] if external_id and value.endswith(suffix) else value


def _aliases(name: str, synonyms: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(sorted({s for s in (synonyms or ()) if s and s != name}, key=str.casefold))


def profiles_from_galaxies() -> AttackProfiles:
    """Compile profiles from the ``pymispgalaxies`` MITRE clusters installed with aptrace."""
    from importlib.metadata import version

    from pymispgalaxies import Cluster

    clusters = {name: Cluster(name) for name in GALAXY_CLUSTERS}
    techniques: dict[str, str] = {}
    uuid_kind: dict[str, tuple[str, str]] = {}
    for value in clusters["mitre-attack-pattern"].values():
        ext = value.meta.additional_properties.get("external_id") if value.meta else None
        if ext and TECHNIQUE_ID.match(ext):
            techniques[ext] = _strip_id(value.value, ext)
            uuid_kind[value.uuid] = ("technique", ext)
    software: dict[str, Software] = {}
    for cname, stype in (("mitre-malware", "malware"), ("mitre-tool", "tool")):
        for value in clusters[cname].values():
            ext = value.meta.additional_properties.get("external_id") if value.meta else None
            if not ext or not SOFTWARE_ID.match(ext):
                continue
            name = _strip_id(value.value, ext)
            tech = frozenset(
                uuid_kind[r["dest-uuid"]][1]
                for r in value.related
                if r.get("type") == "uses" and r.get("dest-uuid") in uuid_kind
            )
            software[ext] = Software(ext, name, stype, _aliases(name, value.meta.synonyms), tech)
            uuid_kind[value.uuid] = ("software", ext)
    groups = []
    for value in clusters["mitre-intrusion-set"].values():
        ext = value.meta.additional_properties.get("external_id") if value.meta else None
        if not ext or not GROUP_ID.match(ext):
            continue
        tech: set[str] = set()
        sw: set[str] = set()
        for r in value.related:
            kind = uuid_kind.get(r.get("dest-uuid", "")) if r.get("type") == "uses" else None
            if kind:
                (tech if kind[0] == "technique" else sw).add(kind[1])
        if not tech and not sw:  # revoked or empty entries
            continue
        name = _strip_id(value.value, ext)
        groups.append(GroupProfile(ext, name, _aliases(name, value.meta.synonyms), frozenset(tech), frozenset(sw)))
    source = {
        "kind": "misp-galaxy",
        "label": f"MISP galaxy mitre-intrusion-set v{clusters['mitre-intrusion-set'].version} (pymispgalaxies {version('pymispgalaxies')})",
        "clusters": {name: c.version for name, c in clusters.items()},
    }
    log.info("compiled %d group profiles from %s", len(groups), source["label"])
    return AttackProfiles(tuple(sorted(groups, key=lambda g: g.id)), techniques, software, source)


# -- building from an ATT&CK STIX bundle ---------------------------------------
def _mitreattack_data(path: str) -> Any:
    try:
        from mitreattack.stix20 import MitreAttackData
    except ImportError as exc:
        raise KnowledgeBaseError(
            "reading an ATT&CK STIX bundle needs mitreattack-python: pip install 'aptrace[attack]'", source=path
        ) from exc
    try:
        return MitreAttackData(stix_filepath=path)
    except Exception as exc:  # the library raises json, stix2 and OS errors alike
        raise KnowledgeBaseError(f"not a readable ATT&CK STIX bundle ({exc})", source=path) from exc


def profiles_from_attack_stix(path: str | os.PathLike[str]) -> AttackProfiles:
    """Compile profiles from an ATT&CK Enterprise STIX 2.0 bundle (``enterprise-attack.json``)."""
    spath = str(path)
    data = _mitreattack_data(spath)

    def attack_id(obj: Any) -> str | None:
        for ref in obj.get("external_references", []) or []:
            if ref.get("source_name") == "mitre-attack" and ref.get("external_id"):
                return str(ref["external_id"])
        return None

    techniques = {}
    for obj in data.get_techniques(remove_revoked_deprecated=True):
        ext = attack_id(obj)
        if ext and TECHNIQUE_ID.match(ext):
            techniques[ext] = obj["name"]
    tech_by_stix = {obj["id"]: attack_id(obj) for obj in data.get_techniques(remove_revoked_deprecated=True)}
    used_by_software = data.get_all_techniques_used_by_all_software()
    software: dict[str, Software] = {}
    sw_by_stix: dict[str, str] = {}
    for obj in data.get_software(remove_revoked_deprecated=True):
        ext = attack_id(obj)
        if not ext or not SOFTWARE_ID.match(ext):
            continue
        tech = frozenset(
            t for t in (tech_by_stix.get(e["object"]["id"]) for e in used_by_software.get(obj["id"], [])) if t
        )
        aliases = list(obj.get("x_mitre_aliases", []) or []) + list(obj.get("aliases", []) or [])
        software[ext] = Software(ext, obj["name"], obj["type"], _aliases(obj["name"], aliases), tech)
        sw_by_stix[obj["id"]] = ext
    tech_by_group = data.get_all_techniques_used_by_all_groups()
    sw_by_group = data.get_all_software_used_by_all_groups()
    groups = []
    for obj in data.get_groups(remove_revoked_deprecated=True):
        ext = attack_id(obj)
        if not ext or not GROUP_ID.match(ext):
            continue
        tech = {t for t in (tech_by_stix.get(e["object"]["id"]) for e in tech_by_group.get(obj["id"], [])) if t}
        sw = {s for s in (sw_by_stix.get(e["object"]["id"]) for e in sw_by_group.get(obj["id"], [])) if s}
        if not tech and not sw:
            continue
        groups.append(
            GroupProfile(ext, obj["name"], _aliases(obj["name"], obj.get("aliases", [])), frozenset(tech), frozenset(sw))
        )
    if not groups:
        raise KnowledgeBaseError("no ATT&CK groups with techniques or software in this bundle", source=spath)
    collections = data.get_objects_by_type("x-mitre-collection")
    version = collections[0].get("x_mitre_version") if collections else None
    source = {
        "kind": "attack-stix",
        "label": f"ATT&CK STIX bundle {Path(spath).name}" + (f" (ATT&CK v{version})" if version else ""),
        "path": spath,
        "attack_version": version,
    }
    log.info("compiled %d group profiles from %s", len(groups), source["label"])
    return AttackProfiles(tuple(sorted(groups, key=lambda g: g.id)), techniques, software, source)


# -- storage -------------------------------------------------------------------
def packaged_profiles_path() -> Path:
    return Path(str(resources.files("aptrace") / "data" / PACKAGED_NAME))


def user_profiles_path() -> Path:
    """Where :func:`update_attack` writes: ``$APTRACE_DATA_DIR`` or the platform's user data directory."""
    base = os.environ.get(DATA_DIR_ENV)
    if base:
        return Path(base) / PACKAGED_NAME
    from platformdirs import user_data_path

    return user_data_path("aptrace") / PACKAGED_NAME


def save_profiles(profiles: AttackProfiles, path: str | os.PathLike[str]) -> Path:
    """Write compiled profiles (gzip JSON, deterministic bytes) atomically."""
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(profiles.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".attack-profiles.")
    try:
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


_CACHE: dict[tuple[str, float], AttackProfiles] = {}


def load_profiles(path: str | os.PathLike[str] | None = None) -> AttackProfiles:
    """Profiles from ``path``; by default the user's compiled ATT&CK bundle if any, else the packaged ones."""
    if path is None:
        user = user_profiles_path()
        path = user if user.is_file() else packaged_profiles_path()
    p = Path(path)
    try:
        key = (str(p.resolve()), p.stat().st_mtime)
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot read ATT&CK profiles ({exc.strerror})", source=str(p)) from exc
    if key in _CACHE:
        return _CACHE[key]
    try:
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, EOFError, ValueError) as exc:
        raise KnowledgeBaseError(f"cannot read ATT&CK profiles ({exc})", source=str(p)) from exc
    profiles = AttackProfiles.from_dict(data, source=str(p))
    _CACHE[key] = profiles
    log.debug("loaded %d group profiles from %s", len(profiles.groups), p)
    return profiles


def update_attack(
    source: str | os.PathLike[str],
    *,
    dest: str | os.PathLike[str] | None = None,
    client: Any = None,
) -> AttackProfiles:
    """Compile an ATT&CK Enterprise STIX bundle (a file or an https URL) into the profile cache.

    ``client`` is an ``httpx.Client`` for URLs (tests pass one with a mock
    transport). Returns the new profiles; :func:`load_profiles` prefers them
    from now on.
    """
    target = Path(dest) if dest is not None else user_profiles_path()
    src = str(source)
    if src.startswith(("http://", "https://")):
        profiles = _profiles_from_url(src, client)
    else:
        if not Path(src).is_file():
            raise KnowledgeBaseError("no such file", source=src)
        profiles = profiles_from_attack_stix(src)
    save_profiles(profiles, target)
    log.info("wrote %d group profiles to %s", len(profiles.groups), target)
    return profiles


def _profiles_from_url(url: str, client: Any) -> AttackProfiles:
    import httpx

    own = client is None
    http = client or httpx.Client(timeout=120.0, follow_redirects=True)
    try:
        with tempfile.TemporaryDirectory(prefix="aptrace-attack-") as tmp:
            path = Path(tmp) / "enterprise-attack.json"
            try:
                with http.stream("GET", url) as resp:
                    resp.raise_for_status()
                    with path.open("wb") as fh:
                        for chunk in resp.iter_bytes():
                            fh.write(chunk)
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot download the ATT&CK bundle ({exc})", source=url) from exc
            profiles = profiles_from_attack_stix(path)
            return replace(profiles, source={**profiles.source, "path": url, "label": profiles.source["label"].replace(path.name, url)})
    finally:
        if own:
            http.close()


def _main() -> None:  # python -m aptrace.kb.attack: rebuild the packaged cache
    logging.basicConfig(level=logging.INFO)
    dest = save_profiles(profiles_from_galaxies(), packaged_profiles_path())
    log.info("packaged profiles written to %s", dest)


if __name__ == "__main__":
    _main()
