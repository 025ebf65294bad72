"""How fast the big lists answer, as the user sees them: typing a search, changing a filter,
clicking a column header — each timed from the change to the list painted again.

    python benchmarks/lists.py                      # builds its own data: demo --scale 113
    python benchmarks/lists.py --data-dir DIR       # a data folder that already holds data

Runs offscreen. Builds the real main window at 1366×768, opens each list's page and drives its
real widgets. Prints one JSON line per list:

    {"list": "documents", "rows": 30046, "search_ms_median": …, "search_ms_max": …,
     "filter_ms_median": …, "sort_ms_median": …, "sort_ms_max": …, "filter_ms_max": …}

Lists:
- ``documents``: Tài liệu (filtered and sorted in SQL). A search keystroke is timed without the
  page's pause after typing (``SEARCH_DELAY_MS``, 150 ms): the clock starts when the query runs.
- ``tthc``: the TTHC catalogue (filtered and sorted in SQL like the documents; its pause after
  typing is not counted either).
- ``in_memory_documents``: every document row in one in-memory list (the pattern small and medium
  lists use), to show that pattern at the same size.
- ``corrective_actions``: Hành động khắc phục, filtered and sorted in SQL, after ``--requests``
  (default 30,000) corrective-action requests were added to the data (spread over ten years, every
  status and source, one or two actions each; written in one unit of work, so the change hook fills
  their search text as it does for a user's).

Each search types a few words letter by letter (the first letter matches almost every row), then
deletes them; each filter change picks every choice of the page's filters in turn; each sort clicks
every column header twice (ascending, descending). Medians and the worst case, in milliseconds.
Run on demand; never part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 22)
SCALE = 113  # demo scale that makes 30,000 documents
REQUESTS = 30_000  # corrective actions added for their list
WORDS = ("quy trinh chung thuc", "ho tich khai sinh", "1.00")  # (the requests' list: "ho so tre han")
VERBOSE: list[bool] = []


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, help="a data folder with data (default: build one)")
    parser.add_argument("--scale", type=int, default=SCALE, help="demo scale when building (default 113)")
    parser.add_argument("--verbose", action="store_true", help="every timing on stderr")
    parser.add_argument(
        "--requests", type=int, default=REQUESTS, help="corrective actions to add (default 30000; 0: none)"
    )
    args = parser.parse_args()
    VERBOSE.append(args.verbose)
    if args.data_dir is not None:
        add_requests(args.data_dir, args.requests)
        run(args.data_dir)
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        started = time.perf_counter()
        command = [sys.executable, "-m", "app", "--data-dir", str(data), "--today", TODAY.isoformat()]
        subprocess.run(
            [*command, "demo", "--scale", str(args.scale)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"# demo --scale {args.scale}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
        add_requests(data, args.requests)
        run(data)


def add_requests(data_dir: Path, count: int) -> None:
    """Add ``count`` corrective-action requests (with their actions) to the data folder, numbered
    after the ones there, unless it already holds that many."""
    if count <= 0:
        return
    import random
    from datetime import timedelta

    from sqlalchemy import func, select

    from app import models as m
    from app.bootstrap import open_data_dir

    started = time.perf_counter()
    ctx = open_data_dir(data_dir, writer=True, program="benchmark", today=TODAY)
    try:
        rng = random.Random(7)
        with ctx.services.uow() as uow:
            session = uow.session
            if (session.scalar(select(func.count()).select_from(m.CorrectiveAction)) or 0) >= count:
                return
            departments = list(session.scalars(select(m.Department.id)))
            people = list(session.scalars(select(m.Person.full_name)))
            last = dict(
                session.execute(
                    select(m.CorrectiveAction.year, func.max(m.CorrectiveAction.seq)).group_by(
                        m.CorrectiveAction.year
                    )
                ).all()
            )
            statuses = list(m.CaStatus)
            sources = list(m.CaSource)
            words = (
                "hồ sơ",
                "trễ hạn",
                "sổ theo dõi",
                "quy trình",
                "biểu mẫu",
                "lưu trữ",
                "khảo sát",
                "đất đai",
            )
            for n in range(count):
                raised = TODAY - timedelta(days=rng.randint(0, 3650))
                seq = last.get(raised.year, 0) + 1
                last[raised.year] = seq
                status = rng.choice(statuses)
                due = raised + timedelta(days=30)
                request = m.CorrectiveAction(
                    year=raised.year,
                    seq=seq,
                    raised_on=raised,
                    source=rng.choice(sources),
                    department_id=rng.choice(departments),
                    found_by=rng.choice(people),
                    found_on=raised,
                    description=f"Phát hiện số {n + 1}: {' '.join(rng.sample(words, 3))} chưa đúng quy định",
                    root_cause="Chưa kiểm soát chặt chẽ" if status is not m.CaStatus.NEW else "",
                    due_on=due,
                    status=status,
                    closed_on=min(due, TODAY) if status is m.CaStatus.CLOSED else None,
                    cancelled_on=raised if status is m.CaStatus.CANCELLED else None,
                )
                request.actions = [
                    m.CaAction(
                        sort_order=i,
                        description="Khắc phục, rà soát lại",
                        owner=rng.choice(people),
                        due_on=due,
                        completed_on=min(due, TODAY)
                        if status in (m.CaStatus.VERIFYING, m.CaStatus.CLOSED)
                        else None,
                    )
                    for i in range(rng.randint(1, 2))
                ]
                session.add(request)
            for year, seq in last.items():
                counter = session.scalars(
                    select(m.NumberCounter).where(
                        m.NumberCounter.series == "corrective_action", m.NumberCounter.year == year
                    )
                ).first()
                if counter is None:
                    session.add(m.NumberCounter(series="corrective_action", year=year, last=seq))
                else:
                    counter.last = max(counter.last, seq)
            uow.commit()
    finally:
        ctx.close()
    print(f"# {count} corrective actions added: {time.perf_counter() - started:.0f} s", file=sys.stderr)


def run(data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import open_data_dir
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings
    from app.ui.widgets.tables import Column, ListPanel

    app = make_application()
    ctx = open_data_dir(data_dir, writer=True, program="benchmark", today=TODAY)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(ctx, UiSettings(Path(tmp) / "s.ini"))
        window.resize(1366, 768)
        window.show()
        app.processEvents()

        def painted(panel: ListPanel) -> None:
            app.processEvents()
            panel.view.viewport().repaint()

        def page_steps(key: str, combos: Callable[[Any], tuple[Any, ...]]) -> None:
            """A page that queries SQL after a pause: search, filter combos, header clicks."""
            page: Any = window.switch_to(key)
            painted(page.list)

            def search(text: str) -> None:
                page.search.setText(text)
                page._timer.stop()  # the pause after typing is not counted: the query runs now
                getattr(page, "requery", page.reload_list)()
                painted(page.list)

            steps: list[Callable[[], None]] = []
            for combo in combos(page):
                for index in [*range(1, min(combo.count(), 6)), 0]:

                    def step(combo: Any = combo, index: int = index) -> None:
                        combo.setCurrentIndex(index)
                        painted(page.list)

                    steps.append(step)
            page.clear_filters()
            report(key, page.list, search, steps, painted)

        # Tài liệu and Danh mục TTHC: filtered and sorted in SQL.
        page_steps(
            "documents", lambda p: (p.type_filter, p.status_filter, p.field_filter, p.department_filter)
        )
        page_steps("tthc", lambda p: (p.field_filter, p.jurisdiction_filter))
        page_steps(
            "corrective_actions",
            lambda p: (p.status_filter, p.source_filter, p.department_filter, p.year_filter),
        )

        # ---- every document in one in-memory list ------------------------------------------
        rows = ctx.services.documents.list_documents()
        panel = ListPanel(
            "",
            [
                Column("Mã hiệu", lambda r: r.code, width=150),
                Column("Tên tài liệu", lambda r: r.title, width=360),
                Column("Lĩnh vực", lambda r: r.field, width=130),
                Column("Lần BH", lambda r: r.current_issue or "", sort=lambda r: r.current_issue, width=60),
                Column("Hiệu lực từ", lambda r: r.current_effective_on, width=95),
                Column("Bộ phận", lambda r: r.department_name),
            ],
        )
        panel.resize(1100, 600)
        panel.show()
        panel.set_rows(rows)
        painted(panel)

        def memory_search(text: str) -> None:
            panel.search.setText(text)
            painted(panel)

        report("in_memory_documents", panel, memory_search, [], painted)
        panel.close()
        window.close()
    ctx.close()
    QApplication.processEvents()


def report(
    name: str,
    panel: Any,
    search: Callable[[str], None],
    filters: list[Callable[[], None]],
    painted: Callable[[Any], None],
) -> None:
    rows = panel.view.model().rowCount()
    search_ms: list[float] = []
    for words in WORDS:
        for n in [*range(1, len(words) + 1), *range(len(words) - 1, -1, -1)]:
            search_ms.append(
                timed(lambda n=n, words=words: search(words[:n]), f"{name} search {words[:n]!r}")
            )
    filter_ms = [timed(step, f"{name} filter {i}") for i, step in enumerate(filters)]
    from PySide6.QtCore import Qt

    sort_ms: list[float] = []
    model = panel.model
    for column in range(model.columnCount()):
        if getattr(model, "ids", None) is not None and model.columns[column].sort_by is None:
            continue
        for order in (0, 1):  # Qt.SortOrder.AscendingOrder, DescendingOrder

            def click(column: int = column, order: int = order) -> None:
                panel.view.sortByColumn(column, Qt.SortOrder(order))
                painted(panel)

            sort_ms.append(timed(click, f"{name} sort {model.columns[column].header} {order}"))
    panel.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    print(
        json.dumps(
            {
                "list": name,
                "rows": rows,
                "search_ms_median": _median(search_ms),
                "search_ms_max": _max(search_ms),
                "filter_ms_median": _median(filter_ms),
                "filter_ms_max": _max(filter_ms),
                "sort_ms_median": _median(sort_ms),
                "sort_ms_max": _max(sort_ms),
            }
        ),
        flush=True,
    )


def timed(action: Callable[[], None], label: str = "") -> float:
    started = time.perf_counter()
    action()
    ms = (time.perf_counter() - started) * 1000
    if VERBOSE and VERBOSE[0]:
        print(f"  {label}: {ms:.1f} ms", file=sys.stderr)
    return ms


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _max(values: list[float]) -> float | None:
    return round(max(values), 1) if values else None


if __name__ == "__main__":
    main()
