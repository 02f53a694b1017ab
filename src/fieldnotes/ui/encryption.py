"""Encryption at rest in the GUI: the passphrase dialogs and the File menu's encryption menu.

The passphrase lives only in memory (``core.cipher``'s session keyring), so the background
workers that open the database again find it. ``unlock_store`` asks at start, three tries;
``unlock_package`` asks for a package encrypted with a passphrase the session does not know.

>>> store = unlock_store(path, None, create=True)  # None: cancelled
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ..core import cipher
from ..core.errors import KnownError
from ..core.store import Store
from .widgets import Retranslating

if TYPE_CHECKING:
    from .background import Call

Show = Callable[[QDialog], object]


def _exec(dialog: QDialog) -> object:
    return dialog.exec()


class PassphraseDialog(Retranslating, QDialog):
    """Asks for the passphrase of ``path`` until ``check(text)`` accepts it, at most three
    times; then ``rejected``. A problem other than a wrong passphrase ends it too (``error``).
    With ``confirm`` it asks for the current passphrase before a change to the encryption."""

    def __init__(
        self,
        path: Path,
        check: Callable[[str], bool],
        parent: QWidget | None = None,
        *,
        confirm: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.check = check
        self.confirm = confirm
        self.tries_left = cipher.TRIES
        self.error: KnownError | None = None
        self.intro = QLabel(wordWrap=True)
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.field, self.message, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)  # the path's name and the message read on one line
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Adgangskode"))
        self.field.setAccessibleName(self.tr("Adgangskode"))
        if self.confirm:
            intro = self.tr("Skriv den nuværende adgangskode til {0}.")
        else:
            intro = self.tr("{0} er krypteret. Skriv adgangskoden for at åbne den.")
        self.intro.setText(intro.format(self.path.name))

    def try_passphrase(self) -> None:
        """Check the typed passphrase; wrong ones count down the tries."""
        typed = self.field.text()
        self.field.clear()
        if not typed:
            self.message.setText(self.tr("Skriv adgangskoden."))
            return
        try:
            fits = self.check(typed)
        except KnownError as exc:
            self.error = exc
            self.reject()
            return
        if fits:
            self.accept()
            return
        self.tries_left -= 1
        if self.tries_left == 0:
            self.reject()
            return
        self.message.setText(
            self.tr("Forkert adgangskode. %n forsøg tilbage.", "", self.tries_left)
        )


class NewPassphraseDialog(Retranslating, QDialog):
    """A new passphrase, typed twice; ``passphrase`` holds it once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase: cipher.Passphrase | None = None
        self.intro = QLabel(wordWrap=True)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.first_label, self.second_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.first_label, self.first)
        self.form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ny adgangskode"))
        self.intro.setText(
            self.tr(
                "Vælg en adgangskode på mindst {0} tegn – gerne en sætning af flere ord. "
                "Uden den kan ingen læse databasen, heller ikke du: skriv den ned et sikkert "
                "sted."
            ).format(cipher.MIN_LENGTH)
        )
        self.first_label.setText(self.tr("Adgangskode:"))
        self.second_label.setText(self.tr("Gentag:"))

    def try_accept(self) -> None:
        if self.first.text() != self.second.text():
            self.message.setText(self.tr("De to adgangskoder er forskellige."))
            return
        try:
            self.passphrase = cipher.new_passphrase(self.first.text())
        except KnownError as exc:
            self.message.setText(exc.message())
            return
        self.accept()


def unlock_store(
    path: Path, parent: QWidget | None = None, *, create: bool = False, show: Show = _exec
) -> Store | None:
    """Open the database at ``path``, asking for its passphrase when it is encrypted and the
    session does not know it; None when the person cancelled, ``wrong_passphrase`` after
    three wrong tries (nothing was written either way). ``show`` runs the dialog (``exec``
    unless a test drives it)."""
    try:
        return Store.open(path, create=create)
    except cipher.CipherError as exc:
        if exc.code != "encrypted":
            raise
    opened: list[Store] = []

    def check(typed: str) -> bool:
        try:
            opened.append(Store.open(path, passphrase=typed))
        except cipher.CipherError as exc:
            if exc.code != "wrong_passphrase":
                raise
            return False
        return True

    dialog = PassphraseDialog(path, check, parent)
    show(dialog)
    if dialog.error is not None:
        raise dialog.error
    if dialog.tries_left == 0:
        raise cipher.CipherError("wrong_passphrase", path=path)
    return opened[0] if opened else None


def unlock_package(path: Path, parent: QWidget | None = None, *, show: Show = _exec) -> None:
    """Before a package is read in the background: when it is encrypted with a passphrase
    the session does not know, ask for it (the merge then reports it if still unknown)."""
    from ..merge.package import PackageError, open_package

    if not _needs_passphrase(path):
        return

    def check(typed: str) -> bool:
        try:
            with open_package(path, typed):
                return True
        except PackageError as exc:
            if exc.code != "wrong_passphrase":
                raise
            return False

    show(PassphraseDialog(path, check, parent))


