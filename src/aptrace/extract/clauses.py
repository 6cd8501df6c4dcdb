"""Stage ``clauses``: who speaks in each sentence, who is accused, which cues fire.

A sentence's *speakers* are the parties that make its statement: the subject
before the first cue ("Britain, the US and Georgia accused ..."), the party
of "X said" / "according to X", or, for "he said", "the ministry said" and
quotes, the speakers carried over from the sentences before. People named
with a title ("Foreign Minister Jan Lipavsky") are remembered with the party
they spoke for, so a later "Lipavsky summoned ..." resolves.

*Hostile* states are those the document holds to be behind operations:
states of named agencies, states whose hackers, spies, military or
intelligence are mentioned, states named right after an attribution cue,
states told to stop, and states that deny.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..kb.states import is_state
from . import cues as C
from .doc import Doc, Mention, Sentence
from .prefilter import fold, gate

PARTY_KINDS = ("state", "org", "company", "organ")

# what is launched or attempted as a deed, not as speech: "launched cyberattacks", "attempted intrusions", "launched a
# phishing campaign" (not "launched an investigation")
LAUNCHED_OPERATIONS = r"cyber-?attacks?|attacks?|intrusions?|hacks|(?:hacking|phishing|spear-?phishing|(?:cyber-?)?espionage|DDoS|malware|ransomware|wiper|sabotage)\s+(?:campaigns?|operations?)|cyber\s+operations?"
_SPEECH = r"(?:said|says|say|uncovered|discovered|revealed|exposed|shows|showed|indicates|indicated|told|tells|added|adds|announced|announces|stated|states|wrote|writes|noted|warned|declared|confirmed|reported|reports|claimed|concluded|found|believes|believed|assessed|assesses|alleged|argued|insisted|accused|accuses|blamed|blames|attributed|attributes|summoned|summons|recalled|expelled|condemned|condemns|sanctioned|imposed|indicted|charged|charges|issued|published|released|identified|named|pointed|joined|linked|ties|tied|traced|responded|rejected|rejects|denied|denies|dismissed|dismisses|called|calls|urged|reached|tracks|tracked|described|describes|suspects|suspected|spotted|unsealed|returned|took|seized|disrupted|dismantled|knocked|shut|slammed|cannot|would|will|could|can|answered|replied|opened|launched(?!\s+(?:(?!(?:an?\s+)?(?:investigation|probe|inquiry|review|case|appeal|consultation)\b)[\w-]+\s+){0,3}?(?:" + LAUNCHED_OPERATIONS + r"|strikes|waves?\s+of)\b)|filed|brought|placed|detected|observed|investigated|made|gave|held|hold|holds|judged|judges|determined|attributing|blaming|accusing|expects|demanded|stopped|refused|declined|closed|agreed|announces|warns|says|expressed|expresses|voiced|voices|reiterated|reiterates|stressed|stresses|emphasi[sz]ed|critici[sz]ed|critici[sz]es|protested|protests|vowed|vows|pledged|pledges|offered|offers)"
_TITLE_WORDS = r"(?:(?:foreign|defen[cs]e|interior|justice|digital|economy|economic|trade|finance|energy|health|education|transport|communications|telecommunications|technology|cyber-?security|information|internal|home|homeland|infrastructure|development|science|prime|deputy|assistant|vice|chief|head|top|senior|national|federal|state|security|intelligence|cyber|counter-?intelligence|police|military|public|affairs|policy|general|attorney|secretary|minister|ministry|spokes\w+|president|chancellor|government|authorities|officials?|investigators|prosecutors|agency|agencies|service|services|office|department|embassy|mission|envoy|diplomats?|lawmakers|court|council|commission|director|centre|center|team|researchers?|analysts?|experts?|engineers?|scientists?|specialists?|executive|officer|founder|strategist|[A-Z][\w'’.-]+)\s+){0,5}"
# "the British Prime Minister, Theresa May, said": a title, then the holder's name in commas
_TITLE_APPOSITION = (
    r"(?:" + _TITLE_WORDS + r"(?:minister|secretary|spokes\w+|president|chancellor|premier|ambassador|director|chief|head|envoy|[A-Z][\w'’.-]+),\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+"
    # "Ukraine's state cyber agency, the SSSCIP, said": an institution, then its name in commas
    r"|" + _TITLE_WORDS + r"(?:agency|service|ministry|office|centre|center|department|bureau|police|council|commission|watchdog|regulator),\s+"
    r"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4},\s+)?"
)
_SPEAKER_AFTER = re.compile(r"^(?:['’]s\s+)?[\s,]*" + _TITLE_APPOSITION + _TITLE_WORDS + r"(?:\([^)]{1,20}\)\s+)?(?:,\s+(?:speaking|requesting|who|whose|which)\b[^,]{0,60},\s+)?(?:,\s+(?:on|in|last|late|early|earlier)\s+(?:this\s+)?[\w.]+(?:\s+\d[\w.]*)?,\s+)?(?:,?\s+and\s+(?:other|several|some|their|its)\s+(?:\w+\s+)?(?:allies|partners|countries|governments|nations|states)\s+)?(?:(?:on|in|late|last|this|earlier|also|later|then|now|today|yesterday|publicly|jointly|formally|officially|itself|first|has|have|had|previously|already|subsequently|strongly|firmly|openly|explicitly|repeatedly|directly)\s+(?:\w+\s+)?)?" + _SPEECH + r"\b")
_SPEECH_VERB = re.compile(r"\b(?:said|says|told|added|announced|stated|wrote|noted|warned|declared|confirmed)\b")
# what may stand before a sentence's subject: time adverbials, articles, other subjects
_TITLED_OF = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Cc]hancellor|[Pp]remier|[Dd]irector|[Cc]hief|[Hh]ead|[Aa]mbassador)"
    r"(?:\s+[A-Z][\w'’.-]+){0,4},?\s+of\s+(?:the\s+)?$"
)
_PASSIVE_AGENT = re.compile(
    r"\bby\s+(?:(?:the\s+)?(?:partners|counterparts|colleagues|agencies|officials|experts|researchers|analysts|specialists)\s+(?:at|in|from|of)\s+)?(?:the\s+)?"
    r"(?:(?:[\w.-]+\s+){0,3}?(?:firm|company|vendor|provider|giant|maker|lab)\s+)?$",
    re.I,
)  # "... by the Dutch government", "first described by the US cybersecurity firm Mandiant"
_PASSIVE_CLAUSE = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|is|are|being)\s+(?:\w+\s+)?(?:made\s+public|announced|attributed|blamed|pinned|published|issued|"
    r"confirmed|disclosed|revealed|identified|named|linked|tied|traced|accused|charged|sanctioned|condemned|supported|shared|endorsed|backed|corroborated|"
    r"described|documented|detailed|profiled|exposed|reported|tracked|dubbed)\b"
    # "the attribution of the attack to China by the Czech government", "the public naming of APT40 by Australia"
    r"|\b(?:attribution|accusation|naming|blaming|assessment|identification)\s+of\s+(?:[\w'’-]+\s+){1,8}?(?:to|as|on|for|against)\s+(?:[\w'’-]+\s+){0,5}?by\s"
    r"|\b(?:public\s+)?(?:naming|blaming)\s+of\s+(?:[\w'’-]+\s+){1,4}?by\s"
    # translated press opens with its source: "As reported by Kaspersky experts, the attack was organized by Lazarus"
    r"|^\W*[Aa]s\s+(?:was\s+|it\s+was\s+)?(?:reported|stated|established|noted|announced|found|determined|disclosed)\s+by\s",
    re.I,
)
_NOMINAL_CLAIM = re.compile(r"^['’]s\s+(?:\w+\s+)?(?:accusations?|attributions?|assessment|findings?|conclusions?|charges?|statement|blaming)\b", re.I)
_DEMONYM_CLAIM = re.compile(
    r"^\s+(?:\w+\s+)?(?:accusations?|allegations?|attributions?|assessments?|findings?|conclusions?)\b"
    # "the Romanian government's report of Russian involvement", "the Polish authorities' claims that ..."
    r"|^\s+(?:government|authorities|officials|intelligence|prosecutors|ministry|security\s+services?)(?:['’]s?|’)\s+(?:\w+\s+)?(?:reports?|claims?|evidence|charges?|statement)\b",
    re.I,
)
_GLOSS_AFTER = re.compile(r"^\s+(?:calls|call|tracks\s+as|track\s+as|dubs|dubbed|names|named|refers\s+to\s+(?:it|them)\s+as|knows?\s+as|has\s+dubbed|labels)\b", re.I)
# a kicker or dateline before the sentence proper: "THREAT INTEL NOTES — ", "LONDON (Wire) — "
# (or a transcript's speaker label: "REPORTER: Overnight the United States and Britain imposed ...")
_KICKER = re.compile(r"^\s*[A-Z][A-Za-z .,'’/()-]{0,60}?\s[—–]\s|^\s*(?-i:[A-Z][A-Z .'’-]{1,30}):\s+")
# (the runs of non-word characters and digits are taken whole: every word of the list starts with a
# letter, and digits are such a run's, so no backtracking into a run can succeed; the same strings match)
_OPENING = re.compile(
    r"^[\W\d]*+(?:(?:on|in|at|by|last|this|that|earlier|later|late|early|over|past|during|throughout|recent|recently|few|several|meanwhile|separately|also|and|but|however|both|the|a|an|now|then|still|yet|today|yesterday|tonight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"week|month|year|morning|evening|night|afternoon|day|days|weeks|months|years|ago|after|before|since|when|while|as|within|hours|\d+|government|officials?|authorities|"
    r"foreign|ministry|minister|prime|president|police|prosecutors|agency|agencies|intelligence|security|cyber|national|federal|state|its|their|his|her|of|for|public|senior|top|"
    r"researchers|analysts|experts|specialists|investigators|company|firm|vendor|team|lab|labs|division|centre|center|office|department|service|officials|"
    r"what|who|how|why|has|have|did|does|is|are|administration|leadership|cabinet|joint|statement|declaration|communiqu\w+|"
    r"[a-z]+['’]s)[\W\d]*+)*$",
    re.I,
)


def owns_claim(text: str, m: Mention) -> bool:
    """Is the state named as the owner of a claim ("Norway's accusation", "the British accusations")?"""
    if m.kind != "state" or m.form not in ("genitive", "demonym"):
        return False
    after = text[m.end : m.end + 40]
    return bool((_NOMINAL_CLAIM if m.form == "genitive" else _DEMONYM_CLAIM).match(after))


def _strip_parties(before: str, parties: list[Mention], s0: int) -> str:
    """The text before a party with the other parties (and their 's) taken out."""
    out = before
    for p in sorted(parties, key=lambda p: -p.start):
        a, b = p.start - s0, p.end - s0
        if b <= len(before):
            out = out[:a] + " " + out[b:]
    return out


# a verb before the party: it is an object ("punished Russia"), not the subject
_SAID_X = re.compile(r"\b(?:said|says|according\s+to|told|announced|added)\s+(?:the\s+|a\s+)?$", re.I)
# "The center said the NSA's office used ...": after a subject's "said" the accused is what it said, not who
_SUBJECT_SAID_X = re.compile(r"\w\s+(?:(?:also|later|then|previously|has|had|have)\s+)?(?:said|says|announced|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the\s+|a\s+)?$")
# "He said Washington was smearing China": a pronoun speaks, the state after its "said" is what it said
_PRONOUN_SAID = re.compile(r"(?<![\w-])(?:He|She|It|They|We)\s+(?:(?:also|later|then|has|had|have)\s+)?(?:said|says|added)\s+(?:that\s+)?(?:the\s+)?$")
_NOT_SPEAKER_AFTER = re.compile(r"^(?:['’]s)?\s*(?:member|members|state(?!\s+(?:cyber|security|intelligence|special|agency|service|department|council|prosecutors?|investigators))|states|country|countries|ally|allies|partner|partners|nation|nations|citizens|territory|(?:ambassador|envoy|embassy)(?!\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:said|says|called|calls|rejected|rejects|dismissed|denied|denies|urged|told|stated|described))|[-‑]based|[-‑]speaking|[-‑](?:owned|backed|funded|run)|companies|firms|government agencies|(?:['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:TV|television|newspaper|broadcaster|daily|weekly|magazine|tabloid|radio|news\s+(?:agency|site|outlet|channel|network))(?:\s+[A-Z][\w-]*)*\s+(?:reported|said|says|reports|revealed|wrote|published))\b", re.I)
_NOT_SPEAKER_BEFORE = re.compile(r"(?<!administration )(?<!government )(?<!president )(?<!ministry )(?<!authorities )(?<!ministers )(?<!leaders )(?<!heads )\b(?:of|against|on|to|from|by|with|in|into|targeting|targeted|at|over|including|and\s+in|for|towards|toward|about)\s+(?:the\s+)?$", re.I)
# an unnamed party as the sentence's subject: "Western governments have previously linked Sandworm to Russia's GRU"
_UNNAMED_SUBJECT = re.compile(
    r"(?:(?:But|And|However,?|Since\s+then,?|Previously,?)\s+)?(?:[Ss]everal\s+|[Mm]any\s+|[Ss]ome\s+|[Oo]ther\s+)?(?:Western|western|Other|other|Several|Many|Some|Allied|allied)\s+"
    r"(?:governments|intelligence\s+(?:agencies|services|officials)|security\s+(?:firms|companies|researchers)|researchers|officials|analysts)\b"
)
_BARE_BODY_AND = re.compile(r"\b(?:the|its)\s+(?:government|authorities|police|prosecutors|ministry|cabinet)\s+and\s+(?:the\s+)?$", re.I)
_ANONYMOUS = re.compile(r"(?<!\bour )(?<!\bits )(?<!\bOur )(?<!\bIts )(?<!\bfirm's )(?<!\bfirm’s )(?<!\bcompany's )(?<!\bcompany’s )(?<!\bagency's )(?<!\bagency’s )(?<!\blab's )(?<!\blab’s )\b(?:(?:cyber-?\s?)?security\s+)?(?:researchers|experts|analysts|western\s+(?:(?:intelligence|security|government|spy)\s+)?(?:officials|governments|agencies|services|sources|diplomats|capitals|intelligence)|private security firms|security firms|security companies|security specialists|observers|sources familiar|people familiar|(?:sources|people|persons)\s+close\s+to|newspapers)\b"
                        r"|\bcyber-?\s?security\s+(?:firms|companies|vendors|specialists)\b|\b(?:media|press|news)\s+reports\b", re.I)
_OFFICIALS_IN = re.compile(r"\b(?:officials?|authorities|investigators|prosecutors|police|law\s+enforcement(?:\s+agencies)?|government|intelligence\s+officials|diplomats|agencies|services)\s+(?:in|from|of)\s+(?:the\s+)?$", re.I)
_OBJECT_OFFICIALS_IN = re.compile(r"\b(?:to|with|by|of|for|against|at|on|from)\s+(?:the\s+)?(?:\w+\s+)?(?:officials?|authorities|investigators|prosecutors|police|government|intelligence\s+officials|diplomats)\s+(?:in|from)\s+$", re.I)  # "linked to the government in Beijing"
_IN_CAPITAL = re.compile(r"^\W*(?:In|From)\s+$")
# "In Palau, President Surangel Whipps Jr. said": who leads there speaks
_LEADER_AFTER = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:president|prime\s+minister|premier|chancellor|minister|secretary|spokes(?:man|woman|person)|king|emir|leader)\b", re.I)
_INSTITUTION_AFTER = re.compile(r"^,\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:prosecutors|officials|government|ministry|police|authorities|investigators|agency|court|cabinet|minister|department)\b", re.I)
_INSTITUTION_SUBJECT = re.compile(
    r"^(?:[\w\s,]{0,30}\s)?(?:the|its|their)\s+(?:\w+\s+)?(?:parliament|government|ministry|foreign\s+ministry|foreign\s+office|cabinet\s+office|police|prosecutors?|authorities|cabinet|president|prime\s+minister|foreign\s+minister|intelligence\s+services?|security\s+service|cyber\s+agency|national\s+\w+\s+(?:agency|centre|center)"
    # an office named without its state: "the culture secretary said", "the digital affairs minister said"
    r"|(?:[\w-]+\s+)?(?:minister|secretary)(?!\s+(?:of|for|general)\b))\b",
    re.I,
)
# a state's adjective on one of its public bodies: "the Czech foreign ministry", "the Polish news agency PAP"
_OWN_BODY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:ministry|ministries|government|parliament|agency|agencies|embassy|police|army|armed\s+forces|electoral\s+commission|institutions?|presidency)\b", re.I)
# "In May, military investigators said ...", "Ministry officials said ...": the state's own institutions, named without the state
_BARE_INSTITUTION = re.compile(r"^\W*(?:(?:In|On|Last|Earlier|Later)\b[^,;.]{0,30},\s+)?(?:(?:the\s+)?(?:(?:military|ministry|government|federal|national|state)\s+)?(?:officials|police|prosecutors|investigators|authorities)|the\s+government|the\s+(?:foreign\s+|interior\s+|defen[cs]e\s+)?ministry|the\s+(?:foreign|home|cabinet)\s+office)\s+(?:\w+\s+){0,3}?(?:said|say|says|told|announced|stated|believe|believed|concluded|added)\b", re.I)
# the same institutions speaking after what they said: "Chinese state hackers were behind the intrusion, investigators
# said", "..., police say" (a wire headline), and a headline's "Police: North Korea behind hack of ..."
_TRAILING_INSTITUTION = re.compile(
    r",\s+(?:the\s+)?(?:(?:military|ministry|government|federal|national|state|police|security)\s+)?(?:officials|police|prosecutors|investigators|authorities)"
    r"\s+(?:have\s+|had\s+)?(?:said|say|says|told\s+\w+|believe|believed|concluded|added)\b[^,;\n]{0,40}$",
    re.I,
)
_INSTITUTION_KICKER = re.compile(r"\s*(?:Police|Officials|Prosecutors|Investigators|Authorities):\s")
# a head of state, of government or a minister opening the sentence as its subject
_STATESMAN_OPENS = re.compile(
    r"\W*(?:(?:When|As|After|Before|While|Once|On|In|Hours\s+after|Days\s+after)\b[^.;]{0,120}?,\s+)?(?:(?:[A-Z][a-z]+(?:ian|ese|ish|an|i))\s+)?(?:Deputy\s+|Vice\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|(?:Foreign|Defen[cs]e|Interior|Home|Justice|Digital)\s+(?:Minister|Secretary)|Minister\s+of\s+[A-Z]\w+)"
    r"\s+(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+(?:,\s+(?:a|an|the)\s+[^,]{1,40},)?\s+(?:has\s+|had\s+|on\s+\w+\s+)?(?:said|says|blamed|accused|told|announced|called|declared|claimed|charged|alleged)\b"
)
_TITLE_NAME = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Dd]irector(?:\s+general)?|[Cc]hief|[Cc]hancellor|Attorney General|[Cc]ommissioner|[Hh]ead|[Aa]dviser|[Pp]remier|[Pp]rosecutor|[Rr]esearcher|[Ee]nvoy|[Oo]fficer|[Dd]eputy)"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"
)
# "Russian hackers", "China's spies", "Russian special services", "Russian services were behind the attack"
_HOSTILE_NOUN = re.compile(
    r"^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}?(?:hackers?|hacking|(?<!espionage\s)group|(?<!espionage\s)groups|spies|spy(?!\s+(?:chief|chiefs|boss|bosses|master|head)\b)|military\s+intelligence|military\s+hackers|intelligence\s+(?:services?|agenc\w+|officers|units?)|(?:military|cyber|hacking)\s+units?|special services|secret\s+services|services(?=\s+(?:were|are|had|have|stood|stand|likely|probably|also)\b)|officers|soldiers|agents|operatives|cyber\s?(?:actors?|spies|attackers|espionage(?!\s+groups?\b))|state(?:-sponsored|-backed)?\s+(?:(?:threat\s+)?actors?|hackers)|government(?:-backed|-sponsored|-linked)?\s+(?:(?:threat\s+)?actors?|hackers)|(?:state|government)[- ](?:sponsored|backed|linked|directed)\s+(?:[\w-]+\s+)?(?:crews?|outfits?|gangs?|teams?|operators?|collectives?)|involvement|attackers)\b",
    re.I,
)
_SAID_IN_ACT = re.compile(r"\b(?:said|says|told|announced|stated|reported|warned|added|believes?|thinks?)\b", re.I)


def _organ_acted(text: str, end: int) -> bool:
    """"Russian intelligence had broken into ...", but not "Seoul's spy agency said ... had stolen"."""
    act = _STATE_ACTED.match(text, end)
    # "hacked German government agencies and stole documents": the agencies are the object, the verb is the hackers'
    return act is not None and not _SAID_IN_ACT.search(act.group(0)) and not _AND_VERB.search(act.group(0))


# organs that spy or fight, whose own attack makes their state the doer (not the police's takedown or a ministry's sanction)
_MILITARY_OR_SPY_ORGAN = re.compile(r"\b(?:intelligence|military|army|armed\s+forces|Pentagon|spy|spies|Cyber\s+Command|Defen[cs]e\s+(?:Ministry|Department)|Ministry\s+of\s+Defen[cs]e|Department\s+of\s+Defen[cs]e)\b", re.I)


def _organ_strikes(doc: Doc, m: Mention) -> bool:
    """Is the state organ ``m`` a military or spy organ doing the operation itself ("The Pentagon launched cyberattacks
    against ...", "US intelligence agencies had attacked ...")? Not the police taking servers down, not a ministry speaking."""
    return bool(_MILITARY_OR_SPY_ORGAN.search(m.surface)) and _organ_acted(doc.text, m.end) and not _police_takes_down(doc.text, m.end, doc.sentences[m.sentence].end)


# an agency named in apposition to the organ before it: "Russia's military intelligence agency, the GRU, launched ..."
_ORGAN_APPOSED_BEFORE = re.compile(r"\b(?:agency|agencies|service|services|directorate|unit|ministry|intelligence|army|military|command|bureau)\s*,\s+(?:the\s+|its\s+)?$", re.I)
_AND_VERB = re.compile(r"\s(?:and|then)\s+(?:[\w-]+\s+)?\w+$", re.I)
_SOLD_BY_BEFORE = re.compile(C.MADE_BY + r"$", re.I)
_IDENTIFIED_AS_ORGAN = re.compile(C.IDENTIFIED_AS_ORGAN + r"$", re.I)
_STATE_BODY_AFTER = re.compile(r"^(?:['’]s)?\s+(?:state|government|regime|authorities|military|intelligence|security\s+services?)\b", re.I)
_AGENCY_AS_OBJECT = re.compile(
    r"\b(?:insult\w*|mock\w*|taunt\w*|ridicul\w*|(?:described|denounced|branded)\s+as\s+(?:a\s+)?(?:tool|front|cash\s+cow|piggy\s+bank)\s+of)"
    r"\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+)?$",  # (a state's name or demonym before the agency)
    re.I,
)
# "APT99 targeted employees of the Russian FSB", "hacked the networks of Iran's Revolutionary Guards": the organ was hit
_AGENCY_HIT_BEFORE = re.compile(
    r"\b(?:targeted|targeting|hacked|hacking|breached|attacked|attacking|spied\s+on|spying\s+on|phished|infiltrated|compromised|penetrated|broke\s+into)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:employees|staff|officers|officials|personnel|networks?|systems?|servers?|computers?|accounts?|e-?mails?|devices|phones)\s+(?:of|at|in|inside|within)\s+(?:the\s+)?)?"
    r"(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?(?:['’]s)?\s+)?$",
    re.I,
)
_RUN_BY_BEFORE = re.compile(r"\b(?:run|operated|directed|controlled|commanded|overseen|managed|tasked)\s+by\s+(?:the\s+)?$", re.I)
# "APT31, which (experts say) is run by", "a group run by", "APT99 is run by": the group, then who runs it
# (not "a newspaper run by the Chinese government": a victim the state runs)
_THEN_RUN = (
    r"(?:,?\s+(?:which|that|who)\s+(?:[\w-]+\s+){0,4}?)?(?:,?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|be)\s+)?"
    r"(?:(?:allegedly|reportedly|likely|probably|also|directly|ultimately|secretly)\s+)?\s*$"
)
_GROUP_THEN_RUN = re.compile(r"\b(?:group|groups|gang|unit|crew|hackers|actors?|team|outfit|collective)" + _THEN_RUN, re.I)
_ACTOR_THEN_RUN = re.compile(_THEN_RUN, re.I)


