"""When an operation began, in the ways news states it; and dates that start no operation (invented texts)."""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text


def _starts(text: str, published: str = "2024-05-01") -> list[str | None]:
    return [inc.period.start for inc in analyze_text(text, published=published).incidents]


# The many ways a text dates an operation's start: spans reaching back, seasons, parts of a year, relative dates.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Chinese state-sponsored hackers have been spying on the Dutch defence ministry since at least 2019, Dutch intelligence said.", "2019"),
        ("Russia's GRU hackers targeted German political parties as early as 2017, the government said.", "2017"),
        ("Over the past 18 months, North Korean state hackers stole $600 million from crypto exchanges, the FBI said.", "2022"),
        ("Iranian state hackers spied on Israeli defence firms for nearly a decade, officials said.", "2014"),
        ("In late 2022, Chinese state-sponsored hackers breached the Australian foreign ministry, officials said.", "2022"),
        ("In the first half of 2023, Russian military intelligence hackers attacked Polish energy firms, the government said.", "2023"),
        ("Between March and June, Chinese state hackers broke into the Philippine foreign ministry, officials said.", "2023"),
        ("Earlier this year, North Korean state hackers stole data from a South Korean shipbuilder, police said.", "2024"),
        ("Last spring, Russian GRU hackers attacked the Czech foreign ministry, the government said.", "2023"),
        ("Two years ago, Iranian state hackers breached the Albanian government network, officials said.", "2022"),
        ("Chinese state hackers had been inside the network of the Dutch defence ministry since 2022, intelligence officials said.", "2022"),
        ("The intrusion, which began in 2020, was carried out by Russia's SVR against the US Treasury, officials said.", "2020"),
        ("Russian GRU hackers attacked the organisers during the 2018 Winter Olympics in Pyeongchang, the UK said.", "2018"),
        ("UK blames Russia's GRU for 2019 hack of the Labour Party", "2019"),
        ("Germany sanctions Russian officers over the 2015 Bundestag breach, which the government blames on the GRU.", "2015"),
        ("The hacking campaign by Russia's GRU against Ukrainian energy firms started in the autumn of 2021, officials said.", "2021"),
        ("Chinese state hackers have been active in the Philippine government networks since mid-2022, officials said.", "2022"),
        ("Since last summer, Russian GRU hackers have attacked Polish railways, officials said.", "2023"),
        ("Chinese state hackers have spied on the Belgian foreign ministry for the past three years, officials said.", "2021"),
        ("North Korean state hackers have been stealing cryptocurrency for at least five years, the UN said.", "2019"),
        ("North Korean state hackers began targeting South Korean banks three years ago, police said.", "2021"),
        ("Chinese state hackers gained a foothold in the network of the Dutch defence ministry as far back as 2019, officials said.", "2019"),
        ("Chinese state hackers have spied on the Belgian foreign ministry for over a decade, officials said.", "2014"),
        ("From mid-2021 onwards, Russian GRU hackers attacked Ukrainian energy firms, officials said.", "2021"),
    ],
)
def test_operation_start_phrasings(text, year):
    (start,) = _starts(text)
    assert start is not None and start[:4] == year


# "from late 2011 to mid-2013": the role word before "late"/"mid" makes a span; it starts on its first date and ends on its last.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Iranian state hackers attacked US banks from late 2011 to mid-2013, officials said.", "2011", "2013"),
        ("Russian GRU hackers attacked Ukrainian grid operators from early 2015 until late 2016, officials said.", "2015", "2016"),
    ],
)
def test_span_opened_by_part_of_a_year(text, start, end):
    (inc,) = analyze_text(text, published="2024-05-01").incidents
    assert inc.period.start == start and inc.period.end == end


# A stay told as "spent a decade inside the network" reaches back from publication.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Chinese state hackers spent nearly a decade inside the Australian parliament network, officials said.", "2014"),
        ("Chinese state hackers spent two years inside the Dutch defence network undetected, officials said.", "2022"),
        ("Iranian state hackers spent about three years inside the Albanian government network, officials said.", "2021"),
    ],
)
def test_time_spent_inside(text, year):
    (start,) = _starts(text)
    assert start == year


# "for more than two years before they were discovered in 2023": counted back from the discovery, not the discovery.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Chinese state hackers had access to the Dutch defence network for more than two years before they were discovered in 2023, officials said.", "2021"),
        ("Chinese state hackers had lurked undetected in the network of the Belgian foreign ministry for more than two years before being discovered in 2023, officials said.", "2021"),
        ("Chinese state hackers had spied on the Belgian foreign ministry for three years before the breach was discovered in March 2023, officials said.", "2020"),
    ],
)
def test_span_before_discovery(text, year):
    (start,) = _starts(text)
    assert start == year


# Dates that start no operation: when a group was formed, a product's version, an attribution, a report, sanctions.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("APT28, a group run by Russia's GRU and formed in 2004, broke into the German Bundestag in 2015, officials said.", "2015"),
        ("Sandworm, a unit of Russia's GRU set up in 2009, attacked the Ukrainian grid in 2015, officials said.", "2015"),
        ("Lazarus, a North Korean group founded in 2007 under the RGB, stole $81 million from Bangladesh Bank in 2016, officials said.", "2016"),
        ("APT28, which was established in 2004 by Russia's GRU, hacked the Bundestag in 2015, officials said.", "2015"),
        ("North Korean state hackers exploited machines running Windows 2000 at the South Korean bank in 2022, police said.", "2022"),
        ("Chinese state hackers exploited flaws in Microsoft Exchange Server 2013 to break into the Norwegian parliament in 2021, officials said.", "2021"),
        ("Chinese state hackers stole designs tied to the Made in China 2025 plan from a German firm in 2018, officials said.", "2018"),
        ("Chinese state hackers bypassed 2FA to break into the Dutch defence ministry in 2023, officials said.", "2023"),
        ("In March 2023, Chinese state hackers broke into the Czech foreign ministry. The Czech government attributed the attack to China in May 2024.", "2023"),
        ("The EU sanctioned Russian GRU officers in 2020 for the hack of the Bundestag in 2015, officials said.", "2015"),
        ("The breach by Chinese state hackers was discovered in 2023, but investigators said the intrusion began in 2021.", "2021"),
        ("North Korean hackers working for the RGB, aged 25, stole data from a South Korean defence firm in 2021, police said.", "2021"),
        ("The NSA used Section 702 powers to watch Chinese state hackers who broke into the US Navy in 2018, officials said.", "2018"),
        ("Chinese state hackers have been lurking in the Dutch defence networks since 2021, officials said in a report released in 2024.", "2021"),
    ],
)
def test_dates_that_start_no_operation(text, year):
    (start,) = _starts(text)
    assert start is not None and start[:4] == year


def test_product_version_alone_dates_nothing():
    assert _starts("Chinese state hackers exploited Windows Server 2008 machines at the Dutch ministry, officials said.") == [None]


def test_years_long_campaign_without_a_date():
    assert _starts("A years-long campaign by Chinese state hackers against the Dutch defence ministry was revealed on Tuesday.") == [None]
