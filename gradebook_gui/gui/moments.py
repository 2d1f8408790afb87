"""Dates and times shown so that nobody can misread them, in the user's time zone and locale.

The locale's short format is used when it is unambiguous to its readers: it must show the whole
year (a two-digit year is widened: `04.12.26` becomes `04.12.2026`). The C locale (the test
machines, some minimal desktops) has no convention of its own (`4 12 2026`), and a format
without a year cannot be trusted: both get ISO-like `2026-12-04 10:12`.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

ISO_DATE = "yyyy-MM-dd"
ISO_TIME = "HH:mm"


def _is_c(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def date_format(locale: QLocale) -> str:
    """The Qt date format to show a day in `locale`: its short format with the whole year."""
    if _is_c(locale):
        return ISO_DATE
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        if not re.search(r"(?<!y)yy(?!y)", pattern):
            return ISO_DATE
        pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)
    if "d" not in pattern or "M" not in pattern:
        return ISO_DATE
    return pattern


def time_format(locale: QLocale, *, seconds: bool = False) -> str:
    """The Qt time format of `locale` (24 hours under C), with seconds when asked for."""
    pattern = ISO_TIME if _is_c(locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in pattern:
        # Seconds go after the minutes where they are written "h:mm"; elsewhere ("10 h 12")
        # the 24-hour clock with seconds reads plainly.
        pattern = (
            pattern.replace("mm", "mm:ss", 1)
            if "mm" in pattern and ":" in pattern
            else ("HH:mm:ss")
        )
    return pattern


def day_text(day: QDate | date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return locale.toString(qdate, date_format(locale))


def moment_text(
    moment: QDateTime | datetime, locale: QLocale | None = None, *, seconds: bool = False
) -> str:
    """Day and time, in the user's time zone (an aware datetime is converted)."""
    locale = locale or QLocale()
    if isinstance(moment, datetime):
        moment = _qt_moment(moment)
    local = moment.toLocalTime()
    pattern = f"{date_format(locale)} {time_format(locale, seconds=seconds)}"
    return locale.toString(local, pattern)


def _qt_moment(moment: datetime) -> QDateTime:
    if moment.tzinfo is None:
        return QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _local_moment(value: str) -> QDateTime | None:
    try:
        return _qt_moment(datetime.fromisoformat(value))
    except ValueError:
        return None


def format_date(value: str | None, locale: QLocale | None = None) -> str:
    """The day of an ISO 8601 moment of the LMS, in the user's time zone and locale."""
    if not value:
        return ""
    moment = _local_moment(value)
    if moment is None:
        return value
    return day_text(moment.toLocalTime().date(), locale)


def format_moment(value: str | None, locale: QLocale | None = None) -> str:
    """Day and time of an ISO 8601 moment, for tooltips; unknown text as is."""
    if not value:
        return ""
    moment = _local_moment(value)
    if moment is None:
        return value
    return moment_text(moment, locale)
