"""The core and the view never import Textual or Rich; --json does not load them either, nor, before it reads, the
modules that only cost start-up time."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE_FILES


def _loaded_after(code: str, packages: tuple[str, ...]) -> list[str]:
    """The modules of these packages loaded by a fresh interpreter that runs `code`."""
    listing = f"sorted(m for m in sys.modules if m.split('.')[0] in {packages!r})"
    probe = f"{code}\nimport json, sys\nprint(json.dumps({listing}))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("package", ["tui.core", "tui.view"])
def test_core_and_view_import_no_ui(package: str) -> None:
    code = (
        f"import pkgutil, importlib, {package}\n"
        f"for m in pkgutil.iter_modules({package}.__path__): importlib.import_module('{package}.' + m.name)"
    )
    assert _loaded_after(code, ("textual", "rich")) == []


def test_json_path_loads_no_ui() -> None:
    code = (
        "import io, contextlib\n"
        "from tui.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): assert main(['--json', *{SAMPLE_FILES!r}]) == 0"
    )
    assert _loaded_after(code, ("textual", "rich")) == []


def test_a_one_shot_run_starts_without_heavy_modules() -> None:
    """What `versus --json` loads before it reads: not dataclasses (which loads inspect, ast and tokenize),
    pathlib, shutil or rapidfuzz (loaded while a long comparison's other half is read, or when aligning)."""
    code = "import tui.cli, tui.core.model, tui.core.json_text, tui.core.load"
    heavy = ("dataclasses", "inspect", "ast", "pathlib", "shutil", "rapidfuzz")
    assert _loaded_after(code, heavy) == []
