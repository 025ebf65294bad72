"""Đánh giá nội bộ (ISO 9001:2015 §9.2): the yearly programme, the audits with their team, schedule and
checklist, the checklist template, and the findings of audits and of upstream inspections.

A checklist row marked không phù hợp (with nặng / nhẹ), điểm lưu ý or cơ hội cải tiến has exactly one
finding, which follows the row's result; a finding may also be recorded alone. Whether a finding is
still "without action" is ``ca_rules``' to say, never this module's. The finding functions below the
DTOs are shared with ``InspectionService`` (an inspection's recommendations are findings too).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, case, cast, delete, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from app import models as m
from app.services import ca_rules
from app.services._mapping import get_or_raise as _get
from app.services.checklist_template import BUILT_IN_TEMPLATE, TemplateQuestion
from app.services.clock import Clock
from app.services.documents import text_filter
from app.services.errors import DomainError, FieldError, NotFound, ValidationError
from app.services.listing import fetch_ids
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline
from app.services.vocabulary import sort_key, table_date

__all__ = [
    "AuditDetail",
    "AuditFields",
    "AuditRow",
    "AuditService",
    "ChecklistFields",
    "ChecklistRow",
    "FindingFields",
    "FindingFilter",
    "FindingRow",
    "MemberInfo",
    "ProgrammeDetail",
    "ProgrammeFields",
    "ProgrammeItemFields",
    "ProgrammeItemInfo",
    "ScheduleFields",
    "ScheduleRow",
    "ScheduleWarning",
    "TemplateQuestion",
]

DEFAULT_PURPOSE = (
    "Xác định mức độ phù hợp của Hệ thống quản lý chất lượng với yêu cầu của Tiêu chuẩn quốc gia TCVN ISO "
    "9001:2015, các quy định của pháp luật và của cơ quan; đánh giá hiệu lực của việc áp dụng, duy trì Hệ "
    "thống quản lý chất lượng; phát hiện các điểm không phù hợp và cơ hội cải tiến."
)
DEFAULT_CRITERIA = "\n".join(
    (
        "Tiêu chuẩn quốc gia TCVN ISO 9001:2015;",
        "Tài liệu của Hệ thống quản lý chất lượng của cơ quan (chính sách, mục tiêu chất lượng, quy trình);",
        "Các văn bản quy phạm pháp luật, quy định liên quan đến hoạt động được đánh giá.",
    )
)

_NUMBER_RE = re.compile(r"^\s*0*(\d{1,3})\s*(?:/\s*(\d{4}))?\s*$")
_TIME_RE = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:hH.]\s*([0-5]\d)?\s*$")
_NC_TYPES = (m.FindingType.NC_MAJOR, m.FindingType.NC_MINOR)
# The finding a checklist result makes (an NC takes its severity from the user).
_RESULT_FINDING = {
    m.ChecklistResult.OBSERVATION: m.FindingType.OBSERVATION,
    m.ChecklistResult.OFI: m.FindingType.OFI,
}
_FINDING_RESULT = {
    m.FindingType.NC_MAJOR: m.ChecklistResult.NC,
    m.FindingType.NC_MINOR: m.ChecklistResult.NC,
    m.FindingType.OBSERVATION: m.ChecklistResult.OBSERVATION,
    m.FindingType.OFI: m.ChecklistResult.OFI,
}
FINDING_SORTS = ("found_on", "type", "clause", "department", "source", "without_action", "description")


# ---- DTOs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProgrammeItemFields:
    """One planned audit of the programme: month (1–12), scope, note, the audit that carried it out."""

    month: int
    scope: str
    note: str = ""
    audit_id: int | None = None


@dataclass(frozen=True)
class ProgrammeFields:
    approved_on: date | None = None
    note: str = ""
    items: tuple[ProgrammeItemFields, ...] = ()


@dataclass(frozen=True)
class ProgrammeItemInfo:
    id: int
    month: int
    scope: str
    note: str
    audit_id: int | None
    audit_label: str  # "01/2026"; "" when not yet carried out
    audit_start_on: date | None


@dataclass(frozen=True)
class ProgrammeDetail:
    id: int
    year: int
    approved_on: date | None
    note: str
    items: tuple[ProgrammeItemInfo, ...]


@dataclass(frozen=True)
class AuditFields:
    """What the audit form edits. ``number`` empty: the next free number of the year ("01", "02"…)."""

    start_on: date | None = None
    end_on: date | None = None
    number: str = ""
    decision_number: str = ""
    decision_on: date | None = None
    purpose: str = ""
    scope: str = ""
    criteria: str = ""
    summary: str = ""
    conclusion: str = ""
    report_on: date | None = None
    recipients: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: int
    year: int
    number: str
    label: str  # "01/2026"
    decision_number: str
    decision_on: date | None
    start_on: date
    end_on: date
    scope: str
    leader_name: str
    nc_major: int
    nc_minor: int
    observations: int
    ofis: int
    without_action: int


@dataclass(frozen=True)
class MemberInfo:
    person_id: int
    name: str
    position: str
    department_id: int | None
    department_name: str
    role: m.AuditRole


@dataclass(frozen=True)
class ScheduleFields:
    on: date | None = None
    kind: m.ScheduleKind = m.ScheduleKind.AUDIT
    time_from: str = ""
    time_to: str = ""
    department_id: int | None = None
    process: str = ""
    clauses: str = ""
    auditor_id: int | None = None
    auditee: str = ""


@dataclass(frozen=True)
class ScheduleRow:
    id: int
    kind: m.ScheduleKind
    on: date
    time_from: str
    time_to: str
    department_id: int | None
    department_name: str
    process: str
    clauses: str
    auditor_id: int | None
    auditor_name: str
    auditee: str
    own_department: bool  # the auditor audits their own department (a warning, not an error)


@dataclass(frozen=True)
class ScheduleWarning:
    """A schedule line worth a second look; saving went through (code ``audit.own_department``)."""

    code: str
    position: int  # the line's index in the saved schedule
    auditor_name: str
    department_name: str

    @property
    def params(self) -> dict[str, Any]:
        return {"line": self.position + 1, "name": self.auditor_name, "department": self.department_name}


@dataclass(frozen=True)
class ChecklistFields:
    question: str = ""
    clause: str = ""
    department_id: int | None = None


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    department_id: int | None
    department_name: str
    clause: str
    question: str
    evidence: str
    result: m.ChecklistResult | None
    finding_id: int | None
    finding_type: m.FindingType | None


@dataclass(frozen=True)
class FindingFields:
    """A finding of an audit (``audit_id``) or of an inspection (``inspection_id``): exactly one.
    ``found_on`` None: the audit's start or the inspection's date."""

    audit_id: int | None = None
    inspection_id: int | None = None
    type: m.FindingType | None = None
    clause: str = ""
    department_id: int | None = None
    description: str = ""
    evidence: str = ""
    found_on: date | None = None


@dataclass(frozen=True)
class FindingFilter:
    text: str = ""
    year: int | None = None
    type: m.FindingType | None = None
    source: str | None = None  # "audit" | "inspection" | None
    department_id: int | None = None
    without_action_only: bool = False
    audit_id: int | None = None
    inspection_id: int | None = None


@dataclass(frozen=True)
class FindingRow:
    id: int
    type: m.FindingType
    clause: str
    department_id: int | None
    department_name: str
    description: str
    evidence: str
    found_on: date
    source: str  # "audit" | "inspection"
    source_label: str  # "Đánh giá nội bộ 01/2026" | "Sở Khoa học và Công nghệ (12/06/2026)"
    audit_id: int | None
    inspection_id: int | None
    checklist_item_id: int | None
    corrective_action_id: int | None  # the live (not cancelled) request answering it
    corrective_action_number: str | None  # "03/2026"
    closed_on: date | None
    closing_note: str
    without_action: bool  # ca_rules.is_without_action


@dataclass(frozen=True)
class AuditDetail:
    id: int
    year: int
    number: str
    label: str
    decision_number: str
    decision_on: date | None
    start_on: date
    end_on: date
    purpose: str
    scope: str
    criteria: str
    summary: str
    conclusion: str
    report_on: date | None
    recipients: str
    leader_name: str
    members: tuple[MemberInfo, ...]
    schedule: tuple[ScheduleRow, ...]
    checklist: tuple[ChecklistRow, ...]
    findings: tuple[FindingRow, ...]
    # Codes (app.messages) of what the audit still lacks or should look at again:
    # "audit.no_leader", "audit.no_schedule", "audit.no_checklist", "audit.own_department_lines",
    # "audit.auditor_not_in_team".
    warnings: tuple[str, ...]


# ---- numbers -------------------------------------------------------------------------------------
def audit_label(number: str, year: int) -> str:
    return f"{number}/{year}"


def parse_audit_number(text: str) -> tuple[str, int | None] | None:
    """ "1", "01", "01/2026" -> ("01", None / 2026); None when it is not an audit number."""
    match = _NUMBER_RE.match(text or "")
    if not match or int(match.group(1)) == 0:
        return None
    return f"{int(match.group(1)):02d}", int(match.group(2)) if match.group(2) else None


def _next_number(session: Session, year: int) -> str:
    numbers = session.scalars(select(m.Audit.number).where(m.Audit.year == year))
    used = [int(n) for n in numbers if n.isdigit()]
    return f"{max(used, default=0) + 1:02d}"


# ---- findings: shared with the inspections -------------------------------------------------------
def source_label_of_audit(number: str, year: int) -> str:
    return f"Đánh giá nội bộ {audit_label(number, year)}"


def source_label_of_inspection(body: str, on: date) -> str:
    return f"{body} ({table_date(on)})"


def _live_requests(ids: Sequence[int] | None = None) -> Any:
    """Per finding, the first corrective action that answers it and is not cancelled."""
    link, ca = m.CaFinding, m.CorrectiveAction
    stmt = (
        select(link.finding_id.label("finding_id"), func.min(ca.id).label("ca_id"))
        .join(ca, ca.id == link.request_id)
        .where(ca.status != m.CaStatus.CANCELLED)
    )
    if ids is not None:
        stmt = stmt.where(link.finding_id.in_(ids))
    return stmt.group_by(link.finding_id).subquery("live")


def read_finding_rows(
    session: Session, *where: ColumnElement[bool], ids: Sequence[int] | None = None
) -> list[FindingRow]:
    """Findings as rows (their source, department, live request and "without action"), in the
    order of the audit or inspection they belong to."""
    f, dept, audit, insp = m.Finding, m.Department, m.Audit, m.Inspection
    live = _live_requests(ids)
    ca = aliased(m.CorrectiveAction)
    stmt = (
        select(
            f.id,
            f.type,
            f.clause,
            f.department_id,
            dept.name,
            f.description,
            f.evidence,
            f.found_on,
            f.audit_id,
            f.inspection_id,
            f.checklist_item_id,
            f.closed_on,
            f.closing_note,
            audit.number,
            audit.year,
            insp.body,
            insp.on,
            ca.id,
            ca.seq,
            ca.year,
        )
        .outerjoin(dept, dept.id == f.department_id)
        .outerjoin(audit, audit.id == f.audit_id)
        .outerjoin(insp, insp.id == f.inspection_id)
        .outerjoin(live, live.c.finding_id == f.id)
        .outerjoin(ca, ca.id == live.c.ca_id)
        .where(*where)
        .order_by(f.found_on, f.audit_id, f.inspection_id, f.sort_order, f.id)
    )
    if ids is not None:
        stmt = stmt.where(f.id.in_(ids))
    rows = []
    for (
        finding_id,
        kind,
        clause,
        department_id,
        department_name,
        description,
        evidence,
        found_on,
        audit_id,
        inspection_id,
        item_id,
        closed_on,
        closing_note,
        audit_number,
        audit_year,
        body,
        inspected_on,
        ca_id,
        ca_seq,
        ca_year,
    ) in session.execute(stmt):
        if audit_id is not None:
            source, label = "audit", source_label_of_audit(audit_number, audit_year)
        else:
            source, label = "inspection", source_label_of_inspection(body, inspected_on)
        rows.append(
            FindingRow(
                id=finding_id,
                type=kind,
                clause=clause,
                department_id=department_id,
                department_name=department_name or "",
                description=description,
                evidence=evidence,
                found_on=found_on,
                source=source,
                source_label=label,
                audit_id=audit_id,
                inspection_id=inspection_id,
                checklist_item_id=item_id,
                corrective_action_id=ca_id,
                corrective_action_number=ca_rules.ca_number(ca_seq, ca_year) if ca_id is not None else None,
                closed_on=closed_on,
                closing_note=closing_note,
                without_action=ca_rules.is_without_action(kind, closed_on, 1 if ca_id is not None else 0),
            )
        )
    return rows


def linked_request_number(session: Session, finding_ids: Sequence[int]) -> str | None:
    """The number of a corrective action (any status) linked to one of ``finding_ids``; None when
    none is: such findings stay, for the request's record keeps them."""
    if not finding_ids:
        return None
    row = session.execute(
        select(m.CorrectiveAction.seq, m.CorrectiveAction.year)
        .join(m.CaFinding, m.CaFinding.request_id == m.CorrectiveAction.id)
        .where(m.CaFinding.finding_id.in_(finding_ids))
        .order_by(m.CorrectiveAction.year, m.CorrectiveAction.seq)
        .limit(1)
    ).first()
    return ca_rules.ca_number(row[0], row[1]) if row is not None else None


