"""Inline editors for the score and comment cells, made for grading from the keyboard.

Enter saves and asks to move down, Shift+Enter up, Tab to the next editable cell (score, then
comment, then the next learner's score), Shift+Tab back; Escape cancels. The delegate only
recognises those keys and hands the typed text to the model: the table decides where to go, and
an editor whose text the model refused stays open so that the user can correct it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.results_model import Column

AnyIndex = QModelIndex | QPersistentModelIndex


def starts_a_number(event: QKeyEvent, locale: QLocale) -> bool:
    """A key that begins a score (a digit or a decimal sign, no Ctrl or Alt): typing it on a
    row starts editing its score, as in a spreadsheet."""
    text = event.text()
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    if not text or event.modifiers() & shortcut:
        return False
    return text[0].isdigit() or text[0] in (locale.decimalPoint(), ".", ",")


class Move(Enum):
    """Where the cursor goes once an edit is saved."""

    DOWN = "down"  # Enter: the same cell of the next learner
    UP = "up"  # Shift+Enter
    NEXT = "next"  # Tab: score, then comment, then the next learner's score
    PREVIOUS = "previous"  # Shift+Tab


class CellEditor(QLineEdit):
    """A one-line editor that remembers which cell it edits (a comment keeps its line breaks)."""

    def __init__(self, index: AnyIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.setFrame(False)


class CellDelegate(QStyledItemDelegate):
    """Creates `CellEditor`s and commits through the model's `setData`."""

    move_requested = Signal(object, object)
    """(CellEditor, Move): the user pressed Enter or Tab in an editor."""

    def __init__(self, parent: QObject | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(locale) if locale is not None else QLocale()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = CellEditor(index, parent)
        if index.column() == Column.SCORE:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            editor.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            editor.setAccessibleName(translate("CellDelegate", "Score"))
            editor.setAccessibleDescription(
                translate(
                    "CellDelegate",
                    "The score on the line item's scale; the decimal sign is “{sign}”. Enter "
                    "saves and moves down, Escape cancels.",
                ).format(sign=self._locale.decimalPoint())
            )
        else:
            editor.setAccessibleName(translate("CellDelegate", "Comment"))
            editor.setAccessibleDescription(
                translate("CellDelegate", "Enter saves and moves down, Escape cancels.")
            )
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, CellEditor):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        # Reached when the editor loses focus (a click elsewhere): a refusal is announced by the
        # model and the cell keeps its value.
        if isinstance(editor, CellEditor):
            self.commit(editor)

    def commit(self, editor: CellEditor) -> bool:
        """Hand the editor's text to the model; False when the model refused it."""
        index = editor.index
        if not index.isValid():
            return True  # the learner is no longer shown: nothing to save into
        text = editor.text()
        if index.column() == Column.SCORE and not text.strip():
            return True  # a blank score leaves the grade as it is
        model = index.model()
        return bool(model.setData(index, text, Qt.ItemDataRole.EditRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, CellEditor)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            move = _move_for(event)
            if move is not None:
                self.move_requested.emit(watched, move)
                return True
        return super().eventFilter(watched, event)


def _move_for(event: QKeyEvent) -> Move | None:
    key = event.key()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if modifiers == Qt.KeyboardModifier.NoModifier:
            return Move.DOWN
        if modifiers == Qt.KeyboardModifier.ShiftModifier:
            return Move.UP
        return None
    if key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
        return Move.NEXT
    if key == Qt.Key.Key_Backtab:
        return Move.PREVIOUS
    return None


class ScoreTable(QTableView):
    """A table typed into like a spreadsheet: typing starts the editor, Enter or Tab saves and
    goes on to the cell `_neighbour` names, and a refused value keeps the editor open."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell_delegate = CellDelegate(self, locale)
        self.setItemDelegate(self.cell_delegate)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.cell_delegate.move_requested.connect(self._finish_editing)

    def _neighbour(self, index: QModelIndex | QPersistentModelIndex, move: Move) -> QModelIndex:
        """The cell Enter, Shift+Enter, Tab or Shift+Tab goes to from `index`."""
        raise NotImplementedError

    def cancel_editing(self) -> None:
        """Close any open editor without saving (read-only mode was switched on)."""
        for editor in self.viewport().findChildren(CellEditor):
            if editor.isVisible():
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    @Slot(object, object)
    def _finish_editing(self, editor: CellEditor, move: Move) -> None:
        """Enter or Tab in an editor: save, then go to the next cell; stay when refused."""
        # Found before saving: the learner below stays the target even if the edited row moves.
        target = QPersistentModelIndex(self._neighbour(editor.index, move))
        if not self.cell_delegate.commit(editor):
            editor.selectAll()
            return
        if editor.index.isValid():
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if target.isValid():
            self.setCurrentIndex(self.model().index(target.row(), target.column()))
