"""Qt table models over the core's paged queries; rows are fetched lazily, a page at a time.

On a database file, the pages fetched while scrolling and the rows read again after a filter,
a sort or a change come from a pool thread with its own connection: with 50,000 notes a page
of the notes list takes hundreds of milliseconds, a filter over their text seconds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

from ..core import queries
from ..core.errors import KnownError
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


class StoreRowsModel(QAbstractTableModel):
    """A small table read whole from the store: ``read()`` gives the rows (again on
    ``reload()``), ``headers()`` the titles of the ``columns`` columns; rows are numbered."""

    columns = 0

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[Any] = []
        self.reload()

    def read(self) -> list[Any]:
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.read()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None


class _Relay(QObject):
    done = Signal(int, object)


class _Read(QRunnable):
    """``fn(store)`` on a pool thread, with a connection of its own for just this read."""

    def __init__(self, path: Any, fn: Callable[[Store], Any], token: int, relay: _Relay) -> None:
        super().__init__()
        self.path, self.fn, self.token, self.relay = path, fn, token, relay

    def run(self) -> None:
        try:
            store = Store.open(self.path)
            try:
                result: Any = self.fn(store)
            finally:
                store.close()
        except Exception as exc:  # delivered to the GUI thread, which drops or re-raises it
            result = exc
        with contextlib.suppress(RuntimeError):  # the app is closing: nobody to tell
            self.relay.done.emit(self.token, result)


class LazyTableModel(QAbstractTableModel):
    """A list of ``queries.LISTS`` rows: ``canFetchMore``/``fetchMore`` load ``PAGE`` rows.

    A database file is read in the background (``loading`` meanwhile, ``loaded`` when rows
    arrive), an in-memory one at once. With ``at_once`` the rows are counted now and
    ``fetch_now`` reads the first page on this thread (the window's first list); without it
    the list is empty until the first ``reload`` has answered.
    """

    loaded = Signal()

    def __init__(
        self, store: Store, spec: ListSpec, parent: Any = None, *, at_once: bool = True
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.spec = spec
        self._rows: list[tuple[Any, ...]] = []
        self._total = queries.count_rows(store, spec) if at_once or not store.path else 0
        self._text = ""
        self._sort: int | None = None
        self._descending = False
        self._token = 0  # the newest background read; older answers are dropped
        self.loading = False
        self._relay = _Relay()  # no parent: a read still running may outlive the model
        self._relay.done.connect(self._arrived)

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
        return not parent.isValid() and not self.loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        offset = len(self._rows)
        self._read(lambda store: (None, self._page(store, offset)))

    def fetch_now(self) -> None:
        """Fetch the next page on this thread (the first page of a list being made)."""
        if not self.loading and self.canFetchMore():
            self._add(self._page(self.store, len(self._rows)))

    def _page(self, store: Store, offset: int) -> list[tuple[Any, ...]]:
        return queries.page(
            store,
            self.spec,
            offset,
            PAGE,
            text=self._text,
            sort=self._sort,
            descending=self._descending,
        )

    def _read(
        self,
        fn: Callable[[Store], tuple[int | None, list[tuple[Any, ...]]]],
        at_once: bool = False,
    ) -> None:
        """``fn(store)`` gives ``(total or None, rows to add)``: in the background for a file
        (unless ``at_once``)."""
        self._token += 1
        if self.store.path is None or at_once:
            self.loading = False  # an answer still on its way is dropped
            total, rows = fn(self.store)
            self._got(total, rows)
            return
        self.loading = True
        QThreadPool.globalInstance().start(_Read(self.store.path, fn, self._token, self._relay))

    def _arrived(self, token: int, result: object) -> None:
        if token != self._token:
            return  # a filter, sort or change since: its own read is on the way
        self.loading = False
        if isinstance(result, KnownError):
            self._total = len(self._rows)  # say what is shown; the next reload tries again
            return
        if isinstance(result, Exception):
            raise result
        total, rows = result  # type: ignore[misc]
        self._got(total, rows)

    def _got(self, total: int | None, rows: list[tuple[Any, ...]]) -> None:
        if total is not None:
            self.beginResetModel()
            self._rows, self._total = [], total
            self.endResetModel()
        self._add(rows)
        self.loaded.emit()

    def _add(self, rows: list[tuple[Any, ...]]) -> None:
        rows = rows[: self._total - len(self._rows)]
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = column if 0 <= column < len(self.spec.columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = sort, descending
        if self._rows or self.loading:  # else the first fetch sorts (the view sorts at once)
            self.reload()

    # --- ours ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """Rows matching the filter, fetched or not."""
        return self._total

    def set_filter(self, text: str) -> None:
        self._text = text
        self.reload()

    def reload(self, at_once: bool = False) -> None:
        """Read the count and the first page again (for a file, in the background unless
        ``at_once``)."""
        text, sort, descending = self._text, self._sort, self._descending

        def read(store: Store) -> tuple[int, list[tuple[Any, ...]]]:
            total = queries.count_rows(store, self.spec, text)
            rows = queries.page(
                store, self.spec, 0, PAGE, text=text, sort=sort, descending=descending
            )
            return total, rows

        self._read(read, at_once)

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
