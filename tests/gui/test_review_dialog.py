"""The review before sending lists every change with its warnings; nothing is sent unconfirmed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QLabel, QTableWidgetItem
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.moments import moment_text
from gradebook_gui.gui.review_dialog import (
    ReviewDialog,
    ReviewItem,
    ReviewWarning,
    comment_policy,
    summarize,
)
from gradebook_gui.models import GradingProgress, LineItem, Member, PlatformFamily, Result
from gradebook_gui.store import Draft

LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)
ENGLISH = QLocale(QLocale.Language.English)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
EDITED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def grade(
    user_id: str,
    name: str | None,
    score: float | None,
    comment: str | None = None,
    email: str | None = None,
) -> StudentGrade:
    member = Member(userId=user_id, roles=("Learner",), name=name, email=email) if name else None
    result = (
        None
        if score is None and comment is None
        else Result(
            id=f"r{user_id}",
            scoreOf=LINE_ITEM.id,
            userId=user_id,
            resultScore=score,
            resultMaximum=10,
            comment=comment,
        )
    )
    return StudentGrade(user_id, member, result)


def item(row: StudentGrade, edit: GradeEdit, base: ServerGrade | None = None) -> ReviewItem:
    """A draft made on what the row shows, unless another base is given."""
    made_on = base if base is not None else ServerGrade.from_result(row.result)
    return ReviewItem(row, Draft(edit, made_on, EDITED_AT))


ANN = grade("1", "Ann Bell", 7, "Good start")
BO = grade("2", "Bo Diaz", 6, "<p>Check question 3</p>")
CY = grade("3", None, None)
DEE = grade("4", "Dee Ng", 9)

ITEMS = [
    item(ANN, GradeEdit("1", 8.5, 10)),
    item(BO, GradeEdit("2", 11, 10, "")),
    item(CY, GradeEdit("3", 10, 20, "Welcome back")),
    item(DEE, GradeEdit("4", None, 10), base=ServerGrade(8, 10, None)),
]


@pytest.fixture
def review(qtbot: QtBot) -> ReviewDialog:
    dialog = ReviewDialog(LINE_ITEM, ITEMS, PlatformFamily.moodle, ENGLISH)
    qtbot.addWidget(dialog)
    return dialog


def cell(dialog: ReviewDialog, row: int, column: int) -> QTableWidgetItem:
    found = dialog.table.item(row, column)
    assert found is not None
    return found


def row_texts(dialog: ReviewDialog, row: int) -> list[str]:
    return [cell(dialog, row, column).text() for column in range(5)]


def test_every_change_is_listed_with_old_and_new_values(review: ReviewDialog):
    assert review.table.rowCount() == 4
    assert row_texts(review, 0) == ["Ann Bell", "1", "7 → 8.5", "Good start (kept)", "OK"]
    assert row_texts(review, 1)[:4] == ["Bo Diaz", "2", "6 → 11", "“Check question 3” → removed"]
    # No name on the roster: the user ID; a score on another scale shows its maximum.
    assert row_texts(review, 2)[:4] == ["3", "3", "— → 10/20", "no comment → “Welcome back”"]
    assert row_texts(review, 3)[:4] == ["Dee Ng", "4", "9 → no grade", "no comment"]
    assert cell(review, 0, 0).toolTip() == "LMS user ID: 1"


def test_warnings_are_shown_per_row(review: ReviewDialog):
    assert row_texts(review, 1)[4] == "Extra credit: above the maximum; removes the comment"
    assert row_texts(review, 3)[4] == (
        "Changed in the LMS since you edited it (it was 8); clears the grade"
    )
    assert cell(review, 1, 4).icon().isNull() is False
    assert cell(review, 0, 4).icon().isNull()


def test_counts_conflicts_and_the_comment_policy_are_stated(review: ReviewDialog):
    assert review.summary_label.text() == (
        "4 changes, 1 changed in the LMS since you edited it, 1 grade to clear, "
        "1 gives extra credit, 1 comment to remove."
    )
    notes = review.notes_label.text()
    assert "1 grade changed in the LMS after you edited it: it is not sent" in notes
    assert comment_policy(PlatformFamily.moodle) in notes
    assert "Nothing has been sent yet" in notes


def test_the_counts_of_several_warnings_read_as_their_single_counts_do(qtbot: QtBot):
    # Each count says the same thing for one change as for several; and it is the grades that
    # are cleared and the comments that are removed.
    items = [
        item(ANN, GradeEdit("1", None, 10, ""), base=ServerGrade(5, 10, "Good start")),
        item(BO, GradeEdit("2", None, 10, ""), base=ServerGrade(5, 10, "Check question 3")),
    ]
    dialog = ReviewDialog(LINE_ITEM, items, PlatformFamily.moodle, ENGLISH)
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text() == (
        "2 changes, 2 changed in the LMS since you edited them, 2 grades to clear, "
        "2 comments to remove."
    )


def test_the_send_button_says_how_many(review: ReviewDialog, qtbot: QtBot):
    assert review.send_button.text() == "&Send 4 grades"
    empty = ReviewDialog(LINE_ITEM, [], locale=ENGLISH)
    qtbot.addWidget(empty)
    assert not empty.send_button.isEnabled()


def test_numbers_follow_the_locale(qtbot: QtBot):
    dialog = ReviewDialog(LINE_ITEM, ITEMS[:1], locale=GERMAN)
    qtbot.addWidget(dialog)
    assert cell(dialog, 0, 2).text() == "7 → 8,5"


def test_learners_with_the_same_name_are_told_apart(qtbot: QtBot):
    # Two Ann Bells: one by her email, the other (no email on the roster) by her user ID.
    first = grade("11", "Ann Bell", 7, email="ann.bell@school.example")
    second = grade("12", "Ann Bell", 5)
    dialog = ReviewDialog(
        LINE_ITEM, [item(first, GradeEdit("11", 8, 10)), item(second, GradeEdit("12", 6, 10))]
    )
    qtbot.addWidget(dialog)
    assert [row_texts(dialog, row)[:3] for row in range(2)] == [
        ["Ann Bell", "ann.bell@school.example", "7 → 8"],
        ["Ann Bell", "12", "5 → 6"],
    ]
    header = dialog.table.horizontalHeaderItem(1)
    assert header is not None and header.text() == "Email or user ID"


def test_review_item_warnings():
    assert ITEMS[0].warnings() == []
    assert ITEMS[1].warnings() == [ReviewWarning.EXTRA_CREDIT, ReviewWarning.COMMENT_REMOVED]
    assert ITEMS[3].warnings() == [ReviewWarning.CONFLICT, ReviewWarning.CLEARS_GRADE]
    assert ITEMS[3].conflict_known and not ITEMS[0].conflict_known
    already = item(ANN, GradeEdit("1", 7, 10))
    assert already.warnings() == [ReviewWarning.ALREADY_SHOWN]
    pending = item(ANN, GradeEdit("1", 7, 10, grading_progress=GradingProgress.Pending))
    assert ReviewWarning.CLEARS_GRADE in pending.warnings()


def test_summary_of_changes_without_warnings():
    assert summarize(ITEMS[:1]) == "1 change."


def test_the_comment_policy_follows_the_platform():
    assert "sent only where you changed it" in comment_policy(PlatformFamily.canvas)
    assert "not identified" in comment_policy(PlatformFamily.unknown)
    assert comment_policy(PlatformFamily.d2l).startswith("D2L Brightspace replaces the comment")


@pytest.mark.parametrize(
    ("code", "confirmed"),
    [(QDialog.DialogCode.Accepted, True), (QDialog.DialogCode.Rejected, False)],
)
def test_ask_gives_the_changes_only_when_confirmed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, code: QDialog.DialogCode, confirmed: bool
):
    shown: list[ReviewDialog] = []

    def answer(self: ReviewDialog) -> int:
        qtbot.addWidget(self)
        shown.append(self)
        return code

    monkeypatch.setattr(ReviewDialog, "exec", answer)
    answer_given = ReviewDialog.ask(None, line_item=LINE_ITEM, items=ITEMS)
    assert answer_given == (list(ITEMS) if confirmed else None)
    assert shown[0].table.rowCount() == len(ITEMS)


def shown_by_qt(text: str) -> str:
    """What a tooltip or label shows of `text`: Qt reads text that looks like HTML as rich."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_comments_and_labels_are_shown_as_text_never_as_markup(qtbot: QtBot):
    # The LMS holds HTML whose text shows markup; the column's label looks like markup too.
    shows_markup = grade("1", "Ann Bell", 7, "<p>&lt;b&gt;late&lt;/b&gt;</p>")
    line_item = LineItem(id=LINE_ITEM.id, label="<i>Quiz</i> 1", scoreMaximum=10)
    dialog = ReviewDialog(
        line_item, [item(shows_markup, GradeEdit("1", 8, 10))], PlatformFamily.moodle, ENGLISH
    )
    qtbot.addWidget(dialog)
    assert cell(dialog, 0, 3).text() == "<b>late</b> (kept)"
    assert shown_by_qt(cell(dialog, 0, 3).toolTip()) == "Kept: <b>late</b>"
    labels = [label for label in dialog.findChildren(QLabel) if "<i>Quiz</i>" in label.text()]
    assert labels and all(label.textFormat() is Qt.TextFormat.PlainText for label in labels)


