"""Lịch sử chuyển trạng thái: the transitions of records that follow a workflow (a legal update
closed and reopened; later audits, corrective actions, reports)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Transition(Base):
    """One move of one record from a state to another, on a date, with the reason given."""

    __tablename__ = "transition"
    __table_args__ = (Index("ix_transition_record", "record_type", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))  # a record-type key: "legal_update"…
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))  # the transition's name: "close_no_change"…
    from_state: Mapped[str] = mapped_column(String(40))
    to_state: Mapped[str] = mapped_column(String(40))
    on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
