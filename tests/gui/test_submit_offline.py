"""Submitting while the LMS cannot be reached: the review says the column is the copy kept on
this computer, and the failed run's outcome reads whole in the status bar, leading with the
grades kept queued, its cause one hover away. A whole window over real sockets; the clients
wait between attempts on the fake clock."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState
from gradebook_gui.engine import StopReason, SubmissionReport
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.review_dialog import ReviewDialog, ReviewItem
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.submitting import outcome_wording, report_wording, stop_cause
from gradebook_gui.store import GradeStore, OutboxEntry
from gradebook_gui.wording import Wording
from tests.fakes import outbox_entry

from .conftest import (
    READY_TIMEOUT_MS,
    FakeDialogs,
    activate,
    connection_to,
    settled,
    type_score,
    wait_ready,
)

# A common laptop window: the run's outcome must read whole beside the status bar's labels.
WINDOW_WIDTH = 1280


@pytest.fixture
def window(fake_clock_window: MainWindow) -> MainWindow:
    return fake_clock_window


def message_room(window: MainWindow) -> int:
    """The width the status bar leaves its message: up to its first label shown."""
    area = window.status_area
    labels = (
        area.submission_progress,
        area.offline_icon,
        area.offline_label,
        area.pending_label,
        area.connection_label,
        area.platform_label,
        area.learners_label,
        area.read_only_label,
    )
    bar = window.statusBar()
    return min(label.x() for label in labels if label.isVisible()) - bar.contentsMargins().left()


def test_sending_the_copy_kept_offline_is_reviewed_as_such_and_ends_with_the_grades_queued(
    qtbot: QtBot,
    sandbox: Sandbox,
    store: GradeStore,
    window: MainWindow,
    messages: MessageChannel,
    fake_dialogs: FakeDialogs,
) -> None:
    window.resize(WINDOW_WIDTH, 800)
    window.open_connection(connection_to(sandbox))
    wait_ready(qtbot, window)
    activate(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    # Online, the review has nothing to warn about: the grades came from the LMS.
    fake_dialogs.confirm_review = False
    type_score(qtbot, window, 0, "2")
    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: "review" in fake_dialogs.questions(), timeout=READY_TIMEOUT_MS)
    assert [item.offline_copy_from for item in fake_dialogs.answer_of("review")] == [None]

    sandbox.stop()
    window.refresh()
    qtbot.waitUntil(
        lambda: window.loader.snapshot_taken_at is not None and settled(window),
        timeout=READY_TIMEOUT_MS,
    )
    fake_dialogs.confirm_review = True
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: (
            fake_dialogs.questions().count("review") == 2
            and not window.submission.running
            and settled(window)
        ),
        timeout=READY_TIMEOUT_MS,
    )
    reviewed: list[ReviewItem] = fake_dialogs.answer_of("review")
    assert [item.offline_copy_from for item in reviewed] == [window.loader.snapshot_taken_at]
    review = ReviewDialog(line_item, reviewed)
    qtbot.addWidget(review)
    assert review.offline_label is not None

    # The grade stays queued on this computer, and the status bar says so first, in full.
    [queued] = store.outbox(line_item_id=line_item.id)
    assert queued.state is CellState.QUEUED
    bar = window.statusBar()
    shown = bar.currentMessage()
    assert shown == f"“{line_item.label}”: 1 grade stays queued on this computer (sending stopped)."
    assert bar.fontMetrics().horizontalAdvance(shown) <= message_room(window)
    # Why it stopped is one hover away, and a screen reader's description.
    assert bar.toolTip().startswith("The grades could not be read from the LMS:")
    assert "The grades not yet verified stay queued." in bar.toolTip()
    assert bar.accessibleDescription() == bar.toolTip()
    # It explains that outcome only: the next message goes without it.
    messages.inform("Something else.", 0)
    assert bar.toolTip() == ""


def entry(entry_id: int, state: CellState) -> OutboxEntry:
    return outbox_entry(entry_id, state)


CAUSE = Wording(
    "engine",
    "The grades could not be read from the LMS: {problem} The grades not yet verified stay queued.",
    {
        "problem": "Loading the grades failed: the server could not be reached. Nothing was "
        "sent. Check the internet connection and try again."
    },
)

# The status bar's message area of a 1,280-pixel window holds about 110 average characters
# beside its labels; the grade column's name in quotes takes up to 20 or so of them.
OUTCOME_CHARACTERS = 90


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        ({CellState.QUEUED: 1}, "1 grade stays queued on this computer (sending stopped)."),
        (
            {CellState.QUEUED: 240},
            "240 grades stay queued on this computer (sending stopped).",
        ),
        (
            {CellState.VERIFIED: 5, CellState.FAILED: 1, CellState.QUEUED: 3},
            "3 grades stay queued on this computer (sending stopped; 5 of 9 verified, 1 failed).",
        ),
        (
            {CellState.VERIFIED: 2, CellState.CONFLICT: 1},
            "2 of 3 verified, 1 conflict (sending stopped).",
        ),
    ],
)
def test_a_stopped_run_leads_with_the_grades_kept_and_leaves_its_cause_to_the_details(
    states: dict[CellState, int], expected: str
) -> None:
    entries = {
        state: tuple(entry(n * 1000 + i, state) for i in range(count))
        for n, (state, count) in enumerate(states.items())
    }
    report = SubmissionReport(
        verified=entries.get(CellState.VERIFIED, ()),
        failed=entries.get(CellState.FAILED, ()),
        conflicts=entries.get(CellState.CONFLICT, ()),
        still_queued=entries.get(CellState.QUEUED, ()),
        stopped=StopReason.NETWORK,
        stop_message=str(CAUSE),
        stop_wording=CAUSE,
    )
    outcome = str(outcome_wording(report))
    assert outcome == expected
    assert len(outcome) <= OUTCOME_CHARACTERS
    assert stop_cause(report) == CAUSE
    # The command line still prints the whole report, cause and all.
    assert str(report_wording(report)).endswith(str(CAUSE))


def test_a_run_that_ended_by_itself_or_was_cancelled_reads_as_before() -> None:
    done = SubmissionReport(verified=(entry(1, CellState.VERIFIED),))
    assert str(outcome_wording(done)) == "All 1 grade sent and verified."
    assert stop_cause(done) is None
    cancelled = SubmissionReport(
        still_queued=(entry(2, CellState.QUEUED),),
        stopped=StopReason.CANCELLED,
        stop_message="Cancelled.",
    )
    assert outcome_wording(cancelled) == report_wording(cancelled)
    assert stop_cause(cancelled) is None
