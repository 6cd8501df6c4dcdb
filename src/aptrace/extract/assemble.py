"""Turn incident drafts into the report of the spec, every fact with its spans."""

from __future__ import annotations

import re

from ..report import (
    Actor,
    Attribution,
    Denial,
    DocumentInfo,
    Incident,
    Period,
    Report,
    Response,
    Software,
    Sponsor,
    Victim,
)
from ..kb.states import ALLIANCE_MEMBERS
from . import cues as C
from .doc import Doc
from .prefilter import OnePass
from .incidents import JOINT, Draft, actor_key, compared_at, compared_with, dates_a_law

_MAX_ALIASES = 12
# C.ACTIVITY_ONE_PASS, each activity's words tried only where they can open (same matches, twice as fast)
_ACTIVITY_WORDS = OnePass(C.ACTIVITY_ONE_PASS, C._AT_WORD, "a", [rx.pattern for _, _, rx in C.ACTIVITY])


# a sum the police seized, froze or recovered ("seized $8.6 million in cryptocurrency"); not ransom paid ("seized $2.3
# million in ransom paid to DarkSide": the gang's extortion)
_SEIZED_SUM_BEFORE = re.compile(
    r"\b(?:seiz(?:ed|ing|e|ure\s+of)|confiscat(?:ed|ing)|recover(?:ed|ing)|froze|freez(?:ing|e)|frozen|forfeit(?:ed|ure\s+of)|clawed\s+back)\s+"
    r"(?:about\s+|some\s+|more\s+than\s+|nearly\s+|over\s+|almost\s+|roughly\s+|around\s+|at\s+least\s+)?(?:US)?\$?\s?[\d.,]*\s*$",
    re.I,
)
_STOLEN_SUM = re.compile(r"\b(?:stolen|ransom\w*|extort\w*|launder\w*)\b", re.I)  # ("recovered $30 million in stolen cryptocurrency")


def assemble_report(doc: Doc, *, include_text: bool = False, explain: bool = False) -> Report:
    d = doc.input
    incidents = [inc for inc in (_incident(doc, draft, explain) for draft in doc.incidents) if inc is not None]
    info = DocumentInfo(
        id=d.id, published=d.published, title=d.title, url=d.url, sha256=d.sha256, text=d.text if include_text else None
    )
    warnings = list(doc.warnings)
    if explain:
        warnings += [f"explain: incident {i}: " + ", ".join(f"s{t['sentence']}:{t['why']}" for t in draft.trace) for i, draft in enumerate(doc.incidents)]
    return Report(document=info, incidents=incidents, warnings=warnings)


def _spans(doc: Doc, pairs) -> list:
    seen, out = set(), []
    for a, b in pairs:
        if (a, b) not in seen and b > a:
            seen.add((a, b))
            out.append(doc.span(a, b))
    return out


def _members_speak(draft: Draft) -> None:
    """"The Five Eyes countries said ...": each member state says it (the spec's parties have no Five Eyes)."""
    for alliance, members in ALLIANCE_MEMBERS.items():
        a = draft.attributions.pop(alliance, None)
        for m in members if a is not None else ():
            draft.attributions.setdefault(m, {**a, "spans": list(a["spans"]), "cues": list(a["cues"])})
        for (t, by, against) in [k for k in draft.responses if k[1] == alliance]:
            r = draft.responses.pop((t, by, against))
            for m in members:
                draft.responses.setdefault((t, m, against), {"date": r["date"], "spans": list(r["spans"])})
        if alliance in draft.cosigners:
            draft.cosigners = [c for c in draft.cosigners if c != alliance] + [m for m in members if m not in draft.cosigners]


