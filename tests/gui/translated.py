"""The window in the pseudo-locale of test_translations (every translated text wrapped in ⟦…⟧),
driven against the sandbox over real sockets: what the window shows that is the LMS's data, not
its words, the status bar's sentences as they are said, and the window brought to a loaded
column, a loaded course or a grade in conflict."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.course_model import HEADER_CHARS, CourseModel
from gradebook_gui.gui.export_dialog import ExportChoice
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel, UserMessage
from gradebook_gui.gui.results_model import Column
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    FakeDialogs,
    RecordingPresenter,
    cell_text,
    connection_to,
    row_of,
    type_score,
    wait_ready,
    wait_settled,
)
from .test_course_window import load_course
from .test_translations import is_translated

WAIT_MS = 15_000


class CatalogueWords(QTranslator):
    """Stands in for a catalogue holding only `words`, each keyed by its context and English
    text; every other text is shown as written."""

    def __init__(self, words: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self._words = words

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self._words.get((context, source), source)

    def isEmpty(self) -> bool:
        return False


@contextmanager
def installed(qapp: QApplication, translator: QTranslator) -> Iterator[None]:
    """`translator` consulted by every text the application translates, for the block."""
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


class StatusTexts:
    """The status bar's sentences, as the window shows them."""

    def __init__(self, messages: MessageChannel) -> None:
        self.texts: list[str] = []
        messages.status_message.connect(self._shown)

    def _shown(self, text: str, _timeout_ms: int) -> None:
        self.texts.append(text)

    def taken(self) -> list[str]:
        texts, self.texts = self.texts, []
        return texts


def untranslated(texts: list[str], data: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The texts, blank ones aside, that are neither translated nor `data`."""
    return [text for text in texts if text.strip() and not is_translated(text, data)]


def data_of(window: MainWindow) -> set[str]:
    """What the column view shows that is the LMS's data, not the window's words."""
    data: set[str] = set()
    line_item = window.results_model.line_item()
    if line_item is not None:
        data.add(line_item.label)
    for grade in window.results_model.grades():
        data.update(text for text in (grade.name, grade.user_id, grade.email) if text)
        if grade.result is not None and grade.result.comment_text:
            data.add(grade.result.comment_text)
    return data


def course_data(model: CourseModel) -> set[str]:
    """What the Course tab shows that is the course's, not the window's words."""
    data: set[str] = set()
    for learner in model.learners():
        data |= {learner.name, learner.family_first(), learner.given_first(), learner.user_id}
        if learner.email:
            data.add(learner.email)
    for item in model.line_items():
        data.add(item.label)
        if len(item.label) > HEADER_CHARS:
            data.add(item.label[: HEADER_CHARS - 1].rstrip() + "…")
    return data


def opened(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> StatusTexts:
    """The window on screen with the sandbox's first column loaded; what it says from then on."""
    status = StatusTexts(window.workspace.messages)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    return status


def course_shown(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> CourseModel:
    """The window on screen with the sandbox's whole course in its Course tab."""
    window.show()
    qtbot.waitExposed(window)
    model = load_course(qtbot, window, sandbox)
    model.show_arrivals()
    assert all(model.is_loaded(item.id) for item in model.line_items())
    return model


def in_conflict(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> str:
    """A learner whose grade the instructor changed while the LMS changed it too, submitted:
    the Status cell shows the conflict. The learner's ID."""
    opened(qtbot, window, sandbox)
    window.activateWindow()
    changed = (window.loader.grades or ())[1].user_id
    type_score(qtbot, window, row_of(window, changed), "6")
    wait_settled(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    sandbox.control.set_grade(line_item.id, changed, 1.0)
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, changed, Column.STATUS).startswith("⟦⟦conflict⟧"),
        timeout=WAIT_MS,
    )
    return changed


def exported_with_a_comment(
    qtbot: QtBot,
    window: MainWindow,
    sandbox: Sandbox,
    dialogs: FakeDialogs,
    presenter: RecordingPresenter,
    export: ExportChoice,
    comment: str,
) -> tuple[str, UserMessage]:
    """The first learner given `comment` in the LMS, the column read again and exported as
    `export` says: the learner's ID and the message that told the instructor how it went."""
    opened(qtbot, window, sandbox)
    line_item = window.results_model.line_item()
    assert line_item is not None
    learner = (window.loader.grades or ())[0].user_id
    sandbox.control.set_grade(line_item.id, learner, 5, comment=comment)
    window.commands.refresh_action.trigger()
    qtbot.waitUntil(
        lambda: any(
            grade.user_id == learner and grade.comment == comment
            for grade in window.loader.grades or ()
        ),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: cell_text(window, learner, Column.COMMENT) != "", timeout=WAIT_MS)
    wait_settled(qtbot, window)
    dialogs.export_choice = export
    window.commands.export_action.trigger()
    qtbot.waitUntil(lambda: bool(presenter.shown), timeout=WAIT_MS)
    return learner, presenter.shown[-1]
