"""The store: seeding, changes as revisions, validation and opening files safely."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fieldnotes.core.errors import StoreError, ValidationError
from fieldnotes.core.ids import is_uuid
from fieldnotes.core.migrations import APPLICATION_ID, SCHEMA_VERSION
from fieldnotes.core.seed import DEFAULT_GUIDE_ID, municipality_id, theme_id
from fieldnotes.core.store import Store


@pytest.fixture
def store() -> Store:
    return Store.memory(member_name="Anne Holm")


def test_new_database_holds_themes_municipalities_and_default_guide(store: Store) -> None:
    codes = [t["code"] for t in store.rows("theme", order_by="position")]
    assert codes == ["1", "1a", "1b", "1c", "1d", "2", "2a"]
    assert store.get("theme", theme_id("1a"))["parent_id"] == theme_id("1")
    assert store.count("actor") == 98
    assert store.get("actor", municipality_id("492"))["name"] == "Ærø"
    sections = list(store.rows("guide_section", guide_id=DEFAULT_GUIDE_ID))
    assert len(sections) == 5
    assert all(list(store.rows("guide_question", section_id=s["id"])) for s in sections)


def test_seed_rows_are_identical_in_every_installation() -> None:
    one, two = Store.memory(), Store.memory()
    assert one.installation_id != two.installation_id
    assert list(one.rows("theme")) == list(two.rows("theme"))
    assert one.revisions("theme", theme_id("2a")) == two.revisions("theme", theme_id("2a"))


def test_every_row_records_author_origin_and_clock(store: Store) -> None:
    visit = store.create("visit", title="Besøg i Tårnby", status="planned")
    row = store.get("visit", visit)
    assert is_uuid(visit)
    assert row["created_by"] == store.member_id == row["updated_by"]
    assert row["origin"] == store.installation_id
    store.update("visit", visit, status="done")
    updated = store.get("visit", visit)
    assert updated["updated_at"] > updated["created_at"]


def test_update_writes_a_revision_whose_parent_is_the_previous_value(store: Store) -> None:
    store.set_meta("packaged_through", "9999999999999.99999.z")  # nothing may be squashed
    visit = store.create("visit", title="Et", status="planned")
    store.update("visit", visit, title="To")
    create, edit = store.revisions("visit", visit)
    assert edit.field == "title"
    assert edit.parent_ids == (create.id,)


def test_typing_bursts_are_squashed_until_packaged(store: Store) -> None:
    visit = store.create("visit", title="Besøg", status="planned")
    note = store.create("note", visit_id=visit, text="H")
    for text in ("Hj", "Hje", "Hjem"):
        store.update("note", note, text=text)
    assert len(store.revisions("note", note)) == 2
    assert store.get("note", note)["text"] == "Hjem"
    store.set_meta("packaged_through", store.clock.format())
    store.update("note", note, text="Hjemme")
    assert len(store.revisions("note", note)) == 3


def test_delete_is_a_tombstone_and_can_be_undone(store: Store) -> None:
    person = store.create("person", name="Søren Ødegaard", role="skoleleder")
    store.delete("person", person)
    assert store.get("person", person)["deleted"] == 1
    assert store.count("person") == 0
    assert store.get("person", person)["name"] == "Søren Ødegaard"
    store.undelete("person", person)
    assert store.count("person") == 1


def test_links_made_twice_are_one_row(store: Store) -> None:
    visit = store.create("visit", title="Besøg", status="planned")
    first = store.link("visit_theme", visit, theme_id("1c"))
    assert store.link("visit_theme", visit, theme_id("1c")) == first
    assert store.linked("visit_theme", visit) == [theme_id("1c")]
    store.unlink("visit_theme", visit, theme_id("1c"))
    assert store.linked("visit_theme", visit) == []


@pytest.mark.parametrize(
    ("entity", "values"),
    [
        ("visit", {"title": "", "status": "planned"}),
        ("visit", {"title": "x", "status": "afholdt"}),
        ("visit", {"title": "x", "status": "planned", "starts_at": "9999-01-01T10:00"}),
        ("visit", {"title": "x", "status": "planned", "starts_at": "i morgen"}),
        ("visit", {"title": "x\x00y", "status": "planned"}),
        (
            "resource_entry",
            {
                "municipality_id": municipality_id("101"),
                "year": 2012,
                "funding_source": "state",
                "amount_dkk": -5,
            },
        ),
        (
            "resource_entry",
            {
                "municipality_id": municipality_id("101"),
                "year": 3012,
                "funding_source": "state",
                "amount_dkk": 5,
            },
        ),
        ("note", {"visit_id": "not-a-uuid", "text": "x"}),
        ("note", {"visit_id": "00000000-0000-4000-8000-000000000000", "text": "x"}),
        ("note", {"visit_id": None, "text": "x" * 300_000}),
        ("visit", {"title": "x", "status": "planned", "colour": "red"}),
    ],
)
def test_absurd_values_are_refused_and_nothing_is_written(
    store: Store, entity: str, values: dict[str, object]
) -> None:
    before = store.db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    with pytest.raises(ValidationError) as info:
        store.create(entity, **values)
    assert info.value.message("da")
    assert store.db.execute("SELECT count(*) FROM revisions").fetchone()[0] == before


def test_writing_needs_a_member() -> None:
    with pytest.raises(StoreError) as info:
        Store.memory().create("visit", title="x", status="planned")
    assert info.value.code == "no_member"


def test_set_member_reuses_an_existing_member_by_name(store: Store) -> None:
    assert store.set_member("anne  holm") == store.member_id
    assert store.count("member") == 1


def test_open_creates_folder_and_database(tmp_path: Path) -> None:
    path = tmp_path / "ny mappe" / "noter.db"
    store = Store.open(path, create=True, member_name="Bo Æbelø")
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _refused(path: Path, code: str) -> None:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(StoreError) as info:
        Store.open(path, create=True)
    assert info.value.code == code
    assert info.value.message("da") and info.value.message("en")
    if before is not None:
        assert path.read_bytes() == before


def test_text_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "noter.txt"
    path.write_text("Dette er ikke en database – æøå", encoding="utf-8")
    _refused(path, "not_sqlite")


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "andet.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    _refused(path, "foreign_database")


def test_newer_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "ny.db"
    Store.open(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    _refused(path, "too_new")


def test_damaged_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "skadet.db"
    Store.open(path, create=True).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    _refused(path, "damaged")


def test_locked_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "låst.db"
    Store.open(path, create=True).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as info:
            Store.open(path, create=True)
        assert info.value.code == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_directory_is_refused(tmp_path: Path) -> None:
    _refused(tmp_path, "is_directory")


def test_missing_database_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "mangler.db")
    assert info.value.code == "no_database"
    assert not (tmp_path / "mangler.db").exists()
