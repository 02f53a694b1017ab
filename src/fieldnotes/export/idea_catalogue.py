"""Idékatalog: numbered ideas grouped by category and theme, with status, cost and sources;
only ideas with the chosen statuses."""

from __future__ import annotations

from typing import Any

from ..core import report_queries as rq
from ..core.schema import IDEA_CATEGORIES
from .common import basis, codes, label, theme_title, visit_line
from .context import Context
from .danish import join_and


def title(ctx: Context) -> tuple[str, str]:
    return "Idékatalog", "Idéer til nye lokale indsatser og bedre vidensindsamling og -spredning"


def build(ctx: Context) -> None:
    kit = ctx.kit
    visits = rq.visits(ctx.store, ctx.filter)
    statuses = join_and([label(s).lower() for s in ctx.filter.idea_statuses]) or "alle"
    kit.front([basis(ctx, visits), f"Kataloget viser idéer med status: {statuses}."])
    kit.toc(2)
    section(ctx, base=1)


def section(ctx: Context, *, base: int) -> None:
    """The catalogue from heading level ``base``: overview table, then by category and theme."""
    kit, privacy = ctx.kit, ctx.privacy
    ideas = rq.ideas(ctx.store, ctx.filter)
    ctx.tick(0.1, "idéer hentet")
    themes = {t["code"]: t for t in rq.themes(ctx.store)}
    groups: list[tuple[str, str, list[dict[str, Any]]]] = []
    for category in IDEA_CATEGORIES:
        in_category = [i for i in ideas if i["category"] == category]
        by_theme: dict[str, list[dict[str, Any]]] = {}
        for idea in in_category:
            by_theme.setdefault(idea["themes"][0] if idea["themes"] else "", []).append(idea)
        for code in sorted(by_theme, key=lambda c: (c == "", themes.get(c, {}).get("position", 0))):
            groups.append((category, code, by_theme[code]))
    numbers: dict[str, int] = {}
    for _, _, items in groups:
        for idea in items:
            numbers[idea["id"]] = len(numbers) + 1
    if not ideas:
        kit.para("Der er ingen idéer med de valgte statusser i det valgte grundlag.")
        return
    kit.heading("Oversigt", base)
    kit.table(
        ["Nr.", "Idé", "Tema", "Status", "Økonomi"],
        [
            [
                str(numbers[i["id"]]),
                i["title"],
                ", ".join(i["themes"]),
                label(i["status"]),
                i["cost"] or "",
            ]
            for _, _, items in groups
            for i in items
        ],
        widths=[1.1, 7.0, 2.0, 2.8, 3.1],
        right=[0],
    )
    current = None
    for category, code, items in groups:
        if category != current:
            kit.heading(label(category), base)
            current = category
        kit.heading(theme_title(themes[code]) if code in themes else "Uden tema", min(base + 1, 3))
        for idea in items:
            kit.heading(f"Idé {numbers[idea['id']]}. {idea['title']}", min(base + 2, 3))
            kit.rich_text(privacy.text(idea["description"]))
            kit.label("Status", label(idea["status"]))
            kit.label("Økonomi", idea["cost"] or "")
            kit.label("Kan gennemføres af", privacy.text(idea["carried_by"]))
            kit.label("Temaer", codes(idea["themes"]))
            found = [visit_line(v) for v in idea["visits"]]
            sources = "; ".join(x for x in (privacy.text(idea["sources"]), join_and(found)) if x)
            kit.label("Kilder", sources)
