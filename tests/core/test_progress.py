"""A comparison tells its stages as they begin, and stops where its progress callback raises."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE_FILES
from tui.core.load import load_versions
from tui.core.pipeline import STAGES, compare


class Stop(Exception):
    pass


def test_every_stage_is_told_in_order() -> None:
    told: list[str] = []
    compare(load_versions(SAMPLE_FILES), progress=told.append)
    assert list(dict.fromkeys(told)) == list(STAGES)
    assert told.count("aligning") == 1 + 2 * (len(SAMPLE_FILES) - 1)  # the stage, then each version added


@pytest.mark.parametrize("stage", STAGES)
def test_raising_from_progress_stops_the_comparison_there(stage: str) -> None:
    told: list[str] = []

    def progress(name: str) -> None:
        told.append(name)
        if name == stage:
            raise Stop

    with pytest.raises(Stop):
        compare(load_versions(SAMPLE_FILES), progress=progress)
    assert told[-1] == stage and STAGES[STAGES.index(stage) + 1 :] == tuple(s for s in STAGES if s not in told)
