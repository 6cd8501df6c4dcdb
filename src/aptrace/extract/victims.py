"""Victims: what an operation hit, with its country and sector.

A victim is read from the stretch of a sentence that follows a targeting cue
("targeting", "broke into", "the victims are", "including") up to the end of
its clause. Sector words in that stretch give sectors (the vocabulary's);
states named there, or the demonym on the victim ("Israeli water"), give the
country. Countries listed on their own ("several European countries,
including the Czech Republic, Germany and Poland") are victims themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..kb.states import COMPANIES as TECH_COMPANIES
from ..kb.states import PLACE_NAMES
from ..kb.states import PLACES as _PLACES
from ..kb.states import cities, place_state, state_forms, state_name, subdivision_country
from . import cues as C
from .doc import Doc, Mention
from .prefilter import OnePass, Starts, gate

# (the full stop's lookbehinds are read after it, so only at a full stop, not at every character: the same matches, twice as fast)
_CLAUSE_END = re.compile(r"[;!?]|\.(?<!\b[A-Z]\.)(?<!\d\.)(?!\d)|\s[–—]\s|\b(?:while|whereas|but|although|after|before|because|according|which|who|said|says|when|where|so that|in order)\b|,\s+(?:and\s+)?(?:the\s+)?(?:company|ministry|agency|government|officials?|he|she|it|they)\s+(?:said|added)")
_NP_LEFT = re.compile(r"(?:[A-Z][\w&.'’-]*\s+|(?:the|its|a|an|several|some|at least \d+|\d[\d,]*|dozens of|thousands of|hundreds of|many|two|three|four|five|six|other|national|regional|local|federal|state|foreign|domestic|major|large|small|private|public|US|American|British|European|[a-z]+(?:al|ic|ian|ish|ese|an|ern))\s+){0,4}$")
_NP_RIGHT = re.compile(r"^(?:[\w&'’.-]*(?:(?:\s+(?!and\b|or\b|of\b|said\b|says\b|told\b|confirmed\b|reported\b|announced\b|was\b|were\b|had\b|has\b|which\b|that\b|its\b)(?:[a-z]+|IT)){0,2}?\s+(?:systems?|services?|platforms?|confederations?|federations?|associations?|officers|officials|personnel|staff|employees|workers|networks?|servers|websites?|accounts|contractors?|agenc(?:y|ies)|institutions?|organi[sz]ations?|compan(?:y|ies)|firms?|researchers|members|plants?|facilit(?:y|ies)|utilities|stations?|operators?|providers?|suppliers?|makers?|manufacturers?|producers?|vendors?|developers?|offices|substations?|grids?|pipelines?|exchanges?|utilit(?:y|ies)|authorit(?:y|ies)|districts?|boards?|groups?))?(?:\s+(?:of|for|at|in)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?(?:\s+[A-Z][\w&'’-]+){0,4})")


# "the ministry said", "according to the agency": a speaker, not a victim (but "ministries across NATO member states":
# "states" the noun, after a word that qualifies it)
_NOT_VICTIM_AFTER = re.compile(
    r"^[\w\s'’-]{0,28}?\b(?:said|says|told|tells|added|adds|announced|announces|stated|(?<!member\s)(?<!nation\s)(?<!NATO\s)(?<!EU\s)(?<!Baltic\s)(?<!Gulf\s)(?<!Nordic\s)(?<!allied\s)(?<!partner\s)(?<!other\s)states(?!\s*[,.;:)]|\s+(?:and|or|in|of|across|around|including|such|from|on|at|during|since|last|this|between)\b)|confirmed|confirms|reported|reports|spokes\w+|"
    r"accused|accuses|blamed|blames|attributed|attributes|published|publishes|issued|issues|rejected|rejects|denied|denies|dismissed|"
    r"warned|warns|warning|urged|urges|urging|called|calls|summoned|summons|condemned|condemns)\b",
)  # case-sensitive: the verb "states", not "the United States" (nor the noun: "officials of three Baltic states, ...", "ministries in member states in 2023")
_NOT_VICTIM_BEFORE = re.compile(r"(?:according\s+to|by|from|for|spokes\w+\s+for|(?<!along )with|(?:help|assistance|cooperation|complicity|collaboration)\s+of(?:\s+(?:the\s+)?(?:[\w-]+[’']s))?|told|telling|asked|asking|urged|urging|(?:called|calling)\s+on|instructed|advised|letters?\s+to|(?:statement|speech|address|report|submission|evidence)\s+to|(?:wrote|writing|written)\s+to|briefed|briefing|testified\s+(?:before|to)|interview\s+(?:with|on)|speaking\s+(?:to|on)|wrote\s+(?:in|on)|(?P<state>Chinese|Russian|Iranian|North\s+Korean|China['’]s|Russia['’]s|Iran['’]s|North\s+Korea['’]s|Beijing['’]s|Moscow['’]s)(?:\s+[\w-]+)?)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


_SUBJECT_AFTER = re.compile(r"^(?:,\s+(?:an?|the)\s+[\w\s-]{0,40}?(?:state|member|country|ally|nation)\b|\s+(?:\w+\s+)?(?:said|says|told|announced|accused|blamed|summoned|added))", re.I)


@dataclass(frozen=True)
class VictimHit:
    name: str
    country: str | None
    sector: str | None
    start: int
    end: int


_NAME_LEAD_BEFORE = re.compile(r"(?<![\w'’-])(?-i:[A-Z][\w&-]+)\s$")
_BASED_ORG_AFTER = re.compile(
    r"[-‐‑]based\s+(?:[\w-]+\s+){0,3}?(?:company|firm|business|organi[sz]ation|conglomerate|maker|manufacturer|provider|operator|supplier|contractor|"
    r"studio|issuer|startup|start-up|platform|retailer|chain|processor|producer|developer|publisher|vendor|group|consultancy|agency|institute)\b",
    re.I,
)
_CITY_BASED = re.compile(r"(?<![\w'’-])(?P<city>[A-Z]\w*(?:\s[A-Z]\w*){0,2})[-‐‑]based\b")
_PASSIVE_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\b")
_OWNED_BY_BEFORE = re.compile(r"\b(?:used|operated|run|owned|managed|controlled)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_GENITIVE_NOUN = re.compile(r"^['’]s\s+\w")
_SIGNED_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:including\s+|such\s+as\s+|and\s+)?(?:the\s+)?$", re.I)
# "Japan's DMM Bitcoin", "Britain's Royal Mail", "Germany's biggest carmaker Volkswagen": a proper name the state owns
_GENITIVE_NAME = re.compile(r"['’]s\s+(?:(?:largest|biggest|main|leading|national|state-owned|state-run|flagship|top|second-largest)\s+(?:[a-z-]+\s+){0,2})?(?-i:[A-Z][\w&.'’{}-]*)(?:\s+(?-i:[A-Z][\w&.'’{}-]*)){0,3}")
_LIST_END = re.compile(r"^\s*(?:and|,|\.|;|$|(?:had|have|has)\s+(?:had\s+)?(?:its|their)\s|(?:last|this|earlier|in|on|since|between|over|during|throughout|from)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?(?:the\s+(?:past|last)\s+)?(?:\d{1,2}\s+|(?:early|late|mid)[- ]?)?(?:year|month|week|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_LIST_NEXT = re.compile(r"^\s*(?:,|and)")
_NAME_ITEM = r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}"
# "the victims were located in the US, Guam and", "most targets are based in": a list of the victims' states, up to one of them
_VICTIMS_LOCATED_BEFORE = re.compile(
    r"\b(?:victims?|targets?)\b[^.;:]{0,60}?\b(?:were|are|was|is|have\s+been|being)\s+(?:(?:mostly|mainly|primarily|largely|chiefly|all)\s+)?(?:located|based)\s+in\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?)*$",
    re.I,
)
# "Estonia, Latvia and Lithuania were hit": the rest of a list of names, up to the verb of a passive hit that ends its region
_PASSIVE_LIST_END = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3})*"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|all|reportedly|allegedly|repeatedly|previously|among\s+those)\s+)?"
)


# "MirrorFace is part of APT10, a group that hacked cloud providers around the world in 2018": what a group the sentence
# only relates its actor to did, told in a clause after its name
_APPOSED_DEED = re.compile(
    r",\s+(?:a|an|the|another)\s+(?:[\w'’-]+\s+){0,4}?(?:group|gang|crew|actor|unit|outfit|collective|team)\s+(?:that|which|who|whose|blamed|accused|known|responsible|behind)\b[^;()]*$",
    re.I,
)


def in_related_deed(st: str, s0: int, at: int, actors: list[Mention]) -> bool:
    """Is the offset ``at`` of sentence ``st`` (which starts at ``s0``) inside the clause that tells what a second,
    related group did ("part of APT10, a group that hacked ...")?"""
    named = [a for a in actors if a.end <= at]
    if len(named) < 2:
        return False
    m = named[-1]
    return _group_of(m) != _group_of(named[0]) and _APPOSED_DEED.match(st, m.end - s0, at - s0) is not None


def _group_of(m: Mention) -> str:
    name, entries = m.value
    return entries[0].name if entries else name


def find_victims(
    doc: Doc, index: int, mentions: list[Mention], hostile: set[str], default_country: str | None, speakers: tuple[str, ...] = ()
) -> list[VictimHit]:
    """Victims stated in sentence ``index``."""
    s = doc.sentences[index]
    st = doc.text[s.start : s.end]
    out: list[VictimHit] = []
    blocked = [
        (m.start - s.start, m.end - s.start)
        for m in mentions
        if (m.kind in ("organ", "company", "org", "actor") and not (m.kind in ("organ", "org") and (
            _ATTACKED_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start) or _VICTIMS_INCLUDING_BEFORE.search(doc.text, max(s.start, m.start - 80), m.start)
            or _MEMBERS_OF_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start)
            or _HIT_BY_AFTER.match(doc.text, m.end, s.end)  # "The US Treasury was breached by Silk Typhoon": the organ was hit
        )))
        or (m.kind == "agency" and m.value[0] in hostile)
    ]
    states = [m for m in mentions if m.kind == "state" and m.value not in hostile and m.form not in ("based", "speaking", "linked", "backed", "sponsored", "directed", "funded", "financed", "tasked")]
    based = [m for m in mentions if m.kind == "state" and m.form == "based" and m.value not in hostile]
    targeted, denied = _regions(st)
    lead = _LEAD_PLACE.match(st)
    # "In Sweden, the Coop supermarket chain had to close its stores": the state the sentence sets its victims in
    lead_state = next((m.value for m in mentions if lead and m.kind == "state" and m.form == "name" and m.start - s.start == lead.end() and st[m.end - s.start : m.end - s.start + 1] == ","), None)
    if lead_state and lead_state not in hostile:
        default_country = lead_state
    # "Among its best-known British victims was Royal Mail", "Its German victims included a hospital": the victims' state
    own_victims = [
        m for m in states
        if m.form == "demonym" and ("victim" in st or "target" in st) and _VICTIMS_NOUN_AFTER.match(st, m.end - s.start) and _VICTIMS_OWNER_BEFORE.search(st, max(0, m.start - s.start - 40), m.start - s.start)
    ]
    if own_victims:
        default_country = own_victims[0].value
    responds = any(m.kind in ("state", "org", "organ") for m in mentions) and _RESPONSE_VERB.search(st)
    # "charges against members of ...", "the regime targeted individuals": no target of an operation named
    legal = ("against" in st and _LEGAL_AGAINST_CUE.search(st)) or ("target" in st and _SANCTIONS_TARGETED_ANY.search(st))
    # "no evidence that the hackers had disrupted election or government operations": a denied hit names no victim either
    negated = not targeted and (denied or ("no " in st or "not " in st or "n't " in st or "never " in st) and _NEGATED_HIT.search(st))
    regions = targeted or ([] if responds or legal or negated else [(0, len(st))])
    seen_sector_spans: set[tuple[int, int]] = set()
    actors = [m for m in mentions if m.kind == "actor"]
    has_actors = len(actors) > 1
    held: set[int] = set()
    said: re.Match[str] | bool | None = None
    speaking: list[tuple[int, int]] = []
    for r0, r1 in regions:
        region_states = [
            m for m in states
            if r0 <= m.start - s.start < r1 and not _ORIGIN_BEFORE.search(st, max(0, m.start - s.start - 120), m.start - s.start)
            and not _CUSTODY_IN_BEFORE.search(st, max(0, m.start - s.start - 50), m.start - s.start)
        ]
        for i, m in _SECTOR_WORDS.finditer(st, r0, r1):
            sector = C.SECTORS[i][0]
            a, b = m.start(), m.end()
            if any(a < be and ba < b for ba, be in blocked) or (a, b) in seen_sector_spans:
                continue
            if any(h.start - s.start <= a and b <= h.end - s.start for h in out):
                continue  # "communications" inside "the foreign ministry's unclassified communications system"
            word = m.group(0).lower()
            passive = _PASSIVE_AFTER.match(st[b : b + 40]) or (("suffer" in st or "sustain" in st or "victim" in st) and _SUFFERED_AFTER.match(st, b, b + 60))
            owned = _OWNED_BY_BEFORE.search(st[max(0, a - 40) : a])
            attacked = _ATTACKED_BEFORE.search(st, max(0, a - 40), a)  # "a breach of its Electoral Commission and summoned ...": the object
            if sector == "technology" and (
                _USED_BY_AFTER.match(st, b, b + 60) or _SYSTEMS_OF.match(st, b, b + 30) or _THROUGH_BEFORE.search(st, max(0, a - 40), a)
            ):
                continue  # "a software platform used by twelve ministries": the ministries are hit, not a tech firm
            if sector == "technology" and st[a:b].lower() == "software" and not _MAKER_AFTER.match(st, b, b + 20) and (_PRODUCT_NAME_BEFORE.search(st, max(0, a - 30), a) or _CONTROLLING_AFTER.match(st, b, b + 30)):
                continue  # "whose ManageEngine software was exploited", "the software controlling the pumps": a product, not its maker
            if sector == "energy" and word in ("utility", "utilities") and (
                _PRODUCT_NAME_BEFORE.search(st, max(0, a - 30), a) or _SOFTWARE_KIND_BEFORE.search(st, max(0, a - 30), a)
            ):
                continue  # "the CCleaner utility", "a disk-cleanup utility": a program, not a power company
            if sector == "government" and st[a:b].lower().startswith("government of") and any(
                mm.kind == "state" and mm.value in hostile and 0 <= mm.start - s.start - b <= 4 for mm in mentions
            ):
                continue  # "an operator linked to the government of Saudi Arabia": the accused state's government
            if sector not in ("government", "military", "legislature") and _MINISTRY_AFTER.match(st, b, b + 30):
                continue  # "the finance ministry", "the energy department": a government body, read off "ministry"
            if sector in ("government", "military") and _DOER_AFTER.match(st, b, b + 40):
                continue  # "Kenyan police installed spyware on ...": the organ that did it
            if has_actors and in_related_deed(st, s.start, s.start + a, actors):
                continue  # "MirrorFace is part of APT10, a group that hacked cloud providers": the related group's victims
            if _SET_BESIDE_BEFORE.search(st, max(0, a - 120), a):
                continue  # "The attack recalls the 2017 breach of the German parliament": another operation's victim
            if _VECTOR_BEFORE.search(st, max(0, a - 60), a):
                continue  # "exploiting a software flaw", "a vulnerability in web application software": the way in, not the victim
            if _TITLE_OF.search(st, max(0, a - 80), a):
                continue  # "deputy chairman of Ukraine's State Service of Special Communications": whose official speaks
            if st[a].isupper() and _INSTITUTION_OF.search(st, max(0, a - 80), a):
                continue  # "the Ministry of Economic Affairs and Communications": a word of a body's name, which gives its own sector
            if sector == "government" and st[a].isupper() and _TITLED_NAME.match(st, a, b) and (
                st[b - 2 : b] in ("'s", "’s") and re.match(r"\s+\w", st[b : b + 2]) or _TITLED_SPEAKS_AFTER.match(st, b, b + 80)
            ):
                continue  # "Prime Minister Lee Hsien Loong's medication records": whose data; "President Roberta Metsola wrote": who speaks
            if ", whose " in st[b : b + 120] and _WHOSE_PEOPLE_SAY_AFTER.match(st, b, b + 120):
                continue  # "the Citizen Lab at the University of Toronto, whose researchers say": the researchers' house, who reports
            if sector in ("government", "military", "legislature") and _TITLE_AFTER.match(st, b, b + 40):
                continue  # "White House homeland security adviser Tom Bossert told", "Foreign Office Minister for Cyber Security": who speaks
            if "to " in st[b : b + 80] and _ASKED_BEFORE.search(st, max(0, a - 60), a) and _ASKED_TO_AFTER.match(st, b, b + 80):
                continue  # "asked exchanges and other services to block transactions", "urging universities to train staff": whom an appeal addresses
            if _POSED_AS_BEFORE.search(st, max(0, a - 80), a):
                continue  # "posed as recruiters, journalists and young women": whom the attackers pretended to be
            if _FAKE_BEFORE.search(st, max(0, a - 40), a):
                continue  # "malicious software", "fake news sites", "a spoofed US Department of Labor site": the attackers' tools
            if _REPORTED_TO_BEFORE.search(st, max(0, a - 90), a):
                continue  # "reported the leak to the police and the health ministry": whom a victim told
            if sector == "individuals" and word.startswith(("personal", "private")) and _OWNER_AFTER.match(st, b, b + 60):
                continue  # "the private email accounts of the US officials": the owner's own sector says who was hit
            if _TOPIC_BEFORE.search(st, max(0, a - 70), a) or (sector != "political" and _STORY_ABOUT_BEFORE.search(st, max(0, a - 60), a)):
                continue  # "steal research on maritime technology", "information about individuals and minority groups": what it is about
            if ("strike" in st or "bomb" in st or "missile" in st or "rocket" in st or "drone" in st or "shelling" in st or "sighting" in st) and _KINETIC_BEFORE.search(st, max(0, a - 70), a):
                continue  # "Israeli strikes on nuclear and military sites": a war's targets, not the operation's
            if sector != "military" and _CUSTOMERS_BEFORE.search(st, max(0, a - 70), a):
                continue  # "Shirbit, an insurance company that covers civil servants": whom the victim serves, not the victim
            if sector == "military" and _SUPPORTING_BEFORE.search(st, max(0, a - 40), a):
                sector = "defense"  # "entities that support the militaries of the United States": the defence industry
            if word.startswith("election") and _WHEN_BEFORE.search(st, max(0, a - 50), a):
                continue  # "three weeks before the federal election": when, not what was hit
            if _REGISTERED_TO_BEFORE.search(st, max(0, a - 130), a):
                continue  # "a server registered to Egypt's Ministry of Communications": whose hand, not who was hit
            if _ARRESTED_BEFORE.search(st, max(0, a - 40), a):
                continue  # "arrested two people in Poland", "charged five military officers": whom a case is against
            if word == "police" and not attacked and not _STAFF_AFTER.match(st, b, b + 30) and not _HIT_BY_AFTER.match(st, b, b + 80):
                continue  # "Police in Harbin put ...", "reported the leak to the police": who investigates, not who was hit
            if sector == "media" and (_REPORT_AFTER.match(st, b, b + 20) or _OUTLET_SELF_BEFORE.search(st, max(0, a - 6), a) or word.startswith("channel") and _OWN_CHANNEL_BEFORE.search(st, max(0, a - 20), a)):
                continue  # "a press report", "confirmed the breach to this broadcaster", "on its Telegram channel": who tells, where the group boasts
            if "ccording to" in st and _ACCORDING_TO_BEFORE.search(st, max(0, a - 90), a):
                continue  # "According to Rep. Ha of the Saenuri Party, two servers were taken over": whose member speaks
            not_before = _NOT_VICTIM_BEFORE.search(st[max(0, a - 40) : a])
            if not_before and not_before.group("state"):
                at = s.start + max(0, a - 40) + not_before.start("state")
                named = next((mm.value for mm in mentions if mm.kind == "state" and mm.start == at), None)
                if named is not None and named not in hostile:
                    not_before = None  # "hacked iPhones belonging to Russian diplomats", in a text that accuses the NSA
                elif sector in _OWN_PEOPLE_SECTORS and not _NOT_VICTIM_AFTER.match(st[b : b + 40]):
                    not_before = None  # "targets have included ... Chinese dissident groups": the accused state's own people, spied on
            if not_before and not owned and re.match(r"(?i)from\b", not_before.group(0)) and _TAKEN.search(st, max(0, a - 160), a):
                not_before = None  # "stole trade secrets ... as well as from universities": whom it was taken from
            self_reported = _SELF_REPORTED.match(st, b, b + 140) or _SELF_REPORTED_ACTIVE.match(st, b, b + 200)  # "Poland's space agency said its network had been breached"
            if not_before and attacked is None:
                attacked = _OPERATION_NOUN_AFTER.match(st, b, b + 40)  # "blamed APT28 for the Storting hack": the hack's victim, not whom it is for
            if (_NOT_VICTIM_AFTER.match(st[b : b + 40]) and not passive and not attacked and not self_reported) or (not_before and not owned and not attacked):
                continue
            if sector == "political" and re.search(r"\bparty\b", m.group(0), re.I) and re.search(r"third[- ]party|party\s+(?:to|of\s+(?:the\s+)?(?:conflict|agreement|treaty|dispute|case|convention|contract)s?)\b", st[max(0, a - 6) : b + 40], re.I):
                continue  # "a party to the conflict", "a third-party vendor" (but "the Social Democratic Party of Germany", "the ruling party of Japan")
            seen_sector_spans.add((a, b))
            na, nb = _noun_phrase(st, a, b)
            if "of " in st[max(0, na - 80) : na] and _PEOPLE_HEAD.search(st, na, nb) and _HELD_DATA_BEFORE.search(st, max(0, na - 80), na):
                held.add(s.start + na)  # "stole the records of 21 million federal employees": whose data the breached body held
            if any(b <= ba <= b + 50 and _NAME_RUN.fullmatch(st, b, ba) and _NOT_VICTIM_AFTER.match(st[be : be + 40]) for ba, be in blocked):
                continue  # "researchers at the University of Toronto's Citizen Lab said": the lab named in the phrase speaks
            country = (
                _based_after(st, s.start, nb, based) or _country_for(st, s.start, na, nb, region_states) or _based_in(st, s.start, na, nb, based) or _place_country(st, na, nb, hostile)
            )
            if country is None:
                country = _hit_state_body(st, s.start, na, mentions, hostile)
            home_people = _own_people_state(st, s.start, na, a, b, mentions, hostile) if sector in _OWN_PEOPLE_SECTORS else None
            if home_people is None and "the country" in st and _IN_THE_COUNTRY_AFTER.match(st, b, b + 160):
                accused = {mm.value for mm in mentions if mm.kind == "state" and mm.value in hostile}
                # "spy on 33 journalists, academics and lawyers, most of them inside the country": the accused state's own
                home_people = accused.pop() if len(accused) == 1 else None
            if home_people is None and lead_state in hostile and sector in _OWN_PEOPLE_SECTORS and country in (None, default_country):
                home_people = lead_state  # "In Mexico, three researchers and activists had received text messages carrying spyware links"
            if home_people and not any(na <= mm.start - s.start < nb for mm in region_states):
                country = home_people  # "had gone after Belarusian opposition activists", "activists in El Salvador": the accused state's own people
            if country is None and sector in _OWN_PEOPLE_SECTORS:
                # "Vietnamese human rights activists", "Mexican journalists": a state's own people, spied on at home
                country = next((mm.value for mm in mentions if mm.kind == "state" and mm.form == "demonym" and na <= mm.start - s.start < a), None)
                if country is None and default_country is None and doc.facts.get("home") in hostile and not _WORLDWIDE.match(st, nb, nb + 120):
                    country = doc.facts.get("home")  # "MEXICO CITY — ... journalists were targeted" by Mexico's own government
            if country is None and not _WORLDWIDE.match(st, nb, nb + 120) and not _elsewhere(st, na, nb) and not _WORLDWIDE_LIST_BEFORE.search(st, max(0, na - 160), na) and not _other_example(st, s.start, nb, states, default_country):
                country = default_country  # (not for "victims around the world", "companies in 40 countries", "governments around the South China Sea")
            if sector == "legislature" and word in _PARLIAMENT_STATE:
                country = _PARLIAMENT_STATE[word]  # "the Bundestag's internal network": a national parliament's own state
            elif sector == "legislature" and word == "parliament" and st[max(0, a - 9) : a] == "European " and not _MEMBERS_AROUND.search(st, max(0, a - 24), b + 20):
                country = "EU"  # "the European Parliament's website": the Union's parliament (its members are of their own states)
            out.append(VictimHit(st[na:nb].strip(" ,"), country, sector, s.start + na, s.start + nb))
            if country is not None and (", " in st[max(0, na - 30) : na] or "and " in st[max(0, na - 8) : na] or "or " in st[max(0, na - 8) : na]):
                out += _shared_head(st, s.start, na, nb, country, sector, region_states)
        for m in _SECTOR_LIST.finditer(st, r0, r1) if (" and " in st[r0:r1] or " or " in st[r0:r1]) else ():
            # "government, industrial, technology and media entities": each modifier names a sector of the shared noun
            if any(m.start() < be and ba < m.end() for ba, be in blocked):
                continue
            head = m.group("head")
            country = _country_for(st, s.start, m.start(), m.end(), region_states) or _based_in(st, s.start, m.start(), m.end(), based)
            if country is None and not _WORLDWIDE.match(st, m.end(), m.end() + 120):
                country = _place_country(st, m.start(), m.end(), hostile)
                if country is None and not _elsewhere(st, m.start(), m.end()) and not _WORLDWIDE_LIST_BEFORE.search(st, max(0, m.start() - 160), m.start()):
                    country = default_country
            for w in _MODIFIER.finditer(st, m.start(), m.start("head")):
                sector = _MODIFIER_SECTOR.get(re.sub(r"[\s-]+", " ", w.group(0).lower()))
                if sector == "military" and head.lower() in ("companies", "firms", "businesses", "providers", "industries"):
                    sector = "defense"  # "aerospace and military companies": the defence industry
                if w.group(0).lower() == "aviation" and head.lower() in ("sectors", "networks", "organisations", "organizations", "operators", "systems"):
                    sector = "transport"  # "the energy, water and aviation sectors": air transport, not the aircraft makers
                if sector:
                    out.append(VictimHit(f"{w.group(0)} {head}", country, sector, s.start + w.start(), s.start + w.end()))
        ci = C.CRITICAL_INFRA.search(st, r0, r1)
        narrowed = ci and _CI_NARROWED.match(st, ci.end())
        if narrowed and any(ci.end() <= h.start - s.start < narrowed.end() and h.sector for h in out):
            ci = None  # "critical infrastructure operators in the energy sector": the narrower sector says it
        if ci and not _GUARDED_BEFORE.search(st, max(0, ci.start() - 40), ci.start()):
            m = ci  # (not "a threat to critical infrastructure", "would keep defending its critical infrastructure")
            world = _WORLDWIDE.match(st, m.end(), m.end() + 120) or _elsewhere(st, m.start(), m.end()) or _WORLDWIDE_LIST_BEFORE.search(st, max(0, m.start() - 160), m.start())
            out.append(VictimHit(m.group(0), None if world else default_country, "critical_infrastructure", s.start + m.start(), s.start + m.end()))
        for m in mentions:
            # "accessed Microsoft's corporate email", "breached Cisco's network", "hit targets including Microsoft": a company named as the target
            if m.kind == "company" and r0 <= m.start - s.start < r1 and (
                _ATTACKED_BEFORE.search(st, max(0, m.start - s.start - 40), m.start - s.start)
                or _TARGETS_INCLUDING_BEFORE.search(st, max(0, m.start - s.start - 80), m.start - s.start)
            ):
                after = st[m.end - s.start : m.end - s.start + 40]
                if not any(h.start <= m.start < h.end for h in out) and not _NOT_VICTIM_AFTER.match(after) and not _PRODUCT_AFTER.match(after):
                    out.append(VictimHit(m.surface, None, "technology" if m.value in TECH_COMPANIES else None, m.start, m.end))
        for m in mentions:
            # "breached networks of EU institutions", "APT28 targeted NATO", "infiltrated the OSCE's servers": an international body hit
            # (its country is the EU for the Union's own bodies, none for the others; not "an attack on NATO ally Poland")
            a = m.start - s.start
            if m.kind == "org" and m.value in _BODY_VICTIMS and r0 <= a < r1 and (
                _ATTACKED_BEFORE.search(st, max(0, a - 40), a) or _BODY_HIT_BEFORE.search(st, max(0, a - 40), a) or _TARGETS_INCLUDING_BEFORE.search(st, max(0, a - 80), a)
            ):
                after = _BODY_AFTER.match(st, m.end - s.start)
                tail = st[m.end - s.start : m.end - s.start + 40]
                if not after or _NOT_VICTIM_AFTER.match(tail) and not _BLAMED_PASSIVE.match(tail):
                    continue
                country = "EU" if m.value == "EU" else None
                had = next((h for h in out if h.start <= m.start < h.end), None)
                if had is None:
                    end = s.start + after.end("noun") if after.group("noun") else m.end
                    out.append(VictimHit(doc.text[m.start : end], country, "government", m.start, end))
                elif had.country is None and country:
                    out[out.index(had)] = VictimHit(had.name, country, had.sector, had.start, had.end)  # ("the European Union", read off its sector word)
        for m in based if targeted else []:
            # "breached a Philippines-based consumer products company": the company is a victim, its sector unnamed
            org = _BASED_ORG_AFTER.match(doc.text, m.end, s.end) if r0 <= m.start - s.start < r1 else None
            if org and not any(h.start <= org.end() and m.start <= h.end for h in out):
                out.append(VictimHit(doc.text[m.start : org.end()], m.value, None, m.start, org.end()))
        for m in based if targeted and ("located" in st or "based" in st) else ():
            # "the victims were located in the US, Guam and Japan": where the victims are, each state one
            a = m.start - s.start
            if r0 <= a < r1 and _VICTIMS_LOCATED_BEFORE.search(st, max(0, a - 160), a) and not any(h.start <= m.start < h.end for h in out):
                out.append(VictimHit(m.surface, m.value, None, m.start, m.end))
        for m in _CITY_BASED.finditer(st, r0, r1) if targeted and "-based" in st[r0:r1] else ():
            # "the Sao Paulo-based company", "a Gothenburg-based shipping firm": a city's company, hit
            code = place_state(m.group("city"))
            org = _BASED_ORG_AFTER.match(st, m.end("city"), r1 + 60)
            if code and code not in hostile and org and not any(h.start - s.start <= org.end() and m.start() <= h.end - s.start for h in out):
                out.append(VictimHit(st[m.start("city") : org.end()], code, None, s.start + m.start("city"), s.start + org.end()))
        for m in region_states:
            # "the cyberattack on Air India": a company named after its country, hit as such
            lead = _NAME_LEAD_BEFORE.search(st, max(0, m.start - s.start - 30), m.start - s.start) if m.form == "name" else None
            if lead and _ATTACKED_BEFORE.search(st, max(0, lead.start() - 40), lead.start()) and not any(h.start <= m.start < h.end for h in out):
                out.append(VictimHit(st[lead.start() : m.end - s.start], m.value, None, s.start + lead.start(), m.end))
        if targeted and region_states and said is None:  # (read once a sentence, and only where a state may be hit)
            said = _SAID.search(st) or False
            # organs, agencies and bodies that go on to speak: "the UK's NCSC said", not a victim
            speaking = [(ba, be) for ba, be in blocked if _NOT_VICTIM_AFTER.match(st[be : be + 40])]
        for m in region_states if targeted else []:
            if m.value in speakers and _SUBJECT_AFTER.match(st[m.end - s.start : m.end - s.start + 60]):
                continue  # "which the Czech Republic, an EU state, said ...": the speaker, not a target
            if m.value in speakers and said and m.end - s.start <= said.start() and not _HIT_VERB_BEFORE.search(st, max(0, m.start - s.start - 70), m.start - s.start) and not (
                _PASSIVE_LIST_END.fullmatch(st, m.end - s.start, r1)
            ):  # (but "Estonia, Latvia and Lithuania were hit by APT28, officials said": the states hit, not who speaks)
                continue  # "Britain and ten allies, including the United States, said": who speaks, not a target
                # (but "hackers targeted German officials, the BSI said": a state both hit and speaking)
            a, b = m.start - s.start, m.end - s.start
            if any(h.start <= m.start < h.end for h in out):
                continue
            if _OTHER_OPERATIONS_BEFORE.search(st, max(0, a - 80), a):
                continue  # "retaliating for Indian hackers' attacks on Pakistani sites": another operation's victims
            if " by " in st[max(0, a - 50) : a] and _BY_ACCUSER_BEFORE.search(st, max(0, a - 50), a):
                continue  # "APT31 ... was blamed by Helsinki", "an attack attributed by Britain to Russia": who accuses
            # ("UK officials", "US companies": a state's short name used as its demonym)
            g = _GENERIC_TARGET.match(st[b : b + 40]) if m.form == "demonym" or (m.form == "name" and _SHORT_NAME.fullmatch(m.surface)) else None
            if g is None and m.form == "demonym" and _INDEFINITE_BEFORE.search(st, max(0, a - 4), a):
                g = _GENERIC_ONE.match(st[b : b + 40])  # "a breach at a Swedish company": one unnamed victim
            if g is None and m.form in ("demonym", "name") and _DEFINITE_BEFORE.search(st, max(0, a - 16), a):
                g = _NAMED_ONE.match(st[b : b + 60])  # "the networks of the German industrial group Bosch": one named victim
                if g is not None and (_SECURITY_WORD.search(g.group(0)) or _NOT_VICTIM_AFTER.match(st[b + g.end() : b + g.end() + 40])):
                    g = None  # "the US cybersecurity firm FireEye said", "the Slovak security company ESET": who reports it
                elif g is not None and any(x.start < m.end + g.end() and m.end <= x.start for x in actors):
                    g = None  # "assigned to the Chinese group APT10": the accused group, not a company
            if g is not None:
                # "hacked the email accounts of British officials": a state's officials are its government
                sector = "government" if _OFFICIALS_END.search(g.group(0)) else None
                out.append(VictimHit(st[a : b + g.end()].strip(), m.value, sector, m.start, m.end + g.end()))
                out += _shared_head(st, s.start, a, b + g.end(), m.value, sector, region_states)  # "Ukrainian, Georgian and Moldovan officials"
                continue
            asset = _GENITIVE_ASSET.match(st, b) if m.form == "genitive" else None
            if asset is None and m.form == "genitive":
                asset = _GENITIVE_PEOPLE.match(st, b)  # "Oman's minister responsible for foreign affairs", "Japan's ambassador"
                if asset and (_NOT_VICTIM_AFTER.match(st[asset.end() : asset.end() + 40]) or _NOT_VICTIM_AFTER.match(re.sub(r"^[^,]*,[^,]*,", "", st[asset.end() : asset.end() + 120]))):
                    asset = None  # "Britain's foreign secretary said": who speaks
            if asset and not _OTHER_OPERATIONS_BEFORE.search(st, max(0, a - 80), a):
                # "penetrated Japan's classified defence networks", "shut down Ukraine's state registers": the state's own systems
                out.append(VictimHit(st[a : asset.end()], m.value, None, m.start, s.start + asset.end()))
                continue
            owned = _GENITIVE_NAME.match(st, b) if m.form == "genitive" else None
            if owned and (
                any(ba < owned.end() and a < be for ba, be in speaking)
                or _NOT_VICTIM_AFTER.match(re.sub(r"^,?\s*(?:which|who)\b", "", st[owned.end() : owned.end() + 48]))
                or _SIGNED_BY_BEFORE.search(st, max(0, a - 60), a)
            ):
                owned = None  # "co-signed by agencies including Canada's CCCS, which said": who speaks
            if owned and st[owned.end() - 1] == "." and not st[owned.end() :].strip() and not re.search(r"\b(?:Inc|Co|Corp|Ltd|Bhd|Pty|S\.A)\.$", owned.group(0)):
                owned = _GENITIVE_NAME.match(st, b, owned.end() - 1)  # ("... Chunghwa Telecom.": the sentence's full stop is no part of the name)
            if owned:
                # "stole from Japan's DMM Bitcoin, South Korea's Upbit and ...": the state's own company or body, hit
                out.append(VictimHit(st[a : owned.end()], m.value, None, m.start, s.start + owned.end()))
                continue
            if m.form in ("name", "metonym") and _POSTED_TO_BEFORE.search(st, max(0, a - 120), a):
                continue  # "Germany's ambassador to Moscow", "the embassy in Beijing": where the envoy is posted
            if m.form in ("name", "metonym") or (m.form == "genitive" and not _GENITIVE_NOUN.match(st[b : b + 6])):
                if _LIST_END.match(st[b : b + 24]) or _LIST_NEXT.match(st[b:]) or b >= len(st) - 2 or _PASSIVE_LIST_END.fullmatch(st, b, r1) or (
                    _IN_A_PLACE_AFTER.match(st, b) and _MISSIONS_OF_BEFORE.search(st, max(0, a - 120), a)
                ):
                    out.append(VictimHit(m.surface if m.form != "genitive" else state_name(m.value), m.value, None, m.start, m.end))
    for m in _NAMED_HIT.finditer(st) if regions and _NAMED_HIT_GATE.search(st) else ():
        # "hackers breached Kaseya", "the attack on Synnovis, a pathology provider", "the British Library was hit": a name the knowledge base does not know
        if any(r0 <= m.start(m.lastgroup) < r1 for r0, r1 in regions):
            _named_hit(st, s.start, m, mentions, hostile, out)
    for m in mentions if "its " in st or "their " in st or " it " in st else ():
        # "Microsoft said the Midnight Blizzard hack of its corporate email ...", "Cisco said hackers broke into its network": who speaks was hit
        a, b = m.start - s.start, m.end - s.start
        if m.kind == "company" and not any(h.start <= m.start < h.end for h in out) and (
            _OWN_HIT_SAID.match(st, b, b + 200) or _SELF_REPORTED.match(st, b, b + 140) or _SELF_REPORTED_ACTIVE.match(st, b, b + 200)
        ):
            out.append(VictimHit(m.surface, None, "technology" if m.value in TECH_COMPANIES else None, m.start, m.end))
    for m in mentions if regions and "officials" in st else ():
        # "hacked into email accounts of US officials": the officials of a state (read as an organ, which speaks elsewhere), hit
        a = m.start - s.start
        if m.kind == "organ" and m.value not in hostile and _OFFICIALS_END.search(m.surface) and _ATTACKED_BEFORE.search(st, max(0, a - 40), a) and not any(
            h.start <= m.start < h.end for h in out
        ):
            out.append(VictimHit(m.surface, m.value, "government", m.start, m.end))
    for m in own_victims:
        if not any(h.country == m.value for h in out):
            g = _VICTIMS_NOUN_AFTER.match(st, m.end - s.start)
            out.append(VictimHit(st[m.start - s.start : g.end()], m.value, None, m.start, s.start + g.end()))
    if any(h.country is None for h in out) and " of " in st:
        # "breached the credit agency and stole the data of 145 million Americans": the people's state places the body
        people = next((
            m.value for m in states
            if m.form == "demonym" and _HELD_PEOPLE_BEFORE.search(st, max(0, m.start - s.start - 80), m.start - s.start)
            and _PEOPLE_PLURAL.match(st, m.end - s.start)
        ), None)
        if people is None and (p := _HELD_DEMONYMS.search(st)):
            people = _demonyms().get(p.group("dem"))  # ("145 million Americans": a plural the gazetteer does not list)
        if people in hostile:
            people = None
        if people:
            out = [VictimHit(h.name, people, h.sector, h.start, h.end) if h.country is None and h.sector else h for h in out]
    if held and any(h.start not in held and not _PEOPLE_HEAD.search(h.name) for h in out):
        # "breached the OPM and stole the records of 21 million federal employees": the body breached is the victim
        # (with no body named, "stole the records of 100,000 US Navy personnel" tells whose systems held them)
        out = [h for h in out if h.start not in held]
    return _merge([_without_full_stop(h) for h in out])


# "its best-known British victims were", "the gang's German targets included"
_VICTIMS_NOUN_AFTER = re.compile(r"\s+(?:victims?|targets?)\s+(?:(?:have|has)\s+)?(?:included|include|includes|was|were|are|is|ranged|range|span|spanned)\b")
_VICTIMS_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her)|['’]s)\s+(?:(?:[\w-]+\s+){0,2})?$", re.I)


# "the Storting hack", "the Electoral Commission breach", "the Bundestag email hack": the operation named after what it hit
_OPERATION_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:e-?mail|network|server|IT|computer|data|cyber)\s+)?(?:hack|breach|intrusion|cyber-?attack|attack|compromise|break-in|infiltration)s?\b", re.I)
_DOER_AFTER = re.compile(r"\s+(?:(?:had|has|have|allegedly|reportedly)\s+)?(?:installed|implanted|planted|hacked|deployed|spied\s+on|infected|broke\s+into|used\s+(?:\w+\s+){0,2}spyware)\b(?!\s+(?:(?:hard|badly|again)\s+)?by\b)", re.I)  # (not "ministry hacked by APT31", a headline's passive)
# "a breach of its Electoral Commission": an institution named as what was attacked is a victim, not a party
_VECTOR_BEFORE = re.compile(
    r"\b(?:exploit(?:ed|ing|s)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}|(?:vulnerabilit(?:y|ies)|flaws?|bugs?|weakness(?:es)?)\s+in\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3})$", re.I
)
# "the Israeli company Unitronics at a water authority": the demonym belongs to another noun
_OTHER_NOUN_BETWEEN = re.compile(r"\b(?:at|by|for|from|on|with|to)\b", re.I)
# "... said its network had been breached", from the verb on
_SELF_REPORTED_AT = re.compile(
    r"\b(?:said|says|confirmed|disclosed|announced|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:networks?|systems?|servers?|e-?mail|accounts?|websites?|IT|infrastructure|computers?|data)|it)\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:\w+\s+)?"
    r"(?:breached|hacked|compromised|attacked|targeted|infiltrated|penetrated|accessed|hit|encrypted|crippled|paraly[sz]ed|disrupted|(?:knocked|taken)\s+(?:down|offline))\b",
    re.I,
)
# "The Japanese defence contractor confirmed that intruders had got into its networks", "The University has published
# an account of how hackers spent weeks inside its network": who speaks was hit, told in the active voice
_SELF_REPORTED_ACTIVE_AT = re.compile(
    r"\b(?:said|says|confirmed|confirms|disclosed|discloses|announced|announces|reported|reports|admitted|admits|published|detailed|revealed|reveals)\s+(?:[\w,-]+\s+){0,10}?"
    r"(?:(?:the|an?)\s+(?:[\w-]+\s+){0,2}?)?(?:hackers|intruders|attackers|cybercriminals|criminals|someone|actors?|group|attacker|hacker|intruder)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:into|inside|in|on|to|from)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:networks?|systems?|servers?|e-?mail|accounts?|IT|infrastructure|computers?|data)\b",
    re.I,
)
# the same a few words after a victim phrase: "Poland's space agency said its network had been breached"
_SELF_REPORTED = re.compile(r"\s*(?:\w+\s+){0,3}?" + _SELF_REPORTED_AT.pattern, re.I)
_SELF_REPORTED_ACTIVE = re.compile(r"\s*(?:\w+\s+){0,3}?" + _SELF_REPORTED_ACTIVE_AT.pattern, re.I)
# "said the Midnight Blizzard hack of its corporate email", "disclosed a breach of its systems": the speaker's own systems, hit
_OWN_HIT_SAID = re.compile(
    r"\s+(?:(?:on|last|this)\s+\w+\s+)?(?:said|says|disclosed|discloses|confirmed|confirms|revealed|reveals|announced|announces|reported|reports|admitted|admits|detected|discovered)\s+"
    r"(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?(?:[\w'’-]+\s+){0,5}?(?:hack|breach|intrusion|compromise|attack|cyberattack|cyber-attack|infiltration|theft)\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:of|on|into|at|against|from)\s+"
    r"(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:networks?|systems?|servers?|e-?mail|accounts?|IT|infrastructure|computers?|data|source\s+code|mailboxes|inboxes|environment|repositories)\b",
    re.I,
)
_LURE = r"(?:e-?mails?|messages?|texts?|links?|SMS|lures?|attachments?|invitations?)"
# "the phishing emails went to accounts at ...", "the malicious messages were sent to ...": whom the lures reached
_LURES_WENT_TO = re.compile(
    r"\b(?:phishing|spear-?phishing|malicious|booby-trapped|rigged|infected|fake|spoofed|fraudulent|tainted|weaponi[sz]ed)\s+(?:[\w-]+\s+)?" + _LURE
    + r"\s+(?:(?:also|all|then)\s+)?(?:went|arrived|(?:were|was|had\s+been|have\s+been|been)\s+(?:also\s+)?(?:sent|delivered|addressed|mailed))\s+(?:out\s+)?to\b",
    re.I,
)
# "has been sending booby-trapped documents to officers of ...", "emailed rigged Word files to diplomats": whom the lures reached
LURES_SENT_TO = (
    r"\b(?:sent|send|sends|sending|e-?mailed|e-?mails|e-?mailing|mailed|delivered|delivers|delivering)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:phishing|spear-?phishing|malicious|booby-trapped|rigged|infected|spoofed|fraudulent|tainted|weaponi[sz]ed|poisoned|trojani[sz]ed|malware-laden)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:" + _LURE[3:-1] + r"|documents?|files?)|lures?)\s+to\b"
)
_LURES_SENT_TO = re.compile(LURES_SENT_TO, re.I)
_HOW_AFTER = re.compile(r",\s+(?:using|posing|pretending|disguised|dressed|made|written|carrying|containing|with)\b", re.I)
# "had received text messages carrying Pegasus links", "received phishing emails": who got the lures
_RECEIVED_LURES = re.compile(
    r"\b(?:(?:had|have|has)\s+(?:also\s+)?)?(?:received|receiving|got|were\s+sent|was\s+sent)\s+(?:(?:at\s+least\s+)?[\w-]+\s+){0,3}?"
    r"(?:(?:phishing|spear-?phishing|malicious|booby-trapped|rigged|infected|spoofed|fraudulent|tainted|weaponi[sz]ed)\s+(?:[\w-]+\s+)?" + _LURE + r"\b"
    + r"|" + _LURE + r"\s+(?:carrying|containing|laced\s+with|bearing|with)\s+(?:[\w-]+\s+){0,2}?(?:links?|malware|spyware|attachments?|exploits?|payloads?|implants?)\b)",
    re.I,
)
# "had their servers compromised", "have had its email accounts hacked", "had their calls intercepted": the owner, hit
_HAD_ITS_DONE = re.compile(
    r"\b(?:had|have|has)\s+(?:had\s+|also\s+)?(?:its|their)\s+(?:[\w-]+\s+){1,4}?(?:actually\s+|also\s+)?"
    r"(?:compromised|hacked|breached|erased|wiped|encrypted|intercepted|stolen|leaked|exposed|accessed|infected|disrupted|hijacked|"
    r"locked|defaced|tapped|penetrated|infiltrated|taken\s+(?:over|offline|down)|knocked\s+offline|shut\s+down|destroyed|deleted)\b",
    re.I,
)
_SAID = re.compile(r"\b(?:said|says|announced|stated|declared)\b")
_TAKEN = re.compile(r"\b(?:stole|stolen|steal\w*|theft|exfiltrat\w+|took|taken|siphon\w*|extracted|downloaded|leak(?:ed|ing|s)?|copied|pilfered|obtained|harvest(?:ed|ing|s)?|drained)\b", re.I)
# "copied blueprints from", "drained $100 million from", "leaked emails from": whom it was taken from
_TAKEN_BEFORE = re.compile(_TAKEN.pattern + r"\s+(?:[\w$€£.,'’-]+\s+){0,4}$", re.I)
# "one of the servers used was registered to an address of", "the domain was traced back to": whose the tool is
_REGISTERED_TO_BEFORE = re.compile(
    r"\b(?:servers?|domains?|IPs?|IP\s+address(?:es)?|infrastructure|hosts?|command[- ]and[- ]control|C2)\b[^.;]{0,60}?\b(?:registered|traced(?:\s+back)?|leased|rented)\s+to\s+(?:[\w'’-]+\s+){0,4}$", re.I
)
# a product's name written in camel case or with capitals inside: "ManageEngine", "MicroSCADA", "MOVEit"
_PRODUCT_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?-i:[A-Z][a-z]+[A-Z][\w-]*|[a-z]+[A-Z][\w-]*|[A-Z]{2,}[a-z][\w-]*)\s+$")
_MAKER_AFTER = re.compile(r"\s+(?:compan(?:y|ies)|firms?|makers?|vendors?|developers?|providers?|suppliers?|houses?|groups?|giants?)\b", re.I)
_CONTROLLING_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:controll?(?:ing|ed|s)|runs|running|ran|operat(?:ing|es|ed)|manag(?:ing|es|ed))\b", re.I)
_THROUGH_BEFORE = re.compile(r"\b(?:through|via)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)  # "breached email through Microsoft cloud"
_SYSTEMS_OF = re.compile(r"\s+(?:of|at|belonging\s+to)\s+(?!the\s+(?:company|firm|vendor)\b)", re.I)  # "the IT systems of 20 energy suppliers"
_USED_BY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:used|operated|run|owned|managed|shared)\s+by\s", re.I)
_TITLE_OF = re.compile(
    r"\b(?:chairman|chairwoman|chair|head|director|chief|minister|secretary|spokes\w+|commissioner|president)\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I
)
_FAKE_BEFORE = re.compile(r"\b(?:malicious|spying|spy|fake|bogus|spoofed|forged|counterfeit|rogue|look-?alike)\s+(?!on\s|into\s|upon\s)(?:[\w'’.-]+\s+)?$", re.I)
_ARRESTED_BEFORE = re.compile(r"\b(?:arrested|detained|charged|indicted|extradited|sanctioned|convicted|sentenced)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_OWN_PEOPLE_SECTORS = frozenset({"civil_society", "media", "political", "individuals"})
# "southern", "north-eastern", "central": the part of a state a place names ("in southern Ukraine")
_COMPASS = r"(?:(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?|central)\s+"
_LEAD_PLACE = re.compile(r"\s*(?:In|Across|Inside|Throughout|Elsewhere\s+in)\s+(?:the\s+)?(?i:" + _COMPASS + r")?")  # ("In southern Ukraine, ...")
# "asked node operators, exchanges and bridges to block ...", "urged hospitals to patch": the addressees of an appeal
_ASKED_BEFORE = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|encourag(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|told|tell(?:s|ing)?|remind(?:s|ed|ing)?|instruct(?:s|ed|ing)?|order(?:s|ed|ing)?)"
    r"\s+(?:all\s+|other\s+|the\s+|its\s+|their\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,6}$",
    re.I,
)
_ASKED_TO_AFTER = re.compile(
    r"(?:,?\s+(?:and\s+|or\s+)?[\w-]+){0,6}?\s+to\s+(?:block|freeze|patch|update|train|check|report|review|watch|monitor|stop|reject|be\s+(?:alert|vigilant|on)|look|scan|hunt|tighten|strengthen|secure|apply|install|reset|change|remain|stay|take|share)\b",
    re.I,
)
# "defaced the website of", "stole documents from", "broke into": the object of the attack follows
_HIT_OBJECT_BEFORE = re.compile(
    r"\b(?:defac\w+|disabl\w+|crippl\w+|paralys\w+|paralyz\w+|took\s+down|knocked\s+out|shut\s+down|sabotag\w+|wiped|hijack\w+)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:of|at|from)\s+$", re.I
)


_NAME = r"(?-i:[A-Z][\w&'’.-]*(?:\s+(?:of|for|de)\s+(?:the\s+)?[A-Z][\w&'’.-]*|\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,4})"
# the name ends the noun phrase: not "breached Exchange servers", "hacked Gmail accounts" (a product, an account)
_NAME_END = r"(?=\s*(?:[,.;:)]|$)|\s+\([A-Z]{2,8}\)|['’]s\s|\s+of\s+(?:US)?[$€£\d]|\s+(?:and|or|in|on|at|last|this|earlier|was|were|is|which|that|who|with|by|from|over|during|after|before|since|to|using|via|through|as)\b)"
# "stole $600 million from", "siphoned about $100 million in crypto from": money taken from what follows
_MONEY_FROM = r"(?:stole|stolen|stealing|siphoned|drained|took|taken|laundered)\s+(?:(?:about|nearly|almost|around|roughly|some|more\s+than|over|at\s+least)\s+)?[$€£]\s?[\d.,]+\s*(?:million|billion|m|bn)?(?:\s+(?:worth\s+)?(?:of|in)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+from"
_NAMED_HIT = re.compile(
    r"\b(?:breached|hacked|(?:broke|broken|breaking|hacked)\s+into|compromised|infiltrated|penetrated|crippled|disrupted|defaced|attacked|paralys(?:ed|ing)|paralyz(?:ed|ing)|(?:cyber-?|ransomware\s+)?attacks?\s+(?:on|against)|"
    r"breach\s+(?:of|at)|hack\s+(?:of|on)|intrusions?\s+(?:into|at)|targeted|disabled|drained|emptied|robbed|relieved|" + _MONEY_FROM
    # "crippled the systems of MGM Resorts", "encrypted the servers of Kyivstar": the owner of what was hit
    + r"|(?:crippled|encrypted|wiped|disabled|disrupted|paralys(?:ed|ing)|paralyz(?:ed|ing)|(?:shut|took|knocked)\s+down|breached|hacked|compromised)\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?:[\w-]+\s+)?(?:systems|networks?|servers|computers|websites?|IT\s+systems|e-?mail\s+accounts)\s+(?:of|at|belonging\s+to)"
    + r")\s+(?:the\s+)?(?P<name>" + _NAME + r"(?:\s+(?:bridge|network|blockchain|protocol))?)" + _NAME_END
    + r"|(?:\b(?:[Tt]he|,|and)\s+|^\s*)(?P<subject>" + _NAME + r")(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:systems|networks?|servers|computers|plants|operations|websites?))?\s+(?:"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:hit|breached|hacked|attacked|compromised|targeted|struck|crippled|infiltrated|paralysed|paralyzed|encrypted|disabled|(?:taken|knocked)\s+(?:down|offline)|held\s+to\s+ransom)\s+by"
    # "MGM Resorts fell victim to Scattered Spider", "Kyivstar has been under attack from Sandworm", "Colonial Pipeline
    # suffered a ransomware attack claimed by DarkSide", "HPE disclosed that its network had been accessed": the subject was hit
    r"|(?:fell|has\s+fallen|had\s+fallen|falls)\s+victim\s+to|(?:(?:has|had|have)\s+been|came|comes|come)\s+under\s+(?:[\w-]+\s+)?(?:cyber-?)?attack\s+(?:from|by)"
    # "Kyivstar's network went down after Sandworm struck": what failed when the group struck was hit
    r"|(?:went\s+(?:down|offline|dark)|crashed|ground\s+to\s+a\s+halt)\s+(?:\w+\s+)?(?:after|when|as|following)"
    r"|(?:suffered|suffers|sustained|disclosed|confirmed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:cyber-?attack|attack|breach|intrusion|hack)\s+(?:by|from|claimed\s+by|blamed\s+on|attributed\s+to|that)"
    r"|(?:said|says|confirmed|disclosed|announced|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:its\s+(?:[\w-]+\s+){0,3}?(?:networks?|systems?|servers?|e-?mail|accounts?|IT|infrastructure|computers?|data)|it)\s+(?:had|has|was)\s+(?:been\s+)?(?:breached|hacked|compromised|attacked|targeted|infiltrated|penetrated|accessed|hit|encrypted)\s+by"
    r")\b",
)
_NAMED_HIT_GATE = re.compile(r"\b(?:emptied|robbed|relieved|went|crashed|ground|accessed|victim|encrypted|down\b|offline|under|breach|hack|broke|disrupted|defaced|broken|breaking|compromised|infiltrated|penetrated|attack|cyberattack|cyber-attack|intrusion|targeted|hit|struck|crippled|paralys|paralyz|disabled|drained|stol|siphoned|took|taken|laundered)")
_APPOSED_AFTER = re.compile(r",\s+(?:an?|the|one\s+of)\s+")
_NOT_A_NAME = frozenset({"The", "A", "An", "It", "They", "He", "She", "We", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Hackers", "Attackers", "Officials", "Investigators", "Researchers"})


def _named_hit(st: str, s0: int, m: re.Match[str], mentions: list[Mention], hostile: set[str], out: list[VictimHit]) -> None:
    """A proper name named as what was hit, with the sector and country of an apposition or demonym on it."""
    g = "name" if m.group("name") else "subject"
    a, b = m.span(g)
    first = st[a:b].split()[0]
    if first in _NOT_A_NAME or _MONTHS_DAYS.match(first):
        return
    lead = None
    for mm in mentions:
        if mm.start - s0 < b and a < mm.end - s0:
            if mm.kind == "state" and mm.form == "demonym" and mm.start - s0 == a and mm.end - s0 < b and mm.value not in hostile:
                lead = mm.value  # "the British Library": the demonym names its state
            else:
                return  # a state, actor, company or organ the mentions already read
    if any(h.start - s0 < b and a < h.end - s0 for h in out) or _PRODUCT_AFTER.match(st, b, b + 40):
        return  # (nor "breached Ivanti's customers", "Fortinet's firewalls": whom or what the vendor serves)
    if next(iter(_SECTOR_WORDS.finditer(st, a, b)), None) is not None or _SET_BESIDE_BEFORE.search(st, max(0, a - 120), a) or _OTHER_OPERATIONS_BEFORE.search(st, max(0, a - 80), a):
        return  # a sector word the sector reading weighed ("evokes the 2015 attack on the Bundestag"), another operation's victim
    # ("breached the New York Times", "hacked the University Hospital Brno": a city in the name itself; not "Kaseya,
    # Sydney-based researchers said", who speaks)
    country, sector, end = lead or _place_country(st[:b], a, b, hostile), None, b
    if st[a:b].lower().endswith((" bridge", " blockchain", " protocol")) or (st[a:b].lower().endswith(" network") and m.group(0)[-len(st[a:b]) - 6 :].find("$") < 0 and "$" in m.group(0)):
        sector = "finance"  # "the Harmony Horizon bridge", "stole $600 million from the Ronin Network": a crypto platform, robbed
    own = re.search(r"['’]s\s", st[a:b])
    if own and st[a:b].lower().endswith((" bridge", " network", " blockchain", " protocol")):
        b = end = a + own.start()  # "Viasat's KA-SAT network", "Sky Mavis's Ronin bridge": the owner, hit through its network
    apposed = _APPOSED_AFTER.match(st, b)
    if apposed:
        hit = next((h for h in out if apposed.end() <= h.start - s0 <= apposed.end() + 40 and (h.sector or h.country)), None)
        if hit:  # "Synnovis, a pathology provider": the apposition tells what it is
            out.remove(hit)
            country, sector, end = country or hit.country, hit.sector, hit.end - s0
    out.append(VictimHit(st[a:b], country, sector, s0 + a, s0 + end))


_MONTHS_DAYS = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _hit_state_body(st: str, s0: int, na: int, mentions: list[Mention], hostile: set[str]) -> str | None:
    """"defaced the website of India's Central Bureau of Investigation": a body of a state the text accuses elsewhere, hit here."""
    for mm in mentions:
        if mm.kind == "state" and mm.form == "genitive" and mm.value in hostile and mm.start - s0 == na:
            lo = max(0, na - 60)
            if _ATTACKED_BEFORE.search(st, max(0, na - 40), na) or _TAKEN_BEFORE.search(st, lo, na) or _HIT_OBJECT_BEFORE.search(st, lo, na):
                return mm.value
    return None


# "Belarusian opposition activists", "Iranian exiled dissidents": what kind of activists or journalists they are
_PEOPLE_MODIFIERS = re.compile(
    r"(?:\s+(?:opposition|human[\s-]+rights|rights|pro-democracy|democracy|exiled|dissident|independent|political|civil[\s-]+society|investigative|anti-government|student|women['’]s|environmental|labou?r|minority)){1,2}\s+"
)
_ABROAD_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?,?\s+(?:(?:who\s+(?:is|are|was|were|has|have)\s+)?(?:been\s+)?(?:living|based|residing|resident|exiled|settled|who\s+lives?|who\s+fled)\s+(?:in|to)|in\s+exile)\b", re.I)
# "Egyptian journalists, human rights activists and ": the items of a list before the phrase (no verb or preposition between)
_LIST_BEFORE_ITEM = re.compile(
    r"(?:\s+(?!(?:of|in|by|from|to|with|for|on|at|who|that|which|said|says|were|was|are|is|had|have|has)\b)[a-z][\w'’-]*){1,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?!(?:of|in|by|from|to|with|for|on|at|who|that|which|said|says|were|was|are|is|had|have|has)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
    r"(?:(?!(?:of|in|by|from|to|with|for|on|at|who|that|which)\b)[a-z][\w'’-]*\s+){0,2}"
)
# "..., most of them inside the country", "all of them in the country": the accused state's own people
_IN_THE_COUNTRY_AFTER = re.compile(r"[^.;:]{0,120}?,\s+(?:most|many|all|some|nearly\s+all|almost\s+all)\s+of\s+them\s+(?:inside|in|within)\s+the\s+country\b", re.I)
# "journalists and activists in El Salvador", "dissidents inside Uzbekistan and abroad": where the people live
_IN_STATE_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?(?:(?:\s+(?:and|or)\s+|,\s+)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*){0,4}\s+(?:in|inside|within|across)\s+(?:the\s+)?")


def _own_people_state(st: str, s0: int, na: int, a: int, b: int, mentions: list[Mention], hostile: set[str]) -> str | None:
    """The accused state whose own people the phrase names: its demonym on them or its name as where they live."""
    if _ABROAD_AFTER.match(st, b, b + 80):
        return None  # "a Saudi dissident living in Montreal", "a Vietnamese rights group based in the Philippines": people abroad
    for mm in mentions:
        if mm.kind != "state" or mm.value not in hostile:
            continue
        p = mm.start - s0
        if mm.form == "demonym" and (na <= p < a or mm.end - s0 <= a and _PEOPLE_MODIFIERS.fullmatch(st, mm.end - s0, a)):
            return mm.value  # "Belarusian opposition activists"
        if mm.form == "demonym" and mm.end - s0 < na <= mm.end - s0 + 90 and _LIST_BEFORE_ITEM.fullmatch(st, mm.end - s0, na):
            return mm.value  # "spy on Egyptian journalists, human rights activists and opposition politicians": the list's nationality
        if mm.form in ("name", "based") and b <= p <= b + 80 and _IN_STATE_AFTER.fullmatch(st, b, p):
            return mm.value  # "activists in El Salvador", "journalists and activists in Mexico"
    return None
_NAME_RUN = re.compile(r"[\w\s'’.&-]*")
_GUARDED_BEFORE = re.compile(r"\b(?:threats?\s+to|risks?\s+to|defend(?:s|ed|ing)?|protect(?:s|ed|ing)?|secur(?:e|es|ed|ing)|safeguard(?:s|ed|ing)?)\s+(?:(?:the|its|their|our|his|her|US|American|national)\s+)*$", re.I)
_WHEN_BEFORE = re.compile(r"\b(?:before|after|ahead\s+of|during|around|since|until|following|run-up\s+to|eve\s+of)\s+(?:the\s+|last\s+|next\s+|this\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# "Chancellor Angela Merkel", "Interior Minister Nancy Faeser": an office holder named with the title (see cues.SECTORS)
_TITLED_NAME = re.compile(C.HEAD_TITLES)
_TITLED_SPEAKS_AFTER = re.compile(r"(?:,[^,.;]{1,60},)?\s+(?:said|says|wrote|writes|tweeted|posted|told|tells|added|announced|stated|called|condemned|warned|urged)\b")
_WHOSE_PEOPLE_SAY_AFTER = re.compile(
    r"(?:\s+(?:of|at|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?(?:['’]s\s+(?:[A-Z][\w'’-]*\s*){1,3})?,\s+whose\s+(?:own\s+)?"
    r"(?:researchers|experts|analysts|scientists|investigators|specialists|engineers|team)\s+(?:\w+\s+)?(?:say|says|said|found|find|finds|wrote|write|concluded|traced|linked|tied|believe|believed|assessed|assess|report|reported|attributed)\b"
)
_TITLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?-i:[A-Za-z][\w-]*)\s+){0,3}?(?:minister|secretary|spokes(?:man|woman|person)|adviser|advisor|press\s+officer)\s+(?-i:[A-Z])", re.I)
_STAFF_AFTER = re.compile(r"\s+(?:officers|officials|staff|employees?|personnel|networks?|systems?|servers?|databases?|accounts?|websites?|e-?mails?|computers?)\b", re.I)
_REPORT_AFTER = re.compile(r"\s+(?:reports?|reported|quoted|quotes|story|stories|article|secretary|release|conference|officer)\b", re.I)
_POSED_AS_BEFORE = re.compile(r"\b(?:pos(?:ed|ing|es|e)\s+as|pretend(?:ed|ing|s)?\s+to\s+be|impersonat\w+|masquerad\w+\s+as|disguised\s+as)\s+(?:(?!to\b|in\s+order\b)[\w'’-]+,?\s+){0,8}$", re.I)
_OUTLET_SELF_BEFORE = re.compile(r"\b(?:this|our)\s+$", re.I)  # the outlet that writes the story
_OWN_CHANNEL_BEFORE = re.compile(r"\b(?:Telegram|YouTube|WhatsApp|its|their|own)\s+$", re.I)
# "the Ministry of Economic Affairs and", "the All India Institute of", "the General Staff of the": a body's name runs on
_INSTITUTION_OF = re.compile(
    r"\b(?:Ministry|Department|Directorate|Authority|Institute|Office|Bureau|Commission|Council|Staff|Secretariat|Committee)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:,\s+|\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?)){0,6}$"
)
# (and "officials of three Baltic states", "ministries in several EU member states": a group of states, none of them named)
_WORLDWIDE = re.compile(r"(?:(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:[\w'’-]+\s+){0,3}?[\w'’-]+){0,4}\s*(?:,\s*)?(?:around\s+the\s+(?:world|globe)|worldwide|globally|across\s+(?:the\s+)?(?:world|globe|\d+\s+countries)|in\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+|nearly\s+|over\s+|almost\s+)?\d+\s+countries|in\s+(?:dozens|scores|hundreds)\s+of\s+countries|(?:of|in|from|across)\s+(?:the\s+)?(?:several|many|multiple|various|numerous|other|some|a\s+(?:dozen|number|handful)\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?(?:states|countries|nations|allies)|(?:of|in|from|across)\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)(?:\s+and)?\s+){0,3}member\s+(?:states|countries|nations|governments))\b", re.I)
# "governments and militaries around the South China Sea", "journalists in Southeast Asia": a region named, not the speaker's state
_REGION = (
    r"(?-i:(?:(?:North|South|Central|Eastern|Western|Northern|Southern|Latin|Southeast|South-East|East|West)\s+)?(?:Europe|Asia|Africa|(?<=(?:North|South|Latin)\s)America|(?<=Central\s)America|Americas|Middle\s+East|Gulf|Pacific|Baltics?|Balkans|Caucasus|Caribbean|Scandinavia|Nordics|"
    r"South\s+China\s+Sea|Indo-Pacific|Asia-Pacific|Asia\s+Pacific|Persian\s+Gulf|Arabian\s+Peninsula|Sahel|Maghreb|Levant|Oceania|West)\b)"
)
_ELSEWHERE_AFTER = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:[\w'’-]+\s+){0,3}?[\w'’-]+){0,4}\s+(?:in|across|around|throughout|all\s+over)\s+(?:the\s+)?(?:wider\s+)?" + _REGION
)
_ELSEWHERE_IN = re.compile(r"\s(?:in|across|around|throughout)\s+(?:the\s+)?(?:wider\s+)?" + _REGION)


# "government entities and political figures, including the Finnish parliament": the example's state, not the speaker's
_INCLUDING_AFTER = re.compile(r"(?:(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:[\w'’-]+\s+){0,3}?[\w'’-]+){0,4}\s*,?\s+(?:including|such\s+as|notably|among\s+them)\s+", re.I)


def _other_example(st: str, s0: int, nb: int, states: list[Mention], default: str | None) -> bool:
    """Does the list go on to an example of another state's victim ("..., including the Finnish parliament")?"""
    inc = _INCLUDING_AFTER.match(st, nb, nb + 120) if default else None
    return bool(inc) and any(inc.end() <= m.start - s0 <= inc.end() + 40 and m.value != default for m in states)


