"""`versus --serve`: the app in a browser, through textual-serve, open only to whoever has its address.

textual-serve starts one app process per websocket and trusts every request. A web page on another site can
open a websocket to a port on this machine, and DNS rebinding makes a foreign name resolve to 127.0.0.1; so
the server here answers only requests whose Host is the address it serves, websockets only from a page of
that address (Origin) that carries the random token printed on start (as Jupyter does), lists no
directories, runs a few app processes at most, and bounds the terminal size a browser may ask for.
"""

from __future__ import annotations

import secrets
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tui.core.errors import InputError

LOOPBACK = "localhost"
MAX_SESSIONS = 4
"""How many browser sessions (app processes) may run at once."""
MAX_COLUMNS, MAX_LINES = 500, 200
"""The largest terminal a browser may ask for (a huge one keeps an app process busy for minutes)."""


def serve_command(files: Sequence[str], options: Sequence[str]) -> str:
    """The shell command textual-serve runs for each browser session: this Python, the app, these files."""
    if "-" in files:
        raise InputError("--serve cannot read a version from stdin: give files")
    paths = [str(Path(f).resolve()) for f in files]
    return shlex.join([sys.executable, "-m", "tui", "--app", *options, *paths])


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host headers that name the address served (loopback under any of its names, or the given host)."""
    names = {host}
    if host in (LOOPBACK, "127.0.0.1", "::1"):
        names = {LOOPBACK, "127.0.0.1", "[::1]"}
    elif ":" in host:
        names = {f"[{host}]"}
    return frozenset(f"{name}:{port}" for name in names) | (frozenset(names) if port == 80 else frozenset())


def make_server(command: str, port: int, host: str = LOOPBACK, token: str | None = None) -> Any:
    """A textual-serve server that only answers its own address and token (textual-serve is optional: its
    type is not imported at module level)."""
    try:
        from aiohttp import web
        from textual_serve.server import Server
    except ImportError:
        raise InputError("--serve needs textual-serve: pip install 'versus[serve]'") from None
    import aiohttp_jinja2
    import jinja2

    class GuardedServer(Server):  # type: ignore[misc]
        """textual-serve's server behind the checks of the module docstring."""

        def __init__(self) -> None:
            super().__init__(command, host=host, port=port, title="Versus")
            self.token = token or secrets.token_urlsafe(18)
            self.hosts = allowed_hosts(host, port)
            self.origins = frozenset(f"http://{h}" for h in self.hosts)
            self.sessions = 0
            self.url = f"http://{LOOPBACK if host == LOOPBACK else host}:{port}/?token={self.token}"

        def _token_ok(self, given: str) -> bool:
            return secrets.compare_digest(given.encode(), self.token.encode())

        async def _make_app(self) -> web.Application:
            @web.middleware
            async def only_this_address(request: web.Request, handler: Any) -> web.StreamResponse:
                if request.host not in self.hosts:
                    raise web.HTTPMisdirectedRequest(text="versus: not served under this name\n")
                return await handler(request)

            app = web.Application(middlewares=[only_this_address])
            aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
            app.add_routes(
                [
                    web.get("/", self.handle_index, name="index"),
                    web.get("/ws/{token}", self.handle_websocket, name="websocket"),
                    web.get("/download/{key}", self.handle_download, name="download"),
                    web.static("/static", self.statics_path, show_index=False, name="static"),
                ]
            )
            app.on_startup.append(self.on_startup)
            app.on_shutdown.append(self.on_shutdown)
            return app

        async def on_startup(self, app: web.Application) -> None:
            pass  # the command line says where it serves, with the token

        @aiohttp_jinja2.template("app_index.html")
        async def handle_index(self, request: web.Request) -> Any:
            """The page that runs the terminal in the browser (textual-serve's template), its websocket
            address carrying the token."""
            if not self._token_ok(request.query.get("token", "")):
                raise web.HTTPForbidden(text="versus: open the address that versus --serve printed\n")
            return {
                "font_size": min(64, max(6, _to_int(request.query.get("fontsize"), 16))),
                "app_websocket_url": f"ws://{request.host}/ws/{self.token}",
                "config": {"static": {"url": f"http://{request.host}/static/"}},
                "application": {"name": self.title},
            }

        async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
            if not self._token_ok(request.match_info["token"]):
                raise web.HTTPForbidden(text="versus: wrong token\n")
            if request.headers.get("Origin") not in self.origins:
                raise web.HTTPForbidden(text="versus: websocket from another site refused\n")
            if self.sessions >= MAX_SESSIONS:
                raise web.HTTPServiceUnavailable(text=f"versus: {MAX_SESSIONS} sessions are open already\n")
            width = min(MAX_COLUMNS, max(10, _to_int(request.query.get("width"), 80)))
            height = min(MAX_LINES, max(3, _to_int(request.query.get("height"), 24)))
            bounded = request.clone(rel_url=request.rel_url.with_query(width=width, height=height))
            self.sessions += 1
            try:
                return await super().handle_websocket(bounded)
            finally:
                self.sessions -= 1

    return GuardedServer()


def _to_int(value: str | None, default: int) -> int:
    try:
        return int(value or "")
    except ValueError:
        return default
