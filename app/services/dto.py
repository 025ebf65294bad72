"""Plain, frozen values that cross the service boundary (inputs from and results to the front ends).

``*Fields`` classes are what a form edits; the matching result class adds the database id.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.models import (
    AgencyKind,
    Aggregation,
    Comparison,
    DocumentStatus,
    DocumentType,
    Frequency,
    ImpactStatus,
    LeaderRole,
    LegalKind,
    PeriodConvention,
    PublicationKind,
    SteeringRole,
    TaskStatus,
    TimeframeKind,
)
from app.services.deadlines import DEFAULT_WINDOW_DAYS, DueState


@dataclass(frozen=True, kw_only=True)
class AgencyFields:
    full_name: str
    short_name: str = ""
    kind: AgencyKind = AgencyKind.COMMUNE
    parent_body: str = ""
    place_name: str = ""
    code_abbreviation: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    iso_secretary_name: str = ""
    iso_secretary_title: str = ""
    iso_secretary_phone: str = ""
    signing_lines: str = ""
    signer_name: str = ""
    drafting_unit: str = ""  # "VP": the last line of "Nơi nhận" reads "- Lưu: VT, VP."


@dataclass(frozen=True, kw_only=True)
class AgencyProfile(AgencyFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class ReportingSettings:
    period_convention: PeriodConvention = PeriodConvention.DECREE_09
    six_month_deadline_day: int = 15
    six_month_deadline_month: int = 6
    annual_deadline_day: int = 15
    annual_deadline_month: int = 12
    due_soon_days: int = DEFAULT_WINDOW_DAYS  # "Cảnh báo trước (ngày)": the one warning window of every area
    six_month_report: bool = True  # False: the province asks for no 6-month report


@dataclass(frozen=True, kw_only=True)
class DeadlineFields:
    year: int
    six_month_deadline: date | None
    annual_deadline: date | None


@dataclass(frozen=True, kw_only=True)
class Deadline(DeadlineFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class LeaderFields:
    full_name: str
    title: str
    role: LeaderRole = LeaderRole.DEPUTY
    sort_order: int = 0


@dataclass(frozen=True, kw_only=True)
class Leader(LeaderFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class RecipientFields:
    """A usual recipient. ``purpose`` is printed after the name under "Nơi nhận" ("để báo cáo");
    ``note`` is the secretary's own note and is never printed."""

    name: str
    note: str = ""
    purpose: str = ""
    addressee: bool = True
    on_plans: bool = True
    on_reports: bool = True
    sort_order: int = 0


