"""What a sandbox imitates: which LMS, how big a course, and how it misbehaves."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Literal, get_args

from gradebook_gui.sandbox.throttle import RETRY_AFTER_STYLES, RetryAfterStyle

Platform = Literal["generic", "canvas", "moodle"]
PLATFORMS: tuple[Platform, ...] = get_args(Platform)
# How the rate limit answers: LTIAAS's own 429 with Retry-After, or Canvas's throttle relayed by
# LTIAAS (403 "Rate Limit Exceeded", or 429 as newer Canvas versions say, with no Retry-After and
# the quota left in X-Rate-Limit-Remaining on every answer).
RateLimitStyle = Literal["ltiaas", "canvas", "canvas-429"]
RATE_LIMIT_STYLES: tuple[RateLimitStyle, ...] = get_args(RateLimitStyle)

# Canvas caps per_page at 100; the sandbox does the same for every platform.
MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class SandboxOptions:
    """Settings of one sandbox; `clock` and `sleep` are injectable so tests stay deterministic."""

    platform: Platform = "generic"
    seed: int = 7
    students: int = 40
    line_items: int = 5
    page_size: int = 10
    latency_ms: float = 0.0
    # Added to `latency_ms` for each page of a list (line items, results, roster): an LMS behind
    # LTIAAS takes longer to gather a page than to take one score.
    page_latency_ms: float = 0.0
    fault_rate: float = 0.0  # share of API requests, reads and writes, answered 503
    drop_rate: float = 0.0  # share of API requests whose connection closes without an answer
    trickle_rate: float = 0.0  # share of answers sent a few bytes at a time
    trickle_bytes: int = 16
    trickle_delay_ms: float = 50.0
    rate_limit: int | None = None
    rate_burst: int | None = None  # None: as many as `rate_limit`
    retry_after: RetryAfterStyle = "whole"
    rate_limit_style: RateLimitStyle = "ltiaas"
    port: int = 0
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, compare=False)

    def __post_init__(self) -> None:
        problems = []
        if self.platform not in PLATFORMS:
            problems.append(f"platform must be one of {', '.join(PLATFORMS)}")
        if self.students < 0:
            problems.append("students must be >= 0")
        if self.line_items < 0:
            problems.append("line_items must be >= 0")
        if not 1 <= self.page_size <= MAX_PAGE_SIZE:
            problems.append(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
        if self.latency_ms < 0:
            problems.append("latency_ms must be >= 0")
        if self.page_latency_ms < 0:
            problems.append("page_latency_ms must be >= 0")
        if not 0.0 <= self.fault_rate <= 1.0:
            problems.append("fault_rate must be between 0 and 1")
        for name in ("drop_rate", "trickle_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                problems.append(f"{name} must be between 0 and 1")
        if self.trickle_bytes < 1:
            problems.append("trickle_bytes must be at least 1")
        if self.trickle_delay_ms < 0:
            problems.append("trickle_delay_ms must be >= 0")
        if self.rate_limit is not None and self.rate_limit < 1:
            problems.append("rate_limit must be at least 1 request per second")
        if self.rate_burst is not None and self.rate_burst < 1:
            problems.append("rate_burst must be at least 1 request")
        if self.retry_after not in RETRY_AFTER_STYLES:
            problems.append(f"retry_after must be one of {', '.join(RETRY_AFTER_STYLES)}")
        if self.rate_limit_style not in RATE_LIMIT_STYLES:
            problems.append(f"rate_limit_style must be one of {', '.join(RATE_LIMIT_STYLES)}")
        if not 0 <= self.port <= 65535:
            problems.append("port must be between 0 and 65535")
        if problems:
            raise ValueError("; ".join(problems))
