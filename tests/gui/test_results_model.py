"""The results table model: contents, sorting, filtering and loading page by page.

Besides examples, two checks guard the incremental machinery: a mirror rebuilt only from the
model's notifications must always equal the model (so views never show stale rows), and a model
loaded page by page while sort and filters change must end up equal to one loaded all at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui import results_model
from gradebook_gui.gui.loader import name_ranks
from gradebook_gui.gui.results_model import (
    GRADE_ROLE,
    CellOverlay,
    Column,
    QuickFilter,
    ResultsModel,
)
from gradebook_gui.gui.row_order import family_first, name_collator, name_sort_key
from gradebook_gui.gui.search_text import fold
from gradebook_gui.models import LineItem, Member, Result

LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)
ASCENDING = Qt.SortOrder.AscendingOrder
DESCENDING = Qt.SortOrder.DescendingOrder


def member(user_id: str, name: str | None = None, email: str | None = None) -> Member:
    return Member(
        userId=user_id, roles=("Learner",), name=name or f"Learner {user_id}", email=email
    )


def result(
    user_id: str, score: float | None, maximum: float = 10, comment: str | None = None
) -> Result:
    return Result(
        id=f"r-{user_id}",
        scoreOf=LINE_ITEM.id,
        userId=user_id,
        resultScore=score,
        resultMaximum=maximum,
        comment=comment,
    )


def user_ids(model: ResultsModel) -> list[str]:
    return [model.grade_at(row).user_id for row in range(model.rowCount())]


def cell(model: ResultsModel, row: int, column: Column, role: int = 0) -> object:
    return model.data(model.index(row, column), role or Qt.ItemDataRole.DisplayRole)


def column_texts(model: ResultsModel, column: Column) -> list[object]:
    return [cell(model, row, column) for row in range(model.rowCount())]


_PAINT_DELEGATE: QStyledItemDelegate | None = None


def painted(model: ResultsModel) -> list[tuple[str, bool, int]]:
    """Every shown cell as a view paints it (text, bold, alignment): asked the way delegates
    ask, all roles at once, which keeps each painted row's cells ready for the next repaint."""
    global _PAINT_DELEGATE
    if _PAINT_DELEGATE is None:
        _PAINT_DELEGATE = QStyledItemDelegate()
    cells = []
    for row in range(model.rowCount()):
        for column in Column:
            option = QStyleOptionViewItem()
            _PAINT_DELEGATE.initStyleOption(option, model.index(row, column))
            cells.append((option.text, option.font.bold(), int(option.displayAlignment.value)))
    return cells


@pytest.fixture
def model() -> Iterator[ResultsModel]:
    results_model = ResultsModel(locale=QLocale(QLocale.Language.English))
    yield results_model
    results_model.deleteLater()


def model_tester_complaints(qtlog: Any) -> list[str]:
    """What Qt's model tester complained about: it reports failures as logged warnings."""
    return [record.message for record in qtlog.records if record.message.startswith("FAIL!")]


@pytest.fixture
def checked_model(model: ResultsModel, qtmodeltester: Any, qtlog: Any) -> Iterator[ResultsModel]:
    """The model under Qt's model tester for the whole test; any complaint fails the test."""
    qtmodeltester.check(model)
    yield model
    assert model_tester_complaints(qtlog) == []


def loaded(model: ResultsModel, members: Sequence[Member], results: Sequence[Result]) -> None:
    model.begin_load(LINE_ITEM)
    model.add_members(members)
    model.add_results(results)
    model.finish_load()


# -- contents ---------------------------------------------------------------------------------


def test_empty_model_has_no_line_item_and_no_rows(checked_model: ResultsModel) -> None:
    assert checked_model.line_item() is None
    assert checked_model.rowCount() == 0
    assert checked_model.columnCount() == len(Column)
    assert checked_model.rows_count_total() == 0


def test_every_learner_appears_with_or_without_a_result(model: ResultsModel) -> None:
    teacher = Member(userId="t", roles=("Instructor",), name="Teacher")
    loaded(model, [member("a"), teacher, member("b")], [result("a", 7)])
    assert user_ids(model) == ["a", "b"]
    assert column_texts(model, Column.SCORE) == ["7", ""]
    assert column_texts(model, Column.STATUS) == ["graded", "no grade"]


def test_rows_arriving_before_begin_load_are_refused(model: ResultsModel) -> None:
    with pytest.raises(RuntimeError, match="begin_load"):
        model.add_members([member("a")])


