"""``aptrace token create|list|revoke`` and ``aptrace serve`` (a real server process)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from aptrace.cli import app
from aptrace.web.tokens import TokenStore
from web_fixtures import filled_store

runner = CliRunner()


def test_web_cli_token_create_list_revoke(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    made = runner.invoke(app, ["token", "create", "--name", "ci bot", "--tokens", str(path), "--json"])
    assert made.exit_code == 0, made.output
    created = json.loads(made.stdout)
    assert created["name"] == "ci bot" and created["token"].startswith("aptr_")
    assert TokenStore(path).verify(created["token"]).id == created["id"]

    plain = runner.invoke(app, ["token", "create", "--tokens", str(path)])
    assert plain.exit_code == 0
    secret = plain.stdout.strip()
    assert secret.startswith("aptr_") and "\n" not in secret  # only the token on stdout, for scripts

    listed = runner.invoke(app, ["token", "list", "--tokens", str(path), "--json"])
    tokens = json.loads(listed.stdout)
    assert [t["name"] for t in tokens] == ["ci bot", ""]
    assert "token" not in tokens[0] and "sha256" not in tokens[0]

    revoked = runner.invoke(app, ["token", "revoke", created["id"], "--tokens", str(path)])
    assert revoked.exit_code == 0 and created["id"] in revoked.stdout
    assert TokenStore(path).verify(created["token"]) is None
    again = runner.invoke(app, ["token", "revoke", created["id"], "--tokens", str(path)])
    assert again.exit_code == 1 and "no such token" in again.output


def test_web_cli_token_uses_env_path(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("APTRACE_TOKENS", str(tmp_path / "env-tokens.json"))
    assert runner.invoke(app, ["token", "create"]).exit_code == 0
    assert len(TokenStore(tmp_path / "env-tokens.json").list()) == 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "APTRACE_TOKENS": str(tmp_path / "tokens.json")}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from aptrace.cli import main; main()", "serve", "--port", str(port),
         "--db", f"sqlite:///{tmp_path / 'store.db'}", *extra],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read().decode() if proc.stderr else "server exited")
        try:
            httpx.get(url + "/api", timeout=1)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("aptrace serve did not answer")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def test_web_cli_serve_read_only(tmp_path: Path) -> None:
    filled_store(tmp_path / "store.db").close()
    _, secret = TokenStore(tmp_path / "tokens.json").create("t")
    proc, url = _serve(tmp_path, "--read-only")
    try:
        assert httpx.get(url + "/api").json()["read_only"] is True
        assert httpx.get(url + "/api/incidents").json()["total"] == 2
        assert "APT31" in httpx.get(url + "/incidents").text
        r = httpx.post(url + "/api/ingest", json={"documents": []}, headers={"Authorization": f"Bearer {secret}"})
        assert r.status_code == 403
    finally:
        _stop(proc)


def test_web_cli_serve_writes_need_token(tmp_path: Path) -> None:
    _, secret = TokenStore(tmp_path / "tokens.json").create("t")
    proc, url = _serve(tmp_path)
    try:
        body = {"documents": [{"id": "d", "text": "APT28 hacked the Bundestag, Germany said."}]}
        assert httpx.post(url + "/api/ingest", json=body).status_code == 401
        ok = httpx.post(url + "/api/ingest", json=body, headers={"Authorization": f"Bearer {secret}"}, timeout=60)
        assert ok.status_code == 200 and ok.json()["added"] == 1
    finally:
        _stop(proc)
