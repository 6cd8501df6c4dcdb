"""Typed dependencies shared by the API routers and the dashboard pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Callable, Literal, Optional

from fastapi import Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..ingest import FetchOptions
from ..report import InputDocument, Report
from ..store import Store
from ..vocab import RESPONSE_TYPES
from .tokens import TokenInfo, TokenStore

__all__ = [
    "WebSettings",
    "get_store",
    "get_settings",
    "require_write",
    "IncidentFilters",
    "StoreDep",
    "SettingsDep",
    "WriterDep",
    "FiltersDep",
    "MAX_PAGE",
]

MAX_PAGE = 500
_NO_CONTROL = r"^[^\x00-\x1f\x7f]*$"
# what the store takes as a state: an ISO 3166-1 alpha-2 code or a bloc (any case)
_STATE = r"^([A-Za-z]{2}|[Ee][Uu]|[Nn][Aa][Tt][Oo]|[Uu][Nn]|[Gg]7|[Oo][Ss][Cc][Ee]|[Aa][Ss][Ee][Aa][Nn])?$"
_DATE = r"^([1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$"
ResponseType = Literal[tuple(sorted(RESPONSE_TYPES)) + ("",)]  # type: ignore[valid-type]


@dataclass(frozen=True)
class WebSettings:
    """How the app was made: read-only or not, where tokens live, how URLs are fetched."""

    read_only: bool
    tokens: TokenStore
    fetch: FetchOptions
    analyze: Callable[[InputDocument], Report]


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="A token made with `aptrace token create`, sent as `Authorization: Bearer <token>`.",
)


def require_write(
    settings: SettingsDep,
    credentials: Annotated[Optional[HTTPAuthorizationCredentials], Depends(bearer)],
) -> TokenInfo:
    """Writes need a valid token (401 otherwise); a read-only server refuses them all (403)."""
    if settings.read_only:
        raise HTTPException(status_code=403, detail="this server is read-only")
    if credentials is None:
        raise HTTPException(
            status_code=401,
            detail="a token is required (Authorization: Bearer <token>; make one with `aptrace token create`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = settings.tokens.verify(credentials.credentials)
    if token is None:
        raise HTTPException(
            status_code=401, detail="invalid or revoked token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
        )
    return token


WriterDep = Annotated[TokenInfo, Depends(require_write)]


def _text(description: str, max_length: int = 200, pattern: str = _NO_CONTROL) -> Any:
    return Query(description=description, max_length=max_length, pattern=pattern)


@dataclass(frozen=True)
class IncidentFilters:
    """The CLI's incident filters (``aptrace incidents --actor ... --since ...``)."""

    actor: Optional[str] = None
    state: Optional[str] = None
    victim: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    response: Optional[str] = None

    def as_kwargs(self) -> dict[str, Optional[str]]:
        return {k: v for k, v in self.__dict__.items()}

    def query(self) -> dict[str, str]:
        """The non-empty filters, for links."""
        return {k: v for k, v in self.__dict__.items() if v}


def incident_filters(
    actor: Annotated[Optional[str], _text("Actor name or alias (APT28, Fancy Bear).")] = None,
    state: Annotated[Optional[str], _text("Sponsor state, ISO 3166-1 alpha-2 (RU, CN) or a bloc (EU).", 8, _STATE)] = None,
    victim: Annotated[Optional[str], _text("Victim country, ISO 3166-1 alpha-2 (CZ).", 8, _STATE)] = None,
    since: Annotated[Optional[str], _text("Last date on or after (YYYY, YYYY-MM or YYYY-MM-DD).", 10, _DATE)] = None,
    until: Annotated[Optional[str], _text("First date on or before (YYYY, YYYY-MM or YYYY-MM-DD).", 10, _DATE)] = None,
    response: Annotated[Optional[ResponseType], Query(description="Response type.")] = None,
) -> IncidentFilters:
    # empty form fields mean "no filter"
    return IncidentFilters(
        actor=actor or None,
        state=state or None,
        victim=victim or None,
        since=since or None,
        until=until or None,
        response=response or None,
    )


FiltersDep = Annotated[IncidentFilters, Depends(incident_filters)]
