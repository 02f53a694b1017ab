"""Undoable operations: each does, undoes and redoes through the store, with Danish wording."""

from __future__ import annotations

import pytest

from fieldnotes.core import operations as ops
from fieldnotes.core import queries
from fieldnotes.core.seed import DEFAULT_GUIDE_ID, municipality_id, theme_id
from fieldnotes.core.store import Store


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store() -> Store:
    return Store.memory(member_name="Anne Holm")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def history(store: Store, clock: FakeClock) -> ops.History:
    return ops.History(store, clock=clock)


@pytest.fixture
def note(store: Store) -> str:
    visit = store.create(
        "visit",
        title="Besøg i Ærø",
        status="planned",
        guide_id=DEFAULT_GUIDE_ID,
        municipality_id=municipality_id("492"),
    )
    question = queries.guide_outline(store, DEFAULT_GUIDE_ID)[1]["questions"][0]["id"]
    return ops.new_note(store, visit, question, text="Vi har én plan for hele familien.").result


def test_create_is_undone_by_a_deletion_and_redone_by_a_restoration(store, history):
    op = history.run(ops.create, store, "person", name="Mette Ørsted")
    assert history.undo_description() == "Fortryd oprettelse"
    history.undo()
    assert store.get("person", op.result)["deleted"] == 1
    assert history.redo_description() == "Annullér fortryd oprettelse"
    history.redo()
    assert store.get("person", op.result)["deleted"] == 0


def test_update_undo_writes_the_old_value_back_as_a_new_revision(store, history):
    person = store.create("person", name="Mette")
    history.run(ops.update, store, "person", person, role="Leder")
    history.undo()
    assert store.get("person", person)["role"] is None
    assert len(store.revisions("person", person)) >= 2


def test_typing_saves_close_in_time_merge_into_one_undo_entry(store, history, clock, note):
    for text in ("a", "ab", "abc"):
        history.run(ops.update, store, "note", note, kind="typing", text=text)
        clock.now += 1
    assert len(list(history)) == 1
    assert history.undo_description() == "Fortryd skrivning"
    history.undo()
    assert store.get("note", note)["text"] == "Vi har én plan for hele familien."
    history.redo()
    assert store.get("note", note)["text"] == "abc"


def test_typing_after_a_pause_is_a_new_undo_entry(store, history, clock, note):
    history.run(ops.update, store, "note", note, kind="typing", text="a")
    clock.now += ops.MERGE_SECONDS + 1
    history.run(ops.update, store, "note", note, kind="typing", text="ab")
    history.undo()
    assert store.get("note", note)["text"] == "a"


def test_tagging_twice_removes_the_tag_and_both_undo(store, history, note):
    theme = theme_id("1b")
    history.run(ops.toggle_tag, store, note, theme, 3, 10)
    assert history.undo_description() == "Fortryd tagging"
    assert [(t["code"], t["start"], t["end"]) for t in queries.note_tags(store, note)] == [
        ("1b", 3, 10)
    ]
    history.run(ops.toggle_tag, store, note, theme, 3, 10)
    assert history.undo_description() == "Fortryd fjernelse af tag"
    assert queries.note_tags(store, note) == []
    history.undo()
    assert len(queries.note_tags(store, note)) == 1
    history.undo()
    assert queries.note_tags(store, note) == []


def test_an_empty_selection_tags_the_whole_note(store, note):
    ops.toggle_tag(store, note, theme_id("2a"), 5, 5)
    (tag,) = queries.note_tags(store, note)
    assert (tag["start"], tag["end"]) == (None, None)


def test_quote_takes_the_theme_of_the_guide_section(store, history, note):
    history.run(ops.toggle_quote, store, note, 0, 6)
    (tag,) = queries.note_tags(store, note)
    assert (tag["code"], tag["is_quote"]) == ("1b", 1)
    history.run(ops.toggle_quote, store, note, 0, 6)
    assert queries.note_tags(store, note)[0]["is_quote"] == 0


def test_quote_without_any_theme_is_refused_in_danish(store):
    visit = store.create("visit", title="Besøg", status="planned")
    note = ops.new_note(store, visit, text="Citat").result
    with pytest.raises(ops.OperationError) as info:
        ops.toggle_quote(store, note, 0, 5)
    assert "tema" in info.value.message("da")


def test_deleting_a_note_takes_its_tags_and_undo_restores_both(store, history, note):
    ops.toggle_tag(store, note, theme_id("1a"))
    history.run(ops.delete, store, "note", note)
    assert store.get("note", note)["deleted"] == 1
    assert queries.note_tags(store, note) == []
    history.undo()
    assert store.get("note", note)["deleted"] == 0
    assert len(queries.note_tags(store, note)) == 1


