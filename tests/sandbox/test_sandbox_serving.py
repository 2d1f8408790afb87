"""How the sandbox serves: an answer in one send, as a real server does, so the client is woken
once per answer rather than once for the head and again for the body; requests side by side;
answers when the latency is over, not at the next whole millisecond."""

from __future__ import annotations

import asyncio
import select
import selectors
import threading
import time
from asyncio import selector_events
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox, SandboxOptions


@pytest.fixture
def sends(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every non-empty write the server's sockets were given, in order."""
    written: list[bytes] = []
    transport_class: Any = selector_events._SelectorSocketTransport  # type: ignore[attr-defined]
    original = transport_class.write

    def write(self: Any, data: bytes) -> None:
        if data:
            written.append(bytes(data))
        original(self, data)

    monkeypatch.setattr(transport_class, "write", write)
    return written


def test_each_answer_leaves_in_one_send(
    sends: list[bytes], make_sandbox: Any, connect: Any
) -> None:
    sandbox: Sandbox = make_sandbox(students=30, page_size=10)
    client = connect(sandbox)
    for _ in range(3):  # keep-alive: the same connection each time
        answer = client.get("/api/memberships")
        assert answer.status_code == 200 and len(answer.json()["members"]) == 10
    assert len(sends) == 3
    assert all(send.startswith(b"HTTP/1.1 200 ") for send in sends)
    assert sends[0].endswith(answer.content)


def test_a_trickled_answer_still_leaves_piece_by_piece(
    sends: list[bytes], make_sandbox: Any, connect: Any
) -> None:
    async def no_pause(seconds: float) -> None:
        await asyncio.sleep(0)

    sandbox = make_sandbox(trickle_rate=1.0, trickle_bytes=100, sleep=no_pause)
    answer = connect(sandbox).get("/api/lineitems")
    assert answer.status_code == 200
    pieces = -(-len(answer.content) // 100)
    deadline = time.monotonic() + 5
    while len(sends) < pieces and time.monotonic() < deadline:
        time.sleep(0.01)
    # The head with the first piece, then every other piece on its own.
    assert len(sends) == pieces
    assert all(len(send) <= 100 for send in sends[1:])


def test_a_request_that_holds_its_thread_does_not_hold_up_the_next(
    make_sandbox: Any, lti: Any
) -> None:
    # LTIAAS answers requests side by side: while one request keeps its serving thread busy,
    # another connection is served by another thread.
    threads: list[str] = []
    second_arrived = threading.Event()

    async def hold_the_thread(seconds: float) -> None:
        threads.append(threading.current_thread().name)
        if len(threads) == 2:
            second_arrived.set()
        else:
            second_arrived.wait(timeout=5)

    sandbox = make_sandbox(latency_ms=1, sleep=hold_the_thread)
    headers = lti.ltik_header(sandbox)
    with ThreadPoolExecutor(max_workers=1) as pool:
        first = pool.submit(httpx.get, f"{sandbox.base_url}/api/lineitems", headers=headers)
        deadline = time.monotonic() + 5
        while not threads and time.monotonic() < deadline:
            time.sleep(0.005)
        second = httpx.get(f"{sandbox.base_url}/api/lineitems", headers=headers, timeout=10)
        assert first.result().status_code == second.status_code == 200
    assert second_arrived.is_set()
    assert len(set(threads)) == 2


@pytest.mark.skipif(
    not hasattr(selectors, "EpollSelector"), reason="only epoll waits in whole milliseconds"
)
def test_the_wait_for_the_end_of_a_latency_is_not_rounded_up_to_a_millisecond(
    monkeypatch: pytest.MonkeyPatch, lti: Any
) -> None:
    # What is left of a latency once the answer is built is rarely whole milliseconds; epoll
    # alone would wait until the next one, answering up to a millisecond late.
    waits: list[float] = []
    wait_for = select.select

    def recording_select(*descriptors: Any, **timeout: Any) -> Any:
        if len(descriptors) == 4 and descriptors[3] is not None:
            waits.append(descriptors[3])
        return wait_for(*descriptors, **timeout)

    monkeypatch.setattr(select, "select", recording_select)
    latency = 0.0196
    with Sandbox(SandboxOptions(latency_ms=latency * 1000)) as sandbox:
        response = httpx.get(
            f"{sandbox.base_url}/api/lineitems", headers=lti.ltik_header(sandbox), timeout=5
        )
    assert response.status_code == 200
    assert any(latency - 0.005 < wait <= latency and wait * 1000 % 1 for wait in waits)
