"""A report as readable text for a person (colour on a terminal)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..kb.states import state_name
from ..report import Report


def _party(code: str | None) -> str:
    if not code:
        return "?"
    name = state_name(code)
    return f"{name} ({code})" if name != code else code


def _quote(spans) -> str:
    return escape(" … ".join(s.text for s in spans[:2]))


def render_report(console: Console, report: Report, text: str, *, explain: bool = False) -> None:
    doc = report.document
    head = f"[bold]{escape(doc.id)}[/bold]"
    if doc.published:
        head += f"  [dim]{escape(doc.published)}[/dim]"
    if doc.title:
        head += f"  {escape(doc.title)}"
    console.print(head, highlight=False)
    if not report.incidents:
        console.print("  no attributed incident found", style="dim")
    for n, inc in enumerate(report.incidents, 1):
        actor = inc.actors[0].name if inc.actors else "unnamed actor"
        period = ""
        if inc.period.start:
            period = f", since {inc.period.start}" + (f" until {inc.period.end}" if inc.period.end else "")
        console.print(f"\n  [bold cyan]Incident {n}: {escape(actor)}[/bold cyan] — {inc.activity}{escape(period)}", highlight=False)
        for a in inc.actors:
            aka = f" (aka {escape(', '.join(a.aliases[:6]))})" if a.aliases else ""
            ref = f" [dim]{escape(a.kb['attack_id'])}[/dim]" if a.kb and a.kb.get("attack_id") else ""
            _fact(console, "actor", f"{escape(a.name)}{aka}{ref}", a, explain, text)
        for s in inc.sponsors:
            _fact(console, "sponsor", f"{_party(s.state)}" + (f", {escape(s.agency)}" if s.agency else ""), s, explain, text)
        for v in inc.victims:
            _fact(console, "victim", f"{escape(v.name)} [dim]({v.country or '?'}, {v.sector or '?'})[/dim]", v, explain, text)
        for a in inc.attributions:
            target = ", ".join(x for x in (a.actor, _party(a.state) if a.state else None) if x)
            conf = f" [dim]confidence {a.confidence}[/dim]" if a.confidence else ""
            _fact(console, "attribution", f"{escape(_party(a.by))} → {escape(target)}{conf}", a, explain, text)
        for r in inc.responses:
            _fact(console, "response", f"{r.type.replace('_', ' ')}: {escape(_party(r.by))} → {escape(_party(r.against))} [dim]{r.date or ''}[/dim]", r, explain, text)
        for d in inc.denials:
            _fact(console, "denial", escape(_party(d.by)), d, explain, text)
    console.print()


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span: from the previous sentence end to the next."""
    a = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    b = min(ends) + 1 if ends else len(text)
    return text[a:b].strip()


def _fact(console: Console, label: str, body: str, fact, explain: bool, text: str = "") -> None:
    console.print(f"    [green]{label:<12}[/green] {body}", highlight=False)
    console.print(f"    {'':<12} [dim]“{_quote(fact.evidence)}”[/dim]", highlight=False)
    if explain:
        spans = ", ".join(f"{s.start}-{s.end}" for s in fact.evidence)
        console.print(f"    {'':<12} [yellow]spans {spans}; {escape(fact.rule or '')}[/yellow]", highlight=False)
        if text and fact.evidence:
            first = fact.evidence[0]
            sentence = _sentence(text, first.start, first.end)
            if sentence != first.text:
                console.print(f"    {'':<12} [dim]sentence: {escape(sentence)}[/dim]", highlight=False)
