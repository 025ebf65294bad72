"""Reporting periods and deadlines (Decree 09/2019/NĐ-CP cut-offs or calendar halves)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models import PeriodConvention


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class ReportCalendar:
    """The two periodic reports of one year: their data periods and their deadlines."""

    year: int
    convention: PeriodConvention
    six_month_period: Period
    annual_period: Period
    six_month_deadline: date
    annual_deadline: date
    deadlines_overridden: bool


def six_month_period(year: int, convention: PeriodConvention) -> Period:
    if convention is PeriodConvention.DECREE_09:
        return Period(date(year - 1, 12, 15), date(year, 6, 14))
    return Period(date(year, 1, 1), date(year, 6, 30))


def annual_period(year: int, convention: PeriodConvention) -> Period:
    if convention is PeriodConvention.DECREE_09:
        return Period(date(year - 1, 12, 15), date(year, 12, 14))
    return Period(date(year, 1, 1), date(year, 12, 31))


def is_valid_day_month(day: int, month: int) -> bool:
    """A day and month that exist in every year (29/02 is refused: it would vanish 3 years in 4)."""
    try:
        date(2023, month, day)
    except (ValueError, TypeError):
        return False
    return True
