"""The Learner view: one learner of the Course view, every line item with their score and comment.

A form rather than a row: per line item the score (typed as in a Course view cell, read by the
same score reader and refused the same way), its maximum, where the edit is (unsent, conflict…)
and the comment. Previous and Next (Alt+Left / Alt+Right, Page Up / Page Down) follow the Course
view's current sort and filter. Edits are requested exactly as the Course view's cells request
them (`edits_requested`, one per field): the Course controller saves them as drafts, with undo.
Every field is named for a screen reader after its line item and the learner.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.course_edits import EditsByLineItem, grade_as_shown, score_edit
from gradebook_gui.gui.course_learners import CourseLearner
from gradebook_gui.gui.course_marks import MARK_BACKGROUNDS, CellMark, cell_mark
from gradebook_gui.gui.course_model import CourseModel
from gradebook_gui.gui.edit_requests import CommentWithoutScore, comment_edit
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, reason_text, translate
from gradebook_gui.gui.locale_numbers import read_score, table_text
from gradebook_gui.gui.workspace import read_only_notice
from gradebook_gui.models import LineItem
from gradebook_gui.numbers import check_kept_precision

COMMENT_LINES = 2
SCORE_WIDTH_CHARS = 10
# The one word of the State column for each mark (its tooltip says more).
_STATE_NAMES = {
    CellMark.SAVING: QT_TRANSLATE_NOOP("LearnerView", "saving"),
    CellMark.UNSENT: QT_TRANSLATE_NOOP("LearnerView", "unsent"),
    CellMark.SENDING: QT_TRANSLATE_NOOP("LearnerView", "sending"),
    CellMark.VERIFIED: QT_TRANSLATE_NOOP("LearnerView", "verified"),
    CellMark.CONFLICT: QT_TRANSLATE_NOOP("LearnerView", "conflict"),
    CellMark.FAILED: QT_TRANSLATE_NOOP("LearnerView", "failed"),
}
# A comment bank shortcut typed for a learner in a line item, filled in (see `comment_expander`).
LineItemCommentExpander = Callable[[str, StudentGrade, LineItem], str]


def _cell_problem(learner: CourseLearner, item: LineItem, problem: str) -> str:
    """Why a field of the form was refused, naming the learner and the line item."""
    return translate("LearnerView", "{name}, {item}: {problem}.").format(
        name=learner.name, item=item.label, problem=problem
    )


class CommentEdit(QPlainTextEdit):
    """A comment: Tab moves on, Ctrl+Enter or leaving the field saves it."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing() * COMMENT_LINES
        self.setFixedHeight(lines + 2 * self.frameWidth() + 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


@dataclass
class _Row:
    """The fields of one line item."""

    item: LineItem
    title: QLabel
    score: QLineEdit
    maximum: QLabel
    state: QLabel
    comment: CommentEdit
    shown_comment: str = ""


class LearnerView(QDialog):
    """One learner's grades in every line item, editable; Previous / Next learner."""

    edits_requested = Signal(object, str)
    """({line item id: [(edit, base)]}, label), as `CourseModel.edits_requested`."""

    edit_refused = Signal(str)
    """Why an edit was not made, in words for the user."""

    undo_requested = Signal()

    comment_expander: LineItemCommentExpander | None = None
    """Fills in a comment bank shortcut typed in a comment field (";good") for the learner in
    that line item, as the Course view's comment cells do; ValueError says why it cannot."""

    def __init__(self, model: CourseModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LearnerView", "Learner view"))
        self._model = model
        self._locale = model.locale()
        self._user_id: str | None = None
        self._read_only = False
        self._rows: list[_Row] = []

        self.name_label = QLabel()
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName(translate("LearnerView", "Learner"))
        self.details_label = QLabel()
        self.details_label.setAccessibleName(translate("LearnerView", "Learner details"))
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position_label = QLabel()
        self.position_label.setAccessibleName(
            translate("LearnerView", "Position in the course view")
        )
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(translate("LearnerView", "Problem"))
        problem_font = self.problem_label.font()
        problem_font.setBold(True)
        self.problem_label.setFont(problem_font)

        self.previous_button = QPushButton(translate("LearnerView", "◀ &Previous"))
        self.previous_button.setToolTip(
            translate("LearnerView", "The learner above in the Course view (Alt+Left, PgUp)")
        )
        self.previous_button.setAccessibleName(translate("LearnerView", "Previous learner"))
        self.next_button = QPushButton(translate("LearnerView", "&Next ▶"))
        self.next_button.setToolTip(
            translate("LearnerView", "The learner below in the Course view (Alt+Right, PgDown)")
        )
        self.next_button.setAccessibleName(translate("LearnerView", "Next learner"))
        self.undo_button = QPushButton(translate("LearnerView", "&Undo"))
        self.undo_button.setAccessibleName(translate("LearnerView", "Undo"))
        self.undo_button.setEnabled(False)
        self.close_button = QPushButton(translate("LearnerView", "Close"))
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.undo_button.clicked.connect(self._undo)
        self.close_button.clicked.connect(self.close)
        for button in (self.previous_button, self.next_button, self.undo_button):
            button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)

        self.previous_action = QAction(translate("LearnerView", "Previous learner"), self)
        self.previous_action.setShortcuts(
            [QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_PageUp)]
        )
        self.previous_action.triggered.connect(self.show_previous)
        self.next_action = QAction(translate("LearnerView", "Next learner"), self)
        self.next_action.setShortcuts(
            [QKeySequence("Alt+Right"), QKeySequence(Qt.Key.Key_PageDown)]
        )
        self.next_action.triggered.connect(self.show_next)
        for action in (self.previous_action, self.next_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        self.form = QWidget()
        self.grid = QGridLayout(self.form)
        self.grid.setColumnStretch(4, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.form)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        heading = QHBoxLayout()
        heading.addWidget(self.name_label, 1)
        heading.addWidget(self.position_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.details_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 36)

        model.dataChanged.connect(self._on_data_changed)
        model.modelReset.connect(self._on_reset)
        model.layoutChanged.connect(self._on_reset)

    # -- which learner -----------------------------------------------------------------------

    @property
    def user_id(self) -> str | None:
        return self._user_id

    def learner(self) -> CourseLearner | None:
        return self._model.learner_by_id(self._user_id) if self._user_id else None

    def show_learner(self, user_id: str) -> None:
        """Show `user_id`'s grades; what was typed for the learner shown before is saved."""
        if user_id != self._user_id:
            self._commit_all()
            self._user_id = user_id
            self.problem_label.clear()
        if [row.item.id for row in self._rows] != [item.id for item in self._model.line_items()]:
            self._build()
        else:
            self._name_fields()
            self._refresh()

    @Slot()
    def show_previous(self) -> None:
        self._step(-1)

    @Slot()
    def show_next(self) -> None:
        self._step(1)

    def _step(self, delta: int) -> None:
        row = self._view_row()
        if row is None:
            return
        target = row + delta
        if 0 <= target < self._model.rowCount():
            self.show_learner(self._model.learner_at(target).user_id)
            focused = self.focusWidget()
            if isinstance(focused, QLineEdit):
                focused.selectAll()

    def _view_row(self) -> int | None:
        return self._model.view_row_of(self._user_id) if self._user_id else None

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._refresh()

    @Slot(object, object)
    def show_undo_state(self, undo: object, redo: object) -> None:
        self.undo_button.setEnabled(undo is not None and not self._read_only)
        self.undo_button.setToolTip(
            translate("LearnerView", "Undo “{operation}”").format(operation=undo)
            if undo
            else translate("LearnerView", "Nothing to undo")
        )

    @Slot()
    def _undo(self) -> None:
        self.undo_requested.emit()

    # -- the form ----------------------------------------------------------------------------

    def _build(self) -> None:
        """One row of fields per line item, named after it and the learner."""
        focused = self._focused_field()
        self._rows = []
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        headings = (
            translate("LearnerView", "Line item"),
            translate("LearnerView", "Score"),
            translate("LearnerView", "Out of"),
            translate("LearnerView", "State"),
            translate("LearnerView", "Comment"),
        )
        for column, text in enumerate(headings):
            header = QLabel(f"<b>{html.escape(text)}</b>")
            self.grid.addWidget(header, 0, column)
        previous: QWidget | None = None
        for position, item in enumerate(self._model.line_items(), start=1):
            title = QLabel(item.label)
            title.setToolTip(item.label)
            score = QLineEdit()
            score.setAlignment(Qt.AlignmentFlag.AlignRight)
            score.setMaximumWidth(self.fontMetrics().averageCharWidth() * SCORE_WIDTH_CHARS * 2)
            title.setBuddy(score)
            maximum = QLabel(table_text(self._locale, item.scoreMaximum))
            maximum.setAccessibleName(
                translate("LearnerView", "{item} maximum").format(item=item.label)
            )
            state = QLabel()
            comment = CommentEdit()
            row = _Row(item, title, score, maximum, state, comment)
            score.editingFinished.connect(lambda row=row: self._commit_score(row))
            comment.committed.connect(lambda row=row: self._commit_comment(row))
            # Every field of a line item starts on the comment's first line: one row to read.
            for column, widget in enumerate((title, score, maximum, state, comment)):
                self.grid.addWidget(widget, position, column, Qt.AlignmentFlag.AlignTop)
            if previous is not None:
                self.setTabOrder(previous, score)
            self.setTabOrder(score, comment)
            previous = comment
            self._rows.append(row)
        # Tab follows the screen: down the fields, then the buttons below them.
        if previous is not None:
            self.setTabOrder(previous, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.grid.setRowStretch(len(self._rows) + 1, 1)
        self._name_fields()
        self._refresh()
        self._focus_field(focused)

    def _name_fields(self) -> None:
        """Each field's name for a screen reader: its line item and the learner."""
        learner = self.learner()
        name = learner.name if learner is not None else translate("LearnerView", "no learner")
        for row in self._rows:
            label = row.item.label
            row.score.setAccessibleName(
                translate("LearnerView", "{item} score for {name}").format(item=label, name=name)
            )
            row.state.setAccessibleName(
                translate("LearnerView", "{item} state for {name}").format(item=label, name=name)
            )
            row.comment.setAccessibleName(
                translate("LearnerView", "{item} comment for {name}").format(item=label, name=name)
            )

    def _refresh(self, only: set[str] | None = None) -> None:
        """Show what the model holds; a field being typed into keeps what was typed."""
        model = self._model
        learner = self.learner()
        if learner is None:
            self.name_label.setText(translate("LearnerView", "No learner"))
            self.details_label.clear()
            self.position_label.clear()
            for row in self._rows:
                row.score.setEnabled(False)
                row.comment.setEnabled(False)
            self._update_steps()
            return
        self.name_label.setText(learner.name)
        self.setWindowTitle(
            translate("LearnerView", "Learner view: {name}").format(name=learner.name)
        )
        details = [
            translate("LearnerView", "LMS user ID: {user_id}").format(user_id=learner.user_id)
        ]
        if learner.email:
            details.append(learner.email)
        if learner.member is None:
            details.append(
                translate(
                    "LearnerView", "not on the course roster: their grades cannot be changed here"
                )
            )
        self.details_label.setText(" · ".join(details))
        for row in self._rows:
            item = row.item
            if only is not None and item.id not in only:
                continue
            editable = self._refusal(item, learner) is None
            row.score.setReadOnly(not editable)
            row.comment.setReadOnly(not editable)
            overlay = model.overlay(item.id, learner.user_id)
            mark = cell_mark(overlay)
            if mark is None:
                row.state.setText("")
                row.state.setStyleSheet("")
                row.state.setToolTip("")
                row.state.setAccessibleDescription(
                    translate("LearnerView", "the LMS's grade, not changed here")
                )
            else:
                if overlay is not None and overlay.reason:
                    words = translate("LearnerView", "{mark} ({reason})").format(
                        mark=mark.words, reason=overlay.shown_reason()
                    )
                else:
                    words = mark.words
                row.state.setText(
                    translate("LearnerView", "{glyph} {state}").format(
                        glyph=mark.glyph, state=translate("LearnerView", _STATE_NAMES[mark])
                    )
                )
                row.state.setStyleSheet(f"background: {MARK_BACKGROUNDS[mark].name()}")
                row.state.setToolTip(words)
                row.state.setAccessibleDescription(words)
            if not model.is_loaded(item.id):
                if not row.score.hasFocus():
                    row.score.setText("")
                    row.score.setPlaceholderText(translate("LearnerView", "loading…"))
                continue
            row.score.setPlaceholderText(translate("LearnerView", "no grade"))
            if not row.score.hasFocus() or not row.score.isModified():
                row.score.setText(self._score_text(item, learner.user_id))
                row.score.setModified(False)
            row.shown_comment = self._comment_text(item, learner.user_id)
            if not row.comment.hasFocus() or not row.comment.document().isModified():
                row.comment.setPlainText(row.shown_comment)
                row.comment.document().setModified(False)
        self._update_steps()

    def _update_steps(self) -> None:
        row = self._view_row()
        count = self._model.rowCount()
        self.previous_button.setEnabled(row is not None and row > 0)
        self.next_button.setEnabled(row is not None and row < count - 1)
        self.previous_action.setEnabled(self.previous_button.isEnabled())
        self.next_action.setEnabled(self.next_button.isEnabled())
        if row is None:
            self.position_label.setText(
                translate("LearnerView", "not shown in the Course view (filtered out)")
            )
        else:
            self.position_label.setText(
                translate("LearnerView", "{position} of {count}").format(
                    position=self._locale.toString(row + 1), count=self._locale.toString(count)
                )
            )

    def _score_text(self, item: LineItem, user_id: str) -> str:
        score = self._model.shown_score(item, user_id)
        return "" if score is None else table_text(self._locale, score)

    def _comment_text(self, item: LineItem, user_id: str) -> str:
        overlay = self._model.overlay(item.id, user_id)
        if overlay is not None and overlay.edit is not None and overlay.edit.comment is not None:
            return overlay.edit.comment
        result = self._model.result(item.id, user_id)
        return result.comment_text if result is not None else ""

    def _focused_field(self) -> tuple[int, bool] | None:
        """(line item position, whether the comment) of the field with the focus."""
        for position, row in enumerate(self._rows):
            if row.score.hasFocus():
                return position, False
            if row.comment.hasFocus():
                return position, True
        return None

    def _focus_field(self, field: tuple[int, bool] | None) -> None:
        if field is None or field[0] >= len(self._rows):
            return
        row = self._rows[field[0]]
        widget: QWidget = row.comment if field[1] else row.score
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    @Slot(QModelIndex, QModelIndex)
    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        ids = {
            item.id
            for column in range(top_left.column(), bottom_right.column() + 1)
            if (item := self._model.line_item_at(column)) is not None
        }
        if ids:
            self._refresh(ids)

    @Slot()
    def _on_reset(self) -> None:
        shown = [row.item.id for row in self._rows]
        if shown != [item.id for item in self._model.line_items()]:
            self._build()
        else:
            self._refresh()

    # -- editing -----------------------------------------------------------------------------

    def _commit_all(self) -> None:
        for row in self._rows:
            if row.score.isModified():
                self._commit_score(row)
            if row.comment.document().isModified():
                self._commit_comment(row)

    def _refusal(self, item: LineItem, learner: CourseLearner) -> str | None:
        if self._read_only:
            return read_only_notice()
        return self._model.refusal(item, learner)

    def _refuse(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setAccessibleDescription(text)
        self.edit_refused.emit(text)

    def _commit_score(self, row: _Row) -> bool:
        """The typed score becomes a draft; a refused one stays in the field with the reason."""
        learner = self.learner()
        if learner is None or not row.score.isModified():
            return True
        item = row.item
        text = row.score.text().strip()
        shown = self._score_text(item, learner.user_id)
        if not text or text == shown:
            # A blank field leaves the grade alone, as a blank cell does; Clear is its own action.
            row.score.setText(shown)
            row.score.setModified(False)
            return True
        problem = self._refusal(item, learner)
        if problem is not None:
            self._refuse(_cell_problem(learner, item, problem))
            return False
        maximum = table_text(self._locale, item.scoreMaximum)
        try:
            value = read_score(
                text,
                self._locale,
                fraction_advice=translate(
                    "LearnerView", "type the points out of {maximum}, shown beside the score"
                ).format(maximum=maximum),
            )
            check_kept_precision(value, item.scoreMaximum)
        except ValueError as error:
            self._refuse(_cell_problem(learner, item, reason_text(error)))
            row.score.selectAll()
            return False
        row.score.setModified(False)
        self.problem_label.clear()
        current = self._model.shown_score(item, learner.user_id)
        if current is not None and math.isclose(current, value, abs_tol=1e-12):
            return True
        self._request(
            item,
            score_edit(self._model, item, learner, value),
            translate("LearnerView", "Edit {item} of {name}").format(
                item=item.label, name=learner.name
            ),
        )
        return True

    def _commit_comment(self, row: _Row) -> bool:
        learner = self.learner()
        document = row.comment.document()
        if learner is None or not document.isModified():
            return True
        item = row.item
        text = row.comment.toPlainText().strip()
        document.setModified(False)
        if text == row.shown_comment:
            return True
        problem = self._refusal(item, learner)
        if problem is not None:
            self._refuse(_cell_problem(learner, item, problem))
            row.comment.setPlainText(row.shown_comment)
            return False
        expander = self.comment_expander
        try:
            edit = comment_edit(
                grade_as_shown(self._model, item.id, learner.user_id),
                text,
                row.shown_comment,
                None if expander is None else lambda typed, grade: expander(typed, grade, item),
            )
        except CommentWithoutScore:
            self._refuse(
                translate(
                    "LearnerView",
                    "{name} has no score in {item}: give a score first, then the comment.",
                ).format(name=learner.name, item=item.label)
            )
            row.comment.setPlainText(row.shown_comment)
            return False
        except ValueError as error:
            self._refuse(_cell_problem(learner, item, reason_text(error)))
            row.comment.setPlainText(row.shown_comment)
            return False
        if edit is None:
            row.comment.setPlainText(row.shown_comment)
            return True
        self.problem_label.clear()
        self._request(
            item,
            (edit, self._model.base_of(item.id, learner.user_id)),
            translate("LearnerView", "Edit comment of {name} in {item}").format(
                name=learner.name, item=item.label
            ),
        )
        return True

    def _request(self, item: LineItem, change: tuple[GradeEdit, ServerGrade], label: str) -> None:
        edits: EditsByLineItem = {item.id: [change]}
        self.edits_requested.emit(edits, label)

    # -- closing -----------------------------------------------------------------------------

    def done(self, code: int) -> None:
        # Closing saves what was typed, as leaving the field would.
        self._commit_all()
        super().done(code)
