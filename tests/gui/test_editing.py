"""Editing in the results table: what the model requests, how overlays show, keyboard entry.

The model only announces edits (`edits_requested`); these tests record what it announces and
play the part of the store by setting overlays, so no store or thread is involved here (the
EditController has its own tests).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui.locale_numbers import score_text
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import (
    READ_ONLY_TEXT,
    CellOverlay,
    Column,
    QuickFilter,
    ResultsModel,
    split_pasted_column,
)
from gradebook_gui.gui.results_view import ResultsView
from gradebook_gui.gui.score_delegate import CellEditor
from gradebook_gui.gui.score_dialog import ScoreDialog
from gradebook_gui.models import ActivityProgress, GradingProgress, LineItem, Member, Result
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    FakeDialogs,
    cell_text,
    connection_to,
    row_of,
    wait_ready,
    wait_settled,
)

LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)

Requests = list[tuple[list[tuple[GradeEdit, ServerGrade]], str]]


def member(user_id: str, name: str) -> Member:
    return Member(userId=user_id, roles=("Learner",), name=name)


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


# Rows in name order: Ann (7, "Good"), Bo (no grade), Cy (19 out of 20, i.e. 9.5), then "gone",
# who has a result but is not on the roster.
ROSTER = [member("a", "Ann Bell"), member("b", "Bo Diaz"), member("c", "Cy Lane")]
RESULTS = [result("a", 7, comment="Good"), result("c", 19, maximum=20), result("gone", 3)]
ANN, BO, CY, GONE = 0, 1, 2, 3


class Recorder:
    """What the model announced: edit requests, refusals and warnings."""

    def __init__(self, model: ResultsModel) -> None:
        self.requests: Requests = []
        self.refusals: list[str] = []
        self.warnings: list[str] = []
        model.edits_requested.connect(self._requested)
        model.edit_refused.connect(self.refusals.append)
        model.edit_warning.connect(self.warnings.append)

    def _requested(self, edits: list[tuple[GradeEdit, ServerGrade]], label: str) -> None:
        self.requests.append((list(edits), label))

    @property
    def last(self) -> tuple[list[tuple[GradeEdit, ServerGrade]], str]:
        assert self.requests, "no edit was requested"
        return self.requests[-1]


def make_model(locale: QLocale = ENGLISH) -> ResultsModel:
    model = ResultsModel(locale=locale)
    model.sort(Column.NAME)
    model.begin_load(LINE_ITEM)
    model.add_members(ROSTER)
    model.add_results(RESULTS)
    model.finish_load()
    return model


@pytest.fixture
def model() -> Iterator[ResultsModel]:
    results_model = make_model()
    yield results_model
    results_model.deleteLater()


@pytest.fixture
def recorder(model: ResultsModel) -> Recorder:
    return Recorder(model)


def cell(model: ResultsModel, row: int, column: Column, role: int = 0) -> Any:
    return model.data(model.index(row, column), role or Qt.ItemDataRole.DisplayRole)


def user_ids(model: ResultsModel) -> list[str]:
    return [model.grade_at(row).user_id for row in range(model.rowCount())]


def draft(user_id: str, score: float | None, comment: str | None = None) -> CellOverlay:
    base = ServerGrade(7, 10, "Good") if user_id == "a" else ServerGrade()
    return CellOverlay(GradeEdit(user_id, score, 10, comment), base, CellState.EDITED)


def apply_requests(model: ResultsModel, recorder: Recorder) -> None:
    """Play the store: the last request's edits become saved drafts."""
    edits, _label = recorder.last
    model.update_overlays(
        {edit.user_id: CellOverlay(edit, base, CellState.EDITED) for edit, base in edits}
    )


# -- reading what was typed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("8", ENGLISH, 8.0),
        (" 8.5 ", ENGLISH, 8.5),
        ("8,5", ENGLISH, 8.5),  # a comma before one digit cannot be grouping
        ("7,5", GERMAN, 7.5),
        ("8.5", GERMAN, 8.5),
        ("1,234", GERMAN, 1.234),  # the German decimal sign is the comma
        ("1.234", ENGLISH, 1.234),
        (".5", ENGLISH, 0.5),
        ("12.", ENGLISH, 12.0),
        ("0,250", ENGLISH, 0.25),  # a leading zero rules grouping out
    ],
)
def test_scores_are_read_in_the_users_locale(text: str, locale: QLocale, expected: float) -> None:
    model = make_model(locale)
    recorder = Recorder(model)
    assert model.setData(model.index(BO, Column.SCORE), text)
    assert recorder.last[0] == [(GradeEdit("b", expected, 10), ServerGrade())]


