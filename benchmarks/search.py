"""How fast "Tìm mọi hồ sơ" answers, as the user sees it: each keystroke timed from the text change
to the results painted.

    python benchmarks/search.py                      # builds its own data: demo --scale 20
    python benchmarks/search.py --data-dir DIR       # a data folder that already holds data

Runs offscreen. Builds the real main window at 1366×768, opens the search dialog and types each of
a few queries letter by letter (codes, words without diacritics, a number), then deletes them
letter by letter. Prints one JSON line:

    {"records": …, "keystrokes": …, "ms_median": …, "ms_p90": …, "ms_max": …}

The budget (issue 15): ≤ 50 ms per keystroke at demo --scale 20. Run on demand; never part of the
tests.
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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 22)
SCALE = 20
QUERIES = ("1.001193", "QT 02", "dat dai", "danh gia noi bo", "ho so tre han", "05/2026", "khai sinh")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, help="a data folder with data (default: build one)")
    parser.add_argument("--scale", type=int, default=SCALE, help="demo scale when building (default 20)")
    args = parser.parse_args()
    if args.data_dir is not None:
        run(args.data_dir)
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        started = time.perf_counter()
        command = [sys.executable, "-m", "app", "--data-dir", str(data), "--today", TODAY.isoformat()]
        subprocess.run(
            [*command, "demo", "--scale", str(args.scale)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
        )
        print(f"# demo --scale {args.scale}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
        run(data)


def run(data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import open_data_dir
    from app.services.areas import record_types
    from app.ui.dialogs.search_dialog import SearchDialog
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings

    app = QApplication.instance() or QApplication([])
    ctx = open_data_dir(data_dir, writer=False, program="benchmark", today=TODAY)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            window = MainWindow(ctx, UiSettings(Path(tmp) / "s.ini"))
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            dialog = SearchDialog(ctx.services, window)
            dialog.show()
            app.processEvents()
            timings: list[float] = []
            for query in QUERIES:
                typed = [query[:i] for i in range(1, len(query) + 1)]
                for text in [*typed, *reversed(typed[:-1]), ""]:
                    started = time.perf_counter()
                    dialog.box.setText(text)
                    dialog.results.viewport().repaint()
                    app.processEvents()
                    timings.append((time.perf_counter() - started) * 1000)
            records = 0
            with ctx.services.uow() as uow:
                from sqlalchemy import func, select

                for t in record_types():
                    if t.model is not None:
                        records += int(uow.session.scalar(select(func.count()).select_from(t.model)) or 0)
            window.close()
    finally:
        ctx.close()
    timings.sort()
    print(
        json.dumps(
            {
                "records": records,
                "keystrokes": len(timings),
                "ms_median": round(statistics.median(timings), 1),
                "ms_p90": round(timings[int(len(timings) * 0.9) - 1], 1),
                "ms_max": round(timings[-1], 1),
            }
        )
    )


if __name__ == "__main__":
    main()
