"""Bring a database to the schema this version expects, safely.

* a new (empty) database is created at head;
* one at an older revision is first copied to ``backups/`` with SQLite's online backup, then upgraded;
* one at a revision this version does not know (a newer app made it), one that is not this app's,
  or a damaged one, is refused and left untouched: it is inspected through a read-only connection
  before anything opens it for writing;
* one that cannot be read now (locked by another program, no permission, a folder in its place) is
  refused with what is really wrong (``datadir.sqlite_problem``): "damaged" only when SQLite says the
  file is corrupt or not a database;
* an empty (zero-byte) file is a new database only in a folder without other data; beside
  attachments, backups or the log of an earlier database it is refused (``db.empty``).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import migrations_dir
from app.services.datadir import DataDir, sqlite_error, sqlite_problem, write_problem
from app.services.errors import DataDirError

if TYPE_CHECKING:  # Alembic is imported only to upgrade (and by developers' tools): not on every start.
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

# PRAGMA application_id stamped into every database this app creates ("THKI").
APPLICATION_ID = 0x54484B49


class DbState(Enum):
    MISSING = "missing"  # no file, or an empty file in a folder without other data: created at head
    CURRENT = "current"
    OUTDATED = "outdated"  # older revision: backup, then upgrade
    TOO_NEW = "too_new"  # a revision this version does not know
    FOREIGN = "foreign"  # a SQLite file, but not this app's database
    DAMAGED = "damaged"  # SQLite says the file is corrupt or not a database
    EMPTY = "empty"  # an empty file beside data of an earlier database (``db.empty``)
    UNAVAILABLE = "unavailable"  # cannot be read now (locked, no permission, a folder…): not damaged


@dataclass(frozen=True)
class DbStatus:
    state: DbState
    revision: str | None
    head: str
    detail: str = ""
    # EMPTY and UNAVAILABLE: the refusal's message code and parameters (besides the path).
    problem: str = ""
    params: tuple[tuple[str, object], ...] = ()


# Written to the log when a database has been created or upgraded in a folder; a log that says so
# shows that the folder held a database (see ``earlier_data``).
UPGRADED = "database upgraded from"

# How long a look at the database waits for another program's lock before saying it is locked.
INSPECT_TIMEOUT_S = 5.0


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


# ``revision = "0004"`` and ``down_revision = "0003"`` (or None, or a tuple for a merge) at the start
# of a line of a migration file, with or without a type annotation.
_ASSIGNMENT = r"^{name}\s*(?::[^=\n]*)?=\s*(?P<value>[^\n]*)"
_REVISION = re.compile(_ASSIGNMENT.format(name="revision"), re.MULTILINE)
_DOWN_REVISION = re.compile(_ASSIGNMENT.format(name="down_revision"), re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


def revision_graph(versions_dir: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Every revision of the bundled migrations and the revisions it follows, read from the text of
    ``migrations/versions/*.py`` — what Alembic's ``ScriptDirectory`` finds, without importing
    Alembic (about a third of a second) on every start when the database is already at head."""
    folder = versions_dir or migrations_dir() / "versions"
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        if revision is None:
            continue
        name = _QUOTED.findall(revision["value"].split("#", 1)[0])[0]
        down = _DOWN_REVISION.search(text)
        graph[name] = tuple(_QUOTED.findall(down["value"].split("#", 1)[0])) if down else ()
    return graph


