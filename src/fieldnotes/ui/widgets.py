"""Pieces the views and dialogs share: retranslating when the language changes, a page's
heading, the note that stands in for an empty list, and a read-only table of rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView


class Retranslating:
    """Mixed in before a Qt widget class (``class View(Retranslating, QWidget)``): the widget's
    own ``retranslate()`` runs again whenever the application's language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


def heading_label() -> QLabel:
    """A page's title (large and bold); the page sets its text when it translates."""
    label = QLabel()
    label.setStyleSheet("font-size: 15pt; font-weight: 600;")
    return label


def empty_label() -> QLabel:
    """The centred grey note a page shows instead of its list while the list is empty."""
    label = QLabel(wordWrap=True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 12pt; color: palette(mid);")
    return label


def row_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of ``model`` in alternating colours, selecting one whole row at a time,
    without row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    return table