QUIZ_2 = LineItem(id="https://lms.example/li/2", label="Quiz 2", scoreMaximum=20)


def inactive(user_id: str, name: str) -> StudentGrade:
    member = Member(userId=user_id, roles=("Learner",), name=name, status="Inactive")
    return StudentGrade(user_id, member, None)


def test_learners_who_are_not_active_students_are_listed_apart_and_left_out(qtbot: QtBot):
    gone = inactive("9", "Gil Ray")
    changes = [
        item(ANN, GradeEdit("1", 8.5, 10)),
        ReviewItem(
            gone,
            Draft(GradeEdit("9", 4, 10), ServerGrade(), EDITED_AT),
            not_active="not an active student (roster status Inactive)",
        ),
    ]
    dialog = ReviewDialog(LINE_ITEM, changes, locale=ENGLISH)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.section_rows == {1: "Not sent: not an active student (1)"}
    assert row_texts(dialog, 2)[:3] == ["Gil Ray", "9", "— → 4"]
    assert row_texts(dialog, 2)[4] == "Not an active student (roster status Inactive)"
    assert dialog.include_box is not None and not dialog.include_box.isChecked()
    assert dialog.include_box.text() == "Include them (the LMS will most likely refuse)"
    assert dialog.send_button.text() == "&Send 1 grade"
    assert (
        "1 change is for a learner who is not an active student: not sent unless you include it."
        in dialog.summary_label.text()
    )

    dialog.send_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [each.user_id for each in dialog.to_send()] == ["1"]


