"""`versus --serve` answers only its own address, with its token, from its own pages."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("textual_serve")
from aiohttp.test_utils import TestClient, TestServer

from tui.serve import MAX_SESSIONS, allowed_hosts, make_server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def client_for(port: int) -> tuple[TestClient, object]:
    server = make_server("true", port, token="t0ken")
    client = TestClient(TestServer(await server._make_app(), host="127.0.0.1", port=port))
    await client.start_server()
    return client, server


async def test_the_page_needs_the_token_and_names_a_websocket_that_carries_it() -> None:
    port = free_port()
    client, server = await client_for(port)
    try:
        assert (await client.get("/")).status == 403
        page = await client.get("/?token=t0ken")
        assert page.status == 200 and "/ws/t0ken" in await page.text()
        assert server.url == f"http://localhost:{port}/?token=t0ken"
    finally:
        await client.close()


async def test_another_name_for_this_address_is_refused() -> None:
    port = free_port()
    client, _ = await client_for(port)
    try:
        assert (await client.get("/?token=t0ken", headers={"Host": "evil.example"})).status == 421
        assert (await client.get("/?token=t0ken", headers={"Host": f"evil.example:{port}"})).status == 421
    finally:
        await client.close()


async def test_no_directory_is_listed() -> None:
    client, _ = await client_for(free_port())
    try:
        assert (await client.get("/static/")).status in (403, 404)
    finally:
        await client.close()


async def test_a_websocket_needs_the_token_and_a_page_of_this_address() -> None:
    port = free_port()
    client, server = await client_for(port)
    try:
        wrong = await client.get("/ws/nope", headers={"Origin": f"http://localhost:{port}"})
        assert wrong.status == 403
        foreign = await client.get("/ws/t0ken", headers={"Origin": "http://evil.example"})
        assert foreign.status == 403
        server.sessions = MAX_SESSIONS
        full = await client.get("/ws/t0ken", headers={"Origin": f"http://localhost:{port}"})
        assert full.status == 503
    finally:
        await client.close()


def test_loopback_answers_to_its_names_and_nothing_else() -> None:
    assert allowed_hosts("localhost", 8000) == {"localhost:8000", "127.0.0.1:8000", "[::1]:8000"}
    assert allowed_hosts("192.168.1.5", 8000) == {"192.168.1.5:8000"}
