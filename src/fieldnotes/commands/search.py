"""``fieldnotes search``, ``saved-searches`` and ``import``: full-text search with filters and
saved searches, and importing documents.

Both only call ``fieldnotes.search``; bad input raises a ``KnownError``, which the CLI prints as
one line before exiting with status 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..core.labels import ITEM_LABELS
from ..core.store import Store
from ..search import saved
from ..search.engine import KINDS, RANK_LIMIT, Filters, Results, member_id, place_id, search
from ..search.errors import SearchError
from . import db_option, opened


@click.command("search")
@db_option
@click.argument("query", required=False)
@click.option("--theme", "themes", multiple=True, metavar="KODE", help="Kun tema KODE (fx 1c).")
@click.option(
    "--place",
    "places",
    multiple=True,
    metavar="NAVN",
    help="Kun fra denne kommune eller aktør (navn eller kommunekode).",
)
@click.option("--member", "members", multiple=True, metavar="NAVN", help="Kun fra dette medlem.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Kun denne slags.")
@click.option("--from", "date_from", metavar="ÅÅÅÅ-MM-DD", help="Fra og med denne dato.")
@click.option("--to", "date_to", metavar="ÅÅÅÅ-MM-DD", help="Til og med denne dato.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.option("--saved", "saved_name", metavar="NAVN", help="Kør den gemte søgning NAVN.")
@click.option("--save", "save_as", metavar="NAVN", help="Gem søgningen og filtrene som NAVN.")
@click.option("--json", "as_json", is_flag=True, help="Skriv som JSON.")
@click.pass_context
def search_command(
    ctx: click.Context,
    db_path: Path | None,
    query: str | None,
    themes: tuple[str, ...],
    places: tuple[str, ...],
    members: tuple[str, ...],
    kinds: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    limit: int,
    saved_name: str | None,
    save_as: str | None,
    as_json: bool,
) -> None:
    """Søg i noter, besøg, personer, metoder, idéer og høringssvar.

    Ord skal alle passe; integr* søger på begyndelsen af ord; "fælles mål" er en frase;
    ELLER/OR, OG/AND og IKKE/NOT (med store bogstaver) og parenteser kombinerer. Eksempler:

        fieldnotes search "mentor* IKKE praktik" --theme 1c --place Aarhus

        fieldnotes search "tolk*" --member "Anne Holm" --save "Tolke hos Anne"

        fieldnotes search --saved "Tolke hos Anne"

    En søgning, der begynder med -, skrives efter -- (ellers læses den som et tilvalg):

        fieldnotes search -- "-praktik job"
    """
    chosen_filters = (themes, places, members, kinds, date_from, date_to)
    if saved_name is not None and (query is not None or any(chosen_filters)):
        raise SearchError("query_and_saved")
    with opened(ctx, db_path, write=save_as is not None) as store:
        if saved_name is not None:
            query, filters = saved.find(store, saved_name).checked(store)
        else:
            filters = Filters(
                themes=themes,
                actors=tuple(place_id(store, p) for p in places),
                members=tuple(member_id(store, m) for m in members),
                kinds=kinds,
                date_from=date_from,
                date_to=date_to,
            )
        results = search(store, query or "", filters, limit=limit)
        if save_as is not None:
            saved.save(store, save_as, query or "", filters)
    if as_json:
        _print_json(query or "", results)
    else:
        _print_text(results)
    if save_as is not None:
        click.echo(f"Gemt som »{' '.join(save_as.split())}«.", err=as_json)


def _print_json(query: str, results: Results) -> None:
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


def _print_text(results: Results) -> None:
    for hit in results.hits:
        where = f" ({hit.context})" if hit.context else ""
        click.echo(f"{ITEM_LABELS[hit.entity]}: {hit.plain_title()}{where}")
        click.echo("    " + " ".join(hit.plain().split()))
    if results.total is None:
        click.echo(f"{len(results.hits)} fund vist af over {RANK_LIMIT}, nyeste først.")
    else:
        click.echo(f"{results.total} fund.")


@click.command("saved-searches")
@db_option
@click.option("--remove", "remove_name", metavar="NAVN", help="Glem den gemte søgning NAVN.")
@click.option("--json", "as_json", is_flag=True, help="Skriv som JSON.")
@click.pass_context
def saved_searches_command(
    ctx: click.Context, db_path: Path | None, remove_name: str | None, as_json: bool
) -> None:
    """Vis de gemte søgninger (dem i programmets sidepanel), eller glem én.

    Eksempel:

        fieldnotes saved-searches --remove "Tolke hos Anne"
    """
    with opened(ctx, db_path, write=remove_name is not None) as store:
        if remove_name is not None:
            gone = saved.find(store, remove_name)
            saved.remove(store, gone.id)
            click.echo(f"Glemt: »{gone.name}«.")
            return
        found = saved.saved_searches(store)
        described = [(s, _describe(store, s.filters)) for s in found]
    if as_json:
        out = [
            {
                "name": s.name,
                "query": s.query,
                "filters": None if s.filters is None else json.loads(s.filters.to_json()),
            }
            for s, _ in described
        ]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for search_found, filters in described:
        click.echo(
            f"{search_found.name}: {search_found.query}" + (f"  ({filters})" if filters else "")
        )
    if not found:
        click.echo("Ingen gemte søgninger.")


def _describe(store: Store, filters: Filters | None) -> str:
    """The filters in words: "tema 1c, Aarhus, Anne Holm, fra 2013-03-01"."""
    if filters is None:
        return "beskadiget: kan ikke køres; fjern den med --remove"
    names = dict(store.db.execute("SELECT id, name FROM actors"))
    names.update(store.db.execute("SELECT id, name FROM members"))
    parts = [f"tema {code}" for code in filters.themes]
    parts += [names.get(i, i) for i in (*filters.actors, *filters.members)]
    parts += [ITEM_LABELS[k].lower() for k in filters.kinds]
    if filters.date_from:
        parts.append(f"fra {filters.date_from}")
    if filters.date_to:
        parts.append(f"til {filters.date_to}")
    return ", ".join(parts)


@click.command("import")
@db_option
@click.option("--visit", "visit_id", required=True, help="Besøgets id.")
@click.argument("file", type=click.Path(path_type=Path, readable=False))  # the importer says why
@click.pass_context
def import_command(ctx: click.Context, db_path: Path | None, visit_id: str, file: Path) -> None:
    """Importér noter fra .docx, .txt eller .md til et besøg.

    Overskrifter placeres under interviewguidens afsnit; afsnit bliver noter. Eksempel:

        fieldnotes import --visit 0c6f3e9a-… referat.docx
    """
    from ..search.importer import import_document

    with opened(ctx, db_path, write=True) as store:
        operation = import_document(store, visit_id, file)
    notes = sum(1 for s in operation.steps if s.entity == "note")
    click.echo(f"Importeret {notes} noter fra {file.name}.")


def register(cli: click.Group) -> None:
    """Add ``search``, ``saved-searches`` and ``import`` to the ``fieldnotes`` command."""
    cli.add_command(search_command)
    cli.add_command(saved_searches_command)
    cli.add_command(import_command)
