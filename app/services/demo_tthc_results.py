"""Demo data: TTHC results per quarter (the one-stop system's figures) of the previous and the
current year, for the whole agency and three fields (Chứng thực, Hộ tịch, Đất đai).

The whole agency's year-to-date on-time rate at the end of each quarter is the value the on-time
objective's measurements show (``app.services.demo_objectives``: 98,6 / 98,9 / 99,1 / 99,2 % the
previous year, 97,8 / 98,3 / 98,6 … % this year); the current quarter runs to ``today`` and its
year-to-date rate is that quarter's value too. Late files are mostly land files (Đất đai), as the
objective's note for the first quarter says. Everything through the service; nothing after today.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from app.models import Frequency
from app.services.areas import DemoCount
from app.services.objectives import period_bounds
from app.services.text import fold
from app.services.tthc_results import TthcResultFields, on_time_rate

if TYPE_CHECKING:
    from app.services.demo import DemoContext

# Files resolved by the whole agency in a full quarter (previous year, then this year).
_VOLUME = {0: (468, 512, 497, 541), 1: (503, 547, 529, 566)}
# Share of the quarter's resolved files per field, and of the late ones.
_FIELDS = (("Chứng thực", 0.41, 0.0), ("Hộ tịch", 0.24, 0.15), ("Đất đai", 0.08, 0.6))


def _targets() -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(previous, current) quarterly values of the on-time objective of the objectives' demo."""
    from app.services.demo_objectives import _OBJECTIVES

    for spec in _OBJECTIVES:
        if "dung han" in fold(spec.indicator) and spec.frequency is Frequency.QUARTER:
            return tuple(spec.previous), tuple(spec.current)
    return (98.6, 98.9, 99.1, 99.2), (97.8, 98.3, 98.6, 98.9)


def fill_tthc_results(ctx: DemoContext) -> list[DemoCount]:
    service = ctx.services.tthc_results
    rng = random.Random(ctx.seed + 11)
    previous, current = _targets()
    count = 0
    year = ctx.today.year
    carried = 14
    for offset, targets in ((0, previous), (1, current)):
        y = year - 1 + offset
        cum_resolved = cum_late = 0
        for quarter in range(1, 5):
            start, end = period_bounds(y, Frequency.QUARTER, quarter)
            if start > ctx.today:
                break
            end = min(end, ctx.today)
            share = ((end - start).days + 1) / (
                (period_bounds(y, Frequency.QUARTER, quarter)[1] - start).days + 1
            )
            resolved = max(int(_VOLUME[offset][quarter - 1] * share), 3)
            late = 0
            # The quarter's late files so that the year-to-date rate is the objective's value.
            for _ in range(400):
                total = cum_resolved + resolved
                late = max(round(total * (100 - targets[quarter - 1]) / 100) - cum_late, 0)
                if on_time_rate(total - cum_late - late, 0, cum_late + late) == targets[quarter - 1]:
                    break
                resolved += 1
            pending = max(round(resolved * 0.03) + rng.randint(0, 4), 1)
            overdue = 1 if late > 3 and quarter < 4 else 0
            rows = _split(resolved, late, carried, pending, overdue, rng)
            for field, (f_carried, f_resolved, f_late, f_pending, f_overdue) in rows.items():
                early = round((f_resolved - f_late) * (0.34 if field != "Đất đai" else 0.12))
                received = max(f_resolved + f_pending + f_overdue - f_carried, 0)
                online = round(received * (0.62 if field == "Chứng thực" else 0.45))
                service.create(
                    TthcResultFields(
                        from_on=start,
                        to_on=end,
                        field=field,
                        carried_over=f_carried,
                        received=received,
                        received_online=online,
                        received_direct=received - online,
                        early=early,
                        on_time=f_resolved - f_late - early,
                        late=f_late,
                        pending_in_time=f_pending,
                        pending_overdue=f_overdue,
                        note=""
                        if end == period_bounds(y, Frequency.QUARTER, quarter)[1]
                        else "Số liệu đến hết ngày lập báo cáo, quý chưa kết thúc",
                    )
                )
                count += 1
            cum_resolved += resolved
            cum_late += late
            carried = pending + overdue
    return [DemoCount("tthc_results", "Số liệu giải quyết TTHC theo kỳ", count)]


def _split(
    resolved: int, late: int, carried: int, pending: int, overdue: int, rng: random.Random
) -> dict[str, tuple[int, int, int, int, int]]:
    """The whole agency's row ("") and the fields' rows (each part of the whole):
    field → (carried over, resolved, late, pending in time, pending overdue)."""
    rows: dict[str, tuple[int, int, int, int, int]] = {"": (carried, resolved, late, pending, overdue)}
    late_left = late
    for field, share, late_share in _FIELDS:
        f_resolved = max(round(resolved * share) + rng.randint(-4, 4), 1)
        f_late = min(round(late * late_share), late_left, f_resolved)
        late_left -= f_late
        f_pending = round(pending * share)
        f_overdue = overdue if field == "Đất đai" else 0
        f_carried = round(carried * share)
        rows[field] = (f_carried, f_resolved, f_late, f_pending, f_overdue)
    return rows