def test_capturing_an_idea_links_back_to_the_note_and_undo_removes_both(store, history, note):
    ops.toggle_tag(store, note, theme_id("1b"))
    op = history.run(ops.capture_idea, store, note, "  Én samlet plan  ")
    idea = store.get("idea", op.result)
    assert (idea["title"], idea["status"]) == ("Én samlet plan", "proposal")
    assert store.linked("idea_note", op.result) == [note]
    assert store.linked("idea_theme", op.result) == [theme_id("1b")]
    assert history.undo_description() == "Fortryd registrering af idé"
    history.undo()
    assert store.get("idea", op.result)["deleted"] == 1
    assert store.linked("idea_note", op.result) == []


def test_capturing_a_method_a_resource_and_a_followup_keeps_the_source(store, note):
    method = ops.capture_method(store, note, "Familiekoordinator").result
    assert store.linked("method_note", method) == [note]
    resource = ops.capture_resource(
        store, note, "2,4 mio. kr.", amount_dkk=2_400_000, year=2012, funding_source="state"
    ).result
    row = store.get("resource_entry", resource)
    assert (row["note_id"], row["municipality_id"]) == (note, municipality_id("492"))
    followup = ops.capture_followup(store, note, "Send rapporten").result
    assert store.get("followup", followup)["note_id"] == note


def test_capturing_empty_text_is_refused(store, note):
    with pytest.raises(ops.OperationError):
        ops.capture_idea(store, note, "   ")


def test_a_new_operation_clears_redo(store, history):
    history.run(ops.create, store, "person", name="A")
    history.undo()
    history.run(ops.create, store, "person", name="B")
    assert not history.can_redo()


def test_speaker_and_new_notes_are_undoable(store, history, note):
    person = store.create("person", name="Mette")
    history.run(ops.set_speaker, store, note, person)
    assert history.undo_description() == "Fortryd valg af taler"
    history.undo()
    assert store.get("note", note)["person_id"] is None
    visit = store.get("note", note)["visit_id"]
    second = history.run(ops.new_note, store, visit).result
    assert store.get("note", second)["position"] == 1


def test_an_unchanged_update_is_not_remembered(store, history, note):
    history.run(ops.update, store, "note", note, text=store.get("note", note)["text"])
    assert not history.can_undo()


def test_adding_a_speaker_creates_the_person_and_undo_removes_both(store, history, note):
    op = history.run(ops.add_speaker, store, note, "  Søren   Ågård ")
    assert store.get("person", op.result)["name"] == "Søren Ågård"
    assert store.get("note", note)["person_id"] == op.result
    history.undo()
    assert store.get("note", note)["person_id"] is None
    assert store.get("person", op.result)["deleted"] == 1


def test_typing_after_an_undo_starts_a_new_entry(store, history, note):
    history.run(ops.update, store, "note", note, kind="typing", text="a")
    history.run(ops.toggle_tag, store, note, theme_id("1a"))
    history.undo()
    history.run(ops.update, store, "note", note, kind="typing", text="ab")
    history.undo()
    assert store.get("note", note)["text"] == "a"


# --- the secretariat and planning ---------------------------------------------------------------
def _conflicted(tmp_path):
    """A master where the same note text and visit title were changed on two laptops."""
    from fieldnotes.merge.engine import merge_package
    from fieldnotes.merge.package import write_package

    master = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    visit = master.create("visit", title="Besøg", status="done")
    note = master.create("note", visit_id=visit, text="Første afsnit.\n")
    write_package(master, tmp_path / "master.fieldnotes")
    member = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    merge_package(member, tmp_path / "master.fieldnotes")
    master.update("note", note, text="Sekretariatets version.\n")
    member.update("note", note, text="Annes version.\n")
    member.update("visit", visit, title="Annes titel")
    master.update("visit", visit, title="Sekretariatets titel")
    write_package(member, tmp_path / "anne.fieldnotes")
    merge_package(master, tmp_path / "anne.fieldnotes")
    member.close()
    return master, visit, note


def test_resolving_a_conflict_is_undoable_and_closes_it(tmp_path):
    store, visit, _note = _conflicted(tmp_path)
    history = ops.History(store)
    conflict = next(c for c in store.conflicts() if c.entity == "visit")
    shown = store.get("visit", visit)["title"]
    op = history.run(ops.resolve_conflict, store, conflict, "Fælles titel")
    assert op.kind == "resolve" and history.undo_description() == "Fortryd løsning af konflikt"
    assert store.get("visit", visit)["title"] == "Fælles titel"
    assert all(c.entity != "visit" for c in store.conflicts())
    history.undo()
    assert store.get("visit", visit)["title"] == shown
    assert all(c.entity != "visit" for c in store.conflicts())  # settled stays settled
    history.redo()
    assert store.get("visit", visit)["title"] == "Fælles titel"
    store.close()


