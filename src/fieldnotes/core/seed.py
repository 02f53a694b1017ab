"""Rows every database starts with: the kommissorium's themes, the 98 municipalities and a
default interview guide derived from the themes.

Seed rows get ids and revision ids that every installation computes identically, so the same
theme on six laptops is one row after a merge, never six.
"""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, Any

from ..resources import resource
from .ids import stable_id

if TYPE_CHECKING:
    from .store import Store

SEED_ORIGIN = "seed"


def _seed_revision(row_id: str) -> str:
    return "0000000000000.00000." + row_id.replace("-", "")


def _rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row.update(_revision=_seed_revision(row["id"]), _origin=SEED_ORIGIN, _member=None)
    return rows


def load_themes() -> list[dict[str, Any]]:
    """The themes of ``resources/themes.json``, in order."""
    with resource("themes.json").open(encoding="utf-8") as fh:
        return list(json.load(fh)["themes"])


def load_municipalities() -> list[dict[str, str]]:
    """The 98 municipalities of ``resources/municipalities.csv``: code, name, region."""
    with resource("municipalities.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def theme_id(code: str) -> str:
    """The id of a seeded theme, e.g. ``theme_id("1a")``."""
    return stable_id("theme", code)


def municipality_id(code: str) -> str:
    """The id of a municipality by its kommunekode, e.g. ``municipality_id("101")``."""
    return stable_id("municipality", code)


DEFAULT_GUIDE_ID = stable_id("guide", "default", "1")


def seed(store: Store) -> None:
    """Insert the seed rows (inside the caller's transaction)."""
    themes = load_themes()
    store.bulk_create(
        "theme",
        _rows(
            [
                {
                    "id": theme_id(t["code"]),
                    "code": t["code"],
                    "title": t["title"],
                    "description": t["description"],
                    "parent_id": theme_id(t["parent"]) if t.get("parent") else None,
                    "position": position,
                    "color": t["color"],
                }
                for position, t in enumerate(themes)
            ]
        ),
    )
    store.bulk_create(
        "actor",
        _rows(
            [
                {
                    "id": municipality_id(m["code"]),
                    "kind": "municipality",
                    "name": m["name"],
                    "municipality_code": m["code"],
                    "region": m["region"],
                }
                for m in load_municipalities()
            ]
        ),
    )
    _seed_guide(store, themes)


def _seed_guide(store: Store, themes: list[dict[str, Any]]) -> None:
    store.bulk_create(
        "guide",
        _rows(
            [
                {
                    "id": DEFAULT_GUIDE_ID,
                    "title": "Standardinterviewguide efter kommissoriets temaer",
                    "version": 1,
                    "description": "Et afsnit pr. tema med spørgsmål afledt af kommissoriet.",
                }
            ]
        ),
    )
    sections, questions = [], []
    for position, theme in enumerate(t for t in themes if t["questions"]):
        section_id = stable_id("guide_section", DEFAULT_GUIDE_ID, theme["code"])
        sections.append(
            {
                "id": section_id,
                "guide_id": DEFAULT_GUIDE_ID,
                "theme_id": theme_id(theme["code"]),
                "title": f"{theme['code']}. {theme['title']}",
                "position": position,
            }
        )
        questions.extend(
            {
                "id": stable_id("guide_question", section_id, str(number)),
                "section_id": section_id,
                "text": text,
                "position": number,
            }
            for number, text in enumerate(theme["questions"])
        )
    store.bulk_create("guide_section", _rows(sections))
    store.bulk_create("guide_question", _rows(questions))
