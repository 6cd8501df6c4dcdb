"""The attribution assistant: which known groups fit the observed techniques and software, and why.

Its output is a hypothesis for an analyst. It never enters a report's
``attributions``: a shared toolset is not an attribution.
"""

from __future__ import annotations

from .assistant import assist
from .evidence import Evidence, gather_evidence, read_navigator_layer, read_stix_bundle
from .models import DISCLAIMER, Assessment, Candidate, Confidence, Match, ObservedEvidence, ProfileItem
from .scoring import METHODS, Index, Params

__all__ = [
    "DISCLAIMER",
    "assist",
    "gather_evidence",
    "read_navigator_layer",
    "read_stix_bundle",
    "Evidence",
    "Assessment",
    "Candidate",
    "Confidence",
    "Match",
    "ObservedEvidence",
    "ProfileItem",
    "Index",
    "Params",
    "METHODS",
]
