"""The backups dialog: list, back up now, restore.

Everything that touches a file runs in a background thread through ``fieldnotes.core.backups``;
the dialog only shows the ``BackupInfo``s it gets back. After a restore the dialog emits
``restored(path)``: whoever owns the open store closes it and opens ``path`` again.

>>> dialog = BackupsDialog(store.path, window)
>>> dialog.restored.connect(window.reopen)  # doctest: +SKIP
>>> dialog.open()
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import backups
from ..core.backups import BackupInfo
from .background import Call
from .labels import entity_title
from .widgets import Retranslating

COUNTED = ("visit", "note", "person", "idea")
TIME_FORMAT = "%Y-%m-%d %H:%M"


class BackupsDialog(Retranslating, QDialog):
    """The backups of one database, newest first; restore one, or back up now."""

    restored = Signal(Path)  # the database at this path was replaced: reopen it
    listed = Signal()  # the list was (re)loaded
    backed_up = Signal(object)  # a BackupInfo made with "Back up now"

    def __init__(
        self, store_path: Path, parent: QWidget | None = None, *, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.folder = folder
        self.backups: list[BackupInfo] = []
        self.loaded = False
        self.calls: list[Call] = []  # every thread started, until it has ended
        self.pending = 0  # work whose answer has not arrived yet
        self._init_widgets()
        self._connect_signals()
        self.retranslate()
        self.resize(860, 480)
        self._say(self.tr("Læser listen …"))
        self.refresh()

    # --- building ---------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.intro = QLabel(wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(3 + len(COUNTED))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.back_up_button = QPushButton()
        self.restore_button = QPushButton()
        self.folder_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.tree.itemSelectionChanged.connect(self._update)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)

    def reasons(self) -> dict[str, str]:
        """Each backup reason as the user reads it."""
        return {
            "start": self.tr("Ved start"),
            "periodic": self.tr("Mens du arbejdede"),
            "merge": self.tr("Før fletning"),
            "migration": self.tr("Før opgradering"),
            "manual": self.tr("Taget af dig"),
            "restore": self.tr("Før gendannelse"),
            "encryption": self.tr("Før kryptering"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sikkerhedskopier – {0}").format(self.store_path.name))
        self.intro.setText(
            self.tr(
                "Fieldnotes kopierer databasen, når programmet starter, før hver fletning og "
                "jævnligt, mens du arbejder. De ti nyeste kopier og én pr. dag i 30 dage "
                "gemmes. Når du gendanner, gemmes den nuværende database først som en kopi, "
                "så du kan fortryde."
            )
        )
        self.tree.setHeaderLabels(
            [self.tr("Tidspunkt"), self.tr("Årsag"), self.tr("Størrelse")]
            + [entity_title(name) for name in COUNTED]
        )
        self.back_up_button.setText(self.tr("&Tag en kopi nu"))
        self.restore_button.setText(self.tr("&Gendan …"))
        self.folder_button.setText(self.tr("Åbn &mappen"))
        self.close_button.setText(self.tr("&Luk"))
        self._fill()

    # --- showing ----------------------------------------------------------------------
    def _fill(self) -> None:
        selected = self.selected()
        self.tree.clear()
        reasons = self.reasons()
        locale = QLocale()
        for info in self.backups:
            item = QTreeWidgetItem(
                [
                    info.local_time.strftime(TIME_FORMAT),
                    reasons.get(info.reason, info.reason),
                    locale.formattedDataSize(
                        info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                ]
                + [locale.toString(info.counts[n]) if n in info.counts else "–" for n in COUNTED]
            )
            every = "\n".join(
                f"{entity_title(name)}: {locale.toString(count)}"
                for name, count in info.counts.items()
            )
            for column in range(2, 3 + len(COUNTED)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                item.setToolTip(column, every)
            item.setToolTip(0, str(info.path))
            if not info.counts:
                item.setToolTip(1, self.tr("Kopien kan ikke læses."))
            self.tree.addTopLevelItem(item)
            if selected is not None and info.path == selected.path:
                item.setSelected(True)
        if self.loaded and not self.backups:
            self._say(self.tr("Der er endnu ingen sikkerhedskopier."))
        self._update()

    def selected(self) -> BackupInfo | None:
        rows = [self.tree.indexOfTopLevelItem(item) for item in self.tree.selectedItems()]
        return self.backups[rows[0]] if rows and 0 <= rows[0] < len(self.backups) else None

    def _update(self) -> None:
        working = self.pending > 0
        self.busy.setVisible(working)
        self.back_up_button.setEnabled(not working)
        self.restore_button.setEnabled(not working and self.selected() is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    # --- work -------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> Call:
        call = Call(fn, self)
        call.succeeded.connect(lambda result: self._answered(done, result))
        call.failed.connect(lambda message: self._answered(self._failed, message))
        call.done.connect(lambda: self._ended(call))
        self.calls.append(call)
        self.pending += 1
        call.start()
        self._update()
        return call

    def _answered(self, handle: Callable[[Any], None], payload: Any) -> None:
        self.pending -= 1
        handle(payload)
        self._update()

    def _failed(self, message: str) -> None:
        self._say(message, error=True)

    def _ended(self, call: Call) -> None:
        call.wait()
        if call in self.calls:
            self.calls.remove(call)
        call.deleteLater()

    def refresh(self) -> None:
        """Read the list of backups again (in the background)."""
        path, folder = self.store_path, self.folder
        self._run(lambda: backups.list_backups(path, folder), self._listed)

    def _listed(self, found: list[BackupInfo]) -> None:
        if not self.loaded:
            self._say("")
        self.backups = found
        self.loaded = True
        self._fill()
        self.listed.emit()

    def back_up_now(self) -> None:
        """Take a backup now (reason ``manual``)."""
        path, folder = self.store_path, self.folder
        self._say(self.tr("Tager en kopi …"))
        self._run(lambda: backups.back_up_file(path, "manual", folder=folder), self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self._say(self.tr("Kopien er gemt: {0}").format(info.path.name))
        self.backed_up.emit(info)
        self.refresh()

    def confirm(self, info: BackupInfo) -> bool:
        """Ask before replacing the database (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Gendan sikkerhedskopi"),
            self.tr(
                "Databasen sættes tilbage til kopien fra {0} ({1}). Den nuværende database "
                "gemmes først som en ny kopi, så du kan fortryde. Fortsæt?"
            ).format(info.local_time.strftime(TIME_FORMAT), self.reasons().get(info.reason, "")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        """Restore the selected backup, after asking."""
        info = self.selected()
        if info is None or self.pending:
            return
        if self.confirm(info):
            self.start_restore(info)

    def start_restore(self, info: BackupInfo) -> Call:
        """Restore ``info`` in the background; ``restored`` follows on success."""
        path, folder = self.store_path, self.folder
        self._say(self.tr("Gendanner …"))
        return self._run(
            lambda: backups.restore(path, info, folder=folder),
            lambda kept: self._restored(info, kept),
        )

    def _restored(self, info: BackupInfo, kept: BackupInfo | None) -> None:
        text = self.tr("Gendannet fra kopien fra {0}.").format(
            info.local_time.strftime(TIME_FORMAT)
        )
        if kept is not None:
            text += " " + self.tr("Den hidtidige database er gemt som en kopi øverst i listen.")
        self._say(text)
        self.restored.emit(self.store_path)
        self.refresh()

    def open_folder(self) -> None:
        folder = self.folder or backups.backup_root()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- closing ----------------------------------------------------------------------
    def done(self, result: int) -> None:
        for call in list(self.calls):
            call.wait()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        for call in list(self.calls):
            call.wait()
        super().closeEvent(event)
