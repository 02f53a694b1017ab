"""Capturing what matters from a note: a method, an idea, a resource figure or a follow-up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..core.schema import CERTAINTIES, FUNDING_SOURCES, IDEA_CATEGORIES
from .labels import choice_label
from .widgets import Retranslating

KINDS = ("method", "idea", "resource", "followup")


class CaptureDialog(Retranslating, QDialog):
    """A short form prefilled with the selected text; ``values()`` for the core operation."""

    def __init__(self, kind: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.form = QFormLayout(self)
        self.title = QLineEdit(" ".join(text.split())[:120])
        self.text = QPlainTextEdit(text.strip())
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(110)
        self.extra: dict[str, QWidget] = {}
        self._rows: list[tuple[QWidget, str]] = []
        self._build()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.retranslate()

    def _add(self, widget: QWidget, key: str) -> None:
        self.form.addRow(QLabel(), widget)
        self._rows.append((widget, key))

    def _build(self) -> None:
        if self.kind in ("method", "idea"):
            self._add(self.title, "title")
        if self.kind == "idea":
            self.extra["category"] = self._combo(IDEA_CATEGORIES)
            self._add(self.extra["category"], "category")
        if self.kind == "resource":
            amount = QSpinBox(maximum=2_000_000_000, singleStep=10_000, groupSeparatorShown=True)
            amount.setSuffix(" kr.")
            year = QSpinBox(minimum=1990, maximum=2100, value=dt.date.today().year)
            self.extra.update(
                amount=amount,
                year=year,
                funding_source=self._combo(FUNDING_SOURCES),
                certainty=self._combo(CERTAINTIES),
            )
            for key in ("amount", "year", "funding_source", "certainty"):
                self._add(self.extra[key], key)
        if self.kind == "followup":
            self.extra["who"] = QLineEdit()
            self._add(self.extra["who"], "who")
        self._add(self.text, "text")

    @staticmethod
    def _combo(codes: tuple[str, ...]) -> QComboBox:
        box = QComboBox()
        for code in codes:
            box.addItem(choice_label(code), code)
        return box

    def retranslate(self) -> None:
        titles = {
            "method": self.tr("Registrér god metode"),
            "idea": self.tr("Registrér idé til idékataloget"),
            "resource": self.tr("Registrér ressourcetal"),
            "followup": self.tr("Registrér opfølgning"),
        }
        labels = {
            "title": self.tr("&Titel:"),
            "category": self.tr("&Kategori:"),
            "amount": self.tr("&Beløb:"),
            "year": self.tr("&År:"),
            "funding_source": self.tr("&Finansiering:"),
            "certainty": self.tr("&Sikkerhed:"),
            "who": self.tr("&Hvem:"),
            "text": self.tr("T&ekst fra noten:"),
        }
        self.setWindowTitle(titles[self.kind])
        for widget, key in self._rows:
            label = self.form.labelForField(widget)
            assert isinstance(label, QLabel)
            label.setText(labels[key])
            label.setBuddy(widget)
            widget.setAccessibleName(labels[key].replace("&", "").rstrip(":"))

    def values(self) -> dict[str, Any]:
        """Keyword arguments for the capture operation besides store, note and text."""
        extra: dict[str, Any] = {}
        if self.kind in ("method", "idea"):
            extra["title"] = self.title.text().strip() or None
        if self.kind == "idea":
            extra["category"] = self._value("category")
        if self.kind == "resource":
            extra.update(
                amount_dkk=self._value("amount"),
                year=self._value("year"),
                funding_source=self._value("funding_source"),
                certainty=self._value("certainty"),
            )
        if self.kind == "followup":
            extra["who"] = self._value("who") or None
        return extra

    def _value(self, key: str) -> Any:
        widget = self.extra[key]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def captured_text(self) -> str:
        return self.text.toPlainText()
