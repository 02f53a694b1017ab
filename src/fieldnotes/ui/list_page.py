"""A browsable list: a filter field over a lazily fetched, sortable table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import operations as ops
from ..core.queries import ListSpec
from .labels import list_title
from .models import ID_ROLE, LazyTableModel
from .session import Session
from .widgets import Retranslating, heading_label, row_table


class ListPage(Retranslating, QWidget):
    """One list of the sidebar; ``opened(entity, id)`` when a row is activated."""

    opened = Signal(str, str)
    edit_requested = Signal(str, str)  # entity, id ("" for a new item)
    plan_requested = Signal(str)  # a hearing input's id

    def __init__(
        self,
        session: Session,
        spec: ListSpec,
        parent: QWidget | None = None,
        *,
        at_once: bool = True,
    ) -> None:
        """With ``at_once`` the first page is read before the list is shown (the window's
        first screen), else in the background: the notes list of 50,000 notes takes most of
        a second to count and sort."""
        super().__init__(parent)
        self.session = session
        self.spec = spec
        self._at_once = at_once or session.store.path is None
        self.model = LazyTableModel(session.store, spec, self, at_once=self._at_once)
        self._stale = False  # changed while hidden: read again when shown
        self._init_widgets()
        self._connect_signals()
        self.retranslate()
        self._first_page()

    def _first_page(self) -> None:
        """Fetch the first page (now or in the background) and size the columns to it."""
        if self._at_once:
            self.model.fetch_now()
            self._size_columns()
        else:
            self.model.loaded.connect(self._size_columns, Qt.ConnectionType.SingleShotConnection)
            self.model.reload()

    def fill_now(self) -> None:
        """Read the count and first page on this thread (a screenshot needs them at once)."""
        self.model.reload(at_once=True)
        self._size_columns()

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column) + 16, 420))

    def _init_widgets(self) -> None:
        self.heading = heading_label()
        self.filter = QLineEdit(clearButtonEnabled=True)
        self.count = QLabel()
        self.table = row_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(180)
        header.setResizeContentsPrecision(20)  # size columns by the first rows: fast start
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.plan_button = QPushButton()
        self.plan_button.setVisible(self.spec.entity == "hearing_input")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.plan_button)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self.edit_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.returnPressed.connect(self.table.setFocus)
        self.table.activated.connect(self._open)
        self.delete_shortcut.activated.connect(self.delete_current)
        self.edit_shortcut.activated.connect(self.edit_current)
        self.new_shortcut.activated.connect(self.new_item)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_current)
        self.plan_button.clicked.connect(self.plan_current)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.session.changed.connect(self._changed)
        self.session.reloaded.connect(self._reloaded)

    def retranslate(self) -> None:
        self.heading.setText(list_title(self.spec.name))
        self.filter.setPlaceholderText(self.tr("Filtrér (alle ord skal passe) …"))
        self.filter.setAccessibleName(self.tr("Filtrér listen"))
        self.table.setAccessibleName(list_title(self.spec.name))
        if self.spec.entity == "visit":
            self.new_button.setText(self.tr("&Planlæg besøg …"))
        else:
            self.new_button.setText(self.tr("&Ny …"))
        self.new_button.setToolTip(self.tr("Opret et nyt (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Redigér …"))
        self.edit_button.setToolTip(self.tr("Redigér det valgte (F2)"))
        self.plan_button.setText(self.tr("Planlæg &besøg ud fra høringssvaret …"))
        self._show_count()

    def _changed(self, op: ops.Operation) -> None:
        """Show a change; a hidden list reads again only when shown (an autosave of a note far
        down a long list would otherwise read the list again every second)."""
        if self.spec.entity not in op.changes:
            return
        if self.isVisible():
            self.model.apply(op)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()
        super().showEvent(event)

    def _reloaded(self) -> None:
        self.model.store = self.session.store
        self.model.reload()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n række(r)", "", self.model.total))

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter.text())

    def _open(self, index: QModelIndex) -> None:
        self.opened.emit(self.spec.entity, str(index.data(ID_ROLE)))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def new_item(self) -> None:
        self.edit_requested.emit(self.spec.entity, "")

    def edit_current(self) -> None:
        row_id = self.current_id()
        if row_id:
            self.edit_requested.emit(self.spec.entity, row_id)

    def plan_current(self) -> None:
        row_id = self.current_id()
        if row_id and self.spec.entity == "hearing_input":
            self.plan_requested.emit(row_id)

    def delete_current(self) -> None:
        """Delete the selected row (undoable)."""
        row_id = self.current_id()
        if row_id:
            self.session.run(ops.delete, self.spec.entity, row_id)
