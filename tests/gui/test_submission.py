"""The submission controller against the sandbox over real sockets: progress on the main thread,
every grade verified, Cancel leaving the rest queued, and the failures the window must word."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.api import AuthError, Credentials, LtiaasClient
from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.engine import EngineOptions, ProgressEvent, StopReason, SubmissionReport
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.submission import (
    PROGRESS_SHOWN_EVERY_MS,
    CredentialsRefused,
    SubmissionController,
    SubmissionProgress,
    sending_action,
)
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Result
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.submitting import describe_counts, describe_report
from gradebook_gui.store import GradeStore, OutboxEntry, SenderBusy
from gradebook_gui.wording import Wording
from tests.fakes import outbox_entry

from .conftest import RecordingPresenter
from .test_translations import is_translated

KEY = "http://127.0.0.1 sandbox"
RUN_TIMEOUT_MS = 15_000
FIXED_NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Course:
    sandbox: Sandbox
    client: LtiaasClient
    store: GradeStore
    line_item: LineItem

    def server(self) -> dict[str, ServerGrade]:
        stored = self.sandbox.control.results(self.line_item.id)
        return {
            user_id: ServerGrade.from_result(Result.model_validate(result))
            for user_id, result in stored.items()
        }

    def queue_everyone(self, score: float = 6.5) -> list[str]:
        learners = [member.userId for member in self.client.members() if member.is_learner]
        server = self.server()
        edits = [
            (GradeEdit(user, score, self.line_item.scoreMaximum), server.get(user, ServerGrade()))
            for user in learners
        ]
        self.store.apply_edits(KEY, self.line_item.id, edits, "Test edits")
        self.store.queue_drafts(KEY, self.line_item.id)
        return learners

    def outbox(self) -> list[OutboxEntry]:
        return self.store.outbox(KEY, self.line_item.id)

    def start(self, controller: SubmissionController, **options: Any) -> None:
        settings: dict[str, Any] = {"now": lambda: FIXED_NOW} | options
        controller.start(
            self.client,
            self.store,
            KEY,
            self.line_item,
            "sandbox",
            EngineOptions(**settings),
        )


@pytest.fixture
def make_course(
    tmp_path: Path, make_sandbox: Callable[..., Sandbox]
) -> Iterator[Callable[..., Course]]:
    opened: list[tuple[LtiaasClient, GradeStore]] = []

    def make(**sandbox_options: Any) -> Course:
        sandbox = make_sandbox(**({"students": 8, "seed": 3} | sandbox_options))
        issued = sandbox.credentials
        client = LtiaasClient(
            sandbox.base_url,
            Credentials(api_key=issued.api_key, ltik=issued.ltik, service_key=issued.service_key),
        )
        client.learn_platform()
        store = GradeStore.open(tmp_path / f"store-{len(opened)}" / "gradebook.sqlite3")
        opened.append((client, store))
        line_item = client.get_line_item(sandbox.line_item_ids()[0])
        return Course(sandbox, client, store, line_item)

    yield make
    for client, store in opened:
        client.close()
        store.close()


@pytest.fixture
def controller(runner: TaskRunner) -> SubmissionController:
    return SubmissionController(runner)


def test_a_run_reports_progress_on_the_main_thread_and_finishes_verified(
    qtbot: QtBot, controller: SubmissionController, make_course: Callable[..., Course]
):
    course = make_course()
    learners = course.queue_everyone()
    events: list[ProgressEvent] = []
    threads: set[int] = set()

    def record(event: object) -> None:
        assert isinstance(event, ProgressEvent)
        events.append(event)
        threads.add(threading.get_ident())

    controller.progress.connect(record)
    running: list[bool] = []
    controller.running_changed.connect(running.append)
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT_MS) as finished:
        course.start(controller)
        assert controller.running

    report = finished.args[0]
    assert isinstance(report, SubmissionReport)
    assert {entry.user_id for entry in report.verified} == set(learners)
    assert report.exit_code == 0
    assert not controller.running and running == [True, False]
    assert threads == {threading.get_ident()}
    assert events[-1].counts == {CellState.VERIFIED: len(learners)}
    assert {event.state for event in events} >= {CellState.SENDING, CellState.SENT}
    assert all(grade.on_scale(10) == pytest.approx(6.5) for grade in course.server().values())


def test_cancel_stops_new_sends_and_leaves_the_rest_queued(
    qtbot: QtBot, controller: SubmissionController, make_course: Callable[..., Course]
):
    # Real latency, so that the click lands while grades are still waiting to be sent.
    course = make_course(latency_ms=50)
    learners = course.queue_everyone()
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)

    def cancel_after_the_first_send(event: object) -> None:
        assert isinstance(event, ProgressEvent)
        if event.state is CellState.SENT and progress.cancel_button.isEnabled():
            progress.cancel_button.click()

    controller.progress.connect(cancel_after_the_first_send)
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT_MS) as finished:
        course.start(controller, concurrency=1)

    report = finished.args[0]
    assert report.stopped is StopReason.CANCELLED
    assert 1 <= len(report.verified) < len(learners)
    assert len(report.verified) + len(report.still_queued) == len(learners)
    left = [entry for entry in course.outbox() if entry.state is not CellState.VERIFIED]
    assert left and {entry.state for entry in left} == {CellState.QUEUED}
    assert "Cancelled: submit again to send the rest." in progress.label.text()
    assert not progress.cancel_button.isVisibleTo(progress)

    # Submitting again sends the rest.
    controller.progress.disconnect(cancel_after_the_first_send)
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT_MS) as again:
        course.start(controller)
    assert len(again.args[0].verified) == len(left)
    assert {entry.state for entry in course.outbox()} == {CellState.VERIFIED}


def test_another_sender_is_reported_as_such(
    qtbot: QtBot, controller: SubmissionController, make_course: Callable[..., Course]
):
    course = make_course()
    course.queue_everyone()
    course.sandbox.control.clear_requests()
    with (
        course.store.sender_lock(KEY, program="gradebook sync"),
        qtbot.waitSignal(controller.failed, timeout=RUN_TIMEOUT_MS) as failed,
    ):
        course.start(controller)

    error = failed.args[0]
    assert isinstance(error, SenderBusy)
    presenter = RecordingPresenter()
    MessageChannel(presenter).report_failure(sending_action(), error)
    [message] = presenter.shown
    assert message.title == "Grades are already being sent"
    assert "gradebook sync" in message.text
    assert not controller.running
    assert course.sandbox.control.requests() == []  # nothing read, nothing sent
    assert {entry.state for entry in course.outbox()} == {CellState.QUEUED}


def test_refused_credentials_keep_everything_queued_for_a_resubmission(
    qtbot: QtBot, controller: SubmissionController, make_course: Callable[..., Course]
):
    course = make_course()
    learners = course.queue_everyone()
    course.sandbox.control.expire_credentials()
    with qtbot.waitSignal(controller.failed, timeout=RUN_TIMEOUT_MS) as failed:
        course.start(controller)

    error = failed.args[0]
    assert isinstance(error, CredentialsRefused) and isinstance(error, AuthError)
    assert error.report.stopped is StopReason.AUTH
    assert len(error.report.still_queued) == len(learners)
    # The window's credential prompt handles it, through the message channel's auth handler.
    asked: list[object] = []
    channel = MessageChannel(RecordingPresenter())
    channel.set_auth_handler(lambda refused, retry: asked.append(refused))
    channel.report_failure(sending_action(), error)
    assert asked == [error]
    assert "stay queued" in str(error)

    fresh = course.sandbox.control.issue_new_credentials()
    course.client.credentials = Credentials(
        api_key=fresh.api_key, ltik=fresh.ltik, service_key=fresh.service_key
    )
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT_MS) as finished:
        course.start(controller)
    assert len(finished.args[0].verified) == len(learners)


def test_one_run_at_a_time(
    qtbot: QtBot, controller: SubmissionController, make_course: Callable[..., Course]
):
    course = make_course(latency_ms=20)
    course.queue_everyone()
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT_MS):
        course.start(controller)
        with pytest.raises(RuntimeError, match="already being sent"):
            course.start(controller)


def test_the_progress_widget_shows_counts_and_the_outcome(
    qtbot: QtBot, controller: SubmissionController, make_course: Callable[..., Course]
):
    course = make_course()
    learners = course.queue_everyone()
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)
    assert not progress.bar.isVisibleTo(progress)

    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT_MS):
        course.start(controller)
        assert progress.bar.isVisibleTo(progress) and progress.cancel_button.isVisibleTo(progress)

    assert progress.bar.value() == progress.bar.maximum() == len(learners)
    assert progress.label.text() == f"All {len(learners)} grades sent and verified."
    assert not progress.cancel_button.isVisibleTo(progress)


def counted(verified: int, waiting: int, *, waiting_seconds: float | None = None) -> ProgressEvent:
    counts = {CellState.VERIFIED: verified, CellState.QUEUED: waiting}
    return ProgressEvent(
        user_id=str(verified),
        state=CellState.VERIFIED,
        message=f"learner {verified} verified",
        counts={state: count for state, count in counts.items() if count},
        waiting_seconds=waiting_seconds,
    )


def test_a_burst_of_progress_is_drawn_once_per_tick_in_its_last_state(
    qtbot: QtBot, controller: SubmissionController
):
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)
    drawn: list[int] = []
    progress.bar.valueChanged.connect(drawn.append)

    for verified in range(1, 31):
        controller.progress.emit(counted(verified, 30 - verified))
    assert drawn == [] and progress.label.text() == ""  # nothing drawn until the tick

    qtbot.waitUntil(lambda: progress.label.text() == "30 of 30 verified")
    assert drawn == [30] and progress.bar.maximum() == 30
    assert progress.label.toolTip() == "learner 30 verified"


def test_a_wait_asked_for_shows_its_seconds_beside_the_last_counts(
    qtbot: QtBot, controller: SubmissionController
):
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)
    controller.progress.emit(counted(3, 7))
    controller.progress.emit(
        ProgressEvent(None, None, "The LMS asked to wait", {}, waiting_seconds=3.2)
    )
    qtbot.waitUntil(lambda: progress.label.text() == "Waiting 4 s as the LMS asked…")
    assert (progress.bar.value(), progress.bar.maximum()) == (3, 10)

    # The wait is over: the counts come back.
    controller.progress.emit(counted(3, 7, waiting_seconds=0.0))
    controller.progress.emit(counted(4, 6))
    qtbot.waitUntil(lambda: progress.label.text() == "4 of 10 verified")
    assert progress.bar.value() == 4


def test_the_outcome_shows_at_once_and_stays_over_progress_not_yet_drawn(
    qtbot: QtBot, controller: SubmissionController
):
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)
    for verified in range(1, 4):
        controller.progress.emit(counted(verified, 3 - verified))
    controller.finished.emit(SubmissionReport(verified=(entry(1, CellState.VERIFIED),)))

    assert progress.label.text() == "All 1 grade sent and verified."
    assert progress.bar.value() == progress.bar.maximum() == 3
    qtbot.wait(PROGRESS_SHOWN_EVERY_MS * 3)  # no tick left to draw the counts over the outcome
    assert progress.label.text() == "All 1 grade sent and verified."


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_bar_is_painted_with_the_windows_next_frame_not_on_its_own(
    qtbot: QtBot, controller: SubmissionController
):
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)
    controller.running_changed.emit(True)
    progress.show()
    qtbot.waitExposed(progress)
    controller.progress.emit(counted(1, 9))
    qtbot.waitUntil(lambda: progress.bar.value() == 1)
    painted = PaintCounter(progress.bar)

    controller.progress.emit(counted(9, 1))
    controller.finished.emit(SubmissionReport())  # shows the last progress at once
    assert progress.bar.value() == 9 and painted.count == 0
    qtbot.waitUntil(lambda: painted.count > 0)


def test_counts_and_reports_in_words():
    assert describe_counts({CellState.VERIFIED: 7, CellState.FAILED: 1, CellState.SENDING: 2}) == (
        "7 of 10 verified, 1 failed"
    )
    assert describe_counts({CellState.VERIFIED: 1, CellState.CONFLICT: 1}) == (
        "1 of 2 verified, 1 conflict"
    )
    assert describe_report(SubmissionReport()) == "Nothing was waiting to be sent."
    verified, failed, queued = (
        entry(n, state)
        for n, state in enumerate(CellState, 1)
        if state in (CellState.VERIFIED, CellState.FAILED, CellState.QUEUED)
    )
    network = SubmissionReport(
        verified=(verified,),
        failed=(failed,),
        still_queued=(queued,),
        stopped=StopReason.NETWORK,
        stop_message="LTIAAS could not be reached.",
    )
    assert describe_report(network) == (
        "1 of 3 verified, 1 failed, 1 still queued. LTIAAS could not be reached."
    )
    assert describe_report(SubmissionReport(verified=(verified,))) == (
        "All 1 grade sent and verified."
    )


def entry(entry_id: int, state: CellState) -> OutboxEntry:
    return outbox_entry(entry_id, state, key=KEY)


def test_the_progress_widget_speaks_the_window_language(
    qtbot: QtBot,
    controller: SubmissionController,
    make_course: Callable[..., Course],
    pseudo_locale: None,
):
    course = make_course(latency_ms=50)
    course.queue_everyone()
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)
    shown: list[str] = []

    def cancel_after_the_first_send(event: object) -> None:
        assert isinstance(event, ProgressEvent)
        if event.state is CellState.SENT and progress.cancel_button.isEnabled():
            progress.cancel_button.click()
            shown.append(progress.cancel_button.text())

    controller.progress.connect(cancel_after_the_first_send)
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT_MS):
        course.start(controller, concurrency=1)
        shown += [progress.label.text(), progress.cancel_button.text()]
    controller.progress.disconnect(cancel_after_the_first_send)
    shown += [
        progress.label.text(),  # cancelled: the rest stays queued
        progress.cancel_button.toolTip(),
        progress.cancel_button.accessibleName(),
        progress.bar.accessibleName(),
        progress.label.accessibleName(),
    ]
    controller.progress.emit(counted(3, 7))
    qtbot.waitUntil(lambda: progress.label.text() != shown[-5])
    shown.append(progress.label.text())
    controller.progress.emit(ProgressEvent(None, None, "", {}, waiting_seconds=3.2))
    qtbot.waitUntil(lambda: progress.label.text() != shown[-1])
    shown.append(progress.label.text())
    controller.failed.emit(RuntimeError("the disk is full"))
    shown.append(progress.label.text())

    course.sandbox.control.expire_credentials()
    with qtbot.waitSignal(controller.failed, timeout=RUN_TIMEOUT_MS):
        course.start(controller)
    shown.append(progress.label.text())
    assert len(shown) == 12
    untranslated = [text for text in shown if not is_translated(text, ["the disk is full"])]
    assert untranslated == []


def test_refused_credentials_are_explained_in_the_window_language(
    qtbot: QtBot,
    controller: SubmissionController,
    make_course: Callable[..., Course],
    pseudo_locale: None,
):
    course = make_course()
    course.queue_everyone()
    course.sandbox.control.expire_credentials()
    with qtbot.waitSignal(controller.failed, timeout=RUN_TIMEOUT_MS) as failed:
        course.start(controller)

    error = failed.args[0]
    assert isinstance(error, CredentialsRefused)
    assert error.action == "⟦Sending grades⟧"
    assert re.fullmatch(r"⟦\d+ grades not yet sent stay queued⟧", error.explanation or "")


def test_what_the_engine_is_doing_is_told_in_the_window_language(
    qtbot: QtBot,
    controller: SubmissionController,
    make_course: Callable[..., Course],
    pseudo_locale: None,
):
    course = make_course()
    learners = course.queue_everyone()
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)
    tips: list[str] = []
    words: list[str] = []

    def keep_tip(event: object) -> None:
        assert isinstance(event, ProgressEvent) and event.wording is not None
        assert str(event.wording) == event.message  # the English stays for the logs
        words.append(event.message)

    controller.progress.connect(keep_tip)
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT_MS):
        course.start(controller)
    controller.progress.disconnect(keep_tip)
    qtbot.waitUntil(lambda: bool(progress.label.toolTip()))
    tips.append(progress.label.toolTip())

    assert "Reading the current grades from the LMS" in words
    assert tips == ["⟦Done⟧"]
    controller.progress.emit(
        ProgressEvent(
            learners[0],
            CellState.VERIFIED,
            f"The LMS shows the grade of {learners[0]}",
            {CellState.VERIFIED: 1},
            wording=Wording("engine", "The LMS shows the grade of {user}", {"user": learners[0]}),
        )
    )
    qtbot.waitUntil(lambda: progress.label.toolTip() != tips[-1])
    assert progress.label.toolTip() == f"⟦The LMS shows the grade of {learners[0]}⟧"
    assert is_translated(progress.label.toolTip(), set(learners))
