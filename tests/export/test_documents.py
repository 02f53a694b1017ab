"""Every kind of document, read back with python-docx as a reader would see it."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from docx_reading import CPR, EMAIL, NAME, PHONE, QUOTE, all_xml, paragraphs, table_rows

from fieldnotes.core import report_queries as rq
from fieldnotes.export import KINDS, ExportOptions, export_docx
from fieldnotes.export.errors import ExportError

DAY = dt.date(2013, 5, 27)


def _export(store, tmp_path, kind, **options):
    options.setdefault("filter", rq.ReportFilter(include_drafts=True))
    if kind == "visit":
        options.setdefault("visit_id", store.visit_id)
    out = tmp_path / f"{kind}.docx"
    return export_docx(store, ExportOptions(kind, date=DAY, **options), out)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_uses_word_styles_danish_and_page_numbers(demo_store, tmp_path, kind):
    visit = rq.visits(demo_store, rq.ReportFilter(include_drafts=True))[0]["id"]
    path = export_docx(
        demo_store,
        ExportOptions(
            kind, rq.ReportFilter(include_drafts=True), visit_id=visit, date=DAY, marking="draft"
        ),
        tmp_path / "ud.docx",
    )
    doc = Document(str(path))
    styles = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Heading 1"} <= styles
    xml = all_xml(path)
    assert 'w:val="da-DK"' in xml
    assert " PAGE " in xml and " NUMPAGES " in xml
    assert "UDKAST" in doc.sections[0].header.paragraphs[-1].text
    assert "27. maj 2013" in doc.sections[0].footer.paragraphs[-1].text
    assert doc.core_properties.language == "da-DK"
    if kind != "visit":
        assert 'TOC \\o "1-' in xml and '<w:updateFields w:val="true"/>' in xml
    if kind in ("resources", "report", "ideas"):
        assert doc.tables and doc.tables[0].style.name == "Light List Accent 1"


def test_visit_memo_has_the_visit_its_people_by_role_and_notes_under_questions(store, tmp_path):
    path = _export(store, tmp_path, "visit")
    found = paragraphs(path)
    texts = "\n".join(t for _, t in found)
    assert ("Title", "Besøgsnotat: Besøg i Ærø Kommune") in found
    assert "Tidspunkt: 4. marts 2013, kl. 10.00–12.00" in texts
    assert "Sted: Ærøskøbing Rådhus" in texts
    assert "Deltagere fra task forcen: Anne Holm" in texts
    assert f"{NAME}, skoleleder" in texts
    headings = [t for s, t in found if s.startswith("Heading")]
    assert "Noter efter interviewguiden" in headings
    assert "Temamarkerede passager" in headings
    assert {"Gode metoder", "Idéer til idékataloget", "Ressourcetal", "Opfølgning"} <= set(headings)
    assert ("List Number", "Send notat til skolen (Søren Ågård; åben)") in found


def test_theme_summary_quotes_carry_their_source(store, tmp_path):
    path = _export(
        store,
        tmp_path,
        "theme",
        filter=rq.ReportFilter(
            theme_ids=(rq.theme_by_code(store, "1a")["id"],), include_drafts=True
        ),
    )
    quotes = [t for s, t in paragraphs(path) if s == "Quote"]
    assert quotes == [f"»{QUOTE}«\n– skoleleder, Besøg i Ærø Kommune, 4. marts 2013"]
    headings = [t for s, t in paragraphs(path) if s.startswith("Heading")]
    assert headings[0].startswith("1a.")
    assert "Ærø" in headings and "Gode metoder under temaet" in headings
    assert Document(str(path)).paragraphs[0].text.startswith("Temaopsamling: 1a.")


def test_resource_tables_sum_in_danish_format(store, tmp_path):
    path = _export(store, tmp_path, "resources")
    rows = table_rows(path)
    assert ["Kommunal", "1.234.567 kr.", "1.234.567 kr."] in rows
    assert ["I alt", "3.234.567 kr.", "3.234.567 kr."] in rows
    texts = "\n".join(t for _, t in paragraphs(path))
    assert "Koordineret med: Boligsocial helhedsplan" in texts


def test_idea_catalogue_numbers_only_the_chosen_statuses(store, tmp_path):
    path = _export(store, tmp_path, "ideas")
    texts = [t for _, t in paragraphs(path)]
    assert "Idé 1. Idé om brobyggere på øen" in texts
    assert not any("Forkastet idé" in t for t in texts)
    chosen = rq.ReportFilter(include_drafts=True, idea_statuses=("rejected",))
    texts = [t for _, t in paragraphs(_export(store, tmp_path, "ideas", filter=chosen))]
    assert "Idé 1. Forkastet idé" in texts


def test_methods_catalogue_has_where_target_group_results_resources_spreading(store, tmp_path):
    found = paragraphs(_export(store, tmp_path, "methods"))
    headings = [t for s, t in found if s.startswith("Heading")]
    assert "Fælles skolestart på Ærø" in headings
    assert {"Målgruppe", "Resultater", "Ressourcer", "Sådan kan metoden spredes"} <= set(headings)
    assert ("Normal", "Hvor: Ærøskøbing") in found
    assert any("Kataloget rummer 1 metode i alfabetisk orden." in t for _, t in found)


def test_report_draft_has_chapters_overview_resources_ideas_and_appendices(store, tmp_path):
    found = paragraphs(_export(store, tmp_path, "report"))
    h1 = [t for s, t in found if s == "Heading 1"]
    assert h1[0] == "Indledning"
    assert [t[:3] for t in h1[1:6]] == ["1a.", "1b.", "1c.", "1d.", "2a."]
    assert h1[6:] == [
        "Overblik: temaer og kommuner",
        "Ressourceforbrug (tema 1d)",
        "Idékatalog",
        "Bilag 1. Besøg",
        "Bilag 2. Aktører, task forcen har mødt",
    ]
    cells = [t for s, t in found if s == "cell"]
    assert "3.234.567 kr." in cells and "Kommune" in cells


def test_redaction_leaves_no_cpr_phone_email_or_name(store, tmp_path):
    for kind in KINDS:
        path = _export(store, tmp_path, kind, redact=True)
        xml = all_xml(path)
        for secret in (CPR, PHONE, EMAIL, NAME, "Ågård"):
            assert secret not in xml, (kind, secret)
    texts = "\n".join(t for _, t in paragraphs(_export(store, tmp_path, "visit", redact=True)))
    assert "[cpr-nr. fjernet]" in texts and "[e-mail fjernet]" in texts
    assert "skoleleder (P-" in texts


def test_filters_leave_out_drafts_and_other_municipalities(store, tmp_path):
    store.update("visit", store.visit_id, status="done")
    texts = [t for _, t in paragraphs(_export(store, tmp_path, "theme", filter=rq.ReportFilter()))]
    assert not any(QUOTE in t for t in texts)
    other = rq.ReportFilter(include_drafts=True, municipality_ids=("nowhere",))
    assert not rq.visits(store, other)
    assert rq.visits(
        store, rq.ReportFilter(include_drafts=True, date_from="2013-03-04", date_to="2013-03-04")
    )
    assert not rq.visits(store, rq.ReportFilter(include_drafts=True, date_from="2013-03-05"))


def test_a_visit_memo_needs_a_visit(store, tmp_path):
    with pytest.raises(ExportError) as error:
        export_docx(store, ExportOptions("visit"), tmp_path / "x.docx")
    assert "--visit" in error.value.message("da")
    assert not (tmp_path / "x.docx").exists()
