"""What a submission run is told (options) and what it tells back (progress, report)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from gradebook_gui.api.client import (
    DEFAULT_BACKOFF_BASE,
    DEFAULT_BACKOFF_CAP,
    DEFAULT_MAX_WAIT,
)
from gradebook_gui.edits import CellState, ServerGrade
from gradebook_gui.models import Result
from gradebook_gui.store import OutboxEntry
from gradebook_gui.wording import Wording

MAX_CONCURRENCY = 16


class ConflictPolicy(StrEnum):
    """What to do with an edit whose grade was changed in the LMS since it was downloaded."""

    SKIP = "skip"  # mark it CONFLICT and send nothing: the user decides
    MINE = "mine"  # send the edit anyway, over the LMS's new value
    THEIRS = "theirs"  # drop the edit and keep the LMS's value


class StopReason(StrEnum):
    """Why a run ended before every entry was settled; the rest stays queued."""

    AUTH = "auth"  # LTIAAS refused the credentials: a new one is needed
    NETWORK = "network"  # LTIAAS could not be reached (or kept refusing for load)
    WAIT = "wait"  # the LMS asked to wait longer than `EngineOptions.max_wait`
    CANCELLED = "cancelled"  # the user asked to stop


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class EngineOptions:
    """How a run sends; `clock`, `sleep`, `now` and `rng` are injectable for tests."""

    concurrency: int = 4
    on_conflict: ConflictPolicy = ConflictPolicy.SKIP
    # How often one request that surely did not apply (or whose outcome stayed unknown) is sent
    # before its student is left queued; also how many setbacks in a row stop the whole run.
    max_attempts: int = 6
    backoff_base: float = DEFAULT_BACKOFF_BASE
    backoff_cap: float = DEFAULT_BACKOFF_CAP
    # The longest single wait (seconds) the LMS may ask for; a longer one stops the run with
    # the rest kept queued.
    max_wait: float = DEFAULT_MAX_WAIT
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    now: Callable[[], datetime] = field(default=_utc_now, compare=False)
    rng: random.Random | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        problems = []
        if not 1 <= self.concurrency <= MAX_CONCURRENCY:
            problems.append(f"concurrency must be between 1 and {MAX_CONCURRENCY}")
        if self.max_attempts < 1:
            problems.append("max_attempts must be at least 1")
        if self.backoff_base <= 0:
            problems.append("backoff_base must be greater than 0")
        if self.backoff_cap < self.backoff_base:
            problems.append("backoff_cap must be at least backoff_base")
        if not self.max_wait > 0:
            problems.append("max_wait must be greater than 0")
        if problems:
            raise ValueError("; ".join(problems))


@dataclass(frozen=True)
class ProgressEvent:
    """One step of a run: a student's new state (or a phase when `user_id` is None).

    During a pause longer than about a second, events with `waiting_seconds` come about once a
    second with the seconds left, and one with 0.0 when the pause is over."""

    user_id: str | None
    state: CellState | None
    message: str
    counts: Mapping[CellState, int]  # how many of this run's entries are in each state
    waiting_seconds: float | None = None
    # `message` as a sentence the window shows translated; `message` is its English.
    wording: Wording | None = None


@dataclass(frozen=True)
class SubmissionReport:
    """Where every entry of the run ended."""

    verified: tuple[OutboxEntry, ...] = ()
    conflicts: tuple[OutboxEntry, ...] = ()
    failed: tuple[OutboxEntry, ...] = ()
    # QUEUED, or SENDING/SENT whose outcome the next run settles by reading back.
    still_queued: tuple[OutboxEntry, ...] = ()
    # Edits dropped because the LMS changed meanwhile and the policy was THEIRS.
    theirs_kept: tuple[OutboxEntry, ...] = ()
    stopped: StopReason | None = None
    stop_message: str | None = None  # why the run stopped, in English (the command line, logs)
    stop_wording: Wording | None = None  # the same sentence, for the window to translate
    # Each student's grade as the LMS showed it at the run's latest read of them: a window can
    # show these instead of loading the column again. With `read_back_complete` (every page of
    # the first read was read) a student missing here has no grade in the LMS.
    read_back: Mapping[str, ServerGrade] = field(default_factory=dict)
    # The LMS's own results behind `read_back` (ids and all).
    read_back_results: Mapping[str, Result] = field(default_factory=dict)
    read_back_complete: bool = False

    @property
    def exit_code(self) -> int:
        """0 every change verified; 1 some failed, conflicted or were left queued (cancel, the
        LMS failing one student's score); 3 stopped by authentication or network trouble, or a
        wait longer than allowed, with the rest kept queued."""
        if self.stopped in (StopReason.AUTH, StopReason.NETWORK, StopReason.WAIT):
            return 3
        if self.failed or self.conflicts or self.still_queued:
            return 1
        return 0
