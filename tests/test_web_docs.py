"""docs/web.md cannot drift: every API operation, dashboard page and command is in it."""

from __future__ import annotations

import re
from pathlib import Path

from aptrace.store import open_store
from aptrace.web import create_app

DOC = Path(__file__).resolve().parents[1] / "docs" / "web.md"


def test_web_docs_every_operation_and_page(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        app = create_app(store, tokens=tmp_path / "t.json")
        schema = app.openapi()
        pages = [r.path for r in app.routes if getattr(r, "include_in_schema", True) is False]
    finally:
        store.close()
    for path, item in schema["paths"].items():
        for method in item:
            row = re.search(rf"\|\s*{method.upper()}\s*\|\s*`{re.escape(path)}`", text)
            assert row, f"{method.upper()} {path} is not in docs/web.md"
    for page in pages:
        if page in ("/", "/favicon.ico"):
            continue
        shown = page.replace("{incident_id}", "{id}").replace("{name:path}", "{name}")
        assert f"`{shown}`" in text, f"page {page} is not in docs/web.md"
    for command in ("aptrace serve", "aptrace token create", "aptrace token list", "aptrace token revoke",
                    "--read-only", "--tokens", "--host", "--port", "--db"):
        assert command in text, command


def test_web_docs_screenshot_is_committed() -> None:
    shot = DOC.parent / "screenshot-incident.png"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "(screenshot-incident.png)" in DOC.read_text(encoding="utf-8")


def test_web_docs_public_api() -> None:
    import aptrace.web as web

    assert sorted(web.__all__) == ["TokenInfo", "TokenStore", "create_app", "default_tokens_path"]
    assert all(hasattr(web, name) for name in web.__all__)
