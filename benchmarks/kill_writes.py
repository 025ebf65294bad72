"""Kill a writer with SIGKILL at random points, then check that nothing acknowledged was lost.

    python benchmarks/kill_writes.py [--kills 200] [--migration-kills 50] [--creation-kills 20] [--seed 1]

Three experiments, each in a throw-away folder (POSIX only). Every child is a real process, forked
from a fork server that has imported the app once (``multiprocessing``'s "forkserver"), reporting
on a pipe and killed with SIGKILL:

* writes: a child opens a data directory as the writer and saves records in a loop — a new TTHC
  entry (an insert) and a renamed counter department (an update) in turn — reporting each one only
  after its commit returned. The parent kills it at a random moment (while opening: folders, lock,
  inspection, creating the database; or while saving), then checks: ``PRAGMA integrity_check`` and
  ``foreign_key_check`` pass, every acknowledged insert is there, the counter is at least the last
  acknowledged value, and the next writer takes the stale lock over. The folder is kept from kill
  to kill.
* migration: a database at an old revision holding data (``tests/migrations``' seed) is upgraded by
  a child killed at a random moment of the upgrade (the backup first, then the one-transaction
  Alembic upgrade). The database must then be at the old revision with the same content, or at
  head — never in between — and the next open must bring it to head with the data.

* creation: a first start in an empty folder is killed at a random moment of the creation of its
  database; the next start must make (or find) the database, never refuse the folder.

Prints one JSON line per experiment (counts, timings) and exits non-zero when anything was lost.
``tests/services/test_kill_during_write.py`` runs a few kills of each in the suite.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

# The children are forked by a fork server that has imported these once: each kill costs the
# opening and the saves, not the 1–3 s of importing the app again.
PRELOAD = ["app.bootstrap", "app.services.tthc", "app.services.organization", "alembic.command", "sqlalchemy"]


def _writer(root: str, first: int, out: Connection) -> None:
    """Child: open ``root`` as the writer and save in a loop, acknowledging each commit."""
    from app.bootstrap import open_data_dir
    from app.services import dto

    out.send("started")
    ctx = open_data_dir(Path(root), writer=True, program="kill_writes")
    s = ctx.services
    counter = next((d for d in s.organization.list_departments() if d.name.startswith("Bộ đếm ")), None)
    if counter is None:
        counter = s.organization.save_department(dto.DepartmentFields(name="Bộ đếm 0"))
    value = int(counter.name.rsplit(" ", 1)[1])
    out.send("ready")
    n = first
    while True:
        code = f"9.{n:06d}"
        s.tthc.save_tthc(dto.TthcFields(code=code, name=f"Thủ tục thử {n}"))
        out.send(f"I {code}")  # only once the commit has returned
        value += 1
        s.organization.save_department(dto.DepartmentFields(name=f"Bộ đếm {value}"), counter.id)
        out.send(f"U {value}")
        n += 1


def _upgrader(root: str, out: Connection) -> None:
    """Child: open ``root`` as the writer, which upgrades its database to head."""
    from app.bootstrap import open_data_dir

    out.send("ready")
    open_data_dir(Path(root), writer=True, program="kill_writes").close()
    out.send("done")


class _Child:
    """A forked child process and the pipe it reports on."""

    def __init__(self, target: Callable[..., None], *args: object) -> None:
        mp = multiprocessing.get_context("forkserver")
        self._receiver, sender = mp.Pipe(duplex=False)
        self.process = mp.Process(target=target, args=(*args, sender), daemon=True)
        self.process.start()
        sender.close()  # the child holds the only sending end: EOF once it is dead
        self.lines: list[str] = []

    def wait_for(self, word: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while word not in self.lines:
            if not self._receiver.poll(max(0.0, deadline - time.monotonic())):
                raise RuntimeError(f"no {word!r} from the child within {timeout} s")
            try:
                self.lines.append(self._receiver.recv())
            except EOFError:
                raise RuntimeError(
                    f"the child ended before {word!r} (exit {self.process.exitcode})"
                ) from None

    def kill(self) -> list[str]:
        """SIGKILL, then every line the child had sent (all acknowledged before it died)."""
        if self.process.is_alive():
            os.kill(self.process.pid, signal.SIGKILL)  # type: ignore[arg-type]
        self.process.join(30)
        while True:
            try:
                self.lines.append(self._receiver.recv())
            except EOFError:
                break
        self._receiver.close()
        self.process.close()
        return self.lines


@contextmanager
def fork_server() -> Iterator[None]:
    """Children forked from a server that imported ``PRELOAD`` once; stopped afterwards (it would
    otherwise live as long as this process: ``_stop`` is private, hence looked up)."""
    from multiprocessing import forkserver

    multiprocessing.set_forkserver_preload(PRELOAD)
    try:
        yield
    finally:
        stop = getattr(forkserver._forkserver, "_stop", None)
        if callable(stop):
            stop()


def _integrity(db: Path) -> list[str]:
    from app.services.migrations import integrity_problems

    return integrity_problems(db)


def _saved(db: Path) -> tuple[set[str], int]:
    """The TTHC codes and the counter's value in the database (read-only; empty before creation)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"tthc", "department"} <= tables:
            return set(), 0
        codes = {r[0] for r in conn.execute("SELECT code FROM tthc")}
        row = conn.execute("SELECT name FROM department WHERE name LIKE 'Bộ đếm %'").fetchone()
        return codes, int(row[0].rsplit(" ", 1)[1]) if row else 0
    finally:
        conn.close()


