"""The score dialog: locale-aware numbers, Score validation beside the field, warnings, several
learners, starting from a learner's own edit, and the "Clear grade…" confirmation."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import GradeEdit
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.locale_numbers import read_score, score_text
from gradebook_gui.gui.problem_label import ProblemLabel
from gradebook_gui.gui.score_dialog import (
    SCORE_FRACTION_ADVICE,
    ScoreDialog,
    clear_edits,
    clear_question,
    confirm_clear,
    describe_learners,
)
from gradebook_gui.models import ActivityProgress, GradingProgress, LineItem, Member, Result

from .translated import CatalogueWords, installed

LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)
ENGLISH = QLocale(QLocale.Language.English)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def learner(
    user_id: str, name: str, score: float | None = None, comment: str | None = None
) -> StudentGrade:
    result = (
        None
        if score is None and comment is None
        else Result(
            id=f"r{user_id}",
            scoreOf=LINE_ITEM.id,
            userId=user_id,
            resultScore=score,
            resultMaximum=20,  # another scale than the line item's, as LMSes may report
            comment=comment,
        )
    )
    return StudentGrade(user_id, Member(userId=user_id, roles=("Learner",), name=name), result)


ANN = learner("1", "Ann Bell", 14, "Good start")  # 7 out of 10
BO = learner("2", "Bo Diaz", 14, "<p>Check <b>question 3</b></p>")
CY = learner("3", "Cy Lane")


def dialog(qtbot: QtBot, learners: list[StudentGrade], locale: QLocale = ENGLISH) -> ScoreDialog:
    opened = ScoreDialog(learners, LINE_ITEM, locale)
    qtbot.addWidget(opened)
    return opened


def test_one_learner_is_prefilled_with_their_grade_on_the_column_scale(qtbot: QtBot):
    form = dialog(qtbot, [ANN])
    assert form.score_edit.text() == "7"
    assert form.maximum_edit.text() == "10"
    assert form.comment_edit.toPlainText() == "Good start"
    assert form.activity_combo.currentData() == ActivityProgress.Completed
    assert form.grading_combo.currentData() == GradingProgress.FullyGraded
    assert not form.keep_comments_box.isVisibleTo(form)


def test_a_learners_own_edit_is_prefilled_rather_than_the_lms_grade(qtbot: QtBot):
    # Ann's row shows her unsent edit: 15 out of 20, a new comment, "Submitted".
    own = GradeEdit("1", 15, 20, "Much better", ActivityProgress.Submitted)
    form = dialog(qtbot, [dataclasses.replace(ANN, edit=own)])
    assert form.score_edit.text() == "15"
    assert form.maximum_edit.text() == "20"
    assert form.comment_edit.toPlainText() == "Much better"
    assert form.activity_combo.currentData() == ActivityProgress.Submitted
    # Saved as it opened: the same grade, the comment kept as the row shows it.
    assert form.edits() == [GradeEdit("1", 15, 20, None, ActivityProgress.Submitted)]
    assert form.warnings() == []


def test_an_edit_that_keeps_the_lms_comment_shows_that_comment(qtbot: QtBot):
    form = dialog(qtbot, [dataclasses.replace(BO, edit=GradeEdit("2", 9, 10))])
    assert (form.score_edit.text(), form.maximum_edit.text()) == ("9", "10")
    assert form.comment_edit.toPlainText() == "Check question 3"


def test_a_cleared_grade_opens_without_a_score(qtbot: QtBot):
    form = dialog(qtbot, [dataclasses.replace(ANN, edit=GradeEdit("1", None, 10))])
    assert form.score_edit.text() == "" and not form.ok_button.isEnabled()


def test_an_html_comment_is_prefilled_as_the_text_people_see(qtbot: QtBot):
    assert dialog(qtbot, [BO]).comment_edit.toPlainText() == "Check question 3"


def test_zero_is_a_valid_score(qtbot: QtBot):
    form = dialog(qtbot, [CY])
    assert not form.ok_button.isEnabled()  # nothing typed yet
    form.score_edit.setText("0")
    assert form.ok_button.isEnabled()
    assert form.edits() == [GradeEdit("3", 0.0, 10.0)]
    assert form.warnings() == []


@pytest.mark.parametrize(
    ("score", "maximum", "words"),
    [
        ("", "10", "Enter a score"),
        ("abc", "10", "is not a number"),
        # The score reader refuses it before the Score model would, saying what a score is.
        ("-1", "10", "-1 is negative: a score is 0 or more."),
        ("1,234", "10", "digit grouping is not read"),
        ("50%", "10", "percentage"),
        ("nan", "10", "NaN"),
        ("5", "0", "The maximum must be greater than 0."),
        ("5", "", "Enter a number."),
        ("5", "ten", "Out of: 'ten' is not a number."),
        ("0.333333", "1", "it would become 0.33333 out of 1"),  # more decimals than LMSes keep
    ],
)
def test_ok_is_disabled_while_invalid_with_the_reason_beside_the_field(
    qtbot: QtBot, score: str, maximum: str, words: str
):
    form = dialog(qtbot, [ANN])
    form.score_edit.setText(score)
    form.maximum_edit.setText(maximum)

    assert not form.ok_button.isEnabled()
    assert form.edits() is None
    assert form.score_problem.has_problem() and words in form.score_problem.text()

    form.score_edit.setText("5")
    form.maximum_edit.setText("10")
    assert form.ok_button.isEnabled()
    assert not form.score_problem.has_problem()


def test_a_fraction_is_refused_naming_the_out_of_field(qtbot: QtBot):
    form = dialog(qtbot, [ANN])
    form.score_edit.setText("85/100")
    assert form.score_problem.text() == f"85/100 is a fraction: {SCORE_FRACTION_ADVICE}."
    assert "“out of” field" in form.score_problem.text()
    assert "column" not in form.score_problem.text()
    form.score_edit.setText("85")
    form.maximum_edit.setText("100/1")
    assert "“out of” field" in form.score_problem.text()


def test_problems_keep_their_space_so_the_form_does_not_jump(qtbot: QtBot):
    form = dialog(qtbot, [ANN])
    form.show()
    qtbot.waitExposed(form)
    fields = [form.score_edit, form.activity_combo, form.comment_edit, form.ok_button]
    before = [widget.mapTo(form, widget.rect().topLeft()) for widget in fields]
    height = form.height()
    for text in ("85/", "85/100", "1e3", "12", "8"):
        form.score_edit.setText(text)
        qtbot.wait(1)  # let the layout settle
        assert [widget.mapTo(form, widget.rect().topLeft()) for widget in fields] == before, text
        assert form.height() == height, text
    form.score_edit.setText("1e3")
    assert form.score_problem.has_problem()


def test_numbers_are_read_and_shown_in_the_users_locale(qtbot: QtBot):
    form = dialog(qtbot, [learner("4", "Dee", 17, None)], GERMAN)
    assert form.score_edit.text() == "8,5"
    form.score_edit.setText("9,25")
    form.maximum_edit.setText("12,5")
    edits = form.edits()
    assert edits is not None and (edits[0].score, edits[0].maximum) == (9.25, 12.5)
    form.score_edit.setText("1.234")  # a German reader might mean 1234: never guessed
    assert not form.ok_button.isEnabled()
    assert "grouping" in form.score_problem.text()


@pytest.mark.parametrize(
    ("locale", "text", "reason"),
    [
        (GERMAN, "1.000", "1.000 could be 1000 or 1,000: digit grouping is not read"),
        (ENGLISH, "1,000", "1,000 could be 1000 or 1.000: digit grouping is not read"),
    ],
)
def test_a_thousands_separator_is_refused_with_the_reason(
    qtbot: QtBot, locale: QLocale, text: str, reason: str
):
    form = dialog(qtbot, [ANN], locale)
    form.score_edit.setText(text)
    assert not form.ok_button.isEnabled()
    assert form.score_problem.text().startswith(reason)


def test_scientific_notation_is_refused_as_in_a_cell(qtbot: QtBot):
    # The dialog used to read 1e3 as 1000 while a cell refused it; one reader now refuses both:
    # a grade typed that way is a slip of the finger, not a score of 1000.
    form = dialog(qtbot, [ANN])
    form.score_edit.setText("1e3")
    assert not form.ok_button.isEnabled()
    assert "scientific notation" in form.score_problem.text()


def test_locale_numbers_outside_latin_digits_are_read():
    arabic = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    assert read_score(score_text(arabic, 8.5), arabic, fraction_advice="") == 8.5
    assert read_score(" 8.5 ", ENGLISH, fraction_advice="") == 8.5
    # A decimal comma that cannot be grouping.
    assert read_score("8,5", ENGLISH, fraction_advice="") == 8.5
    with pytest.raises(ValueError, match="could be 1234"):
        read_score("1,234", ENGLISH, fraction_advice="")


def test_extra_credit_warns_and_is_allowed(qtbot: QtBot):
    form = dialog(qtbot, [ANN])
    form.score_edit.setText("12")
    assert form.ok_button.isEnabled()
    [warning] = form.warnings()
    assert "extra credit" in warning and "12" in warning
    assert form.warning_box.isVisibleTo(form)
    edits = form.edits()
    assert edits is not None and edits[0].score == 12


def test_a_grading_progress_that_clears_the_grade_warns(qtbot: QtBot):
    form = dialog(qtbot, [ANN])
    form.grading_combo.setCurrentIndex(form.grading_combo.findData(GradingProgress.Pending))
    form.activity_combo.setCurrentIndex(form.activity_combo.findData(ActivityProgress.Submitted))
    assert form.ok_button.isEnabled()
    assert any("most LMSes (Canvas, Moodle) clear the grade" in text for text in form.warnings())
    edits = form.edits()
    assert edits is not None
    assert edits[0].grading_progress is GradingProgress.Pending
    assert edits[0].activity_progress is ActivityProgress.Submitted
    assert edits[0].clears_grade


def test_clearing_an_existing_comment_warns_and_removes_it(qtbot: QtBot):
    form = dialog(qtbot, [ANN])
    form.comment_edit.setPlainText("")
    assert form.warnings() == ["The current comment will be removed."]
    edits = form.edits()
    assert edits is not None and edits[0].comment == ""


def test_an_unchanged_comment_is_kept_and_a_new_one_replaces_it(qtbot: QtBot):
    form = dialog(qtbot, [BO])
    form.score_edit.setText("8")
    edits = form.edits()
    assert edits is not None and edits[0].comment is None  # keep: nothing typed differs
    form.comment_edit.setPlainText("  Well done  ")
    edits = form.edits()
    assert edits is not None and edits[0].comment == "Well done"


def test_several_learners_get_one_edit_each_and_keep_their_comments(qtbot: QtBot):
    form = dialog(qtbot, [ANN, BO, CY])
    assert form.windowTitle() == "Grade 3 learners"
    assert form.score_edit.text() == ""  # Cy has no grade: no common score
    assert form.keep_comments_box.isChecked() and not form.comment_edit.isEnabled()
    form.score_edit.setText("8")

    edits = form.edits()
    assert edits == [GradeEdit("1", 8, 10), GradeEdit("2", 8, 10), GradeEdit("3", 8, 10)]
    assert form.ok_button.text() == "Save 3 grades"


def test_several_learners_can_share_one_comment_or_lose_theirs(qtbot: QtBot):
    form = dialog(qtbot, [ANN, BO, CY])
    form.score_edit.setText("8")
    form.keep_comments_box.setChecked(False)
    assert form.comment_edit.isEnabled()
    form.comment_edit.setPlainText("Good start")
    edits = form.edits()
    assert edits is not None
    # Ann already has exactly this comment: hers is kept rather than sent again.
    assert [edit.comment for edit in edits] == [None, "Good start", "Good start"]

    form.comment_edit.setPlainText("")
    assert form.warnings() == ["The comments of 2 learners will be removed: Ann Bell and Bo Diaz."]
    edits = form.edits()
    assert edits is not None and [edit.comment for edit in edits] == ["", "", None]


def test_several_learners_with_the_same_grade_see_it(qtbot: QtBot):
    form = dialog(qtbot, [ANN, BO])
    assert form.score_edit.text() == "7"
    assert "different comments" in form.comment_edit.placeholderText()


def test_ask_returns_the_edits_or_none(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch):
    def type_and_accept(self: ScoreDialog) -> int:
        qtbot.addWidget(self)
        self.score_edit.setText("6,5")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ScoreDialog, "exec", type_and_accept)
    edits = ScoreDialog.ask(None, learners=[CY], line_item=LINE_ITEM, locale=GERMAN)
    assert edits == [GradeEdit("3", 6.5, 10)]

    def cancel(self: ScoreDialog) -> int:
        qtbot.addWidget(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ScoreDialog, "exec", cancel)
    assert ScoreDialog.ask(None, learners=[CY], line_item=LINE_ITEM) is None


def test_a_dialog_needs_learners():
    with pytest.raises(ValueError, match="at least one learner"):
        ScoreDialog([], LINE_ITEM)


def test_learners_are_named_briefly():
    many = [learner(str(n), f"L{n}") for n in range(5)]
    assert describe_learners(many[:1]) == "L0"
    assert describe_learners(many[:2]) == "L0 and L1"
    assert describe_learners(many[:3]) == "L0, L1 and L2"
    assert describe_learners(many) == "L0, L1, L2 and 2 more"


# -- clearing a grade ----------------------------------------------------------------------------


def test_clear_question_says_what_clearing_does():
    question, explanation = clear_question([ANN])
    assert question == "Clear the grade of Ann Bell?"
    assert "score without a value" in explanation
    assert "Canvas and Moodle then show no grade" in explanation
    assert "checked against the LMS" in explanation and "history" in explanation

    question, explanation = clear_question([ANN, BO])
    assert question == "Clear the grades of 2 learners (Ann Bell and Bo Diaz)?"
    assert "shows no grade for them now" not in explanation
    assert clear_question([CY])[1].startswith("The LMS shows no grade for them now.")


def test_clear_edits_send_no_score_and_keep_comments():
    edits = clear_edits([ANN, CY], LINE_ITEM)
    assert edits == [GradeEdit("1", None, 10), GradeEdit("3", None, 10)]
    assert all(edit.clears_grade and edit.comment is None for edit in edits)


@pytest.mark.parametrize("answer", [True, False])
def test_confirm_clear_asks_with_keep_as_the_default(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: bool
):
    seen: list[QMessageBox] = []

    def answer_box(self: QMessageBox) -> int:
        seen.append(self)
        return QMessageBox.StandardButton.Yes if answer else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer_box)
    assert confirm_clear(None, [ANN, BO]) is answer
    [box] = seen
    assert box.text() == "Clear the grades of 2 learners (Ann Bell and Bo Diaz)?"
    assert "score without a value" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Clear 2 grades"


def test_a_problem_label_keeps_its_height_with_or_without_a_problem(qtbot: QtBot):
    label = ProblemLabel("Name problem")
    qtbot.addWidget(label)
    reserved = label.fontMetrics().lineSpacing() * 2
    assert label.minimumHeight() == reserved and label.text() == ""
    label.show_problem("A connection needs a name.")
    assert label.has_problem() and label.accessibleDescription() == "A connection needs a name."
    assert label.heightForWidth(400) <= reserved  # a one-line problem fits the space kept
    label.show_problem(None)
    assert not label.has_problem() and label.minimumHeight() == reserved


# -- the reasons in the instructor's language ------------------------------------------------------

# A German catalogue of the score reader's reasons and the dialog's advice, by (context, English).
GERMAN_WORDS = {
    ("numbers", "{shown} is a percentage: write the points instead"): (
        "{shown} ist ein Prozentwert: geben Sie die Punkte ein"
    ),
    ("numbers", "{shown} is a fraction: {advice}"): "{shown} ist ein Bruch: {advice}",
    ("score_dialog", SCORE_FRACTION_ADVICE): "Punkte eingeben, das Maximum unter „von“",
    (
        "numbers",
        "{score} out of {maximum} has more decimals than an LMS keeps ({decimals}): "
        "it would become {kept_score} out of {kept_maximum}",
    ): (
        "{score} von {maximum} hat mehr Nachkommastellen, als ein LMS speichert ({decimals}): "
        "daraus würde {kept_score} von {kept_maximum}"
    ),
}


@pytest.fixture
def german_words(qapp: QApplication) -> Iterator[None]:
    with installed(qapp, CatalogueWords(GERMAN_WORDS)):
        yield


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("85%", "85% ist ein Prozentwert: geben Sie die Punkte ein."),
        ("85/100", "85/100 ist ein Bruch: Punkte eingeben, das Maximum unter „von“."),
    ],
)
def test_a_refused_score_is_explained_in_the_instructors_language(
    qtbot: QtBot, german_words: None, typed: str, shown: str
):
    form = dialog(qtbot, [ANN], GERMAN)
    form.score_edit.setText(typed)
    assert form.score_problem.text() == shown
    assert not form.ok_button.isEnabled()


def test_a_score_the_lms_would_round_is_explained_in_the_instructors_language(
    qtbot: QtBot, german_words: None
):
    form = dialog(qtbot, [ANN], GERMAN)
    form.maximum_edit.setText("3")
    form.score_edit.setText("0,0000149")
    assert form.score_problem.text() == (
        "0,0000149 von 3 hat mehr Nachkommastellen, als ein LMS speichert (5): "
        "daraus würde 0,00001 von 3."
    )
