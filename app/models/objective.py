"""Mục tiêu chất lượng (quality objectives) per year, their plan lines and measurements; the annual
QMS maintenance plan (Kế hoạch duy trì, cải tiến HTQLCL) and its tasks."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base


class Comparison(enum.Enum):
    GE = "ge"  # ≥
    GT = "gt"  # >
    EQ = "eq"  # =
    LE = "le"  # ≤
    LT = "lt"  # <


class Aggregation(enum.Enum):
    """How the year's value is formed from the measurements."""

    LAST = "last"  # giá trị kỳ gần nhất (tỷ lệ)
    SUM = "sum"  # cộng dồn (số lượng: khiếu nại…)
    AVERAGE = "average"  # trung bình các kỳ


class Frequency(enum.Enum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"  # nửa năm dương lịch
    YEAR = "year"


class TaskStatus(enum.Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class TimeframeKind(enum.Enum):
    QUARTER = "quarter"  # Quý I…IV
    DATE = "date"  # trước một ngày
    CONTINUOUS = "continuous"  # thường xuyên


class ObjectiveSet(Base):
    """The year's objectives document (Kế hoạch thực hiện mục tiêu chất lượng năm N): number, date,
    signing lines and recipients of the printed document."""

    __tablename__ = "objective_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    number: Mapped[str] = mapped_column(String(60), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    signing_lines: Mapped[str] = mapped_column(Text, default="")  # empty: the agency's default
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")  # one per line; empty: the default list
    # "Căn cứ …" lines of this document, one per line; empty: the agency's list (``LegalBasis``).
    legal_bases: Mapped[str] = mapped_column(Text, default="", server_default="")


class Objective(Base):
    """Mục tiêu chất lượng of one year."""

    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    statement: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(40), default="")
    comparison: Mapped[Comparison]
    target: Mapped[float] = mapped_column(Float)
    aggregation: Mapped[Aggregation]
    frequency: Mapped[Frequency]
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    policy_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("policy_version.id", ondelete="SET NULL"), index=True
    )
    # Folded statement + indicator, kept by the change hook from the record type's search fields.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    plan_lines: Mapped[list[ObjectivePlanLine]] = relationship(
        back_populates="objective", cascade="all, delete-orphan", order_by="ObjectivePlanLine.sort_order"
    )
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="objective", cascade="all, delete-orphan", order_by="Measurement.period"
    )


class ObjectivePlanLine(Base):
    """Kế hoạch thực hiện (§6.2.2): what, resources, who, by when, how results are evaluated."""

    __tablename__ = "objective_plan_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text)
    resources: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[str] = mapped_column(String(120), default="")  # "Quý I/2026", "31/12/2026", "Thường xuyên"
    evaluation: Mapped[str] = mapped_column(Text, default="")

    objective: Mapped[Objective] = relationship(back_populates="plan_lines")


class Measurement(Base):
    """The value measured for one period (1…12 months, 1…4 quarters, 1…2 halves, 1 for the year)."""

    __tablename__ = "measurement"
    __table_args__ = (UniqueConstraint("objective_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), index=True)
    period: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT"), index=True
    )

    objective: Mapped[Objective] = relationship(back_populates="measurements")


class AnnualPlan(Base):
    """Kế hoạch duy trì, cải tiến HTQLCL năm N."""

    __tablename__ = "annual_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    number: Mapped[str] = mapped_column(String(60), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, default="")  # Mục đích
    requirements: Mapped[str] = mapped_column(Text, default="")  # Yêu cầu
    # Tổ chức thực hiện; empty: the text made from the agency's settings when printed.
    implementation: Mapped[str] = mapped_column(Text, default="")
    funding: Mapped[str] = mapped_column(Text, default="", server_default="")  # Kinh phí; empty: default
    legal_bases: Mapped[str] = mapped_column(Text, default="", server_default="")  # as ObjectiveSet's
    signing_lines: Mapped[str] = mapped_column(Text, default="")
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")

    tasks: Mapped[list[PlanTask]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTask.sort_order"
    )


class PlanTask(Base):
    """One task of the annual plan."""

    __tablename__ = "plan_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("annual_plan.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    timeframe: Mapped[TimeframeKind]
    quarter: Mapped[int | None] = mapped_column(Integer)  # 1…4 when timeframe is QUARTER
    due_on: Mapped[date | None] = mapped_column(Date)  # when timeframe is DATE
    status: Mapped[TaskStatus] = mapped_column(default=TaskStatus.NOT_STARTED)
    completed_on: Mapped[date | None] = mapped_column(Date)
    # Sản phẩm: what the task is to produce, printed in the plan. The evidence is the tracking
    # note (what was done, where it is kept): never printed in the signed plan.
    output: Mapped[str] = mapped_column(Text, default="", server_default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The item of the yearly cycle the task carries out ("plan", "audit", "report_h1"…; empty: none),
    # whose due date it gives on the home page's checklist.
    cycle_key: Mapped[str] = mapped_column(String(30), default="", server_default="")

    plan: Mapped[AnnualPlan] = relationship(back_populates="tasks")
