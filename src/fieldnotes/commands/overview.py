"""``fieldnotes matrix`` and ``fieldnotes coverage``: the overviews of the GUI, as text or JSON.

Both only call ``fieldnotes.search.overview``; an unknown theme or place is a ``KnownError``,
which the CLI prints as one line before exiting with status 2.
"""

from __future__ import annotations

import dataclasses
import json
import textwrap
from pathlib import Path

import click

from ..core.labels import CHOICE_LABELS, ITEM_LABELS
from ..core.schema import VISIT_STATUSES
from ..core.store import Store
from ..search import overview
from ..search.engine import place_id, theme_ids
from ..search.errors import SearchError
from . import db_option, opened

#: How wide a place's name (in the matrix), a theme (in the coverage) and a passage (in a
#: cell's list) are printed before they are cut with "…".
NAME_WIDTH, THEME_WIDTH, TEXT_WIDTH = 28, 46, 300
#: How many follow-ups of each kind (overdue, due soon) the text lists, the earliest first.
FOLLOWUPS_SHOWN = 20


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cell_items(store: Store, code: str, place: str, axis: str) -> list[overview.CellItem]:
    """What the cell of theme ``code`` and ``place`` holds; a main theme's cell is all of its
    sub-themes' cells (as ``search --theme`` reads it), each item once."""
    chosen = place_id(store, place)
    kind = store.db.execute("SELECT kind FROM actors WHERE id = ?", [chosen]).fetchone()[0]
    if axis == "municipality" and kind != "municipality":
        raise SearchError("not_municipality", place=place.strip())
    items: dict[tuple[str, str, str], overview.CellItem] = {}
    for theme_id in theme_ids(store, (code,)):
        for item in overview.cell_items(store, theme_id, chosen, axis):
            items.setdefault((item.entity, item.row_id, item.text), item)
    return list(items.values())


@click.command("matrix")
@db_option
@click.option(
    "--axis",
    type=click.Choice(overview.AXES),
    default="municipality",
    show_default=True,
    help="Kolonner: kommunerne besøgene lå i, eller de aktører, besøgene mødte.",
)
@click.option(
    "--theme",
    metavar="KODE",
    help="Vis indholdet af én celle: temaet (med --place; et hovedtema med dets undertemaer).",
)
@click.option("--place", metavar="NAVN", help="… og kommunen eller aktøren (navn eller kode).")
@click.option("--json", "as_json", is_flag=True, help="Skriv som JSON.")
@click.pass_context
def matrix_command(
    ctx: click.Context,
    db_path: Path | None,
    axis: str,
    theme: str | None,
    place: str | None,
    as_json: bool,
) -> None:
    """Temaer × kommuner: hvor mange markerede passager, metoder og idéer hver har.

    Hver celle viser passager/metoder/idéer. Med --theme og --place vises cellens indhold.
    Eksempler:

        fieldnotes matrix

        fieldnotes matrix --theme 1c --place Skanderborg
    """
    if (theme is None) != (place is None):
        raise click.UsageError("--theme og --place bruges sammen (én celle).")
    with opened(ctx, db_path) as store:
        if theme is not None and place is not None:
            _print_items(_cell_items(store, theme, place, axis), as_json)
            return
        table = overview.matrix(store, axis)
    if as_json:
        click.echo(json.dumps(_matrix_json(table), ensure_ascii=False, indent=2))
    else:
        _print_matrix(table)


def _matrix_json(table: overview.Matrix) -> dict[str, object]:
    return {
        "axis": table.axis,
        "themes": [{"code": t.code, "title": t.title} for t in table.themes],
        "places": [{"id": p.id, "name": p.name} for p in table.columns],
        "cells": [
            {"theme": t.code, "place": p.name, **dataclasses.asdict(table.cell(t.id, p.id))}
            for p in table.columns
            for t in table.themes
            if table.cell(t.id, p.id).total
        ],
    }


