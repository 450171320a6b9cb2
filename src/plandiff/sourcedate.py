"""The one reading of ``SOURCE_DATE_EPOCH`` (reproducible-builds.org): the date a report
says it was made, so that the same inputs give the same bytes. Never the wall clock."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping

from plandiff.errors import InputError

VARIABLE = "SOURCE_DATE_EPOCH"


def source_date(env: Mapping[str, str] | None = None) -> dt.datetime | None:
    """``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) as an aware UTC time; ``None`` when it
    is unset or blank. A value that is not a whole number of seconds in the range of dates is
    an :class:`InputError`."""
    raw = (os.environ if env is None else env).get(VARIABLE, "").strip()
    if not raw:
        return None
    try:
        return dt.datetime.fromtimestamp(int(raw), tz=dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise InputError(f"{VARIABLE} must be a whole number of seconds since 1970, "
                         f"not {raw[:40]!r}") from None


def report_date(dates: Iterable[dt.date], env: Mapping[str, str] | None = None) -> dt.datetime:
    """The time written into a report: ``SOURCE_DATE_EPOCH`` when set, else midnight UTC of
    the latest of ``dates`` (1970-01-01 when there is none)."""
    when = source_date(env)
    if when is not None:
        return when
    latest = max(dates, default=dt.date(1970, 1, 1))
    return dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.UTC)


__all__ = ["VARIABLE", "report_date", "source_date"]
