"""Spell checking while typing: a red wavy line under wrong words, suggestions on right-click.

Typing never waits for the dictionary. The highlighter only looks words up in what is already
known (``core.spelling.Speller``) and hands the unknown ones to one worker thread with its own
dictionary; when its verdicts come back, only the blocks holding a wrong word are highlighted
again. The word being typed is left alone until the cursor leaves it, so a half-typed word is
never flagged. On the right-click menu the suggestions are computed there and then (about
60 ms) with a second dictionary that only the GUI thread uses.

>>> checking = attach(editor, boundary=save_typing_as_its_own_step)
"""

from __future__ import annotations

import atexit
import queue
import threading
import time
from collections.abc import Callable, Iterable
from functools import cache, partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QMessageBox, QPlainTextEdit

from .. import paths
from ..core.errors import KnownError
from ..core.spelling import (
    Dictionary,
    DictionaryFactory,
    PersonalWords,
    Speller,
    Unavailable,
    Word,
    bare,
    enchant_dictionary,
    suggestions,
    words,
)
from .note_editor import TagHighlighter

#: QSettings key of the on/off switch (on by default).
SETTING = "spelling/enabled"
#: The worker reports at least this often while it checks a long note.
REPORT_SECONDS = 0.05
#: Spelling's share of one turn of the event loop (between two keystrokes).
BUDGET_SECONDS = 0.005


@cache
def wavy() -> QTextCharFormat:
    """The red wavy line (made when first needed: Qt's text-format enums slow start-up)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor("#d00000"))
    return fmt


class _Worker(QThread):
    """Checks words with a dictionary of its own, made (slowly) in its own thread."""

    ready = Signal(object)  # a second dictionary, for the GUI thread's suggestions
    unavailable = Signal(str)
    checked = Signal(object)  # {key: correct}

    def __init__(self, factory: DictionaryFactory) -> None:
        super().__init__()
        self._factory = factory
        self._queue: queue.SimpleQueue[list[str] | None] = queue.SimpleQueue()
        self._stopping = threading.Event()

    def ask(self, keys: list[str]) -> None:
        self._queue.put(keys)

    def stop(self) -> None:
        self._stopping.set()
        self._queue.put(None)
        self.wait()

    def run(self) -> None:
        try:
            dictionary = self._factory()
            suggester = self._factory()
        except Unavailable as exc:
            self.unavailable.emit(exc.reason)
            return
        self.ready.emit(suggester)
        while not self._stopping.is_set():
            keys = self._queue.get()
            while keys is not None:  # everything asked meanwhile is one batch
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                keys = keys + more if more is not None else None
            if keys is None:
                return
            self._check(dictionary, keys)

    def _check(self, dictionary: Dictionary, keys: list[str]) -> None:
        verdicts: dict[str, bool] = {}
        reported = time.monotonic()
        for key in keys:
            if self._stopping.is_set():
                return
            verdicts[key] = dictionary.check(key)
            if time.monotonic() - reported >= REPORT_SECONDS:
                self.checked.emit(verdicts)
                verdicts, reported = {}, time.monotonic()
        if verdicts:
            self.checked.emit(verdicts)


class SpellService(QObject):
    """The app's spell checking: what is known, the worker, the switch and the dictionary's
    state. One for the app (``service()``); tests make their own."""

    checked = Signal(object)  # {key: correct} just learned from the worker
    accepted = Signal(str)  # a word the member added to the dictionary or ignored
    state_changed = Signal()  # switched on or off, or the dictionary found or missing
    idle = Signal()  # every word asked for has been checked

    def __init__(
        self,
        factory: DictionaryFactory = enchant_dictionary,
        words_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speller = Speller(PersonalWords(words_path or paths.spelling_words()))
        self.enabled = bool(QSettings().value(SETTING, True, type=bool))
        self.reason: str | None = None  # why there is no dictionary (core.spelling.NO_*)
        self.source = ""  # where the words come from, once the dictionary is loaded
        self._factory = factory
        self._suggester: Dictionary | None = None
        self._asked: set[str] = set()
        self._worker: _Worker | None = None

    @property
    def active(self) -> bool:
        """Switched on and not known to be without a dictionary."""
        return self.enabled and self.reason is None

    @property
    def loaded(self) -> bool:
        return self._suggester is not None

    def start(self) -> None:
        """Load the dictionary in the background (done once; ``state_changed`` tells)."""
        if self._worker is not None:
            return
        self._worker = _Worker(self._factory)
        self._worker.ready.connect(self._ready)
        self._worker.unavailable.connect(self._unavailable)
        self._worker.checked.connect(self._checked)
        self._worker.start()

    def stop(self) -> None:
        """End the worker thread (before the app quits)."""
        if self._worker is not None:
            self._worker.stop()

    def ask(self, keys: list[str]) -> None:
        """Have ``keys`` checked in the background; ``checked`` brings the verdicts."""
        new = [key for key in dict.fromkeys(keys) if key not in self._asked]
        if not new or not self.active:
            return
        self._asked.update(new)
        self.start()
        assert self._worker is not None
        self._worker.ask(new)

    def verdict_now(self, key: str) -> bool | None:
        """The verdict, checked here and now if need be (for a menu; None: no dictionary)."""
        verdict = self.speller.verdict(key)
        if verdict is None and self._suggester is not None:
            verdict = self._suggester.check(key)
            self.speller.learn({key: verdict})
        return verdict

    def suggest(self, key: str) -> list[str]:
        return suggestions(self._suggester, key) if self._suggester is not None else []

    def add(self, word: str) -> None:
        """Add ``word`` to the member's own dictionary; raises ``KnownError`` if the list
        cannot be written (the word is then accepted until the app closes)."""
        try:
            self.speller.add(word)
        finally:
            self.accepted.emit(bare(word))

    def ignore(self, word: str) -> None:
        self.speller.ignore(word)
        self.accepted.emit(bare(word))

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return
        self.enabled = enabled
        QSettings().setValue(SETTING, enabled)
        self.state_changed.emit()

    def wait_until_idle(self, timeout_ms: int = 10_000) -> None:
        """Block (running events) until every word asked for is checked (for screenshots)."""
        if not self._asked or not self.active:
            return
        loop = QEventLoop()

        def stop_unless_active() -> None:
            if not self.active:
                loop.quit()

        self.idle.connect(loop.quit)
        self.state_changed.connect(stop_unless_active)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)
        self.state_changed.disconnect(stop_unless_active)

    def _ready(self, suggester: Dictionary) -> None:
        self._suggester = suggester
        self.source = suggester.source
        self.state_changed.emit()

    def _unavailable(self, reason: str) -> None:
        self.reason = reason
        self._asked.clear()
        self.state_changed.emit()

    def _checked(self, verdicts: dict[str, bool]) -> None:
        self.speller.learn(verdicts)
        self._asked.difference_update(verdicts)
        self.checked.emit(verdicts)
        if not self._asked:
            self.idle.emit()


_service: SpellService | None = None


def service() -> SpellService:
    """The app's spell checking (made when first needed)."""
    if _service is None:
        install(SpellService())
    assert _service is not None
    return _service


