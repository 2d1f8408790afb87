"""Column statistics: counts, centre and spread, and the histogram with its extra-credit bin."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gradebook_gui.models import Result
from gradebook_gui.numbers import is_extra_credit
from gradebook_gui.statistics import (
    HISTOGRAM_BINS,
    ColumnStats,
    bin_bounds,
    column_stats,
    histogram_bin,
)

maximums = st.floats(min_value=0.5, max_value=1000, allow_nan=False, allow_infinity=False)
scores = st.floats(min_value=0, max_value=2000, allow_nan=False, allow_infinity=False)


def test_nothing_graded_has_counts_but_no_figures() -> None:
    stats = column_stats([None, None, None], 10)
    assert stats == ColumnStats(3, 0, None, None, None, None, (0,) * (HISTOGRAM_BINS + 1))


def test_no_learners_at_all() -> None:
    stats = column_stats([], 10)
    assert (stats.count, stats.graded, stats.mean) == (0, 0, None)
    assert sum(stats.histogram) == 0


def test_figures_over_graded_learners_only() -> None:
    stats = column_stats([2, None, 4, 9, None], 10)
    assert (stats.count, stats.graded) == (5, 3)
    assert stats.mean == pytest.approx(5)
    assert (stats.median, stats.minimum, stats.maximum) == (4, 2, 9)


def test_median_of_an_even_count_is_the_middle_pair_average() -> None:
    assert column_stats([1, 2, 3, 10], 10).median == 2.5


def test_histogram_bins_are_tenths_of_the_maximum() -> None:
    stats = column_stats([0, 0.99, 1, 5.5, 9.99, 10], 10)
    assert stats.histogram == (2, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0)


def test_extra_credit_goes_to_the_last_bin() -> None:
    stats = column_stats([10, 10.5, 12], 10)
    assert stats.histogram[HISTOGRAM_BINS - 1] == 1
    assert stats.above_maximum == 2
    assert stats.maximum == 12


def test_a_full_score_after_rescaling_is_not_extra_credit() -> None:
    # An LMS storing 0.1 * 3 out of 0.3: on a column out of 10 that is 10.000000000000002.
    result = Result(id="r", scoreOf="li", userId="u", resultScore=0.1 * 3, resultMaximum=0.3)
    score = result.score_on_scale(10)
    assert score is not None and score > 10
    assert not is_extra_credit(score, 10)
    assert histogram_bin(score, 10) == HISTOGRAM_BINS - 1


def test_the_extra_credit_bin_counts_what_the_rest_of_the_app_calls_extra_credit() -> None:
    # Above the maximum by less than the read-back can tell apart: the LMS shows the maximum.
    within_read_back = 10 * (1 + 1e-7)
    assert not is_extra_credit(within_read_back, 10)
    assert column_stats([within_read_back], 10).above_maximum == 0
    assert histogram_bin(within_read_back, 10) == HISTOGRAM_BINS - 1
    assert column_stats([10.01], 10).above_maximum == 1


def test_rescaled_scores_land_in_the_bin_of_their_value() -> None:
    # 3 of 10 rescaled to a maximum of 10 is 3.0000000000000004 or 2.9999999999999996 at worst.
    for value in (2.9999999999999996, 3.0000000000000004):
        assert histogram_bin(value, 10) == 3


def test_a_negative_score_is_still_counted() -> None:
    assert column_stats([-1], 10).histogram[0] == 1


def test_the_maximum_must_be_positive() -> None:
    with pytest.raises(ValueError, match="greater than 0"):
        column_stats([1], 0)


def test_bin_bounds_cover_the_scale_then_above() -> None:
    assert bin_bounds(0, 20) == (0, 2)
    assert bin_bounds(HISTOGRAM_BINS - 1, 20) == (18, 20)
    assert bin_bounds(HISTOGRAM_BINS, 20) == (20, None)


@given(st.lists(st.one_of(st.none(), scores), max_size=60), maximums)
def test_properties_hold_for_any_scores(values: list[float | None], maximum: float) -> None:
    stats = column_stats(values, maximum)
    graded = [value for value in values if value is not None]
    assert stats.count == len(values)
    assert stats.graded == len(graded)
    assert len(stats.histogram) == HISTOGRAM_BINS + 1
    assert sum(stats.histogram) == stats.graded
    assert stats.above_maximum == sum(1 for value in graded if is_extra_credit(value, maximum))
    if graded:
        assert stats.minimum is not None and stats.maximum is not None
        assert stats.median is not None and stats.mean is not None
        assert stats.minimum <= stats.median <= stats.maximum
        tolerance = 1e-9 * max(1.0, abs(stats.maximum))
        assert stats.minimum - tolerance <= stats.mean <= stats.maximum + tolerance
    else:
        assert stats.mean is None and stats.minimum is None


@given(scores, maximums)
def test_each_score_falls_within_its_bin(score: float, maximum: float) -> None:
    index = histogram_bin(score, maximum)
    low, high = bin_bounds(index, maximum)
    slack = 1e-9 * maximum
    assert low - slack <= score
    if high is None:
        assert score > maximum
    else:
        assert score <= high + slack
        assert math.isfinite(high)
