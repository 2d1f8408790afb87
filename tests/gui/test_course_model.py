"""The Course view's table model, without a window: cells, marks, sorting, filtering, pasting."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui.course_learners import NameOrder
from gradebook_gui.gui.course_marks import CellMark
from gradebook_gui.gui.course_model import CELL_MARK_ROLE, CourseModel
from gradebook_gui.gui.course_view import split_block
from gradebook_gui.gui.row_order import family_first, name_collator, name_sort_key
from gradebook_gui.gui.row_status import CellOverlay
from gradebook_gui.models import LineItem, Member, Result

LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
QUIZ = LineItem(id="q1", label="Quiz 1", scoreMaximum=10)
ESSAY = LineItem(id="e1", label="Essay", scoreMaximum=20)


def member(user_id: str, given: str, family: str, email: str = "") -> Member:
    return Member(
        userId=user_id,
        roles=(LEARNER,),
        name=f"{given} {family}",
        givenName=given,
        familyName=family,
        email=email or None,
    )


def result(item: LineItem, user_id: str, score: float | None) -> Result:
    return Result(
        id=f"{item.id}/{user_id}",
        scoreOf=item.id,
        userId=user_id,
        resultScore=score,
        resultMaximum=item.scoreMaximum,
    )


@pytest.fixture
def model() -> CourseModel:
    course = CourseModel(locale=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    course.set_line_items([QUIZ, ESSAY])
    course.set_roster(
        [
            member("u1", "Zoë", "Adams", "zoe@school.test"),
            member("u2", "Émile", "Zola"),
            member("u3", "anna", "Élan"),
        ]
    )
    course.add_results(QUIZ.id, [result(QUIZ, "u1", 7), result(QUIZ, "u2", 9.5)])
    course.add_results(ESSAY.id, [result(ESSAY, "u3", 15)])
    return course


def texts(model: CourseModel, role: int = Qt.ItemDataRole.DisplayRole) -> list[list[Any]]:
    return [
        [model.index(row, column).data(role) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def requested(model: CourseModel, qtbot: QtBot) -> list[tuple[dict[str, Any], str]]:
    seen: list[tuple[dict[str, Any], str]] = []
    model.edits_requested.connect(lambda edits, label: seen.append((edits, label)))
    return seen


def test_a_row_per_learner_and_a_column_per_line_item_on_its_scale(
    model: CourseModel, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Quiz 1\n/ 10"
    assert texts(model) == [
        ["Adams, Zoë", "7", ""],
        ["Zola, Émile", "9.5", ""],
        ["Élan, anna", "", "15"],
    ]


def test_a_column_still_loading_shows_an_ellipsis_and_refuses_edits(qtbot: QtBot) -> None:
    model = CourseModel()
    model.set_line_items([QUIZ, ESSAY])
    model.set_roster([member("u1", "Zoë", "Adams")])
    model.add_results(QUIZ.id, [result(QUIZ, "u1", 7)])
    refused: list[str] = []
    model.edit_refused.connect(refused.append)
    assert texts(model) == [["Adams, Zoë", "7", "…"]]
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not model.request_block(0, 2, [["12"]])
    assert "still loading" in refused[0]


def test_names_sort_with_the_locale_by_family_or_given_name(model: CourseModel) -> None:
    model.sort(0)
    assert [row[0] for row in texts(model)] == ["Adams, Zoë", "Élan, anna", "Zola, Émile"]
    model.set_name_order(NameOrder.GIVEN)
    assert [row[0] for row in texts(model)] == ["anna Élan", "Émile Zola", "Zoë Adams"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in texts(model)] == ["Zoë Adams", "Émile Zola", "anna Élan"]


def test_names_sort_in_the_one_order_of_every_list_even_under_the_c_locale() -> None:
    members = [
        member("u1", "Zoë", "Adams"),
        member("u2", "Łukasz", "Lis"),
        member("u3", "Ann", "Zimmer"),
        member("u4", "Bo", "lane"),
    ]
    course = CourseModel(locale=QLocale.c())
    course.set_line_items([QUIZ])
    course.set_roster(members)
    course.sort(0)
    names = [row[0] for row in texts(course)]
    assert names == ["Adams, Zoë", "lane, Bo", "Lis, Łukasz", "Zimmer, Ann"]
    # The same order as the history and the column view's lists.
    key = name_sort_key(name_collator(QLocale.c()))
    shown = [family_first(m.display_name, m.givenName, m.familyName) for m in members]
    assert names == sorted(shown, key=key)
    course.set_name_order(NameOrder.GIVEN)
    assert [row[0] for row in texts(course)] == ["Ann Zimmer", "Bo lane", "Łukasz Lis", "Zoë Adams"]


def test_learners_who_are_not_active_students_are_shown_apart_after_the_others(
    qtbot: QtBot,
) -> None:
    course = CourseModel(locale=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    course.set_line_items([QUIZ])
    gone = member("u9", "Aaron", "Abbot").model_copy(update={"status": "Inactive"})
    course.set_roster([member("u1", "Zoë", "Adams"), gone, member("u2", "Émile", "Zola")])
    course.add_results(QUIZ.id, [result(QUIZ, "u9", 10), result(QUIZ, "u1", 2)])
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        course.sort(0, order)
        assert [row[0] for row in texts(course)][-1] == "Abbot, Aaron (not active)"
        course.sort(1, order)
        assert [row[0] for row in texts(course)][-1] == "Abbot, Aaron (not active)"
    course.sort(0)
    tip = course.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Not an active student (roster status Inactive): grades are not sent" in tip


def test_a_grade_column_sorts_by_the_score_shown_with_no_grade_last(model: CourseModel) -> None:
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [row[1] for row in texts(model)] == ["9.5", "7", ""]
    # An unsent edit is what the cell shows, so it is what sorts.
    model.update_overlays(
        QUIZ.id, {"u1": CellOverlay(GradeEdit("u1", 10, 10), ServerGrade(7, 10), CellState.EDITED)}
    )
    assert [row[0] for row in texts(model)][:2] == ["Adams, Zoë", "Zola, Émile"]


def test_the_filter_matches_names_ids_and_emails_whatever_the_accents(model: CourseModel) -> None:
    model.set_filter_text("EMILE")
    assert [row[0] for row in texts(model)] == ["Zola, Émile"]
    model.set_filter_text("zoe@school")
    assert [row[0] for row in texts(model)] == ["Adams, Zoë"]
    model.set_filter_text("u3")
    assert [row[0] for row in texts(model)] == ["Élan, anna"]
    model.set_filter_text("")
    assert model.rowCount() == 3


def test_typing_a_score_asks_for_one_edit_made_on_the_lms_grade(
    model: CourseModel, qtbot: QtBot
) -> None:
    seen = requested(model, qtbot)
    assert model.setData(model.index(0, 1), "8.5")
    [(edits, label)] = seen
    assert edits == {QUIZ.id: [(GradeEdit("u1", 8.5, 10), ServerGrade(7, 10))]}
    assert label == "Edit Quiz 1 of Zoë Adams"
    # What the cell shows already is not an edit.
    assert model.setData(model.index(0, 1), "7")
    assert len(seen) == 1


def test_a_pasted_block_is_one_operation_over_every_line_item_it_touches(
    model: CourseModel, qtbot: QtBot
) -> None:
    seen = requested(model, qtbot)
    block = split_block("8\t18\r\n\t12\r\n")
    assert block == [["8", "18"], ["", "12"]]
    assert model.request_block(0, 1, block)
    [(edits, label)] = seen
    assert label == "Paste 3 scores"
    assert edits == {
        QUIZ.id: [(GradeEdit("u1", 8, 10), ServerGrade(7, 10))],
        ESSAY.id: [
            (GradeEdit("u1", 18, 20), ServerGrade()),
            (GradeEdit("u2", 12, 20), ServerGrade()),
        ],
    }


def test_one_bad_cell_refuses_the_whole_paste_naming_it(model: CourseModel, qtbot: QtBot) -> None:
    seen = requested(model, qtbot)
    refused: list[str] = []
    model.edit_refused.connect(refused.append)
    assert not model.request_block(0, 1, [["8", "18"], ["85%", "12"]])
    assert not model.request_block(2, 1, [["1"], ["2"]])
    assert not model.request_block(0, 2, [["1", "2"]])
    assert seen == []
    assert refused[0].startswith("Nothing was pasted: Émile Zola, Quiz 1:")
    assert "rows do not fit" in refused[1]
    assert "columns do not fit" in refused[2]


def test_each_cell_is_marked_with_where_its_edit_is(model: CourseModel) -> None:
    base = ServerGrade(7, 10)
    model.set_overlays(
        QUIZ.id,
        {
            "u1": CellOverlay(GradeEdit("u1", 8, 10), base, CellState.EDITED),
            "u2": CellOverlay(
                GradeEdit("u2", 6, 10), ServerGrade(9.5, 10), CellState.CONFLICT, "changed"
            ),
        },
    )
    model.update_overlays(
        ESSAY.id,
        {"u3": CellOverlay(GradeEdit("u3", 16, 20), ServerGrade(15, 20), CellState.FAILED)},
    )
    assert texts(model, CELL_MARK_ROLE) == [
        [None, CellMark.UNSENT, None],
        [None, CellMark.CONFLICT, None],
        [None, None, CellMark.FAILED],
    ]
    assert [row[1:] for row in texts(model)] == [["✎ 8", ""], ["⚠ 6", ""], ["", "✖ 16"]]
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == "8"
    tip = model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "In the LMS: 9.5" in tip and "conflict" in tip and "changed" in tip
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_read_only_refuses_every_edit(model: CourseModel, qtbot: QtBot) -> None:
    seen = requested(model, qtbot)
    model.set_read_only(True)
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.request_block(0, 1, [["8"]])
    assert seen == []