def _run_by_state(doc: Doc, m: Mention, before: str) -> bool:
    """Is the state the one that runs the group named just before ("APT31, which is run by the Chinese state")?"""
    run = _RUN_BY_BEFORE.search(before[-40:])
    if run is None:
        return False
    p = m.start - (len(before[-40:]) - run.start())  # where "run by" begins
    if _GROUP_THEN_RUN.search(doc.text, max(0, p - 80), p):
        return True
    return any(x.kind == "actor" and p - 80 < x.end <= p and _ACTOR_THEN_RUN.match(doc.text, x.end, p) for x in doc.mentions_in(m.sentence))


_GROUP_BEFORE_RUN = re.compile(r"\b(?:group|gang|unit|crew|hackers|operation|campaign|programme|program|botnet|network|team|actor)\b", re.I)
_WORKING_FOR = re.compile(r"\b(?:hackers|operatives|agents|actors|attackers|group)\s+(?:working|acting)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$", re.I)
_ORGAN_RESPONSIBLE = re.compile(r"(?:\s*,[^,]{1,60},)?\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:in\s+all\s+(?:likelihood|probability)\s+)?(?:\w+\s+){0,2}(?:responsible|behind|to\s+blame)\b", re.I)
_CONDEMNED_FOR = re.compile(r"\b(?:condemn\w*|denounc\w*|sanction\w*|blam\w*|accus\w*)\s+(?:the\s+)?$", re.I)
_FOR_OPERATION = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:for|over)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|cyber-?attacks?|hack\w*|intrusions?|campaign|operation|breach|espionage)", re.I)
# "condemned the activity of APT28", "denounced the attacks by Sandworm": the group named as the culprit
_CONDEMNED_ACTIVITY_OF = re.compile(
    r"\b(?:condemn\w*|denounc\w*)\s+(?:the\s+|this\s+|these\s+)?(?:[\w-]+\s+){0,3}?(?:activit(?:y|ies)|attacks?|cyber-?attacks?|operations?|campaigns?|actions?|behaviou?r|hacking|intrusions?|espionage)\s+"
    r"(?:of|by|carried\s+out\s+by|conducted\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# "condemned Iran's attempt to interfere in the election", "denounced Russia's cyberattacks"
_GENITIVE_OPERATION = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:attempts?\s+to\s+(?:interfere|hack|breach|meddle|infiltrate|disrupt)|interference|meddling|attacks?|cyber-?attacks?|hack(?:ing|s)?|intrusions?|campaign|operations?|espionage)\b",
    re.I,
)
_FRAMED = re.compile(
    r"\b(?:look(?:ed|s|ing)?\s+(?:like|as\s+(?:though|if))|appear(?:ed|s)?\s+to\s+(?:come|originate)|point\s+(?:\w+\s+){0,2}(?:towards?|at)|frame[ds]?|false[- ]flag|"
    r"impersonat\w+|masquerad\w+|mislead\w*|pose\s+as|posing\s+as|disguis\w+)\b[^.;]{0,45}$",
    re.I,
)
# "posed as Chinese operatives", "pretending to be Russian hacktivists": the state in what the doers posed as
# (not "the hackers, who posed as recruiters, were Iranian state hackers")
_FRAMED_OBJECT = re.compile(
    r"\b(?:impersonat\w+|masquerad\w+|pos(?:e|es|ed|ing)\s+as|pretend\w*\s+to\s+be|mimic\w*|disguis\w+\s+as)\s+(?:(?!(?:was|were|is|are|but|and|who|which)\b)[^.;,\s]+\s+){0,4}$",
    re.I,
)
# "planted code associated with North Korean hackers as a false flag": the frame told after the state
_FRAMED_AFTER = re.compile(r"[^.;,]{0,40}?\bas\s+(?:a\s+)?(?:false[- ]flag|decoy|red\s+herring|ruse)\b", re.I)
_RESPONSE_TARGET = re.compile(
    r"\b(?:(?:sever\w*|cut|broke\s+off)\s+(?:all\s+)?(?:diplomatic\s+)?(?:ties|relations)\s+with|expel\w*|summon\w*|"
    r"sanction\w*|recall\w*\s+(?:\w+\s+){0,3}from|"
    # "imposed sanctions on Russia over the hack", "slapped new sanctions against Moscow", "punished Russia for ..."
    r"(?:impos\w+|slap\w*|levied|levies|levy(?:ing)?|announc\w+|agreed)\s+(?:(?:new|fresh|further|more|additional|wide-ranging|sweeping|targeted|its\s+first(?:-ever)?|cyber)\s+){0,2}(?:sanctions|penalties|restrictive\s+measures)\s+(?:on|against)|"
    r"punish\w*)\s+(?:the\s+)?$",
    re.I,
)
# "declared two Russian diplomats persona non grata over the cyberattacks", "gave Russia's chargé d'affaires a note of protest over ..."
_ENVOY_OF_STATE = re.compile(r"(?:['’]s)?\s+(?:(?:top|acting|senior|two|three|several|\d+)\s+)?(?:ambassador|envoy|charg[eé]s?\s+d['’]affaires|diplomats?|embassy\s+staff|head\s+of\s+mission)\b", re.I)
_ENVOY_RESPONSE = re.compile(r"\b(?:summon\w*|expel\w*|persona\s+non\s+grata|protest\w*|d[ée]marche|called\s+in|convoked|ordered|recall\w*)\b", re.I)
# (the reason reaches the operation word without passing a new time clause: not "sanctioned Russia over the war, weeks
# after a cyberattack hit ...")
_HOSTILE_RESPONSE_AFTER = re.compile(
    r"\b(?:over|after|for|in\s+response\s+to|because\s+of|accusing\s+(?:it|them|\w+)\s+of|blaming\s+(?:it|them|\w+)\s+for)\b"
    r"(?:(?!,\s+(?:[\w-]+\s+){0,2}?(?:after|before|while|as|when|days|weeks|months|years)\b)[^.;]){0,80}?\b(?:cyber|hack|attack|intrusion|breach|campaign|espionage)",
    re.I,
)
# the envoy's own state is the accuser: "summoned the Czech ambassador ... after Prague blamed APT31", "to protest
# London's accusation": a response by the accused, who holds nobody responsible by it
_ACCUSER_AFTER = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:accusations?|allegations?|charges|indictments?|attributions?|claims?|sanctions)"
    r"|\s+(?:(?:had|has|have|also|publicly|formally|officially|first)\s+)*(?:blamed|accused|charged|indicted|attributed|sanctioned|imposed\s+sanctions|named|expelled))\b",
    re.I,
)
_PROTECTING_POWER = re.compile(r"\s*,?\s+(?:(?:who|which)\s+(?:also\s+)?represents|representing|as\s+the\s+protecting\s+power)\b", re.I)
_MEMBERS_ACT = re.compile(r"^\s+(?:allies|members|member\s+states|partners)\s+(?:\w+\s+)?(?:expressed|condemned|said|stated|agreed|issued|imposed|called|announced|declared)\b", re.I)
# (and "the hackers, who they believe work for ...": a relative clause of belief)
_ANAPHOR_BEFORE_TIE = re.compile(
    r"\b(?:the|this|that)\s+(?:same\s+)?(?:group|gang|crew|hackers|actor|unit|(?:\w+\s+)?(?:men|women|suspects|defendants|individuals|operatives|operators|attackers|perpetrators|culprits|intruders|spies|officers|actors))(?:\s+(?:is|are|was|were|has\s+been|had\s+been|(?:may|might|could|must)\s+(?:have\s+been|be))?\s*(?:(?:likely|probably|possibly|almost|most|certainly|an?)\s+)*(?:\w+\s+)?"
    r"|,\s+(?:who|which)\s+(?:they|officials|investigators|he|she|it)\s+(?:believe|believed|say|said|think|suspect|suspected)\s+(?:to\s+)?"
    r")$"
    # "the operation was likely carried out on behalf of the Kazakh government"
    r"|\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:operations?|attacks?|cyber-?attacks?|campaigns?|intrusions?|hacks?|breach|breaches|activity|activities)\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:carried\s+out|conducted|launched|run|mounted|undertaken|performed)\s+$"
    # "Microsoft described the group as a Russian state actor"
    r"|\b(?:described|describes|identified|identifies|characteri[sz]ed|labell?ed|classified|classifies)\s+(?:the\s+(?:group|hackers|actor|attackers|unit|gang|crew)|it|them|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# a state's hacking, not its arms: "ran a bombing campaign", "launched missile attacks", "waged a military campaign"
_NOT_ARMS = r"(?<!bombing\s)(?<!missile\s)(?<!drone\s)(?<!air\s)(?<!military\s)(?<!ground\s)(?<!artillery\s)(?<!rocket\s)(?<!terror\s)(?<!terrorist\s)(?<!election\s)(?<!counteroffensive\s)(?<!counter-offensive\s)"
# what a state takes by hacking: data, money, crypto ("$81 million", "the personal data of 22 million federal employees")
_DIGITAL_LOOT = (
    r"(?:(?:(?!worth\b)[\w'’$.,-]+\s+){0,4}?(?:data|secrets|information|e-?mails?|documents|files|records|credentials|passwords|intellectual\s+property|designs|blueprints|source\s+code|research"
    r"|crypto\w*|bitcoins?|ether|funds|money|cash)\b"
    # (a sum: "$81 million", "an estimated $1.5 billion", "millions of dollars"; not "grain worth millions")
    r"|(?:(?:an?\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+|up\s+to\s+|estimated\s+|an\s+estimated\s+|hundreds\s+of\s+|tens\s+of\s+)*"
    r"(?:millions|billions|\$\s?[\d.,]+(?:\s*(?:million|billion|m|bn)\b)?|(?:US\s?)?\$?[\d.,]+\s*(?:million|billion|m|bn)\s+(?:dollars|euros|pounds|in\s+crypto\w*|worth\s+of\s+crypto\w*))))"
)
_CYBER_TARGET = (
    r"(?:(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,4}?(?:networks?|systems|computers?|servers?|e-?mails?|e-?mail\s+accounts|accounts|inboxes|mailboxes|websites?|web\s+sites?|IT\s+infrastructure|routers|devices|phones|smartphones|databases?)\b"
    r"|(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){1,5}?(?:with|using|through|via)\s+(?:[\w-]+\s+){0,2}?(?:malware|spyware|phishing|spear-?phishing|ransomware|wipers?|hacking|cyber-?attacks?|DDoS|exploits?|backdoors?))"
)
# the state with its allies: "the United States and its NATO allies had launched cyberattacks on ..."
_WITH_ALLIES = re.compile(r"\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:allies|partners|proxies|satellites)\b", re.I)
_STATE_HACKED = re.compile(
    # ("US agencies hacked Huawei": the state's agencies)
    r"^(?:" + _WITH_ALLIES.pattern + r"|\s+(?:government\s+|spy\s+|security\s+)?agencies)?\s+(?:(?:had|has|have)\s+)?(?:hacked|breached|compromised|infiltrated|penetrated|spied\s+on"
    r"|(?:tried|attempted|sought)\s+to\s+(?:hack|breach|take\s+over|take\s+control\s+of|break\s+into|penetrate|infiltrate|compromise|sabotage|disrupt)"
    r"|(?:conducted|carried\s+out|perpetrated|orchestrated|masterminded|launched|mounted|staged|waged|ran|sponsored|directed)\b(?=[^.;]{0,40}?\b" + _NOT_ARMS + r"(?:attacks?|cyber|hack|intrusion|operation|campaign|breach))"
    # "North Korea stole $81 million from Bangladesh Bank", "Beijing siphoned data from", "Pyongyang laundered stolen cryptocurrency":
    # what a state takes by hacking (not "Russia stole grain", "stole Ukrainian children", "China stole the show")
    + r"|(?:stole|siphoned(?:\s+off)?|looted|laundered|exfiltrated|harvested)\s+" + _DIGITAL_LOOT
    # "Tehran eavesdropped on the talks", "Moscow snooped on", "the Kremlin meddled in the 2016 election"
    + r"|(?:eavesdropped|snooped)\s+on|(?:interfered|meddled)\s+(?:in|with)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:elections?|votes?|referend(?:um|ums|a)|polls?|campaigns?)"
    # "China targeted the Philippine government's networks", "Iran went after the e-mail accounts of": a cyber target named
    # (not "Russia targeted Ukraine's power plants": a strike)
    + r"|(?:targeted|(?:went|goes|had\s+gone)\s+after)\s+" + _CYBER_TARGET + r")\b",
    re.I,
)
_STATE_HACKED_AT = re.compile(_STATE_HACKED.pattern[1:], re.I)  # (read from a position in the text)
# "hackers from North Korea", "state hackers of Iran", "spies from China": the doers named after their state, like "North Korean hackers"
# (not "hackers in Russia", "hackers based in China": where they are)
_HACKERS_FROM_BEFORE = re.compile(r"\b(?:hackers|hacker|cyber-?spies|spies|cyber-?criminals|operatives|agents|attackers|cyber\s+actors|threat\s+actors)\s+(?:from|of)\s+(?:the\s+)?$", re.I)
_MISSION_IN = re.compile(r"\b(?:embassy|embassies|mission|consulate|envoy|ambassador|representation)\s+(?:in|to)\s+(?:the\s+)?$", re.I)
_SPEAKS_AFTER = re.compile(
    # (not a passive: "North Korea's government and that has been blamed for ...")
    # (not "described UNC4999 as a Russian state-sponsored group and said": the sentence's subject speaks again)
    r"(?:['’]s)?\s+(?:(?!(?:been|being)\b|and\s+(?:also\s+)?(?:said|says|told|added)\b)[\w-]+\s+){0,4}?(?!(?:been|being|and)\b)[\w-]*(?:\s*\([^)]{1,20}\))?(?:,\s+[^,]{1,70},|,)?\s+(?:(?:which|who)\s+)?(?:(?:on|also|has|have|had)\s+(?!been\b)(?:\w+\s+)?)?"
    # "Pakistan's intelligence agencies had detected a cyber attack", "Danish military intelligence, which found that"
    r"(?:said|says|told|announced|stated|concluded|assessed|found|reported|confirmed|warned|warns|wrote|published|issued|added|blamed|accused|attributed|pinned|detected|discovered|uncovered)\b",
    re.I,
)
_HOSTILE_NOUN_TIGHT = re.compile(r"^\s*(?:hackers?|spies|military\s+intelligence|intelligence\s+services?|special\s+services|state[- ]sponsored|state[- ]backed|state[- ]affiliated|state[- ]linked|government[- ]backed)\b", re.I)
_AFTER_CUE_STATE = re.compile(
    r"\b(?:work\s+of|(?:involvement|complicity|hand)\s+of|(?:activit\w+|attacks?|campaigns?|operations?|hacking|intrusions?|aggression)\s+by|(?:carried\s+out|conducted|perpetrated|launched|mounted|orchestrated|planted)\s+by|blam\w+|blam\w+\s+(?:(?!for\b)\w+\s+){0,4}on|(?:pin(?:ned|s|ning)?|put|puts|putting|laid|lays|lay|placed|places|placing)\s+(?:the\s+|full\s+)?(?:blame|responsibility)\s+(?:for\s+[^.;]{1,60}?\s+)?(?:squarely\s+|firmly\s+|directly\s+|clearly\s+)?(?:on|upon|at\s+the\s+(?:door|feet)\s+of)|la(?:id|ys|y|ying)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?at\s+the\s+(?:door|doorstep|feet)\s+of|assign\w*\s+(?:the\s+)?(?:blame|responsibility)\s+(?:for\s+[^.;]{1,60}?\s+)?to|(?:blame|responsibility)\s+(?:for\s+[^.;]{1,60}?\s+)?(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:assigned|placed|laid|put|pinned)\s+(?:squarely\s+|firmly\s+)?(?:on|upon|to)|call(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?out|finger(?:ed|ing)|nam(?:ed|es|ing)\s+and\s+sham(?:ed|es|ing)|finger\s+at|accus\w+|accusations?\s+against|charges?\s+against|attribut\w+\s+(?:\w+\s+){0,8}to|hold(?:s|ing)?|held|point\w*\s+(?:\w+\s+){0,2}(?:at|to)|(?:it|they|he|she|we|officials|police|investigators|prosecutors|government|authorities|agency|service|ministry)\s+(?:had\s+|has\s+|also\s+|strongly\s+|now\s+|(?:are|were)\s+(?:now\s+)?)?suspect(?:s|ed|ing)?(?:\s+that)?|suspicions?\s+(?:(?:has|have|had)\s+)?(?:(?:quickly|immediately|soon|again|also|now)\s+)?(?:fell|falls|fallen|falling)\s+(?:on|upon)|(?-i:[A-Z])[\w.]*\s+(?:also\s+|strongly\s+)?suspect(?:s|ed)|tied\s+(?:\w+\s+){0,6}to|(?:it|they|he|she)\s+(?:also\s+|firmly\s+|now\s+)?ties\s+(?:\w+\s+){0,2}to|link\w*\s+(?!(?:were\s+|was\s+)?(?:sent|shared|posted|texted|e-?mailed|clicked)\b)(?:\w+\s+){0,6}to|(?:backed|sponsored|directed|financed|tasked)\s+by|connecting|trail|"
    r"(?:(?:tie[ds]?|link\w*|connected|close)\s+(?:\w+\s+){0,4}to|(?:backed|sponsored|directed|run|controlled)\s+by|working\s+for|" + C.NOT_SPOKEN_FOR + r"on\s+behalf\s+of)\s+(?:the\s+)?(?:government|regime|authorities|leadership|communist\s+party)\s+(?:in|of))\s+(?:the\s+)?$",
    re.I,
)
_TRACED_TO_BEFORE = re.compile(
    r"\btrac(?:ed|es|ing)\s+(?:\w+\s+){0,6}?(?:back\s+)?to\s+(?:the\s+)?$"
    # translated press: "the trace leads to Russia", "the traces of the attack led back to Iran"
    r"|\b(?:traces?|trail|footprints?)\s+(?:of\s+(?:[\w'’-]+\s+){1,5}?)?(?:leads?|led|leading)\s+(?:back\s+|directly\s+|clearly\s+)?(?:to|towards)\s+(?:the\s+)?$",
    re.I,
)
# "the cyberattack has a Russian trace", "bears a clear Russian footprint": the state's mark on the operation
_STATE_TRACE_AFTER = re.compile(r"\s+(?:trace|trail|footprint|fingerprints)\b", re.I)
_HAS_TRACE_BEFORE = re.compile(r"\b(?:has|have|had|bears?|bore|showed|shows|with)\s+(?:an?\s+|the\s+)?(?:(?:clear|obvious|distinct|evident|unmistakable)\s+)?$", re.I)
# (not "at the request of": "of the United States", "of Latvian prosecutors" ask for a response; a state's
# spies asking, "at the request of Russia's intelligence services", are read by _HOSTILE_NOUN)
_SPONSORED_BY = re.compile(
    r"\b(?:(?:backed|sponsored|directed|financed|funded|tasked|controlled|steered|paid|hired|commissioned)\s+by|work(?:ing|ed|s)?\s+for|act(?:ing|ed|s)?\s+for|(?:spying|spied|spy|espionage|hacking)\s+for|" + C.NOT_SPOKEN_FOR + r"on\s+(?:the\s+)?behalf\s+of"
    r"|at\s+the\s+(?:behest|direction)\s+of|under\s+(?:the\s+)?(?:direction|command|control|orders?|instructions?)\s+(?:of|from)|in\s+support\s+of|subordinated?\s+to|an\s+arm\s+of"
    # "acting on orders from Beijing", "takes its orders from Tehran", "a proxy for Iran", "under the aegis of the Kremlin"
    r"|on\s+(?:the\s+)?(?:direct\s+)?orders?\s+(?:of|from)|(?:takes?|took|taking)\s+(?:its\s+|their\s+)?orders\s+from|(?:offshoot|proxy|contractor)\s+(?:of|for)"
    r"|under\s+the\s+(?:umbrella|aegis|wing|auspices)\s+of|" + C.OPERATED_FOR + r")\s+(?:the\s+)?$",
    re.I,
)
# "IT workers sent by the North Korean government", "hackers employed by Iran": whose people they are
_SENT_BY = re.compile(C.SENT_BY + r"\s+(?:the\s+)?$", re.I)
# "state-backed actors from North Korea": the tie stated, the state after it
# "a state-backed outfit operating from Iran", "which it describes as state-sponsored and operating out of China"
# "a state-sponsored group operating out of Russia", "a nation-state actor based in Iran": the tie stated, then where from
# (not "a nation-state actor operating in Germany": where it is active, maybe its victim)
_BACKED_FROM = re.compile(
    r"\b(?:(?:state|government)[- ](?:backed|sponsored|linked)\s*(?:(?:[\w-]+\s+){0,2}?(?:from|of|in)"
    r"|(?:[\w-]+\s*)?(?:,\s*|\s+and\s+)(?:operat(?:es|ing|ed)|work(?:s|ing|ed)|act(?:s|ing|ed)|based|located)\s+(?:out\s+of|from|in))"
    r"|(?:(?:state|government)[- ](?:backed|sponsored|linked)|nation[- ]state)(?:\s*[\w-]+){0,2}?(?:\s*,\s*|\s+and\s+|\s+)"
    r"(?:(?:operat(?:es|ing|ed)|work(?:s|ing|ed)|act(?:s|ing|ed))\s+(?:out\s+of|from)|(?:based|located)\s+in))\s+(?:the\s+)?$",
    re.I,
)
# "UNC3886, a group with ties to China", "hackers with links to Iran": the group's tie, not a diplomatic one
_GROUP_TIED_TO = re.compile(
    r"\b(?:group|groups|actor|actors|hackers|gang|crew|operators|collective)\s+(?:(?:\w+\s+){0,2}?(?:with|having|that\s+has|who\s+have|which\s+has)\s+(?:\w+\s+)?(?:ties|links|connections)\s+to"
    r"|(?:(?:that|which|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:\w+\s+){0,4}?(?:associated|affiliated)\s+with)\s+(?:the\s+)?$"
    r"|\b(?:group|groups|actor|actors|hackers|gang|crew|operators|collective),\s+(?:which|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:closely|reportedly|allegedly|presumably|believed\s+to\s+be|said\s+to\s+be)\s+)?(?:associated|affiliated)\s+with\s+(?:the\s+)?$",
    re.I,
)
# a relative clause after a group's own name: "Kimsuky, which is associated with the North Korean intelligence"
# (the name must be an actor's: "attacked Naftogaz, which is associated with the Ukrainian state" ties no victim)
_NAME_ASSOCIATED_BEFORE = re.compile(
    r",\s+(?:which|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:closely|reportedly|allegedly|presumably|believed\s+to\s+be|said\s+to\s+be)\s+)?(?:associated|affiliated)\s+with\s+(?:the\s+)?$",
    re.I,
)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w-]*")
# the words of a list of co-signers: names, and the lower-case words of agencies' names
# a list item ends where the next begins: "...(FBI), USA;" then "Cybersecurity and ...", or a new bulleted line
_LIST_GOES_ON = re.compile(r"(?:[;:]|\n\s*[-•*–])\s*$")
_LINE_ITEM = re.compile(r"\n\s*[^\n]{3,120}(?<![.!?])$")  # a line of its own without a full stop: "National Security Agency (NSA), USA"