def _elsewhere(st: str, na: int, nb: int) -> bool:
    """"governments and militaries around the South China Sea", "organisations in Europe": a region named, not the speaker's state."""
    return bool(_ELSEWHERE_AFTER.match(st, nb, nb + 120) or _ELSEWHERE_IN.search(st, na, nb))
# "victims around the world, including hospitals, government bodies and ...": the list is the world's
_WORLDWIDE_LIST_BEFORE = re.compile(
    r"(?:around\s+the\s+(?:world|globe)|worldwide|globally|across\s+(?:the\s+)?(?:world|globe)|in\s+(?:at\s+least\s+|more\s+than\s+|some\s+|over\s+)?\d+\s+countries|in\s+(?:dozens|scores|hundreds)\s+of\s+countries)"
    r"\s*,?\s*(?:including|such\s+as|among\s+them|notably)\b[^.;:]*$",
    re.I,
)
# "tellers were locked out of their terminals", "reporters watched their computers reboot and refuse to start": what an attack did, told by its effects
EFFECTS = (
    r"(?:were|was|got|been)\s+locked\s+out\s+of\s+(?:their|its|the)|(?:refus\w+|failed)\s+to\s+(?:start|boot|restart|switch\s+on)\b"
    r"|(?:computers|screens|terminals|machines|systems|servers|PCs|laptops|workstations)\s+(?:\w+\s+){0,2}?(?:reboot|rebooted|rebooting|froze|went\s+blank)\b"
)
_OUTCOME = re.compile(
    r"\b(?:crashed|went\s+(?:down|offline|dark)|stopped\s+working|ground\s+to\s+a\s+halt|" + EFFECTS
    # "The Irish health service was forced to shut down all its IT systems after Conti struck": who had to was hit
    + r"|(?:forced|had)\s+to\s+(?:shut|take|close)\s+(?:down\s+)?(?:all\s+)?(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:systems?|networks?|servers|computers|websites?|operations)\b)",
    re.I,
)
_MID_ASIDE = re.compile(r"(?:said|says)\s*,\s*(?=(?:most|many|some|all|several|one|two|three|among|including|mainly|mostly|chiefly|notably|especially|particularly|of\s+which|of\s+whom)\b)", re.I)
_SAID_ASIDE = re.compile(r"\s*,\s*(?:it|they|he|she|officials|(?:the\s+)?[\w-]+)\s+(?:said|says|added|noted|wrote)\s*,\s*", re.I)
# "charges against ...", "the regime ... targeted ...": whom a legal case or a sanctions list is about
_LEGAL_NOUN = r"\b(?:charges?|indictments?|sanctions|case|cases|lawsuits?|measures|action|proceedings|warrants?|complaint)\s+(?:[\w-]+\s+){0,1}"
_SANCTIONS_TARGET = r"\b(?:sanctions?|sanctions\s+regime|regime|restrictive\s+measures|listings?|designations?|asset\s+freezes?|travel\s+bans?)\b[^.;]{0,60}\btarget(?:ed|s|ing)?"
_LEGAL_AGAINST = re.compile(_LEGAL_NOUN + r"$", re.I)  # right before the cue "against"
_LEGAL_AGAINST_CUE = re.compile(_LEGAL_NOUN + r"against\b", re.I)  # anywhere in the sentence
_SANCTIONS_TARGETED = re.compile(_SANCTIONS_TARGET + r"$", re.I)  # ending at the cue "targeted"
_SANCTIONS_TARGETED_ANY = re.compile(_SANCTIONS_TARGET + r"\b", re.I)  # anywhere in the sentence
_MINISTRY_AFTER = re.compile(r"\s+(?:ministry|ministries|minister|department|departments|regulator|regulators|(?:supervisory|supervision|regulatory)\s+(?:authorit(?:y|ies)|commissions?|agenc(?:y|ies)|bod(?:y|ies)))\b", re.I)
# "Microsoft Exchange email servers", "Cisco routers": the company's product, run by others
_PRODUCT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:Exchange|Outlook|Windows|365|Office|SharePoint|Azure|Teams|iOS|iPhones?|Android|Chrome|products?|software|servers?|devices|routers|firewalls|VPNs?|appliances|platforms?|flaws?|vulnerabilit\w+|bugs?|customers|clients|users)\b",
    re.I,
)
_ATTACKED_BEFORE = re.compile(
    r"\b(?:breach(?:es|ed)?|hack(?:s|ed|ing)?|attacks?\s+on|cyberattacks?\s+on|compromised?|intrusions?\s+(?:into|at|on)|targeting|targeted|infiltrat\w+|broke\s+into|accessed(?:\s+(?:several|some|many|the|its|\d+))?|"
    r"(?:(?:computer|unclassified|classified|internal|e-?mail|IT)\s+){0,2}(?:systems?|networks?|servers?|e-?mail\s+servers?|computers|accounts)\s+of)\s+"
    r"(?:of\s+|on\s+|into\s+|at\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?-i:U\.S\.|[A-Z][\w'’]*)\s+){0,2}$",
    re.I,
)
_GENITIVE_ASSET = re.compile(
    r"['’]s\s+(?:(?:own|classified|unclassified|internal|national|state|government|official|unified|secret|critical|military|defen[cs]e|diplomatic|electoral|computer|e-?mail|IT|main)\s+){1,3}"
    r"(?:networks?|systems?|servers?|registers?|registries|databases?|infrastructure)\b",
    re.I,
)
_POSTED_TO_BEFORE = re.compile(
    r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|missions?|consulates?|delegations?|attach[ée]s?)\s+(?:of\s+(?:the\s+)?(?:" + _NAME_ITEM + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*" + _NAME_ITEM + r"\s+)?(?:to|in)\s+(?:the\s+)?$",
    re.I,
)  # ("the embassies of Poland and Hungary in Kyiv": where the embassies are)
# "the embassies of Germany, France and Italy in Moscow": the states whose missions, listed before where they are
_MISSIONS_OF_BEFORE = re.compile(
    r"\b(?:embass(?:y|ies)|missions?|consulates?|delegations?)\s+of\s+(?:the\s+)?(?:" + _NAME_ITEM + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$", re.I
)
_IN_A_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?-i:[A-Z])")
_GENITIVE_PEOPLE = re.compile(
    r"['’]s\s+(?:(?:then|former|top|senior|chief|deputy|foreign|defen[cs]e|interior|finance|prime|economy|own)\s+){0,2}"
    r"(?:minister|ministers|secretary|president|prime\s+minister|emir|king|queen|crown\s+prince|ambassador|envoy|diplomats|officials|lawmakers|parliamentarians|chancellor|premier)\b",
    re.I,
)
_GENERIC_ONE = re.compile(r"^\s+(?:(?:[\w-]+\s+)?(?:organi[sz]ation|company|firm|business|institution|entity|operator|provider|supplier|contractor)|one)\b", re.I)
# "the attacks originated from Pakistan, Bangladesh and Morocco", "traffic routed through servers in", "had come from IP addresses in": where the attackers sat
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:originat\w*|emanat\w*|operat(?:ing|ed|es|e)|came|comes?|coming|launched|sent|conducted|carried\s+out|mounted|staged)\s+(?:(?:mainly|mostly|largely|primarily|apparently|reportedly|allegedly|partly|originally|directly)\s+)?(?:from|out\s+of)"
    r"|(?:originat\w*|routed|rented|leased|hosted|staged)\s+(?:[a-z][\w-]*\s+){0,2}?(?:in|through|via))\s+"
    r"(?:the\s+territory\s+of\s+|(?:[\w-]+\s+){0,2}?(?:servers?|computers|addresses|machines|infrastructure|devices|routers)\s+(?:in|located\s+in|inside|based\s+in)\s+)?"
    r"(?:(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*(?:the\s+)?$",
    re.I,
)
# "two businessmen who helped them were arrested in Malaysia", "was extradited from Poland": where a suspect was caught, not who was hit
_CUSTODY_IN_BEFORE = re.compile(
    r"\b(?:arrested|detained|apprehended|caught|jailed|imprisoned|extradited|deported|charged|indicted|convicted|sentenced|taken\s+into\s+custody)\s+(?:[\w'’-]+\s+){0,3}?(?:in|from|to|by)\s+(?:the\s+)?$",
    re.I,
)
# "more than a dozen American organisations, including the Treasury and State departments": a body listed among the victims
_VICTIMS_INCLUDING_BEFORE = re.compile(
    r"\b(?:organi[sz]ations|targets|victims|agencies|entities|institutions|bodies|departments|ministries)\b[^.;:]{0,40}?,?\s+(?:including|such\s+as)\s+(?:the\s+)?(?:(?-i:U\.S\.|[A-Z][\w'’]*)\s+){0,2}$", re.I
)
# "members of Congress", "officials at the US Treasury": the people of a body, whom an operation went after
_MEMBERS_OF_BEFORE = re.compile(r"\b(?:members|staff(?:ers)?|aides|employees|officials|personnel)\s+(?:of|at|in)\s+(?:the\s+)?(?:(?-i:U\.S\.|[A-Z][\w'’]*)\s+){0,2}$", re.I)
_SUPPORTING_BEFORE = re.compile(r"\b(?:support(?:s|ed|ing)?|serv(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|equip(?:s|ped|ping)?|work(?:s|ed|ing)?\s+for)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.I)
_REPORTED_TO_BEFORE = re.compile(
    r"\b(?:reported|reporting|reports|notified|notifying|disclosed|disclosing|referred|flagged|escalated)\s+(?:(?!to\s)[\w'’-]+\s+){0,4}to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:and\s+(?:to\s+)?(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2})?$", re.I
)
# "... of the US officials", "... of Michał Dworczyk, the head of" (not "... of people connected to", "... of ordinary users")
_OWNER_AFTER = re.compile(
    r"(?:\s+(?:e-?mail\s+)?accounts?)?\s+(?:of|belonging\s+to)\s+(?!(?:the\s+)?(?:\d[\d,]*\s+)?(?:ordinary\s+|private\s+)?(?:people|individuals|citizens|users|customers|subscribers|family)\b)", re.I
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:(?:research|work|studies|expertise|knowledge|designs?|plans|secrets|reports?)\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:on|about|concerning|regarding|related\s+to)|(?:information|intelligence|data|details)\s+(?:about|concerning|regarding|related\s+to))\s+(?:(?:more\s+than|about|some|nearly|over)\s+)?(?:(?!(?:from|at|in|of|by|against|and|to|inside|into)\s)[\w'’.,-]+\s+){0,3}$", re.I
)
# "fake posts about the armed forces", "false claims about the army": what a story tells of, not whom it hit
# (but "fabricated videos about candidates": an influence campaign's political target)
_STORY_ABOUT_BEFORE = re.compile(
    r"\b(?:posts|content|claims|stories|articles|news|disinformation|misinformation|propaganda|rumou?rs|narratives|lies|falsehoods|videos|comments|messages)\s+"
    r"(?:about|concerning|regarding)\s+(?:(?:the|its|their|our|his|her)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# "Israeli strikes on nuclear and military sites", "drone sightings over airports": what bombs, missiles or drones hit or flew over
_KINETIC_BEFORE = re.compile(
    r"(?<!cyber )(?<!cyber-)\b(?:air\s*strikes?|strikes?|missiles?|rockets?|bomb(?:s|ings?|ardments?)|shelling|drones?(?:\s+(?:sightings?|attacks?|flights?))?|sightings?)\s+"
    r"(?:on|against|of|over|at|near|hit)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+,?\s+){0,4}?$",
    re.I,
)
# "an insurance company that covers civil servants", "firms that provide software for billing, medical and ...",
# "hotels that host government and business travellers": the firm's customers
_CUSTOMERS_BEFORE = re.compile(
    r"\b(?:that|which|who|to)\s+(?:also\s+|mainly\s+|mostly\s+)?(?:serves?|insures?|covers?|hosts?|accommodates?|caters?\s+to|(?:provides?|supplies|supply|sells?|offers?)\s+(?:[\w-]+\s+){1,3}?(?:to|for))\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+,?\s+){0,3}?$",
    re.I,
)
# "Hospitals in Riyadh were not breached": the verb the targeting cues leave out, denied
_NEGATED_HIT = re.compile(
    r"\b(?:was|were|is|are|had|has|have)\s*(?:not|n['’]t|never)\s+(?:been\s+)?(?:breached|hacked|compromised|affected|hit|targeted|accessed|infiltrated|penetrated|attacked|disrupted|infected)\b",
    re.I,
)
# "hit targets including Microsoft, whose ...", "victims such as Cisco and ...": a company in the list of targets
_TARGETS_INCLUDING_BEFORE = re.compile(
    r"\b(?:targets|victims)\s+(?:[\w-]+\s+){0,2}?(?:including|include[sd]?|such\s+as|among\s+them)\s+"
    r"(?:(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*))*,?\s+(?:and\s+)?)*$",
    re.I,
)
# international bodies that an operation hits as such, and what may follow their name when they are the target
_BODY_VICTIMS = frozenset({"EU", "NATO", "UN", "OSCE", "ASEAN"})
_BODY_AFTER = re.compile(
    r"(?:\s+(?P<noun>institutions?|bodies|agenc(?:y|ies)|headquarters|secretariat|networks?|systems?|servers?|officials|staff|employees|diplomats|e-?mail|websites?|computers|missions?|offices?|delegations?|personnel|communications)\b"
    r"|['’]s?\s|\s*(?:[,.;:)]|$)|\s+(?:and|or|in|at|on|last|this|earlier|since|during|between|from|for|over|with|by|through|via|as)\b)"
)
_BODY_HIT_BEFORE = re.compile(r"\b(?:sp(?:y|ied|ying)\s+on|attacked|hit|struck|went\s+after|aimed\s+at|defaced|disrupted|crippled)\s+(?:the\s+)?$", re.I)
_BLAMED_PASSIVE = re.compile(r"[\w\s'’-]{0,28}?\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:blamed|attributed)\b")
# national parliaments the sector words name, and their states
# "members of the European Parliament", "European Parliament members": people of their own states ("the European Parliament
# elections": each state's own vote)
_MEMBERS_AROUND = re.compile(r"\bmembers\s+of\s+(?:the\s+)?European\s+Parliament\b|\bParliament\s+(?:members|lawmakers|deputies|elections?|votes?|polls?|ballots?|campaigns?)\b|\bMEPs?\b", re.I)
_PARLIAMENT_STATE = {
    "bundestag": "DE", "storting": "NO", "sejm": "PL", "knesset": "IL", "eduskunta": "FI", "riksdag": "SE",
}
_SOFTWARE_KIND_BEFORE = re.compile(r"\b(?:software|system|cleanup|clean-up|cleaning|disk|backup|command-line|archiving|compression|diagnostic|admin(?:istration)?)\s+$", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
# "of the Dutch chipmaker Nexperia", "and the US ratings firm Moody's" (not "made by the Israeli company Unitronics": its maker)
_DEFINITE_BEFORE = re.compile(r"(?<!\bby )(?<!\bfrom )(?<!\bwith )\bthe\s+$", re.I)
_SECURITY_WORD = re.compile(r"\b(?:security|cybersecurity|cyber-security|antivirus|anti-virus|intelligence|research)\b", re.I)
_NAMED_ONE = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:company|firm|group|conglomerate|giant|maker|[a-z]+maker|manufacturer|chain|retailer|exchange|bank|lender|insurer|"
    r"operator|provider|supplier|contractor|developer|publisher|broadcaster|newspaper|university|carrier|airline|utility)\s+(?-i:[A-Z][\w&'’.-]*)"
)
_GENERIC_TARGET = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:organi[sz]ations|companies|authorities|firms|entities|institutions|targets|networks|businesses|victims|users|systems|"
    r"routers|servers|computers|devices|websites|web\s+sites|sites|accounts|phones|smartphones|citizens|nationals|people|individuals|officials|diplomats|lawmakers|officers|soldiers|troops|personnel|employees|staff|executives|experts|scientists|engineers|students|residents|voters|users|customers|firms|ministries)\b",  # "compromised South Korean routers"
    re.I,
)
_SHORT_NAME = re.compile(r"(?:[A-Z]\.?){2,3}")
# "targeted German officials", "hacked into the phones of British officials": the state's people or bodies are the object of a hit
_HIT_VERB_BEFORE = re.compile(r"\b(?:breach(?:ed|ing)?|hack(?:ed|ing)|target(?:ed|ing)|attack(?:ed|ing)|compromis(?:ed|ing)|infiltrat(?:ed|ing)|broke\s+into|spied\s+on|spying\s+on|disrupt(?:ed|ing))\b[^,;]{0,60}$", re.I)
_OFFICIALS_END = re.compile(r"\b(?:officials|civil\s+servants)$", re.I)
_RESPONSE_VERB = re.compile(r"\b(?:summon\w*|called\s+in|expel\w*|recall\w*|sanction\w*|condemn\w*|sever(?:ed|s|ing)?|cut(?:s|ting)?\s+(?:off\s+)?(?:diplomatic\s+)?(?:ties|relations)|broke\s+off)\b", re.I)
# "Colonial Pipeline suffered a ransomware attack", "Ticketmaster confirmed a breach that ShinyHunters claimed": the subject
# was hit (not "confirmed a breach of the ministry", which names its victim after)
_SUFFERED = re.compile(
    r"\b(?:suffered|suffers|sustained|confirmed|confirms|disclosed|discloses)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:cyber-?attack|attack|breach|intrusion|hack|compromise)s?\b"
    r"(?!\s+(?:of|at|on|into|against|targeting|affecting)\b)"
)
_SUFFERED_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:" + _SUFFERED.pattern + r"|(?:fell|falls|has\s+fallen|had\s+fallen)\s+victim\b)")
# a body hit, said in the passive right after it: "The US Treasury was breached by", "The Dutch police were hacked by",
# "the ministry, hit by a ransomware attack", "Czech foreign ministry hacked by APT31" (a headline)
_HIT_PARTICIPLE = r"(?:hit|hacked|breached|attacked|compromised|targeted|struck|crippled|infiltrated|penetrated|paraly[sz]ed|encrypted|disrupted|defaced|infected|(?:knocked|taken)\s+(?:down|offline))"
_HIT_BY_AFTER = re.compile(
    r",?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?)?" + _HIT_PARTICIPLE + r"(?:\s+(?:hard|badly|again))?\s+(?:(?:in|on|last|this|earlier)\s+(?:[\w,]+\s+){0,3}?)?by\b"
    r"|\s+(?:fell|has\s+fallen|had\s+fallen)\s+victim\b|\s+(?:has|had|have)\s+been\s+under\s+(?:[\w-]+\s+)?attack\b",
    re.I,
)
# the same participle with no auxiliary, before "by": the noun before it was hit
_BARE_PARTICIPLE_BY = re.compile(r"\s*(?:(?:hard|badly|again)\s+)?(?:(?:in|on|last|this|earlier)\s+(?:[\w,]+\s+){0,3}?)?by\b", re.I)
# a headline's break after its first clause: "Ukrainian telecom Kyivstar knocked offline; Sandworm blamed"
_HEADLINE_BREAK = re.compile(r"\s*(?:[;:|–—]|-\s)")
_HAVE_BEFORE = re.compile(r"\b(?:had|has|have|having|who|which|that)\s+(?:\w+\s+)?$", re.I)
# "The British Library fell victim to Rhysida", "became the latest victim of": the victim stands before the cue
_FELL_BEFORE = re.compile(r"\b(?:fell|falls|fall|falling|fallen|became|becomes|become|becoming)\s+(?:(?:the|a|an)\s+)?(?:(?:latest|newest|last|first|second|third|next|biggest|latest\s+high-profile|high-profile)\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|are|is|got|get)\s+(?:(?:also|all|among|one\s+of|reportedly|allegedly)\s+)?(?:the\s+)?(?:(?!not\s|never\s)\w+\s+)?(?:(?:so|very|badly|severely|seriously|heavily|partly|partially|fully|completely)\s+)?$", re.I)
# "no evidence that the hackers had disrupted ...", "did not target ...", "was never compromised": a hit the text denies
_NEGATED_BEFORE = re.compile(
    r"(?:\bno\s+(?:evidence|sign|signs|indication|proof)\s+(?:that\s+|of\s+)?|\b(?:did|does|do|had|has|have|was|were|is|are|could|would)\s*(?:not|n['’]t)\s+(?!only\s|just\s)(?:been\s+)?|\bnever\s+(?:been\s+)?)"
    r"(?:[\w'’-]+\s+){0,5}?$",
    re.I,
)


