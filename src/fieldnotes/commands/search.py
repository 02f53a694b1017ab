"""``fieldnotes search`` and ``fieldnotes import``: full-text search and importing documents.

Both only call ``fieldnotes.search``; bad input raises a ``KnownError``, which the CLI prints as
one line before exiting with status 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from .. import paths
from ..core.labels import ENTITY_LABELS
from ..core.store import Store
from ..search.engine import KINDS, Filters, search
from . import db_option


def _db(ctx: click.Context, db_path: Path | None) -> Path:
    return paths.resolve_db(db_path or (ctx.obj if isinstance(ctx.obj, Path) else None))


@click.command("search")
@db_option
@click.argument("query")
@click.option("--theme", "themes", multiple=True, metavar="KODE", help="Kun tema KODE (fx 1c).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Kun denne slags.")
@click.option("--from", "date_from", metavar="ÅÅÅÅ-MM-DD", help="Fra og med denne dato.")
@click.option("--to", "date_to", metavar="ÅÅÅÅ-MM-DD", help="Til og med denne dato.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Skriv som JSON.")
@click.pass_context
def search_command(
    ctx: click.Context,
    db_path: Path | None,
    query: str,
    themes: tuple[str, ...],
    kinds: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Søg i noter, besøg, personer, metoder, idéer og høringssvar.

    Ord skal alle passe; integr* søger på begyndelsen af ord; "fælles mål" er en frase;
    ELLER/OR, OG/AND og IKKE/NOT (med store bogstaver) og parenteser kombinerer. Eksempel:

        fieldnotes search "mentor* IKKE praktik" --theme 1c
    """
    filters = Filters(themes=themes, kinds=kinds, date_from=date_from, date_to=date_to)
    store = Store.open(_db(ctx, db_path))
    try:
        results = search(store, query, filters, limit=limit)
    finally:
        store.close()
    if as_json:
        out = {
            "query": query,
            "fts": results.query.fts(),
            "total": results.total,
            "ranked": results.ranked,
            "hits": [
                {
                    "kind": h.entity,
                    "id": h.row_id,
                    "title": h.plain_title(),
                    "context": h.context,
                    "date": h.date,
                    "snippet": h.plain(),
                    "score": None if h.score is None else round(h.score, 4),
                }
                for h in results.hits
            ],
        }
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for hit in results.hits:
        where = f" ({hit.context})" if hit.context else ""
        click.echo(f"{ENTITY_LABELS[hit.entity]}: {hit.plain_title()}{where}")
        click.echo("    " + " ".join(hit.plain().split()))
    if results.total is None:
        click.echo(f"Mere end {len(results.hits)} fund vist; over 2000 fund, nyeste først.")
    else:
        click.echo(f"{results.total} fund.")


@click.command("import")
@db_option
@click.option("--visit", "visit_id", required=True, help="Besøgets id.")
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_context
def import_command(ctx: click.Context, db_path: Path | None, visit_id: str, file: Path) -> None:
    """Importér noter fra .docx, .txt eller .md til et besøg.

    Overskrifter placeres under interviewguidens afsnit; afsnit bliver noter. Eksempel:

        fieldnotes import --visit 0c6f3e9a-… referat.docx
    """
    from ..core.lock import refuse_if_held
    from ..search.importer import import_document

    refuse_if_held(_db(ctx, db_path))
    store = Store.open(_db(ctx, db_path))
    try:
        operation = import_document(store, visit_id, file)
    finally:
        store.close()
    notes = sum(1 for s in operation.steps if s.entity == "note")
    click.echo(f"Importeret {notes} noter fra {file.name}.")


def register(cli: click.Group) -> None:
    """Add ``search`` and ``import`` to the ``fieldnotes`` command."""
    cli.add_command(search_command)
    cli.add_command(import_command)