def _condemned_for(text: str, sent_start: int, m: Mention) -> bool:
    """Is ``m`` what a condemnation holds to an operation ("condemns Russia for the attacks", "condemned Iran's attempt to ...")?"""
    after = text[m.end : m.end + 90]
    return bool(_CONDEMNED_FOR.search(text, max(sent_start, m.start - 40), m.start)) and bool(_FOR_OPERATION.match(after) or _GENITIVE_OPERATION.match(after))


def _continues_list(text: str, prev: Sentence, cur: Sentence) -> bool:
    """Does sentence ``cur`` only go on with a list that ``prev`` is part of (cut by semicolons, bullets or lines)?"""
    if cur.end - cur.start > 200:
        return False
    if _LIST_GOES_ON.search(text, prev.start, cur.start):
        return True
    return bool(_LINE_ITEM.match(text, prev.end, cur.end)) and not text[prev.end - 1 : prev.end] == "."
_LIST_WORDS = frozenset(
    "and the of in from for its their by s military general intelligence service services defence defense security cyber cybersecurity "
    "national foreign federal agency agencies centre center signals directorate office bureau police counterparts partners allies".split()
)
_STATE_PAID = re.compile(r"\s+(?:had\s+|has\s+)?(?:paid|hired|commissioned|contracted|recruited|funded|financed)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:group|hackers?|gang|contractors?|company|firm|crew)\b", re.I)
_FREELANCE_BEFORE = re.compile(r"\b(?:freelance|criminal|independent|rogue|lone|private|non-state|former|ex-)\s*$", re.I)
_TROOPS_AFTER = re.compile(r"\s+(?:(?:artillery|army|military|naval|air\s+force|frontline|front-line)\s+)?(?:soldiers|troops|forces|servicemen|service\s+members|units|officials|officers|personnel|diplomats|users|citizens)\b", re.I)
_OBJECT_BEFORE = re.compile(r"\b(?:from|against|targeting|targeted|on|at|to|of|among|show|showing|shows|depicting|depicted|(?:used|owned|operated|run|installed|carried)\s+by)\s+(?:the\s+)?$", re.I)
_AGENCY_SPEAKS = re.compile(C.AGENCY_SPEAKS, re.I)
_OWN_OPERATION = re.compile(C.OWN_OPERATION, re.I)
_STATE_BLAMED = re.compile(r"^(?:['’]s)?\s+(?:(?:is|was|were|are|has\s+been|had\s+been|being)\s+)?(?:widely\s+|formally\s+|publicly\s+)?(?:blamed|accused|suspected)\s+(?:for|of|over|in)\b", re.I)
_STATE_RESPONSIBLE = re.compile(r"^\s*(?:['’]s\s+(?:(?!(?:that|which|who|said|says|conclusion|assessment|view|finding)\b)[\w-]+\s+){1,3}?|"
    # "Serbian authorities were behind", "Vietnamese authorities, or someone acting on their behalf,\" were likely behind"
    # "it is the Moroccan authorities, clients of NSO, who are at the origin of these attacks": a cleft
    r"(?:authorities|officials|regime|state|police|security\s+(?:services|forces))(?:,\s[^,.;]{1,60},)?[\"”]?\s+(?:who\s+|that\s+)?)?(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:in\s+all\s+(?:likelihood|probability)\s+)?(?:\w+\s+){0,2}(?:responsible|behind(?=\b)" + C.BEHIND_NO_OPERATION + r"|involved|to\s+blame|culprits?|perpetrators?|at\s+the\s+origin\s+of\s+(?:the\s+|these\s+|this\s+|those\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:cyber-?attacks?|attacks?|hack\w*|intrusions?|infections?|campaigns?|operations?|breach(?:es)?|espionage|spying|surveillance))|behind)\b" + C.BEHIND_NO_OPERATION, re.I)  # "Russia behind cyber-attack ...": a headline's copula left out
# (where an attack "came from" is its origin only: "traffic came from Russia", "attacks coming from Russia";
# "came from the territory of China" is the state's)
# where an attack came from: by itself a location ("attacks coming from Russia"), the state's when the speaker
# summons that state's envoy over it or speaks of its territory (shared convention: "carried out from China" with a summons)
_CAME_FROM_BEFORE = re.compile(r"\b(?:came|come|comes|coming|originat\w*|stemm\w*|emanat\w*|traced(?:\s+back)?)\s+(?:\w+\s+){0,2}?(?:from|in|to|out\s+of)\s+(?:the\s+)?$", re.I)
_TERRITORY_AFTER = re.compile(r"\s+(?:state\s+|national\s+)?territory\b", re.I)


def _envoy_summoned(doc: Doc, m: Mention) -> bool:
    """Does the sentence of ``m`` (or the next) summon or expel an envoy of ``m``'s state?"""
    for i in (m.sentence, m.sentence + 1):
        if i >= len(doc.sentences):
            break
        s = doc.sentences[i]
        if not _ENVOY_RESPONSE.search(doc.text, s.start, s.end):
            continue
        if any(x.kind == "state" and x.value == m.value and x.start > m.end and _ENVOY_OF_STATE.match(doc.text, x.end, x.end + 60) for x in doc.mentions_in(i)):
            return True
    return False


# (not a suspect's move: "a man accused of LockBit attacks was extradited from Canada")
_FROM_STATE = re.compile(
    r"\b(?:(?:attacks?|activit\w+|operations?|campaigns?|hacking|intrusions?|compromise|actors\s+operating|carried\s+out|conducted|undertaken|launched|mounted|staged)\s+"
    r"(?:(?!(?:came|come|comes|coming|originat\w*|stemm\w*|emanat\w*|routed|traced|extradit\w*|deport\w*|expell?\w*|transferr?\w*|flown|repatriat\w*|fled|escaped|released|freed)\b)\w+\s+){0,2}(?:from|out\s+of)\s+(?:the\s+)?(?:territory\s+of\s+)?"
    r"|(?:from|out\s+of)\s+(?:the\s+)?territory\s+of\s+)(?:the\s+)?$",
    re.I,
)


@dataclass
class Clause:
    """What one sentence says, before it is assigned to an incident."""

    index: int
    speakers: list[str] = field(default_factory=list)
    speaker_mentions: list[Mention] = field(default_factory=list)
    explicit_speaker: bool = False
    anonymous: bool = False
    actors: list[Mention] = field(default_factory=list)
    states: list[Mention] = field(default_factory=list)
    agencies: list[Mention] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    accused: list[str] = field(default_factory=list)
    accused_mentions: list[Mention] = field(default_factory=list)
    attribution_cues: list[tuple[str, int, int]] = field(default_factory=list)
    denial_cues: list[tuple[str, int, int]] = field(default_factory=list)
    response_cues: list[tuple[str, int, int]] = field(default_factory=list)
    operation: bool = False
    negated: bool = False
    confidence: str | None = None
    confidence_cue: tuple[int, int] | None = None
    cosign: bool = False
    tie: bool = False
    disputed_from: int | None = None  # where a company's "disputed reports that ..." begins
    triggers: set[str] = field(default_factory=set)
    tied_elsewhere: list[Mention] = field(default_factory=list)
    claimed: list[str] = field(default_factory=list)  # accused states the speaker itself ties
    own_operation: bool = False  # an organ tells its own operation: "the SBU said it had hacked ..."


def party_code(m: Mention) -> str:
    if m.kind in ("state", "org", "organ"):
        return m.value
    return m.value  # company name as written


# "according to a note of the Romanian Intelligence Service", "the intrusion was detected by Pakistan's own intelligence agencies"
_ACCORDING_TO_BEFORE = re.compile(
    r"\b(?:according\s+to\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:note|report|statement|assessment|analysis|finding|findings)\s+(?:of|from|by)\s+)?|(?:detected|discovered|uncovered|spotted|foiled|thwarted)\s+by\s+)(?:the\s+)?$", re.I
)
_SUPERSEDED = r"(?:at\s+first|initially|originally|wrongly|mistakenly)\s+(?:assumed|thought|believed|suspected|presumed)"  # "had at first assumed that Russia was"
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|nothing|never|without|neither|nor|" + _SUPERSEDED + r")\b[^.;:]{0,50}$", re.I)
_AGENCY_FOUND_BY = re.compile(
    r"\b(?:according\s+to|(?:detected|discovered|uncovered|spotted|foiled|thwarted)\s+by)\s+(?:the\s+)?(?-i:(?:U\.S\.|U\.K\.|[A-Z][a-z]+(?:['’]s)?)\s+)?$", re.I
)
_COUNTERPART_AFTER = re.compile(r"\s+and\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}counterparts?\b", re.I)
_NOT_HOSTILE_NOUN = re.compile(r"^(?:['’]s)?\s*(?:[\w-]+\s+)?(?:government agencies|military aid)")
_NO_BEFORE = re.compile(r"\b(?:no|not|never|neither|nor|whether)\b", re.I)  # "nor prosecutors said whether the network takes orders from"
_DENIED_AFTER = re.compile(r"^\s*(?:['’]s\s+)?(?:\w+\s+){0,3}(?:denied|rejected|dismissed|has\s+denied|has\s+rejected)", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|to|from|with)\s+$")
# a state that answers the accusations themselves (its speaker may be titled and named: "Chinese foreign ministry
# spokesman Lin Jian called ..."): "Russia's foreign ministry called Berlin's claims absurd", "the Kremlin said
# the accusations were groundless", "said Russia had nothing to do with it" (not "said reports of data theft were unfounded")
_CALLS_CLAIMS_FALSE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+,?\s+){0,6}?(?:called|calls|said|says|described|describes|termed|branded|labell?ed)\s+"
    r"(?:(?:the|these|such|those|its|[\w'’-]+['’]s)\s+)?(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges|attributions?)\s+(?:(?:against|about)\s+(?:the\s+)?[\w'’-]+\s+)?(?:(?:were|was|are|is)\s+)?(?:\w+\s+)?[\"“']?"
    r"(?:groundless|baseless|absurd|unfounded|fabricated|slanderous|ridiculous|nonsense|lies|a\s+(?:smear|lie|fabrication|provocation))\b"
    r"|(?:['’]s)?\s+(?:[\w-]+\s+){0,6}?(?:said|says|insisted|insists)\s+(?:that\s+)?(?:it|[A-Z][\w-]+)\s+(?:had|has)\s+nothing\s+to\s+do\s+with\b",
    re.I,
)
# the accuser rejecting the accused's denial: "London rejected Moscow's denial", "dismissed the Kremlin's denials"
# ("dismissed China's claims of innocence", "rejected Moscow's protestations")
_DENIAL_REJECTED = re.compile(r"^\s*(?:(?:has|had|also|flatly)\s+)*(?:rejected|dismissed)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:denials?|rejections?|protestations?|(?:claims?|assertions?|insistence)\s+of\s+innocence)\b", re.I)
# a victim that denies the damage, not the accused: "the Albanian government denied that citizens' data had been lost"
_BREACH_DENIED = re.compile(
    r"\s*(?:['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:also\s+|has\s+|had\s+|have\s+)?(?:denied|denies|rejected|dismissed)\s+(?:(?:media\s+|press\s+)?(?:reports?|claims?|suggestions?|speculation)\s+)?(?:that\s+)?"
    r"[^.;]{0,80}?\b(?:had|have|has|was|were|been|being|is|are)\s+(?:\w+\s+)?(?:been\s+)?(?:lost|stolen|taken|leaked|compromised|accessed|affected|breached|exfiltrated|damaged|hacked|exposed|copied)\b",
    re.I,
)

# a government denying its own failings, not the operation: "the German government denied that it had been slow to
# respond", "rejected claims it was negligent", "denied any failure to protect the servers"
FAILING_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+(?:(?:the\s+|any\s+|opposition\s+|media\s+|press\s+)*(?:reports?|claims?|suggestions?|speculation|criticism|charges?|accusations?|allegations?)\s+)?(?:that\s+|of\s+)?"
    r"(?:(?:it|they|he|she|its\s+\w+|the\s+(?:[\w-]+\s+){0,2}?(?:government|ministry|authorities|agency|agencies|officials|police|services?|cabinet|administration))\s+)?"
    r"(?:(?:had|has|have|was|were|is|are|been|being|acted|responded|reacted)\s+){0,3}(?:any\s+|a\s+)?(?:too\s+|very\s+)?"
    r"(?:slow(?:ly|ness)?|negligen\w+|unprepared|lax|late|complacen\w+|careless\w*|incompeten\w+|fail(?:ed|ing|ures?)|mishandl\w+|ignor(?:ed|ing)|covered\s+up|cover-?ups?|delay\w*|lapses?|shortcomings)\b",
    re.I,
)

_INVOLVEMENT_OF_BEFORE = re.compile(r"\b(?:involvement|complicity|hand)[\"”]?\s+of\s+(?:the\s+)?$", re.I)
_IN_OPERATION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w'’.-]+\s+){0,6}?(?:in|behind)\s+(?:the\s+|an?\s+|this\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:hack\w*|cyber-?attacks?|attacks?|intrusions?|breach(?:es)?|espionage|spying|surveillance|campaigns?|operations?)\b",
    re.I,
)


def hostile_states(doc: Doc) -> set[str]:
    """States the document holds behind operations (see module docstring)."""
    text = doc.text
    hostile: set[str] = set()
    has_cue: dict[int, bool] = {}

    def attribution_in(i: int) -> bool:
        if i not in has_cue:
            s = doc.sentences[i]
            # only cues whose trigger words occur (folded: complete for IGNORECASE's "ſ", "ı", "K" too)
            hits = C.sentence_triggers(fold(text[s.start : s.end]), [0])[0]
            has_cue[i] = any(c.pattern.search(text, s.start, s.end) for c in C.ATTRIBUTION if C.triggered(c.name, hits))
        return has_cue[i]

    accusing: list[tuple[Mention, int]] = []  # (the accused, where its list begins)
    # where an actor's name begins right after a state's "'s " or demonym ("China's APT31")
    actor_starts = set()
    actor_ends = set()
    for a in doc.mentions:
        if a.kind == "actor":
            actor_ends.add(a.end)
            for k in range(1, 4):
                actor_starts.add(a.start - k)
    cosign_from: dict[int, int] | None = None  # sentence -> where its list of co-signers begins

    def among_cosigners(m: Mention) -> bool:
        nonlocal cosign_from
        if cosign_from is None:  # one pass over the text for every sentence
            cosign_from = {}
            starts = [s.start for s in doc.sentences]
            for hit in C.COSIGN.finditer(text):
                i = max(0, bisect.bisect_right(starts, hit.start()) - 1)
                if i not in cosign_from and hit.end() <= doc.sentences[i].end:
                    cosign_from[i] = hit.end()
                    for j in range(i + 1, len(doc.sentences)):  # "signed by: the FBI, USA; the NCSC, United Kingdom": the list goes on
                        if not _continues_list(text, doc.sentences[j - 1], doc.sentences[j]):
                            break
                        cosign_from[j] = doc.sentences[j].start
        if m.sentence not in cosign_from:
            return False
        start = cosign_from[m.sentence]
        return m.start >= start and all(w in _LIST_WORDS for w in _LOWER_WORD.findall(text, start, m.start))

    object_end = -1  # where the last agency named as a target ends
    held_from: dict[str, int] = {}  # each hostile state, and the paragraph where the text first holds it so
    last_para = 0
    for m in doc.mentions:
        if len(held_from) < len(hostile):  # a state the mention before this one made hostile
            for v in hostile:
                held_from.setdefault(v, last_para)
        last_para = doc.sentences[m.sentence].paragraph
        if m.kind in ("agency", "state") and among_cosigners(m):
            continue  # "co-sealed by ... the Danish Defence Intelligence Service": a co-signer, not the accused
        if m.kind == "agency":
            if m.form == "generic" and _STATE_PAID.match(text, m.end, m.end + 80):
                hostile.add(m.value[0])  # "the Chinese government paid the group to develop ..."
                continue
            if _OWN_OPERATION.match(text, m.end, m.end + 160):
                hostile.add(m.value[0])  # "Ukraine's military intelligence (HUR) said it had hacked ...": it tells its own operation
                continue
            speaks = _AGENCY_SPEAKS.match(text, m.end, m.end + 80)
            acted = _STATE_ACTED.match(text, m.end) if speaks else None
            if speaks and (acted is None or acted.start() <= speaks.start() < speaks.end() <= acted.end() and _SPEECH_VERB.search(text, speaks.start(), speaks.end())):
                continue  # "the Russian Federal Security Service (FSB) has uncovered ...", "Russia's FSB said the NSA had ...": the agency speaks
            if _AGENCY_FOUND_BY.search(text, max(0, m.start - 60), m.start):
                continue  # "the intrusion, first detected by the U.S. National Security Agency": who found it, not who did it
            if _AGENCY_AS_OBJECT.search(text, max(0, m.start - 50), m.start) or _AGENCY_HIT_BEFORE.search(text, max(0, m.start - 80), m.start) or (object_end >= 0 and text[object_end : m.start] == " ("):
                object_end = m.end  # (and its abbreviation right after: "... Guard Corps (IRGC)")
                continue  # "messages insulting Iran's Revolutionary Guards", "a bank it described as a tool of the IRGC": a target, not the hand
            if m.form != "generic" or _ORGAN_RESPONSIBLE.match(text, m.end) or _organ_acted(text, m.end) or _WORKING_FOR.search(text, max(0, m.start - 40), m.start) or _OP_BY_STATE.search(text, max(0, m.start - 60), m.start):
                hostile.add(m.value[0])  # "the Russian Government, specifically the Russian military, was responsible"
        elif m.kind == "organ" and is_state(m.value):
            if _STATE_RESPONSIBLE.match(text[m.end : m.end + 60]) or _OP_BY_STATE.search(text, max(0, m.start - 60), m.start) or _organ_intruded(text, m.end):
                hostile.add(m.value)  # "the US National Security Agency was behind cyberattacks on ...", "reports that the NSA broke into the email of"
            elif _organ_strikes(doc, m):
                hostile.add(m.value)  # "US intelligence agencies had attacked Chinese research institutes", "The Pentagon launched cyberattacks against"
        elif m.kind == "state":
            if m.form in ("based", "speaking"):
                continue
            after = text[m.end : m.end + 60]
            if m.value in hostile and not (_STATE_RESPONSIBLE.match(text[m.end : m.end + 130]) or _STATE_BLAMED.match(after)):
                continue  # held already: the tests below could add only the states listed with it ("Israel and the United States were behind")
            s = doc.sentences[m.sentence]
            before = text[s.start : m.start]
            if (
                (answer := _CALLS_CLAIMS_FALSE.match(text, m.end, s.end)) and not _PREPOSITION_BEFORE.search(before[-8:]) and not _DENIAL_REJECTED.match(after)
                and not any(x.kind == "state" and x.value != m.value and x.value in hostile and m.end < x.start < answer.end() for x in doc.mentions_in(m.sentence))
            ):  # (not "Britain said the Russian claims were absurd": the accused's own claims rejected)
                hostile.add(m.value)  # "Beijing's embassy in Canberra said the allegations against China were ridiculous": it answers them
                continue
            if _ACCORDING_TO_BEFORE.search(before[-60:]) or _SPEAKS_AFTER.match(text, m.end, m.end + 120):
                continue
            if _NEGATED_BEFORE.search(before):
                continue  # "Nothing suggests that the Russian state was involved"
            if _FRAMED_OBJECT.search(before[-70:]) or _FRAMED_AFTER.match(text, m.end, s.end):
                continue  # "posed as Chinese operatives", "code ... as a false flag": a false flag, not the accused
            if _CAME_FROM_BEFORE.search(before[-80:]) and (_TERRITORY_AFTER.match(after) or _envoy_summoned(doc, m)):
                hostile.add(m.value)  # "said the attack came from China and summoned the Chinese ambassador", "came from Chinese territory"
                continue
            if (envoy := _ENVOY_OF_STATE.match(after)) and _ENVOY_RESPONSE.search(text, s.start, s.end) and _HOSTILE_RESPONSE_AFTER.search(text, m.end, s.end):
                if _PROTECTING_POWER.match(text, m.end + envoy.end()):
                    continue  # "summoned the Swiss ambassador, who represents US interests": the protecting power is not accused
                if not any(x.kind == "state" and x.value == m.value and x.start > m.end and _ACCUSER_AFTER.match(text, x.end) for x in doc.mentions_in(m.sentence)):
                    hostile.add(m.value)  # "declared two Russian diplomats persona non grata over the cyberattacks"
                continue
            if m.form in ("genitive", "demonym") and _SOLD_BY_BEFORE.search(before[-50:]):
                continue  # "a hacking tool made by Israel's NSO Group": the seller's state, not the user's
            if m.form in ("demonym", "name") and _FREELANCE_BEFORE.search(before[-20:]):
                continue  # "freelance Russian hackers": nationality, not the state's hand
            if m.form == "demonym" and _TROOPS_AFTER.match(after) and _OBJECT_BEFORE.search(before[-14:]):
                continue  # "devices captured from Ukrainian soldiers": whom it was done to
            if _group_nationality(doc, m):
                continue  # "UNC4999, a Russian cyber-espionage group": a group's nationality, not a state's hand
            if m.form == "demonym" and _NATIONALITY_ONLY.match(after):
                continue  # "two Russian nationals": nationality is not a state's hand  # "according to the Dutch military intelligence service": who speaks is not accused
            # "Moscow-directed hackers" (not "Iran-aligned": sympathy, like "pro-Iranian", not a tie)
            if m.form in ("linked", "backed", "sponsored", "affiliated", "nexus", "directed", "funded", "financed", "tasked"):
                hostile.add(m.value)
            elif m.form == "genitive" and m.end in actor_starts:
                hostile.add(m.value)  # "China's APT31": the group is the state's (not "the Russian APT28": its nationality)
            elif m.form in ("name", "metonym") and _STATE_HACKED.match(after):
                hostile.add(m.value)  # "Iran hacked Trump campaign, US agencies say"
            elif m.form in ("name", "metonym") and _HACKERS_FROM_BEFORE.search(before[-40:]) and _STATE_ACTED.match(text, m.end, s.end):
                hostile.add(m.value)  # "hackers from North Korea broke into ...": their state, as of "North Korean hackers"
            elif m.form in ("demonym", "genitive") and _ORGAN_AFTER.match(after) and _STATE_ACTED.match(text, m.end + _ORGAN_AFTER.match(after).end()) and not _police_takes_down(text, m.end, s.end):
                hostile.add(m.value)  # "Kenyan police installed spyware on the phones of two filmmakers": the state's own organ did it
            elif m.form in ("demonym", "genitive", "name", "metonym") and _INVOLVEMENT_OF_BEFORE.search(before[-40:]) and _IN_OPERATION_AFTER.match(text[m.end : m.end + 120]):
                hostile.add(m.value)  # "the possible involvement of Saudi Crown Prince Mohammed bin Salman in the hacking of ..."
            elif _INDUSTRY_AFTER.match(after) or (m.form == "demonym" and _DEMONYM_COMPANY.match(after)):
                continue  # "the German industrial group Siemens", "the Israeli company NSO Group": a company
            elif m.form in ("name", "metonym") and _FOREIGN_STATE_NAMED.search(before[-70:]):
                hostile.add(m.value)  # "working for a foreign state, possibly Russia": the state the hedge names
            elif m.form in ("demonym", "genitive") and _MACHINES_OF_BEFORE.search(before[-60:]) and _STATE_BODY_OWNS.match(after):
                hostile.add(m.value)  # "the attacks came from computers in Russian state institutions": the state's own machines
            elif m.form in ("demonym", "genitive") and _IDENTIFIED_AS_ORGAN.search(before[-60:]) and _STATE_BODY_AFTER.match(after):
                hostile.add(m.value)  # "the operator was likely an agency of the Salvadoran government", "were agents of the Chinese state"
            elif m.form == "demonym" and _DOER_WAS_A.search(before[-70:]) and _BODY_AGENCY_AFTER.match(after):
                hostile.add(m.value)  # "the operator was likely a Mexican government agency"
            elif m.form == "genitive" and _RUN_BY_BEFORE.search(before[-40:]) and _GROUP_BEFORE_RUN.search(before[-120:]) or _run_by_state(doc, m, before):
                hostile.add(m.value)  # "the Dark Caracal group, run by Lebanon's General Directorate of General Security", "APT31, which is run by the Chinese state"
            elif _ITSELF_VICTIM.search(before[-60:]):
                continue  # "said China was itself a victim of American hacking": the accused's answer, not the text's finding
            elif (noun := _HOSTILE_NOUN.match(after) if m.form in ("demonym", "genitive") else _HOSTILE_NOUN_TIGHT.match(after)) and not _NOT_HOSTILE_NOUN.match(after):
                if _COUNTERPART_AFTER.match(text, m.end + noun.end()):
                    continue  # "Germany's domestic intelligence service and its South Korean counterpart warn ...": two services speak
                if not any(x.kind == "state" and m.end < x.start < m.end + noun.end() for x in doc.mentions_in(m.sentence)):
                    hostile.add(m.value)  # (not "Washington's new Iran hacking package": the hacking is Iran's)
            elif _STATE_RESPONSIBLE.match(text[m.end : m.end + 130]) or _STATE_BLAMED.match(after):
                hostile.add(m.value)
                hostile.update(_listed_before(doc, m))  # "Israel and the United States were behind ..."
            elif _RESPONSE_TARGET.search(before[-70:]) and _HOSTILE_RESPONSE_AFTER.search(text, m.end, s.end):
                hostile.add(m.value)  # "severed diplomatic ties with Iran ... over the cyberattack"
            elif _CONDEMNED_FOR.search(before[-40:]) and (_FOR_OPERATION.match(after) or _GENITIVE_OPERATION.match(after)):
                hostile.add(m.value)  # "condemns Russia for NotPetya attacks"
            elif _FRAMED.search(before[-70:]):
                continue  # "made to look like the work of North Korea": a false flag, not the accused
            elif (
                _SPONSORED_BY.search(before[-45:]) or _GROUP_TIED_TO.search(before[-60:])
                or (tied := _NAME_ASSOCIATED_BEFORE.search(before[-60:])) is not None and m.start - len(before[-60:]) + tied.start() in actor_ends or _SENT_BY.search(before[-70:]) or _BACKED_FROM.search(before[-50:])
            ) and not _NO_BEFORE.search(before[-60:]):
                hostile.add(m.value)  # "a group that US officials say is sponsored by the Chinese state"
            elif m.form == "demonym" and _STATE_TRACE_AFTER.match(after) and _HAS_TRACE_BEFORE.search(before[-30:]) and attribution_in(m.sentence):
                accusing.append((m, m.start))  # "the cyberattack has a Russian trace"
            elif m.form in ("name", "metonym", "genitive") and _TRACED_TO_BEFORE.search(before[-60:]) and attribution_in(m.sentence):
                accusing.append((m, m.start))  # "the campaign was traced back to China", "could be traced to Russia" (not "to servers in Russia")
            elif _AFTER_CUE_STATE.search(before[-90:]) and attribution_in(m.sentence):  # (90: room for "blamed for <the operation> on")
                accusing.append((m, m.start))  # decided below: a counter-accusation by the accused makes nobody hostile
            elif (
                (head := _list_head(doc, m)) is not None and _AFTER_CUE_STATE.search(text[max(s.start, head.start - 60) : head.start])
                and not _SUBJECT_SPEAKS.match(after) and attribution_in(m.sentence)
            ):
                accusing.append((m, head.start))  # "blamed Israel and the United States", "accused Russia, Belarus and Iran": each state listed
            elif _FROM_STATE.search(before[-80:]) or _OP_BY_STATE.search(before[-60:]):
                hostile.add(m.value)  # "attacks from China", "malicious activity by Russia"
            elif _DENIED_AFTER.match(after) and not _PREPOSITION_BEFORE.search(before[-8:]) and not _BREACH_DENIED.match(text, m.end, s.end) and not _DENIAL_REJECTED.match(after) and not FAILING_DENIED.search(text, m.end, s.end):
                hostile.add(m.value)
    for v in hostile:
        held_from.setdefault(v, last_para)  # (made hostile by the last mention)
    for m, listed_from in accusing:
        para = doc.sentences[m.sentence].paragraph
        # (a state the text holds behind another operation only later on is no accused answering back:
        # "the Lazarus Group, which US officials have tied to North Korea", before a section on a US hack)
        accuser = [x for x in doc.mentions_in(m.sentence) if x.start < listed_from and x.kind in ("state", "agency", "organ")
                   and (x.value[0] if x.kind == "agency" else x.value) in hostile
                   and held_from.get(x.value[0] if x.kind == "agency" else x.value, para) <= para]
        if not accuser:
            hostile.add(m.value)
    return hostile