def test_scores_show_on_the_line_items_scale_with_up_to_two_decimals(model: ResultsModel) -> None:
    loaded(
        model,
        [member("a"), member("b"), member("c"), member("d")],
        [result("a", 4, maximum=5), result("b", 8.5), result("c", 1, maximum=3), result("d", 0)],
    )
    assert column_texts(model, Column.SCORE) == ["8", "8.5", "3.33", "0"]
    assert column_texts(model, Column.MAXIMUM) == ["10"] * 4
    assert column_texts(model, Column.PERCENT) == ["80%", "85%", "33.33%", "0%"]


def test_numbers_follow_the_users_locale(qtbot: QtBot) -> None:
    german = ResultsModel(locale=QLocale(QLocale.Language.German, QLocale.Country.Germany))
    german.begin_load(LineItem(id="li", label="Essay", scoreMaximum=1500))
    german.add_members([member("a")])
    german.add_results([result("a", 1234.5, maximum=1500)])
    # No digit grouping: "1.234,5" would be read back as a different number.
    assert cell(german, 0, Column.SCORE) == "1234,5"
    assert cell(german, 0, Column.MAXIMUM) == "1500"


def test_statuses(model: ResultsModel) -> None:
    loaded(
        model,
        [member("graded"), member("none"), member("extra")],
        [result("graded", 10), result("extra", 11), result("gone", 3)],
    )
    statuses = dict(zip(user_ids(model), column_texts(model, Column.STATUS), strict=True))
    assert statuses == {
        "graded": "graded",
        "none": "no grade",
        "extra": "extra credit",
        "gone": "not on roster",
    }
    gone = user_ids(model).index("gone")
    assert cell(model, gone, Column.NAME) == ""
    assert "not on the course roster" in str(
        cell(model, gone, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    )


def test_html_comments_show_as_text(model: ResultsModel) -> None:
    comments = {
        "html": "<p>Good <b>work</b> &amp; more</p><p>Second line</p>",
        "escaped": "&lt;b&gt;not bold&lt;/b&gt;",
    }
    loaded(
        model,
        [member(user_id) for user_id in comments],
        [result(user_id, 5, comment=comment) for user_id, comment in comments.items()],
    )
    assert column_texts(model, Column.COMMENT) == [
        "Good work & more Second line",
        "<b>not bold</b>",
    ]
    tooltip = str(cell(model, 1, Column.COMMENT, Qt.ItemDataRole.ToolTipRole))
    # Escaped, so the tooltip shows the characters rather than bold text.
    assert "&lt;b&gt;not bold&lt;/b&gt;" in tooltip
    assert "<b>" not in tooltip
    first_tooltip = str(cell(model, 0, Column.COMMENT, Qt.ItemDataRole.ToolTipRole))
    assert "Good work &amp; more<br>" in first_tooltip


def test_roles(model: ResultsModel) -> None:
    loaded(model, [member("a", "Ann")], [result("a", 7.5)])
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for column in Column:
        alignment = cell(model, 0, column, Qt.ItemDataRole.TextAlignmentRole)
        numeric = column in (Column.SCORE, Column.MAXIMUM, Column.PERCENT)
        assert alignment == (right if numeric else left), column
    grade = cell(model, 0, Column.EMAIL, GRADE_ROLE)
    assert isinstance(grade, StudentGrade) and grade.user_id == "a"
    accessible = cell(model, 0, Column.SCORE, Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "7.5 out of 10"
    for column in Column:
        flags = model.flags(model.index(0, column))
        assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
        editable = column in (Column.SCORE, Column.COMMENT)
        assert bool(flags & Qt.ItemFlag.ItemIsEditable) == editable, column
    assert model.headerData(Column.SCORE, Qt.Orientation.Horizontal) == "Score"


def test_common_roles_never_answer_none(model: ResultsModel) -> None:
    # Each None read through QModelIndex.data() is a refcount hazard on PySide6 6.12 + Python
    # 3.11, and delegates ask for these roles on every paint.
    loaded(model, [member("a", email="a@x.edu"), member("b")], [result("a", 3), result("gone", 1)])
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        GRADE_ROLE,
    )
    for row in range(model.rowCount()):
        for column in Column:
            for role in roles:
                assert model.data(model.index(row, column), role) is not None, (row, column, role)
    assert cell(model, 0, Column.EMAIL, Qt.ItemDataRole.AccessibleTextRole) == "a@x.edu"


def test_clear_and_a_new_line_item_empty_the_table(model: ResultsModel) -> None:
    loaded(model, [member("a")], [result("a", 1)])
    model.begin_load(LineItem(id="li-2", label="Quiz 2", scoreMaximum=5))
    assert model.rowCount() == 0 and model.line_item() is not None
    model.add_members([member("a")])
    assert cell(model, 0, Column.MAXIMUM) == "5"
    model.clear()
    assert model.rowCount() == 0 and model.line_item() is None


# -- sorting ----------------------------------------------------------------------------------

NAMES = {
    "1": "Zoë Weber",
    "2": "émile Durand",
    "3": "Ana Lima",
    "4": "王伟",
    "5": "Eve Adams",
    "6": "李娜",
    "7": "Ólafur Arnalds",
    "8": "zach Young",
}


def test_names_sort_ignoring_case_and_accents(model: ResultsModel) -> None:
    loaded(model, [member(user_id, name) for user_id, name in NAMES.items()], [])
    model.sort(Column.NAME, ASCENDING)
    assert column_texts(model, Column.NAME) == [
        "Ana Lima",
        "émile Durand",
        "Eve Adams",
        "Ólafur Arnalds",
        "zach Young",
        "Zoë Weber",
        "李娜",
        "王伟",
    ]
    model.sort(Column.NAME, DESCENDING)
    assert column_texts(model, Column.NAME)[:2] == ["王伟", "李娜"]


def test_rows_without_a_value_come_last_in_both_orders(model: ResultsModel) -> None:
    loaded(
        model,
        [member("a", email="b@x.edu"), member("b"), member("c", email="a@x.edu"), member("d")],
        [result("a", 3, comment="ok"), result("c", 9), result("gone", 5)],
    )
    for order in (ASCENDING, DESCENDING):
        model.sort(Column.SCORE, order)
        scores = column_texts(model, Column.SCORE)
        assert scores[-2:] == ["", ""], order
        model.sort(Column.EMAIL, order)
        assert column_texts(model, Column.EMAIL)[-3:] == ["", "", ""], order
        model.sort(Column.COMMENT, order)
        assert user_ids(model)[0] == "a", order
        model.sort(Column.NAME, order)
        assert user_ids(model)[-1] == "gone", order
    model.sort(Column.SCORE, ASCENDING)
    assert user_ids(model) == ["a", "gone", "c", "b", "d"]
    model.sort(Column.SCORE, DESCENDING)
    assert user_ids(model) == ["c", "gone", "a", "b", "d"]


def test_every_column_sorts_both_ways(model: ResultsModel) -> None:
    loaded(
        model,
        [member("10", "Bea", "bea@x.edu"), member("9", "Al", "al@x.edu"), member("x", "Cy")],
        [result("10", 12, comment="b"), result("9", 4, comment="a"), result("lost", 1)],
    )
    expected = {
        Column.NAME: ["9", "10", "x", "lost"],
        Column.USER_ID: ["9", "10", "lost", "x"],
        Column.EMAIL: ["9", "10", "x", "lost"],
        Column.SCORE: ["lost", "9", "10", "x"],
        Column.PERCENT: ["lost", "9", "10", "x"],
        Column.COMMENT: ["9", "10", "x", "lost"],
        Column.STATUS: ["9", "10", "x", "lost"],
        Column.MAXIMUM: ["10", "9", "x", "lost"],
    }
    for column, ascending in expected.items():
        model.sort(column, ASCENDING)
        assert user_ids(model) == ascending, column
        model.sort(column, DESCENDING)
        descending = user_ids(model)
        assert sorted(descending) == sorted(ascending), column
    model.sort(Column.SCORE, DESCENDING)
    assert user_ids(model) == ["10", "9", "lost", "x"]
    model.sort(Column.USER_ID, DESCENDING)
    assert user_ids(model) == ["x", "lost", "10", "9"]


def test_equal_values_keep_roster_order_and_minus_one_restores_it(model: ResultsModel) -> None:
    loaded(model, [member(str(n)) for n in range(5)], [result(str(n), 5) for n in range(5)])
    for order in (ASCENDING, DESCENDING):
        model.sort(Column.SCORE, order)
        assert user_ids(model) == ["0", "1", "2", "3", "4"]
    model.sort(Column.USER_ID, DESCENDING)
    model.sort(-1)
    assert user_ids(model) == ["0", "1", "2", "3", "4"]


def test_sorting_keeps_persistent_indexes_on_their_learner(checked_model: ResultsModel) -> None:
    loaded(checked_model, [member(str(n), f"Name {9 - n}") for n in range(6)], [])
    tracked = QPersistentModelIndex(checked_model.index(1, Column.EMAIL))
    checked_model.sort(Column.NAME, ASCENDING)
    assert tracked.row() == 4 and tracked.column() == Column.EMAIL
    assert checked_model.grade_at(tracked.row()).user_id == "1"


# -- filtering --------------------------------------------------------------------------------


def test_text_filter_ignores_case_and_accents(model: ResultsModel) -> None:
    loaded(
        model,
        [member(user_id, name, f"user{user_id}@School.edu") for user_id, name in NAMES.items()],
        [],
    )
    model.set_text_filter("EMILE")
    assert column_texts(model, Column.NAME) == ["émile Durand"]
    model.set_text_filter("zoe")
    assert column_texts(model, Column.NAME) == ["Zoë Weber"]
    model.set_text_filter("olafur")
    assert column_texts(model, Column.NAME) == ["Ólafur Arnalds"]
    model.set_text_filter("李")
    assert column_texts(model, Column.NAME) == ["李娜"]
    model.set_text_filter("")
    assert model.rowCount() == len(NAMES)


def test_text_filter_matches_user_id_email_and_every_word(model: ResultsModel) -> None:
    loaded(
        model,
        [member("s-100", "Ann Lee", "ann@north.edu"), member("s-200", "Lee Ann", "lee@south.edu")],
        [],
    )
    model.set_text_filter("S-200")
    assert user_ids(model) == ["s-200"]
    model.set_text_filter("north.EDU")
    assert user_ids(model) == ["s-100"]
    model.set_text_filter("  lee   ann ")
    assert user_ids(model) == ["s-100", "s-200"]
    model.set_text_filter("ann south")
    assert user_ids(model) == ["s-200"]
    model.set_text_filter("nobody")
    assert model.rowCount() == 0 and model.rows_count_total() == 2


def test_quick_filters(model: ResultsModel) -> None:
    loaded(
        model,
        [member("a"), member("b"), member("c")],
        [result("a", 10), result("c", 10.5), result("gone", None)],
    )
    model.set_quick_filter(QuickFilter.NO_GRADE)
    assert user_ids(model) == ["b", "gone"]
    model.set_quick_filter(QuickFilter.EXTRA_CREDIT)
    assert user_ids(model) == ["c"]
    model.set_text_filter("b")
    assert user_ids(model) == []
    model.set_quick_filter(QuickFilter.ALL)
    assert user_ids(model) == ["b"]
    assert model.quick_filter() is QuickFilter.ALL


def test_filter_keystrokes_under_the_model_tester(checked_model: ResultsModel) -> None:
    loaded(checked_model, [member(str(n), f"Name {n}") for n in range(40)], [])
    checked_model.sort(Column.NAME, DESCENDING)
    for text in ("n", "na", "name 1", "name 12", "name 1", ""):
        checked_model.set_text_filter(text)
    assert checked_model.rowCount() == 40
    checked_model.set_quick_filter(QuickFilter.NO_GRADE)
    assert checked_model.rowCount() == 40


def test_many_scattered_changes_reset_instead(qtbot: QtBot, model: ResultsModel) -> None:
    # Every other row disappears: hundreds of separate removals would cost views more.
    loaded(model, [member(str(n), "Keep" if n % 2 else "Drop") for n in range(400)], [])
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_text_filter("keep")
    assert model.rowCount() == 200


def test_few_changes_notify_row_by_row(qtbot: QtBot, model: ResultsModel) -> None:
    loaded(model, [member(str(n), "Keep" if n < 390 else "Drop") for n in range(400)], [])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsRemoved):
        model.set_text_filter("keep")
    assert model.rowCount() == 390


