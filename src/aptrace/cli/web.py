"""CLI commands: ``serve`` (the API and dashboard) and ``token create|list|revoke``."""

from __future__ import annotations

import ipaddress
import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import AptraceError
from ._app import app, console, err_console

DB_HELP = "Database URL (sqlite:///path or postgresql://...); default $APTRACE_DB or SQLite in the user data directory."
TOKENS_HELP = "The tokens file; default $APTRACE_TOKENS or tokens.json in the user data directory."


def _fail(exc: AptraceError) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {exc}")
    return typer.Exit(1)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    read_only: bool = typer.Option(False, "--read-only", help="Refuse every write (403): for public mirrors."),
    tokens: Optional[Path] = typer.Option(None, "--tokens", help=TOKENS_HELP),
) -> None:
    """Serve the JSON API (/api, documented at /docs and /openapi.json) and the dashboard."""
    import uvicorn

    from ..store import open_store
    from ..web import create_app

    try:
        store = open_store(db)
    except AptraceError as exc:
        raise _fail(exc) from exc
    if not _is_loopback(host):
        err_console.print(
            f"[yellow]warning:[/yellow] listening on {host}: reads are open to anyone who can reach it"
            + ("" if read_only else "; writes still need a token")
        )
    web_app = create_app(store, read_only=read_only, tokens=tokens)
    err_console.print(
        f"aptrace: serving {store.url} on http://{host}:{port}/ ({'read-only' if read_only else 'writes need a token'})"
    )
    try:
        uvicorn.run(web_app, host=host, port=port, log_level="info")
    finally:
        store.close()


token_app = typer.Typer(help="API tokens for the server's write endpoints.", no_args_is_help=True)
app.add_typer(token_app, name="token")


def _tokens(path: Optional[Path]):  # type: ignore[no-untyped-def]
    from ..web.tokens import TokenStore

    return TokenStore(path)


@token_app.command("create")
def token_create(
    name: str = typer.Option("", "--name", help="A name to recognise the token by (who or what uses it)."),
    tokens: Optional[Path] = typer.Option(None, "--tokens", help=TOKENS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print id, name and token as JSON."),
) -> None:
    """Make a token and print it once: only its SHA-256 is kept."""
    store = _tokens(tokens)
    try:
        info, secret = store.create(name)
    except AptraceError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps({"id": info.id, "name": info.name, "token": secret}) + "\n")
        return
    sys.stdout.write(secret + "\n")
    err_console.print(
        f"token {info.id} created in {store.path}; it is shown only now. "
        "Send it as 'Authorization: Bearer <token>'."
    )


@token_app.command("list")
def token_list(
    tokens: Optional[Path] = typer.Option(None, "--tokens", help=TOKENS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the tokens as JSON."),
) -> None:
    """The tokens (ids, names, dates; never the secrets)."""
    try:
        found = _tokens(tokens).list()
    except AptraceError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps([{"id": t.id, "name": t.name, "created": t.created} for t in found]) + "\n")
        return
    if not found:
        err_console.print("no tokens")
    for t in found:
        console.print(f"{t.id}\t{t.created}\t{t.name}", markup=False, highlight=False)


@token_app.command("revoke")
def token_revoke(
    token_id: str = typer.Argument(..., help="The token's id (from `aptrace token list`)."),
    tokens: Optional[Path] = typer.Option(None, "--tokens", help=TOKENS_HELP),
) -> None:
    """Revoke a token: the server refuses it from its next request."""
    try:
        info = _tokens(tokens).revoke(token_id)
    except AptraceError as exc:
        raise _fail(exc) from exc
    console.print(f"revoked {info.id}" + (f" ({info.name})" if info.name else ""), markup=False, highlight=False)
