"""``fieldnotes export docx``: the secretariat's Word documents from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..core.report_queries import DEFAULT_IDEA_STATUSES
from ..core.schema import IDEA_STATUSES
from . import database, db_option, open_store

#: The document kinds and markings of ``fieldnotes.export``, spelled out so that starting the
#: program does not load python-docx (tests/export checks they agree).
KINDS = ("visit", "theme", "methods", "ideas", "resources", "report")
MARKINGS = ("none", "draft", "internal", "confidential")


@click.command("docx")
@db_option
@click.option("--kind", type=click.Choice(KINDS), required=True, help="Dokumenttype.")
@click.option("--visit", "visit", help="Besøgets id (eller starten af det) til et besøgsnotat.")
@click.option("--theme", "themes", multiple=True, help="Temakode, fx 1a (kan gentages).")
@click.option(
    "--municipality", "municipalities", multiple=True, help="Kommunenavn eller -kode (gentag)."
)
@click.option("--member", "members", multiple=True, help="Medlemmets navn eller initialer.")
@click.option("--from", "date_from", help="Første dag, ÅÅÅÅ-MM-DD.")
@click.option("--to", "date_to", help="Sidste dag, ÅÅÅÅ-MM-DD.")
@click.option("--drafts", is_flag=True, help="Medtag besøg, der endnu ikke er skrevet op.")
@click.option(
    "--idea-status",
    "idea_statuses",
    multiple=True,
    type=click.Choice(IDEA_STATUSES),
    help="Idéstatus i idékataloget (standard: alle undtagen forkastet).",
)
@click.option(
    "--template",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Egen Word-skabelon (.docx eller .dotx), hvis typografier bruges.",
)
@click.option("--redact", is_flag=True, help="Anonymisér personer og fjern cpr, telefon, e-mail.")
@click.option(
    "--marking", type=click.Choice(MARKINGS), default="none", help="Mærkning af dokumentet."
)
@click.option("--title", help="Egen titel i stedet for standardtitlen.")
@click.option(
    "--out", "out", required=True, type=click.Path(path_type=Path), help="Word-filen (.docx)."
)
@click.pass_context
def docx_command(
    ctx: click.Context,
    db_path: Path | None,
    kind: str,
    visit: str | None,
    themes: tuple[str, ...],
    municipalities: tuple[str, ...],
    members: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    drafts: bool,
    idea_statuses: tuple[str, ...],
    template: Path | None,
    redact: bool,
    marking: str,
    title: str | None,
    out: Path,
) -> None:
    """Skriv et Word-dokument: besøgsnotat, temaopsamling, metoder, idéer, ressourcer,
    afrapportering.

    Eksempel:

        fieldnotes export docx --kind theme --theme 1a --redact --out tema-1a.docx
    """
    from ..export import ExportOptions, export_docx
    from ..export import filters as export_filters
    from ..export.target import check_target

    target = check_target(out)
    store = open_store(database(ctx, db_path))
    try:
        report_filter = export_filters.resolve(
            store,
            themes=themes,
            municipalities=municipalities,
            members=members,
            date_from=date_from,
            date_to=date_to,
            include_drafts=drafts,
            idea_statuses=idea_statuses or DEFAULT_IDEA_STATUSES,
        )
        visit_id = export_filters.visit_id(store, visit) if visit else None
        options = ExportOptions(
            kind,
            report_filter,
            visit_id=visit_id,
            template=template,
            redact=redact,
            marking=marking,
            date=dt.date.today(),
            title=title,
        )
        written = export_docx(store, options, target)
    finally:
        store.close()
    click.echo(f"Skrevet: {written}")


def register(cli: click.Group) -> None:
    """Add ``docx`` to the ``export`` group."""
    export = cli.commands["export"]
    assert isinstance(export, click.Group)
    export.add_command(docx_command)