def _incident(doc: Doc, draft: Draft, explain: bool = False) -> Incident | None:
    def why(text: str) -> str | None:
        return text if explain else None

    _members_speak(draft)

    actors = []
    for key in draft.keys:
        ms = draft.actor_mentions.get(key, [])
        if not ms:
            continue
        name, entries = ms[0].value
        aliases: list[str] = []
        for m in ms[1:]:
            if m.value[0] != name and m.value[0] not in aliases:
                aliases.append(m.value[0])
        kb_ref = kb = None
        if len(entries) == 1:
            e = entries[0]
            kb_ref = e.id
            kb = {"name": e.name, "country": e.country, "attack_id": e.attack_id}
            for a in e.alias_names():
                if len(aliases) >= _MAX_ALIASES:
                    break
                if a.lower() != name.lower() and a not in aliases:
                    aliases.append(a)
        elif len(entries) > 1:
            doc.warnings.append(f"actor name {name!r} is ambiguous in the knowledge base ({len(entries)} candidates): not linked")
        how = {"kb": "knowledge-base alias", "pattern": "actor naming pattern"}.get(ms[0].form, "actor name")
        actors.append(
            Actor(name=name, aliases=aliases, kb_ref=kb_ref, kb=kb, evidence=_spans(doc, [(m.start, m.end) for m in ms]), rule=why(how))
        )
    # one actor per incident: aliases of the same actor fold into the first
    if len(actors) > 1:
        first = actors[0]
        extra = [a.name for a in actors[1:] if a.name not in first.aliases]
        ev = list(first.evidence) + [s for a in actors[1:] for s in a.evidence]
        actors = [first.model_copy(update={"aliases": extra + list(first.aliases), "evidence": ev})]
    sponsors = []
    with_agency = {s for (s, a) in draft.sponsors if a}
    for (state, agency), pairs in draft.sponsors.items():
        if agency is None and state in with_agency:
            continue
        sponsors.append(Sponsor(state=state, agency=agency, evidence=_spans(doc, pairs), rule=why("state organ or state tied to the operation")))
    for by, a in draft.attributions.items():
        if a["state"] and not any(s.state == a["state"] for s in sponsors):
            sponsors.append(
                Sponsor(state=a["state"], agency=None, evidence=_spans(doc, a["spans"][:1]), rule=why(f"state named in {by}'s attribution"))
            )
    if not actors and not sponsors:
        return None
    victims = _victims(doc, draft, explain)
    activity, act_ev = _activity(doc, draft)
    period = _period(doc, draft)
    _share_with_cosigners(draft)
    attributions = []
    for by, a in draft.attributions.items():
        if not a["actor"] and not a["state"]:
            continue
        for state in [a["state"], *a.get("more", [])]:
            attributions.append(
                Attribution(
                    by=by, actor=a["actor"] if state == a["state"] else None, state=state, confidence=a["confidence"], evidence=_spans(doc, a["spans"]),
                    rule=why("attribution cues: " + ", ".join(dict.fromkeys(a["cues"])) + f"; speaker {by}"),
                )
            )
    sponsor_states = list(dict.fromkeys(s.state for s in sponsors if s.state))
    responses = [
        Response(
            type=t, by=by, against=against or (sponsor_states[0] if len(sponsor_states) == 1 and sponsor_states[0] != by else None),
            date=r["date"], evidence=_spans(doc, r["spans"]), rule=why(f"response cue for {t}; speaker {by}"),
        )
        for (t, by, against), r in draft.responses.items()
    ]
    responses = list({(r.type, r.by, r.against): r for r in responses}.values())
    denials = [Denial(by=by, evidence=_spans(doc, pairs), rule=why(f"denial cue; accused state {by} speaking")) for by, pairs in draft.denials.items()]
    return Incident(
        actors=actors,
        sponsors=sponsors,
        victims=victims,
        activity=activity,
        period=period,
        attributions=attributions,
        responses=responses,
        denials=denials,
        activity_evidence=act_ev,
        software=_software(doc, draft, explain),
    )


def _software(doc: Doc, draft: Draft, explain: bool = False) -> list[Software]:
    """Malware and tools named in the incident's sentences, one entry per catalogue entry or name."""
    found: dict[str, tuple[str, str | None, str | None, list]] = {}
    for i in sorted(set(draft.sentences)):
        for m in doc.mentions_in(i):
            if m.kind != "software":
                continue
            sid, _canonical, kind = m.value
            key = sid or m.surface.casefold()
            entry = found.setdefault(key, (m.surface, sid, kind, []))  # the name as the text first writes it
            entry[3].append(doc.span(m.start, m.end))
    return [
        Software(
            name=name, kb_ref=sid, type=kind, evidence=spans,
            rule=("ATT&CK software name" if sid else "named as malware") if explain else None,
        )
        for name, sid, kind, spans in found.values()
    ]


