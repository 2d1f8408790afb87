"""Pacing shared by every request of a run, reads and writes alike: pauses on "slow down" and
learns the rate the platform permits.

The rate starts unlimited (most platforms never refuse). The first refusal (429, 503, a 403 rate
limit) pauses every request until `Retry-After` (or a capped exponential backoff with jitter)
and from then on requests are spaced to a permitted rate.

Limiters are token buckets of unknown size: after a pause the bucket holds at most its burst,
whatever the pause lasted, so a whole-second `Retry-After` in front of a small bucket wastes most
of the pause. The rate after a refusal is therefore the best lower bound on the limiter's rate:
what it accepted since the previous refusal, pause included (exact when the bucket did not
overflow during the pause), or over any recent stretch of at least half a second minus the burst
it let through at the start (exact when requests arrived faster than it refills). The rate the
refusal came at is an upper bound; when both agree the limit is known. Growth then goes quickly
back to the bound, and probes above it only slowly, more slowly each time a refusal comes at the
same rate, because with one sender every refusal stops everything for its wait.

With several senders (a request started while another was in flight), once requests are spaced
and the limiter accepted some since the previous refusal, a refusal with a short wait is the
bucket running short by a moment's jitter, not an overload: the refused request waits what the
server asked before it goes again, and the others go on at a slightly lower rate instead of all
stopping for a whole-second `Retry-After` that only rounds up a wait of a few milliseconds. Such
a refusal costs one request, so the probe above the rate refused at speeds up the longer no
refusal comes, and a rate guessed too low (a first refusal too soon to measure anything) comes
back within seconds. A refusal with nothing accepted since the previous one, or asking for more
than a second, pauses everyone; so does the first.
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
# Above it, each second adds this share of the rate, halved after every refusal at a rate
# already refused at before, down to the floor.
PROBE_PER_SECOND = 0.01
LEAST_PROBE_PER_SECOND = 0.001
# When requests go several at a time, a refusal costs only the refused request's wait, so the
# probe above the rate aimed at starts at this share a second and doubles every
# FAST_PROBE_DOUBLING seconds without a refusal, up to FAST_PROBE_MOST: a rate learnt too low
# (a refusal of a one-request bucket caused by a millisecond of jitter) comes back within seconds.
FAST_PROBE_PER_SECOND = 0.01
FAST_PROBE_DOUBLING = 1.0
FAST_PROBE_MOST = 2.0
# The same, from a rate guessed at a first refusal that came too soon to measure anything.
GUESSED_PROBE_PER_SECOND = 1.0
# With requests going several at a time, below the rate aimed at each second closes this share.
FAST_APPROACH_PER_SECOND = 2.0
# With requests going several at a time, a refusal lowers the rate to this share of its rate,
# or to the second share when it came at about the rate measured (a moment's jitter).
CONCURRENT_DECREASE = 0.9
CONCURRENT_CONFIRMED_DECREASE = 0.97
# Refusals within this factor of the previous one's rate are "at the same rate".
SAME_RATE = 1.25
# A stretch shorter than this is too short to measure a rate over.
LEAST_WINDOW_SECONDS = 0.5
# A refusal asking for no longer than this, with requests already spaced and accepted, only
# holds back the refused request: whole-second Retry-After answers are at least 1.
SHORT_WAIT = 1.0
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
    wait: float  # seconds before the refused request may go again
    everyone: bool  # every request waits that long, not only the refused one


class PacingGate:
    """Thread-safe; `acquire` before every request, then report how it went."""

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        backoff_base: float,
        backoff_cap: float,
        rng: random.Random,
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
        self._burst: float | None = None  # what the limiter let through before its first refusal
        self._next_slot = 0.0
        self._paused_until = 0.0
        # A request remembers the epoch it started in: refusals of requests that started before
        # the latest slow-down are echoes of the same overload and do not slow down again.
        self._epoch = 0
        now = clock()
        self._cycle_started = now
        self._cycle_accepted = 0
        self._active_since = now  # when the pause after the latest slow-down for everyone ended
        self._active_accepts: deque[float] = deque(maxlen=REMEMBERED_ACCEPTS)
        self._pauses_in_a_row = 0
        self._network_failures_in_a_row = 0
        self._refused_last = now
        # Requests started and not yet reported on; once a request starts while another is in
        # flight, a refusal holds back only one of several senders.
        self._in_flight = 0
        self._concurrent = False
        self._guessed = False  # the rate is a guess from a first refusal that came too soon
        # The first refusal and its pause, while no answer has come to measure it with.
        self._unmeasured: tuple[float, float] | None = None

    @property
    def rate(self) -> float | None:
        with self._lock:
            return self._rate

    def acquire(self, stopping: Callable[[], bool], not_before: float = 0.0) -> int | None:
        """Wait until a request may start, not before `not_before` on the clock; its epoch
        ticket, or None when `stopping()`."""
        while not stopping():
            ticket = self.try_acquire(not_before)
            if ticket is not None:
                return ticket
            self._sleep(min(max(self.ready_at(not_before) - self._clock(), 0.0), WAIT_SLICE))
        return None

    def try_acquire(self, not_before: float = 0.0) -> int | None:
        """The ticket of a request that may start now, or None (see `ready_at`)."""
        with self._lock:
            now = self._clock()
            if max(self._paused_until, self._next_slot, not_before) > now:
                return None
            if self._rate is not None:
                self._next_slot = max(self._next_slot, now) + 1.0 / self._rate
            self._concurrent = self._concurrent or self._in_flight > 0
            self._in_flight += 1
            return self._epoch

    def ready_at(self, not_before: float = 0.0) -> float:
        """When the next request may start, on the clock."""
        with self._lock:
            return max(self._paused_until, self._next_slot, not_before)

    def accepted(self) -> None:
        """The server answered (whatever it said) without asking to slow down."""
        with self._lock:
            now = self._clock()
            self._in_flight = max(0, self._in_flight - 1)
            self._pauses_in_a_row = 0
            self._network_failures_in_a_row = 0
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
        """The server asked to slow down: how long the refused request waits, and whether
        everyone waits with it (then the gate holds every request back until then)."""
        with self._lock:
            now = self._clock()
            self._in_flight = max(0, self._in_flight - 1)
            if ticket != self._epoch:
                # An echo of the latest slow-down: the request waits, the rate stays.
                in_a_row = max(self._pauses_in_a_row, 1)
                wait = retry_after if retry_after is not None else self._backoff(in_a_row)
                return Slowdown(self._pauses_in_a_row, wait, everyone=False)
            self._epoch += 1
            self._pauses_in_a_row += 1
            wait = retry_after if retry_after is not None else self._backoff(self._pauses_in_a_row)
            everyone = (
                self._rate is None
                or self._cycle_accepted == 0
                or (retry_after is not None and retry_after > SHORT_WAIT)
            )
            if self._unmeasured is not None:
                self._slow_down(*self._unmeasured)
                self._unmeasured = None
            if self._rate is None and self._cycle_accepted == 0:
                # The first refusal came before any answer: the requests still in flight with it
                # tell what the limiter let through.
                self._unmeasured = (now, wait)
            else:
                self._slow_down(now, wait if everyone else 0.0)
            self._refused_last = now
            if everyone:
                self._pause(now + wait)
            return Slowdown(self._pauses_in_a_row, wait, everyone)

    def ended(self) -> None:
        """A request ended without an answer that tells anything about the rate."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)

    def failed(self) -> int:
        """A request got no usable answer (no connection, a server error): back off for everyone.
        Returns such failures in a row, without an answer in between."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            self._network_failures_in_a_row += 1
            failures = self._network_failures_in_a_row
            self._pause(self._clock() + self._backoff(failures))
            return failures

    def _slow_down(self, now: float, pause: float) -> None:
        """Learn from a refusal; `pause` is how long everyone now waits (0: only the refused)."""
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
            bound = self._cycle_accepted / (max(now - self._cycle_started, 0.0) + pause)
            self._rate = max(MIN_RATE, bound * MARGIN, LEAST_DECREASE * refused_at)
            self._target = self._refused_at = refused_at
            # Refused too soon to measure a rate: the rate is a guess, and no ceiling is known.
            self._guessed = now - self._active_since < LEAST_WINDOW_SECONDS
        else:
            refused_at = self._rate
            bound = max(self._cycle_rate(now), self._stretch_rate(now))
            if self._concurrent:
                # A refusal costs only the refused request's wait: back off a little, and
                # further at the next refusal if that was not enough. Refused at about the
                # rate measured, the bucket is short of a request by a moment's jitter.
                confirmed = refused_at <= CONFIRMED_SPREAD * bound
                decrease = CONCURRENT_CONFIRMED_DECREASE if confirmed else CONCURRENT_DECREASE
                self._rate = max(MIN_RATE, decrease * refused_at)
                if not confirmed:
                    self._rate = max(self._rate, bound * MARGIN)
                self._target = max(self._rate, MARGIN * refused_at)
            elif refused_at <= CONFIRMED_SPREAD * bound:
                self._rate = max(MIN_RATE, refused_at * MARGIN)
                self._target = self._rate
            elif now - self._active_since >= LEAST_WINDOW_SECONDS:
                self._rate = max(MIN_RATE, bound * MARGIN, LEAST_DECREASE * refused_at)
                self._target = self._rate
            else:
                # Refused at once: the rate was far too high and the bound may be far too low;
                # start in between and head back up to where a refusal is no longer certain.
                self._rate = max(MIN_RATE, bound * MARGIN, (bound * refused_at) ** 0.5)
                self._target = max(self._rate, LEAST_DECREASE * refused_at)
            self._guessed = False
            previous = self._refused_at
            same_rate = (
                previous is not None and previous / SAME_RATE <= refused_at <= previous * SAME_RATE
            )
            if same_rate and not self._concurrent:
                self._probe = max(LEAST_PROBE_PER_SECOND, self._probe / 2)
            else:
                self._probe = PROBE_PER_SECOND
            self._refused_at = refused_at
        self._cycle_started, self._cycle_accepted = now, 0
        if pause > 0:
            # The bucket refills during the pause: measure again from its end.
            self._active_since = now + pause
            self._active_accepts.clear()

    def _probe_share(self, now: float) -> float:
        """How much of the rate a second of growth above the rate aimed at adds."""
        if not self._concurrent:
            return self._probe
        doublings = (now - self._refused_last) / FAST_PROBE_DOUBLING
        start = GUESSED_PROBE_PER_SECOND if self._guessed else FAST_PROBE_PER_SECOND
        return min(FAST_PROBE_MOST, start * 2**doublings)

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

    def _backoff(self, setbacks: int) -> float:
        """Capped exponential backoff with jitter, so that waiting workers do not stampede."""
        delay = min(self._backoff_cap, self._backoff_base * 2 ** (setbacks - 1))
        return delay * (0.5 + self._rng.random() / 2)
