"""The results view (filter box, quick filters, table, count, copying) and the details pane."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
)
from pytestqt.qtbot import QtBot

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.details_pane import PLACEHOLDER, DetailsPane
from gradebook_gui.gui.results_model import HEADERS, Column, QuickFilter, ResultsModel
from gradebook_gui.gui.results_view import EMPTY_STATE_TEXT, ResultsView
from gradebook_gui.models import LineItem, Member, Result

LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)


def member(user_id: str, name: str, email: str | None = None) -> Member:
    return Member(userId=user_id, roles=("Learner",), name=name, email=email)


def result(user_id: str, score: float | None, comment: str | None = None) -> Result:
    return Result(
        id=f"r-{user_id}",
        scoreOf=LINE_ITEM.id,
        userId=user_id,
        resultScore=score,
        resultMaximum=10,
        comment=comment,
    )


ROSTER = [
    member("3", "Cy Lane", "cy@x.edu"),
    member("1", "Ann Bell", "ann@x.edu"),
    member("2", "Bo Diaz", "bo@x.edu"),
]


@pytest.fixture
def view(qtbot: QtBot) -> ResultsView:
    results_view = ResultsView(ResultsModel(locale=QLocale(QLocale.Language.English)))
    qtbot.addWidget(results_view)
    results_view.resize(900, 400)
    results_view.show()
    qtbot.waitExposed(results_view)
    return results_view


def load(
    view: ResultsView, members: Sequence[Member] = ROSTER, results: Sequence[Result] = ()
) -> None:
    model = view.model()
    model.begin_load(LINE_ITEM)
    model.add_members(members)
    model.add_results(results)
    model.finish_load()


def names(view: ResultsView) -> list[str]:
    model = view.model()
    return [model.grade_at(row).name or "" for row in range(model.rowCount())]


def filter_box(view: ResultsView) -> QLineEdit:
    box = view.findChild(QLineEdit)
    assert isinstance(box, QLineEdit)
    return box


def quick_filter(view: ResultsView) -> QComboBox:
    combo = view.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    return combo


def count_text(view: ResultsView) -> str:
    labels = [label.text() for label in view.findChildren(QLabel) if "shown" in label.text()]
    return labels[0] if labels else ""


def select_rows(view: ResultsView, rows: Sequence[int]) -> None:
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.model().index(row, 0), flags)


def test_empty_state_until_a_line_item_is_loaded(view: ResultsView) -> None:
    message = [label for label in view.findChildren(QLabel) if label.text() == EMPTY_STATE_TEXT]
    assert message and message[0].isVisible()
    assert not view.table.isVisible()
    load(view)
    assert view.table.isVisible() and not message[0].isVisible()
    view.model().clear()
    assert message[0].isVisible()


def test_rows_start_sorted_by_name(view: ResultsView) -> None:
    load(view)
    assert names(view) == ["Ann Bell", "Bo Diaz", "Cy Lane"]
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.NAME


def test_clicking_a_header_sorts_through_the_model(qtbot: QtBot, view: ResultsView) -> None:
    load(view, results=[result("1", 2), result("2", 9), result("3", 5)])
    view.table.sortByColumn(Column.SCORE, Qt.SortOrder.DescendingOrder)
    assert names(view) == ["Bo Diaz", "Cy Lane", "Ann Bell"]


def test_the_filter_box_drives_the_model(qtbot: QtBot, view: ResultsView) -> None:
    load(view)
    assert count_text(view) == "3 of 3 learners shown"
    box = filter_box(view)
    assert box.placeholderText() == "Filter by name, ID or email"
    assert box.isClearButtonEnabled()
    qtbot.keyClicks(box, "BO@")
    assert names(view) == ["Bo Diaz"]
    assert count_text(view) == "1 of 3 learners shown"
    box.clear()
    assert view.model().rowCount() == 3


def test_the_quick_filter_drives_the_model(view: ResultsView) -> None:
    load(view, results=[result("1", 4), result("3", 12)])
    combo = quick_filter(view)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All",
        "No grade",
        "Extra credit",
        "Edited, not sent",
        "Conflicts",
        "Failed",
        "Not active students",
    ]
    combo.setCurrentIndex(combo.findText("No grade"))
    assert names(view) == ["Bo Diaz"]
    view.set_quick_filter(QuickFilter.EXTRA_CREDIT)
    assert combo.currentText() == "Extra credit"
    assert names(view) == ["Cy Lane"]
    assert count_text(view) == "1 of 3 learners shown"


def test_count_follows_rows_hidden_while_loading(view: ResultsView) -> None:
    view.model().set_text_filter("ann")
    load(view)
    assert count_text(view) == "1 of 3 learners shown"
    view.model().add_members([member("4", "Dee Ray")])
    assert count_text(view) == "1 of 4 learners shown"


def test_ctrl_c_copies_the_selected_rows(qtbot: QtBot, view: ResultsView) -> None:
    load(view, results=[result("1", 8.5, comment="Well done")])
    select_rows(view, [2, 0])
    view.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied == view.model().tab_separated([0, 2])
    assert copied.splitlines()[1].startswith("Ann Bell\t1\tann@x.edu\t8.5\t10\t85%\tWell done")
    assert len(copied.splitlines()) == 3


def test_copy_with_nothing_selected_leaves_the_clipboard_alone(view: ResultsView) -> None:
    load(view)
    QGuiApplication.clipboard().setText("before")
    assert view.copy_selected_rows() == 0
    assert QGuiApplication.clipboard().text() == "before"


def test_focus_filter_puts_the_cursor_in_the_filter_box(qtbot: QtBot, view: ResultsView) -> None:
    load(view)
    box = filter_box(view)
    box.setText("old text")
    view.activateWindow()
    view.table.setFocus()
    view.focus_filter()
    qtbot.waitUntil(box.hasFocus, timeout=1000)
    assert box.selectedText() == "old text"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down])
def test_enter_or_down_in_the_filter_goes_to_the_learner_found_ready_for_a_score(
    qtbot: QtBot, view: ResultsView, key: Qt.Key
) -> None:
    load(view, results=[result("2", 6)])
    typed: list[tuple[list[object], str]] = []
    view.model().edits_requested.connect(lambda edits, label: typed.append((edits, label)))
    view.activateWindow()
    view.focus_filter()
    box = filter_box(view)
    qtbot.waitUntil(box.hasFocus, timeout=1000)
    qtbot.keyClicks(box, "bo")
    qtbot.keyClick(box, key)
    assert box.text() == "bo"
    assert view.table.hasFocus()
    current = view.table.currentIndex()
    assert (current.row(), current.column()) == (0, Column.SCORE)
    assert view.selected_grade() is not None and view.selected_grade().name == "Bo Diaz"
    # The score goes to Bo, not into the filter box.
    qtbot.keyClicks(view.table, "8")
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is not box
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert box.text() == "bo"
    [(_edits, label)] = typed
    assert label == "Edit score of Bo Diaz"


def test_enter_in_a_filter_that_finds_nobody_stays_in_the_filter(
    qtbot: QtBot, view: ResultsView
) -> None:
    load(view)
    view.activateWindow()
    view.focus_filter()
    box = filter_box(view)
    qtbot.waitUntil(box.hasFocus, timeout=1000)
    qtbot.keyClicks(box, "nobody")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.hasFocus() and box.text() == "nobody"


def test_tab_moves_from_filter_to_quick_filter_to_table(qtbot: QtBot, view: ResultsView) -> None:
    load(view)
    view.activateWindow()
    box = filter_box(view)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=1000)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert quick_filter(view).hasFocus()
    qtbot.keyClick(quick_filter(view), Qt.Key.Key_Tab)
    assert view.table.hasFocus()


def test_selection_reports_the_learner_and_their_new_result(
    qtbot: QtBot, view: ResultsView
) -> None:
    load(view)
    reported: list[StudentGrade | None] = []
    view.selection_changed.connect(reported.append)
    view.table.selectRow(1)
    selected = view.selected_grade()
    assert selected is not None and selected.name == "Bo Diaz"
    assert reported[-1] is selected
    view.model().add_results([result("2", 7)])
    grade = reported[-1]
    assert grade is not None and grade.result is not None and grade.result.resultScore == 7
    view.table.clearSelection()
    assert reported[-1] is None and view.selected_grade() is None


def test_selection_follows_learners_through_sort_and_filter(
    qtbot: QtBot, view: ResultsView
) -> None:
    roster = [member(str(n), f"{'Keep' if n % 2 else 'Drop'} {n:03}") for n in range(300)]
    load(view, roster)
    keep = names(view).index("Keep 101")
    select_rows(view, [keep])
    view.table.sortByColumn(Column.USER_ID, Qt.SortOrder.DescendingOrder)
    selected = view.selected_grade()
    assert selected is not None and selected.name == "Keep 101"
    # Hiding every other row resets the model; the selection is restored by learner.
    with qtbot.waitSignal(view.model().modelReset, timeout=1000):
        filter_box(view).setText("keep")
    assert view.model().rowCount() == 150
    selected = view.selected_grade()
    assert selected is not None and selected.name == "Keep 101"


def test_header_state_round_trips_widths_and_sort(qtbot: QtBot, view: ResultsView) -> None:
    view.table.horizontalHeader().resizeSection(Column.EMAIL, 333)
    view.table.sortByColumn(Column.SCORE, Qt.SortOrder.DescendingOrder)
    state = view.header_state()
    other = ResultsView(ResultsModel())
    qtbot.addWidget(other)
    load(other, results=[result("1", 2), result("2", 9), result("3", 5)])
    assert other.restore_header_state(state)
    assert other.table.horizontalHeader().sectionSize(Column.EMAIL) == 333
    assert names(other) == ["Bo Diaz", "Cy Lane", "Ann Bell"]


def test_every_control_has_an_accessible_name(view: ResultsView) -> None:
    load(view)
    for widget in (filter_box(view), quick_filter(view), view.table):
        assert widget.accessibleName()
    assert view.table.selectionBehavior() == view.table.SelectionBehavior.SelectRows
    assert view.table.selectionMode() == view.table.SelectionMode.ExtendedSelection
    assert view.table.alternatingRowColors() and view.table.isSortingEnabled()


# -- details pane ----------------------------------------------------------------------------


@pytest.fixture
def pane(qtbot: QtBot) -> DetailsPane:
    details = DetailsPane()
    qtbot.addWidget(details)
    return details


def test_details_show_the_raw_result_and_roster_entry(pane: DetailsPane) -> None:
    learner = Member.model_validate(
        {"userId": "7", "roles": ["Learner"], "name": "Zoë 王", "lis_person_sourcedid": "S-7"}
    )
    grade_result = Result.model_validate(
        {
            "id": "r7",
            "scoreOf": "li",
            "userId": "7",
            "resultScore": 3,
            "resultMaximum": 5,
            "comment": "<p>Très bien</p>",
            "https://canvas.instructure.com/lti/submission": {"x": 1},
        }
    )
    pane.show_grade(StudentGrade("7", learner, grade_result))
    text = pane.text()
    assert "Zoë 王" in text and "Très bien" in text  # non-ASCII kept as written
    record = json.loads(text)
    assert record["rosterEntry"]["lis_person_sourcedid"] == "S-7"
    assert record["result"]["https://canvas.instructure.com/lti/submission"] == {"x": 1}
    assert record["result"]["comment"] == "<p>Très bien</p>"
    assert text.startswith('{\n  "userId": "7"')


def test_details_of_a_student_not_on_the_roster(pane: DetailsPane) -> None:
    pane.show_grade(StudentGrade("9", None, result("9", 1)))
    assert json.loads(pane.text())["rosterEntry"] is None


def test_details_copy_button(qtbot: QtBot, pane: DetailsPane) -> None:
    copy = pane.findChild(QPushButton)
    assert isinstance(copy, QPushButton)
    pane.show_grade(None)
    assert not copy.isEnabled() and pane.text() == ""
    text_box = pane.findChild(QPlainTextEdit)
    assert isinstance(text_box, QPlainTextEdit) and text_box.placeholderText() == PLACEHOLDER
    pane.show_grade(StudentGrade("1", ROSTER[1], None))
    assert copy.isEnabled()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == pane.text()
    assert json.loads(pane.text())["result"] is None


def test_details_follow_the_selection(view: ResultsView, pane: DetailsPane) -> None:
    view.selection_changed.connect(pane.show_grade)
    load(view)
    view.table.selectRow(0)
    assert json.loads(pane.text())["rosterEntry"]["name"] == "Ann Bell"
    view.table.clearSelection()
    assert pane.text() == ""


# -- headers in the instructor's language -------------------------------------------------------

GERMAN_HEADERS = {
    "Name": "Name",
    "User ID": "Benutzerkennung",
    "Email": "E-Mail-Adresse",
    "Score": "Punktzahl",
    "Maximum": "Höchstpunktzahl",
    "Percent": "Prozent",
    "Comment": "Kommentar",
    "Status": "Bearbeitungsstand",
}


class GermanHeaders(QTranslator):
    """The column headers in German, longer words than the English ones."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return GERMAN_HEADERS.get(source, "") if context == "results_columns" else ""

    def isEmpty(self) -> bool:
        return False


