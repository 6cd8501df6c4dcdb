"""Observed evidence: technique ids and software, from flags, Navigator layers or STIX bundles.

Every input form ends as the same :class:`Evidence` (sorted technique ids,
resolved software ids, names that could not be resolved), so a Navigator
layer or a STIX bundle ranks exactly like the equivalent ``--technique`` and
``--software`` flags.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..kb.attack import SOFTWARE_ID, TECHNIQUE_ID, AttackProfiles

log = logging.getLogger(__name__)

ATTACK_SOURCES = ("mitre-attack", "mitre-mobile-attack", "mitre-ics-attack")

__all__ = ["Evidence", "gather_evidence", "normalise_technique", "read_navigator_layer", "read_stix_bundle"]


@dataclass(frozen=True)
class Evidence:
    """What was observed, in knowledge-base terms."""

    techniques: tuple[str, ...] = ()
    software: tuple[str, ...] = ()  # ATT&CK software ids
    unresolved: tuple[str, ...] = ()  # software names the knowledge base does not know
    sources: tuple[str, ...] = ()

    @property
    def items(self) -> tuple[str, ...]:
        return self.techniques + self.software

    def __bool__(self) -> bool:
        return bool(self.techniques or self.software)


def normalise_technique(value: str, *, source: str | None = None) -> str:
    """``t1566.001`` -> ``T1566.001``; anything else that is not a technique id is an error."""
    tid = value.strip().upper()
    if not TECHNIQUE_ID.match(tid):
        raise InputError(f"{value!r} is not an ATT&CK technique id (like T1566 or T1566.001)", source=source)
    return tid


def _load_json(path: str | os.PathLike[str], what: str) -> Any:
    p = Path(path)
    try:
        return json.loads(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(f"no such {what}", source=str(p)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the {what} ({exc})", source=str(p)) from exc


def read_navigator_layer(path: str | os.PathLike[str]) -> list[str]:
    """Technique ids a Navigator layer marks: enabled entries with a positive score, or no score but a colour or comment."""
    data = _load_json(path, "Navigator layer")
    entries = data.get("techniques") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError("not an ATT&CK Navigator layer (no 'techniques' list)", source=str(path))
    domain = data.get("domain")
    if domain and domain != "enterprise-attack":
        log.warning("%s: layer domain is %s; group profiles are ATT&CK Enterprise", path, domain)
    out: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict) or "techniqueID" not in entry:
            raise InputError("a layer technique entry without 'techniqueID'", source=str(path))
        if entry.get("enabled", True) is False:
            continue
        score = entry.get("score")
        if isinstance(score, (int, float)) and not isinstance(score, bool):
            marked = score > 0
        else:
            marked = bool(entry.get("color") or entry.get("comment"))
        if marked:
            out.append(normalise_technique(str(entry["techniqueID"]), source=str(path)))
    return out


def _attack_id(obj: dict[str, Any]) -> str | None:
    for ref in obj.get("external_references", []) or []:
        if ref.get("source_name") in ATTACK_SOURCES and ref.get("external_id"):
            return str(ref["external_id"])
    return None


def read_stix_bundle(path: str | os.PathLike[str]) -> tuple[list[str], list[str]]:
    """(technique ids, software names or ids) of the attack-patterns, malware and tools in a STIX 2.x bundle.

    Software is named by its ATT&CK id when the object carries one, else by
    its name and then its aliases (the first one the knowledge base resolves
    wins in :func:`gather_evidence`). Intrusion sets in the bundle are
    ignored: they are someone's attribution, not evidence.
    """
    import stix2
    import stix2.exceptions

    data = _load_json(path, "STIX bundle")
    if not isinstance(data, dict) or data.get("type") != "bundle":
        raise InputError("not a STIX bundle (no top-level 'type': 'bundle')", source=str(path))
    try:
        bundle = stix2.parse(data, allow_custom=True)
    except (stix2.exceptions.STIXError, ValueError) as exc:
        raise InputError(f"invalid STIX bundle ({exc})", source=str(path)) from exc
    techniques: list[str] = []
    software: list[str] = []
    for obj in bundle.get("objects", []) or []:
        kind = obj.get("type")
        if kind == "attack-pattern":
            ext = _attack_id(obj)
            if ext and TECHNIQUE_ID.match(ext.upper()):
                techniques.append(ext.upper())
            else:
                log.warning("%s: attack-pattern %r has no ATT&CK technique id; ignored", path, obj.get("name"))
        elif kind in ("malware", "tool"):
            ext = _attack_id(obj)
            names = [ext] if ext and SOFTWARE_ID.match(ext) else []
            names += [obj.get("name")] + list(obj.get("x_mitre_aliases", []) or []) + list(obj.get("aliases", []) or [])
            software.append("|".join(n for n in names if n))
        elif kind == "intrusion-set":
            log.info("%s: intrusion-set %r ignored (an attribution, not evidence)", path, obj.get("name"))
    return techniques, software


def _resolve(profiles: AttackProfiles, name: str) -> tuple[str, ...]:
    for candidate in name.split("|"):
        ids = profiles.resolve_software(candidate)
        if ids:
            return ids
    return ()


def gather_evidence(
    profiles: AttackProfiles,
    *,
    techniques: Iterable[str] = (),
    software: Iterable[str] = (),
    layers: Iterable[str | os.PathLike[str]] = (),
    bundles: Iterable[str | os.PathLike[str]] = (),
) -> Evidence:
    """Merge every input form into one :class:`Evidence`; software names resolve case-insensitively via aliases."""
    tech = {normalise_technique(t, source="--technique") for t in techniques}
    names = [s.strip() for s in software if s and s.strip()]
    sources: list[str] = []
    for layer in layers:
        tech.update(read_navigator_layer(layer))
        sources.append(str(layer))
    for bundle in bundles:
        t, s = read_stix_bundle(bundle)
        tech.update(t)
        names.extend(s)
        sources.append(str(bundle))
    sw: set[str] = set()
    unresolved: list[str] = []
    for name in names:
        ids = _resolve(profiles, name)
        if ids:
            sw.update(ids)
        else:
            unresolved.append(name.split("|")[0])
            log.warning("software %r is not in the knowledge base (%s); it cannot count", name.split("|")[0], profiles.label)
    for t in sorted(tech):
        if profiles.technique_name(t) is None:
            log.warning("technique %s is not in the knowledge base (%s)", t, profiles.label)
    return Evidence(tuple(sorted(tech)), tuple(sorted(sw)), tuple(sorted(set(unresolved))), tuple(sources))
