"""The score dialog (one grade for one or several learners) and the "Clear grade…" question.

`ScoreDialog.ask` and `confirm_clear` are what the window calls and tests replace, so no test
blocks on a modal dialog. Numbers are read and shown in the user's locale ("8,5" where the comma
is the decimal sign); the values are validated by the same pydantic `Score` model the client
sends, so the dialog never accepts a grade the app would refuse to send. Problems are shown
beside their field and keep OK disabled; warnings (extra credit, a grade that would be cleared,
a comment that would be removed) never block.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
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

from gradebook_gui.edits import GradeEdit, same_comment, same_fraction
from gradebook_gui.exchange.importer import read_number
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import ActivityProgress, GradingProgress, LineItem, Score, visible_text

# `Score` requires a timestamp; the engine stamps the real one when it sends.
PLACEHOLDER_TIMESTAMP = datetime(2000, 1, 1, tzinfo=UTC)

ACTIVITY_LABELS = {
    ActivityProgress.Completed: "Completed",
    ActivityProgress.Submitted: "Submitted",
    ActivityProgress.InProgress: "In progress",
    ActivityProgress.Started: "Started",
    ActivityProgress.Initialized: "Not started",
}
GRADING_LABELS = {
    GradingProgress.FullyGraded: "Fully graded",
    GradingProgress.Pending: "Pending",
    GradingProgress.PendingManual: "Pending manual grading",
    GradingProgress.Failed: "Grading failed",
    GradingProgress.NotReady: "Not ready",
}

# Names listed before "and N more" in titles and questions.
NAMES_SHOWN = 3
_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest


def number_text(locale: QLocale, value: float) -> str:
    """A number as the user's locale writes it, every digit kept, without digit grouping (which
    would read back as a decimal sign elsewhere)."""
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    # Adding 0.0 turns -0.0 into 0.0, which would otherwise show as "-0".
    return plain.toString(value + 0.0, "f", _SHORTEST)


def display_number(locale: QLocale, value: float) -> str:
    """A score for reading (review, conflicts, history): at most four decimals."""
    return number_text(locale, round(value, 4))


def read_locale_number(text: str, locale: QLocale) -> float:
    """The number typed in `text`, or ValueError with a plain reason.

    Grade-safety rule 15 first (dot decimals, a decimal comma where it cannot be anything else,
    never a guess about digit grouping); then the locale's own notation, digit grouping refused,
    for digits and signs of other scripts. A negative number is returned for `Score` to refuse.
    """
    stripped = text.strip()
    if not stripped:
        raise ValueError("Enter a number.")
    try:
        return read_number(stripped, decimal_comma_locale=locale.decimalPoint() == ",")
    except ValueError as error:
        strict = QLocale(locale)
        strict.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
        value, ok = strict.toDouble(stripped)
        if ok and math.isfinite(value):
            return value
        reason = str(error)
        raise ValueError(reason[:1].upper() + reason[1:].rstrip(".") + ".") from error


def learner_name(learner: StudentGrade) -> str:
    return learner.name or learner.user_id


def describe_learners(learners: Sequence[StudentGrade]) -> str:
    """ "Ann Bell", or "Ann Bell, Bo Diaz, Cy Lane and 2 more"."""
    names = [learner_name(learner) for learner in learners]
    if len(names) <= NAMES_SHOWN:
        return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
    return ", ".join(names[:NAMES_SHOWN]) + f" and {len(names) - NAMES_SHOWN} more"


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    # Bold rather than a hard-coded red: it stays readable in light and dark themes.
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _common_score(learners: Sequence[StudentGrade], line_item: LineItem) -> float | None:
    """The score every learner has now (on the line item's scale), or None when they differ."""
    scores = [learner.score(line_item) for learner in learners]
    first = scores[0]
    if first is None or not all(same_fraction(score, first) for score in scores):
        return None
    return first


def _common_comment(learners: Sequence[StudentGrade]) -> str | None:
    """The comment every learner has now, as a person reads it; None when they differ."""
    texts = [visible_text(learner.comment or "") for learner in learners]
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
        self._line_item = line_item
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._edits: list[GradeEdit] = []
        self._warnings: list[str] = []
        several = len(self._learners) > 1
        self.setWindowTitle(
            f"Grade {len(self._learners)} learners" if several else "Grade one learner"
        )
        self.setMinimumWidth(480)

        heading = QLabel(
            f"<b>{html.escape(describe_learners(self._learners))}</b><br>"
            f"{html.escape(line_item.label)}"
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setAccessibleName("Learners and grade column")

        example = number_text(self._locale, 8.5)
        self.score_edit = QLineEdit()
        self.score_edit.setAccessibleName("Score")
        self.score_edit.setPlaceholderText(f"e.g. {example}")
        common = _common_score(self._learners, line_item)
        if common is not None:
            self.score_edit.setText(number_text(self._locale, common))
        elif several:
            self.score_edit.setPlaceholderText(f"one score for all of them, e.g. {example}")
        self.maximum_edit = QLineEdit(number_text(self._locale, line_item.scoreMaximum))
        self.maximum_edit.setAccessibleName("Maximum score")
        self.maximum_edit.setToolTip("The score is out of this maximum (the column's by default)")
        self.maximum_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 10))
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_edit, 1)
        out_of = QLabel("out &of")
        out_of.setBuddy(self.maximum_edit)
        score_row.addWidget(out_of)
        score_row.addWidget(self.maximum_edit)
        self.score_problem = _problem_label()
        self.score_problem.setAccessibleName("Score problem")
        self.maximum_problem = _problem_label()
        self.maximum_problem.setAccessibleName("Maximum problem")

        self.activity_combo = QComboBox()
        self.activity_combo.setAccessibleName("Activity progress")
        for activity, label in ACTIVITY_LABELS.items():
            self.activity_combo.addItem(label, activity)
        self.grading_combo = QComboBox()
        self.grading_combo.setAccessibleName("Grading progress")
        self.grading_combo.setToolTip("Anything but “Fully graded” hides the score in most LMSes")
        for grading, label in GRADING_LABELS.items():
            self.grading_combo.addItem(label, grading)

        self.keep_comments_box = QCheckBox("&Keep each learner's own comment")
        self.keep_comments_box.setAccessibleName("Keep each learner's own comment")
        self.keep_comments_box.setVisible(several)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName("Comment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText("No comment")
        self.comment_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        shared_comment = _common_comment(self._learners)
        self.comment_edit.setPlainText(shared_comment or "")
        if several:
            self.keep_comments_box.setChecked(True)
            self.comment_edit.setEnabled(False)
            if shared_comment is None:
                self.comment_edit.setPlaceholderText("The learners have different comments")
        self.general_problem = _problem_label()

        form = QFormLayout()
        score_label = QLabel("&Score:")
        score_label.setBuddy(self.score_edit)
        form.addRow(score_label, score_row)
        form.addRow("", self.score_problem)
        form.addRow("", self.maximum_problem)
        form.addRow("&Activity:", self.activity_combo)
        form.addRow("&Grading:", self.grading_combo)
        comment_label = QLabel("&Comment:")
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
        self.warning_label.setAccessibleName("Warnings")
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_row.addWidget(self.warning_label, 1)
        self.warning_box = QWidget()
        self.warning_box.setLayout(warning_row)
        warning_row.setContentsMargins(0, 0, 0, 0)

        note = QLabel(
            "Saved on this computer; nothing is sent to the LMS until you submit and confirm."
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # the palette's dimmed text: a hint, not a message

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(f"Save {len(self._learners)} grades" if several else "Save grade")
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

    def _comment_for(self, learner: StudentGrade) -> str | None:
        """The edit's comment: None keeps the learner's own, "" removes it."""
        if self.keeps_comments:
            return None
        text = self.comment_edit.toPlainText().strip()
        return None if same_comment(text, learner.comment) else text

    # -- validation ------------------------------------------------------------------------

    @Slot()
    def _validate(self) -> None:
        problems: dict[str, str] = {}
        score = self._read(self.score_edit, "scoreGiven", problems)
        maximum = self._read(self.maximum_edit, "scoreMaximum", problems)
        if "scoreGiven" in problems and not self.score_edit.text().strip():
            problems["scoreGiven"] = "Enter a score. To remove a grade, use “Clear grade…” instead."
        activity = ActivityProgress(self.activity_combo.currentData())
        grading = GradingProgress(self.grading_combo.currentData())
        edits = []
        for learner in self._learners:
            comment = self._comment_for(learner)
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
        self._show_problem(self.score_problem, problems.pop("scoreGiven", None))
        self._show_problem(self.maximum_problem, problems.pop("scoreMaximum", None))
        self._show_problem(self.general_problem, next(iter(problems.values()), None))
        self._warnings = self._find_warnings(score, maximum, grading)
        bullets = len(self._warnings) > 1
        self.warning_label.setText(
            "\n".join(("• " if bullets else "") + warning for warning in self._warnings)
        )
        self.warning_box.setVisible(bool(self._warnings))
        self.ok_button.setEnabled(bool(self._edits))

    def _read(self, edit: QLineEdit, field: str, problems: dict[str, str]) -> float | None:
        try:
            return read_locale_number(edit.text(), self._locale)
        except ValueError as error:
            problems[field] = str(error)
            return None

    def _find_warnings(
        self, score: float | None, maximum: float | None, grading: GradingProgress
    ) -> list[str]:
        warnings = []
        if score is not None and maximum is not None and maximum > 0 and score > maximum:
            warnings.append(
                f"{display_number(self._locale, score)} is above the maximum "
                f"{display_number(self._locale, maximum)}: extra credit. Most LMSes keep it; "
                "some (D2L) lower it to the maximum, which the app reports after sending."
            )
        if grading is not GradingProgress.FullyGraded:
            warnings.append(
                f"With grading progress “{GRADING_LABELS[grading]}”, most LMSes (Canvas, Moodle) "
                "clear the grade instead of showing this score. Choose “Fully graded” to give "
                "the grade."
            )
        removed = [
            learner
            for learner in self._learners
            if self._comment_for(learner) == "" and visible_text(learner.comment or "")
        ]
        if len(self._learners) == 1 and removed:
            warnings.append("The current comment will be removed.")
        elif removed:
            warnings.append(
                f"The comments of {len(removed)} learners will be removed: "
                f"{describe_learners(removed)}."
            )
        return warnings

    @staticmethod
    def _show_problem(label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))

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
    if len(learners) == 1:
        question = f"Clear the grade of {learner_name(learners[0])}?"
    else:
        question = f"Clear the grades of {len(learners)} learners ({describe_learners(learners)})?"
    explanation = (
        "When you submit, the app sends a score without a value: Canvas and Moodle then show "
        "no grade. Comments are kept. The change is checked against the LMS after sending and "
        "recorded in the history. Until you submit you can undo it."
    )
    if not graded:
        explanation = "The LMS shows no grade for them now. " + explanation
    return question, explanation


def confirm_clear(parent: QWidget | None, learners: Sequence[StudentGrade]) -> bool:
    """Ask before clearing grades, saying what it does; "Keep" is the default answer."""
    question, explanation = clear_question(learners)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Clear grade",
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(explanation)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        "Clear grade" if len(learners) == 1 else f"Clear {len(learners)} grades"
    )
    box.button(QMessageBox.StandardButton.No).setText("Keep")
    return box.exec() == QMessageBox.StandardButton.Yes
