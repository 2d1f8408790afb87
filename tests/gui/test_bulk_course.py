"""Bulk change… and Comment bank… on the Course tab: they act on the current cell's column
(the cells chosen there, or the whole column), end as drafts reviewed old → new; with
screenshots of a curve's preview and of its review in tests/screenshots/."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.bulk_dialog import BulkDialog
from gradebook_gui.gui.course_marks import CellMark
from gradebook_gui.gui.locale_numbers import table_text
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.review_dialog import ReviewDialog, ReviewItem
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.bulk import BulkOperation
from gradebook_gui.store import GradeStore
from gradebook_gui.store.comment_bank import BankComment, CommentBankStore

from .conftest import FakeDialogs
from .test_course_window import index_of, mark, open_course, wait_idle
from .test_screenshots import save, shown_rows, visible_texts

WindowMaker = Callable[[], MainWindow]


def choose_cells(window: MainWindow, line_item_id: str, user_ids: list[str]) -> None:
    model = window.views.course_model
    table = window.views.course_view.table
    selection = QItemSelection()
    for user_id in user_ids:
        index = index_of(model, user_id, line_item_id)
        selection.select(index, index)
    table.selectionModel().setCurrentIndex(
        index_of(model, user_ids[0], line_item_id), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_a_curve_of_cells_chosen_in_a_course_column_is_previewed_then_reviewed_old_to_new(
    qtbot: QtBot,
    new_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[1]
    graded = [
        learner.user_id
        for learner in model.learners()
        if model.shown_score(item, learner.user_id) is not None
    ][:6]
    choose_cells(window, item.id, graded)
    before = {user_id: model.shown_score(item, user_id) for user_id in graded}
    top = max(score for score in before.values() if score is not None)
    target = min(top + 2, item.scoreMaximum)
    fake_dialogs.bulk_change = (BulkOperation.CURVE_TOP, target)
    window.commands.bulk_change_action.trigger()
    wait_idle(qtbot, window)

    asked, whole_column = fake_dialogs.answer_of("bulk")
    assert [learner.user_id for learner in asked] == graded and not whole_column
    key = window.session.key
    assert key is not None
    drafts = store.drafts(key, item.id)
    shift = target - top
    assert {user_id: draft.edit.score for user_id, draft in drafts.items()} == pytest.approx(
        {user_id: score + shift for user_id, score in before.items() if score is not None}
    )
    assert all(mark(model, user_id, item.id) is CellMark.UNSENT for user_id in drafts)
    assert window.commands.undo_action.text().startswith("&Undo “Curve: top score to")

    # The preview the instructor saw: the same learners, the curve chosen, both histograms.
    preview = BulkDialog(asked, item, whole_column=False, locale=model.locale())
    qtbot.addWidget(preview)
    preview.set_operation(BulkOperation.CURVE_TOP, table_text(model.locale(), target))
    preview.resize(720, 640)
    preview.show()
    qtbot.waitExposed(preview)
    save(preview, "course-curve-preview")
    assert "Before" in visible_texts(preview) and "After" in visible_texts(preview)

    # The review lists each changed cell old → new before anything is sent.
    fake_dialogs.confirm_review = False
    window.commands.submit_action.trigger()
    wait_idle(qtbot, window)
    items: list[ReviewItem] = fake_dialogs.answer_of("review")
    assert {each.user_id for each in items} == set(drafts)
    review = ReviewDialog(item, items, window.session.platform, locale=model.locale())
    qtbot.addWidget(review)
    review.resize(760, 520)
    review.show()
    qtbot.waitExposed(review)
    save(review, "course-curve-review")
    [rows] = shown_rows(review)
    assert len(rows) == len(drafts)
    assert all(mark(model, user_id, item.id) is CellMark.UNSENT for user_id in drafts)


def test_from_one_cell_a_bulk_change_takes_the_whole_column(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[2]
    window.views.course_view.table.setCurrentIndex(model.index(0, 3))
    window.commands.bulk_change_action.trigger()
    asked, whole_column = fake_dialogs.answer_of("bulk")
    assert whole_column
    assert len(asked) == model.learner_count()
    assert all(learner.result is None or learner.result.scoreOf == item.id for learner in asked)


def test_a_bank_comment_goes_to_the_cells_chosen_in_a_course_column(
    qtbot: QtBot,
    new_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    key = window.session.key
    assert key is not None
    CommentBankStore(store).save(BankComment("good", "Good work, {first_name}.", key))
    item = model.line_items()[0]
    chosen = [
        learner.user_id
        for learner in model.learners()
        if model.shown_score(item, learner.user_id) is not None
    ][1:3]
    choose_cells(window, item.id, chosen)
    fake_dialogs.bank_shortcut = "good"
    window.commands.comment_bank_action.trigger()
    wait_idle(qtbot, window)
    asked, course = fake_dialogs.answer_of("comment bank")
    assert course == key and [learner.user_id for learner in asked] == chosen
    drafts = store.drafts(key, item.id)
    assert set(drafts) == set(chosen)
    assert all((drafts[user].edit.comment or "").startswith("Good work, ") for user in chosen)
    assert window.commands.undo_action.text() == "&Undo “Comment for 2 learners”"
