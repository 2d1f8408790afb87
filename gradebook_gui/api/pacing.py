"""Pacing shared by every request of a run, reads and writes alike: pauses on "slow down" and
learns the rate the platform permits.

The rate starts unlimited (most platforms never refuse). A refusal (429, 503, a 403 rate limit)
pauses every worker until `Retry-After` (or a capped exponential backoff with jitter) and from
then on requests are spaced to a permitted rate.

Limiters are token buckets of unknown size: after a pause the bucket holds at most its burst,
whatever the pause lasted, so a whole-second `Retry-After` in front of a small bucket wastes most
of the pause. The rate after a refusal is therefore the best lower bound on the limiter's rate:
what it accepted since the previous refusal, pause included (exact when the bucket did not
overflow during the pause), or over any recent stretch of at least half a second minus the burst
it let through at the start (exact when requests arrived faster than it refills). The rate the
refusal came at is an upper bound; when both agree the limit is known. Growth then goes quickly
back to the bound, and probes above it only slowly, more slowly each time a refusal comes at the
same rate, because every refusal costs a pause for everyone.
"""

from __future__ import annotations

import random
import threading
from collections import deque
from collections.abc import Callable

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
        self._active_since = now  # when the pause after the latest slow-down ended
        self._active_accepts: deque[float] = deque(maxlen=REMEMBERED_ACCEPTS)
        self._pauses_in_a_row = 0
        self._network_failures_in_a_row = 0

    @property
    def rate(self) -> float | None:
        with self._lock:
            return self._rate

    def acquire(self, stopping: Callable[[], bool]) -> int | None:
        """Wait until a request may start; its epoch ticket, or None when `stopping()`."""
        while not stopping():
            with self._lock:
                now = self._clock()
                ready_at = max(self._paused_until, self._next_slot)
                if ready_at <= now:
                    if self._rate is not None:
                        self._next_slot = max(self._next_slot, now) + 1.0 / self._rate
                    return self._epoch
                wait = ready_at - now
            self._sleep(min(wait, WAIT_SLICE))
        return None

    def accepted(self) -> None:
        """The server answered (whatever it said) without asking to slow down."""
        with self._lock:
            now = self._clock()
            self._pauses_in_a_row = 0
            self._network_failures_in_a_row = 0
            self._cycle_accepted += 1
            if now >= self._active_since:
                self._active_accepts.append(now)
            if self._rate is not None:
                growth = max(APPROACH_PER_SECOND * (self._target - self._rate), 0.0)
                growth = max(growth, self._probe * self._rate)
                self._rate += growth / self._rate

    def rate_limited(self, ticket: int, retry_after: float | None) -> int:
        """The server asked to slow down; returns the slow-downs in a row without a success."""
        with self._lock:
            now = self._clock()
            if ticket == self._epoch:
                self._epoch += 1
                self._pauses_in_a_row += 1
                delay = (
                    retry_after if retry_after is not None else self._backoff(self._pauses_in_a_row)
                )
                self._slow_down(now, delay)
            else:
                delay = retry_after or 0.0
            self._pause(now + delay)
            return self._pauses_in_a_row

    def failed(self) -> int:
        """A request got no usable answer (no connection, a server error): back off for everyone.
        Returns such failures in a row, without an answer in between."""
        with self._lock:
            self._network_failures_in_a_row += 1
            failures = self._network_failures_in_a_row
            self._pause(self._clock() + self._backoff(failures))
            return failures

    def _slow_down(self, now: float, pause: float) -> None:
        active_seconds = max(now - self._active_since, MIN_SECONDS)
        sent_rate = len(self._active_accepts) / active_seconds
        if self._cycle_accepted == 0:
            # Nothing accepted since the previous refusal: nothing to measure, at most halve.
            if self._rate is not None:
                self._rate = max(MIN_RATE, self._rate * NOTHING_ACCEPTED_DECREASE)
                self._target = self._rate
        elif self._rate is None:
            # The first refusal: the limiter's bucket was full at the start, so what it let
            # through is its burst, and the rate it refused at is only a ceiling to head for.
            self._burst = float(len(self._active_accepts))
            refused_at = sent_rate
            bound = self._cycle_accepted / (max(now - self._cycle_started, 0.0) + pause)
            self._rate = max(MIN_RATE, bound * MARGIN, LEAST_DECREASE * refused_at)
            self._target = self._refused_at = refused_at
        else:
            refused_at = self._rate
            bound = max(self._cycle_rate(now), self._stretch_rate(now))
            if refused_at <= CONFIRMED_SPREAD * bound:
                bound = refused_at
            if now - self._active_since >= LEAST_WINDOW_SECONDS:
                self._rate = max(MIN_RATE, bound * MARGIN, LEAST_DECREASE * refused_at)
                self._target = self._rate
            else:
                # Refused at once: the rate was far too high and the bound may be far too low;
                # start in between and head back up to where a refusal is no longer certain.
                self._rate = max(MIN_RATE, bound * MARGIN, (bound * refused_at) ** 0.5)
                self._target = max(self._rate, LEAST_DECREASE * refused_at)
            previous = self._refused_at
            if previous is not None and previous / SAME_RATE <= refused_at <= previous * SAME_RATE:
                self._probe = max(LEAST_PROBE_PER_SECOND, self._probe / 2)
            else:
                self._probe = PROBE_PER_SECOND
            self._refused_at = refused_at
        self._cycle_started, self._cycle_accepted = now, 0
        self._active_since = now + pause
        self._active_accepts.clear()

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