def refuse_if_linked(session: Session, finding_ids: Sequence[int], code: str) -> None:
    number = linked_request_number(session, finding_ids)
    if number is not None:
        raise DomainError(code, number=number)


def _check_department(c: Checker, session: Session, name: str, department_id: int | None) -> None:
    if department_id is not None and session.get(m.Department, department_id) is None:
        c.add(name, "field.not_found")


def checked_finding(
    session: Session, fields: FindingFields, *, existing: m.Finding | None = None
) -> FindingFields:
    """Normalise and check a finding's fields (the source of an existing finding never changes)."""
    if existing is not None:
        fields = dataclasses.replace(fields, audit_id=existing.audit_id, inspection_id=existing.inspection_id)
    if (fields.audit_id is None) == (fields.inspection_id is None):
        raise DomainError("finding.one_source")
    f = dataclasses.replace(
        fields,
        clause=clean(fields.clause),
        description=clean_multiline(fields.description),
        evidence=clean_multiline(fields.evidence),
    )
    c = Checker()
    if not isinstance(f.type, m.FindingType):
        c.add("type", "field.required")
    elif f.audit_id is not None and f.type is m.FindingType.RECOMMENDATION:
        c.add("type", "finding.recommendation_of_inspection")
    c.text("clause", f.clause, 20)
    c.text("description", f.description, 4000, required=True)
    c.text("evidence", f.evidence, 4000)
    c.date_range("found_on", f.found_on)
    _check_department(c, session, "department_id", f.department_id)
    c.raise_if_any()
    return f


