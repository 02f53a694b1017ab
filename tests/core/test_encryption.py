"""Encryption at rest: an encrypted database, its backups and packages hold no readable text,
open only with the passphrase, and work in every feature; encrypt/decrypt keep every revision."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from fieldnotes.core import backups, cipher
from fieldnotes.core.encryption import change_encryption
from fieldnotes.core.erasure import erase_everywhere
from fieldnotes.core.export_json import write_json
from fieldnotes.core.store import Store
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import PackageError, open_package, write_package
from fieldnotes.search.engine import Filters, search

SECRET = "Æblegrød på Ærø om natten"
NOTE = "Borgmesteren fortalte fortroligt om mentorordningen"


def _fill(store: Store) -> tuple[str, str]:
    visit = store.create("visit", title="Besøg hos Jobcenter Vest", status="done")
    note = store.create("note", visit_id=visit, text=NOTE)
    return visit, note


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "anne.db"
    store = Store.open(path, create=True, member_name="Anne Holm", passphrase=SECRET)
    _fill(store)
    store.close()
    cipher.forget_all()
    return path


def test_an_encrypted_database_opens_only_with_its_passphrase(encrypted: Path) -> None:
    before = encrypted.read_bytes()
    with pytest.raises(cipher.CipherError) as asked:
        Store.open(encrypted)
    assert asked.value.code == "encrypted"
    with pytest.raises(cipher.CipherError) as wrong:
        Store.open(encrypted, passphrase="Æblegrød på Ærø om dagen")
    assert wrong.value.code == "wrong_passphrase"
    assert "Forkert adgangskode" in wrong.value.message("da")
    assert encrypted.read_bytes() == before
    assert sorted(p.name for p in encrypted.parent.iterdir()) == [encrypted.name]
    store = Store.open(encrypted, passphrase=SECRET)
    try:
        assert store.key is not None
        assert [n["text"] for n in store.rows("note")] == [NOTE]
    finally:
        store.close()


def test_the_file_holds_no_readable_text_and_any_sqlcipher_tool_opens_it(encrypted: Path) -> None:
    raw = encrypted.read_bytes()
    assert b"Borgmesteren" not in raw and b"SQLite format 3" not in raw
    # Keyed the way SQLCipher keys a passphrase itself: other SQLCipher 4 tools can read it.
    conn = sqlcipher.connect(str(encrypted))
    conn.execute("PRAGMA key = 'Æblegrød på Ærø om natten'")
    assert conn.execute("SELECT count(*) FROM notes").fetchone() == (1,)
    conn.close()


def test_nothing_readable_lands_in_the_journal_while_it_is_open(encrypted: Path) -> None:
    store = Store.open(encrypted, passphrase=SECRET)
    try:
        visit = next(store.rows("visit"))["id"]
        store.create("note", visit_id=visit, text="Kommunaldirektøren sagde det modsatte")
        wal = encrypted.with_name(encrypted.name + "-wal")
        assert wal.stat().st_size > 0
        for path in (encrypted, wal):
            assert "Kommunaldirektøren".encode() not in path.read_bytes()
    finally:
        store.close()


def test_the_session_remembers_the_passphrase_for_later_connections(encrypted: Path) -> None:
    Store.open(encrypted, passphrase=SECRET).close()
    again = Store.open(encrypted)  # a background worker opens it by path alone
    try:
        assert again.count("note") == 1
    finally:
        again.close()


def test_the_asker_gets_three_tries(encrypted: Path) -> None:
    answers = iter(["forkert en", "forkert to", "forkert tre", SECRET])
    asked: list[int] = []

    def ask(path: Path, attempt: int) -> str:
        asked.append(attempt)
        return next(answers)

    cipher.ask_with(ask)
    try:
        with pytest.raises(cipher.CipherError) as refused:
            Store.open(encrypted)
        assert refused.value.code == "wrong_passphrase" and asked == [0, 1, 2]
        asked.clear()
        Store.open(encrypted).close()  # the fourth answer, on a new opening
        assert asked == [0]
    finally:
        cipher.ask_with(None)


def test_no_secret_in_repr_and_none_in_any_written_file(
    tmp_path: Path, encrypted: Path, private_folders: Path
) -> None:
    store = Store.open(encrypted, passphrase=SECRET)
    assert SECRET not in repr(store.key) and SECRET not in repr(store.key.passphrase)
    backups.back_up(store, "manual")
    write_package(store, tmp_path / "anne.fieldnotes")
    store.close()
    written = [*_files(tmp_path), *_files(private_folders)]  # the backups are in the latter
    assert len(written) >= 3
    for path in written:
        data = path.read_bytes()
        assert SECRET.encode() not in data and SECRET.encode("utf-16-le") not in data, path


def test_backups_are_encrypted_and_listed_verified_and_restored_with_the_key(
    encrypted: Path,
) -> None:
    store = Store.open(encrypted, passphrase=SECRET)
    info = backups.back_up(store, "manual")
    store.update("note", next(store.rows("note"))["id"], text="Ændret bagefter")
    store.close()
    assert b"Borgmesteren" not in info.path.read_bytes()
    assert cipher.is_encrypted(info.path)
    listed = backups.list_backups(encrypted)
    assert listed[0].counts["note"] == 1 and backups.verify(listed[0]) == []
    backups.restore(encrypted, listed[0])
    store = Store.open(encrypted)
    try:
        assert [n["text"] for n in store.rows("note")] == [NOTE]
    finally:
        store.close()


def test_search_export_and_erasure_work_on_an_encrypted_database(encrypted: Path) -> None:
    store = Store.open(encrypted, passphrase=SECRET)
    try:
        results = search(store, "mentorordningen", Filters())
        assert results.total == 1
        out = io.StringIO()
        write_json(store, out)
        assert NOTE in out.getvalue()
        person = store.create("person", name="Karen Blixen")
        backups.back_up(store, "manual")
        erase_everywhere(store, person)
        assert store.get("person", person)["name"] is None
    finally:
        store.close()


def test_an_encrypted_package_merges_with_the_shared_passphrase(tmp_path: Path, encrypted: Path):
    store = Store.open(encrypted, passphrase=SECRET)
    write_package(store, tmp_path / "anne.fieldnotes")
    note = next(store.rows("note"))["id"]
    store.close()
    with zipfile.ZipFile(tmp_path / "anne.fieldnotes") as zf:
        assert b"Borgmesteren" not in zf.read("revisions.sqlite")
        assert json.loads(zf.read("manifest.json"))["member_name"] == "Anne Holm"
    cipher.forget_all()
    master = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    try:
        with pytest.raises(PackageError) as asked:
            merge_package(master, tmp_path / "anne.fieldnotes")
        assert asked.value.code == "encrypted"
        with (
            pytest.raises(PackageError) as wrong,
            open_package(tmp_path / "anne.fieldnotes", "nej"),
        ):
            pass
        assert wrong.value.code == "wrong_passphrase"
        assert master.get("note", note) is None
        with open_package(tmp_path / "anne.fieldnotes", SECRET):
            pass
        merge_package(master, tmp_path / "anne.fieldnotes")
        assert master.get("note", note)["text"] == NOTE
    finally:
        master.close()


def test_a_plain_package_still_merges_into_an_encrypted_master(tmp_path: Path, encrypted: Path):
    member = Store.open(tmp_path / "bo.db", create=True, member_name="Bo Ravn")
    _, note = _fill(member)
    write_package(member, tmp_path / "bo.fieldnotes")
    member.close()
    master = Store.open(encrypted, passphrase=SECRET)
    try:
        assert merge_package(master, tmp_path / "bo.fieldnotes").revisions_added > 0
        assert master.get("note", note)["text"] == NOTE
    finally:
        master.close()


def _revisions(path: Path) -> list[tuple]:
    store = Store.open(path)
    try:
        return store.db.execute("SELECT * FROM revisions ORDER BY id").fetchall()
    finally:
        store.close()


def test_encrypt_rekey_and_decrypt_keep_every_revision_and_convert_the_backups(
    tmp_path: Path,
) -> None:
    path = tmp_path / "master.db"
    store = Store.open(path, create=True, member_name="Sekretariatet")
    _fill(store)
    backups.back_up(store, "manual")
    store.close()
    revisions = _revisions(path)

    first = change_encryption(path, "en lang sætning")
    assert first is not None and first.reason == "encryption"
    assert cipher.is_encrypted(path) and b"Borgmesteren" not in path.read_bytes()
    listed = backups.list_backups(path)
    assert {b.reason for b in listed} == {"manual", "encryption"}
    assert all(cipher.is_encrypted(b.path) for b in listed)
    assert _revisions(path) == revisions

    change_encryption(path, "en anden lang sætning")
    cipher.forget_all()
    with pytest.raises(cipher.CipherError):
        Store.open(path, passphrase="en lang sætning")
    assert all(backups.verify(b) for b in backups.list_backups(path))  # unreadable: no key
    Store.open(path, passphrase="en anden lang sætning").close()
    assert all(backups.verify(b) == [] for b in backups.list_backups(path))

    change_encryption(path, None)
    assert path.read_bytes().startswith(cipher.SQLITE_HEADER)
    assert not any(cipher.is_encrypted(b.path) for b in backups.list_backups(path))
    cipher.forget_all()
    assert _revisions(path) == revisions
    sqlite3.connect(path).close()  # plain SQLite again


def test_a_rewrite_is_refused_while_another_connection_uses_the_file(encrypted: Path) -> None:
    store = Store.open(encrypted, passphrase=SECRET)
    try:
        before = encrypted.read_bytes()
        with pytest.raises(cipher.CipherError) as busy:
            change_encryption(encrypted, None)
        assert busy.value.code == "in_use"
        assert encrypted.read_bytes() == before
        assert store.count("note") == 1
    finally:
        store.close()


def test_a_short_or_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(cipher.CipherError) as short:
        cipher.new_passphrase("kort")
    assert short.value.code == "too_short"
    with pytest.raises(cipher.CipherError):
        Store.open(tmp_path / "x.db", create=True, passphrase="")
    assert not (tmp_path / "x.db").exists()
