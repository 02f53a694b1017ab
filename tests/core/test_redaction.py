"""Redaction: a name leaves every version of a note, the file, its backups, later packages and
the search index, and no later merge brings it back."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from fieldnotes.core import backups, check, migrations
from fieldnotes.core.erasure import (
    apply_erasures,
    erase_everywhere,
    mentions,
    redact,
    redact_everywhere,
)
from fieldnotes.core.redaction import Redaction
from fieldnotes.core.store import Store
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import CONTENT_NAME, write_package
from fieldnotes.search.engine import search

NAME = "Søren Ødegaard"
#: Every form of the name a file could hold: as written, as the search index folds it, and
#: each word alone (the words appear nowhere else in these tests).
FORMS = [NAME, NAME.lower(), NAME.upper(), "Søren", "Ødegaard", "søren", "ødegaard"]


def traces(data: bytes) -> list[str]:
    return [form for form in FORMS if form.encode("utf-8") in data]


def all_values(store: Store, note_id: str) -> str:
    return "\n".join(r.value for r in store.revisions("note", note_id))


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Vi mødte Søren Ødegaard i går.", [(9, 23)]),
        ("SØREN   ØDEGAARD og søren\nødegaard", [(0, 16), (20, 34)]),
        ("(Søren Ødegaard), og Søren Ødegaards bror", [(1, 15)]),
        ("Sørensen Ødegaard og Søren Ødegaardsen", []),
        ("Søren", []),
    ],
)
def test_a_redaction_finds_the_name_like_a_word_pattern(text: str, spans: list) -> None:
    redaction = Redaction.of(NAME)
    assert redaction.spans(text) == spans
    pattern = re.compile(r"\bSøren\s+Ødegaard\b", re.IGNORECASE)
    assert [m.span() for m in pattern.finditer(text)] == spans


def test_a_redaction_record_holds_no_trace_of_the_name() -> None:
    redaction = Redaction.of(NAME)
    assert traces(redaction.to_json().encode()) == []
    again = Redaction.from_json(redaction.to_json())
    assert again == redaction
    assert Redaction.of(NAME).salt != redaction.salt  # two records of one name differ
    assert again.scrub("Hej Søren Ødegaard.") == "Hej [slettet]."


GOOD = {"salt": "0" * 32, "digest": "0" * 64, "words": 1, "replacement": "x"}


@pytest.mark.parametrize(
    "changes",
    [
        {"salt": "00"},
        {"digest": "00" * 64},
        {"salt": "z" * 32},
        {"words": 0},
        {"words": True},
        {"replacement": 5},
        {"replacement": None},
    ],
)
def test_a_malformed_redaction_record_is_refused(changes: dict) -> None:
    Redaction.from_json(json.dumps(GOOD))
    with pytest.raises(ValueError):
        Redaction.from_json(json.dumps({**GOOD, **changes}))
    with pytest.raises(ValueError):
        Redaction.from_json(json.dumps([GOOD]))


def _frozen(store: Store, tmp_path: Path, label: str) -> Path:
    """A package of ``store``: what it carried can no longer be squashed by later typing."""
    path = tmp_path / f"{label}.fieldnotes"
    write_package(store, path)
    return path


@pytest.fixture
def master(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")


def _note_with_history(store: Store, tmp_path: Path) -> str:
    visit = store.create("visit", title="Besøg på Ærø", status="done")
    note = store.create("note", visit_id=visit, text=f"Vi talte med {NAME} om mentorer.")
    _frozen(store, tmp_path, "v1")
    store.update("note", note, text=f"Vi talte med {NAME} om mentorer.\n\nBudgettet var lavt.")
    _frozen(store, tmp_path, "v2")
    store.update("note", note, text="Vi talte med en leder om mentorer.\n\nBudgettet var lavt.")
    return note


def test_redacting_rewrites_every_version_of_the_note(master: Store, tmp_path: Path) -> None:
    note = _note_with_history(master, tmp_path)
    assert len(master.revisions("note", note)) == 3
    assert [m.note_id for m in mentions(master, NAME)] == [note]  # found in history only
    assert redact(master, note, NAME)
    assert traces(all_values(master, note).encode()) == []
    texts = [r.value for r in master.revisions("note", note) if r.field != "redacted"]
    assert sum("[slettet]" in text for text in texts) == 2
    assert master.get("note", note)["text"].startswith("Vi talte med en leder")
    assert mentions(master, NAME) == []
    assert list(check.problems(master)) == []
    assert not redact(master, note, NAME)  # nothing left to redact: no second record
    assert [r.field for r in master.revisions("note", note)].count("redacted") == 1
    [entry] = [e for e in master.audit_log() if e["action"] == "redact"]
    assert entry["detail"] == f"note {note}" and entry["member"] == "Sekretariatet"


def test_no_byte_of_the_name_stays_in_the_file_its_backups_or_the_index(
    master: Store, tmp_path: Path
) -> None:
    visit = master.create("visit", title="Besøg på Ærø", status="done")
    note = master.create("note", visit_id=visit, text=f"{NAME} fortalte om sprogstøtte.")
    _frozen(master, tmp_path, "v1")
    master.update("note", note, text=f"{NAME} fortalte om sprogstøtte og frivillige.")
    backup = backups.back_up(master, "manual")
    kept = tmp_path / "kept-aside.db"  # a copy outside the backup folder, restored later
    shutil.copyfile(backup.path, kept)
    assert traces(backup.path.read_bytes())
    assert search(master, "Ødegaard").total == 1
    assert redact_everywhere(master, [note], NAME) == [note]
    assert search(master, "Ødegaard").total == 0
    assert search(master, "sprogstøtte").total == 1
    later = _frozen(master, tmp_path, "later")
    master.close()
    db = tmp_path / "master.db"
    with zipfile.ZipFile(later) as zf:
        packaged = zf.read(CONTENT_NAME)
    for data in (db.read_bytes(), backup.path.read_bytes(), packaged):
        assert traces(data) == []
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or traces(wal.read_bytes()) == []
    # Restoring a copy made before the redaction redacts it again.
    backups.restore(db, kept)
    restored = Store.open(db)
    assert list(check.problems(restored)) == []
    assert "[slettet] fortalte" in restored.get("note", note)["text"]
    assert traces(all_values(restored, note).encode()) == []
    assert search(restored, "Ødegaard").total == 0
    restored.close()
    assert traces(db.read_bytes()) == []


def test_an_older_package_merged_later_does_not_bring_the_name_back(
    master: Store, tmp_path: Path
) -> None:
    member = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    note = _note_with_history(member, tmp_path)
    old = _frozen(member, tmp_path, "anne-old")
    merge_package(master, old)
    assert redact_everywhere(master, [note], NAME) == [note]
    assert traces((tmp_path / "master.db").read_bytes()) == []
    # Anne types on, the name again among it, before she hears of the redaction.
    member.update("note", note, text=f"Vi talte med {NAME} igen.\n\nBudgettet var lavt.")
    newer = _frozen(member, tmp_path, "anne-newer")
    for package in (old, newer):
        merge_package(master, package)
    text = master.get("note", note)["text"]
    assert text == "Vi talte med [slettet] igen.\n\nBudgettet var lavt."
    assert traces(all_values(master, note).encode()) == []
    # The master's package scrubs Anne's own copies too, and every revision then agrees.
    back = _frozen(master, tmp_path, "master")
    merge_package(member, back)
    assert member.get("note", note)["text"] == text
    assert traces(all_values(member, note).encode()) == []
    assert merge_package(master, _frozen(member, tmp_path, "anne-last")).revisions_added == 0
    assert list(check.problems(master)) == list(check.problems(member)) == []
    master.close()
    assert traces((tmp_path / "master.db").read_bytes()) == []


def test_erasing_a_person_with_redaction_reaches_history_and_backups(
    master: Store, tmp_path: Path
) -> None:
    visit = master.create("visit", title="Besøg på Ærø", status="done")
    person = master.create("person", name=NAME, contact="soren@example.dk")
    note = master.create("note", visit_id=visit, person_id=person, text=f"Om {NAME}.")
    _frozen(master, tmp_path, "v1")
    master.update("note", note, text="Om en leder.")
    backup = backups.back_up(master, "manual")
    found = erase_everywhere(master, person, redact_mentions=True)
    assert [m.note_id for m in found] == [note]
    assert traces(all_values(master, note).encode()) == []
    actions = sorted(e["action"] for e in master.audit_log())
    assert actions.count("redact") == 1 and actions.count("erase") == 1
    assert all(traces(e["detail"].encode()) == [] for e in master.audit_log())
    master.close()
    for data in ((tmp_path / "master.db").read_bytes(), backup.path.read_bytes()):
        assert traces(data) == []


@pytest.mark.parametrize("version", [1, 3, 4, len(migrations.migration_names())])
def test_a_backup_of_any_schema_version_is_redacted(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old-backup.db"
    names = migrations.migration_names()
    db = Database(sqlite3.connect(path), execute_plugins=False)
    migrations.apply(db, stop_before=names[version] if version < len(names) else None)
    note, visit = str(uuid.uuid4()), str(uuid.uuid4())
    created = "1357000000000.00000.5b0c1c8e3f7a"
    values = {"visit_id": visit, "text": f"Mødet med {NAME}.", "position": 0}
    with db.conn:
        db.execute(
            "INSERT INTO revisions VALUES (?, 'note', ?, '*', ?, '', NULL, 'seed')",
            [created, note, json.dumps(values, ensure_ascii=False)],
        )
        db.execute(
            "INSERT INTO notes (id, visit_id, text, position, created_at, origin, updated_at)"
            " VALUES (?, ?, ?, 0, ?, 'seed', ?)",
            [note, visit, values["text"], created, created],
        )
    db.conn.close()
    assert traces(path.read_bytes())
    record = ("1357000000001.00000.5b0c1c8e3f7a", "note", note, "redacted")
    record += (Redaction.of(NAME).to_json(), "", None, "seed")
    assert apply_erasures(path, [record]) == 1
    assert traces(path.read_bytes()) == []
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT text FROM notes").fetchone()[0] == "Mødet med [slettet]."
        if version >= 4:
            hits = conn.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH 'slettet'"
            )
            assert hits.fetchone()[0] == 1