def insert_finding(uow: UnitOfWork, fields: FindingFields) -> int:
    """Add a finding recorded alone (not from a checklist row), last of its audit or inspection."""
    session = uow.session
    f = checked_finding(session, fields)
    if f.audit_id is not None:
        audit = _get(uow, m.Audit, f.audit_id)
        found_on = f.found_on or audit.start_on
        owner = m.Finding.audit_id == audit.id
    else:
        inspection = _get(uow, m.Inspection, f.inspection_id)
        found_on = f.found_on or inspection.on
        owner = m.Finding.inspection_id == inspection.id
    last = session.scalar(select(func.max(m.Finding.sort_order)).where(owner))
    assert f.type is not None
    row = m.Finding(
        audit_id=f.audit_id,
        inspection_id=f.inspection_id,
        sort_order=(last if last is not None else -1) + 1,
        type=f.type,
        clause=f.clause,
        department_id=f.department_id,
        description=f.description,
        evidence=f.evidence,
        found_on=found_on,
    )
    session.add(row)
    session.flush()
    return row.id


def change_finding(uow: UnitOfWork, finding_id: int, fields: FindingFields) -> None:
    """Save a finding's fields; a finding made by a checklist row carries its new type back to the
    row's result (nặng/nhẹ → không phù hợp)."""
    row = _get(uow, m.Finding, finding_id)
    f = checked_finding(uow.session, fields, existing=row)
    assert f.type is not None
    row.type = f.type
    row.clause = f.clause
    row.department_id = f.department_id
    row.description = f.description
    row.evidence = f.evidence
    if f.found_on is not None:
        row.found_on = f.found_on
    if row.checklist_item_id is not None:
        item = uow.session.get(m.ChecklistItem, row.checklist_item_id)
        if item is not None:
            item.result = _FINDING_RESULT[f.type]


def remove_finding(uow: UnitOfWork, finding_id: int) -> None:
    """Delete a finding, refused while a corrective action is linked to it; the checklist row it
    came from goes back to "not assessed"."""
    row = _get(uow, m.Finding, finding_id)
    refuse_if_linked(uow.session, [row.id], "finding.has_request")
    if row.checklist_item_id is not None:
        item = uow.session.get(m.ChecklistItem, row.checklist_item_id)
        if item is not None:
            item.result = None
    uow.session.delete(row)


def close_without_action(uow: UnitOfWork, finding_id: int, on: date | None, note: str, today: date) -> None:
    row = _get(uow, m.Finding, finding_id)
    note = clean_multiline(note)
    c = Checker()
    c.date_range("on", on, required=True)
    if on is not None and on > today:
        c.add("on", "finding.close_in_future")
    elif on is not None and on < row.found_on:
        c.add("on", "finding.close_before_found", found=table_date(row.found_on))
    c.text("note", note, 2000, required=True)
    if not ca_rules.needs_action(row.type):
        raise DomainError("finding.no_action_needed")
    if row.closed_on is not None:
        raise DomainError("finding.already_closed", on=table_date(row.closed_on))
    live = read_finding_rows(uow.session, m.Finding.id == row.id)
    if live and live[0].corrective_action_number is not None:
        raise DomainError("finding.has_live_request", number=live[0].corrective_action_number)
    c.raise_if_any()
    row.closed_on = on
    row.closing_note = note


def reopen(uow: UnitOfWork, finding_id: int) -> None:
    row = _get(uow, m.Finding, finding_id)
    if row.closed_on is None:
        raise DomainError("finding.not_closed")
    row.closed_on = None
    row.closing_note = ""


