"""Erasing a person for good, or taking a name out of the notes: the secretariat's dialog.

It shows who (or which name), says plainly what will happen and that it cannot be undone, lists
the notes that name them (found in the background) with the name marked, and asks for an
explicit confirmation. The work runs in a background ``Job`` through the core's
``erase_everywhere`` and ``redact_everywhere``; ``changed`` tells the window to read again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.erasure import erase_everywhere, mentions, redact_everywhere
from ..core.errors import StoreError
from ..core.redaction import MAX_WORDS, REPLACEMENT, Redaction
from ..core.revisions import ERASED
from ..core.store import Store
from .background import Cancelled, Job
from .widgets import Retranslating

NOTE_ID = Qt.ItemDataRole.UserRole
MARK = "background:#fff2a8; font-weight:600"
WARNING = "color:#b00020"


@dataclass(frozen=True)
class Person:
    """What the dialog shows of the person to be erased."""

    name: str
    role: str
    organisation: str


@dataclass(frozen=True)
class Found:
    """A note that names the person: where it is, and a snippet with the name's spans."""

    note_id: str
    visit: str
    date: str
    excerpt: str
    spans: tuple[tuple[int, int], ...]
    earlier: bool  # only an earlier version of the note names them
    deleted: bool


def fits(name: str) -> bool:
    """Whether ``name`` can be looked for and redacted (1 to ``MAX_WORDS`` words)."""
    return 1 <= len(name.split()) <= MAX_WORDS


def find_mentions(store: Store, name: str) -> list[Found]:
    """The notes that name ``name``, now or in an earlier version, with their visit."""
    redaction = Redaction.of(name)
    found = []
    for mention in mentions(store, name):
        note = store.get("note", mention.note_id) or {}
        visit = store.get("visit", note.get("visit_id") or "") or {}
        found.append(
            Found(
                mention.note_id,
                visit.get("title") or "",
                (visit.get("starts_at") or "")[:10],
                mention.excerpt,
                tuple(redaction.spans(mention.excerpt)),
                not redaction.spans(note.get("text") or ""),
                bool(note.get("deleted")),
            )
        )
    return sorted(found, key=lambda f: (f.date, f.visit, f.note_id))


def _look_up(person_id: str | None, name: str) -> Any:
    def work(store: Store, progress: Any, cancelled: Any) -> tuple[Person | None, list[Found]]:
        person = None
        wanted = name
        if person_id is not None:
            row = store.get("person", person_id)
            if row is None or row["origin"] == ERASED:
                raise StoreError("not_found", entity="Person", id=person_id)
            chosen = store.get("actor", row["organisation_id"] or "") or {}
            organisation = chosen.get("name") or row["organisation"] or ""
            person = Person(row["name"], row["role"] or "", organisation)
            wanted = row["name"]
        return person, find_mentions(store, wanted) if fits(wanted) else []

    return work


def _erase(person_id: str | None, name: str, note_ids: list[str]) -> Any:
    def work(store: Store, progress: Any, cancelled: Any) -> list[str]:
        if cancelled():  # the last moment to change one's mind; from here on it is for good
            raise Cancelled
        steps = (person_id is not None) + bool(note_ids)
        progress(0, steps)
        if person_id is not None:
            erase_everywhere(store, person_id)
            progress(1, steps)
        changed = redact_everywhere(store, note_ids, name) if note_ids else []
        progress(steps, steps)
        return changed

    return work


class _Marked(QStyledItemDelegate):
    """Draws a cell's display text as one line of rich text (the snippet, name marked)."""

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(option.text)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect.adjusted(4, 0, -4, 0)
        painter.save()
        top = rect.top() + max(0.0, (rect.height() - doc.size().height()) / 2)
        painter.translate(QPointF(rect.left(), top))
        doc.drawContents(painter)
        painter.restore()


