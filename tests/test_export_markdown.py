"""Markdown briefs: what happened, who said so, what followed; inert attacker text."""

from __future__ import annotations

from markdown_it import MarkdownIt

from aptrace.export import export
from aptrace.export.markdown import md_escape, md_link
from aptrace.report import Actor, Attribution, Denial, DocumentInfo, Incident, Report, Software, Span, Victim
from export_fixtures import seed_report, software_report

_HOSTILE = (
    '<script>alert(1)</script> [click](javascript:alert(1)) **bold** `code` '
    '<img src=x onerror=alert(1)> &amp; \n# Heading\n- item\n| a | b |'
)


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def test_export_markdown_seed_brief_sections() -> None:
    text = export([seed_report()], "markdown")
    assert text.startswith("# Attribution brief\n")
    assert "## APT31 → Czechia (government)" in text and "## APT28 → Czechia, Germany, Poland" in text
    apt31 = text.split("## APT28")[0]
    assert "espionage against Ministry of Foreign Affairs (Czechia, government), since 2022." in apt31
    assert "- **NATO** attributed it to China (confidence not stated):" in apt31
    assert "- 2025-05-28: **Czechia** summoned the ambassador of China:" in apt31
    assert "  > “Beijing denied allegations that it engages in state-organised hacking of overseas targets.”" in apt31
    assert "- 2024-05: **Czechia** summoned the ambassador of Russia:" in text.split("## APT28")[1]
    html = _html(text)
    assert html.count("<h2>") == 2 and html.count("<blockquote>") == 12


def _hostile_report(url: str) -> Report:
    span = Span(start=0, end=len(_HOSTILE), text=_HOSTILE)
    return Report(
        document=DocumentInfo(id="x<y>", title=_HOSTILE, url=url, sha256="e" * 64, published="2025-01-02"),
        incidents=[Incident(
            actors=[Actor(name="<b>APT</b>](javascript:x)", aliases=["*x*"], evidence=[span])],
            victims=[Victim(name="[v](http://evil)", country="CZ", evidence=[span])],
            attributions=[Attribution(by="<i>Corp</i>", actor="<b>APT</b>](javascript:x)", confidence="high", evidence=[span])],
            denials=[Denial(by="CN", evidence=[span])],
            software=[Software(name=_HOSTILE, kb_ref="](javascript:alert(1))", type="tool", evidence=[span])],
        )],
    )


def test_export_markdown_escapes_attacker_text() -> None:
    html = _html(export([_hostile_report("javascript:alert(1)")], "markdown"))
    assert "<script" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert 'href="javascript' not in html
    assert "<a " not in html.replace('<a href="https://attack.mitre.org', "")  # no links at all
    assert "<h1>Heading" not in html and "<li>item" not in html and "<table>" not in html
    assert "<strong>bold</strong>" not in html and "<code>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, not run


def test_export_markdown_links_only_http_urls() -> None:
    html = _html(export([_hostile_report("https://news.example.org/a (b)?q=<x>")], "markdown"))
    assert 'href="https://news.example.org/a%20%28b%29?q=%3Cx%3E"' in html
    for url in ("javascript:alert(1)", "data:text/html,x", "http:", "//evil.example/x", "vbscript:x"):
        assert md_link("label", url) == "label"


def test_export_markdown_escape_is_one_inert_line() -> None:
    assert md_escape("a\n# b\n\n- c") == "a \\# b - c"
    assert md_escape("<a href=x>&</a>") == "&lt;a href=x&gt;&amp;&lt;/a&gt;"
    assert md_escape("[x](y) *z* _w_ `v` |") == "\\[x\\](y) \\*z\\* \\_w\\_ \\`v\\` \\|"


def test_export_markdown_empty_input() -> None:
    assert export([], "md").startswith("# Attribution brief\n\n0 incidents from 0 documents, as of 1970-01-01.")


def test_export_markdown_software_line_with_attack_links() -> None:
    text = export([software_report()], "markdown")
    sandworm, volt = text.split("## Volt Typhoon")
    assert (
        "Software named: **NotPetya** (malware, [MITRE ATT&amp;CK S0368](https://attack.mitre.org/software/S0368/)); "
        "**Whispergate** (malware, [MITRE ATT&amp;CK S0689](https://attack.mitre.org/software/S0689/))."
    ) in sandworm.split("### What happened")[1].split("### Who attributed it")[0]
    assert (
        "Software named: **KV Botnet**; "
        "**Mimikatz** (tool, [MITRE ATT&amp;CK S0002](https://attack.mitre.org/software/S0002/))."
    ) in volt
    html = _html(text)
    assert '<a href="https://attack.mitre.org/software/S0002/">MITRE ATT&amp;CK S0002</a>' in html
    assert "Software named" not in export([seed_report()], "markdown")  # no software, no line


def test_export_markdown_software_name_is_escaped() -> None:
    text = export([_hostile_report("https://x.example/")], "markdown")
    (line,) = [ln for ln in text.splitlines() if ln.startswith("Software named:")]
    assert "javascript" not in line.split("**")[-1]  # the malformed ATT&CK id links nowhere
    assert line.endswith("** (tool).")
    html = _html(text)
    assert 'href="javascript' not in html and "<script" not in html
