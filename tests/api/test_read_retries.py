"""Reads survive what writes survive: every GET is asked again after passing trouble, inside the
client, paced, with bounded attempts and a cap on any single wait."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from gradebook_gui.api import (
    Credentials,
    LmsRefusedError,
    NetworkError,
    NotFoundError,
    Pacing,
    RateLimitedError,
    RequestRecord,
    ServerError,
    StoppedError,
    WaitTooLongError,
)
from gradebook_gui.models import ActivityProgress, GradingProgress, Score
from tests.fakes import FakeTime

from .helpers import API_KEY, LTIK, SERVICE_KEY, ClientFactory, envelope

LINE_ITEM = "https://lms.example/api/lti/courses/1/line_items/7"
LMS_PAGES = "https://lms.example/api/lti/courses/1/names_and_roles"


def busy(retry_after: str | None = "1") -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(
        503, json=envelope(503, "SERVICE_UNAVAILABLE", message="busy"), headers=headers
    )


class Roster:
    """A paged roster of `size` learners behind a MockTransport, with injected faults."""

    def __init__(self, size: int, page_size: int = 100) -> None:
        self.size = size
        self.page_size = page_size
        self.lock = threading.Lock()
        self.faults: dict[int, list[str]] = {}  # page number -> faults to answer it with first

    def page_of(self, request: httpx.Request) -> int:
        query = parse_qs(urlsplit(str(request.url)).query)
        if "url" not in query:
            return 0
        return int(parse_qs(urlsplit(query["url"][0]).query)["page"][0])

    def answer(self, request: httpx.Request) -> httpx.Response:
        page = self.page_of(request)
        with self.lock:
            pending = self.faults.get(page, [])
            fault = pending.pop(0) if pending else None
        if fault is not None:
            return fault_answer(fault, request)
        return self.page(request, page)

    def page(self, request: httpx.Request, page: int) -> httpx.Response:
        start = page * self.page_size
        users = range(start, min(start + self.page_size, self.size))
        members_path = request.url.path == "/api/memberships"
        items: list[dict[str, Any]] = (
            [{"userId": f"u{n}", "roles": ["Learner"], "name": f"L {n}"} for n in users]
            if members_path
            else [
                {"id": f"r{n}", "scoreOf": LINE_ITEM, "userId": f"u{n}", "resultScore": n % 10}
                for n in users
            ]
        )
        body: dict[str, Any] = {("members" if members_path else "scores"): items}
        if start + self.page_size < self.size:
            body["next"] = f"{LMS_PAGES}?page={page + 1}"
        return httpx.Response(200, json=body)


def fault_answer(fault: str, request: httpx.Request) -> httpx.Response:
    if fault == "503":
        return busy()
    if fault == "429":
        return httpx.Response(429, json=envelope(429, "TOO_MANY_REQUESTS"))
    if fault == "500":
        return httpx.Response(500, text="<html>Internal Server Error</html>")
    if fault == "drop":
        raise httpx.RemoteProtocolError("Server disconnected", request=request)
    if fault == "connect_timeout":
        raise httpx.ConnectTimeout("timed out", request=request)
    if fault == "read_timeout":
        raise httpx.ReadTimeout("timed out", request=request)
    if fault == "refused":
        raise httpx.ConnectError("refused", request=request)
    raise AssertionError(fault)


@pytest.mark.parametrize("fault", ["503", "429", "500", "drop", "connect_timeout", "read_timeout"])
def test_a_failed_page_is_asked_again_alone_without_duplicates_or_gaps(
    make_client: ClientFactory, fault: str
) -> None:
    roster = Roster(size=450)
    roster.faults = {2: [fault], 4: [fault, fault]}
    records: list[RequestRecord] = []
    client, mock = make_client(roster.answer, on_request=records.append)

    members = client.members()

    assert [member.userId for member in members] == [f"u{n}" for n in range(450)]
    assert len(mock.requests) == 5 + 3
    # Each attempt is its own line in the request log, failures included.
    assert [record.succeeded for record in records] == [True] * 2 + [False, True] + [True] + [
        False,
        False,
        True,
    ]
    # Asked again with exactly the same parameters: only through LTIAAS's `url=`.
    retried = [str(request.url) for request in mock.requests[2:4]]
    assert retried[0] == retried[1] and "url=" in retried[0]


def test_a_refused_connection_is_asked_once_more_only(
    make_client: ClientFactory, fake_time: FakeTime
) -> None:
    """Refused outright, the server is most likely down or the computer offline: the window
    must say so at once rather than after a minute of backoff."""
    roster = Roster(size=30)
    roster.faults = {0: ["refused"]}
    client, mock = make_client(roster.answer)
    assert len(client.members()) == 30

    roster.faults = {0: ["refused"] * 3}
    with pytest.raises(NetworkError) as caught:
        client.members()
    assert caught.value.unreachable and caught.value.surely_not_sent
    assert len(mock.requests) == 2 + 2
    assert fake_time.slept < 2


def test_every_kind_of_read_is_retried(make_client: ClientFactory) -> None:
    failures = {"/api/idtoken": 1, "/api/lineitems": 1}
    lock = threading.Lock()

    def answer(request: httpx.Request) -> httpx.Response:
        key = "/api/lineitems" if request.url.path.startswith("/api/lineitems") else "/api/idtoken"
        with lock:
            if failures.get(key):
                failures[key] -= 1
                return busy()
        if key == "/api/lineitems":
            return httpx.Response(200, json={"id": LINE_ITEM, "label": "Quiz", "scoreMaximum": 10})
        return httpx.Response(500)

    credentials = Credentials(api_key=API_KEY, ltik=LTIK, service_key=SERVICE_KEY)
    client, mock = make_client(answer, credentials=credentials)
    assert client.get_line_item(LINE_ITEM).label == "Quiz"
    with pytest.raises(ServerError):
        client.id_token()
    # idtoken: a 503, then 500 until the six attempts are used up; the last failure is raised.
    assert len([r for r in mock.requests if r.url.path == "/api/idtoken"]) == 6


def test_retry_after_is_honoured_in_seconds_and_as_an_http_date(
    make_client: ClientFactory, fake_time: FakeTime
) -> None:
    moment = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    answers = [busy("3"), busy(format_datetime(moment + timedelta(seconds=7), usegmt=True))]

    def answer(request: httpx.Request) -> httpx.Response:
        if answers:
            return answers.pop(0)
        return httpx.Response(200, json={"members": []})

    client, _ = make_client(answer, now=lambda: moment)
    assert client.members() == []
    assert fake_time.slept == pytest.approx(10, abs=0.01)


def test_without_retry_after_the_backoff_grows_and_is_capped(
    make_client: ClientFactory, fake_time: FakeTime
) -> None:
    client, mock = make_client(
        lambda request: httpx.Response(502),
        pacing=Pacing(
            clock=fake_time.clock,
            sleep=fake_time.sleep,
            backoff_base=1,
            backoff_cap=4,
            rng=random.Random(1),
        ),
        read_attempts=5,
    )
    with pytest.raises(ServerError):
        client.members()
    assert len(mock.requests) == 5
    # 1, 2, 4, 4, 4 seconds at most, at least half of each (jitter).
    assert 7.5 <= fake_time.slept <= 15


def test_attempts_are_bounded_and_the_last_failure_is_raised(
    make_client: ClientFactory,
) -> None:
    client, mock = make_client(lambda request: busy(), read_attempts=4)
    with pytest.raises(RateLimitedError):
        client.members()
    assert len(mock.requests) == 4


@pytest.mark.parametrize(
    ("status", "error"), [(404, NotFoundError), (400, LmsRefusedError), (422, LmsRefusedError)]
)
def test_final_answers_are_not_asked_again(
    make_client: ClientFactory, status: int, error: type[Exception]
) -> None:
    client, mock = make_client(
        lambda request: httpx.Response(status, json=envelope(status, "No", message="no"))
    )
    with pytest.raises(error):
        client.get_line_item(LINE_ITEM)
    assert len(mock.requests) == 1


def test_writes_are_never_repeated_by_the_client(make_client: ClientFactory) -> None:
    client, mock = make_client(lambda request: busy())
    score = Score(
        userId="u1",
        activityProgress=ActivityProgress.Completed,
        gradingProgress=GradingProgress.FullyGraded,
        scoreGiven=5,
        scoreMaximum=10,
        timestamp=datetime(2026, 3, 2, tzinfo=UTC),
    )
    with pytest.raises(RateLimitedError):
        client.post_score(LINE_ITEM, score)
    with pytest.raises(RateLimitedError):
        client.delete_line_item(LINE_ITEM)
    assert [request.method for request in mock.requests] == ["POST", "DELETE"]


@pytest.mark.parametrize(
    ("retry_after", "words"),
    [
        ("3480", "58 minutes"),
        ("1e9", "11,574 days"),
        ("Fri, 01 Jan 2100 00:00:00 GMT", "days"),
    ],
)
def test_a_wait_longer_than_the_cap_stops_the_read_at_once(
    make_client: ClientFactory, fake_time: FakeTime, retry_after: str, words: str
) -> None:
    client, mock = make_client(lambda request: busy(retry_after))
    with pytest.raises(WaitTooLongError) as caught:
        client.members()
    assert len(mock.requests) == 1
    assert fake_time.slept == 0
    message = str(caught.value)
    assert message.startswith("Loading the course roster stopped: the LMS asked us to wait")
    assert words in message and "5 minutes this app waits at most" in message


def test_the_cap_is_a_setting(make_client: ClientFactory, fake_time: FakeTime) -> None:
    answers = [busy("20")]

    def answer(request: httpx.Request) -> httpx.Response:
        return answers.pop() if answers else httpx.Response(200, json={"members": []})

    pacing = Pacing(clock=fake_time.clock, sleep=fake_time.sleep, max_wait=10)
    client, _ = make_client(answer, pacing=pacing)
    with pytest.raises(WaitTooLongError) as caught:
        client.members()
    assert "20 seconds" in str(caught.value) and "10 seconds" in str(caught.value)


def test_a_long_pause_is_counted_down_and_its_end_told(
    make_client: ClientFactory, fake_time: FakeTime
) -> None:
    shown: list[float] = []
    answers = [busy("5"), busy("1")]

    def answer(request: httpx.Request) -> httpx.Response:
        return answers.pop(0) if answers else httpx.Response(200, json={"members": []})

    pacing = Pacing(clock=fake_time.clock, sleep=fake_time.sleep, on_wait=shown.append)
    client, _ = make_client(answer, pacing=pacing)
    client.members()

    # About once a second with the seconds left, then 0.0 when the wait is over; the pause of
    # one second afterwards passes without a word.
    assert [round(left) for left in shown] == [5, 4, 3, 2, 1, 0]
    assert shown[-1] == 0.0


def test_cancel_ends_a_wait_promptly(make_client: ClientFactory, fake_time: FakeTime) -> None:
    cancel = threading.Event()
    roster = Roster(size=50, page_size=10)
    roster.faults = {2: ["503"]}

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/scores"):
            return busy("240")
        return roster.answer(request)

    def cancel_when_waiting(left: float) -> None:
        if left > 0:
            cancel.set()

    pacing = Pacing(clock=fake_time.clock, sleep=fake_time.sleep, on_wait=cancel_when_waiting)
    client, _ = make_client(answer, pacing=pacing)
    results, members = client.fetch_results_and_roster(LINE_ITEM, cancel=cancel)

    assert cancel.is_set()
    assert fake_time.slept < 1.0
    assert results == [] and len(members) <= 50


def test_a_stopped_read_says_so(make_client: ClientFactory) -> None:
    client, mock = make_client(lambda request: busy("30"))
    with pytest.raises(StoppedError) as caught:
        client.results(LINE_ITEM, stopping=lambda: len(mock.requests) > 0)
    assert str(caught.value) == "Loading the grades was stopped before it finished."


def test_a_large_load_through_503s_and_dropped_connections_gets_every_learner_right(
    make_client: ClientFactory,
) -> None:
    """2,000 learners, 5 % of requests answered 503 and 3 % dropped; the 10,000-learner version
    of this belongs in the benchmarks."""
    size = 2000
    roster = Roster(size=size)
    dice = random.Random(20)

    def answer(request: httpx.Request) -> httpx.Response:
        with roster.lock:
            roll = dice.random()
        if roll < 0.05:
            return busy()
        if roll < 0.08:
            raise httpx.RemoteProtocolError("Server disconnected", request=request)
        return roster.answer(request)

    records: list[RequestRecord] = []
    client, _ = make_client(answer, on_request=records.append)
    results, members = client.fetch_results_and_roster(LINE_ITEM)

    expected = [f"u{n}" for n in range(size)]
    assert [member.userId for member in members] == expected
    assert [result.userId for result in results] == expected
    assert [result.resultScore for result in results] == [n % 10 for n in range(size)]
    assert any(not record.succeeded for record in records)
