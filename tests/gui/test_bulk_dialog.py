"""The Bulk change dialog: the value read in the user's locale, the preview, the histograms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import GradeEdit
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.bulk_dialog import BulkDialog
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.review_dialog import ReviewItem
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.bulk import BulkOperation
from gradebook_gui.statistics import HISTOGRAM_BINS

from .conftest import FakeDialogs, cell_text, connection_to, wait_ready, wait_settled

ITEM = LineItem(id="https://lms.example.edu/items/1", label="Quiz 3", scoreMaximum=10)
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def learner(user_id: str, name: str, score: float | None) -> StudentGrade:
    member = Member(userId=user_id, roles=("Learner",), name=name)
    result = (
        None
        if score is None
        else Result(
            id=f"r{user_id}", scoreOf=ITEM.id, userId=user_id, resultScore=score, resultMaximum=10
        )
    )
    return StudentGrade(user_id, member, result)


LEARNERS = [
    learner("u1", "Ada Lovelace", 4),
    learner("u2", "Grace Hopper", 5.5),
    learner("u3", "Alan Turing", 6),
    learner("u4", "Edsger Dijkstra", None),
    learner("u5", "Barbara Liskov", 7.5),
    learner("u6", "Donald Knuth", 9),
    learner("u7", "Frances Allen", 4),
]


def dialog(qtbot: QtBot, locale: QLocale = ENGLISH, whole: bool = True) -> BulkDialog:
    shown = BulkDialog(LEARNERS, ITEM, whole_column=whole, locale=locale)
    qtbot.addWidget(shown)
    return shown


def heading(bulk: BulkDialog) -> str:
    (label,) = [label for label in bulk.findChildren(QLabel) if "scores out of" in label.text()]
    return label.text()


def test_the_heading_names_the_learners_changed_in_words_for_one_and_for_several(
    qtbot: QtBot,
) -> None:
    def shown(learners: list[StudentGrade], whole: bool) -> str:
        bulk = BulkDialog(learners, ITEM, whole_column=whole, locale=ENGLISH)
        qtbot.addWidget(bulk)
        return heading(bulk)

    assert shown(LEARNERS[:1], whole=True).endswith(": the only learner of the column")
    assert shown(LEARNERS, whole=True).endswith(": all 7 learners of the column")
    assert shown(LEARNERS[:1], whole=False).endswith(": 1 selected learner")
    assert shown(LEARNERS[:2], whole=False).endswith(": 2 selected learners")


def test_a_curve_is_previewed_old_to_new_with_both_histograms(qtbot: QtBot) -> None:
    bulk = dialog(qtbot)
    assert bulk.plan() is None and not bulk.ok_button.isEnabled()
    bulk.set_operation(BulkOperation.CURVE_MEAN, "7.5")
    plan = bulk.plan()
    assert plan is not None
    assert {edit.user_id: edit.score for edit in plan.edits} == {
        "u1": 5.5,
        "u2": 7.0,
        "u3": 7.5,
        "u5": 9.0,
        "u6": 10.5,
        "u7": 5.5,
    }
    assert bulk.preview_rows()[0] == ("Ada Lovelace", "4", "5.5", "")
    assert bulk.preview_rows()[4] == (
        "Donald Knuth",
        "9",
        "10.5",
        "above the maximum (extra credit)",
    )
    assert bulk.ok_button.text() == "Save 6 changes"
    assert "Every score moves by 1.5" in bulk.summary_label.text()
    assert "Mean 6 → 7.5" in bulk.summary_label.text()
    assert "1 above the maximum (extra credit)" in bulk.summary_label.text()
    before = bulk.before_histogram.histogram()
    after = bulk.after_histogram.histogram()
    assert sum(before) == sum(after) == 6
    assert before[HISTOGRAM_BINS] == 0 and after[HISTOGRAM_BINS] == 1


def test_before_and_after_are_drawn_on_one_count_scale(qtbot: QtBot) -> None:
    bulk = dialog(qtbot)
    # Two learners have 4 before; the one without a grade joins them after.
    bulk.set_operation(BulkOperation.FILL_EMPTY, "4")
    assert max(bulk.before_histogram.histogram()) == 2
    assert max(bulk.after_histogram.histogram()) == 3
    assert bulk.before_histogram.scale() == bulk.after_histogram.scale() == 3
    for histogram in (bulk.before_histogram, bulk.after_histogram):
        histogram.resize(320, 160)
    before = max(bulk.before_histogram.bar_heights())
    after = max(bulk.after_histogram.bar_heights())
    assert before == pytest.approx(after * 2 / 3)


def test_the_value_is_read_in_the_users_locale_and_a_minus_subtracts(qtbot: QtBot) -> None:
    bulk = dialog(qtbot, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    bulk.set_operation(BulkOperation.ADD, "−1,5")
    plan = bulk.plan()
    assert plan is not None
    assert plan.edits[0] == GradeEdit("u1", 2.5, 10)
    assert plan.label == "Subtract 1.5 points (6 learners)"
    assert bulk.preview_rows()[0][1:3] == ("4", "2,5")


def test_a_value_that_is_not_a_score_says_why_and_saves_nothing(qtbot: QtBot) -> None:
    bulk = dialog(qtbot)
    bulk.set_operation(BulkOperation.MULTIPLY, "85%")
    assert bulk.plan() is None
    assert "percentage" in bulk.value_problem.text()
    bulk.set_operation(BulkOperation.MULTIPLY, "1")
    assert bulk.value_problem.text() == ""
    assert bulk.plan() is None  # nothing changes
    assert "Nothing changes" in bulk.summary_label.text()


def test_fill_and_clear_list_only_the_learners_they_change(qtbot: QtBot) -> None:
    bulk = dialog(qtbot)
    bulk.set_operation(BulkOperation.FILL_EMPTY, "0")
    assert bulk.preview_rows() == [("Edsger Dijkstra", "no grade", "0", "")]
    bulk.set_operation(BulkOperation.CLEAR)
    assert not bulk.value_edit.isVisibleTo(bulk)
    plan = bulk.plan()
    assert plan is not None and len(plan.edits) == 6
    assert "the LMS then shows no grade" in bulk.summary_label.text()


def test_screenshot_of_a_curve_with_its_histograms(qtbot: QtBot) -> None:
    bulk = dialog(qtbot, whole=False)
    bulk.set_operation(BulkOperation.CURVE_TOP, "10")
    bulk.resize(720, 640)
    bulk.show()
    qtbot.waitExposed(bulk)
    SCREENSHOTS.mkdir(exist_ok=True)
    pixmap = bulk.grab()
    assert pixmap.save(str(SCREENSHOTS / "bulk-dialog.png"), "PNG")


# -- through the window, against the sandbox --------------------------------------------------


def test_a_curve_of_selected_learners_is_reviewed_old_to_new_then_sent_and_verified(
    qtbot: QtBot,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
) -> None:
    window = new_window()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    model = window.results_model
    line_item = model.line_item()
    assert line_item is not None
    graded = [row for row in range(model.rowCount()) if model.shown_values(row)[0] is not None]
    rows = graded[:4]
    selection = QItemSelection()
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    window.results_view.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    users = [model.grade_at(row).user_id for row in rows]
    before = {model.grade_at(row).user_id: model.shown_values(row)[0] for row in rows}
    top = max(score for score in before.values() if score is not None)
    target = min(top + 1.5, line_item.scoreMaximum * 2)
    fake_dialogs.bulk_change = (BulkOperation.CURVE_TOP, target)
    window.commands.bulk_change_action.trigger()
    wait_settled(qtbot, window)

    asked, whole_column = fake_dialogs.answer_of("bulk")
    assert [learner.user_id for learner in asked] == users and not whole_column
    shift = target - top
    wanted = {user: round(score + shift, 5) for user, score in before.items() if score is not None}
    assert len(wanted) == 4
    assert window.status_area.pending_label.text() == f"{len(wanted)} unsent changes"
    assert window.commands.undo_action.text().startswith("&Undo “Curve: top score to")

    sandbox.control.clear_requests()
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: all(cell_text(window, user, Column.STATUS) == "✓ verified" for user in wanted),
        timeout=15_000,
    )
    wait_settled(qtbot, window)
    items: list[ReviewItem] = fake_dialogs.answer_of("review")
    # The review lists each learner's grade as it was and as it will be.
    assert {item.user_id: item.draft.base.on_scale(line_item.scoreMaximum) for item in items} == (
        pytest.approx(before)
    )
    assert {item.user_id: item.edit.score for item in items} == pytest.approx(wanted)
    posts = [r for r in sandbox.control.requests() if r.method == "POST"]
    assert len(posts) == len(wanted)
    held = sandbox.control.results(line_item.id)
    for user, score in wanted.items():
        result = held[user]
        assert result["resultScore"] / result["resultMaximum"] == pytest.approx(
            score / line_item.scoreMaximum
        )
