"""Dates nobody can misread: the locale's own order with the whole year, ISO-like under C."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from gradebook_gui.gui.moments import day_text, format_date, format_moment, moment_text

# Without a zone, a moment is shown as it is: the test does not depend on the machine's zone.
MOMENT = datetime(2026, 12, 4, 10, 12, 9)


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        (QLocale.c(), "2026-12-04 10:12"),
        (QLocale("de_DE"), "04.12.2026 10:12"),  # its short format says "04.12.26"
        (QLocale("en_GB"), "04/12/2026 10:12"),
        (QLocale("fr_CA"), "2026-12-04 10 h 12"),
        (QLocale("es_ES"), "4/12/2026 10:12"),  # its short format says "4/12/26"
    ],
)
def test_a_moment_shows_the_whole_year_in_the_locale_s_order(locale: QLocale, shown: str) -> None:
    assert moment_text(MOMENT, locale) == shown


def test_seconds_and_days_and_the_lms_s_own_text() -> None:
    assert moment_text(MOMENT, QLocale.c(), seconds=True) == "2026-12-04 10:12:09"
    assert day_text(MOMENT.date(), QLocale("de_DE")) == "04.12.2026"
    assert format_date("2025-10-20T23:59:00", QLocale.c()) == "2025-10-20"
    assert format_moment("2025-10-20T23:59:00", QLocale.c()) == "2025-10-20 23:59"
    assert format_date("next week", QLocale.c()) == "next week"  # not a date: shown as is
    assert format_date(None) == ""
