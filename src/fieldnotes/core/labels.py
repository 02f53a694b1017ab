"""Danish words for the things the CLI and the Word exports show (the GUI uses Qt's tr())."""

from __future__ import annotations

ENTITY_LABELS: dict[str, str] = {
    "member": "Medlemmer",
    "theme": "Temaer",
    "actor": "Kommuner og aktører",
    "person": "Personer",
    "hearing_input": "Høringssvar",
    "guide": "Interviewguides",
    "guide_section": "Guideafsnit",
    "guide_question": "Guidespørgsmål",
    "visit": "Besøg",
    "note": "Noter",
    "tag": "Temamarkeringer",
    "method": "Gode metoder",
    "resource_entry": "Ressourcetal",
    "idea": "Idéer",
    "followup": "Opfølgninger",
    "link": "Koblinger",
}

#: One searchable item of each kind, as a search hit or a matrix cell's item is labelled.
ITEM_LABELS: dict[str, str] = {
    "note": "Note",
    "visit": "Besøg",
    "person": "Person",
    "method": "Metode",
    "idea": "Idé",
    "hearing_input": "Høringssvar",
}

CHOICE_LABELS: dict[str, str] = {
    "municipality": "Kommune",
    "housing_association": "Boligorganisation",
    "association": "Forening/NGO",
    "institution": "Institution",
    "practitioner": "Praktiker",
    "state_agency": "Statslig myndighed",
    "research": "Forskning",
    "planned": "Planlagt",
    "done": "Gennemført",
    "written_up": "Skrevet op",
    "municipal": "Kommunal",
    "state": "Statslig",
    "housing_social": "Boligsocial",
    "other": "Andet",
    "exact": "Præcist tal",
    "estimate": "Skøn",
    "uncertain": "Usikkert",
    "local_effort": "Ny lokal indsats for integration og medborgerskab",
    "knowledge": "Bedre vidensindsamling og -spredning",
    "proposal": "Forslag",
    "discussed": "Drøftet",
    "in_catalogue": "Med i kataloget",
    "rejected": "Forkastet",
    "reviewed": "Gennemgået af sekretariatet",
    "needs_followup": "Til opfølgning hos medlemmet",
    "member": "Medlem",
    "secretariat": "Sekretariat",
}
