"""Time how long each page takes to load at a given demo scale.

    python benchmarks/bench_pages.py --scale 20

Creates a throw-away data directory, fills it with ``demo --scale N``, then builds the main window
offscreen and times ``refresh()`` of every page (median of 5). Prints one line per page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from app.bootstrap import open_data_dir
    from app.services.demo import fill_demo
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_data_dir(Path(tmp) / "data", writer=True, program="benchmark")
        started = time.perf_counter()
        fill_demo(ctx.services, scale=args.scale)
        print(f"demo --scale {args.scale}: {time.perf_counter() - started:.2f} s")
        make_application()
        started = time.perf_counter()
        window = MainWindow(ctx, UiSettings(Path(tmp) / "s.ini"))
        window.resize(1366, 820)
        window.show()
        print(f"main window built and shown: {(time.perf_counter() - started) * 1000:.0f} ms")
        for page in window.all_pages():
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                page.refresh()
                times.append((time.perf_counter() - t0) * 1000)
            print(f"{page.page_title:<50} refresh median {statistics.median(times):7.1f} ms")
        _bench_document_filters(window, args.runs)
        window.close()
        ctx.close()


def _bench_document_filters(window: object, runs: int) -> None:
    """Typing a search and choosing filters on the documents page, each timed as the user sees it."""
    from app.models import DocumentStatus, DocumentType
    from app.ui.pages.documents import DocumentsPage
    from app.ui.widgets.forms import find_choice

    page = window.page(DocumentsPage)  # type: ignore[attr-defined]
    window.switch_to(page.key)  # type: ignore[attr-defined]

    def timed(label: str, action: object) -> None:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            action()  # type: ignore[operator]
            times.append((time.perf_counter() - t0) * 1000)
        rows = page.list.model.rowCount()
        print(f"  documents: {label:<44} median {statistics.median(times):7.1f} ms ({rows} rows)")

    def search(text: str) -> None:
        page.search.setText(text)
        page.reload_list()

    def combo(box: object, data: object) -> None:
        # Back to "all" first (untimed would hide nothing: both steps query), then the choice.
        box.setCurrentIndex(0)  # type: ignore[attr-defined]
        index = find_choice(box, data)  # type: ignore[arg-type]
        box.setCurrentIndex(index)  # type: ignore[attr-defined]

    timed("open page (refresh)", page.refresh)
    timed("search 'quy trinh chung thuc'", lambda: search("quy trinh chung thuc"))
    timed("search cleared", lambda: search(""))
    timed("type: all, then Biểu mẫu (2 queries)", lambda: combo(page.type_filter, DocumentType.FORM))
    timed(
        "status: all, then Hết hiệu lực (2 queries)",
        lambda: combo(page.status_filter, DocumentStatus.OBSOLETE),
    )
    timed("field: all, then Hộ tịch (2 queries)", lambda: combo(page.field_filter, "Hộ tịch"))


if __name__ == "__main__":
    main()
