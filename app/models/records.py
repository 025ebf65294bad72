"""The QMS's other records: risks and opportunities (§6.1), citizen satisfaction surveys (§9.1.2),
complaints and feedback (phản ánh, kiến nghị), TTHC results per period (§9.1.3), training (§7.2–7.3)."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.attachment import Attachment
from app.models.base import Base
from app.models.organization import Department, Person


# ---- risks and opportunities -----------------------------------------------------------------------
class RiskKind(enum.Enum):
    """Rủi ro / cơ hội; the values are the stable names exports print (JSON ``kind``)."""

    RISK = "rui_ro"
    OPPORTUNITY = "co_hoi"


class RiskStatus(enum.Enum):
    OPEN = "dang_theo_doi"  # Đang theo dõi
    CLOSED = "da_dong"  # Đã đóng


class Risk(Base):
    """Rủi ro hoặc cơ hội. A risk scores likelihood × impact; an opportunity scores benefit ×
    feasibility in the same two fields (``likelihood`` = benefit, ``impact`` = feasibility)."""

    __tablename__ = "risk"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RiskKind] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(300))  # short name of the risk
    process: Mapped[str] = mapped_column(String(200), default="")  # quá trình hoặc lĩnh vực
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    consequence: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(120), default="")  # người chịu trách nhiệm
    likelihood: Mapped[int] = mapped_column(Integer)  # 1–5 (an opportunity: benefit)
    impact: Mapped[int] = mapped_column(Integer)  # 1–5 (an opportunity: feasibility)
    identified_on: Mapped[date] = mapped_column(Date, index=True)  # ngày nhận diện, đánh giá
    review_on: Mapped[date | None] = mapped_column(Date, index=True)  # ngày xem xét lại tiếp theo
    status: Mapped[RiskStatus] = mapped_column(default=RiskStatus.OPEN)
    closed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    department: Mapped[Department | None] = relationship()
    actions: Mapped[list[RiskAction]] = relationship(
        back_populates="risk", cascade="all, delete-orphan", order_by="RiskAction.sort_order"
    )
    evaluations: Mapped[list[RiskEvaluation]] = relationship(
        back_populates="risk", cascade="all, delete-orphan", order_by="RiskEvaluation.on"
    )


class RiskAction(Base):
    """Biện pháp xử lý: what, who, by when, done when."""

    __tablename__ = "risk_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)

    risk: Mapped[Risk] = relationship(back_populates="actions")


class RiskEvaluation(Base):
    """Đánh giá hiệu lực của biện pháp: on a date, effective or not, the residual score."""

    __tablename__ = "risk_evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    effective: Mapped[bool] = mapped_column()
    residual_likelihood: Mapped[int] = mapped_column(Integer)
    residual_impact: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")

    risk: Mapped[Risk] = relationship(back_populates="evaluations")


# ---- citizen satisfaction ---------------------------------------------------------------------------
class Survey(Base):
    """Khảo sát sự hài lòng: a survey over a span of days and its counts per rating."""

    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_on: Mapped[date] = mapped_column(Date)
    to_on: Mapped[date] = mapped_column(Date, index=True)  # the survey belongs to the period holding it
    method: Mapped[str] = mapped_column(String(120), default="")  # phiếu giấy, thiết bị điện tử…
    forms: Mapped[int] = mapped_column(Integer, default=0)  # số phiếu phát ra / thu về
    very_satisfied: Mapped[int] = mapped_column(Integer, default=0)
    satisfied: Mapped[int] = mapped_column(Integer, default=0)
    neutral: Mapped[int] = mapped_column(Integer, default=0)
    dissatisfied: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


# ---- complaints and feedback ------------------------------------------------------------------------
class ComplaintRuling(enum.Enum):
    """Kết luận: the values are the stable names exports print (JSON ``ruling``)."""

    FOUNDED = "dung"  # Đúng
    PARTLY_FOUNDED = "dung_mot_phan"  # Đúng một phần
    UNFOUNDED = "sai"  # Sai
    PENDING = "chua_ket_luan"  # Chưa kết luận


class Complaint(Base):
    """Phản ánh, kiến nghị of a citizen or organisation about the agency's handling."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(120), default="")  # đường dây nóng, hòm thư, trực tiếp…
    sender: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    handling: Mapped[str] = mapped_column(Text, default="")  # cách xử lý
    result: Mapped[str] = mapped_column(Text, default="")  # kết quả trả lời
    resolved_on: Mapped[date | None] = mapped_column(Date)
    ruling: Mapped[ComplaintRuling] = mapped_column(default=ComplaintRuling.PENDING)
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    department: Mapped[Department | None] = relationship()


