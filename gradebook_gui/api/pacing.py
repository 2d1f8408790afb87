"""Pacing shared by every request of a run, reads and writes alike: pauses on "slow down" and
learns the rate the platform permits.

The rate starts unlimited (most platforms never refuse). Every refusal (429, 503, a 403 rate
limit) pauses every request of the run until its `Retry-After` (or a capped exponential backoff
with jitter) has passed, whoever sent it and however short the wait: a platform that asks for a
second means a second for the whole queue. From the first refusal on requests are spaced to a
permitted rate, learnt so that refusals, each costing everyone its wait, stay few.

Limiters are token buckets of unknown size: after a pause the bucket holds at most its burst,
whatever the pause lasted, so a whole-second `Retry-After` in front of a small bucket wastes most
of the pause. The rate after a refusal is therefore the best lower bound on the limiter's rate:
what it accepted since the previous refusal, pause included (exact when the bucket did not
overflow during the pause), since the pause ended or over any recent stretch of at least half a
second, minus the burst it let through at the start (exact when requests arrived faster than it
refills). The rate the refused request left at is an upper bound; when both agree the limit is
known. A first refusal too soon to measure anything (several senders starting at once) starts
from a low guess that climbs quickly until the next refusal, which then measures the limit;
answers still in flight at the first refusal are counted before the guess is made.

What a pacing learnt is handed on (`LearnedLimit`): the reads that load a column teach the run
that sends its grades, and a run teaches what comes after it, so none pays again for the pauses
that found the rate.

Once the limit is known, requests go at a margin under the rate refused at: a bucket of one
request refuses two arrivals closer than its rate allows, so a few milliseconds of jitter are
enough. A refusal under that rate is such jitter: a smaller cut, never far under it. Growth goes
quickly back to the rate aimed at (more quickly with several senders), and probes above it only
after a long run without a refusal and slowly, more slowly each time a refusal comes at the same
rate.
"""

from __future__ import annotations

import random
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

# Run at this share of the limit learnt, so that the bucket stays full and refusals stay rare.
MARGIN = 0.95
# A refusal with nothing accepted since the previous one lowers the rate by this factor.
NOTHING_ACCEPTED_DECREASE = 0.5
# A refusal at no more than this multiple of the lower bound confirms the limit is that rate.
CONFIRMED_SPREAD = 1.1
# However low the lower bound, a refusal lowers the rate to no less than this share of the rate
# it came at: a bucket that overflowed during a long pause makes the bound pessimistic.
LEAST_DECREASE = 0.6
# Below the rate aimed at, each second closes this share of the gap.
APPROACH_PER_SECOND = 0.5
# Above it, after QUIET_SECONDS, each second adds this share of the rate, halved after every
# refusal at a rate already refused at before, down to the floor.
PROBE_PER_SECOND = 0.01
LEAST_PROBE_PER_SECOND = 0.001
# Above the rate aimed at, growth waits for this long without a refusal: every refusal costs
# every sender its wait, a probe that finds nothing new costs a whole pause.
QUIET_SECONDS = 20.0
# A first refusal too soon to measure anything starts at this share of the rate it came at, and
# each second climbs by this share until the next refusal shows where the limit is.
GUESS_SHARE = 0.15
GUESSED_PROBE_PER_SECOND = 1.0
# With several senders, below the rate aimed at each second closes this share of the gap.
FAST_APPROACH_PER_SECOND = 2.0
# A bucket that let through no more than this many requests at once is "small": it refuses the
# first arrival closer than its rate allows, so once this many went through since the pause at
# about the rate refused at, that rate is the limit.
SMALL_BURST = 2.0
SMALL_BUCKET_EVIDENCE = 5
# Refused at the limit: go on at this share of it. Refused again under it (jitter larger than
# that room): this share of the rate refused at, but not under the floor share of the limit.
JITTER_MARGIN = 0.9
JITTER_CUT = 0.95
JITTER_FLOOR = 0.82
# Refusals within this factor of the previous one's rate are "at the same rate".
SAME_RATE = 1.25
# A stretch shorter than this is too short to measure a rate over.
LEAST_WINDOW_SECONDS = 0.5
MIN_SECONDS = 0.01
MIN_RATE = 0.5
# The accepted requests remembered for the measurement: more than a stretch ever needs.
REMEMBERED_ACCEPTS = 4096
# Waits are taken in slices so that a stop or cancel is noticed promptly.
WAIT_SLICE = 0.25


@dataclass(frozen=True)
class Slowdown:
    """What a refusal asks of the requests."""

    in_a_row: int  # slow-downs in a row without a success
    wait: float  # seconds every request of the run waits from the refusal