# -- loading page by page ---------------------------------------------------------------------


def test_loading_page_by_page_keeps_sort_and_filter(checked_model: ResultsModel) -> None:
    model = checked_model
    model.sort(Column.SCORE, DESCENDING)
    model.set_text_filter("keep")
    model.begin_load(LINE_ITEM)
    model.add_members([member("1", "Keep One"), member("2", "Drop Two"), member("3", "Keep Three")])
    assert user_ids(model) == ["1", "3"]
    model.add_results([result("3", 9), result("4", 2)])
    assert user_ids(model) == ["3", "1"]
    model.add_members([member("4", "Keep Four"), member("5", "Keep Five")])
    assert user_ids(model) == ["3", "4", "1", "5"]
    model.add_results([result("1", 10), result("5", 1)])
    assert user_ids(model) == ["1", "3", "4", "5"]
    model.finish_load()
    assert model.rows_count_total() == 5 and model.rows_count_visible() == 4


def test_new_rows_are_inserted_not_reset(qtbot: QtBot, model: ResultsModel) -> None:
    model.sort(Column.NAME, ASCENDING)
    model.begin_load(LINE_ITEM)
    model.add_members([member("1", "Bo"), member("2", "Di")])
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.rowsInserted, timeout=1000) as inserted:
        model.add_members([member("3", "Cy")])
    assert inserted.args is not None and inserted.args[1:] == [1, 1]
    assert not resets


