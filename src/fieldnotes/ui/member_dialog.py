"""First start: who is taking notes on this laptop (an existing member or a new one)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ..core.store import Store
from .widgets import Retranslating


class MemberDialog(Retranslating, QDialog):
    """Choose or create the member; ``accept`` sets it on the store."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.intro = QLabel(wordWrap=True)
        self.known = QComboBox()
        self.known.addItem("", None)
        for member in store.rows("member", order_by="name"):
            self.known.addItem(f"{member['name']} ({member['initials']})", member["name"])
        self.known.currentIndexChanged.connect(self._pick)
        self.name = QLineEdit()
        self.initials = QLineEdit(maxLength=10)
        self.name.textChanged.connect(self._validate)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(self.intro)
        for field in (self.known, self.name, self.initials):
            label = QLabel()
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.buttons)
        self.known.setVisible(self.known.count() > 1)
        self.form.labelForField(self.known).setVisible(self.known.count() > 1)
        self.retranslate()
        self._validate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hvem er du?"))
        self.intro.setText(
            self.tr(
                "Fieldnotes skriver dit navn på alt, du opretter og ændrer. Vælg dig selv, "
                "eller skriv dit navn og dine initialer."
            )
        )
        self.form.labelForField(self.known).setText(self.tr("&Kendt medlem:"))
        self.form.labelForField(self.name).setText(self.tr("&Navn:"))
        self.form.labelForField(self.initials).setText(self.tr("&Initialer:"))
        self.name.setAccessibleName(self.tr("Navn"))
        self.initials.setAccessibleName(self.tr("Initialer"))
        self.initials.setPlaceholderText(self.tr("fx AH"))

    def _pick(self) -> None:
        name = self.known.currentData()
        if name:
            self.name.setText(name)

    def _validate(self) -> None:
        ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        self.store.set_member(self.name.text(), self.initials.text().strip() or None)
        super().accept()
