"""The misbehaviour knobs: a per-API-key rate limit and randomly failing requests."""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token bucket per API key: capacity `rate`, refilled at `rate` tokens per second."""

    def __init__(self, rate: int, clock: Callable[[], float]) -> None:
        self._rate = rate
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}

    def acquire(self, api_key: str) -> int | None:
        """None when the request may go on, else the whole seconds until a token is free."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.setdefault(api_key, _Bucket(float(self._rate), now))
            elapsed = max(0.0, now - bucket.updated)
            bucket.tokens = min(float(self._rate), bucket.tokens + elapsed * self._rate)
            bucket.updated = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return None
            return max(1, math.ceil((1 - bucket.tokens) / self._rate))


class FaultDice:
    """Decides which requests fail, from a Random seeded like the course so runs repeat."""

    def __init__(self, rate: float, seed: int) -> None:
        self._rate = rate
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def request_fails(self) -> bool:
        if self._rate <= 0:
            return False
        with self._lock:
            return self._random.random() < self._rate
