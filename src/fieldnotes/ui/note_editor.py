"""The note editor: plain text with coloured theme highlights, saved within a second."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: Quiet time after the last keystroke before saving, and the longest a change may wait.
DEBOUNCE_MS = 400
MAX_WAIT_MS = 900


def _is_undo_redo(event: QEvent) -> bool:
    keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
    return isinstance(event, QKeyEvent) and any(event.matches(k) for k in keys)


class TagHighlighter(QSyntaxHighlighter):
    """Paints each tagged passage in its theme's colour; quotes in italics."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.tags: list[dict[str, Any]] = []

    def set_tags(self, tags: list[dict[str, Any]]) -> None:
        self.tags = [t for t in tags if t["start"] is not None and t["end"] is not None]
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text)
        for tag in self.tags:
            a, b = max(tag["start"], start), min(tag["end"], end)
            if a >= b:
                continue
            fmt = QTextCharFormat()
            color = QColor(tag["color"] or "#888888")
            color.setAlpha(70)
            fmt.setBackground(color)
            if tag["is_quote"]:
                fmt.setFontItalic(True)
                fmt.setFontUnderline(True)
            self.setFormat(a - start, b - a, fmt)


class NoteEditor(QPlainTextEdit):
    """A plain-text note; Undo and Redo go to the app's history, not the widget's own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.highlighter = TagHighlighter(self.document())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_redo(event):
            event.ignore()  # let the app's Edit menu have Ctrl+Z / Ctrl+Shift+Z
            return True
        return super().event(event)

    def set_tags(self, tags: list[dict[str, Any]]) -> None:
        """Highlight ``tags``; re-highlighting is not typing, so no textChanged for it."""
        self.blockSignals(True)
        self.highlighter.set_tags(tags)
        self.blockSignals(False)

    def replace_text(self, text: str) -> None:
        """Show ``text`` (from the store), keeping the cursor where it was if possible."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def selection(self) -> tuple[int, int, str]:
        """``(start, end, text)`` of the selection; start == end when nothing is selected."""
        cursor = self.textCursor()
        return (
            cursor.selectionStart(),
            cursor.selectionEnd(),
            cursor.selectedText().replace("\u2029", "\n"),
        )


class Autosaver(QObject):
    """Emits ``due`` 400 ms after typing pauses, and at most 900 ms after the first change.

    A save that ``due`` starts may finish in the background; ``flush`` also emits
    ``flushed``, after which everything typed must be in the database.
    """

    due = Signal()
    flushed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quiet = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._limit = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._quiet.timeout.connect(self._save)
        self._limit.timeout.connect(self._save)
        self.pending = False

    def touch(self) -> None:
        """A change happened: save soon."""
        self.pending = True
        self._quiet.start()
        if not self._limit.isActive():
            self._limit.start()

    def flush(self) -> None:
        """Save now if anything is waiting, and wait until it is written."""
        self._save()
        self.flushed.emit()

    def _save(self) -> None:
        self._quiet.stop()
        self._limit.stop()
        if self.pending:
            self.pending = False
            self.due.emit()
