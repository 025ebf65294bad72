"""What "today" is: the system date, or a date pinned with ``--today`` (tests, demos, benchmarks).

Every rule that depends on the date (statuses, overdue, due soon, the demo's dates, the timestamps
written with rows) reads one ``Clock``; the composition root builds it once and hands it to every
service and page.
"""

from __future__ import annotations

from datetime import date, datetime, time


class Clock:
    """The date the app works on; ``pin(day)`` fixes it, ``pin(None)`` returns to the system date."""

    def __init__(self, pinned: date | None = None) -> None:
        self._pinned = pinned

    @property
    def pinned(self) -> date | None:
        return self._pinned

    def pin(self, day: date | None) -> None:
        self._pinned = day

    def today(self) -> date:
        return self._pinned or date.today()

    def now(self) -> datetime:
        """The current local time of day on ``today()`` (naive, as SQLite stores it)."""
        real = datetime.now()
        if self._pinned is None:
            return real
        return datetime.combine(self._pinned, real.time())

    def midday(self) -> datetime:
        """``today()`` at noon: a repeatable timestamp for generated data."""
        return datetime.combine(self.today(), time(12, 0))


def parse_iso_day(text: str) -> date:
    """``YYYY-MM-DD`` (the ``--today`` option); ValueError otherwise."""
    parts = text.strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(text)
    return date(int(parts[0]), int(parts[1]), int(parts[2]))
