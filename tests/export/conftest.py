"""A small hand-made store whose content the tests know exactly, and a demo store."""

from __future__ import annotations

import pytest
from docx_reading import CPR, EMAIL, NAME, PHONE, QUOTE

from fieldnotes.core import demo
from fieldnotes.core.seed import DEFAULT_GUIDE_ID, municipality_id, theme_id
from fieldnotes.core.store import Store


@pytest.fixture
def store() -> Store:
    store = Store.memory(member_name="Anne Holm")
    aero = municipality_id("492")
    visit = store.create(
        "visit",
        title="Besøg i Ærø Kommune",
        status="written_up",
        starts_at="2013-03-04T10:00",
        ends_at="2013-03-04T12:00",
        place="Ærøskøbing Rådhus",
        municipality_id=aero,
        guide_id=DEFAULT_GUIDE_ID,
        summary=f"Mødet handlede om skolestart. {NAME} ringer tilbage på {PHONE}.",
    )
    store.link("visit_member", visit, store.member_id)
    store.link("visit_theme", visit, theme_id("1a"))
    person = store.create("person", name=NAME, role="skoleleder", contact=EMAIL)
    question = next(iter(store.rows("guide_question", order_by="id")))["id"]
    text = (
        f"{NAME} fortalte om forløbet. »{QUOTE}«, sagde han.\n\n"
        f"Borgerens cpr-nr. er {CPR}, og hun kan nås på {EMAIL} eller {PHONE}."
    )
    note = store.create(
        "note", visit_id=visit, question_id=question, person_id=person, text=text, position=0
    )
    start = text.index(QUOTE)
    store.create(
        "tag",
        note_id=note,
        theme_id=theme_id("1a"),
        start=start,
        end=start + len(QUOTE),
        is_quote=True,
    )
    store.create("tag", note_id=note, theme_id=theme_id("1b"))
    method = store.create(
        "method",
        title="Fælles skolestart på Ærø",
        description="Skole og jobcenter mødes med familien før skolestart.",
        place="Ærøskøbing",
        target_group="Nyankomne familier",
        results="Færre fravær",
        resources="To årsværk",
        spreading="Kan bruges i små økommuner",
    )
    store.link("method_theme", method, theme_id("1a"))
    store.link("method_note", method, note)
    for title, status in (
        ("Idé om brobyggere på øen", "in_catalogue"),
        ("Forkastet idé", "rejected"),
    ):
        idea = store.create(
            "idea", title=title, category="local_effort", status=status, cost="ca. 250.000 kr."
        )
        store.link("idea_theme", idea, theme_id("1a"))
        store.link("idea_note", idea, note)
    for year, source, amount in ((2012, "municipal", 1_234_567), (2012, "state", 2_000_000)):
        store.create(
            "resource_entry",
            municipality_id=aero,
            year=year,
            funding_source=source,
            amount_dkk=amount,
            purpose="Sprogstøtte i indskolingen",
            coordinated_with="Boligsocial helhedsplan",
            certainty="estimate",
            note_id=note,
        )
    store.create("followup", what="Send notat til skolen", who=NAME, visit_id=visit)
    store.visit_id = visit  # type: ignore[attr-defined]
    yield store
    store.close()


@pytest.fixture(scope="module")
def demo_store() -> Store:
    store = Store.memory()
    demo.generate(store, visits=6, notes=120, seed=3)
    yield store
    store.close()
