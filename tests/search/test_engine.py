"""Searching: Danish matching, the syntax against real rows, filters, ranking, snippets, and an
index that stays in step with every change, merges included."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldnotes.core import operations as ops
from fieldnotes.core.seed import municipality_id, theme_id
from fieldnotes.core.store import Store
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import write_package
from fieldnotes.search import engine, saved
from fieldnotes.search.engine import NO_FILTERS, Filters, count, like_search, search
from fieldnotes.search.errors import QueryError, SearchError


def _note(store: Store, visit: str, text: str) -> str:
    return store.create("note", visit_id=visit, text=text, position=0)


def _found(store: Store, query: str, filters: Filters = NO_FILTERS) -> set[str]:
    return {hit.row_id for hit in search(store, query, filters).hits}


@pytest.fixture
def notes(store: Store, visit: str) -> dict[str, str]:
    texts = {
        "får": "Familien får hjælp af en mentor i ÆRØSKØBING.",
        "far": "En far fortalte om sprogskolen og jobbet.",
        "ærø": "Kommunen på ærø har en brobygger.",
        "mentorordning": "Mentorordningen giver fælles mål for job og uddannelse.",
        "omvendt": "Målene er fælles, siger mentoren; praktik hjælper.",
    }
    return {key: _note(store, visit, text) for key, text in texts.items()}


def test_aeoeaa_match_regardless_of_case(store: Store, notes: dict[str, str]) -> None:
    only_notes = Filters(kinds=("note",))
    assert _found(store, "ÆRØ", only_notes) == {notes["ærø"]}
    assert _found(store, "ærøskøbing") == {notes["får"]}
    assert _found(store, "FÅR") == {notes["får"]}


def test_far_does_not_find_faar_nor_the_other_way(store: Store, notes: dict[str, str]) -> None:
    assert _found(store, "far") == {notes["far"]}
    assert _found(store, "får") == {notes["får"]}
    assert _found(store, "fa*") == {notes["far"], notes["får"]}


def test_prefix_phrase_and_boolean(store: Store, notes: dict[str, str]) -> None:
    assert _found(store, "mentor*") == {notes["får"], notes["mentorordning"], notes["omvendt"]}
    assert _found(store, '"fælles mål"') == {notes["mentorordning"]}
    assert _found(store, "fælles mål") == {notes["mentorordning"]}
    assert _found(store, "brobygger ELLER sprogskolen") == {notes["ærø"], notes["far"]}
    assert _found(store, "mentor* IKKE praktik") == {notes["får"], notes["mentorordning"]}
    assert _found(store, "mentor* -praktik -ærøskøbing") == {notes["mentorordning"]}
    assert _found(store, "(brobygger OR far) AND jobbet") == {notes["far"]}


def test_hits_are_highlighted_and_ranked(store: Store, visit: str) -> None:
    weak = _note(store, visit, "Lang note om mange ting. " * 20 + "Mentor nævnt en gang.")
    strong = _note(store, visit, "Mentor, mentor og mentor.")
    hits = search(store, "mentor").hits
    assert [h.row_id for h in hits] == [strong, weak]
    assert "[Mentor]" in hits[0].plain()
    assert ("Mentor", True) in hits[0].segments()
    assert hits[0].title == "Besøg i Ærø Kommune"
    assert "Ærø" in hits[0].context


@pytest.mark.parametrize("query", ["mentor", "mentor*", "mentor IKKE intet"])
def test_more_hits_than_the_rank_limit_are_listed_newest_first_without_scores(
    store: Store, visit: str, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    notes = [_note(store, visit, f"Mentor nummer {i}.") for i in range(5)]
    _note(store, visit, "Intet om det her.")
    ranked = search(store, query)
    assert ranked.ranked and ranked.total == 5 == count(store, query)
    assert all(isinstance(hit.score, float) for hit in ranked.hits)
    monkeypatch.setattr(engine, "RANK_LIMIT", 3)
    first = search(store, query, limit=2)
    assert not first.ranked and first.total is None
    assert [hit.row_id for hit in first.hits] == notes[:2:-1]
    assert [hit.score for hit in first.hits] == [None, None]
    assert "[Mentor]" in first.hits[0].plain()
    rest = search(store, query, limit=2, offset=2)
    assert [hit.row_id for hit in rest.hits] == notes[2:0:-1]
    beyond = search(store, query, limit=2, offset=4)
    assert [hit.row_id for hit in beyond.hits] == notes[:1]
    only_notes = search(store, query, Filters(kinds=("note",)), limit=2)
    assert [hit.row_id for hit in only_notes.hits] == notes[:2:-1]


def test_methods_ideas_people_and_visits_are_found(store: Store, visit: str) -> None:
    method = store.create("method", title="Brobyggerordning i Ærø")
    idea = store.create(
        "idea",
        title="Idé",
        description="Flere brobyggere",
        category="knowledge",
        status="proposal",
    )
    person = store.create("person", name="Søren Brobygger Østergård")
    hits = search(store, "brobygger*").hits
    assert {(h.entity, h.row_id) for h in hits} == {
        ("method", method),
        ("idea", idea),
        ("person", person),
    }
    assert search(store, "ærø").hits[0].entity in ("visit", "method")
    assert {h.entity for h in search(store, "ærø").hits} == {"visit", "method"}


def test_the_index_follows_update_delete_undelete_and_undo(store: Store, visit: str) -> None:
    note = _note(store, visit, "Første udgave om sprog.")
    store.update("note", note, text="Anden udgave om beskæftigelse.")
    assert _found(store, "sprog") == set()
    assert _found(store, "beskæftigelse") == {note}
    store.delete("note", note)
    assert _found(store, "beskæftigelse") == set()
    store.undelete("note", note)
    assert _found(store, "beskæftigelse") == {note}
    history = ops.History(store)
    history.run(ops.update, store, "note", note, text="Tredje om bolig.")
    assert _found(store, "bolig") == {note}
    history.undo()
    assert _found(store, "bolig") == set()
    assert _found(store, "beskæftigelse") == {note}
    assert count(store, "beskæftigelse") == 1


def test_the_index_follows_a_merge(tmp_path: Path) -> None:
    member = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    master = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    visit = member.create("visit", title="Besøg på Ærø", status="done")
    note = member.create("note", visit_id=visit, text="Mentorordningen virker på Ærø.")
    write_package(member, tmp_path / "anne1.fieldnotes")
    merge_package(master, tmp_path / "anne1.fieldnotes")
    assert _found(master, "mentorordningen") == {note}
    member.update("note", note, text="Brobyggerne virker på Ærø.")
    doomed = member.create("note", visit_id=visit, text="Slettes senere: særordning.")
    write_package(member, tmp_path / "anne2.fieldnotes")
    merge_package(master, tmp_path / "anne2.fieldnotes")
    assert _found(master, "mentorordningen") == set()
    assert _found(master, "brobyggerne") == {note}
    assert _found(master, "særordning") == {doomed}
    member.delete("note", doomed)
    write_package(member, tmp_path / "anne3.fieldnotes")
    merge_package(master, tmp_path / "anne3.fieldnotes")
    assert _found(master, "særordning") == set()
    indexed = master.db.execute("SELECT count(*) FROM search_index").fetchone()[0]
    live = sum(master.count(e) for e in ("visit", "note", "person", "method", "idea"))
    assert indexed == live + master.count("hearing_input")
    member.close()
    master.close()


def test_filters_by_theme_municipality_member_date_and_kind(store: Store, visit: str) -> None:
    tagged = _note(store, visit, "Mentor i 1c.")
    store.create("tag", note_id=tagged, theme_id=theme_id("1c"))
    other_visit = store.create(
        "visit",
        title="Besøg i Odense",
        status="planned",
        starts_at="2013-05-01T09:00",
        municipality_id=municipality_id("461"),
    )
    untagged = _note(store, other_visit, "Mentor i Odense.")
    method = store.create("method", title="Mentor-metode", actor_id=municipality_id("461"))
    assert _found(store, "mentor", Filters(themes=("1c",))) == {tagged}
    assert _found(store, "mentor", Filters(themes=("1",))) == {tagged}  # main theme: sub-themes
    assert _found(store, "mentor", Filters(actors=(municipality_id("461"),))) == {untagged, method}
    assert _found(store, "mentor", Filters(date_from="2013-04-01", kinds=("note",))) == {untagged}
    assert _found(store, "mentor", Filters(date_to="2013-03-31")) == {tagged}
    assert _found(store, "mentor", Filters(kinds=("method",))) == {method}
    me = store.member_id
    assert me is not None
    assert _found(store, "mentor", Filters(members=(me,))) == {tagged, untagged, method}
    assert _found(store, "mentor", Filters(members=("someone-else",))) == set()


@pytest.mark.parametrize(
    "filters",
    [
        Filters(themes=("9z",)),
        Filters(date_from="4. marts"),
        Filters(date_from="2013-05-01", date_to="2013-04-01"),
        Filters(kinds=("spaceship",)),
    ],
)
def test_bad_filters_give_messages(store: Store, filters: Filters) -> None:
    with pytest.raises(SearchError) as caught:
        search(store, "mentor", filters)
    assert caught.value.message("da") and caught.value.message("en")


def test_malformed_query_in_search_is_a_known_error(store: Store) -> None:
    with pytest.raises(QueryError):
        search(store, '"ikke lukket')


def test_saved_searches_keep_query_and_filters(store: Store) -> None:
    first = saved.save(store, "Mentorer i 1c", "mentor*", Filters(themes=("1c",)))
    saved.save(store, "Ærø", "ærø")
    saved.save(store, "Andet", "job")
    assert [s.name for s in saved.saved_searches(store)] == ["Andet", "Mentorer i 1c", "Ærø"]
    again = saved.save(store, "mentorer i 1C", "mentor* job", Filters(themes=("1c", "1d")))
    assert again == first
    [kept] = [s for s in saved.saved_searches(store) if s.id == first]
    assert (kept.query, kept.filters.themes) == ("mentor* job", ("1c", "1d"))
    saved.remove(store, first)
    assert len(saved.saved_searches(store)) == 2
    with pytest.raises(QueryError):
        saved.save(store, "Dårlig", "job OR")
    with pytest.raises(SearchError):
        saved.save(store, "  ", "job")
    with pytest.raises(SearchError) as caught:
        saved.save(store, "Forkert dato", "job", Filters(date_from="2013-13-13"))
    assert caught.value.code == "bad_date" and len(saved.saved_searches(store)) == 2


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("filters", "not json"),
        ("filters", "[]"),
        ("filters", "null"),
        ("filters", '{"kinds": ["bogus"]}'),
        ("filters", '{"date_from": 5}'),
        ("filters", "[" * 5000 + "]" * 5000),
        ("filters", b"\xe6\xf8"),
        ("query", b"\xe6\xf8"),
    ],
)
def test_a_damaged_saved_search_is_listed_but_not_run(
    store: Store, column: str, value: str | bytes
) -> None:
    damaged = saved.save(store, "Ødelagt", "mentor")
    saved.save(store, "Hel", "job", Filters(themes=("1c",)))
    store.db.execute(f"UPDATE saved_searches SET {column} = ? WHERE id = ?", [value, damaged])
    whole, broken = saved.saved_searches(store)  # Danish order: H before Ø
    assert (broken.name, broken.filters) == ("Ødelagt", None)
    assert whole.checked(store) == ("job", Filters(themes=("1c",)))
    with pytest.raises(SearchError) as caught:
        saved.find(store, "ødelagt").checked(store)
    assert caught.value.code == "damaged_saved" and "Ødelagt" in caught.value.message("da")
    saved.remove(store, broken.id)
    assert [s.name for s in saved.saved_searches(store)] == ["Hel"]


def test_a_saved_search_whose_filter_is_gone_says_so(store: Store) -> None:
    place = store.create("actor", kind="association", name="Foreningen Åbne Døre")
    saved.save(store, "Åbne Døre", "mentor", Filters(actors=(place,)))
    store.delete("actor", place)
    with pytest.raises(SearchError) as caught:
        saved.find(store, "åbne døre").checked(store)
    assert caught.value.code == "stale_saved" and "»Åbne Døre«" in caught.value.message("da")


def test_like_scan_answers_the_same_simple_queries(store: Store, notes: dict[str, str]) -> None:
    for query in ("mentor", "brobygger ELLER sprogskolen", '"fælles mål"'):
        assert {r for _, r in like_search(store, query)} >= _found(store, query)
