"""Open conflicts after a merge: compare the values side by side and keep one or combine them."""

from __future__ import annotations

import difflib
import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core import operations as ops
from ..core import queries
from ..core.revisions import DELETED, Conflict
from ..core.schema import ENTITIES
from .labels import choice_label, entity_name, field_title
from .models import Index, StoreRowsModel, clock_date
from .session import Session
from .widgets import Retranslating, empty_label, heading_label, row_table

OLD = "#fdecea"
NEW = "#e6f6e8"
OLD_WORD = "#f5a9a3"
NEW_WORD = "#9fdca8"


class ConflictsModel(StoreRowsModel):
    """The store's open conflicts: kind of item, its name, the field and how many values."""

    columns = 4
    rows: list[tuple[Conflict, str]]

    def read(self) -> list[tuple[Conflict, str]]:
        return [
            (c, queries.item_title(self.store, c.entity, c.row_id)) for c in self.store.conflicts()
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict, title = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                entity_name(conflict.entity).capitalize(),
                " ".join(title.split()),
                field_title(conflict.field),
                str(1 + len(conflict.losers)),
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return conflict
        return None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Slags"), self.tr("Emne"), self.tr("Felt"), self.tr("Værdier"))

    def conflict(self, row: int) -> Conflict:
        return self.rows[row][0]


def _words(old: str, new: str) -> tuple[str, str]:
    """One changed line pair as HTML, the changed words marked more strongly."""
    a, b = old.split(" "), new.split(" ")
    left: list[str] = []
    right: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        one, two = html.escape(" ".join(a[i1:i2])), html.escape(" ".join(b[j1:j2]))
        if tag == "equal":
            left.append(one)
            right.append(two)
            continue
        if one:
            left.append(f"<span style='background:{OLD_WORD}'>{one}</span>")
        if two:
            right.append(f"<span style='background:{NEW_WORD}'>{two}</span>")
    return " ".join(left), " ".join(right)


def line_diff(old: str, new: str) -> tuple[str, str]:
    """Two HTML columns of ``old`` and ``new``: removed lines red on the left, added green on
    the right (changed words darker), unchanged lines plain on both."""
    a, b = old.splitlines(), new.splitlines()
    left: list[str] = []
    right: list[str] = []

    def line(text: str, colour: str | None, escaped: bool = False) -> str:
        style = f" style='background:{colour}'" if colour else ""
        body = text if escaped else html.escape(text)
        return f"<div{style}>{body or '&nbsp;'}</div>"

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if tag == "equal":
            left += [line(t, None) for t in a[i1:i2]]
            right += [line(t, None) for t in b[j1:j2]]
        elif tag == "replace" and i2 - i1 == j2 - j1:
            for one, two in zip(a[i1:i2], b[j1:j2], strict=True):
                marked_one, marked_two = _words(one, two)
                left.append(line(marked_one, OLD, escaped=True))
                right.append(line(marked_two, NEW, escaped=True))
        else:
            left += [line(t, OLD) for t in a[i1:i2]]
            right += [line(t, NEW) for t in b[j1:j2]]
    return "".join(left), "".join(right)


class ConflictsView(Retranslating, QWidget):
    """The secretariat's list of open conflicts and a side-by-side comparison of one."""

    opened = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ConflictsModel(session.store, self)
        self.sides: list[dict[str, Any]] = []
        self._init_widgets()
        self._connect_signals()
        self.retranslate()
        self._select_first()

    # --- building ---------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.heading = heading_label()
        self.count = QLabel()
        self.table = row_table(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.subject = QLabel(wordWrap=True)
        self.subject.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.open_button = QPushButton()
        self.left_label = QLabel(wordWrap=True)
        self.right_label = QLabel(wordWrap=True)
        self.other = QComboBox()
        self.left = QTextBrowser()
        self.right = QTextBrowser()
        self.keep_left = QPushButton()
        self.keep_right = QPushButton()
        self.combined_label = QLabel()
        self.combined = QPlainTextEdit()
        self.combined.setTabChangesFocus(True)
        self.combined_label.setBuddy(self.combined)
        self.save_combined = QPushButton()
        self.empty = empty_label()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)

        sides = QHBoxLayout()
        for label, browser, button, extra in (
            (self.left_label, self.left, self.keep_left, None),
            (self.right_label, self.right, self.keep_right, self.other),
        ):
            column = QVBoxLayout()
            column.addWidget(label)
            if extra is not None:
                column.addWidget(extra)
            column.addWidget(browser, 1)
            column.addWidget(button)
            sides.addLayout(column, 1)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.open_button)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addLayout(subject_row)
        detail.addLayout(sides, 3)
        detail.addWidget(self.combined_label)
        detail.addWidget(self.combined, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_combined)
        detail.addLayout(row)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([200, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.other.currentIndexChanged.connect(lambda _i: self._compare())
        self.keep_left.clicked.connect(lambda: self._keep(0))
        self.keep_right.clicked.connect(lambda: self._keep(self.other.currentIndex() + 1))
        self.save_combined.clicked.connect(self.save_combined_text)
        self.open_button.clicked.connect(self._open)
        self.session.changed.connect(self._changed)
        self.model.modelReset.connect(self._show_count)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Konflikter"))
        self.table.setAccessibleName(self.tr("Åbne konflikter"))
        self.left.setAccessibleName(self.tr("Værdien der vises nu"))
        self.right.setAccessibleName(self.tr("Den konkurrerende værdi"))
        self.other.setAccessibleName(self.tr("Vælg konkurrerende værdi"))
        self.combined_label.setText(self.tr("&Samlet tekst (ret til, og gem):"))
        self.combined.setAccessibleName(self.tr("Samlet tekst"))
        self.save_combined.setText(self.tr("&Gem samlet tekst"))
        self.open_button.setText(self.tr("Å&bn emnet"))
        self.empty.setText(
            self.tr("Ingen åbne konflikter. Konflikter opstår, når to har ændret det samme felt.")
        )
        self._show_count()
        self._show()

    # --- showing ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the open conflicts again (after a merge or a resolution)."""
        current = self.current()
        self.model.reload()
        rows = [c for c, _t in self.model.rows]
        row = rows.index(current) if current in rows else 0
        self._select_row(row)

    def _select_first(self) -> None:
        self._select_row(0)

    def _select_row(self, row: int) -> None:
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._show()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("%n åben(e) konflikt(er)", "", n))
        self.splitter.setVisible(n > 0)
        self.empty.setVisible(n == 0)

    def current(self) -> Conflict | None:
        index = self.table.currentIndex()
        return self.model.conflict(index.row()) if index.isValid() else None

    def _show(self) -> None:
        conflict = self.current()
        self.detail.setEnabled(conflict is not None)
        if conflict is None:
            self.sides = []
            for widget in (self.left, self.right, self.combined):
                widget.clear()
            self.subject.clear()
            return
        self.sides = queries.conflict_sides(self.session.store, conflict)
        title = queries.item_title(self.session.store, conflict.entity, conflict.row_id)
        self.subject.setText(
            self.tr("{0} »{1}«, felt: {2}").format(
                entity_name(conflict.entity).capitalize(),
                " ".join(title.split())[:120],
                field_title(conflict.field),
            )
        )
        self.other.blockSignals(True)
        self.other.clear()
        for side in self.sides[1:]:
            self.other.addItem(self._who(side))
        self.other.setVisible(len(self.sides) > 2)
        self.other.blockSignals(False)
        textual = self._is_text(conflict)
        self.combined.setVisible(textual)
        self.combined_label.setVisible(textual)
        self.save_combined.setVisible(textual)
        if textual and self.sides:
            self.combined.setPlainText(str(self.sides[0]["value"] or ""))
        if conflict.field == DELETED:
            self.keep_left.setText(self.tr("&Slet emnet"))
            self.keep_right.setText(self.tr("Be&hold emnet med ændringen"))
        else:
            self.keep_left.setText(self.tr("Behold &venstre"))
            self.keep_right.setText(self.tr("Behold &højre"))
        self._compare()

    def _is_text(self, conflict: Conflict) -> bool:
        if conflict.field == DELETED:
            return False
        return ENTITIES[conflict.entity].field(conflict.field).kind in ("text", "longtext")

    def _who(self, side: dict[str, Any]) -> str:
        return self.tr("{0}, {1}").format(
            side["member"] or self.tr("ukendt"), clock_date(side["at"])
        )

    def _shown(self, side: dict[str, Any]) -> str:
        """A side's value as text: deletions and edits worded, references by name."""
        conflict = self.current()
        assert conflict is not None
        if conflict.field == DELETED and side["field"] == DELETED:
            return self.tr("Slettet") if side["value"] else self.tr("Gendannet")
        value = side["value"]
        spec = ENTITIES[conflict.entity]
        field = spec.field(side["field"]) if side["field"] in spec.field_names else None
        if field is not None and field.kind == "ref" and value:
            value = queries.item_title(self.session.store, field.ref or conflict.entity, value)
        elif field is not None and field.kind == "enum":
            value = choice_label(value)
        text = "" if value is None else str(value)
        if conflict.field == DELETED:
            return self.tr("Ændret {0}: {1}").format(field_title(side["field"]), text)
        return text

    def _compare(self) -> None:
        if len(self.sides) < 2:
            return
        first = self.sides[0]
        second = self.sides[min(self.other.currentIndex() + 1, len(self.sides) - 1)]
        self.left_label.setText(
            self.tr("<b>Vises nu</b> (valgt automatisk) – {0}").format(
                html.escape(self._who(first))
            )
        )
        self.right_label.setText(
            self.tr("<b>Konkurrerende værdi</b> – {0}").format(html.escape(self._who(second)))
        )
        left, right = line_diff(self._shown(first), self._shown(second))
        self.left.setHtml(left)
        self.right.setHtml(right)

    # --- resolving ----------------------------------------------------------------------
    def _keep(self, position: int) -> None:
        conflict = self.current()
        if conflict is None or position >= len(self.sides):
            return
        if conflict.field == DELETED:
            self.resolve(position == 0)
            return
        self.resolve(self.sides[position]["value"])

    def save_combined_text(self) -> None:
        self.resolve(self.combined.toPlainText())

    def resolve(self, value: Any) -> None:
        """Settle the current conflict with ``value`` (undoable)."""
        conflict = self.current()
        if conflict is not None:
            self.session.run(ops.resolve_conflict, conflict, value)

    def _open(self) -> None:
        conflict = self.current()
        if conflict is not None:
            self.opened.emit(conflict.entity, conflict.row_id)

    def _changed(self, op: ops.Operation) -> None:
        if op.kind == "resolve" or any(
            e == c.entity for c, _t in self.model.rows for e in op.changes
        ):
            self.reload()