def test_a_page_scattered_over_the_table_costs_two_notifications(
    qtbot: QtBot, checked_model: ResultsModel
) -> None:
    # Views do work in proportion to the table for each notification: a page whose rows land
    # in many places is appended as one block, then moved into place by one layout change.
    model = checked_model
    model.sort(Column.NAME, ASCENDING)
    model.begin_load(LINE_ITEM)
    model.add_members([member(str(n), f"Name {n:03}") for n in range(0, 200, 2)])
    tracked = QPersistentModelIndex(model.index(10, Column.EMAIL))
    tracked_user = model.grade_at(10).user_id
    notifications: list[str] = []
    model.rowsInserted.connect(lambda *args: notifications.append("inserted"))
    model.layoutChanged.connect(lambda *args: notifications.append("layout"))
    model.modelReset.connect(lambda *args: notifications.append("reset"))
    model.add_members([member(str(n), f"Name {n:03}") for n in range(1, 200, 2)])
    assert notifications == ["inserted", "layout"]
    assert column_texts(model, Column.NAME) == [f"Name {n:03}" for n in range(200)]
    assert model.grade_at(tracked.row()).user_id == tracked_user
    assert tracked.column() == Column.EMAIL
    # A page landing in a few places is inserted there, block by block.
    notifications.clear()
    model.add_members([member("x", "Name 000a"), member("y", "Name 150a")])
    assert notifications == ["inserted", "inserted"]


