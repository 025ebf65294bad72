"""Start-up of the whole app next to a bare PySide6 window, as whole processes (issue 8).

    python benchmarks/startup.py                    # demo data at scale 1 and 20, 9 runs each
    python benchmarks/startup.py --scales 1 --runs 15
    python benchmarks/startup.py --data-dir D       # an existing data folder instead of demo data

For each scale a throw-away data folder is filled with
``python -m app --data-dir D --today 2026-11-22 demo --scale N``; then two programs are launched
alternately, each timed by this script from launch to exit (``time.perf_counter`` around
``subprocess.run``):

* bare: Python showing one ``QLabel``, quitting right after its first paint;
* floor: the bare window after the least any page of figures read through SQLAlchemy's ORM (the
  project's stack) needs — ``import sqlalchemy.orm``, one mapped class, one ``count`` on a
  throw-away SQLite file — with the app's collector settings (off while starting, frozen at exit):
  what no version of the app can beat while its first page reads the database through the ORM;
* app: ``python -m app --data-dir D --today 2026-11-22`` with ``THUKY_ISO_QUIT_AFTER_PAINT=1``: the
  app quits (exit code 0, printing nothing) right after the first paint of its home page, the page
  it opens on (see ``app/ui/application.py``).

Both run with ``QT_QPA_PLATFORM=offscreen`` and the same environment: a throw-away
``THUKY_ISO_CONFIG_DIR`` (no saved window state: a first start on the home page) and bytecode caches
in a throw-away ``PYTHONPYCACHEPREFIX``, written by one warm-up run of each that is not counted — an
installed app has its caches, so ``PYTHONDONTWRITEBYTECODE`` is dropped.

``--tree DIR`` starts the app of another source tree (``PYTHONPATH=DIR``, demo data made by that
tree too); ``--launcher SCRIPT`` runs ``python SCRIPT --data-dir D --today …`` instead of
``python -m app …`` (e.g. a wrapper that adds the quit-after-paint hook to a version without it).

Prints, per scale, a line for people and one JSON line: ``scale``, ``bare_ms_median``, ``bare_ms_max``,
``app_ms_median``, ``app_ms_max``, ``ratio`` (app median / bare median; the budget is 2.0),
``floor_ms_median``, ``floor_ratio`` (floor median / bare median).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-11-22"

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
label = QLabel("Thư ký ISO")


class QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


label.installEventFilter(QuitAfterPaint(label))
label.show()
sys.exit(app.exec())
"""

# The bare window again, after the least the ORM costs a page that shows one figure from the database.
FLOOR = """
import gc
gc.disable()
import sys
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Record(Base):
    __tablename__ = "record"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]


engine = create_engine("sqlite:///" + sys.argv[1])
Base.metadata.create_all(engine)
with Session(engine) as session:
    count = session.query(Record).count()
""" + BARE.replace('QLabel("Thư ký ISO")', 'QLabel(f"Thư ký ISO {count}")').replace(
    "sys.exit(app.exec())", "code = app.exec()\ngc.freeze()\nsys.exit(code)"
)


def _environment(work: Path, tree: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
        THUKY_ISO_CONFIG_DIR=str(work / "config"),
        PYTHONPATH=os.pathsep.join(p for p in (str(tree), env.get("PYTHONPATH", "")) if p),
    )
    env.pop("THUKY_ISO_QUIT_AFTER_PAINT", None)
    return env


def _timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Milliseconds from launch to exit; the program must exit 0 and print nothing."""
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0 or done.stdout.strip():
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return elapsed


def _make_demo(python: str, data: Path, scale: int, env: dict[str, str], tree: Path) -> None:
    command = [python, "-m", "app", "--data-dir", str(data), "--today", TODAY, "demo", "--scale", str(scale)]
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=tree, check=True, capture_output=True)
    print(f"demo --scale {scale}: {time.perf_counter() - started:.1f} s", flush=True)


def measure(
    python: str, data: Path, runs: int, work: Path, tree: Path, launcher: Path | None
) -> tuple[list[float], list[float]]:
    env = _environment(work, tree)
    app_env = dict(env, THUKY_ISO_QUIT_AFTER_PAINT="1")
    bare = [python, "-c", BARE]
    floor = [python, "-c", FLOOR, str(work / "floor.sqlite3")]
    start = [str(launcher)] if launcher else ["-m", "app"]
    app = [python, *start, "--data-dir", str(data), "--today", TODAY]
    # Not counted: writes the bytecode caches (and the settings folder) both programs then use.
    _timed(bare, env, tree)
    _timed(app, app_env, tree)
    _timed(floor, env, tree)
    bare_ms: list[float] = []
    app_ms: list[float] = []
    floor_ms: list[float] = []
    for _ in range(runs):
        bare_ms.append(_timed(bare, env, tree))
        app_ms.append(_timed(app, app_env, tree))
        floor_ms.append(_timed(floor, env, tree))
    return bare_ms, app_ms, floor_ms


def report(
    scale: int | None, bare_ms: list[float], app_ms: list[float], floor_ms: list[float]
) -> dict[str, object]:
    bare_median, app_median = statistics.median(bare_ms), statistics.median(app_ms)
    floor_median = statistics.median(floor_ms)
    result = {
        "scale": scale,
        "bare_ms_median": round(bare_median, 1),
        "bare_ms_max": round(max(bare_ms), 1),
        "app_ms_median": round(app_median, 1),
        "app_ms_max": round(max(app_ms), 1),
        "ratio": round(app_median / bare_median, 2),
        "floor_ms_median": round(floor_median, 1),
        "floor_ratio": round(floor_median / bare_median, 2),
    }
    label = f"scale {scale}" if scale is not None else "data folder"
    print(
        f"{label}: bare window median {bare_median:.0f} ms (worst {max(bare_ms):.0f}), "
        f"app to its home page's first paint median {app_median:.0f} ms (worst {max(app_ms):.0f}), "
        f"ratio {result['ratio']:.2f}; the ORM floor median {floor_median:.0f} ms, "
        f"ratio {result['floor_ratio']:.2f}; over {len(app_ms)} runs each",
        flush=True,
    )
    print(json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 20], help="demo scales (default 1 20)")
    parser.add_argument("--runs", type=int, default=9, help="runs of each program (at least 7; default 9)")
    parser.add_argument("--data-dir", type=Path, help="an existing data folder (no demo data is made)")
    parser.add_argument("--python", default=sys.executable, help="the interpreter (default: this one)")
    parser.add_argument(
        "--tree", type=Path, default=ROOT, help="the source tree to start (default: this one)"
    )
    parser.add_argument("--launcher", type=Path, help="a script run instead of `python -m app`")
    args = parser.parse_args()
    if args.runs < 7:
        parser.error("--runs: at least 7")
    tree = args.tree.resolve()
    launcher = args.launcher.resolve() if args.launcher else None
    with tempfile.TemporaryDirectory(prefix="thuky-iso-startup-") as tmp:
        work = Path(tmp)
        if args.data_dir is not None:
            report(None, *measure(args.python, args.data_dir.resolve(), args.runs, work, tree, launcher))
            return
        for scale in args.scales:
            data = work / f"data-{scale}"
            _make_demo(args.python, data, scale, _environment(work, tree), tree)
            report(scale, *measure(args.python, data, args.runs, work, tree, launcher))


if __name__ == "__main__":
    main()
