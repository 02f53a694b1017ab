"""The ``fieldnotes`` command's entry point.

Opening the window (``fieldnotes`` or ``fieldnotes --db PATH``) goes straight to the app: the
command line's many subcommands are loaded only when one is asked for, which keeps start-up
within twice a bare Qt window (benchmarks/bench_gui_startup.py). Anything else, including
``--demo``, ``--help`` and every subcommand, is the click command line in ``fieldnotes.cli``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def window_database(args: list[str]) -> Path | bool | None:
    """The ``--db`` of arguments that only open the window (None: the default database), or
    False when the arguments are for the command line."""
    if not args:
        return None
    if len(args) == 2 and args[0] == "--db" and args[1] and not args[1].startswith("-"):
        return Path(args[1])
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return Path(args[0][len("--db=") :])
    return False


def main() -> None:
    """Console-script entry point."""
    db_path = window_database(sys.argv[1:])
    if db_path is False:
        from .cli import main as cli_main

        cli_main()
        return
    from . import paths
    from .app import run_gui
    from .core.errors import KnownError

    try:
        sys.exit(run_gui(paths.resolve_db(db_path)))
    except KnownError as exc:
        print(f"fieldnotes: {exc.message()}", file=sys.stderr)
        sys.exit(2)