@dataclass
class WriteStats:
    kills: int = 0
    killed_before_ready: int = 0
    acknowledged_inserts: int = 0
    acknowledged_updates: int = 0
    corrupt_databases: int = 0
    lost_inserts: int = 0
    lost_updates: int = 0
    lock_takeovers: int = 0
    kills_before_lock_holder_written: int = 0
    failed_opens: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.corrupt_databases or self.lost_inserts or self.lost_updates or self.failed_opens)


def run_write_kills(
    kills: int, seed: int, root: Path, *, early_share: float = 0.2, saving: float = 0.5
) -> WriteStats:
    """``kills`` writer processes killed at random points in one data folder under ``root``: a
    share ``early_share`` of them before the child is ready to save (start-up, opening, the lock),
    the others up to ``saving`` seconds into the saves."""
    from app.bootstrap import open_data_dir
    from app.services.datadir import DataDir
    from app.services.lock import WriterLock
    from app.services.migrations import inspect_database

    rng = random.Random(seed)
    data = DataDir(root / "data")
    stats = WriteStats()
    acknowledged: set[str] = set()
    last_value = 0
    to_ready = 0.5  # seconds from "started" to "ready" (opening): measured as the rounds go
    started = time.perf_counter()
    for round_no in range(kills):
        child = _Child(_writer, str(data.root), round_no * 1000)
        try:
            child.wait_for("started", 60)
            opening = time.perf_counter()
            if rng.random() < early_share:  # while opening: folders, lock, inspection, creation
                time.sleep(rng.uniform(0.0, to_ready))
            else:  # while saving
                child.wait_for("ready", 60)
                to_ready = time.perf_counter() - opening
                time.sleep(rng.uniform(0.0, saving))
        finally:
            lines = child.kill()
        stats.kills += 1
        if "ready" not in lines:
            stats.killed_before_ready += 1
        for line in lines:
            kind, _, value = line.partition(" ")
            if kind == "I":
                acknowledged.add(value)
                stats.acknowledged_inserts += 1
            elif kind == "U":
                last_value = max(last_value, int(value))
                stats.acknowledged_updates += 1
        if not data.db_path.exists():
            continue  # killed before the database was made: nothing to check yet
        inspect_database(data.db_path)  # the app's own look first (it finishes a crash recovery)
        problems = _integrity(data.db_path)
        if problems:
            stats.corrupt_databases += 1
            stats.problems.append(f"kill {round_no}: {problems[:3]}")
        # What is on disk now, read before anything opens the database for writing.
        codes, counter = _saved(data.db_path)
        lost = acknowledged - codes
        if lost:
            stats.lost_inserts += len(lost)
            stats.problems.append(f"kill {round_no}: lost inserts {sorted(lost)[:5]}")
            acknowledged -= lost
        if counter < last_value:
            stats.lost_updates += 1
            stats.problems.append(f"kill {round_no}: counter {counter} < acknowledged {last_value}")
        last_value = max(last_value, counter)
        # The next writer: takes the stale lock over (when the holder file had been written).
        holder_left = WriterLock(data.lock_path).read_holder() is not None
        try:
            ctx = open_data_dir(data.root, writer=True, program="kill_writes (kiểm tra sau khi dừng)")
        except Exception as exc:  # counted and reported
            stats.failed_opens += 1
            stats.problems.append(f"kill {round_no}: next open failed: {exc!r}")
            continue
        try:
            assert ctx.lock is not None
            if ctx.lock.taken_over is not None:
                stats.lock_takeovers += 1
            elif holder_left:
                stats.problems.append(f"kill {round_no}: a holder file was left but not taken over")
            else:
                stats.kills_before_lock_holder_written += 1
        finally:
            ctx.close()
    stats.seconds = round(time.perf_counter() - started, 1)
    return stats


