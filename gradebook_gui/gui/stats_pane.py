"""Figures for the grade column on show (count, graded, mean, median, lowest, highest) and a
histogram painted with QPainter (QtCharts would add the large PySide6-Addons wheel).

The figures are of the scores as the table shows them: with the edits not yet sent, which the
pane then mentions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFormLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.locale_numbers import table_text
from gradebook_gui.gui.results_model import ResultsModel
from gradebook_gui.statistics import HISTOGRAM_BINS, ColumnStats, bin_bounds

NO_VALUE = "–"
# Figures over 100,000 rows cost tens of milliseconds, so while pages arrive they are computed
# at most this often.
REFRESH_DELAY_MS = 150


def _learners(locale: QLocale, count: int) -> str:
    return counted(
        translate("stats_pane", "{count} learner"),
        translate("stats_pane", "{count} learners", None, count),
        count,
        locale,
    )


class HistogramWidget(QWidget):
    """Bars for the ten bins over 0..maximum, and one for extra credit when there is any."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self._histogram: tuple[int, ...] = ()
        self._maximum = 0.0
        self._scale = 0
        self.setAccessibleName(translate("HistogramWidget", "Score histogram"))
        self._describe()

    def set_histogram(
        self, histogram: tuple[int, ...] | None, maximum: float | None, *, scale: int = 0
    ) -> None:
        """Bin counts as `ColumnStats.histogram` holds them, on a scale of `maximum`.

        `scale`: the count the full height stands for when histograms shown side by side share
        one scale (the tallest bar of them all); a bar of this histogram is never cut off.
        """
        if histogram is None or maximum is None:
            self._histogram, self._maximum = (), 0.0
        else:
            self._histogram, self._maximum = tuple(histogram), maximum
        self._scale = max(scale, *self._histogram, 0)
        self._describe()
        self.update()

    def histogram(self) -> tuple[int, ...]:
        return self._histogram

    def scale(self) -> int:
        """The count a bar of the full height stands for."""
        return self._scale

    def bar_heights(self) -> list[float]:
        """The height of each bar drawn, in pixels, left to right."""
        return [bar.height() for _index, bar in self._bars()]

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 8)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 8, line * 4)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if any(self._histogram):
                self._paint_bars(painter)
            else:
                self._paint_empty(painter)
        finally:
            painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.rect(), Qt.AlignmentFlag.AlignCenter, translate("HistogramWidget", "No grades yet")
        )

    def _plot_area(self) -> QRectF:
        """The rectangle the bars stand in: room left for the count and below for the axis."""
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance(self._locale.toString(self._scale)) + metrics.height() / 2
        top = metrics.height() * 0.6
        bottom = metrics.height() * 1.6
        right = metrics.horizontalAdvance(self._maximum_text()) / 2 + 2
        return QRectF(self.rect()).adjusted(left, top, -right, -bottom)

    def _bin_width(self, area: QRectF) -> float:
        # The extra-credit bar, when there is one, stands apart: half a bar further right.
        return area.width() / (HISTOGRAM_BINS + (1.5 if self._histogram[HISTOGRAM_BINS] else 0))

    def _bars(self) -> list[tuple[int, QRectF]]:
        """(bin index, rectangle) of each bar drawn: the extra-credit bar only when needed."""
        area = self._plot_area()
        if area.width() <= 0 or area.height() <= 0 or not any(self._histogram):
            return []
        above = self._histogram[HISTOGRAM_BINS]
        width = self._bin_width(area)
        tallest = self._scale
        bars = []
        for index, count in enumerate(self._histogram):
            if index == HISTOGRAM_BINS and not above:
                break
            left = area.left() + width * (index + (0.5 if index == HISTOGRAM_BINS else 0))
            height = area.height() * count / tallest
            bars.append((index, QRectF(left + 1, area.bottom() - height, width - 2, height)))
        return bars

    def _paint_bars(self, painter: QPainter) -> None:
        palette = self.palette()
        area = self._plot_area()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for index, bar in self._bars():
            painter.setPen(Qt.PenStyle.NoPen)
            if index == HISTOGRAM_BINS:
                # Hatched, so extra credit reads differently without relying on colour alone.
                painter.setBrush(QBrush(bar_colour, Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(bar_colour, 1))
            else:
                painter.setBrush(bar_colour)
            painter.drawRect(bar)
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        self._paint_labels(painter, area)

    def _paint_labels(self, painter: QPainter, area: QRectF) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        width = self._bin_width(area)
        scale_end = area.left() + width * HISTOGRAM_BINS
        baseline = area.bottom() + line * 0.3
        # Most important first: a label that would overlap one already drawn is left out.
        labels = [
            (area.left(), table_text(self._locale, 0)),
            (scale_end, self._maximum_text()),
        ]
        if self._histogram[HISTOGRAM_BINS]:
            labels.append((scale_end + width, translate("HistogramWidget", "above")))
        labels.append(((area.left() + scale_end) / 2, table_text(self._locale, self._maximum / 2)))
        drawn: list[QRectF] = []
        for centre, text in labels:
            text_width = metrics.horizontalAdvance(text) + line / 2
            box = QRectF(centre - text_width / 2, baseline, text_width, line)
            if not any(box.intersects(other) for other in drawn):
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
                drawn.append(box)
        tallest = self._locale.toString(self._scale)
        painter.drawText(
            QRectF(0, area.top() - line / 2, area.left() - line / 4, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            tallest,
        )

    def _maximum_text(self) -> str:
        return table_text(self._locale, self._maximum)

    # -- words for tooltips and assistive technology ---------------------------------------

    def bin_text(self, index: int) -> str:
        """A bin in words: "7 to 8: 5 learners", "above 10: 1 learner"."""
        low, high = bin_bounds(index, self._maximum)
        if high is None:
            scores = translate("HistogramWidget", "above {low}").format(
                low=table_text(self._locale, low)
            )
        else:
            scores = translate("HistogramWidget", "{low} to {high}").format(
                low=table_text(self._locale, low), high=table_text(self._locale, high)
            )
        return translate("HistogramWidget", "{scores}: {learners}").format(
            scores=scores, learners=_learners(self._locale, self._histogram[index])
        )

    def _describe(self) -> None:
        if not any(self._histogram):
            self.setAccessibleDescription(translate("HistogramWidget", "No grades yet"))
            return
        parts = [
            self.bin_text(index)
            for index, count in enumerate(self._histogram)
            if index < HISTOGRAM_BINS or count
        ]
        self.setAccessibleDescription(
            translate("HistogramWidget", "Scores: {bins}").format(bins="; ".join(parts))
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for index, bar in self._bars():
                column = QRectF(bar.left(), 0, bar.width(), self.height())
                if column.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), self.bin_text(index), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


class StatsPane(QWidget):
    """The column's figures on the line item's scale, over every loaded learner."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._model: ResultsModel | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_from_model)

        self._values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption, label in (
            ("count", translate("StatsPane", "Learners"), translate("StatsPane", "Learners:")),
            ("graded", translate("StatsPane", "Graded"), translate("StatsPane", "Graded:")),
            ("mean", translate("StatsPane", "Mean"), translate("StatsPane", "Mean:")),
            ("median", translate("StatsPane", "Median"), translate("StatsPane", "Median:")),
            ("minimum", translate("StatsPane", "Lowest"), translate("StatsPane", "Lowest:")),
            ("maximum", translate("StatsPane", "Highest"), translate("StatsPane", "Highest:")),
        ):
            value = QLabel(NO_VALUE, self)
            value.setAccessibleName(caption)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.addRow(label, value)
            self._values[key] = value
        self._scale = QLabel(self)
        self._scale.setAccessibleName(translate("StatsPane", "Scale"))
        self._histogram = HistogramWidget(self, self._locale)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._scale)
        layout.addWidget(self._histogram, 1)
        self.set_stats(None, None)

    def histogram(self) -> HistogramWidget:
        return self._histogram

    def scale_text(self) -> str:
        return self._scale.text()

    def value_text(self, key: str) -> str:
        """What the pane shows for count, graded, mean, median, minimum or maximum."""
        return self._values[key].text()

    def set_stats(self, stats: ColumnStats | None, maximum: float | None, unsent: int = 0) -> None:
        """Show `stats` of a column scored out of `maximum`; None empties the pane.

        `unsent` is how many of the scores counted are edits the LMS does not show yet.
        """
        self._values["count"].setText(self._locale.toString(stats.count) if stats else NO_VALUE)
        self._values["graded"].setText(self._locale.toString(stats.graded) if stats else NO_VALUE)
        for key in ("mean", "median", "minimum", "maximum"):
            value = getattr(stats, key) if stats else None
            text = NO_VALUE if value is None else table_text(self._locale, value)
            self._values[key].setText(text)
        scale = ""
        if stats is not None and maximum is not None:
            out_of = table_text(self._locale, maximum)
            if unsent:
                scale = counted(
                    translate("StatsPane", "Scores out of {maximum}, with {count} unsent change"),
                    translate(
                        "StatsPane",
                        "Scores out of {maximum}, with {count} unsent changes",
                        None,
                        unsent,
                    ),
                    unsent,
                    self._locale,
                    maximum=out_of,
                )
            else:
                scale = translate("StatsPane", "Scores out of {maximum}").format(maximum=out_of)
        self._scale.setText(scale)
        self._histogram.set_histogram(stats.histogram if stats else None, maximum)

    def bind(self, model: ResultsModel) -> None:
        """Follow `model`: refresh shortly after its data changes, at most every 150 ms."""
        self._model = model
        model.stats_changed.connect(self._schedule_refresh)
        # A run moving a change on to sent and verified leaves the scores, and so the figures,
        # as they were, but not the count of unsent changes the pane mentions; the figures are
        # kept by the model until a score changes, so refreshing for a state costs little. A row
        # a filter hides as its state moves on is removed rather than changed.
        changes = (model.dataChanged, model.rowsRemoved, model.rowsInserted, model.layoutChanged)
        for signal in changes:
            signal.connect(self._schedule_refresh)
        self._refresh_from_model()

    def _schedule_refresh(self) -> None:
        # Not restarted while pending, so a steady stream of pages cannot postpone it forever.
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_from_model(self) -> None:
        if self._model is None:
            return
        line_item = self._model.line_item()
        if line_item is None:
            self.set_stats(None, None)
        else:
            self.set_stats(self._model.stats(), line_item.scoreMaximum, self._model.unsent_count())
