"""Encryption in the GUI: the passphrase dialog's three tries, and the File menu's encryption."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from fieldnotes.core import cipher, encryption
from fieldnotes.core.errors import StoreError
from fieldnotes.core.store import Store
from fieldnotes.merge.package import open_package, write_package
from fieldnotes.ui.encryption import (
    NewPassphraseDialog,
    unlock_package,
    unlock_store,
)
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.search_panel import SearchPanel

SECRET = "syv små søstre"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "anne.db"
    store = Store.open(path, create=True, member_name="Anne Holm", passphrase=SECRET)
    store.create("visit", title="Besøg i Ærø Kommune", status="planned")
    store.close()
    cipher.forget_all()
    return path


def _typist(qtbot, answers: list[str], seen: list[str]):  # type: ignore[no-untyped-def]
    """A ``show`` that types each answer into the real dialog and presses OK."""

    def show(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        for answer in answers:
            if not dialog.isVisible():
                break
            qtbot.keyClicks(dialog.field, answer)
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            seen.append(dialog.message.text())
        return dialog.result()

    return show


def test_three_wrong_passphrases_end_it_without_writing(qtbot, encrypted: Path) -> None:
    before = encrypted.read_bytes()
    seen: list[str] = []
    wrong = ["otte små søstre", "ni små søstre", "ti små søstre", SECRET]
    with pytest.raises(cipher.CipherError) as refused:
        unlock_store(encrypted, show=_typist(qtbot, wrong, seen))
    assert refused.value.code == "wrong_passphrase"
    assert seen[:2] == [
        "Forkert adgangskode. 2 forsøg tilbage.",
        "Forkert adgangskode. 1 forsøg tilbage.",
    ]
    assert len(seen) == 3  # no fourth try
    assert encrypted.read_bytes() == before
    assert sorted(p.name for p in encrypted.parent.iterdir()) == [encrypted.name]


def test_the_right_passphrase_on_the_second_try_opens_it(qtbot, encrypted: Path) -> None:
    seen: list[str] = []
    store = unlock_store(encrypted, show=_typist(qtbot, ["forkert kode", SECRET], seen))
    assert store is not None
    try:
        assert store.count("visit") == 1 and store.key is not None
    finally:
        store.close()
    again = Store.open(encrypted)  # background workers find it in the session keyring
    again.close()


def test_cancelling_returns_nothing(qtbot, encrypted: Path) -> None:
    def cancel(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
            Qt.MouseButton.LeftButton,
        )
        return dialog.result()

    assert unlock_store(encrypted, show=cancel) is None


def test_an_encrypted_package_asks_for_its_passphrase(qtbot, tmp_path, encrypted) -> None:
    store = Store.open(encrypted, passphrase=SECRET)
    write_package(store, tmp_path / "anne.fieldnotes")
    store.close()
    cipher.forget_all()
    seen: list[str] = []
    unlock_package(tmp_path / "anne.fieldnotes", show=_typist(qtbot, [SECRET], seen))
    with open_package(tmp_path / "anne.fieldnotes") as package:  # now known
        assert package.manifest.member_name == "Anne Holm"


def _new_passphrase(qtbot, first: str, second: str, messages: list[str]):  # type: ignore[no-untyped-def]
    def show(dialog: NewPassphraseDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.first, first)
        qtbot.keyClicks(dialog.second, second)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        messages.append(dialog.message.text())
        return dialog.result()

    return show


def test_the_file_menu_encrypts_and_decrypts_the_open_database(qtbot, tmp_path, danish) -> None:
    path = tmp_path / "master.db"
    store = Store.open(path, create=True, member_name="Sekretariatet")
    store.create("visit", title="Besøg hos borgmesteren", status="done")
    window = MainWindow(store, danish)
    qtbot.addWidget(window)
    menu = window.encryption_menu
    messages: list[str] = []
    menu.encrypt(show=_new_passphrase(qtbot, SECRET, "noget andet", messages))
    assert messages == ["De to adgangskoder er forskellige."]
    assert not cipher.is_encrypted(path)

    with qtbot.waitSignal(menu.rewritten, timeout=60_000) as rewritten:
        menu.encrypt(show=_new_passphrase(qtbot, SECRET, SECRET, messages))
        assert menu.call is not None  # rewriting in the background
    assert rewritten.args == [True]
    assert cipher.is_encrypted(path) and b"borgmesteren" not in path.read_bytes()
    assert window.store.key is not None and window.store.count("visit") == 1
    assert window.statusBar().currentMessage() == "Databasen er krypteret."

    seen: list[str] = []
    menu.change_passphrase(show=_typist(qtbot, ["forkert kode"] * 3, seen))
    assert len(seen) == 3  # three wrong: no new passphrase asked for, nothing changed
    Store.open(path, passphrase=SECRET).close()

    with qtbot.waitSignal(menu.rewritten, timeout=60_000):
        menu.decrypt(ask=False, show=_typist(qtbot, [SECRET], seen))
    assert window.store.key is None and not cipher.is_encrypted(path)
    assert window.store.count("visit") == 1
    window.store.close()


def test_a_failed_rewrite_opens_the_database_again_as_it_was(
    qtbot, tmp_path, danish, monkeypatch
) -> None:
    path = tmp_path / "master.db"
    store = Store.open(path, create=True, member_name="Sekretariatet")
    store.create("visit", title="Besøg hos borgmesteren", status="done")
    window = MainWindow(store, danish)
    qtbot.addWidget(window)

    def disk_full(db_path, passphrase, **_options):  # type: ignore[no-untyped-def]
        raise StoreError("disk_full", path=db_path)

    monkeypatch.setattr(encryption, "change_encryption", disk_full)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    with qtbot.waitSignal(window.encryption_menu.rewritten, timeout=60_000) as rewritten:
        window.encryption_menu.encrypt(show=_new_passphrase(qtbot, SECRET, SECRET, []))
    assert rewritten.args == [False]
    assert len(warnings) == 1 and "Disken er fuld" in warnings[0]
    assert not cipher.is_encrypted(path) and window.store.count("visit") == 1
    window.store.close()


def test_the_search_panel_searches_an_encrypted_database_in_the_background(
    qtbot, encrypted: Path
) -> None:
    store = Store.open(encrypted, passphrase=SECRET)
    try:
        visit = next(store.rows("visit"))["id"]
        store.create("note", visit_id=visit, text="Mentorordningen på Ærø får folk i job.")
        panel = SearchPanel(store)
        qtbot.addWidget(panel)
        with qtbot.waitSignal(panel.searched, timeout=5000):
            qtbot.keyClicks(panel.query, "MENTOR")
        assert panel.results is not None and len(panel.results.hits) == 1
    finally:
        store.close()
