"""Qt table models over the core's paged queries; rows are fetched lazily, a page at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..core import queries
from ..core.operations import Operation
from ..core.queries import Column, ListSpec
from ..core.store import Store
from .labels import choice_label, column_title

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def clock_date(value: str) -> str:
    """The local date and time of a clock value (milliseconds first)."""
    millis = int(value.split(".", 1)[0])
    return dt.datetime.fromtimestamp(millis / 1000).strftime("%d-%m-%Y %H:%M")


def display(column: Column, value: Any) -> str:
    """A stored value as the list shows it."""
    if value is None:
        return ""
    if column.kind == "enum":
        return choice_label(value)
    if column.kind == "money":
        return QLocale().toString(int(value)) + " kr."
    if column.kind == "bool":
        return "✓" if value else ""
    if column.kind == "datetime":
        return str(value)[:16].replace("T", " ")
    if column.kind == "clock":
        return clock_date(str(value))
    return str(value)


class LazyTableModel(QAbstractTableModel):
    """A list of ``queries.LISTS`` rows: ``canFetchMore``/``fetchMore`` load ``PAGE`` rows."""

    def __init__(self, store: Store, spec: ListSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.spec = spec
        self._rows: list[tuple[Any, ...]] = []
        self._total = queries.count_rows(store, spec)
        self._text = ""
        self._sort: int | None = None
        self._descending = False

    # --- Qt's model interface -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.spec.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(column, row[index.column() + 1])
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int", "money"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            return column_title(self.spec.columns[section].key)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        rows = queries.page(
            self.store,
            self.spec,
            len(self._rows),
            PAGE,
            text=self._text,
            sort=self._sort,
            descending=self._descending,
        )
        rows = rows[: self._total - len(self._rows)]
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = column if 0 <= column < len(self.spec.columns) else None
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- ours ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """Rows matching the filter, fetched or not."""
        return self._total

    def set_filter(self, text: str) -> None:
        self._text = text
        self.reload()

    def reload(self) -> None:
        """Forget the fetched rows; the view fetches again as needed."""
        self.beginResetModel()
        self._rows = []
        self._total = queries.count_rows(self.store, self.spec, self._text)
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return str(self._rows[row][0])

    def apply(self, op: Operation) -> None:
        """Show an operation's effect: changed rows in place, anything else by reloading."""
        ids = op.changes.get(self.spec.entity)
        if not ids:
            return
        positions = {row[0]: i for i, row in enumerate(self._rows)}
        if any(i not in positions for i in ids):
            self.reload()
            return
        for row_id in ids:
            fresh = queries.row_of(self.store, self.spec, row_id)
            if fresh is None:
                self.reload()
                return
            i = positions[row_id]
            self._rows[i] = fresh
            last = self.index(i, len(self.spec.columns) - 1)
            self.dataChanged.emit(self.index(i, 0), last)
