"""The merge log: every package merged into this database, what it did, printable."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core import queries
from ..core.schema import ENTITIES
from ..core.store import Store
from .labels import entity_title
from .models import Index, StoreRowsModel
from .widgets import Retranslating, empty_label, heading_label, row_table

ORDER = {name: i for i, name in enumerate(ENTITIES)}
COLUMNS = (
    "merged_at",
    "file_name",
    "member",
    "merged_by",
    "new",
    "changed",
    "deleted",
    "conflicts",
)
NUMBERS = {"new", "changed", "deleted", "conflicts"}


class MergeLogModel(StoreRowsModel):
    """Rows of ``queries.merge_log``, newest first."""

    columns = len(COLUMNS)
    rows: list[dict[str, Any]]

    def read(self) -> list[dict[str, Any]]:
        return queries.merge_log(self.store)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def text(row: dict[str, Any], key: str) -> str:
        value = row[key]
        if key == "merged_at":
            try:
                return dt.datetime.fromisoformat(str(value)).astimezone().strftime("%d-%m-%Y %H:%M")
            except ValueError:
                return str(value)
        return str(value)

    def headers(self) -> list[str]:
        titles = self.titles()
        return [titles[key] for key in COLUMNS]

    def titles(self) -> dict[str, str]:
        return {
            "merged_at": self.tr("Flettet"),
            "file_name": self.tr("Pakke"),
            "member": self.tr("Fra"),
            "merged_by": self.tr("Flettet af"),
            "new": self.tr("Nye"),
            "changed": self.tr("Ændrede"),
            "deleted": self.tr("Slettede"),
            "conflicts": self.tr("Konflikter"),
        }


class MergeLogView(Retranslating, QWidget):
    """The merge log with the details of the selected merge; saved as PDF for printing."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MergeLogModel(store, self)
        self.heading = heading_label()
        self.count = QLabel()
        self.pdf_button = QPushButton()
        self.table = row_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.empty = empty_label()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.pdf_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.model.modelReset.connect(self._after_reset)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.retranslate()
        self._after_reset()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Fletninger"))
        self.pdf_button.setText(self.tr("Gem som &PDF …"))
        self.table.setAccessibleName(self.tr("Fletninger"))
        self.details.setAccessibleName(self.tr("Hvad fletningen gjorde"))
        self.empty.setText(self.tr("Der er endnu ikke flettet pakker ind i denne database."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._show_count()
        self._show()

    def reload(self) -> None:
        self.model.reload()

    def _after_reset(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_count()
        self._show()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("%n fletning(er)", "", n))
        self.splitter.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        self.pdf_button.setEnabled(n > 0)

    def _show(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.details.clear()
            return
        self.details.setHtml(self._entry_html(self.model.rows[index.row()]))

    def _entry_html(self, row: dict[str, Any]) -> str:
        titles = self.model.titles()
        head = "".join(
            f"<th align='right'>{html.escape(titles[k])}</th>"
            for k in ("new", "changed", "deleted", "conflicts")
        )
        body = "".join(
            f"<tr><td>{html.escape(entity_title(name))}</td>"
            + "".join(
                f"<td align='right'>{int(counts.get(k) or 0)}</td>"
                for k in ("new", "changed", "deleted", "conflicts")
            )
            + "</tr>"
            for name, counts in sorted(
                row["entities"].items(), key=lambda item: ORDER.get(item[0], len(ORDER))
            )
            if isinstance(counts, dict)
        )
        facts = self.tr("Pakken er lavet {0} af {1} og havde %n ændring(er).", "", row["revisions"])
        made = row["created_at"][:16].replace("T", " ")
        return (
            f"<h4>{html.escape(row['file_name'])}</h4>"
            f"<p>{html.escape(facts.format(made, row['member']))}"
            "<br>"
            + html.escape(
                self.tr("Flettet {0} af {1}.").format(
                    MergeLogModel.text(row, "merged_at"), row["merged_by"]
                )
            )
            + "</p>"
            "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
            f"<tr><th></th>{head}</tr>{body}</table>"
        )

    def log_html(self) -> str:
        """The whole log as one HTML document, for printing."""
        titles = self.model.titles()
        head = "".join(f"<th>{html.escape(titles[k])}</th>" for k in COLUMNS)
        body = "".join(
            "<tr>"
            + "".join(
                f"<td{' align=right' if k in NUMBERS else ''}>"
                f"{html.escape(MergeLogModel.text(r, k))}</td>"
                for k in COLUMNS
            )
            + "</tr>"
            for r in self.model.rows
        )
        return (
            f"<h2>{html.escape(self.tr('Fletninger'))}</h2>"
            "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
            f"<tr>{head}</tr>{body}</table>"
        )

    def choose_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Gem fletningerne som PDF"), "fletninger.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Write the log as an A4 PDF (for printing or mailing)."""
        from PySide6.QtGui import QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(15, 15, 15, 15),
            )
        )
        document = QTextDocument()
        document.setHtml(self.log_html())
        document.print_(writer)