@dataclass
class MigrationStats:
    kills: int = 0
    start_revision: str = ""
    upgrade_seconds: float = 0.0
    left_at_old_revision_intact: int = 0
    left_at_head: int = 0
    left_half_upgraded: int = 0
    left_hot_journal: int = 0
    corrupt_databases: int = 0
    next_open_completed: int = 0
    failed_opens: int = 0
    partial_backups_left: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.left_half_upgraded
            or self.corrupt_databases
            or self.failed_opens
            or self.partial_backups_left
            or self.next_open_completed != self.kills
        )


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def old_database(root: Path, start: str) -> Path:
    """A data folder whose database is at revision ``start`` and holds the migration tests' seed."""
    from alembic import command
    from sqlalchemy import create_engine

    from app.services.datadir import DataDir
    from app.services.migrations import alembic_config
    from tests.migrations.test_migrations import SEED_SQL

    data = DataDir(root)
    data.ensure()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, start)
        for sql in SEED_SQL[start]:
            conn.exec_driver_sql(sql)
    engine.dispose()
    return data.db_path


def _time_upgrade(template: Path | None, root: Path) -> float:
    """Seconds one upgrade of a copy of ``template``'s folder (or the creation of a database in an
    empty folder) takes in a child, "ready" to "done"."""
    if template is not None:
        shutil.copytree(template.parent, root)
    child = _Child(_upgrader, str(root))
    try:
        child.wait_for("ready", 60)
        t0 = time.perf_counter()
        child.wait_for("done", 120)
        return round(time.perf_counter() - t0, 3)
    finally:
        child.kill()


def run_migration_kills(
    kills: int, seed: int, root: Path, *, start: str = "0003", window: float | None = None
) -> MigrationStats:
    """``kills`` upgrades from ``start`` to head, each killed at a random moment within ``window``
    seconds of its start (by default, the time one upgrade takes in a child, measured first)."""
    from app.bootstrap import open_data_dir
    from app.services.datadir import DataDir
    from app.services.migrations import DbState, head_revision, inspect_database

    rng = random.Random(seed)
    stats = MigrationStats(start_revision=start)
    template = old_database(root / "template", start)
    original = _dump(template)
    head = head_revision()
    started = time.perf_counter()

    # A little past the upgrade's end too: killed after the commit, before the process ends.
    stats.upgrade_seconds = window if window is not None else 1.25 * _time_upgrade(template, root / "timing")

    for round_no in range(kills):
        data = DataDir(root / f"m{round_no}")
        shutil.copytree(template.parent, data.root)
        child = _Child(_upgrader, str(data.root))
        try:
            child.wait_for("ready", 60)
            time.sleep(rng.uniform(0.0, stats.upgrade_seconds))
        finally:
            child.kill()
        stats.kills += 1
        journal = data.db_path.with_name(data.db_path.name + "-journal")
        if journal.is_file() and journal.stat().st_size > 0:
            stats.left_hot_journal += 1  # killed while switching the old file to WAL
        # The app's own look first: it finishes SQLite's crash recovery when a journal is left.
        status = inspect_database(data.db_path)
        problems = _integrity(data.db_path)
        if problems:
            stats.corrupt_databases += 1
            stats.problems.append(f"kill {round_no}: {problems[:3]}")
        if status.state is DbState.CURRENT:
            stats.left_at_head += 1
        elif status.revision == start and _dump(data.db_path) == original:
            stats.left_at_old_revision_intact += 1
        else:
            stats.left_half_upgraded += 1
            stats.problems.append(f"kill {round_no}: left at {status.state.value} {status.revision}")
        try:
            ctx = open_data_dir(data.root, writer=True, program="kill_writes (kiểm tra sau khi dừng)")
        except Exception as exc:  # counted and reported
            stats.failed_opens += 1
            stats.problems.append(f"kill {round_no}: next open failed: {exc!r}")
            continue
        try:
            profile = ctx.services.agency.get_profile()
            persons = [p.full_name for p in ctx.services.organization.list_persons()]
            if (
                inspect_database(data.db_path).revision == head
                and profile is not None
                and profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
                and persons == ["Nguyễn Văn An"]
            ):
                stats.next_open_completed += 1
            else:
                stats.problems.append(f"kill {round_no}: next open left {profile!r} {persons!r}")
        finally:
            ctx.close()
        stats.partial_backups_left += len(list(data.backups_dir.glob("*.part")))
        shutil.rmtree(data.root, ignore_errors=True)
    stats.seconds = round(time.perf_counter() - started, 1)
    return stats


