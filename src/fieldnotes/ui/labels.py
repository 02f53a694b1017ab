"""Translated words for codes, list names and column titles (Danish source, Qt tr).

The tables hold the Danish words, marked for lupdate; each lookup translates its word then, so
a change of language shows at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Stored codes of choice fields.
_CHOICES = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planlagt"),
    "done": QT_TRANSLATE_NOOP("Labels", "Gennemført"),
    "written_up": QT_TRANSLATE_NOOP("Labels", "Skrevet op"),
    "municipal": QT_TRANSLATE_NOOP("Labels", "Kommunal"),
    "state": QT_TRANSLATE_NOOP("Labels", "Statslig"),
    "housing_social": QT_TRANSLATE_NOOP("Labels", "Boligsocial"),
    "other": QT_TRANSLATE_NOOP("Labels", "Andet"),
    "exact": QT_TRANSLATE_NOOP("Labels", "Præcist tal"),
    "estimate": QT_TRANSLATE_NOOP("Labels", "Skøn"),
    "uncertain": QT_TRANSLATE_NOOP("Labels", "Usikkert"),
    "local_effort": QT_TRANSLATE_NOOP("Labels", "Ny lokal indsats"),
    "knowledge": QT_TRANSLATE_NOOP("Labels", "Vidensindsamling og -spredning"),
    "proposal": QT_TRANSLATE_NOOP("Labels", "Forslag"),
    "discussed": QT_TRANSLATE_NOOP("Labels", "Drøftet"),
    "in_catalogue": QT_TRANSLATE_NOOP("Labels", "Med i kataloget"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Forkastet"),
    "reviewed": QT_TRANSLATE_NOOP("Labels", "Gennemgået"),
    "needs_followup": QT_TRANSLATE_NOOP("Labels", "Til opfølgning hos medlemmet"),
}

#: The sidebar's lists and views.
_LISTS = {
    "visits": QT_TRANSLATE_NOOP("Labels", "Besøg"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Noter"),
    "people": QT_TRANSLATE_NOOP("Labels", "Personer"),
    "methods": QT_TRANSLATE_NOOP("Labels", "Gode metoder"),
    "ideas": QT_TRANSLATE_NOOP("Labels", "Idéer"),
    "resources": QT_TRANSLATE_NOOP("Labels", "Ressourcer"),
    "followups": QT_TRANSLATE_NOOP("Labels", "Opfølgning"),
    "hearing": QT_TRANSLATE_NOOP("Labels", "Høringssvar"),
    "search": QT_TRANSLATE_NOOP("Labels", "Søg"),
    "matrix": QT_TRANSLATE_NOOP("Labels", "Temaer × kommuner"),
    "coverage": QT_TRANSLATE_NOOP("Labels", "Dækning"),
    "conflicts": QT_TRANSLATE_NOOP("Labels", "Konflikter"),
    "merges": QT_TRANSLATE_NOOP("Labels", "Fletninger"),
    "duplicates": QT_TRANSLATE_NOOP("Labels", "Dubletter"),
}

#: List columns whose header differs from the field's label (else ``_FIELDS``).
_COLUMNS = {
    "starts_at": QT_TRANSLATE_NOOP("Labels", "Dato"),
    "municipality": QT_TRANSLATE_NOOP("Labels", "Kommune"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Noter"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Besøg"),
    "speaker": QT_TRANSLATE_NOOP("Labels", "Taler"),
    "updated_at": QT_TRANSLATE_NOOP("Labels", "Ændret"),
    "amount_dkk": QT_TRANSLATE_NOOP("Labels", "Beløb"),
}

#: Kinds of item, plural.
_ENTITY_TITLES = {
    "member": QT_TRANSLATE_NOOP("Labels", "Medlemmer"),
    "theme": QT_TRANSLATE_NOOP("Labels", "Temaer"),
    "actor": QT_TRANSLATE_NOOP("Labels", "Kommuner og aktører"),
    "person": QT_TRANSLATE_NOOP("Labels", "Personer"),
    "hearing_input": QT_TRANSLATE_NOOP("Labels", "Høringssvar"),
    "guide": QT_TRANSLATE_NOOP("Labels", "Interviewguides"),
    "guide_section": QT_TRANSLATE_NOOP("Labels", "Guideafsnit"),
    "guide_question": QT_TRANSLATE_NOOP("Labels", "Guidespørgsmål"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Besøg"),
    "note": QT_TRANSLATE_NOOP("Labels", "Noter"),
    "tag": QT_TRANSLATE_NOOP("Labels", "Temamarkeringer"),
    "method": QT_TRANSLATE_NOOP("Labels", "Gode metoder"),
    "resource_entry": QT_TRANSLATE_NOOP("Labels", "Ressourcetal"),
    "idea": QT_TRANSLATE_NOOP("Labels", "Idéer"),
    "followup": QT_TRANSLATE_NOOP("Labels", "Opfølgninger"),
    "link": QT_TRANSLATE_NOOP("Labels", "Koblinger"),
}

#: Kinds of item, singular.
_ENTITY_NAMES = {
    "member": QT_TRANSLATE_NOOP("Labels", "medlem"),
    "theme": QT_TRANSLATE_NOOP("Labels", "tema"),
    "actor": QT_TRANSLATE_NOOP("Labels", "aktør"),
    "person": QT_TRANSLATE_NOOP("Labels", "person"),
    "hearing_input": QT_TRANSLATE_NOOP("Labels", "høringssvar"),
    "guide": QT_TRANSLATE_NOOP("Labels", "interviewguide"),
    "guide_section": QT_TRANSLATE_NOOP("Labels", "guideafsnit"),
    "guide_question": QT_TRANSLATE_NOOP("Labels", "guidespørgsmål"),
    "visit": QT_TRANSLATE_NOOP("Labels", "besøg"),
    "note": QT_TRANSLATE_NOOP("Labels", "note"),
    "tag": QT_TRANSLATE_NOOP("Labels", "temamarkering"),
    "method": QT_TRANSLATE_NOOP("Labels", "god metode"),
    "resource_entry": QT_TRANSLATE_NOOP("Labels", "ressourcetal"),
    "idea": QT_TRANSLATE_NOOP("Labels", "idé"),
    "followup": QT_TRANSLATE_NOOP("Labels", "opfølgning"),
    "link": QT_TRANSLATE_NOOP("Labels", "kobling"),
}

#: Fields of items.
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Labels", "Titel"),
    "starts_at": QT_TRANSLATE_NOOP("Labels", "Starter"),
    "ends_at": QT_TRANSLATE_NOOP("Labels", "Slutter"),
    "place": QT_TRANSLATE_NOOP("Labels", "Sted"),
    "municipality_id": QT_TRANSLATE_NOOP("Labels", "Kommune"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "guide_id": QT_TRANSLATE_NOOP("Labels", "Interviewguide"),
    "hearing_input_id": QT_TRANSLATE_NOOP("Labels", "Høringssvar"),
    "summary": QT_TRANSLATE_NOOP("Labels", "Resumé"),
    "review": QT_TRANSLATE_NOOP("Labels", "Sekretariatets gennemgang"),
    "review_note": QT_TRANSLATE_NOOP("Labels", "Besked til medlemmet"),
    "text": QT_TRANSLATE_NOOP("Labels", "Tekst"),
    "visit_id": QT_TRANSLATE_NOOP("Labels", "Besøg"),
    "question_id": QT_TRANSLATE_NOOP("Labels", "Spørgsmål"),
    "person_id": QT_TRANSLATE_NOOP("Labels", "Taler"),
    "position": QT_TRANSLATE_NOOP("Labels", "Placering"),
    "name": QT_TRANSLATE_NOOP("Labels", "Navn"),
    "role": QT_TRANSLATE_NOOP("Labels", "Rolle"),
    "organisation_id": QT_TRANSLATE_NOOP("Labels", "Organisation (aktør)"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Kontakt"),
    "stakeholder": QT_TRANSLATE_NOOP("Labels", "Afsender"),
    "received_on": QT_TRANSLATE_NOOP("Labels", "Modtaget"),
    "problems": QT_TRANSLATE_NOOP("Labels", "Problemer"),
    "suggestions": QT_TRANSLATE_NOOP("Labels", "Forslag"),
    "description": QT_TRANSLATE_NOOP("Labels", "Beskrivelse"),
    "actor_id": QT_TRANSLATE_NOOP("Labels", "Aktør"),
    "target_group": QT_TRANSLATE_NOOP("Labels", "Målgruppe"),
    "results": QT_TRANSLATE_NOOP("Labels", "Resultater"),
    "resources": QT_TRANSLATE_NOOP("Labels", "Ressourcer"),
    "spreading": QT_TRANSLATE_NOOP("Labels", "Udbredelse"),
    "year": QT_TRANSLATE_NOOP("Labels", "År"),
    "funding_source": QT_TRANSLATE_NOOP("Labels", "Finansiering"),
    "amount_dkk": QT_TRANSLATE_NOOP("Labels", "Beløb (kr.)"),
    "purpose": QT_TRANSLATE_NOOP("Labels", "Formål"),
    "coordinated_with": QT_TRANSLATE_NOOP("Labels", "Koordineret med"),
    "certainty": QT_TRANSLATE_NOOP("Labels", "Sikkerhed"),
    "source_note": QT_TRANSLATE_NOOP("Labels", "Kilde"),
    "note_id": QT_TRANSLATE_NOOP("Labels", "Note"),
    "category": QT_TRANSLATE_NOOP("Labels", "Kategori"),
    "carried_by": QT_TRANSLATE_NOOP("Labels", "Kan udføres af"),
    "cost": QT_TRANSLATE_NOOP("Labels", "Omkostning"),
    "sources": QT_TRANSLATE_NOOP("Labels", "Kilder"),
    "what": QT_TRANSLATE_NOOP("Labels", "Hvad"),
    "who": QT_TRANSLATE_NOOP("Labels", "Hvem"),
    "due_on": QT_TRANSLATE_NOOP("Labels", "Frist"),
    "done": QT_TRANSLATE_NOOP("Labels", "Udført"),
    "deleted": QT_TRANSLATE_NOOP("Labels", "Sletning"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Slags"),
    "code": QT_TRANSLATE_NOOP("Labels", "Kode"),
    "initials": QT_TRANSLATE_NOOP("Labels", "Initialer"),
    "municipality_code": QT_TRANSLATE_NOOP("Labels", "Kommunekode"),
    "region": QT_TRANSLATE_NOOP("Labels", "Region"),
    "color": QT_TRANSLATE_NOOP("Labels", "Farve"),
    "parent_id": QT_TRANSLATE_NOOP("Labels", "Overtema"),
    "version": QT_TRANSLATE_NOOP("Labels", "Version"),
    "based_on_id": QT_TRANSLATE_NOOP("Labels", "Bygger på"),
    "guide_section_id": QT_TRANSLATE_NOOP("Labels", "Afsnit"),
    "section_id": QT_TRANSLATE_NOOP("Labels", "Afsnit"),
    "theme_id": QT_TRANSLATE_NOOP("Labels", "Tema"),
    "start": QT_TRANSLATE_NOOP("Labels", "Fra tegn"),
    "end": QT_TRANSLATE_NOOP("Labels", "Til tegn"),
    "is_quote": QT_TRANSLATE_NOOP("Labels", "Citat"),
    "source_id": QT_TRANSLATE_NOOP("Labels", "Fra"),
    "target_id": QT_TRANSLATE_NOOP("Labels", "Til"),
}


def _translated(words: Mapping[str, str], key: str) -> str:
    """The word for ``key`` in the current language, or ``key`` itself if it has none."""
    word = words.get(key)
    return key if word is None else QCoreApplication.translate("Labels", word)


def choice_label(code: str | None) -> str:
    """The word for a stored code, e.g. ``"written_up"`` → "Skrevet op"."""
    return "" if code is None else _translated(_CHOICES, code)


def list_title(name: str) -> str:
    """The sidebar's name for a list, e.g. ``"methods"`` → "Gode metoder"."""
    return QCoreApplication.translate("Labels", _LISTS[name])


def column_title(key: str) -> str:
    """A list column's header, e.g. ``"starts_at"`` → "Dato"."""
    return _translated(_COLUMNS if key in _COLUMNS else _FIELDS, key)


def entity_title(name: str) -> str:
    """The plural name of a kind of item, e.g. ``"resource_entry"`` → "Ressourcetal"."""
    return _translated(_ENTITY_TITLES, name)


def entity_name(name: str) -> str:
    """The singular name of a kind of item, e.g. ``"visit"`` → "besøg"."""
    return _translated(_ENTITY_NAMES, name)


def field_title(name: str) -> str:
    """A field's label in editors and the conflicts view, e.g. ``"starts_at"`` → "Starter"."""
    return _translated(_FIELDS, name)
