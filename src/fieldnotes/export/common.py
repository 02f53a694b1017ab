"""Pieces several documents share: passages cut at word boundaries, sources of quotes, the
»Grundlag« paragraph that says what a document is built on."""

from __future__ import annotations

import re
from typing import Any

from ..core.labels import CHOICE_LABELS
from .context import Context
from .danish import format_date, join_and, plural

_SPACE = re.compile(r"\s+")


def label(code: str | None) -> str:
    """The Danish word for a stored code (``written_up`` → »Skrevet op«)."""
    return CHOICE_LABELS.get(code or "", code or "")


def passage_text(text: str | None, start: int | None, end: int | None) -> str:
    """The tagged part of a note, widened to whole words, with »…« where it was cut."""
    text = text or ""
    if start is None or end is None:
        return _SPACE.sub(" ", text).strip()
    start = max(0, min(int(start), len(text)))
    end = max(start, min(int(end), len(text)))
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    piece = _SPACE.sub(" ", text[start:end]).strip().strip('»«"')
    if not piece:
        return ""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if before and (before[-1].isalnum() or before[-1] in ",;"):
        piece = "…" + piece
    if after and (after[0].isalnum() or after[0] in ",;") and piece[-1] not in ".!?":
        piece += "…"
    return piece


def source(ctx: Context, row: dict[str, Any]) -> str:
    """Where a passage comes from: speaker's role, visit and date."""
    who = ctx.privacy.role(row.get("person_id"), row.get("role"))
    when = format_date(row.get("starts_at"))
    return ", ".join(part for part in (who, row.get("visit") or "", when) if part)


def basis(ctx: Context, visits: list[dict[str, Any]]) -> str:
    """One sentence on what the document is built on and what it leaves out."""
    f = ctx.filter
    dates = [v["starts_at"] for v in visits if v.get("starts_at")]
    text = f"Grundlag: {plural(len(visits), 'besøg', 'besøg')}"
    towns = sorted({v["municipality"] for v in visits if v.get("municipality")})
    if towns:
        text += f" i {plural(len(towns), 'kommune', 'kommuner')}"
    if dates:
        first, last = format_date(min(dates)), format_date(max(dates))
        text += f" fra {first} til {last}" if first != last else f" den {first}"
    text += "."
    if not f.include_drafts:
        text += " Besøg, der endnu ikke er skrevet op, er ikke medtaget."
    else:
        text += " Besøg, der endnu ikke er skrevet op (udkast), er medtaget."
    if ctx.options.redact:
        text += (
            " Personer er anonymiseret (rolle og kode), og cpr-numre, telefonnumre og"
            " e-mailadresser er fjernet."
        )
    return text


def theme_title(theme: dict[str, Any]) -> str:
    return f"{theme['code']}. {theme['title']}"


def visit_line(visit: dict[str, Any]) -> str:
    """»Besøg i Aarhus Kommune, 4. marts 2013«."""
    when = format_date(visit.get("starts_at"))
    return f"{visit.get('title') or 'Besøg'}, {when}" if when else visit.get("title") or "Besøg"


def codes(values: list[str]) -> str:
    return join_and(values)
