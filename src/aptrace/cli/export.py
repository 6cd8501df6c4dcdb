"""CLI command: ``aptrace export`` (reports as STIX 2.1, MISP, CSV or Markdown)."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import typer

from ..errors import AptraceError, StoreError
from ..report import Report
from ._app import app, err_console


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not an ISO 8601 date or timestamp", param_hint="--now") from exc
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def _from_store(db: str | None, actors: list[str], states: list[str]) -> list[Report]:
    """Reports from the incident store, filtered there when one actor or state is asked for."""
    from ..export import filter_reports
    from ..store import open_store

    actor = actors[0] if len(actors) == 1 else None
    state = states[0].upper() if len(states) == 1 else None
    try:
        with open_store(db) as store:
            reports = list(store.reports(actor=actor, state=state))
    except OSError as exc:  # e.g. a SQLite path whose folder cannot be made
        raise StoreError(f"cannot open the store: {exc.strerror or exc}", source=db or "default store") from exc
    # Several values: the store filters on one, so the rest is done here.
    if len(actors) > 1 or len(states) > 1:
        reports = filter_reports(reports, actors=actors, states=states)
    return reports


@app.command("export")
def export_command(
    format: str = typer.Option(..., "--format", "-f", help="stix, misp, csv or markdown (or a versioned name: stix21.v1, ...)."),
    from_reports: Optional[Path] = typer.Option(
        None, "--from-reports", help="Export a reports file (JSON Lines, as `aptrace analyze --format jsonl` writes) instead of the store.",
        exists=False, dir_okay=False,
    ),
    db: Optional[str] = typer.Option(None, "--db", help="The incident store's database URL (default: $APTRACE_DB, else the user's SQLite store)."),
    actor: list[str] = typer.Option([], "--actor", help="Only incidents of this actor (name or alias; repeatable)."),
    state: list[str] = typer.Option([], "--state", help="Only incidents a sponsor or attribution ties to this state code (repeatable)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
    now: Optional[str] = typer.Option(
        None, "--now", help="Timestamp written as created/modified (ISO 8601; default: the latest publication date)."
    ),
) -> None:
    """Export incidents as a STIX 2.1 bundle, MISP events, CSV rows or a Markdown brief.

    Exporting the same reports twice gives identical files (ids derive from the
    facts, timestamps from the documents or --now).
    """
    # imported here: pymisp and stix2 take a second to load, and other commands need neither
    from ..export import available_formats, export, filter_reports, load_reports

    if format not in available_formats():
        raise typer.BadParameter(f"{format!r} (known: {', '.join(available_formats())})", param_hint="--format")
    stamp = _parse_now(now)
    try:
        if from_reports is not None:
            reports = filter_reports(load_reports(from_reports), actors=actor, states=state)
        else:
            reports = _from_store(db, actor, state)
        text = export(reports, format, now=stamp)
    except AptraceError as exc:
        err_console.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1) from exc
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        err_console.print(f"error: {output}: cannot write: {exc.strerror or exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1) from exc
    n = sum(len(r.incidents) for r in reports)
    err_console.print(f"wrote {n} incident(s) from {len(reports)} report(s) to {output}", markup=False, highlight=False, soft_wrap=True)
