"""The submit report and counts as the window shows them: translatable sentences whose English is
what the command line prints."""

from __future__ import annotations

import pytest

from gradebook_gui.api import describe_duration
from gradebook_gui.edits import CellState
from gradebook_gui.engine import StopReason, SubmissionReport
from gradebook_gui.models import Member
from gradebook_gui.services.submitting import (
    DraftsInTheWay,
    counts_wording,
    describe_counts,
    describe_report,
    not_active_reason,
    not_active_wording,
    report_wording,
)
from gradebook_gui.store import OutboxEntry
from gradebook_gui.wording import Wording
from tests.fakes import outbox_entry
from tests.test_wording import unfiled


def entries(count: int, state: CellState) -> tuple[OutboxEntry, ...]:
    return tuple(outbox_entry(n, state) for n in range(count))


REPORTS = {
    "nothing": (SubmissionReport(), "Nothing was waiting to be sent."),
    "one verified": (
        SubmissionReport(verified=entries(1, CellState.VERIFIED)),
        "All 1 grade sent and verified.",
    ),
    "all verified": (
        SubmissionReport(verified=entries(4, CellState.VERIFIED)),
        "All 4 grades sent and verified.",
    ),
    "every outcome, cancelled": (
        SubmissionReport(
            verified=entries(2, CellState.VERIFIED),
            failed=entries(1, CellState.FAILED),
            conflicts=entries(2, CellState.CONFLICT),
            still_queued=entries(3, CellState.QUEUED),
            theirs_kept=entries(1, CellState.CONFLICT),
            stopped=StopReason.CANCELLED,
        ),
        "2 of 8 verified, 1 failed, 2 conflicts, 3 still queued, 1 left as changed in the LMS. "
        "Cancelled: submit again to send the rest.",
    ),
    "stopped by the network": (
        SubmissionReport(
            verified=entries(1, CellState.VERIFIED),
            conflicts=entries(1, CellState.CONFLICT),
            stopped=StopReason.NETWORK,
            stop_message="LTIAAS could not be reached.",
        ),
        "1 of 2 verified, 1 conflict. LTIAAS could not be reached.",
    ),
}


@pytest.mark.parametrize("name", list(REPORTS))
def test_a_report_reads_the_same_in_english_and_is_filed_for_the_translators(name: str):
    report, english = REPORTS[name]
    assert describe_report(report) == english
    assert str(report_wording(report)) == english
    assert unfiled(report_wording(report)) == []


def test_the_counts_of_a_run_read_the_same_in_english_and_are_filed():
    counts = {
        CellState.VERIFIED: 7,
        CellState.FAILED: 1,
        CellState.CONFLICT: 1,
        CellState.SENDING: 1,
    }
    assert describe_counts(counts) == "7 of 10 verified, 1 failed, 1 conflict"
    assert str(counts_wording(counts)) == describe_counts(counts)
    assert unfiled(counts_wording(counts)) == []


def test_why_a_learner_cannot_be_graded_is_filed_for_the_translators():
    gone = not_active_wording(None)
    dropped = not_active_wording(Member(userId="1", roles=("Learner",), status="Inactive"))
    assert gone is not None and dropped is not None
    assert not_active_reason(None) == str(gone)
    assert str(dropped) == "not an active student (roster status Inactive)"
    assert unfiled(gone) == unfiled(dropped) == []
    assert not_active_wording(Member(userId="2", roles=("Learner",), status="Active")) is None


def test_drafts_in_the_way_carry_their_wording():
    error = DraftsInTheWay(2)
    assert str(error).startswith("2 of these students have unsent edits")
    assert unfiled(error.wording) == []


def test_why_a_run_stopped_is_handed_over_as_its_sentence():
    stopped = Wording(
        "engine",
        "The LMS asked us to wait {wait}, longer than the {most} this app waits at most.",
        {"wait": describe_duration(3600), "most": describe_duration(300)},
    )
    report = SubmissionReport(
        verified=entries(1, CellState.VERIFIED),
        still_queued=entries(2, CellState.QUEUED),
        stopped=StopReason.WAIT,
        stop_message=str(stopped),
        stop_wording=stopped,
    )
    wording = report_wording(report)
    assert wording.values["stopped"] is stopped
    assert (
        str(wording)
        == describe_report(report)
        == (
            "1 of 3 verified, 2 still queued. The LMS asked us to wait 1 hour, longer than the "
            "5 minutes this app waits at most."
        )
    )
