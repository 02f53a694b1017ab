"""The crash harness in full: 100 SIGKILLs of a typing, tagging child process.

Each round must leave a database that passes ``check`` and still holds everything typed up to
one second before the kill. Prints the rounds passed and the worst margin.

    .venv/bin/python benchmarks/bench_crash.py [--rounds 100]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "crash"))

from harness import run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        rounds = run(Path(work) / "crash.db", args.rounds)
    passed = sum(r.ok for r in rounds)
    margin = min(r.kept - r.typed_a_second_before for r in rounds)
    print(f"{passed}/{len(rounds)} kills passed (check clean, ≤ 1 s of typing lost)")
    print(f"smallest margin: {margin} characters kept beyond the last second's typing")
    sys.exit(0 if passed == len(rounds) else 1)


if __name__ == "__main__":
    main()
