"""The search panel: search as you type, filters, saved searches and highlighted hits.

Searches run off the GUI thread on their own connection (``Background``) when the store is a
file; only the answer to the latest query is shown.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import KnownError
from ..core.store import Store
from ..search import danish, saved
from ..search.engine import KINDS, NO_FILTERS, RANK_LIMIT, Filters, Hit, Results, search
from ..search.query import parse
from .widgets import DateField, Retranslating, heading_label

ROLE_HIT = Qt.ItemDataRole.UserRole + 1
#: Hits asked for at a time: two screenfuls or so. Each costs a snippet and a context, so the
#: first answer comes sooner; the next page loads as the list is scrolled to its end.
PAGE = 20


# --- background work -------------------------------------------------------------------------
_local = threading.local()


def _thread_store(path: Path) -> Store:
    """This worker thread's own connection to ``path`` (sqlite3 connections are per thread)."""
    stores: dict[Path, Store] = _local.__dict__.setdefault("stores", {})
    if path not in stores:
        stores[path] = Store.open(path)
    return stores[path]


class _Relay(QObject):
    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, path: Path, fn: Callable[[Store], Any], token: int, relay: _Relay) -> None:
        super().__init__()
        self.path, self.fn, self.token, self.relay = path, fn, token, relay

    def run(self) -> None:
        try:
            result: Any = self.fn(_thread_store(self.path))
        except Exception as exc:  # delivered to the GUI thread, which words or re-raises it
            result = exc
        self.relay.done.emit(self.token, result)


class Background(QObject):
    """Runs ``fn(store)`` off the GUI thread (for a file) and hands the newest answer back.

    >>> Background(store, self).run(lambda s: search(s, "mentor"), self._show)
    """

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.token = 0
        self.pending: dict[int, Callable[[Any], None]] = {}
        self.relay = _Relay(self)
        self.relay.done.connect(self._deliver)

    def run(self, fn: Callable[[Store], Any], done: Callable[[Any], None]) -> None:
        """Answer ``done(result)`` (or ``done(exception)``); earlier pending answers are dropped."""
        self.token += 1
        if self.store.path is None:  # in memory: no second connection can see it
            try:
                result: Any = fn(self.store)
            except Exception as exc:
                result = exc
            done(result)
            return
        self.pending = {self.token: done}
        QThreadPool.globalInstance().start(_Job(self.store.path, fn, self.token, self.relay))

    def busy(self) -> bool:
        return bool(self.pending)

    def _deliver(self, token: int, result: object) -> None:
        done = self.pending.pop(token, None)
        if done is not None:
            done(result)


