"""Stage ``incidents``: group what the sentences say into operations.

Sentences are read in order with a *current incident*. A sentence that names
a threat actor moves to that actor's incident (or names the current one, when
the current one has no actor yet and nothing separates them); a sentence
that accuses a state moves to the incident of that state; an operation dated
to another year than the current incident's, or a state that differs, opens
a new one. Facts of a sentence (sponsors, victims, dates, attributions,
responses, denials) go to the incident it was assigned to. At the end,
incidents with neither an actor nor a state are dropped ("an attack with no
actor and no sponsor" is not an attribution), and so are actors that only
pass by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..kb.states import ALLIANCE_MEMBERS, ORGANISATIONS, is_state, place_state, state_forms
from . import cues as C
from .clauses import _DEMONYM_OFFICIAL, _LIST_JOIN, FAILING_DENIED, Clause, _aside, _company_named_after, _dedupe, owns_claim, party_code, speakers_own_organ
from .dates import DateMention
from .doc import Doc, Mention
from .prefilter import gate
from .victims import EFFECTS, LURES_SENT_TO, VictimHit, find_victims, in_related_deed

_ALIAS_LINK = re.compile(
    r"^[\s,(]*(?:(?:also|otherwise|better|more\s+commonly)\s+)?(?:known|tracked|referred\s+to|dubbed|called|named)\s+(?:(?:elsewhere|by\s+\w+(?:\s+\w+)?|in\s+the\s+industry|elsewhere\s+in\s+the\s+industry)\s+)*(?:as|under\s+the\s+name)\s+|^[\s,(]*(?:aka|a\.k\.a\.|or|alias)\s+|^\s*\(\s*$|^\s*/\s*$|^[\s,]*(?:which|that|whom)\s+(?:\w+\s+){0,3}(?:calls?|tracks?\s+as|call|name[sd]?|dubs?|dubbed|refers?\s+to\s+as)\s+",
    re.I,
)
_RELATION_BEFORE = re.compile(
    r"(?:related\s+to|ties\s+to|tied\s+to|links?\s+to|linked\s+to|overlaps?\s+with|similar\s+to|sub-?group\s+of|associated\s+with|connected\s+to|part\s+of|successor\s+(?:to|of)|resembl\w+|like|such\s+as|unlike|including|than)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_EXAMPLE_BEFORE = re.compile(r"\b(?:groups|actors|gangs|crews|operators|outfits|collectives)\s+(?:such\s+as|like|including)\s+(?:the\s+)?$", re.I)
_CONTRAST_BEFORE = re.compile(
    r"(?:^|[,;(]\s*)(?:unlike|like|as\s+with|similar\s+to|compared\s+(?:with|to)|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:or|and|,)\s+(?:[\w'’-]+\s+){0,2})?$",
    re.I,
)
# a comparison opening the sentence, closed by a comma before its subject: "Like APT29 before it, the group ...",
# "Unlike APT28, which steals documents, Volt Typhoon ..."
_CONTRAST_OPENS = re.compile(r"\W*(?:(?:much|just)\s+)?(?:unlike|like|as\s+with|similar\s+to|compared\s+(?:with|to))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
_CONTRAST_CLOSES = re.compile(r"(?:\s+(?:before\s+(?:it|them|him)|in\s+(?:19|20)\d\d|(?:did|does|do|had|has|have)(?:\s+\w+)?)|,\s+(?:which|who)\b[^,;]{0,120})?,\s", re.I)
# "a tactic also used by Lazarus", "the technique, first seen in attacks by Lazarus, ...": a habit another group showed before
_ALSO_USED_BY_BEFORE = re.compile(
    r"\b(?:tactics?|techniques?|methods?|tricks?|approach|playbook|tradecraft|TTPs|lures?|tools?|malware|backdoors?|exploits?|implants?|wipers?|code)\b,?\s+"
    r"(?:(?:that|which)\s+)?(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?(?:also|previously|earlier|once|first|long|already|commonly|often)\s+(?:been\s+)?"
    r"(?:used|seen|deployed|employed|observed|favou?red|wielded|pioneered|associated\s+with)\s+(?:in\s+(?:[\w-]+\s+){0,2}?(?:attacks|operations|campaigns|intrusions)\s+)?(?:by\s+)?(?:the\s+)?$",
    re.I,
)
_SUBGROUP = re.compile(r"\bsub-?group\b|\bsub-?unit\b|\bsubordinate\b|\bsub-?cluster\b", re.I)
# (not "a front company", "a front for the Ministry of State Security": the cover a state's hackers worked behind, not a claim's)
_DECOY = re.compile(
    r"\b(?:decoy|false[- ]flag|smokescreen|smoke[- ]screen|persona|cover\s+story|banner"
    r"|front(?!\s+(?:compan(?:y|ies)|firms?|business(?:es)?|organi[sz]ations?|operations?|for|lines?)\b))\b",
    re.I,
)
_CLAIM_CONTEXT = re.compile(r"\b(?:signed\s+by|in\s+the\s+name\s+of|claim\w*|professing|posing\s+as|name\s+of\s+a|call(?:ing|s|ed)\s+(?:itself|themselves)|took\s+responsibility|taking\s+responsibility)\b", re.I)
_UNIT_ANAPHOR = re.compile(r"\b(?:that|the|this)\s+unit\b", re.I)
# a relative clause on a group named beside the incident's own: ", which mostly steals documents from European governments,"
_ITS_OWN_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;]{1,160}(?=,)", re.I)
_COUNTRY_LIST = re.compile(r"\b(?:countries|nations|states),?\s+(?:among\s+them|including|such\s+as|notably)\b", re.I)
# words that say whom an operation went for, in a sentence with no other operation word ("the packages were
# aimed at government entities in Myanmar", "the group went after Indian diplomats", "had used the tool against telecom operators")
_NOT_THE_DOERS = r"\b(?!\s+(?:the\s+)?(?:hackers|attackers|group|gang)\b)"  # (not "sent to the hackers")
_TARGETED_AT = re.compile(
    r"\b(?:aimed\s+at(?!\s+(?:\w+ing|curbing|stopping)\b)|(?:went|goes|go|going|gone)\s+after|(?:used|uses|using|deployed)\s+(?:[\w'’-]+\s+){1,7}?against"
    # "the men also hit businesses in Britain", "had sent pay-themed emails to Israeli employees of ..."
    r"|hit\s+(?:[\w-]+\s+){0,3}?(?:businesses|producers|operators|providers|utilities|websites|sites|plants)"
    r"|sent\s+(?:[\w'’-]+\s+){0,3}?(?:e-?mails|messages|texts|lures|links)\s+to"
    # "the malicious e-mails went to accounts at ...", "three journalists had received text messages carrying spyware links"
    r"|(?:phishing|malicious|booby-trapped|rigged|infected|fake|spoofed|fraudulent|tainted|weaponi[sz]ed)\s+(?:[\w-]+\s+)?(?:e-?mails?|messages?|texts?|links?|lures?)\s+"
    r"(?:(?:also|all|then)\s+)?(?:went|arrived|(?:were|was|had\s+been|have\s+been|been)\s+(?:also\s+)?(?:sent|delivered|addressed|mailed))\s+(?:out\s+)?to"
    r"|received\s+(?:[\w-]+\s+){0,3}?(?:phishing|spear-?phishing|malicious|booby-trapped|rigged|infected|spoofed|fraudulent|tainted|weaponi[sz]ed)\b"
    r"|received\s+(?:[\w-]+\s+){0,3}?(?:e-?mails?|messages|texts|links)\s+(?:carrying|containing|laced\s+with|bearing)\b"
    # "Hundreds of organisations, prosecutors say, among them a township ...", "think tanks were also on the list"
    r"|(?:organi[sz]ations|companies|victims|targets|entities|institutions)\b[^.;]{0,40}?,\s+among\s+them"
    # "The reporters also found traces of the group at the chemicals maker ...": where the intruders were found
    # "somebody sat inside the networks of RUAG", "the group had trojanised software from an Indian developer",
    # "took about 400 gigabytes of data from", "$96 million taken from", "accounts were taken over", "modems were damaged"
    r"|(?:sat|sitting|lurked|lurking|hid|hiding)\s+inside\s+the\s+(?:[\w-]+\s+)?(?:networks?|systems?|servers?)\s+of|trojani[sz]ed|crippled"
    r"|(?:took|taken|stole|stolen)\s+(?:about\s+|more\s+than\s+|nearly\s+|some\s+|at\s+least\s+)?[$€£]?\d[\d.,]*\s+(?:[\w-]+\s+){0,4}?from"
    r"|(?:were|was|been)\s+(?:[\w-]+\s+)?(?:taken\s+over|damaged)"
    # "counted 53 incidents at Israeli academic institutions" (and _AMOUNT_TAKEN_FROM below)
    r"|incidents\s+(?:at|against|affecting)\s"
    r"|caused\s+(?:[\w-]+\s+)?(?:losses|outages|damage)\b[^.;]{0,60}?\bto\s"
    r"|" + LURES_SENT_TO + r"|" + EFFECTS +
    # "had also been found at two energy operators", "found the same tools on the networks of 104 organisations"
    r"|(?:been|was|were)\s+(?:also\s+)?(?:found|discovered|detected|spotted)\s+(?:at|on\s+the\s+networks\s+of)\s+(?!the\s+time\b)"
    r"|(?:found|discovered|detected|spotted)\s+(?:the\s+same\s+|the\s+|its\s+|their\s+)(?:[\w'’-]+\s+){0,2}?(?:tools|malware|spyware|implants?|backdoors?|code|package)\s+(?:at|on\s+the\s+networks\s+of)\s"
    r"|(?:found|discovered|detected|uncovered|spotted)\s+(?:traces|signs)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:group|hackers|attackers|intruders|actors?|malware|spyware|implants?)\s+(?:at|in|on|inside)"
    r"|(?:were|was|are|is)\s+(?:also\s+)?(?:on\s+the\s+list|in\s+the\s+crosshairs)|(?-i:Also)\s+on\s+the\s+list"
    r"|(?-i:Among)\s+(?:them|those|the\s+(?:victims|targets|organi[sz]ations|companies))\s+(?:were|was|are|is))" + _NOT_THE_DOERS,
    re.I,
)
# "$96 million taken from Harmony": the one wording of _TARGETED_AT that opens with no fixed word, kept apart so that
# _TARGETED_AT is tried only where one of its words starts (see .prefilter); a sentence matches if either does
_AMOUNT_TAKEN_FROM = re.compile(r"\b(?:million|billion|[\d,]{4,})\s+(?:[\w-]+\s+){0,3}?(?:taken|siphoned|drained)\s+from" + _NOT_THE_DOERS, re.I)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|but)\b|;")  # "..., and it condemned the activity": a clause of its own
_ABOUT_ATTRIBUTION = re.compile(r"\b(?:identity|attribution|assessment|conclusion|finding|culprit|responsib\w+|confiden\w+|certain\w*)\b", re.I)
_DIFFERENT = re.compile(
    r"\b(?:a\s+)?(?:different|separate|another|second|unrelated)\s+(?:[\w-]+\s+){0,3}?(?:group|gang|crew|actor|operation|campaign|attack|intrusion|breach|hack|unit|case)\b"
    r"|^\W*(?:Separately|In\s+a\s+separate\s+(?:case|development|report|incident|operation)),",
    re.I,
)
# (or a clause with its own subject and verb: "arrested two people in Poland and Ukraine, the United States unsealed charges")
_NEXT_CLAUSE = re.compile(r"[;.]|,?\s+and\s+(?:has|have|had|was|were|is|are|will|faces?|later)\b|,\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:\w+ed|said|says)\b", re.I)
_ARRESTED_IN = re.compile(r"\b(?:arrested|detained|apprehended)\b[^.;]{0,60}?\bin\s+", re.I)
# the city they are held in: "detained at Milan's Malpensa airport", "were arrested on Monday in Barcelona"
_ARRESTED_AT_CITY = re.compile(r"\b(?:arrested|detained|apprehended)\b[^.;]{0,60}?\b(?:in|at)\s+(?:the\s+)?(?-i:(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))", re.I)


_CHARGED_IN = re.compile(r"\b(?:charged|indicted)\s+(?:on\s+\w+\s+)?in\s+(?:the\s+)?(?-i:(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))", re.I)


def _city_state(name: str) -> str | None:
    """The state of a city named ``name`` (or of its first word: "Milan Malpensa")."""
    for key in (name, name.split()[0]):
        code = place_state(key)
        if code:
            return code
    return None
# a state named at its end, or from its "the"; the state they are told to leave ("were ordered to leave Canada")
_EXPELLED_FROM = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?|(?<=leave)\s+(?:the\s+)?")


def _places(c: Clause, start: int, end: int) -> list[str]:
    """States named (not by demonym) in the sentence from ``start`` up to ``end``."""
    return [m.value for m in c.states if start <= m.start < end and m.form in ("name", "metonym")]
_HOSTILE_TYPES = {"summon_ambassador", "recall_ambassador", "expel_diplomats", "sever_relations"}


@dataclass
class Draft:
    id: int
    keys: list[str] = field(default_factory=list)
    actor_mentions: dict[str, list[Mention]] = field(default_factory=dict)
    sponsors: dict[tuple[str | None, str | None], list[tuple[int, int]]] = field(default_factory=dict)
    victims: list[VictimHit] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    attributions: dict[str, dict] = field(default_factory=dict)
    responses: dict[tuple, dict] = field(default_factory=dict)
    denials: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    years: set[int] = field(default_factory=set)
    trace: list[dict] = field(default_factory=list)
    cosigners: list[str] = field(default_factory=list)
    cosign_advisory: bool = False  # the co-signed text is an advisory: co-signers publish it too
    co_actors: dict[str, list[Mention]] = field(default_factory=dict)  # "identified the groups as Blacktech and Taidoor"
    two_operations: bool = False  # opened by a sentence that tells two: "... and of a separate campaign targeting lawmakers"
    unnamed: bool = False  # its accuser named no group: "London blamed a Chinese state-affiliated actor, without naming it"

    @property
    def state(self) -> str | None:
        for (s, _a) in self.sponsors:
            if s:
                return s
        for a in self.attributions.values():
            if a["state"]:
                return a["state"]
        return None


def actor_key(m: Mention) -> str:
    name, entries = m.value
    if len(entries) == 1:
        return entries[0].id
    return "name:" + re.sub(r"[^0-9a-z]+", "", name.lower())


def build_incidents(doc: Doc, clauses: list[Clause]) -> list[Draft]:
    """Stage ``incidents``: fill ``doc.incidents`` with drafts."""
    text = doc.text
    hostile: set[str] = doc.facts["hostile"]
    main_roles = _main_roles(doc, clauses)
    qualified = _qualified_actors(doc, clauses, main_roles)
    dates_by_sentence: dict[int, list[DateMention]] = {}
    for d in doc.dates:
        dates_by_sentence.setdefault(d.sentence, []).append(d)
    drafts = _Drafts()
    cur: Draft | None = None
    para_year: int | None = None
    anchor_para = -1  # paragraph where the current incident last got a fact-bearing sentence
    last_agency: Mention | None = None
    pending: list[tuple[Clause, list[DateMention]]] = []
    before_section: Draft | None = None  # the incident told before the current section's heading
    heading_dates: list[DateMention] = []
    section_from = 0  # the first draft of the current section
    for c in clauses:
        s = doc.sentences[c.index]
        st = text[s.start : s.end]
        if s.first_in_paragraph:
            para_year = None
            heading_dates = [d for d in dates_by_sentence.get(c.index, []) if d.value and not _release_date_line(doc, st, d)] if _is_heading(st) else []
            if drafts and (_SECTION_HEADING.match(st) or _NUMBERED.match(st) or _LABEL_HEADING.match(st)):
                _section_tail(doc, before_section, pending, hostile, last_agency)
                before_section = cur or before_section
                cur, pending = None, []  # a new section: its operation starts afresh
                section_from = len(drafts)
        sdates = dates_by_sentence.get(c.index, [])
        if c.operation and not c.actors and not c.accused and _unattributed_other(st):
            # "The nuclear agency was also breached, but no group has been named for that intrusion": a victim and an
            # operation the text leaves to no one belong to no incident (fresh README, convention 14)
            doc.facts.setdefault("unattributed", set()).add(c.index)
            continue
        op_dates = _operation_dates(st, s.start, sdates, c.actors) if (c.operation or _is_heading(st)) else []
        acting = _acting(text, c)
        years = {
            d.year for d in op_dates
            if d.year and (not _weekday_like(text, d) or _dates_operation(text, d))
            and not (acting and d.role == "point" and not _dates_operation(text, d) and _nearer_response(text, s.start, st, c, d))
        }
        if years:
            para_year = min(years)
        actors = [m for m in c.actors if actor_key(m) in qualified and (c.index, id(m)) in main_roles]
        target: Draft | None = None
        why = ""
        listed: list[Mention] = []  # other actors listed beside the first ("sanctioned members of APT28 and Turla")
        if actors:
            key = actor_key(actors[0])
            target = _find(drafts, key, para_year)
            why = "actor"
            if (
                target is None and cur is not None and not cur.keys and cur.state and _compatible(cur, actors[0], c, None)
                and _SAME_DOERS_NAMED.search(text, max(s.start, actors[0].start - 80), actors[0].start)
            ):
                # "In 2016, North Korean hackers stole $81 million from Bangladesh Bank, the FBI said. Two years later
                # the same hackers, known as Lazarus, hit a Chilean bank": the name of the doers told before
                cur.keys.append(key)
                cur.actor_mentions.setdefault(key, []).append(actors[0])
                target, why = cur, "names the doers told before"
                if _LATER.match(st) or (years and _new_operation(cur, para_year, years)):
                    target, why = _next_operation_of(drafts, cur), "another dated operation of the same actor"
            if (
                target is None and cur is not None and not cur.keys and _compatible(cur, actors[0], c, para_year, years)
                and not _DIFFERENT.search(st) and not _LATER.match(st) and not (cur.two_operations and c.operation and not _shares_a_name(doc, cur, st))
                and not cur.unnamed and not _another_accusers_operation(doc, cur, c, st)
            ):  # (not after "accused China of a cyberattack on its Electoral Commission, and of a separate campaign targeting lawmakers")
                target, why = cur, "actor names current"
            if target is None:
                target = _new(drafts)
                why = "new actor"
            named = _with_aliases(text, actors, c.actors, qualified)
            for m in named:
                k = actor_key(m)
                if k not in target.keys:
                    target.keys.append(k)
                target.actor_mentions.setdefault(k, []).append(m)
            for m in _coordinated(text, named, actors):
                target.co_actors.setdefault(actor_key(m), []).append(m)
                listed.append(m)
        elif c.accused and c.operation and cur is not None and _DIFFERENT.search(st):
            target, why = _new(drafts), "a different operation"  # "a different Chinese government hacking group"
        elif c.accused and (c.attribution_cues or (c.operation and not c.denial_cues)):
            state = c.accused[0]
            if cur is not None and cur.keys and c.attribution_cues and _EARLIER_ACCUSATION.search(st):
                target, why = _new(drafts), "an earlier accusation"
            elif cur is not None and cur.keys and years and _new_operation(cur, para_year, years) and any(_claimed_by_actor(st, s.start, d, c.actors) for d in op_dates):
                # "In January 2022 it said it had encrypted servers of the state railway ahead of the invasion": the actor's earlier operation
                target, why = _next_operation_of(drafts, cur), "another dated operation of the same actor"
            elif cur is not None and cur.keys and cur.state in (None, state) and _GROUP_ANAPHOR.search(st) and not _DIFFERENT.search(st):
                target, why = cur, "the group"  # "before 2019 the group had been tasked by Russian intelligence": the actor just named
                if c.operation and years and _new_operation(cur, para_year, years) and not any(_BEFORE_DATE.search(text[max(0, d.start - 12) : d.end]) for d in op_dates):
                    target, why = _next_operation_of(drafts, cur), "another dated operation of the same actor"  # "In 2015 the group broke into ..."
            elif cur is not None and cur.state in (None, state) and _another_dated_operation(text, cur, c, op_dates):
                target, why = _new(drafts), "another dated operation of the state"
            elif cur is not None and cur.state in (None, state) and not _new_operation(cur, para_year, years) and not _filed_elsewhere(doc, cur, state):
                target, why = cur, "same state"
            elif (
                cur is not None and cur.state == state and _THE_OPERATION.search(st) and not any(_dates_operation(text, d) for d in op_dates)
                and c.attribution_cues and not any(n.endswith("_acted") for n, _, _ in c.attribution_cues)
            ):
                # "Last month ... said the FBI believes North Korea was responsible, ... tying Pyongyang to the theft": the operation told
                target, why = cur, "the same operation"
            else:
                target = _find_state(drafts, state, para_year)
                why = "state"
                if target is not None and target.id < section_from and cur is None and any(pc.operation for pc, _ in pending):
                    # "March 2025, Ukraine. The state railway lost its ticketing ... Officials suspected Russia's special
                    # services": the section's own operation, not the one an earlier section held the state to
                    target, why = _new(drafts), "new state in a new section"
                hostile_response = any(n in _HOSTILE_TYPES for n, _, _ in c.response_cues) and c.operation
                if target is None and (c.attribution_cues or c.agencies or hostile_response):
                    target, why = _new(drafts), "new state"
                elif target is None:
                    target, why = cur, "context"
        elif c.operation and not c.actors and not c.accused and cur is not None and (_named_next(doc, clauses, c, cur, drafts, qualified) or _blamed_next(doc, clauses, c, cur, drafts)):
            pending.append((c, op_dates))  # "Last May the Bundestag's network was compromised. That intrusion was the work of a different group, APT28."
            continue
        elif c.operation and cur is not None and cur.keys and _fork_for_new_operation(drafts, cur, c, st, op_dates, dry=True):
            target, why = _fork_for_new_operation(drafts, cur, c, st, op_dates), "another dated operation of the same actor"
        elif c.operation and cur is not None and years and _new_operation(cur, para_year, years) and s.paragraph != anchor_para and not C.ANAPHOR_OPERATION.search(st) and not _EXAMPLES_OF.match(st):
            if cur.keys and _ACTOR_SUBJECT.match(st):
                target, why = _next_operation_of(drafts, cur), "another dated operation of the same actor"  # "They also stole $75 million from ... in 2020"
            elif not cur.keys and cur.state and not c.accused and _THE_ATTACKERS.search(st) and not _OTHER_ACTOR.search(st):
                # "In the second case, from July to November 2023, the attackers used ...": the same state's next operation
                target, why = _next_operation_of(drafts, cur), "another dated operation of the same state"
            else:
                target, why = _new(drafts), "new operation"
        elif (
            c.operation and c.negated and c.attribution_cues and s.paragraph != anchor_para and cur is not None
            and not C.ANAPHOR_OPERATION.search(st) and not C.ANAPHOR_ACTOR.search(st)
        ):  # (not "the attack had probably been carried out by a foreign country, without naming one": the same attack)
            target, why = _new(drafts), "unattributed operation"
        elif c.operation and cur is None and not c.accused and any(not d.relative for d in op_dates):
            target, why = _new(drafts), "first operation"
        elif cur is None and (c.operation or pending or c.response_cues or c.denial_cues):
            pending.append((c, op_dates))
            continue
        else:
            target = cur
            if c.accused and (c.denial_cues or c.response_cues) and cur is not None and cur.state not in (None, *c.accused):
                target = _find_state(drafts, c.accused[0], None) or cur
            elif c.denial_cues and cur is not None and cur.state is None and not c.accused:
                deniers = [p for p in c.speakers if p in hostile]
                if deniers:
                    # "Russia's foreign ministry said the measures were unfounded": the incident Russia is held to
                    target = _find_state(drafts, deniers[0], None) or cur
            why = "context"
            named = _named_victim_draft(drafts, cur, st) if cur is not None and not c.actors else None
            if named is not None:
                target, why = named, "names that incident's victim"  # "Truss said the Viasat attack was deliberate"
            forked = _fork_for_new_operation(drafts, target, c, st, op_dates)
            if forked is not None:
                target, why = forked, "another dated operation of the same actor"
        if target is None:
            if cur is None and (c.operation or c.response_cues or c.denial_cues or c.attribution_cues):
                pending.append((c, op_dates))  # wait for the incident it belongs to
            continue
        if pending and (why.startswith("new") or (cur is None and why in ("actor", "state"))):
            for pc, pd in pending:
                # (sentences told before the current incident opened, left waiting by it, are its own: the lede of
                # an advisory on "Iranian hackers" does not go to the group a later paragraph compares them with)
                dest = cur if cur is not None and cur.sentences and pc.index < min(cur.sentences) else target
                if not (dest.years and {d.year for d in pd if d.year} - dest.years - {None} and not any(d.relative for d in pd)):
                    dest.sentences.append(pc.index)
                    dest.trace.append({"sentence": pc.index, "why": "before its actor"})
                    _add_facts(doc, dest, pc, pd, hostile, last_agency)
            pending = []
        if heading_dates and not target.dates and doc.sentences[heading_dates[0].sentence].paragraph == s.paragraph:
            target.dates += heading_dates  # "February: Viasat." dates the section's operation
        if heading_dates and c.index == heading_dates[0].sentence and c.actors and c.operation and (why.startswith("new") or why == "actor"):
            heading_dates = []  # "APT28 hacked the Bundestag in 2015. APT29 ...": a short sentence telling its own group's operation, no heading
        if why != "an earlier accusation":  # (that is a step aside: "The alert came two days after ... accused China", the story goes on)
            cur = target
            if why != "context":
                anchor_para = s.paragraph
            for m in c.agencies:
                last_agency = m
        if why.startswith("new") and not target.keys and c.accused and _DIFFERENT.search(st):
            target.two_operations = True
        if not target.keys and c.accused and c.attribution_cues and not c.actors and _WITHOUT_NAMING.search(st):
            target.unnamed = True
        if why == "new actor" and not c.explicit_speaker and c.speakers and len(drafts) > 1 and (_ANOTHER_STORY.match(st) or _LATER.match(st)):
            # "The FBI said APT41 hacked ... . Meanwhile, Charming Kitten targeted ...": the next story of a roundup,
            # which the speaker of the one before does not tell
            doc.facts.setdefault("uncarried", set()).add(c.index)
        target.sentences.append(c.index)
        target.trace.append({"sentence": c.index, "why": why})
        _add_facts(doc, target, c, op_dates, hostile, last_agency)
        drafts.note(target)
        if target.keys and not c.actors and (both := _BOTH_GROUPS.match(st)) and (c.tie or c.attribution_cues):
            # "APT28 hacked the Bundestag in 2015. In 2016, APT29 targeted Norwegian ministries. Both groups are run by
            # Russian intelligence, according to Mandiant": the groups told last, each in its own incident
            n = _COUNT_WORDS.get(re.sub(r"\s+", " ", (both.group(1) or both.group(2)).lower()), 2)
            seen_keys = {target.keys[0]}
            for other in reversed(drafts):
                if len(seen_keys) >= n:
                    break
                if other is target or not other.keys or other.keys[0] in seen_keys or c.index in other.sentences:
                    continue
                seen_keys.add(other.keys[0])
                other.sentences.append(c.index)
                other.trace.append({"sentence": c.index, "why": "both groups"})
                _add_facts(doc, other, c, op_dates, hostile, last_agency)
        for m in listed:
            # an actor listed beside the first that has its own incident already gets the sentence too:
            # "The Treasury sanctioned members of APT28 and Turla" answers both operations told before
            other = next((d for d in drafts if d is not target and actor_key(m) in d.keys), None)
            if other is not None and c.index not in other.sentences:
                other.sentences.append(c.index)
                other.trace.append({"sentence": c.index, "why": "listed beside " + m.surface})
                _add_facts(doc, other, c, op_dates, hostile, last_agency)
    _section_tail(doc, before_section, pending, hostile, last_agency)
    for d in list(drafts):
        for k, ms in d.co_actors.items():
            if k not in d.keys and not any(k in x.keys for x in drafts):
                drafts.append(_as_co_actor(d, k, ms, len(drafts)))
    kept = [d for d in drafts if d.keys or d.state]
    kept_ids = {d.id for d in kept}
    for d in drafts:
        if d.id in kept_ids or not (d.responses or d.denials):
            continue
        # an operation dropped for want of an actor or state keeps no claim;
        # its responses and denials go to the incident before it
        host = next((k for k in reversed(kept) if k.id < d.id), kept[0] if kept else None)
        if host is not None:
            for key, r in d.responses.items():
                host.responses.setdefault(key, r)
            for by, spans in d.denials.items():
                host.denials.setdefault(by, spans)
    doc.incidents = kept
    return doc.incidents


# "blamed a Chinese state-affiliated actor, without naming it", "but did not name the group"
_WITHOUT_NAMING = re.compile(r"\b(?:without\s+naming|(?:did|does|would)\s+not\s+name|declined\s+to\s+name)\s+(?:it|them|the\s+(?:group|actor|hackers|unit)|any\s+group|a\s+group)\b", re.I)


def _section_tail(
    doc: Doc, inc: Draft | None, pending: list[tuple[Clause, list[DateMention]]], hostile: set[str], last_agency: Mention | None
) -> None:
    """"Statements. Announcing the charges, the FBI director said ...": a section that names no incident of its own.

    Its responses and denials, left waiting for an incident that never came,
    belong to the incident told before its heading, unless the section dates
    an operation of its own.
    """
    if inc is None or not (inc.keys or inc.state) or not pending or any(d.year and not d.relative for _, pd in pending for d in pd):
        return
    for pc, pd in pending:
        if pc.response_cues or pc.denial_cues:
            inc.sentences.append(pc.index)
            inc.trace.append({"sentence": pc.index, "why": "a section of the incident before"})
            _add_facts(doc, inc, pc, pd, hostile, last_agency)


# "had caused a blackout in western Ukraine in December 2015", "took the broadcaster off air": what it hit, told by the effect
_EFFECT_IN_PLACE = re.compile(
    r"^(?=.*?\b(?:blackouts?|power\s+(?:cuts?|outages?)|(?:cut|knock(?:ed|ing|s)?)\s+(?:off\s+|out\s+)?(?:the\s+)?(?:power|electricity)|without\s+(?:power|electricity)|off[- ](?:the[- ])?air)\b)"
    r"(?=.*?\b(?:in|to|across)\s+(?:[a-z]+\s+){0,2}?(?-i:[A-Z][a-z]))",
    re.I | re.S,
)


# "no group has been named for that intrusion", "though no one was blamed", "has not been attributed", "officials have not
# said who was behind": an operation left to no one ...
_UNATTRIBUTED = re.compile(
    r"\b(?:no\s+(?:one|group|actor|country|state|culprit|attacker|suspect)s?\s+(?:(?:has|have|had)\s+(?:yet\s+)?been|was|were|is|(?:has|have|had)\s+(?:yet\s+)?)\s*(?:publicly\s+|officially\s+)?(?:blamed|named|identified|held\s+responsible|claimed|accused)"
    r"|(?:has|have|had|was|were|is|are)\s+(?:not|never)\s+(?:yet\s+|been\s+|publicly\s+|officially\s+)*(?:been\s+)?(?:attributed|blamed\s+on\s+anyone|claimed)"
    r"|(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:said|say|named|name|identified|identify)\s+who\s+(?:was|were|is)\s+(?:behind|responsible)|unattributed|remains?\s+unclaimed)\b",
    re.I,
)
# ... told as another one than the operation at hand ("was also hit", "a separate attack", "a wiper attack on a hospital")
_OTHER_HIT = re.compile(r"\b(?:also|separate(?:ly)?|another|unrelated|an?\s+(?:[\w-]+\s+)?(?:attack|cyberattack|breach|hack|intrusion|incident))\b", re.I)


def _unattributed_other(st: str) -> bool:
    return ("not" in st or "no " in st or "unattributed" in st or "unclaimed" in st) and bool(_UNATTRIBUTED.search(st)) and bool(_OTHER_HIT.search(st))


# "had stolen $308 million from DMM Bitcoin in May 2024": a sum taken from a named body, what the theft hit
_THEFT_FROM = re.compile(
    r"\b(?:stole|stolen|drained|siphoned|looted|took)\s+(?:(?:about|some|more\s+than|nearly|over|almost|roughly)\s+)?(?:US)?[$€£]\s?[\d.,]+\s*(?:million|billion|m|bn)?"
    r"(?:\s+(?:in|worth\s+of|of)\s+[\w-]+)?\s+from\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)


def _fork_for_new_operation(
    drafts: list[Draft], cur: Draft | None, c: Clause, st: str, op_dates: list[DateMention], *, dry: bool = False
) -> Draft | None:
    """"In February 2016 it stole $81 million from ...": the same actor's next operation.

    A sentence that dates an operation (one explicit year, not a report date)
    and says what it hit, in an incident already dated to other years, starts
    a new incident of the same actor (README: two separately dated operations
    of one actor are two incidents).
    """
    if cur is None or not cur.keys or not cur.years or not c.operation or c.response_cues or c.denial_cues:
        return None
    years = {d.year for d in op_dates if d.year and d.role in ("point", "since", "from") and not (d.relative and not _month_named(d))}
    if len(years) != 1:
        return None
    year = next(iter(years))
    if year in cur.years or min(abs(year - y) for y in cur.years) < 1:
        return None
    if not (C.TARGETING.search(st) and C.SECTORS_ONE_PASS.search(st)) and not _EFFECT_IN_PLACE.match(st) and not _THEFT_FROM.search(st):
        return None
    if dry:
        return cur
    if c.accused and not _SAME_ACTOR.search(st) and not c.actors:
        return _new(drafts)  # "the destruction of Sony's network ... the FBI blamed North Korea": the state's operation
    return _next_operation_of(drafts, cur)


def _next_operation_of(drafts: list[Draft], cur: Draft) -> Draft:
    """A new incident of the current incident's actor and sponsors."""
    new = _new(drafts)
    new.keys = list(cur.keys)
    new.actor_mentions = {k: list(v) for k, v in cur.actor_mentions.items()}
    new.sponsors = {k: list(v) for k, v in cur.sponsors.items()}
    return new


