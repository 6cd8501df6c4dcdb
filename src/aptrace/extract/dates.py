"""Date expressions, resolved against the publication date.

Absolute dates ("28 May 2025", "May 2024", "2022") resolve on their own.
Relative ones ("on Wednesday", "last year", "in January", "December 23", "last week")
resolve only when the document has a publication date: the most recent such
day, month or year on or before it. Without one they stay unresolved (the
spec forbids inventing a date).

Regular expressions rather than ``dateparser``: extraction needs every
expression's exact span and its role ("since", "between ... and"), runs on
every sentence of large corpora, and must never guess a date the text does
not anchor, which dateparser's search does by design (it fills missing
parts from today).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from .doc import Doc, Occupied
from .prefilter import gate, matches_from

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# Words before a date that give it a role ("since 2022", "from May"); read
# backwards from each match rather than tried at every position of the text.
_PREFIX_END = re.compile(
    r"(?P<prefix>\b(?:(?:until|till|through|to)\s+(?:the\s+)?(?:end|close|middle|start|beginning)\s+of|since(?:\s+at\s+least)?|from|between|until|till|through|to|and|by|before|after|in|on|during|"
    r"(?:(?:since|from|between|until|till|through|to|and)\s+)?(?:early|mid|late)|last|this|earlier|later|"  # "from late 2011 to mid-2013": the role word before
    r"back\s+to(?:\s+about)?|dating\s+back\s+to|starting|started|began|beginning|as\s+(?:early\s+as|far\s+back\s+as))(?:\s+|-))"
    r"(?:(?:about|around|approximately|roughly|circa)\s+)?$",  # "from about 2016 until April 2021"
    re.I,
)

_PATTERNS = [
    ("ymd", re.compile(r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")),
    ("mdy", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"(?:\s*(?:and|-|–)\s*[0-3]?\d)?,?\s+" + _YEAR + r"\b")),
    # "between 14 and 17 July", "from 19 to 25 November 2024": a range of days in one month starts on its first
    ("dmr", re.compile(r"\b" + _DAY + r"\s*(?:and|to|until|till|-|–)\s*[0-3]?\d(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b")),
    ("dmy", re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b")),
    ("my", re.compile(r"\b" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"\b")),
    ("md", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?![,\s]*(?:19|20)\d\d)")),
    ("dm", re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r"\b(?![,\s]*(?:19|20)\d\d)")),
    ("m", re.compile(r"\b(?P<month>January|February|March|April|June|July|August|September|October|November|December)\b(?![,\s]*(?:19|20)\d\d)")),
    ("m_may", re.compile(r"\bMay\b(?![,\s]*(?:19|20)\d\d)")),
    ("y", re.compile(r"(?<![\d,.$€£])(?<!CVE-)(?<!cve-)\b" + _YEAR + r"\b(?![\d,]\d|\s*(?:people|users|accounts|computers|servers|customers|sites|websites|emails|files|devices|victims|systems|organisations|organizations|companies|records|documents|counts)\b)")),
    ("season", re.compile(r"\b(?P<which>last|this|past)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I)),
    ("rel", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this\s+(?:year|month|week)|last\s+year|this\s+year|last\s+month|this\s+month|last\s+week|this\s+week|yesterday|today)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|months?)\s+ago\b", re.I)),
    # "over the past 18 months", "for more than a decade": a span reaching back from publication
    ("past", re.compile(
        r"\b(?:(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+|for\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|at\s+least\s+|the\s+past\s+)?)"
        r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|months?|decades?)\b(?!\s+(?:ago|old|in\s+prison|of\s+age))",
        re.I,
    )),
    # "spent nearly a decade inside the network", "spent two years undetected": a stay reaching back from publication
    ("past", re.compile(
        r"\bspen[dt]\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|at\s+least\s+|about\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|months?|decades?)"
        r"(?=\s+(?:inside|within|undetected|unnoticed|lurking|hiding|burrowed|in\s+(?:the|its|their|a)\s+(?:[\w'’-]+\s+){0,3}?(?:networks?|systems?|servers?)))",
        re.I,
    )),
    # "over the past year", "in the last year": the year before publication (not "in the last year of his term")
    ("past1", re.compile(r"\b(?:over|in|during|within|throughout)\s+the\s+(?:past|last)\s+year\b(?!\s+(?:of|or|and)\b)", re.I)),
    # "Later that year", "the previous month", "the year before": a year or month counted from the date told before;
    # "Two years later", "eight months earlier", "a year after,": so many units from it; "the following spring",
    # "the previous summer", "later that autumn": the season of that name after, before or in its year
    ("anchored", re.compile(
        r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+(?:(?P<u1>year|month)|(?P<s1>(?-i:spring|summer|autumn|fall|winter)))|(?:that|the)\s+same\s+(?:(?P<u2>year|month)|(?P<s2>(?-i:spring|summer|autumn|fall|winter)))"
        r"|the\s+(?P<d1>following|next|previous|prior|preceding)\s+(?:(?P<u3>year|month)|(?P<s3>(?-i:spring|summer|autumn|fall|winter)))|the\s+(?P<u4>year|month)\s+(?P<d2>before|after|earlier|prior)"
        r"|(?:(?:some|about|around|roughly|nearly|almost|just|barely|only)\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})\s+(?P<u5>years?|months?|weeks?|days?)"
        r"\s+(?P<d3>later|earlier|afterwards?|(?:before|after|prior)(?=\s*[,;.]))"
        r"|that\s+(?P<s4>(?-i:spring|summer|autumn|fall|winter))(?!\s+(?:of|in)\b))\b",
        re.I,
    )),
    ("wd", re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?P<part>\s+(?:night|morning|evening|afternoon))?")),
]
# Patterns whose every match opens on a digit after a word boundary (``\b[0-3]?\d``): sre scans for such a
# start at every position of the text, so they are tried only where a run of digits starts (where a match can)
_DIGIT_LED = frozenset({"dmr", "dmy", "dm"})
_DIGIT_RUN = re.compile(r"\d+")
# "May" alone is a month only after a word that makes it one ("in May", "since May").
_MAY_PREFIXES = {"in", "since", "from", "until", "by", "early", "mid", "late", "last", "this"}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when unresolved
    role: str  # point | since | from | until | between
    relative: bool
    sentence: int = -1

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value else None


def _month_year(month: int, day: int | None, published: dt.date | None) -> int | None:
    if published is None:
        return None
    if (month, day or 1) <= (published.month, published.day):
        return published.year
    return published.year - 1


# (first month, last month) of each northern-hemisphere season; winter runs over the new year
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _season_year(which: str, season: str, published: dt.date | None) -> str | None:
    """"last autumn" in March 2025 -> "2024": the year the season began. "last" is the
    latest season of that name already over at publication; "this" the current year's."""
    if published is None:
        return None
    first, last = _SEASONS[season]
    if which == "this":
        year = published.year - 1 if season == "winter" and published.month <= 2 else published.year
        return f"{year:04d}"
    if season == "winter":
        year = published.year - 1 if published.month > last else published.year - 2
    else:
        year = published.year if published.month > last else published.year - 1
    return f"{year:04d}"