# --- drawing hits ----------------------------------------------------------------------------
def hit_html(hit: Hit, kind_label: str) -> str:
    """A hit as rich text: kind and title, where it is from, and the snippet with hits bold."""

    def marked(text: str) -> str:
        return "".join(
            f"<b style='background:#fff2a8'>{html.escape(t)}</b>" if is_hit else html.escape(t)
            for t, is_hit in hit.segments(text)
        )

    title = marked(hit.title) or html.escape(kind_label)
    where = f" <span style='color:#666'>· {html.escape(hit.context)}</span>" if hit.context else ""
    snippet = marked(" ".join(hit.snippet.split()))
    return (
        f"<span style='color:#35689a'>{html.escape(kind_label)}</span> &nbsp;<b>{title}</b>"
        f"{where}<br/><span>{snippet}</span>"
    )


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's display text as rich text, wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(text)
        doc.setTextWidth(max(width, 50))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # A pale selection keeps the coloured kinds and highlighted hits readable.
        option.state &= ~QStyle.StateFlag.State_Selected
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if selected:
            pale = option.palette.color(QPalette.ColorRole.Highlight)
            pale.setAlpha(60)
            painter.fillRect(option.rect, pale)
            painter.fillRect(option.rect.adjusted(0, 0, 3 - option.rect.width(), 0), pale.darker())
        rect: QRect = option.rect.adjusted(6, 4, -6, -4)
        doc = self._document(option, text, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 600
        doc = self._document(option, option.text, width - 12)
        return QSize(width, int(doc.size().height()) + 8)


# --- the panel -------------------------------------------------------------------------------
class SearchPanel(Retranslating, QWidget):
    """Search everything; ``opened(entity, id, visit_id)`` when a hit is activated."""

    opened = Signal(str, str, str)
    searched = Signal()  # results (or a message) are on screen
    saved_changed = Signal()  # a search was saved or removed

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.results: Results | None = None
        self.dialog: QMessageBox | None = None  # the last message about saving, for tests
        self.background = Background(store, self)
        self._init_widgets()
        self._connect_signals()
        self.retranslate()
        self.reload_choices()
        self.reload_saved()

    # --- building ----------------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.heading = heading_label()
        self.query = QLineEdit(clearButtonEnabled=True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.theme = QComboBox()
        self.place = QComboBox()
        self.member = QComboBox()
        self.kind = QComboBox()
        self.date_from = DateField()
        self.date_to = DateField()
        # Long names (themes, organisations) do not push the filters off screen; the popups
        # are as wide as their longest entry.
        for combo, letters in ((self.theme, 10), (self.place, 9), (self.member, 9)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.results_list = QListWidget()
        self.results_list.setItemDelegate(HtmlDelegate(self.results_list))
        self.results_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results_list.setAlternatingRowColors(True)
        self.more = QPushButton()
        self.count = QLabel()
        self.saved_heading = QLabel()
        self.saved_heading.setStyleSheet("font-weight: 600;")
        self.saved_list = QListWidget()
        self.save_button = QPushButton()
        self.remove_button = QPushButton()
        self._timer = QTimer(self, singleShot=True, interval=200)

        filters = QHBoxLayout()
        self.filter_labels = [QLabel() for _ in range(6)]
        for label, widget in zip(
            self.filter_labels,
            (self.theme, self.place, self.member, self.kind, self.date_from, self.date_to),
            strict=True,
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more)
        main = QWidget()
        right = QVBoxLayout(main)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.query, 1)
        top.addWidget(self.save_button)
        right.addLayout(top)
        right.addLayout(filters)
        right.addWidget(self.message)
        right.addWidget(self.results_list, 1)
        right.addLayout(bottom)
        self.side = QWidget()
        left = QVBoxLayout(self.side)
        left.addWidget(self.saved_heading)
        left.addWidget(self.saved_list, 1)
        left.addWidget(self.remove_button)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(main)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.more.hide()

    def _connect_signals(self) -> None:
        self.query.installEventFilter(self)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self.run)
        self._timer.timeout.connect(self.run)
        for combo in (self.theme, self.place, self.member, self.kind):
            combo.currentIndexChanged.connect(self.run)
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(self._timer.start)
        self.results_list.itemActivated.connect(self._open)
        self.more.clicked.connect(self._load_more)
        self.results_list.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.saved_list.itemClicked.connect(self._use_saved)
        self.saved_list.itemActivated.connect(self._use_saved)
        self.save_button.clicked.connect(self.save_current)
        self.remove_button.clicked.connect(self.remove_current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in the search field goes on to the hits (as in a browser's address bar)."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results_list.count()
            and not (self._timer.isActive() or self.background.busy())  # hits of what is typed
        ):
            self.results_list.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results_list.setCurrentRow(max(0, self.results_list.currentRow()))
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Søg"))
        self.query.setPlaceholderText(
            self.tr('Søg i alt, fx  mentor* IKKE praktik  eller  "fælles mål"')
        )
        self.query.setToolTip(
            self.tr(
                'Alle ord skal passe. integr* finder ord, der begynder sådan; "…" er en frase; '
                "ELLER, OG og IKKE (med store bogstaver) og parenteser kombinerer; -ord udelukker."
            )
        )
        self.query.setAccessibleName(self.tr("Søgetekst"))
        texts = (
            self.tr("Tema"),
            self.tr("Kommune/aktør"),
            self.tr("Medlem"),
            self.tr("Slags"),
            self.tr("Fra"),
            self.tr("Til"),
        )
        for label, text in zip(self.filter_labels, texts, strict=True):
            label.setText(text)
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
            edit.pick_action.setToolTip(self.tr("Vælg datoen i en kalender"))
        self.saved_heading.setText(self.tr("Gemte søgninger"))
        self.save_button.setText(self.tr("Gem søgning …"))
        self.remove_button.setText(self.tr("Slet gemt søgning"))
        self.more.setText(self.tr("Vis flere"))
        self.results_list.setAccessibleName(self.tr("Søgeresultater"))
        self._fill_kinds()
        for combo, everything in self._everything().items():
            if combo.count():
                combo.setItemText(0, everything)
        self._show_order()
        self._show_count()

    def _everything(self) -> dict[QComboBox, str]:
        """Each filter's first choice, which does not narrow."""
        return {
            self.theme: self.tr("Alle temaer"),
            self.place: self.tr("Alle"),
            self.member: self.tr("Alle"),
        }

    def kind_label(self, entity: str) -> str:
        words = {
            "note": self.tr("Note"),
            "visit": self.tr("Besøg"),
            "person": self.tr("Person"),
            "method": self.tr("Metode"),
            "idea": self.tr("Idé"),
            "hearing_input": self.tr("Høringssvar"),
        }
        return words.get(entity, entity)

    def _fill_kinds(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Alle slags"), None)
        for entity in KINDS:
            self.kind.addItem(self.kind_label(entity), entity)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def reload_choices(self) -> None:
        """Fill the theme, municipality/actor and member filters from the store."""
        themes = list(self.store.rows("theme", order_by="position"))
        actors = sorted(
            self.store.rows("actor"),
            key=lambda a: (a["kind"] != "municipality", danish.sort_key(a["name"])),
        )
        members = sorted(self.store.rows("member"), key=lambda m: danish.sort_key(m["name"]))
        chosen = self.filters()
        everything = self._everything()
        for combo, items in (
            (self.theme, [(f"{t['code']}  {t['title']}", t["code"]) for t in themes]),
            (self.place, [(a["name"], a["id"]) for a in actors]),
            (self.member, [(m["name"], m["id"]) for m in members]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[combo], None)
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        for combo in (self.theme, self.place, self.member):
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self.set_filters(chosen)  # what was chosen stays chosen

    # --- searching ---------------------------------------------------------------------------
    def filters(self) -> Filters:
        """The filters as chosen in the panel."""

        def one(combo: QComboBox) -> tuple[str, ...]:
            data = combo.currentData()
            return (data,) if data else ()

        return Filters(
            themes=one(self.theme),
            actors=one(self.place),
            members=one(self.member),
            kinds=one(self.kind),
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
        )

    def set_filters(self, filters: Filters) -> None:
        for combo, values in (
            (self.theme, filters.themes),
            (self.place, filters.actors),
            (self.member, filters.members),
            (self.kind, filters.kinds),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(values[0]) if values else 0))
            combo.blockSignals(False)
        for edit, value in ((self.date_from, filters.date_from), (self.date_to, filters.date_to)):
            edit.blockSignals(True)
            edit.setText(value or "")
            edit.blockSignals(False)

    def run(self) -> None:
        """Search for what is typed (in the background), treating a last word as a prefix."""
        self._timer.stop()
        text = self.query.text()
        if not text.strip():
            self._clear()
            return
        try:
            query = parse(text, prefix_last=len(text.split()[-1]) >= 3)
            filters = self.filters()
        except KnownError as exc:
            self._show_error(exc)
            return
        self.background.run(lambda store: search(store, query, filters, limit=PAGE), self._show)

    def run_now(self, text: str) -> Results | None:
        """Search synchronously (for tests, benchmarks and scripts) and show the answer."""
        self.query.blockSignals(True)
        self.query.setText(text)
        self.query.blockSignals(False)
        try:
            results = search(self.store, parse(text), self.filters(), limit=PAGE)
        except KnownError as exc:
            self._show_error(exc)
            return None
        self._show(results)
        return results

    def _clear(self) -> None:
        self.results = None
        self.results_list.clear()
        self.message.clear()
        self.more.hide()
        self._show_count()
        self.searched.emit()

    def _show_error(self, exc: KnownError) -> None:
        self.results_list.clear()
        self.results = None
        self.more.hide()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(exc.message())
        self._show_count()
        self.searched.emit()

    def _show(self, results: object) -> None:
        if isinstance(results, KnownError):
            self._show_error(results)
            return
        if isinstance(results, Exception):
            raise results
        assert isinstance(results, Results)
        self.results = results
        self.results_list.clear()
        self._add_hits(results.hits)
        self._show_order()
        self.more.setVisible(len(results.hits) == PAGE)
        self._show_count()
        self.searched.emit()

    def _show_order(self) -> None:
        """Under the query: a word on the order of a list too long to rank."""
        if self.results is None:
            return
        self.message.setStyleSheet("color: #666;")
        self.message.setText(
            ""
            if self.results.ranked
            else self.tr(
                "Mange fund: vist i den rækkefølge, de er skrevet. Tilføj ord eller filtre for "
                "at få de mest relevante først."
            )
        )

    def _add_hits(self, hits: list[Hit]) -> None:
        for hit in hits:
            item = QListWidgetItem(hit_html(hit, self.kind_label(hit.entity)))
            item.setData(ROLE_HIT, hit)
            item.setToolTip(hit.plain_title())
            self.results_list.addItem(item)

    def _scrolled(self, value: int) -> None:
        """At the end of the list, load the next page (as the button does)."""
        bar = self.results_list.verticalScrollBar()
        if value == bar.maximum() > 0 and not self.more.isHidden():
            self._load_more()

    def _load_more(self) -> None:
        # While a new search is typed or on its way, its answer replaces the list: more of the
        # old one would take its place.
        if self.results is None or self.background.busy() or self._timer.isActive():
            return
        query, filters, offset = self.results.query, self.results.filters, self.results_list.count()

        def more(answer: object) -> None:
            if isinstance(answer, Results) and self.results is not None:
                self.results.hits += answer.hits
                self._add_hits(answer.hits)
                self.more.setVisible(len(answer.hits) == PAGE)
                self._show_count()

        self.background.run(
            lambda store: search(store, query, filters, limit=PAGE, offset=offset), more
        )

    def _show_count(self) -> None:
        if self.results is None:
            self.count.setText("")
        elif self.results.total is None:
            shown = self.tr("Over {0} fund; %Ln vist", "", len(self.results.hits))
            self.count.setText(shown.format(QLocale().toString(RANK_LIMIT)))
        else:
            self.count.setText(self.tr("%Ln fund", "", self.results.total))

    def _open(self, item: QListWidgetItem) -> None:
        hit: Hit = item.data(ROLE_HIT)
        self.opened.emit(hit.entity, hit.row_id, hit.visit_id or "")

    # --- saved searches ----------------------------------------------------------------------
    def reload_saved(self) -> None:
        self.saved_list.clear()
        for entry in saved.saved_searches(self.store):
            item = QListWidgetItem(entry.name)
            item.setData(ROLE_HIT, entry)
            item.setToolTip(entry.query)
            self.saved_list.addItem(item)

    def save_current(self, name: str | None = None) -> None:
        """Save the query and filters under a name (asked for when not given; replacing a
        saved search of that name is then asked about too)."""
        title = self.tr("Gem søgning")
        if not name:
            name, ok = QInputDialog.getText(self, title, self.tr("Navn:"))
            if not ok or not self._may_replace(name, title):
                return
        try:
            saved.save(self.store, name, self.query.text(), self.filters())
        except KnownError as exc:  # the results stay on screen; a message box says why
            self.dialog = QMessageBox(QMessageBox.Icon.Warning, title, exc.message(), parent=self)
            self.dialog.open()
            return
        self.reload_saved()
        self.saved_changed.emit()

    def _may_replace(self, name: str, title: str) -> bool:
        try:
            existing = saved.find(self.store, name)
        except KnownError:
            return True
        answer = QMessageBox.question(
            self,
            title,
            self.tr("Der er allerede en gemt søgning ved navn »{0}«. Vil du erstatte den?").format(
                existing.name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_current(self) -> None:
        item = self.saved_list.currentItem()
        if item is not None:
            saved.remove(self.store, item.data(ROLE_HIT).id)
            self.reload_saved()
            self.saved_changed.emit()

    def use_saved(self, saved_id: str) -> None:
        """Run the saved search with id ``saved_id`` (chosen in the window's sidebar)."""
        for row in range(self.saved_list.count()):
            item = self.saved_list.item(row)
            if item.data(ROLE_HIT).id == saved_id:
                self.saved_list.setCurrentItem(item)
                self._use_saved(item)
                return

    def show_saved_column(self, visible: bool) -> None:
        """Show or hide the panel's own list of saved searches (the main window lists them
        in its sidebar instead)."""
        self.side.setVisible(visible)

    def focus_query(self) -> None:
        """Put the cursor in the search field with its text selected (Ctrl+F)."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def _use_saved(self, item: QListWidgetItem) -> None:
        entry: saved.SavedSearch = item.data(ROLE_HIT)
        # What can be shown of it is, so that it can be searched again and saved anew.
        self.set_filters(entry.filters or NO_FILTERS)
        self.query.blockSignals(True)
        self.query.setText(entry.query)
        self.query.blockSignals(False)
        try:
            entry.checked(self.store)
        except KnownError as exc:
            self._show_error(exc)
            return
        self.run()