@dataclass(frozen=True)
class LearnedLimit:
    """What refusals taught about an account's limit, for a later run to start from."""

    rate: float  # requests per second to go at
    target: float  # the rate growth heads for quickly
    ceiling: float | None  # the rate refused at when the limit was found
    burst: float | None  # what the limiter let through before its first refusal
    refused_at: float | None  # the rate of the latest refusal
    probe: float  # growth above the target, per second, as a share of the rate
    guessed: bool  # the rate is still a guess climbing towards the limit


class PacingGate:
    """Thread-safe; `acquire` before every request, then report how it went. `senders`: how
    many threads send through the gate; `learned`: start from what an earlier run learnt about
    the same account instead of unlimited."""

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        backoff_base: float,
        backoff_cap: float,
        rng: random.Random,
        senders: int = 1,
        learned: LearnedLimit | None = None,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._backoff_base = backoff_base
        self._backoff_cap = backoff_cap
        self._rng = rng
        self._lock = threading.Lock()
        self._rate: float | None = None  # requests per second; None: not limited (yet)
        self._target = 0.0  # the rate growth heads for quickly
        self._refused_at: float | None = None  # the rate of the latest refusal
        self._probe = PROBE_PER_SECOND
        self._ceiling: float | None = None  # the rate refused at when the limit was found
        self._burst: float | None = None  # what the limiter let through before its first refusal
        self._next_slot = 0.0
        self._paused_until = 0.0
        # A request remembers the epoch it started in: refusals of requests that started before
        # the latest slow-down are echoes of the same overload; their wait is honoured, but they
        # do not lower the rate again.
        self._epoch = 0
        # Each request's ticket: the epoch and the rate it started at, for the latest requests.
        self._tickets: deque[tuple[int, int, float | None]] = deque(maxlen=REMEMBERED_ACCEPTS)
        self._next_ticket = 0
        now = clock()
        self._cycle_started = now
        self._cycle_accepted = 0
        self._active_since = now  # when the pause after the latest slow-down ended
        self._active_accepts: deque[float] = deque(maxlen=REMEMBERED_ACCEPTS)
        self._pauses_in_a_row = 0
        self._refused_last = now
        # Requests started and not yet reported on. Several senders share the rate: they climb
        # back to it more quickly and need room for their arrivals' jitter. Paced apart, they
        # may never overlap, so the count told is believed; overlaps show it for the others.
        self._in_flight = 0
        self._concurrent = senders > 1
        self._guessed = False  # the rate is a guess from a first refusal that came too soon
        # The first refusal and its pause, while no answer has come to measure it with.
        self._unmeasured: tuple[float, float] | None = None
        if learned is not None:
            self.adopt(learned)

    @property
    def learned(self) -> LearnedLimit | None:
        """What refusals taught so far; None while nothing refused."""
        with self._lock:
            if self._rate is None:
                return None
            return LearnedLimit(
                rate=self._rate,
                target=self._target,
                ceiling=self._ceiling,
                burst=self._burst,
                refused_at=self._refused_at,
                probe=self._probe,
                guessed=self._guessed,
            )

    def adopt(self, learned: LearnedLimit) -> None:
        """Go on from what another run learnt about the same account. The next request waits
        for a slot, as if one had just been sent: the other run's last request may have left
        the bucket empty."""
        with self._lock:
            self._rate, self._target = learned.rate, learned.target
            self._ceiling, self._burst = learned.ceiling, learned.burst
            self._refused_at, self._probe = learned.refused_at, learned.probe
            self._guessed = learned.guessed
            self._unmeasured = None
            now = self._clock()
            self._refused_last = now
            self._next_slot = max(self._next_slot, now + 1.0 / learned.rate)

    @property
    def rate(self) -> float | None:
        with self._lock:
            return self._rate

    def acquire(self, stopping: Callable[[], bool]) -> int | None:
        """Wait until a request may start; its ticket, or None when `stopping()`."""
        while not stopping():
            ticket = self.try_acquire()
            if ticket is not None:
                return ticket
            self._sleep(min(max(self.ready_at() - self._clock(), 0.0), WAIT_SLICE))
        return None

    def try_acquire(self) -> int | None:
        """The ticket of a request that may start now, or None (see `ready_at`)."""
        with self._lock:
            now = self._clock()
            if max(self._paused_until, self._next_slot) > now:
                return None
            if self._rate is not None:
                self._next_slot = max(self._next_slot, now) + 1.0 / self._rate
            if self._next_ticket == 0:
                # The run's first request: what the limiter lets through is measured from here,
                # not from when the run was set up.
                self._cycle_started = self._active_since = self._refused_last = now
            self._concurrent = self._concurrent or self._in_flight > 0
            self._in_flight += 1
            self._next_ticket += 1
            self._tickets.append((self._next_ticket, self._epoch, self._rate))
            return self._next_ticket

    def ready_at(self) -> float:
        """When the next request may start, on the clock."""
        with self._lock:
            return max(self._paused_until, self._next_slot)

    def accepted(self) -> None:
        """The server answered (whatever it said) without asking to slow down."""
        with self._lock:
            now = self._clock()
            self._in_flight = max(0, self._in_flight - 1)
            self._pauses_in_a_row = 0
            unmeasured, self._unmeasured = self._unmeasured, None
            in_the_pause = unmeasured is not None and now < unmeasured[0] + unmeasured[1]
            if unmeasured is not None and not in_the_pause:
                self._slow_down(*unmeasured)
            self._cycle_accepted += 1
            if now >= self._active_since:
                self._active_accepts.append(now)
            if unmeasured is not None and in_the_pause:
                # A request sent before the first refusal got through: learn from it now.
                self._slow_down(*unmeasured)
            if self._rate is None:
                return
            approach = FAST_APPROACH_PER_SECOND if self._concurrent else APPROACH_PER_SECOND
            growth = max(approach * (self._target - self._rate), 0.0)
            growth = max(growth, self._probe_share(now) * self._rate)
            self._rate += growth / self._rate

    def rate_limited(self, ticket: int, retry_after: float | None) -> Slowdown:
        """The server asked to slow down: no request of the run starts until its `Retry-After`
        (or a backoff) has passed, counted from now."""
        with self._lock:
            now = self._clock()
            self._in_flight = max(0, self._in_flight - 1)
            epoch, sent_at = self._spacing_of(ticket)
            if epoch != self._epoch:
                # An echo of the latest slow-down: its wait is honoured too, the rate stays.
                in_a_row = max(self._pauses_in_a_row, 1)
                wait = retry_after if retry_after is not None else self.backoff(in_a_row)
                self._pause(now + wait)
                return Slowdown(self._pauses_in_a_row, wait)
            self._epoch += 1
            self._pauses_in_a_row += 1
            wait = retry_after if retry_after is not None else self.backoff(self._pauses_in_a_row)
            if self._unmeasured is not None:
                self._slow_down(*self._unmeasured)
                self._unmeasured = None
            if self._rate is None and self._cycle_accepted == 0:
                # The first refusal came before any answer: the requests still in flight with it
                # tell what the limiter let through.
                self._unmeasured = (now, wait)
            else:
                self._slow_down(now, wait, sent_at)
            self._refused_last = now
            self._pause(now + wait)
            return Slowdown(self._pauses_in_a_row, wait)

    def _spacing_of(self, ticket: int) -> tuple[int, float | None]:
        """The epoch a request started in, and the rate that spaced it from the request before:
        the one the previous request started at, which set when this one could start."""
        latest_first = reversed(self._tickets)
        for number, epoch, rate in latest_first:
            if number == ticket:
                before = next(latest_first, None)
                if before is not None and before[1] == epoch:
                    rate = before[2]
                return epoch, rate
        return self._epoch, self._rate

    def ended(self) -> None:
        """A request ended without an answer that tells anything about the rate."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)

    def _slow_down(self, now: float, pause: float, sent_at: float | None = None) -> None:
        """Learn from a refusal; `pause` is how long everyone now waits, `sent_at` the rate the
        refused request started at (lower than now while the rate was climbing)."""
        active_seconds = max(now - self._active_since, MIN_SECONDS)
        sent_rate = len(self._active_accepts) / active_seconds
        if self._cycle_accepted == 0:
            # Nothing accepted since the previous refusal: nothing to measure, at most halve.
            if self._rate is not None:
                self._rate = max(MIN_RATE, self._rate * NOTHING_ACCEPTED_DECREASE)
                self._target = self._rate
        elif self._rate is None:
            # The first refusal: the limiter's bucket was full at the start, so what it let
            # through is its burst, and the rate it refused at is only a ceiling.
            self._burst = float(len(self._active_accepts))
            refused_at = sent_rate
            bound = self._cycle_accepted / max(now - self._cycle_started + pause, MIN_SECONDS)
            # Refused too soon to measure a rate: the rate is a guess, and no ceiling is known.
            self._guessed = now - self._active_since < LEAST_WINDOW_SECONDS
            least = GUESS_SHARE if self._guessed else LEAST_DECREASE
            self._rate = max(MIN_RATE, bound * MARGIN, least * refused_at)
            self._refused_at = refused_at
            self._target = self._rate if self._guessed else refused_at
        else:
            refused_at = self._rate if sent_at is None else min(sent_at, self._rate)
            bound = max(self._cycle_rate(now), self._stretch_rate(now), self._since_pause_rate(now))
            previous = self._refused_at
            same_rate = (
                previous is not None and previous / SAME_RATE <= refused_at <= previous * SAME_RATE
            )
            # A bucket of a request or two refuses the first arrival closer than its rate allows:
            # after several accepted at about this rate, the rate refused at is the limit, and
            # once the limit is known a refusal a little under it is such an arrival.
            small_bucket = self._burst is not None and self._burst <= SMALL_BURST
            at_the_limit = small_bucket and (
                len(self._active_accepts) >= SMALL_BUCKET_EVIDENCE
                or (
                    self._ceiling is not None
                    and JITTER_FLOOR * self._ceiling < refused_at <= self._ceiling
                )
            )
            climbing = self._guessed
            self._guessed = False
            if at_the_limit or refused_at <= CONFIRMED_SPREAD * bound:
                self._rate = self._under_the_limit(refused_at)
                self._target = self._rate
            elif now - self._active_since >= LEAST_WINDOW_SECONDS:
                # A climb from a guess overshoots a large bucket by what it held: the rate it
                # let through over the stretch is the limit.
                least = LEAST_DECREASE * refused_at
                self._rate = max(MIN_RATE, bound * MARGIN, 0.0 if climbing else least)
                self._target = max(self._rate, least)
            else:
                # Refused at once: the rate was far too high and the bound may be far too low;
                # start in between and head back up to where a refusal is no longer certain.
                self._rate = max(MIN_RATE, bound * MARGIN, (bound * refused_at) ** 0.5)
                self._target = max(self._rate, LEAST_DECREASE * refused_at)
            if same_rate:
                self._probe = max(LEAST_PROBE_PER_SECOND, self._probe / 2)
            else:
                self._probe = PROBE_PER_SECOND
            self._refused_at = refused_at
        self._cycle_started, self._cycle_accepted = now, 0
        # The bucket refills during the pause: measure again from its end.
        self._active_since = now + pause
        self._active_accepts.clear()

    def _under_the_limit(self, refused_at: float) -> float:
        """The rate to go on at after a refusal at about the limit: room for a moment's jitter
        under the highest such rate (a bucket of one request refuses two arrivals closer than
        its rate allows), a little less after each refusal below it (the jitter was larger than
        that room), and never far under it."""
        ceiling = self._ceiling
        if ceiling is None or not JITTER_FLOOR * ceiling < refused_at <= ceiling:
            self._ceiling = refused_at
            # One sender's next request leaves only after the previous answer: only the
            # variation of one round trip brings two of its arrivals closer.
            margin = JITTER_MARGIN if self._concurrent else MARGIN
            return max(MIN_RATE, refused_at * margin)
        return max(MIN_RATE, JITTER_FLOOR * ceiling, refused_at * JITTER_CUT)

    def _probe_share(self, now: float) -> float:
        """How much of the rate a second of growth above the rate aimed at adds."""
        if self._guessed:
            return GUESSED_PROBE_PER_SECOND
        if now - self._refused_last < QUIET_SECONDS:
            return 0.0
        return self._probe

    def _since_pause_rate(self, now: float) -> float:
        """Accepted since the latest pause ended, less the burst the bucket held then."""
        seconds = now - self._active_since
        if seconds <= 0:
            return 0.0
        return max(len(self._active_accepts) - (self._burst or 0.0), 0.0) / seconds

    def _cycle_rate(self, now: float) -> float:
        """Accepted since the previous refusal, pause included: the bucket was empty at both."""
        return self._cycle_accepted / max(now - self._cycle_started, MIN_SECONDS)

    def _stretch_rate(self, now: float) -> float:
        """The best rate over a recent stretch, less the burst the bucket may have held."""
        burst = self._burst or 0.0
        best = 0.0
        count = len(self._active_accepts)
        for index, accepted_at in enumerate(self._active_accepts):
            seconds = now - accepted_at
            if seconds < LEAST_WINDOW_SECONDS:
                break
            best = max(best, (count - index - burst) / seconds)
        return best

    def _pause(self, until: float) -> None:
        self._paused_until = max(self._paused_until, until)
        self._next_slot = max(self._next_slot, self._paused_until)

    def backoff(self, setbacks: int) -> float:
        """Capped exponential backoff with jitter, so that waiting senders do not stampede: the
        wait after `setbacks` in a row (at least one)."""
        delay = min(self._backoff_cap, self._backoff_base * 2 ** (max(setbacks, 1) - 1))
        return delay * (0.5 + self._rng.random() / 2)
