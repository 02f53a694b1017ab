"""``fieldnotes backup``, ``backups`` and ``restore``: backups from the command line.

They only call ``fieldnotes.core.backups``; bad input raises a ``KnownError``, which the CLI
prints as one line before exiting with status 2. ``restore`` writes, so it refuses a database
the Fieldnotes app has open.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..core import backups
from ..core.lock import refuse_if_held
from . import database, db_option

REASON_WORDS = {
    "start": "ved start",
    "periodic": "periodisk",
    "merge": "før fletning",
    "migration": "før opgradering",
    "manual": "manuel",
    "restore": "før gendannelse",
    "encryption": "før kryptering",
}
SHOWN = (("visit", "besøg"), ("note", "noter"), ("person", "personer"))


def describe(info: backups.BackupInfo) -> str:
    """``2013-03-04 10:11  periodisk        12 besøg  340 noter  5 personer``"""
    when = info.local_time.strftime("%Y-%m-%d %H:%M")
    if info.counts:
        counts = "  ".join(f"{info.counts.get(name, 0):>5} {word}" for name, word in SHOWN)
    else:
        counts = "(kan ikke læses)"
    return f"{when}  {REASON_WORDS.get(info.reason, info.reason):<16}{counts}"


@click.command("backup")
@db_option
@click.pass_context
def backup_command(ctx: click.Context, db_path: Path | None) -> None:
    """Tag en sikkerhedskopi nu (også mens programmet har databasen åben).

    Kopierne ligger i datamappens »backups«; de ti nyeste og én pr. dag i 30 dage gemmes.

    Eksempel: fieldnotes backup --db master.db
    """
    info = backups.back_up_file(database(ctx, db_path), "manual")
    assert info is not None
    click.echo(f"Sikkerhedskopi gemt: {info.path}")
    click.echo(describe(info))


@click.command("backups")
@db_option
@click.pass_context
def backups_command(ctx: click.Context, db_path: Path | None) -> None:
    """Vis databasens sikkerhedskopier, nyeste først, med tidspunkt, årsag og antal.

    Nummeret kan bruges med »fieldnotes restore«.

    Eksempel: fieldnotes backups --db master.db
    """
    found = backups.list_backups(database(ctx, db_path))
    for number, info in enumerate(found, start=1):
        click.echo(f"{number:>3}  {describe(info)}  {info.path.name}")
    click.echo(f"{len(found)} sikkerhedskopier i {backups.backup_root()}.")


@click.command("restore")
@db_option
@click.argument("backup")
@click.option("--yes", is_flag=True, help="Spørg ikke om bekræftelse.")
@click.pass_context
def restore_command(ctx: click.Context, db_path: Path | None, backup: str, yes: bool) -> None:
    """Gendan en sikkerhedskopi (nummer eller filnavn fra »fieldnotes backups«, eller en sti).

    Den nuværende database gemmes først som en ny sikkerhedskopi, så gendannelsen kan
    fortrydes. Programmet må ikke have databasen åben.

    Eksempel: fieldnotes restore --db master.db 2
    """
    target = database(ctx, db_path)
    refuse_if_held(target)
    info = backups.find_backup(target, backup)
    if not yes:
        when = info.local_time.strftime("%Y-%m-%d %H:%M")
        reason = REASON_WORDS.get(info.reason, info.reason)
        click.confirm(
            f"Erstat {target} med sikkerhedskopien fra {when} ({reason})? "
            "Den nuværende database gemmes først.",
            abort=True,
            err=True,
        )
    kept = backups.restore(target, info)
    click.echo(f"Gendannet fra {info.path.name}.")
    if kept is not None:
        click.echo(
            f"Den hidtidige database er gemt som {kept.path.name} (gendan den for at fortryde)."
        )


def register(cli: click.Group) -> None:
    """Add ``backup``, ``backups`` and ``restore`` to ``cli``."""
    for command in (backup_command, backups_command, restore_command):
        cli.add_command(command)
