"""SQLite engine set-up in one place: foreign keys, WAL, busy timeout, real transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.services.changes import INFO_KEY, WriteContext

BUSY_TIMEOUT_MS = 10_000


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
        # In WAL mode NORMAL cannot corrupt the database; a power cut may lose only the last
        # commits, and a commit no longer waits for the disk to flush (about 10x faster writes).
        cur.execute("PRAGMA synchronous=NORMAL")
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