def _listed_with(text: str, c: Clause, state: str) -> list[str]:
    """The accused states named in one list with ``state`` ("Israel and the United States")."""
    ms = sorted((m for m in c.accused_mentions if m.kind == "state"), key=lambda m: m.start)
    out: list[str] = []
    for x, y in zip(ms, ms[1:]):
        if _LIST_JOIN.fullmatch(text, x.end, y.start) and state in (x.value, y.value, *out):
            out += [v for v in (x.value, y.value) if v not in out]
    return out


# "came two days after the United States and its allies accused China of ...": an earlier, separate accusation
_EARLIER_ACCUSATION = re.compile(
    r"\b(?:came|comes|come|follows|followed|following)\s+(?:\w+\s+){0,3}?(?:after|on\s+the\s+heels\s+of)\b[^.;]{0,160}?\b(?:accus\w+|blam\w+|attribut\w+|condemn\w+|sanction\w+)", re.I
)
# the sentence's subject takes up the current actor: "They also built ...", "In 2018, the group ..."
_ACTOR_SUBJECT = re.compile(
    r"\W*(?:(?:in|on|by|since|from|between|later|earlier)\b[^,]{0,30},\s*)?(?:they|it|the\s+(?:same\s+)?(?:group|gang|hackers|crew|actor|unit|attackers|operators))\s+(?:also\s+|then\s+|later\s+)?(?!said|say|says|told|declined|did\s+not)[a-z]+",
    re.I,
)
_BEFORE_DATE = re.compile(r"\b(?:before|prior\s+to|until|till)\s+(?:[a-z]+\s+)?(?:19|20)\d\d$", re.I)  # "Before 2020, the group had been tasked by ...": its past, not an operation
# what opens the next story of a roundup: "Meanwhile, ...", "Separately, ...", "In other news, ...", "In a separate case, ..."
_ANOTHER_STORY = re.compile(
    r"\W*(?:and\s+)?(?:meanwhile|separately|elsewhere|in\s+other\s+news|in\s+(?:a|another)\s+(?:separate|unrelated|different)\s+(?:case|development|incident|operation|campaign|story)"
    r"|in\s+another\s+(?:case|development|incident|operation|campaign)|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand)\b",
    re.I,
)
# "the same hackers, known as Lazarus", "the hackers, which Microsoft calls Storm-0558", "the group, dubbed": the doers named
_SAME_DOERS_NAMED = re.compile(
    r"\b(?:the|these|those)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:hackers|group|attackers|actors?|crew|gang|intruders|operators|perpetrators|culprits)\s*,?\s+"
    r"(?:(?:(?:now|later|since|also|widely|commonly|publicly|subsequently)\s+)?(?:known|tracked|identified|referred\s+to)\s+as|(?:later\s+|since\s+)?(?:dubbed|named|called|nicknamed)"
    r"|(?:which|whom|that)\s+(?:[\w-]+\s+){1,3}?(?:calls|tracks\s+as|dubs|dubbed|named|has\s+dubbed|has\s+named|refers\s+to\s+as))\s+(?:the\s+)?$",
    re.I,
)
# "Both groups are run by ...", "The two groups work for ...", "All three actors ...": the groups named before, together
_BOTH_GROUPS = re.compile(
    r"\W*(?:(both|the\s+two|the\s+three|all\s+three|these\s+two|those\s+two)\s+(?:(?:hacking|hacker|threat|cyber(?:-?espionage)?|espionage|state-backed|state-sponsored)\s+)?"
    r"(?:groups|gangs|crews|actors|units|outfits|teams)|(both)\s+(?:of\s+them\s+|are\b|were\b|have\b|had\b))",
    re.I,
)
_COUNT_WORDS = {"both": 2, "the two": 2, "these two": 2, "those two": 2, "the three": 3, "all three": 3}
_GROUP_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:same\s+)?(?:group|gang|crew|outfit)\b", re.I)
# "Later that year, ... joined the mass exploitation of ..., a campaign attributed to a group it calls Hafnium": the next operation
_LATER = re.compile(
    r"\W*(?:later\s+(?:that|the\s+same)\s+(?:year|month|summer|autumn|spring|winter)|(?:the\s+)?(?:following|next)\s+(?:year|month)"
    r"|(?:a|one|two|three|several|some)\s+(?:years?|months?|weeks?)\s+later|months\s+later|years\s+later)\b",
    re.I,
)
_THE_OPERATION = re.compile(r"\bthe\s+(?:same\s+)?(?:theft|heist|hack|breach|intrusion|attack|cyberattack|cyber-attack|campaign|operation)\b(?!\s+(?:of|on|against|in)\b)", re.I)
_THE_ATTACKERS = re.compile(r"\b(?:they|the\s+(?:same\s+)?(?:attackers|hackers|intruders|operators|group))\s+(?:also\s+|then\s+|later\s+)?(?!said|say|says|told|declined|did\s+not)[a-z]+", re.I)
_OTHER_ACTOR = re.compile(r"\b(?:different|separate|another|second|unrelated|other)\s+(?:[\w-]+\s+){0,3}?(?:group|gang|crew|actor|unit|team)\b", re.I)  # ("In the second case": the same attackers)
_SAME_ACTOR = re.compile(r"\b(?:it|they|the\s+(?:group|gang|hackers|attackers|crew|actor|operators|intruders))\b", re.I)