# "stole the records of 21 million federal employees", "the personal details of journalists and activists who banked
# there": the people whose data the breached body held, not victims of their own
_HELD_DATA_BEFORE = re.compile(
    r"\b(?:records?|data|details|files|information|dossiers|profiles|fingerprints|identities|numbers|addresses|histories)\s+of\s+[^.;:()]{0,60}$", re.I
)
_HELD_PEOPLE_BEFORE = re.compile(
    r"\b(?:records?|data|details|files|information|identities|numbers)\s+of\s+(?:(?:some|about|nearly|almost|more\s+than|over|up\s+to|at\s+least|roughly|around)\s+)?"
    r"(?:[\d.,]+\s*(?:million|billion|thousand|m|bn)?|millions|thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions)\s+(?:of\s+)?$",
    re.I,
)
_HELD_DEMONYMS = re.compile(_HELD_PEOPLE_BEFORE.pattern[:-1] + r"(?P<dem>(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))s\b", re.I)


@lru_cache(maxsize=None)
def _demonyms() -> dict[str, str]:
    return {d: code for code, forms in state_forms().items() for d, kind in forms if kind == "demonym"}


_PEOPLE_PLURAL = re.compile(r"s\b|\s+(?:people|citizens|nationals|residents|customers|users|patients|voters)\b")  # "Americans", "Thai citizens"
_PEOPLE_HEAD = re.compile(
    r"\b(?:employees|workers|staff|personnel|servants|officials|patients|customers|clients|guests|users|voters|citizens|members|journalists|reporters|"
    r"activists|dissidents|athletes|students|subscribers|travell?ers|passengers|soldiers|troops|veterans|applicants|officers|residents|people|individuals|donors|"
    r"diplomats|lawmakers|politicians|candidates|executives|scientists|researchers|engineers)\b",
    re.I,
)