@dataclass(frozen=True, kw_only=True)
class Recipient(RecipientFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class LegalBasisFields:
    """One "Căn cứ …" line of a kind of document ("plan", "objectives"): ``lead`` ("Căn cứ" or
    "Thực hiện") ``doc_type`` số ``number`` ngày ``issued_on`` của ``issuer`` ``subject``; an
    empty number or date prints as blanks to fill by hand."""

    kind: str
    doc_type: str
    number: str = ""
    issued_on: date | None = None
    issuer: str = ""
    subject: str = ""
    lead: str = "Căn cứ"
    sort_order: int = 0


@dataclass(frozen=True, kw_only=True)
class LegalBasis(LegalBasisFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class DepartmentFields:
    name: str
    code: str = ""
    sort_order: int = 0
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class Department(DepartmentFields):
    id: int
    person_count: int = 0


@dataclass(frozen=True, kw_only=True)
class PersonFields:
    full_name: str
    position: str = ""
    department_id: int | None = None
    phone: str = ""
    email: str = ""
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class Person(PersonFields):
    id: int
    department_name: str = ""


@dataclass(frozen=True, kw_only=True)
class SteeringMemberFields:
    person_id: int
    role: SteeringRole = SteeringRole.MEMBER
    duty: str = ""


@dataclass(frozen=True, kw_only=True)
class SteeringMember(SteeringMemberFields):
    id: int
    full_name: str
    position: str
    department_name: str


@dataclass(frozen=True, kw_only=True)
class SteeringDecisionFields:
    number: str
    signed_on: date | None
    subject: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class SteeringDecision(SteeringDecisionFields):
    id: int
    member_count: int = 0
    # Empty in the summaries of ``QmsService.list_steering_summaries``.
    members: tuple[SteeringMember, ...] = field(default_factory=tuple)


@dataclass(frozen=True, kw_only=True)
class TextVersionFields:
    """A dated version of the QMS scope or of the quality policy."""

    effective_on: date | None
    text: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class TextVersion(TextVersionFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class PublicationFields:
    kind: PublicationKind
    number: str
    signed_on: date | None
    reason: str = ""
    scope: str = ""
    agency_name: str = ""  # the agency's name the decision was made under (empty: not recorded)
    posted_on: date | None = None  # niêm yết: the day the conformity was posted at the agency


@dataclass(frozen=True, kw_only=True)
class Publication(PublicationFields):
    id: int


# ---- attachments ---------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class AttachmentRef:
    id: int
    original_name: str
    size: int
    sha256: str


# ---- documents -----------------------------------------------------------------------------------
class RevisionState(enum.Enum):
    CURRENT = "current"  # đang áp dụng
    UPCOMING = "upcoming"  # sắp hiệu lực
    HISTORY = "history"  # đã thay thế


@dataclass(frozen=True, kw_only=True)
class DocumentFields:
    code: str
    title: str
    doc_type: DocumentType = DocumentType.TTHC_PROCEDURE
    field: str = ""
    department_id: int | None = None
    status: DocumentStatus = DocumentStatus.IN_FORCE
    parent_id: int | None = None
    note: str = ""
    tthc_codes: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DocumentFilter:
    text: str = ""
    doc_type: DocumentType | None = None
    field: str | None = None
    status: DocumentStatus | None = None
    department_id: int | None = None
    limit: int | None = None


@dataclass(frozen=True, kw_only=True)
class DocumentRow:
    """One line of the document register, with its current and upcoming issue."""

    id: int
    code: str
    title: str
    doc_type: DocumentType
    field: str
    department_name: str
    status: DocumentStatus
    current_issue: int | None
    current_effective_on: date | None
    upcoming_issue: int | None
    upcoming_effective_on: date | None
    revision_count: int
    open_updates: int = 0  # legal changes not yet reflected
    tthc_codes: tuple[str, ...] = ()  # the TTHC this procedure settles, in code order


@dataclass(frozen=True, kw_only=True)
class RevisionFields:
    issue_number: int
    issued_on: date | None
    effective_on: date | None
    change_summary: str = ""
    prepared_by: str = ""
    reviewed_by: str = ""
    approved_by: str = ""


@dataclass(frozen=True, kw_only=True)
class RevisionInfo(RevisionFields):
    id: int
    document_id: int
    state: RevisionState
    files: tuple[AttachmentRef, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DocumentDetail(DocumentFields):
    id: int
    department_name: str = ""
    parent_code: str = ""
    parent_title: str = ""
    revisions: tuple[RevisionInfo, ...] = ()  # newest issue first
    children: tuple[DocumentRow, ...] = ()  # forms belonging to this procedure

    @property
    def current(self) -> RevisionInfo | None:
        return next((r for r in self.revisions if r.state is RevisionState.CURRENT), None)

    @property
    def upcoming(self) -> RevisionInfo | None:
        return next((r for r in self.revisions if r.state is RevisionState.UPCOMING), None)


@dataclass(frozen=True)
class RegisterCounts:
    """Documents in force by kind, and how many have a later issue waiting to take effect."""

    in_force: int
    procedures: int
    forms: int
    with_upcoming_issue: int


# ---- TTHC catalogue ------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class TthcFields:
    code: str
    name: str
    field: str = ""
    level: str = ""
    in_jurisdiction: bool = False
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class TthcRow(TthcFields):
    id: int
    procedure_codes: tuple[str, ...] = ()  # in-force procedures covering it

    @property
    def covered(self) -> bool:
        return bool(self.procedure_codes)


@dataclass(frozen=True, kw_only=True)
class TthcFilter:
    text: str = ""
    field: str | None = None
    in_jurisdiction: bool | None = None
    uncovered_only: bool = False


@dataclass(frozen=True)
class Coverage:
    """TTHC in the agency's jurisdiction and how many have an in-force procedure."""

    in_jurisdiction: int
    covered: int
    total: int

    @property
    def uncovered(self) -> int:
        return self.in_jurisdiction - self.covered

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.in_jurisdiction if self.in_jurisdiction else 0.0


# ---- legal documents -----------------------------------------------------------------------------
class UpdateState(enum.Enum):
    """Where the update of one procedure after one legal change stands (as of a date)."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OPEN = "open"
    UPDATED = "updated"
    NO_CHANGE = "no_change"


@dataclass(frozen=True, kw_only=True)
class LegalFields:
    kind: LegalKind = LegalKind.LAW
    number: str
    title: str
    issuer: str = ""
    issued_on: date | None = None
    effective_on: date | None = None
    replaced_by_id: int | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class LegalFilter:
    text: str = ""
    kind: LegalKind | None = None
    with_open_updates: bool = False


@dataclass(frozen=True, kw_only=True)
class LegalRow(LegalFields):
    id: int
    replaced_by_number: str = ""
    impacts: int = 0
    open_updates: int = 0
    overdue: int = 0
    due_soon: int = 0


@dataclass(frozen=True, kw_only=True)
class ImpactRow:
    """One procedure to update after one legal document."""

    id: int
    legal_document_id: int
    legal_number: str
    legal_title: str
    legal_effective_on: date | None
    document_id: int
    document_code: str
    document_title: str
    status: ImpactStatus
    state: UpdateState
    due_on: date | None
    revision_id: int | None
    revision_issue: int | None
    no_change_reason: str
    closed_on: date | None
    # Workflow actions ("close_with_revision", "close_no_change", "reopen") with the reason each
    # is refused now (a workflow Refusal), None when it is open; see LegalService.
    refusals: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class LegalDetail(LegalRow):
    impact_rows: tuple[ImpactRow, ...] = ()


@dataclass(frozen=True)
class UpdateSummary:
    """Counts of procedure updates required by legal changes, as of a date."""

    open: int
    overdue: int
    due_soon: int
    updated: int
    no_change: int


@dataclass(frozen=True, kw_only=True)
class LegalSettings:
    update_deadline_months: int = 3
    due_soon_days: int = DEFAULT_WINDOW_DAYS  # the agency's warning window ("Cảnh báo trước (ngày)")


# ---- quality objectives --------------------------------------------------------------------------
class ObjectiveStatus(enum.Enum):
    """Computed, never typed (as of a date)."""

    NOT_MEASURED = "not_measured"  # chưa đo
    ON_TRACK = "on_track"  # đang đạt
    AT_RISK = "at_risk"  # có nguy cơ không đạt
    MET = "met"  # đạt
    NOT_MET = "not_met"  # không đạt


@dataclass(frozen=True, kw_only=True)
class PlanLineFields:
    action: str
    resources: str = ""
    responsible: str = ""
    due: str = ""
    evaluation: str = ""


@dataclass(frozen=True, kw_only=True)
class ObjectiveFields:
    year: int
    statement: str
    indicator: str = ""
    unit: str = ""
    comparison: Comparison = Comparison.GE
    target: float = 0.0
    aggregation: Aggregation = Aggregation.LAST
    frequency: Frequency = Frequency.QUARTER
    department_id: int | None = None
    owner_person_id: int | None = None
    policy_version_id: int | None = None
    sort_order: int = 0
    plan_lines: tuple[PlanLineFields, ...] = ()


@dataclass(frozen=True, kw_only=True)
class MeasurementFields:
    period: int
    value: float
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class MeasurementInfo(MeasurementFields):
    id: int
    attachment: AttachmentRef | None = None


@dataclass(frozen=True, kw_only=True)
class ObjectiveInfo(ObjectiveFields):
    id: int
    department_name: str = ""
    owner_name: str = ""
    measurements: tuple[MeasurementInfo, ...] = ()
    status: ObjectiveStatus = ObjectiveStatus.NOT_MEASURED
    value_so_far: float | None = None  # the year's value formed from the measurements so far


@dataclass(frozen=True, kw_only=True)
class DocumentMeta:
    """Number, date, signing and recipients of a printed document; empty means "to fill by hand" (number,
    date) or "the agency's default" (signing lines, signer, recipients)."""

    number: str = ""
    signed_on: date | None = None
    signing_lines: str = ""
    signer_name: str = ""
    recipients: str = ""
    legal_bases: str = ""  # "Căn cứ …" lines, one a line; empty: the agency's list for the kind


# ---- annual plan ---------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class TaskFields:
    content: str
    responsible: str = ""
    timeframe: TimeframeKind = TimeframeKind.QUARTER
    quarter: int | None = None
    due_on: date | None = None
    status: TaskStatus = TaskStatus.NOT_STARTED
    completed_on: date | None = None
    evidence: str = ""  # tracking: what was done, where it is kept (never printed in the plan)
    output: str = ""  # Sản phẩm: what the task is to produce (printed in the plan)


@dataclass(frozen=True, kw_only=True)
class TaskInfo(TaskFields):
    id: int
    sort_order: int = 0
    deadline: date | None = None  # end of the quarter, or the date; None for "thường xuyên"
    overdue: bool = False
    due_state: DueState = DueState.UPCOMING  # by the agency's warning window (app.services.deadlines)


@dataclass(frozen=True, kw_only=True)
class PlanFields(DocumentMeta):
    purpose: str = ""
    requirements: str = ""
    implementation: str = ""  # empty: made from the agency's settings when printed
    funding: str = ""  # Kinh phí thực hiện; empty: the default text


@dataclass(frozen=True, kw_only=True)
class PlanInfo(PlanFields):
    id: int
    year: int
    tasks: tuple[TaskInfo, ...] = ()


# ---- bulk writes (imports, the demo) ---------------------------------------------------------------
@dataclass(frozen=True)
class BulkCounts:
    added: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class WriteOutcome:
    """What a bulk write did with one item: "added", "updated", "unchanged", "skipped" (it exists
    by now) or "missing" (the record to update is gone); ``id`` of the record written or found, and
    for documents the ids of its issues by number."""

    status: str
    id: int | None
    revision_ids: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class DocumentWrite:
    """One document of ``DocumentService.write_many``: created when ``document_id`` is None."""

    fields: DocumentFields
    document_id: int | None = None
    revisions: tuple[RevisionFields, ...] = ()
    parent_index: int | None = None  # the parent is an earlier item of the same batch


@dataclass(frozen=True, kw_only=True)
class ImpactWrite:
    """A procedure a legal document affects, as a bulk write states it (the demo's history)."""

    document_id: int
    status: ImpactStatus = ImpactStatus.OPEN
    revision_id: int | None = None  # UPDATED: the issue that reflects the change
    reason: str = ""  # NO_CHANGE: why
    closed_on: date | None = None  # NO_CHANGE: when it was decided


@dataclass(frozen=True, kw_only=True)
class LegalWrite:
    """One legal document of ``LegalService.write_many``, with the procedures it affects."""

    fields: LegalFields
    impacts: tuple[ImpactWrite, ...] = ()
    replaced_by_index: int | None = None  # replaced by an earlier item of the same batch
