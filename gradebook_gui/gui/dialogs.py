"""Every modal question the window asks, in one replaceable bundle.

The window and the picker call these instead of opening dialogs themselves, so tests pass
fakes and never block on `exec()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from gradebook_gui.api import AuthError
from gradebook_gui.config import Profile, ProfileStore
from gradebook_gui.gui.connection_dialog import ConnectionDialog
from gradebook_gui.gui.credential_prompt import CredentialPrompt, CredentialRenewal
from gradebook_gui.gui.line_item_dialog import LineItemDialog, confirm_delete
from gradebook_gui.gui.secret_storage import SecretStorage
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, LineItemDraft

ManageConnections = Callable[
    [QWidget | None, ProfileStore, SecretStorage, TaskRunner, str | None], Profile | None
]


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