def test_a_result_arriving_moves_its_row_under_a_score_sort(
    qtbot: QtBot, model: ResultsModel
) -> None:
    model.sort(Column.SCORE, ASCENDING)
    loaded(model, [member("a"), member("b"), member("c")], [result("a", 5), result("b", 6)])
    tracked = QPersistentModelIndex(model.index(2, 0))
    with qtbot.waitSignal(model.rowsMoved, timeout=1000):
        model.add_results([result("c", 1)])
    assert user_ids(model) == ["c", "a", "b"]
    assert tracked.row() == 0


def test_a_result_arriving_hides_its_row_under_no_grade(model: ResultsModel) -> None:
    model.set_quick_filter(QuickFilter.NO_GRADE)
    loaded(model, [member("a"), member("b")], [])
    model.add_results([result("a", 5)])
    assert user_ids(model) == ["b"]


def test_stats_cover_every_loaded_learner_whatever_the_filter(
    qtbot: QtBot, model: ResultsModel
) -> None:
    loaded(model, [member("a"), member("b"), member("c")], [result("a", 2), result("b", 11)])
    model.set_quick_filter(QuickFilter.NO_GRADE)
    model.set_text_filter("c")
    stats = model.stats()
    assert (stats.count, stats.graded, stats.maximum, stats.above_maximum) == (3, 2, 11, 1)
    with qtbot.waitSignal(model.stats_changed, timeout=1000):
        model.add_results([result("c", 4)])
    assert model.stats().graded == 3


def test_sort_and_filter_do_not_announce_new_stats(model: ResultsModel) -> None:
    loaded(model, [member("a")], [])
    announced: list[bool] = []
    model.stats_changed.connect(lambda: announced.append(True))
    model.sort(Column.SCORE, DESCENDING)
    model.set_text_filter("x")
    model.set_quick_filter(QuickFilter.NO_GRADE)
    assert announced == []


# -- notifications mirror the contents --------------------------------------------------------


class Mirror:
    """The rows a view would show, rebuilt only from the model's notifications."""

    def __init__(self, model: ResultsModel) -> None:
        self.model = model
        self.rows = user_ids(model)
        self._before_layout: list[tuple[QPersistentModelIndex, str]] = []
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.rowsMoved.connect(self._moved)
        model.layoutAboutToBeChanged.connect(self._layout_about_to_change)
        model.layoutChanged.connect(self._layout_changed)
        model.modelReset.connect(self._reset)

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self.rows[first:first] = [
            self.model.grade_at(row).user_id for row in range(first, last + 1)
        ]

    def _removed(self, parent: QModelIndex, first: int, last: int) -> None:
        del self.rows[first : last + 1]

    def _moved(
        self, parent: QModelIndex, first: int, last: int, destination: QModelIndex, row: int
    ) -> None:
        moving = self.rows[first : last + 1]
        del self.rows[first : last + 1]
        target = row - len(moving) if row > last else row
        self.rows[target:target] = moving

    def _layout_about_to_change(self) -> None:
        self._before_layout = [
            (QPersistentModelIndex(self.model.index(row, 0)), user_id)
            for row, user_id in enumerate(self.rows)
        ]

    def _layout_changed(self) -> None:
        rows: list[str | None] = [None] * len(self._before_layout)
        for index, user_id in self._before_layout:
            rows[index.row()] = user_id
        assert None not in rows
        self.rows = [user_id for user_id in rows if user_id is not None]

    def _reset(self) -> None:
        self.rows = user_ids(self.model)


