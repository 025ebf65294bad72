"""The rules that decide which corrective actions are open, overdue or in a year's register, and which
findings are "without action", as plain predicates and as SQL clauses.

One definition for every reader: the corrective-action and audit services, their pages, the
exports, the home page and the report. A row's predicate and its SQL clause say the same thing; the
tests check them against each other.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, not_, or_, select

from app import models as m

OPEN_STATUSES = (m.CaStatus.NEW, m.CaStatus.ANALYSING, m.CaStatus.IN_PROGRESS, m.CaStatus.VERIFYING)
DONE_STATUSES = (m.CaStatus.CLOSED, m.CaStatus.CANCELLED)
DEFAULT_DUE_DAYS = 30  # a new request is due this many days after it was raised
CA_SERIES = "corrective_action"  # its series in ``number_counter``


def ca_number(seq: int, year: int) -> str:
    """ "07/2026": the request's number, two digits at least, within the year it was raised."""
    return f"{seq:02d}/{year}"


def parse_ca_number(text: str) -> tuple[int, int | None] | None:
    """ "7", "07" or "07/2026" -> (7, None) / (7, 2026); None when it is not a request number."""
    match = re.fullmatch(r"\s*0*(\d{1,4})\s*(?:/\s*(\d{4}))?\s*", text or "")
    if not match or int(match.group(1)) == 0:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


# ---- corrective actions --------------------------------------------------------------------------
def is_open(status: m.CaStatus) -> bool:
    return status in OPEN_STATUSES


def is_overdue(status: m.CaStatus, due_on: date | None, today: date) -> bool:
    """Overdue: not closed or cancelled, and due before today (a request due today is not)."""
    return status in OPEN_STATUSES and due_on is not None and due_on < today


def overdue_clause(today: date) -> ColumnElement[bool]:
    ca = m.CorrectiveAction
    return and_(ca.status.in_(OPEN_STATUSES), ca.due_on < today)


def in_register(raised_on: date, closed_on: date | None, cancelled_on: date | None, year: int) -> bool:
    """The year's register: requests raised in ``year``, plus earlier ones not closed or cancelled
    before 01/01 of ``year``."""
    if raised_on.year == year:
        return True
    if raised_on.year > year:
        return False
    start = date(year, 1, 1)
    ended = [d for d in (closed_on, cancelled_on) if d is not None]
    return not any(d < start for d in ended)


def register_clause(year: int) -> ColumnElement[bool]:
    ca = m.CorrectiveAction
    start = date(year, 1, 1)
    return or_(
        ca.year == year,
        and_(
            ca.raised_on < start,
            or_(ca.closed_on.is_(None), ca.closed_on >= start),
            or_(ca.cancelled_on.is_(None), ca.cancelled_on >= start),
        ),
    )


# ---- findings ------------------------------------------------------------------------------------
def needs_action(kind: m.FindingType) -> bool:
    """An NC (major or minor) or a recommendation needs a corrective action."""
    return kind in m.ACTION_FINDING_TYPES


def is_without_action(kind: m.FindingType, closed_on: date | None, live_requests: int) -> bool:
    """Without action: needs one, has no corrective action that is not cancelled
    (``live_requests``), and no dated note closing it without one."""
    return needs_action(kind) and closed_on is None and live_requests == 0


def has_live_request_clause() -> ColumnElement[bool]:
    """The finding is answered by a corrective action that is not cancelled."""
    link, ca = m.CaFinding, m.CorrectiveAction
    return exists(
        select(link.id)
        .join(ca, ca.id == link.request_id)
        .where(link.finding_id == m.Finding.id, ca.status != m.CaStatus.CANCELLED)
    )


def without_action_clause() -> ColumnElement[bool]:
    f = m.Finding
    return and_(f.type.in_(m.ACTION_FINDING_TYPES), f.closed_on.is_(None), not_(has_live_request_clause()))


def found_in_year_clause(year: int) -> ColumnElement[bool]:
    """Found in ``year`` (a range on the indexed date)."""
    return and_(m.Finding.found_on >= date(year, 1, 1), m.Finding.found_on <= date(year, 12, 31))
