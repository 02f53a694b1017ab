"""Ids every installation must derive alike: a changed derivation would split one theme into
several rows at the next merge."""

from __future__ import annotations

from fieldnotes.core.ids import is_uuid, new_id, stable_id
from fieldnotes.core.seed import theme_id


def test_stable_ids_are_those_every_earlier_installation_made():
    assert theme_id("1a") == "7531525c-3745-52cd-85e7-9c4e20cd7e4f"
    assert stable_id("link", "a", "b", "c") == "8912a793-a57f-52b8-865b-d5f1cad7866c"


def test_new_ids_are_fresh_canonical_uuids():
    first, second = new_id(), new_id()
    assert is_uuid(first) and is_uuid(second) and first != second
