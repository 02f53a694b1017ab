"""The full-text index after big and small batches: merged into one segment after a bulk load."""

from __future__ import annotations

import uuid

import pytest

from fieldnotes.core import search_index
from fieldnotes.core.store import Store
from fieldnotes.search.engine import search


@pytest.fixture
def store() -> Store:
    store = Store.memory(member_name="Anne Holm")
    yield store
    store.close()


def _found(store: Store, query: str) -> set[str]:
    return {hit.row_id for hit in search(store, query).hits}


def test_a_big_batch_leaves_the_index_in_one_segment_that_finds_the_same(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = [store.create("person", name=name) for name in ("Tolk Hansen", "Mentor Berg")]
    assert search_index.segments(store.db) > 1  # each small transaction left its own
    monkeypatch.setattr(search_index, "COMPACT_AFTER", 3)
    big = [{"id": str(uuid.uuid4()), "name": f"Brobygger {n}"} for n in range(3)]
    with store.transaction():
        store.bulk_create("person", big)
    assert search_index.segments(store.db) == 1
    assert _found(store, "brobygger") == {row["id"] for row in big}
    assert _found(store, "tolk ELLER mentor") == set(small)


@pytest.mark.parametrize("earlier", [1, 3])
def test_a_batch_too_small_or_small_beside_the_index_is_only_indexed(
    store: Store, monkeypatch: pytest.MonkeyPatch, earlier: int
) -> None:
    monkeypatch.setattr(search_index, "COMPACT_AFTER", 2 if earlier > 1 else 3)
    for n in range(earlier):
        store.create("person", name=f"Tolk {n}")
    rows = [{"id": str(uuid.uuid4()), "name": f"Brobygger {n}"} for n in range(2)]
    with store.transaction():
        store.bulk_create("person", rows)
    assert search_index.segments(store.db) > 1
    assert _found(store, "brobygger") == {row["id"] for row in rows}