@pytest.mark.parametrize(
    ("text", "locale", "reason"),
    [
        ("-1", ENGLISH, "-1 is negative: a score is 0 or more"),
        ("−2", ENGLISH, "-2 is negative"),
        ("nan", ENGLISH, "NaN (not a number) is not a score"),
        ("inf", ENGLISH, "infinity is not a score"),
        ("85%", ENGLISH, "85% is a percentage"),
        ("1,000", ENGLISH, "1,000 could be 1000 or 1.000: digit grouping is not read"),
        ("1.000", GERMAN, "1.000 could be 1000 or 1,000: digit grouping is not read"),
        ("1,234.5", ENGLISH, "1,234.5 has digit grouping, which is not read: write 1234.5"),
        ("1 234", ENGLISH, "grouping"),
        ("eight", ENGLISH, "'eight' is not a number"),
        ("8;5", ENGLISH, "'8;5' is not a number"),
        # The cell and the Edit grade dialog read scores alike: scientific notation is refused.
        ("1e3", ENGLISH, "1e3 is in scientific notation, which is not read: write 1000"),
        ("9" * 400, ENGLISH, "too large"),
        ("0.0000001", ENGLISH, "has more decimals than an LMS keeps"),
    ],
)
def test_what_is_not_a_score_is_refused_with_a_reason(
    text: str, locale: QLocale, reason: str
) -> None:
    model = make_model(locale)
    recorder = Recorder(model)
    assert not model.setData(model.index(BO, Column.SCORE), text)
    assert recorder.requests == []
    [refusal] = recorder.refusals
    assert refusal.startswith("Bo Diaz: ") and reason in refusal


def test_a_pasted_column_keeps_blank_cells_and_refuses_blocks() -> None:
    assert split_pasted_column("8\n\n9.5\r\n7\n\n") == ["8", "", "9.5", "7"]
    assert split_pasted_column("8\t9\t10\n") == ["8", "9", "10"]
    assert split_pasted_column("") == []
    with pytest.raises(ValueError, match="single column"):
        split_pasted_column("Ann\t8\nBo\t9\n")


# -- typed edits -----------------------------------------------------------------------------


def test_a_typed_score_requests_an_edit_on_the_lms_value(
    model: ResultsModel, recorder: Recorder
) -> None:
    assert model.setData(model.index(ANN, Column.SCORE), "8")
    assert recorder.requests == [
        ([(GradeEdit("a", 8.0, 10), ServerGrade(7, 10, "Good"))], "Edit score of Ann Bell")
    ]
    # The model never records an edit itself: the cell changes once the overlay arrives.
    assert cell(model, ANN, Column.SCORE) == "7"
    apply_requests(model, recorder)
    assert cell(model, ANN, Column.SCORE) == "8"


def test_german_decimal_comma_in_the_score_cell(recorder: Recorder) -> None:
    german = make_model(GERMAN)
    german_recorder = Recorder(german)
    assert cell(german, CY, Column.SCORE) == "9,5"
    assert german.setData(german.index(BO, Column.SCORE), "8,5")
    edits, _label = german_recorder.last
    assert edits == [(GradeEdit("b", 8.5, 10), ServerGrade())]


def test_an_invalid_score_returns_false_and_says_why(
    model: ResultsModel, recorder: Recorder
) -> None:
    assert not model.setData(model.index(BO, Column.SCORE), "85/100")
    assert recorder.requests == []
    # The cell names its own place for the maximum: the Maximum column, or the dialog.
    assert recorder.refusals == [
        "Bo Diaz: 85/100 is a fraction: type the points out of 10, the Maximum column; "
        "Edit grade (Ctrl+E) takes another maximum"
    ]


def test_blank_or_unchanged_text_requests_nothing(model: ResultsModel, recorder: Recorder) -> None:
    score = model.index(ANN, Column.SCORE)
    assert not model.setData(score, "  ")  # clearing a grade is its own action
    assert model.setData(score, "7")  # what the cell shows already
    assert model.setData(score, "7.0")
    # 19 out of 20 shows as 9.5 on the line item's scale: typing it back changes nothing.
    assert model.setData(model.index(CY, Column.SCORE), "9.5")
    assert recorder.requests == [] and recorder.refusals == []


def test_a_score_above_the_maximum_is_allowed_with_a_warning(
    model: ResultsModel, recorder: Recorder
) -> None:
    assert model.setData(model.index(BO, Column.SCORE), "85")
    assert recorder.last[0][0][0].score == 85
    assert recorder.warnings == ["Bo Diaz: 85 is above the maximum of 10 (extra credit)."]


def test_a_second_edit_merges_with_the_draft(model: ResultsModel, recorder: Recorder) -> None:
    model.update_overlays({"a": draft("a", 8, comment="Better")})
    model.setData(model.index(ANN, Column.SCORE), "9")
    # The draft's comment and base stay; only the score changes.
    assert recorder.last[0] == [(GradeEdit("a", 9, 10, "Better"), ServerGrade(7, 10, "Good"))]
    model.setData(model.index(ANN, Column.COMMENT), "Best")
    assert recorder.last == (
        [(GradeEdit("a", 8, 10, "Best"), ServerGrade(7, 10, "Good"))],
        "Edit comment of Ann Bell",
    )


def test_a_comment_keeps_the_lms_score_on_its_own_scale(
    model: ResultsModel, recorder: Recorder
) -> None:
    assert cell(model, CY, Column.COMMENT, Qt.ItemDataRole.EditRole) == ""
    assert model.setData(model.index(CY, Column.COMMENT), "See me")
    assert recorder.last[0] == [(GradeEdit("c", 19, 20, "See me"), ServerGrade(19, 20, None))]
    # Removing a comment is an edit too: "" is "no comment", None would be "keep it".
    assert model.setData(model.index(ANN, Column.COMMENT), "")
    assert recorder.last[0][0][0] == GradeEdit("a", 7, 10, "")


