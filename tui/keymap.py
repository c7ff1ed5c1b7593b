"""The user's keymap: binding ids (`tui.keys`) to keys, read from `keymap.toml` in the config directory.

    # ~/.config/versus/keymap.toml
    next-difference = "n,ctrl+n"
    scroll-down = "j,down,ctrl+e"

Each value replaces the keys of that binding (Textual's `App.set_keymap`); the help screen and the command
palette show the keys in use. A file that cannot be read as such a table is refused with one line naming
the problem, before the app starts: a typo never leaves keys silently unbound.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from tui.core.errors import InputError
from tui.keys import KEYS

CONFIG_DIR_ENV = "VERSUS_CONFIG_DIR"
"""Where `keymap.toml` is looked for when set (tests use it); else the platform's user config directory."""
KEY_NAME = re.compile(r"[a-z0-9_+\-]+|[^\s,]")
"""One key as Textual names it ("n", "ctrl+n", "shift+tab", "f3") or a single printable character."""


def keymap_path() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override) / "keymap.toml"
    from platformdirs import user_config_dir

    return Path(user_config_dir("versus", appauthor=False)) / "keymap.toml"


def read_keymap(path: Path | None = None) -> dict[str, str]:
    """Binding id -> keys, from the file (an empty map when there is none)."""
    path = keymap_path() if path is None else path
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise InputError(f"cannot read the keymap: {exc.strerror or exc}", str(path)) from None
    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"keymap is not TOML: {exc}", str(path)) from None
    known = {k.binding_id for k in KEYS}
    keymap: dict[str, str] = {}
    for binding_id, keys in table.items():
        if binding_id not in known:
            raise InputError(f"keymap: no binding {binding_id!r} (the README lists them)", str(path))
        names = [n.strip() for n in keys.split(",")] if isinstance(keys, str) else []
        if not names or not all(KEY_NAME.fullmatch(n) for n in names):
            raise InputError(f'keymap: {binding_id} needs keys such as "n,ctrl+n", not {keys!r}', str(path))
        keymap[binding_id] = ",".join(names)
    return keymap
