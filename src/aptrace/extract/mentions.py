"""Stage ``mentions``: actors, states, parties, organs and agencies in the text.

Gazetteer hits come from one automaton (:mod:`.gazetteer`); actor names not
yet in any galaxy come from naming patterns (``APT\\d+``, ``Storm-\\d+``,
"<Word> Typhoon", "a group it tracks as X", "X, a ransomware gang").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import ahocorasick

from ..kb import actor_index
from ..kb.actors import GENERIC_WORDS, is_generic
from ..kb.agencies import resolve_generic
from ..kb.attack import load_profiles
from ..kb.galaxies import ransomware_gang_names
from ..kb.states import ACCUSABLE_ORGANS, COMPANIES, ORGANISATIONS, PLACE_NAMES, PLACES, SPYWARE_VENDORS, STATE_MEDIA, state_forms
from .doc import Doc, Mention, Occupied
from .cues import AGENCY_SPEAKS, HIT_ATTACK, KNOCKED_OFFLINE, NOT_SPOKEN_FOR, OWN_OPERATION
from .gazetteer import Gazetteer, default_gazetteer
from .prefilter import Starts, gate

_NAMED_PATTERNS = [
    re.compile(r"\b(?:APT|UNC|TA|FIN|TEMP\.)[- ]?\d{1,4}\b"),
    re.compile(r"\b(?:DEV|Storm|STORM)-\d{3,4}\b"),
    re.compile(
        r"\b[A-Z][a-z]{2,}\s(?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Panda|Bear|Kitten|Chollima|Spider|Hail|Dust|Flood|Jackal|Leopard|Tiger)\b"
    ),
]
_NAME = r"\b(?P<name>[A-Z][\w!.-]*[\w!](?:\s(?:[A-Z0-9][\w!-]*|of|the))?(?:\s[A-Z0-9][\w!-]*)?)"
# _NAME where a space or comma must follow it: each word of the name is then all of its run of
# name characters, so the runs are taken whole (possessive: no backtracking into them) and the
# word boundary is tested after the capital (which lets the scan skip to capitals); same matches.
# a name a group gives itself, which may run on with "of" ("calling itself Cyber Army of Liberty", "a persona called Sword of Justice")
_SELF_NAME = _NAME[:-1] + r"(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w!-]*)?)"
_NAME_LEAD = r"(?P<name>[A-Z](?<!\w[A-Z])[\w!.-]++(?<=[\w!])(?:\s(?:[A-Z0-9][\w!-]*+|of|the))?(?:\s[A-Z0-9][\w!-]*+)?)"
# what every match of some patterns below holds, case as written: a text without it needs no scan for that pattern
_KIND_CORE = r"(?:ransomware|hacking|hacker|hacktivist|cybercriminal|criminal|cyber-?criminal|cyber|threat|extortion)\s+(?:group|gang|operation|outfit|collective|crew|syndicate)\b"
_GANG_CORE = r"(?:gang|hacking\s+group|hacker\s+group|hacktivist\s+group|hacktivists)\b"
_BARE_CORE = r",\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:group|gang|crew|collective)\b"
_AS_CALLED_CORE = r",\s+as\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:calls?|called|dubs?|dubbed|names?|named|tracks?|tracked)\s+(?:it|them)\b"
_DOERS = r"(?:group|gang|crew|operator|actor|collective|outfit|cluster)"
_DOERS_CORE = _DOERS + r",\s+"
_BEHIND_CORE = r"(?:was|were|is|are|had\s+been)\s+(?:\w+\s+){0,2}?(?:behind|responsible\s+for)\b"
_CONTEXT_PATTERNS = [
    re.compile(
        r"\b(?:group|gang|crew|outfit|collective|actor|cluster|team|operation|campaign|operator)(?:\s+|,\s+(?=which|that))(?:(?:that\s+|which\s+)?(?:it|they|researchers|\w+)\s+)?"
        r"(?:calls|called|call|known\s+as|named|dubbed|tracks\s+as|tracked\s+as|track\s+as|nicknamed|labell?ed|has\s+named|had\s+earlier\s+named|it\s+calls|codenamed|it\s+tracks\s+as)\s+(?:the\s+)?"
        + _NAME
    ),
    re.compile(r"\b(?:tracked|known|dubbed)\s+(?:by\s+\w+(?:\s\w+)?\s+)?(?:under\s+the\s+name|as)\s+" + _NAME),
    # "hackers who operated under the name CyberAv3ngers", "going by the name X", "calling itself Cyber Army of Russia"
    re.compile(
        r"\b(?:(?:operat\w+|went|go(?:es|ing)?|posing|posed|acting|act(?:s|ed)?|hid(?:ing)?|work(?:s|ed|ing)?)\s+(?:by|under)\s+(?:the\s+)?(?:name|moniker|banner|persona|alias|handle|guise)s?"
        r"(?:\s+of)?|call(?:s|ed|ing)\s+(?:itself|themselves)|(?:using|used|uses)\s+the\s+(?:name|moniker|persona|handle|alias)|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?persona\s+(?:called|named|known\s+as|dubbed))\s+(?:the\s+)?[\"“']?" + _SELF_NAME
    ),
    _APPOSITION_KIND := re.compile(
        _NAME_LEAD + r",?\s+(?:is\s+|was\s+)?(?:a|an|another|the)\s+(?:[\w-]+\s+){0,3}?" + _KIND_CORE
    ),
    _APPOSITION_GROUP := re.compile(_NAME_LEAD + r"\s+(?:ransomware\s+)?" + _GANG_CORE),
    # "Animal Farm, a group behind malware families ...": a name the text glosses as a group
    _APPOSITION_BARE := re.compile(_NAME_LEAD + _BARE_CORE + r"(?!\s+of\b)"),
    # "two members of the Armageddon group": a name, even a plain word, that the text calls a group
    re.compile(r"\b(?:the|a)\s+(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\s+(?:group|gang|crew)\b(?!\s+of\b)"),
    # "a separate gang, DarkSide, forced ...", "a second operator, SNEAKYKESTREL, which ...": a group, then its name in apposition
    _APPOSITION_AFTER_NOUN := re.compile(
        r"\b(?:[Aa]n?|[Aa]nother|[Tt]he)\s+(?P<kind>(?:[\w-]+\s+){0,3}?" + _DOERS + r"),\s+(?:the\s+)?"
        + _NAME_LEAD + r",\s+(?:which|that|who|whose|has|had|was|is|[a-z]+ed)\b"
    ),
    # "One of them, Z-Pentest, broke into ...; the other, NoName057(16), flooded ...": groups the text counted, named one by one
    re.compile(
        r"\b(?:[Oo]ne\s+of\s+them|[Tt]he\s+other|[Aa]nother|[Tt]he\s+(?:first|second|third|latter|former)),\s+(?P<name>[A-Z][\w!.()-]*[\w!)](?:\s[A-Z0-9][\w!()-]*)?),\s+"
        r"(?:(?:has|had|was|is)\s+)?(?:[a-z]+ed|broke|stole|took|hit|ran|claimed|said|says)\b"
    ),
    # "an investigation into what it calls NilePhish", "attributed to what Microsoft has dubbed Storm Owl": the name a finder gives
    # the campaign or its doers (not "deployed what it calls BRICKSTORM": no preposition before "what", and a tool's gloss makes it one)
    re.compile(
        r"\b(?:into|on|of|by|to|from|about|behind|against|with)\s+what\s+(?:it|they|he|she|researchers|(?:the\s+)?[\w-]+|[A-Z][\w-]*\s[A-Z][\w-]*)\s+"
        r"(?:(?:now|has|have|had|also)\s+)?(?:calls?|called|dubs|dubbed|names|named|tracks\s+as|tracked\s+as|refers\s+to\s+as)\s+(?:the\s+)?[\"“']?" + _NAME
    ),
    # "NilePhish, as researchers call it, sent ...": a name the text credits to others
    _AS_THEY_CALL := re.compile(_NAME_LEAD + _AS_CALLED_CORE),
    # 'a hacker writing as "ComodoHacker" said he had done it alone', 'posting under the handle "Guccifer"': a persona's name, in quotes
    re.compile(r"\b(?:writ|post|sign|tweet|blogg)(?:ing|ed|s|e)?\s+(?:online\s+)?(?:as|under)\s+(?:the\s+)?(?:(?:name|handle|alias|moniker|pseudonym)\s+)?[\"“']" + _NAME + r"[\"”']"),
    # "The Cyber_Horus Group claimed the attack": a name the text gives with its "Group", as the group acts
    _NAME_WITH_GROUP := re.compile(r"\b(?P<name>[A-Z][\w-]*[\w](?:\s[A-Z][\w-]*)?\s(?:Group|Team))(?=\s+(?:(?:has|had|also|later)\s+)?(?:claimed|took\s+responsibility|defaced|hacked|breached|attacked|leaked|published\s+(?:the\s+)?(?:stolen|leaked))\b)"),
    # "members of 'Armageddon', a group supported by the FSB": a quoted name the text calls a group
    re.compile(r"['‘\"“]" + _NAME + r"['’\"”](?:,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:group|gang|crew|collective|unit)\b)"),
]
# groups that watch, defend or campaign, not groups that hack
_CIVIC_GROUP = re.compile(r"\b(?:rights|advocacy|watchdog|research|monitoring|lobby|industry|media|opposition|activist|civil[- ]society|campaign|pressure|privacy|press[- ]freedom|freedom|human[- ]rights|non-?profit|volunteer)\s+(?:group|collective)$", re.I)
_CIVIC_WORK_AFTER = re.compile(r"\s+(?:that|which|who)\s+(?:\w+\s+)?(?:monitors|tracks|campaigns|advocates|defends|represents|promotes|studies|researches|documents|fights|helps|works\s+to|works\s+for\s+(?:press|digital|human|internet)|protects|supports\s+(?:journalists|victims|activists))\b", re.I)
_APPOSITIONS = (_APPOSITION_KIND, _APPOSITION_GROUP, _APPOSITION_BARE)  # "X, a ransomware gang", "X hacker group"
_NAMING = (_CONTEXT_PATTERNS[0], _CONTEXT_PATTERNS[2])  # "a group known as X", "calling itself X": X is a name, even a state's

# Handles that look like a group's self-chosen name: CamelCase, letters with digits, capitals.
_HANDLE = r"\b(?P<name>(?:[A-Z][a-z]+[A-Z][\w-]*|[A-Za-z]+\d[\w()-]*|[A-Z]{3,}\d*)(?:\s[A-Z][\w-]*)?)"
# _HANDLE where a space or comma must follow it: runs taken whole, as for _NAME_LEAD; same matches
_HANDLE_LEAD = r"\b(?P<name>(?:[A-Z][a-z]++[A-Z][\w-]*+|[A-Za-z]++\d[\w()-]*+|[A-Z]{3,}+\d*+)(?:\s[A-Z][\w-]*+)?)"
_CONTEXT_PATTERNS += [
    _HANDLE_BEHIND := re.compile(_HANDLE_LEAD + r"\s+" + _BEHIND_CORE),
    re.compile(_HANDLE_LEAD + r",?\s+(?:who\s+)?(?:claimed|hacked|attacked|breached|defaced)\b"),
    re.compile(r"\b(?:blamed\s+on|attributed\s+(?:\w+\s+){0,3}?to|work\s+of|carried\s+out\s+by|claimed\s+by|responsibility\s+for\s+which\s+was\s+claimed\s+by)\s+(?:the\s+)?" + _HANDLE),
]
# the patterns with a core, and their cores (see _KIND_CORE; _CORES pairs them once they are gated)
_CORED = (_APPOSITION_KIND, _APPOSITION_GROUP, _APPOSITION_BARE, _AS_THEY_CALL, _HANDLE_BEHIND, _APPOSITION_AFTER_NOUN)
_CONTEXT_CORES = [re.compile(core) for core in (_KIND_CORE, _GANG_CORE, _BARE_CORE, _AS_CALLED_CORE, _BEHIND_CORE, _DOERS_CORE)]
_ACRONYM_SPEAKS = re.compile(
    r"\b(?P<org>[A-Z]{2,6})\s+(?:(?:also|has|had|later|then|publicly|itself)\s+)?(?:said|says|announced|confirmed|reported|disclosed|revealed|blamed|attributed|accused)\b"
)
# a company the gazetteers don't know, introduced as one: "the Israeli company ClearSky",
# "cybersecurity firm Flashpoint", "Cyfirma, a Singapore-based cybersecurity firm"
_FIRM_NAME = r"(?P<org>[A-Z][\w&-]*[a-z][\w&-]*(?:\s+\d{1,3}(?!\d|,\d))?(?:\s+(?:Labs?|Group|Security|Intelligence|Networks|Research|[A-Z][a-z]+[A-Z][\w-]*))?)"
_FIRM_WORD = r"(?:(?i:cyber-?\s?security|security|threat[- ]intelligence|intelligence|antivirus|research|software|technology|tech)|IT)"
_DESCRIBED_COMPANY = (
    re.compile(r"\b(?:[A-Z][a-z]+(?:-based)?\s+)?" + _FIRM_WORD + r"\s+(?:company|firm|vendor)\s+" + _FIRM_NAME + r"(?![\w&-])"),
    # without a trade word, only as a speaker: "the Israeli company ClearSky said", not "the firm Chosun Expo was listed"
    re.compile(r"\b(?:company|firm|vendor)\s+" + _FIRM_NAME + r"(?=\s+(?:(?:also|has|had|later|then|publicly)\s+)?(?:said|says|reported|reports|wrote|found|attributed|attributes|linked|links|tied|blamed|assessed|assesses|concluded|believes|named|tracks)\b)"),
    re.compile(_FIRM_NAME + r",\s+an?\s+(?:[\w-]+\s+){0,3}?" + _FIRM_WORD + r"\s+(?:company|firm|vendor|provider|specialist|outfit)\b"),
)
# what each of those holds: a capital after "company", "firm" or "vendor", or a trade word before the noun (most texts have neither)
_COMPANY_DESCRIBED = re.compile(r"(?:company|firm|vendor)\s+[A-Z]|" + _FIRM_WORD + r"\s+(?:company|firm|vendor|provider|specialist|outfit)\b")
# a firm the text introduces by name: "a Shanghai company called i-Soon", "a UAE cybersecurity company, DarkMatter"
_FIRM_NAME_ANY = _FIRM_NAME.replace("(?P<org>", "(?P<org>(?<![\\w-])(?:[a-z]-)?", 1)  # ("i-Soon")
_FIRM_INTRODUCED = (
    re.compile(r"\b(?:company|firm|contractor|business)\s+(?:called|named|known\s+as)\s+" + _FIRM_NAME_ANY + r"(?![\w&-])"),
    re.compile(r"\b(?:an?|the)\s+(?:[A-Z][\w-]*\s+)?" + _FIRM_WORD + r"\s+(?:company|firm|contractor),\s+" + _FIRM_NAME_ANY + r"(?=[.,;]|\s+(?:which|that)\b)"),
    # "Court papers do not name the firm, but news reports identified it as Bluehorn"
    re.compile(r"\b(?:identified|named|revealed|unmasked)\s+(?:it|the\s+(?:firm|company|contractor))\s+as\s+" + _FIRM_NAME_ANY + r"(?![\w&-])"),
    # "the hack-for-hire firm Bluehorn", "Bluehorn, an Indian hacking-for-hire company"
    re.compile(r"\bhack(?:ing|ers?)?[- ]for[- ]hire\s+(?:company|firm|contractor|outfit|business)\s+(?:called\s+|named\s+)?" + _FIRM_NAME_ANY + r"(?![\w&-])"),
    re.compile(_FIRM_NAME_ANY + r",\s+an?\s+(?:[\w-]+\s+){0,2}?hack(?:ing|ers?)?[- ]for[- ]hire\s+(?:company|firm|contractor|outfit|business)\b"),
)
_NOT_FIRMS = frozenset({"The", "This", "That", "It", "Its", "In", "On", "At", "But", "And", "Said", "Last", "Earlier", "Monday", "Tuesday", "Wednesday",
                        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"})
# what a group's longer name may hold ("Pakistan Cyber Army", "Syrian Electronic Army")
_UNIT_NUMBER = re.compile(r"\b(?:Unit|Bureau)\s*\d")
_PART_OF_NAME = ("state", "generic_organ")  # (not a service: "Military Unit 71330" stays the FSB's unit)
# capitals that are not organisations: pronouns, titles, time words
_NOT_ORGS = frozenset({"I", "TV", "CEO", "AP", "AM", "PM", "US", "UK", "EU", "UN", "OK", "IT", "AI", "GMT", "UTC", "CERT", "CSIRT", "CIRT", "SOC"}) | {
    m for m in STATE_MEDIA if m.isupper()  # a state outlet relays ("KCNA said the US was behind ..."): no party of its own
}
# words that make a sentence speak of software, so that a catalogue name there is one
_SOFTWARE_CONTEXT = re.compile(
    r"\b(?:malware|ransomware|wipers?|worms?|virus\w*|trojans?|backdoors?|implants?|spyware|botnets?|rootkits?|loaders?|droppers?|stealers?|"
    r"exploits?|toolkits?|tools?|payloads?|web\s?shells?|remote\s+access|RATs?|code|variants?|samples?|strains?|infect\w*|deploy\w*|install\w*)\b",
    re.I,
)
_MALWARE_KIND = r"(?:malware|wiper|ransomware|backdoor|trojan|implant|worm|spyware|botnet|rootkit|loader|dropper|stealer|web\s?shell)"
_MALWARE_NAMED = [
    # the name's words taken whole, as for _NAME_LEAD (a space follows each); same matches
    re.compile(r"(?P<name>[A-Z](?<!\w[A-Z])[\w.-]++(?<=[A-Za-z0-9])(?:\s[A-Z][\w-]++(?<=[A-Za-z0-9]))?)\s+" + _MALWARE_KIND + r"\b"),
    re.compile(r"\b" + _MALWARE_KIND + r"s?,?\s+(?:called|named|dubbed|known\s+as|tracked\s+as|(?:which\s+|that\s+)?(?:it|they|researchers|\w+)\s+(?:calls?|dubbed|named|tracks\s+as))\s+(?P<name>[A-Z][\w.-]*[A-Za-z0-9](?:\s[A-Z][\w-]*[A-Za-z0-9])?)"),
]
_MORE_NAMES = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)((?:[A-Z][A-Z0-9.-]{2,}|[A-Z][a-z]+[A-Z0-9][\w-]*|[A-Za-z]+\d[\w-]*))\b")
_NOT_SOFTWARE = {"New", "Custom", "Destructive", "Malicious", "Sophisticated", "Russian", "Chinese", "Iranian", "Korean", "North", "South", "Data", "Linux", "Windows", "Android", "Mac", "Email", "Mobile"}


def _software_named(doc: Doc, text: str, start: int, end: int, sentence: int) -> bool:
    """Is a catalogue name used as software here? A distinctive spelling (a digit,
    inner capital, all capitals, a hyphen) is; a plain word is when the sentence
    speaks of malware or tools."""
    surface = text[start:end]
    if re.search(r"\d|[a-z][A-Z]|-", surface) or (surface.isupper() and len(surface) >= 5):
        return True
    if _USED_BEFORE.search(text, max(0, start - 30), start):
        return True  # "the hackers used Mimikatz"
    if not doc.sentences:
        return False
    s = doc.sentences[sentence]
    return bool(_SOFTWARE_CONTEXT.search(text, s.start, s.end))


_USED_BEFORE = re.compile(r"\b(?:used|using|uses|deployed|deploying|deploys|dropped|installed|loaded)\s+(?:the\s+|a\s+)?$", re.I)


_STOP_NAMES = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "Last", "Its", "One", "Another",
    "Security", "Researchers", "Islamic", "State", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Group", "Microsoft", "Google", "However", "But", "And", "Both", "Each", "Hackers", "Cyber", "Ransomware",
    "Wagner", "Criminal", "Such", "Which", "What", "When", "Who", "Police", "Government", "Officials", "Hacking", "He",
    "She", "They", "We", "Our", "Their", "His", "Her", "Western", "European", "Internet",
    # time words that open a sentence ("Since November, a ransomware operation ...")
    "Since", "Until", "Before", "After", "During", "Earlier", "Later", "Over", "Within", "Throughout", "Yesterday",
    "Today", "Meanwhile", "Separately", "Now", "Then", "Recently", "Previously", "Next", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
}

# "a group based in China": location, not a sponsor
_LOCATED = re.compile(r"\b(?:based|located|headquartered|registered|hosted|living|residing)\s+in\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+)?$")
_STATE_SPONSORED = re.compile(r"\b(?:(?:state|government)[- ](?:sponsored|backed|linked|affiliated)|nation[- ]state)\b", re.I)
_CONTINENT_BEFORE = re.compile(r"\b(?:North|South|Latin|Central)[\s-]+$")
# a capitalised word right before a state's name that is no part of a place name: a given name
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.])(?!(?:North|South|East|West|New|Saudi|Sri|Costa|El|San|Papua|Sierra|Burkina|Puerto|Cape|Czech|Dominican|Central|Equatorial|United|Great|Northern|Southern|Western|Eastern|Upper|Lower|Greater|Mainland|Soviet|Red|Grand|Democratic|Islamic|Republic|Kingdom|People|"
    r"The|And|But|For|From|With|Both|Also|Then|Now|When|While|After|Before|Since|Meanwhile|Neither|Nor|Only|Even|Like|Unlike|Against|Across|Inside|Outside|Under|Over|Within|Without|Today|Yesterday)\b)[A-Z][a-z]{2,}\s$")
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|added|wrote|announced|stated|noted)\b")
_LANGUAGE_AFTER = re.compile(r"[\s-]+(?:edition|language|version|translation|original|text|service|subtitles|-language)\b", re.I)
# an American state or city, or "U.S. state", near "Georgia"
_US_STATE_NEAR = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(p) for p, c in PLACES.items() if c == "US"), key=len, reverse=True)) + r"|U\.?S\.?\s+state|American\s+state|Savannah)\b"
)
_SUFFIX = re.compile(r"^(?:['’]s\b|-(?:based|speaking|linked|backed|sponsored|affiliated|aligned|nexus|origin|made|directed|funded|financed|tasked))", re.I)


def find_mentions(doc: Doc, *, gazetteer: Gazetteer | None = None) -> None:
    """Stage ``mentions``: fill ``doc.mentions`` (text order, non-overlapping)."""
    gaz = gazetteer or default_gazetteer()
    text = doc.text
    starts = [s.start for s in doc.sentences]

    def sent(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    out: list[Mention] = []
    index = actor_index()
    for h in gaz.find(text):
        e = h.entry
        form = e.subform
        suffix = _SUFFIX.match(text[h.end : h.end + 12])
        if e.kind == "state" and suffix:
            form = "genitive" if suffix.group(0).lower().startswith(("'", "’")) else suffix.group(0).lower().lstrip("-")
        if e.kind == "state" and form == "demonym" and _LANGUAGE_AFTER.match(text, h.end, h.end + 30):
            form = "speaking"  # "translated from the Spanish edition": a language, not a state
        if e.kind == "state" and _LOCATED.search(text[max(0, h.start - 40) : h.start]) and not _STATE_SPONSORED.search(text[max(0, h.start - 80) : h.start]):
            form = "based"
        if e.kind == "state" and text[h.start : h.end] == "America" and _CONTINENT_BEFORE.search(text, max(0, h.start - 9), h.start):
            continue  # "North America", "Latin America": a continent, not the United States
        if e.kind == "state" and (text[h.end : h.end + 4] == " Sea" or text[max(0, h.start - 7) : h.start] == "Sea of "):
            continue  # "the South China Sea", "the Sea of Japan": a sea, not the state
        if e.kind == "state" and text[h.end : h.end + 1] == "$":
            continue  # "US$60 million", "HK$2 billion": a currency, not a state
        if e.kind == "state" and form == "name" and _GIVEN_NAME_BEFORE.search(text, max(0, h.start - 20), h.start) and _SPEAKS_AFTER.match(text, h.end, h.end + 30):
            continue  # "Deputy Attorney General Lisa Monaco said": a person's surname, not Monaco
        if e.kind == "state" and e.value == "GE" and text[h.start : h.end] == "Georgia" and _US_STATE_NEAR.search(text, max(0, h.start - 150), min(len(text), h.end + 150)):
            continue  # "Randolph Air Force Base in Texas, Robins Air Force Base in Georgia", "Atlanta, Georgia": the American state
        if e.kind == "state" and text[max(0, h.start - 4) : h.start] == "New " and text[h.start : h.end] in ("Jersey", "Mexico", "York", "Hampshire"):
            continue  # "New Jersey", "New Mexico": American states, not Jersey or Mexico
        value = e.value
        if e.kind == "software" and not _software_named(doc, text, h.start, h.end, sent(h.start)):
            continue  # "Flame", "Agent", "Carbon": a catalogue name the sentence does not use as software
        if e.kind == "actor":
            entries = [index.get(ref) for ref in e.value]
            value = (text[h.start : h.end], tuple(x for x in entries if x is not None))
        out.append(Mention(h.start, h.end, e.kind, value, text[h.start : h.end], form, sent(h.start)))
    taken = _occupied(out)
    listed = list(_listed_groups(text))
    found = listed + list(_pattern_actors(text)) + list(_acting_names(text, gaz)) + list(_policed_names(text, gaz, any(m.kind == "actor" for m in out)))
    # a name found by a pattern once is the same name everywhere in the text
    names = sorted({name for _, _, name in found}, key=len, reverse=True)
    if names:  # one pass for all of them, however many the patterns found
        anywhere = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        for m in anywhere.finditer(text):
            found.append((m.start(), m.end(), m.group(0)))
    states_named = {name for _, _, name in found if name in _state_surfaces()}
    if states_named:  # "a gang calling itself Cuba": that word is the gang's name throughout the text
        out = [m for m in out if not (m.kind == "state" and m.surface in states_named)]
        taken = _occupied(out)
    inside = sorted((s, e) for s, e, name in found if " " in name)
    if inside and any(m.kind in _PART_OF_NAME for m in out):  # "calling itself the Pakistan Cyber Army": the state's name is part of the group's
        longest = max(e - s for s, e in inside)
        out = [m for m in out if not (m.kind in _PART_OF_NAME and _within_a_name(inside, longest, m))]
        taken = _occupied(out)
    for s, e, name in sorted(found):
        if taken.overlaps(s, e):
            continue
        entries = tuple(index.lookup(name))
        if not entries and " " in name and name.endswith("s") and not name.endswith("ss"):
            entries = tuple(e for e in index.lookup(name[:-1]) if not is_generic(name[:-1]))  # "Fancy Bears' Hack Team": Fancy Bear's
        out.append(Mention(s, e, "actor", (name, entries), text[s:e], "pattern" if not entries else "kb", sent(s)))
        taken.add(s, e)
    out = [_not_a_group(text, m) if m.kind == "actor" else m for m in out]
    # "in a scheme dubbed FASTCash" ... "October: FASTCash.": the name the text gives a scheme or tool names it throughout
    named_tools = {m.surface for m in out if m.kind == "software" and m.form == "tool" and _TOOL_BEFORE.search(text, max(0, m.start - 50), m.start)}
    if named_tools:
        out = [Mention(m.start, m.end, "software", (None, m.surface, None), m.surface, "tool", m.sentence) if m.kind == "actor" and m.surface in named_tools else m for m in out]
    # "Operation Soft Cell", "Operation Aurora": the operation's name, even where the catalogue files it as an alias
    # ("a campaign they call Operation In(ter)ception": the word alone, where the name's odd spelling stops the pattern)
    out = [m for m in out if not (m.kind == "actor" and (m.surface[:10].lower() == "operation " or m.surface == "Operation"))]
    # "spyware made by NSO Group": a vendor that sells to the operators, a company and not the actor
    out = [Mention(m.start, m.end, "company", m.surface, m.surface, "vendor", m.sentence) if m.kind == "actor" and m.surface in SPYWARE_VENDORS else m for m in out]
    # a name used as a group's ("the REvil gang") is the actor there, not the malware of the same name
    actors = Occupied()
    for m in out:
        if m.kind == "actor":
            actors.add(m.start, m.end)
    out = [m for m in out if m.kind != "software" or not actors.overlaps(m.start, m.end)]
    for m in out:
        if m.kind == "software":
            taken.add(m.start, m.end)
    # malware the catalogue does not know, named as such ("the KV Botnet malware", "a wiper called AcidPour")
    states = _state_surfaces()
    for pat in _MALWARE_NAMED:
        for m in pat.finditer(text):
            a, b = m.start("name"), m.end("name")
            name = m.group("name")
            first = name.split()[0]
            if taken.overlaps(a, b) or first in _STOP_NAMES or first in states or name in states or first in _NOT_SOFTWARE:
                continue
            sentence_start = doc.sentences[sent(a)].start if doc.sentences else 0
            if a == sentence_start and pat is _MALWARE_NAMED[0]:
                continue  # "Destructive malware ...": a capital that starts the sentence
            out.append(Mention(a, b, "software", (None, name, None), name, "pattern", sent(a)))
            taken.add(a, b)
            while pat is _MALWARE_NAMED[1]:  # "new malware it calls BIASBOOT and LOADGRIP"
                more = _MORE_NAMES.match(text, b)
                if more is None or taken.overlaps(more.start(1), more.end(1)):
                    break
                a, b = more.start(1), more.end(1)
                out.append(Mention(a, b, "software", (None, more.group(1), None), more.group(1), "pattern", sent(a)))
                taken.add(a, b)
    # "The Council today decided ...": in a text about the EU, its Council
    if "Council" in text and any(m.kind == "org" and m.value == "EU" for m in out):
        for m in _THE_COUNCIL.finditer(text):
            if not taken.overlaps(m.start(1), m.end(1)):
                out.append(Mention(m.start(1), m.end(1), "org", "EU", m.group(1), "exact", sent(m.start(1))))
                taken.add(m.start(1), m.end(1))
    firms: set[str] = set()
    introducing = list(_DESCRIBED_COMPANY) if _COMPANY_DESCRIBED.search(text) else []
    if "compan" in text or "firm" in text or "contractor" in text:  # "a Shanghai company called i-Soon", "a UAE security firm, DarkMatter"
        introducing += _FIRM_INTRODUCED
    for pat in introducing:
        for m in pat.finditer(text):
            a, b = m.start("org"), m.end("org")
            name = m.group("org")
            if taken.overlaps(a, b) or name.split()[0] in _NOT_FIRMS or name in states or name.split()[0] in states:
                continue
            out.append(Mention(a, b, "company", name, name, "described", sent(a)))
            taken.add(a, b)
            firms.add(name)
    if firms:  # the company introduced once is the same company wherever the text names it
        for m in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(firms, key=len, reverse=True))) + r")(?![\w-])", text):
            if not taken.overlaps(m.start(), m.end()):
                out.append(Mention(m.start(), m.end(), "company", m.group(0), m.group(0), "described", sent(m.start())))
                taken.add(m.start(), m.end())
    hackers = _hacking_firms(text, firms)
    if hackers:  # "i-Soon broke into email accounts": a company that hacks is the actor, not a party that speaks
        out = [Mention(m.start, m.end, "actor", (m.value, ()), m.surface, "pattern", m.sentence) if m.kind == "company" and m.value in hackers else m for m in out]
    # a city's police, prosecutors or court are its state's organ ("Harbin police", "police in the southern city of Guangzhou")
    if "olice" in text or "rosecutor" in text or "ourt" in text:
        for m in _PLACE_ORGAN_STARTS.finditer(text):
            a, b = m.span()
            if not taken.overlaps(a, b):
                place = m.group("a") or m.group("b")
                out.append(Mention(a, b, "organ", PLACES[place], m.group(0), "place", sent(a)))
                taken.add(a, b)
    # a state's own body the gazetteers don't know, glossed by its acronym: the acronym stands for the state
    # ("the Philippines' Department of Information and Communications Technology (DICT) ... The DICT said")
    if "(" in text:
        for a, b, acronym, state in _glossed_organs(text, out):
            if not taken.overlaps(a, b):
                out.append(Mention(a, b, "organ", state, acronym, "gloss", sent(a)))
                taken.add(a, b)
    # an organisation the gazetteers don't know, speaking under its acronym ("WADA said", "HPE said")
    for m in _ACRONYM_SPEAKS.finditer(text):
        a, b = m.start("org"), m.end("org")
        if not taken.overlaps(a, b) and m.group("org") not in _NOT_ORGS:
            out.append(Mention(a, b, "company", m.group("org"), m.group("org"), "acronym", sent(a)))
            taken.add(a, b)
    out.sort(key=lambda m: m.start)
    if listed:  # (each item its own group, not an alias of the one before: see incidents._with_aliases)
        spans = {(a, b) for a, b, _ in listed}
        out = [Mention(m.start, m.end, m.kind, m.value, m.surface, "listed", m.sentence) if m.kind == "actor" and (m.start, m.end) in spans else m for m in out]
    out = _run_by_a_group(text, out)
    out = _operation_names(text, out)
    doc.mentions = _disambiguate_actors(_same_group_same_name(_same_company_same_name(_home_organs(doc, _resolve_generic_organs(doc, out)))))


# the name of a public body after a state's genitive or demonym, then its acronym in brackets
_GLOSSED_ORGAN = re.compile(
    r"(?:['’]s?)?\s+(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|on|the)\s+)*){0,7}?"
    r"(?:Department|Ministry|Authority|Agency|Directorate|Office|Commission|Council|Centre|Center|Service|Bureau|Police|Command|Inspectorate|Administration|Board|Team)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w’'&-]*){0,5})?"
    r"\s+\((?P<acr>[A-Z][A-Za-z]{1,8})\)"
)

# the same with no state named: under a dateline, the dateline state's own body
# (not an international body: "the International Atomic Energy Agency (IAEA)")
_THE_GLOSSED_ORGAN = re.compile(r"\bthe(?!\s+(?:International|European|World|Global|United\s+Nations|Inter-)\b)" + _GLOSSED_ORGAN.pattern)


def _glossed_organs(text: str, mentions: list[Mention]) -> list[tuple[int, int, str, str]]:
    """Where a state's body that the gazetteers don't know is named by its acronym: (start, end, acronym, state)."""
    known = {m.surface for m in mentions}
    glossed: dict[str, str] = {}
    for m in mentions:
        if m.kind == "state" and (m.form in ("genitive", "demonym") or text[m.end : m.end + 1] in ("'", "’")):  # ("the Philippines' ")
            g = _GLOSSED_ORGAN.match(text, m.end)
            if g is not None and g.group("acr") not in known and g.group("acr") not in _NOT_ORGS:
                glossed.setdefault(g.group("acr"), m.value)
    home = None
    for g in _THE_GLOSSED_ORGAN.finditer(text):  # "MANILA - ... the Department of Information and Communications Technology (DICT)"
        if g.group("acr") not in known and g.group("acr") not in _NOT_ORGS and g.group("acr") not in glossed:
            if home is None:
                from .clauses import dateline_state

                home = dateline_state(text) or ""
            if not home:
                break
            glossed[g.group("acr")] = home
    if not glossed:
        return []
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, glossed)) + r")(?![\w-])")
    return [(h.start(), h.end(), h.group(0), glossed[h.group(0)]) for h in rx.finditer(text)]


# organ names that many states' institutions bear ("the Office of the Attorney General", "the National Police Agency")
_GENERIC_ORGAN_TITLES = frozenset({
    "Attorney General", "Deputy Attorney General", "Department of Justice", "Justice Department", "Secretary of State",
    "Senate", "Congress", "Treasury", "Secret Service", "Security Service", "National Intelligence Service",
    "National Police Agency", "Federal Prosecutor", "National Crime Agency", "Home Office", "Foreign Secretary",
    "Defense Department", "Department of Defense", "National Security Council", "Commerce Department",
})


def _hacking_firms(text: str, firms: set[str]) -> set[str]:
    """The companies the text says hack: "Redwave broke into the ministry's servers", "linked the activity of the
    campaign to Kestrel Group", "Vortal is a government contractor that specialises in offensive cyber operations",
    "the program was run through an Emirati security firm, Bluehorn"."""
    if not firms:
        return set()
    names = "(?P<n>" + "|".join(map(re.escape, sorted(firms, key=len, reverse=True))) + r")(?![\w&-])"
    out = set()
    for pat in (
        r"(?<![\w&-])" + names + r"(?:['’]s\s+(?:hackers|employees|staff|operators))?\s+(?:(?:has|had|have|also|allegedly|reportedly|repeatedly|then|later)\s+){0,2}"
        r"(?:broke\s+into|broken\s+into|hacked|breached|infiltrated|penetrated|spied\s+on|stole|hijacked|compromised)\b",
        r"\b(?:linked|tied|traced|attributed)\s+(?:the\s+)?(?:activity|attacks?|campaign|operation|hacking|intrusions?|breach|hack)\b[^.;]{0,80}?\bto\s+(?:the\s+)?" + names,
        r"(?<![\w&-])" + names + r",?\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:contractor|company|firm)\s+(?:that|which)\s+(?:speciali[sz]es|specialised|specialized)\s+in\s+(?:offensive|hacking|cyber\s*attacks?|intrusions?)",
        r"\b(?:run|operated|conducted|carried\s+out)\s+(?:from\s+(?:19|20)\d\d\s+)?(?:through|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|contractor),?\s+" + names,
        r"\bhack(?:ing|ers?)?[- ]for[- ]hire\s+(?:company|firm|contractor|outfit|business)\s+(?:called\s+|named\s+)?" + names,
        r"(?<![\w&-])" + names + r",\s+an?\s+(?:[\w-]+\s+){0,2}?hack(?:ing|ers?)?[- ]for[- ]hire\s+(?:company|firm|contractor|outfit|business)\b",
        # "a company that provided hacking services to the government. ... reports identified it as Bluehorn"
        r"\b(?:provided|provides|offered|offers|sold|sells|supplied)\s+(?:[\w-]+\s+){0,2}?(?:hacking|hack-for-hire|offensive\s+cyber|cyber-?espionage|surveillance)\s+services\b"
        r"[^.;]{0,100}[.;]?[^.;]{0,160}?\b(?:identified|named|revealed|unmasked)\s+(?:it|the\s+(?:firm|company|contractor))\s+as\s+" + names,
    ):
        out |= {m.group("n") for m in re.finditer(pat, text)}
    return out


def _home_organs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"BERN - ... The Office of the Attorney General opened criminal proceedings": under a dateline, an organ
    with a title many states use is the dateline state's, unless the state it usually names is named in the text."""
    from .clauses import dateline_state

    if not any(m.kind == "organ" and m.surface in _GENERIC_ORGAN_TITLES for m in mentions):
        return mentions
    home = dateline_state(doc.text)
    if home is None:
        return mentions
    named = {m.value for m in mentions if m.kind == "state"}
    return [
        Mention(m.start, m.end, "organ", home, m.surface, m.form, m.sentence)
        if m.kind == "organ" and m.surface in _GENERIC_ORGAN_TITLES and m.value != home and m.value not in named
        else m
        for m in mentions
    ]


