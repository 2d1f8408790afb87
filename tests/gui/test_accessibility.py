"""A screen reader user reaches everything: every control of the main window, of every dialog
and of the learner view has a name; tables expose their header cells; Tab moves through each
dialog in the order the controls are on screen."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gradebook_gui.api import AuthError
from gradebook_gui.config import ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.bulk_dialog import BulkDialog
from gradebook_gui.gui.comment_bank_dialog import CommentBankDialog
from gradebook_gui.gui.conflict_dialog import ConflictDialog
from gradebook_gui.gui.connection_dialog import ConnectionDialog
from gradebook_gui.gui.credential_prompt import CredentialPrompt
from gradebook_gui.gui.details_pane import DetailsPane
from gradebook_gui.gui.export_dialog import ExportDialog
from gradebook_gui.gui.history_view import HistoryView
from gradebook_gui.gui.import_wizard import ImportWizard
from gradebook_gui.gui.line_item_dialog import LineItemDialog, LineItemPropertiesDialog
from gradebook_gui.gui.local_data_dialog import LocalDataDialog
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageDialog, UserMessage
from gradebook_gui.gui.outbox_prompt import OutboxPrompt
from gradebook_gui.gui.quit_prompt import QuitPrompt
from gradebook_gui.gui.request_log import RequestLogModel, RequestLogPanel
from gradebook_gui.gui.review_dialog import ReviewDialog, ReviewItem
from gradebook_gui.gui.score_dialog import ScoreDialog
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.stats_pane import StatsPane
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.comment_bank import BankComment
from gradebook_gui.services.local_data import summarize_local_data
from gradebook_gui.store import Draft, GradeStore
from gradebook_gui.store.comment_bank import CommentBankStore

from .conftest import activate, connection_to, wait_ready, wait_settled
from .test_translations import untranslated_texts

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
WAIT_MS = 5_000


@pytest.fixture(autouse=True)
def collected_here() -> Iterator[None]:
    """The dialogs' leftovers are collected on this (the window's) thread: Qt objects freed by
    a collection that happens to run on a sandbox thread would crash the test run."""
    yield
    gc.collect()


# -- what is checked ---------------------------------------------------------------------------


def where(widget: QWidget) -> str:
    """The widget as its code names it: "Class.attribute" of the nearest owner keeping it."""
    owner = widget.parentWidget()
    while owner is not None:
        for attribute, value in vars(owner).items():
            if value is widget:
                return f"{type(owner).__name__}.{attribute}"
        owner = owner.parentWidget()
    shown = getattr(widget, "text", lambda: "")()
    parent = widget.parentWidget()
    return f"{type(widget).__name__} {shown!r} in {type(parent).__name__}"


def _shown(top: QWidget) -> Iterator[QWidget]:
    for widget in top.findChildren(QWidget):
        if widget.isVisible() and widget.window() is top.window():
            yield widget


def unnamed_controls(top: QWidget) -> list[str]:
    """The shown controls a screen reader would announce without a name."""
    found = []
    for widget in _shown(top):
        if not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the text field inside: the reader announces the spin or combo box
        if isinstance(widget, QTabBar) and widget.count() == 0:
            continue  # an empty tab bar Qt keeps for docks: nothing to reach
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(f"{where(widget)}: no accessible name")
    return found


def unexposed_headers(top: QWidget) -> list[str]:
    """Shown tables whose columns a screen reader cannot name: every shown column needs a
    column header cell with text in the accessible tree. A table showing one column reads as a
    list: its own name says what the cells are."""
    found = []
    for view in _shown(top):
        if not isinstance(view, QAbstractItemView) or isinstance(view, (QListView, QHeaderView)):
            continue
        model = view.model()
        if model is None:
            continue
        header: QHeaderView | None = getattr(view, "horizontalHeader", lambda: None)()
        if header is None:
            header = getattr(view, "header", lambda: None)()
        shown_columns = [
            column
            for column in range(model.columnCount())
            if header is None or not header.isSectionHidden(column)
        ]
        if len(shown_columns) < 2:
            continue
        interface = QAccessible.queryAccessibleInterface(view)
        headers = [
            interface.child(index).text(QAccessible.Text.Name)
            for index in range(interface.childCount())
            if interface.child(index).role() == QAccessible.Role.ColumnHeader
        ]
        if header is None or not header.isVisible() or len(headers) < len(shown_columns):
            found.append(f"{where(view)}: column headers not exposed")
        elif any(not text.strip() for text in headers[: len(shown_columns)]):
            found.append(f"{where(view)}: a column header without text")
    return found


def tab_chain(top: QWidget) -> list[QWidget]:
    """The controls Tab reaches, in the order it reaches them."""
    chain = []
    widget = top.nextInFocusChain()
    while widget is not top and widget is not None and len(chain) < 500:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.window() is top.window()
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def tab_order_problems(top: QWidget) -> list[str]:
    """Steps of the Tab order that go against reading order: back up the screen (unless into a
    column further right), or back left on the same line. Tab goes round: the order is read
    from the control nearest the top left."""
    found = []
    chain = tab_chain(top)
    if not chain:
        return []
    first = min(
        range(len(chain)),
        key=lambda at: (_on_screen(chain[at]).top(), _on_screen(chain[at]).left()),
    )
    chain = chain[first:] + chain[:first]
    for before, after in pairwise(chain):
        a, b = _on_screen(before), _on_screen(after)
        same_line = b.top() < a.bottom() and a.top() < b.bottom()
        went_up = b.bottom() <= a.top()
        if (went_up and b.left() < a.right()) or (same_line and b.right() <= a.left()):
            found.append(f"Tab goes from {where(before)} back to {where(after)}")
    return found


def problems(top: QWidget) -> list[str]:
    return unnamed_controls(top) + unexposed_headers(top) + tab_order_problems(top)


# -- the window --------------------------------------------------------------------------------


def loaded_window(
    qtbot: QtBot, sandbox: Sandbox, new_window: Callable[[], MainWindow]
) -> MainWindow:
    window = new_window()
    window.resize(1280, 800)
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    return window


def open_course_view(qtbot: QtBot, window: MainWindow) -> None:
    window.commands.course_view_action.trigger()
    qtbot.waitUntil(lambda: not window.views.course.loading, timeout=15_000)
    wait_settled(qtbot, window)


def test_every_control_of_the_window_has_a_name_and_every_table_its_headers(
    qtbot: QtBot, sandbox: Sandbox, new_window: Callable[[], MainWindow]
) -> None:
    window = loaded_window(qtbot, sandbox, new_window)
    window.log_dock.show()
    window.history_dock.show()
    assert unnamed_controls(window) + unexposed_headers(window) == []

    open_course_view(qtbot, window)
    assert unnamed_controls(window) + unexposed_headers(window) == []


def test_the_learner_view_is_named_and_tabs_in_screen_order(
    qtbot: QtBot, sandbox: Sandbox, new_window: Callable[[], MainWindow]
) -> None:
    window = loaded_window(qtbot, sandbox, new_window)
    open_course_view(qtbot, window)
    table = window.views.course_view.table
    table.setFocus()
    table.setCurrentIndex(window.views.course_model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    learner_view = window.views.learner_view
    assert learner_view is not None
    qtbot.waitExposed(learner_view)
    assert problems(learner_view) == []
    # A learner further down: Previous is on, and Tab reaches it after the last comment.
    learner_view.show_next()
    assert learner_view.previous_button.isEnabled()
    assert problems(learner_view) == []


# -- every dialog ------------------------------------------------------------------------------

KEY = "https://school.ltiaas.example#Bio 101"
QUIZ = LineItem(id="https://lms.example/li/31", label="Quiz 3", scoreMaximum=20)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
EDITED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def learner(user_id: str, given: str, family: str, score: float | None) -> StudentGrade:
    member = Member(
        userId=user_id,
        roles=("Learner",),
        name=f"{given} {family}",
        givenName=given,
        familyName=family,
        email=f"{given.lower()}@example.edu",
    )
    result = (
        None
        if score is None
        else Result(
            id=f"r{user_id}", scoreOf=QUIZ.id, userId=user_id, resultScore=score, resultMaximum=20
        )
    )
    return StudentGrade(user_id, member, result)


LEARNERS = [
    learner("1", "Ann", "Bell", 14),
    learner("2", "Łukasz", "Lis", None),
    learner("3", "Zoë", "Adams", 18),
]


@dataclass
class World:
    """What the dialogs are opened on: a course, a store with queued grades, the settings."""

    tmp_path: Path
    store: GradeStore
    runner: TaskRunner
    settings: WindowSettings
    profiles: ProfileStore
    secrets: SecretStorage


def _review(world: World) -> QWidget:
    items = [
        ReviewItem(grade, Draft(GradeEdit(grade.user_id, 15, 20), ServerGrade(), EDITED_AT))
        for grade in LEARNERS
    ]
    return ReviewDialog(QUIZ, items)


def _conflicts(world: World) -> QWidget:
    edits = [(GradeEdit(grade.user_id, 12, 20), ServerGrade(10, 20)) for grade in LEARNERS]
    world.store.apply_edits(KEY, QUIZ.id, edits, "Edits")
    conflicts = [
        world.store.update_entry(entry.id, CellState.CONFLICT, reason="Changed in the LMS")
        for entry in world.store.queue_drafts(KEY, QUIZ.id)
    ]
    names = {grade.user_id: grade.name or "" for grade in LEARNERS}
    now = {grade.user_id: ServerGrade(16, 20) for grade in LEARNERS}
    return ConflictDialog(conflicts, names, QUIZ, now, ENGLISH)


def _comment_bank(world: World) -> QWidget:
    bank = CommentBankStore(world.store)
    bank.save(BankComment("good", "Good work, {first_name}."))
    return CommentBankDialog(bank, "Bio 101", learners=LEARNERS, line_item=QUIZ, locale=ENGLISH)


def _local_data(world: World) -> QWidget:
    summary = summarize_local_data(world.store, KEY, "Bio 101", QUIZ)
    return LocalDataDialog(summary=summary, settings=world.settings, locale=ENGLISH)


def _export(world: World) -> QWidget:
    return ExportDialog(
        line_item=QUIZ, all_count=3, visible_count=2, default_folder=world.tmp_path, locale=ENGLISH
    )


def _credential(world: World) -> QWidget:
    return CredentialPrompt("Bio 101", AuthError("Loading the grades", status=401))


DIALOGS: dict[str, Callable[[World], QWidget]] = {
    "new line item": lambda world: LineItemDialog(),
    "rename line item": lambda world: LineItemDialog(rename=QUIZ),
    "line item properties": lambda world: LineItemPropertiesDialog(QUIZ),
    "credential": _credential,
    "connections": lambda world: ConnectionDialog(world.profiles, world.secrets, world.runner),
    "score": lambda world: ScoreDialog(LEARNERS[:2], QUIZ, ENGLISH),
    "review": _review,
    "conflicts": _conflicts,
    "export": _export,
    "local data": _local_data,
    "send queued": lambda world: OutboxPrompt([("Quiz 3", 12)], ENGLISH),
    "quit": lambda world: QuitPrompt(3, sending=False, demo=False),
    "bulk change": lambda world: BulkDialog(LEARNERS, QUIZ, whole_column=True, locale=ENGLISH),
    "comment bank": _comment_bank,
    "message": lambda world: MessageDialog(UserMessage("Export failed", "Disk full", "details")),
}


@pytest.fixture
def world(
    tmp_path: Path,
    store: GradeStore,
    runner: TaskRunner,
    settings: WindowSettings,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> World:
    return World(tmp_path, store, runner, settings, profiles, secrets)


def show(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_is_named_exposed_and_tabs_in_screen_order(
    qtbot: QtBot, world: World, name: str
) -> None:
    dialog = DIALOGS[name](world)
    show(qtbot, dialog)
    assert problems(dialog) == []


def test_every_page_of_the_import_wizard_is_named_exposed_and_tabs_in_screen_order(
    qtbot: QtBot, world: World
) -> None:
    sheet = world.tmp_path / "quiz3.csv"
    sheet.write_text("userId,score\n1,15\n2,12\n3,19\n", encoding="utf-8")
    wizard = ImportWizard(
        line_item=QUIZ,
        grades=LEARNERS,
        settings=world.settings,
        runner=world.runner,
        connection_key=KEY,
        start_path=sheet,
        locale=ENGLISH,
    )
    show(qtbot, wizard)
    found = []
    for _page in range(3):
        qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT_MS)
        found += [f"page {wizard.currentId()}: {problem}" for problem in problems(wizard)]
        wizard.next()
    assert found == []


def test_a_dialog_is_checked_for_what_it_lacks(qtbot: QtBot) -> None:
    """The walker itself: an unnamed field and a Tab order running back up are found."""
    dialog = QDialog()
    dialog.resize(300, 200)
    for attribute, top in (("first", 10), ("second", 100), ("third", 50)):
        field = QLineEdit(dialog)
        field.setGeometry(10, top, 100, 24)
        field.setAccessibleName(attribute if attribute != "third" else "")
        setattr(dialog, attribute, field)
    show(qtbot, dialog)
    assert problems(dialog) == [
        "QDialog.third: no accessible name",
        "Tab goes from QDialog.second back to QDialog.third",
    ]


# -- in the instructor's language ----------------------------------------------------------------

# The grade column's problems come in English from the models' validation (no Qt there).
NAME_PROBLEM = "A grade column needs a name."
# The dialogs of this part of the window, with the values they show that are data, not words.
TRANSLATED = {
    "new line item": (NAME_PROBLEM,),
    "rename line item": (QUIZ.label,),
    "line item properties": (QUIZ.label, QUIZ.id),
    "local data": ("Bio 101",),
    "comment bank": ("good", "Good work, {first_name}.", "Bio 101"),
    "message": ("Export failed", "Disk full", "details"),
}


@pytest.mark.usefixtures("pseudo_locale")
@pytest.mark.parametrize("name", TRANSLATED)
def test_every_text_of_these_dialogs_goes_through_translation(
    qtbot: QtBot, world: World, name: str
) -> None:
    dialog = DIALOGS[name](world)
    show(qtbot, dialog)
    assert untranslated_texts(dialog, TRANSLATED[name]) == []


@pytest.mark.usefixtures("pseudo_locale")
def test_every_text_of_the_panes_goes_through_translation(qtbot: QtBot, world: World) -> None:
    panes = QWidget()
    layout = QVBoxLayout(panes)
    history = HistoryView(world.runner, world.store)
    for pane in (history, RequestLogPanel(RequestLogModel()), DetailsPane(), StatsPane()):
        layout.addWidget(pane)
    show(qtbot, panes)
    history.load(KEY)
    qtbot.waitUntil(lambda: not history.loading, timeout=WAIT_MS)
    assert untranslated_texts(panes) == []