def test_results_moving_rows_both_ways_keep_views_in_step(model: ResultsModel) -> None:
    model.sort(Column.SCORE, ASCENDING)
    loaded(model, [member(n) for n in "abcde"], [result("a", 1), result("b", 5), result("c", 6)])
    mirror = Mirror(model)
    tracked = QPersistentModelIndex(model.index(0, Column.NAME))
    model.add_results([result("a", 9)])  # down, past two rows
    assert user_ids(model) == mirror.rows == ["b", "c", "a", "d", "e"]
    assert tracked.row() == 2
    model.add_results([result("a", 5.5)])  # up by one
    assert user_ids(model) == mirror.rows == ["b", "a", "c", "d", "e"]
    model.add_results([result("a", None), result("e", 0)])  # to the ungraded, and to the top
    assert user_ids(model) == mirror.rows == ["e", "b", "c", "a", "d"]
    assert tracked.row() == 3


operations = st.one_of(
    st.tuples(st.just("members"), st.lists(st.integers(0, 14), max_size=8)),
    st.tuples(
        st.just("results"),
        st.lists(
            st.tuples(st.integers(0, 17), st.one_of(st.none(), st.integers(0, 12))), max_size=8
        ),
    ),
    st.tuples(st.just("sort"), st.tuples(st.integers(-1, len(Column) - 1), st.booleans())),
    st.tuples(st.just("text"), st.sampled_from(["", "1", "2", "ann", "é", "9 ann"])),
    st.tuples(st.just("quick"), st.sampled_from(list(QuickFilter))),
    st.tuples(
        st.just("overlays"),
        st.lists(
            st.tuples(
                st.integers(0, 17),
                st.one_of(st.none(), st.integers(0, 12)),
                st.one_of(st.none(), st.sampled_from(list(CellState))),
            ),
            max_size=6,
        ),
    ),
)

FIRST_NAMES = ["Ann", "Émile", "bob", "Zoë", "李", "ann"]


def random_member(number: int) -> Member:
    # Repeated names and missing emails make ties and empty values common.
    email = f"p{number}@x.edu" if number % 3 else None
    return member(str(number), f"{FIRST_NAMES[number % len(FIRST_NAMES)]} {number % 4}", email)


def random_result(number: int, score: int | None) -> Result:
    return result(str(number), score, comment=f"c{score % 3}" if score is not None else None)


def random_overlay(number: int, score: int | None, state: CellState | None) -> CellOverlay | None:
    """An edit in some state; no state removes the learner's overlay."""
    if state is None:
        return None
    edit = GradeEdit(str(number), score, 10, None if score is None else f"e{score % 2}")
    return CellOverlay(edit, ServerGrade(), state, saving=score == 3)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(list(Column)),
    st.booleans(),
    st.lists(st.integers(0, 14), max_size=10),
    st.lists(operations, max_size=14),
    st.sampled_from([1, 32]),
)
def test_incremental_changes_match_a_fresh_load(
    qtlog: Any,
    column: Column,
    descending: bool,
    first_page: list[int],
    steps: list[Any],
    single_moves: int,
) -> None:
    # Changed rows move one by one up to a limit, then the order is computed again: both ways.
    with patch.object(results_model, "_MAX_SINGLE_MOVES", single_moves):
        check_incremental_changes(qtlog, column, descending, first_page, steps)


def check_incremental_changes(
    qtlog: Any, column: Column, descending: bool, first_page: list[int], steps: list[Any]
) -> None:
    model = ResultsModel(locale=QLocale(QLocale.Language.English))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    sort = (int(column), DESCENDING if descending else ASCENDING)
    model.sort(*sort)
    model.begin_load(LINE_ITEM)
    mirror = Mirror(model)
    members: list[Member] = []
    results: list[Result] = []
    text, quick = "", QuickFilter.ALL
    overlays: dict[str, CellOverlay | None] = {}
    for kind, argument in [("members", first_page), *steps]:
        if kind == "members":
            roster_page = [random_member(number) for number in argument]
            members += roster_page
            model.add_members(roster_page)
        elif kind == "results":
            results_page = [random_result(number, score) for number, score in argument]
            results += results_page
            model.add_results(results_page)
        elif kind == "sort":
            sort = (argument[0], DESCENDING if argument[1] else ASCENDING)
            model.sort(*sort)
        elif kind == "text":
            text = argument
            model.set_text_filter(text)
        elif kind == "overlays":
            changes = {str(n): random_overlay(n, score, state) for n, score, state in argument}
            overlays.update(changes)
            model.update_overlays(changes)
        else:
            quick = argument
            model.set_quick_filter(quick)
        assert mirror.rows == user_ids(model)
        # Painted after every step, so that a row kept from before a change would show.
        painted(model)
    model.finish_load()
    assert mirror.rows == user_ids(model)
    assert model_tester_complaints(qtlog) == []
    del tester

    fresh = ResultsModel(locale=QLocale(QLocale.Language.English))
    fresh.set_overlays({user: overlay for user, overlay in overlays.items() if overlay})
    fresh.begin_load(LINE_ITEM)
    fresh.add_members(members)
    fresh.add_results(results)
    fresh.finish_load()
    fresh.sort(*sort)
    fresh.set_text_filter(text)
    fresh.set_quick_filter(quick)
    assert user_ids(model) == user_ids(fresh)
    shown = [model.grade_at(row) for row in range(model.rowCount())]
    assert shown == [fresh.grade_at(row) for row in range(fresh.rowCount())]
    for column in (Column.SCORE, Column.COMMENT, Column.STATUS):
        assert column_texts(model, column) == column_texts(fresh, column)
    assert painted(model) == painted(fresh)


