"""Misbehaviour knobs: rate limit, random 503s, latency, and the in-flight counters."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox
from gradebook_gui.sandbox.lms import Gradebook


def statuses(client: httpx.Client, count: int, path: str = "/api/lineitems") -> list[int]:
    return [client.get(path).status_code for _ in range(count)]


def test_rate_limit_answers_429_with_retry_after(
    make_sandbox: Any, connect: Any, fake_clock: Any
) -> None:
    sandbox = make_sandbox(rate_limit=2, clock=fake_clock)
    client = connect(sandbox)
    assert statuses(client, 2) == [200, 200]
    refused = client.get("/api/lineitems")
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "1"
    assert refused.json()["status"] == 429

    fake_clock.advance(0.5)  # 2 tokens a second: one is back
    assert statuses(client, 2) == [200, 429]
    fake_clock.advance(60)  # the bucket holds at most 2
    assert statuses(client, 3) == [200, 200, 429]


def test_every_request_counts_and_each_api_key_has_its_own_bucket(
    make_sandbox: Any, connect: Any, fake_clock: Any
) -> None:
    sandbox = make_sandbox(rate_limit=2, clock=fake_clock)
    client = connect(sandbox)
    api_key = sandbox.credentials.api_key
    wrong_ltik = {"Authorization": f"LTIK-AUTH-V2 {api_key}:expired"}
    assert client.get("/api/lineitems", headers=wrong_ltik).status_code == 401
    assert client.get("/api/no-such-route").status_code == 404
    assert client.get("/api/lineitems").status_code == 429

    other_account = {"Authorization": "LTIK-AUTH-V2 someone-else:whatever"}
    assert client.get("/api/lineitems", headers=other_account).status_code == 401


def test_fault_rate_one_answers_503_and_applies_nothing(
    make_sandbox: Any, connect: Any, lti: Any
) -> None:
    sandbox = make_sandbox(fault_rate=1.0)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    before = sandbox.control.results(line_item_id)
    response = client.post(lti.item_path(line_item_id, "/scores"), json=lti.score("007", 1, 10))
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "1"
    assert response.json()["status"] == 503
    assert sandbox.control.results(line_item_id) == before


def test_faults_are_drawn_reproducibly_from_the_seed(make_sandbox: Any, connect: Any) -> None:
    runs = [statuses(connect(make_sandbox(seed=seed, fault_rate=0.5)), 20) for seed in (5, 5, 6)]
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    assert set(runs[0]) == {200, 503}


def test_latency_awaits_the_injected_sleep(
    make_sandbox: Any, connect: Any, fake_clock: Any
) -> None:
    waits: list[float] = []

    async def record_sleep(seconds: float) -> None:
        waits.append(seconds)

    sandbox = make_sandbox(latency_ms=250, sleep=record_sleep, clock=fake_clock)
    client = connect(sandbox)
    assert statuses(client, 2) == [200, 200]
    httpx.get(f"{sandbox.base_url}/_sandbox/requests")  # control routes are not slowed down
    assert waits == [0.25, 0.25]


def test_page_latency_slows_down_pages_of_lists_only(
    make_sandbox: Any, connect: Any, lti: Any, fake_clock: Any
) -> None:
    waits: list[float] = []

    async def record_sleep(seconds: float) -> None:
        waits.append(seconds)

    sandbox = make_sandbox(latency_ms=20, page_latency_ms=50, sleep=record_sleep, clock=fake_clock)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    for path in ("/api/lineitems", "/api/memberships", lti.item_path(line_item_id, "/scores")):
        assert client.get(path).status_code == 200
    assert waits == [0.07, 0.07, 0.07]
    waits.clear()
    assert client.get(lti.item_path(line_item_id)).status_code == 200
    score = lti.score("007", 1, 10)
    assert client.post(lti.item_path(line_item_id, "/scores"), json=score).status_code == 204
    assert waits == [0.02, 0.02]


@pytest.mark.parametrize(
    ("building_ms", "page_latency_ms", "slept_ms"),
    [(15, 0, 5), (30, 0, 0), (30, 50, 40)],
)
def test_latency_counts_from_the_arrival_of_the_request(
    make_sandbox: Any,
    connect: Any,
    fake_clock: Any,
    monkeypatch: pytest.MonkeyPatch,
    building_ms: float,
    page_latency_ms: float,
    slept_ms: float,
) -> None:
    # The time the sandbox takes to build an answer is part of the latency, not added to it:
    # only what is left of the latency is slept, and nothing once building took longer.
    gather_members = Gradebook.members

    def slow_members(self: Gradebook, role: str | None = None) -> Any:
        fake_clock.advance(building_ms / 1000)
        return gather_members(self, role)

    monkeypatch.setattr(Gradebook, "members", slow_members)
    waits: list[float] = []

    async def record_sleep(seconds: float) -> None:
        waits.append(seconds)
        fake_clock.advance(seconds)

    sandbox = make_sandbox(
        latency_ms=20, page_latency_ms=page_latency_ms, sleep=record_sleep, clock=fake_clock
    )
    client = connect(sandbox)
    assert client.get("/api/memberships").status_code == 200
    assert waits == [pytest.approx(slept_ms / 1000)]
    (request,) = [r for r in sandbox.control.requests() if r.raw_path == "/api/memberships"]
    assert request.ended is not None
    answered_after = request.ended - request.started
    assert answered_after == pytest.approx(max(20 + page_latency_ms, building_ms) / 1000)


def test_a_read_is_gathered_on_arrival_and_a_write_judged_when_its_latency_is_over(
    make_sandbox: Any, connect: Any, lti: Any, fake_clock: Any
) -> None:
    # The credentials expire while each request waits out its latency.
    sandboxes: list[Sandbox] = []

    async def expire_meanwhile(seconds: float) -> None:
        sandboxes[0].control.expire_credentials()

    sandboxes.append(make_sandbox(latency_ms=20, sleep=expire_meanwhile, clock=fake_clock))
    sandbox = sandboxes[0]
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    before = sandbox.control.results(line_item_id)

    assert client.get("/api/memberships").status_code == 200
    score = lti.score("007", 1, 10)
    posted = client.post(lti.item_path(line_item_id, "/scores"), json=score)
    assert posted.status_code == 401
    assert sandbox.control.results(line_item_id) == before


def concurrent_score_posts(sandbox: Sandbox, lti: Any, user_ids: list[str]) -> list[int]:
    """Post one score per entry of `user_ids`, all at the same moment."""
    clients = [
        httpx.Client(base_url=sandbox.base_url, headers=lti.ltik_header(sandbox), timeout=5)
        for _ in user_ids
    ]
    line_item_id = sandbox.line_item_ids()[0]
    start = threading.Barrier(len(user_ids))

    def post(index: int) -> int:
        start.wait()
        body = lti.score(user_ids[index], 5, 10, at=index)
        return clients[index].post(lti.item_path(line_item_id, "/scores"), json=body).status_code

    try:
        with ThreadPoolExecutor(len(user_ids)) as pool:
            return list(pool.map(post, range(len(user_ids))))
    finally:
        for client in clients:
            client.close()


def test_in_flight_maxima_show_concurrency(make_sandbox: Any, connect: Any, lti: Any) -> None:
    # Real latency keeps the requests overlapping on the server.
    sandbox = make_sandbox(latency_ms=200)
    first, second = lti.learner_ids(connect(sandbox))[3:5]
    sandbox.control.clear_requests()

    concurrent_score_posts(sandbox, lti, [first, first, second, second])
    assert sandbox.control.max_in_flight() == 4
    assert sandbox.control.max_in_flight_per_user() == 2

    sandbox.control.clear_requests()
    assert sandbox.control.max_in_flight() == 0
    concurrent_score_posts(sandbox, lti, [first, second])
    assert sandbox.control.max_in_flight() == 2
    assert sandbox.control.max_in_flight_per_user() == 1


def test_rate_burst_sets_what_a_full_bucket_lets_through(
    make_sandbox: Any, connect: Any, fake_clock: Any
) -> None:
    sandbox = make_sandbox(rate_limit=40, rate_burst=3, clock=fake_clock)
    client = connect(sandbox)
    assert statuses(client, 4) == [200, 200, 200, 429]
    fake_clock.advance(60)  # refilled at 40 a second, but it holds 3 at most
    assert statuses(client, 4) == [200, 200, 200, 429]


def test_retry_after_whole_rounds_up_to_at_least_a_second_and_exact_does_not(
    make_sandbox: Any, connect: Any, fake_clock: Any
) -> None:
    whole = connect(make_sandbox(rate_limit=40, rate_burst=1, clock=fake_clock))
    exact = connect(
        make_sandbox(rate_limit=40, rate_burst=1, retry_after="exact", clock=fake_clock)
    )
    for client in (whole, exact):
        assert statuses(client, 1) == [200]
    assert whole.get("/api/lineitems").headers["Retry-After"] == "1"
    assert exact.get("/api/lineitems").headers["Retry-After"] == "0.025"


@pytest.mark.parametrize(("style", "status"), [("canvas", 403), ("canvas-429", 429)])
def test_the_canvas_style_relays_canvas_throttling_with_the_quota_left(
    make_sandbox: Any, connect: Any, fake_clock: Any, style: str, status: int
) -> None:
    sandbox = make_sandbox(
        platform="canvas", rate_limit=10, rate_burst=2, rate_limit_style=style, clock=fake_clock
    )
    client = connect(sandbox)
    answers = [client.get("/api/lineitems") for _ in range(4)]
    remaining = [float(answer.headers["X-Rate-Limit-Remaining"]) for answer in answers]
    assert remaining[0] < 700.0 and remaining == sorted(remaining, reverse=True)
    assert all(float(answer.headers["X-Request-Cost"]) >= 0 for answer in answers)
    refused = answers[-1]
    assert refused.status_code == status
    assert "Retry-After" not in refused.headers
    details = refused.json()["details"]
    assert details["externalError"] is True
    assert "Rate Limit Exceeded" in details["bodyReceived"]
    fake_clock.advance(1)
    recovered = client.get("/api/lineitems")
    assert recovered.status_code == 200
    assert float(recovered.headers["X-Rate-Limit-Remaining"]) > remaining[-1]


def test_drop_rate_closes_reads_and_writes_without_an_answer_or_a_change(
    make_sandbox: Any, connect: Any, lti: Any
) -> None:
    sandbox = make_sandbox(drop_rate=1.0)
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    before = sandbox.control.results(line_item_id)
    for path in ("/api/idtoken", "/api/memberships", lti.item_path(line_item_id, "/scores")):
        with pytest.raises(httpx.TransportError):
            client.get(path)
    with pytest.raises(httpx.TransportError):
        client.post(lti.item_path(line_item_id, "/scores"), json=lti.score("007", 1, 10))
    assert sandbox.control.results(line_item_id) == before
    assert {request.status for request in sandbox.control.requests()} == {None}


def test_dropped_connections_are_drawn_reproducibly_from_the_seed(
    make_sandbox: Any, connect: Any
) -> None:
    def outcomes(seed: int) -> list[str]:
        sandbox = make_sandbox(seed=seed, drop_rate=0.5)
        seen = []
        for _ in range(16):
            with httpx.Client(base_url=sandbox.base_url, timeout=5) as client:
                try:
                    seen.append(str(client.get("/api/lineitems").status_code))
                except httpx.TransportError:
                    seen.append("dropped")
        return seen

    runs = [outcomes(seed) for seed in (5, 5, 6)]
    assert runs[0] == runs[1] != runs[2]
    assert set(runs[0]) == {"401", "dropped"}


def test_trickled_answers_arrive_whole_a_few_bytes_at_a_time(
    make_sandbox: Any, connect: Any
) -> None:
    waits: list[float] = []

    async def record_sleep(seconds: float) -> None:
        waits.append(seconds)

    sandbox = make_sandbox(trickle_rate=1.0, trickle_bytes=100, sleep=record_sleep)
    client = connect(sandbox)
    answer = client.get("/api/lineitems")
    assert answer.status_code == 200 and answer.json()["lineItems"]
    # The answer carries its length, so the client may have it all before the server records
    # the pause after the last piece.
    pieces = -(-len(answer.content) // 100)
    deadline = time.monotonic() + 5
    while len(waits) < pieces and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(waits) == pieces
    assert set(waits) == {0.05}


def test_the_rate_limit_counts_reads_and_writes_as_they_arrive(
    make_sandbox: Any, connect: Any, lti: Any, fake_clock: Any
) -> None:
    """A limiter sits in front of LTIAAS: a write waiting out its latency does not take its
    token later than a read would, or arrivals spaced as the limit allows would be refused."""

    async def latency_passes(seconds: float) -> None:
        fake_clock.advance(seconds)

    sandbox = make_sandbox(
        latency_ms=50,
        rate_limit=10,
        rate_burst=1,
        retry_after="exact",
        sleep=latency_passes,
        clock=fake_clock,
    )
    client = connect(sandbox)
    line_item_id = sandbox.line_item_ids()[0]
    arrived = fake_clock()

    posted = client.post(lti.item_path(line_item_id, "/scores"), json=lti.score("007", 1, 10))
    fake_clock.now = arrived + 0.1  # a token a tenth of a second: the next one is due
    read = client.get("/api/memberships")

    assert (posted.status_code, read.status_code) == (204, 200)
