"""The misbehaviour knobs: a per-API-key rate limit and randomly failing requests."""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

# How a refusal says when to come back: whole seconds rounded up with at least 1 (what many
# limiters send, and the sandbox's default), or the exact wait to the millisecond.
RetryAfterStyle = Literal["whole", "exact"]
RETRY_AFTER_STYLES: tuple[RetryAfterStyle, ...] = get_args(RetryAfterStyle)

# Canvas measures its quota in cost units, 700 of them by default.
CANVAS_QUOTA = 700.0
# Canvas charges each request what it took to run: the sandbox draws it around the mean cost.
CANVAS_COST_SPREAD = 0.5


@dataclass(frozen=True)
class Admission:
    """The limiter's decision on one request."""

    allowed: bool
    wait: float  # seconds until a refused request would be let through; 0 when allowed
    remaining: float  # the quota left after this request, in the limiter's own units
    cost: float  # what this request took from the quota


def retry_after_header(wait: float, style: RetryAfterStyle) -> str:
    if style == "exact":
        return f"{max(wait, 0.001):.3f}"
    return str(max(1, math.ceil(wait)))


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token bucket per API key: holds `burst` requests (default: `rate`), refilled at `rate`
    requests per second. Each request costs 1, or with `cost_random` a cost drawn around 1, as
    Canvas charges each request what it took; the quota is then shown in `unit` units a request."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float],
        *,
        burst: float | None = None,
        cost_random: random.Random | None = None,
        unit: float = 1.0,
    ) -> None:
        self._rate = rate
        self._burst = float(burst if burst is not None else rate)
        self._clock = clock
        self._cost_random = cost_random
        self._unit = unit
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}

    def acquire(self, api_key: str) -> Admission:
        now = self._clock()
        with self._lock:
            bucket = self._buckets.setdefault(api_key, _Bucket(self._burst, now))
            elapsed = max(0.0, now - bucket.updated)
            bucket.tokens = min(self._burst, bucket.tokens + elapsed * self._rate)
            bucket.updated = now
            cost = 1.0
            if self._cost_random is not None:
                cost += self._cost_random.uniform(-CANVAS_COST_SPREAD, CANVAS_COST_SPREAD)
                cost = min(cost, self._burst)  # a quota of one request still lets one through
            if bucket.tokens >= cost:
                bucket.tokens -= cost
                return Admission(True, 0.0, bucket.tokens * self._unit, cost * self._unit)
            wait = (cost - bucket.tokens) / self._rate
            return Admission(False, wait, bucket.tokens * self._unit, 0.0)


def canvas_limiter(
    rate: float, burst: float | None, clock: Callable[[], float], seed: int
) -> RateLimiter:
    """Canvas's cost-based throttle: a quota of 700 units leaking back at a steady pace, each
    request costing about the same, scaled so that `rate` requests a second are sustained and
    `burst` requests fit in a full quota."""
    requests_in_quota = float(burst if burst is not None else rate)
    return RateLimiter(
        rate,
        clock,
        burst=requests_in_quota,
        cost_random=random.Random(f"canvas-cost-{seed}"),
        unit=CANVAS_QUOTA / requests_in_quota,
    )


class FaultDice:
    """Decides which requests fail, from a Random seeded like the course so runs repeat."""

    def __init__(self, rate: float, seed: int | str) -> None:
        self._rate = rate
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def request_fails(self) -> bool:
        if self._rate <= 0:
            return False
        with self._lock:
            return self._random.random() < self._rate
