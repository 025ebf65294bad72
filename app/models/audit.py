"""Đánh giá nội bộ, kiểm tra của cấp trên, phát hiện: the audit programme and its audits (team,
schedule, checklist), upstream inspections, and the findings both produce (ISO 9001:2015 §9.2)."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.organization import Department, Person


class FindingType(enum.Enum):
    """Loại phát hiện."""

    NC_MAJOR = "nc_major"  # Không phù hợp nặng
    NC_MINOR = "nc_minor"  # Không phù hợp nhẹ
    OBSERVATION = "observation"  # Điểm lưu ý
    OFI = "ofi"  # Cơ hội cải tiến
    RECOMMENDATION = "recommendation"  # Kiến nghị (of an upstream inspection)


# The types that need a corrective action (or a dated note closing them without one).
ACTION_FINDING_TYPES = (FindingType.NC_MAJOR, FindingType.NC_MINOR, FindingType.RECOMMENDATION)


class ChecklistResult(enum.Enum):
    """Kết quả một câu hỏi của phiếu đánh giá."""

    CONFORM = "conform"  # Phù hợp
    NC = "nc"  # Không phù hợp
    OBSERVATION = "observation"  # Điểm lưu ý
    OFI = "ofi"  # Cơ hội cải tiến


class AuditRole(enum.Enum):
    LEADER = "leader"  # Trưởng đoàn
    MEMBER = "member"  # Thành viên


class ScheduleKind(enum.Enum):
    """A line of the audit schedule: the opening meeting, an audit of a department, the closing."""

    OPENING = "opening"  # Họp khai mạc
    AUDIT = "audit"  # Đánh giá tại bộ phận
    CLOSING = "closing"  # Họp kết thúc


class InspectionForm(enum.Enum):
    """Hình thức kiểm tra."""

    ON_SITE = "on_site"  # Trực tiếp
    RECORDS = "records"  # Qua hồ sơ


class AuditProgramme(Base):
    """Chương trình đánh giá nội bộ năm N: the audits planned for the year."""

    __tablename__ = "audit_programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    approved_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="ProgrammeItem.sort_order"
    )


class ProgrammeItem(Base):
    """One planned audit of the programme: its month and scope, and the audit that carried it out."""

    __tablename__ = "audit_programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("audit_programme.id", ondelete="CASCADE"), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    month: Mapped[int] = mapped_column(Integer)  # 1…12
    scope: Mapped[str] = mapped_column(Text)  # bộ phận, quá trình được đánh giá
    note: Mapped[str] = mapped_column(Text, default="")
    audit_id: Mapped[int | None] = mapped_column(ForeignKey("audit.id", ondelete="SET NULL"), index=True)

    programme: Mapped[AuditProgramme] = relationship(back_populates="items")


class Audit(Base):
    """Cuộc đánh giá nội bộ: the decision naming its team, dates, scope, criteria, conclusion."""

    __tablename__ = "audit"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)  # the year of start_on
    number: Mapped[str] = mapped_column(String(30))  # "01" (the audit's number within its year)
    decision_number: Mapped[str] = mapped_column(String(60), default="")  # QĐ thành lập đoàn
    decision_on: Mapped[date | None] = mapped_column(Date)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")  # departments, processes
    criteria: Mapped[str] = mapped_column(Text, default="")  # one per line
    summary: Mapped[str] = mapped_column(Text, default="")  # kết quả chung (report)
    conclusion: Mapped[str] = mapped_column(Text, default="")
    report_on: Mapped[date | None] = mapped_column(Date)  # ngày báo cáo đánh giá
    recipients: Mapped[str] = mapped_column(Text, default="")  # of the report; empty: default
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    members: Mapped[list[AuditMember]] = relationship(
        back_populates="audit", cascade="all, delete-orphan", order_by="AuditMember.sort_order"
    )
    schedule: Mapped[list[ScheduleItem]] = relationship(
        back_populates="audit", cascade="all, delete-orphan", order_by="ScheduleItem.sort_order"
    )
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="audit", cascade="all, delete-orphan", order_by="ChecklistItem.sort_order"
    )
    findings: Mapped[list[Finding]] = relationship(
        back_populates="audit", cascade="all, delete-orphan", order_by="Finding.sort_order"
    )


class AuditMember(Base):
    """A member of the audit team (the leader, Trưởng đoàn, has role ``leader``)."""

    __tablename__ = "audit_member"
    __table_args__ = (UniqueConstraint("audit_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[AuditRole]
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    audit: Mapped[Audit] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class ScheduleItem(Base):
    """Lịch đánh giá: a time slot, the department or process, clauses, auditor and auditee."""

    __tablename__ = "audit_schedule_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[ScheduleKind] = mapped_column(default=ScheduleKind.AUDIT)
    on: Mapped[date] = mapped_column(Date)
    time_from: Mapped[str] = mapped_column(String(5), default="")  # "08:00"
    time_to: Mapped[str] = mapped_column(String(5), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    process: Mapped[str] = mapped_column(Text, default="")  # the process or activity audited
    clauses: Mapped[str] = mapped_column(String(200), default="")  # "4.4; 7.5; 8.5"
    auditor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    auditee: Mapped[str] = mapped_column(String(255), default="")  # người được đánh giá

    audit: Mapped[Audit] = relationship(back_populates="schedule")
    department: Mapped[Department | None] = relationship()
    auditor: Mapped[Person | None] = relationship()


class ChecklistItem(Base):
    """Một câu hỏi của phiếu đánh giá (checklist) of one audit, for one department."""

    __tablename__ = "audit_checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    clause: Mapped[str] = mapped_column(String(20), default="")  # "7.5.3"
    question: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")  # bằng chứng ghi nhận
    result: Mapped[ChecklistResult | None] = mapped_column()  # None: not assessed yet

    audit: Mapped[Audit] = relationship(back_populates="checklist")
    department: Mapped[Department | None] = relationship()


class ChecklistTemplateItem(Base):
    """A question of the agency's checklist template (empty table: the built-in template)."""

    __tablename__ = "checklist_template_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    clause: Mapped[str] = mapped_column(String(20))
    question: Mapped[str] = mapped_column(Text)


