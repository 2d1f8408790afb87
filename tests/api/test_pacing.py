"""The pacing gate: pauses everyone on "slow down" and settles near the platform's limit."""

from __future__ import annotations

import random

import pytest

from gradebook_gui.api.pacing import WAIT_SLICE, PacingGate
from gradebook_gui.sandbox.throttle import RateLimiter
from tests.fakes import FakeTime


def never() -> bool:
    return False


def ticket_from(gate: PacingGate) -> int:
    ticket = gate.acquire(never)
    assert ticket is not None
    return ticket


def make_gate(time: FakeTime, *, base: float = 0.5, cap: float = 30.0) -> PacingGate:
    return PacingGate(
        clock=time.clock, sleep=time.sleep, backoff_base=base, backoff_cap=cap, rng=random.Random(4)
    )


def test_requests_are_not_paced_until_the_server_refuses(fake_time):
    gate = make_gate(fake_time)
    for _ in range(100):
        gate.acquire(never)
        gate.accepted()
    assert gate.rate is None and fake_time.sleeps == []


def test_a_refusal_pauses_every_request_until_retry_after(fake_time):
    gate = make_gate(fake_time)
    refused_at = fake_time.clock()
    ticket = ticket_from(gate)
    gate.rate_limited(ticket, 3.0)
    gate.acquire(never)
    assert fake_time.clock() - refused_at >= 3.0
    assert max(fake_time.sleeps) <= WAIT_SLICE  # in slices, so a stop is noticed


def test_refusals_of_requests_sent_before_the_pause_do_not_slow_down_again(fake_time):
    gate = make_gate(fake_time)
    tickets = [ticket_from(gate) for _ in range(4)]
    for _ in range(20):
        gate.accepted()
    assert gate.rate_limited(tickets[0], 1.0) == 1
    rate = gate.rate
    for ticket in tickets[1:]:
        assert gate.rate_limited(ticket, 1.0) == 1
    assert gate.rate == rate


def test_without_retry_after_the_backoff_grows_with_jitter_up_to_the_cap(fake_time):
    gate = make_gate(fake_time, base=0.5, cap=4.0)
    waits = []
    for _ in range(8):
        ticket = ticket_from(gate)
        before = fake_time.clock()
        gate.rate_limited(ticket, None)
        gate.acquire(never)
        waits.append(fake_time.clock() - before)
    for number, wait in enumerate(waits, start=1):
        ceiling = min(4.0, 0.5 * 2 ** (number - 1))
        assert ceiling / 2 <= wait <= ceiling + WAIT_SLICE


def test_setbacks_in_a_row_are_counted_until_an_answer(fake_time):
    gate = make_gate(fake_time)
    assert [gate.failed() for _ in range(3)] == [1, 2, 3]
    gate.accepted()
    assert gate.failed() == 1
    first = ticket_from(gate)
    assert gate.rate_limited(first, 0.0) == 1
    second = ticket_from(gate)
    assert gate.rate_limited(second, 0.0) == 2


def test_a_stop_ends_the_wait(fake_time):
    gate = make_gate(fake_time)
    ticket = ticket_from(gate)
    gate.rate_limited(ticket, 60.0)
    calls = []

    def stop_after_two_checks() -> bool:
        calls.append(1)
        return len(calls) > 2

    assert gate.acquire(stop_after_two_checks) is None
    assert fake_time.slept < 1.0


def test_a_refusal_right_after_a_pause_at_most_halves_the_rate(fake_time):
    gate = make_gate(fake_time)
    for _ in range(50):
        gate.acquire(never)
        gate.accepted()
        fake_time.sleep(0.01)
    ticket = ticket_from(gate)
    gate.rate_limited(ticket, 1.0)
    found = gate.rate
    assert found is not None and found == pytest.approx(90, rel=0.05)
    ticket = ticket_from(gate)
    gate.rate_limited(ticket, 1.0)
    assert gate.rate == pytest.approx(found / 2)


@pytest.mark.parametrize(
    ("limit", "latency"), [(40, 0.005), (40, 0.001), (10, 0.005), (100, 0.002)]
)
def test_it_settles_near_a_token_bucket_limit_without_bouncing_off_it(fake_time, limit, latency):
    """600 grades against the sandbox's own rate limiter: >= 80 % of the limit achieved and
    <= 10 % of the requests refused (the bucket refills during pauses, as real ones do)."""
    gate = make_gate(fake_time)
    bucket = RateLimiter(limit, fake_time.clock)
    started = fake_time.clock()
    accepted = refused = 0
    while accepted < 600:
        ticket = ticket_from(gate)
        retry_after = bucket.acquire("api-key")
        fake_time.sleep(latency)
        if retry_after is None:
            accepted += 1
            gate.accepted()
        else:
            refused += 1
            gate.rate_limited(ticket, float(retry_after))
    achieved = accepted / (fake_time.clock() - started)
    assert achieved >= 0.8 * limit
    assert refused <= 0.1 * (accepted + refused)
