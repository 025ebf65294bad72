"""External documents (văn bản pháp lý, quyết định công bố TTHC…) and the procedure updates they
require, each due a set number of months after the legal document takes effect."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields
from app.services._mapping import get_or_raise as _get
from app.services.documents import PROCEDURE_TYPES, search_text, text_filter
from app.services.errors import DomainError
from app.services.text import add_months
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline


def update_state(
    impact: m.LegalImpact, due_on: date | None, today: date, due_soon_days: int
) -> dto.UpdateState:
    if impact.status is m.ImpactStatus.UPDATED:
        return dto.UpdateState.UPDATED
    if impact.status is m.ImpactStatus.NO_CHANGE:
        return dto.UpdateState.NO_CHANGE
    if due_on is None:
        return dto.UpdateState.OPEN
    if due_on < today:
        return dto.UpdateState.OVERDUE
    if (due_on - today).days <= due_soon_days:
        return dto.UpdateState.DUE_SOON
    return dto.UpdateState.OPEN


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

    # ---- legal documents -----------------------------------------------------------------------
    def list_legal(
        self, flt: dto.LegalFilter | None = None, *, today: date | None = None
    ) -> list[dto.LegalRow]:
        flt = flt or dto.LegalFilter()
        today = today or date.today()
        settings = self.get_settings()
        stmt = (
            select(m.LegalDocument)
            .where(text_filter(m.LegalDocument.search_text, flt.text))
            .options(selectinload(m.LegalDocument.impacts), selectinload(m.LegalDocument.replaced_by))
            .order_by(m.LegalDocument.effective_on.desc().nulls_last(), m.LegalDocument.id.desc())
        )
        if flt.kind is not None:
            stmt = stmt.where(m.LegalDocument.kind == flt.kind)
        with self._uow() as uow:
            rows = [self._row(doc, today, settings) for doc in uow.session.scalars(stmt)]
        if flt.with_open_updates:
            rows = [r for r in rows if r.open_updates]
        return rows

    def _row(
        self, doc: m.LegalDocument, today: date, settings: dto.LegalSettings, **extra: object
    ) -> dto.LegalRow:
        due = self.due_on(doc, settings)
        states = [update_state(i, due, today, settings.due_soon_days) for i in doc.impacts]
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
            replaced_by_number=doc.replaced_by.number if doc.replaced_by else "",
            impacts=len(doc.impacts),
            open_updates=sum(
                s in (dto.UpdateState.OPEN, dto.UpdateState.DUE_SOON, dto.UpdateState.OVERDUE) for s in states
            ),
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
                    (self._impact(i, today, settings) for i in doc.impacts),
                    key=lambda r: (r.document_code.casefold(), r.id),
                )
            )
            detail = self._row(doc, today, settings, impact_rows=impacts)
        assert isinstance(detail, dto.LegalDetail)
        return detail

    def _impact(self, impact: m.LegalImpact, today: date, settings: dto.LegalSettings) -> dto.ImpactRow:
        legal = impact.legal_document
        due = self.due_on(legal, settings)
        return dto.ImpactRow(
            id=impact.id,
            legal_document_id=legal.id,
            legal_number=legal.number,
            legal_title=legal.title,
            legal_effective_on=legal.effective_on,
            document_id=impact.document_id,
            document_code=impact.document.code,
            document_title=impact.document.title,
            status=impact.status,
            state=update_state(impact, due, today, settings.due_soon_days),
            due_on=due,
            revision_id=impact.revision_id,
            revision_issue=impact.revision.issue_number if impact.revision else None,
            no_change_reason=impact.no_change_reason,
            closed_on=impact.closed_on,
        )

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
            revision = _get(uow, m.Revision, revision_id)
            if revision.document_id != impact.document_id:
                raise DomainError("impact.other_document")
            legal_effective = impact.legal_document.effective_on
            if legal_effective and revision.effective_on < legal_effective:
                raise DomainError(
                    "impact.revision_too_early",
                    number=impact.legal_document.number,
                    effective=legal_effective.strftime("%d/%m/%Y"),
                )
            impact.status = m.ImpactStatus.UPDATED
            impact.revision_id = revision.id
            impact.no_change_reason = ""
            impact.closed_on = revision.issued_on or revision.effective_on
            uow.commit()
            return self._impact(impact, date.today(), self.get_settings())

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
            return self._impact(impact, date.today(), self.get_settings())

    def reopen(self, impact_id: int) -> dto.ImpactRow:
        with self._uow() as uow:
            impact = _get(uow, m.LegalImpact, impact_id)
            impact.status = m.ImpactStatus.OPEN
            impact.revision_id = None
            impact.no_change_reason = ""
            impact.closed_on = None
            uow.commit()
            return self._impact(impact, date.today(), self.get_settings())

    def _impacts(self, uow: UnitOfWork, stmt_filter: object | None = None) -> list[m.LegalImpact]:
        stmt = select(m.LegalImpact).options(
            selectinload(m.LegalImpact.legal_document),
            selectinload(m.LegalImpact.document),
            selectinload(m.LegalImpact.revision),
        )
        if stmt_filter is not None:
            stmt = stmt.where(stmt_filter)  # type: ignore[arg-type]
        return list(uow.session.scalars(stmt))

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
        with self._uow() as uow:
            condition = None
            if document_id is not None:
                condition = m.LegalImpact.document_id == document_id
            rows = [self._impact(i, today, settings) for i in self._impacts(uow, condition)]
        if open_only:
            rows = [r for r in rows if r.status is m.ImpactStatus.OPEN]
        order = list(dto.UpdateState)
        return sorted(rows, key=lambda r: (order.index(r.state), r.due_on or date.max, r.document_code))

    def summary(self, *, today: date | None = None) -> dto.UpdateSummary:
        rows = self.list_impacts(today=today)
        states = [r.state for r in rows]
        return dto.UpdateSummary(
            open=sum(
                s in (dto.UpdateState.OPEN, dto.UpdateState.DUE_SOON, dto.UpdateState.OVERDUE) for s in states
            ),
            overdue=states.count(dto.UpdateState.OVERDUE),
            due_soon=states.count(dto.UpdateState.DUE_SOON),
            updated=states.count(dto.UpdateState.UPDATED),
            no_change=states.count(dto.UpdateState.NO_CHANGE),
        )
