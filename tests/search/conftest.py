"""A fresh store with one visit in Ærø, for the search tests."""

from __future__ import annotations

import pytest

from fieldnotes.core.seed import DEFAULT_GUIDE_ID, municipality_id
from fieldnotes.core.store import Store


@pytest.fixture
def store() -> Store:
    store = Store.memory(member_name="Anne Holm")
    yield store
    store.close()


@pytest.fixture
def visit(store: Store) -> str:
    return store.create(
        "visit",
        title="Besøg i Ærø Kommune",
        status="done",
        starts_at="2013-03-04T10:00",
        guide_id=DEFAULT_GUIDE_ID,
        municipality_id=municipality_id("492"),
    )