# -- copying and scale ------------------------------------------------------------------------


def test_tab_separated_has_a_header_and_the_rows_in_view_order(model: ResultsModel) -> None:
    loaded(
        model,
        [member("a", "Ann", "ann@x.edu"), member("b", "=HYPERLINK(1)"), member("c", "Cy")],
        [result("a", 8.5, comment="Good\twork\nsee me"), result("b", 3, comment="-oops")],
    )
    text = model.tab_separated([2, 0, 0])
    lines = text.split("\n")
    assert lines[0] == "Name\tUser ID\tEmail\tScore\tMaximum\tPercent\tComment\tStatus"
    assert lines[1] == "Ann\ta\tann@x.edu\t8.5\t10\t85%\tGood work see me\tgraded"
    assert lines[2] == "Cy\tc\t\t\t10\t\t\tno grade"
    assert lines[3:] == [""]
    # Text a spreadsheet would run as a formula is neutralised.
    assert model.tab_separated([1]).split("\n")[1].split("\t")[0] == "'=HYPERLINK(1)"
    assert model.tab_separated([1]).split("\n")[1].split("\t")[6] == "'-oops"


def test_fold_is_case_and_accent_insensitive() -> None:
    assert fold("ÉMILE Zoë") == "emile zoe"
    assert fold("Straße") == "strasse"
    assert fold("王伟") == "王伟"


def test_fold_reads_every_character_alike_wherever_it_stands() -> None:
    """Folding goes character by character: marks in any order, ligatures and letters that
    decompose into several fold as they would in the whole text."""
    assert fold("C\u0327\u0301") == fold("C\u0301\u0327") == fold("Ç\u0301") == "c"
    assert fold("İSTANBUL ﬁle") == "istanbul file"
    assert fold("한국어") == fold("한") + fold("국") + fold("어")
    assert fold("ⅫØ") == "xiiø"


def test_filter_finds_non_ascii_user_ids_and_emails(model: ResultsModel) -> None:
    loaded(
        model,
        [
            member("ÉLÈVE-1", name="Ana"),
            member("2", name="Bo", email="ZOË@école.example"),
            member("3", name="Émile"),
        ],
        [],
    )
    model.set_text_filter("eleve")
    assert user_ids(model) == ["ÉLÈVE-1"]
    model.set_text_filter("zoe@ecole")
    assert user_ids(model) == ["2"]
    model.set_text_filter("EMILE")
    assert user_ids(model) == ["3"]


def test_ten_thousand_rows_fill_sort_and_filter(model: ResultsModel) -> None:
    count = 10_000
    model.sort(Column.NAME, ASCENDING)
    model.begin_load(LINE_ITEM)
    for start in range(0, count, 500):
        numbers = range(start, start + 500)
        model.add_members([member(str(n), f"Learner {(n * 7919) % count}") for n in numbers])
        model.add_results([result(str(n), n % 11) for n in numbers if n % 4])
    model.finish_load()
    assert model.rowCount() == count
    model.sort(Column.SCORE, DESCENDING)
    assert cell(model, 0, Column.SCORE) == "10"
    assert cell(model, count - 1, Column.SCORE) == ""
    model.set_text_filter("learner 99")
    assert 0 < model.rowCount() < count
    model.set_quick_filter(QuickFilter.NO_GRADE)
    assert all(cell(model, row, Column.SCORE) == "" for row in range(model.rowCount()))
    assert model.stats().count == count


