"""The core never imports Textual or Rich; --json does not load them either."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, SAMPLE_FILES


def test_core_imports_no_ui() -> None:
    code = (
        "import sys, pkgutil, importlib, tui.core\n"
        "for m in pkgutil.iter_modules(tui.core.__path__): importlib.import_module('tui.core.' + m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_json_path_loads_no_ui() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from tui.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): rc = main(['--json', *{SAMPLE_FILES!r}])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(rc, bad); sys.exit(1 if bad or rc else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_one_shot_run_starts_without_heavy_modules() -> None:
    """What `versus --json` loads before it reads: not dataclasses (which loads inspect, ast and tokenize),
    pathlib, shutil or rapidfuzz (loaded while a long comparison's other half is read, or when aligning)."""
    code = (
        "import sys\n"
        "import tui.cli, tui.core.model, tui.core.json_text, tui.core.load\n"
        "heavy = ('dataclasses', 'inspect', 'ast', 'pathlib', 'shutil', 'rapidfuzz')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy)\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