class EraseDialog(Retranslating, QDialog):
    """Erase the person ``person_id`` for good, or (without one) redact a typed name."""

    changed = Signal()  # the database was changed: erased or redacted

    def __init__(
        self, db_path: Path, person_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.person_id = person_id
        self.person: Person | None = None
        self.found: list[Found] = []
        self.redacted: list[str] = []
        self.chosen: list[str] = []  # the notes ticked when the work started
        self.closing = False  # closed while looking: close once the look-up has ended
        self.looked_for = ""  # the name the list of notes was found for
        self.problem = ""
        self.job: Job | None = None
        self.state = "ready"  # looking → ready → working → done
        self._init_widgets()
        self._connect_signals()
        self.retranslate()
        self.resize(860, 640)
        if person_id is not None:
            self._look(person_id, "")
        self._update()

    @property
    def name(self) -> str:
        """The name to erase or redact: the person's, or the one typed."""
        if self.person is not None:
            return self.person.name
        return " ".join(self.name_edit.text().split())

    # --- building ---------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.who = QLabel(wordWrap=True)
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.name_label = QLabel()
        self.name_edit = QLineEdit(clearButtonEnabled=True)
        self.name_label.setBuddy(self.name_edit)
        self.find_button = QPushButton()
        self.intro = QLabel(wordWrap=True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.redact_box = QCheckBox()
        self.redact_box.setChecked(True)
        self.notes = QTreeWidget()
        self.notes.setColumnCount(3)
        self.notes.setRootIsDecorated(False)
        self.notes.setAlternatingRowColors(True)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes.setItemDelegateForColumn(2, _Marked(self.notes))
        header = self.notes.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(wordWrap=True)
        self.confirm_label = QLabel(wordWrap=True)
        self.confirm_edit = QLineEdit()
        self.confirm_label.setBuddy(self.confirm_edit)
        self.confirm_box = QCheckBox()
        self.progress = QProgressBar()
        self.report = QTextBrowser()
        self.buttons = QDialogButtonBox()
        # not the accept role: the button box would make it the default, erasing on Enter
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #b00020; }")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.erase_button, self.cancel_button, self.close_button):
            button.setAutoDefault(False)  # Enter neither erases nor closes by accident
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(name_row)
        layout.addWidget(self.intro)
        layout.addWidget(self.redact_box)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.report, 1)
        layout.addStretch(0)  # takes the room when neither the list nor the report is shown
        layout.addWidget(self.buttons)
        naming = self.person_id is None
        for widget in (self.name_label, self.name_edit, self.find_button):
            widget.setVisible(naming)
        self.who.setVisible(not naming)

    def _connect_signals(self) -> None:
        self.name_edit.textChanged.connect(self._name_edited)
        self.name_edit.returnPressed.connect(self.find)
        self.find_button.clicked.connect(self.find)
        self.redact_box.toggled.connect(lambda _on: self._update())
        self.notes.itemChanged.connect(lambda *_a: self._update())
        self.confirm_edit.textChanged.connect(lambda _t: self._update())
        self.confirm_box.toggled.connect(lambda _on: self._update())
        self.erase_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

    def retranslate(self) -> None:
        erasing = self.person_id is not None
        if erasing:
            self.setWindowTitle(self.tr("Slet person til glemsel"))
            what = self.tr(
                "Personens oplysninger fjernes for altid fra denne database og fra alle "
                "dens sikkerhedskopier; de ældre sikkerhedskopier skrives om uden "
                "personen. Sletningen følger med i pakkerne, så ingen senere fletning "
                "bringer personen tilbage – heller ikke en ældre pakke."
            )
            self.erase_button.setText(self.tr("&Slet til glemsel"))
        else:
            self.setWindowTitle(self.tr("Overstreg et navn i noterne"))
            what = self.tr(
                "Til et navn, der ikke er registreret som person, fx en borger, der "
                "blev nævnt i forbifarten. Navnet erstattes med {0} i de valgte noter, "
                "også i deres tidligere versioner og i alle sikkerhedskopier, og "
                "overstregningen følger med i pakkerne, så ingen fletning bringer "
                "navnet tilbage."
            ).format(REPLACEMENT)
            self.erase_button.setText(self.tr("&Overstreg navnet"))
        final = self.tr(
            "Det kan ikke fortrydes. Fortryd-listen (Redigér ▸ Fortryd) tømmes bagefter."
        )
        self.intro.setText(
            f"<p>{html.escape(what)}</p><p style='{WARNING}'><b>{html.escape(final)}</b></p>"
        )
        self.name_label.setText(self.tr("&Navn:"))
        self.name_edit.setAccessibleName(self.tr("Navnet, der skal overstreges"))
        self.find_button.setText(self.tr("&Find noterne"))
        self.redact_box.setText(
            self.tr("O&verstreg navnet i de valgte noter (erstattes med {0})").format(REPLACEMENT)
        )
        self.notes.setHeaderLabels([self.tr("Besøg"), self.tr("Dato"), self.tr("Uddrag")])
        self.notes.setAccessibleName(self.tr("Noter, der nævner navnet"))
        self.confirm_label.setText(
            self.tr("Skriv personens navn for at bekræfte, at personen skal slettes til glemsel:")
        )
        self.confirm_edit.setAccessibleName(self.tr("Bekræft med personens navn"))
        self.confirm_box.setText(self.tr("&Jeg forstår, at overstregningen ikke kan fortrydes"))
        self.report.setAccessibleName(self.tr("Hvad der blev gjort"))
        self.cancel_button.setText(self.tr("&Annullér"))
        self.close_button.setText(self.tr("&Luk"))
        self._show_person()
        self._fill_notes()
        self._show_status()
        if self.state == "done":
            self._show_report()

    # --- finding the notes ---------------------------------------------------------------
    def find(self) -> None:
        """Look for the typed name in the notes (in the background)."""
        name = self.name
        if self.job is not None or self.state != "ready" or not fits(name):
            return
        self._look(None, name)

    def _look(self, person_id: str | None, name: str) -> None:
        self.state = "looking"
        self.problem = ""
        self.looked_for = name
        self._run(_look_up(person_id, name), self._found)
        self._update()

    def _found(self, result: tuple[Person | None, list[Found]]) -> None:
        person, found = result
        self.person = person
        self.looked_for = self.name
        self.found = found
        self.state = "ready"
        self._show_person()
        self._fill_notes()
        if person is not None and not found:  # no list to show: no empty room either
            self.resize(self.width(), self.sizeHint().height())

    def _name_edited(self, _text: str) -> None:
        if self.state == "ready" and self.found and self.name != self.looked_for:
            self.found = []  # the list was for another name
            self._fill_notes()
        self._update()

    def selected_notes(self) -> list[str]:
        """The notes whose text will have the name replaced."""
        if self.person_id is not None and not self.redact_box.isChecked():
            return []
        return [
            item.data(0, NOTE_ID)
            for item in map(self.notes.topLevelItem, range(self.notes.topLevelItemCount()))
            if item is not None and item.checkState(0) == Qt.CheckState.Checked
        ]

    def confirmed(self) -> bool:
        """Whether the user has confirmed explicitly: typed the name, or ticked the box."""
        if self.person_id is None:
            return self.confirm_box.isChecked()
        typed = " ".join(self.confirm_edit.text().split()).casefold()
        return self.person is not None and typed == " ".join(self.name.split()).casefold()

    def ready_to_start(self) -> bool:
        if self.job is not None or self.state != "ready" or not self.confirmed():
            return False
        if self.person_id is not None:
            return self.person is not None
        return self.name == self.looked_for and bool(self.selected_notes())

    # --- erasing ---------------------------------------------------------------------------
    def start(self) -> None:
        """Erase and redact as chosen; from here on it cannot be undone."""
        if not self.ready_to_start():
            return
        self.chosen = self.selected_notes()
        self.state = "working"
        self.problem = ""
        self._run(_erase(self.person_id, self.name, self.chosen), self._done)
        self._update()

    def _done(self, redacted: list[str]) -> None:
        self.redacted = redacted
        self.state = "done"
        self._show_report()
        self.changed.emit()

    def cancel(self) -> None:
        """Close without changing anything. A look-up is left to end first; the erasure
        stops only if it has not begun (then it finishes and says what it did)."""
        if self.job is None:
            self.reject()
            return
        self.job.cancel()
        self.closing = self.state == "looking"
        self.status.setText(self.tr("Afbryder …"))
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        if self.job is not None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:  # the job's thread must end before the dialog can go
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)

    def _run(self, work: Any, done: Any) -> None:
        self.job = Job(self.db_path, work, self)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.finished.connect(self._job_ended)
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        self.cancel_button.setEnabled(False)  # the work has begun: it is no longer stoppable
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self.problem = message
        if self.state == "looking":
            self.state = "ready"
            return
        self.state = "failed"
        self._show_report()
        self.changed.emit()  # a part may have been done: the window reads again, undo goes

    def _cancelled(self) -> None:
        self.state = "ready"
        self.problem = self.tr("Afbrudt; intet er ændret.")

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        if self.closing:
            self.reject()
            return
        self.cancel_button.setEnabled(True)
        self._show_status()
        self._update()

    # --- showing ---------------------------------------------------------------------------
    def _show_person(self) -> None:
        person = self.person
        if person is None:
            self.who.setText("")
            return
        facts = [
            (self.tr("Rolle"), person.role),
            (self.tr("Organisation"), person.organisation),
        ]
        lines = "".join(
            f"<br>{html.escape(label)}: {html.escape(value)}" for label, value in facts if value
        )
        self.who.setText(
            f"<span style='font-size:14pt; font-weight:600'>"
            f"{html.escape(person.name)}</span>{lines}"
        )

    def _fill_notes(self) -> None:
        self.notes.blockSignals(True)
        self.notes.clear()
        for found in self.found:
            visit = found.visit or self.tr("(uden besøg)")
            marks = []
            if found.earlier:
                marks.append(self.tr("kun i en tidligere version"))
            if found.deleted:
                marks.append(self.tr("slettet note"))
            if marks:
                visit += f" ({', '.join(marks)})"
            item = QTreeWidgetItem([visit, found.date, _marked(found)])
            item.setData(0, NOTE_ID, found.note_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(0, visit)
            item.setToolTip(2, found.excerpt)
            item.setData(2, Qt.ItemDataRole.AccessibleTextRole, found.excerpt)
            self.notes.addTopLevelItem(item)
        self.notes.blockSignals(False)
        self._show_status()
        self._update()

    def _show_status(self) -> None:
        if self.problem:
            self.status.setStyleSheet(WARNING)
            self.status.setText(self.problem)
            return
        self.status.setStyleSheet("")
        if self.state == "looking":
            self.status.setText(self.tr("Leder efter navnet i noterne …"))
        elif self.state == "working":
            self.status.setText(
                self.tr("Sletter og skriver sikkerhedskopierne om …")
                if self.person_id is not None
                else self.tr("Overstreger og skriver sikkerhedskopierne om …")
            )
        elif self.state == "ready" and self.looked_for == self.name and self.name:
            if self.found:
                self.status.setText(self.tr("Navnet står i %n note(r).", "", len(self.found)))
            else:
                self.status.setText(self.tr("Navnet står ikke i nogen note."))
        else:
            self.status.setText("")

    def _show_report(self) -> None:
        self.report.setHtml(self.report_html())

    def report_html(self) -> str:
        """What was done (or why nothing was), for the report pane."""
        parts = [f"<h3>{html.escape(self.tr('Hvad der blev gjort'))}</h3>"]
        if self.state == "failed":
            parts.append(f"<p style='{WARNING}'>{html.escape(self.problem)}</p>")
            parts.append(
                "<p>"
                + html.escape(
                    self.tr(
                        "Listerne er læst igen og viser, hvad databasen indeholder nu. "
                        "Fortryd-listen er tømt."
                    )
                )
                + "</p>"
            )
            return "".join(parts)
        if self.person_id is not None:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr(
                        "{0} er slettet til glemsel i databasen og i alle dens "
                        "sikkerhedskopier. Sletningen følger med i de næste pakker."
                    ).format(self.name)
                )
                + "</p>"
            )
        parts.append(
            "<p>"
            + html.escape(self.tr("Navnet er overstreget i %n note(r).", "", len(self.redacted)))
            + "</p>"
        )
        left = len(self.found) - len(self.chosen)
        if left > 0:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr("Navnet står stadig i %n note(r), som ikke blev valgt.", "", left)
                )
                + "</p>"
            )
        parts.append(
            "<p>"
            + html.escape(
                self.tr("Fortryd-listen er tømt: det, der er gjort her, kan ikke fortrydes.")
            )
            + "</p>"
        )
        return "".join(parts)

    def _update(self) -> None:
        busy = self.job is not None
        finished = self.state in ("done", "failed")
        naming = self.person_id is None
        self.name_edit.setEnabled(not busy and not finished)
        self.find_button.setEnabled(
            not busy and not finished and fits(self.name) and self.name != self.looked_for
        )
        self.notes.setEnabled(not busy and not finished and (naming or self.redact_box.isChecked()))
        self.redact_box.setEnabled(not busy and not finished and bool(self.found))
        self.confirm_edit.setEnabled(not busy and self.person is not None)
        self.confirm_box.setEnabled(not busy)
        for widget in (self.confirm_label, self.confirm_edit, self.confirm_box):
            widget.setVisible(not finished and (widget is self.confirm_box) == naming)
        self.erase_button.setEnabled(self.ready_to_start())
        self.erase_button.setVisible(not finished)
        self.cancel_button.setVisible(not finished)
        self.close_button.setVisible(finished)
        self.progress.setVisible(self.state in ("working", "done"))
        self.report.setVisible(finished)
        # a person no note names needs no list: the status line says so
        self.notes.setVisible(
            not finished and (naming or self.state == "looking" or bool(self.found))
        )
        self.redact_box.setVisible(not naming and self.notes.isVisibleTo(self))
        self._show_status()


def _marked(found: Found) -> str:
    """The snippet as rich text, the name marked where the redaction would take it out."""
    text, out, at = found.excerpt, [], 0
    for start, end in found.spans:
        out.append(html.escape(text[at:start]))
        out.append(f"<span style='{MARK}'>{html.escape(text[start:end])}</span>")
        at = end
    out.append(html.escape(text[at:]))
    return "…" + "".join(out).strip() + "…"
