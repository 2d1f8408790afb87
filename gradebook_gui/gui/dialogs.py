"""Every modal question the window asks, in one replaceable bundle.

The window and the picker call these instead of opening dialogs themselves, so tests pass
fakes and never block on `exec()`. Each dialog's module is imported when it is first asked
for, not before the window shows (`DIALOG_MODULES` lists them, for importing ahead of use).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeAlias

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
    from gradebook_gui.models import LineItem, LineItemDraft, PlatformFamily
    from gradebook_gui.services.local_data import LocalDataChoice, LocalDataSummary
    from gradebook_gui.services.submitting import Resolution
    from gradebook_gui.store import OutboxEntry

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


# Each default opens the real dialog, importing its module on first use.


def _ask_new_line_item(parent: QWidget | None) -> LineItemDraft | None:
    from gradebook_gui.gui.line_item_dialog import LineItemDialog

    return LineItemDialog.ask_new(parent)


def _ask_line_item_label(parent: QWidget | None, item: LineItem) -> str | None:
    from gradebook_gui.gui.line_item_dialog import LineItemDialog

    return LineItemDialog.ask_rename(parent, item)


def _confirm_delete_line_item(parent: QWidget | None, item: LineItem) -> bool:
    from gradebook_gui.gui.line_item_dialog import confirm_delete

    return confirm_delete(parent, item)


def _ask_new_credential(
    parent: QWidget | None, connection_label: str, error: AuthError
) -> CredentialRenewal | None:
    from gradebook_gui.gui.credential_prompt import CredentialPrompt

    return CredentialPrompt.ask(parent, connection_label, error)


def _manage_connections(
    parent: QWidget | None,
    profiles: ProfileStore,
    secrets: SecretStorage,
    runner: TaskRunner,
    select: str | None,
) -> Profile | None:
    from gradebook_gui.gui.connection_dialog import ConnectionDialog

    return ConnectionDialog.choose(parent, profiles, secrets, runner, select)


def _ask_score(
    parent: QWidget | None,
    *,
    learners: Sequence[StudentGrade],
    line_item: LineItem,
    locale: QLocale | None = None,
) -> list[GradeEdit] | None:
    from gradebook_gui.gui.score_dialog import ScoreDialog

    return ScoreDialog.ask(parent, learners=learners, line_item=line_item, locale=locale)


def _confirm_clear(parent: QWidget | None, learners: Sequence[StudentGrade]) -> bool:
    from gradebook_gui.gui.score_dialog import confirm_clear

    return confirm_clear(parent, learners)


def _review_submission(
    parent: QWidget | None,
    *,
    line_item: LineItem,
    items: Sequence[ReviewItem],
    platform: PlatformFamily | None = None,
    locale: QLocale | None = None,
) -> bool:
    from gradebook_gui.gui.review_dialog import ReviewDialog
    from gradebook_gui.models import PlatformFamily

    return ReviewDialog.ask(
        parent,
        line_item=line_item,
        items=items,
        platform=platform or PlatformFamily.unknown,
        locale=locale,
    )


def _resolve_conflicts(
    parent: QWidget | None,
    *,
    conflicts: Sequence[OutboxEntry],
    names: Mapping[str, str],
    line_item: LineItem,
    current: Mapping[str, ServerGrade],
    locale: QLocale | None = None,
    emails: Mapping[str, str] | None = None,
) -> dict[int, Resolution] | None:
    from gradebook_gui.gui.conflict_dialog import ConflictDialog

    return ConflictDialog.ask(
        parent,
        conflicts=conflicts,
        names=names,
        line_item=line_item,
        current=current,
        locale=locale,
        emails=emails,
    )


def _import_grades(
    parent: QWidget | None,
    *,
    line_item: LineItem,
    grades: Sequence[StudentGrade],
    settings: WindowSettings | QSettings,
    runner: TaskRunner,
    connection_key: str,
    start_path: Path | None = None,
    locale: QLocale | None = None,
) -> ImportPlan | None:
    from gradebook_gui.gui.import_wizard import ImportWizard

    return ImportWizard.ask(
        parent,
        line_item=line_item,
        grades=grades,
        settings=settings,
        runner=runner,
        connection_key=connection_key,
        start_path=start_path,
        locale=locale,
    )


def _export_grades(
    parent: QWidget | None,
    *,
    line_item: LineItem,
    all_grades: Sequence[StudentGrade],
    visible_grades: Sequence[StudentGrade],
    default_folder: Path,
) -> ExportChoice | None:
    from gradebook_gui.gui.export_dialog import ExportDialog

    return ExportDialog.ask(
        parent,
        line_item=line_item,
        all_grades=all_grades,
        visible_grades=visible_grades,
        default_folder=default_folder,
    )


def _manage_local_data(
    parent: QWidget | None,
    *,
    summary: LocalDataSummary,
    settings: WindowSettings | QSettings,
) -> LocalDataChoice | None:
    from gradebook_gui.gui.local_data_dialog import LocalDataDialog

    return LocalDataDialog.ask(parent, summary=summary, settings=settings)


def _send_queued(parent: QWidget | None, *, waiting: Sequence[tuple[str, int]]) -> bool:
    from gradebook_gui.gui.outbox_prompt import OutboxPrompt

    return OutboxPrompt.ask(parent, waiting=waiting)


def _confirm_quit(parent: QWidget | None, *, unsent: int, sending: bool, demo: bool) -> QuitChoice:
    from gradebook_gui.gui.quit_prompt import QuitPrompt

    return QuitPrompt.ask(parent, unsent=unsent, sending=sending, demo=demo)


@dataclass(frozen=True)
class Dialogs:
    ask_new_line_item: Callable[[QWidget | None], LineItemDraft | None] = _ask_new_line_item
    ask_line_item_label: Callable[[QWidget | None, LineItem], str | None] = _ask_line_item_label
    confirm_delete_line_item: Callable[[QWidget | None, LineItem], bool] = _confirm_delete_line_item
    ask_new_credential: Callable[[QWidget | None, str, AuthError], CredentialRenewal | None] = (
        _ask_new_credential
    )
    manage_connections: ManageConnections = _manage_connections
    ask_score: AskScore = _ask_score
    confirm_clear: Callable[[QWidget | None, Sequence[StudentGrade]], bool] = _confirm_clear
    review_submission: ReviewSubmission = _review_submission
    resolve_conflicts: ResolveConflicts = _resolve_conflicts
    import_grades: ImportGrades = _import_grades
    export_grades: ExportGrades = _export_grades
    manage_local_data: ManageLocalData = _manage_local_data
    send_queued: SendQueued = _send_queued
    confirm_quit: ConfirmQuit = _confirm_quit
