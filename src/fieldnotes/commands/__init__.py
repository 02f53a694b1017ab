"""Subcommands contributed by feature areas; each module has ``register(cli)``.

``fieldnotes.cli`` attaches every module found here, in name order, so an area adds its
commands by adding a module (PyInstaller: list them as hidden imports).
"""

from __future__ import annotations

import importlib
import pkgutil

import click


def register_all(cli: click.Group) -> None:
    """Let each module of this package add its commands to ``cli``."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}").register(cli)
