"""The coverage overview: per theme how many visits, passages, methods and ideas (bars in the
theme's colour), theme 1d's resource figures, visits by status and follow-ups due."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.store import Store
from ..search.overview import Coverage, coverage
from .labels import choice_label
from .search_panel import Background
from .widgets import Retranslating, heading_label

STATUS_COLORS = {"planned": "#9aa5b1", "done": "#f0a030", "written_up": "#3c9a5f"}


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    color: str
    bold: bool = False


class BarChart(QWidget):
    """Horizontal bars, one per row, each scaled to the largest value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.row_height = 20

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setFixedHeight(self.row_height * max(1, len(bars)) + 4)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.row_height * max(1, len(self.bars)) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = min(170, self.width() // 3)
        top = max((b.value for b in self.bars), default=0) or 1
        for row, bar in enumerate(self.bars):
            y = row * self.row_height + 2
            font = QFont(self.font())
            font.setBold(bar.bold)
            painter.setFont(font)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_width - 6, self.row_height - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            room = self.width() - label_width - 60
            length = room * bar.value / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bar.color))
            painter.drawRoundedRect(QRectF(label_width, y + 2, max(length, 2), 14), 3, 3)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(label_width + length + 6, y, 60, self.row_height - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(bar.value),  # 2.394 in Danish, 2,394 in English
            )
        painter.end()


class CoverageView(Retranslating, QWidget):
    """How far the kommissorium is covered; ``loaded`` once the figures are shown, and
    ``opened("followup", id)`` for a follow-up chosen in the list of those due."""

    loaded = Signal()
    opened = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.background = Background(store, self)
        self.data: Coverage | None = None
        self._init_widgets()
        self.retranslate()
        self.refresh()

    def _init_widgets(self) -> None:
        self.heading = heading_label()
        self.titles = {
            key: QLabel()
            for key in ("visits", "passages", "methods", "ideas", "status", "resources", "due")
        }
        for label in self.titles.values():
            label.setStyleSheet("font-weight: 600;")
        self.charts = {key: BarChart() for key in ("visits", "passages", "methods", "ideas")}
        self.status_chart = BarChart()
        self.resources = QLabel()
        self.resources.setWordWrap(True)
        self.due = QListWidget()
        self.due.setMinimumHeight(220)
        self.due.setWordWrap(True)
        self.due.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.due.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.due.setStyleSheet("QListWidget::item { padding-bottom: 3px; }")
        self.due.itemActivated.connect(
            lambda item: self.opened.emit("followup", item.data(Qt.ItemDataRole.UserRole))
        )
        grid = QGridLayout()
        for n, key in enumerate(("visits", "passages", "methods", "ideas")):
            box = QVBoxLayout()
            box.addWidget(self.titles[key])
            box.addWidget(self.charts[key])
            grid.addLayout(box, n // 2, n % 2)
        lower = QHBoxLayout()
        for key, widget in (
            ("status", self.status_chart),
            ("resources", self.resources),
            ("due", self.due),
        ):
            box = QVBoxLayout()
            box.addWidget(self.titles[key])
            box.addWidget(widget, 1 if widget is self.due else 0)
            if widget is not self.due:
                box.addStretch(1)
            lower.addLayout(box, 1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addLayout(lower, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dækning af kommissoriet"))
        texts = {
            "visits": self.tr("Besøg pr. tema"),
            "passages": self.tr("Taggede passager pr. tema"),
            "methods": self.tr("Gode metoder pr. tema"),
            "ideas": self.tr("Idéer pr. tema"),
            "status": self.tr("Besøg efter status"),
            "resources": self.tr("Ressourcetal (tema 1d)"),
            "due": self.tr("Opfølgning, der forfalder"),
        }
        for key, text in texts.items():
            self.titles[key].setText(text)
        if self.data is not None:
            self._show(self.data)

    def refresh(self) -> None:
        """Count again (in the background for a file)."""
        self.background.run(coverage, self._show)

    def refresh_now(self) -> None:
        self._show(coverage(self.store))

    def _show(self, result: object) -> None:
        if isinstance(result, Exception):
            raise result
        assert isinstance(result, Coverage)
        self.data = result
        for key, chart in self.charts.items():
            chart.set_bars(
                [
                    Bar(
                        f"{t.code}" if t.is_main else f"   {t.code}",
                        getattr(t, key),
                        t.color or "#3a7bd5",
                        bold=t.is_main,
                    )
                    for t in result.themes
                ]
            )
        self.status_chart.set_bars(
            [
                Bar(choice_label(status), result.visits_by_status.get(status, 0), color)
                for status, color in STATUS_COLORS.items()
            ]
        )
        have, goal = len(result.resource_municipalities), result.resource_goal
        color = "#3c9a5f" if result.resources_covered else "#d08000"
        verdict = self.tr("målet er nået") if result.resources_covered else self.tr("for få endnu")
        names = html.escape(", ".join(result.resource_municipalities) or "—")
        goal_text = self.tr("kommuner har ressourcetal (mål: mindst %1) – %2")
        self.resources.setText(
            f"<p style='font-size:20pt; color:{color}; margin:0'>{have}</p><p>"
            + html.escape(goal_text.replace("%1", str(goal)).replace("%2", verdict))
            + f"</p><p style='color:#555'>{names}</p>"
        )
        self.due.clear()
        for entry, late in [(f, True) for f in result.followups_overdue] + [
            (f, False) for f in result.followups_soon
        ]:
            who = f" · {entry.who}" if entry.who else ""
            self.due.addItem(f"{entry.due_on}{who}: {entry.what}")
            item = self.due.item(self.due.count() - 1)
            item.setToolTip(entry.what)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setForeground(QColor("#b00020" if late else "#8a6d00"))
        self.titles["due"].setText(
            self.tr("Opfølgning, der forfalder")
            + f"  ({len(result.followups_overdue)} "
            + self.tr("overskredet")
            + ")"
        )
        self.loaded.emit()