def _month_named(d: DateMention) -> bool:
    return d.relative and d.value is not None and len(d.value) >= 7  # "in May": a month of a known year


def _filed_elsewhere(doc: Doc, cur: Draft, state: str) -> bool:
    """Is the current incident, with no state of its own yet, that of a group named only in the headline, which the
    knowledge base files under another state? ("Digest: ...; Washington pulls the plug on Nobelium's lures" ... "Check Point
    said the operators are likely a Chinese state-backed group": another story of the digest, not Nobelium's)"""
    if cur.state is not None or not cur.keys:
        return False
    mentions = [m for ms in cur.actor_mentions.values() for m in ms]
    if any(doc.sentences[m.sentence].paragraph > 0 for m in mentions):
        return False  # (a group the body already told of is the one others then blame on that state)
    countries = {e.country for m in mentions for e in m.value[1] if e.country}
    return bool(countries) and state not in countries


def _new(drafts: list[Draft]) -> Draft:
    d = Draft(id=len(drafts))
    drafts.append(d)
    return d


class _Drafts(list):
    """The drafts in creation order, indexed by actor key and by state as facts arrive."""

    def __init__(self) -> None:
        super().__init__()
        self.by_key: dict[str, dict[int, Draft]] = {}
        self.by_state: dict[str, dict[int, Draft]] = {}

    def note(self, d: Draft) -> None:
        for k in d.keys:
            self.by_key.setdefault(k, {})[d.id] = d
        if d.state:
            self.by_state.setdefault(d.state, {})[d.id] = d


# "That intrusion was the work of a different group, APT28": the operation just told is that group's
_THAT_OPERATION_BY = re.compile(
    r"\W*(?:that|this|the)\s+(?:intrusion|attack|breach|hack|operation|campaign|compromise|incident)\s+(?:was|had\s+been|has\s+been|is)\s+"
    r"(?:later\s+|also\s+|widely\s+)?(?:the\s+work\s+of|carried\s+out\s+by|attributed\s+to|blamed\s+on|claimed\s+by|linked\s+to|traced\s+to)\b"
    # "The FBI has blamed that attack on a group called DarkSide", "Investigators later traced the intrusion to ..."
    r"|\W*(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?\s+(?:has\s+|had\s+|have\s+)?(?:later\s+|also\s+|since\s+)?(?:blamed|attributed|pinned|traced|tied)\s+"
    r"(?:that|this|the)\s+(?:intrusion|attack|breach|hack|operation|campaign|compromise|incident)\s+(?:on|to)\b"
    # "A group calling itself 1937CN claimed responsibility."
    r"|\W*an?\s+(?:[\w-]+\s+)?(?:group|collective)\s+(?:calling\s+itself|called|known\s+as)\s+[^\s,]+\s+(?:later\s+|quickly\s+)?claimed\s+(?:responsibility|credit)\b",
    re.I,
)


def _named_next(doc: Doc, clauses: list[Clause], c: Clause, cur: Draft, drafts: _Drafts, qualified: set[str]) -> bool:
    """Does the next sentence of the paragraph give the operation of this one to a group no incident has yet?"""
    if c.index + 1 >= len(clauses):
        return False
    nxt = clauses[c.index + 1]
    s = doc.sentences[nxt.index]
    nst = doc.sentence_text(nxt.index)
    if s.first_in_paragraph or not _THAT_OPERATION_BY.match(nst) or not (cur.keys or _DIFFERENT.search(nst)):
        return False  # (a nameless incident is named by the next sentence's group unless that one is "a different group")
    keys = {actor_key(m) for m in nxt.actors if actor_key(m) in qualified}
    return bool(keys) and not any(k in drafts.by_key for k in keys)


def _blamed_next(doc: Doc, clauses: list[Clause], c: Clause, cur: Draft, drafts: _Drafts) -> bool:
    """Does the next sentence of the paragraph blame the operation of this one on a state no incident has yet?
    ("Belarus's railway systems were hit in January; Minsk blamed Polish intelligence", after an incident held to Belarus)"""
    if c.index + 1 >= len(clauses) or cur.keys or cur.state is None:
        return False
    nxt = clauses[c.index + 1]
    if doc.sentences[nxt.index].first_in_paragraph or nxt.actors or not nxt.attribution_cues or not nxt.accused:
        return False
    return nxt.accused[0] != cur.state and nxt.accused[0] not in drafts.by_state


def _find(drafts: _Drafts, key: str, para_year: int | None) -> Draft | None:
    for d in reversed(list(drafts.by_key.get(key, {}).values())):
        if key in d.keys:
            if para_year and d.years and para_year not in d.years and all(abs(para_year - y) >= 1 for y in d.years):
                continue
            return d
    return None


def _find_state(drafts: _Drafts, state: str, para_year: int | None) -> Draft | None:
    for d in reversed(list(drafts.by_state.get(state, {}).values())):
        if d.state == state:
            if para_year and d.years and para_year not in d.years:
                continue
            return d
    return None


def _another_dated_operation(text: str, cur: Draft, c: Clause, op_dates: list[DateMention]) -> bool:
    """"... also assesses that Russian military intelligence was involved in the 13 January
    defacements": an operation dated to the day or month, over a month from every such date of
    the current incident, is another operation of the same state (README: dev-17)."""
    if not c.operation or c.response_cues or c.denial_cues:
        return False
    def named(d: DateMention) -> bool:  # "13 January", "in February 2022": a month named, not "last month"
        return bool(d.value and len(d.value) >= 7 and _MONTH_NAME.search(text, d.start, d.end))

    mine = [d.value for d in op_dates if named(d) and d.role in ("point", "since", "from")]
    # ("sirens wailed on Sunday evening ... In April 2020, hackers working for Iran tried to ...": a weekday dates the day too)
    theirs = [d.value for d in cur.dates if named(d) or (d.value and len(d.value) == 10 and _weekday_like(text, d))]
    if not mine or not theirs:
        return False
    from datetime import date

    def day(v: str) -> date:
        return date(int(v[:4]), int(v[5:7]), int(v[8:10]) if len(v) >= 10 else 15)

    return all(abs((day(a) - day(b)).days) > 31 for a in mine for b in theirs)


def _another_accusers_operation(doc: Doc, cur: Draft, c: Clause, st: str) -> bool:
    """Does the sentence tell, on another party's word, an operation of its own, with victims of its own?
    ("Sweden said a Russian GRU unit hacked its sports federation in 2017. Norway also said in 2020 that APT28 was
    behind a breach of its parliament": two operations of one state; not "... The Netherlands said APT28 carried out
    the operation", nor "Washington blamed Sandworm for the attack on the Ukrainian grid": the same one)"""
    return (
        bool(cur.attributions) and c.explicit_speaker and bool(c.speakers) and bool(c.attribution_cues) and c.operation
        and not any(p in cur.attributions for p in c.speakers)
        and not C.ANAPHOR_OPERATION.search(st) and not _THE_OPERATION.search(st) and not _THE_THING_DONE.search(st)
        and not C.ANAPHOR_ACTOR.search(st) and not _shares_a_name(doc, cur, st)
    )


# the operation, its tool or its outcome taken up ("early versions of the worm", "within days of the outbreak")
_THE_THING_DONE = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:same\s+)?(?:worm|outbreak|malware|ransomware|wiper|virus|spyware|implant|backdoor|leak|leaks|theft|heist|compromise|"
    r"intrusions?|breaches|hacks|incidents?|attempts?|espionage|spying|sabotage|outage|blackout|infections?)\b",
    re.I,
)


def _shares_a_name(doc: Doc, d: Draft, st: str) -> bool:
    """Does the sentence use a proper name the incident's sentences use ("Shirbit"), other than a state's or a date's?"""
    common = {w for m in doc.mentions if m.kind == "state" for w in m.surface.split()}
    mine = {w for w in _PROPER.findall(st) if w not in common and not _MONTH_NAME.fullmatch(w) and not _WEEKDAY_LIKE.fullmatch(w)}
    return bool(mine & {w for i in d.sentences for w in _PROPER.findall(doc.sentence_text(i))})


def _named_victim_draft(drafts: list[Draft], cur: Draft, st: str) -> Draft | None:
    """The earlier incident whose victim the sentence names by a proper name the current one lacks."""
    words = set(_PROPER.findall(st))
    if not words:
        return None
    mine = {w for v in cur.victims for w in _proper_names(v.name)}
    if words & mine:
        return None
    for d in reversed(drafts):
        if d is cur:
            continue
        theirs = {w for v in d.victims if v.sector for w in _proper_names(v.name)}
        if words & theirs:
            return d
    return None


@lru_cache(maxsize=4096)
def _proper_names(name: str) -> tuple[str, ...]:
    """_PROPER's words in a victim's name (read once a name: the drafts' victims are asked again at every sentence)."""
    return tuple(_PROPER.findall(name))


# a proper name of a victim: a capitalised word that is no state, title or common opener
# (the capital looked at first: the stop words are tried only before capitalised words, same matches)
_PROPER = re.compile(r"\b(?=[A-Z])(?!(?:The|This|That|These|Those|State|National|Federal|Ministry|Ministries|Government|Agency|Department|Office|Council|Party|Parliament|Foreign|Defence|Defense|Russian|Chinese|Iranian|Ukrainian|American|British|European|North|South|Korean|Central|Western|Eastern|General|Committee)\b)[A-Z][A-Za-z0-9&-]{3,}\b")


# a reason for a response that is no cyber operation: "after the invasion of Ukraine", "to protest after Moscow refused visas"
_NON_CYBER_REASON = re.compile(
    r"\b(?:after|over|following|because\s+of|in\s+(?:response|retaliation)\s+(?:to|for)|to\s+protest)\b[^.;]{0,80}?\b(?:invasion|invaded|war|annex\w+|poison\w*|assassinat\w+|killing|murder\w*|arrests?|detention|detained|visas?|cartoons?|caricatures?|insult\w*|human\s+rights|nuclear|missiles?|troops|border)\b",
    re.I,
)
_OTHER_GRIEVANCE = re.compile(r"\baccus\w+\s+(?:it|them|him|her|the\s+\w+|[A-Z][\w'’-]+)\s+of\s+[^.;]{0,50}", re.I)
# "the activist Ahmed Mansoor, who was arrested in 2017", "detained two journalists whose phones were hacked":
# the operation's targets jailed, not culprits answered
_CRITICS = r"activists?|journalists?|dissidents?|critics?|lawyers?|bloggers?|reporters?|(?:human\s+rights\s+)?defenders?|opposition\s+(?:figures?|politicians?|leaders?|members?)"
_TARGET_ARRESTED_BEFORE = re.compile(
    r"\b(?:" + _CRITICS + r")\b"
    r"[^.;]{0,60}?\b(?:who|whom)\s+(?:was|were|had\s+been|has\s+been|have\s+been|(?:the\s+)?(?:authorities|police|government)\s+(?:had\s+|have\s+)?)\s*$",
    re.I,
)
# "The journalist who was hacked by APT28 had been arrested in 2019": the target, as the sentence's subject, arrested
_TARGET_SUBJECT_ARRESTED = re.compile(
    r"\W*(?:the|a|an|one|two|three|several)?\s*(?:[\w-]+\s+)?(?:" + _CRITICS + r")\b[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:later\s+|also\s+|then\s+)?",
    re.I,
)
_TARGET_ARRESTED_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:" + _CRITICS + r"|protesters?)\b",
    re.I,
)
_OTHER_GROUPS_BEFORE = re.compile(
    r"\b(?:other|several\s+other|many\s+other)\s+(?:[\w-]+\s+)?(?:groups|actors|hackers|gangs|crews|operators|campaigns|operations|adversaries)\b[^.;]{0,40}?(?:,\s+|\s+)(?:including|such\s+as|among\s+them|like)\s+(?:[^.;]{0,50}?\s)?$",
    re.I,
)
_RESPONSE_NEG_BEFORE = re.compile(
    r"\b(?:not|n['’]t|never|no\s+need\s+to|stopped\s+short\s+of|refrain\w*\s+from|declin\w*\s+to|refus\w*\s+to|ruled\s+out|no\s+plans?\s+to|has\s+yet\s+to|have\s+yet\s+to)\b[^,.;:]{0,50}$",
    re.I,
)
# an intention, a threat or a call, not a response taken (an announced summons is one: "the ambassador would be summoned")
_INTENDED_BEFORE = re.compile(
    r"\b(?:prepar(?:es|ed|ing)|plan(?:s|ned|ning)?\s+to|intend(?:s|ed|ing)?\s+to|(?:going|poised|expected)\s+to|threat(?:en|ened|ens|ening)|"
    r"urg(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}?to|propos(?:e|es|ed|ing)|(?:seek|seeks|seeking|sought|want|wants|wanted)\s+to|(?:vow|pledge|promise)[ds]?\s+to|"
    r"(?:call|calls|called|calling|push|pushes|pushed|pushing|press|presses|pressed|pressing)\s+for|weigh(?:s|ed|ing)|mull(?:s|ed|ing)|consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|discuss(?:es|ed|ing)?)\b[^,.;:]{0,50}$",
    re.I,
)
# A joint text that speaks for its co-signers, named elsewhere ("The advisory is co-sealed by ...")
JOINT = "*co-signers*"
_JOINT_TEXT = re.compile(
    r"^\W*(?:the|this|a|their|its|in\s+(?:the|a|its|their))\s+(?:new\s+|joint\s+|latest\s+)*(?:(?:cyber\s*security|technical|security)\s+)?(?:advisory|alert|statement|bulletin)\b"
    r"|\b(?:agencies|authorities|partners|governments)\s+(?:from|of|in)\s+(?:\w+\s+)?(?:countries|nations|states)\b",
    re.I,
)


# "It says the group works for ...", "This attributes the intrusions to ...": the text the sentence before named
_IT_SAYS = re.compile(
    r"\W*(?:It|This|The\s+document|The\s+report)\s+(?:also\s+|further\s+)?(?:says|said|states|stated|attributes|attributed|notes|noted|warns|warned|assesses|assessed|names|named|identifies|identified|links|linked|ties|tied|adds|added|concludes|concluded|describes|described|blames|blamed)\b"
)


def _joint_text_before(doc: Doc, c: Clause, st: str) -> bool:
    """Does the sentence take up, as "it", a joint text that the sentence before introduced?
    ("The advisory was co-authored by ... . It says the group APT40 works for ...")"""
    return c.index > 0 and bool(_IT_SAYS.match(st)) and bool(_JOINT_TEXT.search(doc.sentence_text(c.index - 1)))


_AGENTLESS_PASSIVE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:\w+\s+)?(?:blamed|accused|linked|tied|attributed|named)\b|\b(?:is|are|was|were)\s+(?:widely\s+|often\s+|long\s+|also\s+)?(?:blamed|accused|believed|thought|suspected)\b", re.I)
_PASSIVE_BY = re.compile(r"\b(?:blamed|accused|linked|tied|attributed|named|believed|thought|suspected)\b[^.;]{0,80}\bby\s+(?:the\s+)?(?-i:[A-Z])", re.I)
# "the group", "the unit" take up a named actor; "the hackers" may be anyone's
_NAMED_ANAPHOR = re.compile(r"\b(?:group|gang|crew|actor|outfit|unit)$", re.I)
_MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")


def _new_operation(cur: Draft, para_year: int | None, years: set[int]) -> bool:
    if not cur.years:
        return False
    ys = years or ({para_year} if para_year else set())
    return bool(ys) and not (ys & cur.years) and min(abs(a - b) for a in ys for b in cur.years) >= 1


@lru_cache(maxsize=1)
def _demonym_states() -> dict[str, str]:
    """One-word demonyms and state names, with their state ("Iranian": IR, "Pakistan": PK)."""
    return {f: code for code, forms in state_forms().items() for f, _ in forms if " " not in f}


def _compatible(cur: Draft, actor: Mention, c: Clause, para_year: int | None, years: set[int] = frozenset()) -> bool:
    if _new_operation(cur, para_year, set()) and not (years & cur.years):
        return False  # (a sentence dating the operation "in 2020 and 2021" still names a 2021 incident)
    state = cur.state
    if state is None:
        return True
    name, entries = actor.value
    countries = {e.country for e in entries if e.country}
    if not entries and " " in name and name.split()[0] in _demonym_states():
        countries = {_demonym_states()[name.split()[0]]}  # "Iranian Cyber Army": a group its own name files under a state
    if countries and state not in countries:
        return False  # "Washington continues to hype the Salt Typhoon threat": a group the knowledge base files under another state
    if state in c.accused:
        return True
    return not c.accused and (not countries or state in countries)


_TARGET_OF_BEFORE = re.compile(
    r"\b(?:access\s+to|hacked|hacking|breached|breaking\s+into|broke\s+into|compromised|penetrated|infiltrated|hijacked|took\s+over)\s+"
    r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:infrastructure|networks?|servers?|systems?|computers?|accounts?)\s+(?:of|belonging\s+to|used\s+by)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:also\s+)?(?:known|tracked)\s+(?:in\s+(?:the\s+)?[\w-]+\s+)?as\s+|called\s+|dubbed\s+)?$",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|of|into|to|on|against)\s+$", re.I)
