"""Figure recall on public quantity-extraction suites: quantulum3's English `quantities.json` and the English
NumberWithUnit specs of Microsoft's Recognizers-Text (`Specs/NumberWithUnit/English/*Model.json`). Prints, per
suite, how many expected quantities a figure overlaps with the same value (a range's ends or middle), and with
`--misses` the ones missed. The suites are not shipped here: fetch either repository and pass its files.

Usage: python bench/quantity_suites.py SUITE.json [...] [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.core.claims import Figure
from tui.core.figures import extract_figures
from tui.core.segment import segment

Expected = tuple[str, float | None, str]
"""(surface text, value or None where the suite gives none, the suite's unit name)."""


def cases(path: Path) -> Iterator[tuple[str, list[Expected]]]:
    """Each input text of a suite with the quantities it should yield, in either suite's format."""
    for case in json.loads(path.read_text(encoding="utf-8")):
        if "req" in case:  # quantulum3
            yield case["req"], [(r["surface"], float(r["value"]), r["unit"]) for r in case["res"]]
        elif not (case.get("NotSupported") or case.get("NotSupportedByDesign")):  # Recognizers-Text
            out: list[Expected] = []
            for r in case.get("Results", []):
                resolution = r.get("Resolution") or {}
                try:
                    value = float(resolution.get("value"))
                except (TypeError, ValueError):
                    value = None
                out.append((r["Text"], value, resolution.get("unit", "")))
            yield case["Input"], out


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(1.0, abs(b))


def states(figure: Figure, value: float | None) -> bool:
    """Whether a figure states the expected value: its value, a range's either end, or its middle (quantulum3
    gives a range's middle)."""
    if value is None:
        return True
    if figure.value is None:
        return False
    if figure.value_max is None:
        return _near(figure.value, value)
    return any(_near(v, value) for v in (figure.value, figure.value_max, (figure.value + figure.value_max) / 2))


def score(path: Path, show_misses: bool) -> tuple[int, int]:
    """(found, expected) over one suite, printing the misses if asked."""
    found = expected = 0
    for text, wanted in cases(path):
        figures = extract_figures(text, segment(text), 0)
        low = text.lower()
        for surface, value, unit in wanted:
            expected += 1
            at = low.find(surface.lower())
            end = at + len(surface)
            if at >= 0 and any(f.start < end and f.end > at and states(f, value) for f in figures):
                found += 1
            elif show_misses:
                print(f"   missed {surface!r} ({value} {unit}) in {text[:80]!r}")
    return found, expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the quantities missed")
    args = parser.parse_args()
    total_found = total = 0
    for path in args.suites:
        found, expected = score(path, args.misses)
        total_found, total = total_found + found, total + expected
        print(f"{path.name:28} recall {found / max(1, expected):.2f} ({found}/{expected})")
    print(f"{'all':28} recall {total_found / max(1, total):.2f} ({total_found}/{total})")


if __name__ == "__main__":
    main()
