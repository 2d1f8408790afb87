"""Deterministic control over a running sandbox: one-shot faults, the request log, LMS-side edits.

Every method is safe to call from any thread while the server runs.
"""

from __future__ import annotations

import threading
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from gradebook_gui.sandbox.auth import Authenticator, Credentials
from gradebook_gui.sandbox.lms import UNCHANGED, Gradebook, Unchanged

FailureKind = Literal["rate_limit_403", "409", "422", "500", "502", "504", "429"]
FAILURE_KINDS: tuple[FailureKind, ...] = get_args(FailureKind)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received; the auth scheme is kept, the secrets never are."""

    method: str
    raw_path: str
    line_item_id: str | None
    query: dict[str, str]
    auth_scheme: str | None
    json_body: Any
    status: int | None  # None: the connection was closed without an answer
    started: float
    ended: float | None  # None while the request is still being answered


@dataclass
class RequestEntry:
    """A request in the log, completed when its answer goes out."""

    request: RecordedRequest
    score_user_id: str | None  # set for score posts, to count them per student


class Traffic:
    """The request log and in-flight counters."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[RequestEntry] = []
        self._in_flight = 0
        self._max_in_flight = 0
        self._score_posts_in_flight: Counter[str] = Counter()
        self._max_score_posts_per_user = 0

    def begin(self, request: RecordedRequest, score_user_id: str | None) -> RequestEntry:
        entry = RequestEntry(request, score_user_id)
        with self._lock:
            self._entries.append(entry)
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)
            if score_user_id is not None:
                self._score_posts_in_flight[score_user_id] += 1
                self._max_score_posts_per_user = max(
                    self._max_score_posts_per_user, self._score_posts_in_flight[score_user_id]
                )
        return entry

    def finish(self, entry: RequestEntry, status: int | None, ended: float) -> None:
        with self._lock:
            entry.request = replace(entry.request, status=status, ended=ended)
            self._in_flight -= 1
            if entry.score_user_id is not None:
                self._score_posts_in_flight[entry.score_user_id] -= 1

    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [entry.request for entry in self._entries]

    def clear(self) -> None:
        """Forget the log and restart the in-flight maxima from what is in flight now."""
        with self._lock:
            self._entries.clear()
            self._max_in_flight = self._in_flight
            self._max_score_posts_per_user = max(self._score_posts_in_flight.values(), default=0)

    def max_in_flight(self) -> int:
        with self._lock:
            return self._max_in_flight

    def max_score_posts_per_user(self) -> int:
        with self._lock:
            return self._max_score_posts_per_user


def _take_first(queue: deque[str | None], user_id: str) -> bool:
    """Consume the first entry aimed at `user_id` or at anyone (None)."""
    for index, target in enumerate(queue):
        if target is None or target == user_id:
            del queue[index]
            return True
    return False


class Faults:
    """One-shot faults armed by tests, consumed by score posts in arrival order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._drops: deque[str | None] = deque()
        self._ignores: deque[str | None] = deque()
        self._failures: dict[str, deque[FailureKind]] = {}

    def arm_drop(self, user_id: str | None) -> None:
        with self._lock:
            self._drops.append(user_id)

    def arm_ignore(self, user_id: str | None) -> None:
        with self._lock:
            self._ignores.append(user_id)

    def arm_failure(self, user_id: str, kind: FailureKind, times: int) -> None:
        with self._lock:
            self._failures.setdefault(user_id, deque()).extend([kind] * times)

    def take_drop(self, user_id: str) -> bool:
        with self._lock:
            return _take_first(self._drops, user_id)

    def take_ignore(self, user_id: str) -> bool:
        with self._lock:
            return _take_first(self._ignores, user_id)

    def take_failure(self, user_id: str) -> FailureKind | None:
        with self._lock:
            pending = self._failures.get(user_id)
            return pending.popleft() if pending else None

    def reset(self) -> None:
        with self._lock:
            self._drops.clear()
            self._ignores.clear()
            self._failures.clear()


class SandboxControl:
    """The handle tests (and the `/_sandbox/...` admin routes) use to steer the sandbox."""

    def __init__(
        self, gradebook: Gradebook, authenticator: Authenticator, faults: Faults, traffic: Traffic
    ) -> None:
        self._gradebook = gradebook
        self._authenticator = authenticator
        self._faults = faults
        self._traffic = traffic

    def drop_connection_after_next_score(self, user_id: str | None = None) -> None:
        """The next score (for `user_id`, or anyone) that the LMS applies gets no answer at all:
        the connection is closed once the grade is stored."""
        self._faults.arm_drop(user_id)

    def ignore_next_score(self, user_id: str | None = None) -> None:
        """The next valid score (for `user_id`, or anyone) is answered 204 but not applied."""
        self._faults.arm_ignore(user_id)

    def expire_credentials(self) -> None:
        """Every ltik and service key issued so far gets the 401 envelope from now on."""
        self._authenticator.expire()

    def issue_new_credentials(self) -> Credentials:
        return self._authenticator.issue()

    def set_grade(
        self,
        line_item_id: str,
        user_id: str,
        score: float | None,
        maximum: float | None = None,
        comment: str | Unchanged | None = UNCHANGED,
    ) -> None:
        """Change a grade in the LMS, as an instructor would in its own gradebook.

        `score=None` clears the grade; `maximum=None` means the line item's scoreMaximum;
        `comment=None` clears the comment and leaving it out keeps the current one.
        """
        self._gradebook.set_grade(line_item_id, user_id, score, maximum, comment)

    def set_member_status(self, user_id: str, status: str) -> None:
        """Change a member's roster status ("Active", "Inactive", "Deleted"); from then on the
        roster lists it and a score for anyone not active is refused as the LMS would."""
        self._gradebook.set_member(user_id, status=status)

    def set_member_roles(self, user_id: str, roles: Sequence[str]) -> None:
        """Change a member's roles (short names or IMS URIs); only learners can be graded."""
        self._gradebook.set_member(user_id, roles=roles)

    def fail_for_user(self, user_id: str, kind: FailureKind, times: int = 1) -> None:
        """The next `times` valid score posts for `user_id` fail with `kind`, unapplied."""
        if kind not in FAILURE_KINDS:
            raise ValueError(f"kind must be one of {', '.join(FAILURE_KINDS)}")
        if times < 1:
            raise ValueError("times must be at least 1")
        self._faults.arm_failure(user_id, kind, times)

    def requests(self) -> list[RecordedRequest]:
        """Every API request received, in arrival order (admin routes are not recorded)."""
        return self._traffic.requests()

    def clear_requests(self) -> None:
        """Empty the log; the in-flight maxima restart from what is in flight now."""
        self._traffic.clear()

    def max_in_flight(self) -> int:
        return self._traffic.max_in_flight()

    def max_in_flight_per_user(self) -> int:
        """The most score posts ever in flight at once for one student."""
        return self._traffic.max_score_posts_per_user()

    def results(self, line_item_id: str) -> dict[str, dict[str, Any]]:
        """The results the LMS holds now, keyed by user id, as the API would show them."""
        return self._gradebook.stored_results(line_item_id)

    def comment_history(self, line_item_id: str, user_id: str) -> list[str]:
        return self._gradebook.comment_history(line_item_id, user_id)

    def reset_faults(self) -> None:
        """Disarm every pending drop, ignore and per-user failure."""
        self._faults.reset()