def _occupied(mentions: list[Mention]) -> Occupied:
    """The spans of the mentions found so far, software names apart (a group may share one)."""
    taken = Occupied()
    for m in mentions:
        if m.kind != "software":
            taken.add(m.start, m.end)
    return taken


def _disambiguate_actors(mentions: list[Mention]) -> list[Mention]:
    """An alias shared by two knowledge-base entities ("Midnight Blizzard": APT29 or UNC2452)
    names the one the text also names without ambiguity ("... also known as APT29")."""
    sure = {m.value[1][0].id for m in mentions if m.kind == "actor" and len(m.value[1]) == 1}
    if not sure:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "actor" and len(m.value[1]) > 1:
            hit = [e for e in m.value[1] if e.id in sure]
            if len(hit) == 1:
                m = Mention(m.start, m.end, m.kind, (m.value[0], (hit[0],)), m.surface, m.form, m.sentence)
        out.append(m)
    return out


def _operation_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the group behind the SolarWinds compromise": a name the catalogue lacks that names an operation whose
    doer the text seeks is the operation's (its victim's) name, not a group, wherever it stands ("SolarWinds hackers")."""
    names = {m.value[0] for m in mentions if m.kind == "actor" and not m.value[1]}
    if not names or ("behind the " not in text and "responsible for the " not in text):
        return mentions
    ops = {
        n for n in names
        if re.search(r"\b(?:behind|responsible\s+for)\s+the\s+" + re.escape(n) + r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:hack|hacks|compromise|breach|attack|cyberattack|intrusion|heist|leak)\b", text)
    }
    return [m for m in mentions if not (m.kind == "actor" and m.value[0] in ops)] if ops else mentions


# "Pay2Key was operated by Fox Kitten", "the scheme, run by the Lazarus group": the operation a group runs
_RUN_BY = re.compile(
    r"\s*(?:,\s*)?(?:(?:was|is|were|are|had\s+been|has\s+been|have\s+been)\s+)?(?:(?:actually|really|in\s+fact|secretly|ultimately|likely|probably)\s+)?"
    r"(?:operated|run|controlled|managed|orchestrated|directed|behind\s+which\s+stood)\s+by\s+(?:the\s+)?$",
    re.I,
)


def _run_by_a_group(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the catalogue lacks that the text says a named group operates is that group's operation, not a group of its own."""
    actors = [m for m in mentions if m.kind == "actor"]
    run: dict[str, tuple] = {}
    for a, b in zip(actors, actors[1:]):
        if not a.value[1] and a.value[0] != b.value[0] and b.start - a.end <= 60 and _RUN_BY.fullmatch(text, a.end, b.start):
            run.setdefault(a.value[0], b.value)
    if not run:
        return mentions
    # wherever the text names the operation, its group acts ("Since November, Pay2Key has encrypted ...": Fox Kitten's incident)
    return [Mention(m.start, m.end, "actor", run[m.value[0]], m.surface, "operation", m.sentence) if m.kind == "actor" and m.value[0] in run else m for m in mentions]