def _police_takes_down(text: str, organ: int, end: int) -> bool:
    """Is the organ named from ``organ`` the police, taking down operators' infrastructure ("German police took down
    the servers used by APT28", "Dutch police took the Qakbot servers offline")? A response, not its state's operation
    (an army that "shut down the servers" attacks)."""
    hit = _TAKEDOWN.search(text, organ, min(end, organ + 160))
    return hit is not None and hit.start() - organ <= 40 and _POLICE.match(text, organ) is not None


_POLICE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?police\b", re.I)
_TAKEDOWN = dict(C.RESPONSES)["takedown"]


# an organ that itself intruded: "the US National Security Agency broke into the email of", "the NSA had read the text messages of"
_ORGAN_INTRUDED = re.compile(
    r"(?:\s*\([A-Z]{2,6}\))?\s+(?:(?:had|has|have|secretly|allegedly|reportedly|also)\s+)*(?:hacked\s+into|broke\s+into|broken\s+into|breached|spied\s+on|infiltrated|penetrated|tapped|bugged|read\s+the\s+(?:[\w-]+\s+)?(?:e-?mails?|messages|communications|correspondence))\b",
    re.I,
)
# (not the police infiltrating criminals: "The NCA infiltrated and disrupted the LockBit ransomware operation")
_CRIMINALS_INTRUDED = re.compile(
    r"\s+(?:and\s+(?:[\w-]+\s+){1,2}?)?(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’./-]+\s+){0,3}?(?:ransomware|botnets?|gangs?|cyber-?crim\w+|criminals?|crime\s+(?:groups?|rings?|forums?)|dark\s*net|darknet|(?:dark\s*web\s+)?marketplaces?|leak\s+sites?)\b",
    re.I,
)


def _organ_intruded(text: str, end: int) -> bool:
    """Did the organ named up to ``end`` itself intrude (not infiltrate a criminal operation, a police action)?"""
    hit = _ORGAN_INTRUDED.match(text, end, end + 80)
    return hit is not None and not _CRIMINALS_INTRUDED.match(text, hit.end(), hit.end() + 120)


# "came from computers in Russian state institutions", "IP addresses belonging to the Chinese government"
# "a foreign state, possibly Russia", "a state actor, most likely China", "a hostile power, namely Iran": the state then named
_FOREIGN_STATE_NAMED = re.compile(
    r"\b(?:(?:foreign|hostile|nation)[- ]?(?:states?|governments?|powers?|actors?)|state[- ](?:actors?|sponsors?))"
    r"\s*[,(–—-]\s*(?:(?:most\s+|very\s+|almost\s+certainly\s+)?(?:probably|likely|possibly|presumably|apparently|namely|perhaps)|(?:believed|thought|understood|suspected)\s+to\s+be|in\s+all\s+likelihood)\s+(?:the\s+)?$",
    re.I,
)
# (machines the attacks came from or ran through, not ones they hit: "infected computers in Chinese government agencies")
_MACHINES_OF_BEFORE = re.compile(
    r"\b(?:from|to|via|through|used|using|uses)\s+(?:[\w-]+\s+){0,3}?(?:computers|servers|machines|networks|(?:IP\s+)?addresses|devices|infrastructure)\s+(?:(?:located|based)\s+)?"
    r"(?:in|of|at|inside|belonging\s+to|owned\s+by|used\s+by|registered\s+to|run\s+by|operated\s+by)\s+(?:the\s+)?$",
    re.I,
)
_STATE_BODY_OWNS = re.compile(
    r"(?:['’]s)?\s+(?:state|government|official|military)(?:\s+(?:institutions?|agencies|bodies|ministries|offices|departments|organi[sz]ations|entities))?\b(?![-‑])",
    re.I,
)
_ITSELF_VICTIM = re.compile(r"\bitself\s+(?:been\s+)?(?:(?:a|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+)?(?:victims?|targets?)\s+of\s+(?:the\s+)?$", re.I)
_DOER_WAS_A = re.compile(
    r"\b(?:operators?|attackers?|hackers?|culprits?|perpetrators?|customers?|clients?|spies|intruders?|group|actor)\s+(?:[\w,]+\s+){0,3}?(?:was|were|is|are|be|been)\s+(?:\w+\s+){0,2}?(?:an?\s+)?$",
    re.I,
)
_BODY_AGENCY_AFTER = re.compile(r"\s+(?:state|government|military|intelligence|security|police)\s+(?:agency|agencies|service|services|unit|body|entity|customer|client)\b", re.I)


# (not a new clause: "Poland blamed Russia, and the United States said it was studying the hack")
_SUBJECT_SPEAKS = re.compile(r"\s+(?:also\s+|has\s+|have\s+|had\s+)?" + _SPEECH + r"\b", re.I)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")


def _list_head(doc: Doc, m: Mention) -> Mention | None:
    """The first state of the list that ends with ``m`` ("Israel" of "Israel and the United States"), if ``m`` is listed."""
    head = None
    for x in reversed([x for x in doc.mentions_in(m.sentence) if x.kind == "state" and x.end <= m.start]):
        if not _LIST_JOIN.fullmatch(doc.text, x.end, (head or m).start):
            break
        head = x
    return head


# "..., officials said": an unnamed body speaks after a list of states
_UNNAMED_SPEAKER_NEXT = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:officials|researchers|investigators|experts|analysts|sources|authorities|police|prosecutors)\s", re.I)
# a list of states opened by a preposition of place or target ("ministries in Poland, Lithuania and Latvia")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|on|at|against|into|targeting|targeted|across)\s+(?:the\s+)?$", re.I)


def _listed_after_preposition(doc: Doc, m: Mention) -> bool:
    """Does ``m`` end a list of states that a preposition opens ("in Poland, Lithuania and Latvia")?"""
    head = _list_head(doc, m)
    return head is not None and bool(_PLACE_PREPOSITION_BEFORE.search(doc.text, max(0, head.start - 25), head.start))


def _listed_before(doc: Doc, m: Mention) -> list[str]:
    """The states listed with ``m`` just before it ("Israel and the United States")."""
    out: list[str] = []
    prior = [x for x in doc.mentions_in(m.sentence) if x.kind == "state" and x.end <= m.start]
    cur = m
    for x in reversed(prior):
        if not _LIST_JOIN.fullmatch(doc.text, x.end, cur.start):
            break
        if x.form in ("name", "metonym"):
            out.append(x.value)
        cur = x
    return out


_USED_AGAINST = re.compile(r"\b(?:used|uses|using|deployed)\s+(?:the\s+)?(?-i:[A-Z][\w-]+)(?:\s+spyware)?\s+against\b")
_THEY_INCLUDED = re.compile(r"\s*(?:They|These|Those|Others|Targets|Victims|The\s+(?:targets|victims|organi[sz]ations|entities))\s+(?:also\s+)?(?:included|include|ranged\s+from|spanned)\b")
_TARGETS_WORD = re.compile(r"\b(?:targets|victims|targeted|organi[sz]ations|entities)\b", re.I)
# "declined to", "would not", "didn't": a party that keeps something back
_WITHHELD = r"declined|refused|(?:did|does|do|would|could|will)\s+not|didn['’]t|doesn['’]t|wouldn['’]t|couldn['’]t|won['’]t"
_UNSAID_BEFORE = re.compile(
    r"\b(?:(?:" + _WITHHELD + r"|without)\s+(?:to\s+)?(?:say|saying|confirm|confirming|specify|specifying|comment\s+on|disclose|determine|establish)|(?:stopped|stops|stopping|stop)\s+short\s+of|unclear|not\s+known|no\s+evidence)\s+"
    r"(?:publicly\s+)?(?:whether|if|that)\b[^.;]*$",
    re.I,
)
_LEFT_OPEN_BEFORE = re.compile(
    r"\b(?:" + _WITHHELD + r")\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?"
    # ("declined to comment on reports that APT29 was behind the breach": others' claim, left unconfirmed)
    r"(?:speculate|say|comment|confirm|specify|disclose|guess|reveal)\s+(?:(?:about|on|publicly)\s+)?(?:whether|if|who|which|what|(?:the\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|suggestions?|speculation|accounts?)\s+(?:that|of)\b)[^.;]*$",
    re.I,
)
# "APT36 usually goes after the Indian military", "LockBit hit the hospital", "Sandworm took down substations": a named
# group doing what attackers do
# ("The Conti gang hit the city of Atlanta", "the Lazarus hackers crippled": the group word after the name)
_GOES_AFTER = re.compile(r"(?:\s+(?:(?:ransomware|hacking|hacker|cyber-?crime|criminal|extortion|threat|espionage)\s+)?(?:gang|group|crew|hackers|operators|affiliates|cartel|syndicate|actors?))?\s+(?:(?:usually|often|mostly|typically|also|still|has|had|have|allegedly|reportedly|then|later|repeatedly)\s+)*(?:" + C.GOES_AFTER + "|" + C.KNOCKED_OFFLINE + "|" + C.ATTACK_VERBS + r")", re.I)
_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,4}")
# "APT28 is almost certainly the GRU", "APT28 is also known as Unit 26165 of the GRU"
_ACTOR_IS = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:also\s+)?(?:(?:almost|most|very|highly)\s+)?(?:certainly\s+|likely\s+|probably\s+)?"
    r"(?:(?:known|identified|tracked|designated)\s+as\s+|called\s+)?(?:the\s+)?",
    re.I,
)
_TIE_TO_ORGAN = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}")  # "officers of [the Russian ]Federal Security Service"
_STATE_TIED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:state|government)[- ](?:sponsored|backed|linked|affiliated|directed)\s+(?:hackers?|hacking\s+(?:groups?|teams?|units?)|(?:cyber\s+|threat\s+)?actors?|groups?|attackers)\b",
    re.I,
)
_SUSPECTED_GROUP = re.compile(r"(?:the\s+)?(?:" + C.SUSPECTED_GROUP + r")?", re.I)  # "suspected [the group ]APT28"
_SUSPECT_SUBJECT = re.compile(r"(?:['’]s)?(?:\s+(?:state|military|government|intelligence|security|special|cyber|services?|hackers?|spies|operatives|agents|officers|actors?|group|gang|crew|unit|[\w-]+-(?:backed|sponsored|linked))){0,3}\s+", re.I)
# an aside on a group ("APT28, which may be ...", "Cozy Bear, a group that may be ...", "Sandworm, possibly ..."; not "MirrorFace,
# a group likely linked to China", where the hedge is the attribution's own)
_ASIDE_BEFORE = re.compile(
    r",\s+(?:(?:which|who|that)\s+|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|gang|crew|actor|unit|outfit|team)\s+"
    r"(?=(?:which|that|who|it|they|he|she|we|researchers|officials)\s)(?:(?:which|that|who)\s+)?)?"
    r"(?:(?:it|they|he|she|we|researchers|officials)\s+(?:said|says|say|believes?|believed|thinks?|assess(?:es|ed)?)\s+)?(?:(?:is|are|was|were|has|have)\s+)?$",
    re.I,
)
# what the hedge bears on is a tie to a state or organ ("may be tied to", "possibly part of", "likely sponsored by")
_TIE_AFTER_HEDGE = re.compile(r"\s+(?:(?:be|been|have\s+been|being)\s+)?(?:" + C.SPONSOR_TIE.pattern + r")", re.I)
# an organisation that opens the sentence and speaks of its own loss (fresh convention 6: victims can attribute)
_VICTIM_SPEAKS = re.compile(
    r"\W*(?:The\s+)?(?P<name>(?-i:[A-Z][\w&'’.-]*)(?:\s+(?-i:[A-Z][\w&'’.-]*)){0,4}(?:\s+(?:campaign|committee))?)\s+(?:(?:also|has|had|later|then|now|publicly|itself)\s+)?"
    r"(?:said|says|confirmed|disclosed|announced|reported|revealed|told|blamed|believes)\b"
)
_OWN_LOSS = re.compile(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:networks?|systems?|servers?|e-?mails?|e-?mail\s+accounts|accounts|mailboxes|database|computers?|data|infrastructure|terminals|website|IT)\b",
    re.I,
)
# sentence-opening words that are no organisation's name ("Police said ...", "Officials said ...")
_COMMON_SUBJECTS = frozenset(
    "police officials prosecutors investigators authorities government ministry researchers experts analysts he she it they we "
    "company firm agency spokesman spokeswoman spokesperson sources staff employees hackers attackers its their this that but and "
    "in on at after earlier later last a an one two several many some mr mrs ms dr sir president minister chief director".split()
)
_ORG_WORD = re.compile(
    r"\b(?:Agency|Committee|Commission|Corporation|Corp|Inc|Ltd|Group|Enterprise|Bank|University|Hospital|Clinic|Pipeline|Airlines?|Airways|Energy|Systems|"
    r"Technologies|Health|Holdings|Company|Association|Federation|Council|Foundation|Institute|Party|Post|Mail|Railways?|Telecom|Network|Services|Media|"
    r"Times|News|Authority|Board|Fund|Exchange|Airport|Port|Utility|Water|Power|Electric|campaign|committee|[A-Z]{2,})\b"
)


def _organisation_name(text: str, s0: int, name: str) -> bool:
    """Is ``name``, opening a sentence as its subject, an organisation's, not a person's or a common noun?"""
    words = name.split()
    if words[0].lower() in _COMMON_SUBJECTS:
        return False
    if len(words) > 1:
        return bool(_ORG_WORD.search(name))  # "Hewlett Packard Enterprise", "the Trump campaign"; not "John Smith"
    # one word: not a person's surname named in full before ("Maria Svensson ..." then "Svensson said")
    return not re.compile(r"\b(?-i:[A-Z][a-z]+)\s+" + re.escape(name) + r"\b").search(text, 0, s0)  # (no copy of the text before)


_CAME_FROM = re.compile(r"(?:came|come|comes|coming|originated|stemming|emanat\w+)\b", re.I)
_BLAME_WITHHELD = re.compile(r"\b(?:did\s+not|didn['’]t|does\s+not|stopped\s+short\s+of|declined\s+to|refused\s+to|would\s+not|without)\s+(?:\w+\s+){0,2}?(?:blam|accus|attribut|nam|point)\w*", re.I)
_ON_BEHALF_BEFORE = re.compile(r"\b(?:speaking|statement|declaration|remarks|spoke|speaks)\s+(?:(?:issued|made|delivered|published)\s+)?on\s+behalf\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)
# where a subordinate clause opens ("..., which may have cost millions", "data that could have been used",
# "and warned that more attacks might follow")
_SUBORDINATE = re.compile(r",\s*(?:which|who)\b|\b(?:which|that|who)\b|;|\s(?:and|but)\s+(?:that|warned|said|added|noted|cautioned|stressed)\b", re.I)
_SEGMENT_END = re.compile(r"[,;]")


def _hedges_something_else(st: str, s0: int, x: re.Match[str], mentions: list[Mention], cues: list[tuple[str, int, int]]) -> bool:
    """Is hedge ``x`` in a subordinate clause that names no actor, state or agency and holds no
    attribution cue? It then hedges something else (a cost, a use of the data, more attacks to come),
    not the attribution (shared convention: confidence follows the hedge on the attribution itself)."""
    b0 = None
    for b in _SUBORDINATE.finditer(st, 0, x.start()):
        b0 = b.start()
    if b0 is None:
        return False  # the main clause: "Polish officials said Russian hackers may have breached ..."
    end = _SEGMENT_END.search(st, x.end())
    lo, hi = s0 + b0, s0 + (end.start() if end else len(st))
    return not any(lo <= m.start < hi for m in mentions if m.kind in ("actor", "state", "agency")) and not any(lo <= a < hi for _, a, _ in cues)


_FORMER_AFTER = re.compile(r"(?:['’]s)?\s+(?:former|ex-|retired)\b", re.I)  # "Germany's former interior minister"
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|retired|one-?time)\s*(?:[\w-]+\s+){0,2}$", re.I)
# "though not certain", "could not say with certainty": a level of confidence the speaker does not claim
_CONFIDENCE_DENIED = re.compile(r"\b(?:not|n['’]t|never|without|cannot)\b(?:\s+[\w-]+){0,3}\s+$", re.I)
_UNLIKELY = re.compile(r"\bunlikely\b", re.I)
# "may be tied to the FSB", "possibly linked to Russia's SVR", "believed to work for the MSS": a hedged tie, then the organ
_HEDGED_TIE = re.compile(
    r"(?:\s+to)?\s+(?:be\s+|have\s+been\s+|been\s+)?(?:(?:tied|linked|connected)\s+to|(?:(?:has|have|had|of|with)\s+)?(?:close\s+)?(?:links|ties|connections)\s+(?:to|with)|(?:associated|affiliated)\s+with|(?:working|acting|operating)\s+(?:for|on\s+behalf\s+of)|works?\s+for"
    r"|(?:run|directed|controlled|backed|sponsored|tasked)\s+by|part\s+of|an?\s+(?:unit|arm|front|proxy|element)\s+of)\s+(?:the\s+)?",
    re.I,
)
_TWO_WORDS = re.compile(r"(?:[\w'’-]+\s+){0,2}")


def _hedges_agency(text: str, end: int, agencies: list[Mention]) -> bool:
    """Does the hedge ending at ``end`` qualify only a tie to an agency ("may be tied to the FSB")?"""
    tie = _HEDGED_TIE.match(text, end, end + 80)
    return tie is not None and any(tie.end() <= a.start < tie.end() + 40 and _TWO_WORDS.fullmatch(text, tie.end(), a.start) for a in agencies)


