"""What the window's controllers share: the open connection, the column shown, and the guards
that say why an action cannot run now.

One `Workspace` is built by the main window and handed to each controller, so a controller
reaches its collaborators by name instead of through the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.edit_controller import EditController
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, counted, translate
from gradebook_gui.gui.loader import Clock, ResultsLoader
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_model import ResultsModel
from gradebook_gui.gui.results_view import ResultsView
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem
from gradebook_gui.store import GradeStore

# The English text; shown through read_only_notice().
READ_ONLY_NOTICE = QT_TRANSLATE_NOOP(
    "Workspace", "Read-only mode is on: nothing can be changed or sent."
)


def read_only_notice() -> str:
    """Why nothing can be changed, in the instructor's language."""
    return translate("Workspace", READ_ONLY_NOTICE)


@dataclass
class Workspace:
    session: Session
    runner: TaskRunner
    messages: MessageChannel
    dialogs: Dialogs
    settings: WindowSettings
    store: GradeStore
    clock: Clock
    window: QWidget  # the parent of every dialog
    results_model: ResultsModel
    results_view: ResultsView
    loader: ResultsLoader
    edits: EditController
    is_read_only: Callable[[], bool]

    def editable_line_item(self) -> LineItem | None:
        """The line item shown, when its grades may be changed now (says why not otherwise)."""
        if self.is_read_only():
            self.messages.inform(read_only_notice(), 5000)
            return None
        line_item = self.results_model.line_item()
        if line_item is None or self.session.key is None:
            self.messages.inform(translate("Workspace", "Choose a grade column first."), 5000)
            return None
        return line_item

    def shows(self, line_item: LineItem) -> bool:
        """Whether `line_item` is still the one shown (a reply may come after the user left)."""
        shown = self.results_model.line_item()
        return shown is not None and shown.id == line_item.id

    def ready_grades(self) -> tuple[StudentGrade, ...] | None:
        """Every learner of the column, once all of them have loaded (says to wait otherwise)."""
        grades = self.loader.grades
        if grades is None:
            self.messages.inform(
                translate("Workspace", "Wait until every grade of the column has loaded."), 5000
            )
        return grades

    def selected_learners(self) -> list[StudentGrade]:
        learners = [self.results_model.grade_at(row) for row in self.results_view.selected_rows()]
        if not learners:
            self.messages.inform(translate("Workspace", "Select the learners first."), 5000)
        return learners

    def inform_held_back(self, reviewed: int, to_send: int) -> None:
        """Say how many reviewed changes stay drafts: for learners who are not active students,
        left out of the review's send."""
        held_back = reviewed - to_send
        if held_back:
            self.messages.inform(
                counted(
                    translate(
                        "Workspace",
                        "{count} change stays unsent: not an active student of the course.",
                    ),
                    translate(
                        "Workspace",
                        "{count} changes stay unsent: not active students of the course.",
                        None,
                        held_back,
                    ),
                    held_back,
                ),
                8000,
            )
