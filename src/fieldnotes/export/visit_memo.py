"""Besøgsnotat: one visit — when, where, who took part, people met (by role), the notes under
the guide's questions, tagged passages, methods, ideas, figures and follow-ups."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from ..core import report_queries as rq
from ..core.labels import CHOICE_LABELS
from .common import label, passage_text, theme_title
from .context import Context
from .danish import format_date, format_dkk, format_period, join_and
from .errors import ExportError


def title(ctx: Context) -> tuple[str, str]:
    visit = _visit(ctx)
    return f"Besøgsnotat: {visit['title']}", format_period(visit["starts_at"], visit["ends_at"])


def _visit(ctx: Context) -> dict[str, Any]:
    if not ctx.options.visit_id:
        raise ExportError("visit_required")
    visit = rq.visit(ctx.store, ctx.options.visit_id)
    if visit is None:
        raise ExportError("unknown_visit", id=ctx.options.visit_id)
    return visit


def build(ctx: Context) -> None:
    kit, privacy, store = ctx.kit, ctx.privacy, ctx.store
    visit = _visit(ctx)
    details = rq.visit_details(store, visit["id"])
    kit.front()
    kit.label("Tidspunkt", format_period(visit["starts_at"], visit["ends_at"]))
    kit.label("Sted", visit["place"] or "")
    kit.label("Kommune", visit["municipality"] or "")
    kit.label("Status", label(visit["status"]))
    kit.label("Deltagere fra task forcen", join_and([m["name"] for m in details["members"]]))
    actors = [
        f"{a['name']} ({CHOICE_LABELS.get(a['kind'], a['kind']).lower()})"
        for a in details["actors"]
    ]
    kit.label("Aktører", join_and(actors))
    kit.label("Temaer", join_and([theme_title(t) for t in details["themes"]]))
    ctx.tick(0.1, "besøget")

    people = details["people"]
    if people:
        kit.heading("Personer mødt", 1)
        for person in people:
            who = privacy.person(person["id"], person["name"], person["role"])
            org = person["organisation"] or ""
            kit.bullet(f"{who}, {org}" if org else who)
    if visit["summary"]:
        kit.heading("Resumé", 1)
        kit.rich_text(privacy.text(visit["summary"]))

    notes = details["notes"]
    if notes:
        kit.heading("Noter efter interviewguiden", 1)
    for section, in_section in groupby(notes, key=lambda n: n["section"]):
        kit.heading(section or "Øvrige noter", 2)
        for question, in_question in groupby(in_section, key=lambda n: n["question"]):
            if question:
                kit.heading(question, 3)
            for note in in_question:
                speaker = privacy.role(note["person_id"], note["role"]) if note["role"] else ""
                if speaker:
                    kit.para([(f"{speaker[:1].upper()}{speaker[1:]}:", "s")])
                kit.rich_text(privacy.text(note["text"]))
    ctx.tick(0.5, "noter")

    texts = {n["id"]: n for n in notes}
    tags = [t for t in details["tags"] if t["note_id"] in texts]
    if tags:
        kit.heading("Temamarkerede passager", 1)
    for (code, theme), in_theme in groupby(tags, key=lambda t: (t["code"], t["title"])):
        kit.heading(f"{code}. {theme}", 2)
        for tag in in_theme:
            note = texts[tag["note_id"]]
            text = privacy.text(passage_text(note["text"], tag["start"], tag["end"]))
            who = privacy.role(note["person_id"], note["role"])
            if tag["is_quote"]:
                kit.quote(text, who)
            else:
                kit.bullet([(text, ""), (f" ({who})", "s")])
    ctx.tick(0.7, "passager")
    _findings(ctx, details)
    ctx.tick(1.0, "færdig")


def _findings(ctx: Context, details: dict[str, list[dict[str, Any]]]) -> None:
    kit, privacy = ctx.kit, ctx.privacy
    methods = details["methods"]
    if methods:
        kit.heading("Gode metoder", 1)
        for method in methods:
            kit.heading(method["title"], 3)
            kit.rich_text(privacy.text(method["description"]))
            kit.label("Målgruppe", privacy.text(method["target_group"]))
            kit.label("Resultater", privacy.text(method["results"]))
    ideas = details["ideas"]
    if ideas:
        kit.heading("Idéer til idékataloget", 1)
        for idea in ideas:
            facts = ", ".join(
                x for x in (label(idea["category"]), label(idea["status"]), idea["cost"]) if x
            )
            kit.bullet([(idea["title"], "b"), (f" – {facts}", "")])
    figures = details["resources"]
    if figures:
        kit.heading("Ressourcetal", 1)
        rows = [
            [
                str(r["year"]),
                label(r["funding_source"]),
                format_dkk(r["amount_dkk"]),
                label(r["certainty"]),
                privacy.text(r["purpose"]),
            ]
            for r in figures
        ]
        total = sum(r["amount_dkk"] or 0 for r in figures)
        kit.table(
            ["År", "Finansiering", "Beløb", "Sikkerhed", "Formål"],
            rows,
            widths=[1.4, 2.6, 3.2, 2.4, 6.4],
            right=[2],
            total=["I alt", "", format_dkk(total), "", ""],
        )
    followups = details["followups"]
    if followups:
        kit.heading("Opfølgning", 1)
        for item in followups:
            bits = [privacy.who(item["who"]), format_date(item["due_on"])]
            state = "udført" if item["done"] else "åben"
            extra = "; ".join([", ".join(b for b in bits if b), state]).lstrip("; ")
            kit.numbered([(privacy.text(item["what"]), ""), (f" ({extra})", "s")])