def _print_matrix(table: overview.Matrix) -> None:
    """Places down, themes across (there are far fewer themes than places)."""
    if not table.columns:
        click.echo("Ingen temamarkerede passager, metoder eller idéer endnu.")
        return
    cells = {
        (t.id, p.id): (
            f"{c.passages}/{c.methods}/{c.ideas}" if (c := table.cell(t.id, p.id)).total else "·"
        )
        for t in table.themes
        for p in table.columns
    }
    widths = [
        max(len(t.code), *(len(cells[t.id, p.id]) for p in table.columns)) for t in table.themes
    ]
    name_width = min(NAME_WIDTH, max(len(p.name) for p in table.columns))
    header = [t.code.rjust(w) for t, w in zip(table.themes, widths, strict=True)]
    click.echo(" " * name_width + "  " + "  ".join(header))
    for place in table.columns:
        name = _cut(place.name, name_width)
        row = [cells[t.id, place.id].rjust(w) for t, w in zip(table.themes, widths, strict=True)]
        click.echo(name.ljust(name_width) + "  " + "  ".join(row))
    click.echo("Hver celle: passager/metoder/idéer.")


def _print_items(items: list[overview.CellItem], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(i) for i in items], ensure_ascii=False, indent=2))
        return
    for item in items:
        date = f" ({item.date})" if item.date else ""
        label = "Passage" if item.entity == "note" else ITEM_LABELS[item.entity]
        click.echo(f"{label}: {item.title}{date}")
        if item.text:
            click.echo("    " + textwrap.shorten(item.text, TEXT_WIDTH, placeholder=" …"))
    click.echo(f"{len(items)} i cellen.")


@click.command("coverage")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Skriv som JSON.")
@click.pass_context
def coverage_command(ctx: click.Context, db_path: Path | None, as_json: bool) -> None:
    """Dækningen af kommissoriet: besøg, passager, metoder og idéer for hvert tema; hvor mange
    kommuner tema 1d har ressourcetal fra; besøg efter status; opfølgninger, der forfalder.

    Eksempel:

        fieldnotes coverage --db master.db
    """
    with opened(ctx, db_path) as store:
        found = overview.coverage(store)
    if as_json:
        out = dataclasses.asdict(found)
        out["resources_covered"] = found.resources_covered
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    _print_coverage(found)


def _print_coverage(found: overview.Coverage) -> None:
    w = THEME_WIDTH
    click.echo(f"{'Tema':{w}} {'besøg':>6} {'passager':>9} {'metoder':>8} {'idéer':>6}")
    for t in found.themes:
        name = _cut(f"{'' if t.is_main else '  '}{t.code} {t.title}", w)
        click.echo(f"{name:{w}} {t.visits:6} {t.passages:9} {t.methods:8} {t.ideas:6}")
    places = ", ".join(found.resource_municipalities) or "ingen endnu"
    verdict = "nået" if found.resources_covered else "ikke nået"
    click.echo(
        f"\nRessourcetal (tema 1d) fra {len(found.resource_municipalities)} kommuner"
        f" (mål: {found.resource_goal}, {verdict}): {places}"
    )
    statuses = ", ".join(
        f"{CHOICE_LABELS[s].lower()} {found.visits_by_status.get(s, 0)}" for s in VISIT_STATUSES
    )
    click.echo(f"Besøg: {statuses}")
    for title, followups in (
        ("Forfaldne opfølgninger", found.followups_overdue),
        ("Opfølgninger inden for 14 dage", found.followups_soon),
    ):
        click.echo(f"{title}: {len(followups)}")
        for f in followups[:FOLLOWUPS_SHOWN]:
            who = f" ({f.who})" if f.who else ""
            visit = f" · {f.visit_title}" if f.visit_title else ""
            click.echo(f"    {f.due_on}  {f.what}{who}{visit}")
        if len(followups) > FOLLOWUPS_SHOWN:
            click.echo(f"    … og {len(followups) - FOLLOWUPS_SHOWN} flere (alle med --json)")


def register(cli: click.Group) -> None:
    """Add ``matrix`` and ``coverage`` to the ``fieldnotes`` command."""
    cli.add_command(matrix_command)
    cli.add_command(coverage_command)
