"""The score dialog (one grade for one or several learners) and the "Clear grade…" question.

`ScoreDialog.ask` and `confirm_clear` are what the window calls and tests replace, so no test
blocks on a modal dialog. The dialog starts from what the learners' rows show: a learner's own
unsent edit (`StudentGrade.edit`) over the LMS's grade. Numbers are read and shown in the user's
locale ("8,5" where the comma is the decimal sign) by the app's one score reader
(`numbers.parse_score`); the values are validated by the same pydantic `Score` model the client
sends, so the dialog never accepts a grade the app would refuse to send. Problems are shown
under their field, in space kept for them, and keep OK disabled; warnings (extra credit, a grade
that would be cleared, a comment that would be removed) never block.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError
from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.edits import GradeEdit, ServerGrade, same_comment, same_fraction
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, counted, reason_text, translate
from gradebook_gui.gui.locale_numbers import (
    display_number,
    number_format,
    read_score,
    score_text,
)
from gradebook_gui.gui.problem_label import ProblemLabel
from gradebook_gui.models import ActivityProgress, GradingProgress, LineItem, Score, visible_text
from gradebook_gui.numbers import check_kept_precision, is_extra_credit

# `Score` requires a timestamp; the engine stamps the real one when it sends.
PLACEHOLDER_TIMESTAMP = datetime(2000, 1, 1, tzinfo=UTC)

# The English texts of the choices and advice below; shown through translate("score_dialog", …).
ACTIVITY_LABELS = {
    ActivityProgress.Completed: QT_TRANSLATE_NOOP("score_dialog", "Completed"),
    ActivityProgress.Submitted: QT_TRANSLATE_NOOP("score_dialog", "Submitted"),
    ActivityProgress.InProgress: QT_TRANSLATE_NOOP("score_dialog", "In progress"),
    ActivityProgress.Started: QT_TRANSLATE_NOOP("score_dialog", "Started"),
    ActivityProgress.Initialized: QT_TRANSLATE_NOOP("score_dialog", "Not started"),
}
GRADING_LABELS = {
    GradingProgress.FullyGraded: QT_TRANSLATE_NOOP("score_dialog", "Fully graded"),
    GradingProgress.Pending: QT_TRANSLATE_NOOP("score_dialog", "Pending"),
    GradingProgress.PendingManual: QT_TRANSLATE_NOOP("score_dialog", "Pending manual grading"),
    GradingProgress.Failed: QT_TRANSLATE_NOOP("score_dialog", "Grading failed"),
    GradingProgress.NotReady: QT_TRANSLATE_NOOP("score_dialog", "Not ready"),
}

# Names listed before "and N more" in titles and questions.
NAMES_SHOWN = 3

# After the refusal of "85/100", where the dialog wants the points and the maximum.
SCORE_FRACTION_ADVICE = QT_TRANSLATE_NOOP(
    "score_dialog", "write the points here and the maximum in the “out of” field"
)
MAXIMUM_FRACTION_ADVICE = QT_TRANSLATE_NOOP(
    "score_dialog", "write the maximum alone in the “out of” field"
)


def _sentence(reason: str) -> str:
    """A reason from the score reader as a sentence under a field."""
    return reason[:1].upper() + reason[1:].rstrip(".") + "."


def learner_name(learner: StudentGrade) -> str:
    return learner.name or learner.user_id


def describe_learners(learners: Sequence[StudentGrade]) -> str:
    """ "Ann Bell", or "Ann Bell, Bo Diaz, Cy Lane and 2 more"."""
    names = [learner_name(learner) for learner in learners]
    if len(names) == 1:
        return names[0]
    if len(names) <= NAMES_SHOWN:
        return translate("score_dialog", "{names} and {last}").format(
            names=", ".join(names[:-1]), last=names[-1]
        )
    more = len(names) - NAMES_SHOWN
    return translate("score_dialog", "{names} and {count} more", None, more).format(
        names=", ".join(names[:NAMES_SHOWN]), count=more
    )


@dataclass(frozen=True, slots=True)
class _ShownGrade:
    """What a learner's row shows: their own edit over the LMS's grade, or the LMS's grade on
    the line item's scale. `comment` is the text a person reads."""

    score: float | None
    maximum: float
    comment: str
    activity: ActivityProgress = ActivityProgress.Completed
    grading: GradingProgress = GradingProgress.FullyGraded