_GROUP_SUFFIX = re.compile(r"(?P<stem>.+?)\s+(?:[Gg]roup|[Tt]eam|[Gg]ang|[Cc]rew)$")


def _same_group_same_name(mentions: list[Mention]) -> list[Mention]:
    """"Winnti ... breached by the Winnti group": one group, whatever the catalogue files under each form.
    The bare name's entry wins where the catalogue knows it; else the entry of the name with its "group"
    ("built by the Duqu group ... the original Duqu")."""
    with_suffix = [(m, x.group("stem")) for m in mentions if m.kind == "actor" and (x := _GROUP_SUFFIX.fullmatch(m.surface))]
    if not with_suffix:
        return mentions
    bare = {m.surface: m for m in mentions if m.kind == "actor"}
    value: dict[str, tuple] = {}  # surface -> the value that surface takes
    for m, stem in with_suffix:
        b = bare.get(stem)
        if b is None or b.value[1] == m.value[1] or (b.value[1] and m.value[1] and set(b.value[1]) & set(m.value[1])):
            continue
        if b.value[1]:
            value[m.surface] = b.value
        elif m.value[1]:
            value[stem] = m.value
    if not value:
        return mentions
    return [Mention(m.start, m.end, m.kind, value[m.surface], m.surface, m.form, m.sentence) if m.kind == "actor" and m.surface in value else m for m in mentions]


