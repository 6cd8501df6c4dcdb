"""Markdown briefs an analyst can paste into a report.

Per incident: a heading (``APT31 → Czechia (government)``), what happened
(with the malware and tools the text names, linked to MITRE ATT&CK), who
attributed it and how surely (with the quoted evidence), what followed
(responses with dates), denials, and the source. Everything that comes from
a document (names, quotes, titles) is attacker-controlled text: Markdown
syntax in it is escaped, ``<``, ``>`` and ``&`` become entities (no raw HTML
reaches a renderer), whitespace is collapsed (no injected headings or lists),
and only ``http``/``https`` URLs become links.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Sequence

from .. import registry
from ..report import Incident, Report, Software, Span
from .common import (
    IncidentRef,
    attack_group_id,
    attack_software_id,
    attack_software_url,
    country_name,
    evidence_text,
    http_url,
    incident_title,
    iter_incidents,
    party_name,
)

__all__ = ["export_markdown", "render_incident", "md_escape", "md_link"]

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")
_SPACE = re.compile(r"\s+")

# What each response type looks like in a sentence: (with a target, without one).
_RESPONSES = {
    "summon_ambassador": ("summoned the ambassador of {}", "summoned an ambassador"),
    "recall_ambassador": ("recalled its ambassador from {}", "recalled its ambassador"),
    "expel_diplomats": ("expelled diplomats of {}", "expelled diplomats"),
    "sever_relations": ("severed relations with {}", "severed relations"),
    "sanctions": ("imposed sanctions on {}", "imposed sanctions"),
    "indictment": ("brought charges against people acting for {}", "brought charges"),
    "arrest": ("made arrests (against {})", "made arrests"),
    "reward": ("offered a reward for information (against {})", "offered a reward for information"),
    "takedown": ("took down infrastructure (against {})", "took down infrastructure"),
    "advisory": ("published an advisory naming {}", "published an advisory"),
    "condemnation": ("condemned {}", "condemned the activity"),
}
_CONFIDENCE = {"high": "high confidence", "medium": "medium confidence", "low": "low confidence", None: "confidence not stated"}


def md_escape(text: str) -> str:
    """``text`` as inert inline Markdown: one line, no markup, no HTML."""
    text = _SPACE.sub(" ", text).strip()
    text = _SPECIAL.sub(r"\\\1", text)
    return "".join(_ENTITIES.get(c, c) for c in text)


def md_link(label: str, url: str | None) -> str:
    """``[label](url)`` for an http(s) URL; otherwise the escaped label alone."""
    safe = http_url(url)
    if not safe:
        return md_escape(label)
    # Parentheses would end the link destination early.
    return f"[{md_escape(label)}]({safe.replace('(', '%28').replace(')', '%29')})"


def _quote(spans: Sequence[Span], indent: str = "") -> list[str]:
    text = evidence_text(spans)
    return [f"{indent}> “{md_escape(text)}”"] if text else []


def _party(code: str | None) -> str:
    return f"**{md_escape(party_name(code))}**" if code else "An unnamed party"


def _happened(inc: Incident) -> list[str]:
    lines: list[str] = []
    if inc.actors:
        actor = inc.actors[0]
        who = f"**{md_escape(actor.name)}**"
        extra = []
        aliases = [a for a in actor.aliases if a != actor.name]
        if aliases:
            extra.append("also known as " + ", ".join(md_escape(a) for a in aliases))
        attack_id = attack_group_id(actor)
        if attack_id:
            extra.append(md_link(f"MITRE ATT&CK {attack_id}", f"https://attack.mitre.org/groups/{attack_id}/"))
        if extra:
            who += f" ({'; '.join(extra)})"
        others = [f"**{md_escape(a.name)}**" for a in inc.actors[1:]]
        if others:
            who += " with " + ", ".join(others)
    else:
        who = "An unnamed actor"
    activity = inc.activity if inc.activity != "unknown" else "an operation"
    sentence = f"{who}: {activity}"
    if inc.victims:
        victims = []
        for v in inc.victims:
            about = [country_name(v.country) if v.country else "", (v.sector or "").replace("_", " ")]
            about = [a for a in about if a and a != v.name]
            victims.append(md_escape(v.name) + (f" ({md_escape(', '.join(about))})" if about else ""))
        sentence += " against " + "; ".join(victims)
    if inc.period.start and inc.period.end:
        sentence += f", from {md_escape(inc.period.start)} to {md_escape(inc.period.end)}"
    elif inc.period.start:
        sentence += f", since {md_escape(inc.period.start)}"
    elif inc.period.end:
        sentence += f", until {md_escape(inc.period.end)}"
    lines.append(sentence + ".")
    for sp in inc.sponsors:
        state = country_name(sp.state) if sp.state else None
        if sp.agency:
            sponsor = f"the {sp.agency} of {state}" if state else f"the {sp.agency}"
        else:
            sponsor = state or "a state"
        lines += ["", f"The text ties it to {md_escape(sponsor)}:", *_quote(sp.evidence)]
    if inc.software:
        lines += ["", "Software named: " + "; ".join(_software(sw) for sw in inc.software) + "."]
    return lines


def _software(sw: Software) -> str:
    """``**NotPetya** (malware, [MITRE ATT&CK S0368](https://attack.mitre.org/software/S0368/))``."""
    about = [sw.type] if sw.type else []
    attack_id = attack_software_id(sw)
    if attack_id:
        about.append(md_link(f"MITRE ATT&CK {attack_id}", attack_software_url(attack_id)))
    name = f"**{md_escape(sw.name)}**" if sw.name.strip() else "an unnamed software"
    return name + (f" ({', '.join(about)})" if about else "")


def render_incident(ref: IncidentRef, *, level: int = 2) -> str:
    """The brief of one incident, its heading at ``level``."""
    inc = ref.incident
    doc = ref.report.document
    h = "#" * level
    out = [f"{h} {md_escape(incident_title(inc))}", ""]
    source = md_link(doc.title or doc.id, doc.url)
    about = ([f"document {md_escape(doc.id)}"] if doc.title else []) + (
        [f"published {md_escape(doc.published)}"] if doc.published else []
    )
    out += [f"Source: {source}" + (f" ({', '.join(about)})" if about else ""), ""]
    out += [f"{h}# What happened", "", *_happened(inc), ""]

    out += [f"{h}# Who attributed it", ""]
    if not inc.attributions:
        out += ["No attribution is reported.", ""]
    for claim in inc.attributions:
        to = [md_escape(x) for x in (claim.actor, country_name(claim.state) if claim.state else None) if x]
        target = " and ".join(to) if to else "an unnamed actor"
        out += [f"- {_party(claim.by)} attributed it to {target} ({_CONFIDENCE[claim.confidence]}):"]
        out += [*_quote(claim.evidence, "  "), ""]

    out += [f"{h}# What followed", ""]
    if not inc.responses:
        out += ["No response is reported.", ""]
    for resp in inc.responses:
        with_target, alone = _RESPONSES.get(resp.type, ("responded against {}", "responded"))
        what = with_target.format(md_escape(party_name(resp.against))) if resp.against else alone
        when = f"{md_escape(resp.date)}: " if resp.date else ""
        out += [f"- {when}{_party(resp.by)} {what}:", *_quote(resp.evidence, "  "), ""]

    if inc.denials:
        out += [f"{h}# Denials", ""]
        for denial in inc.denials:
            out += [f"- {_party(denial.by)} denied it:", *_quote(denial.evidence, "  "), ""]
    return "\n".join(out).rstrip("\n") + "\n"


@registry.register("exporters", "markdown.v1", aliases=("markdown", "md"))
def export_markdown(reports: Sequence[Report], *, now: datetime) -> str:
    """A Markdown brief with one section per incident."""
    refs = list(iter_incidents(reports))
    documents = len({r.document.sha256 for r in reports})
    count = f"{len(refs)} incident{'s' if len(refs) != 1 else ''} from {documents} document{'s' if documents != 1 else ''}"
    parts = ["# Attribution brief", "", f"{count}, as of {now.date().isoformat()}. Quotes are the documents' own words.", ""]
    for ref in refs:
        parts += [render_incident(ref)]
    return "\n".join(parts).rstrip("\n") + "\n"
