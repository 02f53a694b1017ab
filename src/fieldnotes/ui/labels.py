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
        "reviewed": QCoreApplication.translate("Labels", "Gennemgået"),
        "needs_followup": QCoreApplication.translate("Labels", "Til opfølgning hos medlemmet"),
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
        "search": QCoreApplication.translate("Labels", "Søg"),
        "matrix": QCoreApplication.translate("Labels", "Temaer × kommuner"),
        "coverage": QCoreApplication.translate("Labels", "Dækning"),
        "conflicts": QCoreApplication.translate("Labels", "Konflikter"),
        "merges": QCoreApplication.translate("Labels", "Fletninger"),
        "duplicates": QCoreApplication.translate("Labels", "Dubletter"),
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


def entity_title(name: str) -> str:
    """The plural name of a kind of item, e.g. ``"resource_entry"`` → "Ressourcetal"."""
    words = {
        "member": QCoreApplication.translate("Labels", "Medlemmer"),
        "theme": QCoreApplication.translate("Labels", "Temaer"),
        "actor": QCoreApplication.translate("Labels", "Kommuner og aktører"),
        "person": QCoreApplication.translate("Labels", "Personer"),
        "hearing_input": QCoreApplication.translate("Labels", "Høringssvar"),
        "guide": QCoreApplication.translate("Labels", "Interviewguides"),
        "guide_section": QCoreApplication.translate("Labels", "Guideafsnit"),
        "guide_question": QCoreApplication.translate("Labels", "Guidespørgsmål"),
        "visit": QCoreApplication.translate("Labels", "Besøg"),
        "note": QCoreApplication.translate("Labels", "Noter"),
        "tag": QCoreApplication.translate("Labels", "Temamarkeringer"),
        "method": QCoreApplication.translate("Labels", "Gode metoder"),
        "resource_entry": QCoreApplication.translate("Labels", "Ressourcetal"),
        "idea": QCoreApplication.translate("Labels", "Idéer"),
        "followup": QCoreApplication.translate("Labels", "Opfølgninger"),
        "link": QCoreApplication.translate("Labels", "Koblinger"),
    }
    return words.get(name, name)


def entity_name(name: str) -> str:
    """The singular name of a kind of item, e.g. ``"visit"`` → "besøg"."""
    words = {
        "member": QCoreApplication.translate("Labels", "medlem"),
        "theme": QCoreApplication.translate("Labels", "tema"),
        "actor": QCoreApplication.translate("Labels", "aktør"),
        "person": QCoreApplication.translate("Labels", "person"),
        "hearing_input": QCoreApplication.translate("Labels", "høringssvar"),
        "guide": QCoreApplication.translate("Labels", "interviewguide"),
        "guide_section": QCoreApplication.translate("Labels", "guideafsnit"),
        "guide_question": QCoreApplication.translate("Labels", "guidespørgsmål"),
        "visit": QCoreApplication.translate("Labels", "besøg"),
        "note": QCoreApplication.translate("Labels", "note"),
        "tag": QCoreApplication.translate("Labels", "temamarkering"),
        "method": QCoreApplication.translate("Labels", "god metode"),
        "resource_entry": QCoreApplication.translate("Labels", "ressourcetal"),
        "idea": QCoreApplication.translate("Labels", "idé"),
        "followup": QCoreApplication.translate("Labels", "opfølgning"),
        "link": QCoreApplication.translate("Labels", "kobling"),
    }
    return words.get(name, name)