def _within_a_name(names: list[tuple[int, int]], longest: int, m: Mention) -> bool:
    """Does a longer name of ``names`` (sorted spans, none longer than ``longest``) hold the mention?

    Only the names that start at most ``longest`` characters before it can: a bisect finds them, so a text
    that repeats a name thousands of times costs no more than linear time.
    """
    lo = bisect.bisect_left(names, (m.start - longest, -1))
    hi = bisect.bisect_right(names, (m.start, names[-1][1] + 1))
    return any(m.end <= e and (s, e) != (m.start, m.end) for s, e in names[lo:hi])


def _same_company_same_name(mentions: list[Mention]) -> list[Mention]:
    """"Cisco ... Cisco Talos said", "Huntress ... Huntress Labs": one party, under its fullest name in the text."""
    names = {m.value for m in mentions if m.kind == "company"}
    out = []
    for m in mentions:
        if m.kind == "company":
            longer = [f for f in names if f.startswith(m.value + " ")]
            if longer:
                m = Mention(m.start, m.end, m.kind, max(longer, key=lambda f: (len(f), f)), m.surface, m.form, m.sentence)
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _state_surfaces() -> frozenset[str]:
    return frozenset(f for forms in state_forms().values() for f, _ in forms)


@lru_cache(maxsize=1)
def _state_tails() -> frozenset[str]:
    """The words that end a state's name of several words ("Korean" of "North Korean", "Arabia" of "Saudi Arabia")."""
    return frozenset(w for f in _state_surfaces() for w in f.split()[1:] if w[:1].isupper()) - _state_surfaces()


