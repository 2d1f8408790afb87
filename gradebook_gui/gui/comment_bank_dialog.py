"""The Comment bank dialog: saved feedback comments, managed and given to the selected learners.

Comments are kept in the local store (`store.comment_bank`), for this course or every course,
each with a shortcut and placeholders (`services.comment_bank`). The dialog adds, changes and
removes them, imports and exports the bank as a plain CSV file, and, when learners are
selected, hands back the chosen comment filled in for each of them as edits, which the window
saves as drafts in one undo step.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.edits import GradeEdit
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import counted, reason_text, translate, translated
from gradebook_gui.gui.locale_numbers import number_format
from gradebook_gui.gui.problem_label import ProblemLabel
from gradebook_gui.models import LineItem
from gradebook_gui.services.comment_bank import (
    PLACEHOLDERS,
    SHORTCUT_PREFIX,
    BankFileError,
    checked_comment,
    comment_edits,
    export_text,
    import_data,
    render,
)
from gradebook_gui.store import StoreError
from gradebook_gui.store.comment_bank import BankComment, CommentBankStore

# The scope's words, marked for translation here and translated where shown.
COURSE_TEXT = str(QT_TRANSLATE_NOOP("CommentBankDialog", "This course"))
GLOBAL_TEXT = str(QT_TRANSLATE_NOOP("CommentBankDialog", "Every course"))


def _scope_text(is_global: bool) -> str:
    return translate("CommentBankDialog", GLOBAL_TEXT if is_global else COURSE_TEXT)


def _file_filter() -> str:
    return translate("comment_bank_dialog", "Comment bank (*.csv);;All files (*)")


ChoosePath = Callable[[QWidget, Path | None], Path | None]


def _choose_import_path(parent: QWidget, start: Path | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("comment_bank_dialog", "Import comments"),
        str(start or Path.home()),
        _file_filter(),
    )
    return Path(name) if name else None


def _choose_export_path(parent: QWidget, start: Path | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("comment_bank_dialog", "Export comments"),
        str(start or Path.home() / "comments.csv"),
        _file_filter(),
    )
    return Path(name) if name else None


class CommentBankDialog(QDialog):
    """Manage the comment bank; with learners given, "Give" gives them the chosen comment."""

    def __init__(
        self,
        bank: CommentBankStore,
        course: str,
        *,
        learners: Sequence[StudentGrade] = (),
        line_item: LineItem | None = None,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bank = bank
        self._course = course
        self._learners = list(learners)
        self._line_item = line_item
        self._number_format = number_format(QLocale(locale) if locale else QLocale())
        self._comments: list[BankComment] = []
        self._edits: list[GradeEdit] | None = None
        # Where files are chosen: replaced in tests, where a real file dialog would wait forever.
        self.choose_import_path: ChoosePath = _choose_import_path
        self.choose_export_path: ChoosePath = _choose_export_path
        self.setWindowTitle(translate("CommentBankDialog", "Comment bank"))
        self.setMinimumSize(680, 520)

        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(translate("CommentBankDialog", "Saved comments"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("CommentBankDialog", "Shortcut"),
                translate("CommentBankDialog", "For"),
                translate("CommentBankDialog", "Comment"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setAccessibleName(
            translate("CommentBankDialog", "Saved comment columns")
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.shortcut_edit = QLineEdit()
        self.shortcut_edit.setAccessibleName(translate("CommentBankDialog", "Shortcut"))
        self.shortcut_edit.setAccessibleDescription(
            translate(
                "CommentBankDialog",
                "Typing {prefix} and the shortcut in a comment cell uses the comment",
            ).format(prefix=SHORTCUT_PREFIX)
        )
        self.shortcut_edit.setPlaceholderText(translate("CommentBankDialog", "e.g. good"))
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName(translate("CommentBankDialog", "For"))
        self.scope_combo.setAccessibleDescription(
            translate(
                "CommentBankDialog",
                "Whether the comment is offered in this course only or in every course",
            )
        )
        self.scope_combo.addItem(_scope_text(False), False)
        self.scope_combo.addItem(_scope_text(True), True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(translate("CommentBankDialog", "Comment text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.text_edit.setPlaceholderText(
            translate("CommentBankDialog", "Good work, {first_name}: {score} out of {maximum}.")
        )
        placeholders = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        hint = QLabel(
            translate(
                "CommentBankDialog",
                "Placeholders: {placeholders}. In the search box above, {prefix}shortcut finds a "
                "comment.",
            ).format(placeholders=placeholders, prefix=SHORTCUT_PREFIX)
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.text_edit.setAccessibleDescription(hint.text())
        self.problem = ProblemLabel(translate("CommentBankDialog", "Problem"))
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setAccessibleName(translate("CommentBankDialog", "Preview"))

        form = QFormLayout()
        shortcut_row = QHBoxLayout()
        shortcut_row.addWidget(self.shortcut_edit, 1)
        for_label = QLabel(translate("CommentBankDialog", "&for"))
        for_label.setBuddy(self.scope_combo)
        shortcut_row.addWidget(for_label)
        shortcut_row.addWidget(self.scope_combo)
        shortcut_label = QLabel(translate("CommentBankDialog", "&Shortcut:"))
        shortcut_label.setBuddy(self.shortcut_edit)
        form.addRow(shortcut_label, shortcut_row)
        text_label = QLabel(translate("CommentBankDialog", "&Comment:"))
        text_label.setBuddy(self.text_edit)
        form.addRow(text_label, self.text_edit)
        form.addRow("", hint)

        self.add_button = QPushButton(translate("CommentBankDialog", "&Add"))
        self.add_button.setAccessibleName(translate("CommentBankDialog", "Add the comment"))
        self.save_button = QPushButton(translate("CommentBankDialog", "Sa&ve changes"))
        self.save_button.setAccessibleName(
            translate("CommentBankDialog", "Save changes to the chosen comment")
        )
        self.remove_button = QPushButton(translate("CommentBankDialog", "&Remove"))
        self.remove_button.setAccessibleName(
            translate("CommentBankDialog", "Remove the chosen comment")
        )
        self.import_button = QPushButton(translate("CommentBankDialog", "&Import…"))
        self.import_button.setAccessibleName(
            translate("CommentBankDialog", "Import comments from a file")
        )
        self.export_button = QPushButton(translate("CommentBankDialog", "E&xport…"))
        self.export_button.setAccessibleName(
            translate("CommentBankDialog", "Export the comments to a file")
        )
        actions = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        count = len(self._learners)
        self.use_button = self.buttons.addButton(
            counted(
                translate("CommentBankDialog", "&Give to {count} learner"),
                translate("CommentBankDialog", "&Give to {count} learners", None, count),
                count,
            ),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.use_button.setVisible(bool(self._learners))
        self.buttons.accepted.connect(self._use)
        self.buttons.rejected.connect(self.reject)

        filter_row = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(translate("CommentBankDialog", "Find a comment"))
        self.filter_edit.setPlaceholderText(
            translate("CommentBankDialog", "Find by shortcut or text ({prefix}good)").format(
                prefix=SHORTCUT_PREFIX
            )
        )
        self.filter_edit.setClearButtonEnabled(True)
        filter_row.addWidget(self.filter_edit)

        layout = QVBoxLayout(self)
        if self._learners:
            count = len(self._learners)
            heading = QLabel(
                counted(
                    translate(
                        "CommentBankDialog",
                        "Pick a comment for <b>{count} selected learner</b>, or manage the saved "
                        "comments.",
                    ),
                    translate(
                        "CommentBankDialog",
                        "Pick a comment for <b>{count} selected learners</b>, or manage the saved "
                        "comments.",
                        None,
                        count,
                    ),
                    count,
                )
            )
            heading.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(heading)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.buttons)

        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.filter_edit.textChanged.connect(self._show_comments)
        self.shortcut_edit.textChanged.connect(self._update_buttons)
        self.text_edit.textChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_comment)
        self.save_button.clicked.connect(self.save_comment)
        self.remove_button.clicked.connect(self.remove_comment)
        self.import_button.clicked.connect(self._import_chosen)
        self.export_button.clicked.connect(self._export_chosen)
        self.reload()
        self.filter_edit.setFocus()

    # -- what the dialog holds -------------------------------------------------------------

    def comments(self) -> list[BankComment]:
        return list(self._comments)

    def shown_rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(  # type: ignore[misc]
                (self.table.item(row, column) or QTableWidgetItem()).text() for column in range(3)
            )
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]

    def edits(self) -> list[GradeEdit] | None:
        """The chosen comment for each learner, once "Give" was pressed."""
        return self._edits

    def select_shortcut(self, shortcut: str) -> None:
        for row, comment in enumerate(self._comments):
            if comment.shortcut == shortcut:
                self.table.selectRow(row)
                return

    # -- managing --------------------------------------------------------------------------

    def reload(self) -> None:
        self._comments = self._bank.comments(self._course)
        self.table.setRowCount(len(self._comments))
        for row, comment in enumerate(self._comments):
            texts = (
                comment.shortcut,
                _scope_text(comment.is_global),
                " ".join(comment.text.split()),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(comment.text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self._show_comments()
        self._on_selection_changed()

    def add_comment(self) -> None:
        self._store(None)

    def save_comment(self) -> None:
        selected = self._selected()
        if selected is not None:
            self._store(selected.id)

    def remove_comment(self) -> None:
        selected = self._selected()
        if selected is None or selected.id is None:
            return
        if self._ran(lambda: self._bank.remove(selected.id or 0)):
            self.reload()

    def import_file(self, path: Path) -> int | None:
        """Merge the bank file at `path`; how many comments were added or changed."""
        try:
            comments = import_data(path.read_bytes(), self._course)
        except OSError as error:
            self.problem.show_problem(
                translate("CommentBankDialog", "Cannot read {file}: {reason}.").format(
                    file=path.name, reason=error.strerror or error
                )
            )
            return None
        except BankFileError as error:
            self.problem.show_problem(reason_text(error))
            return None
        changed: list[int] = []
        if not self._ran(lambda: changed.append(self._bank.merge(comments))):
            return None
        self.reload()
        self.problem.show_problem(None)
        self.preview_label.setText(
            translate(
                "CommentBankDialog",
                "Imported from {file}: {changed} added or changed, {kept} already there.",
            ).format(file=path.name, changed=changed[0], kept=len(comments) - changed[0])
        )
        return changed[0]

    def export_file(self, path: Path) -> bool:
        try:
            path.write_text(export_text(self._comments), encoding="utf-8", newline="")
        except OSError as error:
            self.problem.show_problem(
                translate("CommentBankDialog", "Cannot write {file}: {reason}.").format(
                    file=path.name, reason=error.strerror or error
                )
            )
            return False
        self.preview_label.setText(
            counted(
                translate("CommentBankDialog", "{count} comment exported to {file}."),
                translate(
                    "CommentBankDialog",
                    "{count} comments exported to {file}.",
                    None,
                    len(self._comments),
                ),
                len(self._comments),
                file=path.name,
            )
        )
        return True

    def _import_chosen(self) -> None:
        path = self.choose_import_path(self, None)
        if path is not None:
            self.import_file(path)

    def _export_chosen(self) -> None:
        path = self.choose_export_path(self, None)
        if path is not None:
            self.export_file(path)

    def _store(self, comment_id: int | None) -> None:
        scope = None if self.scope_combo.currentData() else self._course
        try:
            comment = checked_comment(
                self.shortcut_edit.text(), self.text_edit.toPlainText(), scope
            )
        except ValueError as problem:
            self.problem.show_problem(reason_text(problem))
            return
        saved: list[BankComment] = []
        stored = BankComment(comment.shortcut, comment.text, comment.course, comment_id)
        if self._ran(lambda: saved.append(self._bank.save(stored))):
            self.reload()
            self.select_shortcut(saved[0].shortcut)

    def _ran(self, change: Callable[[], object]) -> bool:
        """Run a change of the bank; a refusal or a store failure is shown, not raised."""
        try:
            change()
        except (ValueError, StoreError) as problem:
            self.problem.show_problem(reason_text(problem))
            return False
        self.problem.show_problem(None)
        return True

    # -- showing ---------------------------------------------------------------------------

    def _selected(self) -> BankComment | None:
        rows = self.table.selectionModel().selectedRows()
        return self._comments[rows[0].row()] if rows else None

    def _show_comments(self) -> None:
        words = self.filter_edit.text().strip().removeprefix(SHORTCUT_PREFIX).casefold()
        for row, comment in enumerate(self._comments):
            found = words in comment.shortcut.casefold() or words in comment.text.casefold()
            self.table.setRowHidden(row, not found)

    def _on_selection_changed(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.shortcut_edit.setText(selected.shortcut)
            self.scope_combo.setCurrentIndex(self.scope_combo.findData(selected.is_global))
            self.text_edit.setPlainText(selected.text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self._selected()
        self.save_button.setEnabled(selected is not None)
        self.remove_button.setEnabled(selected is not None)
        self.use_button.setEnabled(selected is not None and bool(self._learners))
        self.export_button.setEnabled(bool(self._comments))
        self._show_preview(selected)

    def _show_preview(self, selected: BankComment | None) -> None:
        if selected is None or not self._learners or self._line_item is None:
            self.preview_label.setText("")
            return
        try:
            text = render(selected.text, self._learners[0], self._line_item, self._number_format)
        except ValueError as problem:
            self.preview_label.setText(
                translate("CommentBankDialog", "Not usable for {learner}: {problem}").format(
                    learner=self._who(0), problem=reason_text(problem)
                )
            )
            return
        self.preview_label.setText(
            translate("CommentBankDialog", "For {learner}: {text}").format(
                learner=self._who(0), text=text
            )
        )

    def _who(self, index: int) -> str:
        learner = self._learners[index]
        return learner.name or learner.user_id

    def _use(self) -> None:
        selected = self._selected()
        if selected is None or self._line_item is None:
            return
        edits, problems = comment_edits(
            selected.text, self._learners, self._line_item, self._number_format
        )
        if problems:
            # Like a paste, all or nothing: the learners named can be left out of the selection.
            named = html.escape("; ".join(translated(problem) for problem in problems[:3]))
            if len(problems) > 3:
                refusal = translate(
                    "CommentBankDialog",
                    "Nothing was given: {problems} (and {count} more).",
                    None,
                    len(problems) - 3,
                )
            else:
                refusal = translate("CommentBankDialog", "Nothing was given: {problems}.")
            self.problem.show_problem(refusal.format(problems=named, count=len(problems) - 3))
            return
        self._edits = edits
        self.accept()

    # -- asking ----------------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        bank: CommentBankStore,
        course: str,
        learners: Sequence[StudentGrade],
        line_item: LineItem | None,
        locale: QLocale | None = None,
    ) -> list[GradeEdit] | None:
        """The chosen comment as edits for `learners`, or None when the bank was only managed."""
        dialog = cls(
            bank, course, learners=learners, line_item=line_item, locale=locale, parent=parent
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edits()
