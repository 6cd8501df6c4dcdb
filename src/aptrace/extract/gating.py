"""More patterns behind their required words (see :mod:`.prefilter`), for speed only.

The rule modules gate their costliest patterns where they define them; the
patterns named here were found, by timing every call the development corpora
make, to cost less gated too. Gating never changes a result, so this list is
about speed alone; a name a rule module no longer has fails the import, so
the list cannot go stale unnoticed.
"""

from __future__ import annotations

from typing import Any

from . import assemble, clauses, cues, dates, incidents, mentions, victims
from .prefilter import gate

# (module, patterns scanned sentence by sentence or on short spans, patterns scanned over whole texts)
_MORE: tuple[tuple[Any, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        cues,
        (
            "ATTRIBUTION.same_conclusion", "ATTRIBUTION.linked", "ATTRIBUTION.found", "ATTRIBUTION.technical_link",
            "ATTRIBUTION.behind", "ATTRIBUTION.responsible", "ATTRIBUTION.charged",
            "RESPONSES.sanctions", "RESPONSES.advisory", "RESPONSES.summon_ambassador", "RESPONSES.indictment",
            "RESPONSES.sever_relations", "CONFIDENCE.low", "CONFIDENCE.medium", "CONFIDENCE.high",
            "DENIAL.denied", "DENIAL.never", "ATTRIBUTION.identified_as", "COUNTRIES_INCLUDE", "CRITICAL_INFRA",
            "RESPONSES.expel_diplomats", "RESPONSES.reward", "RESPONSES.arrest", "ATTRIBUTION.called_out", "ATTRIBUTION.evidence_points",
            "ATTRIBUTION.called_sponsored",
        ),
        ("COSIGN",),
    ),
    (dates, (), ("_PATTERNS.past", "_PATTERNS.past1", "_PATTERNS.anchored", "_PATTERNS.dmr")),
    (clauses, ("_OP_BY_STATE", "_ANON_RELATIVE", "_FRAMED", "_RESPONSE_TARGET", "_PASSIVE_CLAUSE", "_OP_BY", "_OFFICIALS_IN",
                "_TIED_ASIDE", "_SPONSORED_BY", "_NEG_BEFORE", "_SENT_BY", "_AGENCY_HIT_BEFORE", "_UNSAID_BEFORE",
                "_HOSTILE_RESPONSE_AFTER", "_SUBORDINATE", "_DOER_WAS_A"), ()),
    (
        incidents,
        ("_OTHER_GRIEVANCE", "_AGENTLESS_PASSIVE", "_NOT_DENIED", "_ABOUT_ATTRIBUTION", "_RELATION_BEFORE", "_JOINT_TEXT", "_MAKER_BEFORE",
         "_DIFFERENT", "_DATED_ACTIVITY", "_TARGET_OF_BEFORE", "_WITHOUT_NAMING", "_COMPARED_OPERATION_BEFORE"),
        (),
    ),
    (victims, ("_PLACE", "_SELF_REPORTED_AT", "_ATTACKED_BEFORE", "_SANCTIONS_TARGETED_ANY", "_LEGAL_AGAINST_CUE", "_SECTOR_LIST", "_POSED_AS_BEFORE", "_VECTOR_BEFORE", "_HAD_ITS_DONE", "_LURES_WENT_TO", "_RECEIVED_LURES",
                "_ORIGIN_BEFORE", "_TOPIC_BEFORE", "_REGISTERED_TO_BEFORE", "_WORLDWIDE_LIST_BEFORE", "_SELF_REPORTED_ACTIVE_AT", "_REPORTED_TO_BEFORE"), ()),
    (mentions, ("_SOFTWARE_CONTEXT", "_WORD_GROUP[0]", "_WORD_GROUP[1]", "_DESCRIBED_COMPANY", "_THE_COUNCIL"), ("_FIRM_INTRODUCED",)),
    (assemble, ("_UNLIKE",), ()),
)


def _apply() -> None:
    for module, names, whole in _MORE:
        gate(vars(module), *names)
        gate(vars(module), *whole, whole_texts=True)


_apply()
