"""Subcommands contributed by feature areas; each module has ``register(cli)``.

``fieldnotes.cli`` attaches every module found here, in name order, so an area adds its
commands by adding a module (PyInstaller: list them as hidden imports).
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import click

from .. import paths
from ..core import cipher
from ..core.lock import refuse_if_held
from ..core.store import Store, sqlite_error

#: ``--db PATH`` as every command takes it.
db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Databasefil (standard: FIELDNOTES_DB eller brugerens datamappe).",
)


def given_db(ctx: click.Context, db_path: Path | None) -> Path | None:
    """The command's ``--db``, else the group's (``fieldnotes --db PATH …``); None: neither."""
    return db_path or (ctx.obj if isinstance(ctx.obj, Path) else None)


def database(ctx: click.Context, db_path: Path | None) -> Path:
    """The database file the command works on: ``given_db``, else the default one."""
    return paths.resolve_db(given_db(ctx, db_path))


def open_store(path: Path, *, write: bool = False) -> Store:
    """Open the database; a command that writes is refused while the app has it open."""
    if write:
        refuse_if_held(path)
    return Store.open(path)


@contextlib.contextmanager
def opened(ctx: click.Context, db_path: Path | None, *, write: bool = False) -> Iterator[Store]:
    """The command's database (``database``), closed when the block ends; an SQLite error
    in the block is told about that file (locked, damaged, …)."""
    path = database(ctx, db_path)
    store = open_store(path, write=write)
    try:
        yield store
    except cipher.ERRORS as exc:
        raise sqlite_error(exc, path) from exc
    finally:
        store.close()


def register_all(cli: click.Group) -> None:
    """Let each module of this package add its commands to ``cli``."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}").register(cli)