def _role(prefix: str | None) -> str:
    p = (prefix or "").strip().lower().rstrip("-")
    if p.endswith(("early", "mid", "late")) and " " in p:
        p = p.split()[0]  # "from late 2011": the role of "from"
    if p in {"since", "starting", "started", "began", "beginning", "as early as"} or p.startswith(("back", "dating", "since", "as far back")):
        return "since"
    if p == "from":
        return "from"
    if p in {"until", "till", "through", "to", "and"} or p.startswith(("until ", "till ", "through ", "to ")):  # ("until the end of 2020")
        return "until"
    if p == "between":
        return "between"
    return "point"


def _resolve(kind: str, m: re.Match[str], published: dt.date | None, prefix: str | None = None) -> tuple[str | None, bool]:
    g = m.groupdict()
    if kind == "ymd":
        return g["iso"], False
    if kind in ("mdy", "dmy"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None, False
        return f"{int(g['year']):04d}-{month:02d}-{day:02d}", False
    if kind == "my":
        return f"{int(g['year']):04d}-{MONTHS[g['month'].lower().rstrip('.')]:02d}", False
    if kind == "y":
        return g["year"], False
    if kind == "dmr" and g.get("year"):
        return _resolve("dmy", m, published)
    if kind in ("md", "dm", "dmr"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None, True
        year = _month_year(month, day, published)
        return (f"{year:04d}-{month:02d}-{day:02d}" if year else None), True
    if kind in ("m", "m_may"):
        month = MONTHS[(g.get("month") or "may").lower()]
        if published is None:
            return None, True
        last = (prefix or "").strip().lower().rstrip("-")
        if last == "this":
            year = published.year
        elif last == "next":
            year = published.year if month > published.month else published.year + 1
        elif last == "last":
            year = published.year if month < published.month else published.year - 1
        else:
            year = published.year if month <= published.month else published.year - 1
        return f"{year:04d}-{month:02d}", True
    if kind == "season":
        return _season_year(g["which"].lower(), g["season"].lower(), published), True
    if kind == "rel":
        if published is None:
            return None, True
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        if rel == "last year":
            return f"{published.year - 1:04d}", True
        if rel.endswith("this year"):
            return f"{published.year:04d}", True
        if rel == "last month":
            first = published.replace(day=1) - dt.timedelta(days=1)
            return f"{first.year:04d}-{first.month:02d}", True
        if rel.endswith("this month"):
            return f"{published.year:04d}-{published.month:02d}", True
        if rel == "yesterday":
            return (published - dt.timedelta(days=1)).isoformat(), True
        if rel == "today":
            return published.isoformat(), True
        # a week dates only its month: "this week" the month of publication, "last week" the month a week before
        day = published - dt.timedelta(days=7 if rel == "last week" else 0)
        return f"{day.year:04d}-{day.month:02d}", True
    if kind == "anchored":
        return None, True  # counted from the date told before it (see _from_anchor)
    if kind == "past1":
        return (f"{published.year - 1:04d}" if published else None), True
    if kind in ("ago", "past"):
        if published is None:
            return None, True
        words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
        n = words.get(g["n"].lower()) or int(g["n"])
        if g["unit"].lower().startswith("decade"):
            return f"{published.year - 10 * n:04d}", True
        if g["unit"].lower().startswith("year"):
            return f"{published.year - n:04d}", True
        months = published.year * 12 + published.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}", True
    if kind == "wd":
        if published is None:
            return None, True
        target = WEEKDAYS[g["weekday"].lower()]
        back = (published.weekday() - target) % 7
        if (prefix or "").strip().lower() == "last" and back == 0:
            back = 7
        return (published - dt.timedelta(days=back)).isoformat(), True
    return None, False


def find_dates(doc: Doc) -> None:
    """Stage ``dates``: fill ``doc.dates`` with resolved date mentions, in text order."""
    text = doc.text
    taken = Occupied()
    found: list[DateMention] = []
    anchored: dict[int, tuple[str, int]] = {}  # start of an anchored mention -> (unit, step)
    digit_runs = [m.start() for m in _DIGIT_RUN.finditer(text)]
    sentence_of = _sentence_index(doc)
    for kind, pattern in _PATTERNS:
        for m in matches_from(pattern, text, digit_runs, len(text)) if kind in _DIGIT_LED else pattern.finditer(text):
            s, e = m.start(), m.end()
            if taken.overlaps(s, e):
                continue
            pm = _PREFIX_END.search(text, max(0, s - 30), s)
            prefix = pm.group("prefix") if pm else None
            if kind == "rel" and re.search(r"\bthe\s+$", text[max(0, s - 5) : s], re.I) and m.group("rel").lower().startswith("last"):
                continue  # "in the last year of his term" (and "in the last year", read as a span below)
            if kind == "past1" and _TREND_BEFORE.search(text, max(0, s - 60), s):
                continue  # "part of a trend we've seen mounting over the past year": how long a trend ran, not the operation
            if kind == "y" and _PRODUCT_BEFORE.search(text, max(0, s - 24), s):
                continue  # "Windows Server 2008", "Exchange 2013", "Made in China 2025": a product's or a plan's name
            if kind == "m_may" and ((prefix or "").strip().lower().rstrip("-").split() or [""])[-1] not in _MAY_PREFIXES:
                continue
            if kind in ("m", "m_may") and re.search(r"\bthe\s+$", text[max(0, s - 5) : s]) and re.match(r"\s+[a-z]", text[e : e + 2]) and not _OP_NOUN.match(text, e):
                continue  # "the November election": a month naming an event, not a date (but "the February intrusion" dates one)
            if kind == "anchored" and _MONTH_OF_BEFORE.search(text, max(0, s - 14), s):
                continue  # "in April of the same year": the month already took that year
            if kind == "anchored" and _COMPARED_WITH.search(text, max(0, s - 16), s):
                continue  # "up 20% from a year earlier", "than the previous year": a comparison, no date
            value, relative = _resolve(kind, m, doc.published, prefix)
            if kind == "past" and (ev := _BEFORE_EVENT_MONTH.match(text, e)):
                value = _back_from_event(m, ev, doc.published)  # "sat in the networks for 14 months before the July attack": counted from July
            elif kind == "past" and (ev := _BEFORE_FOUND_IN.match(text, e)) and not m.group("unit").lower().startswith("month"):
                # "for more than two years before they were discovered in 2023": counted back from the year of the discovery
                n = _NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
                value = f"{int(ev.group('year')) - n * (10 if m.group('unit').lower().startswith('decade') else 1):04d}"
            if kind in ("m", "m_may", "md", "dm") and (r := _RANGE_TO_YEAR.match(text, e)):
                value, relative = _range_year(m, r), False  # "in April and May 2015", "from June to November 2018"
            taken.add(s, e)
            role = "since" if kind in ("past", "past1") else _role(prefix)
            if kind == "y" and _RANGE_END_BEFORE.search(text, max(0, s - 8), s):
                role = "until"  # "the 2020–2021 breach": the second year ends the span
            start = pm.start() if pm else s
            found.append(DateMention(start, e, value, role, relative, sentence_of(start)))
            if kind == "anchored":
                anchored[found[-1].start] = _anchor_step(m)
    found.sort(key=lambda d: d.start)
    found = _year_from_context(doc, found)
    if anchored:
        found = _from_anchor(doc, found, anchored)
    doc.dates = found


# "for 14 months before the July attack", "for two years before the March 2019 breach": a span counted back from an event's month
_BEFORE_EVENT_MONTH = re.compile(
    r",?\s+(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?" + _MONTH + r"(?:\s+(?:of\s+)?" + _YEAR + r")?\b"
)


_BEFORE_FOUND_IN = re.compile(
    r",?\s+(?:before|prior\s+to)\s+(?:[\w'’-]+\s+){0,3}?(?:discovered|detected|spotted|uncovered|found|caught|exposed|discovery|detection)\s+(?:in\s+)?(?:" + _MONTH + r",?\s+)?(?:of\s+)?" + _YEAR + r"\b",
    re.I,
)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}


