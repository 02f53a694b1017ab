"""Temaopsamling: for one theme or all, across visits and grouped by municipality, the tagged
passages and quotes with their source, and the methods under the theme."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from ..core import report_queries as rq
from .common import basis, passage_text, source, theme_title, visit_line
from .context import Context
from .danish import join_and, plural


def title(ctx: Context) -> tuple[str, str]:
    chosen = rq.themes(ctx.store, ctx.filter.theme_ids) if ctx.filter.theme_ids else []
    if len(chosen) == 1:
        return f"Temaopsamling: {theme_title(chosen[0])}", "Markerede passager og citater"
    return "Temaopsamling", "Markerede passager, citater og gode metoder pr. tema"


def build(ctx: Context) -> None:
    kit = ctx.kit
    visits = rq.visits(ctx.store, ctx.filter)
    kit.front([basis(ctx, visits)])
    kit.toc(1)
    themes = rq.themes(ctx.store, ctx.filter.theme_ids)
    rows = rq.passages(ctx.store, ctx.filter)
    ctx.tick(0.2, "passager hentet")
    methods = rq.methods(ctx.store, ctx.filter)
    by_theme = {key: list(group) for key, group in groupby(rows, key=lambda r: r["theme_id"])}
    for n, theme in enumerate(themes):
        chapter(ctx, theme, by_theme.get(theme["id"], []), methods, quotes_only=False)
        ctx.tick(0.2 + 0.75 * (n + 1) / max(len(themes), 1), theme["code"])


def chapter(
    ctx: Context,
    theme: dict[str, Any],
    rows: list[dict[str, Any]],
    methods: list[dict[str, Any]],
    *,
    quotes_only: bool,
) -> None:
    """One theme: what the kommissorium asks, the passages by municipality, the methods."""
    kit, privacy = ctx.kit, ctx.privacy
    kit.heading(theme_title(theme), 1)
    if theme.get("description"):
        kit.para([("Kommissoriet: ", "b"), (theme["description"], "i")])
    quotes = sum(1 for r in rows if r["is_quote"])
    towns = sorted({r["municipality"] for r in rows if r["municipality"]}, key=str.casefold)
    visits = {r["visit_id"] for r in rows}
    if rows:
        kit.para(
            f"Temaet er markeret {plural(len(rows), 'gang', 'gange')} i noterne fra "
            f"{plural(len(visits), 'besøg', 'besøg')} i {plural(len(towns), 'kommune', 'kommuner')}"
            f" ({join_and(towns)}); heraf er {plural(quotes, 'citat', 'citater')}."
        )
    else:
        kit.para("Der er ingen markerede passager om temaet i det valgte grundlag.")
    shown = [r for r in rows if r["is_quote"]] if quotes_only else rows
    if quotes_only and shown:
        kit.heading("Citater", 2)
    level = 3 if quotes_only else 2
    for town, in_town in groupby(shown, key=lambda r: r["municipality"]):
        kit.heading(town or "Uden kommune", level)
        for _visit, in_visit in groupby(in_town, key=lambda r: r["visit_id"]):
            items = list(in_visit)
            if not quotes_only:
                kit.para([(visit_line(items[0]), "b")])
            for row in items:
                text = privacy.text(passage_text(row["text"], row["start"], row["end"]))
                if not text:
                    continue
                if row["is_quote"]:
                    kit.quote(text, source(ctx, row))
                else:
                    kit.para([(text, ""), (f" ({source(ctx, row)})", "s")])
    mine = [m for m in methods if theme["code"] in m["themes"]]
    if mine:
        kit.heading("Gode metoder under temaet", 2)
        for method in mine:
            where = method["place"] or method["actor"] or ""
            tail = f" – {privacy.text(where)}" if where else ""
            target = privacy.text(method["target_group"])
            kit.bullet(
                [
                    (method["title"], "b"),
                    (tail, ""),
                    (f". Målgruppe: {target}" if target else "", ""),
                ]
            )
