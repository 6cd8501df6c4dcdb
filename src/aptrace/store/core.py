"""The incident store: ``open_store``, ``Store`` and ``ingest``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ..errors import AptraceError, StoreError
from ..report import InputDocument, Report
from . import db, queries, writer
from .tables import Document
from .views import (
    ActorView,
    AddResult,
    Counts,
    IncidentView,
    IngestSummary,
    TimelineEntry,
    WhyView,
)

log = logging.getLogger(__name__)

Analyzer = Callable[[InputDocument], Report]


class Store:
    """An incident store on one database (SQLite or PostgreSQL).

    Writes are one transaction per document; reads see committed data only.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def add_report(self, report: Report, document: InputDocument | None = None) -> AddResult:
        """Store one document's report: added, unchanged (same text) or replaced (new version)."""
        result = db.run_with_retry(
            self.engine, lambda conn: writer.add_report(conn, report, document), what=report.document.id
        )
        log.info("%s: %s (%d incidents)", result.document, result.status, len(result.incidents))
        return result

    def has_document(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(Document.id).where(Document.sha256 == sha256)).first() is not None

    def split(self, incident_id: int, document_ids: list[str]) -> list[int]:
        """Take the named documents' reports out of an incident, for good; returns their incident ids."""
        return db.run_with_retry(
            self.engine, lambda conn: writer.split(conn, incident_id, list(document_ids)), what="split"
        )

    def unsplit(self, document_ids: list[str]) -> int:
        """Forget earlier splits involving these documents; returns how many constraints went."""
        return db.run_with_retry(self.engine, lambda conn: writer.unsplit(conn, list(document_ids)), what="unsplit")

    # ------------------------------------------------------------ reading

    def incidents(
        self,
        *,
        actor: Optional[str] = None,
        state: Optional[str] = None,
        victim: Optional[str] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
        response: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> list[IncidentView]:
        """Merged incidents, most recent first, filtered by actor name or alias,
        sponsor state, victim country, last date, response type."""
        with Session(self.engine) as conn:
            ids = queries.incident_ids(
                conn, actor=actor, state=state, victim=victim, since=since, until=until,
                response=response, limit=limit, offset=offset,
            )
            return queries.load_incidents(conn, ids)

    def incident(self, incident_id: int) -> IncidentView:
        with Session(self.engine) as conn:
            found = queries.load_incidents(conn, [incident_id])
        if not found:
            raise StoreError("no such incident", source=str(incident_id))
        return found[0]

    def why(self, incident_id: int) -> WhyView:
        """What matched between the incident's reports (and to reports kept apart)."""
        with Session(self.engine) as conn:
            return queries.why(conn, incident_id)

    def actor(self, name: str) -> ActorView:
        with Session(self.engine) as conn:
            return queries.actor(conn, name)

    def timeline(
        self,
        *,
        actor: Optional[str] = None,
        state: Optional[str] = None,
        victim: Optional[str] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
        response: Optional[str] = None,
        incident: Optional[int] = None,
    ) -> list[TimelineEntry]:
        with Session(self.engine) as conn:
            if incident is not None:
                ids = [incident]
            else:
                ids = queries.incident_ids(
                    conn, actor=actor, state=state, victim=victim, since=since, until=until, response=response
                )
            entries = queries.timeline(conn, ids)
        if since:
            entries = [e for e in entries if e.date is None or e.date >= since]
        if until:
            entries = [e for e in entries if e.date is None or e.date <= until + "~"]
        return entries

    def reports(
        self,
        *,
        documents: Optional[list[str]] = None,
        incidents: Optional[list[int]] = None,
        actor: Optional[str] = None,
        state: Optional[str] = None,
        victim: Optional[str] = None,
        since: Optional[str] = None,
        response: Optional[str] = None,
        per: str = "document",
    ) -> Iterator[Report]:
        """Reports rebuilt from the store (for exporters): per document, or per
        merged incident and document (``per="incident"``)."""
        with Session(self.engine) as conn:
            if any(v is not None for v in (actor, state, victim, since, response)):
                ids = queries.incident_ids(
                    conn, actor=actor, state=state, victim=victim, since=since, response=response
                )
                incidents = sorted(set(ids) & set(incidents)) if incidents is not None else ids
            yield from queries.reports(conn, documents=documents, incidents=incidents, per=per)

    def counts(self) -> Counts:
        with Session(self.engine) as conn:
            return queries.counts(conn)


def open_store(url: str | None = None, *, upgrade: bool = True) -> Store:
    """Open (and by default migrate) the store at ``url``.

    ``None`` means ``$APTRACE_DB`` or SQLite in the user's data directory;
    ``postgresql://...`` uses PostgreSQL through psycopg 3.
    """
    engine = db.make_engine(url)
    try:
        if upgrade:
            db.upgrade(engine)
        elif db.current_revision(engine) != db.head_revision():
            raise StoreError("database schema is not up to date: run `aptrace db upgrade`", source=url)
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise StoreError(f"cannot open the database: {exc}", source=db.resolve_url(url)) from exc
    return Store(engine)


InputItem = Union[str, Path, InputDocument]


def _default_analyzer() -> Analyzer:
    try:
        from ..extract import analyze_document  # type: ignore[attr-defined]
    except ImportError as exc:
        raise StoreError("no extractor available (aptrace.extract.analyze_document)") from exc
    return analyze_document  # type: ignore[no-any-return]


def _documents(inputs: Iterable[InputItem], published: str | None, fetch: Any) -> Iterator[Any]:
    pending: list[Any] = []
    for item in inputs:
        if isinstance(item, InputDocument):
            if pending:
                yield from _iter_paths(pending, published, fetch)
                pending = []
            yield item
        else:
            pending.append(item)
    if pending:
        yield from _iter_paths(pending, published, fetch)


def _iter_paths(items: list[Any], published: str | None, fetch: Any) -> Iterator[Any]:
    try:
        from ..ingest import iter_documents  # type: ignore[attr-defined]
    except ImportError as exc:
        raise StoreError("no document reader available (aptrace.ingest.iter_documents)") from exc
    kwargs: dict[str, Any] = {"published": published}
    if fetch is not None:
        kwargs["fetch"] = fetch
    yield from iter_documents([str(i) for i in items], **kwargs)


def ingest(
    inputs: Iterable[InputItem],
    store: Store,
    *,
    analyze: Analyzer | None = None,
    published: str | None = None,
    fetch: Any = None,
    on_result: Callable[[AddResult], None] | None = None,
) -> IngestSummary:
    """Analyse and store documents (paths, URLs, or ``InputDocument``s).

    A document whose text is already stored is skipped before analysis, so a
    run that was stopped continues where it stopped. One document that cannot
    be read or analysed is recorded as failed; the others go on.
    """
    analyzer = analyze or _default_analyzer()
    counts = {"added": 0, "unchanged": 0, "replaced": 0}
    failed: list[dict[str, str]] = []
    results: list[AddResult] = []
    for item in _documents(inputs, published, fetch):
        if not isinstance(item, InputDocument):  # an IngestFailure from the reader
            failed.append(
                {"source": str(getattr(item, "source", "?")), "reason": str(getattr(item, "reason", item))}
            )
            log.warning("cannot read %s: %s", failed[-1]["source"], failed[-1]["reason"])
            continue
        if store.has_document(item.sha256):
            result = AddResult(document=item.id, status="unchanged", incidents=[])
        else:
            try:
                report = analyzer(item)
            except AptraceError as exc:
                failed.append({"source": item.source or item.id, "reason": str(exc)})
                log.warning("cannot analyse %s: %s", item.id, exc)
                continue
            result = store.add_report(report, item)
        counts[result.status] += 1
        results.append(result)
        if on_result is not None:
            on_result(result)
    return IngestSummary(failed=failed, results=results, **counts)


def ingest_reports(paths: Iterable[Union[str, Path]], store: Store) -> IngestSummary:
    """Store reports already made (JSON Lines, one report a line, as `aptrace analyze` writes)."""
    import json

    from pydantic import ValidationError

    counts = {"added": 0, "unchanged": 0, "replaced": 0}
    failed: list[dict[str, str]] = []
    results: list[AddResult] = []
    for path in paths:
        try:
            fh = open(path, encoding="utf-8")
        except OSError as exc:
            failed.append({"source": str(path), "reason": exc.strerror or str(exc)})
            continue
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    report = Report.from_dict(json.loads(line))
                except (json.JSONDecodeError, ValidationError) as exc:
                    reason = str(exc).splitlines()[0]
                    failed.append({"source": where, "reason": f"not a report: {reason}"})
                    log.warning("%s: not a report: %s", where, reason)
                    continue
                result = store.add_report(report)
                counts[result.status] += 1
                results.append(result)
    return IngestSummary(failed=failed, results=results, **counts)
