"""The audit log: who exported, packaged or erased personal data on this laptop, and when."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.store import Store
from .widgets import Retranslating


class AuditDialog(Retranslating, QDialog):
    """A read-only list of the store's audit records, newest first."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.intro = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.retranslate()

    def actions(self) -> dict[str, str]:
        return {
            "export_json": self.tr("JSON-eksport"),
            "export_docx": self.tr("Word-eksport"),
            "package": self.tr("Pakke til sekretariatet"),
            "erase": self.tr("Sletning til glemsel"),
            "redact": self.tr("Navn overstreget i note"),
        }

    def reload(self) -> None:
        entries = self.store.audit_log()
        words = self.actions()
        self.table.setRowCount(len(entries))
        locale = QLocale()
        for row, entry in enumerate(entries):
            when = QDateTime.fromString(entry["at"], Qt.DateFormat.ISODate).toLocalTime()
            cells = (
                locale.toString(when, QLocale.FormatType.ShortFormat),
                entry["member"] or "",
                words.get(entry["action"], entry["action"]),
                entry["detail"],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Revisionslog"))
        self.intro.setText(
            self.tr(
                "Her står, hvornår personoplysninger har forladt denne computer (eksport og "
                "pakker), og hvornår nogen er slettet til glemsel. Loggen nævner aldrig selve "
                "oplysningerne."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tidspunkt"), self.tr("Medlem"), self.tr("Handling"), self.tr("Hvad")]
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        self.reload()