# Sector modifiers that share one noun in a list ("government, industrial, technology and media entities").
_MODIFIER_SECTOR: dict[str, str | None] = {
    **dict.fromkeys(["government", "governmental", "diplomatic", "public sector"], "government"),
    "military": "military",
    **dict.fromkeys(["defense", "defence", "defense industry", "defence industry", "defense industrial", "defence industrial"], "defense"),
    **dict.fromkeys(["aerospace", "aviation", "space"], "aerospace"),
    **dict.fromkeys(["energy", "oil and gas", "utility", "utilities", "nuclear", "electricity", "power"], "energy"),
    **dict.fromkeys(["telecom", "telecoms", "telecommunication", "telecommunications"], "telecom"),
    **dict.fromkeys(["financial", "finance", "banking", "insurance", "financial services"], "finance"),
    **dict.fromkeys(["health", "healthcare", "health care", "medical", "pharmaceutical"], "healthcare"),
    **dict.fromkeys(["technology", "tech", "it", "software", "information technology", "information security", "cybersecurity", "cyber security",
                     "cyber-security", "network security"], "technology"),
    **dict.fromkeys(["media", "news", "broadcasting"], "media"),
    **dict.fromkeys(["education", "educational", "academic", "research", "higher education"], "education"),
    **dict.fromkeys(["transport", "transportation", "logistics", "shipping", "maritime"], "transport"),
    "water": "water",
    **dict.fromkeys(["manufacturing", "industrial", "chemical", "automotive", "semiconductor"], "manufacturing"),
    **dict.fromkeys(["non profit", "nonprofit", "ngo", "think tank"], "civil_society"),
    "political": "political",
    "critical infrastructure": "critical_infrastructure",
    **dict.fromkeys(["legal", "retail", "hospitality", "construction", "agriculture", "agricultural", "mining", "engineering", "commercial",
                     "private sector", "consulting", "food", "entertainment", "gaming"], None),
}
_MOD_RX = "|".join(sorted((re.escape(k).replace(r"\ ", r"[\s-]+") for k in _MODIFIER_SECTOR), key=len, reverse=True))
_MODIFIER = re.compile(rf"(?i:\b(?:{_MOD_RX})\b)|\bIT\b")
_SECTOR_LIST = re.compile(
    rf"\b(?:(?i:{_MOD_RX})|IT)(?:\s*,\s*(?:(?i:{_MOD_RX})|IT))*\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:(?i:{_MOD_RX})|IT)\s+"
    r"(?P<head>(?i:entities|organi[sz]ations|companies|firms|sectors|industries|targets|networks|institutions|businesses|bodies|providers|operators|victims|verticals|systems|facilities|utilities))\b"
)


