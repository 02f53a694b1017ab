"""Danish case folding and order, in Python and as SQLite functions on a connection."""

from __future__ import annotations

from fieldnotes.core.store import Store
from fieldnotes.search import danish


def test_fold_handles_ae_oe_aa_and_keeps_the_ring() -> None:
    assert danish.fold("ÆRØ ÅBENRÅ") == "ærø åbenrå"
    assert danish.fold("får") != danish.fold("far")


def test_names_sort_in_danish_order() -> None:
    names = ["Åbenrå", "Ærø", "Zealand", "aalborg", "Odense", "ølstykke", "Ålborg", "Yding"]
    assert sorted(names, key=danish.sort_key) == [
        "Odense",
        "Yding",
        "Zealand",
        "Ærø",
        "ølstykke",
        "Åbenrå",
        "aalborg",
        "Ålborg",
    ]


def test_sqlite_gets_a_danish_collation_and_fold(store: Store) -> None:
    danish.register(store.db.conn)
    names = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM actors WHERE name IN ('Ærø', 'Aabenraa', 'Odense', 'Vejle')"
            " ORDER BY name COLLATE danish"
        )
    ]
    assert names == ["Odense", "Vejle", "Ærø", "Aabenraa"]
    assert store.db.execute("SELECT da_fold('ÆRØ') = da_fold('ærø')").fetchone()[0] == 1
