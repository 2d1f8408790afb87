"""Summary figures of one grade column: how many learners, how many graded, and how scores spread.

Scores are on the line item's scale (`StudentGrade.score(line_item)`). Extra credit is legal, so
the histogram has ten equal bins over 0..maximum plus one more bin, always last, counting the
scores above the maximum (`numbers.is_extra_credit`, the rule every part of the app uses); a score
equal to the maximum belongs to the tenth bin.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from gradebook_gui.numbers import is_extra_credit

HISTOGRAM_BINS = 10
"""Equal bins over 0..maximum; the histogram holds one more, the "above maximum" bin."""

# Scores arrive as resultScore / resultMaximum x scoreMaximum, so a score on a bin's edge can come
# out as 2.9999999999999996: within this relative tolerance it is on the edge it is closest to.
_RELATIVE_TOLERANCE = 1e-9


def histogram_bin(score: float, maximum: float) -> int:
    """The index of the bin a score falls in; `HISTOGRAM_BINS` means above the maximum.

    A negative score (which no LMS should report) is counted in the first bin, so that every
    graded learner is counted somewhere.
    """
    if is_extra_credit(score, maximum):
        return HISTOGRAM_BINS
    position = math.floor(score / maximum * HISTOGRAM_BINS + _RELATIVE_TOLERANCE)
    return min(max(position, 0), HISTOGRAM_BINS - 1)


def bin_bounds(index: int, maximum: float) -> tuple[float, float | None]:
    """The scores a bin holds, from its lower bound; the upper bound is None for the last bin."""
    if index >= HISTOGRAM_BINS:
        return maximum, None
    width = maximum / HISTOGRAM_BINS
    return index * width, (index + 1) * width


@dataclass(frozen=True, slots=True)
class ColumnStats:
    """Figures for one grade column; the score figures are None when nothing is graded."""

    count: int
    graded: int
    mean: float | None
    median: float | None
    minimum: float | None
    maximum: float | None
    # HISTOGRAM_BINS equal bins over 0..scoreMaximum, then the count above scoreMaximum.
    histogram: tuple[int, ...]

    @property
    def above_maximum(self) -> int:
        """How many learners have extra credit (a score above the line item's maximum)."""
        return self.histogram[HISTOGRAM_BINS]


def column_stats(scores: Iterable[float | None], maximum: float) -> ColumnStats:
    """Figures over every learner's score; None means the learner has no grade."""
    if not maximum > 0:
        raise ValueError(f"A grade column's maximum must be greater than 0, not {maximum!r}.")
    count = 0
    graded: list[float] = []
    for score in scores:
        count += 1
        if score is not None:
            graded.append(score)
    bins = [0] * (HISTOGRAM_BINS + 1)
    for score in graded:
        bins[histogram_bin(score, maximum)] += 1
    if not graded:
        return ColumnStats(count, 0, None, None, None, None, tuple(bins))
    return ColumnStats(
        count=count,
        graded=len(graded),
        mean=statistics.fmean(graded),
        median=statistics.median(graded),
        minimum=min(graded),
        maximum=max(graded),
        histogram=tuple(bins),
    )