# "found traces of the group at the chemicals maker ...": where the intruders sat
_TRACES_BEFORE = re.compile(r"\b(?:traces|signs)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:group|hackers|attackers|intruders|actors?|malware|spyware|implants?)\s+$", re.I)
_CI_NARROWED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:in\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2},?\s+)?(?:in|of|across)\s+the\s+(?:[\w-]+,?\s+(?:and\s+|or\s+)?){1,6}?(?:sectors?|industr(?:y|ies))\b", re.I
)  # (also "critical infrastructure organisations in the United States, across the communications, energy and water sectors")
_ACCORDING_TO_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?!which\b|whom\b)[^,;]{0,80}$")
_USED_BEFORE = re.compile(r"\b(?:used|uses|using|deployed)\s+(?:[\w'’-]+\s+){1,7}?$", re.I)
_KNOCKED_OFFLINE = re.compile(r"\b(?:knock(?:ed|ing|s)?|t(?:ook|aken|aking|akes)|forc(?:ed|ing|es)|brought|bringing|pushed)\s+(?P<obj>[^.;,]{3,80}?)\s+(?:offline|off\s+line|off[\s-](?:the[\s-])?(?:air|internet)|down)\b", re.I)
_BY_ACCUSER_BEFORE = re.compile(
    r"\b(?:blamed|accused|named|attributed|condemned|sanctioned|charged|indicted|identified|exposed|denounced|called\s+out|singled\s+out|pinned)\s+"
    r"(?:(?:publicly|formally|officially|jointly|also|first)\s+)?(?:on\s+\w+\s+)?by\s+(?:the\s+)?(?:governments?\s+(?:of|in)\s+)?$",
    re.I,
)
_OTHER_OPERATIONS_BEFORE = re.compile(
    r"\b(?:similar|other|separate|unrelated)\s+(?:(?:DDoS|denial-of-service|ransomware|phishing|hacking|wiper)\s+)?(?:(?:cyber-?)?(?:attacks?|operations?|campaigns?|intrusions?|hacks?|breaches)\s+(?:on|against)\s+(?:[\w-]+\s+)?)?$"
    # "retaliating for Indian hackers' attacks on ...": the attacks the group answers, someone else's
    r"|\b(?:retaliat\w*\s+(?:for|against)|in\s+retaliation\s+(?:for|against)|in\s+response\s+to|to\s+avenge|revenge\s+for)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:cyber-?)?attacks?|hacks?|hacking)(?:\s+(?:on|against))?\s+$",
    re.I,
)
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the|its|their|the\s+group['’]s)\s+(?:[\w-]+\s+)?$", re.I)
_BESIDES = re.compile(r"\s*(?i:besides|apart\s+from|in\s+addition\s+to|beyond|aside\s+from|as\s+well\s+as)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),")


# "Polish, Czech and Slovak ministries", "Poland's and Lithuania's foreign ministries": states listed before the noun they share
_LAST_JOIN = re.compile(r"(?:['’]s)?\s*,?\s*(?:and|or)\s+(?:the\s+)?")
_NEXT_JOIN = re.compile(r"(?:['’]s)?\s*,\s*(?:the\s+)?")


def _shared_head(st: str, s0: int, na: int, nb: int, country: str, sector: str | None, states: list[Mention]) -> list[VictimHit]:
    """One victim for each state listed before the one that opens the phrase ``st[na:nb]``, each with the noun they
    share: "Israeli and American water utilities" gives the Israeli water utilities too."""
    first = next((m for m in states if m.start - s0 == na and m.value == country and m.form in ("demonym", "genitive")), None)
    if first is None:
        return []
    rest = st[first.end - s0 : nb]
    out: list[VictimHit] = []
    at, join = first.start - s0, _LAST_JOIN
    for m in sorted((m for m in states if m.end - s0 <= at and m.form == first.form), key=lambda m: -m.start):
        if not join.fullmatch(st, m.end - s0, at):
            break
        end = m.end + (2 if m.form == "genitive" else 0)
        out.append(VictimHit(m.surface + rest, m.value, sector, m.start, end))
        at, join = m.start - s0, _NEXT_JOIN
    return out


def _clause_start(st: str, pos: int) -> int:
    """Where the clause that ends at ``pos`` begins."""
    ends = [e.end() for e in _CLAUSE_END.finditer(st, 0, pos)]
    return ends[-1] if ends else 0


def _regions(st: str) -> tuple[list[tuple[int, int]], bool]:
    """Where the sentence names whom an operation hit, and whether it denies a hit its targeting cues tell (or gives it to other operations)."""
    out: list[tuple[int, int]] = []
    denied = False
    for m in _OUTCOME.finditer(st) if "crash" in st or "went " in st or "stopped working" in st or "ground to" in st or "locked out" in st or "refus" in st or "failed to" in st or "reboot" in st or "froze" in st or "went blank" in st or "d to " in st else ():
        out.append((_clause_start(st, m.start()), m.start()))  # "Computers at the port crashed", "At the bank, tellers were locked out": what failed was hit
    for m in _SELF_REPORTED_AT.finditer(st) if "it" in st and ("said" in st or "says" in st or "confirm" in st or "disclos" in st or "announced" in st or "reported" in st) else ():
        out.append((_clause_start(st, m.start()), m.start()))  # "The German government said it had been targeted": who speaks was hit
    for m in _SUFFERED.finditer(st) if "suffer" in st or "sustain" in st or "confirm" in st or "disclos" in st else ():
        out.append((_clause_start(st, m.start()), m.start()))  # "Ticketmaster confirmed a breach that ShinyHunters claimed": who suffered it was hit
    for _, m in _TARGETING_WORDS.finditer(st):
        cue = m.group(0).lower()
        start = m.end()
        if ("no " in st or "not " in st or "n't " in st or "never " in st) and _NEGATED_BEFORE.search(st, max(0, m.start() - 70), m.start()):
            denied = True
            continue  # "no evidence that the intelligence services targeted the editor", "its airport operations had not been affected": no hit
        if cue not in ("into", "from", "against", "at the", "including") and (
            _PASSIVE.search(st[max(0, m.start() - 25) : m.start()]) or cue.startswith("under") or cue.startswith("victim") and _FELL_BEFORE.search(st, max(0, m.start() - 30), m.start())
            # "Czech foreign ministry hacked by APT31" (a headline), "The ministry, hit by a ransomware attack, ...": no auxiliary
            or (" by" in st and _BARE_PARTICIPLE_BY.match(st, m.end()) or not st.rstrip().endswith((".", "!", "?")) and _HEADLINE_BREAK.match(st, m.end()))
            and re.fullmatch(_HIT_PARTICIPLE, cue) and not _HAVE_BEFORE.search(st, max(0, m.start() - 30), m.start())
        ):
            # "ten federal agencies were compromised": the victim stands before the verb
            out.append((_clause_start(st, m.start()), m.start()))
        elif cue.startswith(("target", "victim")) and _AMONG_BEFORE.search(st, max(0, m.start() - 20), m.start()):
            # "Its researchers counted engineers, doctors and reporters among the targets": the list before the cue
            out.append((_clause_start(st, m.start()), m.start()))
        if _OTHER_OPERATIONS_BEFORE.search(st, max(0, m.start() - 50), m.start()):
            denied = True  # (nor the whole sentence when no other cue names a hit)
            continue  # "claimed similar attacks on targets in Nigeria and Sweden": other operations' victims
        if cue.startswith("target") and _SANCTIONS_TARGETED.search(st, max(0, m.start() - 80), m.end()):
            continue  # "the regime ... targeted individuals and entities": whom the sanctions list, not an operation's victims
        if cue == "against" and _LEGAL_AGAINST.search(st, max(0, m.start() - 40), m.start()):
            continue  # "criminal hacking charges against members of a foreign state's armed forces": whom the case is against
        reach = 120 if cue == "against" else 40  # "the campaign conducted by ... (APT28) against Germany"
        if cue in ("from", "into", "at the", "against") and not C.OPERATION.search(st[max(0, m.start() - reach) : m.start() + 1]) and not (
            cue == "against" and _USED_BEFORE.search(st, max(0, m.start() - 60), m.start())
        ) and not (cue == "at the" and _TRACES_BEFORE.search(st, max(0, m.start() - 60), m.start())) and not (
            cue == "from" and _TAKEN_BEFORE.search(st, max(0, m.start() - 50), m.start())
        ):
            continue  # (but "had used the tool over the past year against telecom operators": a tool turned on them)
        aside = _SAID_ASIDE.match(st, start)
        if aside:
            start = aside.end()  # "The main targets, it said, were ministries": the aside does not end the clause
        end_m = _CLAUSE_END.search(st, start + 1)
        mid = _MID_ASIDE.match(st, end_m.end() - 4) if end_m and end_m.group(0).endswith(("said", "says")) else None
        if mid:
            # "targets in 27 countries, the company said, most of them Indian military personnel": the aside does not end the list
            more = _CLAUSE_END.search(st, mid.end())
            end_m = more
        end = end_m.start() if end_m else len(st)
        end = min(end, start + 220)
        if end > start:
            out.append((start, end))
    for m in _KNOCKED_OFFLINE.finditer(st) if "offline" in st or " down" in st else ():
        out.append((m.start("obj"), m.end("obj")))  # "knocked Danish ministry websites offline": what went down was hit
    for m in C.COUNTRIES_INCLUDE.finditer(st) if any(w in st for w in C.COUNTRIES_INCLUDE_WORDS) else ():
        # "the countries named in its court filing include Chile, Bolivia and Paraguay"
        end_m = _CLAUSE_END.search(st, m.end() + 1)
        out.append((m.end(), min(end_m.start() if end_m else len(st), m.end() + 600)))  # a list of many countries
        besides = _BESIDES.match(st)
        if besides:
            out.append((besides.start(1), besides.end(1)))  # "Besides Peru, the countries ... include ...": Peru too
    for m in _LURES_WENT_TO.finditer(st) if " to " in st else ():
        # "the malicious e-mails went to accounts at the ministry": whom the lures reached
        end_m = _CLAUSE_END.search(st, m.end() + 1)
        out.append((m.end(), min(end_m.start() if end_m else len(st), m.end() + 220)))
    for m in _LURES_SENT_TO.finditer(st) if " to " in st else ():
        # "has been sending booby-trapped documents to officers of elite government units": whom the lures reached
        # (up to ", using lures about a summit in Vilnius": how, not whom)
        end_m = _CLAUSE_END.search(st, m.end() + 1)
        end = min(end_m.start() if end_m else len(st), m.end() + 220)
        how = _HOW_AFTER.search(st, m.end(), end)
        out.append((m.end(), how.start() if how else end))
    for m in _RECEIVED_LURES.finditer(st) if "receiv" in st else ():
        # "three journalists had received text messages carrying spyware links": who got the lures
        out.append((_clause_start(st, m.start()), m.start()))
    for m in _HAD_ITS_DONE.finditer(st) if ("their " in st or "its " in st) and ("had " in st or "have " in st or "has " in st) else ():
        # "several dozen companies in Canada had their servers compromised": the owner named before was hit
        out.append((_clause_start(st, m.start()), m.start()))
    for m in [*_SELF_REPORTED_AT.finditer(st), *_SELF_REPORTED_ACTIVE_AT.finditer(st)] if "its " in st or "their " in st else ():
        # "Poland's space agency said its network had been breached": who speaks was hit
        at = m.start()
        ends = [e.end() for e in _CLAUSE_END.finditer(st, 0, at) if not re.match(r"said|says|confirmed|disclosed|announced|reported", e.group(0))]
        out.append((ends[-1] if ends else 0, at))
    # overlapping regions merge
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged, denied


def _noun_phrase(st: str, a: int, b: int) -> tuple[int, int]:
    left = _NP_LEFT.search(st[max(0, a - 60) : a])
    na = a - (len(st[max(0, a - 60) : a]) - left.start()) if left else a
    right = _NP_RIGHT.match(st[b : b + 60])
    nb = b + (right.end() if right else 0)
    # keep the phrase inside its list item
    chunk = st[na:nb]
    commas = [k for k in range(a - na) if chunk[k] == "," and not (0 < k < len(chunk) - 1 and chunk[k - 1].isdigit() and chunk[k + 1].isdigit())]
    cut = max(commas[-1] if commas else -1, chunk.rfind(" and ", 0, a - na))  # "100,000 personnel" is one phrase
    if cut >= 0:
        na += cut + (5 if chunk[cut : cut + 5] == " and " else 1)
    comma = st.find(",", b, nb)
    if comma >= 0:
        nb = comma
    if st[na:nb].lower().endswith(" of") or st[na:nb].lower() == "department of":
        named = re.match(r"\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}", st[nb:])
        if named:
            nb += named.end()  # "Department of the Treasury", not "Department of"
    while na < nb and st[na] in " ,":
        na += 1
    for det in ("more than ", "than ", "the ", "its ", "a ", "an "):
        if st[na : na + len(det)].lower() == det:
            na += len(det)
    year = re.match(r"(?:19|20)\d\d\s+", st[na:nb])
    if year and na + year.end() < nb:
        na += year.end()  # "the 2020 ministry hacks": the year dates the hack, it does not name the victim
    if nb - na > 1 and st[nb - 1] == ".":
        word = st[na : nb - 1].rsplit(None, 1)[-1] if st[na : nb - 1].strip() else ""
        if "." not in word and word not in _ABBREVIATIONS:
            nb -= 1  # "... and NGOs.": the sentence's full stop, not the name's
    return na, max(nb, na + 1)


_ABBREVIATIONS = frozenset({"Inc", "Co", "Corp", "Ltd", "Bros", "Jr", "Sr", "St", "Dept", "Univ", "Gov", "Govt"})


def _country_for(st: str, s0: int, na: int, nb: int, states: list[Mention]) -> str | None:
    best, dist = None, 10**6
    for m in states:
        a = m.start - s0
        closes_list = (
            a >= nb and m.form in ("name", "metonym") and _IN_PART_OF.search(st, max(0, a - 24), a)
            and not re.search(r"[;.:]", st[nb:a]) and not _ELSEWHERE_IN.search(st, na, a) and not _GATHERING_IN.search(st, max(0, a - 40), a)
        )  # (not when the phrase has its own region: "organisations in Europe and North America, using lures about the summit
        # in Vilnius"; nor "told a conference in Singapore": where the speaker spoke)
        # "organisations in the United States, across the communications, energy and water sectors": the place the list goes on from
        opens_list = a < na and m.form in ("name", "metonym") and _IN_PART_OF.search(st, max(0, a - 24), a) and _ACROSS_LIST.fullmatch(st, m.end - s0, na)
        if a < na and m.form in ("name", "metonym") and _PREVIOUS_ITEM_PLACE.fullmatch(st, max(0, a - 8), a) and _LIST_GAP.fullmatch(st, m.end - s0, na):
            continue  # "Uyghur exiles in Germany and Tibetan dissidents": where the list's previous item lives, not this one
        if na - 40 <= a <= nb + 40 or (closes_list and a <= nb + 120) or (m.form == "demonym" and na - 80 <= a < na and _APPOSITION.fullmatch(st, m.end - s0, na)) or opens_list:
            d = min(abs(a - na), abs(a - nb))
            if a >= nb and re.search(r"[,;]|\band\b", st[nb:a]) and not closes_list:
                continue  # "Sony Pictures Entertainment, Bangladesh's central bank": the next item's country
            if a < na and m.form in ("name", "metonym") and _closes_item_before(st, m.end - s0, na, nb) and _IN_PART_OF.search(st, max(0, a - 24), a):
                continue  # "Uyghur exiles in Germany and Tibetan dissidents": the place of the item before
                # (but "contractors, telecom providers and agencies in the United States": the list's place)
            between = st[m.end - s0 : na] if m.end - s0 <= na else ""
            if m.form == "demonym" and between.strip() and _OTHER_NOUN_BETWEEN.search(between):
                continue  # "made by the Israeli company Unitronics at a water authority": another noun's nationality
            if na <= a < nb:
                d = -2  # "Israeli water facilities", "ministries in Germany": the state within the phrase
            elif m.form in ("demonym", "genitive") and na - 30 <= a <= nb:
                d = -1  # (before a list item: "a Taiwanese chipmaker and a Japanese carmaker" gives the carmaker Japan)
            elif opens_list:
                d = -1
            elif m.form == "demonym" and a < na and _APPOSITION.fullmatch(st, m.end - s0, na):
                d = -1  # "a Ukrainian critical infrastructure organisation, a power utility": the same body, renamed
            if d < dist:
                best, dist = m.value, d
    return best


# "... in Germany and Tibetan dissidents", "... in Germany, Tibetan dissidents and ...": a list's join, between an item's place and the next item
_ITEM_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:(?:the|a|an)\s+)?")
_ITEM_JOIN_AND = re.compile(r"\s*,?\s*(?:and|or)\s+(?:(?:the|a|an)\s+)?")
_LIST_GOES_ON = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*(?:,|(?:and|or)\b)")


