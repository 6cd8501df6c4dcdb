"""Law-enforcement actions against criminal and state operations, on invented texts: the police's takedowns,
seizures, arrests, charges and sanctions are responses, never the operation's own activity or dates. Each
pattern has several wordings and near misses, written from the conventions (shared/corpus/README.md), not
from any article of the corpora.
"""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of, report_of, responses_of


def _incident_of(text: str, actor: str):
    return next(inc for inc in incidents_of(text) if actor in {a.name for a in inc.actors})


# the words of a takedown ("took the servers offline", "the disruption of a botnet") are the police's response:
# they give the operation no activity and their date is no start of it
@pytest.mark.parametrize(
    "text, actor, response",
    [
        ("Dutch police took the Qakbot servers offline on Tuesday.", "Qakbot", ("takedown", "NL", None)),
        ("Dutch police took the Qakbot servers offline after the botnet infected 700,000 computers worldwide.", "Qakbot", ("takedown", "NL", None)),
        ("German police took the Emotet botnet offline on Wednesday in a coordinated operation.", "Emotet", ("takedown", "DE", None)),
        ("The Justice Department announced the disruption of a botnet used by Chinese state-sponsored hackers known as Flax Typhoon.", "Flax Typhoon", ("takedown", "US", "CN")),
    ],
)
def test_takedown_words_are_no_activity(text, actor, response):
    inc = _incident_of(text, actor)
    assert inc.activity == "unknown"
    assert inc.period.start is None
    assert response in {(r.type, r.by, r.against) for r in inc.responses}


# ... while the operation's own disruption, beside the takedown or without one, stays
@pytest.mark.parametrize(
    "text, actor",
    [
        ("NoName057(16) took the websites of Dutch ministries offline in DDoS attacks.", "NoName057(16)"),
        ("Hackers knocked the police website offline in a DDoS attack claimed by NoName057(16).", "NoName057(16)"),
        ("NoName057(16) knocked Dutch ministry websites offline in March. Dutch police later took the group's servers offline.", "NoName057(16)"),
    ],
)
def test_operation_disruption_stays(text, actor):
    assert _incident_of(text, actor).activity == "disruption"
