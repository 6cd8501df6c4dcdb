"""CLI commands: ``aptrace kb`` (show, search and update the threat-actor knowledge base)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..errors import AptraceError
from ..kb.actors import ActorEntry, ActorIndex, load_actor_index
from ..kb.update import update_from_upstream
from ._app import app, console, err_console

kb_app = typer.Typer(help="The threat-actor knowledge base (MISP galaxies).", no_args_is_help=True)
app.add_typer(kb_app, name="kb")

_SHOWN_REFS = 5


def _load() -> ActorIndex:
    try:
        return load_actor_index()
    except AptraceError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


def _entry_table(entry: ActorEntry) -> Table:
    table = Table(title=entry.name, show_header=False, title_justify="left")
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    table.add_row("kb_ref", entry.id)
    table.add_row("country", entry.country or "-")
    table.add_row("ATT&CK id", entry.attack_id or "-")
    aliases = "\n".join(f"{name}  [dim]({', '.join(sources)})[/dim]" for name, sources in entry.alias_sources().items())
    table.add_row("aliases", aliases)
    table.add_row("linked", "\n".join(entry.linked))
    refs = list(entry.refs[:_SHOWN_REFS])
    if len(entry.refs) > _SHOWN_REFS:
        refs.append(f"[dim]... {len(entry.refs) - _SHOWN_REFS} more[/dim]")
    table.add_row("refs", "\n".join(refs) or "-")
    return table


@kb_app.command("show")
def show(
    name: str = typer.Argument(..., help="An actor name or alias (case and punctuation ignored), or a kb_ref."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Print an actor: canonical name, kb_ref, sponsor country, ATT&CK id, aliases and where each comes from."""
    index = _load()
    candidates = index.lookup(name)
    if not candidates and (entry := index.get(name)) is not None:
        candidates = [entry]
    if as_json:
        doc = {"query": name, "ambiguous": len(candidates) > 1, "candidates": [c.to_dict() for c in candidates]}
        console.print_json(json.dumps(doc, ensure_ascii=False))
        raise typer.Exit(0 if candidates else 1)
    if not candidates:
        err_console.print(f"no actor named {name!r}")
        similar = index.search(name, limit=5)
        if similar:
            err_console.print("similar: " + ", ".join(f"{alias} ({e.name})" for alias, e in similar))
        raise typer.Exit(1)
    if len(candidates) > 1:
        console.print(
            f"[yellow]warning:[/yellow] {name!r} is ambiguous: an alias of {len(candidates)} actors "
            f"({', '.join(c.name for c in candidates)})"
        )
    for entry in candidates:
        console.print(_entry_table(entry))


@kb_app.command("search")
def search(
    text: str = typer.Argument(..., help="Text to find inside aliases (case-insensitive)."),
    limit: int = typer.Option(20, "--limit", min=1, help="Most results to print."),
) -> None:
    """List actors with an alias containing TEXT."""
    hits = _load().search(text, limit=limit)
    if not hits:
        err_console.print(f"no alias contains {text!r}")
        raise typer.Exit(1)
    table = Table("alias", "actor", "country", "ATT&CK", "kb_ref")
    for alias, entry in hits:
        table.add_row(alias, entry.name, entry.country or "-", entry.attack_id or "-", entry.id)
    console.print(table)


@kb_app.command("update")
def update(
    source: Optional[str] = typer.Option(
        None, "--from", help="A directory of MISP galaxy cluster files, or an http(s) URL of a misp-galaxy archive "
        "(default: the installed pymispgalaxies data)."
    ),
    output: Optional[Path] = typer.Option(None, "--output", help="Write here instead of the user cache."),
    attack: Optional[str] = typer.Option(
        None, "--attack", help="Also compile group profiles for `aptrace assist` from an ATT&CK Enterprise STIX bundle "
        "(a file or an https URL; needs the 'attack' extra: pip install 'aptrace[attack]')."
    ),
) -> None:
    """Recompile the actor knowledge base from upstream galaxy data (and, with --attack, the ATT&CK group profiles)."""
    started = time.perf_counter()
    if attack is not None:
        from ..kb.attack import update_attack

        try:
            profiles = update_attack(attack)
        except AptraceError as exc:
            err_console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from exc
        console.print(f"compiled ATT&CK group profiles from {attack}: {len(profiles.groups)} groups")
    try:
        result = update_from_upstream(source, output=output)
    except AptraceError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    stats = result.stats
    console.print(
        f"wrote {result.path}: {len(result.index)} actors from {stats.get('values', '?')} galaxy values, "
        f"{stats.get('ambiguous_aliases', '?')} ambiguous aliases ({time.perf_counter() - started:.1f} s)"
    )