def _department_order(session: Session) -> Any:
    departments = session.execute(select(m.Department.id, m.Department.name)).all()
    if not departments:
        return m.Finding.department_id
    ranked = sorted(departments, key=lambda d: sort_key(d.name))
    return case({d.id: i for i, d in enumerate(ranked)}, value=m.Finding.department_id, else_=-1)


def finding_filter_clauses(flt: FindingFilter) -> list[ColumnElement[bool]]:
    f = m.Finding
    where: list[ColumnElement[bool]] = [text_filter(f.search_text, flt.text)]
    if flt.year is not None:
        where.append(ca_rules.found_in_year_clause(flt.year))
    if flt.type is not None:
        where.append(f.type == flt.type)
    if flt.source == "audit":
        where.append(f.audit_id.is_not(None))
    elif flt.source == "inspection":
        where.append(f.inspection_id.is_not(None))
    if flt.department_id is not None:
        where.append(f.department_id == flt.department_id)
    if flt.without_action_only:
        where.append(ca_rules.without_action_clause())
    if flt.audit_id is not None:
        where.append(f.audit_id == flt.audit_id)
    if flt.inspection_id is not None:
        where.append(f.inspection_id == flt.inspection_id)
    return where


def finding_ids_query(
    session: Session, flt: FindingFilter, sort: str | None, descending: bool
) -> Select[Any]:
    f = m.Finding
    stmt = select(f.id).where(*finding_filter_clauses(flt))
    order: list[Any]
    if sort is None or sort == "found_on":
        order = [f.found_on]
    elif sort == "type":
        order = [case({t.value: i for i, t in enumerate(m.FindingType)}, value=f.__table__.c.type)]
    elif sort == "clause":
        order = [cast(f.clause, Integer), f.clause]  # "4.1" before "10.1": the leading number first
    elif sort == "department":
        order = [_department_order(session)]
    elif sort == "source":
        order = [f.inspection_id.is_not(None), f.audit_id, f.inspection_id]
    elif sort == "without_action":
        order = [case((ca_rules.without_action_clause(), 0), else_=1)]
    elif sort == "description":
        order = [func.lower(f.description)]
    else:
        raise ValueError(f"unknown sort {sort!r}")
    if descending:
        order = [o.desc() for o in order]
    return stmt.order_by(*order, f.audit_id, f.inspection_id, f.sort_order, f.id)