def install(new: SpellService | None) -> None:
    """Use ``new`` for the editors attached from now on; the previous one is stopped."""
    global _service
    if _service is not None:
        _service.stop()
    _service = new
    app = QCoreApplication.instance()
    if new is not None and app is not None:
        app.aboutToQuit.connect(new.stop)


@atexit.register
def _stop() -> None:
    # A QThread still running when Python tears Qt down aborts the process.
    if _service is not None:
        _service.stop()


class SpellingHighlighter(TagHighlighter):
    """The theme highlights, plus a red wavy line under the words known to be wrong.

    Spelling gets ``BUDGET_SECONDS`` of each turn of the event loop: opening a 200 KB note
    highlights every block at once, so the blocks beyond the budget are done a slice at a
    time between keystrokes, those in sight first. The block being typed in is never put
    off."""

    def __init__(self, editor: QPlainTextEdit, spell: SpellService) -> None:
        super().__init__(editor.document())
        self.editor = editor
        self.spell = spell
        self._waiting: dict[str, list[QTextCursor]] = {}  # key -> blocks to redo if wrong
        self._deferred: tuple[QTextCursor, int] | None = None  # the block and word being typed
        self._active = spell.active
        self._later: list[QTextCursor] = []  # blocks put off, the next one last
        self._in_sight: tuple[int, int] = (-1, -1)  # the blocks shown when _later was sorted
        self._turn_ends: float | None = None
        self._new_turn = QTimer(self, singleShot=True, interval=0)
        self._new_turn.timeout.connect(self._end_turn)
        self._slices = QTimer(self, singleShot=True, interval=0)
        self._slices.timeout.connect(self._next_slice)

    def highlightBlock(self, text: str) -> None:
        super().highlightBlock(text)
        if not text or not self.spell.active:
            return
        block = self.currentBlock()
        start = block.position()
        typing_at = self.editor.textCursor().position() - start
        if not 0 <= typing_at <= len(text) and self._over_budget():
            self._put_off(QTextCursor(block))
            return
        tagged = any(t["start"] < start + len(text) and t["end"] > start for t in self.tags)
        speller = self.spell.speller
        unknown: list[str] = []
        for word in words(text):
            if word.end == typing_at:
                self._deferred = (QTextCursor(block), start + typing_at)
                continue
            verdict = speller.verdict(word.key)
            if verdict is None:
                unknown.append(word.key)
            elif verdict:
                continue
            elif tagged:
                self._underline(word)
            else:
                self.setFormat(word.start, word.end - word.start, wavy())
        if unknown:
            here = QTextCursor(block)  # follows the block while the text around it changes
            for key in unknown:
                self._waiting.setdefault(key, []).append(here)
            self.spell.ask(unknown)

    def _underline(self, word: Word) -> None:
        """Add the wavy line to the word's formats in a tagged passage (its colour stays)."""
        position = word.start
        while position < word.end:
            fmt = self.format(position)
            end = position + 1
            while end < word.end and self.format(end) == fmt:
                end += 1
            fmt.merge(wavy())
            self.setFormat(position, end - position, fmt)
            position = end

    # --- when to highlight ---------------------------------------------------------------
    def _over_budget(self) -> bool:
        now = time.perf_counter()
        if self._turn_ends is None:
            self._turn_ends = now + BUDGET_SECONDS
            self._new_turn.start()
        return now > self._turn_ends

    def _end_turn(self) -> None:
        self._turn_ends = None

    def _put_off(self, cursor: QTextCursor) -> None:
        self._later.append(cursor)
        self._in_sight = (-1, -1)  # sort again before the next slice
        if not self._slices.isActive():
            self._slices.start()

    def _next_slice(self) -> None:
        """Redo put-off blocks for one budget, those in sight first."""
        self._sight_first()
        self._turn_ends = time.perf_counter() + BUDGET_SECONDS
        self._new_turn.start()
        blocked = self.editor.blockSignals(True)
        try:
            while self._later and time.perf_counter() < self._turn_ends:
                block = self._later.pop().block()
                if block.isValid():
                    self.rehighlightBlock(block)
        finally:
            self.editor.blockSignals(blocked)
        if self._later:
            self._slices.start()

    def _sight_first(self) -> None:
        """Put the blocks in sight at the end of ``_later`` (when the view has moved)."""
        first, last = self._sight()
        if (first, last) == self._in_sight:
            return
        self._in_sight = (first, last)
        self._later.sort(key=lambda cursor: first <= cursor.blockNumber() <= last)

    def _sight(self) -> tuple[int, int]:
        editor = self.editor
        last = editor.cursorForPosition(QPoint(0, editor.viewport().height()))
        return editor.firstVisibleBlock().blockNumber(), last.blockNumber()

    # --- what makes blocks change ----------------------------------------------------------
    def cursor_moved(self) -> None:
        """The cursor left the word being typed: check it now."""
        if self._deferred is None:
            return
        cursor, at = self._deferred
        if self.editor.textCursor().position() != at:
            self._deferred = None
            self.redo([cursor.block()])

    def checked(self, verdicts: dict[str, bool]) -> None:
        """Verdicts came back: redo the blocks that hold a wrong word."""
        cursors = {}  # a block's words share its cursor
        for key, correct in verdicts.items():
            for cursor in self._waiting.pop(key, ()):
                if not correct:
                    cursors[id(cursor)] = cursor
        self._redo_at(cursors.values())

    def accepted(self, word: str) -> None:
        """A word was added or ignored: redo the blocks where it stands."""
        document = self.editor.document()
        block, found = document.firstBlock(), []
        while block.isValid():
            if word in block.text():
                found.append(block)
            block = block.next()
        self.redo(found)

    def redo(self, blocks: Iterable[QTextBlock]) -> None:
        """Highlight ``blocks`` again (see ``_redo_at``)."""
        self._redo_at([QTextCursor(block) for block in blocks])

    def _redo_at(self, cursors: Iterable[QTextCursor]) -> None:
        """Highlight the blocks of ``cursors`` again: those in sight at once, the others put
        off (a name the dictionary lacks may be in every paragraph); not typing, so no
        textChanged for it."""
        first, last = self._sight()
        blocked = self.editor.blockSignals(True)
        try:
            for cursor in cursors:
                if first <= cursor.blockNumber() <= last:
                    self.rehighlightBlock(cursor.block())
                else:
                    self._put_off(cursor)
        finally:
            self.editor.blockSignals(blocked)

    def switched(self) -> None:
        """Spell checking was switched on or off (or found no dictionary): redo it all."""
        if self.spell.active == self._active:
            return
        self._active = self.spell.active
        self._waiting.clear()
        self._later.clear()
        blocked = self.editor.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            self.editor.blockSignals(blocked)