# A group whose name is a plain word (the catalogue's generic aliases, see kb.actors) is the group
# where the text says so: "a group Symantec tracks as Dragonfly", "the hacking group Patchwork", and
# where it does what groups do: "Symantec said Dragonfly had broken into ...", "Patchwork hacked ...".
_WORD_GROUP = [
    re.compile(r"\b(?:tracks|track)\s+(?:under\s+the\s+name\s+|as\s+)(?P<name>[A-Z][a-z]{2,})\b"),
    re.compile(r"\b(?:hacking|hacker|espionage|cyber-?espionage|cyberespionage|spying|threat|APT)\s+(?:group|gang|crew|outfit|actor|collective)\s+(?P<name>[A-Z][a-z]{2,})\b"),
    re.compile(
        r"(?<![\w-])(?P<name>[A-Z][a-z]{2,})\s+(?:(?:has|had|have|also|then|later|reportedly|allegedly|again)\s+){0,2}"
        r"(?:hacked|breached|attacked|targeted|broke\s+into|broken\s+into|stole|compromised|infiltrated|penetrated|spied\s+on|deployed|phished|went\s+after)\b"
    ),
    # "a renewed espionage campaign by Machete", "intrusions attributed to Patchwork": what a group runs, and by whom
    re.compile(
        r"\b(?:campaigns?|operations?|attacks?|intrusions?|hacks?|breach(?:es)?|phishing|activity)\s+(?:(?:carried\s+out|conducted|run|launched|attributed\s+to)\s+)?by\s+(?:the\s+)?(?P<name>[A-Z][a-z]{2,})\b"
        r"(?!\s+(?:[A-Z]\w*|rains?|season|floods?|storms?)\b)"
    ),
    # "Machete, a Spanish-speaking cyberespionage group that ...": the group, as the apposition says
    re.compile(
        r"(?<![\w-])(?P<name>[A-Z][a-z]{2,}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:hacking|hacker|espionage|cyber-?espionage|cyberespionage|spying|threat|APT|state-sponsored|state-backed)\s+(?:group|gang|crew|outfit|actor|collective)\b"
    ),
]

# one of those plain words written with a capital (or in capitals), the only place the patterns above and
# _PAIRED below can find a group's name: most texts have none, and need neither scan
_GENERIC_NAME = re.compile(r"(?<![\w-])(?i:" + "|".join(sorted(GENERIC_WORDS, key=len, reverse=True)) + r")(?!\w)")


def _names_a_generic_word(text: str) -> bool:
    return any(m.group(0)[0].isupper() for m in _GENERIC_NAME.finditer(text))


# "Iranian Cyber Army", "Pakistan Cyber Force", "National Cyber Crew": a cyber army's name, whoever's name it bears
# (not a state's command: "the Information, Communications and Electronic Force Command")
_ARMY_WORDS = r"(?:Cyber|Electronic|Hacker|Hackers|Hacking|Digital)\s+(?:Army|Force|Team|Crew|Squad|Legion|Warriors|Front|Brigade|Partisans|Soldiers)\b"
_CYBER_ARMY = [re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,2}" + _ARMY_WORDS + r"(?!\s+(?:Command|Headquarters)\b)")]
# the capitalised pair every such name holds: most texts have none, and need no scan for the names
_ARMY_NAMED = re.compile(_ARMY_WORDS)


# "The groups named in it are APT 36, Pakistan Cyber Force, Team Insane PK and National Cyber Crew": each item a group
_GROUP_LIST = [
    re.compile(
        r"\b(?:groups|gangs|crews|outfits|collectives|threat\s+actors)\s+(?:(?:named|identified|listed|cited|blamed|responsible|involved|behind\s+(?:it|them|the\s+\w+))\b[^.;:]{0,40}?\s+)?"
        r"(?:are|were|include|included|comprise|comprised)\s*:?\s+(?P<list>[^.;]{3,300})"
    ),
]
_LIST_ITEM = re.compile(r"[A-Z0-9][\w()!'’.-]*(?:\s+(?:(?:of|the)\s+)*[A-Z0-9][\w()!'’.-]*){0,4}")
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _listed_groups(text: str):
    """The items of a list the text says names groups, when every item is a name."""
    states = _state_surfaces()
    for pat in _GROUP_LIST:
        for m in pat.finditer(text):
            at = m.start("list")
            items = []
            for part in _LIST_SPLIT.split(m.group("list")):
                items.append((at, part.rstrip()))
                at += len(part) + len(_LIST_SPLIT.match(text, at + len(part)).group(0)) if _LIST_SPLIT.match(text, at + len(part)) else len(part)
            if len(items) < 2 or not all(_LIST_ITEM.fullmatch(x) for _, x in items):
                continue  # ("the groups were active in Europe and Asia": no list of names)
            for a, x in items:
                first = x.split()[0]
                if x not in states and x not in COMPANIES and x not in ORGANISATIONS and (first not in _STOP_NAMES or (" " in x and first in _NAME_WORDS)):
                    yield a, a + len(x), x  # ("Cyber Group HOAX 1337": a listed name may start with a word that alone names nothing)


# words that open many groups' names ("Cyber Army of Russia", "Islamic Cyber Resistance") though alone they name nothing
_NAME_WORDS = frozenset({"Cyber", "Security", "Hacking", "Hackers", "Ransomware", "Internet", "Criminal", "Islamic", "Western", "European"})


_PAIRED = re.compile(r"(?<![\w-])(?P<a>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:and|or)\s+(?P<b>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?![\w-])")


# a side taken or a trait ("Pro-Russian", "Anti-Western", "Farsi-speaking", "Arabic-language"): a description, not a name
# what a gang does to its victims' systems besides hacking them: "DarkSide disrupted the Colonial Pipeline", "Conti crippled
# the HSE", "LockBit encrypted the systems of", "BlackCat knocked the casino's systems offline", "Hive held the data to
# ransom"; present in headlines ("Conti cripples Irish health service")
_DISRUPTS = (
    r"disrupt(?:ed|s)|crippl(?:ed|es)|paraly[sz](?:ed|es)|shut(?:s)?\s+down|" + KNOCKED_OFFLINE
    # (a victim's systems, not a messenger's messages: "WhatsApp encrypts messages end to end")
    + r"|(?:encrypt(?:ed|s)|locked)\s+(?:up\s+)?(?:[\w'’.-]+\s+){0,5}?(?:systems?|files|servers?|data|networks?|computers|machines|devices|drives|databases)\b"
    + r"|held\s+(?:[\w'’.-]+\s+){1,5}?(?:to\s+)?ransom|extorts"
)
# A gang named after its own ransomware ("REvil", "Conti", "LockBit") is the actor where the text makes the name the doer
# of what people do: "REvil hacked Kaseya", "Conti attacked the finance ministry", "LockBit hit the hospital", "Qilin
# claimed the attack" (not what the code does: "infected with Conti", "a LockBit encryptor", "REvil ransomware encrypted")
_DOER_ACTS = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][\w.-]*+(?<=[A-Za-z0-9])(?:\s[A-Z][\w-]*+(?<=[A-Za-z0-9]))?)(?:\s+(?:ransomware\s+)?(?:operators?|affiliates?|gang|crew|group))?\s+"
    r"(?:(?:has|had|have|also|then|later|reportedly|allegedly|again|itself|first|recently|previously|apparently)\s+){0,2}"
    r"(?P<verb>(?i:hacked|breached|attacked|targeted|compromised|infiltrated|penetrated|broke\s+into|stole|extorted|leaked|went\s+after|"
    r"" + HIT_ATTACK + r"|" + _DISRUPTS + r"|claimed\s+(?:responsibility|credit|(?:the|an?|last\s+\w+['’]s|this\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|hacks?|breach|intrusion|cyber-?attacks?|incident)|to\s+have)))\b"
)
# ... and the same said of the victim, the gang after "by": "the HSE was crippled by Conti", "systems were encrypted by
# LockBit" (not by its code: "encrypted by LockBit ransomware", "hit by a Conti attack")
_DONE_BY = re.compile(
    r"(?:\b(?:(?:was|were|been|being|got|gets)\s+(?:(?:also|later|reportedly|allegedly|badly|severely|largely|briefly|then)\s+)?|(?<=[a-z],\s)|(?<=[a-z]\s))"  # (no auxiliary: "ministry crippled by Conti", a headline)
    r"(?P<verb>hacked|breached|attacked|targeted|compromised|infiltrated|extorted|disrupted|crippled|paraly[sz]ed|encrypted|locked|hit|struck|"
    r"knocked\s+offline|taken\s+(?:offline|down)|shut\s+down|held\s+to\s+ransom)\s+(?:(?:hard|badly|again)\s+)?(?:(?:in|on|last|this|earlier)\s+(?:[\w,]+\s+){0,3}?)?by\s+(?:the\s+)?"
    # ("suffered a ransomware attack by ALPHV", "fell victim to LockBit": the same said with a noun)
    r"|\b(?:suffered|sustained|suffers)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<verb2>attack|breach|intrusion|hack|cyber-?attack)\s+(?:(?:in|on|last|this|earlier)\s+(?:[\w,]+\s+){0,3}?)?by\s+(?:the\s+)?"
    r"|\b(?:fell|falls|fallen|became|becomes|become)\s+(?:(?:the\s+)?(?:latest\s+|newest\s+)?(?P<verb3>victim)\s+(?:to|of))\s+(?:the\s+)?)"
    # (a name at the sentence's end: "encrypted by Conti.", whose full stop is no part of it)
    r"(?-i:(?P<name>[A-Z](?:[\w-]|\.(?=[\w-]))*+(?<=[A-Za-z0-9])(?:\s[A-Z][\w-]*+(?<=[A-Za-z0-9]))?))"
    r"(?!\s+(?:(?:ransomware|malware)\b(?!\s+(?:gang|group|operators?|affiliates?|crew)\b)|wipers?|worms?|virus|encryptors?|lockers?|strains?|variants?|payloads?|attacks?|infections?|botnet)\b)",
    re.I,
)
# ... and the name a gang bears with its trade: "the REvil gang", "LockBit affiliates", "the Qilin ransomware"
_GANG_WORD_AFTER = re.compile(r"\s+(?:ransomware\s+)?(?:gang|group|operators?|affiliates?|crew|cartel|syndicate|ransomware)\b", re.I)
# the text calls it code and never a gang: "the WannaCry worm", "the NotPetya wiper" (ransomware is both)
_ONLY_CODE_AFTER = re.compile(r"\s+(?:worm|wiper|virus|trojan|malware|botnet|backdoor|implant|spyware|loader|stealer|encryptor|locker|strain|variant|payload|sample|binary)\b", re.I)
_ONLY_CODE_BEFORE = re.compile(r"\b(?:worm|wiper|virus|trojan|malware|spyware|strain|variant|family|(?:version|copy|fork)\s+of)\s+(?:(?:called|named|dubbed|known\s+as)\s+)?$", re.I)
_DOER_WORD = re.compile(r"(?:gang|group|operators?|affiliates?|crew|hackers|actors?)\b", re.I)
_TRADE_AFTER = re.compile(r"\s+(?:ransomware\s+)?(?:gang|group|operators?|affiliates?|crew|cartel|syndicate|hackers)\b", re.I)


