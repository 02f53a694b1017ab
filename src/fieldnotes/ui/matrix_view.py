"""The framework matrix: municipalities (or actors) × themes, each cell coloured by how much it
holds; clicking a cell lists its passages, methods and ideas."""

from __future__ import annotations

import html
import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.store import Store
from ..search.overview import CellItem, Matrix, cell_items, matrix
from .search_panel import Background, HtmlDelegate
from .widgets import Retranslating, heading_label

Index = QModelIndex | QPersistentModelIndex
ROLE_ITEM = Qt.ItemDataRole.UserRole + 1
#: The widest the places' names may make their column, in pixels.
NAME_WIDTH = 200


def shade(color: str | None, share: float) -> QColor:
    """The theme's colour mixed with white: pale for little, full for the most."""
    base = QColor(color or "#3a7bd5")
    share = max(0.0, min(1.0, share))
    mix = 0.12 + 0.88 * share if share > 0 else 0.0

    def channel(value: int) -> int:
        return round(255 + (value - 255) * mix)

    return QColor(channel(base.red()), channel(base.green()), channel(base.blue()))


class MatrixModel(QAbstractTableModel):
    """A ``Matrix`` as a table: rows are places, columns themes; cells show passage counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self._max = 1

    def set_matrix(self, data: Matrix | None) -> None:
        self.beginResetModel()
        self.matrix = data
        self._max = max(1, data.max_total()) if data else 1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.themes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid():
            return None
        theme = self.matrix.themes[index.column()]
        place = self.matrix.columns[index.row()]
        cell = self.matrix.cell(theme.id, place.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if not cell.total:
                return ""
            extra = f"  ·  {cell.methods}m {cell.ideas}i" if cell.methods or cell.ideas else ""
            return f"{cell.passages}{extra}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return shade(theme.color, cell.total / self._max) if cell.total else None
        if role == Qt.ItemDataRole.ForegroundRole and cell.total > 0.6 * self._max:
            return QColor("white")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%s · %s\n%d passager, %d metoder, %d idéer") % (
                place.name,
                theme.code,
                cell.passages,
                cell.methods,
                cell.ideas,
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            theme = self.matrix.themes[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return theme.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return theme.title
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(theme.color or "#ddd")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.matrix.columns[section].name  # the tip: a long name is cut in the header
        return None


class MatrixView(Retranslating, QWidget):
    """Themes by municipality or actor; ``opened(entity, id, visit_id)`` (a method, an idea)
    or ``passage_opened`` from the cell list."""

    opened = Signal(str, str, str)
    #: A passage from the cell list: its note, the note's visit and the passage's text.
    passage_opened = Signal(str, str, str)
    loaded = Signal()
    #: The shown cell's theme and place, to write a theme summary of (``export_cell``).
    export_requested = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.background = Background(store, self)
        self.model = MatrixModel(self)
        self._init_widgets()
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def _init_widgets(self) -> None:
        self.heading = heading_label()
        self.axis = QComboBox()
        self.axis.addItem("", "municipality")
        self.axis.addItem("", "actor")
        self.status = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Actors' names run to 50 letters: beyond this the header cuts them, not the cells.
        self.table.verticalHeader().setMaximumWidth(NAME_WIDTH)
        self.table.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cell_heading = QLabel()
        self.cell_heading.setWordWrap(True)
        self.items = QListWidget()
        self.items.setItemDelegate(HtmlDelegate(self.items))
        self.items.setAlternatingRowColors(True)
        self.items.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self._cell: tuple[str, str] | None = None
        self.legend = QLabel(wordWrap=True)
        self.legend.setStyleSheet("color: palette(dark);")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.axis)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.cell_heading)
        side_layout.addWidget(self.items, 1)
        side_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.legend)
        splitter = QSplitter()
        splitter.addWidget(table_box)
        splitter.addWidget(side)
        splitter.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.axis.currentIndexChanged.connect(self.refresh)
        self.axis.currentIndexChanged.connect(self._name_axis)
        self.table.clicked.connect(self.show_cell)
        self.table.activated.connect(self.show_cell)
        self.items.itemActivated.connect(self._open)
        self.export_button.clicked.connect(self.export_cell)

    def retranslate(self) -> None:
        self._name_axis()
        self.axis.setItemText(0, self.tr("Kommuner"))
        self.axis.setItemText(1, self.tr("Aktører mødt"))
        self.axis.setToolTip(self.tr("Rækker: kommuner eller de aktører, besøgene mødte"))
        self.legend.setText(
            self.tr(
                "Hver celle: antal taggede passager · m = gode metoder · i = idéer. "
                "Klik på en celle for at se dem; Enter på et emne åbner det."
            )
        )
        self.export_button.setText(self.tr("&Temaopsamling til Word …"))
        self.export_button.setToolTip(
            self.tr("Skriv en temaopsamling med cellens tema og kommune valgt som filtre")
        )
        if not self.items.count():
            self.cell_heading.setText(self.tr("Klik på en celle for at se dens passager."))
        self._show_status()

    def _name_axis(self) -> None:
        if self.axis.currentData() == "actor":
            self.heading.setText(self.tr("Temaer × aktører"))
            self.table.setAccessibleName(self.tr("Matrix over temaer og aktører"))
        else:
            self.heading.setText(self.tr("Temaer × kommuner"))
            self.table.setAccessibleName(self.tr("Matrix over temaer og kommuner"))

    def refresh(self) -> None:
        """Count again (in the background for a file)."""
        axis = self.axis.currentData()
        self.background.run(lambda store: matrix(store, axis), self._show)
        self._show_status()

    def refresh_now(self) -> None:
        self._show(matrix(self.store, self.axis.currentData()))

    def _show(self, result: object) -> None:
        if isinstance(result, Exception):
            raise result
        assert isinstance(result, Matrix)
        self.model.set_matrix(result)
        self._show_cell_again(result)
        self._show_count()
        self.loaded.emit()

    def _show_count(self) -> None:
        rows = len(self.model.matrix.columns) if self.model.matrix else 0
        self.status.setText(self.tr("%n række(r)", "", rows))

    def _show_status(self) -> None:
        if self.background.busy():
            self.status.setText(self.tr("Henter …"))
        else:
            self._show_count()

    def _show_cell_again(self, data: Matrix) -> None:
        """After counting again, list the chosen cell afresh, or nothing if it is gone."""
        theme_ids = [t.id for t in data.themes]
        place_ids = [p.id for p in data.columns]
        if self._cell and self._cell[0] in theme_ids and self._cell[1] in place_ids:
            index = self.model.index(place_ids.index(self._cell[1]), theme_ids.index(self._cell[0]))
            self.table.setCurrentIndex(index)
            self.show_cell(index)
            return
        self._cell = None
        self.items.clear()
        self.export_button.setEnabled(False)
        self.retranslate()  # the hint to click a cell

    def show_cell(self, index: QModelIndex) -> None:
        """List what the clicked cell counts."""
        data = self.model.matrix
        if data is None or not index.isValid():
            return
        theme, place = data.themes[index.column()], data.columns[index.row()]
        found = cell_items(self.store, theme.id, place.id, data.axis)
        self._cell = (theme.id, place.id)
        self.export_button.setEnabled(True)
        self.cell_heading.setText(
            f"<b>{html.escape(theme.code)} · {html.escape(place.name)}</b> — "
            + self.tr("%n emne(r)", "", len(found))
        )
        self.items.clear()
        words = {"note": self.tr("Passage"), "method": self.tr("Metode"), "idea": self.tr("Idé")}
        for entry in found:
            text = html.escape(textwrap.shorten(entry.text, 400, placeholder=" …"))
            when = f" <span style='color:#666'>· {entry.date}</span>" if entry.date else ""
            item = QListWidgetItem(
                f"<span style='color:#35689a'>{html.escape(words[entry.entity])}</span>"
                f" &nbsp;<b>{html.escape(entry.title)}</b>{when}<br/>{text}"
            )
            item.setToolTip(entry.title)
            item.setData(ROLE_ITEM, entry)
            self.items.addItem(item)

    def export_cell(self) -> None:
        """Ask for a theme summary of the shown cell (the main window opens the export)."""
        if self._cell is not None:
            self.export_requested.emit(*self._cell)

    def _open(self, item: QListWidgetItem) -> None:
        entry: CellItem = item.data(ROLE_ITEM)
        if entry.entity == "note" and entry.visit_id:
            self.passage_opened.emit(entry.row_id, entry.visit_id, entry.text)
        else:
            self.opened.emit(entry.entity, entry.row_id, entry.visit_id or "")
