"""Kiểm tra của cấp trên: the upper level's inspections of the agency's QMS (date, body, basis, form,
team, conclusions, the result notice and the deadline of the remediation report) and their
recommendations (kiến nghị), which are findings of type ``recommendation`` tracked to closure like
an audit's — through the finding functions of ``app.services.audits``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app import models as m
from app.services import ca_rules
from app.services._mapping import get_or_raise as _get
from app.services.audits import (
    FindingFields,
    FindingRow,
    change_finding,
    insert_finding,
    read_finding_rows,
    refuse_if_linked,
    remove_finding,
    source_label_of_inspection,
)
from app.services.clock import Clock
from app.services.unit_of_work import UowFactory
from app.services.validation import Checker, clean, clean_multiline

__all__ = ["InspectionDetail", "InspectionFields", "InspectionRow", "InspectionService"]


@dataclass(frozen=True)
class InspectionFields:
    on: date | None = None
    body: str = ""  # cơ quan kiểm tra
    basis: str = ""  # kế hoạch / quyết định kiểm tra
    form: m.InspectionForm = m.InspectionForm.ON_SITE
    team: str = ""  # thành phần đoàn
    conclusions: str = ""
    notice_number: str = ""  # thông báo kết quả
    notice_on: date | None = None
    remediation_due_on: date | None = None  # hạn báo cáo khắc phục
    note: str = ""


@dataclass(frozen=True)
class InspectionRow:
    id: int
    on: date
    body: str
    basis: str
    form: m.InspectionForm
    notice_number: str
    notice_on: date | None
    remediation_due_on: date | None
    label: str  # "Sở Khoa học và Công nghệ (12/06/2026)"
    recommendations: int
    without_action: int


@dataclass(frozen=True)
class InspectionDetail:
    id: int
    on: date
    body: str
    basis: str
    form: m.InspectionForm
    team: str
    conclusions: str
    notice_number: str
    notice_on: date | None
    remediation_due_on: date | None
    note: str
    label: str
    findings: tuple[FindingRow, ...]  # the recommendations, in their order


class InspectionService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def inspections(self, year: int | None = None) -> list[InspectionRow]:
        """The inspections (of ``year``), newest first, with their recommendations counted."""
        insp, f = m.Inspection, m.Finding
        stmt = select(insp).order_by(insp.on.desc(), insp.id.desc())
        if year is not None:
            stmt = stmt.where(insp.on >= date(year, 1, 1), insp.on <= date(year, 12, 31))
        with self._uow() as uow:
            rows = list(uow.session.scalars(stmt))
            ids = [r.id for r in rows]
            counts: dict[int | None, int] = {}
            without: dict[int | None, int] = {}
            if ids:
                counts = {
                    key: n
                    for key, n in uow.session.execute(
                        select(f.inspection_id, func.count())
                        .where(f.inspection_id.in_(ids))
                        .group_by(f.inspection_id)
                    )
                }
                without = {
                    key: n
                    for key, n in uow.session.execute(
                        select(f.inspection_id, func.count())
                        .where(f.inspection_id.in_(ids), ca_rules.without_action_clause())
                        .group_by(f.inspection_id)
                    )
                }
            return [
                InspectionRow(
                    id=r.id,
                    on=r.on,
                    body=r.body,
                    basis=r.basis,
                    form=r.form,
                    notice_number=r.notice_number,
                    notice_on=r.notice_on,
                    remediation_due_on=r.remediation_due_on,
                    label=source_label_of_inspection(r.body, r.on),
                    recommendations=counts.get(r.id, 0),
                    without_action=without.get(r.id, 0),
                )
                for r in rows
            ]

    def get(self, inspection_id: int) -> InspectionDetail:
        with self._uow() as uow:
            r = _get(uow, m.Inspection, inspection_id)
            findings = read_finding_rows(uow.session, m.Finding.inspection_id == r.id)
            return InspectionDetail(
                id=r.id,
                on=r.on,
                body=r.body,
                basis=r.basis,
                form=r.form,
                team=r.team,
                conclusions=r.conclusions,
                notice_number=r.notice_number,
                notice_on=r.notice_on,
                remediation_due_on=r.remediation_due_on,
                note=r.note,
                label=source_label_of_inspection(r.body, r.on),
                findings=tuple(findings),
            )

    @staticmethod
    def _checked(fields: InspectionFields) -> InspectionFields:
        f = dataclasses.replace(
            fields,
            body=clean(fields.body),
            basis=clean_multiline(fields.basis),
            team=clean_multiline(fields.team),
            conclusions=clean_multiline(fields.conclusions),
            notice_number=clean(fields.notice_number),
            note=clean_multiline(fields.note),
        )
        c = Checker()
        c.date_range("on", f.on, required=True)
        c.text("body", f.body, 255, required=True)
        c.text("basis", f.basis, 4000)
        c.text("team", f.team, 4000)
        c.text("conclusions", f.conclusions, 8000)
        c.text("notice_number", f.notice_number, 60)
        c.text("note", f.note, 4000)
        c.date_range("notice_on", f.notice_on)
        c.date_range("remediation_due_on", f.remediation_due_on)
        if not isinstance(f.form, m.InspectionForm):
            c.add("form", "field.required")
        if f.on is not None and f.notice_on is not None and f.notice_on < f.on:
            c.add("notice_on", "inspection.notice_before_inspection")
        if f.on is not None and f.remediation_due_on is not None and f.remediation_due_on < f.on:
            c.add("remediation_due_on", "inspection.due_before_inspection")
        c.raise_if_any()
        return f

    def create(self, fields: InspectionFields) -> int:
        f = self._checked(fields)
        with self._uow() as uow:
            row = m.Inspection()
            self._apply(row, f)
            uow.session.add(row)
            uow.commit()
            return row.id

    def update(self, inspection_id: int, fields: InspectionFields) -> None:
        f = self._checked(fields)
        with self._uow() as uow:
            row = _get(uow, m.Inspection, inspection_id)
            self._apply(row, f)
            uow.commit()

    @staticmethod
    def _apply(row: m.Inspection, f: InspectionFields) -> None:
        for field in dataclasses.fields(InspectionFields):
            setattr(row, field.name, getattr(f, field.name))

    def delete(self, inspection_id: int) -> None:
        """Delete an inspection and its recommendations; refused while one of them is linked to
        a corrective action."""
        with self._uow() as uow:
            row = _get(uow, m.Inspection, inspection_id)
            ids = list(uow.session.scalars(select(m.Finding.id).where(m.Finding.inspection_id == row.id)))
            refuse_if_linked(uow.session, ids, "inspection.has_requests")
            uow.session.delete(row)
            uow.commit()

    # ---- recommendations (findings of the inspection) ------------------------------------------
    def add_recommendation(self, inspection_id: int, fields: FindingFields) -> int:
        """A recommendation of inspection ``inspection_id`` (type ``recommendation`` unless given)."""
        f = dataclasses.replace(
            fields,
            audit_id=None,
            inspection_id=inspection_id,
            type=fields.type or m.FindingType.RECOMMENDATION,
        )
        with self._uow() as uow:
            finding_id = insert_finding(uow, f)
            uow.commit()
            return finding_id

    def update_recommendation(self, finding_id: int, fields: FindingFields) -> None:
        with self._uow() as uow:
            change_finding(
                uow, finding_id, dataclasses.replace(fields, type=fields.type or m.FindingType.RECOMMENDATION)
            )
            uow.commit()

    def delete_recommendation(self, finding_id: int) -> None:
        with self._uow() as uow:
            remove_finding(uow, finding_id)
            uow.commit()