class Inspection(Base):
    """Kiểm tra của cấp trên: an upstream body's inspection of the agency's QMS."""

    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    body: Mapped[str] = mapped_column(String(255))  # cơ quan kiểm tra
    basis: Mapped[str] = mapped_column(Text, default="")  # kế hoạch / quyết định kiểm tra
    form: Mapped[InspectionForm] = mapped_column(default=InspectionForm.ON_SITE)
    team: Mapped[str] = mapped_column(Text, default="")  # thành phần đoàn
    conclusions: Mapped[str] = mapped_column(Text, default="")
    notice_number: Mapped[str] = mapped_column(String(60), default="")  # thông báo kết quả
    notice_on: Mapped[date | None] = mapped_column(Date)
    remediation_due_on: Mapped[date | None] = mapped_column(Date)  # hạn báo cáo khắc phục
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    findings: Mapped[list[Finding]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Finding.sort_order"
    )


class Finding(Base):
    """Phát hiện: of an audit (from a checklist row or recorded alone) or of an inspection (its
    recommendations, kiến nghị). A finding that needs action is "without action" until a
    corrective action that is not cancelled answers it, or a dated note closes it without one."""

    __tablename__ = "finding"
    __table_args__ = (
        Index("ix_finding_type", "type"),
        UniqueConstraint("checklist_item_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int | None] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    inspection_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    checklist_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("audit_checklist_item.id", ondelete="SET NULL")
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[FindingType]
    clause: Mapped[str] = mapped_column(String(20), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    found_on: Mapped[date] = mapped_column(Date, index=True)
    # Closed without a corrective action: the date and the note saying why.
    closed_on: Mapped[date | None] = mapped_column(Date)
    closing_note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    audit: Mapped[Audit | None] = relationship(back_populates="findings")
    inspection: Mapped[Inspection | None] = relationship(back_populates="findings")
    department: Mapped[Department | None] = relationship()
