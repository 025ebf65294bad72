"""Kill a restore (and a backup, an export, an import) at every named point and at random moments,
then check that the next open leaves the data complete — the old or the new, never a mix (issue 16).

    python benchmarks/kill_points.py                    # every named point once, 30 random moments
    python benchmarks/kill_points.py --random 100 --attachments 80

Two data folders are made with ``python -m app demo`` (``--today 2026-11-22``), each with its own
marker department and its own attachments (``--attachments`` files of 64 KB of random bytes); a
backup is made of the second ("new"). Each run copies the first ("old") to a throw-away folder and:

* named point: runs ``python -m app --data-dir D restore NEW.zip`` with ``THUKY_ISO_KILL_AT=<point>``
  (see ``app/services/faults.py``); it must die of SIGKILL;
* random moment: starts the same restore and sends it SIGKILL after a delay drawn uniformly from 0
  to the time an uninterrupted restore takes (some runs finish first: counted as "finished");

then runs ``python -m app --data-dir D check`` (the next open: it finishes or undoes the restore)
and classifies the folder: "old" or "new" when the marker department, the attachment rows and the
stored files all agree with one state; anything else is a failure ("mixed"), as is a check that
does not pass (integrity, every attachment's file and SHA-256) or a leftover (``.restore-*``,
``.attachments-old-*``, the journal, ``.pending-temp``, a ``.tmp`` in ``backups/``).

The backup's, the export's and the import's points are killed once each in the same way (the import
must be all or nothing; the backup and export must leave no temporary after the next open).

Prints a line per run group, and one JSON line with the counts and timings (seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TODAY = "2026-11-22"
ENV = "THUKY_ISO_KILL_AT"

RESTORE_POINTS = [
    "restore.verified",
    "restore.journal_started",
    "backup.db_copied",
    "backup.archive_written",
    "restore.safety_written",
    "restore.extracted",
    "restore.extracted@5",
    "restore.staged",
    "restore.journal_swapping",
    "restore.attachments_aside",
    "restore.attachments_in",
    "restore.db_aside",
    "restore.db_in",
    "restore.committed",
    "restore.done",
]


def env(kill_at: str | None = None) -> dict[str, str]:
    e = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    e.pop(ENV, None)
    if kill_at:
        e[ENV] = kill_at
    return e


def app_args(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "--data-dir", str(data), "--today", TODAY, *args]


def run(data: Path, *args: str, kill_at: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        app_args(data, *args), cwd=ROOT, env=env(kill_at), capture_output=True, text=True, timeout=600
    )


def make_state(data: Path, marker: str, count: int, seed: int) -> dict[str, str]:
    """A demo folder with a marker department and ``count`` attachments; returns sha256 -> name."""
    done = run(data, "demo")
    assert done.returncode == 0, done.stderr
    from app.bootstrap import open_data_dir
    from app.services import dto

    rng = random.Random(seed)
    sources = data.parent / f"{data.name}-sources"
    sources.mkdir()
    ctx = open_data_dir(data, writer=True, program="benchmark")
    try:
        ctx.services.organization.save_department(dto.DepartmentFields(name=marker))
        with ctx.services.uow() as uow:
            for i in range(count):
                path = sources / f"tep-{i:03d}.bin"
                path.write_bytes(rng.randbytes(64 * 1024))
                ctx.services.attachments.attach(uow, path)
            uow.commit()
    finally:
        ctx.close()
    conn = sqlite3.connect(data / "thuky-iso.sqlite3")
    try:
        return dict(conn.execute("SELECT sha256, original_name FROM attachment"))
    finally:
        conn.close()


def classify(data: Path, states: dict[str, set[str]]) -> str:
    conn = sqlite3.connect(data / "thuky-iso.sqlite3")
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM department WHERE name LIKE 'Mốc %'")}
        rows = {r[0] for r in conn.execute("SELECT sha256 FROM attachment")}
    finally:
        conn.close()
    stored = {p.name for p in (data / "attachments").rglob("*") if p.is_file() and len(p.name) == 64}
    for state, hashes in states.items():
        if names == {f"Mốc {state}"} and hashes <= rows and rows <= stored:
            return state
    return "mixed"


def leftovers(data: Path) -> list[str]:
    found = [p.name for p in data.iterdir() if p.name.startswith(".") or p.name == "thuky-iso-restore.json"]
    found += [p.name for p in (data / "backups").iterdir() if p.name.endswith((".tmp", ".part"))]
    return found


def after_kill(data: Path, states: dict[str, set[str]], results: Counter[str], timings: list[float]) -> str:
    started = time.perf_counter()
    check = run(data, "check")
    timings.append(time.perf_counter() - started)
    if check.returncode != 0:
        results["check failed"] += 1
        print(f"    check failed: {check.stderr.strip()}")
        return "check failed"
    state = classify(data, states)
    results[state] += 1
    if "đã được hoàn tất" in check.stdout:
        results["said: hoàn tất"] += 1
    if "đã được hủy" in check.stdout:
        results["said: hủy"] += 1
    if left := leftovers(data):
        results["leftovers"] += 1
        print(f"    leftovers: {left}")
    return state


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--random", type=int, default=30, help="restores killed at random moments")
    parser.add_argument("--attachments", type=int, default=40)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    base = Path(tempfile.mkdtemp(prefix="kill-points-"))
    try:
        t0 = time.perf_counter()
        old_hashes = set(make_state(base / "old", "Mốc old", args.attachments, 1))
        new_hashes = set(make_state(base / "new", "Mốc new", args.attachments, 2))
        states = {"old": old_hashes, "new": new_hashes}
        backup = base / "new.zip"
        assert run(base / "new", "backup", "--out", str(backup)).returncode == 0
        print(f"setup {time.perf_counter() - t0:.1f} s, backup {backup.stat().st_size / 1e6:.1f} MB")

        durations = []
        for _ in range(3):
            data = base / "run"
            shutil.rmtree(data, ignore_errors=True)
            shutil.copytree(base / "old", data)
            started = time.perf_counter()
            assert run(data, "restore", str(backup)).returncode == 0
            durations.append(time.perf_counter() - started)
        restore_s = statistics.median(durations)
        print(f"an uninterrupted restore: {restore_s:.2f} s (median of 3)")

        named: Counter[str] = Counter()
        recover_s: list[float] = []
        for point in RESTORE_POINTS:
            data = base / "run"
            shutil.rmtree(data, ignore_errors=True)
            shutil.copytree(base / "old", data)
            killed = run(data, "restore", str(backup), kill_at=point)
            if killed.returncode != -signal.SIGKILL:
                named["not killed"] += 1
                print(f"  {point}: not killed ({killed.returncode}) {killed.stderr.strip()}")
                continue
            named["killed"] += 1
            print(f"  {point}: {after_kill(data, states, named, recover_s)}")
        print(f"named restore points: {dict(named)}")

        rand: Counter[str] = Counter()
        for i in range(args.random):
            data = base / "run"
            shutil.rmtree(data, ignore_errors=True)
            shutil.copytree(base / "old", data)
            delay = rng.uniform(0, restore_s)
            proc = subprocess.Popen(
                app_args(data, "restore", str(backup)),
                cwd=ROOT,
                env=env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            code = proc.wait()
            rand["finished first" if code == 0 else "killed"] += 1
            state = after_kill(data, states, rand, recover_s)
            print(f"  random {i + 1:3d}: kill after {delay:.2f} s -> exit {code}, {state}")
        print(f"random moments: {dict(rand)}")

        others: Counter[str] = Counter()
        out_dir = base / "out"
        csv = base / "tthc.csv"
        lines = ["STT,Mã TTHC,Tên thủ tục hành chính,Lĩnh vực"]
        lines += [f"{i + 1},1.{200000 + i:06d},Thủ tục {i + 1},Hộ tịch" for i in range(200)]
        csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
        jobs = [
            *[
                (p, ("backup", "--out", str(out_dir / "b.zip")))
                for p in ("backup.db_copied", "backup.archive_written", "backup.done")
            ],
            (
                "files.temp_written",
                ("export", "tthc", "--format", "xlsx", "--out", str(out_dir / "tthc.xlsx")),
            ),
            ("import.flushed", ("import", "tthc", str(csv))),
            ("import.committed", ("import", "tthc", str(csv))),
        ]
        for point, cmd in jobs:
            data = base / "run"
            shutil.rmtree(data, ignore_errors=True)
            shutil.rmtree(out_dir, ignore_errors=True)
            out_dir.mkdir()
            shutil.copytree(base / "old", data)
            conn = sqlite3.connect(data / "thuky-iso.sqlite3")
            before = conn.execute("SELECT count(*) FROM tthc").fetchone()[0]
            conn.close()
            killed = run(data, *cmd, kill_at=point)
            check = run(data, "check")
            conn = sqlite3.connect(data / "thuky-iso.sqlite3")
            after = conn.execute("SELECT count(*) FROM tthc").fetchone()[0]
            conn.close()
            temps = [p.name for p in out_dir.iterdir() if p.name.startswith(".")]
            ok = (
                killed.returncode == -signal.SIGKILL
                and check.returncode == 0
                and not temps
                and after in (before, before + 200)
                and (point != "import.flushed" or after == before)
            )
            others["ok" if ok else "failed"] += 1
            print(
                f"  {point}: exit {killed.returncode}, check {check.returncode}, tthc {before}->{after}, temps {temps}"
            )
        print(f"backup/export/import points: {dict(others)}")

        failures = sum(
            c[k] for c in (named, rand) for k in ("mixed", "check failed", "leftovers", "not killed")
        )
        failures += others["failed"]
        summary = {
            "restore_s": round(restore_s, 2),
            "named_points": len(RESTORE_POINTS),
            "named": dict(named),
            "random_runs": args.random,
            "random": dict(rand),
            "other_points": dict(others),
            "recovery_check_s_median": round(statistics.median(recover_s), 2) if recover_s else None,
            "recovery_check_s_max": round(max(recover_s), 2) if recover_s else None,
            "failures": failures,
        }
        print(json.dumps(summary, ensure_ascii=False))
        return 1 if failures else 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
