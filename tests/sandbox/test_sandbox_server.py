"""Starting and stopping the server thread, and serving beside another event loop."""

from __future__ import annotations

import asyncio
import signal
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox, SandboxOptions


def test_start_and_stop_are_fast_and_stop_is_idempotent(lti: Any) -> None:
    sandbox = Sandbox(SandboxOptions())
    started = time.perf_counter()
    sandbox.start()
    assert time.perf_counter() - started < 0.5
    assert sandbox.base_url == f"http://127.0.0.1:{sandbox.port}"
    with httpx.Client(base_url=sandbox.base_url, headers=lti.ltik_header(sandbox)) as client:
        assert client.get("/api/lineitems").status_code == 200  # a keep-alive connection stays
        stopping = time.perf_counter()
        sandbox.stop()
        assert time.perf_counter() - stopping < 0.5
        with pytest.raises(httpx.TransportError):
            client.get("/api/lineitems")
    sandbox.stop()
    with pytest.raises(RuntimeError, match="not running"):
        _ = sandbox.base_url


def test_a_stopped_sandbox_restarts_with_its_state(lti: Any) -> None:
    with Sandbox() as sandbox:
        line_item_id = sandbox.line_item_ids()[0]
        sandbox.control.set_grade(line_item_id, "007", 1.5)
    with sandbox:
        with httpx.Client(base_url=sandbox.base_url, headers=lti.ltik_header(sandbox)) as client:
            assert lti.results_by_user(client, line_item_id)["007"]["resultScore"] == 1.5
        with pytest.raises(RuntimeError, match="already running"):
            sandbox.start()


def test_a_busy_port_raises(sandbox: Sandbox) -> None:
    with pytest.raises(OSError):
        Sandbox(SandboxOptions(port=sandbox.port)).start()


def test_listens_on_loopback_only(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=1):
        pass
    assert sandbox.base_url.startswith("http://127.0.0.1:")


def test_serves_while_another_event_loop_runs_in_the_main_thread(
    sandbox: Sandbox, lti: Any
) -> None:
    async def many_at_once() -> list[int]:
        async with httpx.AsyncClient(
            base_url=sandbox.base_url, headers=lti.ltik_header(sandbox)
        ) as client:
            responses = await asyncio.gather(*(client.get("/api/memberships") for _ in range(20)))
        return [response.status_code for response in responses]

    assert asyncio.run(many_at_once()) == [200] * 20


def test_stop_does_not_wait_forever_for_a_stuck_request(lti: Any) -> None:
    async def never_wake(seconds: float) -> None:
        await asyncio.Event().wait()

    sandbox = Sandbox(SandboxOptions(latency_ms=1, sleep=never_wake))
    sandbox.start()
    with ThreadPoolExecutor(1) as pool:
        stuck = pool.submit(
            httpx.get,
            f"{sandbox.base_url}/api/lineitems",
            headers=lti.ltik_header(sandbox),
            timeout=5,
        )
        while not sandbox.control.requests():
            time.sleep(0.005)
        stopping = time.perf_counter()
        sandbox.stop()
        assert time.perf_counter() - stopping < 2
        with pytest.raises(httpx.TransportError):
            stuck.result()


def test_the_host_application_keeps_its_signal_handlers() -> None:
    # uvicorn installs SIGINT/SIGTERM handlers only in the main thread; the GUI owns those.
    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    with Sandbox():
        during = {number: signal.getsignal(number) for number in before}
    assert during == before
    assert {number: signal.getsignal(number) for number in before} == before
