import itertools
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import ESSAY_ID, KEY, QUIZ_ID, START

ONE_SECOND = timedelta(seconds=1)
_students = (f"student-{n}" for n in itertools.count())

moments = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
    ),
)


def floor_to_millisecond(moment: datetime) -> datetime:
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


# One store for every example: each example uses a student of its own.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(clock_readings=st.lists(moments, min_size=1, max_size=12))
def test_timestamps_increase_by_a_second_at_least_whatever_the_clock_does(store, clock_readings):
    user = next(_students)
    handed_out = [store.next_timestamp(KEY, QUIZ_ID, user, now) for now in clock_readings]

    for now, stamp in zip(clock_readings, handed_out, strict=True):
        assert stamp.utcoffset() == timedelta(0)
        assert stamp.microsecond % 1000 == 0
        assert stamp >= floor_to_millisecond(now)
    for earlier, later in itertools.pairwise(handed_out):
        assert later - earlier >= ONE_SECOND
    # The clock's own reading is used whenever it is late enough.
    for previous, now, stamp in zip(handed_out, clock_readings[1:], handed_out[1:], strict=False):
        if floor_to_millisecond(now) >= previous + ONE_SECOND:
            assert stamp == floor_to_millisecond(now)


def test_the_first_timestamp_is_now_to_the_millisecond(store):
    assert store.next_timestamp(KEY, QUIZ_ID, "a", START) == START.replace(microsecond=123000)


def test_no_timestamp_is_reused_after_a_restart(store, open_store):
    first = store.next_timestamp(KEY, QUIZ_ID, "a", START)
    store.close()
    # The clock went back an hour meanwhile.
    again = open_store().next_timestamp(KEY, QUIZ_ID, "a", START - timedelta(hours=1))
    assert again == first + ONE_SECOND


def test_timestamps_are_per_student_and_line_item(store):
    first = store.next_timestamp(KEY, QUIZ_ID, "a", START)
    assert store.next_timestamp(KEY, QUIZ_ID, "b", START) == first
    assert store.next_timestamp(KEY, ESSAY_ID, "a", START) == first
    assert store.next_timestamp(KEY, QUIZ_ID, "a", START) == first + ONE_SECOND


def test_a_clock_without_time_zone_is_refused(store):
    with pytest.raises(ValueError, match="time zone"):
        store.next_timestamp(KEY, QUIZ_ID, "a", datetime(2026, 1, 1))
