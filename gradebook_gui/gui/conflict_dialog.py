"""Grades that changed in the LMS after they were edited: keep mine, or take theirs.

Such a grade is never sent until the user decides, seeing all three values (what the edit was
made on, what the LMS shows now, and the edit). `ConflictDialog.ask` returns the decisions; the
submitting service's `apply_resolutions` records them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, counted, translate
from gradebook_gui.gui.locale_numbers import display_number
from gradebook_gui.gui.plain_text import plain_tooltip
from gradebook_gui.models import LineItem, visible_text
from gradebook_gui.services.submitting import Resolution
from gradebook_gui.store import OutboxEntry

# Comments longer than this are cut in a cell; the tooltip holds the whole text.
COMMENT_CHARS_SHOWN = 30
# The width of the email or user ID column, in characters.
WHO_CHARS_SHOWN = 28

# The English texts; shown through translate("conflict_dialog", text).
_CHOICES = (
    (QT_TRANSLATE_NOOP("conflict_dialog", "Decide later"), None),
    (QT_TRANSLATE_NOOP("conflict_dialog", "Keep mine"), Resolution.KEEP_MINE),
    (QT_TRANSLATE_NOOP("conflict_dialog", "Take theirs"), Resolution.TAKE_THEIRS),
)


class ConflictDialog(QDialog):
    """One row per conflict with the three values and a choice; "all mine" and "all theirs"."""

    def __init__(
        self,
        conflicts: Sequence[OutboxEntry],
        names: Mapping[str, str],
        line_item: LineItem,
        current: Mapping[str, ServerGrade],
        locale: QLocale | None = None,
        parent: QWidget | None = None,
        emails: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._conflicts = list(conflicts)
        self._line_item = line_item
        self._locale = QLocale(locale) if locale is not None else QLocale()
        count = len(self._conflicts)
        self.setWindowTitle(translate("ConflictDialog", "Grades changed in the LMS"))
        self.setMinimumSize(820, 360)

        explanation = QLabel(
            counted(
                translate(
                    "ConflictDialog",
                    "This grade in “{label}” changed in the LMS after you edited it, so it was "
                    "not sent. Keep yours (it is sent and replaces the LMS's grade) or take "
                    "theirs (your edit is dropped). “Decide later” leaves it waiting.",
                ),
                translate(
                    "ConflictDialog",
                    "These {count} grades in “{label}” changed in the LMS after you edited them, "
                    "so they were not sent. For each, keep yours (it is sent and replaces the "
                    "LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it "
                    "waiting.",
                    None,
                    count,
                ),
                count,
                self._locale,
                label=line_item.label,
            )
        )
        explanation.setWordWrap(True)

        maximum = display_number(self._locale, line_item.scoreMaximum)
        # Two learners may share a name: the email (or user ID) beside it tells them apart.
        self.table = QTableWidget(count, 6)
        self.table.setAccessibleName(translate("ConflictDialog", "Conflicting grades"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ConflictDialog", "Learner"),
                translate("ConflictDialog", "Email or user ID"),
                translate("ConflictDialog", "When you edited"),
                translate("ConflictDialog", "In the LMS now"),
                translate("ConflictDialog", "Yours (out of {maximum})").format(maximum=maximum),
                translate("ConflictDialog", "Decision"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("ConflictDialog", "Conflict columns"))
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A long user ID (a UUID) is cut in the middle; its tooltip holds all of it.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, self.fontMetrics().horizontalAdvance("x" * WHO_CHARS_SHOWN))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.setStretchLastSection(True)
        self.choice_combos: list[QComboBox] = []
        for row, entry in enumerate(self._conflicts):
            name = names.get(entry.user_id) or entry.user_id
            name_cell = QTableWidgetItem(name)
            name_cell.setToolTip(
                plain_tooltip(
                    translate("ConflictDialog", "LMS user ID: {id}").format(id=entry.user_id)
                )
            )
            self.table.setItem(row, 0, name_cell)
            who = (emails or {}).get(entry.user_id) or entry.user_id
            who_cell = QTableWidgetItem(who)
            who_cell.setToolTip(plain_tooltip(who))
            self.table.setItem(row, 1, who_cell)
            now = current.get(entry.user_id, ServerGrade())
            values = (
                self._grade_cell(entry.base),
                self._grade_cell(now),
                self._edit_cell(entry.edit),
            )
            for column, (text, tooltip) in enumerate(values, start=2):
                cell = QTableWidgetItem(text)
                cell.setToolTip(plain_tooltip(tooltip))
                self.table.setItem(row, column, cell)
            combo = QComboBox()
            combo.setAccessibleName(
                translate("ConflictDialog", "Decision for {name} ({who})").format(
                    name=name, who=who
                )
            )
            for label, resolution in _CHOICES:
                combo.addItem(translate("conflict_dialog", label), resolution)
            self.table.setCellWidget(row, 5, combo)
            self.choice_combos.append(combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(translate("ConflictDialog", "&Apply"))
        self.all_mine_button = QPushButton(translate("ConflictDialog", "Keep all &mine"))
        self.all_mine_button.setAccessibleName(translate("ConflictDialog", "Keep all mine"))
        self.all_theirs_button = QPushButton(translate("ConflictDialog", "Take all &theirs"))
        self.all_theirs_button.setAccessibleName(translate("ConflictDialog", "Take all theirs"))
        self.buttons.addButton(self.all_mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.all_theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.all_mine_button.clicked.connect(self.keep_all_mine)
        self.all_theirs_button.clicked.connect(self.take_all_theirs)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Tab goes through the buttons in the order the style shows them (Cancel is last on
        some platforms, first on others), not in the order they were made."""
        super().showEvent(event)
        shown = sorted(
            (button for button in self.buttons.buttons() if button.isVisible()),
            key=lambda button: button.x(),
            reverse=self.isRightToLeft(),
        )
        for before, after in pairwise(shown):
            QWidget.setTabOrder(before, after)

    def _grade_cell(self, grade: ServerGrade) -> tuple[str, str]:
        score = grade.on_scale(self._line_item.scoreMaximum)
        return self._cell(
            translate("ConflictDialog", "no grade")
            if score is None
            else display_number(self._locale, score),
            grade.comment,
        )

    def _edit_cell(self, edit: GradeEdit) -> tuple[str, str]:
        """The instructor's edit: the LMS's comment is never shown as theirs."""
        if edit.clears_grade or edit.score is None:
            text = translate("ConflictDialog", "no grade")
        else:
            text = display_number(
                self._locale, edit.score / edit.maximum * self._line_item.scoreMaximum
            )
        if edit.comment is None:
            return (
                translate("ConflictDialog", "{score}, comment left as it was").format(score=text),
                translate("ConflictDialog", "Your edit left the comment as it was"),
            )
        return self._cell(text, edit.comment)

    @staticmethod
    def _cell(score_text: str, comment: str | None) -> tuple[str, str]:
        """ "8.5, “Good work”" and a tooltip with the whole comment."""
        shown = visible_text(comment or "")
        if not shown:
            return (
                translate("ConflictDialog", "{score}, no comment").format(score=score_text),
                translate("ConflictDialog", "No comment"),
            )
        single = " ".join(shown.split())
        if len(single) > COMMENT_CHARS_SHOWN:
            single = single[: COMMENT_CHARS_SHOWN - 1].rstrip() + "…"
        return (
            translate("ConflictDialog", "{score}, “{comment}”").format(
                score=score_text, comment=single
            ),
            translate("ConflictDialog", "Comment: {comment}").format(comment=shown),
        )

    # -- choices ---------------------------------------------------------------------------------

    def _choose_all(self, resolution: Resolution) -> None:
        for combo in self.choice_combos:
            combo.setCurrentIndex(combo.findData(resolution))

    @Slot()
    def keep_all_mine(self) -> None:
        self._choose_all(Resolution.KEEP_MINE)

    @Slot()
    def take_all_theirs(self) -> None:
        self._choose_all(Resolution.TAKE_THEIRS)

    def resolutions(self) -> dict[int, Resolution]:
        """The decided rows by outbox entry id; rows left to "Decide later" are not included."""
        chosen = {}
        for entry, combo in zip(self._conflicts, self.choice_combos, strict=True):
            resolution = combo.currentData()
            if resolution is not None:
                chosen[entry.id] = Resolution(resolution)
        return chosen

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        conflicts: Sequence[OutboxEntry],
        names: Mapping[str, str],
        line_item: LineItem,
        current: Mapping[str, ServerGrade],
        locale: QLocale | None = None,
        emails: Mapping[str, str] | None = None,
    ) -> dict[int, Resolution] | None:
        """The decisions by outbox entry id, or None when cancelled.

        `current` is what the LMS holds now (`fetch_current_grades`, read in a worker just
        before), `names` the learners' display names and `emails` their emails by user id
        (a learner without one is told apart by the user ID).
        """
        dialog = cls(conflicts, names, line_item, current, locale, parent, emails)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.resolutions()