def test_including_learners_who_are_not_active_students_sends_them_too(qtbot: QtBot):
    only_held = [
        ReviewItem(
            inactive("9", "Gil Ray"),
            Draft(GradeEdit("9", 4, 10), ServerGrade(), EDITED_AT),
            not_active="not an active student (roster status Inactive)",
        )
    ]
    dialog = ReviewDialog(LINE_ITEM, only_held, locale=ENGLISH)
    qtbot.addWidget(dialog)
    assert not dialog.send_button.isEnabled()
    assert dialog.include_box is not None
    dialog.include_box.setChecked(True)
    assert dialog.send_button.isEnabled() and dialog.send_button.text() == "&Send 1 grade"
    dialog.send_button.click()
    assert [each.user_id for each in dialog.to_send()] == ["9"]


def test_one_review_lists_several_line_items_in_sections_with_their_counts(qtbot: QtBot):
    second = StudentGrade("1", ANN.member, None)
    changes = [
        item(ANN, GradeEdit("1", 8.5, 10)),
        item(BO, GradeEdit("2", 5, 10)),
        ReviewItem(second, Draft(GradeEdit("1", 15, 20), ServerGrade(), EDITED_AT), QUIZ_2),
    ]
    dialog = ReviewDialog(LINE_ITEM, changes, locale=ENGLISH)
    qtbot.addWidget(dialog)
    assert dialog.section_rows == {
        0: "“Quiz 1” (out of 10): 2 changes",
        3: "“Quiz 2” (out of 20): 1 change",
    }
    # Each change on its own line item's scale.
    assert row_texts(dialog, 4)[:3] == ["Ann Bell", "1", "— → 15"]
    assert dialog.include_box is None
    assert dialog.send_button.text() == "&Send 3 grades"
    header = dialog.table.horizontalHeaderItem(2)
    assert header is not None and header.text() == "Score"


