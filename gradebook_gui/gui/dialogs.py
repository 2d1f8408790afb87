"""Every modal question the window asks, in one replaceable bundle.

The window and the picker call these instead of opening dialogs themselves, so tests pass
fakes and never block on `exec()`. Each dialog's module is imported when it is first asked
for, not before the window shows (`DIALOG_MODULES` lists them, for importing ahead of use).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from gradebook_gui.api import AuthError
    from gradebook_gui.config import Profile, ProfileStore
    from gradebook_gui.credentials import SecretStorage
    from gradebook_gui.edits import GradeEdit, ServerGrade
    from gradebook_gui.exchange.importer import ImportPlan
    from gradebook_gui.grades import StudentGrade
    from gradebook_gui.gui.credential_prompt import CredentialRenewal
    from gradebook_gui.gui.export_dialog import ExportChoice
    from gradebook_gui.gui.quit_prompt import QuitChoice
    from gradebook_gui.gui.review_dialog import ReviewItem
    from gradebook_gui.gui.settings import WindowSettings
    from gradebook_gui.gui.workers import TaskRunner
    from gradebook_gui.models import LineItem, LineItemDraft, PlatformFamily, Result
    from gradebook_gui.services.bulk import BulkPlan
    from gradebook_gui.services.local_data import LocalDataChoice, LocalDataSummary
    from gradebook_gui.services.submitting import Resolution
    from gradebook_gui.store import OutboxEntry
    from gradebook_gui.store.comment_bank import CommentBankStore

DIALOG_MODULES = (
    "gradebook_gui.gui.line_item_dialog",
    "gradebook_gui.gui.credential_prompt",
    "gradebook_gui.gui.connection_dialog",
    "gradebook_gui.gui.score_dialog",
    "gradebook_gui.gui.review_dialog",
    "gradebook_gui.gui.conflict_dialog",
    "gradebook_gui.gui.import_wizard",
    "gradebook_gui.gui.export_dialog",
    "gradebook_gui.gui.local_data_dialog",
    "gradebook_gui.gui.outbox_prompt",
    "gradebook_gui.gui.quit_prompt",
    "gradebook_gui.gui.bulk_dialog",
    "gradebook_gui.gui.comment_bank_dialog",
)

ManageConnections: TypeAlias = (
    "Callable[[QWidget | None, ProfileStore, SecretStorage, TaskRunner, str | None], "
    "Profile | None]"
)


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
        platform: PlatformFamily = ...,
        locale: QLocale | None = None,
    ) -> list[ReviewItem] | None: ...


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


def _on_first_use(module: str, name: str) -> Any:
    """The dialog function `name` (e.g. "ScoreDialog.ask") of `module`, imported only when it is
    first called: the window shows before any dialog is loaded."""

    def call(*args: Any, **kwargs: Any) -> Any:
        target: Any = importlib.import_module(module)
        for part in name.split("."):
            target = getattr(target, part)
        return target(*args, **kwargs)

    call.__qualname__ = call.__name__ = name
    return call


_GUI = "gradebook_gui.gui."


class AskBulkChange(Protocol):
    def __call__(
        self,
        parent: QWidget | None,
        *,
        learners: Sequence[StudentGrade],
        line_item: LineItem,
        whole_column: bool,
        locale: QLocale | None = None,
    ) -> BulkPlan | None: ...


class UseCommentBank(Protocol):
    def __call__(
        self,
        parent: QWidget | None,
        *,
        bank: CommentBankStore,
        course: str,
        learners: Sequence[StudentGrade],
        line_item: LineItem | None,
        locale: QLocale | None = None,
    ) -> list[GradeEdit] | None: ...


# Each default opens the real dialog, importing its module on first use.
_ASK_NEW_LINE_ITEM = _on_first_use(_GUI + "line_item_dialog", "LineItemDialog.ask_new")
_ASK_LINE_ITEM_LABEL = _on_first_use(_GUI + "line_item_dialog", "LineItemDialog.ask_rename")
_CONFIRM_DELETE_LINE_ITEM = _on_first_use(_GUI + "line_item_dialog", "confirm_delete")
_ASK_LINE_ITEM_PROPERTIES = _on_first_use(_GUI + "line_item_dialog", "LineItemPropertiesDialog.ask")
_ASK_NEW_CREDENTIAL = _on_first_use(_GUI + "credential_prompt", "CredentialPrompt.ask")
_MANAGE_CONNECTIONS = _on_first_use(_GUI + "connection_dialog", "ConnectionDialog.choose")
_ASK_SCORE = _on_first_use(_GUI + "score_dialog", "ScoreDialog.ask")
_CONFIRM_CLEAR = _on_first_use(_GUI + "score_dialog", "confirm_clear")
_REVIEW_SUBMISSION = _on_first_use(_GUI + "review_dialog", "ReviewDialog.ask")
_RESOLVE_CONFLICTS = _on_first_use(_GUI + "conflict_dialog", "ConflictDialog.ask")
_IMPORT_GRADES = _on_first_use(_GUI + "import_wizard", "ImportWizard.ask")
_EXPORT_GRADES = _on_first_use(_GUI + "export_dialog", "ExportDialog.ask")
_MANAGE_LOCAL_DATA = _on_first_use(_GUI + "local_data_dialog", "LocalDataDialog.ask")
_SEND_QUEUED = _on_first_use(_GUI + "outbox_prompt", "OutboxPrompt.ask")
_CONFIRM_QUIT = _on_first_use(_GUI + "quit_prompt", "QuitPrompt.ask")
_ASK_BULK_CHANGE = _on_first_use(_GUI + "bulk_dialog", "BulkDialog.ask")
_USE_COMMENT_BANK = _on_first_use(_GUI + "comment_bank_dialog", "CommentBankDialog.ask")


@dataclass(frozen=True)
class Dialogs:
    ask_new_line_item: Callable[[QWidget | None], LineItemDraft | None] = _ASK_NEW_LINE_ITEM
    ask_line_item_label: Callable[[QWidget | None, LineItem], str | None] = _ASK_LINE_ITEM_LABEL
    confirm_delete_line_item: Callable[[QWidget | None, LineItem], bool] = _CONFIRM_DELETE_LINE_ITEM
    ask_line_item_properties: Callable[
        [QWidget | None, LineItem, Sequence[Result]], LineItem | None
    ] = _ASK_LINE_ITEM_PROPERTIES
    ask_new_credential: Callable[[QWidget | None, str, AuthError], CredentialRenewal | None] = (
        _ASK_NEW_CREDENTIAL
    )
    manage_connections: ManageConnections = _MANAGE_CONNECTIONS
    ask_score: AskScore = _ASK_SCORE
    confirm_clear: Callable[[QWidget | None, Sequence[StudentGrade]], bool] = _CONFIRM_CLEAR
    review_submission: ReviewSubmission = _REVIEW_SUBMISSION
    resolve_conflicts: ResolveConflicts = _RESOLVE_CONFLICTS
    import_grades: ImportGrades = _IMPORT_GRADES
    export_grades: ExportGrades = _EXPORT_GRADES
    manage_local_data: ManageLocalData = _MANAGE_LOCAL_DATA
    send_queued: SendQueued = _SEND_QUEUED
    confirm_quit: ConfirmQuit = _CONFIRM_QUIT
    ask_bulk_change: AskBulkChange = _ASK_BULK_CHANGE
    use_comment_bank: UseCommentBank = _USE_COMMENT_BANK
