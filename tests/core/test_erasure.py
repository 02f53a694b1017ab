"""Erasure: the content is gone from the log, edits are refused, and names are found."""

from __future__ import annotations

import pytest

from fieldnotes.core.erasure import erase_person, mentions
from fieldnotes.core.errors import StoreError
from fieldnotes.core.store import Store


@pytest.fixture
def store() -> Store:
    store = Store.memory(member_name="Sekretariatet")
    visit = store.create("visit", title="Besøg", status="done")
    store.create("note", visit_id=visit, text="Vi talte med Søren Ødegaard om mentorer.")
    store.create("note", visit_id=visit, text="SØREN ØDEGAARD fortalte om budgettet.")
    store.create("note", visit_id=visit, text="Intet navn her.")
    return store


def test_mentions_are_found_case_insensitively(store: Store) -> None:
    assert len(mentions(store, "søren ødegaard")) == 2
    assert mentions(store, "") == []


def test_erasing_a_person_removes_every_trace_from_the_log(store: Store) -> None:
    person = store.create("person", name="Søren Ødegaard", contact="soren@example.dk")
    store.update("person", person, role="leder")
    found = erase_person(store, person, redact_mentions=True)
    assert len(found) == 2
    row = store.get("person", person)
    assert row["name"] is None and row["contact"] is None and row["deleted"] == 1
    assert [r.field for r in store.revisions("person", person)] == ["erased"]
    logged = store.db.execute(
        "SELECT group_concat(value) FROM revisions WHERE row_id = ?", [person]
    ).fetchone()[0]
    assert "Ødegaard" not in logged
    assert mentions(store, "Søren Ødegaard") == []
    with pytest.raises(StoreError) as info:
        store.update("person", person, name="Søren igen")
    assert info.value.code == "erased"


def test_erasure_reaches_the_file_its_backups_and_a_later_restore(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from fieldnotes.core import backups
    from fieldnotes.core.erasure import erase_everywhere

    path = tmp_path / "master.db"
    store = Store.open(path, create=True, member_name="Sekretariatet")
    visit = store.create("visit", title="Besøg", status="done")
    person = store.create("person", name="Zacharias Quist", contact="zq@example.dk")
    store.create("note", visit_id=visit, person_id=person, text="Om mentorer på Ærø.")
    old = backups.back_up(store, "manual")
    assert b"Zacharias" in old.path.read_bytes()
    erase_everywhere(store, person)
    store.close()
    for file in (old.path, path):
        assert b"Zacharias" not in file.read_bytes() and b"zq@example" not in file.read_bytes()
    backups.restore(path, old.path)
    restored = Store.open(path)
    assert restored.get("person", person)["name"] is None
    assert [r.field for r in restored.revisions("person", person)] == ["erased"]