def _share_with_cosigners(draft: Draft) -> None:
    """Every co-signer of a joint statement makes its attributions and advisories.

    What the joint text itself says ("The advisory attributes ...", recorded
    under ``JOINT``) is its co-signers' word, or nobody's if none is named.
    """
    joint_attribution = draft.attributions.pop(JOINT, None)
    joint_advisories = {k: draft.responses.pop(k) for k in [k for k in draft.responses if k[1] == JOINT]}
    if not draft.cosigners:
        return
    if joint_attribution is not None:
        for co in draft.cosigners:
            if co not in draft.attributions:
                draft.attributions[co] = {**joint_attribution, "spans": list(joint_attribution["spans"]), "cues": joint_attribution["cues"] + ["co-signed"]}
    for (t, _, against), r in joint_advisories.items():
        for co in draft.cosigners:
            draft.responses.setdefault((t, co, against), {"date": r["date"], "spans": list(r["spans"])})
    leads = [by for by in draft.attributions if len(by) == 2 or by in ("EU", "NATO")]
    for co in draft.cosigners:
        if not leads or co == leads[0]:
            continue
        lead = draft.attributions[leads[0]]
        own = draft.attributions.get(co)
        if own is None:
            draft.attributions[co] = {**lead, "spans": list(lead["spans"]), "cues": lead["cues"] + ["co-signed"]}
        elif not own["actor"] and lead["actor"] and own["state"] in (None, lead["state"]):
            # it blamed the state; the text it co-signed names the group too ("an advisory co-signed by Canada ... APT29")
            own.update(actor=lead["actor"], state=own["state"] or lead["state"], confidence=own["confidence"] or lead["confidence"])
            own["spans"] = own["spans"] + [sp for sp in lead["spans"] if sp not in own["spans"]]
            own["cues"] = own["cues"] + ["co-signed"]
    for (t, by, against), r in list(draft.responses.items()):
        if t == "advisory" and draft.cosign_advisory and (len(by) == 2 or by in ("EU", "NATO")):
            for co in draft.cosigners:
                draft.responses.setdefault((t, co, against), {"date": r["date"], "spans": list(r["spans"])})


def _victims(doc: Doc, draft: Draft, explain: bool = False) -> list[Victim]:
    hits = draft.victims
    out: list[Victim] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for h in hits:
        key = (h.name.lower(), h.country, h.sector)
        if key in seen or not h.name:
            continue
        seen.add(key)
        rule = f"target of an operation; sector word for {h.sector}" if h.sector else "state named as a target"
        out.append(Victim(name=h.name, country=h.country, sector=h.sector, evidence=[doc.span(h.start, h.end)], rule=rule if explain else None))
    return out


# "could let the attackers tamper with", "rather than to steal data", "saw no wiping": what the
# operation did not do, or only might ("may have stolen" is still a hedged fact)
_UNREAL_BEFORE = re.compile(
    r"(?-i:\b(?:(?:could|would|might)(?!\s+have)|cannot|not(?!\s+only)|no|never|rather\s+than|instead\s+of|without)\b)(?:\s+[\w'’-]+){0,7}\s+$", re.I
)


# "warned of a raised threat of sabotage", "the risk of high-impact sabotage", "Meta's director of threat disruption":
# a danger named, not what was done
_THREAT_OF_BEFORE = re.compile(r"\b(?:(?:threats?|risks?|dangers?|prospects?|spectre|specter)\s+of\s+(?:[\w'’-]+\s+){0,2}|threat\s+)$", re.I)


# "Separately, a local man was jailed for demanding a ransom", "In an unrelated case, ...": another story's sentence
_ANOTHER_STORY = re.compile(r"\s*(?:Separately|Unrelated(?:ly)?|In\s+(?:an?\s+)?(?:separate|unrelated)\s+(?:case|cases|incident|development|matter|story|news)|In\s+other\s+news)\b", re.I)