_OWN_ASSETS_AFTER = re.compile(r"['’]s\s+(?:own\s+)?(?:victims|infrastructure|servers|networks?|tools|systems|implants|operators)\b", re.I)
_LEAKED_BY_BEFORE = re.compile(
    r"\b(?:exploits?|tools?|toolkits?|malware|cyber-?weapons?|hacking\s+tools?|code)\b[^.;]{0,50}?\b(?:leaked|dumped|stolen)\s+(?:online\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_MAKER_BEFORE = re.compile(C.MADE_BY + r"(?:[\w'’-]+\s+){0,3}$", re.I)
# "They include the theft of ...", "Among them was the 2018 compromise of ...": examples of the campaign just named
# one group's things compared with another's: "the group's tools overlapped with those of APT27"
_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:group|gang|crew|actor)['’]s\s+(?:[\w-]+\s+){0,2}?(?:tools|toolset|code|malware|techniques|tactics|infrastructure|methods|implants)\s+"
    r"(?:[\w-]+\s+)?(?:overlap(?:s|ped)?\s+with|(?:is|are|was|were)\s+(?:[\w-]+\s+)?(?:similar|identical|comparable)\s+to|resembl(?:es|ed)|match(?:es|ed)?)\s+"
    r"(?:those|that|the\s+ones?)\s+(?:of|used\s+by)\s+(?:the\s+)?$",
    re.I,
)
_TOOLS_COMPARED_BEFORE = re.compile(
    r"\b(?:compar\w+|liken\w+|resembl\w+|similar\s+to|identical\s+to|match\w*|overlap\w*\s+with|reminiscent\s+of)\b[^.;]{0,60}?"
    r"\b(?:tools?|toolsets?|malware|code|techniques|tactics|infrastructure|methods|implants?|backdoors?|wipers?)\s+(?:(?:previously|once|also|earlier|long)\s+)?"
    r"(?:used|deployed|employed|seen|associated\s+with|linked\s+to|attributed\s+to|of)\s+(?:by\s+)?(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_EXAMPLES_OF = re.compile(
    r"\W*(?:(?:they|these|those|its\s+(?:[\w-]+\s+)?(?:operations|targets|victims|attacks|intrusions|campaigns)|the\s+(?:group['’]s\s+)?(?:operations|attacks|targets|victims|intrusions|campaigns))\s+(?:have\s+|had\s+|also\s+)?(?:include|included|includes|ranged|spanned)"
    r"|among\s+(?:them|those|these|its|the\s+(?:group['’]s\s+)?(?:targets|victims|operations))|examples\s+include|in\s+one\s+(?:case|instance)|one\s+of\s+(?:them|its|those|these))\b",
    re.I,
)
# a roundup's section named by a noun phrase: "Triton.", "Uganda.", "Chile's cash machines.", "The blackout."
# (not an answer, a greeting or a short clause: "Yes.", "Good morning.", "Moscow denied involvement.")
_LABEL_HEADING = re.compile(
    r"(?!(?:Yes|No|N|Thanks|Now|Why|How|What|Who|Here|Nobody|None|Nothing|Indeed|Perhaps|Maybe|Sure|Right|Update|Correction|Absolutely|Exactly|Certainly|Clearly|Finally|Obviously|Probably|Possibly|Likely|Unlikely|Really|Hardly|Unfortunately|Fortunately|Similarly|Meanwhile|Again|Still)\.)[A-Z][\w'’-]+\.$"
    r"|[A-Z][\w-]*['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\.$|(?:The|Our)\s+[a-z][\w-]*\.$"
    r"|['‘’]?[A-Z][\w'’-]*['‘’]?(?:\s+(?:and|in|of|the|on|for|at)){1,2}\s+['‘’]?[A-Z][\w'’-]*['‘’]?\.$"  # "Shadows in the Cloud.", "Google and 'Aurora'."
)
_NUMBERED = re.compile(r"^\d{1,2}[.)](?:\s+[A-Z][\w'’,&-]*(?:\s+[\w'’,&-]+){0,5}\.)?$")  # "2)", "2) Defence contractors."
# a dated or labelled section of a roundup: "February: Equifax.", "December 2015."
# (and a timeline's entry: "September 2013 - The Navy's network.", "February 26, 2015 - Clapper's testimony.")
_TIMELINE_ENTRY = r"(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\s*[-–—:]\s+[\w ,'’&.!()-]{1,50}"
# (and a dated place, "May 2014, Kyiv.", "March 2025, Ukraine.")
_DATED_PLACE = r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
# (not a transcript's speaker, "CORRESPONDENT: Thanks.", nor a dateline, "NEW DELHI: ...")
_SECTION_HEADING = re.compile(r"^(?:(?![A-Z][A-Z .'’-]*:)[A-Z][\w ,'’&-]{0,40}:\s+[\w ,'’&.!-]{1,50}|(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+,?\s+(?:19|20)\d\d" + _DATED_PLACE + "|" + _TIMELINE_ENTRY + r")[.!]?$")
_HEADING = re.compile(r"^(?:[A-Z][\w ,'’&-]{0,40}:\s+[\w ,'’&.!-]{1,50}|[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+(?:19|20)\d\d" + _DATED_PLACE + "|" + _TIMELINE_ENTRY + r"|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5})[.!]?$")


def _release_date_line(doc: Doc, st: str, d: DateMention) -> bool:
    """A line that is only the publication date ("September 27, 2023" under a release's header) dates the release."""
    return doc.published is not None and d.value == doc.published.isoformat() and not re.sub(r"[\W\d]+", "", st.replace(doc.text[d.start : d.end], ""))


def _is_heading(st: str) -> bool:
    """A section heading ("February: Equifax.", "December 2015.", "What next.")."""
    return len(st) <= 60 and bool(_HEADING.match(st)) and not C.OPERATION.search(st.split(":")[-1] if ":" in st else "")


# ("..., using malware they named Coathanger": a name given to the tool, not a report; "On 6 September, three weeks
# before the election, the Foreign Office said": an aside about when does not change who spoke)
_REPORTED_AFTER = re.compile(r"^[,\s]+(?:(?:[\w'’-]+\s+){0,3}(?:before|after|ahead\s+of)\s+[^,.;]{1,40},\s+)?(?:the\s+|a\s+)?(?:(?!(?:using|with|via|through)\b)[\w'’-]+,?\s+){0,4}(?:published|said|announced|reported|released|disclosed|revealed|issued|told|wrote|named|blamed|accused|attributed|exposed|unmasked|called\s+out|played\s+down|downplayed|exposing|naming|calling\s+out|sanctioning|announcing|attributing|publishing|releasing|accusing|blaming|charging)\b", re.I)
# "attacked banks in 2016 ahead of the election, officials said", "ahead of the 2016 US presidential election, officials
# said", "in the run-up to the 2020 election": the act dated by a vote it led up to, not when it was said
_VOTE_LEADUP = r"(?:ahead\s+of|before|during|in\s+the\s+(?:run|lead)[- ]?up\s+to)"
_VOTE = r"(?:elections?|vote|polls|referendum|midterms|primar(?:y|ies)|(?:presidential|parliamentary|general)\s+race)\b"
_VOTE_AFTER_DATE = re.compile(r"\s+(?:(?:just|shortly|days|weeks|months|well)\s+)?" + _VOTE_LEADUP + r"\s+(?:the|this|that|its|a)\s+(?:[\w'’.-]+\s+){0,4}?" + _VOTE, re.I)
_VOTE_BEFORE_DATE = re.compile(r"\b" + _VOTE_LEADUP + r"\s+(?:the\s+)?$", re.I)
_VOTE_OF_DATE = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?" + _VOTE, re.I)


def _dated_by_vote(st: str, s0: int, d: DateMention) -> bool:
    if "lect" not in st and "vote" not in st and "poll" not in st and "referend" not in st and "midterm" not in st and "primar" not in st and "race" not in st:
        return False
    a, b = d.start - s0, d.end - s0
    if _VOTE_AFTER_DATE.match(st, b):
        return True
    return bool(_VOTE_BEFORE_DATE.search(st, max(0, a - 40), a)) and bool(_VOTE_OF_DATE.match(st, b))


# "In March 2023 Microsoft warned that the hackers had ...", "in February 2024, ASD joined the United States and other
# partners in warning that ...": when a warning was given (not "In 2022 hackers defaced the sites and warned Ukrainians",
# nor "elections this year, have warned of": the date of a clause before the one that warns)
_WARNED_AFTER = re.compile(
    r"^[,\s]+(?!(?:have|has|had|and|but|or|which|who|that|they|it)\b)(?P<who>(?:[\w'’.-]+,?\s+){1,4}?)(?:warned|cautioned|joined\s+(?:[\w'’.-]+\s+){0,6}?in\s+(?:warning|cautioning|publishing|issuing|attributing|blaming|naming))\b",
    re.I,
)


def _warned_after(after: str) -> bool:
    w = _WARNED_AFTER.match(after)
    return bool(w and not C.OPERATION.search(w.group("who")))


# "... broke into the update servers in June 2023, researchers said.": a speech tag that closes the sentence
# (or its clause: "The intrusion was discovered in mid-September, the agency said, and the FBI ...")
# tells who said it, not when (unlike "In June 2023, researchers said the group ...")
_SAID_TAG_ENDS = re.compile(
    r"(?:\s+(?:until|till|to|through|and)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d)?,\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,4}?(?:said|says|reported|announced|wrote|added|told\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
    r"(?:\s+(?:on|in|last|this)\s+[\w'’-]+(?:\s+[\w'’-]+)?|\s+in\s+a\s+(?:statement|report|post|blog\s+post|filing))?(?:\s*[.\"”]*\s*$|,\s+(?:and|but|while)\s)",
    re.I,
)
# "a password spray attack starting in late November 2023, the company said": when it began, not when it was said
_STARTING_BEFORE = re.compile(r"\b(?:starting|beginning|began|begun|started|commencing)\s+(?:in|on|around|about)?\s*(?:early|late|mid-?)?\s*$", re.I)
# "In May 2017 it released WannaCry": malware let loose, not a report published
_RELEASED_MALWARE = re.compile(r"^[,\s]+(?:[\w'’-]+\s+){0,3}?(?:released|unleashed)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+)?(?:malware|ransomware|worm|virus|wiper|(?-i:[A-Z][\w-]*[a-z][\w-]*))\b", re.I)
_OP_NOUN_AFTER = re.compile(r"^(?:['’]s)?[\s-]*(?:\w+\s+)?(?:break-in|breach|intrusion|hack|attack|cyberattack|campaign|operation|theft|heist|compromise|incident|leak|blackout)", re.I)


# "According to the indictment, from 2016 ...", "Later that year, the indictment alleges, Xu ...": the response
# named only as the source of what the sentence tells
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+|an\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_SOURCE_AFTER = re.compile(r"\s+(?:alleges|alleged|says|said|states|stated|shows|showed|claims|claimed|describes|described|details|detailed|notes|noted)\b", re.I)


def _acting(text: str, c: Clause) -> bool:
    """Does the sentence tell a response taken (not a condemnation, nor a response only quoted as a source)?"""
    return any(
        n != "condemnation" and not (_SOURCE_BEFORE.search(text, max(0, a - 40), a) or _SOURCE_AFTER.match(text, b))
        for n, a, b in c.response_cues
    )


def _dates_operation(text: str, d: DateMention, offset: int = 0) -> bool:
    """"the 2017 break-in", "a 2018 intrusion": the date is the operation's (``text`` starts at ``offset`` of the document)."""
    return bool(_OP_NOUN_AFTER.match(text[d.end - offset : d.end - offset + 30]))


_CONTROLLED = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:infrastructure|servers?|botnets?|leak\s+sites?|websites?|domains?|forums?|marketplaces?|command-and-control|c2)\b", re.I)


def _controlled_end(st: str, s0: int, b: int) -> int:
    """The end of a takedown cue ending at ``b`` with "control", over what is taken control of ("... of LockBit's leak site")."""
    if not st[: b - s0].lower().endswith("control"):
        return b
    m = _CONTROLLED.match(st, b - s0)
    return s0 + m.end() if m else b


def _operation_positions(c: Clause, s0: int, st: str) -> list[int]:
    """Where the clause's operation words start, found once per clause."""
    cache = c.__dict__.get("_operation_positions")
    if cache is None:
        # (not the words of a takedown: "Dutch police took the Qakbot servers offline on Tuesday" dates the takedown)
        # (nor what the police take control of: "Police took control of LockBit's leak site in February")
        down = [(a, _controlled_end(st, s0, b)) for n, a, b in c.response_cues if n == "takedown"]
        cache = [p for p in (s0 + m.start() for m in C.OPERATION.finditer(st)) if not any(a <= p < b for a, b in down)]
        c.__dict__["_operation_positions"] = cache
    return cache


def _nearer_response(text: str, s0: int, st: str, c: Clause, d: DateMention) -> bool:
    """Is the date closer to a response cue than to any operation word?"""
    resp = min((min(abs(d.start - a), abs(d.end - b)) for n, a, b in c.response_cues if n != "condemnation"), default=10**6)
    cache = _operation_positions(c, s0, st)
    op = min((abs(d.start - p) for p in cache), default=10**6)
    # "... hacked the Social Democratic Party in 2023 and recalled its ambassador": a date after
    # its clause's verb belongs to that clause, however near the next one stands
    before_resp = max((a for n, a, _b in c.response_cues if n != "condemnation" and a < d.start), default=-1)
    before_op = max((p for p in cache if p < d.start), default=-1)
    if before_resp >= 0 or before_op >= 0:
        return before_resp > before_op
    return resp <= op


_WEEKDAY_LIKE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)")


def _weekday_like(text: str, d: DateMention) -> bool:
    return bool(_WEEKDAY_LIKE.search(text[d.start : d.end]))


_DATELINE_DATE = re.compile(r"(?:^|\n)\s*(?:[A-Z][A-Z .'’/-]{2,40},\s*)?$")  # "STOCKHOLM, March 3 (Wire) -", "May 24 (Reuters) -"
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s")


def _take_confidence(a: dict, c: Clause, text: str) -> bool:
    """Give attribution ``a`` the clause's confidence if it has none yet, or if the
    clause states one ("with moderate confidence", "assessed with high confidence")
    where ``a`` only had one read off a hedge ("a suspected ... group")."""
    if not c.confidence or c.confidence_cue is None:
        return False
    cue = text[c.confidence_cue[0] : c.confidence_cue[1]].lower()
    stated = "confiden" in cue or "assess" in cue or "certain" in cue
    if a["confidence"] and not (stated and not a.get("stated")):
        return False
    a["confidence"] = c.confidence
    a["stated"] = a.get("stated") or stated
    return True


_WHEN_RESPONSE_AFTER = re.compile(
    r"^,?\s+when\s+(?:[\w'’.-]+\s+){0,8}?(?:indicted|charged|sanctioned|summoned|expelled|arrested|accused|blamed|attributed|named|announced|disclosed|revealed|published|issued|unsealed)\b",
    re.I,
)
_ORDER_DATE = re.compile(r"\b(?:court\s+order|warrant|search\s+warrant|authori[sz]ation|indictment|complaint)\s+(?:(?:was\s+)?(?:obtained|issued|granted|unsealed|filed|signed|approved)\s+)?$", re.I)
_WAR_DATE = re.compile(r"\b(?:invasion|invaded|annexation|annexed|war|occupation)\b(?:\s+(?:of|on|in|against)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+$", re.I)


# "resembled the 2017 compromise of", "matched those used in the March 2013 attacks", "had been used in earlier
# attacks, including the 2013 attack on", "similar to one seen last year": an earlier operation the text compares with
_COMPARED_OPERATION_BEFORE = re.compile(
    r"\b(?:resembl\w*|similar\s+to|reminiscent\s+of|(?:match\w*|mirror\w*|echo\w*)\s+(?:those|that|the\s+ones?|one)"
    r"|" + C.SET_BESIDE +
    r"|(?:used|seen|employed|deployed|observed)\s+(?:[\w-]+\s+){0,2}in\s+(?:earlier|previous|past|prior|other)"
    r"|(?:earlier|previous|past|prior)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks|operations|campaigns|hacks|intrusions|incidents|breaches),?\s+(?:including|such\s+as|like))"
    r"\b[^.;,]{0,45}$",
    re.I,
)


def compared_at(text: str, lo: int, at: int) -> bool:
    """Does the word at ``at`` belong to an earlier operation the sentence (from ``lo``) compares with?"""
    return bool(_COMPARED_OPERATION_BEFORE.search(text, max(lo, at - 120), at))


def compared_with(doc: Doc, d: DateMention) -> bool:
    """Does the date belong to an earlier operation the sentence compares with ("resembled the 2017 compromise")?"""
    return compared_at(doc.text, doc.sentences[d.sentence].start, d.start)


def dates_a_law(doc: Doc, d: DateMention) -> bool:
    """Does the date say when a law or a sanctions regime was made ("the framework ... was adopted on 17 May 2019"),
    when a product was retired ("a trading platform that had been retired in 2020"), or when the operation
    came to light ("The case first became public in October 2023")?"""
    a = max(doc.sentences[d.sentence].start, d.start - 40)
    return bool(
        _ADOPTED_BEFORE.search(doc.text, a, d.start) or _RETIRED_BEFORE.search(doc.text, a, d.start)
        or _CAME_TO_LIGHT_BEFORE.search(doc.text, max(doc.sentences[d.sentence].start, d.start - 60), d.start)
    )


# "The case first became public in October 2023", "The breach came to light in May": when it was
# disclosed (not "Ke3chang first came to light in 2013", which dates a group by its first known operation)
_CAME_TO_LIGHT_BEFORE = re.compile(
    r"\b(?:case|breach|hack|attack|cyberattack|intrusion|compromise|operation|scandal|affair|incident|theft|leak)\s+(?:was\s+|were\s+)?(?:first\s+|only\s+)?"
    r"(?:became\s+(?:public|known)|came\s+to\s+light|(?:made|went)\s+public|disclosed|revealed|reported)\s+(?:(?:in|on)\s+)?$",
    re.I,
)


_RETIRED_BEFORE = re.compile(r"\b(?:retired|discontinued|decommissioned|abandoned|deprecated|phased\s+out|reached\s+(?:its\s+)?end[\s-]of[\s-]life)\s+(?:(?:on|in)\s+)?$", re.I)


_ADOPTED_BEFORE = re.compile(
    r"\b(?:adopted|renewed|enacted|(?:entered|came)\s+into\s+(?:force|effect)|signed\s+into\s+law)\s+(?:(?:on|in|until|till|through)\s+)?$", re.I
)


_REPORTED_BEFORE = re.compile(
    r"\b(?:report(?:ed)?|published|annual report|announced|said|statement|released|warned|cautioned)\s+(?:\w+\s+)?(?:on|in)?\s*$"
    r"|\b(?:first\s+|publicly\s+)?(?:described|documented|detailed|disclosed|named|profiled|exposed)\s+(?:publicly\s+)?(?:in\s+)?$",
    re.I,
)  # "UNC3886 was first described in 2022 by Mandiant", "the agency warned earlier this year that": when a vendor wrote it up


# "The Kremlin on Tuesday dismissed ...", "told the committee on Wednesday", "at a regular briefing on
# Thursday": a weekday that dates what was said, not the operation
_SPOKE_BEFORE_DAY = re.compile(
    r"\b(?:said|says|told|tells|confirmed|expressed|rejected|dismissed|denied|revealed|warned|testified|speaking|spoke|briefing|pushed\s+back)\b(?P<gap>(?:\s+[\w'’.-]+){0,7}?)(?:\s+(?:on|last))?\s*$",
    re.I,
)
_SPOKE_AFTER_DAY = re.compile(
    r"(?:\s+(?:night|morning|evening|afternoon))?(?P<gap>(?:[\s,]+[\w'’.-]+){0,8}?)\s+(?:said|told|confirmed|expressed|rejected|dismissed|denied|revealed|warned|testified|described|pushed\s+back)\b",
    re.I,
)


_WEEK = re.compile(r"\bweek\b", re.I)


def _spoken_on(st: str, s0: int, d: DateMention) -> bool:
    """Is a weekday (or a week) when something was said rather than done?"""
    if not (_WEEKDAY_LIKE.search(st, d.start - s0, d.end - s0) or _WEEK.search(st, d.start - s0, d.end - s0)):
        return False
    b = _SPOKE_BEFORE_DAY.search(st[max(0, d.start - s0 - 80) : d.start - s0])
    if b and not C.OPERATION.search(b.group("gap")):
        return True
    a = _SPOKE_AFTER_DAY.match(st, d.end - s0, min(len(st), d.end - s0 + 100))
    return bool(a and not C.OPERATION.search(a.group("gap")))


# "publicly attributed to North Korea in December 2017", "attributed the attacks to Unit 29155 in September 2024", "disclosed to Congress in December",
# "press reports of 19 December 2018", "made public at the end of January", "the group it had blamed
# last June": when a claim or a report was made; "DarkSide, which appeared last year": when the group did
_STATED_BEFORE = re.compile(
    r"\b(?:reports?\s+of|made\s+public(?:\s+at\s+the\s+(?:end|beginning|start)\s+of)?|disclosed\s+to\s+(?:the\s+)?[\w'’-]+"
    r"|attributed\s+(?:(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?)?to\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]+|\d+)\s*){1,3}|(?:had\s+|has\s+)?blamed|played\s+down|(?:which|that|who)\s+(?:first\s+)?(?:appeared|emerged|surfaced))\s*$"
)


# "In June 2022 the same group said it had hit three steel producers": an actor claims its act as it strikes
_ACTOR_SAYS_AFTER = re.compile(
    r"[,\s]+(?:(?:the\s+)?(?:same\s+)?(?:group|gang|hackers|hacktivists|collective|crew)|it|they)\s+(?:said|claimed|announced)\b", re.I
)
_SAYS = re.compile(r"\s+(?:said|claimed|announced)\b")


