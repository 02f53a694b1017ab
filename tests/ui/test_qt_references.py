"""Qt calling back into Python must not lose references (PySide6 6.12.0 did, and aborted)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPlainTextEdit

from fieldnotes.ui.note_editor import TagHighlighter


def test_typing_under_the_theme_highlighter_keeps_none_alive(qtbot):
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every highlightBlock
    # call: after some tens of thousands of keystrokes Python aborted ("deallocating None").
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = TagHighlighter(editor.document())
    highlighter.set_tags([{"start": 0, "end": 3, "color": "#1f77b4", "is_quote": 1}])
    before = sys.getrefcount(None)
    for _ in range(500):
        editor.insertPlainText("æ")
    assert sys.getrefcount(None) > before - 250
