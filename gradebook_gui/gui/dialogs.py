"""Every modal question the window asks, in one replaceable bundle.

The window and the picker call these instead of opening dialogs themselves, so tests pass
fakes and never block on `exec()`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QWidget

from gradebook_gui.api import AuthError
from gradebook_gui.config import Profile, ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.exchange.importer import ImportPlan
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.conflict_dialog import ConflictDialog
from gradebook_gui.gui.connection_dialog import ConnectionDialog
from gradebook_gui.gui.credential_prompt import CredentialPrompt, CredentialRenewal
from gradebook_gui.gui.export_dialog import ExportChoice, ExportDialog
from gradebook_gui.gui.import_wizard import ImportWizard
from gradebook_gui.gui.line_item_dialog import LineItemDialog, confirm_delete
from gradebook_gui.gui.local_data_dialog import LocalDataDialog
from gradebook_gui.gui.outbox_prompt import OutboxPrompt
from gradebook_gui.gui.quit_prompt import QuitChoice, QuitPrompt
from gradebook_gui.gui.review_dialog import ReviewDialog, ReviewItem
from gradebook_gui.gui.score_dialog import ScoreDialog, confirm_clear
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, LineItemDraft, PlatformFamily
from gradebook_gui.services.local_data import LocalDataChoice, LocalDataSummary
from gradebook_gui.services.submitting import Resolution
from gradebook_gui.store import OutboxEntry

ManageConnections = Callable[
    [QWidget | None, ProfileStore, SecretStorage, TaskRunner, str | None], Profile | None
]


class AskScore(Protocol):
    def __call__(
        self,
        parent: QWidget | None,
        *,
        learners: Sequence[StudentGrade],
        line_item: LineItem,
        locale: QLocale | None = None,
    ) -> list[GradeEdit] | None: ...


class ReviewSubmission(Protocol):
    def __call__(
        self,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        items: Sequence[ReviewItem],
        platform: PlatformFamily = PlatformFamily.unknown,
        locale: QLocale | None = None,
    ) -> bool: ...


class ResolveConflicts(Protocol):
    def __call__(
        self,
        parent: QWidget | None,
        *,
        conflicts: Sequence[OutboxEntry],
        names: Mapping[str, str],
        line_item: LineItem,
        current: Mapping[str, ServerGrade],
        locale: QLocale | None = None,
        emails: Mapping[str, str] | None = None,
    ) -> dict[int, Resolution] | None: ...


class ImportGrades(Protocol):
    def __call__(
        self,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        grades: Sequence[StudentGrade],
        settings: WindowSettings | QSettings,
        runner: TaskRunner,
        connection_key: str,
        start_path: Path | None = None,
        locale: QLocale | None = None,
    ) -> ImportPlan | None: ...


class ExportGrades(Protocol):
    def __call__(
        self,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        all_grades: Sequence[StudentGrade],
        visible_grades: Sequence[StudentGrade],
        default_folder: Path,
    ) -> ExportChoice | None: ...


class ManageLocalData(Protocol):
    def __call__(
        self,
        parent: QWidget | None,
        *,
        summary: LocalDataSummary,
        settings: WindowSettings | QSettings,
    ) -> LocalDataChoice | None: ...


class SendQueued(Protocol):
    def __call__(self, parent: QWidget | None, *, waiting: Sequence[tuple[str, int]]) -> bool: ...


class ConfirmQuit(Protocol):
    def __call__(
        self, parent: QWidget | None, *, unsent: int, sending: bool, demo: bool
    ) -> QuitChoice: ...


@dataclass(frozen=True)
class Dialogs:
    ask_new_line_item: Callable[[QWidget | None], LineItemDraft | None] = LineItemDialog.ask_new
    ask_line_item_label: Callable[[QWidget | None, LineItem], str | None] = (
        LineItemDialog.ask_rename
    )
    confirm_delete_line_item: Callable[[QWidget | None, LineItem], bool] = confirm_delete
    ask_new_credential: Callable[[QWidget | None, str, AuthError], CredentialRenewal | None] = (
        CredentialPrompt.ask
    )
    manage_connections: ManageConnections = ConnectionDialog.choose
    ask_score: AskScore = ScoreDialog.ask
    confirm_clear: Callable[[QWidget | None, Sequence[StudentGrade]], bool] = confirm_clear
    review_submission: ReviewSubmission = ReviewDialog.ask
    resolve_conflicts: ResolveConflicts = ConflictDialog.ask
    import_grades: ImportGrades = ImportWizard.ask
    export_grades: ExportGrades = ExportDialog.ask
    manage_local_data: ManageLocalData = LocalDataDialog.ask
    send_queued: SendQueued = OutboxPrompt.ask
    confirm_quit: ConfirmQuit = QuitPrompt.ask
