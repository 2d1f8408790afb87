"""Why a grade the LMS kept failing stays queued, in the instructor's language.

Under the pseudo-translator of test_translations (every translated text comes back wrapped in
⟦…⟧): the sandbox answers HTTP 500 to every post for one learner, over real sockets, the run
keeps that grade queued with its reason in English in the outbox, and the row shows that reason
translated to the last word, the failures and how often included.
"""

from __future__ import annotations

from pathlib import Path

from gradebook_gui.edits import CellState
from gradebook_gui.gui.row_status import CellOverlay
from tests.engine.helpers import open_course
from tests.engine.test_failures import queue_everyone
from tests.fakes import FakeTime

from .test_translations import is_translated


def test_why_a_grade_stays_queued_after_the_lms_kept_failing_is_all_translated(
    pseudo_locale: None, tmp_path: Path, fake_time: FakeTime
):
    with open_course(tmp_path, fake_time) as course:
        learners = queue_everyone(course)
        failing = learners[3]
        course.control.fail_for_user(failing, "500", times=3)
        report = course.engine(max_attempts=3).run()
        entry = course.outbox()[failing]
    (kept,) = report.still_queued
    assert kept.user_id == failing and entry.state is CellState.QUEUED
    # The outbox keeps the English sentence, as the command line and older versions read it.
    assert entry.reason == (
        "Not applied: the LMS answered HTTP 500 three times; still queued, to send again later."
    )

    overlay = CellOverlay(edit=entry.edit, base=entry.base, state=entry.state, reason=entry.reason)
    shown = overlay.shown_reason()
    assert shown is not None
    assert shown.startswith("⟦Not applied: ⟦the LMS answered HTTP 500 ⟦three times⟧⟧;"), shown
    assert is_translated(shown), shown
