"""Every request has a total deadline: a server that dribbles its answer byte by byte cannot hold
a request (and the command waiting on it) for ever, as per-read timeouts alone would."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from gradebook_gui.api import (
    Credentials,
    DeadlineExceededError,
    LtiaasClient,
    Pacing,
    outcome_unknown,
)
from gradebook_gui.models import ActivityProgress, GradingProgress, Score
from tests.fakes import FakeTime

from .helpers import API_KEY, SERVICE_KEY

BYTE_EVERY = 0.05
DEADLINE = 0.5


class DribblingServer:
    """Answers every request one byte at a time, for as long as the client listens."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.connections = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._dribble, args=(connection,), daemon=True).start()

    def _dribble(self, connection: socket.socket) -> None:
        with connection:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = connection.recv(4096)
                if not chunk:
                    return
                request += chunk
            for index in range(len(self.answer)):
                if self._stop.is_set():
                    return
                try:
                    connection.sendall(self.answer[index : index + 1])
                except OSError:
                    return  # the client gave up
                time.sleep(BYTE_EVERY)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._listener.close()


HEADERS_SLOWLY = b"HTTP/1.1 200 OK\r\n" + b"X-Padding: " + b"x" * 400 + b"\r\n\r\n"
BODY_SLOWLY = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
    + b'{"members": []}'.ljust(400)
)


@pytest.fixture(params=[HEADERS_SLOWLY, BODY_SLOWLY], ids=["headers", "body"])
def server(request: pytest.FixtureRequest) -> Iterator[DribblingServer]:
    dribbling = DribblingServer(request.param)
    yield dribbling
    dribbling.close()


def client_on(server: DribblingServer, fake_time: FakeTime) -> LtiaasClient:
    return LtiaasClient(
        f"http://127.0.0.1:{server.port}",
        Credentials(api_key=API_KEY, service_key=SERVICE_KEY),
        deadline=DEADLINE,
        read_attempts=2,
        pacing=Pacing(clock=fake_time.clock, sleep=fake_time.sleep),
    )


def test_a_dribbled_read_is_cut_off_at_the_deadline_and_asked_again(
    server: DribblingServer, fake_time: FakeTime
) -> None:
    started = time.monotonic()
    with client_on(server, fake_time) as client, pytest.raises(DeadlineExceededError) as caught:
        client.members()
    elapsed = time.monotonic() - started

    assert server.connections == 2  # retryable for reads
    assert elapsed < 2 * DEADLINE + 1.0
    assert "took more than 1 second to answer" in str(caught.value)


def test_a_dribbled_write_is_cut_off_and_its_outcome_is_unknown(
    server: DribblingServer, fake_time: FakeTime
) -> None:
    score = Score(
        userId="u1",
        activityProgress=ActivityProgress.Completed,
        gradingProgress=GradingProgress.FullyGraded,
        scoreGiven=5,
        scoreMaximum=10,
        timestamp=datetime(2026, 3, 2, tzinfo=UTC),
    )
    started = time.monotonic()
    with client_on(server, fake_time) as client, pytest.raises(DeadlineExceededError) as caught:
        client.post_score("https://lms.example/line_items/7", score)

    assert time.monotonic() - started < DEADLINE + 1.0
    assert server.connections == 1  # never repeated by the client
    assert outcome_unknown(caught.value)
    assert "may have reached the server" in str(caught.value)
