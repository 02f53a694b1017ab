""" "Eksportér til sekretariatet": write a package of the database, off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ..core.store import Store
from ..merge.package import Manifest, write_package
from .background import Job
from .widgets import Retranslating


def default_name(store: Store) -> str:
    """E.g. ``AH-2013-03-04.fieldnotes``: the member's initials and today's date."""
    member = store.get("member", store.member_id) if store.member_id else None
    initials = (member or {}).get("initials") or "fieldnotes"
    return f"{initials}-{dt.date.today().isoformat()}.fieldnotes"


class PackageDialog(Retranslating, QDialog):
    """Choose where to write the package; ``written(manifest)`` when it is done."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert store.path is not None, "a package needs a database file"
        self.db_path = store.path
        self.manifest: Manifest | None = None
        self.job: Job | None = None
        self.intro = QLabel(wordWrap=True)
        self.path = QLineEdit(str(Path.home() / default_name(store)))
        self.browse = QPushButton()
        self.changes_only = QCheckBox()
        self.changes_only.setEnabled(bool(store.get_meta("packaged_through")))
        self.status = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.form = QFormLayout(self)
        self.form.addRow(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path)
        self.form.addRow(self.path_label, row)
        self.form.addRow(self.changes_only)
        self.form.addRow(self.status)
        self.form.addRow(self.progress)
        self.form.addRow(self.buttons)
        self.browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.path.textChanged.connect(self._update)
        self.retranslate()
        self.resize(640, self.sizeHint().height())
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eksportér til sekretariatet"))
        self.intro.setText(
            self.tr(
                "Fieldnotes skriver alt dit materiale i én pakkefil, som du sender til "
                "sekretariatet. Du kan blive ved med at arbejde, mens pakken skrives."
            )
        )
        self.path_label.setText(self.tr("&Pakkefil:"))
        self.path.setAccessibleName(self.tr("Pakkefil"))
        self.browse.setText(self.tr("&Vælg …"))
        self.changes_only.setText(self.tr("&Kun det, der er nyt siden forrige pakke"))
        self.export_button.setText(self.tr("&Eksportér"))
        self.close_button.setText(self.tr("&Luk"))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem pakken"),
            self.path.text(),
            self.tr("Fieldnotes-pakker (*.fieldnotes)"),
        )
        if path:
            self.path.setText(path if path.endswith(".fieldnotes") else path + ".fieldnotes")

    def _update(self) -> None:
        busy = self.job is not None
        self.export_button.setEnabled(not busy and bool(self.path.text().strip()))
        self.close_button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def export(self) -> None:
        """Write the package in the background."""
        if self.job is not None or not self.path.text().strip():
            return
        out = Path(self.path.text().strip()).expanduser()
        only = self.changes_only.isChecked()

        def work(store: Store, _progress: Any, _cancelled: Any) -> Manifest:
            return write_package(store, out, only_changes=only)

        self.status.setText(self.tr("Skriver pakken …"))
        self.job = Job(self.db_path, work, self)
        self.job.succeeded.connect(self._written)
        self.job.failed.connect(self.status.setText)
        self.job.finished.connect(self._ended)
        self.job.start()
        self._update()

    def _written(self, manifest: Manifest) -> None:
        self.manifest = manifest
        self.status.setText(
            self.tr("Pakken er skrevet: {0} (%n ændring(er)).", "", manifest.revisions).format(
                self.path.text().strip()
            )
        )

    def _ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._update()

    def reject(self) -> None:
        if self.job is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.wait()
        super().closeEvent(event)
