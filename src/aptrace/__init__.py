"""aptrace: public attributions of state-sponsored cyber operations, extracted with evidence."""

from __future__ import annotations

from .errors import AptraceError, InputError
from .report import SCHEMA, InputDocument, Report

__version__ = "0.1.0"

__all__ = ["AptraceError", "InputError", "InputDocument", "Report", "SCHEMA", "__version__"]
