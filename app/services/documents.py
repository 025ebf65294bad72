"""Document register (danh mục tài liệu nội bộ): documents, their issues (lần ban hành) and files."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    case,
    func,
    literal_column,
    select,
    true,
)
from sqlalchemy.orm import aliased, selectinload

from app import models as m
from app.models.document import DOCUMENT_TYPE_ORDER_SQL
from app.services import dto
from app.services._mapping import get_or_raise as _get
from app.services.attachments import AttachmentService
from app.services.clock import Clock
from app.services.errors import DomainError
from app.services.listing import fetch_ids, text_rank
from app.services.text import fold, like_pattern
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline, tthc_code_form
from app.services.vocabulary import sort_key, table_date

TTHC_CODE = re.compile(r"^[0-9]\.[0-9]{6}$")  # ASCII digits only: "١.٠٠١١٩٣" is no code
PROCEDURE_TYPES = (m.DocumentType.TTHC_PROCEDURE, m.DocumentType.INTERNAL_PROCEDURE)
CHILD_TYPES = (m.DocumentType.FORM, m.DocumentType.GUIDE)


# The register lists procedures first, then forms, guides and other documents.
# Written exactly as the register's covering index (ix_document_register) writes it.
_TYPE_ORDER: ColumnElement[int] = literal_column(DOCUMENT_TYPE_ORDER_SQL)


def code_key(code: str) -> str:
    """Codes compare without regard to case or spacing: "QT 02/CX-HCTP" = "qt  02/cx-hctp"."""
    return " ".join(unicodedata.normalize("NFC", code).casefold().split())


# ---- the status rule ------------------------------------------------------------------------------
# A document is a draft (dự thảo) until it is issued: its status is stored as in force once it has a
# lần ban hành and as draft before, whatever a form, an import or the demo asked; obsolete (hết hiệu
# lực) is the user's choice and stays (``settled_status``, applied by every writer below). Whether it
# is in force *on a day* — what TTHC coverage and the register's counts read — also needs an issue
# in effect that day (``in_force_on``): an issue dated later leaves it "sắp hiệu lực", issued and
# listed in the register but counted nowhere as in force until that date.


def settled_status(requested: m.DocumentStatus, issued: bool) -> m.DocumentStatus:
    """The status a document is stored with: ``requested`` when obsolete, otherwise in force when it
    has an issue (``issued``) and draft when it has none."""
    if requested is m.DocumentStatus.OBSOLETE:
        return requested
    return m.DocumentStatus.IN_FORCE if issued else m.DocumentStatus.DRAFT


def in_force_on(day: date) -> ColumnElement[bool]:
    """SQL condition on ``m.Document`` of the enclosing query: in force on ``day`` (issued, not
    obsolete, and an issue in effect: ``effective_on <= day``). One index seek per document."""
    issue = aliased(m.Revision, name="issue_in_effect")
    return and_(
        m.Document.status == m.DocumentStatus.IN_FORCE,
        select(issue.document_id)
        .where(issue.document_id == m.Document.id, issue.effective_on <= day)
        .exists(),
    )


def awaiting_effect(status: m.DocumentStatus, has_issue_in_effect: bool) -> bool:
    """Issued but not in force yet (sắp hiệu lực): no issue of it has taken effect on the day."""
    return status is m.DocumentStatus.IN_FORCE and not has_issue_in_effect


def revision_states(revisions: Sequence[m.Revision], today: date) -> dict[int, dto.RevisionState]:
    """Current = the highest issue already in effect; later-dated ones are upcoming."""
    states: dict[int, dto.RevisionState] = {}
    in_effect = [r for r in revisions if r.effective_on <= today]
    current = max(in_effect, key=lambda r: r.issue_number) if in_effect else None
    for r in revisions:
        if r.effective_on > today:
            states[r.id] = dto.RevisionState.UPCOMING
        elif current is not None and r.id == current.id:
            states[r.id] = dto.RevisionState.CURRENT
        else:
            states[r.id] = dto.RevisionState.HISTORY
    return states


class DocumentService:
    def __init__(self, uow: UowFactory, attachments: AttachmentService, clock: Clock) -> None:
        self._clock = clock
        self._uow = uow
        self._attachments = attachments

    def today(self) -> date:
        """The app's day (the clock's): what "in effect" and "upcoming" are judged on."""
        return self._clock.today()

    # ---- queries -------------------------------------------------------------------------------
    @staticmethod
    def _issues(today: date, ids: Sequence[int] | None = None) -> Any:
        """Per document: the current issue (highest already in effect), the upcoming one (lowest
        later-dated) and the count — one pass over the revisions (of ``ids`` only, when given)."""
        rev = m.Revision
        stmt = select(
            rev.document_id,
            func.max(case((rev.effective_on <= today, rev.issue_number))).label("current"),
            func.min(case((rev.effective_on > today, rev.issue_number))).label("upcoming"),
            func.count().label("n"),
        )
        if ids is not None:
            stmt = stmt.where(rev.document_id.in_(ids))
        return stmt.group_by(rev.document_id).subquery("iss")

    @staticmethod
    def _open_updates(ids: Sequence[int] | None = None) -> Any:
        stmt = select(m.LegalImpact.document_id, func.count().label("n")).where(
            m.LegalImpact.status == m.ImpactStatus.OPEN
        )
        if ids is not None:
            stmt = stmt.where(m.LegalImpact.document_id.in_(ids))
        return stmt.group_by(m.LegalImpact.document_id).subquery("upd")

    @staticmethod
    def _codes(ids: Sequence[int] | None = None) -> Any:
        link = m.DocumentTthc
        inner = select(link.document_id, link.tthc_code).order_by(link.document_id, link.tthc_code)
        if ids is not None:
            inner = inner.where(link.document_id.in_(ids))
        ordered = inner.subquery("codes_in_order")
        return (
            select(ordered.c.document_id, func.group_concat(ordered.c.tthc_code, " ").label("codes"))
            .group_by(ordered.c.document_id)
            .subquery("codes")
        )

    def _rows_query(self, today: date, ids: Sequence[int] | None = None) -> Select:
        issues = self._issues(today, ids)
        open_updates = self._open_updates(ids)
        codes = self._codes(ids)
        cur_rev = aliased(m.Revision)
        up_rev = aliased(m.Revision)
        return (
            select(
                m.Document.id,
                m.Document.code,
                m.Document.title,
                m.Document.doc_type,
                m.Document.field,
                func.coalesce(m.Department.name, ""),
                m.Document.status,
                issues.c.current,
                cur_rev.effective_on,
                issues.c.upcoming,
                up_rev.effective_on,
                func.coalesce(issues.c.n, 0),
                func.coalesce(open_updates.c.n, 0),
                codes.c.codes,
            )
            .outerjoin(m.Department, m.Department.id == m.Document.department_id)
            .outerjoin(issues, issues.c.document_id == m.Document.id)
            .outerjoin(
                cur_rev, and_(cur_rev.document_id == m.Document.id, cur_rev.issue_number == issues.c.current)
            )
            .outerjoin(
                up_rev, and_(up_rev.document_id == m.Document.id, up_rev.issue_number == issues.c.upcoming)
            )
            .outerjoin(open_updates, open_updates.c.document_id == m.Document.id)
            .outerjoin(codes, codes.c.document_id == m.Document.id)
        )

    @staticmethod
    def _row(values: Sequence[object]) -> dto.DocumentRow:
        names = [
            "id",
            "code",
            "title",
            "doc_type",
            "field",
            "department_name",
            "status",
            "current_issue",
            "current_effective_on",
            "upcoming_issue",
            "upcoming_effective_on",
            "revision_count",
            "open_updates",
        ]
        fields: dict[str, Any] = dict(zip(names, values[:-1], strict=True))
        codes = values[-1]
        fields["tthc_codes"] = tuple(sorted(str(codes).split())) if codes else ()
        return dto.DocumentRow(**fields)

    @staticmethod
    def _filtered(stmt: Select, flt: dto.DocumentFilter) -> Select:
        stmt = stmt.where(text_filter(m.Document.search_text, flt.text))
        if flt.doc_type is not None:
            stmt = stmt.where(m.Document.doc_type == flt.doc_type)
        if flt.field:
            stmt = stmt.where(m.Document.field == flt.field)
        if flt.status is not None:
            stmt = stmt.where(m.Document.status == flt.status)
        if flt.department_id is not None:
            stmt = stmt.where(m.Document.department_id == flt.department_id)
        return stmt

    def list_documents(
        self, flt: dto.DocumentFilter | None = None, *, today: date | None = None
    ) -> list[dto.DocumentRow]:
        """The register filtered in SQL; text matches code, title, field and TTHC codes, ignoring
        diacritics. Every row at once: for exports and small lists; the register page reads
        ``document_ids`` and then ``document_rows`` for the rows it paints."""
        flt = flt or dto.DocumentFilter()
        stmt = self._filtered(self._rows_query(today or self._clock.today()), flt)
        stmt = stmt.order_by(_TYPE_ORDER, m.Document.code_key)
        if flt.limit:
            stmt = stmt.limit(flt.limit)
        with self._uow() as uow:
            return [self._row(r) for r in uow.session.execute(stmt)]

    def document_ids(
        self,
        flt: dto.DocumentFilter | None = None,
        *,
        sort: str | None = None,
        descending: bool = False,
        today: date | None = None,
    ) -> list[int]:
        """The ids of the documents ``flt`` lets through, in the register's order (procedures
        first, then by code) or sorted by ``sort`` (one of ``DOCUMENT_SORTS``), ties by code.
        Only ids: tens of thousands come back in a few milliseconds; ``document_rows`` reads the
        rows a list shows."""
        with self._uow() as uow:
            return fetch_ids(
                uow.session, self.ids_query(uow, flt, sort=sort, descending=descending, today=today)
            )

    def ids_query(
        self,
        uow: UnitOfWork,
        flt: dto.DocumentFilter | None = None,
        *,
        sort: str | None = None,
        descending: bool = False,
        today: date | None = None,
    ) -> Select:
        """The statement behind ``document_ids`` (tests read its query plan)."""
        flt = flt or dto.DocumentFilter()
        doc = m.Document
        stmt = self._filtered(select(doc.id), flt)
        if sort is None:
            order: list[Any] = [_TYPE_ORDER]
        elif sort == "code":
            order = []
        elif sort == "title":
            order = [doc.title_key]
        elif sort == "type":
            order = [_TYPE_ORDER]
        elif sort == "status":
            order = [case({s.value: i for i, s in enumerate(m.DocumentStatus)}, value=doc.__table__.c.status)]
        elif sort in ("field", "department"):
            order = [self._rank(uow, sort)]
        elif sort in ("issue", "effective"):
            # Per document, a seek in ix_revision_document_effective (its issues in effect on the
            # day) rather than a pass grouping every revision: ~50 ms at 30,000 documents, not ~130.
            day = today or self._clock.today()
            in_effect = aliased(m.Revision, name="in_effect")
            current_issue = (
                select(func.max(in_effect.issue_number))
                .where(in_effect.document_id == doc.id, in_effect.effective_on <= day)
                .with_hint(in_effect, "INDEXED BY ix_revision_document_effective", "sqlite")
                .correlate(doc)
                .scalar_subquery()
            )
            if sort == "issue":
                order = [current_issue]
            else:
                current = aliased(m.Revision, name="current_issue")
                order = [
                    select(current.effective_on)
                    .where(current.document_id == doc.id, current.issue_number == current_issue)
                    .correlate(doc)
                    .scalar_subquery()
                ]
        elif sort == "updates":
            updates = self._open_updates()
            stmt = stmt.outerjoin(updates, updates.c.document_id == doc.id)
            order = [func.coalesce(updates.c.n, 0)]
        else:
            raise ValueError(f"unknown sort {sort!r}")
        if descending:
            order = [o.desc() for o in order]
        return stmt.order_by(*order, doc.code_key, doc.id)

    @staticmethod
    def _rank(uow: UnitOfWork, sort: str) -> Any:
        """Fields and departments in Vietnamese alphabetical order, as a CASE over their few values
        (no stored key needed: a register has tens of fields, not thousands)."""
        if sort == "field":
            return text_rank(uow.session, m.Document.field)
        departments = uow.session.execute(select(m.Department.id, m.Department.name)).all()
        ranked_ids = [int(d.id) for d in sorted(departments, key=lambda d: sort_key(d.name))]
        if not ranked_ids:
            return m.Document.department_id
        ranks = sorted((key, rank) for rank, key in enumerate(ranked_ids))
        return literal_column(_rank_sql("document.department_id", ranks))

    def document_rows(self, ids: Sequence[int], *, today: date | None = None) -> list[dto.DocumentRow]:
        """The register rows of ``ids`` (as many as a list shows at once), in the order of ``ids``;
        ids of documents deleted since are left out."""
        if not ids:
            return []
        stmt = self._rows_query(today or self._clock.today(), ids).where(m.Document.id.in_(ids))
        with self._uow() as uow:
            rows = {row.id: row for row in (self._row(r) for r in uow.session.execute(stmt))}
        return [rows[i] for i in ids if i in rows]

    def register_counts(self, *, today: date | None = None) -> dto.RegisterCounts:
        """Documents in force on ``today`` (an issue in effect) by kind, and the issued documents
        with an issue still to take effect (a first issue or a new one)."""
        today = today or self._clock.today()
        with self._uow() as uow:
            by_type = dict(
                uow.session.execute(
                    select(m.Document.doc_type, func.count())
                    .where(in_force_on(today))
                    .group_by(m.Document.doc_type)
                ).all()
            )
            upcoming = uow.session.scalar(
                select(func.count(func.distinct(m.Revision.document_id)))
                .join(m.Document, m.Document.id == m.Revision.document_id)
                .where(m.Document.status == m.DocumentStatus.IN_FORCE, m.Revision.effective_on > today)
            )
        return dto.RegisterCounts(
            in_force=sum(by_type.values()),
            procedures=sum(by_type.get(t, 0) for t in PROCEDURE_TYPES),
            forms=by_type.get(m.DocumentType.FORM, 0),
            with_upcoming_issue=upcoming or 0,
        )

    def count_documents(self) -> int:
        with self._uow() as uow:
            return uow.session.scalar(select(func.count()).select_from(m.Document)) or 0

    def list_fields(self) -> list[str]:
        """Lĩnh vực used by documents and by the TTHC catalogue, for filter lists."""
        with self._uow() as uow:
            fields = set(uow.session.scalars(select(m.Document.field).distinct()))
            fields |= set(uow.session.scalars(select(m.Tthc.field).distinct()))
        return sorted((f for f in fields if f), key=sort_key)

    def list_procedures(self, *, include_obsolete: bool = False) -> list[dto.DocumentRow]:
        """Procedures (TTHC and internal), e.g. to pick a form's parent or a legal change's targets."""
        stmt = self._rows_query(self._clock.today()).where(m.Document.doc_type.in_(PROCEDURE_TYPES))
        if not include_obsolete:
            stmt = stmt.where(m.Document.status != m.DocumentStatus.OBSOLETE)
        with self._uow() as uow:
            return [self._row(r) for r in uow.session.execute(stmt.order_by(m.Document.code_key))]

    def get_document(self, document_id: int, *, today: date | None = None) -> dto.DocumentDetail:
        today = today or self._clock.today()
        with self._uow() as uow:
            doc = uow.session.scalars(
                select(m.Document)
                .where(m.Document.id == document_id)
                .options(
                    selectinload(m.Document.revisions)
                    .selectinload(m.Revision.files)
                    .selectinload(m.RevisionFile.attachment),
                    selectinload(m.Document.tthc_links),
                    selectinload(m.Document.department),
                    selectinload(m.Document.parent),
                )
            ).first()
            if doc is None:
                _get(uow, m.Document, document_id)
            assert doc is not None
            states = revision_states(doc.revisions, today)
            revisions = tuple(
                self._revision(r, states[r.id]) for r in sorted(doc.revisions, key=lambda r: -r.issue_number)
            )
            children = self._child_rows(uow, doc.id, today)
            return dto.DocumentDetail(
                id=doc.id,
                code=doc.code,
                title=doc.title,
                doc_type=doc.doc_type,
                field=doc.field,
                department_id=doc.department_id,
                status=doc.status,
                parent_id=doc.parent_id,
                note=doc.note,
                tthc_codes=tuple(link.tthc_code for link in doc.tthc_links),
                department_name=doc.department.name if doc.department else "",
                parent_code=doc.parent.code if doc.parent else "",
                parent_title=doc.parent.title if doc.parent else "",
                revisions=revisions,
                children=children,
            )

    def _child_rows(self, uow: UnitOfWork, parent_id: int, today: date) -> tuple[dto.DocumentRow, ...]:
        """Rows of the forms/guides of one procedure, computed from their own revisions (the
        register query aggregates over every revision, too much for one document's detail)."""
        children = uow.session.scalars(
            select(m.Document)
            .where(m.Document.parent_id == parent_id)
            .options(selectinload(m.Document.revisions), selectinload(m.Document.department))
            .order_by(m.Document.code_key)
        ).all()
        rows = []
        for child in children:
            states = revision_states(child.revisions, today)
            current = next((r for r in child.revisions if states[r.id] is dto.RevisionState.CURRENT), None)
            upcoming = min(
                (r for r in child.revisions if states[r.id] is dto.RevisionState.UPCOMING),
                key=lambda r: r.issue_number,
                default=None,
            )
            rows.append(
                dto.DocumentRow(
                    id=child.id,
                    code=child.code,
                    title=child.title,
                    doc_type=child.doc_type,
                    field=child.field,
                    department_name=child.department.name if child.department else "",
                    status=child.status,
                    current_issue=current.issue_number if current else None,
                    current_effective_on=current.effective_on if current else None,
                    upcoming_issue=upcoming.issue_number if upcoming else None,
                    upcoming_effective_on=upcoming.effective_on if upcoming else None,
                    revision_count=len(child.revisions),
                )
            )
        return tuple(rows)

    @staticmethod
    def _revision(r: m.Revision, state: dto.RevisionState) -> dto.RevisionInfo:
        return dto.RevisionInfo(
            id=r.id,
            document_id=r.document_id,
            issue_number=r.issue_number,
            issued_on=r.issued_on,
            effective_on=r.effective_on,
            change_summary=r.change_summary,
            prepared_by=r.prepared_by,
            reviewed_by=r.reviewed_by,
            approved_by=r.approved_by,
            state=state,
            files=tuple(
                dto.AttachmentRef(
                    id=f.attachment.id,
                    original_name=f.attachment.original_name,
                    size=f.attachment.size,
                    sha256=f.attachment.sha256,
                )
                for f in r.files
            ),
        )

    # ---- documents -----------------------------------------------------------------------------
    def check_fields(self, fields: dto.DocumentFields, document_id: int | None) -> dto.DocumentFields:
        """Normalise and validate a document's fields (no database access): the rules every
        writer (form, import, demo) passes through."""
        codes: list[str] = []
        for raw in fields.tthc_codes:
            code = tthc_code_form(raw)[0]  # full-width digits read as ASCII
            if code and code not in codes:
                codes.append(code)
        f = dataclasses.replace(
            fields,
            code=clean(fields.code),
            title=clean(fields.title),
            field=clean(fields.field),
            note=clean_multiline(fields.note),
            tthc_codes=tuple(codes),
        )
        c = Checker()
        c.text("code", f.code, 80, required=True)
        c.text("title", f.title, 500, required=True)
        c.text("field", f.field, 200)
        if not isinstance(f.doc_type, m.DocumentType):
            c.add("doc_type", "field.required")
        if not isinstance(f.status, m.DocumentStatus):
            c.add("status", "field.required")
        bad = [code for code in f.tthc_codes if not TTHC_CODE.match(code)]
        if bad:
            c.add("tthc_codes", "tthc.bad_code", tthc_code=bad[0])
        if f.parent_id is not None:
            if f.doc_type not in CHILD_TYPES:
                c.add("parent_id", "document.parent_not_allowed")
            elif f.parent_id == document_id:
                c.add("parent_id", "document.parent_self")
        c.raise_if_any()
        return f

    def save_document(self, fields: dto.DocumentFields, document_id: int | None = None) -> dto.DocumentDetail:
        """Create or edit a document. Its status follows ``settled_status``: a document without an
        issue is saved as a draft even when asked to be in force."""
        f = self.check_fields(fields, document_id)
        key = code_key(f.code)
        with self._uow() as uow:
            issued = document_id is not None and bool(
                uow.session.scalar(
                    select(func.count()).select_from(m.Revision).where(m.Revision.document_id == document_id)
                )
            )
            f = dataclasses.replace(f, status=settled_status(f.status, issued))
            c = Checker()
            if f.status is not m.DocumentStatus.OBSOLETE:
                clash = uow.session.scalars(
                    select(m.Document).where(
                        m.Document.code_key == key,
                        m.Document.status != m.DocumentStatus.OBSOLETE,
                        m.Document.id != (document_id or 0),
                    )
                ).first()
                if clash is not None:
                    c.add("code", "document.duplicate_code", doc_code=clash.code, title=clash.title)
            if f.parent_id is not None:
                parent = uow.session.get(m.Document, f.parent_id)
                if parent is None:
                    c.add("parent_id", "field.not_found")
                elif parent.doc_type not in PROCEDURE_TYPES:
                    c.add("parent_id", "document.parent_not_procedure")
            if f.department_id is not None and uow.session.get(m.Department, f.department_id) is None:
                c.add("department_id", "field.not_found")
            c.raise_if_any()
            doc = _get(uow, m.Document, document_id) if document_id else m.Document()
            self._apply(doc, f)
            uow.session.add(doc)
            uow.commit()
            doc_id = doc.id
        return self.get_document(doc_id)

    def _apply(self, doc: m.Document, f: dto.DocumentFields) -> None:
        # The day it was made obsolete (the report counts procedures made obsolete in its period);
        # a document entered already obsolete has no such day.
        was = doc.status if doc.id is not None else m.DocumentStatus.OBSOLETE
        if f.status is m.DocumentStatus.OBSOLETE and was is not m.DocumentStatus.OBSOLETE:
            doc.obsoleted_on = self._clock.today()
        elif f.status is not m.DocumentStatus.OBSOLETE:
            doc.obsoleted_on = None
        doc.code = f.code
        doc.code_key = code_key(f.code)
        doc.title = f.title
        doc.doc_type = f.doc_type
        doc.field = f.field
        doc.department_id = f.department_id
        doc.status = f.status
        doc.parent_id = f.parent_id
        doc.note = f.note
        existing = {link.tthc_code: link for link in doc.tthc_links}
        doc.tthc_links = [existing.get(code) or m.DocumentTthc(tthc_code=code) for code in f.tthc_codes]

    def write_many(self, items: Sequence[dto.DocumentWrite]) -> list[dto.WriteOutcome]:
        """The bulk form of the register's write path (imports, the demo): every item in one
        transaction, each through the same checks and the same row writer as ``save_document``.

        An item without ``document_id`` creates a document with its issues, unless a document with
        the same code exists by now (live, or obsolete for an obsolete item): "skipped". An item
        with ``document_id`` brings that document to ``fields`` ("missing" when it is gone): an
        issue whose number exists is corrected, a higher one is added, a lower one is ignored. A
        department that does not exist is left empty (a new document) or unchanged. ``parent_index``
        names a parent created earlier in the same batch.
        """
        created: dict[int, m.Document] = {}
        results: list[dto.WriteOutcome | m.Document] = []
        with self._uow() as uow:
            session = uow.session
            departments = set(session.scalars(select(m.Department.id)))
            keys: dict[tuple[str, bool], int | None] = {}  # None: created earlier in this batch
            for doc_id, stored_key, status in session.execute(
                select(m.Document.id, m.Document.code_key, m.Document.status)
            ):
                keys.setdefault((stored_key, status is m.DocumentStatus.OBSOLETE), doc_id)
            with session.no_autoflush:
                for index, item in enumerate(items):
                    parent = created.get(item.parent_index) if item.parent_index is not None else None
                    fields = item.fields
                    if parent is not None:
                        fields = dataclasses.replace(fields, parent_id=None)
                    f = self.check_fields(fields, item.document_id)
                    if parent is not None and f.doc_type not in CHILD_TYPES:
                        c = Checker()
                        c.add("parent_id", "document.parent_not_allowed")
                        c.raise_if_any()
                    revisions = [self.check_revision(r) for r in item.revisions]
                    if item.document_id is not None:
                        results.append(self._bring_to(session, item.document_id, f, revisions, departments))
                        continue
                    slot = (code_key(f.code), f.status is m.DocumentStatus.OBSOLETE)
                    if slot in keys:
                        results.append(dto.WriteOutcome("skipped", keys[slot]))
                        continue
                    if f.department_id is not None and f.department_id not in departments:
                        f = dataclasses.replace(f, department_id=None)
                    f = dataclasses.replace(f, status=settled_status(f.status, bool(revisions)))
                    doc = m.Document()
                    self._apply(doc, f)
                    doc.parent = parent
                    for fields_of_issue in revisions:
                        revision = m.Revision()
                        self._apply_revision(revision, fields_of_issue)
                        doc.revisions.append(revision)
                    session.add(doc)
                    keys[slot] = None
                    created[index] = doc
                    results.append(doc)
            session.flush()
            outcomes = [
                dto.WriteOutcome("added", r.id, {x.issue_number: x.id for x in r.revisions})
                if isinstance(r, m.Document)
                else r
                for r in results
            ]
            uow.commit()
        return outcomes

    def _bring_to(
        self,
        session: Any,
        document_id: int,
        f: dto.DocumentFields,
        revisions: Sequence[dto.RevisionFields],
        departments: set[int],
    ) -> dto.WriteOutcome:
        doc = session.get(m.Document, document_id)
        if doc is None:
            return dto.WriteOutcome("missing", None)
        if f.department_id is not None and f.department_id not in departments:
            f = dataclasses.replace(f, department_id=doc.department_id)
        # A document without issues takes every issue given (each is higher than none).
        f = dataclasses.replace(f, status=settled_status(f.status, bool(doc.revisions or revisions)))
        changed = False
        if _document_state(doc) != _fields_state(f):
            self._apply(doc, f)
            changed = True
        by_number = {r.issue_number: r for r in doc.revisions}
        top = max(by_number, default=0)
        for fields in revisions:
            existing = by_number.get(fields.issue_number)
            if existing is not None:
                if _revision_state(existing) != _revision_fields_state(fields):
                    self._apply_revision(existing, fields)
                    changed = True
            elif fields.issue_number > top:
                added = m.Revision()
                self._apply_revision(added, fields)
                doc.revisions.append(added)
                top = fields.issue_number
                changed = True
        if changed:
            session.flush()
        return dto.WriteOutcome(
            "updated" if changed else "unchanged", doc.id, {r.issue_number: r.id for r in doc.revisions}
        )

    def set_status(self, document_id: int, status: m.DocumentStatus) -> dto.DocumentDetail:
        detail = self.get_document(document_id)
        fields = dto.DocumentFields(
            **{f.name: getattr(detail, f.name) for f in dataclasses.fields(dto.DocumentFields)}
        )
        return self.save_document(dataclasses.replace(fields, status=status), document_id)

    def delete_document(self, document_id: int) -> None:
        """Delete a document that was never issued; an issued one is made obsolete instead."""
        with self._uow() as uow:
            doc = _get(uow, m.Document, document_id)
            if doc.revisions:
                raise DomainError("document.has_revisions", doc_code=doc.code, count=len(doc.revisions))
            uow.session.delete(doc)
            uow.commit()

    # ---- revisions -----------------------------------------------------------------------------
    @staticmethod
    def check_revision(fields: dto.RevisionFields) -> dto.RevisionFields:
        """Normalise and validate one issue's fields."""
        f = dataclasses.replace(
            fields,
            change_summary=clean_multiline(fields.change_summary),
            prepared_by=clean(fields.prepared_by),
            reviewed_by=clean(fields.reviewed_by),
            approved_by=clean(fields.approved_by),
        )
        c = Checker()
        if not isinstance(f.issue_number, int) or not (1 <= f.issue_number <= 999):
            c.add("issue_number", "revision.bad_issue_number")
        c.date_range("issued_on", f.issued_on)
        c.date_range("effective_on", f.effective_on, required=True)
        if f.issued_on and f.effective_on and f.issued_on > f.effective_on:
            c.add("effective_on", "revision.effective_before_issue")
        c.text("change_summary", f.change_summary, 5000)
        for name in ("prepared_by", "reviewed_by", "approved_by"):
            c.text(name, getattr(f, name), 120)
        c.raise_if_any()
        return f

    def next_issue_number(self, document_id: int) -> int:
        with self._uow() as uow:
            top = uow.session.scalar(
                select(func.max(m.Revision.issue_number)).where(m.Revision.document_id == document_id)
            )
            return (top or 0) + 1

    def issue_revision(
        self,
        document_id: int,
        fields: dto.RevisionFields,
        files: Sequence[Path] = (),
        close_impacts: Sequence[int] = (),
    ) -> dto.RevisionInfo:
        """Issue a new lần ban hành (earlier ones stay as history), with its files, and close the
        legal-change updates it answers. All or nothing."""
        f = self.check_revision(fields)
        with self._uow() as uow:
            doc = _get(uow, m.Document, document_id)
            if doc.status is m.DocumentStatus.OBSOLETE:
                raise DomainError("document.obsolete", doc_code=doc.code)
            top = max((r.issue_number for r in doc.revisions), default=0)
            if f.issue_number <= top:
                c = Checker()
                c.add("issue_number", "revision.issue_not_increasing", previous=top)
                c.raise_if_any()
            revision = m.Revision(document_id=doc.id)
            self._apply_revision(revision, f)
            uow.session.add(revision)
            doc.status = settled_status(doc.status, True)
            uow.session.flush()
            for path in files:
                attachment = self._attachments.attach(uow, Path(path))
                revision.files.append(m.RevisionFile(attachment_id=attachment.id))
            self._close_impacts(uow, revision, close_impacts)
            uow.commit()
            revision_id = revision.id
        return self._revision_by_id(revision_id)

    def update_revision(
        self,
        revision_id: int,
        fields: dto.RevisionFields,
        add_files: Sequence[Path] = (),
        remove_attachment_ids: Sequence[int] = (),
    ) -> dto.RevisionInfo:
        f = self.check_revision(fields)
        with self._uow() as uow:
            revision = _get(uow, m.Revision, revision_id)
            clash = uow.session.scalars(
                select(m.Revision).where(
                    m.Revision.document_id == revision.document_id,
                    m.Revision.issue_number == f.issue_number,
                    m.Revision.id != revision.id,
                )
            ).first()
            if clash is not None:
                c = Checker()
                c.add("issue_number", "revision.duplicate_issue", number=f.issue_number)
                c.raise_if_any()
            self._apply_revision(revision, f)
            for impact in uow.session.scalars(
                select(m.LegalImpact).where(m.LegalImpact.revision_id == revision.id)
            ):
                legal_effective = impact.legal_document.effective_on
                if legal_effective and f.effective_on and f.effective_on < legal_effective:
                    raise DomainError(
                        "impact.revision_too_early",
                        number=impact.legal_document.number,
                        effective=table_date(legal_effective),
                    )
            revision.files = [x for x in revision.files if x.attachment_id not in set(remove_attachment_ids)]
            known = {x.attachment_id for x in revision.files}
            for path in add_files:
                attachment = self._attachments.attach(uow, Path(path))
                if attachment.id not in known:
                    revision.files.append(m.RevisionFile(attachment_id=attachment.id))
                    known.add(attachment.id)
            uow.commit()
        if remove_attachment_ids:
            self._attachments.collect_garbage()
        return self._revision_by_id(revision_id)

    def delete_revision(self, revision_id: int) -> None:
        """Delete one issue; legal-change updates it had closed are open again. A document left
        without issues is a draft again."""
        with self._uow() as uow:
            revision = _get(uow, m.Revision, revision_id)
            doc = revision.document
            others = [r for r in doc.revisions if r.id != revision.id]
            doc.status = settled_status(doc.status, bool(others))
            from app.services.legal import move_impact

            for impact in uow.session.scalars(
                select(m.LegalImpact).where(m.LegalImpact.revision_id == revision.id)
            ):
                move_impact(
                    uow,
                    impact,
                    "issue_deleted",
                    on=self._clock.today(),
                    reason=f"Lần {revision.issue_number}",
                )
            uow.session.delete(revision)
            uow.commit()
        self._attachments.collect_garbage()

    def _revision_by_id(self, revision_id: int) -> dto.RevisionInfo:
        with self._uow() as uow:
            revision = _get(uow, m.Revision, revision_id)
            states = revision_states(revision.document.revisions, self._clock.today())
            return self._revision(revision, states[revision.id])

    @staticmethod
    def _apply_revision(revision: m.Revision, f: dto.RevisionFields) -> None:
        assert f.effective_on is not None
        revision.issue_number = f.issue_number
        revision.issued_on = f.issued_on
        revision.effective_on = f.effective_on
        revision.change_summary = f.change_summary
        revision.prepared_by = f.prepared_by
        revision.reviewed_by = f.reviewed_by
        revision.approved_by = f.approved_by

    def _close_impacts(self, uow: UnitOfWork, revision: m.Revision, impact_ids: Sequence[int]) -> None:
        from app.services.legal import move_impact

        for impact_id in impact_ids:
            impact = _get(uow, m.LegalImpact, impact_id)
            move_impact(uow, impact, "close_with_revision", on=self._clock.today(), revision=revision)


def _document_state(doc: m.Document) -> tuple[object, ...]:
    return (
        doc.code,
        doc.title,
        doc.doc_type,
        doc.field,
        doc.department_id,
        doc.status,
        doc.parent_id,
        doc.note,
        sorted(link.tthc_code for link in doc.tthc_links),
    )


def _fields_state(f: dto.DocumentFields) -> tuple[object, ...]:
    return (
        f.code,
        f.title,
        f.doc_type,
        f.field,
        f.department_id,
        f.status,
        f.parent_id,
        f.note,
        sorted(f.tthc_codes),
    )


def _revision_state(r: m.Revision) -> tuple[object, ...]:
    return (r.issued_on, r.effective_on, r.change_summary, r.prepared_by, r.reviewed_by, r.approved_by)


def _revision_fields_state(f: dto.RevisionFields) -> tuple[object, ...]:
    return (f.issued_on, f.effective_on, f.change_summary, f.prepared_by, f.reviewed_by, f.approved_by)


def check_impact_revision(impact: m.LegalImpact, revision: m.Revision) -> None:
    """``revision`` can reflect the legal change of ``impact``: same document, in effect on or
    after the legal document."""
    if impact.document_id != revision.document_id:
        raise DomainError("impact.other_document")
    legal_effective = impact.legal_document.effective_on
    if legal_effective and revision.effective_on < legal_effective:
        raise DomainError(
            "impact.revision_too_early",
            number=impact.legal_document.number,
            effective=table_date(legal_effective),
        )


def _rank_sql(column: str, ranks: Sequence[tuple[int, int]]) -> str:
    """SQL giving each integer ``column`` value its rank (-1 when not listed): a CASE split in
    halves by value, so a row costs about log2(n) comparisons, not n (a thousand departments).
    Integers only, written into the SQL: no bound parameters to compile on every click."""
    if len(ranks) <= 8:
        whens = " ".join(f"WHEN {key:d} THEN {rank:d}" for key, rank in ranks)
        return f"(CASE {column} {whens} ELSE -1 END)"
    middle = len(ranks) // 2
    low, high = _rank_sql(column, ranks[:middle]), _rank_sql(column, ranks[middle:])
    return f"(CASE WHEN {column} < {ranks[middle][0]:d} THEN {low} ELSE {high} END)"


# What ``DocumentService.document_ids`` sorts by (the register's columns).
DOCUMENT_SORTS = ("code", "title", "type", "field", "issue", "effective", "status", "updates", "department")


def text_filter(column: SQLColumnExpression[str], needle: str) -> ColumnElement[bool]:
    """SQL condition: every folded word of ``needle`` occurs in ``column``."""
    return and_(true(), *(column.like(like_pattern(w), escape="\\") for w in fold(needle).split()))