def _shown_grade(learner: StudentGrade, line_item: LineItem) -> _ShownGrade:
    edit = learner.edit
    if edit is None:
        comment = visible_text(learner.comment or "")
        return _ShownGrade(learner.score(line_item), line_item.scoreMaximum, comment)
    wanted = edit.wanted_comment(ServerGrade.from_result(learner.result))
    return _ShownGrade(
        edit.score,
        edit.maximum,
        visible_text(wanted or ""),
        edit.activity_progress,
        edit.grading_progress,
    )


def _common_scale(shown: Sequence[_ShownGrade], line_item: LineItem) -> float:
    """The maximum every row shows its score out of, or the line item's when they differ."""
    maximum = shown[0].maximum
    return maximum if all(grade.maximum == maximum for grade in shown) else line_item.scoreMaximum


def _common_score(shown: Sequence[_ShownGrade], maximum: float) -> float | None:
    """The score every row shows (out of `maximum`), or None when they differ."""
    scores = [
        grade.score
        if grade.maximum == maximum or grade.score is None
        else grade.score / grade.maximum * maximum
        for grade in shown
    ]
    first = scores[0]
    if first is None or not all(same_fraction(score, first) for score in scores):
        return None
    return first


def _common_comment(shown: Sequence[_ShownGrade]) -> str | None:
    """The comment every row shows, as a person reads it; None when they differ."""
    texts = [grade.comment for grade in shown]
    return texts[0] if all(text == texts[0] for text in texts) else None