def test_an_edit_after_a_cleared_filter_moves_only_its_own_row(model: ResultsModel) -> None:
    """Clearing a filter that hid every other learner shows them all again in one reset; the
    rows shown must stay a list of their own, or moving one learner later loses another."""
    members = [
        member(f"{n:03}", name=("Kim " if n // 10 % 2 else "Lee ") + f"{n:03}") for n in range(300)
    ]
    loaded(model, members, [result(f"{n:03}", n % 10) for n in range(300)])
    model.sort(Column.SCORE, ASCENDING)
    model.set_text_filter("kim")
    model.set_text_filter("")
    assert model.rowCount() == 300

    model.update_overlays(
        {"001": CellOverlay(edit=GradeEdit("001", 9.5, 10), state=CellState.EDITED)}
    )

    shown = user_ids(model)
    assert sorted(shown) == sorted(f"{n:03}" for n in range(300))
    scores = [model.shown_values(row)[0] for row in range(model.rowCount())]
    assert scores == sorted(scores)
    assert shown[-1] == "001"


# -- names in the instructor's order ------------------------------------------------------------


def named(user_id: str, given: str, family: str) -> Member:
    return Member(
        userId=user_id,
        roles=("Learner",),
        name=f"{given} {family}",
        givenName=given,
        familyName=family,
    )


FAMILIES = [
    named("1", "Zoë", "Adams"),
    named("2", "Ana", "Zola"),
    named("3", "Jan", "Łukasik"),
    named("4", "Eve", "Lewis"),
    named("5", "Bo", "Mann"),
    named("6", "Al", "Lewis"),
]


def test_names_sort_by_family_then_given_name_in_the_locales_order(
    checked_model: ResultsModel,
) -> None:
    english = QLocale(QLocale.Language.English)
    loaded(checked_model, FAMILIES, [])
    checked_model.sort(Column.NAME, ASCENDING)
    # Before the roster's names are ranked: family first, folded ("Ł" is not "L" folded).
    assert user_ids(checked_model) == ["1", "6", "4", "5", "2", "3"]
    checked_model.set_name_ranks(name_ranks(FAMILIES, english))
    # "Łukasik" among the L's, once ranked by the locale's collation.
    assert column_texts(checked_model, Column.NAME) == [
        "Zoë Adams",
        "Al Lewis",
        "Eve Lewis",
        "Jan Łukasik",
        "Bo Mann",
        "Ana Zola",
    ]
    checked_model.sort(Column.NAME, DESCENDING)
    assert user_ids(checked_model) == ["2", "5", "3", "4", "6", "1"]


def test_ranked_names_place_each_page_and_hold_for_the_next_load(model: ResultsModel) -> None:
    model.set_name_ranks(name_ranks(FAMILIES, QLocale(QLocale.Language.English)))
    model.sort(Column.NAME, ASCENDING)
    model.begin_load(LINE_ITEM)
    for page in (FAMILIES[:2], FAMILIES[2:4], FAMILIES[4:]):
        model.add_members(page)
    model.add_results([result("9", 5)])  # not on the roster: no name, last
    model.finish_load()
    assert user_ids(model) == ["1", "6", "4", "3", "5", "2", "9"]
    # A learner the ranks do not know: the provisional order until ranks name everyone.
    model.begin_load(LINE_ITEM)
    model.add_members([*FAMILIES, named("7", "Cy", "Lamb")])
    model.finish_load()
    assert user_ids(model)[:4] == ["1", "7", "6", "4"]
    model.set_name_ranks(name_ranks([*FAMILIES, named("7", "Cy", "Lamb")]))
    assert model.name_rank("3") is not None
    assert user_ids(model) == ["1", "7", "6", "4", "3", "5", "2"]


def test_the_ranks_the_names_sort_by_are_handed_back_for_the_next_load(
    model: ResultsModel,
) -> None:
    # The loader keeps them with the last load, to sort its rows again when it is shown offline.
    assert model.name_ranks() == {}
    ranks = name_ranks(FAMILIES, QLocale(QLocale.Language.English))
    model.set_name_ranks(ranks)
    model.begin_load(LINE_ITEM)
    assert model.name_ranks() is ranks


def test_names_the_collator_holds_equal_share_a_rank() -> None:
    ranks = name_ranks(
        [named("1", "anna", "bell"), named("2", "Anna", "Bell"), named("3", "Cy", "Abel")],
        QLocale(QLocale.Language.English),
    )
    assert ranks == {"1": 1, "2": 1, "3": 0}


def test_ranks_follow_the_shared_order_of_names() -> None:
    members = [
        *FAMILIES,
        Member(userId="8", roles=("Learner",), name="Group 10"),
        Member(userId="9", roles=("Learner",), name="Group 2"),
    ]
    collator = name_collator(QLocale(QLocale.Language.German))
    ranks = name_ranks(members, QLocale(QLocale.Language.German))
    by_rank = sorted(members, key=lambda member: ranks[member.userId])
    texts = [family_first(m.display_name, m.givenName, m.familyName) for m in members]
    assert [family_first(m.display_name, m.givenName, m.familyName) for m in by_rank] == sorted(
        texts, key=name_sort_key(collator)
    )
