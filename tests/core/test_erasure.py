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