def _claimed_by_actor(st: str, s0: int, d: DateMention, actors: list[Mention]) -> bool:
    """Is the date followed by the actor saying what it did ("In the summer of 2021 the Cyber Partisans said ...")?"""
    if _ACTOR_SAYS_AFTER.match(st, d.end - s0):
        return True
    return any(0 <= m.start - d.end <= 12 and _SAYS.match(st, m.end - s0) for m in actors)


# "the army's hacking units were reorganised in 2015", "the agency, restructured in 2018", "a merger in 2009": an organisation remade
_REMADE_BEFORE = re.compile(
    r"\b(?:(?:were|was|been|being)\s+(?:\w+\s+)?(?:reorgani[sz]ed|restructured|merged|disbanded|dissolved|renamed|rebranded)"
    r"|(?:units?|agenc(?:y|ies)|services?|bureaus?|directorates?|commands?|ministr(?:y|ies)),?\s+(?:\w+\s+)?(?:reorgani[sz]ed|restructured|merged|renamed|rebranded)"
    r"|reorgani[sz]ation|restructuring|merger)\s+$",
    re.I,
)
# "APT28, a group run by the GRU and formed in 2004", "Sandworm, a unit set up in 2009", "which was established in 2004":
# when the group came to be, not when its operation began
_FOUNDED_BEFORE = re.compile(
    r"(?:\b(?:groups?|units?|teams?|agenc(?:y|ies)|services?|bureaus?|directorates?|commands?)\b[^.;:]{0,40}?|\b(?:which|that|who)\s+(?:was|were)\s+)"
    r"(?:formed|founded|established|set\s+up|created)\s+(?:(?:in|around|about)\s+)?$",
    re.I,
)


# "the 2023-24 financial year", "fiscal 2022", "FY2021": the period an annual report covers, not when an operation began
_FISCAL_YEAR_AFTER = re.compile(r"(?:[-–/](?:19|20)?\d\d)?\s+(?:financial|fiscal|reporting|budget(?:ary)?)\s+years?\b", re.I)
_FISCAL_YEAR_BEFORE = re.compile(r"\b(?:(?:financial|fiscal|reporting|budget(?:ary)?)(?:\s+years?)?|FY)\s*$", re.I)


# "a July 2021 report", "the 2020 indictment", "a 2019 United Nations report": a document dated, not the operation
_REPORT_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?-i:[A-Z])[\w'’.&-]*\s+){0,3}(?:(?:joint|annual|public|threat|technical|research|security|court|federal|internal|classified|intelligence|special)\s+)?"
    r"(?:reports?|advisory|advisories|study|analysis|assessment|white\s*paper|blog\s*post|bulletin|indictment|complaint|court\s+filing|filing|ruling|judgment|testimony|hearing|briefing|memo)\b",
    re.I,
)


# "have been on alert since the Shamoon wiper attacks of 2012", "which has watched the same pattern repeat since the 2009
# attacks", "wary ever since": the earlier operation an onlooker has been wary of since, not this one's start
_WARY_SINCE = re.compile(
    r"\b(?:on\s+(?:high\s+)?(?:alert|guard|edge)|wary|watch(?:ed|ing)|worried|concerned|nervous|vigilant|brac(?:ed|ing)|jittery|fearful|suspicious)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:ever\s+)?since\s+[^.;]{0,80}$",
    re.I,
)


# "who has lived in Britain since 2003", "who fled Bahrain in 2011", "since leaving Vietnam in 2013", "born in Riyadh in
# 1985", "in exile since 2017": a date in a person's life (a place named after the verb, or no place after "born"/"exile")
_LIFE_EVENT_BEFORE = re.compile(
    r"\b(?:(?:lived|living|lives|resided|residing|settled|moved|relocated|emigrated|fled|fleeing|left|leaving|arrived|returned|exiled)\s+(?:in\s+|to\s+)?(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’.-]+\s+){1,3}|born\s+(?:in\s+(?:(?-i:[A-Z])[\w'’.-]+,?\s+){1,3})?|(?:in|into)\s+exile\s+|exiled\s+)$",
    re.I,
)


def _operation_dates(st: str, s0: int, dates: list[DateMention], actors: list[Mention] = ()) -> list[DateMention]:
    out = []
    for d in dates:
        before = st[max(0, d.start - s0 - 30) : d.start - s0]
        after = st[d.end - s0 : d.end - s0 + 100]
        if _spoken_on(st, s0, d) or _STATED_BEFORE.search(st, max(0, d.start - s0 - 50), d.start - s0):
            continue
        if any(0 < d.start - w.end <= 3 and st[w.end - s0 : d.start - s0].strip() == "(" and _spoken_on(st, s0, w) for w in dates):
            continue  # "said on Friday evening (July 18)": the day the weekday names, when it was said
        if _WEEK.search(st, d.start - s0, d.end - s0) and not (_dates_operation(st, d, s0) or C.OPERATION.search(st, max(0, d.start - s0 - 60), d.start - s0)):
            continue  # "Symantec said this week", "This week we look back at": a week dates the news, unless it dates "last week's attack"
        if _REPORTED_BEFORE.search(before) and d.role not in ("since", "from", "between") and not _dates_operation(st, d, s0):
            continue  # (but "prosecutors said that from October 2020 ...": a span of the operation; "said the 2020 Storting hack": the hack's year)
        if (_REPORTED_AFTER.match(after) or _warned_after(after)) and not _OP_NOUN_AFTER.match(after) and not _RELEASED_MALWARE.match(after) and not (
            d.role in ("since", "from", "between") or _STARTING_BEFORE.search(before) or _claimed_by_actor(st, s0, d, actors)
            or (d.role != "until" and _SAID_TAG_ENDS.match(st, d.end - s0)) or _dated_by_vote(st, s0, d)
        ):
            continue  # "Last year the company published a report ...": when it was said
        if d.value and len(d.value) == 10 and _DATELINE_DATE.search(before) and _DATELINE_AFTER.match(after):
            continue  # "STOCKHOLM, March 3 (Wire) -": when the story was filed (a timeline's "May 2022 — ..." dates its entry)
        if _WHEN_RESPONSE_AFTER.match(after):
            continue  # "strained since May, when a federal grand jury indicted five officers": the date of the response
        if _ORDER_DATE.search(before):
            continue  # "under a court order obtained in December": when the response was authorised
        if _WAR_DATE.search(before):
            continue  # "since Russia's full-scale invasion of Ukraine in 2022": when the war began
        if _REMADE_BEFORE.search(before) or _FOUNDED_BEFORE.search(st, max(0, d.start - s0 - 70), d.start - s0):
            continue  # "Since the army's hacking units were reorganised in 2015", "a group formed in 2004": when an organisation was (re)made
        if _FISCAL_YEAR_AFTER.match(after) or _FISCAL_YEAR_BEFORE.search(before):
            continue  # "during the 2023-24 financial year", "in fiscal year 2022": the period a report covers
        if _REPORT_NOUN_AFTER.match(after):
            continue  # "A July 2021 report written for private clients", "its 2019 advisory": when it was written up
        if _WARY_SINCE.search(st[max(0, d.start - s0 - 150) : d.end - s0]):
            continue  # "energy firms have been on alert since the Shamoon attacks in 2012": an earlier operation others remember
        if _LIFE_EVENT_BEFORE.search(st, max(0, d.start - s0 - 60), d.start - s0):
            continue  # "a dissident who has lived in Britain since 2003": when a person settled, not when the operation began
        if len(actors) > 1 and in_related_deed(st, s0, d.start, actors):
            continue  # "MirrorFace is part of APT10, a group that hacked cloud providers in 2018": the related group's deed
        if _SET_BESIDE_BEFORE.search(st, max(0, d.start - s0 - 120), d.start - s0):
            continue  # "The hack follows the 2015 breach of the German parliament": another operation's date
        out.append(d)
    return out


def _main_roles(doc: Doc, clauses: list[Clause]) -> set[tuple[int, int]]:
    """(sentence, id) of each actor mention in its main role (see _main_role): asked twice of a mention, read once."""
    text = doc.text
    return {
        (c.index, id(m)) for c in clauses if c.actors
        for m in c.actors if _main_role(text, doc.sentences[c.index].start, m, c.actors) or _policed_owner(text, c, m)
    }


# "The NCA took control of LockBit's infrastructure": the takedown's cue ends before "of", and what follows is the operators'
_CONTROL_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


def _policed_owner(text: str, c: Clause, m: Mention) -> bool:
    """The owner of what law enforcement takes control of, named right after a takedown cue: the operators, not a target."""
    return any(n == "takedown" and b < m.start and _CONTROL_OF_GAP.fullmatch(text, b, m.start) for n, _a, b in c.response_cues)


def _qualified_actors(doc: Doc, clauses: list[Clause], main_roles: set[tuple[int, int]]) -> set[str]:
    """Actors with a fact attached in some sentence; passing mentions and decoys are not."""
    text = doc.text
    decoy_doc = bool(_DECOY.search(text))
    # "A persona calling itself HomeLand Justice claimed the attack": with no other word of a decoy, a persona is
    # a decoy only for a group the text names behind it; else it is the only name the text gives the actor
    persona_only = decoy_doc and all(x.group(0).lower() == "persona" for x in _DECOY.finditer(text))
    keys: set[str] = set()
    personae: set[str] = set()
    # "claimed by a persona called Blue Lotus, which Mandiant said was a smokescreen used by APT41", "it was a cover for
    # APT28": the group named behind the decoy is the actor, the names before it are its masks
    masks: set[str] = set()
    for c in clauses if decoy_doc or "cover" in text else ():
        s = doc.sentences[c.index]
        behind = [m for m in c.actors if _BEHIND_DECOY.search(text, max(s.start, m.start - 70), m.start)]
        if behind:
            keys.update(actor_key(m) for m in behind)
            masks.update(actor_key(m) for m in c.actors if m.end <= behind[0].start and actor_key(m) not in keys)
    for c in clauses:
        s = doc.sentences[c.index]
        for m in c.actors:
            if actor_key(m) in masks:
                continue
            claimed = decoy_doc and _CLAIM_CONTEXT.search(text[max(s.start, m.start - 60) : m.end + 40]) and not c.attribution_cues
            if decoy_doc and not persona_only and (claimed or _decoy_persona(doc, m)):
                continue
            if (c.index, id(m)) not in main_roles:
                continue
            if (
                not (c.operation or c.attribution_cues or c.response_cues or c.denial_cues or c.accused or c.agencies or c.index == 0)
                and _OBJECT_BEFORE.search(text, max(s.start, m.start - 30), m.start) and not _CLAIM_CONTEXT.search(text, s.start, s.end)
            ):
                continue  # "None of this will surprise those who followed GhostNet": a name in passing, no doer of the sentence
            (personae if persona_only and claimed else keys).add(actor_key(m))
    return keys or personae


_BEHIND_DECOY = re.compile(
    r"\b(?:cover|smoke-?screen|front|decoy|false[- ]flag|mask|disguise|fa[cç]ade)\s+(?:[\w-]+\s+){0,2}?(?:for|used\s+by|of|set\s+up\s+by|operated\s+by|run\s+by|created\s+by|planted\s+by|controlled\s+by)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


# a verb's object, not its subject ("those who followed GhostNet", "readers who remember APT1"); not an agent ("by", "as", "calling itself")
_OBJECT_BEFORE = re.compile(r"\b(?!(?:by|as|itself|themselves|called|named|dubbed|nicknamed|and|or|the|group|gang|are|is|was|were|include|includes|included|including|like|such)\b)[a-z]{3,}\s+(?:the\s+)?$")


def _decoy_persona(doc: Doc, m: Mention) -> bool:
    """A name the text calls a decoy, banner or persona is not the actor."""
    if not re.search(r"\b(?:signed\s+by|in\s+the\s+name\s+of|professing|messages)\b", doc.text[max(0, m.start - 80) : m.end + 60], re.I):
        return False
    names = doc.facts.get("decoy_names")
    if names is None:  # once per document: names in sentences that call something a decoy, banner or persona
        names, banner = set(), False
        for sent in doc.sentences:
            st = doc.sentence_text(sent.index)
            if _DECOY.search(st):
                names.update(x.value[0] for x in doc.mentions_in(sent.index, "actor"))
                banner = banner or bool(re.search(r"\b(?:jihadist|islamist|the)\s+banner\b|\bpersona\b", st, re.I))
        doc.facts["decoy_names"], doc.facts["decoy_banner"] = names, banner
    return doc.facts["decoy_banner"] or m.value[0] in names


def _main_role(text: str, s0: int, m: Mention, actors: list[Mention]) -> bool:
    """False when the actor is only the second term of a relation to another actor."""
    before = text[max(s0, m.start - 60) : m.start]
    key = actor_key(m)

    def others() -> bool:  # another actor named before it (looked for last: a sentence may name thousands)
        return any(a.start < m.start and actor_key(a) != key for a in actors)

    if _RELATION_BEFORE.search(before) and others():
        return False
    if _EXAMPLE_BEFORE.search(before):
        return False
    if _LEAKED_BY_BEFORE.search(text, max(s0, m.start - 80), m.start):
        return False  # "EternalBlue, the exploit stolen from the NSA and leaked by the Shadow Brokers": where the tool came from
    if _MAKER_BEFORE.search(before):
        return False  # "Pegasus, made by the Israeli firm NSO Group": who sells the tool, not who used it
    if _TARGET_OF_BEFORE.search(text, max(s0, m.start - 100), m.start) or (
        _PREPOSITION_BEFORE.search(before) and _OWN_ASSETS_AFTER.match(text, m.end)
    ):
        # "It gained access to the command-and-control infrastructure of an Iranian group known as OilRig",
        # "... to harvest data from OilRig's victims": hacked, not hacking
        return False
    if _COMPARED_WITH_BEFORE.search(text, max(s0, m.start - 120), m.start):
        return False  # "some of the group's tools overlapped with those of APT27": the group compared with, not the actor
    if _TOOLS_COMPARED_BEFORE.search(text, max(s0, m.start - 120), m.start):
        return False  # "Experts compared the malware to tools used by Sandworm": whose tools it resembles, not who used it here
    if _CONTRAST_BEFORE.search(before) and any(actor_key(a) != actor_key(m) for a in actors):
        return False  # "Unlike the spies of APT10 or APT41, ..., Volt Typhoon ...": a comparison, not the actor
    if _CONTRAST_OPENS.match(text, s0, m.start) and _CONTRAST_CLOSES.match(text, m.end):
        return False  # "Like APT29 before it, the group abused cloud services": the group compared with, told before its subject
    if _ALSO_USED_BY_BEFORE.search(text, max(s0, m.start - 120), m.start):
        return False  # "used a tactic also used by Lazarus", "a technique first seen in attacks by Lazarus": another group's habit
    if _USED_BY_BEFORE.search(before) and any(actor_key(a) != key for a in actors):
        return False  # "overlaps between Turian and the Quarian backdoor used by APT15, ... BackdoorDiplomacy is possibly linked to that group": whose tool it was
    if _SUBGROUP.search(before) and others():
        return False
    return True


_USED_BY_BEFORE = re.compile(
    r"\b(?:backdoor|malware|tool|toolset|implant|code|wiper|trojan|loader|family|families|exploit)s?\s+(?:(?:that\s+|which\s+)?(?:was|were|is|are|had\s+been|has\s+been)\s+)?"
    r"(?:(?:previously|earlier|also|long|widely)\s+)?(?:used|deployed|employed|wielded|favou?red)\s+by\s+(?:the\s+)?(?:[\w-]+,?\s+(?:also\s+)?(?:known|tracked)\s+as\s+)?$",
    re.I,
)
# "the groups as Blacktech and Taidoor", "APT40, APT41 and Volt Typhoon": actors named side by side
_EXAMPLE_LIST_BEFORE = re.compile(r"\b(?:including|such\s+as|like|among\s+them|notably)\s+(?:the\s+)?$", re.I)
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?", re.I)


def _coordinated(text: str, named: list[Mention], actors: list[Mention]) -> list[Mention]:
    """Other actors listed with the first (not its aliases): each one's own incident with the same facts."""
    out: list[Mention] = []
    if len(named) > 1 or _EXAMPLE_LIST_BEFORE.search(text, max(0, named[0].start - 40), named[0].start):
        return out  # "also known as Palmerworm, Circuit Panda and Radio Panda": more aliases; "including X and Y": examples
    prev = named[-1]
    ids = {e.id for m in named for e in m.value[1]}
    for m in actors:
        if m.start <= prev.start or m in named:
            continue
        if not _COORDINATION.fullmatch(text, prev.end, m.start) or ids & {e.id for e in m.value[1]}:
            break
        if re.search(r"\b(?:known|tracked|referred\s+to)\s+as\s+(?:the\s+)?" + re.escape(m.surface) + r"\b", text):
            break  # "REvil, a ransomware gang also known as Sodinokibi" ... "to REvil and Sodinokibi": one gang
        out.append(m)
        prev = m
    return out


def _as_co_actor(d: Draft, key: str, ms: list[Mention], new_id: int) -> Draft:
    """A copy of incident ``d`` for the actor listed beside its own."""
    name = d.actor_mentions[d.keys[0]][0].value[0] if d.keys else None
    attributions = {}
    for by, a in d.attributions.items():
        a = {**a, "spans": list(a["spans"]), "cues": list(a["cues"])}
        if a["actor"] is not None and a["actor"] == name:
            a["actor"] = ms[0].value[0]
        attributions[by] = a
    return Draft(
        id=new_id, keys=[key], actor_mentions={key: list(ms)}, sponsors={k: list(v) for k, v in d.sponsors.items()},
        victims=list(d.victims), sentences=list(d.sentences), dates=list(d.dates), attributions=attributions,
        responses={k: {**r, "spans": list(r["spans"])} for k, r in d.responses.items()},
        denials={k: list(v) for k, v in d.denials.items()}, years=set(d.years), trace=[{"sentence": -1, "why": "listed beside " + str(name)}],
    )


def _with_aliases(text: str, main: list[Mention], all_actors: list[Mention], qualified: set[str]) -> list[Mention]:
    """The first actor and the names given as its aliases ("APT28, also known as Fancy Bear")."""
    first = main[0]
    out = [first]
    prev = first
    for m in all_actors:
        if m.start <= first.start:
            continue
        gap = text[prev.end : m.start]
        same_entity = set(e.id for e in first.value[1]) & set(e.id for e in m.value[1])
        if _ALIAS_LINK.search(gap) or same_entity or (len(gap) < 4 and gap.strip() in ("(", "/", ",") and m.form != "listed"):
            out.append(m)
            prev = m
        elif _SUBGROUP.search(text[max(0, m.start - 40) : m.start]):
            out.append(m)
            prev = m
    return out


_DATED_ACTIVITY = re.compile(
    r"\b(?:active|operating|operational|operated)\s+(?:since|from|between|in)\b|\b(?:went|goes|gone|going)\s+after\b|\b(?:sent|received)\s+(?:[\w'’-]+\s+){0,4}?(?:e-?mails?|messages?|lures?|links?)\b"
    r"|\b(?:unreachable|inaccessible|unavailable)\b|\btrojani[sz]\w+|\bdrained\b|\bin\s+use\s+since\b|\b(?:been\s+using|had\s+used|has\s+used)\b|\bsurveillance\b|\bharvest\w*"
    r"|\b(?:used|using)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:infrastructure|routers|servers|flaw|vulnerability|exploits?|malware|implants?|accounts)\b"
    r"|\bpublish\w*\s+(?:[\w'’-]+\s+){0,2}?(?:e-?mails|documents|files)\b|\bearned\b",
    re.I,
)


# "the group, which private researchers track as APT40", "known in the cybersecurity industry as the Lazarus Group and APT38":
# a name that others gave the group the speaker blames
_NAMED_BY_OTHERS = re.compile(
    r"(?:\bknown\s+(?:in|among|to|by|within)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?as"
    r"|\b(?:that|which|whom)\s+(?:other\s+|private\s+|western\s+|some\s+|many\s+|private-sector\s+)*(?:security\s+|cyber-?security\s+)?"
    r"(?:researchers|firms|companies|experts|analysts|vendors|specialists|industry)\s+(?:have\s+|had\s+)?(?:\w+\s+)?"
    r"(?:track|tracks|tracked|call|calls|called|name|named|dub|dubbed|label|labelled|know)(?:\s+(?:it|them))?(?:\s+as)?)"
    r"\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:(?:or|and)\s+(?:the\s+)?)?$",
    re.I,
)


# "Lazarus Group was behind the WannaCry attack, which the United States ... attributed to North Korea"
_OPERATION_RELATIVE = re.compile(
    r"\b(?:attacks?|cyber-?attacks?|hacks?|hacking|breach(?:es)?|intrusions?|campaigns?|operations?|thefts?|heists?|outbreak|incidents?)\b[^,;.]{0,60},\s+(?:which|that)\s+",
    re.I,
)


def _blames_the_operation_only(text: str, c: Clause, by: str, actor: Mention) -> bool:
    """Does ``by`` speak in a relative clause on an operation named after ``actor``, blaming the operation, not the group?"""
    return any(
        party_code(m) == by and m.start > actor.end and _OPERATION_RELATIVE.search(text, actor.end, m.start) for m in c.speaker_mentions
    )


_ENVOY_RESPONSES = frozenset({"summon_ambassador", "expel_diplomats", "recall_ambassador"})
# a state's envoy or diplomats: "US ambassador", "the Iranian mission", "ten American diplomats"
_ENVOY_OF = re.compile(
    r"(?:['’]s)?\s+(?:(?:top|acting|senior|resident)\s+)?(?:ambassador|envoy|charg[eé]s?\s+d['’]affaires|(?-i:chargé)|diplomats?|mission|embassy|head\s+of\s+mission)\b",
    re.I,
)
# a source off the record: "a senior official, speaking on condition of anonymity", "officials who asked not to be named"
_OFF_RECORD = re.compile(
    r"\b(?:anonymity|anonymously|anonymous\s+(?:\w+\s+)?(?:officials?|sources?|diplomats?)|unnamed\s+(?:\w+\s+)?(?:officials?|sources?|diplomats?)"
    r"|not\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|comment|discuss|talk)|(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|declined\s+to\s+be\s+(?:named|identified)|on\s+background|speaking\s+privately|(?:said|told\s+\w+)\s+privately|sources?\s+(?:close\s+to|familiar\s+with|briefed\s+on))\b",
    re.I,
)
# a criminal complaint filed by a victim ("filed a criminal complaint with the police", "... against unknown persons"),
# not one charging named people ("filed a criminal complaint against a North Korean programmer")
_COMPLAINT_FILED = re.compile(r"\b(?:filed|lodged|submitted|made|file|lodge|filing|lodging)\s+(?:a\s+|an?\s+)?(?:new\s+|formal\s+)?$", re.I)
_COMPLAINT_AGAINST = re.compile(r"s?\s+(?:[\w'’-]+\s+){0,3}?against\s+(?!(?:persons?\s+)?(?:unknown|unidentified|unnamed)\b)", re.I)
# charges faced where someone is sent: "extradited ... to the United States to face charges", "to face charges in Germany"
_TO_FACE = re.compile(r"\bto\s+face\s+(?:criminal\s+|federal\s+)?$", re.I)
_TO_STATE_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
_IN_STATE_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
# the accused state's own forces or hackers as the subject of "shut down", "took down": the attack told, not a response
# ("Iran's army shut down the servers of the Albanian government", "Russian hackers took down the ministry's websites")
_HOSTILE_DOER_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?:state|state-\w+|military|army|armed|forces|hackers?|cyber|cyber-?\w+|intelligence|spies|regime|government|troops|operatives|agents|attackers|units?|services?)\s+){0,3}"
    r"(?:(?:had|has|have|then|also|reportedly|allegedly|apparently|briefly|temporarily)\s+)*",
    re.I,
)
# a victim cleaning its own systems: "removed the malware from its servers", "deleted the compromised accounts", "shut down the
# servers that Chinese state hackers had breached" (not the FBI deleting malware "from thousands of computers infected by ...")
_OWN_CLEANUP = re.compile(
    r"[^.;]{0,80}?(?:\bfrom\s+(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:servers?|systems?|networks?|computers|devices|mailboxes|accounts|websites?)\b"
    r"|\b(?:compromised|breached|hacked)\s+(?:[\w-]+\s+)?(?:accounts|servers?|systems?|networks?|mailboxes|websites?)\b"
    r"|\b(?:servers?|systems?|networks?|computers|accounts|websites?)\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,5}?(?:had\s+|have\s+)?(?:breached|hacked|compromised|penetrated|accessed|hijacked)\b)",
    re.I,
)
_BY_BEFORE = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
# a platform enforcing its own terms: "... for violating its rules on platform manipulation", "... under its policy against spam"
_OWN_TERMS = re.compile(
    r"[^.;]{0,50}?\b(?:for\s+(?:violating|breaching|breaking|contravening|infringing)|in\s+(?:violation|breach)\s+of|under)\s+(?:its|their|the\s+(?:platform|company|site|service)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:rules|polic(?:y|ies)|terms|guidelines|standards)\b",
    re.I,
)
# the authors of a report that is no advisory: lawmakers and inquiries
_INQUIRY_AUTHOR = re.compile(r"\b(?:committees?|senate|parliament\w*|congress\w*|inquiry|lawmakers|legislators|MPs|senators)\b[^.;]{0,60}$", re.I)
# the accused answering a response in kind ("Moscow retaliated by imposing sanctions on eight US officials")
_RETALIATION = re.compile(r"\b(?:retaliat\w+|in\s+response|in\s+kind|tit-for-tat|countermeasures?|counter-sanctions|hit\s+back|responded\s+(?:by|with))\b", re.I)
_RETALIATOR_GAP = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|office|government|committee|department|prosecutors?|police|court))?\s+(?:(?:has|had|have|also|then|later|quickly|swiftly|promptly|in\s+turn)\s+)*"
    r"(?:(?:retaliated|hit\s+back|responded)\s+(?:by|with)\s+)?(?:(?:imposing|imposed|announcing|announced|slapping|slapped|placing|placed|putting|put|issuing|issued|bringing|brought|filing|filed|ordering|ordered)\s+)?(?:(?:its|their|own|new|fresh|retaliatory|counter-?)\s+)*",
    re.I,
)
_OBJECT_GAP = re.compile(r"\s+(?:(?:on|against|targeting)\s+)?(?:[\w-]+\s+){0,2}?", re.I)
# the words between a response verb and the state of the envoys it names: "expelled ten ", "summoned the "
_ENVOY_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
# the accused state as the subject of its own envoy response: "Russia's foreign ministry summoned", "Beijing responded by summoning",
# "In retaliation, Moscow expelled", "the Kremlin ordered"
_ENVOY_SUBJECT = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|office|government|department|minister|president|leadership))?\s+"
    r"(?:(?:was|were|is|are|has|have|had|would|will|also|then|later|now|formally|officially|swiftly|immediately|promptly|quickly|been|in\s+turn|(?:responded|retaliated|reacted|hit\s+back)\s+by)\s+)*",
    re.I,
)
_STANDING_TIE_CUES = frozenset({"tie", "linked", "carried_out"})
_BACKGROUND_SAID = re.compile(
    r"\b(?:have|has)\s+(?:long\s+|previously\s+|already\s+|repeatedly\s+|since\s+)?(?:said|stated|linked|tied|identified|assessed)\b|\bpreviously\b|\b(?:agencies|officials|governments?|authorities)\s+say\s+(?:that\s+)?(?:the\s+group|[A-Z])"
)


