"""Time a typical save through the services (the cost the unit of work's change hook adds).

    python benchmarks/save.py [--scale 1] [--runs 300] [--synchronous FULL|NORMAL]

Creates a throw-away data directory with ``demo --scale N``, then times, one call at a time:
- ``documents.save_document`` changing a document's title (an update of one row + its links);
- ``tthc.save_tthc`` creating a new catalogue entry (an insert);
- ``plans.save_task`` + ``plans.delete_task`` (an insert and a delete).
Prints one JSON line per operation with the median and the 90th percentile in milliseconds.
``--without-hook`` detaches the unit of work's change hook (app.services.changes) first, so the
hook's own cost is the difference between two runs of the same code; ``--without-history`` keeps the
hook but not the change log's writer (app.services.history): the log's cost; ``--compare-history``
times each operation with that writer off and on in alternating blocks of 25 calls, in one process
(the fairest comparison on a busy machine). ``--synchronous`` sets SQLite's
``PRAGMA synchronous`` (the app uses FULL: a commit waits for the disk), so the cost of durable
commits is the difference between ``--synchronous NORMAL`` and the default.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _time(fn: Callable[[int], object], runs: int) -> dict[str, float]:
    samples = []
    for i in range(runs):
        started = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "median_ms": round(statistics.median(samples), 3),
        "p90_ms": round(samples[int(len(samples) * 0.9)], 3),
    }


def _summary(samples: list[float]) -> dict[str, float]:
    samples.sort()
    return {
        "median_ms": round(statistics.median(samples), 3),
        "p90_ms": round(samples[int(len(samples) * 0.9)], 3),
    }


def _time_history(
    fn: Callable[[int], object], runs: int, writing: list[bool]
) -> dict[bool, dict[str, float]]:
    """``fn`` timed with the change log's writer off and on (``writing[0]``), in alternating blocks."""
    samples: dict[bool, list[float]] = {False: [], True: []}
    i = 0
    for block in range(max(2, runs // 25)):
        for on in (False, True) if block % 2 == 0 else (True, False):
            writing[0] = on
            for _ in range(25):
                started = time.perf_counter()
                fn(i)
                i += 1
                samples[on].append((time.perf_counter() - started) * 1000)
    writing[0] = True
    return {on: _summary(values) for on, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--without-hook", action="store_true")
    parser.add_argument("--without-history", action="store_true")
    parser.add_argument("--compare-history", action="store_true")
    parser.add_argument("--synchronous", choices=["FULL", "NORMAL"], default=None)
    args = parser.parse_args()
    from app.services import db

    if args.synchronous is not None:
        db.SYNCHRONOUS = args.synchronous
    if args.without_hook:
        from app.services import changes

        changes.uninstall()
    if args.without_hook or args.without_history:
        from app.services import history

        history.HistoryWriter.__call__ = lambda _self, _session, _changes: None  # type: ignore[method-assign]
    writing = [True]
    if args.compare_history:
        from app.services import history

        write = history.HistoryWriter.__call__

        def switched(self: Any, session: Any, changes: Any) -> None:
            if writing[0]:
                write(self, session, changes)

        history.HistoryWriter.__call__ = switched  # type: ignore[method-assign]

    from app.bootstrap import open_data_dir
    from app.models import TimeframeKind
    from app.services import dto
    from app.services.demo import fill_demo

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_data_dir(Path(tmp) / "data", writer=True, program="benchmark")
        try:
            s = ctx.services
            fill_demo(s, scale=args.scale)
            doc = s.documents.list_documents()[0]
            detail = s.documents.get_document(doc.id)
            fields = dto.DocumentFields(
                **{f.name: getattr(detail, f.name) for f in dataclasses.fields(dto.DocumentFields)}
            )

            def update_document(i: int) -> None:
                s.documents.save_document(dataclasses.replace(fields, title=f"{fields.title} {i}"), doc.id)

            def insert_tthc(i: int) -> None:
                s.tthc.save_tthc(dto.TthcFields(code=f"9.{900000 + i:06d}", name=f"Thủ tục thử {i}"))

            year = max(p for p in s.objectives.years())

            def insert_delete_task(i: int) -> None:
                plan = s.plans.save_task(
                    year, dto.TaskFields(content=f"Nhiệm vụ {i}", timeframe=TimeframeKind.CONTINUOUS)
                )
                s.plans.delete_task(plan.tasks[-1].id)

            for name, fn in (
                ("document_update", update_document),
                ("tthc_insert", insert_tthc),
                ("task_insert_delete", insert_delete_task),
            ):
                result = {
                    "operation": name,
                    "hook": not args.without_hook,
                    "history": not (args.without_hook or args.without_history),
                    "synchronous": db.SYNCHRONOUS,
                    "runs": args.runs,
                }
                if args.compare_history:
                    for on, timed in _time_history(fn, args.runs, writing).items():
                        print(json.dumps({**result, "history": on, **timed}))
                    continue
                print(json.dumps({**result, **_time(fn, args.runs)}))
        finally:
            ctx.close()


if __name__ == "__main__":
    main()
