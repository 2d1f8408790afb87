"""Moments of the LMS (ISO 8601 text) shown in the user's time zone and locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _local_moment(value: str) -> QDateTime | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def format_date(value: str | None, locale: QLocale | None = None) -> str:
    """The day of an ISO 8601 moment of the LMS, in the user's time zone and locale."""
    if not value:
        return ""
    moment = _local_moment(value)
    if moment is None:
        return value
    return (locale or QLocale()).toString(moment.date(), QLocale.FormatType.ShortFormat)


def format_moment(value: str | None, locale: QLocale | None = None) -> str:
    """Day and time of an ISO 8601 moment, for tooltips; unknown text as is."""
    if not value:
        return ""
    moment = _local_moment(value)
    if moment is None:
        return value
    return (locale or QLocale()).toString(moment, QLocale.FormatType.LongFormat)