def _is_company(party: str) -> bool:
    return not is_state(party) and party not in ORGANISATIONS and party != JOINT


def _accused_apart(c: Clause, state: str, hostile: set[str]) -> bool:
    """Is hostile ``state``, one of the speakers, also named as the accused apart from where it speaks?"""
    return state in hostile and any(p not in hostile for p in c.speakers) and any(
        m.kind == "state" and m.value == state and m not in c.speaker_mentions for m in c.accused_mentions
    )


# "OilRig, an Iranian group", "APT10, the Chinese hackers": a state set beside a group's name
_APPOSED_STATE = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?")


def _of_another_group(text: str, c: Clause, inc: Draft, m: Mention) -> bool:
    """Does state mention ``m`` stand in apposition to a group other than ``inc``'s actors?"""
    return bool(inc.keys) and any(
        x.end <= m.start and actor_key(x) not in inc.keys and _APPOSED_STATE.fullmatch(text, x.end, m.start) for x in c.actors
    )


# words of hacking, its doers or its tools: a response in a sentence with none of them answers something else
_CYBER_WORD = re.compile(
    r"\b(?:cyber\w*|hack\w*|attack\w*|intrusions?|breach\w*|campaigns?|espionage|spy\w*|spies|ransomware|malware|botnets?|wipers?|heists?|thefts?|leaks?"
    r"|officers|operatives|agents|units?|servers|infrastructure|domains)\b",
    re.I,
)
# "..., though officials did not say it ran the Sony hack": the agency not said to have done it
_AGENCY_LEFT_OPEN = re.compile(
    r"[^.;]{0,40}?\b(?:though|but|although|while)\s+(?:[\w'’-]+\s+){0,3}?(?:did\s+not|didn['’]t|do\s+not|does\s+not|would\s+not|declined\s+to|stopped\s+short\s+of)\s+"
    r"(?:say|link|tie|blame|accuse|name|claim|confirm)",
    re.I,
)
_NOT_NECESSARILY = re.compile(r"\bnot\s+necessarily\b", re.I)


