"""Katalog over gode metoder: every method with where, target group, results, resources and
how to spread it."""

from __future__ import annotations

from ..core import report_queries as rq
from .common import basis, codes, visit_line
from .context import Context
from .danish import join_and, plural


def title(ctx: Context) -> tuple[str, str]:
    return "Katalog over gode metoder", "Gode metoder og erfaringer fra task forcens besøg"


def build(ctx: Context) -> None:
    kit, privacy = ctx.kit, ctx.privacy
    visits = rq.visits(ctx.store, ctx.filter)
    methods = rq.methods(ctx.store, ctx.filter)
    count = plural(len(methods), "metode", "metoder")
    kit.front([basis(ctx, visits), f"Kataloget rummer {count} i alfabetisk orden."])
    kit.toc(1)
    ctx.tick(0.1, "metoder hentet")
    for n, method in enumerate(methods):
        kit.heading(method["title"], 1)
        where = ", ".join(x for x in (method["place"], method["actor"]) if x)
        kit.label("Hvor", privacy.text(where))
        kit.label("Temaer", codes(method["themes"]))
        kit.label("Fundet ved", join_and([visit_line(v) for v in method["visits"]]))
        for heading, key in (
            ("Beskrivelse", "description"),
            ("Målgruppe", "target_group"),
            ("Resultater", "results"),
            ("Ressourcer", "resources"),
            ("Sådan kan metoden spredes", "spreading"),
        ):
            if method[key]:
                kit.heading(heading, 3)
                kit.rich_text(privacy.text(method[key]))
        ctx.tick(0.1 + 0.85 * (n + 1) / max(len(methods), 1), method["title"])
    if not methods:
        kit.para("Der er ingen metoder i det valgte grundlag.")
