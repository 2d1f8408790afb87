"""The window and its dialogs in a dark palette, a high-contrast palette (black, white, yellow)
and rendered at 200 %: screenshots in tests/screenshots/ for people to look at, and no text cut
short by the widget showing it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.local_data_dialog import LocalDataDialog
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.score_dialog import ScoreDialog
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.local_data import summarize_local_data
from gradebook_gui.store import GradeStore

from .conftest import activate, connection_to, wait_ready
from .test_screenshots import SCREENSHOTS, dark_palette

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
# Text may overrun its widget by this many pixels (a style's rounding), never more.
SLACK = 2


@pytest.fixture(autouse=True)
def collected_here() -> Iterator[None]:
    """The windows' leftovers are collected on this (the window's) thread: Qt objects freed by
    a collection that happens to run on a sandbox thread would crash the test run."""
    yield
    gc.collect()


def high_contrast_palette() -> QPalette:
    """Black and white with yellow for what is selected or a link, as high-contrast themes are."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.ToolTipBase,
    ):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.PlaceholderText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, white)
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Link):
        palette.setColor(role, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    return palette


# name: (palette, device pixel ratio)
LOOKS: dict[str, tuple[Callable[[], QPalette] | None, float]] = {
    "dark": (dark_palette, 1.0),
    "high-contrast": (high_contrast_palette, 1.0),
    "200-percent": (None, 2.0),
}


@pytest.fixture(params=list(LOOKS))
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[str, float]]:
    """The application in one look for the test, as it was afterwards."""
    name = request.param
    make_palette, ratio = LOOKS[name]
    before = QPalette(qapp.palette())
    if make_palette is not None:
        qapp.setPalette(make_palette())
    yield name, ratio
    qapp.setPalette(before)


def render(widget: QWidget, name: str, ratio: float) -> QImage:
    """Draw `widget` at `ratio` device pixels per pixel and save it."""
    SCREENSHOTS.mkdir(exist_ok=True)
    pixmap = QPixmap(QSize(round(widget.width() * ratio), round(widget.height() * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(widget.palette().color(QPalette.ColorRole.Window))
    widget.render(pixmap)
    assert pixmap.save(str(SCREENSHOTS / f"{name}.png"), "PNG")
    return pixmap.toImage()


def clipped_texts(root: QWidget) -> list[str]:
    """Shown labels and buttons whose text needs more room than they have."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                needed = QSize(0, widget.heightForWidth(widget.contentsRect().width()))
            else:
                needed = widget.sizeHint()
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            needed, text = widget.sizeHint(), widget.text()
        else:
            continue
        short = needed.width() - widget.width() > SLACK or needed.height() - widget.height() > SLACK
        if short:
            owner = widget.parentWidget()
            found.append(
                f"{type(widget).__name__} {text[:40]!r} in {type(owner).__name__}: "
                f"needs {needed.width()}x{needed.height()}, has {widget.width()}x{widget.height()}"
            )
    return found


def test_the_loaded_window_shows_every_text_whole(
    qtbot: QtBot, look: tuple[str, float], sandbox: Sandbox, new_window: Callable[[], MainWindow]
) -> None:
    name, ratio = look
    window = new_window()
    window.resize(1280, 800)
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    window.results_view.table.selectRow(1)
    qtbot.wait(200)  # the statistics pane refreshes at most every 150 ms
    image = render(window, f"appearance-window-{name}", ratio)
    assert image.width() == round(window.width() * ratio)
    assert clipped_texts(window) == []

    learners = list(window.loader.grades or ())[:2]
    line_item = window.results_model.line_item()
    assert line_item is not None
    score = ScoreDialog(learners, line_item, ENGLISH)
    qtbot.addWidget(score)
    score.show()
    qtbot.waitExposed(score)
    render(score, f"appearance-score-{name}", ratio)
    assert clipped_texts(score) == []


def test_the_local_data_dialog_shows_every_text_whole(
    qtbot: QtBot, look: tuple[str, float], store: GradeStore, settings: WindowSettings
) -> None:
    name, ratio = look
    summary = summarize_local_data(store, "https://school.ltiaas.example#Bio 101", "Bio 101", None)
    dialog = LocalDataDialog(summary=summary, settings=settings, locale=ENGLISH)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    render(dialog, f"appearance-local-data-{name}", ratio)
    assert clipped_texts(dialog) == []


def test_a_cut_label_is_found(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    cut = QLabel("A sentence far too long for the room it is given", holder)
    cut.setFixedWidth(60)
    holder.show()
    assert [text.split(":")[0] for text in clipped_texts(holder)] == [
        "QLabel 'A sentence far too long for the room it ' in QWidget"
    ]