@dataclass
class CreationStats:
    kills: int = 0
    creation_seconds: float = 0.0
    left_empty_or_missing: int = 0
    left_empty_file_beside_a_log: int = 0  # what the empty-file rule must still start fresh on
    left_at_head: int = 0
    next_open_at_head: int = 0
    refused: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refused and self.next_open_at_head == self.kills


def run_creation_kills(kills: int, seed: int, root: Path, *, window: float | None = None) -> CreationStats:
    """``kills`` first starts in an empty folder, each killed at a random moment of the creation
    of the database: the next start must start fresh or find the database made, never refuse the
    folder (an empty database file left by a cut-short first start is no earlier data)."""
    from app.bootstrap import open_data_dir
    from app.services.datadir import DataDir
    from app.services.migrations import DbState, inspect_database

    rng = random.Random(seed)
    stats = CreationStats()
    started = time.perf_counter()
    stats.creation_seconds = window if window is not None else 1.25 * _time_upgrade(None, root / "timing")
    for round_no in range(kills):
        data = DataDir(root / f"c{round_no}")
        child = _Child(_upgrader, str(data.root))
        try:
            child.wait_for("ready", 60)
            time.sleep(rng.uniform(0.0, stats.creation_seconds))
        finally:
            child.kill()
        stats.kills += 1
        if data.db_path.exists():
            state = inspect_database(data.db_path).state
            if state is DbState.CURRENT:
                stats.left_at_head += 1
            else:
                stats.left_empty_or_missing += 1
                if data.log_path.is_file() and data.log_path.stat().st_size > 0:
                    stats.left_empty_file_beside_a_log += 1
        else:
            stats.left_empty_or_missing += 1
        try:
            open_data_dir(data.root, writer=True, program="kill_writes (kiểm tra sau khi dừng)").close()
        except Exception as exc:  # counted and reported
            stats.refused += 1
            stats.problems.append(f"kill {round_no}: next open refused: {exc!r}")
            continue
        if inspect_database(data.db_path).state is DbState.CURRENT:
            stats.next_open_at_head += 1
        shutil.rmtree(data.root, ignore_errors=True)
    stats.seconds = round(time.perf_counter() - started, 1)
    return stats


def main() -> int:
    if sys.platform == "win32":
        print("SIGKILL is POSIX: run this on Linux or macOS.", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--migration-kills", type=int, default=50)
    parser.add_argument("--creation-kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", default="0003", help="revision the migration experiment starts from")
    args = parser.parse_args()
    ok = True
    with fork_server(), tempfile.TemporaryDirectory(prefix="kill-writes-") as tmp:
        if args.kills:
            writes = run_write_kills(args.kills, args.seed, Path(tmp) / "writes")
            print(json.dumps({"experiment": "writes", **asdict(writes)}, ensure_ascii=False))
            ok &= writes.ok
        if args.migration_kills:
            migration = run_migration_kills(
                args.migration_kills, args.seed, Path(tmp) / "migration", start=args.start
            )
            print(json.dumps({"experiment": "migration", **asdict(migration)}, ensure_ascii=False))
            ok &= migration.ok
        if args.creation_kills:
            creation = run_creation_kills(args.creation_kills, args.seed, Path(tmp) / "creation")
            print(json.dumps({"experiment": "creation", **asdict(creation)}, ensure_ascii=False))
            ok &= creation.ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
