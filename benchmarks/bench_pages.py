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
        for page in window.pages:
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                page.refresh()
                times.append((time.perf_counter() - t0) * 1000)
            print(f"{page.page_title:<50} refresh median {statistics.median(times):7.1f} ms")
        window.close()
        ctx.close()


if __name__ == "__main__":
    main()
