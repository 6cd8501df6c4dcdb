"""CLI commands: ``aptrace assist`` (rank known groups against observed evidence) and its profile update."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.table import Table

from ..assist import DISCLAIMER, Assessment, Params, assist, gather_evidence
from ..errors import AptraceError
from ..kb.attack import load_profiles, update_attack
from ._app import app, console, err_console

assist_app = typer.Typer(
    help="Rank known ATT&CK groups against observed techniques and software. " + DISCLAIMER,
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(assist_app, name="assist")


def _fail(exc: AptraceError) -> None:
    err_console.print(f"[red]error:[/red] {exc}")
    raise typer.Exit(2)


def _render(result: Assessment) -> None:
    console.print(f"[bold yellow]{DISCLAIMER}[/bold yellow]", soft_wrap=True)
    ev = result.evidence
    console.print(f"Knowledge base: {result.knowledge_base}; {result.groups_ranked} groups ranked")
    console.print(f"Evidence: {len(ev.techniques)} techniques, {len(ev.software)} software")
    if ev.unresolved:
        console.print(f"[yellow]Unknown software (not counted):[/yellow] {', '.join(ev.unresolved)}")
    if ev.unknown_techniques:
        console.print(f"[yellow]Techniques not in the knowledge base:[/yellow] {', '.join(ev.unknown_techniques)}")
    table = Table(show_lines=False)
    for col in ("#", "group", "score", "p", "explains", "matched evidence (rarity; groups with it)", "not observed"):
        table.add_column(col)
    for c in result.candidates:
        matched = ", ".join(
            f"{m.id}{'' if m.how == 'exact' else ' (' + m.how + ')'} {m.rarity:.1f};{m.groups_with}" for m in c.matched[:6]
        )
        if len(c.matched) > 6:
            matched += f", +{len(c.matched) - 6} more"
        table.add_row(str(c.rank), f"{c.group_id} {c.name}", f"{c.score:.3f}", f"{c.probability:.2f}",
                      f"{c.explained:.0%}", matched, str(c.unobserved_count))
    console.print(table)
    console.print(f"Confidence: [bold]{result.confidence.label}[/bold] - {result.confidence.note}")


@assist_app.callback()
def assist_command(
    ctx: typer.Context,
    technique: List[str] = typer.Option([], "--technique", "-t", help="Observed ATT&CK technique id (repeatable)."),
    software: List[str] = typer.Option([], "--software", "-s", help="Observed software or malware name, alias or S-id (repeatable)."),
    layer: List[Path] = typer.Option([], "--layer", help="ATT&CK Navigator layer of observed techniques (scored or coloured)."),
    stix: List[Path] = typer.Option([], "--stix", help="STIX bundle of observed attack-patterns, malware and tools."),
    top: int = typer.Option(10, "--top", "-n", min=1, help="How many candidate groups to show."),
    as_json: bool = typer.Option(False, "--json", help="Print the assessment as JSON."),
    profiles_path: Optional[Path] = typer.Option(None, "--profiles", help="Compiled profiles file (default: updated ATT&CK, else packaged)."),
    reach: float = typer.Option(Params().reach, "--reach", help="Count unobserved profile items up to this many times the evidence (lower favours large groups)."),
) -> None:
    """Rank known groups against the evidence and say why. Hypotheses for an analyst, not attributions."""
    if ctx.invoked_subcommand is not None:
        return
    if not (technique or software or layer or stix):
        console.print(ctx.get_help())
        raise typer.Exit(0)
    try:
        profiles = load_profiles(profiles_path)
        evidence = gather_evidence(profiles, techniques=technique, software=software, layers=layer, bundles=stix)
        result = assist(evidence, profiles=profiles, top=top, params=Params(reach=reach))
    except AptraceError as exc:
        _fail(exc)
        return
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        _render(result)


@assist_app.command("update-profiles")
def update_profiles_command(
    source: str = typer.Argument(..., help="ATT&CK Enterprise STIX bundle: a file or an https URL."),
    dest: Optional[Path] = typer.Option(None, "--dest", help="Where to write (default: the user data directory)."),
) -> None:
    """Compile a full ATT&CK Enterprise STIX bundle into the assistant's group profiles (needs the 'attack' extra: pip install 'aptrace\\[attack]')"""
    try:
        profiles = update_attack(source, dest=dest)
    except AptraceError as exc:
        _fail(exc)
        return
    console.print(f"{len(profiles.groups)} group profiles from {profiles.label}")
