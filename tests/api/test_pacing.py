"""The pacing gate: pauses everyone on "slow down" and settles near the platform's limit."""

from __future__ import annotations

import random

import pytest

from gradebook_gui.api.pacing import WAIT_SLICE, PacingGate
from gradebook_gui.sandbox.throttle import (
    RETRY_AFTER_STYLES,
    RateLimiter,
    RetryAfterStyle,
    canvas_limiter,
    retry_after_header,
)
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


def test_a_refusal_with_nothing_accepted_since_the_last_at_most_halves_the_rate(fake_time):
    gate = make_gate(fake_time)
    for _ in range(50):
        gate.acquire(never)
        gate.accepted()
        fake_time.sleep(0.01)
    ticket = ticket_from(gate)
    gate.rate_limited(ticket, 1.0)
    found = gate.rate
    assert found is not None
    ticket = ticket_from(gate)
    gate.rate_limited(ticket, 1.0)
    assert gate.rate == pytest.approx(found / 2)


def test_a_refusal_with_nothing_accepted_at_all_only_pauses(fake_time):
    gate = make_gate(fake_time)
    gate.rate_limited(ticket_from(gate), 1.0)
    assert gate.rate is None


def test_once_refused_the_rate_first_goes_to_what_the_first_burst_suggests(fake_time):
    """50 accepted at 100/s, then a 1 s pause: at least 60 % of the rate refused at."""
    gate = make_gate(fake_time)
    for _ in range(50):
        gate.acquire(never)
        gate.accepted()
        fake_time.sleep(0.01)
    gate.rate_limited(ticket_from(gate), 1.0)
    assert gate.rate == pytest.approx(60, rel=0.05)


def settle(
    time: FakeTime, bucket: RateLimiter, retry_after: RetryAfterStyle, latency: float
) -> tuple[float, float]:
    """600 grades one after another through the gate against `bucket`: the share of the limit
    achieved and the share of requests refused."""
    gate = make_gate(time)
    started = time.clock()
    accepted = refused = 0
    while accepted < 600:
        ticket = ticket_from(gate)
        admission = bucket.acquire("api-key")
        time.sleep(latency)
        if admission.allowed:
            accepted += 1
            gate.accepted()
        else:
            refused += 1
            gate.rate_limited(ticket, float(retry_after_header(admission.wait, retry_after)))
    return accepted / (time.clock() - started), refused / (accepted + refused)


@pytest.mark.parametrize("retry_after", RETRY_AFTER_STYLES)
@pytest.mark.parametrize("limit", [20, 40])
@pytest.mark.parametrize("burst", [1, 10, None])
def test_it_learns_any_token_bucket_limit_without_bouncing_off_it(
    fake_time, limit, burst, retry_after
):
    """>= 80 % of the limit achieved and <= 10 % of the requests refused, whatever the bucket
    holds (one request, ten, or a second's worth) and however Retry-After is rounded: a
    whole-second pause in front of a small bucket wastes most of the pause, so the gate must
    not refuse often."""
    bucket = RateLimiter(limit, fake_time.clock, burst=burst)
    achieved, refused = settle(fake_time, bucket, retry_after, latency=0.01)
    assert achieved >= 0.8 * limit
    assert refused <= 0.1


@pytest.mark.parametrize(("limit", "latency"), [(40, 0.001), (10, 0.005), (100, 0.002)])
def test_it_settles_near_the_limit_whatever_the_latency(fake_time, limit, latency):
    bucket = RateLimiter(limit, fake_time.clock)
    achieved, refused = settle(fake_time, bucket, "whole", latency)
    assert achieved >= 0.8 * limit
    assert refused <= 0.1


def test_it_learns_a_canvas_quota_without_retry_after(fake_time):
    """Canvas's throttle says neither when to come back nor the rate: backoff, then pacing."""
    bucket = canvas_limiter(40, 10, fake_time.clock, seed=3)
    gate = make_gate(fake_time)
    started = fake_time.clock()
    accepted = refused = 0
    while accepted < 600:
        ticket = ticket_from(gate)
        admission = bucket.acquire("api-key")
        fake_time.sleep(0.01)
        if admission.allowed:
            accepted += 1
            gate.accepted()
        else:
            refused += 1
            gate.rate_limited(ticket, None)
    assert accepted / (fake_time.clock() - started) >= 0.8 * 40
    assert refused <= 0.1 * (accepted + refused)
