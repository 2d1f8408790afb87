"""Learners who are not active students, through the whole window against the sandbox: listed
apart in the review and never sent a grade unless the instructor includes them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import (
    QUICK_FILTER_LABELS,
    CellOverlay,
    Column,
    QuickFilter,
    ResultsModel,
)
from gradebook_gui.gui.review_dialog import ReviewItem
from gradebook_gui.gui.row_status import not_active_student
from gradebook_gui.models import LineItem, Member
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    FakeDialogs,
    cell_text,
    connection_to,
    row_of,
    type_score,
    wait_ready,
    wait_settled,
)
from .test_course_window import course_settled, lms_grades

WindowMaker = Callable[[], MainWindow]
LEARNER_URI = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR_URI = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
TIMEOUT_MS = 15_000


def posted_for(sandbox: Sandbox) -> list[str]:
    return [
        str(request.json_body["userId"])
        for request in sandbox.control.requests()
        if request.method == "POST" and isinstance(request.json_body, dict)
    ]


def test_an_inactive_learner_is_sent_nothing_unless_included(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = new_window()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    active, gone = (window.results_model.grade_at(row).user_id for row in range(2))
    sandbox.control.set_member_status(gone, "Inactive")
    window.loader.reload()
    wait_ready(qtbot, window)
    assert cell_text(window, gone, Column.STATUS) == "inactive"

    type_score(qtbot, window, row_of(window, active), "7.25")
    type_score(qtbot, window, row_of(window, gone), "6.25")
    wait_settled(qtbot, window)
    sandbox.control.clear_requests()
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, active, Column.STATUS) == "✓ verified", timeout=TIMEOUT_MS
    )
    wait_settled(qtbot, window)
    reviewed: list[ReviewItem] = fake_dialogs.answer_of("review")
    assert {item.user_id: item.not_active for item in reviewed} == {
        active: None,
        gone: "not an active student (roster status Inactive)",
    }
    assert posted_for(sandbox) == [active]
    # Held back: still a draft, offered again at the next submit.
    assert cell_text(window, gone, Column.STATUS) == "✎ edited"

    fake_dialogs.include_not_active = True
    sandbox.control.clear_requests()
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, gone, Column.STATUS).startswith("failed"), timeout=TIMEOUT_MS
    )
    wait_settled(qtbot, window)
    assert posted_for(sandbox) == [gone]
    assert "not a student" in cell_text(window, gone, Column.STATUS)


def test_the_column_view_marks_them_and_filters_them_out_or_in(qtbot: QtBot) -> None:
    line_item = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)
    model = ResultsModel(locale=QLocale(QLocale.Language.English))
    model.begin_load(line_item)
    model.add_members(
        [
            Member(userId="a", roles=("Learner",), name="Ann", status="Active"),
            Member(userId="b", roles=("Learner",), name="Bo", status="Inactive"),
            Member(userId="c", roles=(LEARNER_URI,), name="Cy"),
            Member(userId="d", roles=(LEARNER_URI,), name="Dee", status="Deleted"),
        ]
    )
    model.finish_load()
    statuses = [model.index(row, Column.STATUS).data() for row in range(model.rowCount())]
    assert statuses == ["no grade", "inactive", "no grade", "inactive"]
    model.sort(Column.STATUS)
    assert [model.grade_at(row).user_id for row in range(4)] == ["a", "c", "b", "d"]
    model.set_quick_filter(QuickFilter.NOT_ACTIVE)
    assert [model.grade_at(row).user_id for row in range(model.rowCount())] == ["b", "d"]
    assert QUICK_FILTER_LABELS[QuickFilter.NOT_ACTIVE] == "Not active students"
    # A draft for them shows its state, and the filter still finds them.
    model.update_overlays(
        {"b": CellOverlay(GradeEdit("b", 5, 10), ServerGrade(), CellState.EDITED)}
    )
    assert [model.grade_at(row).user_id for row in range(model.rowCount())] == ["b", "d"]
    assert model.index(0, Column.STATUS).data() == "✎ edited"


def test_who_is_not_an_active_student() -> None:
    assert not_active_student(Member(userId="a", roles=("Learner",))) is None
    assert not_active_student(Member(userId="a", roles=(LEARNER_URI,), status="Active")) is None
    assert not_active_student(Member(userId="a", roles=("Learner",), status="Inactive")) == (
        "not an active student (roster status Inactive)"
    )
    assert not_active_student(Member(userId="a", roles=(INSTRUCTOR_URI,))) == (
        "not a student of the course (no learner role)"
    )
    assert not_active_student(None) is not None


def test_the_course_view_reviews_once_and_holds_back_an_inactive_learner(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = new_window()
    window.open_connection(connection_to(sandbox), demo=True)
    qtbot.waitUntil(lambda: window.session.key is not None, timeout=TIMEOUT_MS)
    window.commands.course_view_action.trigger()
    model = window.views.course_model
    qtbot.waitUntil(lambda: course_settled(window), timeout=TIMEOUT_MS)
    active, gone = (model.learner_at(row).user_id for row in range(2))
    sandbox.control.set_member_status(gone, "Inactive")
    window.views.course.load()
    qtbot.waitUntil(lambda: course_settled(window), timeout=TIMEOUT_MS)
    wait_settled(qtbot, window)
    first, second = model.line_items()[:2]
    # The inactive learner is shown apart, after the active ones.
    rows = {user: model.view_row_of(user) for user in (active, gone)}
    assert rows[gone] == model.rowCount() - 1
    for user, scores in ((active, ["6.25", "7.25"]), (gone, ["5.25", "4.25"])):
        assert model.request_block(rows[user], 1, [scores])
    qtbot.waitUntil(lambda: course_settled(window), timeout=TIMEOUT_MS)
    sandbox.control.clear_requests()
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: sorted(posted_for(sandbox)) == [active, active] and course_settled(window),
        timeout=TIMEOUT_MS,
    )
    wait_settled(qtbot, window)
    [reviewed] = [given for asked, given in fake_dialogs.asked if asked == "review"]
    assert sorted(
        (each.line_item.label, each.user_id, each.not_active is None)
        for each in reviewed
        if each.line_item is not None
    ) == sorted(
        (item.label, user, user == active) for item in (first, second) for user in (active, gone)
    )
    assert lms_grades(sandbox, first.id)[active][0] == pytest.approx(6.25 / first.scoreMaximum)
    assert lms_grades(sandbox, second.id)[active][0] == pytest.approx(7.25 / second.scoreMaximum)
    # The inactive learner's changes stay drafts.
    key = window.session.key
    assert key is not None
    assert gone in window.store.drafts(key, first.id) and gone in window.store.drafts(
        key, second.id
    )
