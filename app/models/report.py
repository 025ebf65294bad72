"""Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL: the 6-month and the annual report sent
upstream, one per kind and year at a time as a draft, its figures and its frame (issuer, signer,
recipients…) stored so that a signed or sent report reprints as it was."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ReportKind(enum.Enum):
    """The values are the stable names of the CLI and the JSON (``--kind``, ``kind``)."""

    H1 = "h1"  # Báo cáo 6 tháng đầu năm
    YEAR = "year"  # Báo cáo năm


class ReportStatus(enum.Enum):
    DRAFT = "draft"  # Dự thảo: figures refreshed on demand
    SIGNED = "signed"  # Đã ký: read-only
    SENT = "sent"  # Đã gửi cấp trên


class QmsReport(Base):
    """One report of a kind and year. A correction of a signed or sent report is a copy saved as a
    new draft (``corrects_id``); one draft per kind and year at a time."""

    __tablename__ = "qms_report"
    __table_args__ = (
        Index(
            "uq_qms_report_one_draft",
            "kind",
            "year",
            unique=True,
            sqlite_where=text("status = 'draft'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ReportKind]
    year: Mapped[int] = mapped_column(Integer, index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    cutoff: Mapped[date] = mapped_column(Date)  # the data cut-off (printed under the title)
    cutoff_edited: Mapped[bool] = mapped_column(default=False)  # kept on refresh when edited
    number: Mapped[str] = mapped_column(String(60), default="")  # "25/BC-UBND"
    report_on: Mapped[date | None] = mapped_column(Date)  # the date the report carries
    status: Mapped[ReportStatus] = mapped_column(default=ReportStatus.DRAFT)
    signed_on: Mapped[date | None] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date)
    addressee: Mapped[str] = mapped_column(Text, default="")  # "Kính gửi", one a line; empty: default
    request_ref: Mapped[str] = mapped_column(Text, default="")  # "Công văn số …/SKHCN-TĐC ngày …"
    recipients: Mapped[str] = mapped_column(Text, default="")  # Nơi nhận; empty: the agency's list
    signing_lines: Mapped[str] = mapped_column(Text, default="")  # empty: the agency's
    signer_name: Mapped[str] = mapped_column(String(120), default="")  # empty: the agency's
    # JSON: the figures as last composed, and the frame (issuer, parent body, signer, Kính gửi,
    # recipients, legal bases) as of that moment; both frozen once signed.
    figures: Mapped[str] = mapped_column(Text, default="")
    frame: Mapped[str] = mapped_column(Text, default="")
    composed_on: Mapped[date | None] = mapped_column(Date)  # the day the figures were taken
    # JSON: the report's outline and text — a list of sections {key, heading, level, mode
    # ("generated" | "free"), paragraphs, edited}; empty: the generated default.
    sections: Mapped[str] = mapped_column(Text, default="", server_default="")
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("qms_report.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
