"""External documents (văn bản pháp lý, quyết định công bố TTHC…) and the procedure updates they
require, each due a set number of months after the legal document takes effect."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields
from app.services._mapping import get_or_raise as _get
from app.services.clock import Clock
from app.services.deadlines import DueState, due_state
from app.services.documents import PROCEDURE_TYPES, check_impact_revision, text_filter
from app.services.errors import DomainError
from app.services.text import add_months
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline
from app.services.vocabulary import table_date
from app.services.workflow import Refusal, StateMachine, TransitionRecord, TransitionSpec


def update_state(
    status: m.ImpactStatus, due_on: date | None, today: date, due_soon_days: int
) -> dto.UpdateState:
    if status is m.ImpactStatus.UPDATED:
        return dto.UpdateState.UPDATED
    if status is m.ImpactStatus.NO_CHANGE:
        return dto.UpdateState.NO_CHANGE
    state = due_state(due_on, today, due_soon_days)
    if state is DueState.LATE:
        return dto.UpdateState.OVERDUE
    if state is DueState.DUE_SOON:
        return dto.UpdateState.DUE_SOON
    return dto.UpdateState.OPEN


OPEN_STATES = (dto.UpdateState.OPEN, dto.UpdateState.DUE_SOON, dto.UpdateState.OVERDUE)


@dataclass(frozen=True)
class _ImpactFacts:
    """What the guards of a legal update need to know."""

    doc_code: str
    legal_effective_on: date | None
    latest_issue_effective_on: date | None  # of the procedure's latest issue, None without one


def _has_suitable_issue(facts: _ImpactFacts | None) -> Refusal | None:
    if facts is None:
        return None
    effective = facts.legal_effective_on
    latest = facts.latest_issue_effective_on
    if latest is None or (effective is not None and latest < effective):
        return Refusal(
            "impact.no_revision_yet",
            {"doc_code": facts.doc_code, "effective": table_date(effective)},
        )
    return None


# Cập nhật quy trình theo văn bản: open until an issue of the procedure reflects the legal change
# (updated) or the secretary records why no change is needed (no_change); either can be reopened.
LEGAL_UPDATE_FLOW = StateMachine(
    "legal_update",
    states=tuple(s.value for s in m.ImpactStatus),
    transitions=(
        TransitionSpec(
            "close_with_revision",
            ("open",),
            "updated",
            wrong_state="impact.already_closed",
            guard=_has_suitable_issue,
        ),
        TransitionSpec(
            "close_no_change", ("open",), "no_change", wrong_state="impact.already_closed", needs_reason=True
        ),
        TransitionSpec("reopen", ("updated", "no_change"), "open", wrong_state="impact.not_closed"),
        # The issue that closed it was deleted: the update is open again (recorded, not chosen).
        TransitionSpec("issue_deleted", ("updated",), "open", wrong_state="impact.not_closed"),
    ),
)
USER_ACTIONS = ("close_with_revision", "close_no_change", "reopen")


def move_impact(
    uow: UnitOfWork,
    impact: m.LegalImpact,
    action: str,
    *,
    on: date,
    reason: str = "",
    revision: m.Revision | None = None,
) -> None:
    """Take ``action`` on a legal update through its workflow (checked, recorded) and store the
    outcome on the row. The one writer of a legal update's state."""
    facts = None
    if action == "close_with_revision":
        assert revision is not None
        check_impact_revision(impact, revision)
        facts = _ImpactFacts(impact.document.code, impact.legal_document.effective_on, revision.effective_on)
    target = LEGAL_UPDATE_FLOW.apply(
        uow, impact.id, impact.status.value, action, on=on, reason=reason, context=facts
    )
    impact.status = m.ImpactStatus(target)
    if target == "updated":
        assert revision is not None
        impact.revision_id = revision.id
        impact.no_change_reason = ""
        impact.closed_on = revision.issued_on or revision.effective_on
    elif target == "no_change":
        impact.revision_id = None
        impact.no_change_reason = reason
        impact.closed_on = on
    else:
        impact.revision_id = None
        impact.no_change_reason = ""
        impact.closed_on = None


