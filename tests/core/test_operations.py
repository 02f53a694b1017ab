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