def analyse_clauses(doc: Doc) -> list[Clause]:
    """Stage ``clauses``: one :class:`Clause` per sentence."""
    text = doc.text
    hostile = hostile_states(doc)
    by_sentence: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    people: dict[str, list[str]] = {}
    hits_of = C.sentence_triggers(text, [s.start for s in doc.sentences])
    carried: list[str] = []
    carried_state: list[str] = []
    out: list[Clause] = []
    for s in doc.sentences:
        st = text[s.start : s.end]
        ms = by_sentence.get(s.index, [])
        c = Clause(index=s.index)
        c.actors = [m for m in ms if m.kind == "actor"]
        c.states = [m for m in ms if m.kind == "state"]
        c.agencies = [m for m in ms if m.kind == "agency"]
        c.parties = [m for m in ms if m.kind in PARTY_KINDS]
        low = st.lower()
        hits = hits_of[s.index]
        c.triggers = hits
        c.operation = ("operation" in hits and bool(C.OPERATION.search(st))) or any(
            _GOES_AFTER.match(text, m.end, m.end + 40) for m in c.actors
        ) or bool(_USED_AGAINST.search(st))  # "APT36 usually goes after the Indian military", "had used Pegasus against two journalists"
        if not c.operation and out and _THEY_INCLUDED.match(st) and out[-1].operation and _TARGETS_WORD.search(text, doc.sentences[s.index - 1].start, doc.sentences[s.index - 1].end):
            c.operation = True  # "Most of the targets were in Europe. They included defence contractors, ...": the targets listed
        c.negated = "negation" in hits and bool(C.NEGATION.search(st))
        for cue in C.ATTRIBUTION:
            if not C.triggered(cue.name, hits):
                continue
            for m in cue.pattern.finditer(st):
                c.attribution_cues.append((cue.name, s.start + m.start(), s.start + m.end()))
        if s.index == 0 and "behind" in low and "behind" not in (n for n, _, _ in c.attribution_cues):
            head = _HEADLINE_BEHIND.match(st) if _is_headline(text, s) else None
            if head and any(m.start < s.start + head.start("behind") for m in ms if m.kind in ("state", "agency", "actor")):
                c.attribution_cues.append(("behind", s.start + head.start("behind"), s.start + head.end()))
        if "suspect" in hits:  # "it suspected North Korea": only a state (or its agency) named right after
            c.attribution_cues = [
                cue for cue in c.attribution_cues
                if cue[0] != "suspected_state" or any(0 <= m.start - cue[2] <= 5 for m in ms if m.kind in ("state", "agency"))
                or any(m.kind == "actor" and _SUSPECTED_GROUP.fullmatch(text, cue[2], m.start) for m in ms)
            ]
            # "Russian hackers were suspected of ...": the accused is the subject ("the man was suspected of helping
            # Russian hackers" accuses no state)
            c.attribution_cues = [
                cue for cue in c.attribution_cues
                if cue[0] != "suspected_of" or any(0 <= cue[1] - m.end <= 40 and _SUSPECT_SUBJECT.fullmatch(text, m.end, cue[1]) for m in ms if m.kind in ("state", "agency", "actor"))
            ]
        if "consistent_with_group" in hits:  # "consistent with [the group ]APT41": only a group named right after
            c.attribution_cues = [
                cue for cue in c.attribution_cues
                if cue[0] != "consistent_with_group" or any(m.kind == "actor" and _SUSPECTED_GROUP.fullmatch(text, cue[2], m.start) for m in ms)
            ]
        from_state = _from_state_cue(doc, s, c.states)
        c.attribution_cues += from_state
        if from_state or any(n == "carried_out" for n, _, _ in c.attribution_cues):
            # "... came from Russia but did not blame the Russian state": a place, the blame withheld
            c.attribution_cues = [
                cue for cue in c.attribution_cues
                if not (cue[0] == "from_state" or cue[0] == "carried_out" and _CAME_FROM.match(text, cue[1], cue[2]))
                or not _BLAME_WITHHELD.search(text, cue[2], s.end)
            ]
        c.attribution_cues = [cue for cue in c.attribution_cues if not _NEG_BEFORE.search(text[max(s.start, cue[1] - 40) : cue[1]])]
        # "victims could easily have blamed Tehran", "would have attributed it to Iran": a blame not made
        c.attribution_cues = [cue for cue in c.attribution_cues if not _COUNTERFACTUAL_BEFORE.search(text, max(s.start, cue[1] - 40), cue[1])]
        if c.attribution_cues and ("whether" in low or " who " in low or " if " in low or "comment" in low):
            # "Officials declined on Monday to speculate about whether any state stood behind the group": a question left open
            c.attribution_cues = [cue for cue in c.attribution_cues if not _LEFT_OPEN_BEFORE.search(text, max(s.start, cue[1] - 120), cue[1])]
        tie = C.SPONSOR_TIE.search(st) if "sponsor_tie" in hits or "-" in st else None
        if tie and _UNSAID_BEFORE.search(st, max(0, tie.start() - 80), tie.start()):
            tie = None  # "declined to say whether Nimbus worked for the Laotian government": a tie not stated
        elif tie and "not" in low and _TIE_NEGATED.search(st, max(0, tie.start() - 30), min(len(st), tie.end() + 20)):
            tie = None  # "the attack was unlike those of Sandworm and was not linked to any known threat actor": a tie denied
        c.tie = tie is not None
        if tie and not c.attribution_cues and (
            c.actors or _ANAPHOR_BEFORE_TIE.search(st, 0, tie.start())
            # "Korchagin, Shevchenko and Denisov are officers of Unit 29155 of the GRU": people tied to a hostile organ
            or any(m.value[0] in hostile and _TIE_TO_ORGAN.fullmatch(text, s.start + tie.end(), m.start) for m in c.agencies)
            # "ransom paid to North Korean state-sponsored hackers", said by the sentence's speaker
            or c.operation and any(m.value in hostile and m.form in ("demonym", "genitive") and _STATE_TIED_AFTER.match(text, m.end) for m in c.states)
        ):
            # "APT40 works for China's MSS", "the group works for ...", said by the sentence's speaker
            c.attribution_cues.append(("tie", s.start + tie.start(), s.start + tie.end()))
        disputed: list[tuple[int, int]] = []
        if (c.attribution_cues or c.actors) and ("den" in low or "reject" in low or "disput" in low or "dismiss" in low):
            # "Mandiant denied that the intrusion was linked to APT41", "CrowdStrike rejected claims that Fancy Bear was behind it":
            # a firm disputing a link makes none, and is no accused denying it either (unless "denied that it ...")
            for m in c.parties:
                d = _COMPANY_DISPUTES.match(text, m.end, min(s.end, m.end + 80)) if m.kind == "company" else None
                if d:
                    c.attribution_cues = [cue for cue in c.attribution_cues if cue[1] < d.end()]
                    if not _ITSELF_AFTER.match(text, d.end()):
                        disputed.append((m.end, d.end()))
                    c.disputed_from = min(c.disputed_from or s.end, d.end())
        c.cosign = ("cosign" in hits and bool(C.COSIGN.search(st))) or (
            bool(out) and out[-1].cosign and _continues_list(text, doc.sentences[s.index - 1], s)
        )  # "signed by: the FBI, USA;" then "the NCSC, United Kingdom.": the list goes on
        for cue in C.DENIAL:
            if not C.triggered(cue.name, hits):
                continue
            for m in cue.pattern.finditer(st):
                if not any(a <= s.start + m.start() < b for a, b in disputed):
                    c.denial_cues.append((cue.name, s.start + m.start(), s.start + m.end()))
        for name, rx in C.RESPONSES:
            if not C.triggered(name, hits):
                continue
            for m in rx.finditer(st):
                c.response_cues.append((name, s.start + m.start(), s.start + m.end()))
        for level, rx in C.CONFIDENCE:
            ms_ = rx.finditer(st) if C.triggered(level, hits) else ()
            # not a hedge on the tie only: "may be tied to the FSB" (an agency), "APT28, which may be tied to the GRU, ..." (an aside
            # on the group) leave the attribution as sure as it is; with no group named, the tie to the agency is the attribution itself
            # ("hackers suspected of links to the GRU")
            m = next((
                x for x in ms_
                if not (c.actors and _hedges_agency(text, s.start + x.end(), c.agencies))
                and not (_ASIDE_BEFORE.search(st, max(0, x.start() - 60), x.start()) and _TIE_AFTER_HEDGE.match(st, x.end()))
                and not _hedges_something_else(st, s.start, x, ms, c.attribution_cues)
                and not _CONFIDENCE_DENIED.search(st, max(0, x.start() - 30), x.start())
            ), None)
            if m and not _UNLIKELY.search(st[max(0, m.start() - 2) : m.end()]):
                c.confidence = level
                c.confidence_cue = (s.start + m.start(), s.start + m.end())
                break
        _speakers(doc, c, st, s.start, people, carried, hostile, carried_state)
        # "The advisory states that APT28 is almost certainly the Russian General Staff Main Intelligence Directorate (GRU)"
        for m in c.actors if c.agencies and not c.attribution_cues else ():
            same = _ACTOR_IS.match(text, m.end, m.end + 60)
            organ = same and next((x for x in c.agencies if x.value[0] in hostile and _NAME_WORDS.fullmatch(text, same.end(), x.start)), None)
            if organ is not None:
                c.attribution_cues.append(("identified_as", m.start, organ.end))
                break
        # acts stated by whoever speaks: "APT31 had breached ...", "an operation by the GRU"
        for m in c.actors:
            if c.disputed_from is not None and m.start >= c.disputed_from:
                continue  # "ESET has disputed reports that Sandworm was responsible": the act reported, the firm disputing it
            act = _ACTOR_ACTED.match(text, m.end)
            if act and "comment" in low and _LEFT_OPEN_BEFORE.search(text, max(s.start, m.start - 120), m.start):
                continue  # "Microsoft declined to comment on reports that Midnight Blizzard had breached its systems"
            if act and (c.speakers or _SPEECH_VERB.search(st) or "according to" in low):
                c.attribution_cues.append(("actor_acted", m.start, act.end()))  # "..., the ministry said APT31 had breached"
                break
        if not c.attribution_cues and c.explicit_speaker and c.actors and _WATCHED_GATE.search(low):
            # "Microsoft said it had observed Volt Typhoon targeting ...", "Talos researchers, who track the group as X, said the
            # campaign targeted ...": the vendor reports the group it watches doing it
            for m in c.actors:
                seen = _WATCHED_BEFORE.search(text, max(s.start, m.start - 40), m.start)
                act = _WATCHED_ACT.match(text, m.end, s.end) if seen else None
                if act and not _NEG_BEFORE.search(text, max(s.start, seen.start() - 40), seen.start()):
                    c.attribution_cues.append(("actor_acted", seen.start(), act.end()))
                    break
                seen = _TRACKS_AS_BEFORE.search(text, max(s.start, m.start - 60), m.start)
                act = _TRACKED_SAID_ACT.match(text, m.end, s.end) if seen else None
                if act and any(sm.end <= seen.start() and seen.start() - sm.end <= 40 for sm in c.speaker_mentions):
                    c.attribution_cues.append(("actor_acted", seen.start(), act.end()))
                    break
        if not c.attribution_cues and c.explicit_speaker and "anaphor_actor" in hits and not (
            c.denial_cues and all(p in hostile for p in c.speakers)  # the accused quoting the claim it rejects
        ):
            ana = C.ANAPHOR_ACTOR.search(st)
            act = _ACTOR_ACTED.match(text, s.start + ana.end()) if ana else None
            if act:
                c.attribution_cues.append(("anaphor_acted", s.start + ana.start(), act.end()))  # "X said the same group had attacked ..."
        if not c.attribution_cues and c.explicit_speaker and c.actors and _EXPOSED_GATE.search(low):
            # "SentinelOne described ModifiedElephant, a group that ...", "Check Point unmasked Sharp Panda": the finder names the group
            for m in c.actors:
                exp = _EXPOSED_BEFORE.search(text, max(s.start, m.start - 60), m.start)
                if exp and any(sm.end <= exp.start() and exp.start() - sm.end <= 40 and party_code(sm) not in hostile for sm in c.speaker_mentions):
                    c.attribution_cues.append(("exposed", exp.start(), m.end))
                    break
        if not c.attribution_cues and c.explicit_speaker and c.actors and " it " in st:
            # "When Agrius first came to light, SentinelOne said it had been attacking Israeli targets": the group named, then "it"
            said = _SAID_IT.search(st)
            act = _ACTOR_ACTED.match(text, s.start + said.end()) if said and any(m.end <= s.start + said.start() for m in c.actors) else None
            if act and not _PASSIVE_IT.match(st, said.end()):
                c.attribution_cues.append(("anaphor_acted", s.start + said.start(), act.end()))
        spoken = bool(c.speakers or _SPEECH_VERB.search(st) or "according to" in low)
        # ("The Pentagon launched cyberattacks against ...": a military or spy organ of a state is the doer too)
        strikers = [x for x in c.parties if x.kind == "organ" and x.value in hostile and is_state(x.value) and _organ_strikes(doc, x)] if hostile else []
        if not c.attribution_cues and "operation" in hits and (spoken or c.agencies or strikers) and not (
            c.denial_cues and c.speakers and all(p in hostile for p in c.speakers)  # the accused quoting the claim it rejects
        ):
            for m in c.agencies + c.states + strikers:
                if not spoken and not (m.kind in ("agency", "organ") and m.form != "generic" and (m.value[0] if m.kind == "agency" else m.value) in hostile):
                    continue  # with nobody speaking, only a named organ is the doer: "Russia's SVR hacked SolarWinds in 2019"
                if (m.kind == "agency" or m.value in hostile) and m.form not in ("based", "speaking"):
                    end = m.end + 1 if m.kind == "agency" and text[m.end : m.end + 1] == "," and _ORGAN_APPOSED_BEFORE.search(text, max(s.start, m.start - 40), m.start) else m.end
                    if m.kind == "state" and (allies := _WITH_ALLIES.match(text, m.end)):
                        end = allies.end()  # "the United States and its NATO allies had launched cyberattacks on ..."
                    act = _STATE_ACTED.match(text, end) or _STATE_ACTING.match(text, end)  # ("Russia's military intelligence agency, the GRU, launched ...")
                    if act is None and m.kind == "state" and m.form in ("name", "metonym"):
                        act = _STATE_HACKED_AT.match(text, end, s.end)  # "North Korea siphoned $81 million from ...", "Beijing eavesdropped on ..."
                    if act is None and m.kind == "agency":
                        act = _OWN_OPERATION.match(text, m.end, s.end)
                        c.own_operation = act is not None
                    organ = _ORGAN_AFTER.match(text[m.end : m.end + 60]) if act is None and m.kind == "state" and m.form in ("demonym", "genitive") else None
                    if organ:
                        act = _STATE_ACTED.match(text, m.end + organ.end())  # "officers in the Ugandan police's cyber unit had broken into ..."
                    if act:
                        c.attribution_cues.append(("state_acted", m.start, act.end()))  # "... Russian intelligence officers who had tried to hack"
                        break
        for m in c.actors + [x for x in c.states if x.value in hostile] + [x for x in c.agencies if x.value[0] in hostile]:
            by = (_OP_BY if m.kind == "actor" else _OP_BY_STATE).search(text, max(s.start, m.start - 60), m.start)
            if by and _HYPOTHETICAL_BEFORE.search(text, max(s.start, by.start() - 30), by.start()):
                continue  # "warned of possible attempts by Russia to influence the vote": feared, not done
            if by:
                c.attribution_cues.append(("op_by", by.start(), m.end))  # "the breach ... by MirrorFace", "activity by Russia"
                break
        if c.response_cues and not c.attribution_cues:
            # "condemned Iran's attempt to interfere in the election"; "condemned the activity of APT28 against Germany"
            culprit = next((m for m in c.states if m.value in hostile and _condemned_for(text, s.start, m)), None) or next(
                (m for m in c.actors if _CONDEMNED_ACTIVITY_OF.search(text, max(s.start, m.start - 80), m.start) or _condemned_for(text, s.start, m)), None
            )
            if culprit is not None:
                c.attribution_cues.append(("condemned_for", culprit.start, culprit.end))
        over = _HOSTILE_RESPONSE_AFTER.search(st) if c.response_cues and not c.attribution_cues else None
        if over and (
            any(n != "condemnation" for n, _, _ in c.response_cues)
            or any(m.value in hostile and _ENVOY_OF_STATE.match(text, m.end, m.end + 60) for m in c.states)  # "a note of protest to Russia's chargé"
        ):
            # "severed ties with Iran over the cyberattack": the response holds that state responsible
            c.attribution_cues.append(("response_over", s.start + over.start(), s.start + over.end()))
        if c.explicit_speaker and not _aside(text, s.start, c.speaker_mentions):
            carried = list(c.speakers)
            states = [p for p in c.speakers if p not in hostile and len(p) == 2 and p.isupper()]
            if states:
                carried_state = states
        elif c.anonymous:
            carried = []
        _remember_people(st, c, people)
        _remember_staff(text, c, people)
        _accused(doc, c, hostile)
        out.append(c)
    doc.facts = {"hostile": hostile, "people": people, "home": dateline_state(text)}
    return out


_DATELINE = re.compile(r"\s*(?P<places>[A-Z][A-Za-z .'’/-]{2,40}?)(?:,\s*[A-Za-z0-9 .]{2,20})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s")
# a dateline closed by a colon, as the Indian and translated press write it: "NEW DELHI:", "New Delhi, May 3:" (not a
# headline's kicker, "Police: ...", "China: ...": the places in capitals, or a date after them)
_DATELINE_COLON = re.compile(
    r"\s*(?:(?P<places>[A-Z][A-Z .'’/-]{2,40}?)(?:,\s*[A-Za-z0-9 .]{2,20})?|(?P<named>[A-Z][A-Za-z .'’/-]{2,40}?),\s*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*(?:\([^)]{1,30}\))?\s*:\s"
)
# a byline over the dateline: "By Jane Doe\nWARSAW, May 3 (Reuters) - ..."
_BYLINE = re.compile(r"[ \t]*By\s+[^\n]{1,80}\n\s*")


_TITLE_LINE = re.compile(r"[^\n]{1,200}\n[ \t]*\n\s*")

# a wire headline with its copula left out: "Russian military intelligence behind cyberattack on German arms maker, Berlin
# says", "Report: China-linked hackers behind breach of Philippine agencies", "Berlin says Iran behind hack of ..."; the
# subject's words hold no modal, verb or article ("Russia could be behind ..." stays a guess, "Tracking the Russian
# hackers behind a wave of attacks" names no one)
_HEADLINE_BEHIND = re.compile(
    r"(?:[^:\n]{1,40}:\s+|[^\n]{1,60}?\b(?:says?|said|believes?|thinks?|claims?)\s+(?:that\s+)?)?"
    r"(?:(?!(?:could|may|might|can|would|not|who|which|that|the|is|was|are|were|if|whether|probes?|asks?|seeks?)\b)[\w'’.-]+[ \t]+){1,6}"
    r"(?P<behind>behind)\s+(?:the\s+|an?\s+|this\s+|these\s+|those\s+)?(?:[\w'’$.,-]+\s+){0,3}?"
    r"(?:cyber-?attacks?|attacks?|hack\w*|intrusions?|breach(?:es)?|campaigns?|operations?|espionage|spying|leaks?|thefts?|heists?|outages?|(?:cyber-?)?incidents?|DDoS)\b",
    re.I,
)


def _is_headline(text: str, s) -> bool:
    """Is the sentence the document's first line, set apart by a blank line (a headline)?"""
    title = _TITLE_LINE.match(text)
    return title is not None and s.start == 0 and s.end <= title.end()


@lru_cache(maxsize=8)
def dateline_state(text: str) -> str | None:
    """The state of a dateline ("OSLO —", "LONDON/BRUSSELS (Wire) —"), if the article has one.

    Cached: the speakers of a document ask for it sentence after sentence.
    """
    at = 0
    for _ in range(3):
        m = _DATELINE.match(text, at)
        if m:
            return _dateline_code(m)
        m = _DATELINE_COLON.match(text, at)
        if m and (code := _dateline_code(m)):
            return code  # (not a headline's kicker: "PST: hackers linked to ...", "CERT-UA: ...")
        # "Police: North Korea behind hack\n\nSEOUL, May 11 — ...": under a headline; "By Jane Doe\nWARSAW ...": under a byline
        head = _BYLINE.match(text, at) or _TITLE_LINE.match(text, at)
        if head is None:
            return None
        at = head.end()
    return None


def _dateline_code(m: re.Match[str]) -> str | None:
    """The state of a dateline's places."""
    wanted = {p.strip().title() for p in (m.group("places") or m.group("named")).split("/")}
    places = _dateline_places()
    found = [places[w] for w in wanted if w in places]
    return min(found)[1] if found else None


@lru_cache(maxsize=1)
def _dateline_places() -> dict[str, tuple[int, str]]:
    """Each state's names and seats of power, title-cased, with the first state (in ``state_forms`` order) to have it."""
    from ..kb.states import state_forms

    table: dict[str, tuple[int, str]] = {}
    for i, (code, forms) in enumerate(state_forms().items()):
        for form, kind in forms:
            if kind in ("metonym", "name"):
                table.setdefault(form.title(), (i, code))
    return table


def _from_state_cue(doc: Doc, s, states: list[Mention]) -> list[tuple[str, int, int]]:
    out = []
    for m in states:
        before = doc.text[s.start : m.start]
        hit = _FROM_STATE.search(before[-80:])
        if hit and m.form not in ("based", "speaking") and not C.LOCATION_ONLY.search(before[-40:]):
            out.append(("from_state", m.start - (len(before[-80:]) - hit.start()), m.end))
    return out


_COMPOUND_AFTER = re.compile(r"[-‐‑]\w")
_QUOTE = re.compile(r"[“\"]([^”\"]{8,})[”\"]")
_QUOTE_SAID = re.compile(r"^\s*,?\s*(?:(?:he|she|they|it|the\s+\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+)?(?:said|says|added|told|wrote|stated|declared)\b")
# the end of a quotation opened in a sentence before: 'Russia is waging a hybrid war," the minister said.'
_QUOTE_END = re.compile(r"^[^“\"]{8,}?[,.!?]?[”\"]")
_QUOTE_SAID_SHORT = re.compile(r"^\s*,?\s*(?:said|says|added)\b")


def _quoted_spans(st: str, s0: int) -> list[tuple[int, int]]:
    """Quotations followed by who said them ("“...,” he said", "“...,” said the minister")."""
    if '"' not in st and "”" not in st:
        return []  # both patterns end on one of these, and most sentences have neither: skip them cheaply
    out = []
    end = _QUOTE_END.match(st)
    if end and (_QUOTE_SAID.match(st[end.end() : end.end() + 60]) or _QUOTE_SAID_SHORT.match(st[end.end() : end.end() + 60])):
        out.append((s0, s0 + end.end()))
    for m in _QUOTE.finditer(st):
        tail = st[m.end() : m.end() + 60]
        if _QUOTE_SAID.match(tail) or _QUOTE_SAID_SHORT.match(tail):
            out.append((s0 + m.start(), s0 + m.end()))
    return out


def _first_cue_pos(c: Clause, sent_start: int, st: str, lead_end: int = 0) -> int:
    # (a cue that opens with its doer's name, "Treasury ... designated", "OFAC designated", begins after that name)
    named_at = {m.start: m.end for m in c.parties}
    positions = [named_at.get(p, p) for _, p, _ in c.attribution_cues + c.response_cues + c.denial_cues if p >= lead_end]
    m = _SPEECH_VERB.search(st)
    if m:
        positions.append(sent_start + m.start())
    return min(positions) if positions else sent_start + len(st)


