"""External documents (văn bản pháp lý, quyết định công bố TTHC…) and the procedure updates they
require, each due a set number of months after the legal document takes effect."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields
from app.services._mapping import get_or_raise as _get
from app.services.documents import PROCEDURE_TYPES, close_impact_with_revision, search_text, text_filter
from app.services.errors import DomainError
from app.services.text import add_months
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline


def update_state(
    status: m.ImpactStatus, due_on: date | None, today: date, due_soon_days: int
) -> dto.UpdateState:
    if status is m.ImpactStatus.UPDATED:
        return dto.UpdateState.UPDATED
    if status is m.ImpactStatus.NO_CHANGE:
        return dto.UpdateState.NO_CHANGE
    if due_on is None:
        return dto.UpdateState.OPEN
    if due_on < today:
        return dto.UpdateState.OVERDUE
    if (due_on - today).days <= due_soon_days:
        return dto.UpdateState.DUE_SOON
    return dto.UpdateState.OPEN


OPEN_STATES = (dto.UpdateState.OPEN, dto.UpdateState.DUE_SOON, dto.UpdateState.OVERDUE)


class LegalService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    # ---- settings ------------------------------------------------------------------------------
    def get_settings(self) -> dto.LegalSettings:
        with self._uow() as uow:
            agency = uow.session.scalars(select(m.Agency).limit(1)).first()
            if agency is None:
                return dto.LegalSettings()
            return dto.LegalSettings(
                update_deadline_months=agency.update_deadline_months, due_soon_days=agency.due_soon_days
            )

    def save_settings(self, settings: dto.LegalSettings) -> dto.LegalSettings:
        c = Checker()
        if not (1 <= settings.update_deadline_months <= 36):
            c.add("update_deadline_months", "legal.bad_months")
        if not (0 <= settings.due_soon_days <= 365):
            c.add("due_soon_days", "legal.bad_days")
        c.raise_if_any()
        with self._uow() as uow:
            agency = uow.session.scalars(select(m.Agency).limit(1)).first()
            if agency is None:
                raise DomainError("agency.not_set_up")
            agency.update_deadline_months = settings.update_deadline_months
            agency.due_soon_days = settings.due_soon_days
            uow.commit()
        return self.get_settings()

    # ---- legal documents ----------------------------------------------------------------------
    def _states_by_legal(
        self, uow: UnitOfWork, today: date, settings: dto.LegalSettings
    ) -> dict[int, list[dto.UpdateState]]:
        """Update states of every impact, grouped by legal document (plain tuples, no ORM)."""
        stmt = select(
            m.LegalImpact.legal_document_id, m.LegalImpact.status, m.LegalDocument.effective_on
        ).join(m.LegalDocument, m.LegalDocument.id == m.LegalImpact.legal_document_id)
        result: dict[int, list[dto.UpdateState]] = {}
        for legal_id, status, effective_on in uow.session.execute(stmt):
            due = add_months(effective_on, settings.update_deadline_months) if effective_on else None
            result.setdefault(legal_id, []).append(update_state(status, due, today, settings.due_soon_days))
        return result

    def list_legal(
        self, flt: dto.LegalFilter | None = None, *, today: date | None = None
    ) -> list[dto.LegalRow]:
        flt = flt or dto.LegalFilter()
        today = today or date.today()
        settings = self.get_settings()
        replacement = aliased(m.LegalDocument)
        stmt = (
            select(m.LegalDocument, func.coalesce(replacement.number, ""))
            .outerjoin(replacement, replacement.id == m.LegalDocument.replaced_by_id)
            .where(text_filter(m.LegalDocument.search_text, flt.text))
            .order_by(m.LegalDocument.effective_on.desc().nulls_last(), m.LegalDocument.id.desc())
        )
        if flt.kind is not None:
            stmt = stmt.where(m.LegalDocument.kind == flt.kind)
        with self._uow() as uow:
            states = self._states_by_legal(uow, today, settings)
            rows = [
                self._row(doc, number, states.get(doc.id, [])) for doc, number in uow.session.execute(stmt)
            ]
        if flt.with_open_updates:
            rows = [r for r in rows if r.open_updates]
        return rows

    @staticmethod
    def _row(
        doc: m.LegalDocument, replaced_by_number: str, states: list[dto.UpdateState], **extra: object
    ) -> dto.LegalRow:
        cls = dto.LegalDetail if extra else dto.LegalRow
        return cls(
            id=doc.id,
            kind=doc.kind,
            number=doc.number,
            title=doc.title,
            issuer=doc.issuer,
            issued_on=doc.issued_on,
            effective_on=doc.effective_on,
            replaced_by_id=doc.replaced_by_id,
            note=doc.note,
            replaced_by_number=replaced_by_number,
            impacts=len(states),
            open_updates=sum(s in OPEN_STATES for s in states),
            overdue=states.count(dto.UpdateState.OVERDUE),
            due_soon=states.count(dto.UpdateState.DUE_SOON),
            **extra,
        )

    @staticmethod
    def due_on(doc: m.LegalDocument, settings: dto.LegalSettings) -> date | None:
        return add_months(doc.effective_on, settings.update_deadline_months) if doc.effective_on else None

    def get_legal(self, legal_id: int, *, today: date | None = None) -> dto.LegalDetail:
        today = today or date.today()
        settings = self.get_settings()
        with self._uow() as uow:
            doc = _get(uow, m.LegalDocument, legal_id)
            impacts = tuple(
                sorted(
                    self._impact_rows(uow, today, settings, m.LegalImpact.legal_document_id == legal_id),
                    key=lambda r: (r.document_code.casefold(), r.id),
                )
            )
            detail = self._row(
                doc,
                doc.replaced_by.number if doc.replaced_by else "",
                [r.state for r in impacts],
                impact_rows=impacts,
            )
        assert isinstance(detail, dto.LegalDetail)
        return detail

    def _impact_rows(
        self,
        uow: UnitOfWork,
        today: date,
        settings: dto.LegalSettings,
        *conditions: ColumnElement[bool],
    ) -> list[dto.ImpactRow]:
        """Impacts as rows, read with one joined query (thousands at benchmark scale)."""
        impact, legal, doc, revision = m.LegalImpact, m.LegalDocument, m.Document, m.Revision
        stmt = (
            select(
                impact.id,
                legal.id,
                legal.number,
                legal.title,
                legal.effective_on,
                doc.id,
                doc.code,
                doc.title,
                impact.status,
                impact.revision_id,
                revision.issue_number,
                impact.no_change_reason,
                impact.closed_on,
            )
            .join(legal, legal.id == impact.legal_document_id)
            .join(doc, doc.id == impact.document_id)
            .outerjoin(revision, revision.id == impact.revision_id)
            .where(*conditions)
        )
        rows = []
        for (
            impact_id,
            legal_id,
            number,
            title,
            effective_on,
            document_id,
            code,
            doc_title,
            status,
            revision_id,
            issue,
            reason,
            closed_on,
        ) in uow.session.execute(stmt):
            due = add_months(effective_on, settings.update_deadline_months) if effective_on else None
            rows.append(
                dto.ImpactRow(
                    id=impact_id,
                    legal_document_id=legal_id,
                    legal_number=number,
                    legal_title=title,
                    legal_effective_on=effective_on,
                    document_id=document_id,
                    document_code=code,
                    document_title=doc_title,
                    status=status,
                    state=update_state(status, due, today, settings.due_soon_days),
                    due_on=due,
                    revision_id=revision_id,
                    revision_issue=issue,
                    no_change_reason=reason,
                    closed_on=closed_on,
                )
            )
        return rows

    def _impact_by_id(self, uow: UnitOfWork, impact_id: int) -> dto.ImpactRow:
        (row,) = self._impact_rows(uow, date.today(), self.get_settings(), m.LegalImpact.id == impact_id)
        return row

    def save_legal(self, fields: dto.LegalFields, legal_id: int | None = None) -> dto.LegalDetail:
        f = dataclasses.replace(
            fields,
            number=clean(fields.number),
            title=clean_multiline(fields.title).replace("\n", " "),
            issuer=clean(fields.issuer),
            note=clean_multiline(fields.note),
        )
        c = Checker()
        if not isinstance(f.kind, m.LegalKind):
            c.add("kind", "field.required")
        c.text("number", f.number, 80, required=True)
        c.text("title", f.title, 2000, required=True)
        c.text("issuer", f.issuer, 200)
        c.date_range("issued_on", f.issued_on)
        c.date_range("effective_on", f.effective_on, required=f.kind is not m.LegalKind.OTHER)
        if f.issued_on and f.effective_on and f.effective_on < f.issued_on:
            c.add("effective_on", "legal.effective_before_issue")
        if f.replaced_by_id is not None and f.replaced_by_id == legal_id:
            c.add("replaced_by_id", "legal.replaced_by_self")
        c.raise_if_any()
        with self._uow() as uow:
            if f.replaced_by_id is not None and uow.session.get(m.LegalDocument, f.replaced_by_id) is None:
                c.add("replaced_by_id", "field.not_found")
                c.raise_if_any()
            row = _get(uow, m.LegalDocument, legal_id) if legal_id else m.LegalDocument()
            apply_fields(row, f)
            row.search_text = search_text(f.number, f.title, f.issuer)
            uow.session.add(row)
            uow.commit()
            new_id = row.id
        return self.get_legal(new_id)

    def delete_legal(self, legal_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.LegalDocument, legal_id))
            uow.commit()

    # ---- impacts -------------------------------------------------------------------------------
    def link_documents(self, legal_id: int, document_ids: Sequence[int]) -> dto.LegalDetail:
        """Mark procedures as affected by a legal document (already linked ones are kept)."""
        with self._uow() as uow:
            legal = _get(uow, m.LegalDocument, legal_id)
            linked = {i.document_id for i in legal.impacts}
            for document_id in document_ids:
                if document_id in linked:
                    continue
                doc = _get(uow, m.Document, document_id)
                if doc.doc_type not in PROCEDURE_TYPES:
                    raise DomainError("impact.not_procedure", doc_code=doc.code)
                legal.impacts.append(m.LegalImpact(document_id=document_id, status=m.ImpactStatus.OPEN))
                linked.add(document_id)
            uow.commit()
        return self.get_legal(legal_id)

    def unlink(self, impact_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.LegalImpact, impact_id))
            uow.commit()

    def close_with_revision(self, impact_id: int, revision_id: int) -> dto.ImpactRow:
        with self._uow() as uow:
            impact = _get(uow, m.LegalImpact, impact_id)
            close_impact_with_revision(impact, _get(uow, m.Revision, revision_id))
            uow.commit()
            return self._impact_by_id(uow, impact.id)

    def close_no_change(self, impact_id: int, reason: str, on: date | None = None) -> dto.ImpactRow:
        reason = clean_multiline(reason)
        c = Checker()
        c.text("reason", reason, 2000, required=True)
        c.raise_if_any()
        with self._uow() as uow:
            impact = _get(uow, m.LegalImpact, impact_id)
            impact.status = m.ImpactStatus.NO_CHANGE
            impact.revision_id = None
            impact.no_change_reason = reason
            impact.closed_on = on or date.today()
            uow.commit()
            return self._impact_by_id(uow, impact.id)

    def reopen(self, impact_id: int) -> dto.ImpactRow:
        with self._uow() as uow:
            impact = _get(uow, m.LegalImpact, impact_id)
            impact.status = m.ImpactStatus.OPEN
            impact.revision_id = None
            impact.no_change_reason = ""
            impact.closed_on = None
            uow.commit()
            return self._impact_by_id(uow, impact.id)

    def list_impacts(
        self,
        *,
        document_id: int | None = None,
        open_only: bool = False,
        today: date | None = None,
    ) -> list[dto.ImpactRow]:
        """Procedure updates, most urgent first (overdue, due soon, open, then closed)."""
        today = today or date.today()
        settings = self.get_settings()
        conditions: list[ColumnElement[bool]] = []
        if document_id is not None:
            conditions.append(m.LegalImpact.document_id == document_id)
        if open_only:
            conditions.append(m.LegalImpact.status == m.ImpactStatus.OPEN)
        with self._uow() as uow:
            rows = self._impact_rows(uow, today, settings, *conditions)
        order = list(dto.UpdateState)
        return sorted(rows, key=lambda r: (order.index(r.state), r.due_on or date.max, r.document_code))

    def summary(self, *, today: date | None = None) -> dto.UpdateSummary:
        today = today or date.today()
        settings = self.get_settings()
        with self._uow() as uow:
            states = [x for group in self._states_by_legal(uow, today, settings).values() for x in group]
        return dto.UpdateSummary(
            open=sum(s in OPEN_STATES for s in states),
            overdue=states.count(dto.UpdateState.OVERDUE),
            due_soon=states.count(dto.UpdateState.DUE_SOON),
            updated=states.count(dto.UpdateState.UPDATED),
            no_change=states.count(dto.UpdateState.NO_CHANGE),
        )
