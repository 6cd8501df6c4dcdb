"""aptrace.web: the JSON API and the dashboard (``create_app``), and API tokens."""

from __future__ import annotations

from .app import create_app
from .tokens import TokenInfo, TokenStore, default_tokens_path

__all__ = ["create_app", "TokenStore", "TokenInfo", "default_tokens_path"]
