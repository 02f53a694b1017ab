"""Taking notes during a visit: the interview guide's questions, the notes, tags and captures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import operations as ops
from ..core import queries
from ..core.seed import DEFAULT_GUIDE_ID
from ..core.store import Store
from ..search.importer import SUFFIXES
from ..search.query import Term
from ..search.snippets import first_hit
from .capture_dialog import CaptureDialog
from .note_editor import Autosaver, NoteEditor
from .session import Session
from .spelling import attach as attach_spelling
from .tag_panel import TagPanel, swatch
from .widgets import Retranslating

ID = Qt.ItemDataRole.UserRole
NO_QUESTION = ""
#: Changes to these mean the visit's guide may be different: show the visit afresh.
_GUIDE_PARTS = {"guide", "guide_section", "guide_question"}
_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def importable(mime: QMimeData) -> list[Path]:
    """The local .docx, .txt and .md files a drag carries."""
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() in SUFFIXES]


class VisitView(Retranslating, QWidget):
    """The note-taking view of one visit, structured by its interview guide."""

    message = Signal(str)
    files_dropped = Signal(list)  # Paths of documents to import into the open visit

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.visit: dict[str, Any] = {}
        self.notes: list[dict[str, Any]] = []
        self.questions: list[str] = []
        self.question_id: str = NO_QUESTION
        self.note_id: str | None = None
        self.themes = queries.subthemes(self.store)
        self.autosaver = Autosaver(self)
        self._typing = False  # inside a keystroke's handler: leave the editor alone
        self._shown: str | None = None  # the note whose text the editor holds
        self._init_widgets()
        self._init_actions()
        self._connect_signals()
        self.retranslate()

    @property
    def store(self) -> Store:
        return self.session.store

    # --- building ---------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setColumnCount(2)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.header().setStretchLastSection(False)
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.question = QLabel(wordWrap=True)
        self.question.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.note_list = QListWidget()
        self.note_list.setMaximumHeight(150)
        self.speaker_label = QLabel()
        self.speaker = QComboBox(editable=True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker.setMinimumWidth(260)
        self.speaker_label.setBuddy(self.speaker)
        self.editor = NoteEditor()
        self.spelling = attach_spelling(self.editor, boundary=self._seal_typing)
        self.tags = TagPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self._center())
        self.splitter.addWidget(self.tags)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700, 250])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.outline, self.note_list)
        QWidget.setTabOrder(self.note_list, self.speaker)
        QWidget.setTabOrder(self.speaker, self.editor)
        QWidget.setTabOrder(self.editor, self.tags.list)
        # Documents dropped anywhere on the view are imported; the editor would paste their
        # names, so its drops are looked at first.
        self.setAcceptDrops(True)
        self.editor.viewport().installEventFilter(self)

    def _center(self) -> QWidget:
        center = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.speaker_label)
        row.addWidget(self.speaker)
        row.addStretch(1)
        layout = QVBoxLayout(center)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.note_list)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        return center

    def _action(self, key: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _init_actions(self) -> None:
        self.new_note_action = self._action("Ctrl+Return", self.new_note)
        self.next_action = self._action("Alt+Down", lambda: self.step_question(1))
        self.previous_action = self._action("Alt+Up", lambda: self.step_question(-1))
        self.speaker_action = self._action("Ctrl+T", self.focus_speaker)
        self.toolbar.addAction(self.new_note_action)
        self.toolbar.addSeparator()
        self.theme_actions: list[QAction] = []
        for number, theme in enumerate(self.themes[:9], start=1):
            action = self._action(f"Ctrl+{number}", lambda _on=False, t=theme["id"]: self.tag(t))
            action.setIcon(swatch(theme["color"]))
            action.setText(theme["code"])
            self.theme_actions.append(action)
            self.toolbar.addAction(action)
        self.quote_action = self._action("Ctrl+Shift+Q", self.quote)
        self.toolbar.addAction(self.quote_action)
        self.toolbar.addSeparator()
        self.capture_actions: dict[str, QAction] = {}
        for kind, key in (("method", "M"), ("idea", "I"), ("resource", "R"), ("followup", "F")):
            action = self._action(f"Ctrl+Shift+{key}", lambda _on=False, k=kind: self.capture(k))
            self.capture_actions[kind] = action
            self.toolbar.addAction(action)

    def _connect_signals(self) -> None:
        self.outline.currentItemChanged.connect(self._outline_moved)
        self.note_list.currentItemChanged.connect(self._note_picked)
        self.editor.textChanged.connect(self._typed)
        self.autosaver.due.connect(self.save)
        self.autosaver.flushed.connect(self.session.settle)
        self.speaker.lineEdit().returnPressed.connect(self._speaker_entered)
        self.speaker.activated.connect(lambda _i: self._speaker_entered())
        self.tags.remove.connect(lambda tag_id: self.session.run(ops.untag, tag_id))
        self.tags.show_passage.connect(self.select_passage)
        self.session.changed.connect(self._changed)
        self.session.flush_requested.connect(self.autosaver.flush)
        self.session.reloaded.connect(self._reloaded)

    def retranslate(self) -> None:
        self.new_note_action.setText(self.tr("&Ny note"))
        self.new_note_action.setToolTip(self.tr("Ny note under spørgsmålet (Ctrl+Enter)"))
        self.quote_action.setText(self.tr("&Citat"))
        self.quote_action.setToolTip(self.tr("Markér passagen som citat (Ctrl+Shift+Q)"))
        texts = {
            "method": (self.tr("&Metode"), self.tr("Registrér en god metode (Ctrl+Shift+M)")),
            "idea": (self.tr("&Idé"), self.tr("Registrér en idé (Ctrl+Shift+I)")),
            "resource": (
                self.tr("&Ressource"),
                self.tr("Registrér et ressourcetal (Ctrl+Shift+R)"),
            ),
            "followup": (self.tr("&Opfølgning"), self.tr("Registrér en opfølgning (Ctrl+Shift+F)")),
        }
        for kind, (text, tip) in texts.items():
            self.capture_actions[kind].setText(text)
            self.capture_actions[kind].setToolTip(tip)
        for number, (action, theme) in enumerate(
            zip(self.theme_actions, self.themes, strict=False), 1
        ):
            action.setToolTip(self.tr("Tag med {0} (Ctrl+{1})").format(theme["title"], number))
        self.speaker_label.setText(self.tr("&Taler:"))
        self.speaker.setAccessibleName(self.tr("Taler"))
        self.speaker.lineEdit().setPlaceholderText(self.tr("Skriv et navn (Ctrl+T) …"))
        self.outline.setAccessibleName(self.tr("Interviewguide"))
        self.note_list.setAccessibleName(self.tr("Noter under spørgsmålet"))
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(self.tr("Skriv noten her. Ctrl+Enter: ny note."))
        self.toolbar.setAccessibleName(self.tr("Noteværktøjer"))
        if self.visit:
            self._fill_outline()
            self._show_question()

    # --- dropping documents ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._drag(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _DRAGS
            and isinstance(event, QDropEvent)
            and importable(event.mimeData())
        ):
            self._drag(event)
            return True
        return super().eventFilter(watched, event)

    def _drag(self, event: QDropEvent) -> None:
        """Accept documents while a visit is open; import them when dropped."""
        files = importable(event.mimeData()) if self.visit else []
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.files_dropped.emit(files)

    # --- opening --------------------------------------------------------------------------
    def open_visit(self, visit_id: str) -> None:
        """Show the visit, at its last note."""
        self.autosaver.flush()
        self.visit = self.store.get("visit", visit_id) or {}
        self.notes = queries.visit_notes(self.store, visit_id)
        self.outline_data = queries.guide_outline(
            self.store, self.visit.get("guide_id") or DEFAULT_GUIDE_ID
        )
        self.questions = [q["id"] for s in self.outline_data for q in s["questions"]]
        self._fill_people()
        municipality = self.store.get("actor", self.visit.get("municipality_id") or "") or {}
        date = (self.visit.get("starts_at") or "")[:16].replace("T", " ")
        parts = [self.visit.get("title", ""), date, municipality.get("name", "")]
        self.heading.setText(" · ".join(p for p in parts if p))
        last = self.notes[-1] if self.notes else None
        self.question_id = (last or {}).get("question_id") or (
            self.questions[0] if self.questions else NO_QUESTION
        )
        self.note_id = last["id"] if last else None
        self._fill_outline()
        self._show_question()

    def _reloaded(self) -> None:
        """The database changed under us (a merge, a restored backup): show it afresh."""
        visit = self.store.get("visit", self.visit["id"]) if self.visit else None
        if visit is not None and not visit["deleted"]:
            note_id, question_id = self.note_id, self.question_id
            self.open_visit(visit["id"])
            if note_id and self._note(note_id):
                self.question_id, self.note_id = question_id, note_id
                self._fill_outline()
                self._show_question()
        else:
            self.visit, self.notes, self.note_id = {}, [], None
            self.heading.clear()
            self.outline.clear()
            self.note_list.clear()
            self.editor.blockSignals(True)
            self.editor.clear()
            self.editor.blockSignals(False)

    def show_found(self, note_id: str, terms: list[Term]) -> None:
        """Go to a note found by a search, with the first of the words found selected."""
        self.show_note(note_id)
        found = first_hit(self.editor.toPlainText(), terms)
        if found is not None:
            self.select_passage(*found)
            self.editor.ensureCursorVisible()

    def show_passage(self, note_id: str, passage: str) -> None:
        """Go to a note with ``passage`` (a part of its text) selected."""
        self.show_note(note_id)
        start = self.editor.toPlainText().find(passage) if passage else -1
        if start >= 0:
            self.select_passage(start, start + len(passage))
            self.editor.ensureCursorVisible()

    def show_note(self, note_id: str) -> None:
        """Go to one note of the open visit (under its question)."""
        note = self._note(note_id)
        if note is None:
            return
        self.autosaver.flush()
        self.question_id = note["question_id"] or NO_QUESTION
        self.note_id = note_id
        self._select_outline(self.question_id)
        self._show_question()

    def _fill_people(self) -> None:
        self.people = queries.people(self.store)
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem("", None)
        for person in self.people:
            self.speaker.addItem(person["name"], person["id"])
        self.speaker.blockSignals(False)

    def _fill_outline(self) -> None:
        counts: dict[str, int] = {}
        for note in self.notes:
            key = note["question_id"] or NO_QUESTION
            counts[key] = counts.get(key, 0) + 1
        self.outline.blockSignals(True)
        self.outline.clear()
        for section in self.outline_data:
            top = QTreeWidgetItem([section["title"], ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setToolTip(0, section["title"])
            self.outline.addTopLevelItem(top)
            for question in section["questions"]:
                self._outline_item(top, question["text"], question["id"], counts)
            top.setExpanded(True)
        self._outline_item(None, self.tr("Øvrige noter"), NO_QUESTION, counts)
        self.outline.blockSignals(False)

    def _outline_item(
        self, parent: QTreeWidgetItem | None, text: str, qid: str, counts: dict[str, int]
    ) -> None:
        count = counts.get(qid, 0)
        item = QTreeWidgetItem([text, str(count) if count else ""])
        item.setData(0, ID, qid)
        item.setToolTip(0, text)
        if parent is None:
            self.outline.addTopLevelItem(item)
        else:
            parent.addChild(item)
        if qid == self.question_id:
            self.outline.setCurrentItem(item)

    # --- moving around ----------------------------------------------------------------------
    def _outline_moved(self, item: QTreeWidgetItem | None) -> None:
        if item is None or item.data(0, ID) is None:
            return
        question_id = item.data(0, ID)
        self.autosaver.flush()  # may rebuild the outline: use ids, not items, from here on
        self.question_id = question_id
        self._select_outline(question_id)
        here = self._notes_here()
        self.note_id = here[-1]["id"] if here else None
        self._show_question()

    def step_question(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) guide question."""
        order = [*self.questions, NO_QUESTION]
        position = order.index(self.question_id) if self.question_id in order else 0
        target = order[max(0, min(len(order) - 1, position + delta))]
        self.autosaver.flush()
        item = self._outline_item_of(target)
        if item is not None:
            self.outline.setCurrentItem(item)
        self.editor.setFocus()

    def _outline_item_of(self, question_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self._outline_items() if i.data(0, ID) == question_id), None)

    def _select_outline(self, question_id: str) -> None:
        item = self._outline_item_of(question_id)
        if item is not None and item is not self.outline.currentItem():
            self.outline.blockSignals(True)
            self.outline.setCurrentItem(item)
            self.outline.blockSignals(False)

    def _outline_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.outline.topLevelItemCount()):
            top = self.outline.topLevelItem(i)
            items.append(top)
            items.extend(top.child(j) for j in range(top.childCount()))
        return items

    def _notes_here(self) -> list[dict[str, Any]]:
        return [n for n in self.notes if (n["question_id"] or NO_QUESTION) == self.question_id]

    def _show_question(self) -> None:
        current = self.outline.currentItem()
        self.question.setText(current.text(0) if current else "")
        self.note_list.blockSignals(True)
        self.note_list.clear()
        for number, note in enumerate(self._notes_here(), start=1):
            item = QListWidgetItem(self._note_label(number, note))
            item.setData(ID, note["id"])
            self.note_list.addItem(item)
            if note["id"] == self.note_id:
                self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)
        self._show_note()

    def _note_label(self, number: int, note: dict[str, Any]) -> str:
        names = {p["id"]: p["name"] for p in self.people}
        # The label needs the first words only: a long note is not split whole on every save.
        first = " ".join((note["text"] or "").lstrip()[:200].split())[:90] or self.tr("(tom note)")
        who = names.get(note["person_id"] or "", "")
        return f"{number}. {who + ': ' if who else ''}{first}"

    def _note_picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.autosaver.flush()
        self.note_id = item.data(ID)
        self._show_note()

    def _show_note(self) -> None:
        note = self._note(self.note_id)
        text = (note or {}).get("text") or ""
        if not self._typing and (self.note_id != self._shown or text != self.editor.toPlainText()):
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._shown = self.note_id
        self._show_speaker(note)
        self._show_tags()

    def _show_speaker(self, note: dict[str, Any] | None) -> None:
        index = self.speaker.findData((note or {}).get("person_id"))
        self.speaker.blockSignals(True)
        self.speaker.setCurrentIndex(max(index, 0))
        self.speaker.blockSignals(False)

    def _show_tags(self) -> None:
        tags = queries.note_tags(self.store, self.note_id) if self.note_id else []
        self.editor.set_tags(tags)
        self.tags.set_tags(tags, self.editor.toPlainText())

    def _note(self, note_id: str | None) -> dict[str, Any] | None:
        return next((n for n in self.notes if n["id"] == note_id), None)

    def select_passage(self, start: int, end: int) -> None:
        """Select characters ``start`` to ``end`` of the note shown."""
        cursor = self.editor.textCursor()
        length = len(self.editor.toPlainText())
        cursor.setPosition(min(start, length))
        cursor.setPosition(min(end, length), cursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    # --- changing -----------------------------------------------------------------------------
    def new_note(self) -> None:
        """A new empty note under the current question, ready for typing."""
        self.autosaver.flush()
        op = self.session.run(ops.new_note, self.visit["id"], self.question_id or None)
        if op is not None:
            self.note_id = op.result
            self._show_question()
            self.editor.setFocus()

    def _typed(self) -> None:
        document = self.editor.document()
        if not document.isModified():
            return  # re-highlighting, not typing
        document.setModified(False)
        if self.note_id is None and self.visit:
            self._typing = True
            try:
                self._start_note(self.editor.toPlainText())
            finally:
                self._typing = False
            return
        self.autosaver.touch()

    def _start_note(self, text: str) -> None:
        """The first keystroke in an empty question makes its note."""
        op = self.session.run(ops.new_note, self.visit["id"], self.question_id or None, text=text)
        if op is not None:
            self.note_id = self._shown = op.result
            self._show_question()

    def save(self) -> None:
        """Write the editor's text to its note, in the background (called by the autosaver);
        if that fails, the text stays and is tried again."""
        if self.note_id is None:
            return
        self.session.run_soon(
            ops.update,
            "note",
            self.note_id,
            kind="typing",
            text=self.editor.toPlainText(),
            on_failure=self.autosaver.touch,
        )

    def _seal_typing(self) -> None:
        """Save what is typed and start a new undo step (around a spelling correction)."""
        self.autosaver.flush()
        self.session.history.seal()

    def tag(self, theme_id: str) -> None:
        """Tag the selection, or the whole note without one, with a theme (again: untag)."""
        self.autosaver.flush()
        if self.note_id is None:
            return
        start, end, _text = self.editor.selection()
        self.session.run(ops.toggle_tag, self.note_id, theme_id, start, end)

    def quote(self) -> None:
        self.autosaver.flush()
        start, end, _text = self.editor.selection()
        if self.note_id is None or start == end:
            self.message.emit(self.tr("Markér citatet i noten først."))
            return
        self.session.run(ops.toggle_quote, self.note_id, start, end)

    def capture(self, kind: str) -> None:
        """Capture a method, idea, resource figure or follow-up from the selection."""
        self.autosaver.flush()
        if self.note_id is None:
            self.message.emit(self.tr("Skriv en note først."))
            return
        _start, _end, text = self.editor.selection()
        dialog = CaptureDialog(kind, text or self.editor.toPlainText(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        functions = {
            "method": ops.capture_method,
            "idea": ops.capture_idea,
            "resource": ops.capture_resource,
            "followup": ops.capture_followup,
        }
        op = self.session.run(
            functions[kind], self.note_id, dialog.captured_text(), **dialog.values()
        )
        if op is not None:
            self.message.emit(self.tr("Registreret: {0}").format(self.session.describe(op.kind)))

    def focus_speaker(self) -> None:
        self.autosaver.flush()
        self.speaker.setFocus()
        self.speaker.lineEdit().selectAll()

    def _speaker_entered(self) -> None:
        self.autosaver.flush()
        if self.note_id is None:
            return
        name = " ".join(self.speaker.currentText().split())
        match = next((p for p in self.people if p["name"].casefold() == name.casefold()), None)
        if not name:
            self.session.run(ops.set_speaker, self.note_id, None)
        elif match:
            self.session.run(ops.set_speaker, self.note_id, match["id"])
        else:
            self.session.run(ops.add_speaker, self.note_id, name)
        self.editor.setFocus()

    def _changed(self, op: ops.Operation) -> None:
        """Show what an operation (or its undo) changed in this visit."""
        if not self.visit:
            return
        if self.visit["id"] in op.changes.get("visit", ()) or _GUIDE_PARTS & set(op.changes):
            self._reloaded()  # a new guide (an import), or the visit itself edited
            return
        if not ({"note", "tag", "person"} & set(op.changes)):
            return
        if self._own_typing(op):
            return
        if "person" in op.changes:
            self._fill_people()
        self.notes = queries.visit_notes(self.store, self.visit["id"])
        note = self._note(self.note_id)
        if note is None and self.note_id is not None:
            here = self._notes_here()
            self.note_id = here[-1]["id"] if here else None
            note = self._note(self.note_id)
        if note is not None and not self.autosaver.pending and not self._typing:
            self.editor.replace_text(note["text"] or "")
        if op.kind != "typing":
            self._fill_outline()
        self._refresh_note_list()
        self._show_speaker(note)
        self._show_tags()

    def _own_typing(self, op: ops.Operation) -> bool:
        """An autosave of the editor's text: the editor shows it already (and perhaps more,
        typed while it was written), so only the note's label can have changed.

        Re-reading the visit's notes and re-highlighting a long note on every save would
        hold up typing (benchmarks/bench_gui_typing.py)."""
        if not self.session.writing or op.kind != "typing" or set(op.changes) != {"note"}:
            return False
        for step in op.steps:
            note = self._note(step.row_id)
            if note is not None and "text" in step.after:
                note["text"] = step.after["text"]
        self._refresh_note_list()
        return True

    def _refresh_note_list(self) -> None:
        here = self._notes_here()
        if [self.note_list.item(i).data(ID) for i in range(self.note_list.count())] != [
            n["id"] for n in here
        ]:
            self._show_question()
            return
        for number, note in enumerate(here, start=1):
            self.note_list.item(number - 1).setText(self._note_label(number, note))
