"""Operations dated by the vote they led up to (invented, news-style texts).

"attacked banks in 2016 ahead of the election, officials said", "ahead of the 2016 US presidential election", "in the
run-up to the 2020 election": the year dates the operation and starts its period (spec, "Incidents", periods); an
"ahead of ..." aside set off by commas before a speaker still dates only what was said.
"""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of as _incidents


# (text, sponsor state, period start)
VOTE_DATED = [
    ("Russian hackers attacked US banks in 2016 ahead of the election, officials said.", "RU", "2016"),
    ("Russian hackers targeted state election systems ahead of the 2016 US presidential election, officials said.", "RU", "2016"),
    ("Iranian hackers targeted the Trump campaign in the run-up to the 2020 election, Microsoft said.", "IR", "2020"),
    ("Chinese state hackers probed voter databases before the 2022 midterms, the FBI said.", "CN", "2022"),
    ("Russian military hackers breached county election offices in the lead-up to the 2018 vote, officials said.", "RU", "2018"),
]


@pytest.mark.parametrize(("text", "state", "start"), VOTE_DATED)
def test_vote_dates_the_operation(text, state, start):
    (inc,) = _incidents(text)
    assert state in {s.state for s in inc.sponsors}
    assert inc.period.start == start


# the date of a statement, even beside a vote or talks, starts nothing
SAID_DATED = [
    "In 2016, ahead of the election, the FBI said Russian hackers had breached the DNC.",
    "Russian hackers breached the ministry, officials said in 2016 ahead of the talks.",
]


@pytest.mark.parametrize("text", SAID_DATED)
def test_date_of_a_statement_starts_nothing(text):
    (inc,) = _incidents(text)
    assert inc.period.start is None
