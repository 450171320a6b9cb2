"""Option pieces more than one command shares, declared once."""

from __future__ import annotations

import datetime as dt

import click


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None
               ) -> dt.date | None:
    """Click callback: a ``YYYY-MM-DD`` option value as a date (``--date``)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


__all__ = ["parse_date"]
