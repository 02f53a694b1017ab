"""Deriving a row from its revisions: heads, conflicts, text merges and deletions."""

from __future__ import annotations

import json

from fieldnotes.core.revisions import CREATE, Revision, derive_row
from fieldnotes.core.schema import entity

NOTE = entity("note")
VISIT = "00000000-0000-4000-8000-000000000001"
ROW = "00000000-0000-4000-8000-0000000000aa"


def rev(rid: str, field: str, value: object, parents: str = "", site: str = "a") -> Revision:
    return Revision(
        id=f"{rid}.00000.{site}",
        entity="note",
        row_id=ROW,
        field=field,
        value=json.dumps(value),
        parents=parents,
        member_id="m-" + site,
        origin="o-" + site,
    )


def create(text: str) -> Revision:
    values = {
        "visit_id": VISIT,
        "text": text,
        "question_id": None,
        "person_id": None,
        "position": 1,
    }
    return rev("0000000000001", CREATE, values)


def test_single_chain_of_edits_has_no_conflict() -> None:
    base = create("a")
    edit = rev("0000000000002", "text", "b", parents=base.id)
    row = derive_row(NOTE, [edit, base])
    assert row.values["text"] == "b"
    assert row.conflicts == []
    assert row.values["created_at"] == base.id
    assert row.values["updated_at"] == edit.id


def test_concurrent_edits_to_different_fields_both_survive() -> None:
    base = create("a")
    text = rev("0000000000002", "text", "b", parents=base.id, site="a")
    position = rev("0000000000003", "position", 9, parents=base.id, site="b")
    row = derive_row(NOTE, [base, text, position])
    assert (row.values["text"], row.values["position"]) == ("b", 9)
    assert row.conflicts == []


def test_concurrent_edits_to_one_field_keep_the_later_and_record_a_conflict() -> None:
    base = create("x")
    early = rev("0000000000002", "position", 5, parents=base.id, site="a")
    late = rev("0000000000003", "position", 7, parents=base.id, site="b")
    row = derive_row(NOTE, [late, base, early])
    assert row.values["position"] == 7
    [conflict] = row.conflicts
    assert (conflict.field, conflict.winner, conflict.losers) == ("position", late.id, (early.id,))


def test_text_edits_in_different_paragraphs_merge_cleanly() -> None:
    base = create("Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit.\n")
    mine = rev(
        "0000000000002",
        "text",
        "Første afsnit, rettet.\n\nAndet afsnit.\n\nTredje afsnit.\n",
        parents=base.id,
        site="a",
    )
    theirs = rev(
        "0000000000003",
        "text",
        "Første afsnit.\n\nAndet afsnit.\n\nTredje, ændret.\n",
        parents=base.id,
        site="b",
    )
    row = derive_row(NOTE, [base, mine, theirs])
    assert row.values["text"] == "Første afsnit, rettet.\n\nAndet afsnit.\n\nTredje, ændret.\n"
    assert row.conflicts == []


def test_overlapping_text_edits_become_a_text_conflict() -> None:
    base = create("Et afsnit om Ærø.\n")
    mine = rev("0000000000002", "text", "Et afsnit om Ærø og Fanø.\n", parents=base.id, site="a")
    theirs = rev("0000000000003", "text", "Et afsnit om Læsø.\n", parents=base.id, site="b")
    row = derive_row(NOTE, [base, mine, theirs])
    assert row.values["text"] == "Et afsnit om Læsø.\n"
    assert [c.kind for c in row.conflicts] == ["text"]


def test_deletion_concurrent_with_an_edit_is_a_conflict_not_a_loss() -> None:
    base = create("tekst")
    delete = rev("0000000000003", "deleted", True, parents=base.id, site="b")
    edit = rev("0000000000002", "text", "ny tekst", parents=base.id, site="a")
    row = derive_row(NOTE, [base, delete, edit])
    assert row.values["deleted"] == 0
    assert row.values["text"] == "ny tekst"
    [conflict] = row.conflicts
    assert (conflict.kind, conflict.losers) == ("delete", (edit.id,))


def test_deletion_that_saw_every_edit_deletes() -> None:
    base = create("tekst")
    edit = rev("0000000000002", "text", "ny", parents=base.id)
    delete = rev("0000000000003", "deleted", True, parents=f"{base.id} {edit.id}")
    row = derive_row(NOTE, [base, edit, delete])
    assert row.values["deleted"] == 1
    assert row.conflicts == []


def test_result_does_not_depend_on_revision_order() -> None:
    base = create("a\n\nb\n")
    revs = [
        base,
        rev("0000000000002", "text", "A\n\nb\n", parents=base.id, site="a"),
        rev("0000000000003", "text", "a\n\nB\n", parents=base.id, site="b"),
        rev("0000000000004", "position", 3, parents=base.id, site="c"),
    ]
    first = derive_row(NOTE, revs)
    second = derive_row(NOTE, list(reversed(revs)))
    assert first == second
    assert first.values["text"] == "A\n\nB\n"
