"""Translated words for codes, list names and column titles (Danish source, Qt tr)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def choice_label(code: str | None) -> str:
    """The word for a stored code, e.g. ``"written_up"`` → "Skrevet op"."""
    if code is None:
        return ""
    words = {
        "planned": QCoreApplication.translate("Labels", "Planlagt"),
        "done": QCoreApplication.translate("Labels", "Gennemført"),
        "written_up": QCoreApplication.translate("Labels", "Skrevet op"),
        "municipal": QCoreApplication.translate("Labels", "Kommunal"),
        "state": QCoreApplication.translate("Labels", "Statslig"),
        "housing_social": QCoreApplication.translate("Labels", "Boligsocial"),
        "other": QCoreApplication.translate("Labels", "Andet"),
        "exact": QCoreApplication.translate("Labels", "Præcist tal"),
        "estimate": QCoreApplication.translate("Labels", "Skøn"),
        "uncertain": QCoreApplication.translate("Labels", "Usikkert"),
        "local_effort": QCoreApplication.translate("Labels", "Ny lokal indsats"),
        "knowledge": QCoreApplication.translate("Labels", "Vidensindsamling og -spredning"),
        "proposal": QCoreApplication.translate("Labels", "Forslag"),
        "discussed": QCoreApplication.translate("Labels", "Drøftet"),
        "in_catalogue": QCoreApplication.translate("Labels", "Med i kataloget"),
        "rejected": QCoreApplication.translate("Labels", "Forkastet"),
    }
    return words.get(code, code)


def list_title(name: str) -> str:
    """The sidebar's name for a list, e.g. ``"methods"`` → "Gode metoder"."""
    words = {
        "visits": QCoreApplication.translate("Labels", "Besøg"),
        "notes": QCoreApplication.translate("Labels", "Noter"),
        "people": QCoreApplication.translate("Labels", "Personer"),
        "methods": QCoreApplication.translate("Labels", "Gode metoder"),
        "ideas": QCoreApplication.translate("Labels", "Idéer"),
        "resources": QCoreApplication.translate("Labels", "Ressourcer"),
        "followups": QCoreApplication.translate("Labels", "Opfølgning"),
        "hearing": QCoreApplication.translate("Labels", "Høringssvar"),
    }
    return words[name]


def column_title(key: str) -> str:
    """A list column's header, e.g. ``"starts_at"`` → "Dato"."""
    words = {
        "starts_at": QCoreApplication.translate("Labels", "Dato"),
        "title": QCoreApplication.translate("Labels", "Titel"),
        "municipality": QCoreApplication.translate("Labels", "Kommune"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "notes": QCoreApplication.translate("Labels", "Noter"),
        "visit": QCoreApplication.translate("Labels", "Besøg"),
        "speaker": QCoreApplication.translate("Labels", "Taler"),
        "text": QCoreApplication.translate("Labels", "Tekst"),
        "updated_at": QCoreApplication.translate("Labels", "Ændret"),
        "name": QCoreApplication.translate("Labels", "Navn"),
        "role": QCoreApplication.translate("Labels", "Rolle"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "contact": QCoreApplication.translate("Labels", "Kontakt"),
        "place": QCoreApplication.translate("Labels", "Sted"),
        "target_group": QCoreApplication.translate("Labels", "Målgruppe"),
        "category": QCoreApplication.translate("Labels", "Kategori"),
        "carried_by": QCoreApplication.translate("Labels", "Kan udføres af"),
        "year": QCoreApplication.translate("Labels", "År"),
        "funding_source": QCoreApplication.translate("Labels", "Finansiering"),
        "amount_dkk": QCoreApplication.translate("Labels", "Beløb"),
        "certainty": QCoreApplication.translate("Labels", "Sikkerhed"),
        "purpose": QCoreApplication.translate("Labels", "Formål"),
        "what": QCoreApplication.translate("Labels", "Hvad"),
        "who": QCoreApplication.translate("Labels", "Hvem"),
        "due_on": QCoreApplication.translate("Labels", "Frist"),
        "done": QCoreApplication.translate("Labels", "Udført"),
        "stakeholder": QCoreApplication.translate("Labels", "Afsender"),
        "received_on": QCoreApplication.translate("Labels", "Modtaget"),
        "problems": QCoreApplication.translate("Labels", "Problemer"),
    }
    return words.get(key, key)
