"""Likely duplicates side by side; the secretariat combines them, undoably, only on request."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import operations as ops
from ..core import queries
from ..core.schema import ENTITIES
from ..merge.duplicates import Duplicates, combine, find_duplicates
from .item_dialog import HIDDEN, provenance_lines
from .labels import choice_label, entity_name, entity_title, field_title
from .models import clock_date
from .session import Session
from .widgets import Retranslating, empty_label, heading_label

GROUP = Qt.ItemDataRole.UserRole
DIFFERENT = QColor("#fff2c2")
#: Facts about each row shown under its fields.
FACTS = ("created_by", "created_at", "references", "provenance")


class DuplicatesView(Retranslating, QWidget):
    """Groups from ``find_duplicates``, one group's rows as columns; ``opened(entity, id)``."""

    opened = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.groups: list[Duplicates] = []
        self.rows: list[dict[str, Any]] = []
        self.confirm: QMessageBox | None = None  # the open question, for tests
        self._init_widgets()
        self._connect_signals()
        self.retranslate()
        self.reload()

    # --- building ---------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.heading = heading_label()
        self.count = QLabel()
        self.intro = QLabel(wordWrap=True)
        self.intro.setStyleSheet("color: palette(dark);")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.subject = QLabel(wordWrap=True)
        self.subject.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.keep_label = QLabel()
        self.keep = QComboBox()
        self.keep_label.setBuddy(self.keep)
        self.combine_button = QPushButton()
        self.open_button = QPushButton()
        self.empty = empty_label()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.list, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_label)
        actions.addWidget(self.keep, 1)
        actions.addWidget(self.combine_button)
        actions.addWidget(self.open_button)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.subject)
        detail.addWidget(self.table, 1)
        detail.addLayout(actions)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 800])
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(lambda _r: self._show())
        self.combine_button.clicked.connect(self.ask_to_combine)
        self.open_button.clicked.connect(self._open_kept)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._open_column)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dubletter"))
        self.intro.setText(
            self.tr(
                "Emner, som to medlemmer formentlig har oprettet hver for sig: besøg i samme "
                "kommune samme dag og personer med samme navn. Intet lægges sammen, før du beder "
                "om det, og en sammenlægning kan fortrydes (Ctrl+Z)."
            )
        )
        self.list.setAccessibleName(self.tr("Mulige dubletter"))
        self.table.setAccessibleName(self.tr("Dubletterne side om side"))
        self.keep_label.setText(self.tr("&Behold:"))
        self.keep.setAccessibleName(self.tr("Den række, der beholdes"))
        self.combine_button.setText(self.tr("&Læg sammen …"))
        self.open_button.setText(self.tr("Å&bn"))
        self.empty.setText(
            self.tr("Ingen mulige dubletter. De kan opstå, når pakker fra flere medlemmer flettes.")
        )
        for row, group in enumerate(self.groups):
            self.list.item(row).setText(self.group_text(group))
        self._show_count()
        self._show()

    # --- showing ------------------------------------------------------------------------
    def reload(self) -> None:
        """Look for duplicates again (after a merge or a combination); keep the selection."""
        current = self.current()
        self.groups = find_duplicates(self.session.store)
        self.list.blockSignals(True)
        self.list.clear()
        for group in self.groups:
            item = QListWidgetItem(self.group_text(group))
            item.setData(GROUP, group.ids)
            self.list.addItem(item)
        row = next((i for i, g in enumerate(self.groups) if current and g.ids == current.ids), 0)
        if self.groups:
            self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_count()
        self._show()

    refresh = reload

    def group_text(self, group: Duplicates) -> str:
        """E.g. "Besøg · Ærø Kommune · 2013-03-04 (2)" or "Person · Mette Olsen (2)"."""
        store = self.session.store
        first = store.get(group.entity, group.ids[0]) or {}
        if group.entity == "visit":
            place = queries.item_title(store, "actor", first.get("municipality_id") or "")
            what = f"{place} · {(first.get('starts_at') or '')[:10]}"
        else:
            what = first.get("name") or ""
        return f"{entity_name(group.entity).capitalize()} · {what} ({len(group.ids)})"

    def current(self) -> Duplicates | None:
        row = self.list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def _show_count(self) -> None:
        n = len(self.groups)
        self.count.setText(self.tr("%n mulig(e) dublet(ter)", "", n))
        self.splitter.setVisible(n > 0)
        self.empty.setVisible(n == 0)

    def _show(self) -> None:
        group = self.current()
        self.detail.setEnabled(group is not None)
        self.table.clear()
        self.keep.clear()
        if group is None:
            self.subject.clear()
            self.rows = []
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        store = self.session.store
        self.rows = [store.get(group.entity, row_id) or {"id": row_id} for row_id in group.ids]
        if group.entity == "visit":
            reason = self.tr("Samme kommune samme dag")
        else:
            reason = self.tr("Samme navn")
        self.subject.setText(f"{entity_title(group.entity)}: {reason}")
        fields = [f for f in ENTITIES[group.entity].fields if f.name not in HIDDEN]
        self.table.setColumnCount(len(self.rows))
        self.table.setRowCount(len(fields) + len(FACTS))
        labels = [field_title(f.name) for f in fields] + [self.fact_title(k) for k in FACTS]
        self.table.setVerticalHeaderLabels(labels)
        headers = []
        for column, row in enumerate(self.rows):
            author = queries.item_title(store, "member", row.get("created_by") or "")
            headers.append(f"{column + 1}. {author}")
            for line, field in enumerate(fields):
                text = self.shown(field.kind, field.ref, row.get(field.name))
                self._put(line, column, text)
            facts = self.facts(group.entity, row)
            for line, key in enumerate(FACTS, start=len(fields)):
                self._put(line, column, facts[key])
            self.keep.addItem(headers[-1], row["id"])
        self.table.setHorizontalHeaderLabels(headers)
        for line, field in enumerate(fields):
            values = {str(r.get(field.name) or "") for r in self.rows}
            if len(values) > 1:
                for column in range(len(self.rows)):
                    self.table.item(line, column).setBackground(DIFFERENT)
        self.keep.setCurrentIndex(self._best())

    def _put(self, line: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text[:300])
        item.setToolTip(text if len(text) > 60 else "")
        self.table.setItem(line, column, item)

    def fact_title(self, key: str) -> str:
        words = {
            "created_by": self.tr("Oprettet af"),
            "created_at": self.tr("Oprettet"),
            "references": self.tr("Henvisninger"),
            "provenance": self.tr("Hentet fra"),
        }
        return words[key]

    def facts(self, entity: str, row: dict[str, Any]) -> dict[str, str]:
        store = self.session.store
        counts = queries.references(store, entity, row["id"])
        refs = ", ".join(f"{n} {entity_title(kind).lower()}" for kind, n in sorted(counts.items()))
        return {
            "created_by": queries.item_title(store, "member", row.get("created_by") or ""),
            "created_at": clock_date(str(row["created_at"])) if row.get("created_at") else "",
            "references": refs or self.tr("ingen"),
            "provenance": "\n".join(provenance_lines(store, entity, row["id"])) or "—",
        }

    def shown(self, kind: str, ref: str | None, value: Any) -> str:
        """A field's value as the secretariat reads it: names for ids, words for codes."""
        if value in (None, ""):
            return ""
        if kind == "ref" and ref:
            return queries.item_title(self.session.store, ref, str(value))
        if kind == "enum":
            return choice_label(str(value))
        if kind == "bool":
            return self.tr("Ja") if value else self.tr("Nej")
        return " ".join(str(value).split()) if kind == "longtext" else str(value)

    def _best(self) -> int:
        """The row to keep by default: the one most is attached to (the oldest on a tie)."""
        group = self.current()
        if group is None:
            return 0
        weights = [
            sum(queries.references(self.session.store, group.entity, row_id).values())
            for row_id in group.ids
        ]
        return max(range(len(weights)), key=lambda i: (weights[i], -i))

    # --- combining ----------------------------------------------------------------------
    def ask_to_combine(self) -> None:
        """Ask before combining the group into the row chosen under "Behold"."""
        group = self.current()
        if group is None:
            return
        keep = self.keep.currentData()
        others = len(group.ids) - 1
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Læg dubletter sammen"),
            self.tr(
                "»{0}« beholdes. Alt, der henviser til de %n andre, flyttes over til den, tomme "
                "felter udfyldes fra dem, og de andre slettes. Det kan fortrydes med "
                "Redigér → Fortryd. Læg sammen?",
                "",
                others,
            ).format(self.keep.currentText()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered() -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.combine(keep)

        box.finished.connect(answered)
        self.confirm = box
        box.open()

    def combine(self, keep: str) -> ops.Operation | None:
        """Combine the current group into ``keep`` as one undoable step."""
        group = self.current()
        if group is None or keep not in group.ids:
            return None
        others = [row_id for row_id in group.ids if row_id != keep]

        def combine_all(store: Any) -> str:
            for other in others:
                combine(store, group.entity, keep, other)
            return keep

        op = self.session.run(ops.record, "combine", combine_all)
        self.reload()
        return op

    def _open_kept(self) -> None:
        group = self.current()
        if group is not None and self.keep.currentData():
            self.opened.emit(group.entity, self.keep.currentData())

    def _open_column(self, column: int) -> None:
        group = self.current()
        if group is not None and 0 <= column < len(group.ids):
            self.opened.emit(group.entity, group.ids[column])
