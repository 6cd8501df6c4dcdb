"""Ranking groups against observed techniques and software.

:class:`Index` holds the profiles as postings (item -> groups) with each
item's document frequency across groups, and scores a query four ways:

``aptrace`` (the assistant's method): a likelihood ratio
    Each group is a hypothesis about who produced the evidence. Under group
    ``g`` an intrusion shows each of ``g``'s recorded profile items with an
    unknown probability (its *coverage*) and any other item only as noise,
    as often as the item occurs in *other* groups' profiles. The score is the
    log-likelihood ratio of ``g`` against that background::

        score = sum over matched items of  strength * log(N / (noise * (others + prior)))
              + match_weight * m * log(rho)  +  miss_weight * min(P - m, reach * n) * log(1 - rho)

    with ``others`` the number of *other* groups recording the item, ``m``
    the (strength-weighted) matched count, ``P`` the profile's size, ``n``
    the evidence's size and ``rho = (m + a) / (P + a + b)`` the estimated
    coverage. A technique half the groups use gains about 1; an implant no
    other group records gains about 8, which multiplies the group's odds
    thousands of times rather than adding to a share. The coverage terms are
    the binomial likelihood of showing ``m`` of ``P`` items, split in two
    weights: ``match_weight`` (below 1) softens the price a large profile pays
    for each matched item, so holding more than one intrusion shows costs
    little on small evidence; ``miss_weight`` makes a large query that leaves
    most of a profile unseen count against it.
``tversky`` (the previous method, kept for comparison)
    A rarity-weighted Tversky similarity ``M / (Q + unobserved * (P - M))``
    on BM25 idf mass: good when the evidence is a large share of a profile,
    poor on small evidence against a large group.
``jaccard`` and ``tfidf``
    The simple baselines the benchmark compares against: set overlap, and
    the cosine of binary TF-IDF vectors, both on exact items only.

A group's match with an observed item is 1 when ATT&CK records the item for
the group, ``inherited`` when only the group's software is known to implement
the technique, ``family`` for a sibling or parent sub-technique.

The defaults of :class:`Params` are global and were chosen on a fixed
development split of groups (see ``benchmarks/bench_assist.py``), never per
group.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Literal

from ..kb.attack import AttackProfiles, parent_technique

Method = Literal["aptrace", "tversky", "jaccard", "tfidf"]
METHODS: tuple[str, ...] = ("aptrace", "tversky", "jaccard", "tfidf")

EXACT, INHERITED, FAMILY = "exact", "via-software", "sub-technique-family"

__all__ = ["Params", "Index", "METHODS", "EXACT", "INHERITED", "FAMILY", "software_key"]


def software_key(software_id: str) -> str:
    """Items share one namespace in the index; software ids (``S0002``) never clash with techniques."""
    return software_id


@dataclass(frozen=True)
class Params:
    """Global weights of the assistant's scoring (fixed on the development split of groups, never per group)."""

    inherited: float = 0.0  # technique implemented by the group's software only
    family: float = 0.1  # a sibling or parent sub-technique
    noise_technique: float = 0.3  # how readily a technique shows up in an intrusion by a group not recording it
    noise_software: float = 1.0  # the same for software
    prior_technique: float = 2.0  # pseudo-count of unrecorded groups using a technique
    prior_software: float = 0.03  # pseudo-count of unrecorded groups using a software (small: implants are rarely shared)
    coverage_a: float = 1.0  # Beta prior of the coverage (shown items / profile items)
    coverage_b: float = 5.0
    match_weight: float = 0.35  # weight of log(coverage) per matched item (below 1: large profiles pay less)
    miss_weight: float = 2.0  # weight of log(1 - coverage) per profile item not shown
    reach: float = 1e9  # profile items not shown count up to ``reach`` times the evidence's size
    temperature: float = 0.5  # softmax temperature turning scores into probabilities (fitted on the dev split)
    unobserved: float = 0.75  # ``tversky`` only: cost of profile rarity the evidence did not show


