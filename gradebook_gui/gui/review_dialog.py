"""The review before sending: every change, its warnings, and the platform's comment rule.

Nothing is sent before the user confirms here (issue 4: "Submit" opens a review). Each row
compares what the LMS showed at the last download with what will be asked for; a grade that
changed in the LMS since it was edited is flagged, and the engine holds it back as a conflict.
One review covers any number of line items, in one section each. Learners who are not active
students are listed apart and left out unless the user includes them: LMSes refuse their grades.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.edits import GradeEdit, ServerGrade, same_comment
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.locale_numbers import display_number
from gradebook_gui.gui.moments import moment_text
from gradebook_gui.gui.plain_text import plain_label, plain_tooltip
from gradebook_gui.gui.score_dialog import learner_name
from gradebook_gui.models import LineItem, PlatformFamily, visible_text
from gradebook_gui.store import Draft

PLATFORM_NAMES = {
    PlatformFamily.canvas: "Canvas",
    PlatformFamily.moodle: "Moodle",
    PlatformFamily.blackboard: "Blackboard",
    PlatformFamily.d2l: "D2L Brightspace",
    PlatformFamily.sakai: "Sakai",
}

# Comments longer than this are cut in a cell; the tooltip holds the whole text.
COMMENT_CHARS_SHOWN = 40
# The width of the email or user ID column, in characters.
WHO_CHARS_SHOWN = 28
# The rows measured to fit the columns to their texts (as QHeaderView's default precision).
WIDTH_SAMPLE_ROWS = 1000


class ReviewWarning(StrEnum):
    """What deserves a second look before sending."""

    EXTRA_CREDIT = "extra credit"
    CLEARS_GRADE = "clears the grade"
    COMMENT_REMOVED = "removes the comment"
    CONFLICT = "changed in the LMS"
    ALREADY_SHOWN = "already in the LMS"


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One learner's change: their row as last downloaded, and their saved draft.

    `line_item` is the change's line item when the review covers several (None: the review's
    own); `not_active` says why the learner is not an active student (None: they are one);
    `offline_copy_from` is when the row shown was downloaded, when the LMS could not be reached
    at the last load and the copy kept on this computer is shown (None: the LMS answered)."""

    grade: StudentGrade
    draft: Draft
    line_item: LineItem | None = None
    not_active: str | None = None
    offline_copy_from: datetime | None = None

    @property
    def user_id(self) -> str:
        return self.grade.user_id

    @property
    def name(self) -> str:
        return learner_name(self.grade)

    @property
    def edit(self) -> GradeEdit:
        return self.draft.edit

    @property
    def current(self) -> ServerGrade:
        """What the LMS showed at the last download."""
        return ServerGrade.from_result(self.grade.result)

    @property
    def conflict_known(self) -> bool:
        """The last download differs from what the edit was made on: the LMS changed meanwhile."""
        return not self.current.same_as(self.draft.base)

    @property
    def wanted_comment(self) -> str | None:
        return self.edit.wanted_comment(self.current)

    def warnings(self) -> list[ReviewWarning]:
        edit = self.edit
        found = []
        if self.conflict_known:
            found.append(ReviewWarning.CONFLICT)
        if edit.is_shown_by(self.current):
            found.append(ReviewWarning.ALREADY_SHOWN)
        if edit.clears_grade:
            found.append(ReviewWarning.CLEARS_GRADE)
        elif edit.score is not None and edit.score > edit.maximum:
            found.append(ReviewWarning.EXTRA_CREDIT)
        if edit.comment == "" and visible_text(self.current.comment or ""):
            found.append(ReviewWarning.COMMENT_REMOVED)
        return found


def comment_policy(platform: PlatformFamily) -> str:
    """How this LMS treats a comment sent with a score, in one sentence."""
    if platform.appends_comments:
        return translate(
            "review_dialog",
            "Canvas adds every comment it receives as a new submission comment, so a comment is "
            "sent only where you changed it.",
        )
    if platform is PlatformFamily.unknown:
        return translate(
            "review_dialog",
            "The LMS is not identified, so the standard LTI rule applies: a grade sent without a "
            "comment removes the comment, so each grade is sent with the learner's comment (the "
            "current one where you did not change it).",
        )
    return translate(
        "review_dialog",
        "{lms} replaces the comment with every grade it receives, so each grade is sent with "
        "the learner's comment (the current one where you did not change it).",
    ).format(lms=PLATFORM_NAMES[platform])


