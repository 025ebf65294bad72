"""Nhật ký thay đổi: an append-only log of every write, one row per record and transaction.

Written by ``app.services.history`` from the unit of work's change hook, never through the ORM (one
``executemany`` per transaction), never updated or deleted: two triggers refuse an UPDATE or a
DELETE of a row (made by the migration, and by ``create_all`` through the DDL below).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, DateTime, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log"
    " BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END",
    "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log"
    " BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END",
)


class ChangeLog(Base):
    """One write of one record: when (UTC), who on which computer, the record (a record-type key of
    the area registry, or a table name), the action (create, update, delete, transition) and the
    changes as JSON ``[{"field", "old", "new"}, …]``."""

    __tablename__ = "change_log"
    # A record's history; the whole log newest first; and each filter of the log's page in that
    # order (a page of a few thousand rows is read without sorting the matching rows first).
    __table_args__ = (
        Index("ix_change_log_record", "record_type", "record_id", "at"),
        Index("ix_change_log_at", "at"),
        Index("ix_change_log_type_at", "record_type", "at"),
        Index("ix_change_log_user_at", "user", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC, without a zone (as SQLite's timestamps)
    user: Mapped[str] = mapped_column(String(100))  # the OS account
    computer: Mapped[str] = mapped_column(String(100))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[str] = mapped_column(Text)


for _trigger in APPEND_ONLY_TRIGGERS:
    event.listen(ChangeLog.__table__, "after_create", DDL(_trigger).execute_if(dialect="sqlite"))
