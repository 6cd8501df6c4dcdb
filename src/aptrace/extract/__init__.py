"""Extraction: from a document's text to its attribution report, with evidence.

``analyze_document`` runs the default :class:`Pipeline` (sentences ->
mentions -> dates -> clauses -> incidents) and assembles the report;
``analyze_stream`` does it for a batch, turning every failure into a record.
"""

from __future__ import annotations

from .batch import Analysed, analyze_stream
from .pipeline import DEFAULT_STAGES, Pipeline, Stage, analyze_document, analyze_text

__all__ = ["Analysed", "DEFAULT_STAGES", "Pipeline", "Stage", "analyze_document", "analyze_stream", "analyze_text"]
