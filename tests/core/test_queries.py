"""Read-only queries: paged, filtered, sorted lists and the note-taking view's data."""

from __future__ import annotations

from fieldnotes.core import operations as ops
from fieldnotes.core import queries
from fieldnotes.core.seed import DEFAULT_GUIDE_ID, theme_id
from fieldnotes.core.store import Store


def _store_with_visits(n: int) -> Store:
    store = Store.memory(member_name="Anne Holm")
    for i in range(n):
        store.create(
            "visit",
            title=f"Besøg {i:02d} i Ærø" if i % 2 else f"Besøg {i:02d}",
            status="planned",
            starts_at=f"2013-01-{i + 1:02d}T09:00",
        )
    return store


def test_pages_cover_every_row_once_in_the_default_order():
    store = _store_with_visits(25)
    spec = queries.LISTS["visits"]
    rows = [r for offset in (0, 10, 20) for r in queries.page(store, spec, offset, 10)]
    assert queries.count_rows(store, spec) == 25
    assert len({r[0] for r in rows}) == 25
    assert rows[0][2] == "Besøg 24"  # newest first


def test_filter_matches_all_words_case_insensitively_and_sort_by_column():
    store = _store_with_visits(6)
    spec = queries.LISTS["visits"]
    assert queries.count_rows(store, spec, "ærø besøg") == 3
    rows = queries.page(store, spec, 0, 10, text="ærø", sort=1, descending=False)
    assert [r[2] for r in rows] == ["Besøg 01 i Ærø", "Besøg 03 i Ærø", "Besøg 05 i Ærø"]


def test_every_list_runs_on_an_empty_database():
    store = Store.memory(member_name="Anne Holm")
    for spec in queries.LISTS.values():
        assert queries.page(store, spec, 0, 5, text="x", sort=0) == []


def test_deleted_rows_are_not_listed():
    store = _store_with_visits(2)
    spec = queries.LISTS["visits"]
    store.delete("visit", queries.page(store, spec, 0, 1)[0][0])
    assert queries.count_rows(store, spec) == 1


def test_guide_outline_follows_the_theme_order():
    store = Store.memory()
    outline = queries.guide_outline(store, DEFAULT_GUIDE_ID)
    assert [s["title"][:2] for s in outline] == ["1a", "1b", "1c", "1d", "2a"]
    assert all(len(s["questions"]) >= 3 for s in outline)


def test_subthemes_are_the_five_taggable_themes_with_colours():
    themes = queries.subthemes(Store.memory())
    assert [t["code"] for t in themes] == ["1a", "1b", "1c", "1d", "2a"]
    assert all(t["color"].startswith("#") for t in themes)


def test_notes_and_tags_of_a_visit():
    store = Store.memory(member_name="Anne Holm")
    visit = store.create("visit", title="Besøg", status="planned")
    first = ops.new_note(store, visit, text="Første").result
    second = ops.new_note(store, visit, text="Anden").result
    ops.toggle_tag(store, second, theme_id("1c"), 0, 3)
    ops.toggle_tag(store, second, theme_id("1a"))
    assert [n["id"] for n in queries.visit_notes(store, visit)] == [first, second]
    assert [t["code"] for t in queries.note_tags(store, second)] == ["1a", "1c"]
    assert queries.busiest_visit(store) == visit
    assert queries.row_of(store, queries.LISTS["notes"], first)[3] == "Første"


def test_the_merge_log_lists_merges_newest_first_with_totals(tmp_path):
    from fieldnotes.merge.engine import merge_package
    from fieldnotes.merge.package import write_package

    member = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    visit = member.create("visit", title="Besøg", status="done")
    member.create("note", visit_id=visit, text="Tekst")
    write_package(member, tmp_path / "anne.fieldnotes")
    master = Store.memory(member_name="Sekretariatet")
    assert queries.merge_log(master) == []
    merge_package(master, tmp_path / "anne.fieldnotes")
    [entry] = queries.merge_log(master)
    assert entry["file_name"] == "anne.fieldnotes" and entry["member"] == "Anne Holm"
    assert entry["merged_by"] == "Sekretariatet" and entry["new"] >= 3
    member.close()


def test_links_of_a_row_name_the_other_side():
    store = Store.memory(member_name="Anne Holm")
    visit = store.create("visit", title="Besøg i Ærø", status="planned")
    store.link("visit_member", visit, store.member_id)
    [link] = queries.links_of(store, visit)
    assert (link["entity"], link["title"]) == ("member", "Anne Holm")
    assert queries.links_of(store, store.member_id)[0]["title"] == "Besøg i Ærø"


def test_references_count_what_points_at_a_row():
    store = Store.memory(member_name="Anne Holm")
    visit = store.create("visit", title="Besøg", status="done", guide_id=DEFAULT_GUIDE_ID)
    store.create("note", visit_id=visit, text="En")
    gone = store.create("note", visit_id=visit, text="To")
    store.delete("note", gone)
    store.link("visit_theme", visit, theme_id("1c"))
    assert queries.references(store, "visit", visit) == {"note": 1, "link": 1}


def test_provenance_names_the_packages_that_brought_an_item(tmp_path):
    from fieldnotes.merge.engine import merge_package
    from fieldnotes.merge.package import write_package

    member = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    person = member.create("person", name="Søren Ågård")
    write_package(member, tmp_path / "anne.fieldnotes")
    member.close()
    master = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    assert queries.provenance(master, "person", person) == []
    merge_package(master, tmp_path / "anne.fieldnotes")
    [entry] = queries.provenance(master, "person", person)
    assert entry["file_name"] == "anne.fieldnotes" and entry["member"] == "Anne Holm"
    assert entry["merged_at"]
    master.close()