def _closes_item_before(st: str, e: int, na: int, nb: int) -> bool:
    """Does the place ending at ``e`` close the list item before the phrase ``st[na:nb]``? Joined by "and" it does;
    joined by a comma only while the list goes on after the phrase (not "Last year in Ukraine, power plants were hit")."""
    return bool(_ITEM_JOIN_AND.fullmatch(st, e, na) or _ITEM_JOIN.fullmatch(st, e, na) and _LIST_GOES_ON.match(st, nb))


# "in Ukraine", "in the Netherlands", "in southern Ukraine", "in north-eastern Syria": where the phrase's victims are
_IN_PART_OF = re.compile(r"\bin\s+(?:the\s+)?(?i:" + _COMPASS + r")?$")
_GATHERING_IN = re.compile(r"\b(?:conference|summit|forum|symposium|meeting|convention|briefing|talks|event|gathering|speech|hearing)\s+in\s+(?:the\s+)?$", re.I)
_PREVIOUS_ITEM_PLACE = re.compile(r".*\b(?:in|inside)\s+(?:the\s+)?", re.S)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:the\s+|other\s+)?")
_ACROSS_LIST = re.compile(r",?\s+(?:across|spanning|in|including|such\s+as)\s+(?:the\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,6}", re.I)
_APPOSITION = re.compile(r"(?:\s+[a-z][\w-]*){1,6},\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?")
# "Heilongjiang province", "the Kharkiv region", "the province of Khuzestan": a state's subdivision (see kb.states)
_PROVINCE = re.compile(
    r"\b(?P<p>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)\s+(?i:province|prefecture|oblast|region|governorate)\b|\b(?i:province|prefecture|region)\s+of\s+(?P<q>[A-Z][\w'’]+)"
)
_PLACE = re.compile(r"\b(?:" + PLACE_NAMES + r")\b")
_PLACE_STARTS = Starts(_PLACE, _PLACES)  # (tried only where a place's name starts: same matches, faster)


