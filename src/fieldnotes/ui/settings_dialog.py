"""The settings dialog: spell checking on or off, and whether the Danish dictionary is there."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.spelling import NO_PYENCHANT
from . import spelling
from .spelling import SpellService
from .widgets import Retranslating


class SettingsDialog(Retranslating, QDialog):
    """Changes apply at once; the dialog only closes."""

    def __init__(self, spell: SpellService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spell = spell or spelling.service()
        self.spelling_group = QGroupBox()
        self.spelling = QCheckBox()
        self.spelling_status = QLabel(wordWrap=True)
        group = QVBoxLayout(self.spelling_group)
        group.addWidget(self.spelling)
        group.addWidget(self.spelling_status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.spelling_group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.spelling.toggled.connect(self.spell.set_enabled)
        self.spell.state_changed.connect(self._show_spelling)
        self.spell.start()  # find out whether the dictionary is there
        self.resize(520, 220)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Indstillinger"))
        self.spelling_group.setTitle(self.tr("Stavekontrol"))
        self.spelling.setText(self.tr("&Stavekontrol, mens du skriver (rød bølgelinje)"))
        self.spelling.setAccessibleName(self.tr("Stavekontrol"))
        self._show_spelling()

    def _show_spelling(self) -> None:
        spell = self.spell
        if spell.reason == NO_PYENCHANT:
            status = self.tr(
                "Stavekontrol er ikke tilgængelig: Python-pakken pyenchant er ikke installeret."
            )
        elif spell.reason is not None:
            status = self.tr(
                "Stavekontrol er ikke tilgængelig: installér pakken hunspell-da (og libenchant-2-2)"
            )
        elif spell.loaded:
            status = self.tr("Dansk ordbog fundet ({0})").format(spell.source)
        else:
            status = self.tr("Søger efter den danske ordbog …")
        self.spelling_status.setText(status)
        self.spelling.blockSignals(True)
        self.spelling.setChecked(spell.active)
        self.spelling.blockSignals(False)
        self.spelling.setEnabled(spell.reason is None)