def _needs_passphrase(path: Path) -> bool:
    from ..merge.package import PackageError, content_encrypted, open_package

    if not content_encrypted(path):
        return False
    try:
        with open_package(path):
            return False
    except PackageError as exc:
        return exc.code == "encrypted"
    except KnownError:
        return False


class EncryptionMenu(Retranslating, QMenu):
    """File → Kryptering: encrypt, change the passphrase, remove the encryption.

    The window's store is closed while the file is rewritten, then opened again."""

    rewritten = Signal(bool)  # the rewrite ended and the file is open again: did it succeed

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.encrypt_action = self.addAction("", self.encrypt)
        self.change_action = self.addAction("", self.change_passphrase)
        self.decrypt_action = self.addAction("", self.decrypt)
        self.aboutToShow.connect(self._update)
        self.call: Call | None = None  # the rewrite running in the background
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Kryptering"))
        self.encrypt_action.setText(self.tr("&Kryptér databasen …"))
        self.change_action.setText(self.tr("&Skift adgangskode …"))
        self.decrypt_action.setText(self.tr("&Fjern kryptering …"))

    @property
    def store(self) -> Store:
        return self.window_.store  # type: ignore[attr-defined]

    def _update(self) -> None:
        on_disk = self.store.path is not None
        encrypted = self.store.key is not None
        self.encrypt_action.setEnabled(on_disk and not encrypted)
        self.change_action.setEnabled(encrypted)
        self.decrypt_action.setEnabled(encrypted)

    def encrypt(self, *, show: Show = _exec) -> None:
        dialog = NewPassphraseDialog(self.window_)
        if show(dialog) and dialog.passphrase is not None:
            self._rewrite(dialog.passphrase, self.tr("Databasen er krypteret."))

    def change_passphrase(self, *, show: Show = _exec) -> None:
        if not self._current_passphrase(show):
            return
        dialog = NewPassphraseDialog(self.window_)
        if show(dialog) and dialog.passphrase is not None:
            self._rewrite(dialog.passphrase, self.tr("Adgangskoden er skiftet."))

    def decrypt(self, *, show: Show = _exec, ask: bool = True) -> None:
        if ask:
            answer = QMessageBox.question(
                self.window_,
                self.tr("Fjern kryptering"),
                self.tr(
                    "Databasen og dens sikkerhedskopier gemmes igen ukrypteret, så alle med "
                    "adgang til computeren kan læse dem. Fortsæt?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._current_passphrase(show):
            self._rewrite(None, self.tr("Krypteringen er fjernet."))

    def _current_passphrase(self, show: Show) -> bool:
        """Whoever changes the encryption knows the passphrase (not just the open window)."""
        path = self.store.path
        if path is None:
            return False

        def check(typed: str) -> bool:
            try:
                cipher.unlock(path, typed)
            except cipher.CipherError as exc:
                if exc.code != "wrong_passphrase":
                    raise
                return False
            return True

        dialog = PassphraseDialog(path, check, self.window_, confirm=True)
        show(dialog)
        if dialog.error is not None:
            QMessageBox.warning(self.window_, self.tr("Kryptering"), dialog.error.message())
        return dialog.result() == QDialog.DialogCode.Accepted

    def _rewrite(self, passphrase: cipher.Passphrase | None, done: str) -> None:
        """Close every connection and rewrite the file in the background (the window waits
        behind a progress dialog: some seconds per 10,000 notes); then open it again."""
        # With backups, erasure and packages behind it: imported when used, not at start-up.
        from ..core.encryption import change_encryption
        from .background import Call

        window = self.window_
        path = self.store.path
        if path is None or self.call is not None:
            return
        window.flush_typing()  # type: ignore[attr-defined]
        self.store.close()
        QThreadPool.globalInstance().waitForDone()  # the search workers' connections
        progress = QProgressDialog(window)
        progress.setWindowTitle(self.tr("Kryptering"))
        progress.setLabelText(self.tr("Databasen og dens sikkerhedskopier skrives om …"))
        progress.setCancelButton(None)  # half a rewrite cannot be left: it runs to the end
        progress.setRange(0, 0)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        call = Call(lambda: change_encryption(path, passphrase), self)
        call.succeeded.connect(lambda _backup: self._reopen(path, None, done))
        call.failed.connect(lambda message: self._reopen(path, message, done))
        call.done.connect(progress.close)
        self.call = call
        progress.show()
        call.start()

    def _reopen(self, path: Path, problem: str | None, done: str) -> None:
        """Open the file again (rewritten, or as it was when the rewrite failed)."""
        window = self.window_
        self.call.wait()
        self.call.deleteLater()
        self.call = None
        if not window.reopen(path):  # type: ignore[attr-defined]
            return
        if problem:
            QMessageBox.warning(window, self.tr("Kryptering"), problem)
        else:
            window.statusBar().showMessage(done, 8000)  # type: ignore[attr-defined]
        self.rewritten.emit(problem is None)