# a run of capitalised words, less an opening word and a suffix: "In Brno", "Gothenburg-based", "Brno's"
_PROPER_RUN = re.compile(
    r"(?<![\w'’.-])(?:(?:In|At|From|The|And|But|Near|Outside|Across)\s+)?(?P<c>[A-Z]\w*(?:[ -][A-Z]\w*){0,3})(?:['’]s\b|-[a-z][\w-]*)?(?![\w'’-]|\.\w|\s+[A-Z])"
)


# a region of a state named as one: "Guangdong province", "the Kharkiv oblast", "the state of Maharashtra", "the government of Sichuan"
_SUBDIVISION_AFTER = re.compile(r"\s+(?:province|prefecture|oblast|region|governorate|state)\b")
_SUBDIVISION_OF_BEFORE = re.compile(r"\b(?:province|prefecture|oblast|region|governorate|state|government)\s+of\s+$", re.I)


def _city_in_name(run: str, known: dict[str, str]) -> str | None:
    """"Aarhus University", "University Hospital Brno", "New York Times": a larger city that opens or closes a proper name."""
    words = run.split()
    for k in range(len(words) - 1, 0, -1):
        code = known.get(" ".join(words[:k])) or known.get(" ".join(words[-k:]))
        if code:
            return code
    return None


