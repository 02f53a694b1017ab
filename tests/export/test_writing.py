"""Atomic writing, Word's lock file, templates, cancel, the CLI and LibreOffice."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from fieldnotes.cli import cli
from fieldnotes.core import report_queries as rq
from fieldnotes.export import KINDS, ExportCancelled, ExportError, ExportOptions, export_docx
from fieldnotes.export.danish import format_date, format_dkk
from fieldnotes.export.privacy import Privacy, scan

ALL = rq.ReportFilter(include_drafts=True)


def test_a_document_open_in_word_is_refused_and_left_alone(store, tmp_path):
    target = tmp_path / "Temaopsamling.docx"
    target.write_bytes(b"old")
    (tmp_path / "~$maopsamling.docx").write_bytes(b"lock")
    with pytest.raises(ExportError) as error:
        export_docx(store, ExportOptions("theme", ALL), target)
    assert "åben i Word" in error.value.message("da")
    assert target.read_bytes() == b"old"


def test_a_failed_save_leaves_the_old_file_and_no_temporary(store, tmp_path, monkeypatch):
    target = tmp_path / "ud.docx"
    target.write_bytes(b"old")

    def broken_save(self, fh):
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("docx.document.Document.save", broken_save)
    with pytest.raises(ExportError) as error:
        export_docx(store, ExportOptions("ideas", ALL), target)
    assert "disken er fuld" in error.value.message("da")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ud.docx"]


def test_a_folder_that_cannot_be_written_is_refused(store):
    # /proc refuses new files even to root, so this runs as any user.
    with pytest.raises(ExportError, match="write"):
        export_docx(store, ExportOptions("ideas", ALL), Path("/proc/fieldnotes-test.docx"))


def test_cancel_writes_nothing(store, tmp_path):
    with pytest.raises(ExportCancelled):
        export_docx(
            store, ExportOptions("report", ALL), tmp_path / "x.docx", cancelled=lambda: True
        )
    assert list(tmp_path.iterdir()) == []


def _dotx(tmp_path, *, drop: str | None = None):
    doc = Document()
    doc.styles["Normal"].font.name = "Georgia"
    if drop:
        element = doc.styles[drop].element
        element.getparent().remove(element)
    doc.add_paragraph("Skabelonens eksempeltekst")
    buffer = io.BytesIO()
    doc.save(buffer)
    path = tmp_path / "ministeriet.dotx"
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    return path


def test_a_users_dotx_template_gives_its_styles_and_lacking_ones_are_added(store, tmp_path):
    template = _dotx(tmp_path, drop="List Bullet")
    out = export_docx(
        store,
        ExportOptions("visit", visit_id=store.visit_id, template=template),
        tmp_path / "notat.docx",
    )
    doc = Document(str(out))
    assert doc.styles["Normal"].font.name == "Georgia"
    assert "Skabelonens eksempeltekst" not in [p.text for p in doc.paragraphs]
    assert any(p.style.name == "List Bullet" for p in doc.paragraphs)


def test_a_file_that_is_no_template_is_refused(store, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip")
    with pytest.raises(ExportError, match="template"):
        export_docx(store, ExportOptions("ideas", ALL, template=bad), tmp_path / "x.docx")


def test_privacy_finds_and_removes_cpr_phone_email_but_not_amounts():
    text = "Cpr 010203-1234, tlf. +45 12345678, mail a.b@c.dk; 1.234.567 kr. i 2012 og 2013."
    assert scan([text]).cpr == 1 and scan([text]).phone == 1 and scan([text]).email == 1
    cleaned = Privacy(True).text(text)
    assert "010203-1234" not in cleaned and "12345678" not in cleaned and "@" not in cleaned
    assert "1.234.567 kr." in cleaned and "2012 og 2013" in cleaned
    assert Privacy(False).text(text) == text


def test_pseudonyms_are_stable_and_hide_names():
    people = [
        {"id": "p1", "name": "Aisha Jensen", "role": "mentor"},
        {"id": "p2", "name": "Bo Ærlig", "role": "leder"},
    ]
    one, two = Privacy(True, people), Privacy(True, list(reversed(people)))
    assert one.person("p1", "Aisha Jensen", "mentor") == two.person("p1", "x", "mentor")
    assert "Aisha" not in one.text("Aisha Jensen og Bo Jensen mødtes.")
    assert one.who("Aisha Jensen") != "Aisha Jensen"


def test_danish_formats():
    assert format_dkk(1234567) == "1.234.567 kr."
    assert format_dkk(-5000) == "−5.000 kr."
    assert format_date("2013-06-01") == "1. juni 2013"


def test_cli_exports_and_refuses_with_one_line(store, tmp_path):
    db = tmp_path / "f.db"
    store.db.conn.execute(f"VACUUM INTO '{db}'")
    runner = CliRunner()
    out = tmp_path / "tema.docx"
    result = runner.invoke(
        cli,
        [
            "export",
            "docx",
            "--db",
            str(db),
            "--kind",
            "theme",
            "--theme",
            "1a",
            "--redact",
            "--marking",
            "confidential",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "FORTROLIGT" in Document(str(out)).sections[0].header.paragraphs[-1].text
    result = runner.invoke(
        cli, ["export", "docx", "--db", str(db), "--kind", "visit", "--out", str(out)]
    )
    assert result.exit_code == 2
    visit = store.visit_id[:8]
    result = runner.invoke(
        cli,
        [
            "export",
            "docx",
            "--db",
            str(db),
            "--kind",
            "visit",
            "--visit",
            visit,
            "--out",
            str(tmp_path / "notat.docx"),
        ],
    )
    assert result.exit_code == 0, result.output


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_every_kind_converts_to_pdf_with_libreoffice(store, tmp_path):
    files = []
    for kind in KINDS:
        files.append(
            export_docx(
                store, ExportOptions(kind, ALL, visit_id=store.visit_id), tmp_path / f"{kind}.docx"
            )
        )
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *map(str, files),
        ],
        capture_output=True,
        timeout=300,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    for kind in KINDS:
        pdf = tmp_path / "pdf" / f"{kind}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF")


def test_the_command_line_offers_exactly_the_export_kinds_and_markings():
    from fieldnotes.commands import export_docx as command
    from fieldnotes.export import KINDS, MARKINGS

    assert command.KINDS == KINDS
    assert set(command.MARKINGS) == set(MARKINGS)