# "according to two US officials", "according to a Western official and several Israeli officials"
_ACCORDING_TO_END = re.compile(
    r"according\s+to\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:officials?|sources?|officers?|diplomats?)\s+and\s+)?"
    r"(?:the\s+|an?\s+(?:\w+\s+){0,2}(?:the\s+)?|(?:one|two|three|four|five|six|several|some|multiple|\d+)\s+(?:(?:senior|unnamed|anonymous|current|former)\s+)?)?$",
    re.I,
)
_SOURCE_IN = re.compile(r"\b(?:an?|one|two|three|several|senior|unnamed)\s+(?:(?:senior|unnamed|intelligence|government|security|military|police|defen[cs]e|diplomatic|ministry|administration|law\s+enforcement)\s+){0,2}(?:sources?|officials?|insiders?|persons?|people|officers?)\s+(?:in|at|from|with|inside|within|close\s+to)\s+(?:the\s+)?$", re.I)
_ACCORDING_TO_STAFF = re.compile(r"\baccording\s+to\s+(?:[\w-]+\s+){0,2}?(?:researchers|analysts|experts|investigators|specialists|scientists|engineers|teams?)\s+(?:at|from|with|of)\s+", re.I)
_STAFF_AT = re.compile(r"\b(?:researchers|analysts|experts|investigators|specialists|scientists|engineers|team|teams)\s+(?:at|from|with|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
# one of its people, named or not, speaks for a firm: "John Hultquist, chief analyst at Mandiant, said", "a senior
# researcher with ESET said", "said Jane Doe, head of threat research at ESET.", "according to Ben Read, a director at Mandiant,"
# a firm's person, named where the firm speaks: "John Hultquist, chief analyst at Mandiant,", "Ben Read of Mandiant",
# "Mandiant's John Hultquist", "ESET researcher Jane Doe", "Mandiant's chief analyst, John Hultquist"
_PERSON = r"(?P<name>(?<![\w'’.-])(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'’-]+))"
_ROLE = (
    r"(?:researcher|analyst|expert|investigator|specialist|scientist|engineer|director|head|chief|officer|executive|president|"
    r"manager|lead|leader|strategist|founder|co-founder|fellow|adviser|advisor|architect|hunter|spokes(?:man|woman|person)|CEO|CTO|CISO|CSO|VP)"
)
_ONE_OF_STAFF_AT = re.compile(r"\b" + _ROLE + r"\s+(?:at|from|with|of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
_SAID_NAMED_STAFF = re.compile(
    r"\b(?:said|says|added|adds|told\s+\w+|according\s+to|wrote|noted|explained|warned)\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3},\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?" + _ROLE + r"\s+(?:at|from|with|of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
# what follows a party that opens a reported clause: its systems, or a verb of its own ("was breached", "had patched")
_REPORTED_SUBJECT = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,4}?(?:was|were|is|are|had|has|have)\b|\s+(?:was|were|is|are|had|has|have)\b)")
_STAFF_NAMED_BEFORE = re.compile(_PERSON + r"(?:,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?" + _ROLE + r"\s+(?:at|from|with|of|for)|\s+(?:of|at|from))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
_STAFF_NAMED_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:[\w-]+\s+){0,3}?(?:" + _ROLE + r"|researchers?|analysts?)s?,?\s+)?" + _PERSON, re.I)
_CLAUSE_ENDS = re.compile(r"^(?:['’]s\s+[\w-]+\s*)?(?:[,.;:)”\"'’]|$)")
# the source an outlet cites speaks ("According to Reuters, which cited Mandiant, ...", "..., Reuters reported, citing a
# Mandiant report", "citing researchers at ESET"); the outlet only relays
_CITED_BEFORE = re.compile(
    r"\b(?:citing|cited|quoting|quoted)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:new|recent|latest|unpublished|private|internal)\s+)?"
    r"(?:(?:report|analysis|research|findings|assessment|blog\s+post|statement|investigation)\s+(?:by|from)\s+(?:the\s+)?)?"
    r"(?:(?:researchers|analysts|experts|officials|investigators|a\s+spokes\w+)\s+(?:at|from|with|for)\s+(?:the\s+)?)?$",
    re.I,
)
# a newspaper named after a place ("the Washington Post", "the Moscow Times", "the Korea Herald") relays, it is not the state
_OUTLET_AFTER = re.compile(r"\s+(?:Post|Times|Herald|Independent|Journal|Tribune|Examiner|Chronicle|Gazette|Inquirer|Telegraph|Daily|Observer)\b")
_NAMED_OF = re.compile(r"(?<![\w'’.-])(?-i:[A-Z][a-z][\w'’-]*\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)\s+(?:of|at|from)\s+$")  # "Ben Read of Mandiant said"
# (and each of a list: "the group that the United States and Britain tied to China's MSS")
_GROUP_THAT_BEFORE = re.compile(
    r"\b(?:group|gang|actor|unit|crew|hackers|outfit|collective)\s*,?\s+(?:which|that|whom)\s+(?:the\s+)?(?:[\w.'’-]+(?:\s+[\w.'’-]+)?(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?){0,3}$",
    re.I,
)
_TIED_AFTER = re.compile(
    r"(?:['’]s)?(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?){0,3}\s+(?:(?:officials|authorities|investigators|prosecutors|government|intelligence|agencies)\s+)?(?:(?:have|has|had)\s+)?(?:long\s+|previously\s+|also\s+)?"
    r"(?:linked|tied|connected|attributed|blamed|accused)\b",
    re.I,
)
_ACCORDING_TO_REPORT_BY = re.compile(
    r"\baccording\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|analysis|study|investigation|assessment|post|research|paper|advisory|alert)\s+"
    r"(?:(?:published|released|issued|posted)\s+(?:\w+\s+){0,2}?)?(?:by|from)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?$",
    re.I,
)
_DOCUMENT_BY_BEFORE = re.compile(
    r"\b(?:an?|the|its|their|new|latest)\s+(?:[\w-]+\s+){0,3}?(?:report|analysis|study|investigation|assessment|advisory|alert|statement|bulletin|indictment)\s+"
    r"(?:(?:published|released|issued|posted)\s+(?:\w+\s+){0,2}?)?(?:by|from)\s+(?:the\s+)?$",
    re.I,
)
# (the authors listed before it: "by the FBI, CISA and the Defense Department's Cyber Crime Center, which said")
_WHICH_SAID_AFTER = re.compile(
    r"^(?:['’]s\s+[\w\s'’-]{0,40}?|[^.;()]{0,90}?)?,\s+which\s+(?:also\s+)?(?:said|says|found|concluded|attributed|linked|blamed|warned|stated|assessed|tied|named)\b"
)
_REPORT_BY_BEFORE = re.compile(
    r"\b(?:an?|the|its|their|new|latest)\s+(?:[\w-]+\s+){0,3}?(?:report|analysis|study|investigation|assessment|blog\s+post|post|research|paper|white\s*paper|bulletin|write-?up|statement|announcement)\s+"
    r"(?:(?:published|released|issued|posted)\s+(?:\w+\s+){0,2}?)?(?:by|from)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?$",
    re.I,
)
_GLOSS_BEFORE = re.compile(r"(?:—|–|-|,)\s*(?:the\s+)?(?:group|actor|crew|gang)?\s*$")
# (and a later member of its list of speakers: "Sandworm, which U.S. and British authorities say is run by ...")
_RELATIVE_BEFORE = re.compile(r"[,(]\s*(?:which|whom|who|that)\s+(?:the\s+)?(?:[\w.'’-]+(?:\s+[\w.'’-]+)?(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?){0,4}$")
_RELATIVE_SAYS = re.compile(r"\b(?:said|says|say|told|announced)\b[^.;]{0,200}[,)]\s")
_WHOSE_STAFF_SAY = re.compile(
    r"^(?:\s+(?:at|of|in)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*){0,4})?,\s+whose\s+(?:own\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:researchers|analysts|experts|investigators|specialists|scientists|engineers|team|officials|staff)\s+(?:(?:have|has|had|also|later)\s+)?"
    r"(?:say|said|says|found|find|concluded|conclude|believe|believed|assessed|assess|determined|reported|wrote|linked|tied|attributed|blamed)\b"
)
_THING_NAMED_AFTER = re.compile(
    r"\s+(?:malware|code|tools?|attacks?|cyber-?attacks?|hacks?|heist|breach|intrusion|incident|theft|operation|campaign|bank|banks|networks?|systems?|servers?|case|samples?|implants?|backdoors?|wipers?|ransomware)\b"
)
# an operation named after a product or its victim: "the SolarWinds hack", "the 2021 Microsoft Exchange hack", "the MOVEit breach"
_OPERATION_NAME_BEFORE = re.compile(r"(?:^|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ll]ast\s+year['’]s)\s+)(?:(?:19|20)\d\d\s+)?$")
_OPERATION_NAMED_AFTER = re.compile(
    r"(?:\s+(?-i:[A-Z][\w.-]*|\d+)){0,2}\s+(?:(?:supply[- ]chain|email|e-mail|server|cloud|software|data|ransomware|cyber|grid|network)\s+)?"
    r"(?:hack|breach|attack|cyber-?attack|compromise|intrusion|heist|leak|incident|espionage\s+campaign)\b"
)
_SPOKESMAN_FOR = re.compile(r"\bspokes\w+\s+for\s+(?:the\s+)?$", re.I)
_DEMONYM_COMPANY = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:firms?|company|companies|vendors?|researchers?|providers?|maker|giant|startup)\b", re.I)
_DEMONYM_OFFICIAL = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:officials?|government|authorities|investigators|prosecutors|police|ministry|minister|foreign|counter-?intelligence|intelligence|security|cyber(?!\s+(?:actors?|criminals?|spies|operatives|attackers|hackers|gangs?|groups?|units?|forces|army|soldiers))|agency|agencies|diplomats|president|presidency|presidential|prime|chancellery|chancellor|premier|secretary|cabinet|embassy|military|army|court|spokes\w+|counterparts?|lawmakers)\b(?![-‐‑]\w)",  # not "Iranian government-backed"
    re.I,
)
_WORD = re.compile(r"[\w'’-]+")
_RELATIVE_OF_OTHERS = re.compile(r"\b(?:which|that|whom)\s+(?:\w+\s+){0,2}$", re.I)
_INSTITUTION_OPENS = re.compile(r"\W*(?:the\s+)?(?:agencies|officials|authorities|investigators|prosecutors|police|government|ministry)\b", re.I)
_ACCORDING_TO_INSTITUTION = re.compile(r"\baccording\s+to\s+(?:the|its)\s+(?:\w+\s+)?(?:agency|ministry|government|police|service|office|department|authorit\w+|prosecutors|investigators)\b", re.I)


def _aside(text: str, s0: int, speakers: list[Mention]) -> bool:
    """Do the speakers speak only in a relative clause ("..., which the United States and Britain attributed to ...")?
    They say no more than that clause: the sentences after it go on with who spoke before."""
    return bool(speakers) and all(m.start - s0 > 30 and _RELATIVE_BEFORE.search(text, max(s0, m.start - 60), m.start) for m in speakers)


# "Mandiant said Microsoft had attributed the attack to ...", "The BBC said the NCSC had blamed ...": the first only relays
_RELAY_BETWEEN = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?)?\s*(?:,\s*)?(?:(?:has|had|also)\s+)?(?:said|says|reported|reports|wrote|writes|noted|notes|told\s+\w+)\s+"
    r"(?:on\s+\w+\s+)?(?:that\s+)?(?:the\s+|Britain['’]s\s+|America['’]s\s+)?(?:[\w-]+\s+){0,2}?"
)
_RELAYED_CLAIM = re.compile(
    r"(?:['’]s(?:\s+[\w-]+){0,4}?)?(?:\s+\([^)]{1,20}\))?\s+(?:(?:had|has|have|also|previously|earlier|already|publicly|formally)\s+){0,2}"
    r"(?:attributed|blamed|linked|tied|accused|assessed|concluded|named|identified|traced|pinned)\b", re.I)
_CITING_BETWEEN = re.compile(r"\s*,\s*(?:citing|quoting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.I)


def _drop_relays(text: str, found: list[Mention]) -> list[Mention]:
    """A speaker who only passes on another's attribution: "X said Y had attributed ...", "X, citing Y, said ..."."""
    drop: set[int] = set()
    for a, b in zip(found, found[1:]):
        if b.start - a.end > 80:
            continue
        if _RELAY_BETWEEN.fullmatch(text, a.end, b.start) and _RELAYED_CLAIM.match(text, b.end, b.end + 60):
            drop.add(id(a))
        elif _CITING_BETWEEN.fullmatch(text, a.end, b.start):
            drop.add(id(a))
    return [m for m in found if id(m) not in drop] if drop else found


# a state outlet speaking in its own voice: "KCNA said", "the Global Times, citing experts, said", "according to Xinhua",
# "a commentary from the official Xinhua news agency accused", "..., Press TV reported"
_OUTLET_VERB_AFTER = re.compile(
    r"(?:\s+(?:news\s+agency|newspaper|daily|television|broadcaster|agency|TV|website))?(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:commentary|editorial|article|report|dispatch))?(?:\s*,[^,]{1,60},)?\s+"
    r"(?:(?:has|had|also|later|on\s+\w+day)\s+)*(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|claimed|claims|alleged|alleges|accused|accuses|commented|stated|published|blamed|blames)\b",
    re.I,
)
_OUTLET_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|(?:commentary|editorial|article|report|dispatch)\s+(?:from|by|in|of))\s+(?:the\s+)?(?:(?:official|state|state-run|state-owned|[A-Z][\w-]*)\s+){0,3}$", re.I
)


def _outlet_speaks(text: str, s0: int, m: Mention) -> bool:
    return bool(_OUTLET_VERB_AFTER.match(text, m.end, m.end + 90) or _OUTLET_SOURCE_BEFORE.search(text, max(s0, m.start - 60), m.start))


# what lies between a state and its agency named after it: "China's ", "China's espionage agency, the "
_TO_OWN_AGENCY = re.compile(r"(?:['’]s)?\s+(?:(?:[\w-]+\s+){0,3}?[\w-]+,\s+)?(?:the\s+)?")
_AGENCY_ACTS = re.compile(r"\)?,?\s+(?=\w)")  # (matched from its last space on)


def _own_agency_acts(text: str, m: Mention, agencies: list[Mention]) -> bool:
    """Does the state's own agency named right after it act ("China's Ministry of State Security hacked Czech ministries")?"""
    for g in agencies:
        if g.value[0] == m.value and m.end < g.start <= m.end + 50 and _TO_OWN_AGENCY.fullmatch(text, m.end, g.start):
            k = _AGENCY_ACTS.match(text, g.end)
            if k and _STATE_ACTED.match(text, k.end() - 1):
                return True
    return False


def _speakers(doc: Doc, c: Clause, st: str, s0: int, people, carried, hostile, carried_state) -> None:
    text = doc.text
    found: list[Mention] = []
    # "In a court-authorized operation, the FBI removed ...": a scene-setting phrase that names nobody opens the
    # sentence before its subject, so a cue inside it ("operation") does not keep the subject from opening it
    lead = _SCENE_PHRASE.match(st)
    lead_end = s0 + lead.end() if lead and not any(m.start < s0 + lead.end() for m in c.parties) else s0
    cue_pos = _first_cue_pos(c, s0, st, lead_end)
    quoted = _quoted_spans(st, s0)
    owners = {o.end: o for o in c.parties if o.kind == "company"}
    former = False
    for m in c.parties:
        before = text[s0 : m.start]
        after = text[m.end : min(m.end + 80, s0 + len(st))]
        if m.kind == "company" and after[:3] in ("'s ", "’s ") and any(o.kind == "company" and o.start == m.end + 3 for o in c.parties):
            continue  # "a report from Accenture's iDefense unit": the unit speaks, not its owner
        owner = owners.get(m.start - 3) if m.kind == "company" and before[-3:] in ("'s ", "’s ") else None
        if owner is not None:
            before = text[s0 : owner.start]  # (the unit takes its owner's place in the sentence)
        if any(a <= m.start < b for a, b in quoted):
            continue  # inside a quotation: the one quoted speaks, not who is named in it
        if _NOT_SPEAKER_AFTER.match(after) and not (m.kind == "org" and _MEMBERS_ACT.match(after)):
            continue  # ("NATO allies expressed solidarity": the alliance speaks)
        if m.kind == "state" and m.form in ("based", "speaking"):
            continue
        if m.kind == "state" and _OUTLET_AFTER.match(after):
            continue
        if m.kind in ("state", "organ", "org") and (_FORMER_BEFORE.search(before[-40:]) and _SPEAKER_AFTER.match(after) or _FORMER_AFTER.match(after)):
            former = True
            continue  # "A former US intelligence official said ...": no longer speaks for the state (an opinion, like a columnist's)
        if _COMPOUND_AFTER.match(after):
            continue  # "Iranian government-backed hackers", "Kremlin-linked media": a modifier, not a speaker
        if before.count("(") > before.count(")") and not (before.endswith("(") and after.startswith(")")):
            continue  # "(US time)": a parenthesis does not speak; "(MIVD)" glossing a name does
        if before.endswith("(") and after.startswith(") "):
            # "... Office of Foreign Assets Control (OFAC) today added": the gloss stands for the name
            # (not "authored by the FBI, ... and the UK's National Cyber Security Centre (NCSC), says": the document speaks)
            after = after[1:]
        # (a state's own tests first: most demonyms stop here, before the tests of a subject below)
        if m.kind == "state" and (m.form == "demonym" or (m.form == "name" and len(m.surface) <= 4)) and _DEMONYM_COMPANY.match(after):
            continue  # "Slovak security firm ESET said": the company speaks, not Slovakia
        if m.kind == "state" and m.form == "demonym" and not _DEMONYM_OFFICIAL.match(after) and not _DEMONYM_CLAIM.match(after):
            continue
        if m.kind in ("company", "state") and _OPERATION_NAMED_AFTER.match(after) and _OPERATION_NAME_BEFORE.search(before[-30:]):
            continue  # "The 2021 Microsoft Exchange hack was the work of ..., the US said": the operation's name, not its speaker
        if _GLOSS_AFTER.match(after) and _GLOSS_BEFORE.search(before[-40:]):
            continue  # "APT40 — the group CrowdStrike calls Kryptonite Panda": an alias gloss
        if _STATE_RESPONSIBLE.match(after) or _STATE_BLAMED.match(after):
            continue  # "Beijing was responsible", "China blamed for hack": the accused, not a speaker
        if m.kind == "state" and m.value in hostile and (_STATE_ACTED.match(text, m.end) or m.form in ("name", "metonym") and _STATE_HACKED_AT.match(text, m.end, s0 + len(st))):
            continue  # "Russia's GRU targeted the Winter Olympics, officials said": the accused acts, it does not speak
        if m.kind == "state" and m.value in hostile and m.form in ("genitive", "demonym") and _own_agency_acts(text, m, c.agencies):
            continue  # "China's Ministry of State Security hacked ...", "China's spy agency, the MSS, hacked ...": its organ acts
        if m.kind == "organ" and m.value in hostile and _organ_strikes(doc, m):
            continue  # "The Pentagon launched cyberattacks against ...": the organ acts, it does not speak
        if _MISSION_IN.search(before[-40:]):
            continue  # "the Chinese embassy in Ottawa called ...": where the mission sits, not who speaks
        if _RELATIVE_BEFORE.search(before[-30:]) and _RELATIVE_SAYS.search(st[m.end - s0 :]):
            continue  # "the Lazarus Group, which the United Nations says funds ..., was responsible": a relative clause's speaker
        if _GROUP_THAT_BEFORE.search(before[-40:]) and _TIED_AFTER.match(after):
            continue  # "Lazarus, a hacking group that U.S. officials have linked to North Korea": the group's standing tie, not this claim
        sp = _SPEAKER_AFTER.match(after)
        is_subject = bool(sp) and (
            not _NOT_SPEAKER_BEFORE.search(before[-25:]) or bool(_SPOKESMAN_FOR.search(before[-30:]))
        )
        if sp and after[:1] == "," and any(p.start > m.end and p.start - m.end < sp.end() for p in c.parties):
            is_subject = False  # "broke into ministries in Denmark and Sweden, British officials said": the next party speaks
        if is_subject and m.kind == "state" and _UNNAMED_SPEAKER_NEXT.match(after) and _listed_after_preposition(doc, m):
            is_subject = False  # "targeted ministries in Poland, Lithuania and Latvia, officials said": the list's last victim
        passive = _PASSIVE_AGENT.search(before[-40:])
        # (each test below makes the party the subject: once one holds, the rest need not run)
        is_subject = is_subject or bool(
            passive and _PASSIVE_CLAUSE.search(st)  # "... was made public by the Dutch government"
            or m.kind == "state" and _TITLED_OF.search(before[-70:])  # "said Foreign Minister Annalena Baerbock of Germany"
            # "In a statement on behalf of the EU, the High Representative said ...": whom the speaker speaks for
            or m.kind in ("state", "org") and _ON_BEHALF_BEFORE.search(before[-60:])
            or owns_claim(text, m)  # "Norway's public accusation against Russia", "called the British accusations unfounded"
            or m.kind == "state" and _IN_CAPITAL.match(text[s0 : m.start]) and _INSTITUTION_AFTER.match(after)  # "In Washington, prosecutors charged ..."
            # "Officials in Washington have linked ..."
            or m.kind in ("state", "org") and sp and _OFFICIALS_IN.search(before[-45:]) and not _OBJECT_OFFICIALS_IN.search(before[-70:])
            or m.kind in ("organ", "org", "state") and sp and _SOURCE_IN.search(before[-45:])  # "A source in the SBU said", "officials at the Pentagon told"
            # "findings by the Citizen Lab at the University of Toronto, whose researchers say ...": its staff speak for it
            or m.kind in ("company", "org", "organ") and "whose" in after and _WHOSE_STAFF_SAY.match(after)
            # "researchers at BAE Systems said", "according to researchers at BAE Systems"
            or m.kind in ("company", "org", "organ") and _STAFF_AT.search(before[-45:]) and (sp or _ACCORDING_TO_STAFF.search(before[-60:]))
            or m.kind in ("company", "org", "organ") and sp and _ONE_OF_STAFF_AT.search(before[-60:])
            or m.kind in ("company", "org", "organ") and _SAID_NAMED_STAFF.search(before[-110:]) and _CLAUSE_ENDS.match(after)
            or m.kind in ("company", "org") and sp and _NAMED_OF.search(before[-40:])
            or _CITED_BEFORE.search(before[-70:])
            # "A report by Recorded Future tied the intrusions to RedEcho", "a new analysis from ESET says"
            or sp and _REPORT_BY_BEFORE.search(before[-90:])
            or _ACCORDING_TO_REPORT_BY.search(before[-90:])  # "according to a report published Monday by the firm Proofpoint"
            # "an August advisory by the FBI, CISA and the NSA, which said that ...": its authors speak
            or "which" in after and _WHICH_SAID_AFTER.match(after) and _DOCUMENT_BY_BEFORE.search(before[-90:])
        )
        said_x = bool(_SAID_X.search(before[-30:])) and not (party_code(m) in hostile and _SUBJECT_SAID_X.search(before[-60:]) or not any(n != "condemnation" for n, _, _ in c.response_cues) and _PRONOUN_SAID.search(before[-30:]))
        if said_x and not sp and _SUBJECT_SAID_X.search(before[-60:]) and _REPORTED_SUBJECT.match(after):
            said_x = False  # "Mandiant said Microsoft's email systems were breached by APT29": the reported clause's subject, not who speaks
        if said_x and m.kind == "state" and _THING_NAMED_AFTER.match(after):
            said_x = False  # "BAE Systems said the Bangladesh malware shared code with ...": a place naming a thing, not who says it
        if passive and not is_subject:
            continue  # "by the Dutch government" in an active clause is not the subject
        if m.kind == "state" and not is_subject and not said_x and after[:1] == "," and _IN_CAPITAL.match(before) and not _LEADER_AFTER.match(after):
            continue  # "In Sweden, the supermarket chain had to close its stores": where it happened, not who speaks
        if is_subject or said_x or _ACCORDING_TO_END.search(before[-80:]) or (
            m.start < cue_pos and _OPENING.match(_KICKER.sub("", _strip_parties(text[lead_end : m.start] if m.start >= lead_end else before, c.parties, lead_end if m.start >= lead_end else s0), count=1))
        ):
            found.append(m)  # the subject, "said X", "according to X", or a party that opens the sentence
    owner = _pronoun_owner(doc, c, st, hostile)
    if former and not found and not owner:
        c.anonymous = True
        return
    found = _list_mates(text, s0, found, c.parties, hostile)
    if len(found) > 1:
        found = _drop_relays(text, found)
    # "Britain, the United States and Georgia ..." share the subject role
    if found:
        c.explicit_speaker = True
        c.speaker_mentions = found
        c.speakers = _dedupe(([owner] if owner else []) + [party_code(m) for m in found])
        if not any(m.kind in ("state", "organ") for m in found) and _BARE_BODY_AND.search(text, max(s0, found[0].start - 40), found[0].start):
            # "which the government and Microsoft's investigators blamed on Iran": the government speaking before goes on
            home = next((p for p in carried if is_state(p) and p not in hostile), None) or dateline_state(text)
            if home and home not in hostile:
                c.speakers = _dedupe([home] + c.speakers)
        # a hostile state speaks only when nobody else does, or when it denies
        if not c.denial_cues:
            c.speakers = [p for p in c.speakers if p not in hostile] or c.speakers
        return
    if owner:
        c.speakers = [owner]
        c.explicit_speaker = True
        return
    outlet = next((m for m in doc.mentions_in(c.index) if m.kind == "media" and _outlet_speaks(text, s0, m)), None)
    if outlet is not None:
        # "KCNA said the US was behind ...", "A commentary from the official Xinhua news agency accused Washington ...",
        # "..., Press TV reported": a state outlet in its own voice speaks from its state's side, but it is no
        # attributor (an outlet, not an official), nor are those who spoke before
        c.speakers = [outlet.value]
        if c.operation or c.actors:
            c.anonymous = True
        else:
            c.explicit_speaker = True  # ("accused Washington of hypocrisy": its state's side answers, no operation)
            c.speaker_mentions = [outlet]
        return
    if people:
        # titled people named before, looked up by the sentence's words (linear in its length)
        for word in _WORD.findall(st):
            parties = people.get(word)
            if parties:
                c.speakers = list(parties)
                c.explicit_speaker = True
                return
    head = st[: max(0, cue_pos - s0)]
    if carried and _ACCORDING_TO_INSTITUTION.search(st):
        c.speakers = [p for p in carried if len(p) == 2 and p.isupper()] or list(carried)
        return
    anon = _ANONYMOUS.search(head) or (None if head.strip() else _ANONYMOUS.search(st))
    if anon is None and not any(m.start < cue_pos for m in c.parties):
        anon = _UNNAMED_SUBJECT.match(st)  # (not "Western governments and Ukraine's SBU say ...": a party speaks too)
    if anon and not (_INSTITUTION_OPENS.match(st) and _RELATIVE_OF_OTHERS.search(st, max(0, anon.start() - 30), anon.start())):
        c.anonymous = True  # (not "The agencies named the group as Energetic Bear, which private researchers also call ...")
        return
    victim = _VICTIM_SPEAKS.match(st)
    if victim and _OWN_LOSS.search(st, victim.end()) and _organisation_name(doc.text, s0, victim.group("name")):
        # "Bayer said the hacking group Wicked Panda had infiltrated its network": a breached organisation
        # naming its attacker attributes under its own name
        c.speakers = [victim.group("name")]
        c.explicit_speaker = True
        return
    if "embassy" in st and _THE_EMBASSY.match(st) and not c.parties:
        # "The Chinese embassy in Washington did not respond. In a later statement, the embassy called the charges groundless":
        # the embassy named before, which speaks for its state
        named = [m.value for m in doc.mentions if m.sentence < c.index and m.kind == "state" and is_state(m.value) and _EMBASSY_AFTER.match(text, m.end)]
        if named:
            c.speakers = [named[-1]]
            c.explicit_speaker = True
            return
    dl = _DATELINE.match(st)
    body = st[dl.end() :] if dl else _KICKER.sub("", st, count=1)  # "WARSAW, Jan 5 (Wire) - Police said ...", "PRESENTER: The government said ..."
    bare = _INSTITUTION_SUBJECT.match(body) or _BARE_INSTITUTION.match(body) or _TRAILING_INSTITUTION.search(body) or _INSTITUTION_KICKER.match(st)
    own = _dateline_code(dl) if bare and dl else None
    if own and own not in hostile and (_SPEECH_VERB.search(st) or _BARE_INSTITUTION.match(body)):
        # "Beijing calls claims groundless" then "CANBERRA — Officials say China was behind ...": the sentence's own dateline
        c.speakers = [own]
        carried[:] = [own]
        return
    if bare:
        states = [p for p in carried if len(p) == 2 and p.isupper()]
        if states or carried_state:
            c.speakers = states or list(carried_state)
            return
        home = dateline_state(text)
        if home and home not in hostile and (_SPEECH_VERB.search(st) or (c.attribution_cues or any(r[0] != "advisory" for r in c.response_cues)) and (_INSTITUTION_SUBJECT.match(body) or _INSTITUTION_KICKER.match(st))):
            # "WARSAW — Police said ...", "The government blamed Iran and expelled ...": the dateline's institutions
            c.speakers = [home]
            carried[:] = [home]  # and they go on speaking ("It severed ties with ...")
            return
        if home is None and not carried:
            # "Australia sanctions Russian over hack" then "The federal government has used its sanctions powers ...":
            # with no dateline and nobody speaking before, the government of the state the story opens with
            # (or its adjective on one of its own bodies, hit or speaking: "the Czech foreign ministry was breached")
            first = next((
                m.value for m in doc.mentions if m.kind == "state" and m.sentence < c.index
                and (m.form in ("name", "genitive", "metonym") or m.form == "demonym" and _OWN_BODY_AFTER.match(text, m.end))
            ), None)
            if first and first not in hostile:
                c.speakers = [first]
                return
    titled = _TITLE_NAME.search(st) if not carried else None
    if titled and not titled.group(0).endswith(("'s", "’s")):  # (not "a day before President Xi Jinping's state visit")
        # "Foreign Minister X said: ..." with nobody speaking before: the article's own state
        home = dateline_state(text) or next(
            (m.value for m in doc.mentions if m.kind == "state" and m.value not in hostile and m.form not in ("based", "speaking")), None
        )
        if home:
            c.speakers = [home]
            return
    if carried and _STATESMAN_OPENS.match(st) and (
        not any(is_state(p) or p in ("EU", "NATO", "UN") for p in carried)
        # "Moscow has not commented." then "Deputy Prime Minister X said the attack was carried out by Russian
        # military intelligence": the accused does not accuse itself
        or not c.denial_cues and all(p in hostile for p in carried)
        and any(m.kind == "state" and m.value in carried or m.kind == "agency" and m.value[0] in carried for m in doc.mentions_in(c.index))
    ):
        # "President Nicolás Maduro blamed ...", after a paragraph where a company spoke: a head of state
        # or minister speaks for a state, the one the paragraph is about, not for the company
        para = doc.sentences[c.index].paragraph
        here = [
            m.value for i in range(c.index, -1, -1) if doc.sentences[i].paragraph == para
            for m in reversed(doc.mentions_in(i)) if m.kind == "state" and m.value not in hostile and m.form not in ("based", "speaking")
        ]
        # (with no dateline, the first state the story names: "Germany's Christian Democrats have been hit by ...")
        home = here[0] if here else dateline_state(text) or next(
            (m.value for m in doc.mentions if m.kind == "state" and m.form in ("name", "genitive", "metonym") and m.sentence < c.index), None
        )
        c.speakers = [home] if home and home not in hostile else []
        return
    c.speakers = list(carried)