def _back_from_event(m: re.Match[str], ev: re.Match[str], published: dt.date | None) -> str | None:
    """The month ``m``'s span ("for 14 months") reaches back to from the event month named after it."""
    month = MONTHS[ev.group("month").lower().rstrip(".")]
    year = int(ev.group("year")) if ev.group("year") else _month_year(month, None, published)
    if year is None:
        return None
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
    n = words.get(m.group("n").lower()) or int(m.group("n"))
    unit = m.group("unit").lower()
    back = n * (120 if unit.startswith("decade") else 12 if unit.startswith("year") else 1)
    months = year * 12 + month - 1 - back
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


# "April and May 2015", "June to November 2018", "August-September 2022", "May 5 to June 3, 2021":
# the first month of a range takes the year written after the last
_RANGE_TO_YEAR = re.compile(
    r"\s*(?:and|to|until|till|through|into|[-–—])\s*(?:(?:early|mid|late)[\s-]+|the\s+(?:end|close|middle|start|beginning)\s+of\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?" + _MONTH
    + r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?" + _YEAR + r"\b"
)


def _range_year(m: re.Match[str], r: re.Match[str]) -> str | None:
    """The first month of a range dated by the year after its last ("November to February 2020": 2019-11)."""
    g = m.groupdict()
    month = MONTHS[(g.get("month") or "may").lower().rstrip(".")]
    year = int(r.group("year")) - (month > MONTHS[r.group("month").lower().rstrip(".")])
    day = int(g["day"]) if g.get("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


_PRODUCT_BEFORE = re.compile(r"\b(?:Windows(?:\s+Server)?|Server|Office|Exchange|SharePoint|Outlook|Visual\s+Studio|SQL|Made\s+in\s+China|Vision|Agenda)\s+$")
_TREND_BEFORE = re.compile(r"\btrends?\b[^.;]*$", re.I)
_OP_NOUN = re.compile(r"\s+(?:cyber-?)?(?:attacks?|intrusions?|hack|hacking|breach|heist|theft|compromise|break-in)\b", re.I)
_RANGE_END_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*[–—-]\s*$")
_YEARLESS = re.compile(r"^(?:\d{4})-(\d\d)(?:-(\d\d))?$")


def _anchor_step(m: re.Match[str]) -> tuple[str, int]:
    """("month", -1) for "the previous month", ("year", 0) for "later that year", ("year", 2) for "two years later",
    ("winter", 1) for "the next winter", ("summer", 0) for "that summer"."""
    g = m.groupdict()
    season = g["s1"] or g["s2"] or g["s3"] or g["s4"]
    way = (g["d1"] or g["d2"] or g["d3"] or "").lower()
    sign = 1 if way in ("following", "next", "after", "later", "afterward", "afterwards") else -1 if way else 0
    if season:
        return season.lower(), sign
    if g["u5"]:
        n = _NUMBER_WORDS.get(g["n"].lower()) or int(g["n"])
        return g["u5"].lower().rstrip("s"), sign * n
    unit = (g["u1"] or g["u2"] or g["u3"] or g["u4"]).lower()
    return unit, sign


def _anchored_value(last: str, unit: str, step: int) -> str | None:
    """The date ``step`` ``unit``s from ``last`` (YYYY, YYYY-MM or YYYY-MM-DD), as precise as both allow:
    "two years later" than May 2021 is 2023; eight months later than June 2017 is 2018-02 (a year alone
    gives no month to count months from); "the next winter" after December 2015 is the winter of 2016
    (a season is dated by the year it begins)."""
    year = int(last[:4])
    month = int(last[5:7]) if len(last) >= 7 else None
    if unit == "year":
        return f"{year + step:04d}"
    if unit in ("month", "week", "day"):
        if unit == "day" and len(last) == 10:
            return (dt.date(year, month, int(last[8:10])) + dt.timedelta(days=step)).isoformat()
        if unit == "week" and len(last) == 10:
            day = dt.date(year, month, int(last[8:10])) + dt.timedelta(weeks=step)
            return f"{day.year:04d}-{day.month:02d}"
        if month is None:
            return None
        months = year * 12 + month - 1 + (step if unit == "month" else round(step * (7 if unit == "week" else 1) / 30.4))
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    first, end = _SEASONS[unit]
    if month is None:
        return f"{year + step:04d}"  # ("In 2016 ... The following summer": the next year's)
    if step == 0:
        return f"{year - (unit == 'winter' and month <= 2):04d}"
    if step > 0:  # the first season of that name to begin after the anchor's month
        return f"{year if first > month else year + 1:04d}"
    # the last season of that name over before the anchor's month (a winter ends in the year after it began)
    if unit == "winter":
        return f"{year - 1 if month > end else year - 2:04d}"
    return f"{year if end < month else year - 1:04d}"


def _from_anchor(doc: Doc, found: list[DateMention], anchored: dict[int, tuple[str, int]]) -> list[DateMention]:
    """"From February 2020 ... Later that year ...", "In January ... had been breached the previous month":
    the year or month counted from the last date told before it (not from a weekday, the day of the news)."""
    out: list[DateMention] = []
    last: str | None = None
    last_relative = True
    for d in found:
        if d.start in anchored:
            unit, step = anchored[d.start]
            value = _anchored_value(last, unit, step) if last else None
            if value and doc.published is not None and value > doc.published.isoformat()[: len(value)]:
                value = None
            # (counted from a date written out, it is as firm as that date: "In 2016 ... Two years later ..." dates an operation to 2018)
            d = DateMention(d.start, d.end, value, d.role, d.relative and (value is None or last_relative), d.sentence)
            if value and step >= 0:  # ("In June 2017 ... Eight months later ... The next winter ...": the story runs on from each; a look back does not move it)
                last, last_relative = value, d.relative
        elif d.value and not _WEEKDAY_OR_TODAY.search(doc.text, d.start, d.end):
            last, last_relative = d.value, d.relative
        out.append(d)
    return out


_COMPARED_WITH = re.compile(r"\b(?:from|than|with|versus|vs\.?|over|against)\s+$", re.I)
_MONTH_OF_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?$")
_WEEKDAY_OR_TODAY = re.compile(r"day\b|today|yesterday|week", re.I)


def _year_from_context(doc: Doc, found: list[DateMention]) -> list[DateMention]:
    """"December 2015. ... On December 23 ...": a month without a year takes the
    year of the last explicit date before it in the same paragraph."""
    starts = [s.start for s in doc.sentences]  # (ascending)

    def paragraph(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        return doc.sentences[i].paragraph if i >= 0 else -1

    out: list[DateMention] = []
    last: tuple[int, int, int] | None = None  # (paragraph, year, month or 0)
    for d in found:
        p = paragraph(d.start)
        explicit = d.value is not None and not d.relative
        if explicit and not (d.role != "point" and len(d.value) == 4):
            # ("Since at least 2007, the ministry has ... In January, ...": a span's first year is no anchor for a month)
            last = (p, int(d.value[:4]), int(d.value[5:7]) if len(d.value) >= 7 else 0)
        elif d.relative and d.value and last and last[0] == p and _YEARLESS.match(d.value) and _month_named(doc.text[d.start : d.end]):
            candidate = f"{last[1]:04d}{d.value[4:]}"
            if last[2] and int(d.value[5:7]) < last[2] and not _THAT_YEAR.match(doc.text, d.end):
                later = f"{last[1] + 1:04d}{d.value[4:]}"  # "starting in late November 2023 ... detected on January 12": the story runs on
                if doc.published is not None and later[:7] <= doc.published.isoformat()[:7]:
                    candidate = later
            if doc.published is None or candidate[:7] <= doc.published.isoformat()[:7]:
                d = DateMention(d.start, d.end, candidate, d.role, d.relative, d.sentence)
        out.append(d)
    return out


# "in October 2018 ... had tried in April that year", "... in April and May of that year"
_THAT_YEAR = re.compile(r"(?:\s+(?:and|to|until|through)\s+[A-Z][a-z]+)?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)


def _month_named(surface: str) -> bool:
    return bool(re.search(r"January|February|March|April|May|June|July|August|September|October|November|December", surface))


def _sentence_index(doc: Doc):
    starts = [s.start for s in doc.sentences]

    def of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    return of


# patterns scanned over the whole text run only where their required words occur (see .prefilter)
gate(globals(), *(f"_PATTERNS.{kind}" for kind in ("ymd", "mdy", "my", "md", "m", "m_may", "y", "season", "rel", "ago", "wd")), whole_texts=True)


__all__ = ["DateMention", "find_dates", "MONTHS", "WEEKDAYS"]
