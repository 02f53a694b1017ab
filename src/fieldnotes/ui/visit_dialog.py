"""Planning a visit: date and time, place, municipality, actors, members, themes and guide."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import operations as ops
from ..core import queries
from ..core.schema import REVIEW_STATES, VISIT_STATUSES
from ..core.seed import DEFAULT_GUIDE_ID
from .item_dialog import ProvenanceBox
from .labels import choice_label
from .session import Session
from .widgets import Retranslating

ISO = "yyyy-MM-ddTHH:mm"
LISTS = ("visit_actor", "visit_member", "visit_theme")


class VisitDialog(Retranslating, QDialog):
    """Plan a new visit (``visit_id`` None, optionally from a hearing input) or edit one.

    Saving runs ``ops.plan_visit`` or ``ops.edit_visit``: one undo step with its links.
    """

    def __init__(
        self,
        session: Session,
        visit_id: str | None = None,
        *,
        hearing_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.visit_id = visit_id
        store = session.store
        if visit_id:
            self.visit = store.get("visit", visit_id) or {}
            self.chosen = queries.visit_links(store, visit_id)
        elif hearing_id:
            plan = queries.hearing_suggestion(store, hearing_id)
            self.chosen = {k: list(v) for k, v in plan.pop("links").items()}
            self.chosen.setdefault("visit_member", [store.member_id] if store.member_id else [])
            self.visit = {**plan, "status": "planned", "guide_id": DEFAULT_GUIDE_ID}
        else:
            self.visit = {"status": "planned", "guide_id": DEFAULT_GUIDE_ID}
            self.chosen = {"visit_member": [store.member_id] if store.member_id else []}
        self._init_widgets()
        self._fill()
        self.retranslate()
        self.resize(1040, 680)

    def _init_widgets(self) -> None:
        self.title = QLineEdit()
        self.starts = QDateTimeEdit(calendarPopup=True)
        self.ends = QDateTimeEdit(calendarPopup=True)
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.place = QLineEdit()
        self.municipality = QComboBox()
        self.status = QComboBox()
        self.guide = QComboBox()
        self.hearing = QComboBox()
        self.review = QComboBox()
        self.review_note = QLineEdit()
        self.filter = QLineEdit(clearButtonEnabled=True)
        self.lists = {kind: QListWidget() for kind in LISTS}
        for widget in self.lists.values():
            # long names (themes, organisations) wrap instead of being cut off
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list_labels = {kind: QLabel() for kind in LISTS}
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("title", self.title),
            ("starts", self.starts),
            ("ends", self.ends),
            ("place", self.place),
            ("municipality", self.municipality),
            ("status", self.status),
            ("guide", self.guide),
            ("hearing", self.hearing),
            ("review", self.review),
            ("review_note", self.review_note),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        grid = QGridLayout()
        for column, kind in enumerate(LISTS):
            self.list_labels[kind].setBuddy(self.lists[kind])
            grid.addWidget(self.list_labels[kind], 0, column)
            grid.addWidget(self.lists[kind], 2 if kind == "visit_actor" else 1, column, -1, 1)
        grid.addWidget(self.filter, 1, 0)
        for column, stretch in enumerate((4, 3, 5)):  # actors, members, themes
            grid.setColumnStretch(column, stretch)
        self.provenance = ProvenanceBox(self.session.store, "visit", self.visit_id)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(grid, 1)
        layout.addWidget(self.provenance)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._filter_actors)
        self.session.failed.connect(self._failed)

    def _fill(self) -> None:
        store = self.session.store
        self.title.setText(self.visit.get("title") or "")
        self.place.setText(self.visit.get("place") or "")
        for edit, key in ((self.starts, "starts_at"), (self.ends, "ends_at")):
            value = self.visit.get(key)
            moment = QDateTime.fromString(value, ISO) if value else QDateTime()
            if not moment.isValid():
                start = QDateTime.currentDateTime().addDays(7)
                start.setTime(start.time().fromString("10:00", "HH:mm"))
                moment = start if edit is self.starts else start.addSecs(2 * 3600)
            edit.setDateTime(moment)
        actors = queries.actor_choices(store)
        self.municipality.addItem("", None)
        for row_id, name, kind in actors:
            if kind == "municipality":
                self.municipality.addItem(name, row_id)
        self.municipality.setCurrentIndex(
            max(self.municipality.findData(self.visit.get("municipality_id")), 0)
        )
        for code in VISIT_STATUSES:
            self.status.addItem(choice_label(code), code)
        self.status.setCurrentIndex(max(self.status.findData(self.visit.get("status")), 0))
        self.review.addItem("", None)
        for code in REVIEW_STATES:
            self.review.addItem(choice_label(code), code)
        self.review.setCurrentIndex(max(self.review.findData(self.visit.get("review")), 0))
        self.review_note.setText(self.visit.get("review_note") or "")
        self.guide.addItem("", None)
        for row_id, label in queries.choices(store, "guide"):
            self.guide.addItem(label, row_id)
        self.guide.setCurrentIndex(max(self.guide.findData(self.visit.get("guide_id")), 0))
        self.hearing.addItem("", None)
        for row_id, label in queries.choices(store, "hearing_input"):
            self.hearing.addItem(label, row_id)
        self.hearing.setCurrentIndex(
            max(self.hearing.findData(self.visit.get("hearing_input_id")), 0)
        )
        options = {
            "visit_actor": [(i, n) for i, n, _k in actors],
            "visit_member": queries.choices(store, "member"),
            "visit_theme": queries.choices(store, "theme"),
        }
        for kind, rows in options.items():
            chosen = set(self.chosen.get(kind, []))
            widget = self.lists[kind]
            for row_id, label in rows:
                item = QListWidgetItem(label)
                item.setToolTip(label)
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if row_id in chosen else Qt.CheckState.Unchecked
                )
                widget.addItem(item)
            # what is chosen comes first, so it is seen without scrolling
            for row in range(widget.count()):
                if widget.item(row).checkState() == Qt.CheckState.Checked:
                    widget.insertItem(0, widget.takeItem(row))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Redigér besøg") if self.visit_id else self.tr("Planlæg besøg"))
        words = {
            "title": self.tr("&Titel:"),
            "starts": self.tr("&Starter:"),
            "ends": self.tr("S&lutter:"),
            "place": self.tr("S&ted:"),
            "municipality": self.tr("&Kommune:"),
            "status": self.tr("Stat&us:"),
            "guide": self.tr("&Interviewguide:"),
            "hearing": self.tr("&Høringssvar:"),
            "review": self.tr("Sekretariatets &gennemgang:"),
            "review_note": self.tr("Besked til &medlemmet:"),
        }
        for key, text in words.items():
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        lists = {
            "visit_actor": self.tr("&Aktører"),
            "visit_member": self.tr("&Deltagende medlemmer"),
            "visit_theme": self.tr("Temaer i &fokus"),
        }
        for kind, text in lists.items():
            self.list_labels[kind].setText(text)
            self.lists[kind].setAccessibleName(text.replace("&", ""))
        self.filter.setPlaceholderText(self.tr("Find aktør …"))
        self.filter.setAccessibleName(self.tr("Find aktør"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))

    def _filter_actors(self, text: str) -> None:
        words = text.casefold().split()
        widget = self.lists["visit_actor"]
        for row in range(widget.count()):
            item = widget.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def checked(self, kind: str) -> list[str]:
        widget = self.lists[kind]
        return sorted(
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "starts_at": self.starts.dateTime().toString(ISO),
            "ends_at": self.ends.dateTime().toString(ISO),
            "place": self.place.text().strip() or None,
            "municipality_id": self.municipality.currentData(),
            "status": self.status.currentData(),
            "guide_id": self.guide.currentData(),
            "hearing_input_id": self.hearing.currentData(),
            "review": self.review.currentData(),
            "review_note": self.review_note.text().strip() or None,
        }

    def _failed(self, message: str) -> None:
        if self.isVisible():
            self.error.setText(message)
            self.error.show()

    def accept(self) -> None:
        """Save as one undoable step; stay open with the reason when it cannot be saved."""
        values = self.values()
        if not values["title"]:
            self._failed(self.tr("Besøget skal have en titel."))
            return
        links = {kind: self.checked(kind) for kind in LISTS}
        if self.visit_id is None:
            op = self.session.run(ops.plan_visit, links=links, **values)
            if op is None:
                return
            self.visit_id = op.result
        else:
            changed = {k: v for k, v in values.items() if self.visit.get(k) != v}
            if self.session.run(ops.edit_visit, self.visit_id, links=links, **changed) is None:
                return
        super().accept()
