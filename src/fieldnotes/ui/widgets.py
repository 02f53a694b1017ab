"""Pieces the views and dialogs share: retranslating when the language changes, a page's
heading, the note that stands in for an empty list, a read-only table of rows and a field for
a date that may be left empty."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QTableView,
    QWidget,
    QWidgetAction,
)


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


class DateField(QLineEdit):
    """A date typed as ÅÅÅÅ-MM-DD or picked in a calendar (the arrow at its end), or nothing.

    A plain line edit: Tab leaves it, a date can be typed or pasted whole, and the clear button
    empties it (a date edit cannot be empty, and Tab walks its year, month and day instead).
    ``text()`` is what was typed; whoever uses it checks that it is a date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, clearButtonEnabled=True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 50)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.popup = QMenu(self)
        picker = QWidgetAction(self.popup)
        picker.setDefaultWidget(self.calendar)
        self.popup.addAction(picker)
        arrow = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.pick_action = self.addAction(arrow, QLineEdit.ActionPosition.TrailingPosition)
        self.pick_action.triggered.connect(self.show_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    def show_calendar(self) -> None:
        """Open the calendar under the field, at the typed date (or today)."""
        typed = QDate.fromString(self.text().strip(), "yyyy-MM-dd")
        self.calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())
        self.popup.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _picked(self, day: QDate) -> None:
        self.popup.close()
        self.setText(day.toString("yyyy-MM-dd"))
        self.setFocus()