# what joins the members of one list of subjects
_LIST_GAP = re.compile(
    r"(?:['’]s)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:as\s+well\s+as|together\s+with|along\s+with|alongside)\s+(?:(?:cyber\s+|security\s+|intelligence\s+)?(?:agencies|authorities|counterparts|officials)\s+(?:in|from|of)\s+)?"
    r"|,?\s+(?:and\s+(?:\w+\s+){0,2}(?:allies|partners|other\s+countries|other\s+nations|other\s+governments)\s*,?\s+)?including\s+)(?:the\s+)?",
    re.I,
)
# what may stand before the first of a list of subjects ("cyber agencies from Australia, Canada and ...",
# "agencies from eight countries, including Germany, Japan and South Korea, warned ...")
_LIST_LEAD = re.compile(
    r"(?:^\W*(?:(?:overnight|today|yesterday|earlier|later|meanwhile|separately|now|also|then)\s+)?(?:(?:new|joint|fresh|recent|both)\s+)?"
    # the subject's head, opening the sentence: "The foreign ministers of Estonia, Latvia and Lithuania said"
    r"(?:(?:the\s+)?(?:(?:foreign|defen[cs]e|interior|justice|prime|digital)\s+)?(?:ministers|ministries|leaders|presidents|premiers|police|prosecutors)\s+(?:of|from)\s+)?|[.;:—–]\s*|\b(?:allies|partners|countries|nations|governments|counterparts)\s*,\s*|\b(?:allies|partners|countries|nations|governments|counterparts|agencies)\s*,?\s+(?:including|among\s+them)\s+|\b(?:and|while|but|after|before|when|since|until|once|because|which|whom|on\s+\w+day|(?:said|says|added|noted)(?:\s+that)?|(?:(?:co-?)?(?:signed|sealed|authored|issued|published|released|endorsed)\s+)?by|(?:cyber\s+|security\s+|intelligence\s+|partner\s+)?(?:agencies|authorities|counterparts|officials|governments|services|partners)\s+(?:in|from|of))\s+"
    # "..., and the following month American and British agencies published ..."
    r"(?:(?:the\s+)?(?:following|next|same|previous)\s+(?:day|week|month|year)\s+|(?:a|one|two|three)\s+(?:days?|weeks?|months?)\s+later\s+)?)(?:the\s+)?$",
    re.I,
)


# "In a court-authorized operation, ...", "As part of a joint law-enforcement action, ...": where the subject acted
_SCENE_PHRASE = re.compile(r"\W*(?:In|Under|Through|During|As\s+part\s+of)\s+(?:an?|the|its|their)\s+[^,;:.]{0,50}?(?:operation|action|effort|case|investigation|probe),\s*")
# "In a joint advisory, ...": a phrase that opens the sentence before its list of subjects
_OPENING_PHRASE = re.compile(r"\W*(?:In|On|At|Under|With|Through|After|Before|Since|During|Earlier|Later|Last)\b[^,;:.]{0,50},\s*(?:the\s+)?")


def _list_mates(text: str, s0: int, found: list[Mention], parties: list[Mention], hostile: set[str]) -> list[Mention]:
    """Speakers plus the parties listed with them as one subject.

    "Cyber agencies from Australia, Canada, New Zealand and the United Kingdom
    said": the United Kingdom speaks, so do the others of its list; likewise
    "Britain and ten allies, including the United States, Germany and France,
    said". A list that follows a verb or a preposition ("hit Germany, France
    and Britain, the NCSC said") is the object, not the subject.
    """
    if not found:
        return found
    kinds = ("state", "org", "organ") + (("company",) if all(f.kind == "company" for f in found) else ())  # "Microsoft and Facebook had acted"
    cands = [m for m in parties if m.kind in kinds and m not in found and party_code(m) not in hostile]
    if not cands:
        return found
    members = list(found)
    added: list[Mention] = []
    joined: list[Mention] = []
    grown = True
    while grown:
        grown = False
        for m in cands:
            if m in members or m in added:
                continue
            for f in members + added:
                gap = text[m.end : f.start] if m.end <= f.start else text[f.end : m.start] if f.end <= m.start else None
                owned = m.kind == "state" and m.end <= f.start and gap in ("'s ", "’s ")  # "Canada's CSE": one item of the list
                if gap is not None and len(gap) < 60 and (_LIST_GAP.fullmatch(gap) or owned):
                    added.append(m)
                    joined.append(f)
                    grown = True
                    break
    if not added:
        return found
    first = min(m.start for m in added + joined)
    owner = next((p for p in parties if p.kind == "state" and p.end < first and text[p.end : first] in ("'s ", "’s ")), None)
    if owner is not None:
        first = owner.start  # "Germany's BfV and South Korea's NIS said": the list starts at the first owner
    lead = text[max(s0, first - 60) : first]
    if not _LIST_LEAD.search(_KICKER.sub("", lead, count=1) if first - s0 <= 60 else lead) and not (first - s0 <= 60 and _OPENING_PHRASE.fullmatch(lead)):
        return found
    # "CERT-UA, together with the Slovak company ESET, ...": the company is the member, not where it is based
    added = [_company_named_after(text, m, parties) or m for m in added]
    return sorted(members + added, key=lambda m: m.start)


def _company_named_after(text: str, m: Mention, parties: list[Mention]) -> Mention | None:
    if m.kind != "state" or m.form != "demonym" or not _DEMONYM_COMPANY.match(text[m.end : m.end + 60]):
        return None
    return next((p for p in parties if p.kind == "company" and 0 < p.start - m.end < 40), None)


_PRONOUN_TITLE = re.compile(
    r"^\W*(?:(?:and|but|while)\s+)?(?:its|their)\s+(?:(?:foreign|defen[cs]e|interior|prime|deputy|justice|digital|national)\s+){0,2}"
    r"(?:minister|ministry|government|president|prime\s+minister|chancellor|premier|spokes\w+|foreign\s+office|cabinet)\s+"
    r"(?:(?:also|then|later|publicly|had|has)\s+)?(?:said|says|stated|announced|told|wrote|blamed|accused)\b",
    re.I,
)


def _pronoun_owner(doc: Doc, c: Clause, st: str, hostile: set[str]) -> str | None:
    """"Estonia ... ; its foreign minister said ...": the state a possessive pronoun
    at the head of the sentence points back to, the first state named as the subject
    of the sentence before in the same paragraph."""
    if c.index == 0 or not _PRONOUN_TITLE.match(st):
        return None
    prev = doc.sentences[c.index - 1]
    if prev.paragraph != doc.sentences[c.index].paragraph:
        return None
    for m in doc.mentions_in(c.index - 1):
        if m.kind in PARTY_KINDS and m.kind != "state":
            return None  # an organisation named first may be what "its" means
        if m.kind == "state":
            head = doc.text[prev.start : m.start]
            if m.value in hostile or m.form not in ("name", "genitive", "metonym") or len(head.split()) > 3:
                return None
            return m.value
    return None


def _remember_people(st: str, c: Clause, people: dict[str, list[str]]) -> None:
    """Remember titled people with the state or organisation they speak for."""
    if not c.speakers or not all(len(p) == 2 and p.isupper() or p in ("EU", "NATO", "UN", "G7", "OSCE", "ASEAN") for p in c.speakers):
        return
    for m in _TITLE_NAME.finditer(st):
        surname = m.group(1).split()[-1]
        if len(surname) > 2 and surname not in people:
            people[surname] = list(c.speakers)


def _remember_staff(text: str, c: Clause, people: dict[str, list[str]]) -> None:
    """Remember a firm's people named with it, so that "Hultquist said" later speaks for Mandiant."""
    for m in c.parties:
        if m.kind != "company":
            continue
        named = _STAFF_NAMED_BEFORE.search(text, max(0, m.start - 110), m.start) or _STAFF_NAMED_AFTER.match(text, m.end, m.end + 70)
        if named is None:
            continue
        surname = named.group("name").split()[-1]
        if surname[:1].isupper() and len(surname) > 2 and surname not in people:
            people[surname] = [party_code(m)]


_ACTOR_ACTED = re.compile(
    r"['’\"”]?(?:['’]s)?\s*(?:,[^,]{1,80},\s*)?,?\s*"
    # "UNC4999 is a Russian espionage group that targeted": what the group is, then what it did
    r"(?:(?:is|was|are|were)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|gang|crew|actor|outfit|collective|team|cluster|unit)\s+(?=(?:which|that|who)\s))?"
    r"(?:(?:which|that|who)\s+)?(?:\w+\s+){0,2}?(?:had\s+|has\s+|have\s+|was\s+|were\s+)?"
    # "the same unit had for years targeted", "the group has since 2019 attacked"
    r"(?:(?:for\s+(?:years|months|decades|weeks)|since\s+(?:at\s+least\s+)?\d{4}|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?))\s+)?"
    r"(?:hacked|breached|attacked|targeted|compromised|broke\s+into|broken\s+into|stole|(?<=had\s|has\s|ave\s)stolen|infiltrated|penetrated|launched|carried\s+out|spied\s+on|read|accessed|exfiltrated|gained\s+access\s+to|hijacked|took\s+over\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:e-?mail|accounts?|systems?|networks?|servers?|computers?|websites?|devices?)|"
    r"crippled|disrupted|paralys?z?ed|wiped|defaced|sabotaged|knocked\s+(?:out|offline|down)|shut\s+down|took\s+down|taken\s+down|exploited|deployed|planted|implanted|installed|inserted|"
    r"(?:(?:been|were|was|are|is)\s+|spent\s+(?:[\w-]+\s+){0,3}?)(?:spying|hacking|targeting|attacking|infiltrating|stealing|exploiting|compromising|breaching|penetrating|sabotaging|disrupting|eavesdropping|intercepting|emptying|draining|robbing|looting|siphoning|reading\s+(?:the\s+)?(?:[\w-]+\s+)?(?:e-?mails|messages|communications|correspondence))|"
    r"(?:kept|maintained|retained)\s+(?:[\w-]+\s+){0,2}?access|(?:used|uses)\s+(?:[\w'’-]+\s+){1,9}?to\s+(?:spy|hack|steal|target|break|attack|infiltrate|compromise|access|breach|wipe|sabotage|disrupt)|"
    r"sent\s+(?:[\w'’-]+\s+){0,3}?(?:e-?mails|messages|lures|links|(?:spear-?)?phishing\s+\w+)|phished|lured|"
    # "Storm-0558 had forged authentication tokens", "the group impersonated journalists", "siphoned off $100 million"
    r"forged|abused|impersonated|posed\s+as|tricked|duped|harvested|siphoned|laundered|leaked|tampered\s+with|"
    r"responsible\s+for|took\s+part\s+in|participated\s+in|involved\s+in|" + C.ATTACK_VERBS + r")\b",
    re.I,
)
# (the words before the act are not "held", "holds": "the government held Iran responsible for" says whom it holds)
_STATE_ACTED = re.compile(
    # (the organ quoted: 'announced that "Indian intelligence agencies" had carried out a major cyberattack')
    r"(?:['’]s|-(?:linked|backed|sponsored|affiliated|aligned|nexus))?[\"”]?\s+(?:(?!(?:was|were|is|are|been|being|held|holds?|holding)\s)[\w-]+\s+){0,3}?(?:hackers?|officers|agents|spies|operatives|actors|intelligence|military|group|unit|services?)?[\"”]?\s*(?:,?\s*(?:who|which|that)\s+)?"
    # "the North Korean government, which the alert calls HIDDEN COBRA, had been emptying bank ATMs"
    # ("the Ugandan police's cyber unit, with technical help from Huawei employees, had broken into ...": a helper aside)
    r"(?:,\s*(?:which|whom|with|aided\s+by|helped\s+by|assisted\s+by)\s+[^,;.]{1,60},\s*)?"
    r"(?:had\s+|has\s+|have\s+)?(?:(?:attempted|launched)\s+(?:[\w.,]+\s+){0,3}?(?:" + LAUNCHED_OPERATIONS + r")\b|(?:tried|attempted|sought)\s+to\s+(?:hack|break|breach|access|penetrate|infiltrate|knock|shut|disrupt|sabotage|cripple|steal|spy|take\s+over|take\s+control|compromise|tamper)|(?:tried|attempted|sought)\s+to\s+(?:alter|change|raise|increase|lower|adjust|manipulate)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:chemicals?|chlorine|sodium\s+hydroxide|lye)\b|hacked|breached|attacked|targeted|broke\s+into|broken\s+into|gained\s+access\s+to|compromised|hijacked|infiltrated|penetrated|stole|(?<=had\s|has\s|ave\s)stolen|laundered|leaked|exfiltrated|intercepted|carried\s+out|spied\s+on|ran|mounted|orchestrated|waged|caused|paid|hired|commissioned|conducted|perpetrated|executed|"
    # "US military knocked Russian troll factory offline", "cut off internet access to the Internet Research Agency"
    r"(?:knocked|took|forced|kept)\s+(?:[\w'’.-]+\s+){1,5}?offline\b|cut\s+off\s+(?:the\s+)?(?:internet|network|online)\s+(?:access|connections?)\b|"
    r"crippled|disrupted|paralys?z?ed|wiped|defaced|sabotaged|knocked\s+(?:out|offline|down)|shut\s+down|took\s+down|taken\s+down|exploited|deployed|"
    r"(?:installed|implanted|planted)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:spyware|malware|surveillance\s+(?:software|tools?)|backdoors?|implants?)|"
    r"(?:(?:been|were|was|are|is)\s+|spent\s+(?:[\w-]+\s+){0,3}?)(?:spying|hacking|targeting|attacking|infiltrating|stealing|exploiting|compromising|breaching|penetrating|sabotaging|disrupting|eavesdropping|intercepting|emptying|draining|robbing|looting|siphoning|reading\s+(?:the\s+)?(?:[\w-]+\s+)?(?:e-?mails|messages|communications|correspondence))|"
    r"(?:used|uses|using|deployed)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:spyware|malware|hacking\s+tools?|cyber-?weapons?|exploits?)|"
    r"(?:used|uses|using|deployed)\s+(?:the\s+)?(?-i:[A-Z][\w-]+)\s+(?:against|to\s+(?:spy|hack|target|infect))|infected\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:phones?|devices|computers|systems)|"
    # "North Korea's Reconnaissance General Bureau had spent seven months preparing the attack", "Russian agents had planned to hack into"
    r"(?:planned|plotted|prepared|masterminded|spent\s+(?:[\w-]+\s+){0,3}?(?:preparing|planning|plotting))\s+(?:the\s+|an?\s+|its\s+)?(?:[\w,-]+\s+){0,4}?(?:cyber-?attacks?|attacks?|intrusions?|hacks|breach(?:es)?|hacking\s+campaigns?|cyber\s+operations?)\b|"
    r"(?:planned|plotted|plotting|planning|prepared|preparing)\s+to\s+(?:hack|break\s+into|breach|attack|infiltrate|sabotage|disrupt|knock|steal|spy)\b|"
    # "Russian hackers hit the grid", "Chinese spies snooped on ...": the attack verbs said of the state's hackers
    r"(?:(?<=hackers\s)|(?<=hacker\s)|(?<=spies\s)|(?<=agents\s)|(?<=operatives\s)|(?<=actors\s)|(?<=group\s)|(?<=unit\s)|(?<=officers\s)|(?<=campaign\s)|(?<=intelligence\s))(?:" + C.GOES_AFTER + "|" + C.ATTACK_VERBS
    # "Iranian government hackers sent threatening messages to", "Chinese intelligence officers recruited insiders to steal",
    # "the Iranian state-backed group gathered intelligence on", "a campaign has been harvesting data from"
    + r"|(?:(?:has|have|had)\s+been\s+|(?:are|were|is|was)\s+(?=\w+ing\b))?(?:" + C.COLLECTED + r"|harvest(?:ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:data|e-?mails|credentials|passwords|information))|posed\s+as|impersonated|lured|tricked|duped|harvested|tampered\s+with|manipulated|sent\s+(?:[\w'’-]+\s+){0,3}?(?:e-?mails|messages|lures|links|texts)"
    r"|recruited\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:steal|spy|hack|break|plant|install))|"
    # "a Russian state campaign pushed disinformation", "the GRU bricked modems", "has been extorting hospitals"
    # (not a purpose or a possibility: "broke into state agencies to gather information", "could collect data")
    r"(?<!\bto\s)(?<!could\s)(?<!would\s)(?<!might\s)(?<!may\s)(?<!will\s)(?<!can\s)(?:(?:been|were|was|are|is)\s+(?=\w+ing\b))?(?:" + C.HOSTILE_ACTS + r")|"
    r"took\s+part\s+in|participated\s+in|responsible\s+for|involved\s+in)\b",
    re.I,
)
# a state's organ named after its demonym or genitive: "Kenyan police", "Kenya's Directorate of Criminal Investigations"
_ORGAN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:police|intelligence\s+(?:agency|service)|(?:spy|security|intelligence)\s+(?:agency|services?)|secret\s+services?|army|military|armed\s+forces|"
    r"(?-i:(?:Directorate|Ministry|Department|Office|Agency|Bureau|Service)(?:\s+(?:of|for|de)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?))",
    re.I,
)
_SAID_IT = re.compile(r"\b(?:said|says|reported|found|wrote|disclosed|revealed|concluded)\s+(?:that\s+)?it\b")
_PASSIVE_IT = re.compile(r"\s+(?:\w+\s+)?(?:had|has|have|was|were|is)\s+(?:\w+\s+)?(?:been\s+)?\w+ed\s+by\b|\s+(?:\w+\s+)?(?:had|has|was)\s+been\s+\w+ed\b")
_STATE_ACTING = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:attacking|hacking|targeting)\b", re.I)  # "Russia is attacking Estonia"
# "described ModifiedElephant", "unmasked the activities of Sharp Panda", "first documented TA453"
_EXPOSED_GATE = re.compile(r"describ|expos|unmask|uncover|document|detail|outed|profil|disclos|reveal|discover|reported\son")
_EXPOSED_BEFORE = re.compile(
    r"\b(?:described|describes|exposed|exposes|unmasked|unmasks|uncovered|uncovers|documented|documents|detailed|details|outed|profiled|profiles|disclosed|discloses|revealed|reveals|discovered|discovers|reported\s+on)\s+"
    r"(?:(?:the\s+)?(?:activities|operations|campaigns?|work|existence)\s+of\s+)?(?:(?!(?:by|from|for|against|on|to|with|at|in|of|that|which)\s)[\w-]+\s+){0,2}$",
    re.I,
)
# "possible attempts by", "potential cyberattacks by", "future operations by"
_FEARED_BY = re.compile(r"\b(?:possible|potential|future|prospective|feared|looming|imminent)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?$", re.I)
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:possible|potential|future|prospective|feared|looming|imminent)\s+(?:[\w-]+\s+)?$", re.I)
_OP_BY = re.compile(
    r"(?:\b(?:breach|hack|hacking|attack|cyberattack|intrusion|compromise|campaign|operation|theft|targeting|activity|activities|espionage|attempt)s?\b[^.;]{0,50}?"
    # "the parliament was hacked by APT28": the passive names the doer
    # ("a flaw in its VPN products was exploited by UNC5221")
    r"|\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:hit|targeted|attacked|breached|hacked|compromised|infiltrated|penetrated|exploited|hijacked|wiped)\s+)\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)
_OP_BY_STATE = re.compile(
    r"(?:\b(?:breach|hack|hacking|attack|cyberattack|intrusion|compromise|campaign|operation|theft|activity|activities|espionage|aggression|attempt|effort)s?"
    # "the theft of the designs by Chinese state hackers": what was stolen or hit, named between
    r"\s+(?:(?:of|on|against|at|from)\s+(?:[\w'’-]+\s+){1,3}?|(?:[\w-]+\s+){0,1})|\b(?:(?:were|was|been|all|also|later)\s+)(?:hit|targeted|attacked|breached|hacked|compromised|launched|carried\s+out|conducted|perpetrated|orchestrated|mounted|tapped|bugged|monitored|intercepted)\s+)by\s+"
    r"(?:the\s+|an?\s+)?(?:(?:suspected|alleged|presumed|likely)\s+)?(?:[A-Z][\w.-]*\s+)?$",
    re.I,
)
_INDUSTRY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:industrial|engineering|media|banking|financial|chemical|steel|technology|tech|telecoms?|retail|car|auto|"
    r"energy|insurance|pharmaceutical|defen[cs]e|shipping|logistics|hotel|food|consumer|mining|oil|gas|software|ratings|satellite-navigation|electronics|"
    r"healthcare|health|hospital|medical|media|publishing|retail|airline|aviation|construction|property|real-estate|gaming|betting|crypto(?:currency)?|payments?)\s+"
    r"(?:group|giant|company|companies|firm|firms|maker|conglomerate|concern)\b",
    re.I,
)
_DEMONYM_JUSTICE = re.compile(
    r"\s+(?:federal\s+|criminal\s+|grand[- ]jury\s+|new\s+)?(?:indictments?|charge\s+sheets?|arrest\s+warrants?|warrants?|criminal\s+complaints?|courts?|judges?|prosecutors|grand\s+jur(?:y|ies))\b",
    re.I,
)
_TARGETS_IN_BEFORE = re.compile(
    r"\b(?:companies|firms|businesses|universities|bodies|agencies|institutions|organi[sz]ations|entities|targets|victims|ministries|hospitals|networks|operators|utilities)"
    r"\s+(?:(?:based|located)\s+)?in\s+(?:the\s+)?$",
    re.I,
)
_NATIONALITY_GROUP = re.compile(
    r"\s+(?:(?!(?:state|states|government|military|army|intelligence|regime|spy|spies|official|sponsored|backed)\b)[\w-]+\s+){0,2}?(?:group|crew|gang|outfit|collective|team)\b(?![-‑]\w)",
    re.I,
)
_GROUP_APPOSITION = re.compile(r"[\"”’]?(?:\s*,|\s+(?:is|was|are|were|as)(?:\s+(?:also|itself))?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?")
_NAME_BEFORE = re.compile(r"\s+(?:(?:hacking|hacker|espionage|cyber-?espionage|cyber|threat|APT|ransomware)\s+)?(?:group\s+|actor\s+)?")
_NAME_FOLLOWS = re.compile(r"\s+(?:(?:called|named|dubbed|known\s+as|tracked\s+as)\s+)?[\"“‘']?")