class LegalService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._clock = clock
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
        today = today or self._clock.today()
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
        today = today or self._clock.today()
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
        latest = aliased(m.Revision)
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
                select(func.max(latest.effective_on))
                .where(latest.document_id == impact.document_id)
                .scalar_subquery(),
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
            latest_effective,
        ) in uow.session.execute(stmt):
            due = add_months(effective_on, settings.update_deadline_months) if effective_on else None
            facts = _ImpactFacts(code, effective_on, latest_effective)
            refusals = LEGAL_UPDATE_FLOW.refusals(status.value, facts)
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
                    refusals={a: refusals[a] for a in USER_ACTIONS},
                )
            )
        return rows

    def _impact_by_id(self, uow: UnitOfWork, impact_id: int) -> dto.ImpactRow:
        (row,) = self._impact_rows(
            uow, self._clock.today(), self.get_settings(), m.LegalImpact.id == impact_id
        )
        return row

    @staticmethod
    def check_fields(fields: dto.LegalFields, legal_id: int | None = None) -> dto.LegalFields:
        """Normalise and validate a legal document's fields (no database access)."""
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
        return f

    def save_legal(self, fields: dto.LegalFields, legal_id: int | None = None) -> dto.LegalDetail:
        f = self.check_fields(fields, legal_id)
        with self._uow() as uow:
            if f.replaced_by_id is not None and uow.session.get(m.LegalDocument, f.replaced_by_id) is None:
                c = Checker()
                c.add("replaced_by_id", "field.not_found")
                c.raise_if_any()
            row = _get(uow, m.LegalDocument, legal_id) if legal_id else m.LegalDocument()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            new_id = row.id
        return self.get_legal(new_id)

    def write_many(self, items: Sequence[dto.LegalWrite]) -> list[int]:
        """The bulk form of the write path (the demo's history): legal documents with the
        procedures they affect, in one transaction. Each document passes ``check_fields``; each
        closed update goes through the legal-update workflow (checked and recorded) on its date."""
        with self._uow() as uow:
            session = uow.session
            rows: list[m.LegalDocument] = []
            pending: list[tuple[m.LegalImpact, dto.ImpactWrite]] = []
            with session.no_autoflush:
                for item in items:
                    f = self.check_fields(item.fields)
                    if item.replaced_by_index is not None:
                        f = dataclasses.replace(f, replaced_by_id=None)
                    row = m.LegalDocument()
                    apply_fields(row, f)
                    session.add(row)
                    rows.append(row)
                    for spec in item.impacts:
                        impact = m.LegalImpact(document_id=spec.document_id, status=m.ImpactStatus.OPEN)
                        row.impacts.append(impact)
                        pending.append((impact, spec))
                for item, row in zip(items, rows, strict=True):
                    if item.replaced_by_index is not None:
                        row.replaced_by = rows[item.replaced_by_index]
            session.flush()
            # Load what the workflow's checks read in two queries, not one per update.
            doc_ids = {spec.document_id for _impact, spec in pending}
            revision_ids = {spec.revision_id for _impact, spec in pending if spec.revision_id is not None}
            list(session.scalars(select(m.Document).where(m.Document.id.in_(doc_ids))))
            list(session.scalars(select(m.Revision).where(m.Revision.id.in_(revision_ids))))
            with session.no_autoflush:
                for impact, spec in pending:
                    if spec.status is m.ImpactStatus.UPDATED:
                        revision = _get(uow, m.Revision, spec.revision_id)
                        on = revision.issued_on or revision.effective_on
                        move_impact(uow, impact, "close_with_revision", on=on, revision=revision)
                    elif spec.status is m.ImpactStatus.NO_CHANGE:
                        on = spec.closed_on or self._clock.today()
                        move_impact(
                            uow, impact, "close_no_change", on=on, reason=clean_multiline(spec.reason)
                        )
            ids = [row.id for row in rows]
            uow.commit()
        return ids

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
        """The procedure's issue ``revision_id`` reflects the legal change: the update is done."""
        with self._uow() as uow:
            impact = _get(uow, m.LegalImpact, impact_id)
            revision = _get(uow, m.Revision, revision_id)
            move_impact(uow, impact, "close_with_revision", on=self._clock.today(), revision=revision)
            uow.commit()
            return self._impact_by_id(uow, impact.id)

    def close_no_change(self, impact_id: int, reason: str, on: date | None = None) -> dto.ImpactRow:
        """The procedure needs no change for this legal document, for ``reason``."""
        reason = clean_multiline(reason)
        c = Checker()
        c.text("reason", reason, 2000, required=True)
        c.raise_if_any()
        with self._uow() as uow:
            impact = _get(uow, m.LegalImpact, impact_id)
            move_impact(uow, impact, "close_no_change", on=on or self._clock.today(), reason=reason)
            uow.commit()
            return self._impact_by_id(uow, impact.id)

    def reopen(self, impact_id: int, reason: str = "") -> dto.ImpactRow:
        """A closed update is open again (refused when it is open already)."""
        with self._uow() as uow:
            impact = _get(uow, m.LegalImpact, impact_id)
            move_impact(uow, impact, "reopen", on=self._clock.today(), reason=clean_multiline(reason))
            uow.commit()
            return self._impact_by_id(uow, impact.id)

    def update_history(self, impact_id: int) -> list[TransitionRecord]:
        """The transitions of one legal update, oldest first."""
        with self._uow() as uow:
            _get(uow, m.LegalImpact, impact_id)
            return LEGAL_UPDATE_FLOW.history(uow, impact_id)

    def list_impacts(
        self,
        *,
        document_id: int | None = None,
        open_only: bool = False,
        today: date | None = None,
    ) -> list[dto.ImpactRow]:
        """Procedure updates, most urgent first (overdue, due soon, open, then closed)."""
        today = today or self._clock.today()
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
        today = today or self._clock.today()
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