class ScoreDialog(QDialog):
    """One grade for the selected learners: score, maximum, progress and comment."""

    def __init__(
        self,
        learners: Sequence[StudentGrade],
        line_item: LineItem,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not learners:
            raise ValueError("the score dialog needs at least one learner")
        self._learners = list(learners)
        self._shown = [_shown_grade(learner, line_item) for learner in self._learners]
        self._line_item = line_item
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._edits: list[GradeEdit] = []
        self._warnings: list[str] = []
        several = len(self._learners) > 1
        count = len(self._learners)
        self.setWindowTitle(
            translate("ScoreDialog", "Grade {count} learners", None, count).format(count=count)
            if several
            else translate("ScoreDialog", "Grade one learner")
        )
        self.setMinimumWidth(480)

        heading = QLabel(
            f"<b>{html.escape(describe_learners(self._learners))}</b><br>"
            f"{html.escape(line_item.label)}"
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setAccessibleName(translate("ScoreDialog", "Learners and grade column"))

        example = score_text(self._locale, 8.5)
        self.score_edit = QLineEdit()
        self.score_edit.setAccessibleName(translate("ScoreDialog", "Score"))
        self.score_edit.setPlaceholderText(
            translate("ScoreDialog", "e.g. {example}").format(example=example)
        )
        maximum = _common_scale(self._shown, line_item)
        common = _common_score(self._shown, maximum)
        if common is not None:
            self.score_edit.setText(score_text(self._locale, common))
        elif several:
            self.score_edit.setPlaceholderText(
                translate("ScoreDialog", "one score for all of them, e.g. {example}").format(
                    example=example
                )
            )
        self.maximum_edit = QLineEdit(score_text(self._locale, maximum))
        self.maximum_edit.setAccessibleName(translate("ScoreDialog", "Maximum score"))
        self.maximum_edit.setToolTip(
            translate("ScoreDialog", "The score is out of this maximum (the column's by default)")
        )
        self.maximum_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 10))
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_edit, 1)
        out_of = QLabel(translate("ScoreDialog", "out &of"))
        out_of.setBuddy(self.maximum_edit)
        score_row.addWidget(out_of)
        score_row.addWidget(self.maximum_edit)
        # One line under the score and its maximum says what is wrong with either.
        self.score_problem = ProblemLabel(translate("ScoreDialog", "Score problem"))

        self.activity_combo = QComboBox()
        self.activity_combo.setAccessibleName(translate("ScoreDialog", "Activity progress"))
        for activity, label in ACTIVITY_LABELS.items():
            self.activity_combo.addItem(translate("score_dialog", label), activity)
        self._choose_common(self.activity_combo, [grade.activity for grade in self._shown])
        self.grading_combo = QComboBox()
        self.grading_combo.setAccessibleName(translate("ScoreDialog", "Grading progress"))
        self.grading_combo.setToolTip(
            translate("ScoreDialog", "Anything but “Fully graded” hides the score in most LMSes")
        )
        for grading, label in GRADING_LABELS.items():
            self.grading_combo.addItem(translate("score_dialog", label), grading)
        self._choose_common(self.grading_combo, [grade.grading for grade in self._shown])

        self.keep_comments_box = QCheckBox(
            translate("ScoreDialog", "&Keep each learner's own comment")
        )
        self.keep_comments_box.setAccessibleName(
            translate("ScoreDialog", "Keep each learner's own comment")
        )
        self.keep_comments_box.setVisible(several)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(translate("ScoreDialog", "Comment"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(translate("ScoreDialog", "No comment"))
        self.comment_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        shared_comment = _common_comment(self._shown)
        self.comment_edit.setPlainText(shared_comment or "")
        if several:
            self.keep_comments_box.setChecked(True)
            self.comment_edit.setEnabled(False)
            if shared_comment is None:
                self.comment_edit.setPlaceholderText(
                    translate("ScoreDialog", "The learners have different comments")
                )
        self.general_problem = ProblemLabel(translate("ScoreDialog", "Problem"), lines=1)

        form = QFormLayout()
        score_label = QLabel(translate("ScoreDialog", "&Score:"))
        score_label.setBuddy(self.score_edit)
        form.addRow(score_label, score_row)
        form.addRow("", self.score_problem)
        form.addRow(translate("ScoreDialog", "&Activity:"), self.activity_combo)
        form.addRow(translate("ScoreDialog", "&Grading:"), self.grading_combo)
        comment_label = QLabel(translate("ScoreDialog", "&Comment:"))
        comment_label.setBuddy(self.comment_edit)
        if several:
            form.addRow("", self.keep_comments_box)
        form.addRow(comment_label, self.comment_edit)

        self.warning_icon = QLabel()
        size = self.fontMetrics().height()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning_icon.setPixmap(warning.pixmap(size, size))
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(translate("ScoreDialog", "Warnings"))
        # Warnings come and go while typing: their space is kept so that the buttons stay put.
        self.warning_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.warning_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_row.addWidget(self.warning_label, 1)
        self.warning_box = QWidget()
        self.warning_box.setLayout(warning_row)
        warning_row.setContentsMargins(0, 0, 0, 0)

        note = QLabel(
            translate(
                "ScoreDialog",
                "Saved on this computer; nothing is sent to the LMS until you submit and confirm.",
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # the palette's dimmed text: a hint, not a message

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            translate("ScoreDialog", "Save {count} grades", None, count).format(count=count)
            if several
            else translate("ScoreDialog", "Save grade")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The comment box takes Enter for new lines; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._accept_if_valid)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.general_problem)
        layout.addWidget(self.warning_box)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        self.score_edit.textChanged.connect(self._validate)
        self.maximum_edit.textChanged.connect(self._validate)
        self.activity_combo.currentIndexChanged.connect(self._validate)
        self.grading_combo.currentIndexChanged.connect(self._validate)
        self.comment_edit.textChanged.connect(self._validate)
        self.keep_comments_box.toggled.connect(self._on_keep_comments_toggled)
        self._validate()
        self.score_edit.setFocus()
        self.score_edit.selectAll()

    # -- what the dialog holds -------------------------------------------------------------

    def edits(self) -> list[GradeEdit] | None:
        """One edit per learner, in the order given; None while the form is invalid."""
        return list(self._edits) if self.ok_button.isEnabled() else None

    def warnings(self) -> list[str]:
        return list(self._warnings)

    @property
    def keeps_comments(self) -> bool:
        return len(self._learners) > 1 and self.keep_comments_box.isChecked()

    def _comment_for(self, shown: _ShownGrade) -> str | None:
        """The edit's comment: None keeps the one the learner's row shows, "" removes it."""
        if self.keeps_comments:
            return None
        text = self.comment_edit.toPlainText().strip()
        return None if same_comment(text, shown.comment) else text

    @staticmethod
    def _choose_common(combo: QComboBox, values: Sequence[object]) -> None:
        """Show the value every learner's row has; the first choice when they differ."""
        if all(value == values[0] for value in values):
            combo.setCurrentIndex(combo.findData(values[0]))

    # -- validation ------------------------------------------------------------------------

    @Slot()
    def _validate(self) -> None:
        problems: dict[str, str] = {}
        score = self._read(
            self.score_edit,
            "scoreGiven",
            problems,
            translate("score_dialog", SCORE_FRACTION_ADVICE),
        )
        maximum = self._read(
            self.maximum_edit,
            "scoreMaximum",
            problems,
            translate("score_dialog", MAXIMUM_FRACTION_ADVICE),
        )
        if "scoreGiven" in problems and not self.score_edit.text().strip():
            problems["scoreGiven"] = translate(
                "ScoreDialog", "Enter a score. To remove a grade, use “Clear grade…” instead."
            )
        if "scoreMaximum" in problems and self.maximum_edit.text().strip():
            problems["scoreMaximum"] = translate("ScoreDialog", "Out of: {problem}").format(
                problem=problems["scoreMaximum"]
            )
        if score is not None and maximum is not None and maximum > 0:
            try:
                check_kept_precision(score, maximum, number_format(self._locale))
            except ValueError as error:
                problems["scoreGiven"] = _sentence(reason_text(error))
        activity = ActivityProgress(self.activity_combo.currentData())
        grading = GradingProgress(self.grading_combo.currentData())
        edits = []
        for learner, shown in zip(self._learners, self._shown, strict=True):
            comment = self._comment_for(shown)
            try:
                Score(
                    userId=learner.user_id,
                    activityProgress=activity,
                    gradingProgress=grading,
                    scoreGiven=score,
                    scoreMaximum=maximum,
                    comment=comment or None,
                    timestamp=PLACEHOLDER_TIMESTAMP,
                )
            except ValidationError as error:
                for issue in error.errors():
                    field = str(issue["loc"][0]) if issue["loc"] else ""
                    problems.setdefault(field, issue["msg"])
                continue
            if score is not None and maximum is not None:
                edits.append(GradeEdit(learner.user_id, score, maximum, comment, activity, grading))
        self._edits = edits if not problems else []
        field_problems = [problems.pop(field, None) for field in ("scoreGiven", "scoreMaximum")]
        self.score_problem.show_problem("\n".join(filter(None, field_problems)) or None)
        self.general_problem.show_problem(next(iter(problems.values()), None))
        self._warnings = self._find_warnings(score, maximum, grading)
        bullets = len(self._warnings) > 1
        self.warning_label.setText(
            "\n".join(("• " if bullets else "") + warning for warning in self._warnings)
        )
        self.warning_icon.setVisible(bool(self._warnings))
        self.ok_button.setEnabled(bool(self._edits))

    def _read(
        self, edit: QLineEdit, field: str, problems: dict[str, str], fraction_advice: str
    ) -> float | None:
        if not edit.text().strip():
            problems[field] = translate("ScoreDialog", "Enter a number.")
            return None
        try:
            return read_score(edit.text(), self._locale, fraction_advice=fraction_advice)
        except ValueError as error:
            problems[field] = _sentence(reason_text(error))
            return None

    def _find_warnings(
        self, score: float | None, maximum: float | None, grading: GradingProgress
    ) -> list[str]:
        warnings = []
        if (
            score is not None
            and maximum is not None
            and maximum > 0
            and is_extra_credit(score, maximum)
        ):
            warnings.append(
                translate(
                    "ScoreDialog",
                    "{score} is above the maximum {maximum}: extra credit. Most LMSes keep it; "
                    "some (D2L) lower it to the maximum, which the app reports after sending.",
                ).format(
                    score=display_number(self._locale, score),
                    maximum=display_number(self._locale, maximum),
                )
            )
        if grading is not GradingProgress.FullyGraded:
            warnings.append(
                translate(
                    "ScoreDialog",
                    "With grading progress “{grading}”, most LMSes (Canvas, Moodle) clear the "
                    "grade instead of showing this score. Choose “Fully graded” to give the grade.",
                ).format(grading=translate("score_dialog", GRADING_LABELS[grading]))
            )
        removed = [
            learner
            for learner, shown in zip(self._learners, self._shown, strict=True)
            if self._comment_for(shown) == "" and shown.comment
        ]
        if len(self._learners) == 1 and removed:
            warnings.append(translate("ScoreDialog", "The current comment will be removed."))
        elif removed:
            removed_count = len(removed)
            warnings.append(
                counted(
                    translate(
                        "ScoreDialog", "The comment of {count} learner will be removed: {names}."
                    ),
                    translate(
                        "ScoreDialog",
                        "The comments of {count} learners will be removed: {names}.",
                        None,
                        removed_count,
                    ),
                    removed_count,
                    names=describe_learners(removed),
                )
            )
        return warnings

    @Slot(bool)
    def _on_keep_comments_toggled(self, keep: bool) -> None:
        self.comment_edit.setEnabled(not keep)
        if not keep:
            self.comment_edit.setFocus()
        self._validate()

    @Slot()
    def _accept_if_valid(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        learners: Sequence[StudentGrade],
        line_item: LineItem,
        locale: QLocale | None = None,
    ) -> list[GradeEdit] | None:
        """The edits (one per learner, `comment=None` keeps theirs), or None when cancelled."""
        dialog = cls(learners, line_item, locale, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edits()


# -- clearing a grade ------------------------------------------------------------------------


def clear_edits(learners: Sequence[StudentGrade], line_item: LineItem) -> list[GradeEdit]:
    """The "Clear grade" edits: a score without a value; each learner's comment is kept."""
    return [GradeEdit(learner.user_id, None, line_item.scoreMaximum) for learner in learners]


def clear_question(learners: Sequence[StudentGrade]) -> tuple[str, str]:
    """The question and its explanation, for `confirm_clear`."""
    graded = [learner for learner in learners if learner.result is not None]
    count = len(learners)
    if count == 1:
        question = translate("score_dialog", "Clear the grade of {name}?").format(
            name=learner_name(learners[0])
        )
    else:
        question = translate(
            "score_dialog", "Clear the grades of {count} learners ({names})?", None, count
        ).format(count=count, names=describe_learners(learners))
    if graded:
        explanation = translate(
            "score_dialog",
            "When you submit, the app sends a score without a value: Canvas and Moodle then show "
            "no grade. Comments are kept. The change is checked against the LMS after sending "
            "and recorded in the history. Until you submit you can undo it.",
        )
    else:
        explanation = translate(
            "score_dialog",
            "The LMS shows no grade for them now. When you submit, the app sends a score without "
            "a value: Canvas and Moodle then show no grade. Comments are kept. The change is "
            "checked against the LMS after sending and recorded in the history. Until you submit "
            "you can undo it.",
        )
    return question, explanation


def confirm_clear(parent: QWidget | None, learners: Sequence[StudentGrade]) -> bool:
    """Ask before clearing grades, saying what it does; "Keep" is the default answer."""
    question, explanation = clear_question(learners)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("score_dialog", "Clear grade"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(explanation)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    count = len(learners)
    box.button(QMessageBox.StandardButton.Yes).setText(
        translate("score_dialog", "Clear grade")
        if count == 1
        else translate("score_dialog", "Clear {count} grades", None, count).format(count=count)
    )
    box.button(QMessageBox.StandardButton.No).setText(translate("score_dialog", "Keep"))
    return box.exec() == QMessageBox.StandardButton.Yes
