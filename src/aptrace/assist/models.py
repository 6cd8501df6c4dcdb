"""The assistant's answer: ranked candidate groups with their evidence (pydantic, immutable).

An :class:`Assessment` is a hypothesis for an analyst. It has no place in a
report's ``attributions``, and it says so in ``disclaimer`` and
``is_attribution``.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict

DISCLAIMER = "Hypotheses for an analyst, not attributions: a shared toolset is not an attribution."

ConfidenceLabel = Literal["clear lead", "close call", "weak", "no match"]

__all__ = ["DISCLAIMER", "Match", "ProfileItem", "Candidate", "Confidence", "ObservedEvidence", "Assessment"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProfileItem(_Model):
    """A technique or software of the knowledge base, with how many groups record it."""

    kind: Literal["technique", "software"]
    id: str
    name: Optional[str] = None
    groups_with: int  # groups whose profile records it
    rarity: float  # log-likelihood ratio it adds for a group recording it (about 1 if half the groups do, 8 if none other does)


class Match(ProfileItem):
    """One observed item and how the candidate's profile explains it."""

    how: Literal["exact", "via-software", "sub-technique-family"]
    via: tuple[str, ...] = ()  # the software (inherited) or the related techniques (family)
    strength: float  # 1 exact, less for inherited or family matches
    contribution: float  # log-likelihood ratio it adds for this candidate (x strength)


class Candidate(_Model):
    rank: int
    group_id: str
    name: str
    aliases: tuple[str, ...] = ()
    score: float  # log-likelihood ratio of this group against the background (higher fits better)
    probability: float  # share of belief among the known groups (calibrated softmax)
    explained: float  # share of the evidence's rarity this profile explains
    matched: tuple[Match, ...] = ()
    unexplained: tuple[str, ...] = ()  # observed items this profile lacks
    unobserved: tuple[ProfileItem, ...] = ()  # rarest profile items the evidence did not show
    unobserved_count: int = 0


class Confidence(_Model):
    label: ConfidenceLabel
    top_probability: float
    gap: float  # score (log-odds) of the first candidate minus that of the second
    note: str


class ObservedEvidence(_Model):
    techniques: tuple[str, ...] = ()
    software: tuple[str, ...] = ()
    unresolved: tuple[str, ...] = ()  # software names the knowledge base does not know
    unknown_techniques: tuple[str, ...] = ()  # technique ids absent from the knowledge base
    sources: tuple[str, ...] = ()


class Assessment(_Model):
    disclaimer: str = DISCLAIMER
    is_attribution: Literal[False] = False
    knowledge_base: str
    method: str
    groups_ranked: int
    evidence: ObservedEvidence
    confidence: Confidence
    candidates: tuple[Candidate, ...] = ()