def _add_facts(doc: Doc, inc: Draft, c: Clause, op_dates: list[DateMention], hostile: set[str], last_agency: Mention | None) -> None:
    text = doc.text
    s = doc.sentences[c.index]
    st = text[s.start : s.end]
    sent_span = (s.start, s.end)
    # sponsors: agencies and ties stated in the sentence
    tie = c.tie
    loc_only = None  # C.LOCATION_ONLY in the sentence, read only when a state may be the sponsor (see below)
    for m in c.agencies:
        state, agency = m.value
        if state not in hostile or (state in c.speakers and not c.denial_cues and not any(p in hostile for p in c.speakers)) or speakers_own_organ(text, c, m):
            continue
        if c.denial_cues and not (c.attribution_cues or tie):
            continue
        if _AGENCY_LEFT_OPEN.match(text, m.end, s.end) or _NOT_NECESSARILY.search(st):
            continue  # "sanctioned the Reconnaissance General Bureau, though officials did not say it ran the hack"
        if tie or c.attribution_cues or c.response_cues and (c.operation or _CYBER_WORD.search(st)):
            # (a response names the agency that did it only where it speaks of hacking: not "sanctioned the RGB for weapons programmes")
            inc.sponsors.setdefault((state, agency), []).append((m.start, m.end))
    if (tie or c.attribution_cues) and not c.negated:
        if c.states and any(m.kind == "state" for m in c.accused_mentions):
            loc_only = C.LOCATION_ONLY.search(st)
        for m in c.accused_mentions:
            if _OTHER_GROUPS_BEFORE.search(text, max(s.start, m.start - 120), m.start):
                continue  # "the same route against other groups, including Russia-linked hackers": not this incident's sponsor
            if m.kind == "state" and _of_another_group(text, c, inc, m):
                continue  # "Turla hijacked the servers of OilRig, an Iranian group": OilRig's state, not Turla's
            if m.kind == "state" and not (loc_only and _near(loc_only, s.start, m)) or m.kind == "organ":
                inc.sponsors.setdefault((m.value, None), []).append((m.start, m.end))  # (and "The Pentagon launched cyberattacks")
    if last_agency is not None and (tie or c.attribution_cues) and _UNIT_ANAPHOR.search(st):
        inc.sponsors.setdefault(last_agency.value, []).append((last_agency.start, last_agency.end))
    # dates of the operation
    if c.operation:
        acting = _acting(text, c)
        # ("in March 2022 ..., then from 2023 to 2024 ...": a span's end is no operation of its own)
        listed_years = {
            d.year for i, d in enumerate(op_dates)
            if d.year and not d.relative and not (d.role == "until" and i and op_dates[i - 1].role in ("from", "between"))
        }
        overview = len(listed_years) >= 3  # "the 2014 hack of X, the 2016 theft from Y and the 2017 ..."
        if overview:
            doc.facts.setdefault("overview", set()).add(c.index)
        for d in op_dates:
            if overview:
                break
            if acting and d.role == "point" and not _dates_operation(text, d) and _nearer_response(text, s.start, st, c, d):
                continue  # "In May 2024, X summoned ...": the date of the response
            inc.dates.append(d)
            if d.year and (not _weekday_like(text, d) or _dates_operation(text, d)):
                inc.years.add(d.year)
    elif not (c.response_cues or c.denial_cues) and (act := _DATED_ACTIVITY.search(st)):
        # "The group, active since at least 2013, ...", "employees received e-mails in early September":
        # what the operation did, in words that do not name it; it dates the incident, not its splitting.
        # The dates after those words, or the last one before them ("who left Vietnam in 2013, received
        # emails from February 2018": February 2018)
        found = _operation_dates(st, s.start, [d for d in _dates_of(doc).get(c.index, ()) if d.value])
        after = [d for d in found if d.start >= s.start + act.start()]
        last = found[-2:] if len(found) >= 2 and found[-1].role == "until" else found[-1:]  # ("from 2017 to 2023 earned ...")
        inc.dates += after or last
    elif c.response_cues and not c.denial_cues and (act := _DATED_ACTIVITY.search(st)):
        # "published an analysis of the tool alongside the sanctions, saying it had been in use since at least 2023":
        # a response that tells how long the operation ran (a span after those words, not the response's own date)
        s0 = s.start + act.start()
        inc.dates += [d for d in _dates_of(doc).get(c.index, ()) if d.value and d.start >= s0 and d.role in ("since", "from", "between")]
    # victims (not from a bare condemnation: "condemns the campaign against its infrastructure")
    only_condemns = c.response_cues and all(n == "condemnation" for n, _, _ in c.response_cues) and not c.attribution_cues
    # (an accused named as the speaker here, not one carried over from the sentence before: "The Kremlin called
    # it baseless. In March the attackers knocked the parliament's website offline")
    denier = bool(c.denial_cues) and not (c.explicit_speaker and all(p not in hostile for p in c.speakers))
    accused_speaks = (denier or (c.explicit_speaker and any(p in hostile for p in c.speakers) and not c.own_operation)) and not _accuser_first(c, hostile)
    if accused_speaks and not denier and not c.accused and inc.state in hostile and inc.state not in c.speakers:
        # "..., according to CNCERT": a state accused elsewhere in the text tells of an attack on itself by
        # another (its own counter-accusation): what it says was hit stands
        accused_speaks = False
    # (the cheap tests first: only the truth of these is read)
    listed = sum(1 for m in c.states if m.value not in hostile) >= 2 and (_COUNTRY_LIST.search(st) or any(w in st for w in C.COUNTRIES_INCLUDE_WORDS) and C.COUNTRIES_INCLUDE.search(st))
    if not accused_speaks and (c.operation or listed or _TARGETED_AT.search(st) or _AMOUNT_TAKEN_FROM.search(st) or _continues_victims(doc, c.index)):
        doc.facts.setdefault("victim_sentences", set()).add(c.index)
        default = _victim_country(inc, c, hostile, doc.facts)
        # (a text about two states hacking each other: the other accused state can be this operation's victim,
        # "Transparent Tribe ... most of them Indian military personnel" in a story that also accuses India)
        own = {inc.state} | (set(c.accused) & hostile) if inc.state in hostile and len(hostile) > 1 else hostile
        hits = find_victims(doc, c.index, doc.mentions_in(c.index), own, default, tuple(c.speakers))
        if only_condemns:
            # "... had also been targeted since 2023 by APT28, and it condemned the activity": what was hit before the condemnation
            cue = min(a for _, a, _ in c.response_cues)
            hits = [h for h in hits if h.end <= cue and _CLAUSE_JOIN.search(text, h.end, cue)] if C.OPERATION.search(text, s.start, cue) else []
        for m in c.actors if hits else ():
            if actor_key(m) not in inc.keys and (rel := _ITS_OWN_RELATIVE.match(text, m.end, s.end)):
                # "Unlike APT28, which mostly steals from European governments, Volt Typhoon ...": the other group's victims
                hits = [h for h in hits if not (m.end <= h.start < rel.end())]
        inc.victims += hits
    # attributions
    # (a hedge on where the group is, not on the attribution: "assesses with moderate confidence that the group is based in China")
    located_only = bool(c.confidence) and not c.accused and not c.actors and not c.operation and bool(C.LOCATION_ONLY.search(st))
    strong = any(n in C.STRONG_ATTRIBUTION or n == "tie" for n, _, _ in c.attribution_cues)  # a tie is only read with its subject
    anaphor = bool(c.attribution_cues) and "anaphor_actor" in c.triggers and C.ANAPHOR_ACTOR.search(st)  # (read only with attribution cues)
    carried_into_denial = bool(c.denial_cues) and not c.explicit_speaker  # "China's embassy called the accusations groundless"
    if c.attribution_cues and not c.anonymous and not carried_into_denial and (strong or c.operation or c.actors or anaphor):
        negated = c.negated and not c.accused and not c.actors
        if not negated and not _only_claim(st):
            actor_names = [m for m in c.actors if actor_key(m) in inc.keys]
            # a state blames the group that others named: "prosecutors said the group, which private researchers track as APT40, ..."
            others_name = [m for m in actor_names if _NAMED_BY_OTHERS.search(text, max(s.start, m.start - 90), m.start)]
            own_names = [m for m in actor_names if m not in others_name]
            # (the accused that answers in the same sentence is still accused: "US officials said Iran
            # was responsible for that attack, which Tehran denied")
            states = [x for x in c.claimed if x not in c.speakers or _accused_apart(c, x, hostile)]
            names = {n for n, _, _ in c.attribution_cues}
            if not states and not actor_names and inc.state and names & {"same_conclusion"}:
                states = [inc.state]  # "X reached the same conclusion"
            envoys = {m.value for m in c.states if m.value in hostile} if not states and (actor_names or anaphor) and _ENVOY_RESPONSES & {n for n, _, _ in c.response_cues} else set()
            if len(envoys) == 1:
                states = list(envoys)  # "announced that the same group had broken into ... and summoned the chargé d'affaires of the Russian embassy"
            if not states and last_agency is not None and _UNIT_ANAPHOR.search(st):
                states = [last_agency.value[0]]  # "linking that unit to ..."
            owners = []
            if not states and not actor_names and c.denial_cues:
                # "Moscow's embassy called the British accusations unfounded": the owner of the accusations accused the denier
                owners = [party_code(m) for m in c.speaker_mentions if owns_claim(text, m) and party_code(m) not in hostile]
                deniers = [p for p in c.speakers if p in hostile and is_state(p) and p not in owners]
                states = deniers[:1] if owners else []
            if (actor_names or states or anaphor) and not (c.negated and not states and not actor_names):
                attributors = _dedupe([p for _, a, _ in c.attribution_cues for p in _relative_doers(text, c, a, _speakers_at(c, a))])
                if not c.explicit_speaker and c.response_cues:
                    # "Albania was severing relations with Iran ..., saying an investigation had established that Tehran
                    # orchestrated the attack": who takes the response says why, not the speaker carried from before
                    first = min(c.response_cues, key=lambda x: x[1])
                    doer = _state_does(doc, c, first[1], hostile) if first[0] != "condemnation" else None
                    why = _SAYING.search(text, first[2], min(a for _, a, _ in c.attribution_cues)) if doer else None
                    if why:
                        attributors = [doer]
                if not c.explicit_speaker and _AGENTLESS_PASSIVE.search(st) and not _PASSIVE_BY.search(st):
                    attributors = []  # "APT28 has been blamed for a string of attacks": by nobody this sentence names
                elif _AGENTLESS_PASSIVE.search(st) and _aside(text, s.start, c.speaker_mentions) and all(a < c.speaker_mentions[0].start for _, a, _ in c.attribution_cues):
                    attributors = []  # "North Korea has been blamed for a string of heists, which the United Nations says help fund ...": the aside says something else
                if owners and states:
                    attributors = owners
                if c.index in doc.facts.get("uncarried", ()):
                    attributors = []
                if not attributors and (_JOINT_TEXT.search(st) or _joint_text_before(doc, c, st)):
                    attributors = [JOINT]  # "The advisory attributes the campaign to ...": whoever co-signs it
                # "The US government has previously said MuddyWater works for Iran's MOIS": the group's standing tie, told as background
                standing = _STANDING_TIE_CUES.issuperset(names) and bool(c.agencies) and bool(actor_names or anaphor) and bool(_BACKGROUND_SAID.search(st))
                for by in attributors:
                    # (a state held behind other operations still attributes when it speaks here and is not the accused of
                    # this sentence: "the AIVD concluded that Cozy Bear works for the Russian foreign intelligence service SVR")
                    if by in states or (is_state(by) and by in hostile and by not in _victim_states(inc) and (not states or by in c.accused or not c.explicit_speaker)):
                        continue
                    if standing and not _is_company(by) and by not in inc.attributions:
                        continue
                    a = inc.attributions.setdefault(by, {"actor": None, "state": None, "confidence": None, "spans": [], "cues": []})
                    named = [m for m in (actor_names if _is_company(by) else own_names) if not _blames_the_operation_only(text, c, by, m)]
                    if is_state(by):
                        named = [m for m in named if not _named_in_another_clause(text, s.end, c, by, m)]
                    if named and not a["actor"]:
                        a["actor"] = named[0].value[0]
                    elif not actor_names and not a["actor"] and inc.keys and anaphor and _NAMED_ANAPHOR.search(anaphor.group(0)):
                        a["actor"] = inc.actor_mentions[inc.keys[0]][0].value[0]  # "the group was behind ..."
                    if states and not a["state"]:
                        a["state"] = states[0]
                    if len(states) > 1 and not actor_names:  # "Israel and the United States were behind ...": both held responsible
                        a.setdefault("more", [])
                        a["more"] += [x for x in _listed_with(text, c, a["state"]) if x in states and x != a["state"] and x not in a["more"]]
                    if not located_only:
                        _take_confidence(a, c, text)
                    a["spans"].append(sent_span)
                    a["cues"] += [n for n, _, _ in c.attribution_cues]
    # "..., adding that it had a high degree of certainty about the group's identity"
    if c.confidence and not c.attribution_cues and _ABOUT_ATTRIBUTION.search(st) and not located_only:
        for by in c.speakers:
            a = inc.attributions.get(by)
            if a is not None and _take_confidence(a, c, text):
                a["spans"].append(sent_span)
    # responses
    for name, a, b in c.response_cues:
        if name not in ("condemnation", "summon_ambassador") and _response_negated(st, a - s.start, b - s.start):
            continue
        if name == "condemnation" and _CONDEMN_NEGATED_BEFORE.search(text, max(s.start, a - 40), a):
            continue  # "Germany did not condemn the hack", "stopped short of condemning Russia": no statement made
        if name == "condemnation" and (c.anonymous or not c.speakers or _OFF_RECORD.search(st)):
            continue  # (an official speaking on condition of anonymity may attribute, but does not condemn on record)
        if name == "condemnation" and not c.accused and not c.actors and _POLICY_LINE.search(st):
            continue  # "The EU has repeatedly condemned malicious cyber activities and calls on all states to refrain": a standing policy, not this attack
        if name != "condemnation" and _OTHER_GRIEVANCE.search(st) and not C.OPERATION.search(_OTHER_GRIEVANCE.search(st).group(0)):
            continue  # "cut ties with Qatar, accusing it of supporting terrorism": a response to something else
        if name != "condemnation" and not c.operation and _NON_CYBER_REASON.search(text, s.start, s.end):
            continue  # "expelled Canada's ambassador after Canadian officials criticised the arrest of activists": another quarrel
        if name == "advisory" and _INQUIRY_AUTHOR.search(text, max(s.start, a - 80), a):
            continue  # "The Senate Intelligence Committee released a report blaming ...": an inquiry's findings, not a technical advisory
        if name == "indictment" and _COMPLAINT_FILED.search(text, max(s.start, a - 30), a) and not _COMPLAINT_AGAINST.match(text, b, s.end):
            continue  # "the company filed a criminal complaint with prosecutors": the victim asks for an investigation, nobody is charged
        if name == "sanctions" and any(party_code(m) in hostile and _BY_BEFORE.fullmatch(text, b, m.start) for m in c.parties if b < m.start <= b + 25):
            continue  # "the hacking was sanctioned by the Kremlin": approved by the accused, not a penalty
        if name == "takedown" and _OWN_CLEANUP.match(text, a, min(s.end, b + 80)):
            continue  # "removed the malware from its servers", "shut down the servers the hackers had breached": a victim's own clean-up
        if name == "takedown" and any(m.value in hostile and m.end <= a and _HOSTILE_DOER_GAP.fullmatch(text, m.end, a) for m in c.states):
            continue  # "Iran's army shut down the servers of the Albanian government": the accused did it, an attack
        if name == "takedown" and _OWN_TERMS.match(text, b, min(s.end, b + 120)):
            continue  # "suspended the accounts for violating its rules": a platform enforcing its terms, no operators' infrastructure
        if name == "takedown" and "control of" in text[a:b].lower() and not any(m.start == b for m in c.actors):
            continue  # "took control of the infrastructure of LockBit" is a takedown; of a victim's servers, an attack
        if name == "arrest" and (_TARGET_ARRESTED_BEFORE.search(text, max(s.start, a - 100), a) or _TARGET_ARRESTED_AFTER.match(text, b, b + 60) or _TARGET_SUBJECT_ARRESTED.fullmatch(text, s.start, a)):
            continue  # "the activist Ahmed Mansoor, who was arrested in 2017": a target jailed, not a culprit
        if name != "condemnation" and _RESPONSE_NEG_BEFORE.search(text, max(s.start, a - 60), a):
            continue  # "does not need to announce sanctions or expel anyone", "stopped short of imposing sanctions"
        if name not in ("condemnation", "summon_ambassador") and _INTENDED_BEFORE.search(text, max(s.start, a - 60), a):
            continue  # "said it was preparing sanctions", "planned to expel", "urged the government to sanction": not taken yet
        if name != "condemnation" and c.denial_cues and not c.attribution_cues and name not in _HOSTILE_TYPES:
            continue
        against = _against(doc, c, name, a, b, inc, hostile)
        responders = _speakers_at(c, a)
        if name == "advisory" and text[a:b].endswith(" by"):  # "The alert was put together by the FBI and the NSA": its authors
            responders = list(dict.fromkeys(party_code(m) for m in c.parties if m.start >= b and party_code(m) not in hostile)) or responders
        if not responders and name == "advisory" and _JOINT_TEXT.search(st):
            responders = [JOINT]  # "agencies from eleven countries published a joint advisory": its co-signers
        agent = _response_agent(doc, c, b, hostile, a)
        if not agent:
            agent = next((m.value for m in c.states if m.end <= a and _ORGAN_ACTS.fullmatch(text, m.end, a) and is_state(m.value) and m.value not in hostile), None)
        doers = _police_in_cue(doc, c, a, b, hostile) if not agent and name == "takedown" else []
        if doers:
            agent = doers[0]
        if not agent and name in _HOSTILE_TYPES and _LEADER_ACTS.search(text, max(s.start, a - 80), a):
            home = doc.facts.get("home")  # "TIRANA — ... Prime Minister Edi Rama cut diplomatic relations": the dateline's leader
            agent = home if home and home not in hostile else None
        if not agent and name == "condemnation":
            agent = next((party_code(m) for m in c.parties if m.kind in ("state", "org") and m.end <= a and _EXPRESSED.fullmatch(text, m.end, a) and party_code(m) not in hostile), None)
        if not agent and name == "indictment":
            agent = next((m.value for m in c.states if 0 <= a - m.end <= 2 and m.value not in hostile and is_state(m.value)), None)  # "on a US criminal complaint"
            if agent in responders and len(responders) > 1 and _LISTED_DOERS.search(text, max(s.start, a - 80), a):
                agent = None  # "Canada and the United States charged two Iranian hackers": the last of the subjects listed, each charges
        if doers:
            responders = doers
        elif agent:
            responders = [agent]  # "was declared persona non grata by the Netherlands", "were hit with sanctions by the US"
        elif name in _ENVOY_RESPONSES and against:
            # the accused answers in kind, kept with its real direction: "Russia's foreign ministry summoned the US ambassador
            # after Washington accused the GRU ..." is RU -> US
            subject = next((m.value for m in c.states if m.end <= a and m.value in hostile and m.value != against and m.form in ("name", "metonym", "genitive") and _ENVOY_SUBJECT.fullmatch(text, m.end, a)), None)
            if subject:
                responders = [subject]
        retaliator = None
        if not agent and name in ("sanctions", "indictment", "arrest", "expel_diplomats") and _RETALIATION.search(st):
            # "Moscow retaliated by imposing sanctions on eight US officials", "In response, Beijing sanctioned three American
            # defence companies": the accused's answer, against the state named in its object
            subject = next((m.value for m in c.states if m.end <= a and m.value in hostile and m.form in ("name", "metonym", "genitive") and _RETALIATOR_GAP.fullmatch(text, m.end, a)), None)
            target = next((m.value for m in doc.mentions_in(c.index) if m.kind in ("state", "organ") and b <= m.start and is_state(m.value) and m.value != subject and _OBJECT_GAP.fullmatch(text, b, m.start)), None)
            if subject and target:
                retaliator, against, responders = subject, target, [subject]
        if name == "arrest" and not agent:
            where = _ARRESTED_IN.search(doc.text, a, s.end)
            if where:
                stop = _NEXT_CLAUSE.search(doc.text, where.end(), where.end() + 60)
                # "arrested in Poland and Ukraine"; not "arrested in Poland and has been charged in the United States"
                responders = _places(c, where.start(), stop.start() if stop else where.end() + 60) or responders
            city = _ARRESTED_AT_CITY.match(doc.text, a) if not where or not _places(c, where.start(), s.end) else None
            code = _city_state(city.group("city")) if city else None
            if code and code not in hostile:
                responders = [code]  # "detained at Milan's Malpensa airport": the state the city is in arrests
        if name == "indictment" and not agent and _TO_FACE.search(text, max(s.start, a - 24), a):
            # "extradited a Russian national to the United States to face charges", "to face charges in Germany": the court's state
            dest = [m.value for m in c.states if is_state(m.value) and m.value not in hostile and (
                (a - 100 <= m.start < a and _TO_STATE_BEFORE.search(text, max(s.start, m.start - 8), m.start)) or (b <= m.start <= b + 40 and _IN_STATE_BEFORE.search(text, max(s.start, m.start - 8), m.start)))]
            if dest:
                agent = dest[-1]
                responders = [agent]
        if name == "indictment" and not agent:
            where = _CHARGED_IN.match(text, a)
            code = (_places(c, where.start("place"), where.end()) or [_city_state(where.group("place"))])[0] if where else None
            if code and code not in hostile:
                responders = [code]  # "were charged in New Jersey", "indicted in the United States": the state of the court
        if name == "expel_diplomats":
            where = _EXPELLED_FROM.match(text, b)
            places = _places(c, where.start() + 1, where.end() + 1) if where else []
            if places:  # "the two officers were expelled from the Netherlands": the state they leave expels them
                responders = places
                if against in places:
                    against = next((x for x in c.accused if x not in places), None) or (inc.state if inc.state not in places else None)
        if not c.explicit_speaker and not agent and any(k[0] == name for k in inc.responses) and _TAKEN_UP.search(text, max(s.start, a - 30), b):
            # "The advisory urges defenders to patch ...", "the operation disabled only the malware": the response told before,
            # taken up again under speakers carried from another sentence
            responders = [by for by in responders if (name, by, against) in inc.responses]
        for by in responders:
            if by == against:
                continue
            if name == "condemnation" and _addressee(text, c, by, a, b):
                continue  # "the Chinese embassy said Canada should stop spreading disinformation": who is told to stop condemns nothing
            if name not in _HOSTILE_TYPES and is_state(by) and by in hostile and by != retaliator and by not in _victim_states(inc) and (inc.state in (None, by) or not c.explicit_speaker):
                continue
            if not is_state(by) and name not in ("takedown", "advisory", "condemnation") and by not in ("EU", "NATO", "UN", "G7"):
                continue
            if name == "takedown" and not agent and not is_state(by) and by not in ("EU", "NATO", "UN", "G7") and _PASSIVE_BEFORE.search(text, a, b):
                continue  # "The domains were seized under a court order": with no agent named, a seizure is the authorities'
                # (not a company's; "Europol said the Emotet botnet was dismantled": the Union's agency tells of its own operation)
            if name == "advisory" and not is_state(by) and by not in (JOINT, "EU", "NATO", "UN", "G7", *ALLIANCE_MEMBERS):
                continue  # "Symantec has published indicators of compromise": a vendor's findings are not a government's advisory
            key = (name, by, against)
            r = inc.responses.setdefault(key, {"date": _response_date(doc, c, a), "spans": []})
            r["spans"].append(sent_span)
    # co-signers of a joint statement or advisory share its claims
    if c.cosign:
        prev = doc.sentence_text(c.index - 1) if c.index > 0 else ""
        if re.search(r"advisor|alert", st + " " + prev, re.I) and re.search(r"co-?sign|co-?seal|co-?author|joint|partner|counterpart|signed by|endorsed by|joined", st, re.I):
            inc.cosign_advisory = True
        for m in c.parties:
            code = party_code(m)
            if m.kind == "state" and (m.form in ("based", "speaking") or _BASED_LIST_BEFORE.search(text, max(s.start, m.start - 80), m.start)):
                continue  # "eight North Korean agents based in China, Russia and Iran": where people are, not who signs
            if _company_named_after(text, m, c.parties):
                continue  # "together with the Slovak company ESET": where the co-signing company is based
            if (m.kind in ("state", "org") or (m.kind == "organ")) and code not in hostile and code not in inc.cosigners:
                inc.cosigners.append(code)
    # denials
    grievance = _OTHER_GRIEVANCE.search(st) if c.denial_cues and not c.operation else None
    if grievance and not C.OPERATION.search(grievance.group(0)) and s.start + grievance.start() < min(a for _, a, _ in c.denial_cues):
        pass  # "accuse Russia of backing separatist forces in Ukraine, a charge Moscow rejects": another accusation denied
    elif c.denial_cues and not _denial_negated(st) and not _failings_denied(text, c, s.end):
        leader = inc.state if inc.state in hostile and _LEADERS_GOVERNMENT.match(st) else None
        for by in _deniers(doc, c, hostile) or _accused_company_denies(doc, c, inc) or ([leader] if leader else []):
            inc.denials.setdefault(by, []).append(sent_span)


# the subjects of a response listed before its verb: "Canada and the United States", "Britain, the US and Australia"
_LISTED_DOERS = re.compile(r"\b(?:and|,)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}$")


def _failings_denied(text: str, c: Clause, end: int) -> bool:
    """Every denial in the sentence is of the speaker's own failings ("denied that it had been slow to respond"), none of the operation."""
    return all((f := FAILING_DENIED.search(text, max(0, a - 12), min(end, a + 160))) and f.start() <= a + 12 for _, a, _ in c.denial_cues)


_BASED_LIST_BEFORE = re.compile(r"\b(?:based|located|living|residing|hiding|stationed)\s+in\s+(?:[\w'’ -]+,\s+)*(?:[\w'’ -]+,?\s+and\s+)?(?:the\s+)?$", re.I)


def _accuser_first(c: Clause, hostile: set[str]) -> bool:
    """"Norway's accusation against Russia over the theft of data from the Storting, a charge Moscow
    dismissed": an accuser speaks before any denial, so what the sentence says was hit stands."""
    if not c.attribution_cues:
        return False
    first_att = min(a for _, a, _ in c.attribution_cues)
    first_denial = min((a for _, a, _ in c.denial_cues), default=10**9)
    return first_att < first_denial and any(
        m.start < first_att and party_code(m) not in hostile for m in c.speaker_mentions
    )


# "stands with Germany and Czechia, which blamed APT28 ...": the relative clause's own doers
_WHICH_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had|also|publicly|formally|officially|already|earlier|previously|first)\s+)*$", re.I)


def _relative_doers(text: str, c: Clause, pos: int, speakers: list[str]) -> list[str]:
    """Who does the cue at ``pos``: the parties a relative clause opening right before
    it is about ("NATO stands in solidarity with Germany and Czechia, which blamed
    APT28 ...": Germany and Czechia blame, not NATO), else ``speakers``; with "also"
    ("together with WithSecure, which also blamed ..."), both."""
    which = _WHICH_BEFORE.search(text, max(0, pos - 40), pos)
    if which is None:
        return speakers
    doers: list[str] = []
    end = which.start()
    for m in sorted(c.parties, key=lambda m: -m.start):
        if m.end > end:
            continue
        if m.end != end and not _LIST_JOIN.fullmatch(text, m.end, end):
            break
        doers.append(party_code(m))
        end = m.start
    if not doers:
        return speakers
    return doers[::-1] + (speakers if re.search(r"\balso\b", which.group(0), re.I) else [])


# a clause of its own: "..., and Iranian officials blamed Israel", "..., while the Australian government blamed China"
_NEW_CLAUSE = re.compile(r"(?:,\s*(?:and|while|but|whereas)\s|;\s)", re.I)


def _named_in_another_clause(text: str, end: int, c: Clause, by: str, m: Mention) -> bool:
    """Is actor ``m`` named in a clause before the one where state ``by`` speaks, with no word of
    that clause taking it up? ("Predatory Sparrow claimed the fires, and Iranian officials blamed
    Israel": Iran blames a state, it names no group; own conventions 3 and 8)"""
    own = [sp for sp in c.speaker_mentions if party_code(sp) == by and sp.start > m.end]
    return bool(own) and all(
        _NEW_CLAUSE.search(text, m.end, sp.start) and not C.ANAPHOR_ACTOR.search(text, sp.end, end) for sp in own
    ) and not any(party_code(sp) == by and sp.end <= m.start for sp in c.speaker_mentions)


def _speakers_at(c: Clause, pos: int) -> list[str]:
    """Who does what the cue at ``pos`` says, when a sentence coordinates several doers.

    "The Treasury sanctioned the firm, and Britain's Foreign Office summoned
    the ambassador after accusing APT31 ...": the speakers named between the
    previous cue and this one do it (the Treasury sanctions; Britain summons
    and accuses); with none there, the previous cue's doers go on ("summoned
    ... after accusing"). Co-subjects named before one cue ("Britain, the US
    and Australia sanctioned") all do it; with no speaker named before any
    cue ("..., the ministry said"), every speaker of the sentence does.
    """
    if len({party_code(m) for m in c.speaker_mentions}) < 2:
        return c.speakers
    cues = sorted({p for _, p, _ in c.attribution_cues + c.response_cues if p <= pos})
    groups: list[list[str]] = []
    lo = -1
    for p in cues:
        group = [code for m in c.speaker_mentions if lo <= m.start < p and (code := party_code(m)) in c.speakers]
        groups.append(group or (groups[-1] if groups else []))
        lo = p
    return _dedupe(groups[-1]) if groups and groups[-1] else c.speakers