def _place_country(st: str, na: int, nb: int, hostile: set[str] = frozenset()) -> str | None:
    """"the Municipal Water Authority of Aliquippa in Pennsylvania", "the Munich-based carmaker": a place in or just after the phrase."""
    lo, hi = max(0, na - 25), min(len(st), nb + 30)
    found = [(p.start(), _PLACES[p.group(0)], p.end()) for p in _PLACE_STARTS.finditer(st, lo, hi)]
    # "hospitals in Brno", "the Gothenburg-based shipping firm": a larger city, a proper name of its own (not "Lin Jian said")
    known = cities()
    for c in _PROPER_RUN.finditer(st, lo, hi):
        code = known.get(c.group("c")) or _city_in_name(c.group("c"), known)
        if code is None and (_SUBDIVISION_AFTER.match(st, c.end("c")) or _SUBDIVISION_OF_BEFORE.search(st, max(0, c.start("c") - 30), c.start("c"))):
            code = subdivision_country(c.group("c"))  # "networks in Guangdong province", "the government of Andhra Pradesh"
        if code and code not in hostile:
            found.append((c.start("c"), code, c.end("c")))
    found.sort()
    # the place in or after the phrase, else the nearest before it ("a water utility in Bremen and a hospital in Lyon")
    m = next((p for p in found if p[0] >= na), found[-1] if found else None)
    if m is not None and m[0] < na and _closes_item_before(st, m[2], na, nb):
        m = None  # "Uyghur exiles in Munich and Tibetan dissidents": the place of the item before
    if m is not None and m[0] < na and _PREVIOUS_ITEM_PLACE.fullmatch(st, max(0, m[0] - 8), m[0]):
        end = re.match(r"[\w'’. -]*?(?=[,;]|\s+(?:and|as\s+well\s+as)\s)", st[m[0] : na])
        if end and _LIST_GAP.fullmatch(st, m[0] + end.end(), na):
            m = None  # "Uyghur exiles in Munich and Tibetan dissidents": the previous item's city
    if m is not None and not re.search(r"[;,]\s+(?:and\s+)?(?:the\s+)?[a-z]", st[nb : max(nb, m[0])]):
        return m[1]
    if m is None and ("rovince" in st or "refecture" in st or "blast" in st or "egion" in st):
        for m in _PROVINCE.finditer(st, max(0, na - 160), na):
            # "infrastructure in Heilongjiang province, including energy, transport and water": the list's place
            if re.match(r",?\s+(?:including|such\s+as|notably|among\s+them)\s[^;.:]*$", st[m.end() : na]):
                return subdivision_country(m.group("p") or m.group("q"))
    return None


def _based_in(st: str, s0: int, na: int, nb: int, based: list[Mention]) -> str | None:
    """"a Singapore-based exchange": the victim's own seat (a group's seat is no sponsor, but a victim's is its country)."""
    for m in based:
        if na - 30 <= m.start - s0 <= nb and not re.search(r"[,;]|\band\b", st[m.end - s0 : max(m.end - s0, na)]):
            return m.value
    return None


def _based_after(st: str, s0: int, nb: int, based: list[Mention]) -> str | None:
    """"a crypto platform based in Bahrain", "a Vietnamese rights group based in the Philippines": the seat beats the nationality."""
    for m in based:
        if nb <= m.start - s0 <= nb + 40 and _BASED_IN_AFTER.fullmatch(st, nb, m.start - s0):
            return m.value
    return None


_BASED_IN_AFTER = re.compile(r",?\s+(?:(?:that|which|who)\s+(?:is|are)\s+)?(?:based|headquartered|registered|located|living|residing)\s+in\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+)?", re.I)


# a name's own closing dot: "Acme Inc.", "U.S.", "Smith Jr." (not "... hacked MGM Resorts.", the sentence's full stop)
_DOTTED_END = re.compile(r"(?:\b(?:Inc|Co|Corp|Ltd|Bhd|Pty|Plc|Jr|Sr|St|Bros|No)|\.[A-Za-z]|(?<![\w.])[A-Z])\.$")


def _without_full_stop(h: VictimHit) -> VictimHit:
    """The hit without the sentence's full stop at its end."""
    if h.name.endswith(".") and not _DOTTED_END.search(h.name) and h.end - h.start == len(h.name):
        return VictimHit(h.name[:-1].rstrip(), h.country, h.sector, h.start, h.end - 1 - (len(h.name) - 1 - len(h.name[:-1].rstrip())))
    return h


def _merge(hits: list[VictimHit]) -> list[VictimHit]:
    out: list[VictimHit] = []
    for h in hits:
        same = [o for o in out if o.start <= h.start < o.end or h.start <= o.start < h.end]
        if same and any(o.sector == h.sector for o in same):
            # "Uyghur activists", read by "Uyghur" and then by "activists": one victim, named by the wider phrase
            inner = next((o for o in same if o.sector == h.sector and h.start <= o.start and o.end <= h.end and h.end - h.start > o.end - o.start), None)
            if inner is not None:
                out[out.index(inner)] = VictimHit(h.name, inner.country or h.country, h.sector, h.start, h.end)
            continue
        # "Taiwan's largest telecom company Chunghwa Telecom", read by its sector word and by its owner's name: one victim, the wider phrase
        twin = next((
            o for o in same
            if (o.sector is None) != (h.sector is None) and (o.country == h.country or o.country is None or h.country is None)
            and (o.start <= h.start and h.end <= o.end or h.start <= o.start and o.end <= h.end)
        ), None)
        if twin is not None:
            wide = twin if twin.end - twin.start >= h.end - h.start else h
            out[out.index(twin)] = VictimHit(wide.name, twin.country or h.country, twin.sector or h.sector, wide.start, wide.end)
            continue
        out.append(h)
    return out


# patterns tried on every sentence run only where their required words occur (see .prefilter)
_SET_BESIDE_BEFORE = C.SET_BESIDE_BEFORE  # (gated here: read before every sector word)
# (those after _TITLE_OF measured faster gated on every call the dev and own corpora make)
gate(globals(), "_NOT_VICTIM_BEFORE", "_RESPONSE_VERB", "_TITLE_OF", "_SET_BESIDE_BEFORE", "_STORY_ABOUT_BEFORE", "_LURES_SENT_TO", "_HELD_DEMONYMS", "_OUTCOME")
# C.SECTORS_ONE_PASS, each sector's words tried only where they can open (same matches, twice as fast)
_SECTOR_WORDS = OnePass(C.SECTORS_ONE_PASS, C._AT_WORD, "s", [rx.pattern for _, rx in C.SECTORS])
_TARGETING_WORDS = OnePass.alternatives_of(C.TARGETING)  # C.TARGETING, each cue tried only where it can open (same matches)


__all__ = ["VictimHit", "find_victims", "in_related_deed"]
