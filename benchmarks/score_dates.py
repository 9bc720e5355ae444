"""Score the date engine on the hand-annotated real-news excerpts (``tests/dates_real/``).

    python benchmarks/score_dates.py                    # the dev part: dates read, wrong, missed, false
    python benchmarks/score_dates.py --verbose          # ... and every miss and every false date
    python benchmarks/score_dates.py --part held-out    # the held-out part (only when asked for)
    python benchmarks/score_dates.py --part all

The format of the data, the matching rules and what the figures mean are in the docstring of
``tests/date_scoring.py``; docs/dates.md ("Measured on real news") explains how to use them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from date_scoring import format_report, load_all, score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "held-out", "all"), default="dev",
                        help="which excerpts to score (default: dev)")
    parser.add_argument("--verbose", action="store_true", help="list every miss and every false date")
    args = parser.parse_args(argv)
    report = score(load_all(), args.part)
    for line in format_report(report, verbose=args.verbose):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
