"""Generate a pair of article versions of a given length from a seeded random source.

About 5% of sentences reworded (1-3 words), 2% deleted, 2% inserted, 1% moved, 3% with their figure
changed (half rounded, half a different number),
paragraphs of 2-6 sentences. Usage: python bench/generate.py WORDS OUT_DIR [--seed N]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

NOUNS = [
    "river",
    "valley",
    "town",
    "agency",
    "official",
    "farmer",
    "bridge",
    "levee",
    "dam",
    "road",
    "school",
    "hospital",
    "council",
    "report",
    "storm",
    "harbour",
    "market",
    "budget",
    "minister",
    "court",
    "station",
    "village",
    "province",
    "border",
    "railway",
    "factory",
]
VERBS = [
    "said",
    "reported",
    "confirmed",
    "denied",
    "estimated",
    "expected",
    "warned",
    "announced",
    "approved",
    "rejected",
    "opened",
    "closed",
]
ADJ = [
    "regional",
    "national",
    "local",
    "senior",
    "northern",
    "southern",
    "eastern",
    "western",
    "temporary",
    "emergency",
    "annual",
]
UNITS = ["square kilometres", "people", "per cent", "troops", "homes", "tonnes", "kilometres", "days"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(["The", "A", "Every", "One"]), rng.choice(ADJ), rng.choice(NOUNS), rng.choice(VERBS)]
    words += ["that", "the", rng.choice(NOUNS), "had", rng.choice(VERBS)]
    if rng.random() < 0.3:
        words += ["about", f"{rng.randint(2, 90_000):,}", rng.choice(UNITS)]
    words += [rng.choice(["in", "near", "after", "before"]), "the", rng.choice(ADJ), rng.choice(NOUNS)]
    words += rng.sample(NOUNS + ADJ, rng.randint(0, 8))
    return " ".join(words) + "."


def reword(rng: random.Random, s: str) -> str:
    words = s[:-1].split()
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(1, len(words))
        words[i] = rng.choice(NOUNS + ADJ + VERBS)
    return " ".join(words) + "."


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*")


def change_figure(rng: random.Random, s: str, changes: list[tuple[int, int]] | None = None) -> str:
    """Half the time a rounded restatement of the sentence's number, else a different number; `changes`
    collects (old, new) values."""
    m = _NUMBER.search(s)
    if m is None:
        return s
    value = int(m.group().replace(",", ""))
    if rng.random() < 0.5:
        digits = max(0, len(str(value)) - 2)
        new = round(value, -digits)
    else:
        new = value + max(1, value // 5) * rng.choice([-1, 1])
    if changes is not None:
        changes.append((value, new))
    return s[: m.start()] + f"{new:,}" + s[m.end() :]


def make_pair(n_words: int, seed: int, changes: list[tuple[int, int]] | None = None) -> tuple[str, str]:
    """(original, edited) texts; `changes`, when given, receives the (old, new) figures changed."""
    rng = random.Random(seed)
    original: list[str] = []
    count = 0
    while count < n_words:
        s = sentence(rng)
        original.append(s)
        count += len(s.split())
    edited: list[str] = []
    moved: list[str] = []
    for s in original:
        r = rng.random()
        if r < 0.02:
            continue  # deleted
        if r < 0.03:
            moved.append(s)  # moved later
            continue
        if r < 0.08:
            s = reword(rng, s)
        elif r < 0.11:
            s = change_figure(rng, s, changes)
        edited.append(s)
        if rng.random() < 0.02:
            edited.append(sentence(rng))  # inserted
        if moved and rng.random() < 0.05:
            edited.append(moved.pop(0))
    edited.extend(moved)
    return paragraphs(rng, original), paragraphs(rng, edited)


def paragraphs(rng: random.Random, sentences: list[str]) -> str:
    out, i = [], 0
    while i < len(sentences):
        k = rng.randint(2, 6)
        out.append(" ".join(sentences[i : i + k]))
        i += k
    return "\n\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("words", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    old, new = make_pair(a.words, a.seed)
    (a.out / "a.txt").write_text(old)
    (a.out / "b.txt").write_text(new)


if __name__ == "__main__":
    main()