class SpellChecking(QObject):
    """Spell checking on one editor: its highlighter and its right-click menu."""

    def __init__(
        self,
        editor: QPlainTextEdit,
        spell: SpellService,
        boundary: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.spell = spell
        self._boundary = boundary or (lambda: None)
        old = editor.highlighter  # type: ignore[attr-defined]
        old.setDocument(None)
        old.deleteLater()
        self.highlighter = SpellingHighlighter(editor, spell)
        self.highlighter.tags = old.tags
        editor.highlighter = self.highlighter  # type: ignore[attr-defined]
        spell.checked.connect(self.highlighter.checked)
        spell.accepted.connect(self.highlighter.accepted)
        spell.state_changed.connect(self.highlighter.switched)
        editor.cursorPositionChanged.connect(self.highlighter.cursor_moved)
        # a right-click arrives at the viewport, the menu key at the editor
        editor.viewport().installEventFilter(self)
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            position = self.editor.textCursor().position()
        else:
            point = event.pos()
            if watched is self.editor:
                point = self.editor.viewport().mapFrom(self.editor, point)
            position = self.editor.cursorForPosition(point).position()
        menu = self.menu_at(position)
        if menu is None:
            return False  # not a wrong word: the editor's own menu
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        return True

    def word_at(self, position: int) -> tuple[int, int, str] | None:
        """``(start, end, key)`` of the word at ``position`` in the document, if any."""
        block = self.editor.document().findBlock(position)
        offset = position - block.position()
        for word in words(block.text()):
            if word.start <= offset <= word.end:
                return block.position() + word.start, block.position() + word.end, word.key
        return None

    def menu_at(self, position: int) -> QMenu | None:
        """The editor's menu with suggestions, "Tilføj til ordbog" and "Ignorér" on top, when
        a wrong word is at ``position``; None otherwise."""
        found = self.word_at(position) if self.spell.active else None
        if found is None or self.spell.verdict_now(found[2]) is not False:
            return None
        start, end, key = found
        menu = self.editor.createStandardContextMenu()
        menu.setParent(self.editor, menu.windowFlags())
        first = menu.actions()[0] if menu.actions() else None
        choices = self.spell.suggest(key)
        for choice in choices:
            action = QAction(choice.replace("&", "&&"), menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(partial(self.replace, start, end, bare(key), choice))
            menu.insertAction(first, action)  # type: ignore[arg-type]
        if not choices:
            none = QAction(self.tr("(ingen forslag)"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        add = QAction(self.tr("Tilføj til ordbog"), menu)
        add.triggered.connect(partial(self.add, bare(key)))
        ignore = QAction(self.tr("Ignorér"), menu)
        ignore.setToolTip(self.tr("Godtag ordet, indtil programmet lukkes"))
        ignore.triggered.connect(partial(self.spell.ignore, bare(key)))
        menu.insertActions(first, [add, ignore])  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def replace(self, start: int, end: int, word: str, text: str) -> None:
        """Put ``text`` in place of ``word`` at ``start``-``end``: one undo step, saved like
        typing (nothing if the word is no longer there)."""
        self._boundary()
        document = self.editor.document()
        if end >= document.characterCount():
            return
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word:
            cursor.insertText(text)
            self._boundary()

    def add(self, word: str) -> None:
        try:
            self.spell.add(word)
        except KnownError as exc:
            QMessageBox.warning(self.editor, self.tr("Tilføj til ordbog"), exc.message())


def attach(
    editor: QPlainTextEdit,
    boundary: Callable[[], None] | None = None,
    spell: SpellService | None = None,
) -> SpellChecking:
    """Check ``editor``'s spelling (a ``NoteEditor``: its theme highlighter is kept).

    ``boundary`` is called before and after a suggestion replaces a word, so the owner can
    save what was typed and start a new undo step.
    """
    return SpellChecking(editor, spell or service(), boundary)
