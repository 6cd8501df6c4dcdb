"""CLI command: ``aptrace export`` (reports as STIX 2.1, MISP, CSV or Markdown)."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import typer

from ..errors import AptraceError, StoreError
from ..export import available_formats, export, filter_reports, load_reports
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
    """Reports from the incident store: ``aptrace.store.open_store(url).reports(actors=, states=)``."""
    from .. import store

    open_store = getattr(store, "open_store", None)
    if open_store is None:
        raise StoreError(
            "the incident store cannot list reports yet; export a reports file with --from-reports FILE",
            source=db or "default store",
        )
    handle = open_store(db)
    try:
        return list(handle.reports(actors=actors, states=states))
    finally:
        close = getattr(handle, "close", None)
        if close is not None:
            close()


@app.command("export")
def export_command(
    format: str = typer.Option(..., "--format", "-f", help="stix, misp, csv or markdown (or a versioned name: stix21.v1, ...)."),
    from_reports: Optional[Path] = typer.Option(
        None, "--from-reports", help="Export a reports file (JSON Lines, as `aptrace analyze --format jsonl` writes) instead of the store.",
        exists=False, dir_okay=False,
    ),
    db: Optional[str] = typer.Option(None, "--db", envvar="APTRACE_DB", help="The incident store's database URL."),
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
    if format not in available_formats():
        raise typer.BadParameter(f"{format!r} (known: {', '.join(available_formats())})", param_hint="--format")
    stamp = _parse_now(now)
    try:
        if from_reports is not None:
            reports = filter_reports(load_reports(from_reports), actors=actor, states=state)
        else:
            reports = filter_reports(_from_store(db, actor, state), actors=actor, states=state)
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
