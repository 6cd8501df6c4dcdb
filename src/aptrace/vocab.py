"""The report's fixed vocabularies (spec: "Vocabularies")."""

from __future__ import annotations

SECTORS = frozenset(
    {
        "government",
        "legislature",
        "political",
        "military",
        "defense",
        "aerospace",
        "energy",
        "telecom",
        "finance",
        "healthcare",
        "technology",
        "media",
        "education",
        "transport",
        "water",
        "manufacturing",
        "civil_society",
        "critical_infrastructure",
        "sports",
        "individuals",
    }
)

ACTIVITIES = frozenset(
    {"espionage", "sabotage", "disruption", "influence", "financial", "prepositioning", "unknown"}
)

RESPONSE_TYPES = frozenset(
    {
        "summon_ambassador",
        "recall_ambassador",
        "expel_diplomats",
        "sever_relations",
        "sanctions",
        "indictment",
        "arrest",
        "reward",
        "takedown",
        "advisory",
        "condemnation",
    }
)

CONFIDENCES = ("high", "medium", "low")

# Parties that are not states.
ORGANISATIONS = frozenset({"EU", "NATO", "UN", "G7", "OSCE", "ASEAN"})

# Confidence levels on STIX's 0-100 scale (used by exporters).
CONFIDENCE_SCALE = {"high": 85, "medium": 50, "low": 15, None: None}
