"""Shared fixtures: the sample articles and their comparison."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.load import load_versions
from tui.core.model import Comparison
from tui.core.pipeline import compare

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"
SAMPLE_FILES = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix == ".txt")


@pytest.fixture(scope="session")
def samples() -> Comparison:
    return compare(load_versions(SAMPLE_FILES))


def text_of(c: Comparison, version: int, sentence: int) -> str:
    return c.sentence_text(version, sentence)


def find_sentence(c: Comparison, version: int, fragment: str) -> int:
    """Index of the sentence of `version` containing `fragment` (fails the test when absent)."""
    for k in range(len(c.sentences[version])):
        if fragment in c.sentence_text(version, k):
            return k
    raise AssertionError(f"no sentence with {fragment!r} in version {version}")


@pytest.fixture(autouse=True)
def _sessions_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Sessions go to a fresh directory per test, never the user's data directory."""
    from tui.session import DATA_DIR_ENV

    where = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_DIR_ENV, str(where))
    return where
