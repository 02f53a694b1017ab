"""Ressourceoversigt (tema 1d): per municipality, amounts by funding source and year with
sums in Danish format, and the notes on how the funds are coordinated."""

from __future__ import annotations

from itertools import groupby

from ..core import report_queries as rq
from ..core.schema import FUNDING_SOURCES
from .common import basis, label
from .context import Context
from .danish import format_dkk


def _dkk(value: int) -> str:
    """An amount, or a dash where there is none."""
    return format_dkk(value) if value else "–"


def title(ctx: Context) -> tuple[str, str]:
    return (
        "Ressourceoversigt",
        "Kommunale, statslige og boligsociale midler til integration (tema 1d)",
    )


def build(ctx: Context) -> None:
    visits = rq.visits(ctx.store, ctx.filter)
    ctx.kit.front(
        [
            basis(ctx, visits),
            "Beløb er i kroner. Tal markeret som skøn eller usikre fremgår af detaljerne"
            " under hver kommune.",
        ]
    )
    ctx.kit.toc(2)
    section(ctx, base=1)


def section(ctx: Context, *, base: int) -> None:
    """The overview from heading level ``base``: all municipalities, then one by one."""
    kit, privacy = ctx.kit, ctx.privacy
    entries = rq.resources(ctx.store, ctx.filter)
    ctx.tick(0.1, "ressourcetal hentet")
    if not entries:
        kit.para("Der er ingen ressourcetal i det valgte grundlag.")
        return
    years = sorted({e["year"] for e in entries})
    towns = [
        (name, list(group))
        for name, group in groupby(entries, key=lambda e: e["municipality"] or "Ukendt kommune")
    ]
    kit.heading("Samlet oversigt", base)
    rows = []
    for name, items in towns:
        per_year = [sum(e["amount_dkk"] or 0 for e in items if e["year"] == y) for y in years]
        rows.append([name, *(_dkk(v) for v in per_year), format_dkk(sum(per_year))])
    totals = [sum(e["amount_dkk"] or 0 for e in entries if e["year"] == y) for y in years]
    kit.table(
        ["Kommune", *(str(y) for y in years), "I alt"],
        rows,
        right=range(1, len(years) + 2),
        total=["I alt", *(format_dkk(v) for v in totals), format_dkk(sum(totals))],
        caption="Midler til integration pr. kommune og år",
    )
    for n, (name, items) in enumerate(towns):
        kit.heading(f"{name} Kommune" if not name.endswith("Kommune") else name, base)
        table_rows = []
        for source in FUNDING_SOURCES:
            amounts = [
                sum(
                    e["amount_dkk"] or 0
                    for e in items
                    if e["year"] == y and e["funding_source"] == source
                )
                for y in years
            ]
            if any(amounts):
                table_rows.append([label(source), *map(_dkk, amounts), format_dkk(sum(amounts))])
        col = [sum(e["amount_dkk"] or 0 for e in items if e["year"] == y) for y in years]
        kit.table(
            ["Finansiering", *(str(y) for y in years), "I alt"],
            table_rows,
            right=range(1, len(years) + 2),
            total=["I alt", *map(format_dkk, col), format_dkk(sum(col))],
            caption=f"Midler efter finansieringskilde og år, {name}",
        )
        kit.heading("Koordination af midlerne", min(base + 2, 3))
        for e in items:
            lead = (
                f"{e['year']}, {label(e['funding_source']).lower()}, {format_dkk(e['amount_dkk'])}"
            )
            text = privacy.text(e["purpose"]) or ""
            coordination = privacy.text(e["coordinated_with"])
            facts = "; ".join(
                x
                for x in (
                    label(e["certainty"]).lower() if e["certainty"] else "",
                    f"kilde: {privacy.text(e['source_note'])}" if e["source_note"] else "",
                )
                if x
            )
            runs = [(lead + ": ", "b"), (text, "")]
            if coordination:
                runs.append((f" Koordineret med: {coordination}", ""))
            if facts:
                runs.append((f" ({facts})", "s"))
            kit.bullet(runs)
        ctx.tick(0.1 + 0.85 * (n + 1) / len(towns), name)
