"""Phiếu yêu cầu hành động khắc phục (ISO 9001:2015 §10.2): the request, its actions, the
verifications of its effectiveness, the findings it answers; and the forms' codes."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.document import Document
from app.models.organization import Department


class CaStatus(enum.Enum):
    """Trạng thái; the values are the stable names exports print (JSON ``status``)."""

    NEW = "moi"  # Mới
    ANALYSING = "dang_phan_tich"  # Đang phân tích
    IN_PROGRESS = "dang_thuc_hien"  # Đang thực hiện
    VERIFYING = "cho_kiem_tra"  # Chờ kiểm tra hiệu lực
    CLOSED = "da_dong"  # Đã đóng
    CANCELLED = "huy"  # Hủy


class CaSource(enum.Enum):
    """Nguồn phát hiện."""

    AUDIT = "audit"  # Đánh giá nội bộ
    INSPECTION = "inspection"  # Kiểm tra của cấp trên
    COMPLAINT = "complaint"  # Phản ánh, kiến nghị
    REVIEW = "review"  # Xem xét của lãnh đạo
    LATE_FILE = "late_file"  # Hồ sơ TTHC trễ hạn
    SELF = "self"  # Tự phát hiện
    RISK = "risk"  # Rủi ro


class CorrectiveAction(Base):
    """A corrective-action request, numbered ``NN/YYYY`` within the year it was raised."""

    __tablename__ = "corrective_action"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        # The list in its default order (by number) with every column its search and filters read:
        # a search is one scan of this index, no table lookups (~14 ms at 30,000 requests, 45 ms
        # without). No index on status alone: the planner would take it over this one.
        Index(
            "ix_corrective_action_list",
            "year",
            "seq",
            "search_text",
            "status",
            "source",
            "department_id",
            "due_on",
            "raised_on",
            "closed_on",
            "cancelled_on",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)  # the year of raised_on, fixed at creation
    seq: Mapped[int] = mapped_column(Integer)  # NN, never reused within the year
    raised_on: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[CaSource]
    # The record it came from, as a record-type key and id ("finding", "complaint", "review"…).
    source_type: Mapped[str] = mapped_column(String(40), default="")
    source_id: Mapped[int | None] = mapped_column(Integer)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    found_by: Mapped[str] = mapped_column(String(120), default="")  # người phát hiện
    found_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")  # mô tả sự không phù hợp
    correction: Mapped[str] = mapped_column(Text, default="")  # sự khắc phục (immediate)
    root_cause: Mapped[str] = mapped_column(Text, default="")  # nguyên nhân gốc
    # §10.2.1: similar cases elsewhere (None: not yet said), risks and the QMS to update.
    similar_exists: Mapped[bool | None] = mapped_column()
    similar_note: Mapped[str] = mapped_column(Text, default="")
    update_risks: Mapped[bool] = mapped_column(default=False)
    update_qms: Mapped[bool] = mapped_column(default=False)
    approver: Mapped[str] = mapped_column(String(120), default="")  # người phê duyệt
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[CaStatus] = mapped_column(default=CaStatus.NEW)
    closed_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # The state a cancelled request had, to which reopening returns it.
    state_before_cancel: Mapped[str] = mapped_column(String(32), default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    department: Mapped[Department | None] = relationship()
    actions: Mapped[list[CaAction]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="CaAction.sort_order"
    )
    verifications: Mapped[list[CaVerification]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="CaVerification.id"
    )
    finding_links: Mapped[list[CaFinding]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="CaFinding.finding_id"
    )

    @property
    def number(self) -> str:
        return f"{self.seq:02d}/{self.year}"


class CaAction(Base):
    """One action of a request: what, who, by when, done when (or cancelled)."""

    __tablename__ = "ca_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("corrective_action.id", ondelete="CASCADE"), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    cancelled: Mapped[bool] = mapped_column(default=False)

    request: Mapped[CorrectiveAction] = relationship(back_populates="actions")


class CaVerification(Base):
    """Kiểm tra hiệu lực: who checked, when, whether the action was effective."""

    __tablename__ = "ca_verification"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("corrective_action.id", ondelete="CASCADE"), index=True
    )
    by: Mapped[str] = mapped_column(String(120))
    on: Mapped[date] = mapped_column(Date)
    effective: Mapped[bool] = mapped_column()
    comment: Mapped[str] = mapped_column(Text, default="")

    request: Mapped[CorrectiveAction] = relationship(back_populates="verifications")


class CaFinding(Base):
    """A finding answered by a request (a request may answer several)."""

    __tablename__ = "ca_finding"
    __table_args__ = (UniqueConstraint("request_id", "finding_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("corrective_action.id", ondelete="CASCADE"), index=True
    )
    finding_id: Mapped[int] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"), index=True)

    request: Mapped[CorrectiveAction] = relationship(back_populates="finding_links")


class NumberCounter(Base):
    """The last number given in a series and year (``corrective_action``, 2026 → 7), so that a
    deleted record's number is never given again."""

    __tablename__ = "number_counter"
    __table_args__ = (UniqueConstraint("series", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer, default=0)


class FormCode(Base):
    """Mã biểu mẫu: the form of the document register (a biểu mẫu) that a printed form is, e.g.
    the corrective-action request → "BM.HĐKP.01"; its code and issue print on the form."""

    __tablename__ = "form_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_key: Mapped[str] = mapped_column(String(40), unique=True)  # an export kind's key
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )

    document: Mapped[Document | None] = relationship()