def _warning_count(warning: ReviewWarning, count: int) -> str:
    """How many changes have this warning, for the counts line: "2 grades to clear"."""
    match warning:
        case ReviewWarning.CONFLICT:
            one = translate("review_dialog", "{count} changed in the LMS since you edited it")
            many = translate(
                "review_dialog", "{count} changed in the LMS since you edited them", None, count
            )
        case ReviewWarning.CLEARS_GRADE:
            one = translate("review_dialog", "{count} grade to clear")
            many = translate("review_dialog", "{count} grades to clear", None, count)
        case ReviewWarning.EXTRA_CREDIT:
            one = translate("review_dialog", "{count} gives extra credit")
            many = translate("review_dialog", "{count} give extra credit", None, count)
        case ReviewWarning.COMMENT_REMOVED:
            one = translate("review_dialog", "{count} comment to remove")
            many = translate("review_dialog", "{count} comments to remove", None, count)
        case ReviewWarning.ALREADY_SHOWN:
            one = translate("review_dialog", "{count} is already in the LMS")
            many = translate("review_dialog", "{count} are already in the LMS", None, count)
    return counted(one, many, count)


def summarize(items: Sequence[ReviewItem]) -> str:
    """The counts line: how many changes, and how many of each warning."""
    counts = Counter(warning for item in items for warning in item.warnings())
    changes = len(items)
    parts = [
        counted(
            translate("review_dialog", "{count} change"),
            translate("review_dialog", "{count} changes", None, changes),
            changes,
        )
    ]
    for warning in (
        ReviewWarning.CONFLICT,
        ReviewWarning.CLEARS_GRADE,
        ReviewWarning.EXTRA_CREDIT,
        ReviewWarning.COMMENT_REMOVED,
        ReviewWarning.ALREADY_SHOWN,
    ):
        if counts[warning]:
            parts.append(_warning_count(warning, counts[warning]))
    return translate("review_dialog", "{counts}.").format(counts=", ".join(parts))


def _grades(count: int) -> str:
    """ "1 grade", "3 grades"."""
    return counted(
        translate("review_dialog", "{count} grade"),
        translate("review_dialog", "{count} grades", None, count),
        count,
    )


