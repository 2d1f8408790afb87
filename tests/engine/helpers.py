"""Helpers for the engine tests: a course on a sandbox over real sockets, the real store, and
an injected clock."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from gradebook_gui.api import Credentials, LtiaasClient
from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.engine import EngineOptions, ProgressEvent, SubmissionEngine
from gradebook_gui.models import LineItem, Result
from gradebook_gui.sandbox import RecordedRequest, Sandbox, SandboxControl, SandboxOptions
from gradebook_gui.store import GradeStore, OutboxEntry
from tests.fakes import FakeTime

KEY = "http://127.0.0.1 sandbox"
# Fixed, so that timestamps only move forward through the store's one-second rule.
FIXED_NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ONE_SECOND = timedelta(seconds=1)
TIMESTAMP_FORMAT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


@dataclass
class Course:
    """One line item of a running sandbox, a client on it and a store to queue edits in."""

    sandbox: Sandbox
    client: LtiaasClient
    store: GradeStore
    line_item: LineItem
    time: FakeTime
    events: list[ProgressEvent] = field(default_factory=list)

    @property
    def control(self) -> SandboxControl:
        return self.sandbox.control

    def learners(self) -> list[str]:
        return [member.userId for member in self.client.members() if member.is_learner]

    def server(self) -> dict[str, ServerGrade]:
        """What the LMS holds now, read through the sandbox's control handle."""
        stored = self.control.results(self.line_item.id)
        return {
            user_id: ServerGrade.from_result(Result.model_validate(result))
            for user_id, result in stored.items()
        }

    def grade(self, user_id: str) -> ServerGrade:
        return self.server().get(user_id, ServerGrade())

    def queue(self, edits: Iterable[GradeEdit]) -> list[OutboxEntry]:
        """Draft the edits on what the LMS holds now (the download) and queue them."""
        server = self.server()
        pairs = [(edit, server.get(edit.user_id, ServerGrade())) for edit in edits]
        self.store.apply_edits(KEY, self.line_item.id, pairs, "Test edits")
        return self.store.queue_drafts(KEY, self.line_item.id)

    def edit(self, user_id: str, score: float | None, comment: str | None = None) -> GradeEdit:
        return GradeEdit(user_id, score, self.line_item.scoreMaximum, comment)

    def engine(
        self,
        on_progress: Callable[[ProgressEvent], None] | None = None,
        **options: Any,
    ) -> SubmissionEngine:
        def record(event: ProgressEvent) -> None:
            self.events.append(event)
            if on_progress is not None:
                on_progress(event)

        settings: dict[str, Any] = {
            "clock": self.time.clock,
            "sleep": self.time.sleep,
            "now": lambda: FIXED_NOW,
        } | options
        return SubmissionEngine(
            self.client,
            self.store,
            KEY,
            self.line_item,
            profile="sandbox",
            options=EngineOptions(**settings),
            on_progress=record,
        )

    def outbox(self) -> dict[str, OutboxEntry]:
        return {entry.user_id: entry for entry in self.store.outbox(KEY, self.line_item.id)}

    def requests(self) -> list[RecordedRequest]:
        return self.control.requests()

    def posts(self, user_id: str | None = None) -> list[RecordedRequest]:
        return [
            request
            for request in self.requests()
            if request.method == "POST"
            and (user_id is None or request.json_body.get("userId") == user_id)
        ]

    def applied_posts(self, user_id: str) -> list[RecordedRequest]:
        """Posts the sandbox answered 204, or whose connection it dropped after applying."""
        return [post for post in self.posts(user_id) if post.status in (204, None)]

    def renew_credentials(self) -> None:
        fresh = self.control.issue_new_credentials()
        self.client.credentials = Credentials(
            api_key=fresh.api_key, ltik=fresh.ltik, service_key=fresh.service_key
        )


CourseFactory = Callable[..., Course]


@contextmanager
def open_course(folder: Path, time: FakeTime, **sandbox_options: Any) -> Iterator[Course]:
    """A running sandbox (SandboxOptions fields), a client on it and a store in `folder`."""
    settings: dict[str, Any] = {"students": 12, "seed": 3, "clock": time.clock} | sandbox_options
    with Sandbox(SandboxOptions(**settings)) as sandbox:
        issued = sandbox.credentials
        credentials = Credentials(
            api_key=issued.api_key, ltik=issued.ltik, service_key=issued.service_key
        )
        with (
            LtiaasClient(sandbox.base_url, credentials) as client,
            GradeStore.open(folder / "gradebook.sqlite3") as store,
        ):
            client.learn_platform()
            line_item = client.get_line_item(sandbox.line_item_ids()[0])
            sandbox.control.clear_requests()
            yield Course(sandbox, client, store, line_item, time)


def assert_sane_payloads(requests: Iterable[RecordedRequest]) -> None:
    """Properties every score sent must have, whatever happened around it."""
    timestamps: defaultdict[str, list[datetime]] = defaultdict(list)
    for request in requests:
        if request.method != "POST":
            continue
        body = request.json_body
        text = body["timestamp"]
        assert TIMESTAMP_FORMAT.fullmatch(text), text
        timestamps[body["userId"]].append(datetime.fromisoformat(text))
        assert body["activityProgress"] == "Completed"
        if "scoreGiven" in body:
            assert body["gradingProgress"] == "FullyGraded"
            assert body["scoreMaximum"] > 0
        else:
            assert "scoreMaximum" not in body
        assert body.get("comment") != ""
    for moments in timestamps.values():
        assert all(later - earlier >= ONE_SECOND for earlier, later in itertools.pairwise(moments))