def field_title(name: str) -> str:
    """A field's label in editors and the conflicts view, e.g. ``"starts_at"`` → "Starter"."""
    words = {
        "title": QCoreApplication.translate("Labels", "Titel"),
        "starts_at": QCoreApplication.translate("Labels", "Starter"),
        "ends_at": QCoreApplication.translate("Labels", "Slutter"),
        "place": QCoreApplication.translate("Labels", "Sted"),
        "municipality_id": QCoreApplication.translate("Labels", "Kommune"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "guide_id": QCoreApplication.translate("Labels", "Interviewguide"),
        "hearing_input_id": QCoreApplication.translate("Labels", "Høringssvar"),
        "summary": QCoreApplication.translate("Labels", "Resumé"),
        "review": QCoreApplication.translate("Labels", "Sekretariatets gennemgang"),
        "review_note": QCoreApplication.translate("Labels", "Besked til medlemmet"),
        "text": QCoreApplication.translate("Labels", "Tekst"),
        "visit_id": QCoreApplication.translate("Labels", "Besøg"),
        "question_id": QCoreApplication.translate("Labels", "Spørgsmål"),
        "person_id": QCoreApplication.translate("Labels", "Taler"),
        "position": QCoreApplication.translate("Labels", "Placering"),
        "name": QCoreApplication.translate("Labels", "Navn"),
        "role": QCoreApplication.translate("Labels", "Rolle"),
        "organisation_id": QCoreApplication.translate("Labels", "Organisation (aktør)"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "contact": QCoreApplication.translate("Labels", "Kontakt"),
        "stakeholder": QCoreApplication.translate("Labels", "Afsender"),
        "received_on": QCoreApplication.translate("Labels", "Modtaget"),
        "problems": QCoreApplication.translate("Labels", "Problemer"),
        "suggestions": QCoreApplication.translate("Labels", "Forslag"),
        "description": QCoreApplication.translate("Labels", "Beskrivelse"),
        "actor_id": QCoreApplication.translate("Labels", "Aktør"),
        "target_group": QCoreApplication.translate("Labels", "Målgruppe"),
        "results": QCoreApplication.translate("Labels", "Resultater"),
        "resources": QCoreApplication.translate("Labels", "Ressourcer"),
        "spreading": QCoreApplication.translate("Labels", "Udbredelse"),
        "year": QCoreApplication.translate("Labels", "År"),
        "funding_source": QCoreApplication.translate("Labels", "Finansiering"),
        "amount_dkk": QCoreApplication.translate("Labels", "Beløb (kr.)"),
        "purpose": QCoreApplication.translate("Labels", "Formål"),
        "coordinated_with": QCoreApplication.translate("Labels", "Koordineret med"),
        "certainty": QCoreApplication.translate("Labels", "Sikkerhed"),
        "source_note": QCoreApplication.translate("Labels", "Kilde"),
        "note_id": QCoreApplication.translate("Labels", "Note"),
        "category": QCoreApplication.translate("Labels", "Kategori"),
        "carried_by": QCoreApplication.translate("Labels", "Kan udføres af"),
        "cost": QCoreApplication.translate("Labels", "Omkostning"),
        "sources": QCoreApplication.translate("Labels", "Kilder"),
        "what": QCoreApplication.translate("Labels", "Hvad"),
        "who": QCoreApplication.translate("Labels", "Hvem"),
        "due_on": QCoreApplication.translate("Labels", "Frist"),
        "done": QCoreApplication.translate("Labels", "Udført"),
        "deleted": QCoreApplication.translate("Labels", "Sletning"),
        "kind": QCoreApplication.translate("Labels", "Slags"),
        "code": QCoreApplication.translate("Labels", "Kode"),
        "initials": QCoreApplication.translate("Labels", "Initialer"),
        "municipality_code": QCoreApplication.translate("Labels", "Kommunekode"),
        "region": QCoreApplication.translate("Labels", "Region"),
        "color": QCoreApplication.translate("Labels", "Farve"),
        "parent_id": QCoreApplication.translate("Labels", "Overtema"),
        "version": QCoreApplication.translate("Labels", "Version"),
        "based_on_id": QCoreApplication.translate("Labels", "Bygger på"),
        "guide_section_id": QCoreApplication.translate("Labels", "Afsnit"),
        "section_id": QCoreApplication.translate("Labels", "Afsnit"),
        "theme_id": QCoreApplication.translate("Labels", "Tema"),
        "start": QCoreApplication.translate("Labels", "Fra tegn"),
        "end": QCoreApplication.translate("Labels", "Til tegn"),
        "is_quote": QCoreApplication.translate("Labels", "Citat"),
        "source_id": QCoreApplication.translate("Labels", "Fra"),
        "target_id": QCoreApplication.translate("Labels", "Til"),
    }
    return words.get(name, name)