class ReviewDialog(QDialog):
    """Lists every change; "Send N grades" is the only way on to sending."""

    def __init__(
        self,
        line_item: LineItem,
        items: Sequence[ReviewItem],
        platform: PlatformFamily = PlatformFamily.unknown,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._line_item = line_item
        self._items = [item for item in items if item.not_active is None]
        self._held = [item for item in items if item.not_active is not None]
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self.setWindowTitle(translate("ReviewDialog", "Review before sending"))
        self.setMinimumSize(760, 420)
        self.resize(980, 480)

        sections: dict[str, list[ReviewItem]] = {}
        line_items: dict[str, LineItem] = {}
        for item in self._items:
            own = self.line_item_of(item)
            line_items.setdefault(own.id, own)
            sections.setdefault(own.id, []).append(item)
        for item in self._held:
            own = self.line_item_of(item)
            line_items.setdefault(own.id, own)
        several = len(line_items) > 1
        maximum = display_number(self._locale, line_item.scoreMaximum)
        count = len(self._items)
        # Plain text: the line item's label comes from the LMS and is shown as it is written.
        if several:
            item_count = len(line_items)
            # The window is named for every grade column it covers, not the first one only.
            self.setWindowTitle(
                translate("ReviewDialog", "Review {changes} in {columns}").format(
                    changes=counted(
                        translate("ReviewDialog", "{count} change"),
                        translate("ReviewDialog", "{count} changes", None, len(items)),
                        len(items),
                        self._locale,
                    ),
                    columns=counted(
                        translate("ReviewDialog", "{count} grade column"),
                        translate("ReviewDialog", "{count} grade columns", None, item_count),
                        item_count,
                        self._locale,
                    ),
                )
            )
            title_text = translate("ReviewDialog", "Send {grades} to {line_items}?").format(
                grades=_grades(count),
                line_items=counted(
                    translate("ReviewDialog", "{count} line item"),
                    translate("ReviewDialog", "{count} line items", None, item_count),
                    item_count,
                ),
            )
        else:
            title_text = translate(
                "ReviewDialog", "Send {grades} to “{label}” (out of {maximum})?"
            ).format(grades=_grades(count), label=line_item.label, maximum=maximum)
        title = plain_label(QLabel(title_text))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        summary = summarize(self._items)
        if self._held:
            held = len(self._held)
            held_text = counted(
                translate(
                    "ReviewDialog",
                    "{count} change is for a learner who is not an active student: not sent "
                    "unless you include it.",
                ),
                translate(
                    "ReviewDialog",
                    "{count} changes are for learners who are not active students: not sent "
                    "unless you include them.",
                    None,
                    held,
                ),
                held,
            )
            summary = translate("ReviewDialog", "{summary} {held}").format(
                summary=summary, held=held_text
            )
        self.summary_label = plain_label(QLabel(summary))
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(translate("ReviewDialog", "Summary"))
        conflicts = sum(item.conflict_known for item in self._items)
        notes = []
        if conflicts:
            notes.append(
                counted(
                    translate(
                        "ReviewDialog",
                        "{count} grade changed in the LMS after you edited it: it is not sent; "
                        "you will choose between yours and the LMS's.",
                    ),
                    translate(
                        "ReviewDialog",
                        "{count} grades changed in the LMS after you edited them: they are not "
                        "sent; you will choose between yours and the LMS's.",
                        None,
                        conflicts,
                    ),
                    conflicts,
                )
            )
        notes.append(comment_policy(platform))
        notes.append(
            translate(
                "ReviewDialog",
                "Nothing has been sent yet. After sending, each grade is read back from the LMS "
                "to check that it arrived.",
            )
        )
        # Offline, the instructor must not expect the grades to reach the LMS for sure: said
        # before the list, so it is read before deciding to send.
        copies = [item.offline_copy_from for item in items if item.offline_copy_from is not None]
        self.offline_label: QLabel | None = None
        if copies:
            self.offline_label = plain_label(
                QLabel(
                    translate(
                        "ReviewDialog",
                        "The LMS could not be reached when the grades were last loaded: the "
                        "grades shown are the copy downloaded {when}. Sending will try to reach "
                        "the LMS now; any grade not sent stays queued on this computer, and "
                        "Grades › Submit sends it later.",
                    ).format(when=moment_text(min(copies), self._locale))
                )
            )
            self.offline_label.setWordWrap(True)
            self.offline_label.setAccessibleName(translate("ReviewDialog", "The LMS is offline"))
            # A screen reader says it as the dialog opens, with its title.
            self.setAccessibleDescription(self.offline_label.text())
        self.notes_label = plain_label(QLabel("\n".join(notes)))
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName(translate("ReviewDialog", "What happens when sending"))

        # Two learners may share a name: the email (or user ID) beside it tells them apart.
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(translate("ReviewDialog", "Changes to send"))
        score_header = (
            translate("ReviewDialog", "Score")
            if several
            else translate("ReviewDialog", "Score (out of {maximum})").format(maximum=maximum)
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("ReviewDialog", "Learner"),
                translate("ReviewDialog", "Email or user ID"),
                score_header,
                translate("ReviewDialog", "Comment"),
                translate("ReviewDialog", "Check"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("ReviewDialog", "Change columns"))
        # Widths follow the dialog's (`_fit_columns`): every column stays in view, the Check
        # column last. A long user ID (a UUID) is cut in the middle; its tooltip holds all of it.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        # Section rows: one per line item when there are several, and the learners held back.
        self.section_rows: dict[int, str] = {}
        self._natural: dict[int, int] | None = None
        for line_item_id, section in sections.items():
            if several:
                own = line_items[line_item_id]
                changes = len(section)
                self._add_section(
                    counted(
                        translate("ReviewDialog", "“{label}” (out of {maximum}): {count} change"),
                        translate(
                            "ReviewDialog",
                            "“{label}” (out of {maximum}): {count} changes",
                            None,
                            changes,
                        ),
                        changes,
                        label=own.label,
                        maximum=display_number(self._locale, own.scoreMaximum),
                    )
                )
            for item in section:
                self._add_row(item)
        self.include_box: QCheckBox | None = None
        if self._held:
            self._add_section(
                counted(
                    translate("ReviewDialog", "Not sent: not an active student ({count})"),
                    translate(
                        "ReviewDialog",
                        "Not sent: not active students ({count})",
                        None,
                        len(self._held),
                    ),
                    len(self._held),
                    self._locale,
                )
            )
            for item in self._held:
                self._add_row(item)
            self.include_box = QCheckBox(
                translate("ReviewDialog", "Include them (the LMS will most likely refuse)")
            )
            self.include_box.setToolTip(
                translate(
                    "ReviewDialog",
                    "LMSes refuse grades for people who are not active students of the course "
                    "(Canvas answers “not a student”). Unchecked, their changes stay unsent.",
                )
            )
            self.include_box.toggled.connect(self._update_send_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setAccessibleName(translate("ReviewDialog", "Send the grades"))
        self._update_send_button()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ReviewDialog", "&Not now")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary_label)
        if self.offline_label is not None:
            offline = QHBoxLayout()
            icon = QLabel()
            size = self.fontMetrics().height() * 2
            icon.setPixmap(self._warning_icon.pixmap(size, size))
            offline.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            offline.addWidget(self.offline_label, 1)
            layout.addLayout(offline)
        layout.addWidget(self.table, 1)
        if self.include_box is not None:
            layout.addWidget(self.include_box)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.buttons)
        self.table.setFocus()
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._natural = None  # measured again in the font and style the dialog shows with
        self._fit_columns()

    def _natural_widths(self) -> dict[int, int]:
        """Per column, the width showing its header and its changes' texts in full (measured
        once, over the first `WIDTH_SAMPLE_ROWS` rows as Qt's own fitting does)."""
        if self._natural is None:
            metrics = self.table.fontMetrics()
            header = self.table.horizontalHeader()
            icon = self.table.iconSize().width() + 4
            widths = {column: header.sectionSizeHint(column) for column in range(5)}
            for row in range(min(self.table.rowCount(), WIDTH_SAMPLE_ROWS)):
                if row in self.section_rows:
                    continue  # a section's title spans every column
                for column in range(5):
                    cell = self.table.item(row, column)
                    if cell is not None:
                        extra = icon if not cell.icon().isNull() else 0
                        text = metrics.horizontalAdvance(cell.text()) + extra + 16
                        widths[column] = max(widths[column], text)
            self._natural = widths
        return self._natural

    def _fit_columns(self) -> None:
        """Share the table's width so that every column shows: the score change in full, the
        Check column at least a third when its warnings need it, the others as much of their
        text as fits (each at least its header), the Check column taking what is left."""
        available = self.table.viewport().width()
        if available <= 0:
            return
        header = self.table.horizontalHeader()
        chars = self.fontMetrics().horizontalAdvance("x")
        natural = dict(self._natural_widths())
        natural[1] = min(natural[1], chars * WHO_CHARS_SHOWN)
        natural[3] = min(natural[3], chars * COMMENT_CHARS_SHOWN)
        check = max(header.sectionSizeHint(4), min(natural[4], available // 3))
        room = available - natural[2] - check
        shared = (0, 1, 3)
        wanted = sum(natural[column] for column in shared)
        for column in shared:
            width = natural[column]
            if wanted > room:
                width = max(header.sectionSizeHint(column), width * room // wanted)
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(2, natural[2])

    def line_item_of(self, item: ReviewItem) -> LineItem:
        return item.line_item or self._line_item

    def sending_count(self) -> int:
        """How many grades "Send" queues, as the dialog stands."""
        included = self.include_box is not None and self.include_box.isChecked()
        return len(self._items) + (len(self._held) if included else 0)

    def _update_send_button(self) -> None:
        count = self.sending_count()
        self.send_button.setText(
            counted(
                translate("ReviewDialog", "&Send {count} grade"),
                translate("ReviewDialog", "&Send {count} grades", None, count),
                count,
            )
        )
        self.send_button.setEnabled(count > 0)

    def _add_section(self, text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cell = QTableWidgetItem(text)
        font = cell.font()
        font.setBold(True)
        cell.setFont(font)
        cell.setToolTip(plain_tooltip(text))
        self.table.setItem(row, 0, cell)
        self.table.setSpan(row, 0, 1, self.table.columnCount())
        self.section_rows[row] = text

    def _add_row(self, item: ReviewItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_cell = QTableWidgetItem(item.name)
        name_cell.setToolTip(
            plain_tooltip(translate("ReviewDialog", "LMS user ID: {id}").format(id=item.user_id))
        )
        self.table.setItem(row, 0, name_cell)
        who_cell = QTableWidgetItem(item.grade.email_or_id)
        who_cell.setToolTip(plain_tooltip(item.grade.email_or_id))
        self.table.setItem(row, 1, who_cell)
        self.table.setItem(row, 2, QTableWidgetItem(self.score_change(item)))
        comment_text, comment_tip = self.comment_change(item)
        comment_cell = QTableWidgetItem(comment_text)
        comment_cell.setToolTip(plain_tooltip(comment_tip))
        self.table.setItem(row, 3, comment_cell)
        check_text = self.check_text(item)
        if item.not_active is not None:
            held = item.not_active[:1].upper() + item.not_active[1:]
            if item.line_item is not None:
                held = translate("ReviewDialog", "{reason} (“{label}”)").format(
                    reason=held, label=item.line_item.label
                )
            check_text = f"{held}; {check_text}" if check_text else held
        check_cell = QTableWidgetItem(check_text or translate("ReviewDialog", "OK"))
        if check_text:
            check_cell.setIcon(self._warning_icon)
            check_cell.setToolTip(plain_tooltip(check_text))
        self.table.setItem(row, 4, check_cell)

    def to_send(self) -> list[ReviewItem]:
        """The changes to queue: active students', and the others' only when included."""
        include = self.include_box is not None and self.include_box.isChecked()
        return self._items + (self._held if include else [])

    # -- cell texts --------------------------------------------------------------------------

    def _grade_text(self, score: float | None, maximum: float, line_item: LineItem) -> str:
        if score is None:
            return translate("ReviewDialog", "no grade")
        text = display_number(self._locale, score)
        if maximum != line_item.scoreMaximum:
            text += f"/{display_number(self._locale, maximum)}"
        return text

    def score_change(self, item: ReviewItem) -> str:
        """ "7 → 8.5", "7 → no grade", "— → 17/20"."""
        line_item = self.line_item_of(item)
        old = item.current.on_scale(line_item.scoreMaximum)
        old_text = "—" if old is None else display_number(self._locale, old)
        edit = item.edit
        new_text = self._grade_text(
            None if edit.clears_grade else edit.score, edit.maximum, line_item
        )
        return f"{old_text} → {new_text}"

    @staticmethod
    def comment_change(item: ReviewItem) -> tuple[str, str]:
        """The cell's text and its tooltip (the whole comments)."""
        old = visible_text(item.current.comment or "")
        new = visible_text(item.wanted_comment or "")
        if same_comment(old, new):
            if not old:
                return translate("ReviewDialog", "no comment"), translate(
                    "ReviewDialog", "No comment"
                )
            return (
                translate("ReviewDialog", "{comment} (kept)").format(comment=_shorten(old)),
                translate("ReviewDialog", "Kept: {comment}").format(comment=old),
            )
        quoted = translate("ReviewDialog", "“{comment}”")
        old_text = (
            quoted.format(comment=_shorten(old)) if old else translate("ReviewDialog", "no comment")
        )
        new_text = (
            quoted.format(comment=_shorten(new)) if new else translate("ReviewDialog", "removed")
        )
        tooltip = translate("ReviewDialog", "Now: {old}\nNew: {new}").format(
            old=old or translate("ReviewDialog", "(none)"),
            new=new or translate("ReviewDialog", "(removed)"),
        )
        return f"{old_text} → {new_text}", tooltip

    def check_text(self, item: ReviewItem) -> str:
        """The row's warnings in words; "" when there is nothing to look at twice."""
        texts = []
        for warning in item.warnings():
            if warning is ReviewWarning.CONFLICT:
                base = item.draft.base.on_scale(self.line_item_of(item).scoreMaximum)
                was = (
                    translate("ReviewDialog", "no grade")
                    if base is None
                    else display_number(self._locale, base)
                )
                texts.append(
                    translate(
                        "ReviewDialog", "changed in the LMS since you edited it (it was {was})"
                    ).format(was=was)
                )
            elif warning is ReviewWarning.EXTRA_CREDIT:
                texts.append(translate("ReviewDialog", "extra credit: above the maximum"))
            elif warning is ReviewWarning.CLEARS_GRADE:
                texts.append(translate("ReviewDialog", "clears the grade"))
            elif warning is ReviewWarning.COMMENT_REMOVED:
                texts.append(translate("ReviewDialog", "removes the comment"))
            else:
                texts.append(translate("ReviewDialog", "already in the LMS: only checked"))
        text = "; ".join(texts)
        return text[:1].upper() + text[1:]

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        items: Sequence[ReviewItem],
        platform: PlatformFamily = PlatformFamily.unknown,
        locale: QLocale | None = None,
    ) -> list[ReviewItem] | None:
        """The changes to send once the user confirmed (learners who are not active students
        only when included), or None when the review was cancelled."""
        dialog = cls(line_item, items, platform, locale, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.to_send()


def _shorten(text: str) -> str:
    single = " ".join(text.split())
    if len(single) <= COMMENT_CHARS_SHOWN:
        return single
    return single[: COMMENT_CHARS_SHOWN - 1].rstrip() + "…"
