"""``fieldnotes redact``: take a name out of notes for good, in every version and backup.

The name is asked for rather than given as an argument, so it stays out of the shell's
history; the notes that name it are listed, and replaced only after a yes (or ``--yes``).
"""

from __future__ import annotations

from pathlib import Path

import click

from ..core.erasure import mentions, redact_everywhere
from . import database, db_option, open_store


@click.command("redact")
@db_option
@click.argument("note_ids", nargs=-1, metavar="[NOTE_ID]...")
@click.option("--yes", is_flag=True, help="Spørg ikke om bekræftelse.")
@click.pass_context
def redact_command(
    ctx: click.Context, db_path: Path | None, note_ids: tuple[str, ...], yes: bool
) -> None:
    """Erstat et navn med [slettet] i noterne, også i deres tidligere versioner, i
    sikkerhedskopierne og i alt, hvad senere pakker bringer.

    Programmet spørger om navnet (så det ikke står i kommandohistorikken). Uden NOTE_ID:
    alle noter, der nævner navnet. Kan ikke fortrydes.

    Eksempel: fieldnotes redact --db master.db
    """
    store = open_store(database(ctx, db_path), write=True)
    try:
        name = click.prompt("Navn", err=True)
        found = [m for m in mentions(store, name) if not note_ids or m.note_id in note_ids]
        if not found:
            click.echo("Navnet står ikke i nogen af noterne.")
            return
        for mention in found:
            click.echo(f"  {mention.note_id}: …{mention.excerpt}…")
        if not yes:
            click.confirm(
                f"Erstat navnet i {len(found)} noter? Det kan ikke fortrydes.", abort=True, err=True
            )
        changed = redact_everywhere(store, [m.note_id for m in found], name)
        click.echo(f"Navnet er erstattet i {len(changed)} noter.")
    finally:
        store.close()


def register(cli: click.Group) -> None:
    """Add ``redact`` to ``cli``."""
    cli.add_command(redact_command)