def _group_nationality(doc: Doc, m: Mention) -> bool:
    """"UNC4999, a Russian cyber-espionage group", "the Iranian group OilAlpha": a named group's nationality, not a state's hand."""
    if m.form != "demonym":
        return False
    grp = _NATIONALITY_GROUP.match(doc.text, m.end)
    return any(
        x.kind == "actor" and (
            _NAME_BEFORE.fullmatch(doc.text, m.end, x.start)  # "the North Korean Lazarus Group", "the Russian APT28"
            or grp is not None and (_GROUP_APPOSITION.fullmatch(doc.text, x.end, m.start) or _NAME_FOLLOWS.fullmatch(doc.text, grp.end(), x.start))
        )
        for x in doc.mentions_in(m.sentence)
    )


_NATIONALITY_ONLY = re.compile(r"\s+(?:nationals?|citizens?|men|women|man|woman|individuals|businessm[ae]n|residents?|programmers?|students?|defendants|suspects|contractors|over|after|who|whose|accused\s+of|charged\s+with)\b", re.I)
_SAFE_HAVEN = re.compile(r"(?:['’]s)?\s+(?:of\s+)?(?:\w+\s+){0,6}?(?:(?:a\s+)?safe\s+haven|safe\s+(?:for|from\s+prosecution)|tolerat\w+|harbou?r\w*|shelter\w*|shield\w*|protect\w*\s+(?:the\s+)?(?:criminal|ransomware|gang|hackers)|allow\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?to\s+operate|let\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?operate|turn\w*\s+a\s+blind\s+eye|fail\w*\s+to\s+(?:act|stop|prevent))", re.I)
_VICTIM_NOUN_AFTER = re.compile(
    # (not "North Korean hacking organizations", "a state cyber company": the doers)
    r"(?:['’]s)?\s+(?:(?!(?:hack\w*|cyber\w*|spy|espionage|intelligence|state|military|front)\s)[\w-]+\s+)?(?:bank|banks|company|companies|firm|firms|utility|utilities|hospital|university|universities|newspaper|broadcaster|"
    r"planemaker|carmaker|manufacturer|operator|airline|airport|ministry|ministries|parliament|embassy|citizens|users|customers|victims|organisations|organizations|businesses)\b",
    re.I,
)
# (not "Russian hackers were ...", "Iran's intelligence services were ...": the doers)
_STATE_THING_HIT = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:hack\w*|cyber\w*|spy|spies|espionage|intelligence|military|agents?|operatives|services?|units?|groups?|actors?|officers|soldiers|forces)\b)[\w-]+){1,4}"
    r"(?:,\s[^,.;]{1,60},)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:hit|hacked|breached|attacked|targeted|compromised|disrupted|paraly[sz]ed|knocked|taken\s+(?:offline|down)|shut\s+down|infiltrated|penetrated|infected|crippled|defaced|encrypted)\b",
    re.I,
)
_NEG_ACCUSED = re.compile(r"\b(?:no|not|never|without|nor|neither)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
_COUNTERFACTUAL_BEFORE = re.compile(r"\b(?:could|would|might)\s+(?:easily\s+|well\s+|otherwise\s+|wrongly\s+|mistakenly\s+|then\s+)?have\s+$", re.I)
_ITSELF_AFTER = re.compile(r"\s+(?:it|its|the\s+(?:company|firm))\b", re.I)
_TIE_NEGATED = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+not\s+(?:\w+\s+)?(?:linked|tied|connected)\s+to\s+(?:any|a)\b", re.I)
_WATCHED_GATE = re.compile(r"observ|\bseen\b|spotted|witnessed|\btrack")
_WATCHED_BEFORE = re.compile(r"\b(?:it|they|we|the\s+(?:company|firm))\s+(?:(?:had|has|have)\s+)?(?:also\s+)?(?:observed|seen|spotted|witnessed)\s+(?:the\s+(?:group|actor|hackers)\s+)?$", re.I)
_WATCHED_ACT = re.compile(
    r"\s+(?:(?:repeatedly|actively|again)\s+)?(?:targeting|target|attacking|attack|breaching|breach|compromising|compromise|hacking|hack|exploiting|exploit|"
    r"deploying|deploy|stealing|steal|infiltrating|infiltrate|spying\s+on|spy\s+on|launching|launch|conducting|conduct)\b", re.I)
_TRACKS_AS_BEFORE = re.compile(r"\b(?:who|which)\s+(?:track|tracks|tracked|call|calls|dub|dubs)\s+(?:the\s+(?:group|actor|hackers|cluster)|it|them)\s+as\s+$", re.I)
_TRACKED_SAID_ACT = re.compile(
    r"\s*,\s*(?:said|say|says|wrote|write|reported|report)\s+(?:that\s+)?(?:the|its|this)\s+(?:campaign|group|hackers|attackers|operation|attacks?|intrusions?|actor)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:targeted|attacked|breached|hacked|compromised|stole|exploited|deployed|infiltrated|spied\s+on)\b", re.I)
_COMPANY_DISPUTES = re.compile(
    r"(?:['’]s\s+[\w\s]{1,30}?)?\s+(?:(?:has|have|had|also|flatly|strongly|firmly)\s+)?(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses)\s+"
    r"(?:(?:the\s+|any\s+)?(?:claims?|reports?|suggestions?|allegations?|speculation|assertions?)\s+)?that\b", re.I)
# ("could not rule out that APT29 was behind", "did not exclude that": a hedge, not a denial)
_NEG_BEFORE = re.compile(r"\b(?:no(?!\s+doubt)|not(?!\s+(?:be\s+)?(?:rule[ds]?\s+out|exclud(?:e|ed))\b)|never|nobody|neither|nor|without(?!\s+(?:a\s+|any\s+)?doubt)|n['’]t(?!\s+(?:be\s+)?(?:rule[ds]?\s+out|exclud(?:e|ed))\b)|(?<!not\s)(?<!n't\s)(?<!n’t\s)ruled\s+out|stopped short of|declined to|refused to|yet to|has not been|have not been|did not(?!\s+(?:rule\s+out|exclude)\b)|" + _SUPERSEDED + r")\b[^.;,]{0,30}$", re.I)
_OTHERS_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,2}(?:officials|investigators|authorities|prosecutors|government|agencies|intelligence(?:\s+(?:services?|agencies|officials|communities))?|security\s+services)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:long\s+|previously\s+|also\s+)?(?:tie|ties|tied|link|links|linked|connect|connects|connected|blame|blames|blamed|attribute|attributes|attributed)\b"
)
# "Norway's police said ... APT28, a group that Mandiant says works for the GRU": a party named inside the aside says it
_PARTY_SAYS_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?-i:[A-Z][\w.'’-]*\s+){1,2}(?:says|said|believes|believed|assesses|assessed|has\s+said|had\s+said)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|works?|worked|operates?|belongs?|answers?)\b",
    re.I,
)
# a tie the sentence credits to nobody or to others, in an aside about the group: "the Lazarus group, which has been
# linked to North Korea", "the group widely regarded as North Korea's main hacking unit", "a group US prosecutors have tied to Russia's GRU"
_TIED_ASIDE = re.compile(
    r"\b(?:(?:which|that|who)\s+(?:has|have|had)\s+(?:long\s+|previously\s+|also\s+|since\s+|widely\s+)?been\s+(?:widely\s+|previously\s+|publicly\s+)?(?:linked|tied|connected|attributed)"
    # "a group widely reported to be associated with Russia": what others say, not the speaker's tie
    # "APT28, which according to security researchers works for the GRU", "which reportedly works for", "which media reports have tied to"
    r"|(?:which|that|who),?\s+(?:according\s+to\s+[^,;.]{1,50}?(?=,?\s+(?:is|are|was|were|works?|worked|has|have|had|operates?|belongs?|answers?|reports)\b)|reportedly|allegedly|purportedly|supposedly)"
    r"|(?:which|that)\s+(?:[\w-]+\s+)?(?:media|press|news)\s+reports\s+(?:have\s+|had\s+)?(?:tied|linked|connected|attributed|say|said)"
    r"|(?:widely|generally|often|commonly|usually|frequently)\s+(?:regarded|seen|considered|believed|reported|thought|said|understood|assumed|suspected|associated|linked|tied|connected|attributed|identified|known)"
    r"|(?:group|gang|unit|actor|team|hackers|outfit),?\s+(?:that\s+|which\s+|whom\s+)?(?:the\s+)?(?-i:[A-Z][\w.'’-]*\s+){1,2}(?:officials|investigators|authorities|prosecutors|governments?|agencies|intelligence(?:\s+(?:services?|agencies|officials|communities))?|security\s+services)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:long\s+|previously\s+|also\s+)?(?:tie|ties|tied|link|links|linked|connect|connects|connected|blame|blames|blamed|attribute|attributes|attributed|regard|regards|consider|considers)"
    r")\b",
    re.I,
)
_ANON_RELATIVE = re.compile(r"\b(?:that|which|whom)\s+(?:other\s+|private\s+|western\s+|most\s+|many\s+|some\s+|several\s+|independent\s+|outside\s+)*(?:security\s+|cybersecurity\s+)?(?:researchers|firms|companies|experts|analysts|vendors|specialists)\b", re.I)


# "the embassy" opening the statement (after an opener: "In a later statement, the embassy called ...")
_EMBASSY_AFTER = re.compile(r"(?:['’]s)?\s+embassy\b", re.I)
_THE_EMBASSY = re.compile(r"\W*(?:[^.;:\"“]{0,60},\s+)?the\s+embassy\b(?!\s+(?:of|in)\s)", re.I)
_ENVOY_AFTER = re.compile(r"^\s*(?:['’]s\s+)?(?:ambassador|envoy|embassy|charg)", re.I)


def _said_to_act(text: str, m: Mention) -> bool:
    """"China was behind it", "officers of the Ugandan police's cyber unit had broken into ...": the state itself acted."""
    if _STATE_RESPONSIBLE.match(text[m.end : m.end + 130]):
        return True
    organ = _ORGAN_AFTER.match(text[m.end : m.end + 60]) if m.form in ("demonym", "genitive") else None
    return bool(organ and _STATE_ACTED.match(text, m.end + organ.end()))


def speakers_own_organ(text: str, c: Clause, m: Mention) -> bool:
    """Is the generic organ ``m`` the speaker's own, speaking ("The Dutch government blamed the GRU ...")? Not the
    accused, even where the text holds that state behind another operation ("Dutch intelligence had itself spied on ...")."""
    return (
        m.form == "generic" and m.value[0] in c.speakers and not c.denial_cues and bool(_SPEAKER_AFTER.match(text[m.end : m.end + 80]))
        and any(sm.value == m.value[0] and _OWN_ORGAN_GAP.fullmatch(text, sm.end, m.start) for sm in c.speaker_mentions if sm.end <= m.start)
    )


_OWN_ORGAN_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?")


def _accused(doc: Doc, c: Clause, hostile: set[str]) -> None:
    text = doc.text
    seen: list[str] = []
    s = doc.sentences[c.index]
    anon = _ANON_RELATIVE.search(text, s.start, s.end) if c.states or c.agencies else None  # ties only states and agencies
    if anon is None and c.speakers and (c.states or c.agencies) and ("that " in text[s.start : s.end] or "which " in text[s.start : s.end]):
        other = _OTHERS_RELATIVE.search(text, s.start, s.end)  # "a group that U.S. investigators tie to ...", said by a firm
        if other and not any(party_code(m) in c.speakers for m in c.parties if other.start() <= m.start < other.end()):
            anon = other
    if anon is None and len(c.speakers) > 1 and (c.states or c.agencies) and ("that " in text[s.start : s.end] or "which " in text[s.start : s.end]):
        says = _PARTY_SAYS_RELATIVE.search(text, s.start, s.end)
        if says and any(m.start < says.start() and party_code(m) in c.speakers for m in c.speaker_mentions):
            anon = says  # (the sentence's speaker named before the aside says the rest)
    c.tied_elsewhere = []
    if anon is None and c.speakers and (c.states or c.agencies):
        aside = _TIED_ASIDE.search(text, s.start, s.end)
        if aside and not any(party_code(m) in c.speakers for m in c.parties if aside.start() <= m.start < aside.end()):
            anon = aside  # (not when a speaker's own officials tie it)
    if anon:
        c.tied_elsewhere = [m for m in c.states + c.agencies if m.start > anon.start()]
    speaker_hostile = any(p in hostile for p in c.speakers)
    # "Ukraine's own state registers, run by its Justice Ministry, were knocked offline": what was hit, not who hit it
    hit = [(m.start, x.end()) for m in c.states if m.form in ("demonym", "genitive") and (x := _STATE_THING_HIT.match(text, m.end, s.end))]
    for m in c.agencies:
        if m.value[0] not in hostile or any(a < m.start < b for a, b in hit) or _AGENCY_HIT_BEFORE.search(text, max(s.start, m.start - 80), m.start):
            continue
        if speakers_own_organ(text, c, m):
            continue  # "The Dutch government blamed the GRU ...": the speaker's own government, though the text accuses it elsewhere
        if m.value[0] not in c.speakers or c.denial_cues or speaker_hostile:
            seen.append(m.value[0])
            c.accused_mentions.append(m)
    for m in c.parties:
        if m.kind == "organ" and m.value in hostile and is_state(m.value) and _organ_strikes(doc, m):
            seen.append(m.value)  # "The Pentagon launched cyberattacks against ...": the state's own organ did it
            c.accused_mentions.append(m)
    for m in c.states:
        if m.value not in hostile or m.form in ("based", "speaking", "aligned"):
            continue  # ("the China-aligned group Evasive Panda": sympathy, not the state's hand)
        if m.value in c.speakers and not c.denial_cues and (c.explicit_speaker or not _said_to_act(text, m)):
            continue  # (a speaker carried over from before is no speaker of "... quoted sources who said China was behind it")
        if _FRAMED.search(text[max(s.start, m.start - 70) : m.start]) or _FRAMED_OBJECT.search(text, max(s.start, m.start - 70), m.start) or _FRAMED_AFTER.match(text, m.end, s.end):
            continue
        if _NEG_ACCUSED.search(text[max(s.start, m.start - 50) : m.start]):
            continue  # "found no trace of a Russian group"
        if _FEARED_BY.search(text, max(s.start, m.start - 60), m.start):
            continue  # "warned of possible attempts by Russian hackers to interfere": feared, not done
        if m.form == "demonym" and _NATIONALITY_ONLY.match(text, m.end) or _group_nationality(doc, m):
            continue
        if _SAFE_HAVEN.match(text, m.end):
            continue  # "accused Beijing of making China a safe haven": tolerance, not sponsorship
        if m.form in ("demonym", "genitive") and (_VICTIM_NOUN_AFTER.match(text, m.end) or _INDUSTRY_AFTER.match(text[m.end : m.end + 80])):
            continue  # "the Chinese bank ICBC": a victim, not the accused
        if any(a == m.start for a, _ in hit):
            continue
        if (m.form == "demonym" or (m.form == "name" and len(m.surface) <= 4)) and _DEMONYM_COMPANY.match(text[m.end : m.end + 60]):
            continue  # "the US threat-intelligence firm Flashpoint": where the firm is, not the accused
        if (m.form == "demonym" or (m.form == "name" and len(m.surface) <= 4)) and _DEMONYM_JUSTICE.match(text, m.end):
            continue  # "three of its officers named in an American indictment": the state that answers, not the accused
        if m.form in ("name", "metonym") and _TARGETS_IN_BEFORE.search(text, max(s.start, m.start - 40), m.start):
            continue  # "against companies, universities and government bodies in the United States, Austria ...": where the targets are
        after = text[m.end : m.end + 40]
        if _ENVOY_AFTER.match(after) and not c.attribution_cues:
            continue
        seen.append(m.value)
        c.accused_mentions.append(m)
    c.accused = _dedupe(seen)
    c.claimed = _dedupe([x for x in c.accused if not any(x == (t.value[0] if t.kind == "agency" else t.value) for t in c.tied_elsewhere)])


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


# patterns tried on every sentence run only where their required words occur (see .prefilter)
gate(globals(), "_ANONYMOUS", "_AFTER_CUE_STATE", "_TITLE_NAME", "_FROM_STATE", "_NEGATED_BEFORE", "_ACCORDING_TO_INSTITUTION")


__all__ = ["Clause", "analyse_clauses", "hostile_states", "party_code", "speakers_own_organ", "PARTY_KINDS"]
