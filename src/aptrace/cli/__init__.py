"""The ``aptrace`` command: thin adapters over the library.

Each command group lives in its own module and registers its commands on
``app`` when imported; a command parses arguments, makes one library call and
prints. No extraction, SQL or STIX here.
"""

from __future__ import annotations

import logging
import sys

from ._app import app, console, err_console

# Command modules register themselves on import (order = order in --help).
from . import analyze as _analyze  # noqa: F401,E402
from . import kb as _kb  # noqa: F401,E402
from . import store as _store  # noqa: F401,E402
from . import export as _export  # noqa: F401,E402
from . import assist as _assist  # noqa: F401,E402
from . import web as _web  # noqa: F401,E402

__all__ = ["app", "main", "console", "err_console"]


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="aptrace: %(message)s", stream=sys.stderr)
    app()
