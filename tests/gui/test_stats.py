"""The statistics pane and its histogram."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui.results_model import CellOverlay, ResultsModel
from gradebook_gui.gui.stats_pane import NO_VALUE, HistogramWidget, StatsPane
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.statistics import HISTOGRAM_BINS, column_stats

LINE_ITEM = LineItem(id="li", label="Quiz", scoreMaximum=10)
BAR_COLOUR = QColor(20, 160, 60)
FIGURES = ("count", "graded", "mean", "median", "minimum", "maximum")


def counts_colour(image: QImage, colour: QColor) -> int:
    """How many pixels of `image` have exactly `colour` (sampled every other pixel)."""
    wanted = colour.rgb()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixel(x, y) == wanted
    )


@pytest.fixture
def pane(qtbot: QtBot) -> StatsPane:
    stats_pane = StatsPane(locale=QLocale(QLocale.Language.German, QLocale.Country.Germany))
    qtbot.addWidget(stats_pane)
    return stats_pane


def test_figures_in_the_users_locale(pane: StatsPane) -> None:
    pane.set_stats(column_stats([7, 8, None, 9.25], 10), 10)
    shown = {key: pane.value_text(key) for key in FIGURES}
    assert shown == {
        "count": "4",
        "graded": "3",
        "mean": "8,08",
        "median": "8",
        "minimum": "7",
        "maximum": "9,25",
    }


def test_nothing_to_show(pane: StatsPane) -> None:
    pane.set_stats(column_stats([7], 10), 10)
    pane.set_stats(None, None)
    assert all(pane.value_text(key) == NO_VALUE for key in FIGURES)
    assert pane.histogram().histogram() == ()
    pane.set_stats(column_stats([None, None], 10), 10)
    assert pane.value_text("count") == "2" and pane.value_text("mean") == NO_VALUE


def test_bound_pane_follows_the_model(qtbot: QtBot, pane: StatsPane) -> None:
    model = ResultsModel()
    pane.bind(model)
    assert pane.value_text("count") == NO_VALUE
    model.begin_load(LINE_ITEM)
    model.add_members([Member(userId=str(n), roles=("Learner",)) for n in range(3)])
    model.add_results([Result(id="r", scoreOf="li", userId="1", resultScore=4, resultMaximum=5)])
    qtbot.waitUntil(lambda: pane.value_text("graded") == "1", timeout=2000)
    assert pane.value_text("count") == "3" and pane.value_text("mean") == "8"
    model.clear()
    qtbot.waitUntil(lambda: pane.value_text("count") == NO_VALUE, timeout=2000)


def test_edits_count_in_the_figures_and_are_mentioned(qtbot: QtBot, pane: StatsPane) -> None:
    model = ResultsModel()
    pane.bind(model)
    model.begin_load(LINE_ITEM)
    model.add_members([Member(userId=str(n), roles=("Learner",)) for n in range(3)])
    model.add_results([Result(id="r", scoreOf="li", userId="1", resultScore=4, resultMaximum=5)])
    qtbot.waitUntil(lambda: pane.scale_text() == "Scores out of 10", timeout=2000)
    draft = CellOverlay(GradeEdit("2", 6, 10), ServerGrade(), CellState.EDITED)
    model.update_overlays({"2": draft})
    qtbot.waitUntil(lambda: pane.value_text("graded") == "2", timeout=2000)
    assert pane.value_text("mean") == "7"
    assert pane.scale_text() == "Scores out of 10, with 1 unsent change"
    model.update_overlays({"2": None})
    qtbot.waitUntil(lambda: pane.scale_text() == "Scores out of 10", timeout=2000)


@pytest.fixture
def histogram(qtbot: QtBot) -> HistogramWidget:
    widget = HistogramWidget(locale=QLocale(QLocale.Language.English))
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Highlight, BAR_COLOUR)
    widget.setPalette(palette)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("size", [QSize(1, 1), QSize(60, 30), QSize(320, 160), QSize(1400, 700)])
@pytest.mark.parametrize("scores", [[], [None], [1, 2, 2, 9.5, 10], [3, 12, 15]])
def test_histogram_paints_at_any_size(
    histogram: HistogramWidget, size: QSize, scores: list[float | None]
) -> None:
    histogram.set_histogram(column_stats(scores, 10).histogram, 10)
    histogram.resize(size)
    image = histogram.grab().toImage()
    assert not image.isNull()
    if size.width() >= 320 and any(score is not None for score in scores):
        assert counts_colour(image, BAR_COLOUR) > 0  # the bars use the palette's colour
    if not any(score is not None for score in scores):
        assert counts_colour(image, BAR_COLOUR) == 0


def test_histogram_paints_at_high_dpi(histogram: HistogramWidget) -> None:
    histogram.set_histogram(column_stats([1, 5, 5, 11], 10).histogram, 10)
    histogram.resize(300, 150)
    pixmap = QPixmap(QSize(600, 300))
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(QColor("white"))
    histogram.render(pixmap)
    assert counts_colour(pixmap.toImage(), BAR_COLOUR) > 0


def test_histogram_follows_a_dark_palette(histogram: HistogramWidget) -> None:
    dark = QPalette(QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.Highlight, QColor(90, 140, 230))
    histogram.setPalette(dark)
    histogram.set_histogram(column_stats([5, 5, 6], 10).histogram, 10)
    histogram.resize(300, 150)
    assert counts_colour(histogram.grab().toImage(), QColor(90, 140, 230)) > 0


def test_histogram_describes_its_bins(histogram: HistogramWidget) -> None:
    histogram.set_histogram(column_stats([0.5, 9, 10, 12], 10).histogram, 10)
    description = histogram.accessibleDescription()
    assert description.startswith("Scores: 0 to 1: 1 learner; 1 to 2: 0 learners;")
    assert "9 to 10: 2 learners; above 10: 1 learner" in description
    assert histogram.bin_text(HISTOGRAM_BINS) == "above 10: 1 learner"
    histogram.set_histogram(column_stats([1, 2], 10).histogram, 10)
    assert "above" not in histogram.accessibleDescription()
    histogram.set_histogram(None, None)
    assert histogram.accessibleDescription() == "No grades yet"


def test_histogram_draws_against_a_shared_count_scale(histogram: HistogramWidget) -> None:
    counts = column_stats([5, 5, 6], 10).histogram
    histogram.resize(320, 160)
    histogram.set_histogram(counts, 10)
    full = max(histogram.bar_heights())
    histogram.set_histogram(counts, 10, scale=4)
    assert histogram.scale() == 4
    assert max(histogram.bar_heights()) == pytest.approx(full / 2)
    # A scale below the tallest bar never cuts it off.
    histogram.set_histogram(counts, 10, scale=1)
    assert histogram.scale() == 2
    assert max(histogram.bar_heights()) == pytest.approx(full)