# ---- TTHC results -------------------------------------------------------------------------------------
class TthcResult(Base):
    """Kết quả giải quyết TTHC of a span of days (a one-stop system's report), for the whole agency
    (``field`` empty) or one field (lĩnh vực)."""

    __tablename__ = "tthc_result"
    __table_args__ = (
        UniqueConstraint("field", "from_on", "to_on"),
        Index("ix_tthc_result_span", "from_on", "to_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_on: Mapped[date] = mapped_column(Date)
    to_on: Mapped[date] = mapped_column(Date)
    field: Mapped[str] = mapped_column(String(200), default="")  # lĩnh vực; "" = every field
    carried_over: Mapped[int] = mapped_column(Integer, default=0)  # kỳ trước chuyển sang
    received: Mapped[int] = mapped_column(Integer, default=0)  # mới tiếp nhận
    received_online: Mapped[int | None] = mapped_column(Integer)  # of which online (optional split)
    received_direct: Mapped[int | None] = mapped_column(Integer)  # in person or by post
    early: Mapped[int] = mapped_column(Integer, default=0)  # giải quyết trước hạn
    on_time: Mapped[int] = mapped_column(Integer, default=0)  # đúng hạn
    late: Mapped[int] = mapped_column(Integer, default=0)  # quá hạn
    pending_in_time: Mapped[int] = mapped_column(Integer, default=0)  # đang giải quyết trong hạn
    pending_overdue: Mapped[int] = mapped_column(Integer, default=0)  # đang giải quyết quá hạn
    source: Mapped[str] = mapped_column(String(255), default="")  # the imported file's name, "" typed
    note: Mapped[str] = mapped_column(Text, default="")


# ---- training -------------------------------------------------------------------------------------------
class TrainingType(enum.Enum):
    """Loại đào tạo; the values are the stable names exports print (JSON ``type``)."""

    AWARENESS = "nhan_thuc"  # Nâng cao nhận thức
    INTERNAL_AUDITOR = "chuyen_gia_danh_gia"  # Chuyên gia đánh giá nội bộ
    PROFESSIONAL = "chuyen_mon"  # Chuyên môn


class Training(Base):
    """Đào tạo, tập huấn: a session and who attended it."""

    __tablename__ = "training"

    id: Mapped[int] = mapped_column(primary_key=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(300))
    organiser: Mapped[str] = mapped_column(String(200), default="")  # đơn vị tổ chức
    type: Mapped[TrainingType] = mapped_column(default=TrainingType.AWARENESS)
    hours: Mapped[float] = mapped_column(Float, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    attendees: Mapped[list[TrainingAttendee]] = relationship(
        back_populates="training", cascade="all, delete-orphan", order_by="TrainingAttendee.id"
    )


class TrainingAttendee(Base):
    """A person who attended a session, with their certificate when there is one."""

    __tablename__ = "training_attendee"
    __table_args__ = (UniqueConstraint("training_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    training_id: Mapped[int] = mapped_column(ForeignKey("training.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    certificate_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), index=True
    )

    training: Mapped[Training] = relationship(back_populates="attendees")
    person: Mapped[Person] = relationship()
    certificate: Mapped[Attachment | None] = relationship()