@lru_cache(maxsize=512)
def _gang_named(name: str, software: tuple[str, ...]) -> bool | None:
    """What the catalogues make of a name: a gang's ransomware (True: ATT&CK's ransomware that is neither worm nor
    wiper, or the ransomware galaxy's with its own leak site), code no gang runs (False: "WannaCry", "NotPetya",
    "Emotet", "HermeticWiper"), or unknown to them (None)."""
    if software:
        profiles = load_profiles()
        if any((sw := profiles.software.get(sid)) is not None and sw.gang_ransomware for sid in software):
            return True
    low = name.lower()
    if low in ransomware_gang_names() or low.replace(" ", "") in ransomware_gang_names():
        return True
    return False if software else None


_WORD_CHAR = re.compile(r"[\w-]")


def _whole_word_uses(text: str, names: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Per name, the (start, end) of each use not inside a longer word, as ``re.finditer`` of the escaped name between
    ``(?<![\w-])`` and ``(?![\w-])`` finds them (left to right, none overlapping), for all the names in one pass over
    the text: a text of thousands of names costs no scan per name."""
    where: dict[str, list[tuple[int, int]]] = {name: [] for name in names}
    if not names:
        return where
    auto = ahocorasick.Automaton()
    for name in names:
        auto.add_word(name, name)
    auto.make_automaton()
    for last, name in auto.iter(text):
        start, end = last + 1 - len(name), last + 1
        if start and _WORD_CHAR.match(text, start - 1) or _WORD_CHAR.match(text, end):
            continue
        uses = where[name]
        if not uses or start >= uses[-1][1]:
            uses.append((start, end))
    return where


def _acting_names(text: str, gaz: Gazetteer):
    """Names of gangs the text makes doers (see _DOER_ACTS): a catalogued tool's name, a handle, or a name the text
    also gives a gang's trade; a plain unknown word only where it claims an attack."""
    states = _state_surfaces()
    # per name, worked out once (a long text repeats them): a gang's (True), a name that only a claim makes one (False),
    # or no gang's (None)
    gang: dict[str, bool | None] = {}
    matches = list(_DOER_ACTS.finditer(text)) + list(_DONE_BY.finditer(text))
    where = _whole_word_uses(text, {m.group("name") for m in matches})
    for m in matches:
        name = m.group("name")
        claimed = (m.group("verb") or "")[:7].lower() == "claimed"
        if name in gang:
            if gang[name] or claimed and gang[name] is False:
                yield m.start("name"), m.end("name"), name
            continue
        gang[name] = None
        first = name.split()[0]
        if first in _STOP_NAMES or first in states or name in states or name in COMPANIES or name in ORGANISATIONS or first in _NOT_SOFTWARE or len(name) < 3:
            continue
        if actor_index().lookup(name):
            continue  # a catalogued group is found as one already
        found = where[name]
        uses = [end for _start, end in found]
        code = any(_ONLY_CODE_AFTER.match(text, u) for u in uses) or any(_ONLY_CODE_BEFORE.search(text, max(0, start - 40), start) for start, _end in found)
        if code and not any(_DOER_WORD.match(text, u + 1) or _GANG_WORD_AFTER.match(text, u) and not _ONLY_CODE_AFTER.match(text, u) for u in uses):
            continue  # "the WannaCry worm ... WannaCry hit the NHS", "the virus Shamoon struck": code the text never makes a gang
        software = tuple(h.entry.value[0] for h in gaz.find(name) if h.entry.kind == "software" and h.start == 0 and h.end == len(name))
        known = _gang_named(name, software)
        if known is False:  # code no gang runs ("NotPetya hit Maersk"): a doer only where the text gives it a gang
            gang[name] = any(_TRADE_AFTER.match(text, u) for u in uses)
        else:
            handle = bool(re.fullmatch(r"[A-Z][a-z]+[A-Z][\w-]*|[A-Za-z]+\d[\w()-]*|[A-Z]{3,}\d*", name))
            trade = any(_GANG_WORD_AFTER.match(text, u) for u in uses)
            gang[name] = bool(known or handle or trade)
        if gang[name] or claimed:
            yield m.start("name"), m.end("name"), name


# ... and a gang or botnet named after its malware where the police act on it: "took down the Qakbot botnet", "dismantled
# Emotet's infrastructure", "arrested a LockBit affiliate", "two suspected members of REvil", "suspected of REvil attacks"
# (its operators answered for, not code: the botnet's or the gang's name is the actor there)
# (a dot only inside a name: "members of LockBit." ends with the name)
_POLICED_NAME = r"(?P<name>(?-i:[A-Z](?:[\w-]|\.(?=\w))*+(?<=[A-Za-z0-9])(?:\s[A-Z][\w-]*+(?<=[A-Za-z0-9]))?))"
_POLICED = re.compile(
    r"\b(?:(?:took|take|takes|taken|taking|shut|shuts|shutting)\s+down|(?:dismantl|disrupt|seiz|sinkhol|neutrali[sz]|infiltrat)\w*|takedowns?|t(?:ook|aken|aking)\s+(?:control\s+of|offline))\s+(?:of\s+)?"
    r"(?:the\s+)?(?:(?:infrastructure|servers|leak\s+sites?)\s+(?:of|used\s+by|run\s+by)\s+(?:the\s+)?)?" + _POLICED_NAME
    + r"(?P<strong>(?-i:(?:\s+(?:malware|ransomware))?['’]s\s+(?:[\w-]+\s+)?(?:botnet|infrastructure|servers|network|leak\s+sites?|command-and-control)|\s+(?:malware\s+)?(?:botnet|network|infrastructure|servers)))?"
    r"|\b(?:took|knocked)\s+(?:the\s+)?" + _POLICED_NAME.replace("name", "name2") + r"\s+(?P<strong2>(?-i:botnet|network|infrastructure|servers))\s+offline"
    r"|\b(?:(?:suspected|alleged|accused)\s+|(?:arrest|detain|charg|indict|extradit|sanction|sentenc|convict|identif|unmask|nabb)\w*\s+(?:\w+\s+){0,3}?"
    # (a person named before the apposition: "sanctioned Dmitry Khoroshev, the leader of LockBit")
    r"(?:(?-i:[A-Z][\w'’.-]*\s+){0,2}(?-i:[A-Z][\w'’.-]*),\s+(?:the\s+|an?\s+)?(?:alleged\s+|suspected\s+|accused\s+|reputed\s+)?)?)"
    r"(?:(?:members?|affiliates?|operators?|administrators?|developers?|leaders?|ringleaders?|associates?)\s+of"
    # ("sanctioned Dmitry Khoroshev, the Russian national who led LockBit", "charged a man who allegedly ran Trickbot")
    r"|(?:[\w-]+\s+){0,2}?who\s+(?:allegedly\s+|reportedly\s+|(?:had\s+|has\s+)?(?:also\s+)?)?(?:led|leads|ran|runs|run|headed|heads|founded|administered|operated|developed|masterminded))\s+(?:the\s+)?" + _POLICED_NAME.replace("name", "name3")
    # ("wanted by the United States for his role in Conti attacks", "sentenced to 20 years for deploying LockBit ransomware")
    + r"|\b(?:suspected|accused|charged|convicted|indicted|jailed|sentenced|wanted|imprisoned)(?:\s+(?:by|to)\s+[^.;,]{1,40}?)?\s+(?:of|with|over|in|for)\s+(?:(?:involvement|participation|(?:his|her|their|a)\s+(?:alleged\s+)?role)\s+in\s+|carrying\s+out\s+|being\s+behind\s+|conducting\s+|deploying\s+|spreading\s+)?"
    r"(?:the\s+|a\s+)?(?:series\s+of\s+|wave\s+of\s+)?" + _POLICED_NAME.replace("name", "name4") + r"\s+(?:ransomware\b(?:\s+(?:attacks?|hacks?|intrusions?|operations?|extortion|campaign)\b)?|(?:attacks?|hacks?|intrusions?|operations?|extortion|campaign)\b)"
    r"|\b(?:(?:arrest|detain|charg|indict|extradit|sanction|sentenc|convict|identif|unmask|nabb)\w*|information\s+(?:on|about|leading\s+to))\s+(?:(?:\w+\s+){0,3}?|(?-i:[A-Z][\w'’.-]*\s+){0,2}(?-i:[A-Z][\w'’.-]*),\s+(?:the\s+|an?\s+)?(?:alleged\s+|suspected\s+|accused\s+|reputed\s+)?)" + _POLICED_NAME.replace("name", "name5")
    + r"\s+(?:ransomware\s+)?(?:affiliates?|members?|operators?|administrators?|developers?|leaders?|ringleaders?|suspects?)\b"
    # the passive: "Europol said the Emotet botnet was dismantled"
    r"|(?:\bthe\s+)" + _POLICED_NAME.replace("name", "name6") + r"\s+(?-i:botnet|infrastructure|servers|network)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:dismantled|disrupted|seized|sinkholed|taken\s+(?:down|offline)|shut\s+down)\b",
    re.I,
)
# who a network "was disrupted by", when not the police: code or hackers ("by AcidRain", "by a wiper", "by hackers")
_DISRUPTED_BY = re.compile(
    r"(?:\s+(?:in|on|last|this|earlier)\s+(?:[\w,]+\s+){0,3}?)?\s+by\s+(?:the\s+|an?\s+)?"
    r"(?:(?P<code>(?:[\w-]+\s+)?(?:malware|wipers?|worms?|virus|ransomware|hackers|attackers|cyber-?attacks?|attacks?|intruders))\b|(?P<by>[A-Z][\w-]*))"
)
_STATE_TIED_NEAR = re.compile(r"\b(?:GRU|FSB|SVR|MSS|PLA|RGB|IRGC|MOIS|(?i:state-sponsored|state-backed|government-backed|nation-state|military\s+intelligence|intelligence\s+(?:service|agency)))\b")
_POLICE_WORDS = re.compile(r"(?i:information|control|wanted|arrest|detain|charg|indict|extradit|sanction|sentenc|convict|suspect|accused|alleged|down|dismantl|disrupt|seiz|sinkhol|neutrali|infiltrat|offline|identif|unmask|nabb|jail)")


_BEFORE_TRADE = re.compile(r"(?:(?<![\w-])([A-Z][\w.-]*)\s)?(?<![\w-])([A-Z][\w.-]*)" + _GANG_WORD_AFTER.pattern, re.I)


def _names_before_trade(text: str) -> set[str]:
    """The one- and two-word names written before a gang's trade word ("the REvil gang", "Black Basta affiliates"), in one pass."""
    out: set[str] = set()
    for m in _BEFORE_TRADE.finditer(text):
        out.add(m.group(2))
        if m.group(1):
            out.add(m.group(1) + " " + m.group(2))
    return out


def _policed_names(text: str, gaz: Gazetteer, groups_named: bool):
    """Names of gangs and botnets the police act on (see _POLICED): a catalogued tool's name, a handle, a name the text
    gives a gang's trade, or one whose botnet or infrastructure is taken down. Not a botnet or infrastructure taken down
    in a text that names a catalogued group or ties the botnet to a state: "took down the KV botnet" Volt Typhoon used,
    "the Cyclops Blink botnet of the GRU" are that group's tools."""
    if not _POLICE_WORDS.search(text):
        return
    states = _state_surfaces()
    known: dict[str, bool] = {}  # per name, worked out once
    traded: set[str] | None = None  # the names the text gives a gang's trade, found once for all of them
    for m in _POLICED.finditer(text):
        key = next(k for k in ("name", "name2", "name3", "name4", "name5", "name6") if m.group(k))
        name = m.group(key)
        strong = bool(m.group("strong") or m.group("strong2") or key == "name6")
        if key in ("name", "name2", "name6") and (groups_named or _STATE_TIED_NEAR.search(text, max(0, m.start() - 150), m.end() + 150)):
            continue
        if key == "name6" and (by := _DISRUPTED_BY.match(text, m.end())) and (
            by.group("code") or any(h.start == 0 and h.end == len(by.group("by")) and h.entry.kind in ("software", "actor") for h in gaz.find(by.group("by")))
        ):
            continue  # "the Viasat network was disrupted by AcidRain": a victim's network, hit by code or hackers
        if name not in known:
            first = name.split()[0]
            if first in _STOP_NAMES or first in states or name in states or name in COMPANIES or name in ORGANISATIONS or first in _NOT_SOFTWARE or len(name) < 3:
                known[name] = False
            elif actor_index().lookup(name):
                known[name] = False  # a catalogued group is found as one already
            else:
                tool = any(h.entry.kind == "software" and h.start == 0 and h.end == len(name) for h in gaz.find(name))
                handle = bool(re.fullmatch(r"[A-Z][a-z]+[A-Z][\w-]*|[A-Za-z]+\d[\w()-]*|[A-Z]{3,}\d*", name))
                if traded is None:
                    traded = _names_before_trade(text)
                trade = name in traded
                known[name] = tool or handle or trade
        if known[name] or strong and len(name) > 2 and name not in states and name.split()[0] not in states and name.split()[0] not in _STOP_NAMES and name not in COMPANIES and name not in ORGANISATIONS and not actor_index().lookup(name):
            yield m.start(key), m.end(key), name


_STANCE = re.compile(r"(?:Pro|Anti|PRO|ANTI)-|[A-Z][a-z]+-(?:speaking|language|based|aligned|leaning|friendly)$")


def _pattern_actors(text: str):
    for pat in _NAMED_PATTERNS:
        for m in pat.finditer(text):
            yield m.start(), m.end(), m.group(0)
    for pat in _CYBER_ARMY if _ARMY_NAMED.search(text) else ():
        for m in pat.finditer(text):
            words = m.group(0).split()
            lead = 0
            while len(words) > 2 and words[0] in _STOP_NAMES:
                lead += len(words.pop(0)) + 1  # "The Syrian Electronic Army": the article is not the name
            if len(words) > 2 or words[0] not in _STOP_NAMES:
                yield m.start() + lead, m.end(), " ".join(words)
    plain_words = _names_a_generic_word(text)
    for pat in _WORD_GROUP if plain_words else ():
        for m in pat.finditer(text):
            name = m.group("name")
            if name.lower() in GENERIC_WORDS and name not in _STOP_NAMES and actor_index().lookup(name):
                yield m.start("name"), m.end("name"), name
    # "Patchwork and Transparent Tribe, the spy crews ...": a plain-word group's name paired with another group's
    for m in _PAIRED.finditer(text) if plain_words else ():
        for x, y in (("a", "b"), ("b", "a")):
            name, other = m.group(x), m.group(y)
            if (
                " " not in name and name.lower() in GENERIC_WORDS and name not in _STOP_NAMES and actor_index().lookup(name)
                and any(actor_index().lookup(o) and not is_generic(o) for o in (other, other.split()[0]))
            ):
                yield m.start(x), m.end(x), name
    states = _state_surfaces()
    for pat in _CONTEXT_PATTERNS:
        if pat == _NAME_WITH_GROUP and "Group" not in text and "Team" not in text:
            continue  # (its "Group" or "Team" written with a capital: most texts have neither)
        if pat in _CORES and not _CORES[pat].search(text):
            continue  # (nothing like "a hacking group", ", as researchers call it", "was behind", "a gang, " for it to hold)
        for m in pat.finditer(text):
            name = m.group("name").rstrip(".")
            words = name.split()
            lead = 0
            while len(words) > 1 and words[0] in ("The", "A", "An"):
                lead += len(words[0]) + 1  # "The REvil ransomware gang": the article is not the name
                words.pop(0)
            while words and (words[-1] in {"of", "the"} or words[-1] in _STOP_NAMES) and not ((pat == _NAME_WITH_GROUP or pat in _NAMING) and len(words) > 1 and words[-1] in ("Group", "Team")):
                words.pop()  # (but "a group calling itself Cyber_Horus Group": the "Group" it gives itself is its name's)
            if not words or words[0] in _STOP_NAMES and not (pat in _NAMING and len(words) > 1 and words[0] in _NAME_WORDS):
                continue  # (but "calling itself Cyber Army of Liberty": a name a group gives itself may open with such a word)
            if (name in states or words[0] in states) and not (pat in _NAMING and (" ".join(words) in states or len(words) > 1)):
                continue  # "China-based hackers"; but "a gang calling itself Cuba" names the gang
            if _STANCE.match(words[0]):
                continue  # "Pro-Russian hacktivists calling themselves NoName057(16)", "a Farsi-speaking group, APT99": not their name
            if len(words) == 1 and words[0] in _state_tails() and pat not in _NAMING:
                continue  # "N. Korean hacking group Kimsuky": the end of a state's name, not a group's
            name = " ".join(words)
            if name in COMPANIES or name in ORGANISATIONS or len(name) < 3 or _VULNERABILITY_ID.match(name) or _UNIT_NUMBER.search(name):
                continue  # (a numbered unit, "Military Unit 71330", is a state's agency, never an actor)
            if pat is _CONTEXT_PATTERNS[1] and (_THING_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _thing_named(text, m.start())):
                continue  # "the flaw tracked as CVE-2023-42793", "the group's malware, known as Disco": not a group
            if pat == _APPOSITION_AFTER_NOUN and _CIVIC_GROUP.search(m.group("kind")):
                continue  # "a research group, Citizen Lab, which found ...": a watchdog, not a hacking group
            if pat == _APPOSITION_BARE and (_CIVIC_GROUP.search(m.group(0)) or _CIVIC_WORK_AFTER.match(text, m.end())):
                continue  # "Ve Sin Filtro, a Venezuelan group that monitors internet censorship": a watchdog, not a hacking group
            s = m.start("name") + lead
            source = re.search(r"\b(?:according\s+to|said|says|told|by|from|at)\s+$", text[max(0, s - 16) : s], re.I)
            if pat in _APPOSITIONS and source and not (pat == _APPOSITION_BARE and source.group(0)[:3].lower() == "sai"):
                continue  # "according to Bayer, the hacker group ...": a source, not the group ("Meta said Bitter APT, a ... group": the group)
            yield s, s + len(name), name


_TOOL_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][\w-]*)?\s+(?:spyware|malware|wipers?|backdoors?|trojans?|implants?|toolkits?|toolsets?|tool|exploits?|(?:malware\s+|tool\s+)?famil(?:y|ies)|ransomware\s+(?:strain|variant|payload|binary))\b(?!\s+(?:gang|group|operators?|crew|actors?))"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:wiper|malware|backdoor|trojan|implant|spyware|tool|program)\b",
    re.I,
)
_TOOL_BEFORE = re.compile(
    r"\b(?:(?:variant|version|copy|fork)\s+of|(?:scheme|network|botnet|spyware|malware|wiper|tool|program|programme|platform|framework|exploit)\s+"
    r"(?:(?:that\s+|which\s+)?(?:it|they|researchers|\w+)\s+)?(?:called|dubbed|named|known\s+as|calls?))\s+(?:the\s+)?$",
    re.I,
)
_VENDOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:customers?|clients?|licen[cs]ees?|buyers?)\b", re.I)