_SAW_NO_BEFORE = re.compile(r"\b(?:saw|seen|found|observed|detected|noticed)\s+no\s+(?:(?:sign|signs|evidence|trace|traces|indication)\s+(?:of|that)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


_UNLIKE = re.compile(r"\b(?:unlike|in\s+contrast\s+to)\b", re.I)


def _compared_before(doc: Doc, draft: Draft, i: int, a: int, b: int) -> bool:
    """"Unlike the spies of APT10, whose campaigns were about stealing secrets, Volt Typhoon ...":
    a cue in what the sentence compares the actor with, before it names the actor."""
    s = doc.sentences[i]
    u = _UNLIKE.search(doc.text, s.start, a)
    if u is None:
        return False
    return any(b <= m.start < s.end for ms in draft.actor_mentions.values() for m in ms)


_ACTOR_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _listed_elsewhere(doc: Doc, draft: Draft) -> list[int]:
    """Sentences of other incidents that name this actor in a list with another one: "the cyber espionage
    activity of the groups known as APT40 and APT31" says what both did."""
    mine = set(draft.sentences)
    its_keys = set(draft.keys)
    return [i for i, pairs in _actor_lists(doc) if i not in mine and any(keys & its_keys for keys in pairs)]


def _actor_lists(doc: Doc) -> list[tuple[int, list[set[str]]]]:
    """Per sentence naming two actors or more, the keys of each two different actors it names one after the other
    in a list; found once per document, whatever the number of incidents."""
    found = doc.facts.get("actor_lists")
    if found is None:
        found = doc.facts["actor_lists"] = []
        for c in doc.clauses:
            if len(c.actors) < 2:
                continue
            ms = sorted(c.actors, key=lambda m: m.start)
            pairs = [keys for x, y in zip(ms, ms[1:])
                     if len(keys := {actor_key(x), actor_key(y)}) == 2 and _ACTOR_LIST_JOIN.fullmatch(doc.text, x.end, y.start)]
            if pairs:
                found.append((c.index, pairs))
    return found


def _digest_title(doc: Doc) -> set[int]:
    """The sentences of a newsletter's title that names several stories one after another ("...: Lyceum dials into
    telcos; Moses Staff wants no ransom; Iranians charged over ..."): each part is another story's."""
    found = doc.facts.get("digest_title")
    if found is None:
        title = [s.index for s in doc.sentences if s.paragraph == doc.sentences[0].paragraph] if doc.sentences else []
        parts = sum(1 for i in title if doc.sentence_text(i).rstrip().endswith(";"))
        found = doc.facts["digest_title"] = set(title) if parts >= 2 else set()
    return found


def _activity(doc: Doc, draft: Draft) -> tuple[str, list]:
    """The activity the incident's operation sentences weigh most for (see ``cues.ACTIVITY``)."""
    weight: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    overview = doc.facts.get("overview", set())
    hostile = doc.facts.get("hostile", set())
    digest = _digest_title(doc)
    several = len(draft.sentences) > 1
    text = doc.text
    for i in draft.sentences + _listed_elsewhere(doc, draft):
        c = doc.clauses[i]
        if (any(n != "advisory" for n, _, _ in c.response_cues) or c.denial_cues) and not (c.operation and (c.actors or c.attribution_cues)):
            continue  # (an advisory's sentence tells what the operation did: "CERT-UA said Russian hackers had planned to disable ...")
        if i in overview and several:
            continue  # a sentence that lists several operations says nothing of this one's kind
        if i in digest and several:
            continue  # "The Friday Brief: Mitsubishi Electric's visitors; UN experts on Bezos's phone; a wiper in Bahrain": several stories' title
        if i != min(draft.sentences) and not c.actors and _ANOTHER_STORY.match(doc.text, doc.sentences[i].start) and not C.ANAPHOR_ACTOR.search(doc.sentence_text(i)):
            continue  # (but "Separately, the group also stole ..." is still this actor's)
        denier_speaks = any(p in hostile for p in c.speakers)
        lo = doc.sentences[i].start
        cues = _activity_cues(doc, i)
        # "linked to a destructive wiper, though it saw no wiping": what the sentence says was not seen weighs nothing in it
        unseen = {name for name, _w, a, _b in cues if _SAW_NO_BEFORE.search(text, max(lo, a - 40), a)}
        down = [(da, db) for n, da, db in c.response_cues if n == "takedown"]
        for name, w, a, b in cues:
            if name in unseen:
                continue
            if down and any(a < db and da < b for da, db in down):
                continue  # "Dutch police took the Qakbot servers offline": the takedown, not what the operators did
            if name == "financial" and _SEIZED_SUM_BEFORE.search(text, max(lo, a - 40), a) and not _STOLEN_SUM.search(text, a, b + 20):
                continue  # "seized $8.6 million in cryptocurrency": the police's seizure, not the operators' theft
            if denier_speaks and any(a < db and da < b for _, da, db in c.denial_cues):
                continue  # a denial's epithet ("a smear campaign") does not say what the operation was
            if name != "prepositioning" and _UNREAL_BEFORE.search(text, max(lo, a - 50), a):
                continue  # (prepositioning is what an operation could later do)
            if _THREAT_OF_BEFORE.search(text, max(lo, a - 40), a):
                continue
            if _compared_before(doc, draft, i, a, b):
                continue
            if compared_at(text, lo, a):
                continue  # "The attack recalls the 2017 NotPetya outbreak": what the operation it is set beside did
            weight[name] = weight.get(name, 0) + w
            first.setdefault(name, (a, b))
    if not weight:
        # "A group of hackers quietly stole call records for years, ... said." then the group's name sentences later:
        # what the lede told, attached to no incident, is what the next incident did
        for i in _orphans_before(doc, draft):
            for name, w, a, b in _activity_cues(doc, i):
                if name != "prepositioning" and _UNREAL_BEFORE.search(doc.text, max(doc.sentences[i].start, a - 50), a):
                    continue
                weight[name] = weight.get(name, 0) + w
                first.setdefault(name, (a, b))
    if not weight:
        return "unknown", []
    best = max(C.ACTIVITY_ORDER, key=lambda n: (weight.get(n, 0), -C.ACTIVITY_ORDER.index(n)))
    a, b = first[best]
    return best, [doc.span(a, b)]


def _orphans_before(doc: Doc, draft: Draft) -> list[int]:
    """Operation sentences before the incident's first, attached to no incident, after every other incident's start."""
    if not draft.sentences:
        return []
    start = min(draft.sentences)
    attached = {i for d in doc.incidents for i in d.sentences} | doc.facts.get("unattributed", set())
    after = max((min(d.sentences) for d in doc.incidents if d.sentences and min(d.sentences) < start), default=-1)
    out = []
    for i in range(after + 1, start):
        c = doc.clauses[i]
        if i in attached or not c.operation or c.response_cues or c.denial_cues:
            continue
        out.append(i)
    return out


def _activity_cues(doc: Doc, i: int) -> list[tuple[str, int, int, int]]:
    """Activity cue matches of sentence ``i``, computed once per document."""
    cache = doc.facts.setdefault("activity_cues", {})
    if i not in cache:
        s = doc.sentences[i]
        cache[i] = [(*C.ACTIVITY[k][:2], m.start(), m.end()) for k, m in _ACTIVITY_WORDS.finditer(doc.text, s.start, s.end)]
    return cache[i]


# what ends an operation, told just before its date: "were expelled from the network in", "the attacks ended in",
# "investigators evicted them in", "the implants were removed in" (not "ended up", "stopped short of")
_STOPPED_BEFORE = re.compile(
    r"\b(?:ended|ceased|stopped|halted|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:finally\s+|fully\s+)?(?:expelled|evicted|removed|cleaned|cleared|purged|locked\s+out|kicked\s+out|shut\s+out|cut\s+off|eradicated)"
    r"|(?:expelled|evicted|removed|purged|eradicated|kicked\s+out|locked\s+out|shut\s+out)\s+(?:them|the\s+(?:[\w-]+\s+)?(?:hackers|intruders|attackers|group|actor|malware|implants?|backdoors?))"
    r"|went\s+(?:quiet|silent|dormant))(?:\s+(?!(?:up|short)\b)[\w'’,-]+){0,6}?(?:\s+(?:in|on|by|at\s+the\s+end\s+of))?\s*$",
    re.I,
)


def _stopped_at(text: str, lo: int, at: int) -> bool:
    """Is the date at ``at`` when the operation stopped ("the hackers were expelled from the network in January 2023")?"""
    return _STOPPED_BEFORE.search(text, max(lo, at - 80), at) is not None


_DAY_WORD = re.compile(r"day\b|today|yesterday", re.I)  # "on Tuesday", "yesterday": dated from the day of the news


def _period(doc: Doc, draft: Draft) -> Period:
    # ("the framework ... was adopted on 17 May 2019": when a law or regime was made, whatever the sentence tells)
    dates = [d for d in draft.dates if d.value and not dates_a_law(doc, d)]
    if not dates:
        return Period()
    text = doc.text
    explicit = [d for d in dates if not _DAY_WORD.search(text[d.start : d.end])]
    pool = explicit or dates
    # "the attack resembled the 2017 compromise of ...": a date of what it is compared with starts nothing of its own
    pool = [d for d in pool if not compared_with(doc, d)] or pool
    start = min(pool, key=lambda d: (d.value[:4], d.value))
    end = None
    for d in pool:
        if d.role == "until" and d.sentence == start.sentence and d.value and d.value >= start.value:
            end = d
    if end is None:
        # the text says when the activity stopped: the end of the start's span ("from 2020 to 2021, officials said",
        # "until the end of 2020, the BfV said"), or "the hackers were expelled from the network in January 2023",
        # "the attacks ended in January 2017" (dates that date no operation of their own, so not among the incident's)
        mine = set(draft.sentences)
        for d in doc.dates:
            if d.sentence not in mine or not d.value or d.value < start.value or dates_a_law(doc, d):
                continue
            if d.role == "until" and d.sentence == start.sentence and d.start > start.start:
                end = d
            elif d.role == "point" and d.value > start.value and _stopped_at(text, doc.sentences[d.sentence].start, d.start):
                end = d
    ev = [doc.span(start.start, start.end)] + ([doc.span(end.start, end.end)] if end else [])
    return Period(start=start.value, end=end.value if end else None, evidence=ev)


__all__ = ["assemble_report"]
