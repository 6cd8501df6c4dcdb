"""Store and library errors as HTTP errors (detail names the input and the problem)."""

from __future__ import annotations

from fastapi import HTTPException

from ...errors import AptraceError

ERROR_RESPONSES: dict[int | str, dict[str, str]] = {
    400: {"description": "A filter or input the library refused (the detail names it and the problem)."},
}
NOT_FOUND = {404: {"description": "No such item in the store."}}
WRITE_RESPONSES: dict[int | str, dict[str, str]] = {
    401: {"description": "No token, or a token that is not valid (see `aptrace token create`)."},
    403: {"description": "The server runs read-only (`aptrace serve --read-only`)."},
}


def not_found(exc: AptraceError) -> HTTPException:
    return HTTPException(status_code=404, detail=str(exc))
