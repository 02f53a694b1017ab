"""The theme × municipality/actor matrix and the coverage overview."""

from __future__ import annotations

import datetime as dt

from fieldnotes.core.seed import municipality_id, theme_id
from fieldnotes.core.store import Store
from fieldnotes.search.overview import cell_items, coverage, matrix


def _tagged(store: Store, visit: str, text: str, code: str, start=None, end=None) -> str:
    note = store.create("note", visit_id=visit, text=text, position=0)
    store.create("tag", note_id=note, theme_id=theme_id(code), start=start, end=end)
    return note


def test_matrix_counts_passages_methods_and_ideas_per_municipality(
    store: Store, visit: str
) -> None:
    aero = municipality_id("492")
    odense_visit = store.create(
        "visit", title="Odense", status="planned", municipality_id=municipality_id("461")
    )
    note = _tagged(store, visit, "Mentorordning på Ærø virker godt.", "1c", 0, 14)
    _tagged(store, visit, "Mere om 1c.", "1c")
    _tagged(store, odense_visit, "Frivillige i Odense.", "2a")
    method = store.create("method", title="Ærø-metoden", actor_id=aero)
    store.link("method_theme", method, theme_id("1c"))
    idea = store.create("idea", title="Idé", category="knowledge", status="proposal")
    store.link("idea_theme", idea, theme_id("1c"))
    store.link("idea_note", idea, note)
    grid = matrix(store)
    assert [c.name for c in grid.columns] == ["Odense", "Ærø"]  # Danish order
    assert [t.code for t in grid.themes] == ["1c", "2a"]
    cell = grid.cell(theme_id("1c"), aero)
    assert (cell.passages, cell.methods, cell.ideas) == (2, 1, 1)
    assert grid.cell(theme_id("2a"), aero).total == 0
    items = cell_items(store, theme_id("1c"), aero)
    assert [(i.entity, i.text) for i in items] == [
        ("note", "Mentorordning "),
        ("note", "Mere om 1c."),
        ("method", ""),
        ("idea", ""),
    ]
    store.delete("note", note)
    assert matrix(store).cell(theme_id("1c"), aero).passages == 1


def test_matrix_by_actor_uses_the_actors_a_visit_met(store: Store, visit: str) -> None:
    actor = store.create("actor", kind="association", name="Ærø Frivilligcenter")
    store.link("visit_actor", visit, actor)
    _tagged(store, visit, "Foreningslivet.", "2a")
    grid = matrix(store, "actor")
    assert [c.name for c in grid.columns] == ["Ærø Frivilligcenter"]
    assert grid.cell(theme_id("2a"), actor).passages == 1


def test_coverage_counts_themes_resources_statuses_and_followups(store: Store, visit: str) -> None:
    _tagged(store, visit, "Om ressourcer.", "1d")
    store.link("visit_theme", visit, theme_id("1c"))
    for code in ("492", "461"):
        store.create(
            "resource_entry",
            municipality_id=municipality_id(code),
            year=2012,
            funding_source="municipal",
            amount_dkk=100_000,
        )
    store.create("followup", what="Ring til Åse", due_on="2013-03-01", visit_id=visit)
    store.create("followup", what="Send referat", due_on="2013-03-10")
    store.create("followup", what="Senere", due_on="2013-06-01")
    store.create("followup", what="Klaret", due_on="2013-03-01", done=True)
    report = coverage(store, today=dt.date(2013, 3, 5))
    by_code = {t.code: t for t in report.themes}
    assert (by_code["1d"].visits, by_code["1d"].passages) == (1, 1)
    assert by_code["1c"].visits == 1
    assert (by_code["1"].visits, by_code["1"].passages) == (1, 1)
    assert by_code["2a"].visits == 0
    assert report.visits_by_status == {"done": 1}
    assert report.resource_municipalities == ["Odense", "Ærø"]
    assert not report.resources_covered
    assert [f.what for f in report.followups_overdue] == ["Ring til Åse"]
    assert [f.what for f in report.followups_soon] == ["Send referat"]
