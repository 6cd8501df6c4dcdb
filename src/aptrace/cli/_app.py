"""The Typer application and the consoles every command module shares."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(
    name="aptrace",
    help="Cyber-attribution intelligence: who hacked whom, who said so, and what followed, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)