def _near(loc: re.Match, s0: int, m: Mention) -> bool:
    return abs((s0 + loc.start()) - m.end) < 12


_CLAIMED_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s)?\s+responsibility\b", re.I)
_BLAME_WORD = re.compile(r"\b(?:blam|attribut|accus)", re.I)


def _only_claim(st: str) -> bool:
    return bool(_CLAIMED_RESPONSIBILITY.search(st)) and not _BLAME_WORD.search(st)


def _continues_victims(doc: Doc, i: int) -> bool:
    """"Among them were an energy trade association; firms that ...; hosting providers; and a video game developer":
    a fragment after a semicolon goes on with the list of the fragment before it."""
    if i == 0 or i - 1 not in doc.facts.get("victim_sentences", ()):
        return False
    prev, cur = doc.sentences[i - 1], doc.sentences[i]
    head = doc.text[cur.start : cur.start + 4]
    return doc.text[prev.start : prev.end].rstrip().endswith(";") and (head[:1].islower() or head == "and ")


def _victim_states(inc: Draft) -> set[str]:
    return {v.country for v in inc.victims if v.country}


def _victim_country(inc: Draft, c: Clause, hostile: set[str], doc_home: dict) -> str | None:
    speakers = [p for p in c.speakers if is_state(p) and p not in hostile]
    if len(speakers) > 1:
        return None  # "US and UK agencies said the group targeted telecoms": whose telecoms, the text does not say
    if speakers:
        return speakers[0]
    for a in inc.attributions:
        if is_state(a) and a not in hostile:
            return a
    home = doc_home.get("home")
    return home if home and home not in hostile else None


# where one clause ends and another, with its own subject, begins: "..., and the minister said ..."
_CLAUSES_JOINED = re.compile(r",\s+(?:and|but|while|whereas)\s+")


def _response_negated(st: str, a: int, b: int) -> bool:
    """Does a hedge or negation stand in the clause of the response cue at ``a:b``?

    "Berlin recalled its ambassador, and the minister said Russia would face
    consequences": the threat of the second clause does not undo the first.
    """
    for neg in C.RESPONSE_NEGATION.finditer(st):
        lo, hi = min(a, neg.start()), max(b, neg.end())
        if not _CLAUSES_JOINED.search(st, lo, hi):
            return True
    return False


# a response in the passive, its agent after it: "... was arrested by Italian police", "were hit with sanctions by the United States"
_BY_AFTER_RESPONSE = re.compile(r"[^.;,:]{0,40}?\bby\s+(?:the\s+|an?\s+)?(?:(?:district\s+|military\s+|regional\s+)?(?:court|tribunal|judge)\s+in\s+)?$", re.I)


_MUST_STOP = re.compile(r"(?:must|had\s+to|has\s+to|have\s+to|should)\b", re.I)


def _addressee(text: str, c: Clause, by: str, a: int, b: int) -> bool:
    """Is ``by`` the subject of the call to stop at ``a:b`` ("Canada should stop ..."), the one told, not the one telling?"""
    return bool(_MUST_STOP.match(text, a, b)) and any(party_code(m) == by and 0 <= a - m.end <= 2 for m in c.parties)


# a takedown's cue that opens with its doer: "Police in the Netherlands took ... offline", "Dutch police took ...", "The NCA
# took control of ...": the state of that police takes it down, not the speaker who tells of it ("..., Europol said")
_POLICE_WORDS = r"(?:police|authorities|law\s+enforcement(?:\s+agencies)?|investigators|prosecutors|agents)"
_POLICE_WORD = re.compile(_POLICE_WORDS + r"\b", re.I)
_POLICE_IN = re.compile(_POLICE_WORDS + r"\s+(?:in|from)\s+(?:the\s+)?", re.I)
_POLICE_OF_STATE = re.compile(r"(?:['’]s)?\s+")


def _police_in_cue(doc: Doc, c: Clause, a: int, b: int, hostile: set[str]) -> list[str]:
    """The states whose police or organ open the takedown cue ``a``-``b`` as its doers ("British and Dutch police", "Police
    in Germany and the Netherlands", "The NCA"), if any."""
    text = doc.text
    ms = [m for m in doc.mentions_in(c.index) if m.kind in ("state", "organ") and is_state(m.value) and m.value not in hostile]
    first = next((m for m in ms if m.kind == "organ" and m.start == a), None)  # "The NCA took control of ..."
    if first is None:
        first = next((m for m in ms if m.kind == "state" and a < m.start < b and _POLICE_IN.fullmatch(text, a, m.start)), None)
    if first is not None:  # "Police in Germany and the Netherlands took ... offline": the states listed after the first
        out, prev = [first.value], first
        for m in ms:
            if m.start > prev.end and m.kind == "state" and _LIST_JOIN.fullmatch(text, prev.end, m.start):
                out.append(m.value)
                prev = m
        return _dedupe(out)
    last = next((m for m in reversed(ms) if m.kind == "state" and m.end <= a and _POLICE_OF_STATE.fullmatch(text, m.end, a)), None)
    if last is None or not _POLICE_WORD.match(text, a):
        return []
    out, nxt = [last.value], last  # "British and Dutch police took ... offline": the states listed before the last
    for m in reversed(ms):
        if m.end < nxt.start and m.kind == "state" and _LIST_JOIN.fullmatch(text, m.end, nxt.start):
            out.insert(0, m.value)
            nxt = m
    return _dedupe(out)


def _response_agent(doc: Doc, c: Clause, b: int, hostile: set[str], a: int = -1) -> str | None:
    """The party named as the agent of a passive response cue ending at ``b``, if any."""
    text = doc.text
    for m in c.parties:
        if not b <= m.start <= b + 60 or not _BY_AFTER_RESPONSE.fullmatch(text, b, m.start):
            continue
        # ("The charges, unsealed by the Justice Department on Monday, accuse ...": a participle after a comma)
        # (or a passive of taking the response after its noun: "Sanctions were imposed by the European Union", "A reward was offered
        # by the State Department"; not "The advisory was also signed by Germany", a co-signer)
        # (or the cue is itself the participle: "the GRU hackers condemned by Berlin", "six officers sanctioned by the EU")
        participle = text[b - 2 : b].lower() == "ed" and _BY_ONLY.fullmatch(text, b, m.start) is not None
        if not participle and not _PASSIVE_BEFORE.search(text, max(doc.sentences[c.index].start, b - 120), b) and not _TAKEN_PASSIVE.match(text, b, m.start) and not (a > 1 and text[a - 2 : a] == ", "):
            return None  # "Microsoft said it had seized domains used by the Russian group": no passive
        code = party_code(m)
        if code in hostile or (m.kind == "state" and m.form == "demonym" and not _DEMONYM_OFFICIAL.match(text[m.end : m.end + 60])):
            return None  # "... by Chinese hackers": not who responds
        return code
    return None


_CONDEMN_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:did|does|do|has|have|had|would|will|could|was|were)\s*(?:not|n['’]t)|\bnever|\bstopped\s+short\s+of|\b(?:declined|refused|failed)\s+to|\bwithout)\s+(?:\w+\s+)?$",
    re.I,
)
_BY_ONLY = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
# (or its participle right after the noun: "The sanctions announced by the US on Friday target ...")
_TAKEN_PASSIVE = re.compile(
    r"\s+(?:(?:were|was|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:\w+\s+)?(?:imposed|offered|issued|announced|unsealed|filed|brought|levied|ordered|adopted|handed\s+down|put\s+up)\s+by\s+",
    re.I,
)
# the organ of a state right before the response it takes: "Canadian police arrested", "Italy's prosecutors have charged"
_ORGAN_ACTS = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:police|authorities|prosecutors|investigators|officers|agents|courts?|judges?|border\s+guards|security\s+services?)\s+(?:(?:have|has|had|also|then|later)\s+)*",
    re.I,
)
# a standing policy rather than an answer to one operation: "condemned malicious cyber activities", "calls on all states to refrain"
_POLICY_LINE = re.compile(
    r"\b(?:condemn\w*|denounc\w*)\s+(?:all\s+|any\s+|such\s+)?(?:forms\s+of\s+)?(?:malicious\s+)?cyber(?:-|\s+)?(?:activit(?:y|ies)|behaviou?r|attacks|operations)\b"
    r"|\bcall\w*\s+(?:up)?on\s+(?:all|every|any)\s+(?:states|countries|nations|actors|governments)\b",
    re.I,
)
# the participle that gives a response's reason, its subject the responder's: "..., saying", "..., accusing it of"
_SAYING = re.compile(r",\s+(?:saying|accusing|blaming|citing|stating|arguing|explaining)\b")
# a response taken up again by a definite noun: "The advisory urges ...", "the operation disabled only the malware"
_TAKEN_UP = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:same\s+|joint\s+|technical\s+|court-authori[sz]ed\s+)?(?:advisory|advisories|alert|operation|takedown|sanctions|charges|indictment)\b", re.I)
# a state named as the doer right before a response: "announced that Albania was severing relations", "said Britain would expel"
_STATE_DOES = re.compile(r"\s+(?:(?:was|were|is|are|has|have|had|would|will|also|then|later|now|formally|officially|swiftly|immediately|promptly|been)\s+)*")


def _state_does(doc: Doc, c: Clause, a: int, hostile: set[str]) -> str | None:
    """The state named as the subject right before the response cue at ``a`` ("Albania was severing ..."), if any."""
    return next(
        (m.value for m in c.states if m.form in ("name", "metonym") and m.end <= a and _STATE_DOES.fullmatch(doc.text, m.end, a) and is_state(m.value) and m.value not in hostile),
        None,
    )


_LEADER_ACTS = re.compile(
    r"(?-i:\b(?:President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister)\s+(?:[A-Z][\w'’.-]*\s+){1,3})(?:(?:has|had|then|also|later)\s+)*$"
)
# "..., and NATO expressed solidarity with both allies": the party that expresses it
_EXPRESSED = re.compile(r"(?:['’]s\s+\w+)?\s+(?:(?:also|has|have|had|swiftly|quickly)\s+)*(?:expressed|voiced|declared|offered|pledged)\s+(?:its\s+|their\s+|full\s+|strong\s+)*", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+){0,2}?(?:\w+ed|hit|put|seized|taken|declared|made|given|brought)\b", re.I)


def _against(doc: Doc, c: Clause, name: str, a: int, b: int, inc: Draft, hostile: set[str]) -> str | None:
    text = doc.text
    if name in _HOSTILE_TYPES:
        # a protecting power's envoy stands for the state whose interests it represents
        for m in c.states:
            if b <= m.start <= b + 80 and re.search(r"\brepresent\w*\s+(?:the\s+)?$", text[max(b, m.start - 25) : m.start]):
                return m.value
        # the state named inside the cue as the envoy's: "summoned the US ambassador", "ordered ten American diplomats to leave"
        # (also when that state speaks elsewhere in the sentence: "..., after Washington accused the GRU")
        for m in c.states:
            if a <= m.start and m.form not in ("based", "speaking") and (m.end <= b or _ENVOY_OBJECT.fullmatch(text, b, m.start)) and _ENVOY_OF.match(text, m.end):
                return m.value
        # the state whose envoy or diplomats are meant: nearest state mention to the cue
        best, dist = None, 10**6
        for m in c.states:
            if m.form in ("based", "speaking"):
                continue
            d = min(abs(m.start - b), abs(m.end - a))
            if a - 10 <= m.start <= b + 40 and d < dist and m.value not in c.speakers:
                best, dist = m.value, d
        if best:
            return best
    for x in c.accused:
        if x not in c.speakers:
            return x
    state = inc.state
    if state:
        return state
    if (name in _HOSTILE_TYPES or name == "condemnation") and len(hostile) == 1:
        return next(iter(hostile))  # "he had summoned the ambassador": an envoy is always some state's, here the one the text accuses
    return None


def _response_date(doc: Doc, c: Clause, pos: int) -> str | None:
    """The date of the response whose cue stands at ``pos``.

    The sentence's date nearest the cue, unless it stands nearer an operation
    word than the response ("summoned the chargé d'affaires over a cyberattack
    last June": June dates the attack); a weekday ("said on Friday") dates the
    statement. With no such date, the publication date.
    """
    dates = [d for d in _dates_of(doc).get(c.index, ()) if d.value]
    if dates:
        s = doc.sentences[c.index]
        st = doc.text[s.start : s.end]
        ops = _operation_positions(c, s.start, st)
        kept = []
        for d in dates:
            near_cue = min(abs(d.start - pos), abs(d.end - pos))
            near_op = min((min(abs(d.start - p), abs(d.end - p)) for p in ops), default=10**6)
            last_op = max((p for p in ops if p < d.start), default=-1)
            if pos < d.start and last_op > pos:
                continue  # "recalled its ambassador after hackers breached X in 2023": the breach's date
            if pos > d.start and last_op >= 0 and not any(last_op < a < d.start for _n, a, _b in c.response_cues):
                continue  # "hacked the party in 2023 and recalled its ambassador": the hack's date
            if near_cue <= near_op or _weekday_like(doc.text, d) or not _dates_operation_word(doc.text, d, ops):
                kept.append((near_cue, d.start, d))
        if kept:
            return min(kept)[2].value
    return doc.published.isoformat() if doc.published else None


def _dates_operation_word(text: str, d: DateMention, ops: list[int]) -> bool:
    """Does an operation word stand within a few words before or after the date ("a cyberattack ... last June")?"""
    return any(-60 <= d.start - p <= 60 for p in ops)


def _dates_of(doc: Doc) -> dict[int, list[DateMention]]:
    table = doc.facts.get("dates_by_sentence")
    if table is None:
        table = {}
        for d in doc.dates:
            table.setdefault(d.sentence, []).append(d)
        doc.facts["dates_by_sentence"] = table
    return table


_NOT_DENIED = re.compile(r"\b(?:did not|didn't|has not|have not|no)\s+(?:deny|denied|reject)", re.I)


def _denial_negated(st: str) -> bool:
    return bool(_NOT_DENIED.search(st))


# "Apple rejected the accusation", "DarkMatter has in the past denied any involvement": a company that opens the sentence
_COMPANY_DENIES = re.compile(r"\s*(?:,[^,]{1,60},\s*)?(?:(?:has|have|had|also|in\s+the\s+past|previously|repeatedly|strongly|flatly|firmly|categorically|itself)\s+)*(?:said\s+(?:that\s+)?(?:it|its)\b[^.;]{0,40}?)?$", re.I)


def _accused_company_denies(doc: Doc, c: Clause, inc: Draft) -> list[str]:
    """A company, or the actor that is a company, denying what it is accused of: it opens the
    sentence and the denial follows ("Apple rejected the accusation", "DarkMatter has denied any
    involvement"). Not a company that attributes in this incident (a vendor rejecting a rival's claim)."""
    s = doc.sentences[c.index]
    first_cue = min(a for _, a, _ in c.denial_cues)
    for m in doc.mentions_in(c.index):
        if m.start >= first_cue:
            break
        if m.kind not in ("company", "actor") or not _OPENS.fullmatch(doc.text, s.start, m.start):
            continue
        if not _COMPANY_DENIES.match(doc.text[m.end : first_cue]):
            return []
        name = m.value if m.kind == "company" else m.value[0]
        return [] if name in inc.attributions else [name]
    return []


_OPENS = re.compile(r"\W*(?:(?:the|in\s+\w+|on\s+\w+|but|and|however|meanwhile)\W+)*(?:makers\s+of\s+)?", re.I)


# "President Nayib Bukele's government denied ...": the government of the accused state, named by its leader
_LEADERS_GOVERNMENT = re.compile(
    r"\W*(?:(?:But|However|Meanwhile|And)\W+)?(?-i:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Crown\s+Prince)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*['’]s\s+"
    r"(?:government|administration|office|cabinet)\b"
)
_TOLD_TO_STOP = re.compile(r"\s+(?:should|must|to|ought\s+to)\s+(?:immediately\s+)?(?:stop|cease|quit|refrain|end)\b", re.I)
_NOT_DENIER_BEFORE = re.compile(
    r"\b(?:by|with|against|to|from|made\s+by|accusations?\s+(?:made\s+)?by|accus\w+|blam\w+|urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+(?:up)?on|ask(?:ed|s|ing)|press(?:ed|es|ing))\s+(?:the\s+)?$",
    re.I,
)


def _deniers(doc: Doc, c: Clause, hostile: set[str]) -> list[str]:
    """The accused state that denies: the speaker, or a state named before the cue."""
    text = doc.text
    s = doc.sentences[c.index]
    out: list[str] = [p for p in c.speakers if is_state(p) and p in hostile]
    first_cue = min(a for _, a, _ in c.denial_cues)
    if out and len({party_code(m) for m in c.speaker_mentions}) > 1:
        # "Russia said it would respond, while China said it firmly opposes ...": the one speaking where a cue stands
        # (not the owner of the claim denied: "Moscow called the British accusations unfounded"), at each cue:
        # "Germany's defence ministry denied that documents had been stolen, and Moscow rejected the accusation"
        # (nor the state told to stop: "China's embassy said Washington should stop smearing China")
        lasts = [before[-1] for _, a, _ in c.denial_cues if (before := [m for m in c.speaker_mentions if m.start < a and not owns_claim(text, m) and not _TOLD_TO_STOP.match(text, m.end)])]
        if lasts:
            return [p for p in dict.fromkeys(party_code(m) for m in lasts) if p in out]
    if out:
        return out
    for m in c.states + c.agencies + [p for p in c.parties if p.kind == "organ"]:
        code = m.value[0] if m.kind == "agency" else m.value
        if not is_state(code) or code not in hostile:
            continue
        before = text[max(s.start, m.start - 25) : m.start]
        if _NOT_DENIER_BEFORE.search(before):
            continue  # "accusations made by the US", "urged Washington to stop its smears": not who denies
        if m.start > first_cue:
            continue
        out.append(code)
    if not out:
        for p in c.speakers:
            if is_state(p) and p in hostile:
                out.append(p)
    return list(dict.fromkeys(out))


# scanned over every whole text or sentence, or before every date or cue: run only where their required words occur (see .prefilter)
# (those after _AMOUNT_TAKEN_FROM measured faster gated on every call the dev and own corpora make)
_SET_BESIDE_BEFORE = C.SET_BESIDE_BEFORE  # (gated here: read before every date of an operation)
gate(
    globals(), "_COUNTRY_LIST", "_CLAIMED_RESPONSIBILITY", "_TARGETED_AT", "_AMOUNT_TAKEN_FROM", "_SET_BESIDE_BEFORE",
    "_RETALIATION", "_INTENDED_BEFORE", "_NOT_NECESSARILY", "_OFF_RECORD", "_WARY_SINCE", "_UNATTRIBUTED", "_REPORTED_BEFORE",
    "_EARLIER_ACCUSATION", "_SPOKE_BEFORE_DAY", "_TOOLS_COMPARED_BEFORE", "_USED_BY_BEFORE", "_LIFE_EVENT_BEFORE",
)
gate(globals(), "_DECOY", whole_texts=True)


__all__ = ["Draft", "actor_key", "build_incidents", "compared_at", "compared_with", "dates_a_law"]