def test_conflict_sides_name_who_wrote_each_value(tmp_path):
    store, _visit, _note = _conflicted(tmp_path)
    conflict = next(c for c in store.conflicts() if c.entity == "note")
    sides = queries.conflict_sides(store, conflict)
    assert {s["value"] for s in sides} == {"Sekretariatets version.\n", "Annes version.\n"}
    assert {s["member"] for s in sides} == {"Sekretariatet", "Anne Holm"}
    assert sides[0]["revision"] == conflict.winner
    store.close()


def test_a_visit_planned_from_a_hearing_input_is_one_undo_step(store, history):
    themes = [theme_id("1a"), theme_id("2a")]
    hearing = store.create("hearing_input", stakeholder="Dansk Flygtningehjælp")
    store.link("hearing_actor", hearing, municipality_id("492"))
    for theme in themes:
        store.link("hearing_theme", hearing, theme)
    plan = queries.hearing_suggestion(store, hearing)
    assert plan["municipality_id"] == municipality_id("492")
    op = history.run(ops.plan_visit, store, **plan)
    visit = store.get("visit", op.result)
    assert visit["status"] == "planned" and visit["hearing_input_id"] == hearing
    assert sorted(store.linked("visit_theme", op.result)) == sorted(themes)
    history.undo()
    assert store.get("visit", op.result)["deleted"] == 1
    assert store.linked("visit_theme", op.result) == []


def test_editing_a_visit_sets_fields_and_links_exactly(store, history):
    visit = ops.plan_visit(store, title="Besøg", links={"visit_theme": [theme_id("1a")]}).result
    history.run(
        ops.edit_visit,
        store,
        visit,
        place="Rådhuset",
        links={"visit_theme": [theme_id("1b")], "visit_member": [store.member_id]},
    )
    assert store.linked("visit_theme", visit) == [theme_id("1b")]
    assert store.get("visit", visit)["place"] == "Rådhuset"
    assert history.undo_description() == "Fortryd ændring af besøg"
    history.undo()
    assert store.linked("visit_theme", visit) == [theme_id("1a")]
    assert store.linked("visit_member", visit) == []
    assert store.get("visit", visit)["place"] is None


def test_catch_up_moves_the_clock_past_another_connection(tmp_path):
    first = Store.open(tmp_path / "a.db", create=True, member_name="Anne Holm")
    second = Store.open(tmp_path / "a.db")
    second.create("person", name="Mette")
    ops.catch_up(first)
    assert first.clock.tick() > second.get_meta("clock")
    first.close()
    second.close()


def test_a_recorded_combination_of_duplicates_is_undone_and_redone(store, clock):
    from fieldnotes.merge.duplicates import combine

    history = ops.History(store, clock)
    keep = store.create("person", name="Mette Olsen")
    other = store.create("person", name="Mette Olsen", role="Mentor")
    visit = store.create("visit", title="Besøg", status="done", guide_id=DEFAULT_GUIDE_ID)
    note = store.create("note", visit_id=visit, text="Mette fortalte.", person_id=other)

    op = history.run(ops.record, store, "combine", lambda s: combine(s, "person", keep, other))
    assert op.kind == "combine" and op.description == "sammenlægning af dubletter"
    assert store.get("note", note)["person_id"] == keep
    assert store.get("person", keep)["role"] == "Mentor"
    assert store.get("person", other)["deleted"]

    history.undo()
    assert store.get("note", note)["person_id"] == other
    assert store.get("person", keep)["role"] is None
    assert not store.get("person", other)["deleted"]
    history.redo()
    assert store.get("note", note)["person_id"] == keep
    assert store.get("person", other)["deleted"]


def test_recorded_link_moves_are_undone(store, clock):
    from fieldnotes.merge.duplicates import combine

    history = ops.History(store, clock)
    day = {"status": "done", "guide_id": DEFAULT_GUIDE_ID, "starts_at": "2013-03-04T10:00"}
    keep = store.create("visit", title="Ærø", **day)
    other = store.create("visit", title="Ærø (Bo)", **day)
    store.link("visit_theme", other, theme_id("1c"))
    history.run(ops.record, store, "combine", lambda s: combine(s, "visit", keep, other))
    assert store.linked("visit_theme", keep) == [theme_id("1c")]
    assert store.linked("visit_theme", other) == []
    history.undo()
    assert store.linked("visit_theme", keep) == []
    assert store.linked("visit_theme", other) == [theme_id("1c")]


def test_an_import_is_worded_as_such():
    assert ops.DESCRIPTIONS["import"] == "import af dokument"