def head_revision() -> str:
    graph = revision_graph()
    followed = {down for downs in graph.values() for down in downs}
    heads = [revision for revision in graph if revision not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads, expected one")
    return heads[0]


def known_revisions() -> set[str]:
    return set(revision_graph())


def _read_only(db_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=INSPECT_TIMEOUT_S)


@contextmanager
def _no_leftovers(db_path: Path) -> Iterator[None]:
    """A read-only look at a WAL database makes empty -wal/-shm files it cannot remove itself;
    remove them again when they were not there before, so inspecting leaves the folder as it was."""
    side = [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = [p.exists() for p in side]
    try:
        yield
    finally:
        wal = side[0]
        if not any(existed) and (not wal.exists() or wal.stat().st_size == 0):
            for path in side:
                with suppress(OSError):
                    path.unlink()


def _read_header(db_path: Path) -> tuple[int, set[str], str | None]:
    conn = _read_only(db_path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return app_id, tables, revision
    finally:
        conn.close()


def earlier_data(root: Path) -> dict[str, int]:
    """What in the data folder ``root`` shows that it held a database: files under attachments/
    and backups/, and logs that recorded a database created or upgraded here (any rotated log
    too). Counts by kind; all zero in a new folder — and in one whose first start was cut short
    before its database was made."""
    layout = DataDir(root)
    found = {"attachments": 0, "backups": 0, "logs": 0}
    for key, folder in (("attachments", layout.attachments_dir), ("backups", layout.backups_dir)):
        with suppress(OSError):
            found[key] = sum(1 for p in folder.rglob("*") if p.is_file())
    log = layout.log_path
    with suppress(OSError):
        found["logs"] = sum(1 for _ in root.glob(log.name + ".*"))
        if log.is_file() and UPGRADED.encode() in log.read_bytes():
            found["logs"] += 1
    return found


def _empty(db_path: Path, head: str) -> DbStatus:
    """An empty database file (zero bytes, or no tables): a new database in a folder without other
    data, refused beside the data of an earlier one."""
    found = earlier_data(db_path.parent)
    if any(found.values()):
        return DbStatus(DbState.EMPTY, None, head, problem="db.empty", params=tuple(found.items()))
    return DbStatus(DbState.MISSING, None, head)


# A read-only connection cannot finish what a crashed writer left: a hot rollback journal
# (SQLITE_READONLY_ROLLBACK) or a write-ahead log index to rebuild (SQLITE_READONLY_RECOVERY).
_NEEDS_RECOVERY = {264, 776}


def _look(db_path: Path) -> tuple[int, set[str], str | None]:
    """``_read_header`` through a read-only connection; when a writer crashed mid-transaction and
    left SQLite's crash recovery to do, it is done first (as any program opening the file would),
    unless the file or its folder cannot be written — that is then what the error says."""
    try:
        with _no_leftovers(db_path):
            return _read_header(db_path)
    except sqlite3.OperationalError as exc:
        if (
            getattr(exc, "sqlite_errorcode", None) not in _NEEDS_RECOVERY
            or write_problem(db_path) is not None
        ):
            raise
    conn = sqlite3.connect(str(db_path), timeout=INSPECT_TIMEOUT_S)
    try:
        conn.execute("PRAGMA query_only=ON")  # reads only: SQLite itself rolls the journal back
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    log.warning("%s: finished SQLite's recovery of a transaction cut short by a crash", db_path)
    with _no_leftovers(db_path):
        return _read_header(db_path)


def inspect_database(db_path: Path) -> DbStatus:
    """Read the state of a database without writing to it."""
    head = head_revision()
    if db_path.is_dir():
        return DbStatus(DbState.UNAVAILABLE, None, head, problem="db.is_folder")
    if not db_path.exists():
        return DbStatus(DbState.MISSING, None, head)
    if db_path.stat().st_size == 0:
        return _empty(db_path, head)
    try:
        app_id, tables, revision = _look(db_path)
    except sqlite3.DatabaseError as exc:
        problem = sqlite_problem(exc, db_path)
        if problem.code == "db.damaged":
            return DbStatus(DbState.DAMAGED, None, head, str(exc))
        params = tuple(problem.params.items())
        return DbStatus(DbState.UNAVAILABLE, None, head, str(exc), problem=problem.code, params=params)
    if app_id != APPLICATION_ID:
        if not tables:  # a database file made but never filled (a first start cut short)
            return _empty(db_path, head)
        return DbStatus(DbState.FOREIGN, revision, head)
    if revision is None:
        return DbStatus(DbState.FOREIGN, None, head, "no alembic_version")
    if revision == head:
        return DbStatus(DbState.CURRENT, revision, head)
    if revision in known_revisions():
        return DbStatus(DbState.OUTDATED, revision, head)
    return DbStatus(DbState.TOO_NEW, revision, head)


def refuse_unusable(status: DbStatus, db_path: Path) -> None:
    """Raise the matching ``DataDirError`` when a database cannot be opened by this version."""
    if status.state is DbState.TOO_NEW:
        raise DataDirError("db.too_new", path=str(db_path), revision=status.revision)
    if status.state is DbState.FOREIGN:
        raise DataDirError("db.foreign", path=str(db_path))
    if status.state is DbState.DAMAGED:
        raise DataDirError("db.damaged", path=str(db_path), detail=status.detail)
    if status.state in (DbState.EMPTY, DbState.UNAVAILABLE):
        params = dict(status.params)
        params.setdefault("path", str(db_path))
        params.setdefault("detail", status.detail)
        raise DataDirError(status.problem, **params)


def refuse_unwritable(db_path: Path, engine: Engine) -> None:
    """Raise the ``DataDirError`` that says why the database at ``db_path`` cannot be written now
    (read-only media, file or folder; another program holding its write lock past the busy
    timeout), before anything is typed that could not be saved. Takes SQLite's write lock for an
    instant (``BEGIN IMMEDIATE``, then ``ROLLBACK``): nothing is written."""
    problem = write_problem(db_path)
    if problem is not None:
        raise problem
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("ROLLBACK")
    except Exception as exc:
        error = sqlite_error(exc)
        if error is None:
            raise
        raise sqlite_problem(error, db_path) from exc


def sqlite_backup(src_path: Path, dest_path: Path) -> Path:
    """Consistent copy of a live database through SQLite's online backup API."""
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest_path.with_name(dest_path.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(str(src_path))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(dest_path)
    return dest_path


def timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def upgrade_database(db_path: Path, engine: Engine, backup_dir: Path) -> DbStatus:
    """Create or upgrade the database at ``db_path`` (whose engine is ``engine``) to head.

    Returns the status found before upgrading. Raises ``DataDirError`` and writes nothing when the
    database is too new, foreign or damaged.
    """
    status = inspect_database(db_path)
    refuse_unusable(status, db_path)
    if status.state is DbState.CURRENT:
        return status
    refuse_unwritable(db_path, engine)
    # A copy cut short by a crash (killed during an earlier upgrade's backup) is no backup.
    for part in backup_dir.glob("truoc-nang-cap-*.part*"):  # and its -journal
        with suppress(OSError):
            part.unlink()
    if status.state is DbState.OUTDATED:
        backup = backup_dir / f"truoc-nang-cap-{status.revision}-{timestamp()}.sqlite3"
        sqlite_backup(db_path, backup)
        log.info("database at %s backed up to %s before upgrade", status.revision, backup)
    from alembic import command

    cfg = alembic_config()
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            # Table rebuilds in batch migrations must not trip foreign keys half-way; checked after.
            raw.execute("PRAGMA foreign_keys=OFF")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys=ON")
    except Exception as exc:
        # The upgrade is one transaction: it rolled back, the database is as it was.
        error = sqlite_error(exc)
        if error is None:
            raise
        problem = sqlite_problem(error, db_path)
        if problem.code == "db.open_failed":
            raise  # SQL the database refused: a defect of the migration, with its traceback
        raise problem from exc
    if problems:
        raise DataDirError("db.integrity", detail=str(problems[:5]))
    log.info(UPGRADED + " %s to %s", status.revision, status.head)
    return status


def integrity_problems(db_path: Path) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` through a read-only connection."""
    conn = _read_only(db_path)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if rows == ["ok"] else rows
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: {row}" for row in fk]
        return problems
    finally:
        conn.close()
