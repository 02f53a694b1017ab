"""``fieldnotes encrypt``, ``decrypt`` and ``passphrase``: encryption at rest per database.

They only call ``fieldnotes.core.encryption``. A passphrase never comes from the command line:
the current one from FIELDNOTES_PASSPHRASE or the terminal (see ``cli.ask_passphrase``), a new
one from FIELDNOTES_NEW_PASSPHRASE (``encrypt`` also takes FIELDNOTES_PASSPHRASE) or typed
twice on the terminal. All three write, so they refuse a database the app has open.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import click

from ..core import cipher
from ..core.backups import BackupInfo
from ..core.encryption import change_encryption
from ..core.errors import StoreError
from ..core.lock import refuse_if_held
from . import database, db_option

NEW_PASSPHRASE_ENV = "FIELDNOTES_NEW_PASSPHRASE"


def _db(ctx: click.Context, db_path: Path | None) -> Path:
    target = database(ctx, db_path)
    if not target.is_file():
        raise StoreError("no_database", path=target)
    refuse_if_held(target)
    return target


def _new_passphrase(*names: str) -> cipher.Passphrase:
    """The passphrase to encrypt with: from the first variable of ``names`` that is set, else
    typed twice on the terminal."""
    for name in names:
        if os.environ.get(name):
            return cipher.new_passphrase(os.environ[name])
    if not sys.stdin.isatty():
        raise click.UsageError(f"angiv den nye adgangskode i {names[0]}")
    first = getpass.getpass("Ny adgangskode: ")
    chosen = cipher.new_passphrase(first)
    if getpass.getpass("Gentag den nye adgangskode: ") != first:
        raise click.UsageError("de to adgangskoder er forskellige; intet er ændret")
    return chosen


def _done(before: BackupInfo | None) -> None:
    if before is not None:
        click.echo(f"Sikkerhedskopien fra før ligger i {before.path}")


@click.command("encrypt")
@db_option
@click.pass_context
def encrypt_command(ctx: click.Context, db_path: Path | None) -> None:
    """Kryptér databasen og dens sikkerhedskopier med en adgangskode (SQLCipher).

    Uden adgangskoden kan ingen læse data – heller ikke du: skriv den ned et sikkert sted.
    Adgangskoden tastes to gange (eller angives i FIELDNOTES_PASSPHRASE).

    Eksempel: fieldnotes encrypt --db master.db
    """
    target = _db(ctx, db_path)
    if cipher.is_encrypted(target):
        raise cipher.CipherError("already_encrypted", path=target)
    chosen = _new_passphrase(NEW_PASSPHRASE_ENV, "FIELDNOTES_PASSPHRASE")
    before = change_encryption(target, chosen)
    click.echo(f"Databasen er krypteret: {target}")
    _done(before)


@click.command("decrypt")
@db_option
@click.pass_context
def decrypt_command(ctx: click.Context, db_path: Path | None) -> None:
    """Fjern krypteringen af databasen og dens sikkerhedskopier.

    Eksempel: FIELDNOTES_PASSPHRASE=… fieldnotes decrypt --db master.db
    """
    target = _db(ctx, db_path)
    before = change_encryption(target, None)
    click.echo(f"Databasen er ikke længere krypteret: {target}")
    _done(before)


@click.command("passphrase")
@db_option
@click.pass_context
def passphrase_command(ctx: click.Context, db_path: Path | None) -> None:
    """Skift adgangskoden til en krypteret database (og dens sikkerhedskopier).

    Den nuværende adgangskode tastes først, derefter den nye to gange.

    Eksempel: fieldnotes passphrase --db master.db
    """
    target = _db(ctx, db_path)
    if not cipher.is_encrypted(target):
        raise cipher.CipherError("not_encrypted", path=target)
    cipher.unlock(target)
    chosen = _new_passphrase(NEW_PASSPHRASE_ENV)
    before = change_encryption(target, chosen)
    click.echo(f"Adgangskoden er skiftet: {target}")
    _done(before)


def register(cli: click.Group) -> None:
    """Add ``encrypt``, ``decrypt`` and ``passphrase`` to ``cli``."""
    for command in (encrypt_command, decrypt_command, passphrase_command):
        cli.add_command(command)
