"""Encryption from the command line: passphrases from the environment only, one-line refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fieldnotes.cli import cli
from fieldnotes.core import cipher

SECRET = "tre blå elefanter"
KEY = {"FIELDNOTES_PASSPHRASE": SECRET}


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    cipher.forget_all()  # each command is a process of its own
    return result


def _refused(result, words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "noter.db"
    assert run("init", "--db", str(path), "--member", "Anne Ærbø").exit_code == 0
    result = run("encrypt", "--db", str(path), env=KEY)
    assert result.exit_code == 0, result.output
    assert "krypteret" in result.output
    return path


def test_an_encrypted_database_needs_the_passphrase_and_refuses_a_wrong_one(db: Path) -> None:
    before = db.read_bytes()
    _refused(run("info", "--db", str(db)), "er krypteret – skriv adgangskoden")
    _refused(
        run("info", "--db", str(db), env={"FIELDNOTES_PASSPHRASE": "fire røde køer"}),
        "Forkert adgangskode",
    )
    assert db.read_bytes() == before
    result = run("info", "--db", str(db), "--json", env=KEY)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["member"]["name"] == "Anne Ærbø"


def test_every_feature_works_on_an_encrypted_database(tmp_path: Path, db: Path) -> None:
    demo = run("demo", "--db", str(tmp_path / "demo.db"), "--visits", "3", "--notes", "40")
    assert demo.exit_code == 0
    assert (
        run(
            "package", "--db", str(tmp_path / "demo.db"), "--out", str(tmp_path / "d.fieldnotes")
        ).exit_code
        == 0
    )
    merged = run("merge", "--db", str(db), str(tmp_path / "d.fieldnotes"), env=KEY)
    assert merged.exit_code == 0, merged.output
    found = run("search", "--db", str(db), "--json", "kommune", env=KEY)
    assert found.exit_code == 0 and json.loads(found.output)["total"] > 0
    out = tmp_path / "alt.json"
    assert run("export", "json", "--db", str(db), "--out", str(out), env=KEY).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))
    docx = tmp_path / "memo.docx"
    written = run("export", "docx", "--db", str(db), "--kind", "theme", "--out", str(docx), env=KEY)
    assert written.exit_code == 0, written.output
    assert docx.stat().st_size > 0
    assert run("backup", "--db", str(db), env=KEY).exit_code == 0
    checked = run("check", "--db", str(db), env=KEY)
    assert checked.exit_code == 0, checked.output


def test_decrypt_and_change_passphrase(db: Path) -> None:
    changed = run(
        "passphrase",
        "--db",
        str(db),
        env={**KEY, "FIELDNOTES_NEW_PASSPHRASE": "fire røde køer"},
    )
    assert changed.exit_code == 0, changed.output
    _refused(run("info", "--db", str(db), env=KEY), "Forkert adgangskode")
    assert (
        run("decrypt", "--db", str(db), env={"FIELDNOTES_PASSPHRASE": "fire røde køer"}).exit_code
        == 0
    )
    assert run("info", "--db", str(db)).exit_code == 0
    _refused(run("decrypt", "--db", str(db)), "er ikke krypteret")


def test_encrypt_wants_a_passphrase_from_the_environment_and_a_long_one(tmp_path: Path) -> None:
    path = tmp_path / "noter.db"
    assert run("init", "--db", str(path), "--member", "Bo").exit_code == 0
    _refused(run("encrypt", "--db", str(path)), "FIELDNOTES_NEW_PASSPHRASE")
    _refused(run("encrypt", "--db", str(path), env={"FIELDNOTES_PASSPHRASE": "kort"}), "mindst 8")
    assert path.read_bytes().startswith(cipher.SQLITE_HEADER)
