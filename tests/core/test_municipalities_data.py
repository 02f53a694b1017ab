"""Data-integrity tests for resources/municipalities.csv (98 Danish municipalities)."""

import csv
import pathlib
from collections import Counter

import pytest

CSV_PATH = pathlib.Path(__file__).parents[2] / "resources" / "municipalities.csv"

EXPECTED_REGION_COUNTS = {
    "Region Hovedstaden": 29,
    "Region Sjælland": 17,
    "Region Syddanmark": 22,
    "Region Midtjylland": 19,
    "Region Nordjylland": 11,
}


@pytest.fixture(scope="module")
def rows():
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["code", "name", "region"]
        return list(reader)


def test_no_bom():
    assert not CSV_PATH.read_bytes().startswith(b"\xef\xbb\xbf")


def test_row_count(rows):
    assert len(rows) == 98


def test_codes_unique_three_digits(rows):
    codes = [r["code"] for r in rows]
    assert all(len(c) == 3 and c.isdigit() for c in codes)
    assert len(set(codes)) == len(codes)


def test_sorted_by_code(rows):
    codes = [int(r["code"]) for r in rows]
    assert codes == sorted(codes)


def test_christiansoe_excluded(rows):
    assert "411" not in {r["code"] for r in rows}


def test_names_unique(rows):
    names = [r["name"] for r in rows]
    assert all(n.strip() == n and n for n in names)
    assert len(set(names)) == len(names)


def test_region_counts(rows):
    assert Counter(r["region"] for r in rows) == EXPECTED_REGION_COUNTS


@pytest.mark.parametrize(
    "code,name,region",
    [
        ("101", "København", "Region Hovedstaden"),
        ("147", "Frederiksberg", "Region Hovedstaden"),
        ("400", "Bornholm", "Region Hovedstaden"),
        ("751", "Aarhus", "Region Midtjylland"),
        ("851", "Aalborg", "Region Nordjylland"),
        ("461", "Odense", "Region Syddanmark"),
        ("492", "Ærø", "Region Syddanmark"),
        ("825", "Læsø", "Region Nordjylland"),
        ("259", "Køge", "Region Sjælland"),
    ],
)
def test_spot_checks(rows, code, name, region):
    by_code = {r["code"]: r for r in rows}
    assert by_code[code]["name"] == name
    assert by_code[code]["region"] == region


def test_danish_letters_survive(rows):
    names = {r["name"] for r in rows}
    assert {"Ærø", "Tårnby", "Høje-Taastrup", "Lyngby-Taarbæk"} <= names
