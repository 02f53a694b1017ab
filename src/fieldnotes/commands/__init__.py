"""Subcommands contributed by feature areas; each module has ``register(cli)``.

``fieldnotes.cli`` attaches every module found here, in name order, so an area adds its
commands by adding a module (PyInstaller: list them as hidden imports).
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import click

#: ``--db PATH`` as every command takes it.
db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Databasefil (standard: FIELDNOTES_DB eller brugerens datamappe).",
)


def register_all(cli: click.Group) -> None:
    """Let each module of this package add its commands to ``cli``."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}").register(cli)
