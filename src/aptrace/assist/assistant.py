"""Rank known groups against observed evidence and explain each candidate."""

from __future__ import annotations

import logging
import math

from ..errors import InputError
from ..kb.attack import AttackProfiles, load_profiles
from .evidence import Evidence
from .models import Assessment, Candidate, Confidence, Match, ObservedEvidence, ProfileItem
from .scoring import Index, Params

log = logging.getLogger(__name__)

CLEAR, CLOSE = 0.7, 0.3  # probability thresholds of the top candidate (see docs/assist.md, calibration)

__all__ = ["assist", "CLEAR", "CLOSE"]

_INDEXES: dict[tuple[int, Params], Index] = {}


def _index(profiles: AttackProfiles, params: Params) -> Index:
    key = (id(profiles), params)
    cached = _INDEXES.get(key)
    if cached is None or cached.profiles is not profiles:
        cached = _INDEXES[key] = Index(profiles, params)
    return cached


def _item(index: Index, item: str) -> ProfileItem:
    prof = index.profiles
    if item.startswith("S"):
        return ProfileItem(kind="software", id=item, name=prof.software_name(item),
                           groups_with=index.direct_df(item), rarity=round(index.gain(item), 4))
    return ProfileItem(kind="technique", id=item, name=prof.technique_name(item),
                       groups_with=index.direct_df(item), rarity=round(index.gain(item), 4))


def _confidence(scores: list[float], top_probability: float) -> Confidence:
    if not scores or scores[0] == -math.inf:
        return Confidence(label="no match", top_probability=0.0, gap=0.0,
                          note="no known group's profile holds any of the evidence")
    gap = scores[0] - scores[1] if len(scores) > 1 and scores[1] > -math.inf else math.inf
    if top_probability >= CLEAR:
        label, note = "clear lead", "the first candidate stands well clear of the next"
    elif top_probability >= CLOSE:
        label, note = "close call", "the first candidates are close; weigh the evidence of each"
    else:
        label, note = "weak", "the evidence fits several groups about equally; gather more"
    gap = min(gap, 1e6)  # JSON has no infinity: the only matching group leads by "everything"
    note += f" (probability {top_probability:.2f} among known groups, log-odds gap {gap:.2f})"
    return Confidence(label=label, top_probability=round(top_probability, 4), gap=round(gap, 4), note=note)


def assist(
    evidence: Evidence,
    *,
    profiles: AttackProfiles | None = None,
    top: int = 10,
    params: Params | None = None,
    unobserved_shown: int = 10,
) -> Assessment:
    """Rank the knowledge base's groups against ``evidence``: a hypothesis for an analyst, never an attribution."""
    if not evidence:
        raise InputError("no evidence: give at least one technique or resolvable software", source="assist")
    if top < 1:
        raise InputError(f"top must be at least 1, not {top}", source="assist")
    profiles = profiles if profiles is not None else load_profiles()
    index = _index(profiles, params or Params())
    items = evidence.items
    scores = index.score(items)
    probs = index.probabilities(scores)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    mass = sum(index.gain(i) for i in items)
    candidates = []
    for rank, (gid, score) in enumerate(ranked[:top], start=1):
        if score == -math.inf:
            break
        group = profiles.group(gid)
        matched, unexplained, got = [], [], 0.0
        for item in items:
            strength, how, via = index.match(item, gid)
            if strength <= 0 or how is None:
                unexplained.append(item)
                continue
            base = _item(index, item)
            contribution = index.gain(item, exact=how == "exact") * strength
            got += contribution
            matched.append(Match(**base.model_dump(), how=how, via=via, strength=strength,
                                 contribution=round(contribution, 4)))
        matched.sort(key=lambda m: (-m.contribution, m.id))
        observed = set(items)
        rest = [_item(index, x) for x in sorted(group.techniques | group.software) if x not in observed]
        rest.sort(key=lambda p: (-p.rarity, p.id))
        candidates.append(Candidate(
            rank=rank, group_id=gid, name=group.name, aliases=group.aliases, score=round(score, 4),
            probability=round(probs[gid], 4), explained=round(got / mass, 4) if mass else 0.0,
            matched=tuple(matched), unexplained=tuple(unexplained),
            unobserved=tuple(rest[:unobserved_shown]), unobserved_count=len(rest),
        ))
    ordered = [s for _, s in ranked]
    confidence = _confidence(ordered, probs[ranked[0][0]] if ranked else 0.0)
    log.info("ranked %d groups on %d observed items: %s", len(ranked), len(items), confidence.label)
    return Assessment(
        knowledge_base=profiles.label,
        method="aptrace likelihood ratio (" + ", ".join(f"{k}={v}" for k, v in index.params.__dict__.items()) + ")",
        groups_ranked=len(ranked),
        evidence=ObservedEvidence(
            techniques=evidence.techniques, software=evidence.software, unresolved=evidence.unresolved,
            unknown_techniques=tuple(t for t in evidence.techniques if profiles.technique_name(t) is None),
            sources=evidence.sources,
        ),
        confidence=confidence,
        candidates=tuple(candidates),
    )
