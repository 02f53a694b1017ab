"""The crash harness, a few rounds (benchmarks/bench_crash.py runs a hundred)."""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import run


@pytest.mark.slow
def test_kill_nine_loses_at_most_the_last_second_of_typing(tmp_path: Path) -> None:
    rounds = run(tmp_path / "nedbrud.db", rounds=4, seed=7)
    assert all(r.problems == [] for r in rounds), rounds
    assert all(r.kept >= r.typed_a_second_before for r in rounds), rounds
    assert any(r.kept > 0 for r in rounds)
