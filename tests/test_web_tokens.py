"""API tokens: shown once, kept as SHA-256 only, owner-readable, revocable across processes."""

from __future__ import annotations

import hashlib
import json
import stat
from datetime import datetime, timezone
from pathlib import Path

import pytest

from aptrace.errors import AptraceError, InputError
from aptrace.web.tokens import TOKEN_PREFIX, TokenStore, default_tokens_path


def test_web_tokens_create_keeps_only_the_hash(tmp_path: Path) -> None:
    store = TokenStore(tmp_path / "sub" / "tokens.json")
    when = datetime(2025, 6, 1, 10, 0, tzinfo=timezone.utc)
    info, secret = store.create("ci", now=when)
    assert secret.startswith(TOKEN_PREFIX) and len(secret) > 40
    raw = store.path.read_text()
    assert secret not in raw
    data = json.loads(raw)
    assert data["version"] == 1
    assert data["tokens"] == [
        {"id": info.id, "name": "ci", "created": "2025-06-01T10:00:00+00:00",
         "sha256": hashlib.sha256(secret.encode()).hexdigest()}
    ]
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_web_tokens_verify(tmp_path: Path) -> None:
    store = TokenStore(tmp_path / "tokens.json")
    a, secret_a = store.create("a")
    b, secret_b = store.create("b")
    assert a.id != b.id and secret_a != secret_b
    assert store.verify(secret_a) == a
    assert store.verify(secret_b) == b
    assert store.verify(secret_a + "x") is None
    assert store.verify("") is None and store.verify(None) is None
    assert [t.name for t in store.list()] == ["a", "b"]


def test_web_tokens_revoke_seen_by_other_instances(tmp_path: Path) -> None:
    server = TokenStore(tmp_path / "tokens.json")
    info, secret = server.create("x")
    assert server.verify(secret) == info
    cli = TokenStore(tmp_path / "tokens.json")  # another process: the CLI
    assert cli.revoke(info.id) == info
    assert server.verify(secret) is None
    with pytest.raises(AptraceError, match="no such token"):
        cli.revoke(info.id)


def test_web_tokens_missing_file_means_no_tokens(tmp_path: Path) -> None:
    store = TokenStore(tmp_path / "none.json")
    assert store.list() == [] and store.verify("aptr_anything") is None
    assert not store.path.exists()


def test_web_tokens_bad_file_names_it(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("{not json")
    with pytest.raises(InputError, match="not an aptrace tokens file") as err:
        TokenStore(path).list()
    assert err.value.source == str(path)


def test_web_tokens_bad_name(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="printable"):
        TokenStore(tmp_path / "t.json").create("a\nb")


def test_web_tokens_default_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APTRACE_TOKENS", str(tmp_path / "env.json"))
    assert default_tokens_path() == tmp_path / "env.json"
    assert TokenStore().path == tmp_path / "env.json"
    monkeypatch.delenv("APTRACE_TOKENS")
    assert default_tokens_path().name == "tokens.json" and "aptrace" in str(default_tokens_path())
