"""Independently created duplicates are found, offered, and combined only when asked."""

from __future__ import annotations

from pathlib import Path

from fieldnotes.core.seed import municipality_id, theme_id
from fieldnotes.core.store import Store
from fieldnotes.merge.duplicates import combine, find_duplicates
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import write_package

AERO = municipality_id("492")


def _member(name: str, tmp: Path) -> tuple[Store, Path]:
    store = Store.memory(member_name=name)
    visit = store.create(
        "visit",
        title=f"Ærø ({name})",
        status="done",
        municipality_id=AERO,
        starts_at="2013-03-04T10:00" if name == "Anne" else "2013-03-04T13:30",
    )
    person = store.create("person", name="Søren  Ødegaard", role="leder")
    store.create("note", visit_id=visit, person_id=person, text=f"Note af {name}")
    store.link("visit_theme", visit, theme_id("1a" if name == "Anne" else "2a"))
    path = tmp / f"{name}.fieldnotes"
    write_package(store, path)
    return store, path


def _master(tmp: Path) -> Store:
    master = Store.memory(member_name="Sekretariatet")
    for name in ("Anne", "Bo"):
        merge_package(master, _member(name, tmp)[1])
    return master


def test_same_municipality_same_day_and_same_name_are_offered(tmp_path: Path) -> None:
    master = _master(tmp_path)
    found = find_duplicates(master)
    assert [(d.entity, len(d.ids)) for d in found] == [("person", 2), ("visit", 2)]
    assert "2013-03-04" in found[1].reason
    assert master.count("visit") == 2  # nothing combined silently


def test_combining_moves_notes_people_and_links(tmp_path: Path) -> None:
    master = _master(tmp_path)
    people, visits = find_duplicates(master)
    combine(master, "visit", visits.ids[0], visits.ids[1])
    combine(master, "person", people.ids[0], people.ids[1])
    assert master.count("visit") == 1 and master.count("person") == 1
    notes = list(master.rows("note"))
    assert {n["visit_id"] for n in notes} == {visits.ids[0]}
    assert {n["person_id"] for n in notes} == {people.ids[0]}
    assert set(master.linked("visit_theme", visits.ids[0])) == {theme_id("1a"), theme_id("2a")}
    assert find_duplicates(master) == []


def test_rows_from_one_laptop_are_not_duplicates() -> None:
    store = Store.memory(member_name="Anne")
    for _ in range(2):
        store.create("person", name="Ida Holm")
    assert find_duplicates(store) == []
