"""A wait in words: the same English for the command line, and a sentence the window translates
when it is part of one."""

from __future__ import annotations

import pytest

from gradebook_gui.api import RateLimitedError, WaitTooLongError, describe_duration
from gradebook_gui.wording import Wording
from tests.test_wording import unfiled


@pytest.mark.parametrize(
    ("seconds", "english", "count"),
    [
        (0.2, "1 second", 1),
        (45, "45 seconds", 45),
        (90, "2 minutes", 2),
        (3600, "1 hour", 1),
        (47 * 3600, "47 hours", 47),
        (1e9, "11,574 days", 11_574),
        (float("inf"), "more than 100 years", None),
    ],
)
def test_a_wait_reads_the_same_in_english_and_is_filed_for_the_translators(
    seconds: float, english: str, count: int | None
):
    wait = describe_duration(seconds)
    assert isinstance(wait, Wording)
    assert str(wait) == english
    assert wait.count == count
    assert unfiled(wait) == []


def test_a_wait_inside_a_sentence_stays_a_sentence_of_its_own():
    wait = describe_duration(3600)
    sentence = Wording("engine", "The LMS asked us to wait {wait}.", {"wait": wait})
    assert str(sentence) == "The LMS asked us to wait 1 hour."
    assert sentence.values["wait"] is wait


def test_the_errors_that_name_a_wait_keep_their_english():
    busy = RateLimitedError("Sending the grade", retry_after=120)
    assert busy.next_step == "The server is busy; try again in 2 minutes."
    stopped = WaitTooLongError("Sending the grade", wait_seconds=3600, max_wait=300)
    assert str(stopped) == (
        "Sending the grade stopped: the LMS asked us to wait 1 hour, longer than the 5 minutes "
        "this app waits at most. Try again later."
    )
