"""Exporters: aptrace's reports as STIX 2.1, MISP events, CSV and Markdown briefs.

Each exporter is a pure function ``(reports, *, now) -> str`` registered in
:mod:`aptrace.registry` under the kind ``"exporters"`` with a versioned name
and short aliases:

=============  ====================  ==========================================
name           aliases               output
=============  ====================  ==========================================
``stix21.v1``  ``stix``              one STIX 2.1 bundle (JSON)
``misp.v1``    ``misp``              JSON array of ``{"Event": ...}``, one per incident
``csv.v1``     ``csv``               one row per claim, with its evidence
``markdown.v1````markdown``, ``md``  a brief per incident
=============  ====================  ==========================================

The built-ins register themselves when this package is imported, exactly as a
plugin does; a third-party exporter registers with the same decorator or with
an entry point in the ``aptrace.exporters`` group naming such a function.

Ids are UUIDv5 over stable keys and ``now`` (the timestamp written into the
output) defaults to the latest publication date of the documents, never the
wall clock: exporting the same reports twice gives identical files. The one
thing read besides the reports is the ATT&CK software catalogue the extractor
uses (:func:`aptrace.kb.attack.load_profiles`): STIX and MISP name a software
with an ATT&CK id as ATT&CK does, and tag its MISP galaxy cluster value.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Sequence

from .. import registry
from ..errors import ExportError
from ..report import Report
from . import csv as _csv  # noqa: F401  (registers csv.v1)
from . import markdown as _markdown  # noqa: F401  (registers markdown.v1)
from . import misp as _misp  # noqa: F401  (registers misp.v1)
from . import stix as _stix  # noqa: F401  (registers stix21.v1)
from .common import default_now, filter_reports, load_reports

log = logging.getLogger(__name__)

__all__ = ["export", "available_formats", "get_exporter", "default_now", "load_reports", "filter_reports"]


def available_formats() -> list[str]:
    """Names and aliases of every registered exporter (``csv``, ``csv.v1``, ...)."""
    return registry.names("exporters")


def get_exporter(format: str):  # noqa: A002  (the user-facing word)
    """The exporter registered as ``format``; :class:`ExportError` when there is none."""
    try:
        return registry.get("exporters", format)
    except KeyError:
        known = ", ".join(available_formats())
        raise ExportError(f"unknown export format (known: {known})", source=format) from None


def export(reports: Sequence[Report], format: str, *, now: datetime | None = None) -> str:  # noqa: A002
    """Render ``reports`` in ``format``; ``now`` defaults to :func:`default_now`.

    Raises :class:`~aptrace.errors.ExportError` for an unknown format, a naive
    ``now``, or an exporter that fails on these reports.
    """
    exporter = get_exporter(format)
    reports = list(reports)
    if now is None:
        now = default_now(reports)
    elif now.tzinfo is None or now.utcoffset() is None:
        raise ExportError("the export timestamp must be timezone-aware", source=now.isoformat())
    try:
        return exporter(reports, now=now)
    except ExportError:
        raise
    except Exception as exc:  # a broken report or plugin: name the format and the problem
        log.debug("exporter %s failed", format, exc_info=True)
        raise ExportError(f"cannot export: {type(exc).__name__}: {exc}", source=format) from exc