def test_a_comment_without_any_score_is_refused(model: ResultsModel, recorder: Recorder) -> None:
    assert not model.setData(model.index(BO, Column.COMMENT), "Well done")
    assert recorder.requests == []
    assert recorder.refusals == ["Bo Diaz has no score: give a score first, then the comment."]


def test_a_comment_on_a_cleared_draft_keeps_it_cleared(
    model: ResultsModel, recorder: Recorder
) -> None:
    model.update_overlays({"a": draft("a", None)})
    assert model.setData(model.index(ANN, Column.COMMENT), "Withdrawn")
    edit = recorder.last[0][0][0]
    assert edit.score is None and edit.comment == "Withdrawn"


def test_the_base_after_a_verified_edit_is_what_it_left(
    model: ResultsModel, recorder: Recorder
) -> None:
    sent = GradeEdit("a", 9, 10)
    verified = CellOverlay(sent, ServerGrade(7, 10, "Good"), CellState.VERIFIED)
    model.update_overlays({"a": verified})
    model.setData(model.index(ANN, Column.SCORE), "10")
    assert recorder.last[0] == [(GradeEdit("a", 10, 10), ServerGrade(9, 10, "Good"))]


def test_an_edit_while_queued_keeps_the_queued_base_and_comment(
    model: ResultsModel, recorder: Recorder
) -> None:
    queued = CellOverlay(
        GradeEdit("a", 9, 10, "Nice"), ServerGrade(7, 10, "Good"), CellState.QUEUED
    )
    model.update_overlays({"a": queued})
    model.setData(model.index(ANN, Column.SCORE), "6")
    assert recorder.last[0] == [(GradeEdit("a", 6, 10, "Nice"), ServerGrade(7, 10, "Good"))]


# -- edits for several learners --------------------------------------------------------------


def test_one_score_for_a_selection(model: ResultsModel, recorder: Recorder) -> None:
    assert model.request_set_score([ANN, BO, CY], 9.5)
    edits, label = recorder.last
    # Cy shows 9.5 already: nothing to change there.
    assert [edit.user_id for edit, _base in edits] == ["a", "b"]
    assert label == "Set score for 2 learners"
    assert not model.request_set_score([ANN], -1)
    assert not model.request_set_score([ANN], float("nan"))


def test_paste_puts_each_score_on_its_row(model: ResultsModel, recorder: Recorder) -> None:
    assert model.request_paste([ANN, BO, CY], ["8", "", "7,5"])
    edits, label = recorder.last
    # The blank cell leaves Bo unchanged: a blank means "leave alone", never "clear".
    assert [(edit.user_id, edit.score) for edit, _base in edits] == [("a", 8), ("c", 7.5)]
    assert label == "Paste 2 scores"


def test_one_invalid_cell_refuses_the_whole_paste(model: ResultsModel, recorder: Recorder) -> None:
    assert not model.request_paste([ANN, BO, CY], ["8", "9", "n/a"])
    assert recorder.requests == []
    assert recorder.refusals == [
        "Nothing was pasted: row 3 (Cy Lane): n/a is a fraction: type the points out of 10, "
        "the Maximum column; Edit grade (Ctrl+E) takes another maximum."
    ]
    assert not model.request_paste([ANN, BO], ["8"])
    assert "1 scores do not fit 2 learners" in recorder.refusals[-1]


def test_clear_is_explicit_and_skips_learners_without_a_grade(
    model: ResultsModel, recorder: Recorder
) -> None:
    assert model.request_clear([ANN, BO, CY])
    edits, label = recorder.last
    assert label == "Clear grade of 2 learners"
    assert edits == [
        (GradeEdit("a", None, 10), ServerGrade(7, 10, "Good")),
        (GradeEdit("c", None, 10), ServerGrade(19, 20, None)),
    ]
    assert all(edit.clears_grade for edit, _base in edits)
    assert not model.request_clear([BO])
    assert recorder.refusals[-1] == "No grade to clear: the learners chosen have none."


