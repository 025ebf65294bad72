"""The one warning window and the due-date rules every area uses.

"Cảnh báo trước (ngày)" (``Agency.due_soon_days``, 14 for a new agency) is the only window: a thing
due within it is *sắp đến hạn*. For a due date ``due`` and the day ``today``:

- *sắp đến hạn* (``DUE_SOON``) when 0 ≤ due − today ≤ window and not done — due today is due soon,
  not late;
- *quá hạn* (``LATE``) when due < today and not done;
- *chưa đến hạn* (``UPCOMING``) when further ahead (or no due date);
- *đã xong* (``DONE``) when done on or before the due date (or done without a date to compare);
- *xong muộn* (``DONE_LATE``) when done after the due date.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import select

from app import models as m
from app.services.unit_of_work import UnitOfWork

DEFAULT_WINDOW_DAYS = 14
MAX_WINDOW_DAYS = 365


class DueState(enum.Enum):
    DONE = "done"  # đã xong
    DONE_LATE = "done_late"  # xong muộn
    DUE_SOON = "due_soon"  # sắp đến hạn
    LATE = "late"  # quá hạn
    UPCOMING = "upcoming"  # chưa đến hạn
    NOT_APPLICABLE = "not_applicable"  # không áp dụng


def due_state(
    due: date | None, today: date, window: int, *, done: bool = False, done_on: date | None = None
) -> DueState:
    """The state of something due on ``due`` as of ``today`` (``done_on`` implies done)."""
    if done or done_on is not None:
        if due is not None and done_on is not None and done_on > due:
            return DueState.DONE_LATE
        return DueState.DONE
    if due is None:
        return DueState.UPCOMING
    if due < today:
        return DueState.LATE
    if (due - today).days <= window:
        return DueState.DUE_SOON
    return DueState.UPCOMING


def warning_window(uow: UnitOfWork) -> int:
    """The agency's warning window in days (the default before the agency is set up)."""
    days = uow.session.scalars(select(m.Agency.due_soon_days).limit(1)).first()
    return DEFAULT_WINDOW_DAYS if days is None else int(days)
