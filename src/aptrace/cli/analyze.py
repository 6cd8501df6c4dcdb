"""CLI command: ``aptrace analyze`` (documents in, attribution reports out)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from importlib.resources import files
from typing import Iterable, Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..extract import Analysed, analyze_stream
from ..ingest import FetchOptions, IngestFailure, IngestSummary, iter_documents
from ..report import Report
from ._app import app, console, err_console
from .render import render_report


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    stix = "stix"
    misp = "misp"
    csv = "csv"
    markdown = "markdown"


def example_path() -> str:
    """The embedded example: the seed article (Czech Republic vs APT31, 28 May 2025)."""
    return str(files("aptrace") / "data" / "seed.jsonl")


@app.command("analyze")
def analyze_command(
    paths: Optional[list[str]] = typer.Argument(
        None,
        help="Documents: .txt, .jsonl corpora, .html, .pdf, RSS/Atom feeds, folders, globs, http(s) URLs, or - for standard input. "
        "None: the embedded example article.",
    ),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that carry none; anchors relative dates."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text (for a person), json, jsonl (one report per document), stix, misp, csv, markdown."),
    explain: bool = typer.Option(False, "--explain", help="Show, for each fact, its sentence, evidence spans and the cue that produced it."),
    include_text: bool = typer.Option(False, "--include-text", help="Put the analysed text into each report's document.text."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching URLs on loopback, private and other non-public addresses."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first document that cannot be read or analysed."),
    timeout: float = typer.Option(20.0, "--timeout", help="Seconds allowed for each URL fetch."),
) -> None:
    """Extract who hacked whom, who said so and what followed, with evidence, from each document."""
    inputs = list(paths or [])
    if not inputs:
        inputs = [example_path()]
        err_console.print("[dim]no PATH given: analysing the embedded example (seed article)[/dim]")
    fetch = FetchOptions(allow_private=allow_private, timeout=timeout)
    summary = IngestSummary()
    reports: list[Report] = []
    stream = analyze_stream(iter_documents(inputs, published=published, fetch=fetch), include_text=include_text, explain=explain)
    with _progress(len(inputs)) as advance:
        for item in stream:
            if isinstance(item, IngestFailure):
                summary.add(item)
                err_console.print(f"[red]error[/red] {escape(item.source)}: {escape(item.reason)}", highlight=False, soft_wrap=True)
                if fail_fast:
                    break
                continue
            summary.add(item.document)
            advance()
            _emit(item, format, reports, explain)
    if format in (Format.json, Format.stix, Format.misp, Format.csv, Format.markdown):
        _emit_all(reports, format)
    if summary.documents + summary.failed > 1 or summary.failed:
        _print_summary(summary)
    if summary.failed:
        raise typer.Exit(1)


def _emit(item: Analysed, fmt: Format, reports: list[Report], explain: bool) -> None:
    if fmt == Format.jsonl:
        sys.stdout.write(item.report.to_json() + "\n")
        sys.stdout.flush()
    elif fmt == Format.text:
        render_report(console, item.report, item.document.text, explain=explain)
    else:
        reports.append(item.report)


def _emit_all(reports: list[Report], fmt: Format) -> None:
    if fmt == Format.json:
        data = [r.to_dict() for r in reports]
        sys.stdout.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n")
        return
    from ..export import export

    sys.stdout.write(export(reports, fmt.value))


def _print_summary(summary: IngestSummary) -> None:
    line = f"{summary.documents} document(s) analysed, {summary.failed} failed"
    kinds = summary.by_kind()
    if kinds:
        line += " (" + ", ".join(f"{n} {k}" for k, n in kinds.most_common()) + ")"
    err_console.print(line, highlight=False)


class _progress:
    """A progress bar on stderr for batches, shown only on a terminal."""

    def __init__(self, n_inputs: int) -> None:
        self.enabled = err_console.is_terminal
        self.bar: Progress | None = None

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        self.bar = Progress(TextColumn("analysing"), BarColumn(), TextColumn("{task.completed} docs"), TimeElapsedColumn(), console=err_console, transient=True)
        self.bar.start()
        task = self.bar.add_task("docs", total=None)
        return lambda: self.bar.advance(task) if self.bar else None

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


__all__: Iterable[str] = ["analyze_command", "example_path"]
