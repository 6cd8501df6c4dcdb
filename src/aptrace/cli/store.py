"""CLI commands over the incident store: ingest, db upgrade, incidents, incident, actor, timeline."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, List, Optional

import click
import typer
from rich.table import Table
from typer.core import TyperGroup

from ..errors import AptraceError
from ._app import app, console, err_console

DB_HELP = "Database URL (sqlite:///path or postgresql://...); default $APTRACE_DB or SQLite in the user data directory."


def _fail(exc: AptraceError) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {exc}")
    return typer.Exit(1)


def _open(db: Optional[str]):  # type: ignore[no-untyped-def]
    from ..store import open_store

    try:
        return open_store(db)
    except AptraceError as exc:
        raise _fail(exc) from exc


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _run(db: Optional[str], call: Callable[[Any], Any]) -> Any:
    store = _open(db)
    try:
        return call(store)
    except AptraceError as exc:
        raise _fail(exc) from exc
    finally:
        store.close()


# ---------------------------------------------------------------- ingest


@app.command("ingest")
def ingest_cmd(
    inputs: List[str] = typer.Argument(None, help="Files, directories, URLs or '-' (anything `analyze` takes)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    reports: List[Path] = typer.Option(
        [], "--reports", help="A JSONL file of reports (`aptrace analyze` output) to store as they are."
    ),
    published: Optional[str] = typer.Option(None, "--published", help="Date for documents that carry none."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Analyse documents and store their incidents and claims; documents already stored are skipped."""
    from ..store import ingest
    from ..store.core import ingest_reports

    if not inputs and not reports:
        raise typer.BadParameter("give inputs to analyse or --reports FILE")

    def call(store: Any) -> Any:
        results = []
        if reports:
            results.append(ingest_reports(reports, store))
        if inputs:
            results.append(ingest(inputs, store, published=published))
        return results

    summaries = _run(db, call)
    total = {k: sum(getattr(s, k) for s in summaries) for k in ("added", "unchanged", "replaced")}
    failed = [f for s in summaries for f in s.failed]
    if as_json:
        _emit_json({**total, "failed": failed})
    else:
        console.print(
            f"added {total['added']}, unchanged {total['unchanged']}, replaced {total['replaced']}, failed {len(failed)}"
        )
        for f in failed:
            err_console.print(f"[yellow]failed:[/yellow] {f['source']}: {f['reason']}")
    if failed and not any(total.values()):
        raise typer.Exit(1)


# ---------------------------------------------------------------- db