def test_a_review_of_several_line_items_is_titled_for_all_of_them(qtbot: QtBot):
    second = StudentGrade("1", ANN.member, None)
    third = LineItem(id="https://lms.example/li/3", label="Essay", scoreMaximum=50)
    changes = [
        item(ANN, GradeEdit("1", 8.5, 10)),
        item(BO, GradeEdit("2", 5, 10)),
        ReviewItem(second, Draft(GradeEdit("1", 15, 20), ServerGrade(), EDITED_AT), QUIZ_2),
        ReviewItem(second, Draft(GradeEdit("1", 40, 50), ServerGrade(), EDITED_AT), third),
    ]
    dialog = ReviewDialog(LINE_ITEM, changes, locale=ENGLISH)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Review 4 changes in 3 grade columns"
    single = ReviewDialog(LINE_ITEM, ITEMS, locale=ENGLISH)
    qtbot.addWidget(single)
    assert single.windowTitle() == "Review before sending"


@pytest.mark.parametrize("width", [None, 760], ids=["default size", "760 px"])
def test_every_column_shows_at_the_dialogs_size(qtbot: QtBot, width: int | None):
    long_email = grade(
        "5", "Maximiliane Oberhausen-Wittgenstein", 6, email="maximiliane.oberhausen@school.example"
    )
    changes = [*ITEMS, item(long_email, GradeEdit("5", 12, 10, ""))]
    dialog = ReviewDialog(LINE_ITEM, changes, PlatformFamily.moodle, ENGLISH)
    qtbot.addWidget(dialog)
    if width is not None:
        dialog.resize(width, dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    header = table.horizontalHeader()
    shown = table.viewport().width()
    # Nothing is scrolled out of sight, and every header reads in full.
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= shown
    for column in range(5):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    # The warnings get their share: a third of the table, or all they need.
    longest = max(
        table.fontMetrics().horizontalAdvance(dialog.check_text(each)) for each in changes
    )
    assert header.sectionSize(4) >= min(longest, shown // 3)


def test_a_review_of_the_copy_kept_offline_says_so_before_the_list(qtbot: QtBot):
    downloaded = datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    offline = [
        ReviewItem(each.grade, each.draft, offline_copy_from=downloaded) for each in ITEMS[:2]
    ]
    dialog = ReviewDialog(LINE_ITEM, offline, PlatformFamily.moodle, ENGLISH)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    warning = dialog.offline_label
    assert warning is not None and warning.isVisible()
    text = warning.text()
    assert text.startswith("The LMS could not be reached when the grades were last loaded")
    assert moment_text(downloaded, ENGLISH) in text
    assert "Sending will try to reach the LMS now" in text
    assert "any grade not sent stays queued on this computer" in text
    # Read before the changes: above the table, and said as the dialog opens.
    assert warning.mapTo(dialog, warning.rect().bottomLeft()).y() < dialog.table.y()
    assert dialog.accessibleDescription() == text
    # The keyboard works as in any review: the list has the focus, Enter sends, Esc does not.
    assert dialog.focusWidget() is dialog.table
    assert dialog.send_button.isDefault() or dialog.send_button.autoDefault()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_review_of_grades_the_lms_just_gave_has_no_offline_warning(review: ReviewDialog):
    assert review.offline_label is None
    assert "could not be reached" not in review.accessibleDescription()
