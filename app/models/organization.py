"""The agency and its QMS frame: profile, leaders, recipients, people, steering committee, scope,
policy and publication decisions."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base


class AgencyKind(enum.Enum):
    """Loại cơ quan."""

    COMMUNE = "commune"  # UBND xã/phường/đặc khu
    SCHOOL = "school"  # trường học
    DEPARTMENT = "department"  # Sở/ban/ngành
    OTHER = "other"


class PeriodConvention(enum.Enum):
    """Cách tính kỳ báo cáo: Nghị định 09/2019 (15/12–14/6, 15/12–14/12) or calendar halves."""

    DECREE_09 = "decree09"
    CALENDAR = "calendar"


class LeaderRole(enum.Enum):
    HEAD = "head"  # người đứng đầu
    DEPUTY = "deputy"  # cấp phó


class SteeringRole(enum.Enum):
    """Vai trò trong Ban chỉ đạo ISO."""

    HEAD = "head"  # Trưởng ban
    DEPUTY = "deputy"  # Phó trưởng ban
    MEMBER = "member"  # Thành viên
    SECRETARY = "secretary"  # Thư ký


class PublicationKind(enum.Enum):
    """Công bố / công bố lại HTQLCL phù hợp TCVN ISO 9001:2015."""

    INITIAL = "initial"
    REPUBLICATION = "republication"


class Agency(Base):
    """Cơ quan: the one agency whose QMS this database holds (a single row)."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(255))
    short_name: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[AgencyKind]
    parent_body: Mapped[str] = mapped_column(String(255), default="")
    place_name: Mapped[str] = mapped_column(String(120))
    code_abbreviation: Mapped[str] = mapped_column(String(30))
    address: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    iso_secretary_name: Mapped[str] = mapped_column(String(120), default="")
    iso_secretary_title: Mapped[str] = mapped_column(String(120), default="")
    iso_secretary_phone: Mapped[str] = mapped_column(String(60), default="")
    # Default signature block: the authority lines (one per line, e.g. "TM. ỦY BAN NHÂN DÂN") and
    # the signer's name; every document may override both.
    signing_lines: Mapped[str] = mapped_column(Text, default="")
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    # The drafting unit's abbreviation on the last line of "Nơi nhận" ("- Lưu: VT, VP.").
    drafting_unit: Mapped[str] = mapped_column(String(30), default="", server_default="")
    period_convention: Mapped[PeriodConvention] = mapped_column(default=PeriodConvention.DECREE_09)
    six_month_deadline_day: Mapped[int] = mapped_column(Integer, default=15)
    six_month_deadline_month: Mapped[int] = mapped_column(Integer, default=6)
    annual_deadline_day: Mapped[int] = mapped_column(Integer, default=15)
    annual_deadline_month: Mapped[int] = mapped_column(Integer, default=12)
    # Legal changes: a procedure must be updated within N months of the legal document's effect.
    update_deadline_months: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    # "Cảnh báo trước (ngày)": the one warning window of every area — a deadline 0…N days ahead is
    # "sắp đến hạn" (see app.services.deadlines).
    due_soon_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    # Risk bands from the score (likelihood × impact): "trung bình từ", "cao từ" (below: thấp).
    risk_medium_from: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    risk_high_from: Mapped[int] = mapped_column(Integer, default=15, server_default="15")
    # False: the province asks for no 6-month report (the home page stops asking for it).
    six_month_report: Mapped[bool] = mapped_column(default=True, server_default="1")
    # JSON: the agency's report outline (headings, order, per section generated or free text with
    # {figure} placeholders — never figures); empty: the app's default outline.
    report_outline: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class Leader(Base):
    """Lãnh đạo cơ quan: the head and the deputies, with their titles."""

    __tablename__ = "leader"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(120))
    role: Mapped[LeaderRole]
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Recipient(Base):
    """Nơi nhận thường dùng: the bodies the agency's documents go to (upstream bodies, its own
    leaders and units), each with the purpose printed after it on a document ("để báo cáo")."""

    __tablename__ = "recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    note: Mapped[str] = mapped_column(String(255), default="")  # internal: never printed
    # Printed in brackets after the name under "Nơi nhận" ("để báo cáo", "để thực hiện"); empty: none.
    purpose: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # Addressed in "Kính gửi:" of reports (otherwise only listed under "Nơi nhận").
    addressee: Mapped[bool] = mapped_column(default=True)
    # Listed under "Nơi nhận" of the plans (annual plan, objectives plan) / of the reports.
    on_plans: Mapped[bool] = mapped_column(default=True, server_default="1")
    on_reports: Mapped[bool] = mapped_column(default=True, server_default="1")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class LegalBasis(Base):
    """One "Căn cứ …" line the agency cites in a kind of document (``kind``: "plan", "objectives"):
    "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc …;"."""

    __tablename__ = "legal_basis"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    lead: Mapped[str] = mapped_column(String(20), default="Căn cứ")  # "Căn cứ" | "Thực hiện"
    doc_type: Mapped[str] = mapped_column(String(60), default="")  # "Quyết định", "Thông tư", "Kế hoạch"
    number: Mapped[str] = mapped_column(String(60), default="")  # "19/2014/QĐ-TTg"; empty: blanks
    issued_on: Mapped[date | None] = mapped_column(Date)  # None: blanks
    issuer: Mapped[str] = mapped_column(String(255), default="")  # "Thủ tướng Chính phủ"
    subject: Mapped[str] = mapped_column(Text, default="")  # "về việc áp dụng …"


class ReportDeadline(Base):
    """Hạn gửi báo cáo 6 tháng / năm for one year, when it differs from the agency's default."""

    __tablename__ = "report_deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    six_month_deadline: Mapped[date] = mapped_column(Date)
    annual_deadline: Mapped[date] = mapped_column(Date)


class Department(Base):
    """Bộ phận (department / unit) that owns procedures and actions."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(30), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)

    persons: Mapped[list[Person]] = relationship(back_populates="department")


class Person(Base):
    """Cán bộ, công chức: a member of staff."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(120), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)

    department: Mapped[Department | None] = relationship(back_populates="persons")


class SteeringDecision(Base):
    """Quyết định thành lập / kiện toàn Ban chỉ đạo ISO."""

    __tablename__ = "steering_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60))
    signed_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[SteeringMember]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by="SteeringMember.sort_order"
    )


class SteeringMember(Base):
    """Thành viên Ban chỉ đạo ISO under one decision."""

    __tablename__ = "steering_member"
    __table_args__ = (UniqueConstraint("decision_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("steering_decision.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[SteeringRole]
    duty: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    decision: Mapped[SteeringDecision] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class ScopeVersion(Base):
    """Phạm vi áp dụng HTQLCL, one version per effective date."""

    __tablename__ = "scope_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_on: Mapped[date] = mapped_column(Date, unique=True)
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(255), default="")


class PolicyVersion(Base):
    """Chính sách chất lượng, one version per effective date."""

    __tablename__ = "policy_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_on: Mapped[date] = mapped_column(Date, unique=True)
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(255), default="")


class PublicationDecision(Base):
    """Quyết định công bố / công bố lại HTQLCL phù hợp TCVN ISO 9001:2015."""

    __tablename__ = "publication_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PublicationKind]
    number: Mapped[str] = mapped_column(String(60))
    signed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    # The agency's name the decision was made under (empty: not recorded — "cần xác nhận"), and the
    # day the conformity was posted (niêm yết) at the agency.
    agency_name: Mapped[str] = mapped_column(String(255), default="", server_default="")
    posted_on: Mapped[date | None] = mapped_column(Date)