db_app = typer.Typer(help="The store's database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Apply the store's migrations to the database."""
    from ..store import db as store_db

    try:
        engine = store_db.make_engine(db)
        try:
            rev = store_db.upgrade(engine)
        finally:
            engine.dispose()
    except AptraceError as exc:
        raise _fail(exc) from exc
    console.print(f"database at revision {rev} ({store_db.resolve_url(db).split('://')[0]})")


# ---------------------------------------------------------------- incidents


def _incident_table(views: list[Any], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for col in ("id", "incident", "sponsor", "victims", "dates", "responses", "sources"):
        table.add_column(col, overflow="fold")
    for v in views:
        names = sorted({x.name if len(x.name) <= 28 else x.name[:27] + "…" for x in v.victims})
        victims = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
        by_type: dict[str, set[str]] = {}
        for r in v.responses:
            by_type.setdefault(r.type, set()).add(r.party or "?")
        responses = "; ".join(f"{t} ({', '.join(sorted(p))})" for t, p in sorted(by_type.items()))
        sponsor = ", ".join(v.states) + (f" ({', '.join(v.agencies)})" if v.agencies else "")
        table.add_row(
            str(v.id),
            v.label if not v.actors else " / ".join(v.actors),
            sponsor or "-",
            victims or "-",
            f"{v.first_date or '?'} .. {v.last_date or '?'}",
            responses or "-",
            str(len(v.documents)),
        )
    return table


@app.command("incidents")
def incidents_cmd(
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor name or alias."),
    state: Optional[str] = typer.Option(None, "--state", help="Sponsor state as the texts state it (CC)."),
    victim: Optional[str] = typer.Option(None, "--victim", help="Victim country (CC)."),
    since: Optional[str] = typer.Option(None, "--since", help="Only incidents with news on or after DATE."),
    until: Optional[str] = typer.Option(None, "--until", help="Only incidents that began by DATE."),
    response: Optional[str] = typer.Option(None, "--response", help="Response type, e.g. sanctions."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List merged incidents, most recent first."""
    views = _run(
        db,
        lambda s: s.incidents(
            actor=actor, state=state, victim=victim, since=since, until=until, response=response,
            limit=limit, offset=offset,
        ),
    )
    if as_json:
        _emit_json([v.to_dict() for v in views])
    else:
        console.print(_incident_table(views, f"{len(views)} incidents"))


class _IncidentGroup(TyperGroup):
    """``aptrace incident ID`` shows; ``aptrace incident split|unsplit ...`` act."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


incident_app = typer.Typer(
    cls=_IncidentGroup, help="One merged incident: show it, say why it merged, split it.", no_args_is_help=True
)
app.add_typer(incident_app, name="incident")


def _print_incident(v: Any) -> None:
    console.print(f"[bold]incident {v.id}: {v.label}[/bold]  {v.first_date or '?'} .. {v.last_date or '?'}")
    console.print(f"actors: {', '.join(v.actors) or '-'}   sponsor (texts): {', '.join(v.states) or '-'}"
                  + (f" ({', '.join(v.agencies)})" if v.agencies else ""))
    console.print("victims: " + ("; ".join(
        f"{x.name} [{x.country or '?'}/{x.sector or '?'}]" for x in v.victims) or "-"))
    claims = Table(title="claims", title_justify="left")
    for col in ("kind", "party", "claim", "date", "document"):
        claims.add_column(col, overflow="fold")
    for c in v.attributions:
        what = " / ".join(x for x in (c.actor, c.state) if x) + (f" ({c.confidence})" if c.confidence else "")
        claims.add_row("attribution", c.party or "-", what or "-", c.published or "-", c.document)
    for c in v.denials:
        claims.add_row("denial", c.party or "-", "denies", c.published or "-", c.document)
    for c in v.responses:
        claims.add_row("response", c.party or "-", f"{c.type}" + (f" against {c.against}" if c.against else ""),
                       c.date or c.published or "-", c.document)
    console.print(claims)
    console.print("sources: " + ", ".join(f"{s.document}#{s.position}" for s in v.sources))


def _print_why(w: Any) -> None:
    console.print(f"[bold]incident {w.incident}: {w.label}[/bold] — {len(w.members)} reports: {', '.join(w.members)}")
    if not w.links:
        console.print("reported by one document only; nothing merged")
    for l in w.links:
        console.print(f"  {l.a} ↔ {l.b}  (score {l.score:g})")
        for r in l.reasons:
            console.print(f"      {r}")
    for l in w.outside_links:
        console.print(f"  [dim]matched but kept apart: {l.a} ↔ {l.b} ({'; '.join(l.reasons)})[/dim]")
    for c in w.constraints:
        console.print(f"  [dim]{c}[/dim]")


@incident_app.command("show")
def incident_show(
    incident_id: int = typer.Argument(..., help="Incident id (see `aptrace incidents`)."),
    why: bool = typer.Option(False, "--why", help="List what matched between the incident's reports."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Show one merged incident with every claim and its source (or, with --why, why it merged)."""
    view = _run(db, lambda s: s.why(incident_id) if why else s.incident(incident_id))
    if as_json:
        _emit_json(view.to_dict())
    elif why:
        _print_why(view)
    else:
        _print_incident(view)


@incident_app.command("split")
def incident_split(
    incident_id: int = typer.Argument(..., help="Incident id."),
    documents: List[str] = typer.Argument(..., help="Document ids whose reports leave the incident."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Take documents' reports out of a merged incident and keep them apart from now on."""
    new = _run(db, lambda s: s.split(incident_id, documents))
    console.print(f"split {', '.join(documents)} from incident {incident_id} into incident {', '.join(map(str, new))}")


@incident_app.command("unsplit")
def incident_unsplit(
    documents: List[str] = typer.Argument(..., help="Document ids whose earlier splits are undone."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Undo earlier splits of these documents; the merger decides again."""
    n = _run(db, lambda s: s.unsplit(documents))
    console.print(f"removed {n} split constraints")


# ---------------------------------------------------------------- actor, timeline


def _timeline_table(entries: list[Any], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for col in ("date", "incident", "kind", "party", "what", "sources"):
        table.add_column(col, overflow="fold")
    for e in entries:
        table.add_row(e.date or "?", f"{e.incident} {e.label}", e.kind, e.party or "-", e.detail, ", ".join(e.documents))
    return table


@app.command("actor")
def actor_cmd(
    name: str = typer.Argument(..., help="Actor name or alias."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """An actor across the store: aliases with sources, sponsor (texts and knowledge base), incidents, responses, timeline."""
    view = _run(db, lambda s: s.actor(name))
    if as_json:
        _emit_json(view.to_dict())
        return
    console.print(f"[bold]{view.name}[/bold]  ({', '.join(view.identities)})")
    console.print("aliases: " + "; ".join(f"{a.name} ({', '.join(a.documents)})" for a in view.aliases))
    console.print("sponsor in texts: " + ("; ".join(
        f"{s.state or '?'}{'/' + s.agency if s.agency else ''} ({', '.join(s.documents)})"
        for s in view.sponsors_in_texts) or "none stated"))
    console.print("sponsor in knowledge base: " + (", ".join(view.sponsor_in_kb) or "none"))
    console.print(_incident_table(view.incidents, f"{len(view.incidents)} incidents"))
    console.print(_timeline_table(view.timeline, "timeline"))


@app.command("timeline")
def timeline_cmd(
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor name or alias."),
    state: Optional[str] = typer.Option(None, "--state", help="Sponsor state (CC)."),
    victim: Optional[str] = typer.Option(None, "--victim", help="Victim country (CC)."),
    since: Optional[str] = typer.Option(None, "--since", help="From DATE."),
    until: Optional[str] = typer.Option(None, "--until", help="Up to DATE."),
    incident: Optional[int] = typer.Option(None, "--incident", help="One incident."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Activity, attributions, denials and responses in date order, each with its sources."""
    entries = _run(
        db,
        lambda s: s.timeline(actor=actor, state=state, victim=victim, since=since, until=until, incident=incident),
    )
    if as_json:
        _emit_json([e.to_dict() for e in entries])
    else:
        console.print(_timeline_table(entries, f"timeline ({len(entries)} events)"))