def _not_a_group(text: str, m: Mention) -> Mention:
    """A catalogue group's name used for a tool ("the Pegasus and Candiru spyware", "a variant of ZeroCleare, a wiper", "the ZeroCleare tool",
    "a scheme dubbed FASTCash") is software there; used for a vendor ("an NSO Group customer"), a company."""
    shaped = any(p.fullmatch(m.surface) for p in _NAMED_PATTERNS)  # "the cyber tool known as APT28": a group's name whatever it is called
    if not shaped and (_TOOL_AFTER.match(text, m.end, m.end + 60) or _TOOL_BEFORE.search(text, max(0, m.start - 50), m.start)):
        return Mention(m.start, m.end, "software", (None, m.surface, None), m.surface, "tool", m.sentence)
    if _VENDOR_AFTER.match(text, m.end, m.end + 30):
        return Mention(m.start, m.end, "company", m.surface, m.surface, "vendor", m.sentence)
    return m


_THE_COUNCIL = re.compile(r"\b[Tt]he\s+(Council)\b(?!\s+(?:of|on|for)\b)")
_VULNERABILITY_ID = re.compile(r"(?:CVE|CWE|GHSA|MS\d\d|KB)-?\d")
_THING_BEFORE = re.compile(
    r"\b(?:flaws?|vulnerabilit(?:y|ies)|bugs?|exploits?|zero-days?|weakness(?:es)?|" + _MALWARE_KIND + r"s?|tools?|toolkits?|strains?|famil(?:y|ies)|variants?|implants?|payloads?|frameworks?)"
    r"(?:\s+\w+){0,2}?,?\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+|(?:is|was|are|were)\s+|also\s+)?$",
    re.I,
)