def test_learners_not_on_the_roster_cannot_be_edited(
    model: ResultsModel, recorder: Recorder
) -> None:
    assert not model.flags(model.index(GONE, Column.SCORE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.request_set_score([ANN, GONE], 5)
    assert recorder.requests == []
    assert recorder.refusals == [
        "gone is not on the course roster: their grade cannot be changed here."
    ]


def test_read_only_refuses_every_edit(model: ResultsModel, recorder: Recorder) -> None:
    model.set_read_only(True)
    assert model.read_only()
    for column in Column:
        assert not model.flags(model.index(ANN, column)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(ANN, Column.SCORE), "8")
    assert not model.setData(model.index(ANN, Column.COMMENT), "x")
    assert not model.request_set_score([ANN], 8)
    assert not model.request_paste([ANN], ["8"])
    assert not model.request_clear([ANN])
    assert recorder.requests == []
    assert recorder.refusals == [READ_ONLY_TEXT] * 5
    model.set_read_only(False)
    assert model.flags(model.index(ANN, Column.SCORE)) & Qt.ItemFlag.ItemIsEditable


# -- what overlays show ----------------------------------------------------------------------


def test_a_draft_shows_its_value_with_an_edited_mark(model: ResultsModel) -> None:
    model.update_overlays({"a": draft("a", 8)})
    assert cell(model, ANN, Column.SCORE) == "8"
    assert cell(model, ANN, Column.PERCENT) == "80%"
    assert cell(model, ANN, Column.STATUS) == "✎ edited"
    font = cell(model, ANN, Column.SCORE, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    # The comment is unchanged, so it is not marked.
    assert cell(model, ANN, Column.COMMENT) == "Good"
    assert cell(model, ANN, Column.COMMENT, Qt.ItemDataRole.FontRole) is None
    assert "was 7, now 8" in cell(model, ANN, Column.SCORE, Qt.ItemDataRole.ToolTipRole)
    status_tip = cell(model, ANN, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert "Saved on this computer, not sent yet." in status_tip
    accessible = cell(model, ANN, Column.SCORE, Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "8 out of 10, edited, was 7"
    assert cell(model, BO, Column.SCORE, Qt.ItemDataRole.FontRole) is None


def test_an_edited_comment_is_marked_and_explained(model: ResultsModel) -> None:
    model.update_overlays({"a": draft("a", 7, comment="Line one\nline two")})
    assert cell(model, ANN, Column.COMMENT) == "Line one line two"
    assert cell(model, ANN, Column.COMMENT, Qt.ItemDataRole.EditRole) == "Line one\nline two"
    assert cell(model, ANN, Column.COMMENT, Qt.ItemDataRole.FontRole).bold()
    assert cell(model, ANN, Column.SCORE, Qt.ItemDataRole.FontRole) is None
    tooltip = cell(model, ANN, Column.COMMENT, Qt.ItemDataRole.ToolTipRole)
    assert "was: Good<br>now: Line one<br>line two" in tooltip


def test_a_cleared_grade_shows_empty_with_its_mark(model: ResultsModel) -> None:
    model.update_overlays({"a": draft("a", None)})
    assert cell(model, ANN, Column.SCORE) == ""
    assert "was 7, now no grade (cleared)" in cell(
        model, ANN, Column.SCORE, Qt.ItemDataRole.ToolTipRole
    )


@pytest.mark.parametrize(
    ("overlay", "status"),
    [
        (
            CellOverlay(GradeEdit("a", 8, 10), ServerGrade(7, 10), CellState.EDITED, saving=True),
            "saving…",
        ),
        (CellOverlay(GradeEdit("a", 8, 10), ServerGrade(7, 10), CellState.QUEUED), "queued"),
        (CellOverlay(GradeEdit("a", 8, 10), ServerGrade(7, 10), CellState.SENDING), "sending…"),
        (CellOverlay(GradeEdit("a", 8, 10), ServerGrade(7, 10), CellState.SENT), "sent"),
        (CellOverlay(GradeEdit("a", 8, 10), ServerGrade(7, 10), CellState.VERIFIED), "✓ verified"),
        (
            CellOverlay(
                GradeEdit("a", 8, 10), ServerGrade(7, 10), CellState.CONFLICT, "the LMS shows 6"
            ),
            "conflict: the LMS shows 6",
        ),
        (
            CellOverlay(GradeEdit("a", 8, 10), ServerGrade(7, 10), CellState.FAILED, "422: locked"),
            "failed: 422: locked",
        ),
    ],
)
def test_status_column_shows_where_the_edit_is(
    model: ResultsModel, overlay: CellOverlay, status: str
) -> None:
    model.update_overlays({"a": overlay})
    assert cell(model, ANN, Column.STATUS) == status
    assert cell(model, ANN, Column.SCORE) == "8"


def test_a_verified_edit_is_no_longer_marked(model: ResultsModel) -> None:
    model.update_overlays(
        {"a": CellOverlay(GradeEdit("a", 8, 10), ServerGrade(7, 10, "Good"), CellState.VERIFIED)}
    )
    assert cell(model, ANN, Column.SCORE, Qt.ItemDataRole.FontRole) is None
    assert model.unsent_count() == 0


def test_a_drifted_base_is_pointed_out(model: ResultsModel) -> None:
    # The edit was made when the LMS showed 5; it shows 7 now.
    model.update_overlays(
        {"a": CellOverlay(GradeEdit("a", 8, 10), ServerGrade(5, 10), CellState.EDITED)}
    )
    tooltip = cell(model, ANN, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert "The LMS has changed since this edit was made (it showed 5 then)." in tooltip


def test_an_edit_on_another_scale_shows_on_the_line_items(model: ResultsModel) -> None:
    model.update_overlays(
        {"b": CellOverlay(GradeEdit("b", 16, 20), ServerGrade(), CellState.EDITED)}
    )
    assert cell(model, BO, Column.SCORE) == "8"
    assert "now 8 (16 out of 20)" in cell(model, BO, Column.SCORE, Qt.ItemDataRole.ToolTipRole)


def test_overlays_stay_for_a_reload_and_go_with_another_line_item(model: ResultsModel) -> None:
    model.set_overlays({"a": draft("a", 8), "zed": draft("zed", 3)})
    model.begin_load(LINE_ITEM)
    model.add_members([*ROSTER, member("zed", "Zed Ames")])
    assert cell(model, ANN, Column.SCORE) == "8"
    assert model.overlay("zed") is not None
    assert model.unsent_count() == 2
    model.begin_load(LineItem(id="other", label="Quiz 2", scoreMaximum=10))
    assert model.overlay("a") is None


def test_set_overlays_replaces_them_all(model: ResultsModel) -> None:
    model.set_overlays({"a": draft("a", 8), "b": draft("b", 4)})
    model.set_overlays({"b": draft("b", 5)})
    assert cell(model, ANN, Column.SCORE) == "7" and cell(model, ANN, Column.STATUS) == "graded"
    assert cell(model, BO, Column.SCORE) == "5"


def test_stats_count_the_edited_values(model: ResultsModel) -> None:
    assert model.stats().graded == 3
    model.update_overlays({"b": draft("b", 4), "a": draft("a", None)})
    stats = model.stats()
    assert stats.graded == 3 and stats.minimum == 3 and stats.maximum == 9.5


# -- sort and quick filters with edits -------------------------------------------------------


def model_tester_complaints(qtlog: Any) -> list[str]:
    """What Qt's model tester complained about: it reports failures as logged warnings."""
    return [record.message for record in qtlog.records if record.message.startswith("FAIL!")]


def test_quick_filters_for_edited_conflict_and_failed(
    qtbot: QtBot, model: ResultsModel, qtmodeltester: Any, qtlog: Any
) -> None:
    qtmodeltester.check(model)
    model.update_overlays(
        {
            "a": draft("a", 8),
            "b": CellOverlay(GradeEdit("b", 4, 10), ServerGrade(), CellState.FAILED, "refused"),
            "c": CellOverlay(GradeEdit("c", 5, 10), ServerGrade(19, 20), CellState.CONFLICT),
        }
    )
    model.set_quick_filter(QuickFilter.EDITED)
    assert user_ids(model) == ["a"]
    model.set_quick_filter(QuickFilter.FAILED)
    assert user_ids(model) == ["b"]
    model.set_quick_filter(QuickFilter.CONFLICT)
    assert user_ids(model) == ["c"]
    # Rows come and go as their states change, under the filter in force.
    model.update_overlays(
        {"a": CellOverlay(GradeEdit("a", 8, 10), ServerGrade(7, 10), CellState.CONFLICT)}
    )
    assert user_ids(model) == ["a", "c"]
    model.update_overlays({"c": None})
    assert user_ids(model) == ["a"]
    model.set_quick_filter(QuickFilter.EDITED)
    assert user_ids(model) == []
    model.update_overlays({"b": draft("b", 6)})
    assert user_ids(model) == ["b"]
    assert model_tester_complaints(qtlog) == []


def test_edited_values_sort_and_move_rows(
    qtbot: QtBot, model: ResultsModel, qtmodeltester: Any, qtlog: Any
) -> None:
    qtmodeltester.check(model)
    model.sort(Column.SCORE, Qt.SortOrder.AscendingOrder)
    assert user_ids(model) == ["gone", "a", "c", "b"]
    with qtbot.waitSignal(model.rowsMoved, timeout=1000):
        model.update_overlays({"c": draft("c", 1)})
    assert user_ids(model) == ["c", "gone", "a", "b"]
    model.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    # Edits needing attention first; then the LMS's own statuses.
    assert user_ids(model)[0] == "c"
    model.update_overlays(
        {"b": CellOverlay(GradeEdit("b", 4, 10), ServerGrade(), CellState.FAILED)}
    )
    assert user_ids(model)[:2] == ["b", "c"]
    assert model_tester_complaints(qtlog) == []


def test_many_overlays_at_once_under_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, qtlog: Any
) -> None:
    model = ResultsModel(locale=ENGLISH)
    qtmodeltester.check(model)
    model.sort(Column.SCORE, Qt.SortOrder.DescendingOrder)
    model.set_quick_filter(QuickFilter.NO_GRADE)
    model.begin_load(LINE_ITEM)
    model.add_members([member(str(n), f"Learner {n}") for n in range(200)])
    assert model.rowCount() == 200
    # A paste of 150 scores, then half of them undone.
    model.set_overlays({str(n): draft(str(n), n % 10) for n in range(150)})
    assert model.rowCount() == 50
    model.set_overlays({str(n): draft(str(n), n % 10) for n in range(75)})
    assert model.rowCount() == 125
    model.set_quick_filter(QuickFilter.ALL)
    assert [cell(model, row, Column.SCORE) for row in range(3)] == ["9", "9", "9"]
    assert model_tester_complaints(qtlog) == []


# -- keyboard entry in the view --------------------------------------------------------------


@pytest.fixture
def view(qtbot: QtBot, model: ResultsModel) -> ResultsView:
    results_view = ResultsView(model)
    qtbot.addWidget(results_view)
    results_view.resize(900, 400)
    results_view.show()
    qtbot.waitExposed(results_view)
    results_view.activateWindow()
    results_view.table.setFocus()
    return results_view


@pytest.fixture
def store_stand_in(model: ResultsModel, recorder: Recorder) -> Recorder:
    """Requested edits become drafts at once, as if the store had saved them."""
    model.edits_requested.connect(lambda edits, label: apply_requests(model, recorder))
    return recorder


def open_editor(view: ResultsView) -> CellEditor | None:
    editors = [e for e in view.table.viewport().findChildren(CellEditor) if e.isVisible()]
    assert len(editors) <= 1
    return editors[0] if editors else None


def go_to(view: ResultsView, row: int, column: Column) -> None:
    """Make the cell current and its row the selection, as a click would."""
    flags = QItemSelectionModel.SelectionFlag
    view.table.selectionModel().setCurrentIndex(
        view.model().index(row, column), flags.ClearAndSelect | flags.Rows
    )


def type_score(qtbot: QtBot, view: ResultsView, text: str) -> CellEditor:
    """Type on the table: the first key opens the editor, the rest go into it."""
    qtbot.keyClick(view.table, text[0])
    editor = open_editor(view)
    assert editor is not None
    for character in text[1:]:
        qtbot.keyClick(editor, character)
    return editor


def current(view: ResultsView) -> tuple[int, int]:
    index = view.table.currentIndex()
    return index.row(), index.column()


def test_typing_and_enter_saves_and_moves_down(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    model = view.model()
    go_to(view, ANN, Column.NAME)
    # A number typed anywhere on the row goes to the score; the typed key replaces the value.
    editor = type_score(qtbot, view, "8.5")
    assert (editor.index.row(), editor.index.column()) == (ANN, Column.SCORE)
    assert editor.text() == "8.5"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert open_editor(view) is None
    assert cell(model, ANN, Column.SCORE) == "8.5"
    assert current(view) == (BO, Column.SCORE)
    assert view.selected_rows() == [BO]
    # Straight on with the next learner.
    editor = type_score(qtbot, view, "6")
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert cell(model, BO, Column.SCORE) == "6"
    assert current(view) == (CY, Column.SCORE)
    assert [label for _edits, label in store_stand_in.requests] == [
        "Edit score of Ann Bell",
        "Edit score of Bo Diaz",
    ]


def test_enter_moves_to_the_learner_below_even_when_the_row_moves(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    view.table.sortByColumn(Column.SCORE, Qt.SortOrder.AscendingOrder)
    assert user_ids(view.model()) == ["gone", "a", "c", "b"]
    go_to(view, 1, Column.SCORE)
    editor = type_score(qtbot, view, "10")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Ann moved below Cy; the cursor is on Cy, who was below Ann.
    assert user_ids(view.model()) == ["gone", "c", "a", "b"]
    assert view.model().grade_at(view.table.currentIndex().row()).user_id == "c"


def test_an_invalid_score_keeps_the_editor_open(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    refused: list[str] = []
    view.edit_refused.connect(refused.append)
    go_to(view, BO, Column.SCORE)
    editor = type_score(qtbot, view, "8/10")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert open_editor(view) is editor and editor.selectedText() == "8/10"
    assert view.table.state() == QAbstractItemView.State.EditingState
    assert refused == [
        "Bo Diaz: 8/10 is a fraction: type the points out of 10, the Maximum column; "
        "Edit grade (Ctrl+E) takes another maximum"
    ]
    editor.setText("8")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert open_editor(view) is None and cell(view.model(), BO, Column.SCORE) == "8"


def test_escape_cancels_and_a_blank_score_changes_nothing(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    go_to(view, ANN, Column.SCORE)
    editor = type_score(qtbot, view, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert open_editor(view) is None and cell(view.model(), ANN, Column.SCORE) == "7"
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    reopened = open_editor(view)
    assert reopened is not None and reopened.text() == "7" and reopened.selectedText() == "7"
    reopened.clear()
    qtbot.keyClick(reopened, Qt.Key.Key_Return)
    assert open_editor(view) is None and current(view) == (BO, Column.SCORE)
    assert store_stand_in.requests == []


def test_tab_goes_from_score_to_comment_to_the_next_score(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    go_to(view, ANN, Column.SCORE)
    editor = type_score(qtbot, view, "9")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert current(view) == (ANN, Column.COMMENT)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    comment = open_editor(view)
    assert comment is not None and comment.text() == "Good"
    comment.setText("Much better")
    qtbot.keyClick(comment, Qt.Key.Key_Tab)
    assert current(view) == (BO, Column.SCORE)
    assert cell(view.model(), ANN, Column.COMMENT) == "Much better"
    assert store_stand_in.last[0][0][0] == GradeEdit("a", 9, 10, "Much better")
    go_to(view, BO, Column.SCORE)
    editor = type_score(qtbot, view, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    assert current(view) == (ANN, Column.COMMENT)


def test_letters_typed_on_a_name_search_instead_of_editing(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    go_to(view, ANN, Column.NAME)
    qtbot.keyClick(view.table, "c")
    assert open_editor(view) is None
    assert current(view) == (CY, Column.NAME)


def paste(qtbot: QtBot, view: ResultsView, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def select(view: ResultsView, rows: list[int]) -> None:
    view.table.clearSelection()
    for row in rows:
        view.table.selectionModel().select(
            view.model().index(row, 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows,
        )


def test_ctrl_v_pastes_a_column_onto_the_selected_rows(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    select(view, [ANN, CY])
    paste(qtbot, view, "5\n6,5\n")
    edits, label = store_stand_in.last
    assert [(edit.user_id, edit.score) for edit, _base in edits] == [("a", 5), ("c", 6.5)]
    assert label == "Paste 2 scores"
    assert cell(view.model(), CY, Column.SCORE) == "6.5"


def test_ctrl_v_pastes_from_the_current_row_down(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    go_to(view, BO, Column.NAME)
    paste(qtbot, view, "1\n2")
    edits, _label = store_stand_in.last
    assert [(edit.user_id, edit.score) for edit, _base in edits] == [("b", 1), ("c", 2)]


def test_one_copied_score_goes_onto_every_selected_row(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    select(view, [ANN, BO, CY])
    paste(qtbot, view, "4\n")
    assert store_stand_in.last[1] == "Paste 3 scores"


def test_pastes_that_do_not_fit_are_refused(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    refused: list[str] = []
    view.edit_refused.connect(refused.append)
    select(view, [ANN, BO])
    paste(qtbot, view, "1\n2\n3\n")
    go_to(view, CY, Column.NAME)
    paste(qtbot, view, "1\n2\n3\n")  # Cy and "gone" are the last two rows
    paste(qtbot, view, "Ann\t1\nBo\t2\n")
    go_to(view, ANN, Column.NAME)
    paste(qtbot, view, "8\nabc\n")
    assert store_stand_in.requests == []
    assert refused == [
        "Nothing was pasted: 3 scores were copied but 2 rows are selected. "
        "Select 3 rows, or one row to paste from there down.",
        "Nothing was pasted: 3 scores were copied but only 2 learners are shown from row 3 down.",
        "Copy a single column of scores: the clipboard holds several columns.",
        "Nothing was pasted: row 2 (Bo Diaz): 'abc' is not a number.",
    ]


def test_read_only_mode_disables_typing_and_pasting(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    refused: list[str] = []
    view.edit_refused.connect(refused.append)
    go_to(view, ANN, Column.SCORE)
    type_score(qtbot, view, "2")
    view.set_read_only(True)
    assert open_editor(view) is None  # closed without saving
    assert not view.paste_action.isEnabled()
    qtbot.keyClick(view.table, "3")
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert open_editor(view) is None
    assert not view.paste_scores()
    assert store_stand_in.requests == []
    assert refused == [READ_ONLY_TEXT]
    view.set_read_only(False)
    assert view.paste_action.isEnabled()


def test_the_editors_have_accessible_names(qtbot: QtBot, view: ResultsView) -> None:
    go_to(view, ANN, Column.SCORE)
    editor = type_score(qtbot, view, "1")
    assert editor.accessibleName() == "Score"
    assert "decimal sign is “.”" in editor.accessibleDescription()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    go_to(view, ANN, Column.COMMENT)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    comment = open_editor(view)
    assert comment is not None and comment.accessibleName() == "Comment"


def test_data_never_answers_none_for_common_roles_with_overlays(model: ResultsModel) -> None:
    model.update_overlays({"a": draft("a", 8), "b": draft("b", None, "x")})
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
    for row in range(model.rowCount()):
        for column in Column:
            for role in roles:
                assert model.data(model.index(row, column), role) is not None
    assert model.data(QModelIndex()) is None


def test_grading_progress_of_a_draft_is_kept_by_a_typed_score(
    model: ResultsModel, recorder: Recorder
) -> None:
    pending = GradeEdit("b", 3, 10, grading_progress=GradingProgress.Pending)
    model.update_overlays({"b": CellOverlay(pending, ServerGrade(), CellState.EDITED)})
    model.setData(model.index(BO, Column.SCORE), "4")
    assert recorder.last[0][0][0].grading_progress is GradingProgress.Pending


def test_a_row_leaving_the_quick_filter_after_its_edit(
    qtbot: QtBot, view: ResultsView, store_stand_in: Recorder
) -> None:
    view.set_quick_filter(QuickFilter.NO_GRADE)
    assert user_ids(view.model()) == ["b"]
    go_to(view, 0, Column.SCORE)
    editor = type_score(qtbot, view, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Bo is graded now, so the row is gone; the editor went with it.
    assert user_ids(view.model()) == []
    assert open_editor(view) is None
    assert view.table.state() != QAbstractItemView.State.EditingState
    assert store_stand_in.last[0][0][0] == GradeEdit("b", 5, 10)


def test_edits_from_a_dialog_get_their_bases_here(model: ResultsModel, recorder: Recorder) -> None:
    model.update_overlays({"a": draft("a", 8, comment="Draft")})
    assert model.shown_values(ANN) == (8, "Draft")
    assert model.shown_values(CY) == (9.5, "")
    pending = GradeEdit("c", 15, 20, "Late", grading_progress=GradingProgress.Pending)
    assert model.request_edits([GradeEdit("a", 9, 10), pending], "Set grades of 2 learners")
    assert recorder.last == (
        [
            # The draft's base; no comment given keeps the comment the row shows, the draft's.
            (GradeEdit("a", 9, 10, "Draft"), ServerGrade(7, 10, "Good")),
            (pending, ServerGrade(19, 20, None)),  # what the LMS holds
        ],
        "Set grades of 2 learners",
    )
    assert not model.request_edits([GradeEdit("gone", 1, 10)], "x")
    assert not model.request_edits([GradeEdit("nobody", 1, 10)], "x")
    model.set_read_only(True)
    assert not model.request_edits([GradeEdit("a", 1, 10)], "x")
    assert len(recorder.requests) == 1
    assert recorder.refusals == [
        "gone is not on the course roster: their grade cannot be changed here.",
        "nobody is not in this table.",
        READ_ONLY_TEXT,
    ]


def test_a_dialog_edit_over_a_draft_keeps_what_the_row_shows(
    model: ResultsModel, recorder: Recorder
) -> None:
    own = GradeEdit("a", 15, 20, "See me", ActivityProgress.Submitted)
    model.update_overlays({"a": CellOverlay(own, ServerGrade(7, 10, "Good"), CellState.EDITED)})
    [shown] = model.learners_as_shown([model.grade_at(ANN)])
    assert shown.edit == own and shown.result == model.grade_at(ANN).result
    [untouched] = model.learners_as_shown([model.grade_at(BO)])
    assert untouched is model.grade_at(BO)
    # Saved unchanged (no comment given keeps the row's): no request at all.
    assert model.request_edits([dataclasses.replace(own, comment=None)], "Edit grade of Ann")
    assert recorder.requests == []
    # The LMS's own grade saved unchanged is not a change either.
    assert model.request_edits([GradeEdit("c", 19, 20)], "Edit grade of Cy")
    assert recorder.requests == []
    # A real change keeps the draft's comment.
    assert model.request_edits([GradeEdit("a", 16, 20)], "Edit grade of Ann")
    assert recorder.last[0] == [(GradeEdit("a", 16, 20, "See me"), ServerGrade(7, 10, "Good"))]


def test_a_draft_whose_progress_clears_the_grade_shows_no_grade(
    model: ResultsModel, recorder: Recorder
) -> None:
    pending = GradeEdit("a", 8, 10, grading_progress=GradingProgress.Pending)
    model.update_overlays({"a": CellOverlay(pending, ServerGrade(7, 10, "Good"), CellState.EDITED)})
    # Most LMSes clear a grade that is not fully graded: the row shows what the LMS will hold.
    assert model.shown_values(ANN) == (None, "Good")
    assert "now no grade" in cell(model, ANN, Column.SCORE, Qt.ItemDataRole.ToolTipRole)


# -- Edit grade (Ctrl+E) through the window ----------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, sandbox: Sandbox, new_window: Callable[[], MainWindow]) -> MainWindow:
    opened = new_window()
    opened.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, opened)
    return opened


def test_edit_grade_starts_from_the_unsent_edit_and_saving_it_unchanged_changes_nothing(
    qtbot: QtBot, window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    line_item = window.results_model.line_item()
    assert line_item is not None
    learner = next(
        grade
        for grade in window.loader.grades or ()
        if grade.on_roster and grade.result is not None and grade.result.resultScore is not None
    )
    window.results_view.table.selectRow(row_of(window, learner.user_id))
    # The instructor's unsent edit: another maximum, a comment and a progress of their own.
    maximum = line_item.scoreMaximum * 2
    own = GradeEdit(learner.user_id, maximum / 4, maximum, "See me", ActivityProgress.Submitted)
    fake_dialogs.score_edits = [own]
    window.commands.edit_score_action.trigger()
    wait_settled(qtbot, window)
    shown_before = cell_text(window, learner.user_id, Column.SCORE)
    undo_before = window.edits.undo_label
    overlay_before = window.results_model.overlay(learner.user_id)
    assert overlay_before is not None and overlay_before.edit == own

    # Ctrl+E again: the dialog is given the row as it shows, the edit over the LMS's grade.
    fake_dialogs.score_edits = None
    window.commands.edit_score_action.trigger()
    [given] = fake_dialogs.answer_of("score")
    assert given.edit == own and given.result == learner.result
    form = ScoreDialog([given], line_item, window.results_model.locale())
    qtbot.addWidget(form)
    assert form.score_edit.text() == score_text(window.results_model.locale(), maximum / 4)
    assert form.maximum_edit.text() == score_text(window.results_model.locale(), maximum)
    assert form.comment_edit.toPlainText() == "See me"
    assert form.activity_combo.currentData() == ActivityProgress.Submitted

    # Saved as it opened: the edit, its undo history and the row stay as they were.
    fake_dialogs.score_edits = form.edits()
    window.commands.edit_score_action.trigger()
    wait_settled(qtbot, window)
    assert window.results_model.overlay(learner.user_id) == overlay_before
    assert window.edits.undo_label == undo_before
    assert cell_text(window, learner.user_id, Column.SCORE) == shown_before
    assert cell_text(window, learner.user_id, Column.COMMENT) == "See me"