def test_every_header_shows_whole_with_its_sort_arrow_in_german(qtbot: QtBot, qapp: QApplication):
    translator = GermanHeaders()
    qapp.installTranslator(translator)
    try:
        view = ResultsView(ResultsModel(locale=QLocale(QLocale.Language.German)))
        qtbot.addWidget(view)
        view.resize(900, 400)
        view.show()
        qtbot.waitExposed(view)
        header = view.table.horizontalHeader()
        style = header.style()
        margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        for column in Column:
            text = view.model().headerData(column, Qt.Orientation.Horizontal)
            assert text == GERMAN_HEADERS[HEADERS[column]]
            needed = header.fontMetrics().horizontalAdvance(text) + margins + arrow
            assert header.sectionSize(column) >= needed, text
    finally:
        qapp.removeTranslator(translator)


class RecordingTranslator(QTranslator):
    """Answers every text of the results view wrapped in ⟦…⟧ and notes the count it was asked
    with, so a sentence glued from pieces shows as nested or several wrapped parts."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "ResultsView":
            return ""
        self.counts[source] = n
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


def test_a_paste_that_does_not_fit_is_refused_in_one_whole_sentence(
    qapp: QApplication, view: ResultsView
) -> None:
    load(view)
    refused: list[str] = []
    view.edit_refused.connect(refused.append)
    translator = RecordingTranslator()
    qapp.installTranslator(translator)
    try:
        select_rows(view, [0, 1])
        QGuiApplication.clipboard().setText("1\n2\n3\n")
        assert not view.paste_scores()
        view.table.clearSelection()
        view.table.setCurrentIndex(view.model().index(2, Column.SCORE))
        QGuiApplication.clipboard().setText("1\n2\n")
        assert not view.paste_scores()
    finally:
        qapp.removeTranslator(translator)
    assert refused == [
        "⟦Nothing was pasted: 3 scores were copied but 2 rows are selected. "
        "Select 3 rows, or one row to paste from there down.⟧",
        "⟦Nothing was pasted: 2 scores were copied but only 1 learner is shown from row 3 down.⟧",
    ]
    # Each sentence is translated with the count its grammar follows.
    assert (
        translator.counts[
            "Nothing was pasted: {count} scores were copied but {selected} rows are selected. "
            "Select {count} rows, or one row to paste from there down."
        ]
        == 3
    )
    assert (
        translator.counts[
            "Nothing was pasted: {copied} scores were copied but only {count} learners are shown "
            "from row {row} down."
        ]
        == 1
    )
