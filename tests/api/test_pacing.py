"""The pacing gate: pauses every request on "slow down" and settles near the platform's limit,
with one sender or several."""

from __future__ import annotations

import heapq
import itertools
import random
import threading

import pytest

from gradebook_gui.api import Pacing
from gradebook_gui.api.errors import RateLimitedError
from gradebook_gui.api.pacing import WAIT_SLICE, LearnedLimit, PacingGate
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


def make_gate(
    time: FakeTime,
    *,
    base: float = 0.5,
    cap: float = 30.0,
    senders: int = 1,
    learned: LearnedLimit | None = None,
) -> PacingGate:
    return PacingGate(
        clock=time.clock,
        sleep=time.sleep,
        backoff_base=base,
        backoff_cap=cap,
        rng=random.Random(4),
        senders=senders,
        learned=learned,
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
    assert gate.rate_limited(tickets[0], 1.0).in_a_row == 1
    rate = gate.rate
    for ticket in tickets[1:]:
        assert gate.rate_limited(ticket, 1.0).in_a_row == 1
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
    pacing = Pacing(clock=fake_time.clock, sleep=fake_time.sleep, rng=random.Random(4))
    assert [pacing.failed() for _ in range(3)] == [1, 2, 3]
    pacing.accepted()
    assert pacing.failed() == 1
    gate = make_gate(fake_time)
    first = ticket_from(gate)
    assert gate.rate_limited(first, 0.0).in_a_row == 1
    second = ticket_from(gate)
    assert gate.rate_limited(second, 0.0).in_a_row == 2


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
    """60 accepted at 100/s, then a 1 s pause: at least 60 % of the rate refused at."""
    gate = make_gate(fake_time)
    for _ in range(60):
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


# -- several senders: every refusal pauses every sender for its whole Retry-After --------------


def paced_with_two_senders(gate: PacingGate, time: FakeTime) -> None:
    """Two requests in flight at once, 50 accepted at 100/s, a refusal (the rate is learnt),
    its pause waited out, then 20 spaced requests accepted."""
    ticket_from(gate), ticket_from(gate)
    gate.accepted()
    gate.accepted()
    for _ in range(50):
        gate.acquire(never)
        gate.accepted()
        time.sleep(0.01)
    gate.rate_limited(ticket_from(gate), 1.0)
    for _ in range(20):
        gate.acquire(never)
        gate.accepted()
    assert gate.rate is not None


@pytest.mark.parametrize("retry_after", [0.001, 0.2, 1.0, 5.0])
def test_a_refusal_while_spaced_requests_get_through_pauses_every_sender(fake_time, retry_after):
    """However short the wait and however well requests were getting through, no request of
    the run starts before the Retry-After has passed."""
    gate = make_gate(fake_time)
    paced_with_two_senders(gate, fake_time)
    in_flight = ticket_from(gate)
    refused_at = fake_time.clock()

    assert gate.rate_limited(ticket_from(gate), retry_after).wait == retry_after
    assert gate.try_acquire() is None or retry_after <= 0.0
    gate.acquire(never)
    assert fake_time.clock() >= refused_at + retry_after

    # A request sent before the refusal and refused after it (an echo) pauses everyone too.
    echo_at = fake_time.clock()
    gate.rate_limited(in_flight, retry_after)
    gate.acquire(never)
    assert fake_time.clock() >= echo_at + retry_after


def test_refusals_with_nothing_accepted_between_them_halve_the_rate(fake_time):
    gate = make_gate(fake_time)
    paced_with_two_senders(gate, fake_time)
    gate.rate_limited(ticket_from(gate), 1.0)
    rate = gate.rate
    assert rate is not None
    gate.rate_limited(ticket_from(gate), 1.0)
    assert gate.rate == pytest.approx(rate / 2)


def test_a_first_refusal_before_any_answer_learns_from_the_answers_still_in_flight(fake_time):
    """Eight requests leave at once; one is refused before the others are answered: the answer
    that comes during the pause still sets a rate, so the senders do not all burst again."""
    gate = make_gate(fake_time)
    tickets = [ticket_from(gate) for _ in range(8)]
    fake_time.sleep(0.012)
    refused_at = fake_time.clock()
    gate.rate_limited(tickets[0], 1.0)
    assert gate.rate is None
    gate.accepted()
    assert gate.rate is not None
    gate.acquire(never)
    assert fake_time.clock() >= refused_at + 1.0


def test_the_pacing_pauses_every_thread_when_one_is_refused(fake_time):
    """One thread's request is refused with a short Retry-After while the others were sending
    spaced requests that got through: the other threads wait for the whole of it too."""
    pacing = Pacing(clock=fake_time.clock, sleep=fake_time.sleep, rng=random.Random(4))
    refusal = RateLimitedError("Sending a score", retry_after=0.5, status=429)
    first, second = pacing.acquire(never), pacing.acquire(never)
    assert first is not None and second is not None
    pacing.accepted()
    pacing.accepted()
    for _ in range(50):
        pacing.acquire(never)
        pacing.accepted()
        fake_time.sleep(0.01)
    ticket = pacing.acquire(never)
    assert ticket is not None
    pacing.rate_limited(ticket, refusal)
    for _ in range(20):
        pacing.acquire(never)
        pacing.accepted()

    moments: dict[str, float] = {}

    def refused_sender() -> None:
        ticket = pacing.acquire(never)
        assert ticket is not None
        moments["refused"] = fake_time.clock()
        pacing.rate_limited(ticket, refusal)

    thread = threading.Thread(target=refused_sender)
    thread.start()
    thread.join(5)
    assert pacing.pausing
    assert pacing.acquire(never) is not None
    moments["other"] = fake_time.clock()

    assert moments["other"] - moments["refused"] >= 0.5


def several_senders(
    time: FakeTime,
    bucket: RateLimiter,
    retry_after: RetryAfterStyle | None,
    *,
    seed: int,
    grades: int = 600,
    gate: PacingGate | None = None,
) -> tuple[float, float]:
    """`grades` grades from 8 senders through the gate against `bucket` on the fake clock, as
    the engine sends them: each request reaches the limiter 10 ms after its turn plus a jitter
    (about half a millisecond, now and then up to 5 ms more). The share of the limit achieved
    and of requests refused. `retry_after` None: refusals say nothing (Canvas).

    Checks on the way that no request starts while a Retry-After told to any sender runs."""
    jitter = random.Random(seed)

    def delay() -> float:
        extra = jitter.uniform(0, 0.005) if jitter.random() < 0.01 else 0.0
        return jitter.expovariate(1 / 0.0005) + extra

    gate = gate or make_gate(time, senders=8)
    started = time.clock()
    events: list[tuple[float, int, int, str]] = []
    order = 0

    def at(moment: float, sender: int, what: str) -> None:
        nonlocal order
        order += 1
        heapq.heappush(events, (moment, order, sender, what))

    tickets = [0] * 8
    admissions: dict[int, bool | float] = {}
    told_until = started  # the end of the latest Retry-After told to any sender
    to_send, accepted, refused = grades, 0, 0
    for sender in range(8):
        at(started, sender, "turn")
    while events:
        moment, _, sender, what = heapq.heappop(events)
        time.sleep(moment - time.clock())
        if what == "turn":
            if to_send == 0:
                continue
            ticket = gate.try_acquire()
            if ticket is None:
                at(max(gate.ready_at(), time.clock() + 1e-6), sender, "turn")
                continue
            assert time.clock() >= told_until, "a request started during a Retry-After"
            to_send -= 1
            tickets[sender] = ticket
            at(time.clock() + 0.01 + delay(), sender, "arrives")
        elif what == "arrives":
            admission = bucket.acquire("api-key")
            admissions[sender] = admission.allowed or admission.wait
            at(time.clock() + 0.001 + delay(), sender, "answered")
        else:
            outcome = admissions.pop(sender)
            if outcome is True:
                accepted += 1
                gate.accepted()
            else:
                refused += 1
                to_send += 1
                told = None if retry_after is None else retry_after_header(outcome, retry_after)
                slowdown = gate.rate_limited(tickets[sender], None if told is None else float(told))
                told_until = max(told_until, time.clock() + slowdown.wait)
            at(time.clock(), sender, "turn")
    return accepted / (time.clock() - started), refused / (accepted + refused)


@pytest.mark.parametrize("retry_after", RETRY_AFTER_STYLES)
@pytest.mark.parametrize("burst", [1, 10, None])
def test_no_sender_starts_a_request_while_a_retry_after_runs(fake_time, burst, retry_after):
    """Whole seconds or a few milliseconds, told to the first refused or to a later one: every
    sender waits until it has passed (several_senders checks each request it starts)."""
    bucket = RateLimiter(40, fake_time.clock, burst=burst)
    several_senders(fake_time, bucket, retry_after, seed=2, grades=200)


# With whole-second refusals, a bucket of one request at 40/s pays a second of every sender's
# time for each arrival that comes within 25 ms of the previous one: against this jitter even a
# sender told the limit in advance reaches about 78 % of it, so that cell is held to less.
EIGHT_SENDERS_LEAST_SHARE = {(40, 1): 0.65}


@pytest.mark.parametrize("limit", [20, 40])
@pytest.mark.parametrize("burst", [1, 10, None])
def test_eight_senders_learn_any_token_bucket_limit_without_bouncing_off_it(
    fake_time, limit, burst
):
    """The same targets with the engine's eight senders, whole-second Retry-After: every refusal
    pauses every sender, so the gate reaches a pace without refusals after very few."""
    bucket = RateLimiter(limit, fake_time.clock, burst=burst)
    achieved, refused = several_senders(fake_time, bucket, "whole", seed=1)
    assert achieved >= EIGHT_SENDERS_LEAST_SHARE.get((limit, burst), 0.8) * limit
    assert refused <= 0.1


def test_eight_senders_learn_a_canvas_quota_without_retry_after(fake_time):
    bucket = canvas_limiter(40, 10, fake_time.clock, seed=3)
    achieved, refused = several_senders(fake_time, bucket, None, seed=1)
    assert achieved >= 0.8 * 40
    assert refused <= 0.1


def known_limit(rate: float, *, target: float | None = None) -> LearnedLimit:
    """What a pacing that found a bucket of one request, going at `rate`, hands on."""
    return LearnedLimit(
        rate=rate,
        target=rate if target is None else target,
        ceiling=None,
        burst=1.0,
        refused_at=None,
        probe=0.01,
        guessed=False,
    )


def test_nothing_is_learnt_until_a_refusal(fake_time):
    gate = make_gate(fake_time)
    for _ in range(20):
        gate.acquire(never)
        gate.accepted()
    assert gate.learned is None


def test_a_gate_started_from_what_another_learnt_paces_its_very_first_request(fake_time):
    """The other run's last request may have left the bucket empty: the first request waits
    its turn at the learnt rate, and every one after it."""
    learner = make_gate(fake_time, senders=8)
    several_senders(
        fake_time, RateLimiter(40, fake_time.clock, burst=1), "whole", seed=3, gate=learner
    )
    learned = learner.learned
    assert learned is not None and learned.rate < 40

    gate = make_gate(fake_time, learned=learned)
    assert gate.rate == learned.rate
    started = [fake_time.clock()]
    for _ in range(5):
        ticket_from(gate)
        started.append(fake_time.clock())
    gaps = [later - earlier for earlier, later in itertools.pairwise(started)]
    assert min(gaps) == pytest.approx(1 / learned.rate)


def test_a_refusal_is_put_down_to_the_rate_that_spaced_the_request_from_the_one_before(
    fake_time,
):
    """A request's rate sets when the next one may start: when the next is refused, the rate
    that refused it is the earlier request's, even if the rate has grown since."""
    gate = make_gate(fake_time, senders=8, learned=known_limit(30.0, target=40.0))
    ticket_from(gate)
    gate.accepted()
    later = ticket_from(gate)
    assert (gate.rate or 0) > 30.0
    gate.rate_limited(later, 1.0)
    learned = gate.learned
    assert learned is not None and learned.refused_at == pytest.approx(30.0)


@pytest.mark.parametrize(("limit", "burst"), [(20, 1), (40, 1), (40, 10)])
def test_a_run_that_starts_from_what_was_learnt_reaches_more_of_the_limit(fake_time, limit, burst):
    """Eight senders, whole-second Retry-After: a run that starts from what an earlier pacing of
    the account learnt (loading the column, an earlier run) skips the refusals that found the
    rate, and gets further than one that starts knowing nothing."""
    bucket = RateLimiter(limit, fake_time.clock, burst=burst)
    fresh, _ = several_senders(fake_time, bucket, "whole", seed=5)
    fake_time.sleep(2.0)
    loader = make_gate(fake_time)
    several_senders(fake_time, bucket, "whole", seed=6, grades=60, gate=loader)
    fake_time.sleep(2.0)
    learned = loader.learned
    assert learned is not None
    gate = make_gate(fake_time, senders=8, learned=learned)

    informed, refused = several_senders(fake_time, bucket, "whole", seed=5, gate=gate)

    assert informed > fresh
    assert informed >= 0.75 * limit
    assert refused <= 0.1
