"""SQLite engine set-up in one place: foreign keys, WAL, durable commits, busy timeout, real
transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.services.changes import INFO_KEY, WriteContext

BUSY_TIMEOUT_MS = 10_000
SYNCHRONOUS = "FULL"


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy own transaction boundaries (pysqlite would otherwise autocommit DDL and
        # defer BEGIN): see the SQLAlchemy SQLite dialect notes on transactional DDL.
        dbapi_conn.isolation_level = None
        # SQLite's lower() folds ASCII only ("QĐ" stays "qĐ"); case-insensitive comparisons of
        # Vietnamese text need Python's.
        dbapi_conn.create_function("lower", 1, _lower, deterministic=True)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit returns only once the write-ahead log is flushed to disk, so a power cut
        # cannot lose a save the user was told had succeeded (NORMAL cannot corrupt a WAL database
        # either, but may lose the last commits). The cost is one flush per commit: a typical save
        # measured 4–16 ms (median; p90 under 20 ms) with FULL as with NORMAL on the development
        # machine, within the 50 ms budget (benchmarks/save.py --synchronous NORMAL|FULL).
        cur.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _lower(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    return value.lower() if isinstance(value, str) else value


def make_session_factory(engine: Engine, write_context: WriteContext | None = None) -> sessionmaker[Session]:
    """Sessions of ``engine``; with a ``write_context`` their rows pass the change hook
    (search text, timestamps from the clock, ``Change`` records for the unit of work)."""
    info = {INFO_KEY: write_context} if write_context is not None else {}
    return sessionmaker(engine, expire_on_commit=False, info=info)
