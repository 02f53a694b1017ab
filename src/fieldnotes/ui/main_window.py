"""The main window: the visits of the open database and the notes of the chosen visit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.labels import CHOICE_LABELS
from ..core.store import Store


class MainWindow(QMainWindow):
    """Browse visits and read their notes."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self._init_widgets()
        self._init_menus()
        self._load_visits()
        self.resize(1200, 760)

    def _init_widgets(self) -> None:
        self.visits = QTableWidget(0, 4)
        self.visits.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.visits.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.visits.verticalHeader().hide()
        self.visits.horizontalHeader().setStretchLastSection(True)
        self.visits.itemSelectionChanged.connect(self._show_notes)
        self.heading = QLabel()
        self.notes = QPlainTextEdit(readOnly=True)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.heading)
        layout.addWidget(self.notes)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.visits)
        splitter.addWidget(right)
        splitter.setSizes([520, 680])
        self.setCentralWidget(splitter)
        self.retranslate()

    def _init_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        quit_action = file_menu.addAction(self.tr("&Afslut"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

    def retranslate(self) -> None:
        name = self.store.path.name if self.store.path else self.tr("(i hukommelsen)")
        self.setWindowTitle(self.tr("Fieldnotes – {0}").format(name))
        self.visits.setHorizontalHeaderLabels(
            [self.tr("Dato"), self.tr("Besøg"), self.tr("Status"), self.tr("Noter")]
        )

    def _load_visits(self) -> None:
        rows = self.store.visit_overview()
        self.visits.setRowCount(len(rows))
        for r, visit in enumerate(rows):
            cells = [
                (visit["starts_at"] or "")[:10],
                visit["title"],
                CHOICE_LABELS.get(visit["status"], visit["status"]),
                str(visit["notes"]),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, visit["id"])
                self.visits.setItem(r, c, item)
        self.visits.resizeColumnsToContents()
        if rows:
            self.visits.selectRow(0)
        else:
            self.heading.setText(self.tr("Ingen besøg endnu."))

    def _show_notes(self) -> None:
        items = self.visits.selectedItems()
        if not items:
            return
        visit_id = items[0].data(Qt.ItemDataRole.UserRole)
        visit = self.store.get("visit", visit_id)
        self.heading.setText(f"<b>{visit['title']}</b> · {(visit['starts_at'] or '')[:16]}")
        texts = [n["text"] or "" for n in self.store.rows("note", visit_id=visit_id, order_by="position")]
        self.notes.setPlainText("\n\n———\n\n".join(texts))
