"""Afrapportering (report draft): title page, contents, a chapter per theme, a theme ×
municipality overview, resource use, the idea catalogue and appendices of visits and actors."""

from __future__ import annotations

from itertools import groupby

from ..core import report_queries as rq
from ..core.labels import CHOICE_LABELS
from . import idea_catalogue, resource_overview, theme_summary
from .common import basis, label, theme_title
from .context import Context
from .danish import format_int, format_short_date, join_and, plural


def title(ctx: Context) -> tuple[str, str]:
    return (
        "Task Force om gode metoder og erfaringer til en styrket integration",
        "Afrapportering – udkast til rapport",
    )


def build(ctx: Context) -> None:
    kit, store, f = ctx.kit, ctx.store, ctx.filter
    visits = rq.visits(store, f)
    kit.front([basis(ctx, visits)], page=True)
    kit.toc(2)
    themes = rq.themes(store, f.theme_ids)
    rows = rq.passages(store, f)
    methods = rq.methods(store, f)
    ctx.tick(0.1, "data hentet")

    kit.heading("Indledning", 1)
    towns = sorted({v["municipality"] for v in visits if v["municipality"]}, key=str.casefold)
    kit.para(
        "Task forcen har i perioden besøgt kommuner, praktikere og andre aktører for at samle"
        " gode metoder og erfaringer om kommissoriets temaer. Rapporten bygger på"
        f" {plural(len(visits), 'besøg', 'besøg')} i {plural(len(towns), 'kommune', 'kommuner')},"
        f" {plural(len(rows), 'markeret passage', 'markerede passager')} og"
        f" {plural(len(methods), 'god metode', 'gode metoder')}."
    )
    kit.para(
        "Hvert tema har et kapitel med en sammenfatning, de gode metoder og udvalgte citater."
        " Derefter følger et overblik over temaer og kommuner, ressourceforbruget,"
        " idékataloget og bilag over besøg og aktører."
    )
    by_theme = {key: list(group) for key, group in groupby(rows, key=lambda r: r["theme_id"])}
    for n, theme in enumerate(themes):
        theme_summary.chapter(ctx, theme, by_theme.get(theme["id"], []), methods, quotes_only=True)
        ctx.tick(0.1 + 0.5 * (n + 1) / max(len(themes), 1), theme["code"])

    _overview(ctx, themes)
    kit.heading("Ressourceforbrug (tema 1d)", 1)
    resource_overview.section(ctx, base=2)
    ctx.tick(0.75, "ressourcer")
    kit.heading("Idékatalog", 1)
    idea_catalogue.section(ctx, base=2)
    ctx.tick(0.9, "idékatalog")
    _appendices(ctx, visits)
    ctx.tick(1.0, "færdig")


def _overview(ctx: Context, themes: list[dict]) -> None:
    kit = ctx.kit
    kit.heading("Overblik: temaer og kommuner", 1)
    counts = rq.theme_municipality_counts(ctx.store, ctx.filter)
    kit.para(
        "Tabellen viser, hvor mange noter fra hver kommune der er markeret med hvert tema."
        f" Temaerne er {join_and([theme_title(t) for t in themes])}."
    )
    codes = [t["code"] for t in themes]
    ids = [t["id"] for t in themes]
    cells: dict[str, dict[str, int]] = {}
    for row in counts:
        cells.setdefault(row["municipality"] or "Uden kommune", {})[row["theme_id"]] = row["n"]
    rows = []
    for town in sorted(cells, key=str.casefold):
        values = [cells[town].get(i, 0) for i in ids]
        rows.append([town, *(format_int(v) if v else "–" for v in values), format_int(sum(values))])
    totals = [sum(cells[t].get(i, 0) for t in cells) for i in ids]
    width = 2.0 if len(codes) <= 5 else 1.4
    kit.table(
        ["Kommune", *codes, "I alt"],
        rows,
        widths=[16 - width * (len(codes) + 1), *([width] * (len(codes) + 1))],
        right=range(1, len(codes) + 2),
        total=["I alt", *map(format_int, totals), format_int(sum(totals))],
        caption="Antal temamarkerede noter pr. kommune og tema",
    )


def _appendices(ctx: Context, visits: list[dict]) -> None:
    kit = ctx.kit
    kit.heading("Bilag 1. Besøg", 1)
    kit.table(
        ["Dato", "Besøg", "Kommune", "Status", "Noter"],
        [
            [
                format_short_date(v["starts_at"]),
                v["title"],
                v["municipality"] or "",
                label(v["status"]),
                format_int(v["notes"]),
            ]
            for v in visits
        ],
        widths=[2.2, 6.2, 3.2, 2.6, 1.8],
        right=[4],
    )
    kit.heading("Bilag 2. Aktører, task forcen har mødt", 1)
    kinds = rq.actor_kinds_met(ctx.store, [v["id"] for v in visits])
    kit.table(
        ["Type af aktør", "Antal", "Eksempler"],
        [
            [
                CHOICE_LABELS.get(k["kind"], k["kind"]),
                format_int(k["n"]),
                join_and(k["names"][:6]) + (" m.fl." if k["n"] > 6 else ""),
            ]
            for k in kinds
        ],
        widths=[3.6, 1.6, 10.8],
        right=[1],
    )
