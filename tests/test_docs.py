"""Docs can't drift from the code: every command and exporter is documented."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from aptrace.cli import app
from aptrace.export import available_formats

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_docs_readme_mentions_every_command():
    missing = [c for c in _commands() if not re.search(rf"aptrace {re.escape(c)}\b", README)]
    assert not missing, f"commands missing from README.md: {missing}"


def test_docs_readme_mentions_every_export_format():
    short = [f for f in available_formats() if "." not in f and f != "md"]
    assert short
    assert all(f in README for f in short)


def test_docs_readme_holds_exactly_two_setup_commands():
    section = README.split("## Set-up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    assert len(blocks) == 2 and all(len(b.strip().splitlines()) == 1 for b in blocks)
    assert "aptrace analyze" in blocks[0] and "pip install" in blocks[0]
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1].strip() in ci or blocks[1].strip().split()[-1] in ci
