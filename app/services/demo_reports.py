"""Demo data, the 6-month and annual reports: composed by the service from the demo's records.

- previous year: both reports signed the day before their deadline and sent on it;
- current year: the 6-month report signed and sent the same way when ``today`` is past its
  deadline, otherwise a draft; the annual report a draft (nothing is dated after ``ctx.today``).

Each answers the Sở Khoa học và Công nghệ's request ("Công văn số …/SKHCN-TĐC"), once it has come
(20/5 for the 6-month report, 18/11 for the annual one).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app import models as m
from app.services.areas import DemoCount

if TYPE_CHECKING:
    from app.services.demo import DemoContext

_NUMBERS = {m.ReportKind.H1: 112, m.ReportKind.YEAR: 268}


def _request(kind: m.ReportKind, year: int, today: date) -> str:
    """The Sở's request the report answers; none yet when it is dated after ``today``."""
    asked_on = date(year, 5, 20) if kind is m.ReportKind.H1 else date(year, 11, 18)
    if asked_on > today:
        return ""
    if kind is m.ReportKind.H1:
        return (
            f"Công văn số 1235/SKHCN-TĐC ngày 20/5/{year} của Sở Khoa học và Công nghệ tỉnh Hà Tĩnh về việc "
            f"báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL 6 tháng đầu năm {year}"
        )
    return (
        f"Công văn số 2718/SKHCN-TĐC ngày 18/11/{year} của Sở Khoa học và Công nghệ tỉnh Hà Tĩnh về việc "
        f"báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL năm {year}"
    )


def fill_reports(ctx: DemoContext) -> Sequence[DemoCount]:
    s = ctx.services.reports
    calendar_of = ctx.services.agency.report_calendar
    today = ctx.today
    stored = sent = 0
    for year in (today.year - 1, today.year):
        calendar = calendar_of(year)
        deadlines = {
            m.ReportKind.H1: calendar.six_month_deadline,
            m.ReportKind.YEAR: calendar.annual_deadline,
        }
        for kind in s.kinds():
            period = s.period(kind, year)
            if period.start > today:
                continue
            deadline = deadlines[kind]
            report_id = s.compose(kind, year)
            stored += 1
            fields = dataclasses.replace(s.get(report_id).fields(), request_ref=_request(kind, year, today))
            signed_on = deadline - timedelta(days=1)
            if deadline <= today and signed_on >= period.start:
                number = f"{_NUMBERS[kind] + (year - ctx.first_year) * 3}/BC-UBND"
                s.update(report_id, dataclasses.replace(fields, number=number, report_on=signed_on))
                s.sign(report_id, number, signed_on)
                s.send(report_id, deadline)
                sent += 1
            else:
                s.update(report_id, fields)
    return [
        DemoCount("reports", "Báo cáo 6 tháng / năm đã lập", stored),
        DemoCount("reports_sent", "Báo cáo đã gửi cấp trên", sent),
    ]
