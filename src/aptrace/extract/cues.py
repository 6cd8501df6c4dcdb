"""The language of attribution news, as named cue patterns.

Each cue is a regular expression with a name; extraction records the name of
every cue it acts on, so ``--explain`` can say which words produced a fact.
Patterns describe how such news is written, never one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .prefilter import gate


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: re.Pattern[str]


def cues(table: list[tuple[str, str]]) -> list[Cue]:
    return [Cue(n, _rx(p)) for n, p in table]


# a denial of service or a defacement told in other words, after each site's own verbs ("overwhelmed the websites of ...
# with traffic", "replaced the homepage of", "vandalised 15,000 websites")
_FLOODED_WITH = r"\w*\s+(?:[\w'’.,-]+\s+){0,8}?with\s+(?:[\w-]+\s+){0,2}?(?:traffic|requests|queries|packets|connections)"
_HOMEPAGE_CHANGED = r"\w*\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,6}?(?:home\s*pages?|front\s+pages?|landing\s+pages?)"
_VANDALISED_SITES = r"vandali[sz]\w*\s+(?:[\w'’.,-]+\s+){0,4}?(?:websites?|web\s*sites?|sites|web\s*pages?|pages|portals)"

# "hit", "struck" told of an attack, not in their other senses: "hit back", "hit the headlines", "hit a record",
# "struck a deal", "hit Russia with sanctions" (a sentence-level verb: callers put a doer or a victim beside it)
HIT_ATTACK = (
    r"(?:hit|hits|hitting|struck|strikes|striking)\b(?!\s+(?:back|out|home|hard\s+(?:at|back))\b)"
    r"(?!\s+(?:an?\s+|the\s+|its\s+)?(?:(?:new|fresh|all-time|record|rough|major|raw|sour|right|wrong)\s+)?"
    r"(?:records?|highs?|lows?|peaks?|snags?|milestones?|headlines?|news|streets|road|shelves|jackpot|wall|brakes|ground|deals?|agreements?|chords?|nerves?|notes?|tones?|balance|blows?|bottom)\b)"
    r"(?![^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,2}?(?:sanctions|tariffs|charges|fines?|penalties|restrictions|measures|bans?|duties|indictments|lawsuits?|travel\s+bans)\b)"
)
# other verbs of an attack, said of a doer: "crippled the bank's systems", "zeroed in on defence contractors",
# "snooped on the emails of", "siphoned data from", "gained a foothold in" (not "went after",
# which vendors use of a group's habits as much as of its deeds: GOES_AFTER)
GOES_AFTER = r"(?:went|goes|go|gone|going)\s+after"
ATTACK_VERBS = (
    HIT_ATTACK + r"|crippl(?:ed|es|ing)|paraly[sz](?:ed|es|ing)"
    r"|wip(?:ed|es|ing)\s+(?:out\s+)?(?!out\b)|infect(?:ed|s|ing)|zero(?:ed|es|ing)\s+in\s+on|snoop(?:ed|s|ing)\s+on|eavesdropp?(?:ed|s|ing)\s+on"
    r"|siphon(?:ed|s|ing)\s+(?:off\s+)?|exfiltrat(?:ed|es|ing)|planted|implanted|(?:gained|gains|gaining|established|won|secured)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:foothold|toehold|beachhead)\s+(?:in|inside|on|into|within)\b"
    r"|burrow(?:ed|s|ing)\s+(?:deep(?:ly)?\s+)?(?:into|inside)\b"
)
# "knocked the parliament's website offline", "took the substations down": the object between the verb's two parts
KNOCKED_OFFLINE = r"(?:knock(?:ed|s|ing)|(?:took|taken|takes|taking))\s+(?:[\w'’.-]+\s+){0,5}?(?:offline|down)\b"

# Hostile acts told in the words of each activity rather than of hacking ("gathered intelligence on", "collected
# information about", "pushed disinformation", "interfered in the election", "demanded a ransom", "funnelled wages to",
# "pre-positioned"); each verb with the object that makes it hostile, so "collected samples" or "pushed back" stay out.
_ACT_OBJECT = r"(?:[\w'’$.,-]+\s+){0,3}?"
# (gathering data is hostile only when hackers or spies do it, not "the government gathered data on air quality":
# the clauses put a hostile doer before it)
COLLECTED = (
    r"(?:gather|collect|amass|obtain|acquir|compil)(?:ed|es|ing|s|e)?\s+" + _ACT_OBJECT
    + r"(?:intelligence|information|data|dossiers|documents|files|records|e-?mails|secrets|credentials|passwords)\b"
)
HOSTILE_ACTS = (
    r"(?:obtain(?:ed|s|ing)?|got|gets|getting)\s+(?:[\w-]+\s+)?access\s+to\b"
    r"|read(?:ing)?\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:e-?mails|messages|communications|correspondence|inboxes)\b"
    r"|surveill?(?:ed|ing)\b"
    r"|monitor(?:ed|ing)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:e-?mails?|inboxes|accounts|messages|communications|activists|dissidents|journalists|critics|exiles)\b"
    r"|(?:push|spread|disseminat|amplif|peddl|circulat|seed)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:disinformation|misinformation|propaganda|fake\s+news|false\s+(?:stories|claims|reports|narratives|information))\b"
    r"|(?:interfer|meddl)(?:ed|ing|es|e)\s+(?:in|with)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:elections?|votes?|referend(?:um|ums|a)|polls?)\b"
    r"|demand(?:ed|ing|s)?\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,3}?ransoms?\b|extort(?:ed|ing)\b|swindl(?:ed|ing)\b|defraud(?:ed|ing)\b"
    r"|(?:funnel|channel|divert)(?:l?ed|l?ing|s)?\s+" + _ACT_OBJECT + r"(?:wages|salaries|earnings|revenue|proceeds|money|funds|cash|crypto\w*|millions|billions)\b"
    r"|(?:drain|loot)(?:ed|ing)\s+(?:[\w'’$.,-]+\s+){0,4}?(?:from|of)\b"  # "drained $100 million from a bridge"
    r"|bricked|pre-?position(?:ed|ing)\b"
)

# An organ telling its own operation, read from the organ's name on: "(HUR) said it had hacked", "said on Tuesday that
# its specialists had breached", "claimed responsibility for", "took credit for"
OWN_OPERATION = (
    r"\)?(?:\s*\([A-Z]{2,6}\))?(?:,[^,;.]{1,60},)?\s+(?:(?:also|later|publicly|has|had|on\s+\w+day)\s+)*"
    r"(?:(?:said|says|claimed|claims|announced|announces|stated|confirmed|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|its\s+(?:[\w-]+\s+)?(?:hackers|specialists|experts|operatives|officers|units?|teams?))\s+(?:had\s+|has\s+|have\s+)?(?:successfully\s+|also\s+)?"
    r"(?:hacked|breached|attacked|targeted|carried\s+out|conducted|launched|disrupted|infiltrated|penetrated|compromised|defaced|shut\s+down|took\s+down|"
    r"gained\s+access|stole|obtained|" + KNOCKED_OFFLINE + "|" + ATTACK_VERBS + r")"
    r"|(?:claimed|claims|took|takes|has\s+claimed|has\s+taken)\s+(?:responsibility|credit)\s+for)\b"
)

# "the United States was behind the hacking accusations", "behind the smear campaign": who is behind a claim, not an operation
BEHIND_NO_OPERATION = r"(?!\s+(?:the\s+|these\s+|those\s+|such\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?(?:accusations?|allegations?|claims?|smears?|rumou?rs?|lies|disinformation|reports?|hype|narratives?)\b)"

# An agency that speaks, read from its name on: "the FSB said", "(FSB) has uncovered", "the MSS press office stated"
AGENCY_SPEAKS = (
    r"\)?(?:\s*\([A-Z]{2,6}\))?(?:\s+(?:public\s+relations\s+cent(?:re|er)|press\s+(?:office|service)|spokes\w+))?\s+(?:(?:has|have|had|also|on\s+\w+day)\s+)?"
    r"(?:said|says|announc(?:ed|es)|uncover(?:ed|s)|expos(?:ed|es)|accus(?:ed|es)|blam(?:ed|es)|claim(?:ed|s)|stated|reported|detain(?:ed|s)|arrest(?:ed|s)|charg(?:ed|es)|describ(?:ed|es)|found|finds|establish(?:ed|es)|determin(?:ed|es)|conclud(?:ed|es)|identifi(?:ed|es)|trac(?:ed|es)|warn(?:ed|s)|confirm(?:ed|s))\b"
)

# who takes a criminal operation down: "British police", "the FBI", "Europol", "Justice Department" (case as written)
LAW_ENFORCERS = r"(?:[Pp]olice|FBI|[Aa]gents|[Aa]uthorities|[Ii]nvestigators|[Ll]aw\s+enforcement(?:\s+agencies)?|Europol|NCA|National\s+Crime\s+Agency|Justice\s+Department|[Pp]rosecutors)"

# --- operations: words that say a hostile cyber operation took place -------
OPERATION = _rx(
    r"\b(?:cyber[- ]?attacks?|attacks?|attacked|attacking|attackers?|hack(?:s|ed|ing|ers?)?|breach(?:es|ed)?|intrusions?|intruders?|"
    r"(?<!indicators of )(?<!indicator of )compromis(?:e|es|ed|ing)|break-ins?|broke into|break(?:ing)? into|broken into|infiltrat\w+|espionage|spying|spied|campaign|operations?|"
    r"(?:tried|attempted|sought|trying|attempting)\s+to\s+take\s+(?:over|control\s+of)|"
    r"targeted|targeting|targets?|phishing|stole|stolen|theft|steal(?:ing)?|exfiltrat\w+|harvest(?:s|ed|ing)?\s+(?:[\w-]+\s+)?(?:credentials|passwords|log-?ins|e-?mails?|data)|defac\w+|wiped|wiper|ddos|"
    r"ransomware|malware|spyware|implant|backdoor|sabotag\w*|disrupt\w*|hijack\w*|leak(?:s|ed)?|infect\w*|gained access|accessed|"
    # "The Conti gang crippled Ireland's health service", "was paralysed by LockBit", "held Change Healthcare to ransom"
    # (not a state that lasted: "whose services remained paralysed for days")
    # "Sandworm unleashed NotPetya", "unleashed a wiper on Ukrainian banks"
    r"unleash(?:ed|es|ing)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:malware|ransomware|worms?|virus|wipers?|cyber-?attacks?|(?-i:[A-Z][\w-]*[a-zA-Z]))|"
    r"(?<!remained\s)(?<!remains\s)(?<!stayed\s)(?<!still\s)(?:crippl(?:ed|es|ing)|paraly[sz](?:ed|es|ing))|(?:held|holds?|holding)\s+(?:[\w'’.-]+\s+){0,8}?(?:to|for)\s+ransom|"
    r"(?:been|was|were|is|are|remained|remains)\s+active|cut power|blackout|power\s+outages?|(?:overwhelm|bombard|swamp|inundat)" + _FLOODED_WITH + r"|" + _VANDALISED_SITES + r"|(?:replac|alter)" + _HOMEPAGE_CHANGED + r"|(?:left|leaving|leaves)\s+(?:[\w,.-]+\s+){0,6}?without\s+(?:power|electricity)|knock(?:ed|ing|s)?\s+out\s+(?:the\s+)?(?:power|electricity)|(?:knock|took|tak|forc|kept|keep|put|push|brought|bring)\w*\s+(?:[\w'’.-]+\s+){1,6}?off[- ](?:the[- ])?air\b|encrypted|outbreak|worm|offline|junk\s+traffic|flood(?:s|ed)?\s+of|destroy(?:ed|ing|s)?|deployed|erased|bricked|(?:were|was|been|being)\s+hit|struck|victims?|extracted data|downloaded data|penetrat\w+|incursion|heist|activity|activities|exploit(?:ed|ing|ation)|mass[- ]exploitation|"
    r"cyberespionage|booby[- ]trapped|(?:laced|rigged)\s+with\s+(?:malware|spyware)|spy\s+on|(?:kept|keep|keeping|maintained|maintain|maintaining|retained)\s+(?:[\w-]+\s+){0,2}?access|(?:group|hackers|attackers|actors?|gang|crew|unit),?\s+(?:(?:has|have|had|also|often|usually|mostly|then)\s+)*(?:went|goes|go|going|gone)\s+after|password[- ]spray\w*|brute[- ]forc\w+|eavesdrop\w*|crashed|went\s+(?:down|offline|dark)|ground\s+to\s+a\s+halt|got\s+into\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:networks?|systems?|computers?|servers?|e-?mails?|accounts?|mailboxes|intranet)|manipulat(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:controls?|systems|controllers|PLCs?|valves|pumps|settings)|tamper(?:ed|ing)\s+with|malicious\s+(?:[\w-]+\s+){0,2}(?:documents|files|emails|attachments|links|code|software|programs?|macros)|(?:sent|sending|sends|send|e-?mailed|e-?mailing|delivered|delivering)\s+(?:[\w'’-]+\s+){0,3}?(?:booby-trapped|rigged|weaponi[sz]ed)\s|(?:carried\s+out|conducted|performed)\s+reconnaissance|(?:spear-?)?phished|reconnaissance\s+(?:against|on)\s|(?:countries|organi[sz]ations|targets|companies|firms|sectors|institutions|agencies)\s+hit|"
    r"hit\s+(?:[\w-]+\s+){0,3}?(?:organi[sz]ations|companies|firms|networks|agencies|ministries|targets|institutions|systems|banks|hospitals|universities)|"
    # "was taken down by DarkSide", "shut down the systems of", "disabled thousands of modems": damage done to a victim
    # (crippled, paralysed and held to ransom are read above, but not of a state that lasted)
    r"(?:were|was|been|being)\s+(?:\w+\s+)?(?:(?:taken|knocked)\s+(?:down|offline)|disabled\s+by)|"
    r"(?:shut|shutting|shuts)\s+down\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:systems?|networks?|servers?|websites?|computers?|operations)|"
    # "emptied the Ronin bridge of $620 million", "robbed Bangladesh Bank of $81 million", "relieved Bybit of $1.5 billion"
    r"(?:emptied|robbed|relieved)\s+(?:[\w'’.-]+\s+){1,5}?of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+)?(?:US)?[$€£]|"
    r"disabl(?:ed|ing)\s+(?:the\s+|its\s+|their\s+|tens\s+of\s+|thousands\s+of\s+|hundreds\s+of\s+)?(?:[\w'’-]+\s+){0,3}?(?:networks?|modems|routers|terminals|systems?|servers|satellites?|websites?|computers)|"
    # "The group also hit a hospital", "hit the state-owned utility": one body named as hit
    r"hit\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:organi[sz]ation|company|firm|network|agency|ministry|institution|bank|hospital|university|utility|operator|port|airport|airline|broadcaster|newspaper|parliament|embassy|consulate|refinery|pipeline|plant)\b|"
    r"(?:(?<=been\s)|(?<=were\s)|(?<=was\s)|(?<=remained\s)|(?<=hidden\s)|(?<=hiding\s)|(?<=lurked\s)|(?<=lurking\s))inside\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:networks?|systems?|computers?|servers?|infrastructure|e-?mail)|"
    # "has been inside US water utilities since 2021", "lurked in the ministry's network for years": a stay told by how long it lasted
    r"(?:(?:(?<=been\s)|(?<=remained\s)|(?<=hidden\s)|(?<=hiding\s))(?:inside|within)|lurk(?:ed|ing|s)?\s+(?:in|inside|within))\s+(?:[\w'’.-]+\s+){1,5}?"
    r"(?=since\s+(?:at\s+least\s+)?(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d|for\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:years|months|(?:a|two|three|four|five|six|several|many)\s+(?:years?|months|decades?))\b)|"
    # "Sandworm shut down Kyivstar's mobile network", "the network was shut down by" (not a takedown's "shut down the botnet's servers")
    r"shut(?:ting|s)?\s+down\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,4}?(?:networks?|(?:mobile|phone|internet|telecom\w*|payment)\s+services?|grids?|substations?|pipelines?|plants?|production|factor(?:y|ies)|refiner(?:y|ies)|computers|IT\s+systems)\b|(?:was|were|been|being)\s+shut\s+down\s+by\s+(?!(?:the\s+)?(?:police|authorities|FBI|Europol|officials|investigators|prosecutors|company|administrators|operators)\b)|"
    r"(?:switch|shut|turn)(?:ed|ing|s)?\s+off\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:substations?|power|electricity|grid|lights|pumps|heating|systems)|"
    r"(?:foil(?:ed|s)?|thwart(?:ed|s)?|repel(?:led|s)?|block(?:ed|s)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attempt|plot|bid)|"
    r"burrow(?:ed|ing|s)?\s+(?:deep\s+)?(?:into|inside)|zero(?:ed|es|ing)\s+in\s+on|snoop(?:ed|s|ing)\s+on|siphon(?:ed|s|ing)\s+(?:off\s+)?(?:[\w'’$.,-]+\s+){0,4}?from|(?:foothold|toehold|beachhead)s?\s+(?:in|inside|on|into|within)|wiretap\w*|tapped|bugged|monitored\s+by|(?:tapping|bugging|monitor(?:ed|ing)|intercept(?:ed|ing))\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w'’.-]+\s+){0,4}?(?:phones?|calls|communications|e-?mails?|text\s+messages|lines)|"
    r"recorded\s+(?:data\s+on\s+|metadata\s+(?:on|of)\s+)?(?:[\w'’.,-]+\s+){0,5}?(?:phone|telephone)\s+calls|" + COLLECTED + "|" + HOSTILE_ACTS + r")\b"
)

# an operation noun phrase taken up again ("the attack", "the campaign")
ANAPHOR_OPERATION = _rx(
    r"\b(?:the|this|that|these|those|such)\s+(?:\w+\s+)?(?:attacks?|cyber-?attacks?|campaign|intrusions?|breach|hack|hacking|operation|incident|activity|activities)\b"
)
ANAPHOR_ACTOR = _rx(r"\b(?:(?:the|this)\s+(?:same\s+)?(?:[\w-]+\s+){0,3}?|that\s+(?:same\s+)?)(?:group|gang|crew|hackers|attackers|intruders|actor|culprits?|outfit|unit)\b")

# "the operator was likely an agency of [the Salvadoran government]", "the attackers were agents of [the Chinese state]"
IDENTIFIED_AS_ORGAN = r"\b(?:was|were|is|are|be|been)\s+(?:\w+\s+){0,2}?(?:an?\s+)?(?:agents?|agency|agencies|officers|operatives|proxies|arm|unit|employees)\s+(?:of|for)\s+(?:the\s+)?"

# --- attribution ------------------------------------------------------------
# a group word between "suspect" and the group's name ("suspect the hacking group APT28 of")
SUSPECTED_GROUP = r"(?:(?:hacking|hacker|cyber|espionage|threat|state|spy)\s+)?(?:group|gang|crew|actor|outfit)\s+"
ATTRIBUTION = cues(
    [
        ("blamed", r"\bblam(?:e|ed|es|ing)\b|\bla(?:id|ys|y|ying)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?at\s+the\s+(?:door|doorstep|feet)\s+of\b|\bpin(?:ned|s|ning)?\s+(?:[\w'’-]+\s+){1,6}?on\b"),
        # "called out Russia for the attack", "fingered China's MSS", "named and shamed North Korea", "pointed the finger at Iran"
        ("called_out", r"\bcall(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,3}?out\s+(?:for\b|(?=(?:the\s+)?(?-i:[A-Z])))|\bfinger(?:ed|ing)\b|\bnam(?:ed|es|ing)\s+and\s+sham(?:ed|es|ing)\b|\bpoint(?:ed|s|ing)?\s+(?:the|a|an\s+accusing)\s+finger\s+at\b"),
        ("suspect", r"\b(?:leading|main|prime|chief|top|primary|principal)\s+suspects?\b"),
        # "officials suspect Russia", "investigators suspected the group APT28 of" (the bare "suspect" after
        # a state's own bodies only: "investigators" may be a company's)
        ("suspected_state", r"\b(?:(?:it|they|he|she|we|officials|police|investigators|prosecutors|government|authorities|agency|service|ministry)\s+(?:had\s+|has\s+|also\s+|strongly\s+|now\s+)?suspect(?:s|ed)|(?:they|we|officials|police|prosecutors|authorities|investigators)\s+(?:also\s+|strongly\s+|now\s+|(?:are|were)\s+(?:now\s+)?)?suspect(?:ing)?)\s+(?:that\s+)?(?=(?:the\s+)?(?:" + SUSPECTED_GROUP + r")?[A-Z])"
         # "Estonia suspects Russia of the cyberattacks", "Seoul suspected North Korea in the hack"
         r"|\b(?-i:[A-Z])[\w.]*\s+(?:also\s+|strongly\s+)?suspect(?:s|ed)\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:of|in)\s)"),
        # "suspicion fell on Russia", "suspicion has fallen on North Korea's Lazarus Group" (the state or group named right after)
        ("suspicion_fell", r"\bsuspicions?\s+(?:(?:has|have|had)\s+)?(?:(?:quickly|immediately|soon|again|also|now)\s+)?(?:fell|falls|fallen|falling|centred|centered|focused|turned)\s+(?:on|upon|to)\s+(?=(?:the\s+)?(?:" + SUSPECTED_GROUP + r")?[A-Z])"),
        # the passive: "Russian hackers were strongly suspected of breaching ...", "APT28 is suspected by investigators of ..."
        ("suspected_of", r"\b(?:is|are|was|were|been|being)\s+(?:(?:strongly|widely|also|now|long|still)\s+)?suspected\s+(?:by\s+[^.;,]{1,60}?\s+)?(?:of|in)\s"),
        ("technical_link", r"\bshared\s+(?:\w+\s+){0,3}(?:code|infrastructure|tools|malware)\b|\b(?:code|infrastructure|tooling)\s+overlaps?\b|\b(?:hallmarks|signature|fingerprints|trademarks?)\s+of\b|\bsame\s+(?:\w+\s+){0,2}(?:code|infrastructure|tools|malware)\s+(?:as|used\s+by)\b"),
        ("accused", r"\baccus(?:e|ed|es|ing|ation|ations)\b|\balleged\s+to\s+(?:lead|head|run|have\s+led|be\s+(?:the\s+|a\s+)?(?:leader|head|members?)\s+of)\b"),
        ("attributed", r"\battribut(?:e|ed|es|ing|ion)\b(?!\s+is\s+risky)"),
        ("responsible", r"\b(?:was|were|is|are|be|been|as)\s+(?:\w+\s+){0,2}responsible\b|\bresponsibility\s+(?:for\s+[^.;,]{1,60}?\s+)?(?:lies|lay|rests|rested)\s+with\b|\bheld\s+(?:[\w'’-]+\s+){0,5}?(?:responsible|accountable)\b|\bhold(?:s|ing)?\s+(?:[\w'’-]+\s+){0,5}?(?:responsible|accountable)\b"
         # "placed responsibility for the hack squarely on North Korea", "laid responsibility at the door of the GRU"
         r"|\b(?:plac(?:ed|es|ing)|put(?:s|ting)?|la(?:id|ys|ying)|assign(?:ed|s|ing)?)\s+(?:the\s+|full\s+|direct\s+)?responsibility\s+(?:for\s+[^.;]{1,80}?\s+)?(?:squarely\s+|firmly\s+|directly\s+|clearly\s+)?(?:on|upon|with|to|at\s+the\s+(?:door|feet)\s+of)\b"
         # the passive of translated press: "responsibility for the attack was assigned to the group APT10", "was laid on Russia"
         r"|\bresponsibility\s+(?:for\s+[^.;]{1,80}?\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:assigned|placed|laid|put|pinned|attributed)\s+(?:squarely\s+|firmly\s+|directly\s+)?(?:on|upon|to|with)\b"),
        ("behind", r"\b(?:was|were|is|are|been|be|being|as|stood|stand|stands)\s+(?:(?!not\b|never\b)\w+\s+){0,3}(?:behind\b" + BEHIND_NO_OPERATION + r"|at\s+the\s+origin\s+of\s+(?:the\s+|these\s+|this\s+|those\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:cyber-?attacks?|attacks?|hack\w*|intrusions?|infections?|campaigns?|operations?|breach(?:es)?|espionage|spying|surveillance)\b)|\bculprit\b"
         r"|\bbehind\s+(?:the|this|these|that|those)\s+(?:[\w-]+(?:\s+|,\s*according\s+to\s+[^,;.]{1,50},\s*)){0,5}?(?:stands?|stood|is|was|are|were)\s+(?:the\s+)?(?:(?:hacker|hacking|cyber|criminal|espionage|threat|APT)\s+)?(?:(?:group|grouping|gang|crew|actor)\s+)?[\"“«']?(?-i:[A-Z])"),  # "behind this campaign stands the Russian military intelligence", "behind the attacks stands the group Space Pirates"
        ("carried_out", r"\b(?:carried out|conducted|perpetrated|mounted|orchestrated|launched|committed|planted|deployed|installed|directed|organi[sz]ed|ordered|staged|initiated|executed|run|operated|controlled)\s+by\b|\bwork of\b|\bcarried out from\b|\b(?:came|come|comes|coming)\s+from\b|\boriginated (?:from|in)\b|\bstemming from\b|\bemanat\w+ from\b"),
        ("pointed", r"\bpoint(?:ed|s|ing)?\s+(?:\w+\s+){0,2}(?:at|to|towards)\b"),
        # "consistent with the activity of APT29", "matches the tradecraft of Sandworm", "in line with previous operations by Kimsuky"
        ("consistent_with", r"\b(?:consistent|in\s+line|in\s+keeping|matche[sd]|match(?:es|ing)?|align(?:s|ed)?)\s+(?:with\s+)?(?:the\s+|previous\s+|past\s+|earlier\s+|known\s+)*(?:[\w'’-]+\s+){0,2}?(?:activity|activities|operations?|tactics|techniques|tradecraft|behaviou?r|methods|campaigns?|modus\s+operandi|playbook|TTPs|profile|attacks)\s+(?:of|by|attributed\s+to|associated\s+with|linked\s+to)\b"),
        # a resemblance to a named group: "the activity was consistent with the group APT41" (kept only where a group's name follows: see clauses)
        ("consistent_with_group", r"\b(?:consistent|in\s+line|in\s+keeping)\s+with\s+(?:(?:that|those)\s+of\s+)?(?=(?:the\s+)?(?:" + SUSPECTED_GROUP + r")?(?-i:[A-Z]))"),
        # "the evidence points to Iran", "all clues pointed at Russia", "the investigation's findings point towards China"
        ("evidence_points", r"\b(?:evidence|investigation|inquiry|probe|clues?|traces|trail|indicators|findings|forensics?|signs)\s+(?:[\w'’-]+\s+){0,4}?(?:clearly\s+|strongly\s+|all\s+)?point(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?(?:at|to|towards)\b"),
        # the trace of translated press: "the trace leads to the Russian special services", "the traces of the attack led back
        # to Iran", "the cyberattack has a Russian trace"
        ("trace_leads", r"\b(?:traces?|trail|footprints?)\s+(?:of\s+(?:the\s+|this\s+|these\s+)?(?:[\w'’-]+\s+){0,4}?)?(?:leads?|led|leading)\s+(?:back\s+|directly\s+|clearly\s+)?(?:to|towards)\b"
         # (not a place or machines: "the trail led to IP addresses in two Chinese provinces")
         r"(?!\s+(?:the\s+|an?\s+|two\s+|several\s+|some\s+)?(?:[\w'’-]+\s+){0,2}?(?:IP|addresses|servers?|computers?|machines|devices|networks?|infrastructure|hosting|provinces?|regions?|cit(?:y|ies)|towns?|territory|flat|apartment|house|building|banks?|accounts?|wallets?)\b)"
         r"|\b(?:has|have|had|bears?|bore|showed|shows|with)\s+(?:an?\s+|the\s+)?(?:(?:clear|obvious|distinct|evident|unmistakable)\s+)?(?-i:[A-Z])[\w-]+\s+(?:trace|trail|footprint|fingerprints)\b"),
        # "the operator was likely an agency of the Salvadoran government", "the attackers were agents of the Chinese state"
        ("identified_as", IDENTIFIED_AS_ORGAN + r"(?:[\w'’-]+\s+)?(?:state|government|regime|authorities|military|intelligence)\b"
         # "the operator was likely a Mexican government agency"
         r"|\b(?:was|were|is|are|be|been)\s+(?:\w+\s+){0,2}?(?:an?\s+)?(?-i:[A-Z][\w'’-]+)\s+(?:state|government|military|intelligence|security|police)\s+(?:agency|agencies|service|services|unit|body|entity|customer|client)\b"
         # "said the operators are likely a Chinese state-backed group", "the attackers were probably an Iranian government-sponsored team"
         r"|\b(?:operators?|attackers?|hackers?|intruders?|culprits?|perpetrators?|spies)\s+(?:was|were|is|are)\s+(?:(?:likely|probably|possibly|almost\s+certainly|most\s+likely|believed\s+to\s+be)\s+)?(?:an?\s+)?"
         r"(?-i:[A-Z][\w'’-]+)\s+(?:state|government|military)[- ](?:sponsored|backed|linked|affiliated|directed)\s+(?:[\w-]+\s+)?(?:group|actor|team|unit|crew|outfit|hackers)\b"),
        ("named", r"\bnam(?:ed|es|ing)\s+(?:\w+\s+){0,2}(?:as\s+)?(?:the\s+)?(?:culprit|perpetrator|attacker|author|originator)s?\b|\bnam(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,6}?as\s+(?:the\s+|an?\s+)?(?:(?:likely|probable|main|alleged|presumed)\s+)?(?:culprit|perpetrator|attacker|author|originator|organi[sz]er|executor)s?\b|\bidentified\s+(?:\w+\s+){0,4}as\b"
         # "Kaspersky described Naikon in May as a 'Chinese-speaking' actor"
         r"|\bdescrib(?:ed|es|ing)\s+(?-i:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:[\w-]+\s+){0,3}?as\s+(?:an?\s+)?(?:[\w'\"“”‘’-]+\s+){0,3}?(?:threat\s+)?(?:actor|group|APT|gang|crew|unit)\b"),
        # "a joint advisory that called the group Iranian government-sponsored", "describes them as Chinese state-backed"
        ("called_sponsored", r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|label(?:l?ed|s|l?ing)?|brand(?:ed|s|ing)?|characteri[sz](?:ed|es|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:as\s+)?(?:an?\s+)?(?:[\w'’-]+\s+)?(?:state|government|military|regime)[- ](?:sponsored|backed|directed|affiliated|linked)\b"),
        ("linked", r"\b(?:link(?:ed|ing|s)?|tie[ds]?|tying|connect(?:ed|ing|s)?|trac(?:ed|es|ing))\s+(?:\w+\s+){0,6}to\b|\b(?:links?|connections?|ties)\s+between\b"),
        ("charged", r"\b(?:indict(?:ed|ment|ing|s)?|charg(?:ed|es|ing))\b"),
        ("sanctioned", r"\bsanction(?:ed|s|ing)?\b(?=[^.;]{0,120}\b(?:over|for)\b[^.;]{0,60}\b(?:hack|attack|cyber|intrusion|breach|campaign|operation|espionage))"),
        ("tracks_as", r"\b(?:which|that|what)\s+(?-i:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:now\s+|also\s+|internally\s+)?(?:tracks|tracked|calls|called|dubbed|dubs|names|named)\s+(?:as\s+)?(?:the\s+)?(?=[A-Z])|"  # "what Kaspersky calls the Equation Group"
                      r"\b(?:which|that)?\s*(?:it|the\s+company|the\s+firm)\s+(?:\w+\s+)?(?:tracks|tracked|calls|called|dubbed|dubs|names|named|has\s+named|had\s+(?:earlier\s+)?named)\s+(?:as\s+)?(?:the\s+)?(?=[A-Z])"
                      # a vendor's own voice: "a cyberespionage group that we have named BackdoorDiplomacy", "which we track as TA999"
                      r"|\b(?:which|that)?\s*we\s+(?:\w+\s+)?(?:track|tracked|call|called|dubbed|dub|name|named)\s+(?:as\s+)?(?:the\s+)?(?=[A-Z])"
                      r"|\b(?:follows|followed|tracks|tracked|has\s+tracked|had\s+tracked|has\s+followed|monitors|has\s+monitored)\s+(?:[\w-]+\s+){0,4}?under\s+the\s+(?:name|moniker|label)\s+(?=[A-Z])"),
        ("same_conclusion", r"\b(?:reached|came\s+to|drawn|drew|arrived\s+at)\s+the\s+same\s+conclusion\b|\bshared?\s+(?:this|that|the)\s+assessment\b|\bconcurred\b|\bjoined\s+(?:\w+\s+){0,3}in\s+(?:attributing|blaming)\b|"
         r"\b(?:support(?:ed|ing|s)?|back(?:ed|ing|s)?|endors(?:ed|ing|es)?|echo(?:ed|ing|es)?)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}(?:finding|findings|attribution|assessment|conclusion|accusation|allegation|claim|charge)s?\b|"
         r"\b(?:finding|findings|attribution|assessment|conclusion)s?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:supported|shared|endorsed|backed|corroborated)\s+by\b"),
        # a sanctions notice names whom it lists: "The listed body is the 85th Main Centre ... known as APT28", "the designated entities include"
        ("listed_as", r"\b(?:listed|sanctioned|designated|targeted)\s+(?:body|bodies|entity|entities|individuals?|persons?|organi[sz]ations?|units?|officers)\s+(?:is|are|was|were|include[sd]?)\b"),
        ("involvement", r"\b(?:involvement|complicity|role)[\"”]?\s+(?:of|in|by)\b|\b(?:[A-Z][a-z]+\s+)?involvement\b"),
        ("found", r"\b(?:concluded|determined|assessed|assesses|judged|judges|believes?|believed|found|confirmed|established)\s+(?:with\s+[\w\s]+\s+|in\s+(?:a|an|its|their)\s+[\w\s,-]{1,50}?\s+)?that\b"
         # a vendor's findings in its own words: "their analysis indicates that", "our investigation showed that"
         r"|\b(?:our|their|its|the\s+(?:firm|company)['’]s)\s+(?:own\s+)?(?:analysis|investigation|research|findings|telemetry|assessment)\s+(?:\w+\s+)?(?:indicates|indicated|shows|showed|revealed|confirms|confirmed|establishes|established)\s+that\b"),
    ]
)

# Cues that attribute on their own; the others ("linked", "pointed") need an operation word or an actor.
STRONG_ATTRIBUTION = frozenset({"evidence_points", "trace_leads", "called_out", "called_sponsored", "identified_as", "suspect", "suspected_state", "suspected_of", "suspicion_fell", "listed_as", "response_over", "condemned_for", "sanctioned", "involvement", "state_acted", "op_by", "actor_acted", "blamed", "accused", "attributed", "responsible", "behind", "carried_out", "same_conclusion", "named", "from_state", "charged"})

# Co-signed statements and advisories: every co-signer is a party.
COSIGN = _rx(r"\b(?:with\s+(?:their\s+|its\s+)?(?:counterparts|partners|partner\s+agencies|allies)\s+(?:in|from)|co-?sign\w*|co-?seal\w*|co-?authored|joint(?:ly)?\s+(?:signed|issued|released|published)|signed\s+on\s+to|joined\s+(?:by|in)|joined\s+(?:[\w'’.,-]+\s+){0,8}?(?=in\s+(?:blaming|attributing|accusing|condemning|warning|saying|naming|exposing|calling\s+out|publishing|issuing|releasing)\b)|together\s+with|jointly\s+with|(?:advisory|statement|alert|declaration|guidance)\s+(?:[^.;]{0,100}?\s)?(?:also\s+)?(?:signed|endorsed)\s+by|in\s+(?:conjunction|cooperation|coordination)\s+with|alongside|partner\s+agencies\s+(?:from|in))\b")

# "IT workers sent by the North Korean government", "hackers employed by Iran": whose people they are
# "on behalf of" not after a statement made for someone ("speaking on behalf of the EU", "a statement issued on behalf of")
NOT_SPOKEN_FOR = r"(?<!speaking\s)(?<!statement\s)(?<!declaration\s)(?<!remarks\s)(?<!spoke\s)(?<!speaks\s)(?<!speak\s)(?<!issued\s)(?<!made\s)(?<!delivered\s)"
SENT_BY = r"\b(?:workers|hackers|agents|operatives|officers|spies|personnel|engineers|programmers|developers|technicians)\s+(?:\w+\s+){0,2}?(?:sent|dispatched|employed|deployed|placed)\s+(?:abroad\s+)?by"

# "a firm that ran the botnet for the Chinese government": an operation run for a state's body (not an inquiry run for it)
OPERATED_FOR = (
    r"\b(?:ran|runs|run|running|operated|operates|operating|managed|manages|conducted|conducts|carried\s+out|hacked|hacks|spied|built|builds|developed|develops)\s+"
    r"(?:(?!(?:investigations?|inquiry|inquiries|probes?|reviews?|audits?|analys[ie]s|reports?|responses?|stud(?:y|ies)|surveys?|assessments?|defen[cs]es?|forensics?)\b)[\w'’-]+\s+){0,5}?for"
)
FOR_STATE_BODY = r"(?=\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:government|regime|state|military|intelligence|authorities|security\s+services?|communist\s+party)\b)"

# Ties of an actor to a state or organ ("ties to the GRU", "on behalf of").
SPONSOR_TIE = _rx(
    r"\b(?:ties?\s+to|tied\s+to|links?\s+to|linked\s+to|connected\s+to|associated\s+with|associates?\s+with|affiliated\s+with|"
    r"working\s+for|works\s+for|worked\s+for|work\s+for|operat(?:ed|es|ing)\s+by|operat(?:es|ed|ing)\s+(?:on\s+behalf\s+of|for)|run\s+by|" + NOT_SPOKEN_FOR + r"on\s+behalf\s+of|at\s+the\s+behest\s+of|"
    r"acting\s+for|acted\s+for|acting\s+in\s+concert\s+with|backed\s+by|sponsored\s+by|directed\s+by|controlled\s+by|"
    r"(?:steered|overseen|commanded|managed|tasked|funded|financed)\s+by|(?:espionage|spying|hacking|operations?)\s+for|"
    r"in\s+the\s+service\s+of|in\s+support\s+of|(?:paid|hired|commissioned|contracted)\s+by|" + SENT_BY + r"|subordinated?\s+to|an\s+arm\s+of|under\s+(?:the\s+)?(?:command|control|direction|instructions?|orders?)\s+(?:of|from)|at\s+the\s+direction\s+of|at\s+the\s+request\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:intelligence|security\s+services?|secret\s+services?|special\s+services|regime|military|(?-i:[A-Z]{2,5}\b))|answer(?:s|ing|ed)?\s+to|(?:names?|aliases|monikers?|personas?|pseudonyms?|cover\s+names?|brands?|covers?)\s+(?:used|adopted|employed|operated)\s+by|belong(?:s|ing)?\s+to|part\s+of|unit\s+of|(?:offshoot|proxy|front|contractor|cut-?out|(?:subordinate\s+)?element|branch|division|sub-?unit|cell)\s+(?:of|for|to|within|inside)|(?:unit|units)\s+(?:within|inside)|(?<!the\s)(?<!and\s)(?<!of\s)(?<!news\s)(?<!media\s)(?<!press\s)(?<!such\s)reports\s+(?:directly\s+)?to|answerable\s+to|(?:takes?|took|taking)\s+(?:its\s+|their\s+)?orders\s+from|on\s+(?:the\s+)?(?:direct\s+)?orders?\s+(?:of|from)|under\s+the\s+(?:umbrella|aegis|wing|auspices)\s+of|members?\s+of|(?<!former\s)(?<!ex-)officers?\s+of|officers\s+in|serving\s+in|"
    + OPERATED_FOR + FOR_STATE_BODY + r"|"
    r"state\s+(?:group|hackers|hacking\s+(?:group|team|unit)|actors?|cyber\s+actors?|APT)|state[- ]sponsored|state[- ]backed|state[- ]linked|government[- ]backed|government[- ]linked|government\s+sponsor|"
    r"-linked|-backed|-sponsored|-affiliated|-nexus|[Ss]tate-run)\b|-(?:linked|backed|sponsored|affiliated|nexus|directed|funded|financed|tasked)\b"
)
# Location or nationality alone is not a sponsor.
LOCATION_ONLY = _rx(r"-based\b|\bbased\s+in\b|-speaking\b|\bpro-|\bfrom\s+(?:\w+\s+)?(?:servers|ip|addresses)|\binternet provider\b|\btraffic\b")

CONFIDENCE = [
    ("high", _rx(r"\b(?:(?:highly\s+|fully\s+|very\s+)?confident|almost certainly|highly likely|highly probable|high(?:est)? (?:degree of )?(?:confidence|certainty|probability)|with certainty|clearly attribute|can now clearly|beyond (?:reasonable )?doubt|no doubt|certain(?:ly)?|definitive(?:ly)?|conclusively)\b")),
    ("low", _rx(r"\b(?:suspect(?:s|ed|ing)?|suspicions?\s+(?:(?:has|have|had)\s+)?(?:(?:quickly|immediately|soon|again|also|now)\s+)?(?:fell|falls|fallen|falling)|possibl[ey]|(?-i:may)|might|could have|perhaps|potentially|strongly suspected|circumstantial|cannot rule out|(?:can\s*not|could\s+not|can['’]t|couldn['’]t|do(?:es)?\s+not|did\s+not|would\s+not)\s+(?:be\s+)?(?:rule[ds]?\s+out|exclud(?:e|ed))|(?:is|was|it['’]s)\s+not\s+excluded|allegedly|supposedly|purportedly|unconfirmed|preliminary|realistic possibility|low (?:degree of )?confidence)\b")),
    ("medium", _rx(r"\b(?:likely|probabl[ey]|presumabl[ey]|(?:there\s+(?:are|is)\s+)?(?:serious\s+|sufficient\s+|good\s+|strong\s+)?(?:grounds|reasons?)\s+to\s+(?:believe|assume|suspect)|most likely|in all (?:likelihood|probability)|appear(?:s|ed)? to|seem(?:s|ed)? to|assess(?:ed|es)?\s+with\s+moderate|moderate (?:degree of )?confidence|medium confidence|points? (?:clearly )?(?:to|towards)|every(?:thing|\s+indication)\s+(?:\w+\s+)?(?:indicates?|suggests?|points?)|all\s+(?:the\s+)?(?:indications|signs)\s+(?:are|were|suggest|indicate|point))\b")),
]
NEGATION = _rx(r"\b(?:no evidence|not the|wasn't|was not|were not|isn't|is not|did not|didn't|does not|doesn't|no trace|not yet|never|stopped short|without (?:naming|saying)|did not say|declined to|would not say|not publicly|has not been|have not|had not|no indication|ruled out|unclear whether|not been attributed)\b")

# --- denials ----------------------------------------------------------------
DENIAL = cues(
    [
        ("denied", r"\bden(?:y|ied|ies|ying|ial)\b(?![- ]of[- ]service)"),
        ("rejected", r"\breject(?:ed|s|ing)?\b"),
        ("dismissed", r"\bdismiss(?:ed|es|ing)?\b"),
        ("baseless", r"\b(?:irresponsible|unscientific|unprofessional|itself\s+(?:been\s+)?(?:a|the|one\s+of\s+the)\s+(?:biggest\s+|main\s+|major\s+|primary\s+|chief\s+|principal\s+|frequent\s+)?victims?|baseless|groundless|unfounded|without foundation|fabricat\w+(?!\s+(?:content|documents|stor(?:y|ies)|news|reports?|remarks|statements|messages|posts|videos?|quotes|emails))|slander\w*|smear\w*|groundless|absurd|nonsense|provocation|(?:is|was|are|were|as|called\s+(?:it|them|this|that|the\s+\w+)|pure|more|simply|just|(?:a|an)\s+(?:act|piece|campaign)\s+of)\s+disinformation|false accusations?|unsubstantiated|politicis\w+|politiciz\w+|politically\s+motivated|hypocri\w+|tarnish\w*|vilif\w+|demoni[sz]\w+|(?:hostile|unfriendly)\s+act|(?:had|has|have|was|is|with)\s+no\s+(?:factual\s+)?basis|without\s+(?:any\s+)?(?:factual\s+)?basis|ridiculous|preposterous|laughable|far-fetched|russophob\w*|sinophob\w*|hysteria|witch[- ]hunt|(?:is|are|was|were)\s+(?:a\s+)?(?:pack\s+of\s+)?(?:lies|a\s+lie)|(?:do|does|did)\s*(?:not|n['’]t)\s+correspond\s+(?:to|with)\s+(?:the\s+)?(?:reality|facts|truth)|(?:malicious|groundless|baseless|political)\s+hype|hyp(?:e|ed|ing)\s+up|spy[- ]?mania|scaremongering|fearmongering)\b"),
        ("never", r"\bnever\s+(?:\w+\s+){0,2}(?:engage|engages|engaged|participated|taken part|took part|supported|conducted|carried out|been involved|involved|worked\s+with|cooperated\s+with|colluded|handed)\b|\bdoes not engage\b|\bdo not (?:engage|steal)\b|\b(?:oppos(?:e|es|ed|ing)|combat(?:s|ed|ing)?|fight(?:s|ing)?(?:\s+against)?|crack(?:s|ed|ing)?\s+down\s+on)\s+(?:and\s+(?:[\w-]+\s+){1,3})?all\s+(?:forms|kinds|types)\b|\boppos(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,3}?in\s+all\s+(?:its\s+)?forms\b|\b(?:was|were|is|are|had\s+been|has\s+been)(?:\s+not|n['’]t)\s+(?:in\s+any\s+way\s+|at\s+all\s+)?(?:involved|behind|responsible)\b|\bplay(?:ed|s)?\s+no\s+(?:role|part)\b|\bfirmly oppos\w+\b|\bno (?:role|involvement|part)\b|\bno intention\b|\bneither\s+the\s+(?:intention|motive|means)\b|\bno\s+credence\b|\bnothing\s+to\s+do\b|\bdo(?:es)?\s+not\s+(?:conduct|carry\s+out|take\s+part\s+in|support|sponsor|permit|allow|condone)\b"),
        ("refuted", r"\brefut(?:ed|es|ing)\b|\brebuff(?:ed|s)?\b|\bexpects? an explanation\b|\bdemanded (?:that )?the charges\b"),
    ]
)

# --- responses ---------------------------------------------------------------
RESPONSES = [
    # "summoned the chargé", "hauled in the ambassador", "the envoy was called to the foreign ministry"
    ("summon_ambassador", _rx(r"\b(?:summon(?:ed|s|ing)?|call(?:ed|s)?\s+in|call(?:ed|s)?\s+up|convoked|haul(?:ed|s|ing)?\s+in)\b(?:(?!\battach[eé]\b)[^.;]){0,80}?\b(?:ambassador|envoy|charg[eé]s?\s+d['’]affaires|(?-i:chargé)|head\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:mission|embassy)|diplomat)s?\b|\b(?:ambassador|envoy|charg[eé]\s+d['’]affaires|(?-i:chargé)|head\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:mission|embassy)|(?:top|senior|most\s+senior|highest-ranking)\s+diplomat)\b[^.;]{0,40}\b(?:was|were|would|will|had|has|have|is|are|being)\s+(?:\w+\s+){0,2}?(?:been\s+|be\s+)?(?:summoned|called\s+in|convoked|hauled\s+in|called\s+to\s+the\s+(?:\w+\s+)?(?:ministry|office)|(?:asked|invited|ordered|told)\s+to\s+(?:come|report)\s+to\s+the\s+(?:\w+\s+)?(?:ministry|office))\b"
                               # "called the Russian chargé d'affaires in", "invited the Chinese ambassador for an explanation"
                               r"|\bcall(?:ed|s|ing)?\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:ambassador|envoy|charg[eé]s?\s+d['’]affaires|(?-i:chargé)|diplomat)s?\s+in\b"
                               r"|\binvit(?:ed|es|ing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ambassador|envoy|charg[eé]s?\s+d['’]affaires|(?-i:chargé))\s+(?:[\w'’-]+\s+){0,3}?(?:for\s+(?:an?\s+)?(?:explanation|urgent\s+(?:talks|meeting|consultations))|to\s+(?:explain|the\s+(?:\w+\s+)?ministry))\b")),
    ("recall_ambassador", _rx(r"\brecall(?:ed|s|ing)?\b[^.;]{0,60}\b(?:ambassador|envoy)\b|\b(?:ambassador|envoy)\b[^.;]{0,40}\brecalled\b|\b(?:recall\w*|called\s+back|withdr\w+|brought\s+home)\b[^.;]{0,60}\bfor\s+(?:(?:a\s+)?(?:\w+\s+){0,2}of\s+|urgent\s+|further\s+)?consultations\b|\bcall(?:ed|s|ing)?\s+(?:its|their|the|her|his)\s+(?:\w+\s+)?(?:ambassador|envoy)\s+(?:[^.;]{0,40}?\s)?(?:back|home)\b|\bwithdr(?:ew|awn|aws|awing)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:ambassador|envoy)\b"
                               # "called its ambassador home from Beijing", "pulled its envoy out of Moscow"
                               r"|\b(?:call(?:ed|s|ing)?|brought|bring(?:s|ing)?|pull(?:ed|s|ing)?|order(?:ed|s|ing)?)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:ambassador|envoy)\s+(?:home|back|out\s+of)\b")),
    # (not intruders thrown out of a network: "expelled the APT31 intruders from its network")
    ("expel_diplomats", _rx(r"\bexpel(?:led|s|ling)?\b(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:hackers|intruders|attackers|actors?|group|malware|implants?)\b)(?![^.;]{0,60}?\bfrom\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:networks?|systems?|servers?|e-?mail|accounts?|infrastructure|environments?|mailboxes|computers|devices|IT)\b)|\bescorted\s+out\s+of\s+the\s+country\b|\bescorted\s+out\b(?=\s+of\s+(?:the\s+)?(?-i:[A-Z]))|\bordered\s+(?:\w+\s+){0,3}to\s+leave\s+the\s+country\b|\bdeported\b|\bexpulsions?\b|\bpersonae?\s+non\s+gratae?\b|\b(?:ordered|told|instructed|asked)\s+(?:[\w'’-]+\s+){0,4}?(?:diplomats?|envoys?|ambassador|(?:embassy|consular|mission)\s+(?:staff|personnel|employees|officials)|attach[eé]s?)\s+(?:(?:of\s+(?:the\s+)?)?[\w'’-]+\s+){0,3}?(?:to\s+)?(?:leave|depart|quit|out)\b|\b(?:gave|given|giving|has|have|had)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:diplomats?|envoys?|ambassador|embassy\s+staff|attach[eé]s?)\s+(?:\d+|twenty-four|forty-eight|seventy-two|\w+)\s+(?:hours|days)\s+to\s+leave\b"
                              # "two Chinese diplomats were ordered to leave Canada", "were given 72 hours to leave Poland"
                              r"|\b(?:diplomats?|envoys?|ambassador|attach[eé]s?|(?:embassy|consular)\s+(?:staff|personnel|employees|officials))\s+(?:were|was|have\s+been|had\s+been)\s+(?:ordered|told|asked|instructed|given\s+(?:\d+|twenty-four|forty-eight|seventy-two|\w+)\s+(?:hours|days))\s+to\s+leave\b")),
    ("sever_relations", _rx(r"\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?(?:\s+off)?|broke off|break off|breaks off|breaking off|end(?:ed|s)?)\s+(?:all\s+)?(?:diplomatic\s+)?(?:ties|relations)\b")),
    # "added six Chinese firms to the Entity List", "placed on the Specially Designated Nationals list"
    ("sanctions", _rx(r"\brestrictive\s+measures\b|(?-i:\bEntity\s+List\b)|\bSpecially\s+Designated\s+Nationals\b|\bSDN\s+list\b|(?<!against\s)(?<!defiance of )(?<!evade )(?<!evading )(?<!evaded )(?<!evasion of )(?<!circumvent )(?<!circumventing )(?<!-)\bsanction(?:s|ed|ing)?\b(?!\s+(?:at|from)\s+(?:the\s+)?(?:highest|top|very\s+top|senior|most\s+senior)\b)(?!\s+regime\s+(?:exists|allows))(?!\s+(?:party|parties|entity|entities|person|persons|individuals?|jurisdictions?|countr(?:y|ies))\b)(?!\s+(?:screening|compliance|evasion|checks?|risks?)\b)|\basset freezes?\b|\btravel bans?\b|\bblacklist(?:ed|s|ing)?\b|\bassets\s+(?:[\w'’-]+\s+){0,5}?(?:were|was|have\s+been|had\s+been|are|be)\s+frozen\b|\bfroze\s+(?:the\s+)?assets\b|\bdesignat(?:ed|es|ing)\b[^.;]{0,40}\b(?:sanctions|OFAC|list)\b|(?-i:\b(?:Treasury|OFAC|Office\s+of\s+Foreign\s+Assets\s+Control)\b)[^.;]{0,40}\bdesignat(?:ed|es|ing)\b|\bdesignat(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,4}?(?:under|pursuant\s+to)\s+(?:(?:Section|Executive\s+Order|E\.O\.|CAATSA|the)\b)")),
    ("indictment", _rx(r"\bindict(?:ed|ment|ments|ing|s)?\b|\b(?:charg(?:ed|es|ing)|criminal charges)\b(?![^.;]{0,10}\bd['’]affaires)(?!\s+with\s+(?:the\s+)?(?:task|responsibility|duty|mandate|oversight|defen[cs]e|protection|protecting|defending|overseeing|investigating|monitoring|securing|leading|handling|running|managing|coordinating|ensuring|keeping|enforcing|guarding|safeguarding|regulating|supervising|tackling|countering|combating|responding|developing|implementing|advising|policing|cyber\s*security|cyber\s+defen[cs]e)\b)|\bwanted (?:notices?|posters?|list)\b|\barrest warrants?\b|\bcriminal\s+complaints?\b|\bred\s+notices?\b|\bsent\s+papers\s+(?:on\s+[^.;]{0,60}?\s+)?to\s+prosecutors\b|\bwarrants? for\b|\bunsealed\b"
                    # "the SBU served a notice of suspicion on two FSB officers", "were notified of suspicion"
                    r"|\bnotices?\s+of\s+suspicion\b|\bnotified\s+(?:[\w'’-]+\s+){0,6}?of\s+suspicion\b"
                    # a warrant by another name: "a Kyiv court ordered the arrest in absentia of two GRU officers", "were arrested in absentia"
                    r"|\b(?:arrest(?:ed)?|detention|sentenced|convicted|tried)\s+in\s+absentia\b|\border(?:ed|s|ing)?\s+the\s+(?:arrest|detention)\s+of\b")),
    # (and the noun: "the arrest of two suspects in Kyiv")
    ("arrest", _rx(r"\b(?:arrested|detained|detaining|taken into custody|extradited|apprehended)\b(?!\s+in\s+absentia)|\b(?:arrests|detains)\s+(?:(?:a|an|the|two|three|four|five|six|several|\d+)\s+)?(?:[\w'’-]+\s+){0,3}?(?:hackers?|suspects?|members?|men|man|woman|nationals?|officers?|agents?|operators?|people|persons?|individuals?|citizens?|spies|spy)\b|(?<!to the )(?<!for the )(?<!ordered the )(?<!orders the )(?<!ordering the )\barrests?\s+of\b")),
    ("reward", _rx(r"\breward(?:s)?\b|(?<!bug )(?<!bug-)\bbount(?:y|ies)\b(?!\s+(?:program|programme|platform|hunt))|\bRewards for Justice\b|\b(?:offer(?:ed|s|ing)?|pay(?:s|ing)?|paid)\s+(?:up\s+to\s+|as\s+much\s+as\s+|a\s+)?(?:US)?\$\s?[\d.,]+\s*(?:million|m)?\s+(?:\w+\s+){0,3}for\s+(?:information|tips|details)")),
    # "took down the servers", "neutralised a botnet of routers", "a warrant to dismantle the botnet"
    ("takedown", _rx(r"\b(?:takedown|(?:took|taken|take|takes|taking|shut|shuts|shutting)\s+down|seiz(?:ed|es|ing|ure)|neutrali[sz](?:e|ed|es|ing)|dismantl(?:e|ed|es|ing)|disrupt(?:ed|ing|s)|sinkhol\w+|disabl(?:ed|ing)|remov(?:ed|ing)|delet(?:ed|ing)|wiped\s+out)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|hundreds\s+of\s+|dozens\s+of\s+|more\s+than\s+\d+\s+)?(?:[\w'’-]+\s+){0,3}(?:botnets?|infrastructure|servers?|domains?|accounts|routers|network\s+of|command-and-control|c2|malware|web\s+domains|websites?\s+used|forums?|marketplaces?|attack\s+tools?|hacking\s+tools?|leak\s+sites?)\b|\b(?:suspend(?:ed|ing)|terminat(?:ed|ing)|banned|banning|blocked|blocking|closed|closing|pulled|pulling|remov(?:ed|ing)|(?:took|taken)\s+down)\s+(?:the\s+|their\s+|its\s+|dozens\s+of\s+|hundreds\s+of\s+|more\s+than\s+)?(?:[\w'’-]+\s+){0,3}?(?:accounts|domains|apps|applications|channels|pages|profiles)\b|\bcourt[- ]authori[sz]ed\s+operation\b|\b(?:clean-?up|disinfection)\s+operation\b|\b(?:took|taken|take|taking|seized|seize)\s+control\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:infrastructure|servers|botnet|leak\s+sites?)\s+(?:of|used\s+by|run\s+by)\s+(?:the\s+)?(?=(?-i:[A-Z]))|\b(?:botnets?|servers?|domains?|websites?|infrastructure|command-and-control|leak\s+sites?|forums?|marketplaces?)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:seized|dismantled|sinkholed|taken\s+down|shut\s+down)\b|\b(?:seized|dismantled|disrupted|took\s+(?:it\s+|them\s+)?down)\s+(?:it\s+|them\s+)?under\s+a\s+court\s+order\b"
                  # law enforcement taking over what the operators run: "British police took control of its leak site"
                  # (the cue ends before "of": whatever follows is the operators', not a victim's)
                  r"|(?-i:\b" + LAW_ENFORCERS + r")\s+(?:(?:have|has|had|also|then|later|jointly|said\s+(?:they|it)\s+(?:had\s+)?)\s*)*(?:took|taken|seized|take|taking)\s+control(?=\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:infrastructure|servers?|botnets?|leak\s+sites?|websites?|domains?|forums?|marketplaces?|command-and-control|c2)\b)"
                  # "the FBI knocked the botnet offline", "Dutch police took the Qakbot servers offline", "announced the disruption
                  # of a botnet": what only operators run, or what law enforcement takes offline (not "knocked ministry
                  # websites offline": an attack)
                  r"|\b(?:took|taken|take|takes|taking|knock(?:ed|s|ing)?)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:botnets?|command-and-control(?:\s+servers?)?|c2(?:\s+servers?)?)\s+offline\b"
                  # ("Police in the Netherlands took the Emotet servers offline")
                  r"|(?-i:\b" + LAW_ENFORCERS + r"(?:\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?){0,4})?)\s+(?:(?:have|has|had|also|then|later|jointly)\s+)*"
                  r"(?:took|taken|knocked)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:infrastructure|servers?|domains?|websites?|leak\s+sites?|forums?|marketplaces?)\s+offline\b"
                  r"|\bdisruption\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:botnets?|command-and-control|c2)\b"
                  # a criminal operation itself disrupted or infiltrated: "The NCA infiltrated and disrupted the LockBit ransomware
                  # operation", "Operation Cronos disrupted the LockBit gang", "disrupted the operations of the Hive ransomware group"
                  # (not a gang "dismantled": its members arrested, no infrastructure taken)
                  r"|\b(?:disrupt(?:ed|ing|s)?|infiltrat(?:ed|ing|es)|(?:took|taken|take|takes|taking|shut|shuts|shutting)\s+down)"
                  r"(?:\s+and\s+(?:disrupt|infiltrat|took\s+down|shut\s+down)\w*)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:operations?|infrastructure|activities)\s+of\s+(?:the\s+)?)?"
                  r"(?:[\w'’./-]+\s+){0,3}?(?:(?:ransomware|cyber-?crim\w*|cyber-?criminal|crime)\s+(?:gangs?|groups?|operations?|networks?|syndicates?|rings?|crews?|enterprises?)|gangs?|syndicates?)\b"
                  # "a court order let the FBI seize hundreds of accounts", "a warrant allowed agents to seize the domains"
                  r"|\b(?:let|lets|allow(?:ed|s|ing)?|authori[sz](?:ed|es|ing)|permit(?:ted|s|ting)?|enabl(?:ed|es|ing)|empower(?:ed|s|ing)?|moved|moves|sought|seeks|warrants?|orders?)\s+(?:[\w.'’-]+\s+){0,3}?seize\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|hundreds\s+of\s+|dozens\s+of\s+|more\s+than\s+\d+\s+)?(?:[\w'’-]+\s+){0,3}(?:botnets?|infrastructure|servers?|domains?|accounts|routers|command-and-control|websites?|forums?|marketplaces?|leak\s+sites?)\b")),
    # "issued a joint cybersecurity advisory", "published an alert", "put out a security bulletin"
    ("advisory", _rx(r"\b(?:joint\s+)?(?:cyber\s*security\s+|technical\s+|security\s+)?advisor(?:y|ies)\b|\b(?:published|issued|released|put\s+out)\s+(?:an?\s+|its\s+|their\s+)?(?:new\s+)?(?:joint\s+)?(?:technical\s+|flash\s+|FLASH\s+|security\s+|cyber\s*security\s+)?(?:alerts?|bulletins?)\b|\bprivate\s+industry\s+notifications?\b|\balert\s+(?:was\s+)?(?:put\s+together|written|drafted|authored|co-?authored)\s+by\b|\b(?:technical|joint|security|cyber(?:security)?)\s+alerts?\s+(?:(?:jointly|was|were)\s+)?(?:issued|published|released)\s+by\b|\b(?:published|issued|released)\s+(?:joint\s+|new\s+|technical\s+|detailed\s+)*(?:guidance|mitigation\s+guidance|hunting\s+guidance)\b"
                  r"|\b(?:published|issued|released)\s+(?:a\s+|an\s+|its\s+)?(?:joint\s+|new\s+|detailed\s+)*(?:technical|threat|malware)\s+(?:intelligence\s+)?(?:report|analysis)\b"
                  # a public body's report or warning that names the culprit ("the National Police Agency published a report
                  # attributing the campaign to China", "issued a warning that hackers linked to ..."); a vendor's is dropped later
                  r"|\b(?:published|issued|released|put\s+out)\s+(?:a\s+|an\s+|its\s+)?(?:joint\s+|new\s+|detailed\s+|public\s+|special\s+)*report\s+(?:on\s+[\w'’-]+\s+)?(?:attributing|linking|naming|exposing|tying|blaming|identifying)\b"
                  r"|\b(?:published|issued|released|put\s+out)\s+(?:a\s+|an\s+|its\s+)?(?:joint\s+|public\s+|security\s+|cyber\s*security\s+|urgent\s+)*warning\s+(?:that|about|on|of)\s+(?:[\w'’-]+\s+){0,6}?(?:hackers|group|actors?|campaign|malware|vulnerabilit(?:y|ies)|flaws?|exploitation|phishing)\b"
                  # "In an alert published on Wednesday, ANSSI said"; "published a list of some 160 IP addresses used in the attacks"
                  r"|\b(?:alert|bulletin)\s+(?:published|issued|released)\b|\b(?:alert|bulletin)\s+(?:was|were|has\s+been|had\s+been)\s+(?:jointly\s+)?(?:published|issued|released)\s+(?:jointly\s+)?by\b|\b(?:published|released|shared)\s+(?:a\s+)?list\s+of\s+(?:[\w-]+\s+){0,4}?(?:addresses|domains|indicators)\b"
                  r"|\bpublic\s+service\s+announcements?\b|(?<!the )(?<!any )\b(?:published|released|shared)\s+(?:the\s+)?(?:technical\s+)?(?:indicators|IOCs)\b"
                  # "The technical report published on Monday by GovCERT", "released details of two cyberattacks"
                  r"|\b(?:technical|threat|malware)\s+(?:intelligence\s+)?(?:report|analysis)\s+(?:it\s+|they\s+)?(?:published|issued|released)\b"
                  # a government CERT or cyber agency warning of a campaign: "CERT-UA has warned of a mass phishing campaign",
                  # "In a report, CERT-UA, Ukraine's government computer emergency response team, said"
                  r"|(?-i:\b(?:CERT|CSIRT|NCSC|CISA|ANSSI|ACSC|CCCS)\b)[^.;]{0,100}?\b(?:has\s+|have\s+|had\s+)?(?:warned|warns|alerted)\s+(?:\w+\s+){0,3}?(?:of|about|that)\b"
                  r"|\bin\s+(?:a|an|its)\s+(?:new\s+|technical\s+|short\s+)?(?:report|notice|statement)\s*,\s+(?:the\s+)?(?-i:(?:CERT|CSIRT|NCSC|CISA|ANSSI|ACSC|CCCS))\b"
                  r"|\b(?:published|released)\s+(?:technical\s+)?details\s+(?:of|on|about)\s+(?:the\s+|two\s+|three\s+|several\s+|a\s+)?(?:[\w-]+\s+)?(?:cyber-?attacks?|attacks?|intrusions?|campaigns?|hacking\s+operations?)\b")),
    # "condemned the attack", "called on Russia to stop", "demanded that China put an end to the hacking"
    ("condemnation", _rx(r"\bcondemn(?:s|ed|ing|ation)?\b|\bunacceptable\b|\b(?:(?:would|will|could|can)\s*(?:not|n['’]t)|won['’]t)\s+(?:accept|tolerate)\b|\b(?:is|was|are|were|be)\s+not\s+acceptable\b|\boutside\s+the\s+bounds\s+of\s+acceptable\b|\bcannot accept\b|\bcall(?:ed|s|ing)?\s+(?:up)?on\b[^.;]{0,80}?\bto\W{0,3}\s*(?:immediately\s+|now\s+)?(?:stop|cease|end|halt|refrain|desist|abandon|rein|respect|abide|comply|take\s+(?:action|steps|measures)|act|hold|bring|prevent|put\s+an\s+end|stay\s+away)\b|\bsolidarity\b|\bdisregard\s+for\b|\b(?:unconscionable|outrageous|intolerable|unjustifiable|shameful|disgraceful|brazen|despicable|abhorrent|appalling|reprehensible|heinous|egregious|cowardly|contemptible)\b|\b(?:flagrant|gross|blatant)\s+violations?\b|\bviolations?\s+of\s+(?:international\s+(?:law|norms|rules)|(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+)?sovereignty|(?:the\s+)?(?:agreed\s+|UN\s+|United\s+Nations\s+)*norms\s+of\s+responsible\s+state\s+behaviou?r)\b|\b(?:strong|deep|firm|sharp)\s+(?:disapproval|indignation|outrage)\b|\b(?:fac(?:e|es|ing)|have|bear|meet|without)\s+(?:severe\s+|serious\s+|grave\s+)?consequences\b|\burg(?:ed|es|ing)\b[^.;]{0,60}\bto\s+(?:stop|refrain|cease|end|halt|take action|act)\b|\bdemand(?:ed|s|ing)?\s+(?:that\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+(?:immediately\s+)?(?:stop|cease|end|halt|refrain|desist|put\s+an\s+end)\b|\b(?:must|had to|has to|have to|should)\s+(?:\w+\s+){0,2}(?:stop|cease|end|refrain|halt|act to stop)\b|\bslamm?(?:ed|s)?\b|\bdenounc(?:ed|es|ing)\b|\bdeplor(?:ed|es|ing)\b|\bstrongly\s+(?:criticised|criticized)\b|\breckless\b|\birresponsible\b|\b(?:will|would|shall)\s+not\s+go\s+(?:unanswered|unpunished)\b|\b(?:stand(?:s|ing)?|stood) (?:with|by(?!\s+(?:its|their|his|her|our|the)\s+(?:[\w-]+\s+)?(?:research|report|reporting|findings?|stor(?:y|ies)|assessment|analysis|claims?|account|conclusions?|statement|decision)\b)|in\s+solidarity\s+with)\b|\b(?:handed|handing|hands|delivered|sent|presented|given|gave|give|giving)\s+(?:[\w'’-]+\s+){0,4}?(?:a\s+|an\s+)?(?:formal\s+|strong\s+|stern\s+|diplomatic\s+)?(?:protest\s+note|note\s+of\s+protest|démarche|demarche)s?\b|\b(?:lodged|lodges|lodging|filed|made|issued|registered)\s+(?:a\s+|an\s+)?(?:formal\s+|strong\s+|stern\s+|diplomatic\s+)?(?:protests?|d[ée]marches?)\b|\bprotested\b|\bcannot be overlooked\b|\bshoulder[- ]to[- ]shoulder\b")),
]
RESPONSE_NEGATION = _rx(r"\b(?:avoided|floated|mulling|weighing)\b[^.;]{0,40}\b(?:sanctions?|charges?|expulsions?)|\bno\s+(?:new\s+|further\s+)?(?:sanctions|charges|expulsions|indictments?|arrests?)\b|\b(?:could|would|might|may)\s+(?:also\s+)?(?:face|leave|lead|be\s+open)|\bopen to arrest\b|\bnone of\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:arrested|charged|sanctioned|summoned)|\bno extradition\b|\bif they travel\b|\bpresumed innocent\b|\bare accusations only\b|\bcharges in an indictment\b|\bthreatened to\b|\bconsidering\b|\b(?:violat(?:ion|ions|ed|es|ing)|breach(?:es|ed|ing)?|flout(?:s|ed|ing)?|defian(?:ce|t))\s+(?:of\s+)?(?:the\s+)?(?:(?:international|UN|U\.N\.|United\s+Nations|Western|US|U\.S\.|EU|existing)\s+)*sanctions\b|\b(?:called|calls|calling|press(?:ed|es|ing)?|push(?:ed|es|ing)?|lobb(?:ied|ies|ying))\s+for\b[^.;]{0,40}\bsanctions\b"
                        # "phishing emails posed as messages from the ministry about Western sanctions": a lure's topic
                        r"|\b(?:messages?|e-?mails?|documents?|lures?|files?|attachments?|letters?|newsletters?)\s+(?:[\w'’-]+\s+){0,6}?(?:about|on|regarding|concerning)\s+(?:[\w-]+\s+){0,2}?(?:sanctions|expulsions?|indictments?)\b")

# --- activity --------------------------------------------------------------
# (activity, weight, pattern): the activity with the most weight in the
# sentences that describe the operation wins; ties follow this order (espionage,
# what most state operations are, before the effects news words loosely: "an outage")
ACTIVITY_ORDER = ("sabotage", "espionage", "disruption", "prepositioning", "financial", "influence")
ACTIVITY = [
    ("sabotage", 3, _rx(r"\b(?:sabotag\w+|overflow(?:ed|ing)?|wipers?|wiping|destructive|destroy(?:ed|ing)?\s+(?:data|files|computers|systems|equipment)|cut power|power cuts?|blackouts?|switch(?:ed|ing)? off|lost electricity|sodium\s+hydroxide|(?:render(?:ed|ing|s)?|left|leaving|leaves)\s+(?:[\w'’.,-]+\s+){0,8}?(?:unusable|inoperable|inoperative|useless|unbootable)|(?:caus|trigger)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:explosions?|fires?|blasts?)\s+(?:at|in|on)\b|set\s+(?:[\w'’-]+\s+){0,3}?on\s+fire|(?:alter|chang|rais|increas|lower|adjust|boost)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:chemicals?|chemical\s+(?:levels?|amounts?|doses?|dosing)|dosing)\b|(?:left|leaving|leaves)\s+(?:[\w,.-]+\s+){0,5}?without\s+(?:electricity|power|heat(?:ing)?)|(?:cut|cutting|shut|shutting|knock(?:ed|ing)?)\s+(?:off|down|out)\s+(?:the\s+)?(?:power|electricity|heating|heat|(?:water|gas)\s+supply)(?:\s+(?:supply|grid))?|(?:opened|tripped)\s+(?:[\w-]+\s+){0,3}?(?:circuit\s+)?breakers|de-?energi[sz]\w*|(?:shut|shutting|switched|switching)\s+(?:down|off)\s+(?:[\w-]+\s+){0,3}?substations|darkened|chlorine|physical (?:damage|effects)|bricked|killdisk|notpetya|shamoon|whispergate|industroyer\w*|crashoverride|power outages?|"
    r"(?:data|files|databases?|disks|hard\s+drives)\s+(?:on\s+(?:[\w-]+\s+){1,4})?(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:wiped|erased|deleted|destroyed)|"
    r"(?:deleted|erased|wiped)\s+(?!(?:\w+\s+){0,2}(?:logs?|traces|evidence|tracks)\b)(?:\w+\s+){0,3}(?:data|databases?|files|computers|systems|hard\s+drives|servers)|"
    r"manipulat\w+\s+(?:\w+\s+){0,3}(?:controllers|control\s+systems|PLCs?|industrial|valves|pumps|chemical)|tamper\w*\s+with|disabled\s+(?:\w+\s+){0,3}(?:modems|routers|devices|terminals|equipment))\b")),
    # what the text says the operation was for, whatever its tools: "came with a ransom note but were meant to be destructive",
    # "wipers disguised as ransomware", "intended to cause disruption and fear rather than to make money"
    ("sabotage", 6, _rx(r"\b(?:(?:meant|intended|designed|built)\s+(?:\w+\s+){0,2}?to\s+(?:be\s+destructive|destroy|wipe|cause\s+(?:damage|destruction))"
                        r"|(?:disguised|posing|masquerad\w+|dressed\s+up|camouflaged)\s+as\s+(?:\w+\s+)?ransomware)\b")),
    # encryption that asks nothing back: "encrypting their networks without ever asking for payment", "there is no decryption
    # key on offer", "the aim is damage rather than money", "the encrypted files are gone for good"
    ("sabotage", 4, _rx(r"\b(?:encrypt\w*\s+(?:[\w'’-]+\s+){0,5}?(?:without|with\s+no|but\s+never)\s+(?:ever\s+)?(?:(?:asking|demanding|seeking|requesting)\s+(?:for\s+)?)?(?:a\s+|any\s+)?(?:ransom|payment|money)"
                        r"|no\s+(?:decryption\s+key|(?:way|means)\s+(?:to|of)\s+decrypt\w*)"
                        r"|(?:damage|destruction|destroy\w*|wreck\w*)\s+(?:and\s+[\w-]+\s+)?(?:rather|more)\s+than\s+(?:money|profit|financial\s+gain|ransom|extortion)"
                        r"|(?:files|data|systems|disks|databases)\s+(?:are|were|was|is)\s+(?:gone|lost)\s+for\s+good|(?:pseudo|fake|faux|sham)[- ]ransomware)\b")),
    ("disruption", 6, _rx(r"\b(?:meant|intended|designed|built)\s+(?:\w+\s+){0,2}?to\s+cause\s+(?:disruption|chaos|outages)\b")),
    ("sabotage", 1, _rx(r"\b(?:damag\w+|overwrit\w+|destroy\w*|destruction|disabled\s+(?:\w+\s+)?(?:systems|computers|equipment))\b")),
    # "took down the e-government portal", "its homepage was replaced with", (not "to take down 84 fake websites")
    ("disruption", 3, _rx(r"\b(?:ddos|paraly[sz]ed|denial[- ]of[- ]service|defac\w+|off[- ](?:the\s+)?air\b|knock(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,7}?(?:offline|off-line|off\s+the\s+(?:internet|air|web))|knock(?:ed|ing|s)?\s+out\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:services?|connectivity|internet\s+access|communications|phone\s+lines|websites?)|taken offline|took\s+(?:[\w'’-]+\s+){0,6}offline(?!\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+(?:clear|clean|contain|secure|investigate|repair|patch|protect|remove|purge|evict|expel|isolate)\b|as\s+a\s+precaution))|(?:took|take|takes|taking|taken|brought|bring|bringing)\s+down\s+(?:the\s+)?(?:(?!(?:fake|malicious|phishing|spoof\w*|bogus|lookalike|criminal|leak)\b)[\w'’-]+\s+){0,3}?(?:websites?|web\s+sites?|(?:web\s+)?portals?|home\s*pages?)|(?:home\s*pages?|websites?|front\s+pages?)\s+(?:was|were|had\s+been|has\s+been)\s+replaced\s+(?:with|by)|junk\s+traffic|flood\w*\s+(?:\w+\s+){0,3}with\s+(?:junk\s+|bogus\s+)?(?:traffic|requests))\b")),
    # a flood or a defacement told in other words: "overwhelmed the websites of Italian ministries with traffic", "swamped
    # government servers with bogus traffic", "replaced the homepage of a newspaper with", "vandalised 15,000 websites"
    ("disruption", 3, _rx(r"\b(?:(?:overwhelm|bombard|swamp|inundat|hammer|pummel|flood)" + _FLOODED_WITH +
                          r"|(?:replac|alter|chang|swapp|overwr)" + _HOMEPAGE_CHANGED +
                          r"|" + _VANDALISED_SITES + r")\b")),
    # defacement told without "defaced": "visitors were redirected to a page reading ...", "the home page displayed an
    # image of ...", "posted messages threatening war on some of them" (not "redirected to a fake login page")
    ("disruption", 3, _rx(r"\b(?:redirect(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:a|an|another)\s+(?:[\w'’-]+\s+){0,2}?(?:page|site|website)\s+(?:reading|saying|showing|displaying|carrying|bearing|that\s+(?:read|said|showed|displayed))"
                          r"|(?:websites?|sites|home\s*pages?|web\s*pages?|portals?)\s+(?:[\w'’-]+\s+){0,3}?(?:displayed|showed|carried|bore)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:messages?|slogans?|images?|banners?|pictures?|photos?|flags?)"
                          r"|(?:posted|planted|placed|left|displayed)\s+(?:[\w'’\"-]+\s+){0,3}?(?:messages?|slogans?|images?|banners?|pictures?|flags?)\s+[^.;]{0,60}?\bon\s+(?:(?:some|several|many|all|most|each|one|two|three)\s+of\s+(?:them|the\s+(?:[\w-]+\s+)?(?:websites|sites|pages))"
                          r"|(?:the|their|its)\s+(?:hacked|compromised|targeted|affected|hijacked)\s+(?:websites?|sites|pages|home\s*pages?|portals?)))\b")),
    # harm kept for later, told after its verb: "living off the land in critical infrastructure to disrupt it later",
    # "to be able to disrupt it", "laying the groundwork for disruption in a crisis" (before "disrupt" alone says disruption;
    # the bare verb, not "disrupted services later that day")
    ("prepositioning", 3, _rx(r"\b(?:(?:disrupt|destroy|sabotage|cripple|damage|disable|attack)\s+(?:[\w'’-]+\s+){0,4}?(?:later(?!\s+(?:that|this|the|in|on|same)\b)|at\s+a\s+later\s+(?:date|stage|time|point)|in\s+(?:the\s+)?future|when\s+(?:needed|ordered|required|it\s+chose|they\s+chose)|at\s+will|on\s+command)"
                              r"|(?:to\s+be\s+able|in\s+a\s+position)\s+to\s+(?:later\s+)?(?:disrupt|destroy|sabotage|cripple|disable|shut\s+down|switch\s+off|turn\s+off|take\s+down)"
                              r"|(?:groundwork|stage|ground)\s+for\s+(?:(?:future|later|possible|potential|eventual)\s+)*(?:disruption|disruptive|destructive|sabotage)"
                              r"|(?:maintain|keep|kept|retain|preserv|hold|held)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:access|footholds?|presence)\s+(?:[\w'’-]+\s+){0,6}?(?:for|in)\s+(?:(?:a|any|the|use\s+in\s+a)\s+)?(?:future|later|potential|possible|eventual)\b"
                              r"|(?:potential|possible|eventual)\s+(?:military\s+|armed\s+)?(?:conflicts?|crisis|crises|wars?|hostilities|confrontation)"
                              r"|(?:waiting|wait|waited|waits)\s+to\s+(?:strike|attack|disrupt|sabotage|pounce)|(?:ready|prepared|poised)\s+for\s+(?:a|an|any|the)\s+(?:[\w-]+\s+)?(?:conflict|crisis|war|confrontation)"
                              r"|(?:could|would|might)\s+(?:later\s+|one\s+day\s+|eventually\s+)?(?:be\s+used|be\s+triggered|be\s+activated|allow|let|enable|help)\s+(?:(?:them|it|the\s+[\w-]+)\s+)?(?:to\s+)?(?:disrupt|sabotage|cut|cause|shut|destroy|cripple|switch|turn|black|take)"
                              r"|if\s+(?:a\s+)?(?:war|conflict|hostilities)\s+(?:broke|breaks|were\s+to\s+break)\s+out|in\s+the\s+event\s+of\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:war|conflict|crisis|invasion))\b")),
    # what a spy takes or reads, in other verbs: "pilfered maritime research", "snooped on the emails", "made off with
    # sensitive files", "to glean insight into foreign policy"
    ("espionage", 3, _rx(r"\b(?:(?:pilfer|purloin)(?:ed|ing|s)?|snoop(?:ed|ing|s)?|(?:made|make|makes|making)\s+off\s+with\s+(?:[\w'’,-]+\s+){0,4}?(?:data|documents|files|e-?mails|information|secrets|records|designs|blueprints|research|correspondence)"
                         r"|glean(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,2}?(?:insights?|information|intelligence|data|details|secrets)"
                         r"|(?:monitor|track|watch)(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,3}?(?:lawmakers|dissidents|activists|journalists|critics|diplomats|politicians|opponents|exiles|minorities)|(?:keep|keeping|keeps|kept)\s+tabs\s+on)\b")),
    # "brought down the network of a broadcaster" (the networks, systems and services of the victim, not the attackers')
    ("disruption", 3, _rx(r"\b(?:brought|bring|bringing|brings)\s+down\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:networks?|systems?|servers?|services?)\b")),
    # money taken in other verbs: "robbed a crypto exchange of $300 million", "pocketed hundreds of millions of dollars",
    # "made off with $81 million", "demanded payment in bitcoin"
    ("financial", 3, _rx(r"\b(?:robb(?:ed|ing|ery|eries)|(?:pocket|nett|haul)(?:ed|ing)\s+(?:[\w$.,-]+\s+){0,4}?(?:dollars|euros|million|billion|crypto\w*|bitcoins?|funds|money)"
                         r"|(?:made|make|makes|making)\s+off\s+with\s+(?:(?:about|some|nearly|more\s+than|over|at\s+least|roughly|around|an\s+estimated)\s+)?(?:US)?\$"
                         r"|demand(?:ed|ing|s)?\s+(?:a\s+|the\s+)?(?:payments?|money|bitcoin|cryptocurrency)\b"
                         r"|(?:stole|stolen|steal\w*|siphon\w*|drain\w*|embezzl\w*|loot\w*)\s+(?:(?:tens|hundreds)\s+of\s+)?(?:millions|billions)\s+(?:from|out\s+of)\b"
                         r"|(?:funnel|channel)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:wages|salaries|earnings|money|funds|revenue|proceeds|income|cryptocurrency|crypto)\b"
                         # "swindled investors out of", "defrauded banks of $12 million": money taken by deceit
                         r"|(?:swindl|defraud|scamm)(?:ed|ing|es|s)?\s+(?:[\w'’-]+\s+){0,4}?(?:out\s+of|of\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|over\s+)?(?:US)?\$|of\s+(?:millions|billions|thousands|their|its))\b)")),
    # an influence operation's means: "a troll farm", "coordinated inauthentic behaviour", "fake accounts to spread ...",
    # "threatening emails to voters"
    ("influence", 3, _rx(r"\b(?:troll\s+(?:farms?|factor(?:y|ies)|arm(?:y|ies))|coordinated\s+inauthentic|sock[- ]?puppets?|inauthentic\s+(?:accounts|behaviou?r|networks?)"
                         r"|(?:fake|inauthentic)\s+(?:[\w-]+\s+)?(?:accounts|personas|profiles)\s+(?:[\w'’-]+\s+){0,3}?(?:to|that)\s+(?:spread|push|amplify|post|promote|sow|share)"
                         r"|(?:threatening|intimidating)\s+(?:e-?mails|messages|texts|text\s+messages|letters)\s+to\s+(?:[\w'’-]+\s+){0,2}?(?:voters|citizens|the\s+public|journalists|residents))\b")),
    ("disruption", 1, _rx(r"\b(?:(?:temporarily\s+)?shut\s+down(?!\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+(?:clear|clean|contain|secure|investigate|repair|patch|protect|remove|purge|evict|expel|isolate)\b|as\s+a\s+precaution))|(?:services?|operations|systems|traffic)\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+|has\s+been\s+)?(?:temporarily\s+|briefly\s+)?(?:halted|suspended|interrupted|unavailable|down)|crashed|went\s+(?:down|offline|dark)|ground\s+to\s+a\s+halt|crippl(?:ed|ing|es)|disrupt(?:ed|ing|ion|ions|s)?(?!\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:operation|botnet|attack|campaign|network|infrastructure|plot|group|hackers))|outages?|interrupted|paralys\w+|paralyz\w+|unavailable|unreachable|inaccessible)\b")),
    ("financial", 3, _rx(r"\b(?:ransom\w*|heist|(?:theft\s+of|stole|stolen|steal\w*|drained|siphoned)\s+(?:[\w$.,-]+\s+){0,3}?(?:bitcoins?|crypto\w*|ether|tokens|funds|money|digital\s+assets|(?:digital|virtual)\s+(?:currenc(?:y|ies)|coins?))|(?:earn|generat|rais)\w*\s+(?:[\w$.,-]+\s+){0,3}?(?:revenue|money|funds|salaries|income)\s+for\s+(?:the\s+)?(?:regime|government|weapons|state)|extort\w*|cryptocurrency theft|crypto(?:currency)?\s+(?:heist|theft)|financial gain|for profit|launder\w*|stolen\s+funds|fund\w*\s+(?:the|its|their|pyongyang's)\s+(?:\w+\s+)?(?:regime|weapons|missile|nuclear)|(?:emptied|robbed|relieved)\s+(?:[\w'’.-]+\s+){1,5}?of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+)?(?:US)?\$|(?:stole|steal(?:ing|s)?|drain(?:ed|ing|s)?|siphon(?:ed|ing|s)?|loot(?:ed|ing|s)?|embezzl(?:ed|ing|es)?|swindl(?:ed|ing|es)?|pocket(?:ed|ing|s)?)\s+(?:about\s+|some\s+|more than\s+|nearly\s+|over\s+|almost\s+|roughly\s+|around\s+|at\s+least\s+|an\s+estimated\s+)?(?:US)?\$|stolen\s+(?:about\s+)?\$|theft of \$|(?:stole|stolen|steal\w*|siphon\w*|drain\w*|embezzl\w*|loot\w*)\s+(?:(?:about|some|nearly|more\s+than|over|at\s+least|roughly|around)\s+)?(?:(?:tens|hundreds)\s+of\s+)?(?:millions|billions|thousands)\s+of\s+(?:dollars|euros|pounds|yen|won|rupees)|\$\s?[\d.,]+\s*(?:million|billion|m|bn)\s+(?:in\s+)?(?:crypto|bitcoin|ether|cryptocurrency))")),
    # "$455 million stolen by the Lazarus Group", "$1.5 billion in ether was drained", "$600m worth of virtual currency":
    # money taken, told from its sum ("$" itself opens no word, so the sum's word opens the cue)
    ("financial", 3, _rx(r"\b(?:million|billion|bn)\s+(?:(?:worth\s+)?(?:of|in)\s+(?:[\w-]+\s+){1,2}?)?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:stolen|drained|siphoned|looted|laundered)\b"
                         r"|\b(?:million|billion|bn)\s+(?:worth\s+of\s+|in\s+|of\s+)(?:stolen\s+)?(?:crypto\w*|bitcoins?|ether|tokens|digital\s+assets|virtual\s+(?:currency|assets))\b")),
    # "sent fraudulent SWIFT messages", "transfer money out of victims' accounts", "an ATM cash-out": money taken
    ("financial", 3, _rx(r"\b(?:(?-i:SWIFT)|(?:fraudulent|forged|bogus)\s+(?:[\w-]+\s+)?(?:transfers?|transactions|payments?|withdrawals)|transfer\w*\s+(?:the\s+)?(?:money|funds)|(?:ATM|cash)[- ]?outs?|withdr[ae]w\w*\s+(?:the\s+)?cash|emptying\s+(?:bank\s+)?ATMs|(?:online\s+)?banking\s+credentials)\b")),
    # "researchers suspected the intrusion was groundwork for a theft", "scouting the banks' networks in preparation for theft"
    ("financial", 3, _rx(r"\b(?:groundwork|preparation|prelude|precursor|run-up|staging\s+ground)\s+(?:for|to)\s+(?:a\s+|an\s+|the\s+|future\s+|later\s+|possible\s+|eventual\s+|large\s+)*(?:theft|heist|robbery|fraud)\b")),
    # "threatening to leak it unless they were paid": extortion, whatever was stolen first
    ("financial", 4, _rx(r"\bthreat\w*\s+to\s+(?:leak|publish|release|expose|sell|dump)\b[^.;]{0,60}?\bunless\b[^.;]{0,30}?\bpaid\b")),
    ("influence", 4, _rx(r"\b(?:hack[- ]and[- ]leak|(?:released|published|leaked|dumped)\s+(?:\w+\s+){0,3}(?:emails|documents|files)\s+(?:\w+\s+){0,6}?to\s+(?:sway|influence|undermine|discredit|interfere)|leak(?:ed|ing)\s+(?:them|it|the\s+\w+)\s+online|dump(?:ed|ing)\s+(?:them|it|the\s+\w+)\s+online)\b")),
    # "sent the stolen documents to journalists", "posted athletes' medical records online", "released them through a
    # website", "dumped its user database on Telegram": what was taken, made public (hack-and-leak)
    ("influence", 4, _rx(r"\b(?:sent|passed|handed|fed|gave|leaked|released|published|posted|dumped|put)\s+(?:(?:the|its|their)\s+)?(?:(?:stolen|hacked|leaked|private|internal)\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:e-?mails|documents|files|records|data(?:bases?)?|correspondence|messages|material|them|it)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:to\s+(?:journalists|reporters|(?:the\s+)?(?:press|media|news\s+(?:outlets|organi[sz]ations|agencies|sites)|newsrooms|media\s+outlets))|on\s+(?:the\s+)?(?:internet|Telegram|social\s+media|Twitter|X|Facebook)|(?:through|on|via)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:website|site|blog|channel)(?!\s+on\s+the\s+dark))\b"
                         r"|\b(?:posted|published|leaked|dumped|released)\s+(?:[\w'’-]+\s+){0,3}?(?:e-?mails|documents|correspondence|messages|medical\s+records)\s+online\b")),
    # "a ransom demand that was only a cover for an operation meant to embarrass Israel"
    ("influence", 4, _rx(r"\bto\s+(?:cause\s+(?:[\w-]+\s+)?)?embarrass\w*")),
    ("influence", 3, _rx(r"\b(?:intimidat\w*\s+(?:[\w'’-]+\s+){0,2}?(?:voters|readers|citizens|the\s+public|journalists|critics)|sow\w*\s+(?:distrust|discord|division|fear|chaos|confusion|doubt|panic)|(?:amplif|push|promot|peddl|seed)\w*\s+(?:[\w-]+\s+){0,2}(?:narratives|propaganda|falsehoods|lies|rumou?rs|conspiracy\s+theories|talking\s+points)|spread\w*\s+(?:[\w-]+\s+){0,2}(?:stories|messages|narratives|falsehoods|lies|rumou?rs|content)|(?:hacked|hijacked|compromised|stolen)\s+(?:[\w-]+\s+){0,2}accounts\s+to\s+(?:post|spread|publish|share)|hack[- ]and[- ]leak|hacking\s+and\s+leaking|(?:interfer\w+|meddl\w+)\s+(?:in|with)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:politics|political\s+(?:life|process|system)|democra\w+|elections?|electoral|vote)|(?:shap|sway|manipulat|steer|influenc|mould|mold)\w*\s+(?:the\s+|local\s+|domestic\s+|foreign\s+)?public\s+opinion|political\s+(?:interference|meddling)|(?:fake|false|fabricated|bogus|doctored|forged)\s+(?:news\s+)?(?:reports?|stor(?:y|ies)|news|statements?|remarks|quotes|articles?|information|content|documents|messages|posts|videos?)|(?:publish|leak|post|dump)\w*\s+(?:the\s+|stolen\s+|hacked\s+|private\s+|internal\s+)+(?:e-?mails|documents|correspondence|messages)|leaked\s+(?:ahead\s+of|before)\s+(?:the\s+)?(?:\w+\s+){0,3}elections?|leak(?:ed|ing)\s+(?:\w+\s+){0,3}(?:emails|documents|files|data|blueprints|drawings|details|records|photos|databases?)|leak(?:ed|ing)\s+(?:them|it|\w+)\s+online|dump(?:ed)?\s+online|posted online|published online|election interference|interfer\w+\s+in\s+(?:the\s+)?(?:\w+\s+)?election|(?:stolen|hacked)\s+and\s+(?:then\s+)?(?:leaked|published|dumped)|(?:stole|took)\s+[^.;]{0,80}?\s+and\s+(?:then\s+)?(?:leaked|published|dumped)\s+(?:them|it)\b|destabili[sz]\w*\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w'’-]+\s+){0,2}?(?:elections?|vote|referendum)|disinformation|influence operations?|discredit\w*|propaganda|smear)")),
    # "positioning themselves on American infrastructure in preparation to wreak havoc", "disrupt them at a time of its choosing"
    ("prepositioning", 3, _rx(r"\b(?:(?:position|plac)\w*\s+(?:itself|themselves)\s+(?:on|in|inside|within)\b|in\s+preparation\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}?(?:havoc|harm|disrupt\w*|destr\w+|sabotag\w*|attacks?|conflict|war)\b|at\s+a\s+time\s+of\s+(?:[\w'’-]+\s+)?choosing)")),
    ("prepositioning", 3, _rx(r"\b(?:pre-?position\w*|prepositioning|prepar\w+\s+(?:for\s+)?(?:future\s+)?(?:disruptive|destructive)\s+(?:cyber-?)?attacks|(?:ready|prepar\w+|poised)\s+to\s+(?:strike|attack|disrupt|sabotage|cause\s+(?:chaos|havoc|disruption|damage)|wreak\s+havoc)\w*\s+(?:\w+\s+){0,3}?(?:in|during)\s+(?:a|the|any|an)\s+(?:\w+\s+)?(?:conflict|crisis|war)|position\w*\s+(?:itself|themselves|for)\s+(?:\w+\s+)?to\s+(?:disrupt|destroy|sabotage|attack)\w*|future disruption|disruptive or destructive attacks in the event|lie dormant|(?:could|would|might)\s+(?:later\s+)?(?:be\s+used\s+to\s+)?disrupt\w*|future\s+(?:crisis|crises|conflicts?)|persistent access\b[^.]{0,40}\b(?:future|crisis|conflict))")),
    # "had planned to disable the computer systems of 20 energy companies", "were preparing to sabotage": the harm not yet done
    ("prepositioning", 3, _rx(r"\b(?:plann(?:ed|ing)|plans|plott(?:ed|ing)|intend(?:ed|ing)|prepar(?:ed|ing)|readying|poised)\s+to\s+(?:disable|destroy|sabotage|disrupt|cripple|knock\s+out|shut\s+down|take\s+down|wipe|black\s+out|cut\s+off)\b(?!\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}(?:operations?|botnets?|attacks?|campaigns?|infrastructure|servers|plots?|groups?|hackers|gangs?|networks?\s+of))")),
    # a technique prepositioning groups favour, weaker than what the operation did
    ("prepositioning", 1, _rx(r"\b(?:living|live)\s+off\s+the\s+land\b")),
    ("espionage", 3, _rx(r"\b(?:espionage|cyberespionage|cyberspy\w*|spying|spied|spy\s+(?:on|operation|campaign)|cyber-?spies|(?:steal(?:ing|s)?|stole|stolen)\s+(?!(?:[\w-]+\s+)?banking\s)(?:[\w-]+,?\s+){0,4}(?:secrets|information|data|intellectual property|emails?|designs?|credentials|research|source\s+code|certificates|documents|files|(?:call|phone|personnel|medical|patient|customer|travel|government)\s+records|cables|correspondence|communications|blueprints|passwords)|intelligence(?:-gathering| gathering| collection)|(?:collect|gather)\w*\s+(?:[\w-]+\s+)?intelligence|(?:were|was)\s+after\s+(?:\w+\s+){0,2}(?:information|data|secrets|documents|cables|correspondence|e-?mails|plans|intelligence|research|designs)|exfiltrat\w+|read(?:ing)?\s+(?:\w+\s+)?(?:mailboxes|emails?)|trade secrets|gaining information)")),
    # "the intruders took 1,014 gigabytes of data", "cameras rigged to send footage to hackers"
    ("espionage", 3, _rx(r"\b(?:intelligence\s+(?:operation|campaign|operations)|(?:took|taken|taking)\s+(?:[\w,-]+(?:\.\d+)?\s+){0,4}?(?:of\s+)?(?:data|documents|files|e-?mails|information|intellectual\s+property|secrets|records|details)\b|(?:send|sent|sending|transferr\w+|siphon\w*)\s+(?:off\s+)?(?:the\s+)?footage|footage\s+(?:was|were)\s+(?:being\s+)?(?:sent|transferred|siphoned)|(?:monitor|read|track)\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:e-?mails?|email\s+traffic|communications|messages|cables|correspondence|calls)|"
    r"(?:collect|gather|obtain|harvest|copi|copy|download|siphon)\w*\s+(?:[\w-]+\s+){0,3}?(?:information|data|intelligence|documents|files|blueprints|designs|secrets|emails|cables|correspondence|(?:call|phone)\s+records|credentials|passwords)|"
    r"theft\s+of\s+(?:[\w-]+\s+){0,4}(?:records|files|secrets|information|documents|emails|data)|intercept(?:ed|ing|ion)?|eavesdrop\w*|surveil\w*|spyware|(?-i:Pegasus|FinFisher|FinSpy|Candiru|DevilsTongue)(?!\s+(?:Airlines?|Air)\b)|personnel\s+records|security\s+clearance|wiretap\w*|(?:tapped|bugged|monitored)\s+by|(?:tapp|bugg|monitor)(?:ed|ing)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w'’.-]+\s+){0,4}?phones?|recorded\s+(?:data\s+on\s+|metadata\s+(?:on|of)\s+)?(?:[\w'’.,-]+\s+){0,5}?(?:phone|telephone)\s+calls)")),
    # "it logs keystrokes, copies browser histories", "accessed some emails", "hack into the phones of activists",
    # "information has been taken": what a spy takes or watches, told without "steal" or "spy"
    ("espionage", 2, _rx(r"\b(?:(?:log|logs|logged|logging|record\w*|captur\w*)\s+keystrokes|keyloggers?|keylogging|(?:takes?|took|taking|captur\w*)\s+screenshots"
                         r"|accessed\s+(?:[\w'’-]+\s+){0,4}?(?:e-?mails?|documents|files|mailboxes|inbox(?:es)?|e-?mail\s+accounts|correspondence|communications|(?:personal|sensitive|classified|unclassified|medical|health|patient|customer|private|confidential)\s+(?:data|information|records))"
                         r"|hack\w*\s+into\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:phones|smartphones|iPhones|mobile\s+phones|devices)\s+of"
                         r"|(?:information|data|documents|files|e-?mails)\s+(?:has|have|had)\s+been\s+(?:taken|copied|siphoned|exfiltrated|accessed))\b")),
    # "saw the hackers break into the unclassified email system", "modified apps carrying a remote access trojan": a way in to read
    ("espionage", 1, _rx(r"\b(?:(?:broke|break|broken|breaking|got|hack\w*)\s+into\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:e-?mail|mail)\s+(?:systems?|accounts?|servers?|inbox\w*)"
                         r"|remote[- ]access\s+(?:trojans?|tools?|malware)|(?-i:RATs?))\b")),
    ("espionage", 1, _rx(r"\b(?:gain(?:ed|ing)?\s+(?:unauthori[sz]ed\s+)?access|stole|stolen|theft of (?:data|personal)|extracted data|downloaded data|transferred data out|data out|usernames and passwords|personal data|personal information|harvest\w*\s+(?:\w+\s+)?passwords|phishing|(?:spear-?)?phished|email accounts|mailboxes|access to (?:the\s+)?(?:\w+\s+)?(?:networks?|systems|accounts))")),
]

# Every alternative opens on a word boundary: checking that once up front, before trying
# each alternative, halves the time of the one-pass scans (same matches).
_AT_WORD = r"\b(?=[\w$])"
ACTIVITY_ONE_PASS = _rx(_AT_WORD + "(?:" + "|".join(f"(?P<a{i}>{rx.pattern})" for i, (_, _, rx) in enumerate(ACTIVITY)) + ")")

# --- victims: sector words --------------------------------------------------
# what solar power is made in: energy, where other solar goods are manufacturing
_SOLAR_WORKS = r"(?:farms?|plants?|parks?|power|energy|generation|installations?)"
# the titles of heads of state and government and of ministers, before a name: "Chancellor Angela Merkel", "Prime Minister Lee"
HEAD_TITLES = r"(?:Federal\s+)?Chancellor|(?:Vice[- ])?President|Prime\s+Minister|Premier|(?:Foreign|Defen[cs]e|Interior|Finance|Justice)\s+Minister"
SECTORS = [
    ("legislature", _rx(r"\b(?:parliamentarians?|senators?|peers|congressional\s+offices|(?-i:MPs)|parliament\w*|storting|bundestag|eduskunta|riksdag|congress(?!ional research)|senate|lawmakers|legislat\w+|members of parliament|MPs|house of commons|sejm|knesset|national assembly|(?:state|legislative|general)\s+assembly|diet)\b")),
    ("political", _rx(r"\b(?:(?:people|persons|individuals|figures|those)\s+(?:(?:involved|active|working|engaged|prominent)\s+)?in\s+(?:(?:government|public\s+life)\s+(?:and|or)\s+)?(?:[\w-]+\s+)?(?:politics|political\s+(?:activity|activities|life|circles))|(?-i:(?:Social\s+)?Democrats|Republicans|Conservatives|Tories|Labour(?:\s+Party)?|Greens)|campaign\s+(?:staff|officials|aides|emails?|team)|electoral commission|election (?:commission|board|authorit\w+)|voters?|electoral rolls?|political part(?:y|ies)|political\s+(?:entities|organi[sz]ations|groups|figures|institutions|foundations)|(?<!sanctioned )(?<!third )(?<!third-)(?<!other )(?<!guilty )(?<!injured )(?<!interested )(?<!responsible )(?:party|parties)|campaign(?:s)?\s+(?:staff|team|headquarters|officials)|presidential campaign|politicians?|election\w*|electoral|candidates?|democratic national committee|DNC|en marche|(?-i:CDU|CSU|SPD|FDP|AfD|DPP|KMT|LDP|BJP|PiS|PSOE|SNP|DCCC|RNC))\b")),
    ("government", _rx(r"\b(?:(?-i:(?:" + HEAD_TITLES + r")\s+[A-Z][\w-]+(?:[ -][A-Z][\w-]+){0,2}(?:['’]s)?)|(?-i:(?:African|European|Eurasian)\s+Union)|(?:human\s+rights\s+)?ombuds(?:man|men|woman|person)|state\s+department|white\s+house|cabinet\s+office|prime\s+minister['’]s\s+office|office\s+of\s+the\s+(?:[\w-]+\s+)?(?:prime\s+minister|president|chancellor)|presidential\s+office|(?-i:(?:International\s+|World\s+)?Organi[sz]ation\s+(?:for|of)\s+(?:the\s+)?(?=[A-Z]))|(?:Treasury|Commerce|State|Defen[cs]e|Justice|Energy|Homeland\s+Security)\s+(?:and\s+\w+\s+)?[Dd]epartments?|president['’]s\s+office|public\s+(?:bodies|institutions)|regulators?|(?:supervisory|supervision|regulatory)\s+authorit(?:y|ies)|regulatory\s+(?:commissions?|agenc(?:y|ies)|bod(?:y|ies))|public\s+service\s+institutions|(?:unified\s+)?state\s+regist(?:ers?|r(?:y|ies))|ministr(?:y|ies)|treasury|(?-i:Office\s+of\s+(?:the\s+)?[A-Z]\w+)|(?-i:Bureau\s+of\s+(?:the\s+)?[A-Z]\w+)|federal\s+(?:employees|workers|personnel|(?:government\s+)?(?:networks?|systems|departments?|institutions|bodies|offices|servers))|civil\s+servants|diplomat\w*|public sector|public services|government services|e-government|state (?:agencies|institutions|bodies|networks|systems)|tax (?:authority|office|agency)|customs|border (?:control|system)s?|municipalit\w+(?!\s+(?:water|power|electric\w*|energy|gas|utilit\w+))|city (?:hall|council)|governors?|defen[cs]e ministry|(?:local|regional|provincial|municipal|city|state|national|foreign)\s+governments?|governments?(?=['’]s?\s|\s*(?:,|and\b|or\b|\.|$|in\b|across\b|between\b|since\b|during\b|throughout\b)|\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:hit|hacked|breached|attacked|compromised|targeted|paraly[sz]ed|crippled|infiltrated|penetrated|struck|knocked|taken|disrupted|under)\b|\s+(?:fell|has\s+fallen|had\s+fallen)\s+victim\b|\s+(?:suffered|sustained)\s+(?:an?|the)\s|\s+(?:said|says|confirmed|disclosed|announced)\s+(?:that\s+)?(?:its\s+(?:[\w-]+\s+){0,3}?(?:networks?|systems?|servers?|e-?mail|accounts?|websites?|computers?)|it)\s+(?:had|has|was)\s+(?:been\s+)?(?:\w+\s+)?(?:breached|hacked|compromised|attacked|targeted|infiltrated|penetrated|accessed|hit|encrypted)\b|\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)(?:\s+(?:also|reportedly|allegedly|badly|severely))?|fell|has\s+fallen|had\s+fallen)\s*$)|governments(?=\s+of\b)|officials(?=\s+(?:of|from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:states|countries|nations|allies)\b)|government\s+of\s+(?:the\s+)?(?-i:(?=[A-Z]))|(?<=the\s)(?<!of\sthe\s)(?<!in\sthe\s)(?:city|town|municipality|county|state)\s+of\s+(?-i:(?=[A-Z][a-z]))|government(?:s|al)?\s+(?:digital\s+|online\s+|IT\s+|computer\s+)?(?:agenc\w+|networks?|departments?|bodies|institutions|offices|systems|email|websites?|computers|services|organi[sz]ations|entit(?:y|ies)|portals?|platforms?|servers|employees|officials|staff|workers|personnel|units)|government agencies|federal agencies|state agencies|public agencies|departments? of|embass(?:y|ies)|consulates?|diplomatic|foreign affairs|foreign office|presidential administration|president's|administration|(?-i:NASA)|courts?(?!\s+(?:orders?|hearings?|rulings?|dates?|approval|authori[sz]ation|warrants?))|tribunals?(?!\s+(?:orders?|hearings?|rulings?|dates?|approval|authori[sz]ation|warrants?))|judiciary|judicial\s+(?:system|authorit(?:y|ies)|council|bodies|networks?)|(?:local|public|state|federal|regional|municipal|central)\s+authorities|municipal\w*(?!\s+(?:water|power|electric\w*|energy|gas|utilit\w+|transit|transport|hospitals?|health))|county|governor|(?<!military )(?<!army )(?<!navy )intelligence\s+(?:personnel|officers|staff|employees|analysts)|public administration|state institutions|civil service|federal agencies|foreign and defen[cs]e ministries|police)\b")),
    ("military", _rx(r"\b(?:armed forces|militaries|military(?!\s+(?:intelligence|companies|contractors|suppliers|manufacturers|firms|industry|industrial|technolog\w+|equipment|hardware|capabilit\w+|planners|action|actions|strikes?|exercises?|aid|spending|escalation|shortcomings))|(?:army|navy|air force)(?!\s+(?:intelligence|counter-?intelligence)\b)|troops|soldiers|defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e (?:personnel|officials|officers|staff|forces)|(?<!air )(?<!missile )defen[cs]e\s+(?:IT\s+|computer\s+|communications?\s+)?(?:networks?|servers?|computers?|e-?mail\s+(?:systems?|servers?|accounts?)))\b")),
    ("defense", _rx(r"\b(?:military\s+(?:companies|contractors|suppliers|manufacturers|firms|industry|industrial\s+base)|defen[cs]e[ -](?:(?:sub)?contractors?|industry|industrial base|compan(?:y|ies)|firms?|manufacturers?|makers?|groups?|conglomerates?|giants?|enterprises|businesses|sector|suppliers?|related|industrial|technology\s+(?:compan(?:y|ies)|firms?))|defen[cs]e(?=\s*(?:,|and\b))|arms[ -](?:industry|compan(?:y|ies)|makers?|manufacturers?|producers?|suppliers?|firms?)|weapons[ -](?:makers?|manufacturers?|producers?))\b")),
    ("aerospace", _rx(r"\b(?:planemakers?|aircraft\s+makers?|aerospace|space agency|(?<!spy )(?<!reconnaissance )(?<!surveillance )(?<!military )satellites?(?![- ]navigation)(?!\s+(?:network|modems?|operator|communications?|internet|broadband|phones?|provider|services?|imagery|images|photos))|aviation(?!\s+(?:authorit\w+|regulators?|safety|security|organi[sz]ations?|networks?|sector|systems?|operators?|infrastructure))|space and satellite|JAXA)\b")),
    ("energy", _rx(r"\b(?:energy|hydro-?electric\w*|hydropower|wind (?:turbines|farms)|turbines|solar\s+" + _SOLAR_WORKS + r"|power\s+(?:grids?|compan(?:y|ies)|firms?|plants?|stations?|utilit\w+|suppl(?:y|iers?)|networks?|systems?|distributors?|producers?|operators?)|power[- ](?:sector|industry|generation|distribution|supply)|grid|electricity|electric\w*|(?<!water )utilit(?:y|ies)|oblenergo|oil|gas|petrol|fuel(?:\s+(?:distribution|supply|stations?|depots?))?|filling\s+stations?|refiner(?:y|ies)|pipelines?|nuclear(?!\s+(?:weapons?|programmes?|programs?|arsenal|missiles?|tests?|bombs?|ambitions|deterrent|research\w*|scientists?|labs?|laborator(?:y|ies)|physicists?|experts?|expertise|institutes?))|substations?|distribution companies|distributors)\b")),
    ("telecom", _rx(r"\b(?:wireless\s+carriers|phone\s+companies|mobile\s+network\s+operators?|telcos?|broadband|mobile (?:networks?|providers?)|internet providers?|telecom\w*|telecommunications?|(?<!internal )(?<!private )(?<!its )(?<!their )(?<!his )(?<!her )(?<!official )(?<!diplomatic )(?<!classified )(?<!encrypted )(?<!secure )(?<!['’]s )communications(?!\s+(?:director|chief|minister|office|team|with|between))|mobile operators?|carriers|internet service providers?|ISPs?|satellite (?:internet|broadband|network|modems?|operator|communications?|provider|services?))\b")),
    ("finance", _rx(r"\b(?:fintech|(?<!Microsoft )(?<!Exchange )(?-i:exchanges?)(?! (?:servers?|server software|email|vulnerabilit\w+|flaws?|bugs?))(?!\s+(?:[\w-]+\s+)?(?:cables|messages|information|data|e-?mails|files|notes|views|intelligence|letters|documents|fire|blows)\b)|lenders?|bank(?:s|ing)?|central bank|financial(?!\s+(?:sanctions?|intelligence|gain|crimes?|years?|quarters?|results|statements?|reports?)\b)|(?<!to\s)finance|(?<!took\s)(?<!take\s)(?<!takes\s)(?<!taking\s)(?<!claimed\s)(?<!claims\s)(?<!claiming\s)(?<!claim\s)credit(?: reporting| bureau)?|stock exchange|(?:cryptocurrency|crypto|digital[- ]asset|blockchain|defi|web3)\s+(?:exchanges?|company|companies|firms?|platforms?|business(?:es)?|start-?ups?|projects?|protocols?|wallets?(?!\s+(?:apps?|applications?|software|providers?|developers?|makers?))|bridges?|services|industry|sector)|(?<!health )(?<!health-)(?:insurers?|insurance\s+(?:compan(?:y|ies)|firms?|groups?|providers?|giants?|business(?:es)?))|payments?\s+(?:compan(?:y|ies)|firms?|processors?|providers?|platforms?)|(?:credit\s+)?ratings?\s+(?:firms?|agenc(?:y|ies)|compan(?:y|ies))|payments?\s+(?:systems?|networks?|services|infrastructure|card\s+(?:systems?|networks?|processors?)))\b")),
    ("healthcare", _rx(r"\b(?:patholog\w*|(?:universit(?:y|ies)|teaching|medical|children['’]s)\s+hospitals?|NHS|drug\s*(?:makers?|companies|firms|manufacturers)|clinics?|hospitals?|health\w*(?!\s+(?:data|information|details|records|files|paperwork|documents|histor(?:y|ies)|notes|certificates|test\s+results))|medical(?!\s+(?:data|information|details|records|files|paperwork|documents|histor(?:y|ies)|notes|certificates|test\s+results|secrets))|dental|pharmaceutical\w*|vaccine\w*|biomedic\w*|biotech\w*|life sciences)\b")),
    ("technology", _rx(r"\b(?:information technology|(?:computer\s+)?hardware\s+(?:makers?|manufacturers?|compan(?:y|ies)|firms?|vendors?|suppliers?)|wallet\s+(?:apps?|applications?|software|providers?|developers?|makers?)|IT (?:sector|industry)|cloud (?:providers?|services|computing)|data cent(?:re|er)s?|software(?:\s+(?:supply chain|vendors?|developers?|suppliers?|updates?))?|internet companies|email providers?|tech(?:nology)? (?:giant|company|firm|enterprises?|groups?|startups?)|technology (?:companies|firms|service providers|sector|industry)|tech (?:companies|firms|sector|industry)|managed service providers?|MSPs?|software (?:company|companies|firm|maker|provider)|IT (?:management |service |services )?(?:company|companies|firms?|providers?)|cloud|IT companies|service providers|(?-i:IT)\s+(?:[a-z]+\s+)?(?:company|companies|firms?|providers?|contractors?|suppliers?)|(?:video\s+)?gam(?:e|es|ing)\s+(?:developers?|companies|studios?|makers?)|(?:web\s+)?hosting\s+(?:providers?|compan(?:y|ies)|firms?|services)|satellite[- ]navigation\s+(?:compan(?:y|ies)|firms?|makers?|providers?))\b")),
    ("media", _rx(r"\b(?:press|publishers?|radio|(?:film\s+)?studios?|entertainment|(?-i:Pictures)|broadcast\w*|television|TV|channels?|newspapers?|journalists?|news (?:agency|agencies|outlets?|sites?|organi[sz]ations)|media\s+(?:organi[sz]ations|outlets|compan(?:y|ies)|groups?|houses?|firms?)|reporters|(?<=, )media(?=,|\s+(?:and|or)\s)|(?<=, and )media\b|(?<=\w and )media(?=\s*[,.;]|\s+(?:sectors?|industr(?:y|ies))\b))\b")),
    ("education", _rx(r"\b(?:academia|scholars|researchers at(?=\s+(?:[\w'’.-]+\s+){0,4}?(?:universit\w*|institut\w*|college|school|academ\w*|laborator\w*))|education(?:al)?|universit(?:y|ies)|research institutes?|academic\w*|schools?|colleges?|research (?:centres?|centers?|council)|(?:national|research)\s+laborator(?:y|ies)|nuclear\s+(?:research(?:ers)?|scientists|labs?|laborator(?:y|ies)|physicists|institutes?)|scientific\s+(?:organi[sz]ations|institutions|institutes))\b")),
    ("transport", _rx(r"\b(?:aviation\s+(?:organi[sz]ations?|networks?|sector|systems?|operators?|infrastructure)|air\s+traffic\s+(?:control|management)|air\s+navigation|(?:national|flag)[- ]carriers?|metro|subway|railroads?|(?:public\s+)?transit\s+(?:authorit(?:y|ies)|agenc(?:y|ies)|systems?|operators?)|postal|mail\s+services?|transport\w*|logistics|(?:sea)?ports?|shipping|maritime|airlines?|airports?|railways?|rail)\b")),
    ("water", _rx(r"\b(?:(?<!releasing )(?<!released )(?<!release )water(?! levels?\b)|wastewater|sewage|pumping stations?|(?<!hydroelectric )(?<!hydro-electric )(?<!hydropower )dams?|reservoirs?)\b")),
    ("manufacturing", _rx(r"\b(?:manufactur\w+|steel|alumin(?:i)?um|metals?|semiconductors?|chip\s?makers?|solar(?!\s+" + _SOLAR_WORKS + r")|industrial\s+(?:compan\w+|groups?|conglomerates?|giants?|firms?)|chemicals?\s+(?:compan(?:y|ies)|makers?|manufacturers?|producers?|groups?|giants?|firms?|plants?)|factor(?:y|ies)|chemical companies|automotive|carmakers?|auto-?makers?|car\s+(?:industry|manufacturers?|makers?|companies)|auto(?:mobile)?\s+(?:industry|manufacturers?|makers?))\b")),
    ("civil_society", _rx(r"\b(?:rights groups?|advocacy groups?|exiles?|critics|Uyghur\w*|Tibetan\w*|pro-democracy|NGOs?|non-governmental organi[sz]ations?|non-?profits?|not-for-profits?|think tanks?|activists?|dissidents?|human rights(?!\s+(?:ombuds\w+|commissioners?|council))|civil society|(?-i:unions?)|(?:trade|labou?r|student)\s+unions?|(?:trade\s+)?unionists|Steelworkers|charit(?:y|ies)|foundations?)\b")),
    ("sports", _rx(r"\b(?:sports?|olympic\w*|football|anti-doping|doping)\b")),
    # (not "sanctions on eight individuals and four entities": whom a sanctions list names)
    ("individuals", _rx(r"\b(?:personal (?:email|e-mail|phones?|devices)|private (?:email|accounts)|personal accounts|individuals(?!,?\s+(?:(?:and|or)\s+)?(?:\w+\s+)?entit(?:y|ies)\b)|private citizens|people(?=\s+(?:in|inside|living\s+in)\s+(?:the\s+)?(?-i:[A-Z])))\b")),
]
# All sector words in one pass; ``lastgroup`` ("s3") names the sector (SECTORS[3]).
SECTORS_ONE_PASS = _rx(_AT_WORD + "(?:" + "|".join(f"(?P<s{i}>{rx.pattern})" for i, (_, rx) in enumerate(SECTORS)) + ")")
CRITICAL_INFRA = _rx(r"\bcritical\s+(?:national\s+|information\s+)?infrastructures?\b")

# "the countries named in its court filing include Chile, Bolivia and Paraguay": a list of victims without an attack verb
COUNTRIES_INCLUDE = _rx(
    r"\b(?:countries|nations|states|targets|victims|victim\s+countries|target\s+countries)\s+(?:[\w'’-]+\s+){0,10}?(?:include[sd]?|ran\s+to|runs\s+to|span(?:s|ned)?)\b"
)
COUNTRIES_INCLUDE_WORDS = ("nclud", " ran", "runs", "span")  # one of them is in every match: the pattern runs only where one is

# "a tool made by ...", "spyware sold by ...": who sells a tool, whose state is not the user's
MADE_BY = r"\b(?:made|developed|sold|built|supplied|created|marketed|licensed|produced)\s+by\s+(?:the\s+)?"

# "the attack recalls the 2017 NotPetya outbreak", "The hack follows the 2015 breach of ...", "has faced accusations
# before, including the 2015 OPM breach", "akin to": another operation the text sets this one beside
SET_BESIDE = (
    r"(?:recall(?:s|ed|ing)|evok(?:es|ed|ing)|echoes\s+of|akin\s+to|(?:the\s+)?(?:hack|attack|breach|intrusion|operation|campaign|incident)\s+(?:follows|followed|comes\s+after|came\s+after)"
    r"|(?:before|previously|in\s+the\s+past),?\s+(?:including|such\s+as|like))"
)
# an earlier operation the sentence sets the event beside, in the words just before ("The hack follows the 2015 breach of")
SET_BESIDE_BEFORE = re.compile(r"\b" + SET_BESIDE + r"\b[^.;,]{0,45}$", re.I)
# Words that say what a victim was: targeting cues.
TARGETING = _rx(
    r"\b(?:intimidat\w+|influenc\w+|sway|destabili[sz]\w*|take\s+over|take\s+control\s+of|(?:significant\s+)?(?:effect|impact)s?\s+on|spy\s+on|spying\s+on|spied\s+on|undermin\w+|discredit\w*|sow\w*\s+(?:\w+\s+)?in|(?:websites?|web\s+sites?|sites?|networks?|systems?|servers?|computers?|accounts?|e-?mails?|mailboxes|inboxes|devices|data)\s+(?:of|at|belonging\s+to|used\s+by)|offline|target(?:ed|ing|s)?|(?:spear-?)?phished|against|into|hit|hacked|hack(?:ing)?\s+(?:of|on|at)|(?:(?<=of )|(?<=for )|(?<=with ))hacking(?=\s+(?:into\s+)?(?:the|an?|its|their|his|her|several|dozens|hundreds|thousands|(?-i:[A-Z]\w*(?<!Hacking)))\s)|compromise\s+of|breach(?:ed)?\s+(?:of|at)?|(?:cyber-?)?attacks?\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)\s+)?(?:on|against)|attacked|under\s+(?:(?:constant|sustained|repeated|heavy|persistent|cyber-?|ransomware|digital|ddos|denial[- ]of[- ]service|hacker)\s+){0,2}(?:cyber-?)?attacks?|(?:held|holding|holds|hold)(?=\s+(?:[\w'’-]+\s+){1,5}?to\s+ransom)|disabled(?=\s+by\b)|encrypted(?=\s+(?:by|the|its|their|data|files|systems|servers|computers|networks)\b)|attacking|compromised|"
    r"(?:goes|go|going|went|gone)\s+after|zero(?:ed|es|ing)\s+in\s+on|snoop(?:ed|s|ing)\s+on|eavesdropp?(?:ed|s|ing)\s+on|(?:foothold|toehold|beachhead)s?\s+(?:in|inside|on|into|within)|struck|strikes|(?:took|taken)\s+down|knocked\s+offline|disrupt|broke into|break into|breaking into|broken into|intrusions?\s+(?:into|at|on)|victims?|stole|stolen|stealing|from|infiltrated|penetrated|infected|infecting|accessed|access\s+to|(?:operations?|campaigns?|activit(?:y|ies))\s+(?:in|across|against)|aimed at|"
    r"affected|took|took\s+\w+\s+off|overwhelm\w*|bombard\w*|swamp(?:ed|ing|s)?|inundat\w*|vandali[sz]\w*|destruction\s+of|destroyed|damaged|sabotaged|shut\s+down|shutting\s+down|knocked\s+out|paraly[sz]ed|crippled|disrupted|defaced|defacing|wiped|at\s+the|reached|including|among them|such as|included)\b"
)

__all__ = [
    "ACTIVITY",
    "ATTACK_VERBS",
    "GOES_AFTER",
    "KNOCKED_OFFLINE",
    "HIT_ATTACK",
    "ANAPHOR_ACTOR",
    "ANAPHOR_OPERATION",
    "ATTRIBUTION",
    "CONFIDENCE",
    "COUNTRIES_INCLUDE",
    "MADE_BY",
    "SET_BESIDE",
    "SENT_BY",
    "SUSPECTED_GROUP",
    "COUNTRIES_INCLUDE_WORDS",
    "IDENTIFIED_AS_ORGAN",
    "CRITICAL_INFRA",
    "Cue",
    "DENIAL",
    "LOCATION_ONLY",
    "NEGATION",
    "OPERATION",
    "RESPONSES",
    "RESPONSE_NEGATION",
    "SECTORS",
    "SPONSOR_TIE",
    "TARGETING",
]


# --- triggers ---------------------------------------------------------------
# Substrings (lower case) without which a cue cannot match: a cheap test
# that spares most sentences most regular expressions. A cue without an entry
# always runs. Each trigger list must cover every way its pattern can match.
TRIGGERS: dict[str, tuple[str, ...]] = {
    # attribution
    "blamed": ("blam", "pin", "door", "feet"), "called_out": ("out", "finger", "shame"), "technical_link": ("shared", "overlap", "hallmarks", "signature of", "fingerprints of", "trademark", "same"), "accused": ("accus", "alleged to"), "attributed": ("attribut",), "responsib": ("responsib",),
    "responsible": ("responsib", "accountable"), "behind": ("behind", "culprit", "origin"),
    "carried_out": ("by", "work of", "from", "came", "originated", "stemming", "emanat"), "pointed": ("point",), "consistent_with": ("consistent", "in line", "in keeping", "match", "align"), "consistent_with_group": ("consistent", "in line", "in keeping"), "evidence_points": ("evidence", "investigation", "inquiry", "probe", "clue", "traces", "trail", "indicators", "findings", "forensic", "signs"), "identified_as": ("agent", "agenc", "officer", "operative", "prox", "arm ", "unit", "employee", "service", "body", "entity", "customer", "client", "sponsored", "backed", "linked", "affiliated", "directed"), "named": ("nam", "identified", "describ"), "trace_leads": ("trace", "trail", "footprint", "fingerprints"),
    "called_sponsored": ("sponsored", "backed", "directed", "affiliated", "linked"),
    "linked": ("link", "tie", "tying", "connect", "trac"), "charged": ("indict", "charg"),
    "sanctioned": ("sanction",), "suspect": ("suspect",), "suspected_state": ("suspect",), "suspected_of": ("suspected",), "suspicion_fell": ("suspicion",), "tracks_as": ("track", "call", "dub", "name", "follow", "monitor"), "same_conclusion": ("conclusion", "assessment", "concurred", "joined", "finding", "attribution", "accusation", "allegation", "claim", "charge"),
    "involvement": ("involvement", "complicity", "role"), "listed_as": ("listed", "sanctioned", "designated", "targeted"),
    "found": ("concluded", "determined", "assess", "judge", "believe", "found", "confirmed", "indicate", "show", "revealed", "establish"),
    # denial
    "denied": ("den",), "rejected": ("reject",), "dismissed": ("dismiss",),
    "baseless": ("irresponsible", "unscientific", "unprofessional", "itself", "baseless", "groundless", "unfounded", "foundation", "fabricat", "slander", "smear", "absurd", "nonsense",
                 "provocation", "disinformation", "false accusation", "unsubstantiated", "politici", "politically motivated", "hypocri", "tarnish", "vilif", "demoni", "hostile act", "unfriendly act", "basis", "ridiculous", "preposterous", "laughable", "far-fetched", "russophob", "sinophob", "hysteria", "witch", "lie", "correspond", "hyp", "spy", "mongering"),
    "never": ("never", "engage", "do not steal", "oppos", "combat", "fight", "crack", "not involved", "not behind", "not responsible", "n't involved", "n't behind", "n't responsible", "not in any way", "not at all", "played no", "play no", "plays no", "no role", "no involvement", "no part", "no intention", "neither the", "no credence", "nothing to do", "not conduct", "not carry", "not take part", "not support", "not sponsor", "not permit", "not allow", "not condone"),
    "refuted": ("refut", "rebuff", "explanation", "demanded"),
    # responses
    "summon_ambassador": ("summon", "call", "convoked", "haul", "invit", "to come to", "to report to"), "recall_ambassador": ("recall", "consultations", "withdr", "ambassador", "envoy"),
    "expel_diplomats": ("expel", "expulsion", " non grat", "ordered", "told", "instructed", "asked", "escorted", "deported", "to leave"), "sever_relations": ("ties", "relations"),
    "sanctions": ("restrictive measures", "entity list", "specially designated", "sdn list", "sanction", "asset freeze", "travel ban", "froze", "frozen", "designat", "blacklist"),
    "indictment": ("indict", "charg", "wanted", "warrant", "unsealed", "complaint", "red notice", "sent papers", "of suspicion", "absentia", "the arrest of", "the detention of"),
    "arrest": ("arrest", "detain", "custody", "extradit", "apprehended"), "reward": ("reward", "bount", "offer", "pay", "paid"),
    "takedown": ("takedown", "down", "seiz", "neutrali", "dismantl", "disrupt", "sinkhol", "disabl", "remov", "delet", "wiped out", "suspend", "terminat", "banned", "banning", "blocked", "blocking", "closed", "closing", "pulled", "pulling", "court", "clean", "disinfection", "control of", "offline", "infiltrat"),
    "advisory": ("advisor", "alert", "private industry notification", "bulletin", "list of", "guidance", "technical report", "threat report", "technical analysis", "threat analysis", "malware report", "malware analysis", "threat intelligence report", "public service announcement", "report", "warning", "indicators", "iocs", "details", "cert", "csirt", "ncsc", "cisa", "anssi", "acsc", "cccs"),
    "condemnation": ("unconscionable", "outrageous", "intolerable", "unjustifiable", "shameful", "disgraceful", "brazen", "despicable", "abhorrent", "appalling", "reprehensible", "heinous", "egregious", "cowardly", "contemptible", "violation", "disapproval", "indignation", "outrage", "disregard", "solidarity", "consequences", "condemn", "unacceptable", "accept", "outside the bounds", "tolerate", "call", "urg", "must", "had to", "has to", "have to",
                     "should", "slam", "denounc", "deplor", "critici", "reckless", "irresponsible", "unanswered", "unpunished", "demand", "stand", "stood", "protest", "marche", "overlooked", "shoulder"),
    # confidence
    "high": ("certain", "likely", "confiden", "certainty", "probability", "probable", "clearly", "doubt", "definitive", "conclusive"),
    "low": ("suspect", "suspicion", "possib", "may", "might", "could have", "perhaps", "potentially", "circumstantial", "rule out", "ruled out", "rules out", "exclud", "allegedly", "supposedly", "purportedly",
            "unconfirmed", "preliminary", "low confidence", "low degree"),
    "medium": ("likely", "probabl", "presumabl", "grounds to", "reason to", "reasons to", "likelihood", "probability", "appear", "seem", "moderate", "medium confidence", "point", "every", "all signs", "all the signs", "indications"),
    # families run on every sentence
    "operation": ("exploit", "attack", "hack", "breach", "intrusion", "intruder", "compromis", "break", "broke", "infiltrat", "espionage",
                  "spying", "spied", "offline", "junk traffic", "flood", "outbreak", "worm", "destroy", "deployed", "erased", "bricked", "campaign", "operation", "target", "phishing", "stole", "theft", "steal", "exfiltrat", "harvest", "defac",
                  "wiped", "wiper", "ddos", "ransomware", "malware", "spyware", "implant", "backdoor", "sabotage", "disrupt", "hijack", "leak",
                  "infect", "crippl", "paraly", "ransom", "unleash", "lurk", "within", "to take over", "to take control", "gained access", "accessed", "cut power", "blackout", "outage", "active", "encrypted", "hit", "struck", "victim",
                  "extracted data", "downloaded data", "penetrat", "incursion", "heist", "activit", "spray", "brute", "eavesdrop", "malicious", "rigged", "weaponi", "reconnaissance", "phished", "manipulat", "tamper", "got into", "spy on", "access", "went after", "goes after", "go after", "going after", "gone after", "crashed", "overwhelm", "bombard", "swamp", "inundat", "vandali", "page", "without power", "without electricity", "out power", "out the power", "out electricity", "off air", "off the air", "off-air", "off-the-air", "went down", "went offline", "went dark", "ground to",
                  "inside", "switch", "shut", "turn", "foil", "thwart", "repel", "block", "wiretap", "tapp", "bugg", "monitor", "intercept", "recorded",
                  "burrow", "booby", "laced with", "zero", "snoop", "siphon", "foothold", "toehold", "beachhead",
                  # HOSTILE_ACTS
                  "gather", "collect", "amass", "obtain", "acquir", "compil", "got", "gets", "getting", "read", "surveil", "push", "spread", "disseminat", "amplif", "peddl", "circulat", "seed",
                  "interfer", "meddl", "demand", "extort", "swindl", "defraud", "funnel", "channel", "divert", "positioned", "positioning", "drain", "loot", "crippl", "paraly", "taken", "knocked", "to ransom", "disabl", "emptied", "robbed", "relieved"),  # ("booby" and "rigged" also open "booby-trapped", "rigged with")
    "negation": ("no ", "not ", "n't", "never", "stopped short", "without", "declined", "ruled out", "unclear", "no indication"),
    "sponsor_tie": ("ran ", "runs ", "run ", "running ", "conduct", "carried out", "hacked", "hacks", "spied", "built", "develop", "manages", "tie", "tying", "link", "connect", "associat", "affiliat", "work", "operat", "run by", "behalf", "behest",
                    "steered", "overseen", "commanded", "managed", "tasked", "funded", "financed", "espionage", "spying", "hacking",
                    "acting", "acted", "backed", "sponsor", "directed", "controlled", "service of", "belong", "part of", "unit of",
                    "member", "officer", "serving", "state-run", "state group", "state hack", "state actor", "state cyber", "state apt", "support of", "subordinate", "arm of", "under", "direction", "request of", "answer", "paid", "hired", "commissioned", "contracted",
                    "sent", "dispatched", "employed", "deployed", "placed", "used by", "adopted by", "operated by",
                    "offshoot", "proxy", "front", "contractor", "cut-out", "cutout", "element", "branch", "division", "subunit", "sub-unit", "cell",
                    "within", "inside", "reports", "answerable", "orders from", "orders of", "order of", "order from", "umbrella", "aegis", "wing", "auspices"),
    "cosign": ("co-sign", "cosign", "co-seal", "coseal", "co-author", "coauthor", "joint", "signed on", "signed by", "endorsed by", "joined", "together with", "conjunction with", "cooperation with", "coordination with",
               "alongside", "partner agencies", "counterparts", "partners", "allies"),
    "anaphor_actor": ("group", "gang", "crew", "hackers", "attackers", "intruders", "actor", "culprit", "outfit", "unit"),
}


def _trigger_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    names: dict[str, set[str]] = {}
    for name, words in TRIGGERS.items():
        for w in words:
            names.setdefault(w, set()).add(name)
    for w, ns in names.items():
        auto.add_word(w, (len(w), frozenset(ns)))
    auto.make_automaton()
    return auto


_AUTOMATON = _trigger_automaton()


def sentence_triggers(text: str, starts: list[int]) -> list[set[str]]:
    """For each sentence (given by its start offsets), the cue names whose trigger words occur in it."""
    import bisect

    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    out: list[set[str]] = [set() for _ in starts]
    if not starts:
        return out
    for end, (length, names) in _AUTOMATON.iter(low):
        i = bisect.bisect_right(starts, end - length + 1) - 1
        if i >= 0:
            out[i] |= names
    return out


def triggered(name: str, hits: set[str]) -> bool:
    """Can cue ``name`` match a sentence whose trigger words are ``hits``?"""
    return name not in TRIGGERS or name in hits


# The costliest patterns, tried on whole sentences, run only where one of their
# required words occurs (see .prefilter); the results are the same. The others
# are cheaper as they are.
gate(
    globals(),
    "OPERATION", "TARGETING", "LOCATION_ONLY", "SPONSOR_TIE", "NEGATION", "RESPONSE_NEGATION", "ACTIVITY_ONE_PASS", "SECTORS_ONE_PASS",
    "ATTRIBUTION.carried_out", "DENIAL.baseless", "RESPONSES.takedown", "RESPONSES.condemnation",
)
