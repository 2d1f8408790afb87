"""Pacing shared by every request of a run, reads and writes alike: pauses on "slow down" and
finds the allowed rate.

The rate starts unlimited (most platforms never refuse). A refusal (429, 503, a 403 rate limit)
pauses every worker until `Retry-After` (or a capped exponential backoff with jitter) and from
then on requests are spaced to a permitted rate, raised additively on every success.

The permitted rate after a refusal comes from what the server accepted over the whole cycle
since the previous refusal, pause included: a token bucket that refills during the pause then
shows its true rate, whereas a short burst would overstate it tenfold. A cycle with too few
accepted requests to go by (a refusal right after a pause) at most halves the rate. So the run
settles just under the platform's limit instead of bouncing off it.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

# After a refusal the permitted rate becomes this share of the rate measured over the cycle...
DECREASE_FACTOR = 0.9
# ...but a cycle with fewer accepted requests than this lowers the rate by this factor at most.
MIN_SAMPLES = 8
FALLBACK_DECREASE_FACTOR = 0.5
# A cycle shorter than this is measured as this long, so a burst cannot divide by zero.
MIN_CYCLE_SECONDS = 0.01
# Every success raises the permitted rate so that, per second, it grows by this share of the rate
# found at the last slow-down: the same pace of probing whatever the platform's limit.
INCREASE_SHARE_PER_SECOND = 0.025
MIN_RATE = 0.5
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
        self._increase_per_second = 0.0
        self._next_slot = 0.0
        self._paused_until = 0.0
        # A request remembers the epoch it started in: refusals of requests that started before
        # the latest slow-down are echoes of the same overload and do not slow down again.
        self._epoch = 0
        self._cycle_started = clock()
        self._cycle_accepted = 0
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
            self._pauses_in_a_row = 0
            self._network_failures_in_a_row = 0
            self._cycle_accepted += 1
            if self._rate is not None:
                self._rate += self._increase_per_second / self._rate

    def rate_limited(self, ticket: int, retry_after: float | None) -> int:
        """The server asked to slow down; returns the slow-downs in a row without a success."""
        with self._lock:
            now = self._clock()
            if ticket == self._epoch:
                self._epoch += 1
                self._pauses_in_a_row += 1
                self._slow_down(now)
                if self._rate is not None:
                    self._increase_per_second = self._rate * INCREASE_SHARE_PER_SECOND
                delay = (
                    retry_after if retry_after is not None else self._backoff(self._pauses_in_a_row)
                )
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

    def _slow_down(self, now: float) -> None:
        seconds = max(now - self._cycle_started, MIN_CYCLE_SECONDS)
        measured = self._cycle_accepted / seconds * DECREASE_FACTOR
        if self._cycle_accepted < MIN_SAMPLES and self._rate is not None:
            # Too few to go by (a refusal right after a pause): at most halve the rate.
            measured = max(measured, self._rate * FALLBACK_DECREASE_FACTOR)
        if measured > 0:
            self._rate = max(MIN_RATE, measured)
        self._cycle_started, self._cycle_accepted = now, 0

    def _pause(self, until: float) -> None:
        self._paused_until = max(self._paused_until, until)
        self._next_slot = max(self._next_slot, self._paused_until)

    def _backoff(self, setbacks: int) -> float:
        """Capped exponential backoff with jitter, so that waiting workers do not stampede."""
        delay = min(self._backoff_cap, self._backoff_base * 2 ** (setbacks - 1))
        return delay * (0.5 + self._rng.random() / 2)
