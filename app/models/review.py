"""Xem xét của lãnh đạo (ISO 9001:2015 §9.3): the review meeting, its inputs (figures snapshotted
from the records plus the secretary's text), its decisions tracked to closure, its minutes."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.organization import Department


class ReviewStatus(enum.Enum):
    """The minutes' state; the values are the stable names exports print (JSON ``status``)."""

    DRAFT = "draft"  # Dự thảo: inputs can be refreshed from the records
    SIGNED = "signed"  # Đã ký: the review and its figures are frozen


class DecisionKind(enum.Enum):
    """§9.3.3: an improvement, a change to the QMS, a resource need."""

    IMPROVEMENT = "improvement"  # Cơ hội cải tiến
    QMS_CHANGE = "qms_change"  # Thay đổi HTQLCL
    RESOURCE = "resource"  # Nhu cầu nguồn lực


class DecisionStatus(enum.Enum):
    OPEN = "open"  # Đang thực hiện
    DONE = "done"  # Đã hoàn thành
    CANCELLED = "cancelled"  # Hủy


class ManagementReview(Base):
    """Một cuộc họp xem xét của lãnh đạo, numbered within its year ("01")."""

    __tablename__ = "management_review"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)  # the year of held_on
    number: Mapped[str] = mapped_column(String(30))  # "01"; printed "Số 01/BB-UBND"
    held_on: Mapped[date] = mapped_column(Date, index=True)
    time_from: Mapped[str] = mapped_column(String(5), default="")  # "08:00"
    time_to: Mapped[str] = mapped_column(String(5), default="")  # "11:00": "kết thúc vào lúc …"
    place: Mapped[str] = mapped_column(String(255), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")  # chủ trì: name, title
    secretary: Mapped[str] = mapped_column(String(200), default="")  # thư ký cuộc họp
    attendees: Mapped[str] = mapped_column(Text, default="")  # one per line
    absentees: Mapped[str] = mapped_column(Text, default="")  # one per line, with the reason
    period_start: Mapped[date] = mapped_column(Date)  # the inputs cover period_start…held_on
    period_end: Mapped[date] = mapped_column(Date)
    status: Mapped[ReviewStatus] = mapped_column(default=ReviewStatus.DRAFT)
    signed_on: Mapped[date | None] = mapped_column(Date)
    # The inputs' figures as last refreshed (a JSON object, §9.3.2 a–f): frozen once signed.
    figures: Mapped[str] = mapped_column(Text, default="")
    # The inputs' text, one field per §9.3.2 item, pre-filled from the figures and editable.
    input_decisions: Mapped[str] = mapped_column(Text, default="")  # (a) earlier decisions
    input_issues: Mapped[str] = mapped_column(Text, default="")  # (b) external and internal issues
    input_performance: Mapped[str] = mapped_column(Text, default="")  # (c) performance
    input_providers: Mapped[str] = mapped_column(Text, default="")  # (c) external providers
    input_resources: Mapped[str] = mapped_column(Text, default="")  # (d) resources
    input_risks: Mapped[str] = mapped_column(Text, default="")  # (e) actions on risks
    input_improvement: Mapped[str] = mapped_column(Text, default="")  # (f) opportunities, training
    discussion: Mapped[str] = mapped_column(Text, default="")  # ý kiến thảo luận
    conclusions: Mapped[str] = mapped_column(Text, default="")  # kết luận của chủ trì
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    decisions: Mapped[list[ReviewDecision]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="ReviewDecision.sort_order"
    )


class ReviewDecision(Base):
    """Một quyết định (đầu ra) of a review: what, who, by when, and its status."""

    __tablename__ = "review_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("management_review.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[DecisionKind] = mapped_column(default=DecisionKind.IMPROVEMENT)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[DecisionStatus] = mapped_column(default=DecisionStatus.OPEN)
    done_on: Mapped[date | None] = mapped_column(Date)  # completed or cancelled on
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    review: Mapped[ManagementReview] = relationship(back_populates="decisions")
    department: Mapped[Department | None] = relationship()