# a thing a few words before "known as", with no doer between: "a flaw in Microsoft's Windows servers known as
# Zerologon", "backdoors, including one known as BRICKSTORM", "Iran's national firewall, known as Dezhfa"
_THING_NEAR = re.compile(
    r"\b(?:flaws?|vulnerabilit(?:y|ies)|bugs?|exploits?|zero-days?|" + _MALWARE_KIND + r"s?|tools?|toolkits?|strains?|variants?|implants?|"
    r"payloads?|frameworks?|firewalls?|filters?|programs?|programmes?|software|platforms?|apps?|systems?|techniques?|schemes?)\b(?=(?P<gap>[^.;:]*)$)",
    re.I,
)
_DOER_BETWEEN = re.compile(r"\b(?:group|gang|crew|actor|team|collective|outfit|hackers|attackers|operators?|unit|cluster|by)\b", re.I)


def _thing_named(text: str, at: int) -> bool:
    window = text[max(0, at - 60) : at]
    thing = None
    for thing in _THING_NEAR.finditer(window):
        pass  # the nearest thing before the name
    return thing is not None and not _DOER_BETWEEN.search(thing.group("gap"))


# "agents of the U.S. NSA", "an operation run by the National Security Agency", "accused the CIA of":
# an organ that usually speaks is here the accused
_ORGAN_ACCUSED_BEFORE = re.compile(
    r"(?:\b(?:agents?|officers?|employees|operatives|hackers|staff|members|personnel|spies)\s+(?:of|from|at|with)"
    r"|\b(?:work(?:s|ed|ing)?\s+for|" + NOT_SPOKEN_FOR + r"on\s+behalf\s+of|(?:run|operated|conducted|carried\s+out|launched|mounted|orchestrated|perpetrated|directed)\s+by)"
    r"|\b(?:attack|cyberattack|hack|hacking|intrusion|operation|campaign|espionage|attempt)s?\s+(?:[\w-]+\s+){0,2}by"
    r"|\b(?:accus\w+|blam\w+|attribut\w+\s+(?:[\w-]+\s+){0,4}to|implicat\w+|exposed|uncovered|work\s+of))"
    # ("the work of the British signals intelligence agency GCHQ")
    r"\s+(?:the\s+)?(?:(?:U\.S\.|US|American|United\s+States|British|UK)\s+)?(?:(?:signals|spy|eavesdropping|electronic|intelligence)\s+){0,2}(?:agency\s+)?$",
    re.I,
)
_ORGAN_ACCUSED_AFTER = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,5}?(?:hackers|agents|operatives|unit|office|spies|(?-i:[A-Z]{2,6})))?(?:\s*\([A-Z]{2,6}\))?\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:also|allegedly|reportedly)\s+)?"
    r"(?:(?:may|might|could)\s+have\s+)?"  # "the National Security Agency may have targeted the chancellor's phone"
    r"(?:behind|responsible\s+for|hacked|attacked|breached|infiltrated|launched|carried\s+out|spied\s+on|targeted|stole|planted|implanted|compromised|"
    # "the NSA broke into the email of", "the NSA had read the text messages of", "reported NSA hacking of Calderon's email"
    r"tapped|bugged|monitored|recorded|intercepted|eavesdropped\s+on|broke\s+into|broken\s+into|gained\s+access\s+to|read\s+the|accessed|(?:hacking|hacks?|spying)\s+(?:of|on|into)|"
    # "US Cyber Command knocked the troll factory offline", "the SBU disrupted the servers of": a military or security service's own strike
    r"disrupted|sabotaged|crippled|paralys?z?ed|wiped|defaced|" + KNOCKED_OFFLINE + r")\b",
    re.I,
)


_PLACE_ORGAN = re.compile(
    r"\b(?:(?P<a>" + PLACE_NAMES + r")(?:\s+(?:city|municipal|public\s+security))?\s+(?:police|prosecutors?|court)"
    r"|(?:[Pp]olice|[Pp]rosecutors?|(?:public\s+security|police)\s+(?:bureau|department))\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:city|province|state)\s+of\s+)?(?P<b>" + PLACE_NAMES + r"))\b"
)
# (tried only where a place's name or one of the words opening the second form starts: same matches, a tenth of the time)
_PLACE_ORGAN_STARTS = Starts(_PLACE_ORGAN, [*PLACES, "Police", "police", "Prosecutor", "prosecutor", "public"])


# "Ukraine's military intelligence (HUR) said it had hacked ...", "US Cyber Command took credit for ...": its own operation
_ORGAN_OWN_OPERATION = re.compile(OWN_OPERATION, re.I)
_AGENCY_SPEAKS = re.compile(AGENCY_SPEAKS, re.I)
_AGENCY_QUOTED_BEFORE = re.compile(r"\b(?:according\s+to|(?:statement|announcement|report)\s+(?:from|by|released\s+by|issued\s+by))\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)(?:['’]s)?\s+)?$", re.I)


def _organ_accused(text: str, m: Mention) -> bool:
    return bool(
        _ORGAN_ACCUSED_BEFORE.search(text, max(0, m.start - 60), m.start) or _ORGAN_ACCUSED_AFTER.match(text, m.end, m.end + 80)
        or _ORGAN_OWN_OPERATION.match(text, m.end, m.end + 160)
    )


def _resolve_generic_organs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Russian military intelligence" -> agency (RU, GRU); "Chinese intelligence" -> (CN, None)."""
    out: list[Mention] = []
    text = doc.text
    # a state outlet's sentence: "IRNA reported that the Intelligence Ministry blamed ...", Iran's ministry
    outlet = {m.sentence: m.value for m in mentions if m.kind == "media"}
    for i, m in enumerate(mentions):
        if m.kind == "organ" and out and out[-1].kind == "state" and out[-1].value != m.value and out[-1].form in ("demonym", "genitive"):
            prev = out[-1]
            if prev.sentence == m.sentence and re.fullmatch(r"(?:['’]s)?\s+(?:the\s+)?", text[prev.end : m.start]):
                # "the Korean National Police Agency": Japan's organ has a namesake in Korea
                out.append(Mention(m.start, m.end, m.kind, prev.value, m.surface, m.form, m.sentence))
                continue
        if m.kind == "agency" and out and out[-1].kind == "state" and out[-1].value != m.value[0] and out[-1].form in ("demonym", "genitive"):
            prev = out[-1]
            if prev.sentence == m.sentence and re.fullmatch(r"(?:['’]s|['’])?\s+(?:the\s+)?", text[prev.end : m.start]):
                # "Estonia's Foreign Intelligence Service": Estonia's own service, not Russia's namesake
                out.append(Mention(m.start, m.end, "organ", prev.value, m.surface, "", m.sentence))
                continue
        if m.kind == "agency" and m.form != "generic" and (
            _AGENCY_SPEAKS.match(text, m.end, m.end + 80) or _AGENCY_QUOTED_BEFORE.search(text, max(0, m.start - 40), m.start)
        ) and not _ORGAN_OWN_OPERATION.match(text, m.end, m.end + 160):
            # "The FSB said Ukrainian hackers ...", "Iran's Ministry of Intelligence said ...", "according to the FSB, ...":
            # a service speaks for its state
            out.append(Mention(m.start, m.end, "organ", m.value[0], m.surface, "speaks", m.sentence))
            continue
        if m.kind == "organ" and m.surface in ACCUSABLE_ORGANS and _organ_accused(text, m):
            out.append(Mention(m.start, m.end, "agency", (m.value, ACCUSABLE_ORGANS[m.surface]), m.surface, "accused", m.sentence))
            continue
        if m.kind != "generic_organ":
            out.append(m)
            continue
        organ, _ = m.value
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "state" and prev.sentence == m.sentence:
            gap = text[prev.end : m.start]
            if re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}", gap) and prev.form in ("demonym", "genitive", "name", "metonym"):
                state = prev.value
                agency = resolve_generic(state, organ)
                out.append(Mention(m.start, m.end, "agency", (state, agency), m.surface, "generic", m.sentence))
                continue
        if m.sentence in outlet and m.surface[:1].isupper() and re.search(r"\b[Tt]he\s+$", text[max(0, m.start - 5) : m.start]):
            state = outlet[m.sentence]  # (a proper title, "the Intelligence Ministry", not "an intelligence service")
            if _AGENCY_SPEAKS.match(text, m.end, m.end + 80) and not _ORGAN_OWN_OPERATION.match(text, m.end, m.end + 160):
                out.append(Mention(m.start, m.end, "organ", state, m.surface, "speaks", m.sentence))
            else:
                out.append(Mention(m.start, m.end, "agency", (state, resolve_generic(state, organ)), m.surface, "generic", m.sentence))
            continue
        out.append(m)
    return out


# patterns scanned over the whole text run only where their required words occur (see .prefilter)
gate(globals(), "_NAMED_PATTERNS", "_CONTEXT_PATTERNS", "_MALWARE_NAMED", "_CYBER_ARMY", "_GROUP_LIST", "_GENERIC_NAME", "_COMPANY_DESCRIBED", "_CONTEXT_CORES",
     "_POLICE_WORDS", "_POLICED", whole_texts=True)
_CORES = dict(zip(_CORED, _CONTEXT_CORES))


__all__ = ["find_mentions"]
