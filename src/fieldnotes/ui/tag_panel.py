"""The side panel listing a note's theme tags; a tag can be selected, shown or removed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .widgets import Retranslating


def swatch(color: str | None, size: int = 14) -> QIcon:
    """A small square in a theme's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color or "#888888"))
    return QIcon(pixmap)


class TagPanel(Retranslating, QWidget):
    """Tags of the current note; ``remove(tag_id)`` and ``show_passage(start, end)``."""

    remove = Signal(str)
    show_passage = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._show)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self._remove_current)
        self.empty = QLabel(wordWrap=True)
        self.empty.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.remove_button)
        self.retranslate()
        self.set_tags([], "")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Temaer på noten"))
        self.remove_button.setText(self.tr("&Fjern tag"))
        self.list.setAccessibleName(self.tr("Temaer på noten"))
        self.empty.setText(
            self.tr("Markér tekst og tryk Ctrl+1 … Ctrl+5 for at tagge den med et tema.")
        )

    def set_tags(self, tags: list[dict[str, Any]], text: str) -> None:
        """Show ``tags`` (from ``queries.note_tags``) of a note whose text is ``text``."""
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.blockSignals(True)
        self.list.clear()
        for tag in tags:
            item = QListWidgetItem(swatch(tag["color"]), self._label(tag, text))
            item.setData(Qt.ItemDataRole.UserRole, tag["id"])
            item.setData(Qt.ItemDataRole.UserRole + 1, (tag["start"], tag["end"]))
            item.setToolTip(tag["title"])
            self.list.addItem(item)
            if tag["id"] == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not tags)
        self.remove_button.setEnabled(bool(tags))

    def _label(self, tag: dict[str, Any], text: str) -> str:
        if tag["start"] is None:
            return self.tr("{0} – hele noten").format(tag["code"])
        passage = " ".join(text[tag["start"] : tag["end"]].split())
        if len(passage) > 60:
            passage = passage[:59] + "…"
        mark = self.tr("citat") if tag["is_quote"] else ""
        return f"{tag['code']} {mark} »{passage}«".replace("  ", " ")

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        start, end = item.data(Qt.ItemDataRole.UserRole + 1)
        if start is not None:
            self.show_passage.emit(start, end)

    def _remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove.emit(item.data(Qt.ItemDataRole.UserRole))