# ---- the service ---------------------------------------------------------------------------------
class AuditService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def years(self) -> list[int]:
        """Years with a programme, an audit or an inspection, newest first."""
        with self._uow() as uow:
            years = set(uow.session.scalars(select(m.AuditProgramme.year)))
            years |= set(uow.session.scalars(select(m.Audit.year).distinct()))
            years |= {d.year for d in uow.session.scalars(select(m.Inspection.on))}
        return sorted(years, reverse=True)

    # ---- programme -----------------------------------------------------------------------------
    def get_programme(self, year: int) -> ProgrammeDetail | None:
        with self._uow() as uow:
            row = uow.session.scalars(
                select(m.AuditProgramme)
                .where(m.AuditProgramme.year == year)
                .options(selectinload(m.AuditProgramme.items))
            ).first()
            if row is None:
                return None
            audits = {
                a.id: a
                for a in uow.session.scalars(
                    select(m.Audit).where(m.Audit.id.in_([i.audit_id for i in row.items if i.audit_id]))
                )
            }
            items = []
            for item in row.items:
                audit = audits.get(item.audit_id) if item.audit_id is not None else None
                items.append(
                    ProgrammeItemInfo(
                        id=item.id,
                        month=item.month,
                        scope=item.scope,
                        note=item.note,
                        audit_id=item.audit_id,
                        audit_label=audit_label(audit.number, audit.year) if audit else "",
                        audit_start_on=audit.start_on if audit else None,
                    )
                )
            return ProgrammeDetail(row.id, row.year, row.approved_on, row.note, tuple(items))

    def save_programme(self, year: int, fields: ProgrammeFields) -> int:
        """Save year ``year``'s programme and its planned audits (replacing the earlier list)."""
        if not (2000 <= year <= 2100):
            raise DomainError("date.out_of_range")
        note = clean_multiline(fields.note)
        items = [
            dataclasses.replace(i, scope=clean_multiline(i.scope), note=clean_multiline(i.note))
            for i in fields.items
        ]
        with self._uow() as uow:
            c = Checker()
            c.date_range("approved_on", fields.approved_on)
            c.text("note", note, 4000)
            for n, item in enumerate(items):
                name = f"items.{n}"
                if not 1 <= item.month <= 12:
                    c.add(name, "audit.bad_month")
                elif not item.scope:
                    c.add(name, "audit.programme_scope_required")
                elif len(item.scope) > 2000 or len(item.note) > 2000:
                    c.add(name, "field.too_long", limit=2000)
                elif item.audit_id is not None:
                    audit = uow.session.get(m.Audit, item.audit_id)
                    if audit is None:
                        c.add(name, "field.not_found")
                    elif audit.year != year:
                        c.add(name, "audit.programme_other_year", year=year)
            c.raise_if_any()
            row = uow.session.scalars(select(m.AuditProgramme).where(m.AuditProgramme.year == year)).first()
            if row is None:
                row = m.AuditProgramme(year=year)
                uow.session.add(row)
            row.approved_on = fields.approved_on
            row.note = note
            row.items = [
                m.ProgrammeItem(sort_order=n, month=i.month, scope=i.scope, note=i.note, audit_id=i.audit_id)
                for n, i in enumerate(items)
            ]
            uow.commit()
            return row.id

    # ---- audits --------------------------------------------------------------------------------
    def audits(self, year: int | None = None) -> list[AuditRow]:
        """The audits (of ``year``), newest first, with their findings counted by type."""
        with self._uow() as uow:
            session = uow.session
            stmt = select(m.Audit).order_by(m.Audit.start_on.desc(), m.Audit.id.desc())
            if year is not None:
                stmt = stmt.where(m.Audit.year == year)
            audits = list(session.scalars(stmt))
            ids = [a.id for a in audits]
            counts: dict[tuple[int | None, m.FindingType], int] = {}
            without: dict[int | None, int] = {}
            leaders: dict[int, str] = {}
            if ids:
                f = m.Finding
                for audit_id, kind, n in session.execute(
                    select(f.audit_id, f.type, func.count())
                    .where(f.audit_id.in_(ids))
                    .group_by(f.audit_id, f.type)
                ):
                    counts[(audit_id, kind)] = n
                without = {
                    audit_id: n
                    for audit_id, n in session.execute(
                        select(f.audit_id, func.count())
                        .where(f.audit_id.in_(ids), ca_rules.without_action_clause())
                        .group_by(f.audit_id)
                    )
                }
                leaders = dict(
                    session.execute(
                        select(m.AuditMember.audit_id, m.Person.full_name)
                        .join(m.Person, m.Person.id == m.AuditMember.person_id)
                        .where(m.AuditMember.audit_id.in_(ids), m.AuditMember.role == m.AuditRole.LEADER)
                    ).all()
                )
            return [
                AuditRow(
                    id=a.id,
                    year=a.year,
                    number=a.number,
                    label=audit_label(a.number, a.year),
                    decision_number=a.decision_number,
                    decision_on=a.decision_on,
                    start_on=a.start_on,
                    end_on=a.end_on,
                    scope=a.scope,
                    leader_name=leaders.get(a.id, ""),
                    nc_major=counts.get((a.id, m.FindingType.NC_MAJOR), 0),
                    nc_minor=counts.get((a.id, m.FindingType.NC_MINOR), 0),
                    observations=counts.get((a.id, m.FindingType.OBSERVATION), 0),
                    ofis=counts.get((a.id, m.FindingType.OFI), 0),
                    without_action=without.get(a.id, 0),
                )
                for a in audits
            ]

    def audit_id_by_number(self, year: int, number: str) -> int | None:
        """The audit numbered ``number`` ("1", "01" or "01/2026") in ``year``; None when there is none."""
        parsed = parse_audit_number(number)
        if parsed is not None:
            text, in_year = parsed
            year = in_year or year
        else:
            text = clean(number)
        with self._uow() as uow:
            return uow.session.scalar(select(m.Audit.id).where(m.Audit.year == year, m.Audit.number == text))

    def latest_audit_id(self, year: int) -> int | None:
        """The audit of ``year`` that started last (None when the year has none)."""
        with self._uow() as uow:
            return uow.session.scalar(
                select(m.Audit.id)
                .where(m.Audit.year == year)
                .order_by(m.Audit.start_on.desc(), m.Audit.id.desc())
                .limit(1)
            )

    def year_of_audit(self, audit_id: int) -> int | None:
        with self._uow() as uow:
            return uow.session.scalar(select(m.Audit.year).where(m.Audit.id == audit_id))

    def new_audit_fields(self, year: int) -> AuditFields:
        """What a new audit of ``year`` starts with: the next number, the usual purpose and criteria."""
        with self._uow() as uow:
            number = _next_number(uow.session, year)
        return AuditFields(number=number, purpose=DEFAULT_PURPOSE, criteria=DEFAULT_CRITERIA)

    def get_audit(self, audit_id: int) -> AuditDetail:
        with self._uow() as uow:
            session = uow.session
            audit = session.scalars(
                select(m.Audit)
                .where(m.Audit.id == audit_id)
                .options(
                    selectinload(m.Audit.members)
                    .selectinload(m.AuditMember.person)
                    .selectinload(m.Person.department),
                    selectinload(m.Audit.schedule).selectinload(m.ScheduleItem.department),
                    selectinload(m.Audit.schedule).selectinload(m.ScheduleItem.auditor),
                    selectinload(m.Audit.checklist).selectinload(m.ChecklistItem.department),
                )
            ).first()
            if audit is None:
                raise NotFound("Audit", audit_id)
            members = tuple(
                MemberInfo(
                    person_id=a.person_id,
                    name=a.person.full_name,
                    position=a.person.position,
                    department_id=a.person.department_id,
                    department_name=a.person.department.name if a.person.department else "",
                    role=a.role,
                )
                for a in sorted(audit.members, key=lambda a: (a.role is not m.AuditRole.LEADER, a.sort_order))
            )
            schedule = tuple(self._schedule_row(s) for s in audit.schedule)
            findings = read_finding_rows(session, m.Finding.audit_id == audit.id)
            by_item = {f.checklist_item_id: f for f in findings if f.checklist_item_id is not None}
            checklist = tuple(
                ChecklistRow(
                    id=i.id,
                    department_id=i.department_id,
                    department_name=i.department.name if i.department else "",
                    clause=i.clause,
                    question=i.question,
                    evidence=i.evidence,
                    result=i.result,
                    finding_id=by_item[i.id].id if i.id in by_item else None,
                    finding_type=by_item[i.id].type if i.id in by_item else None,
                )
                for i in audit.checklist
            )
            warnings: list[str] = []
            if not any(x.role is m.AuditRole.LEADER for x in members):
                warnings.append("audit.no_leader")
            if not schedule:
                warnings.append("audit.no_schedule")
            if not checklist:
                warnings.append("audit.no_checklist")
            if any(s.own_department for s in schedule):
                warnings.append("audit.own_department_lines")
            team = {x.person_id for x in members}
            if members and any(s.auditor_id is not None and s.auditor_id not in team for s in schedule):
                warnings.append("audit.auditor_not_in_team")
            return AuditDetail(
                id=audit.id,
                year=audit.year,
                number=audit.number,
                label=audit_label(audit.number, audit.year),
                decision_number=audit.decision_number,
                decision_on=audit.decision_on,
                start_on=audit.start_on,
                end_on=audit.end_on,
                purpose=audit.purpose,
                scope=audit.scope,
                criteria=audit.criteria,
                summary=audit.summary,
                conclusion=audit.conclusion,
                report_on=audit.report_on,
                recipients=audit.recipients,
                leader_name=next((x.name for x in members if x.role is m.AuditRole.LEADER), ""),
                members=members,
                schedule=schedule,
                checklist=checklist,
                findings=tuple(findings),
                warnings=tuple(warnings),
            )

    @staticmethod
    def _schedule_row(s: m.ScheduleItem) -> ScheduleRow:
        return ScheduleRow(
            id=s.id,
            kind=s.kind,
            on=s.on,
            time_from=s.time_from,
            time_to=s.time_to,
            department_id=s.department_id,
            department_name=s.department.name if s.department else "",
            process=s.process,
            clauses=s.clauses,
            auditor_id=s.auditor_id,
            auditor_name=s.auditor.full_name if s.auditor else "",
            auditee=s.auditee,
            own_department=_own_department(s.auditor, s.department_id),
        )

    def _checked_audit(
        self, uow: UnitOfWork, fields: AuditFields, audit: m.Audit | None
    ) -> tuple[AuditFields, int, str]:
        """Normalised fields, the audit's year and its number (given, kept, or the next free one)."""
        f = dataclasses.replace(
            fields,
            number=clean(fields.number),
            decision_number=clean(fields.decision_number),
            purpose=clean_multiline(fields.purpose),
            scope=clean_multiline(fields.scope),
            criteria=clean_multiline(fields.criteria),
            summary=clean_multiline(fields.summary),
            conclusion=clean_multiline(fields.conclusion),
            recipients=clean_multiline(fields.recipients),
        )
        c = Checker()
        c.date_range("start_on", f.start_on, required=True)
        c.date_range("end_on", f.end_on, required=True)
        if f.start_on is not None and f.end_on is not None and f.end_on < f.start_on:
            c.add("end_on", "audit.end_before_start")
        c.text("decision_number", f.decision_number, 60)
        c.date_range("decision_on", f.decision_on)
        c.date_range("report_on", f.report_on)
        if f.report_on is not None and f.start_on is not None and f.report_on < f.start_on:
            c.add("report_on", "audit.report_before_start")
        for name in ("purpose", "scope", "criteria", "summary", "conclusion", "recipients"):
            c.text(name, getattr(f, name), 8000)
        year = f.start_on.year if f.start_on is not None else 0
        number = ""
        if f.number:
            parsed = parse_audit_number(f.number)
            if parsed is None:
                c.add("number", "audit.bad_number")
            elif parsed[1] is not None and year and parsed[1] != year:
                c.add("number", "audit.number_other_year", year=year)
            else:
                number = parsed[0]
        c.raise_if_any()
        if not number:
            same_year = audit is not None and audit.year == year
            number = audit.number if same_year and audit is not None else _next_number(uow.session, year)
        clash = uow.session.scalar(
            select(m.Audit.id).where(
                m.Audit.year == year, m.Audit.number == number, m.Audit.id != (audit.id if audit else -1)
            )
        )
        if clash is not None:
            raise ValidationError(
                [FieldError("number", "audit.duplicate_number", {"number": number, "year": year})]
            )
        return f, year, number

    @staticmethod
    def _apply(row: m.Audit, f: AuditFields, year: int, number: str) -> None:
        assert f.start_on is not None and f.end_on is not None
        row.year = year
        row.number = number
        row.start_on = f.start_on
        row.end_on = f.end_on
        for name in (
            "decision_number",
            "decision_on",
            "purpose",
            "scope",
            "criteria",
            "summary",
            "conclusion",
            "report_on",
            "recipients",
        ):
            setattr(row, name, getattr(f, name))

    def create_audit(self, fields: AuditFields) -> int:
        """A new audit; its number is the one given, else the next free one of its year. An empty
        purpose or criteria gets the usual text (``DEFAULT_PURPOSE``, ``DEFAULT_CRITERIA``)."""
        with self._uow() as uow:
            f, year, number = self._checked_audit(uow, fields, None)
            f = dataclasses.replace(
                f, purpose=f.purpose or DEFAULT_PURPOSE, criteria=f.criteria or DEFAULT_CRITERIA
            )
            row = m.Audit()
            self._apply(row, f, year, number)
            uow.session.add(row)
            uow.commit()
            return row.id

    def update_audit(self, audit_id: int, fields: AuditFields) -> None:
        with self._uow() as uow:
            row = _get(uow, m.Audit, audit_id)
            f, year, number = self._checked_audit(uow, fields, row)
            if year != row.year:
                planned = uow.session.scalar(
                    select(func.count())
                    .select_from(m.ProgrammeItem)
                    .where(m.ProgrammeItem.audit_id == row.id)
                )
                if planned:
                    raise ValidationError(
                        [FieldError("start_on", "audit.in_programme_of_year", {"year": row.year})]
                    )
            self._apply(row, f, year, number)
            uow.commit()

    def delete_audit(self, audit_id: int) -> None:
        """Delete an audit with its team, schedule, checklist and findings; refused while one of
        its findings is linked to a corrective action."""
        with self._uow() as uow:
            row = _get(uow, m.Audit, audit_id)
            ids = list(uow.session.scalars(select(m.Finding.id).where(m.Finding.audit_id == row.id)))
            refuse_if_linked(uow.session, ids, "audit.has_requests")
            uow.session.delete(row)
            uow.commit()

    # ---- team ----------------------------------------------------------------------------------
    def set_team(self, audit_id: int, leader_id: int | None, member_ids: Sequence[int]) -> None:
        """Trưởng đoàn and members (the leader is not repeated among the members)."""
        with self._uow() as uow:
            row = _get(uow, m.Audit, audit_id)
            c = Checker()
            if leader_id is None:
                c.add("leader_id", "audit.leader_required")
            elif uow.session.get(m.Person, leader_id) is None:
                c.add("leader_id", "field.not_found")
            members: list[int] = []
            for n, person_id in enumerate(member_ids):
                if uow.session.get(m.Person, person_id) is None:
                    c.add(f"members.{n}", "field.not_found")
                elif person_id != leader_id and person_id not in members:
                    members.append(person_id)
            c.raise_if_any()
            assert leader_id is not None
            # The old rows go first: a person kept in the team would clash with their own old row.
            row.members = []
            uow.session.flush()
            row.members = [m.AuditMember(person_id=leader_id, role=m.AuditRole.LEADER, sort_order=0)] + [
                m.AuditMember(person_id=p, role=m.AuditRole.MEMBER, sort_order=n + 1)
                for n, p in enumerate(members)
            ]
            uow.session.flush()
            uow.commit()

    # ---- schedule ------------------------------------------------------------------------------
    def save_schedule(self, audit_id: int, items: Sequence[ScheduleFields]) -> list[ScheduleWarning]:
        """Replace the audit's schedule. An auditor assigned to their own department is saved
        and reported back as a warning."""
        with self._uow() as uow:
            audit = _get(uow, m.Audit, audit_id)
            session = uow.session
            c = Checker()
            cleaned: list[ScheduleFields] = []
            for n, item in enumerate(items):
                name = f"schedule.{n}"
                f = dataclasses.replace(
                    item,
                    process=clean_multiline(item.process),
                    clauses=clean(item.clauses),
                    auditee=clean(item.auditee),
                    time_from=_time(item.time_from) or "",
                    time_to=_time(item.time_to) or "",
                )
                if item.on is None:
                    c.add(name, "audit.schedule_date_required")
                elif not audit.start_on <= item.on <= audit.end_on:
                    c.add(
                        name,
                        "audit.schedule_outside",
                        start=table_date(audit.start_on),
                        end=table_date(audit.end_on),
                    )
                elif _time(item.time_from) is None or _time(item.time_to) is None:
                    c.add(name, "audit.bad_time")
                elif f.time_from and f.time_to and f.time_to < f.time_from:
                    c.add(name, "audit.time_order")
                elif f.kind is m.ScheduleKind.AUDIT and f.department_id is None and not f.process:
                    c.add(name, "audit.schedule_needs_target")
                elif len(f.clauses) > 200 or len(f.auditee) > 255 or len(f.process) > 2000:
                    c.add(name, "field.too_long", limit=200)
                elif _missing(session, m.Department, f.department_id) or _missing(
                    session, m.Person, f.auditor_id
                ):
                    c.add(name, "field.not_found")
                cleaned.append(f)
            c.raise_if_any()
            audit.schedule = [
                m.ScheduleItem(
                    sort_order=n,
                    kind=f.kind,
                    on=f.on,
                    time_from=f.time_from,
                    time_to=f.time_to,
                    department_id=f.department_id,
                    process=f.process,
                    clauses=f.clauses,
                    auditor_id=f.auditor_id,
                    auditee=f.auditee,
                )
                for n, f in enumerate(cleaned)
            ]
            session.flush()
            warnings = []
            for n, s in enumerate(audit.schedule):
                session.refresh(s, ["auditor", "department"])
                if _own_department(s.auditor, s.department_id):
                    assert s.auditor is not None and s.department is not None
                    warnings.append(
                        ScheduleWarning("audit.own_department", n, s.auditor.full_name, s.department.name)
                    )
            uow.commit()
            return warnings

    # ---- checklist -----------------------------------------------------------------------------
    def template(self) -> list[TemplateQuestion]:
        """The agency's checklist template, else the built-in one."""
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(m.ChecklistTemplateItem).order_by(
                    m.ChecklistTemplateItem.sort_order, m.ChecklistTemplateItem.id
                )
            ).all()
            if rows:
                return [TemplateQuestion(r.clause, r.question) for r in rows]
        return list(BUILT_IN_TEMPLATE)

    def template_is_built_in(self) -> bool:
        with self._uow() as uow:
            return not uow.session.scalar(select(func.count()).select_from(m.ChecklistTemplateItem))

    def save_template(self, questions: Sequence[TemplateQuestion]) -> None:
        """Save ``questions`` as the agency's template (what new checklists start from)."""
        cleaned = [TemplateQuestion(clean(q.clause), clean_multiline(q.question)) for q in questions]
        c = Checker()
        if not cleaned:
            c.add("questions", "audit.template_empty")
        for n, q in enumerate(cleaned):
            if not q.clause or not q.question:
                c.add(f"questions.{n}", "field.required")
            elif len(q.clause) > 20 or len(q.question) > 2000:
                c.add(f"questions.{n}", "field.too_long", limit=2000)
        c.raise_if_any()
        with self._uow() as uow:
            uow.session.execute(delete(m.ChecklistTemplateItem))
            uow.session.add_all(
                m.ChecklistTemplateItem(sort_order=n, clause=q.clause, question=q.question)
                for n, q in enumerate(cleaned)
            )
            uow.commit()

    def reset_template(self) -> None:
        """Back to the built-in template."""
        with self._uow() as uow:
            uow.session.execute(delete(m.ChecklistTemplateItem))
            uow.commit()

    def checklist_from_template(self, audit_id: int, department_id: int | None) -> int:
        """Add the template's questions to the audit's checklist for ``department_id``; the count added."""
        questions = self.template()
        with self._uow() as uow:
            audit = _get(uow, m.Audit, audit_id)
            if department_id is not None:
                _get(uow, m.Department, department_id)
            last = uow.session.scalar(
                select(func.max(m.ChecklistItem.sort_order)).where(m.ChecklistItem.audit_id == audit.id)
            )
            start = (last if last is not None else -1) + 1
            uow.session.add_all(
                m.ChecklistItem(
                    audit_id=audit.id,
                    sort_order=start + n,
                    department_id=department_id,
                    clause=q.clause,
                    question=q.question,
                )
                for n, q in enumerate(questions)
            )
            uow.commit()
        return len(questions)

    def save_checklist_item(self, item_id: int | None, audit_id: int, fields: ChecklistFields) -> int:
        f = dataclasses.replace(
            fields, clause=clean(fields.clause), question=clean_multiline(fields.question)
        )
        with self._uow() as uow:
            audit = _get(uow, m.Audit, audit_id)
            c = Checker()
            c.text("question", f.question, 2000, required=True)
            c.text("clause", f.clause, 20)
            _check_department(c, uow.session, "department_id", f.department_id)
            c.raise_if_any()
            if item_id is None:
                last = uow.session.scalar(
                    select(func.max(m.ChecklistItem.sort_order)).where(m.ChecklistItem.audit_id == audit.id)
                )
                item = m.ChecklistItem(audit_id=audit.id, sort_order=(last if last is not None else -1) + 1)
                uow.session.add(item)
            else:
                item = self._item(uow, item_id, audit.id)
                finding = self._finding_of(uow, item.id)
                if finding is not None:  # what the finding took from the row follows it, unless edited since
                    if finding.clause == item.clause:
                        finding.clause = f.clause
                    if finding.department_id == item.department_id:
                        finding.department_id = f.department_id
                    if finding.description == item.question:
                        finding.description = f.question
            item.clause = f.clause
            item.question = f.question
            item.department_id = f.department_id
            uow.commit()
            return item.id

    def delete_checklist_item(self, item_id: int) -> None:
        """Delete a question and the finding it made (refused while that finding has a request)."""
        with self._uow() as uow:
            item = _get(uow, m.ChecklistItem, item_id)
            finding = self._finding_of(uow, item.id)
            if finding is not None:
                refuse_if_linked(uow.session, [finding.id], "finding.has_request")
                uow.session.delete(finding)
            uow.session.delete(item)
            uow.commit()

    def set_result(
        self,
        item_id: int,
        result: m.ChecklistResult | None,
        evidence: str,
        nc_type: m.FindingType | None = None,
    ) -> int | None:
        """Record a question's result and evidence. NC (``nc_type`` nặng/nhẹ required), observation
        and OFI keep exactly one finding for the row, of the matching type; conform or "not
        assessed" removes it (refused while a corrective action is linked to it). Returns the
        row's finding id (None without one)."""
        evidence = clean_multiline(evidence)
        c = Checker()
        c.text("evidence", evidence, 4000)
        if result is m.ChecklistResult.NC and nc_type not in _NC_TYPES:
            c.add("nc_type", "finding.nc_type_required")
        c.raise_if_any()
        with self._uow() as uow:
            item = _get(uow, m.ChecklistItem, item_id)
            finding = self._finding_of(uow, item.id)
            kind = (
                nc_type if result is m.ChecklistResult.NC else _RESULT_FINDING.get(result) if result else None
            )
            if kind is None:
                if finding is not None:
                    refuse_if_linked(uow.session, [finding.id], "finding.has_request")
                    uow.session.delete(finding)
                    finding = None
            elif finding is None:
                audit = item.audit
                last = uow.session.scalar(
                    select(func.max(m.Finding.sort_order)).where(m.Finding.audit_id == audit.id)
                )
                finding = m.Finding(
                    audit_id=audit.id,
                    checklist_item_id=item.id,
                    sort_order=(last if last is not None else -1) + 1,
                    type=kind,
                    clause=item.clause,
                    department_id=item.department_id,
                    description=item.question,
                    evidence=evidence,
                    found_on=_found_on(audit, item.department_id),
                )
                uow.session.add(finding)
            else:
                finding.type = kind
                if finding.evidence == item.evidence:
                    finding.evidence = evidence
            item.result = result
            item.evidence = evidence
            uow.session.flush()
            finding_id = finding.id if finding is not None else None
            uow.commit()
            return finding_id

    @staticmethod
    def _item(uow: UnitOfWork, item_id: int, audit_id: int) -> m.ChecklistItem:
        item = _get(uow, m.ChecklistItem, item_id)
        if item.audit_id != audit_id:
            raise NotFound("ChecklistItem", item_id)
        return item

    @staticmethod
    def _finding_of(uow: UnitOfWork, item_id: int) -> m.Finding | None:
        return uow.session.scalars(select(m.Finding).where(m.Finding.checklist_item_id == item_id)).first()

    # ---- findings ------------------------------------------------------------------------------
    def add_finding(self, fields: FindingFields) -> int:
        with self._uow() as uow:
            finding_id = insert_finding(uow, fields)
            uow.commit()
            return finding_id

    def update_finding(self, finding_id: int, fields: FindingFields) -> None:
        with self._uow() as uow:
            change_finding(uow, finding_id, fields)
            uow.commit()

    def delete_finding(self, finding_id: int) -> None:
        with self._uow() as uow:
            remove_finding(uow, finding_id)
            uow.commit()

    def close_finding(self, finding_id: int, on: date | None, note: str) -> None:
        """Close a finding without a corrective action: a dated note says why none is needed."""
        with self._uow() as uow:
            close_without_action(uow, finding_id, on, note, self._clock.today())
            uow.commit()

    def reopen_finding(self, finding_id: int) -> None:
        with self._uow() as uow:
            reopen(uow, finding_id)
            uow.commit()

    def get_finding(self, finding_id: int) -> FindingRow:
        with self._uow() as uow:
            rows = read_finding_rows(uow.session, m.Finding.id == finding_id)
        if not rows:
            raise NotFound("Finding", finding_id)
        return rows[0]

    def finding_ids(
        self, flt: FindingFilter | None = None, sort: str | None = None, descending: bool = False
    ) -> list[int]:
        """The ids of the findings ``flt`` lets through, found first first (or by ``sort``, one of
        ``FINDING_SORTS``); ``finding_rows`` reads the rows a list shows."""
        with self._uow() as uow:
            return fetch_ids(
                uow.session, finding_ids_query(uow.session, flt or FindingFilter(), sort, descending)
            )

    def finding_rows(self, ids: Sequence[int]) -> list[FindingRow]:
        """The rows of ``ids``, in that order (ids of findings deleted since are left out)."""
        if not ids:
            return []
        with self._uow() as uow:
            rows = {r.id: r for r in read_finding_rows(uow.session, ids=ids)}
        return [rows[i] for i in ids if i in rows]

    def without_action_count(self, year: int | None = None) -> int:
        """Findings without action (``ca_rules``), of those found in ``year`` when given."""
        where: list[ColumnElement[bool]] = [ca_rules.without_action_clause()]
        if year is not None:
            where.append(ca_rules.found_in_year_clause(year))
        with self._uow() as uow:
            return uow.session.scalar(select(func.count()).select_from(m.Finding).where(and_(*where))) or 0


# ---- helpers -------------------------------------------------------------------------------------
def _missing(session: Session, model: type[Any], ident: int | None) -> bool:
    return ident is not None and session.get(model, ident) is None


def _own_department(auditor: m.Person | None, department_id: int | None) -> bool:
    return auditor is not None and department_id is not None and auditor.department_id == department_id


def _time(text: str) -> str | None:
    """ "8:00", "08h00", "8h" -> "08:00"; "" stays ""; None when it is not a time of day."""
    if not (text or "").strip():
        return ""
    match = _TIME_RE.match(text)
    if not match:
        return None
    return f"{int(match.group(1)):02d}:{match.group(2) or '00'}"


def _found_on(audit: m.Audit, department_id: int | None) -> date:
    """The day the department was audited (its schedule line), else the audit's first day."""
    if department_id is not None:
        days = [
            s.on
            for s in audit.schedule
            if s.department_id == department_id and s.kind is m.ScheduleKind.AUDIT
        ]
        if days:
            return min(days)
    return audit.start_on