class Index:
    """Postings over group profiles: who has which technique, directly, via software, or by family."""

    def __init__(self, profiles: AttackProfiles, params: Params | None = None) -> None:
        self.profiles = profiles
        self.params = params or Params()
        self.group_ids: list[str] = [g.id for g in profiles.groups]
        self.direct: dict[str, set[str]] = {}  # technique/software id -> groups that have it in their profile
        self.inherited: dict[str, dict[str, tuple[str, ...]]] = {}  # technique -> group -> via software ids
        self.family: dict[str, set[str]] = {}  # parent technique -> groups with any technique in the family
        self.size: dict[str, int] = {}
        for g in profiles.groups:
            self.size[g.id] = g.size
            for t in g.techniques:
                self.direct.setdefault(t, set()).add(g.id)
                self.family.setdefault(parent_technique(t), set()).add(g.id)
            for s in g.software:
                self.direct.setdefault(software_key(s), set()).add(g.id)
                sw = profiles.software.get(s)
                for t in sw.techniques if sw else ():
                    if t in g.techniques:
                        continue
                    vias = self.inherited.setdefault(t, {})
                    vias[g.id] = vias.get(g.id, ()) + (s,)
                    self.family.setdefault(parent_technique(t), set()).add(g.id)
        self.n = len(self.group_ids)

    # -- statistics ----------------------------------------------------------
    def df(self, item: str) -> int:
        """How many groups have the item (directly, or for techniques through their software)."""
        direct = self.direct.get(item, set())
        inh = self.inherited.get(item)
        return len(direct | inh.keys()) if inh else len(direct)

    def direct_df(self, item: str) -> int:
        return len(self.direct.get(item, ()))

    def idf(self, item: str) -> float:
        """BM25 rarity over the groups recording the item: ~0.7 if half of them do, ~5 if one does."""
        df = self.direct_df(item)
        return math.log(1.0 + (self.n - df + 0.5) / (df + 0.5))

    def gain(self, item: str, exact: bool = True) -> float:
        """Log-likelihood ratio one observed item adds for a group recording it (``exact``) or matching it otherwise.

        It is ``log(N / (noise * (others + prior)))``: large for an item no
        other group records (an implant), about 1 for a technique half the
        groups use, never below 0.
        """
        p = self.params
        software = item.startswith("S")
        noise = p.noise_software if software else p.noise_technique
        prior = p.prior_software if software else p.prior_technique
        others = self.direct_df(item) - (1 if exact else 0)
        return max(math.log(self.n / (noise * (max(others, 0) + prior))), 0.0)

    def profile_weight(self, group_id: str) -> float:
        """Rarity mass of a group's profile (its inherited techniques count at the ``inherited`` weight)."""
        cached = self.__dict__.setdefault("_profile_weight", {})
        if group_id not in cached:
            g = self.profiles.group(group_id)
            w = sum(self.idf(x) for x in g.techniques) + sum(self.idf(software_key(s)) for s in g.software)
            if self.params.inherited:
                w += self.params.inherited * sum(self.idf(t) for t in self.profiles.inherited_techniques(g))
            cached[group_id] = w
        return cached[group_id]

    # -- matching --------------------------------------------------------------
    def match(self, item: str, group_id: str) -> tuple[float, str | None, tuple[str, ...]]:
        """(strength, how, via) of a group's match with one observed item."""
        if group_id in self.direct.get(item, ()):
            return 1.0, EXACT, ()
        if item.startswith("T"):
            via = self.inherited.get(item, {}).get(group_id)
            if via:
                return self.params.inherited, INHERITED, via
            fam = parent_technique(item)
            if group_id in self.family.get(fam, ()):
                return self.params.family, FAMILY, self.family_members(fam, group_id)
        return 0.0, None, ()

    def family_members(self, parent: str, group_id: str) -> tuple[str, ...]:
        g = self.profiles.group(group_id)
        own = set(g.techniques) | set(self.profiles.inherited_techniques(g))
        return tuple(sorted(t for t in own if parent_technique(t) == parent))

    def _strengths(self, item: str) -> dict[str, float]:
        """Group -> match strength for one item, through the postings only."""
        out: dict[str, float] = {}
        if item.startswith("T"):
            if self.params.family:
                for g in self.family.get(parent_technique(item), ()):
                    out[g] = self.params.family
            if self.params.inherited:
                for g in self.inherited.get(item, {}):
                    out[g] = self.params.inherited
        for g in self.direct.get(item, ()):
            out[g] = 1.0
        return out

    # -- scoring -----------------------------------------------------------------
    def score(self, items: Iterable[str], method: str = "aptrace") -> dict[str, float]:
        """Score every group against the observed items (technique and software ids)."""
        query = sorted(set(items))
        if method == "aptrace":
            return self._score_aptrace(query)
        if method == "tversky":
            return self._score_tversky(query)
        if method == "jaccard":
            return self._score_jaccard(query)
        if method == "tfidf":
            return self._score_tfidf(query)
        raise ValueError(f"unknown scoring method {method!r} (known: {', '.join(METHODS)})")

    def rank(self, items: Iterable[str], method: str = "aptrace") -> list[tuple[str, float]]:
        scores = self.score(items, method)
        return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))

    def _score_aptrace(self, query: list[str]) -> dict[str, float]:
        """Log-likelihood ratio of each group against the background; ``-inf`` for a group matching nothing."""
        p = self.params
        gained = dict.fromkeys(self.group_ids, 0.0)
        count = dict.fromkeys(self.group_ids, 0.0)
        for item in query:
            exact_gain = self.gain(item, exact=True)
            other_gain = None
            for g, m in self._strengths(item).items():
                if m >= 1.0:
                    gained[g] += exact_gain
                else:
                    if other_gain is None:
                        other_gain = self.gain(item, exact=False)
                    gained[g] += m * other_gain
                count[g] += m
        cap = p.reach * len(query)
        out: dict[str, float] = {}
        for g in self.group_ids:
            m = count[g]
            if m <= 0:
                out[g] = -math.inf
                continue
            size = self.size[g]
            m = min(m, size)
            rho = (m + p.coverage_a) / (size + p.coverage_a + p.coverage_b)
            out[g] = gained[g] + p.match_weight * m * math.log(rho) + p.miss_weight * min(size - m, cap) * math.log1p(-rho)
        return out

    def _score_tversky(self, query: list[str]) -> dict[str, float]:
        matched = dict.fromkeys(self.group_ids, 0.0)
        mass = 0.0
        for item in query:
            w = self.idf(item)
            mass += w
            for g, m in self._strengths(item).items():
                matched[g] += w * m
        cost = self.params.unobserved
        return {
            g: (m / (mass + cost * max(self.profile_weight(g) - m, 0.0)) if m > 0 else 0.0)
            for g, m in matched.items()
        }

    def _score_jaccard(self, query: list[str]) -> dict[str, float]:
        q = set(query)
        inter = dict.fromkeys(self.group_ids, 0)
        for item in q:
            for g in self.direct.get(item, ()):
                inter[g] += 1
        return {g: (inter[g] / (len(q) + self.size[g] - inter[g])) if q else 0.0 for g in self.group_ids}

    def _tfidf_weight(self, item: str) -> float:
        return math.log((1 + self.n) / (1 + self.direct_df(item))) + 1.0

    def _score_tfidf(self, query: list[str]) -> dict[str, float]:
        norms = self._tfidf_norms()
        dot = dict.fromkeys(self.group_ids, 0.0)
        qnorm = 0.0
        for item in query:
            w = self._tfidf_weight(item)
            qnorm += w * w
            for g in self.direct.get(item, ()):
                dot[g] += w * w
        qn = math.sqrt(qnorm)
        return {g: (dot[g] / (qn * norms[g])) if qn and norms[g] else 0.0 for g in self.group_ids}

    def _tfidf_norms(self) -> dict[str, float]:
        cached = getattr(self, "_norms", None)
        if cached is None:
            sq = dict.fromkeys(self.group_ids, 0.0)
            for item, groups in self.direct.items():
                w = self._tfidf_weight(item)
                for g in groups:
                    sq[g] += w * w
            cached = {g: math.sqrt(v) for g, v in sq.items()}
            self._norms = cached
        return cached

    def probabilities(self, scores: dict[str, float]) -> dict[str, float]:
        """Softmax of the scores at the calibrated temperature."""
        if not scores:
            return {}
        t = self.params.temperature
        hi = max(scores.values())
        if hi == -math.inf:
            return dict.fromkeys(scores, 0.0)
        ex = {g: math.exp((s - hi) / t) for g, s in scores.items()}
        z = sum(ex.values())
        return {g: v / z for g, v in ex.items()}
