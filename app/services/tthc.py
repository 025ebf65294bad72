"""TTHC catalogue (danh mục thủ tục hành chính) and coverage by in-force procedures.

A TTHC is covered on a day when a procedure in force that day settles it: issued, not obsolete, with
an issue already in effect (``documents.in_force_on``). A procedure entered as in force without an
issue, or whose first issue takes effect later, covers nothing yet."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields, to_dto
from app.services._mapping import get_or_raise as _get
from app.services.changes import INFO_KEY, WriteContext
from app.services.clock import Clock
from app.services.documents import PROCEDURE_TYPES, in_force_on, text_filter
from app.services.listing import fetch_ids, text_rank
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import (
    Checker,
    clean,
    clean_multiline,
    excerpt,
    foreign_digits,
    is_tthc_code,
    tthc_code_form,
)

# What ``TthcService.tthc_ids`` sorts by (the catalogue's columns).
TTHC_SORTS = ("code", "name", "field", "level", "jurisdiction", "procedure")


def _covering_procedures(today: date) -> Any:
    """Procedures in force on ``today`` (the condition on ``m.Document``)."""
    return (m.Document.doc_type.in_(PROCEDURE_TYPES), in_force_on(today))


def _covered_codes(today: date) -> Select:
    """Codes of the TTHC a procedure in force on ``today`` settles."""
    return (
        select(m.DocumentTthc.tthc_code)
        .join(m.Document, m.Document.id == m.DocumentTthc.document_id)
        .where(*_covering_procedures(today))
    )


def check_tthc_fields(fields: dto.TthcFields) -> dto.TthcFields:
    """Normalise and validate one catalogue entry (shared with the importer). A code typed in
    full-width characters ("１．００１１９３") is stored as the ASCII code it reads as; a code with
    other digits than 0–9 (Arabic-Indic, Devanagari…) is refused."""
    f = dataclasses.replace(
        fields,
        code=tthc_code_form(fields.code)[0],
        name=clean(fields.name),
        field=clean(fields.field),
        level=clean(fields.level),
        note=clean_multiline(fields.note),
    )
    c = Checker()
    if c.required("code", f.code):
        if foreign_digits(f.code):
            c.add("code", "tthc.foreign_digits", tthc_code=excerpt(f.code))
        elif not is_tthc_code(f.code):
            c.add("code", "tthc.bad_code", tthc_code=excerpt(f.code))
    c.text("name", f.name, 2000, required=True)
    c.text("field", f.field, 200)
    c.text("level", f.level, 120)
    c.raise_if_any()
    return f


class TthcService:
    def __init__(self, uow: UowFactory, clock: Clock | None = None) -> None:
        self._uow = uow
        self._clock = clock

    def _today(self, uow: UnitOfWork) -> date:
        """The app's day: the clock given, else the one the database's sessions write with."""
        if self._clock is not None:
            return self._clock.today()
        context = uow.session.info.get(INFO_KEY)
        return (context.clock if isinstance(context, WriteContext) else Clock()).today()

    def _covering(
        self, uow: UnitOfWork, codes: Sequence[str] | None = None, today: date | None = None
    ) -> dict[str, list[str]]:
        """TTHC code → codes of the procedures in force on ``today`` (the app's day) linked to it."""
        stmt = (
            select(m.DocumentTthc.tthc_code, m.Document.code)
            .join(m.Document, m.Document.id == m.DocumentTthc.document_id)
            .where(*_covering_procedures(today or self._today(uow)))
            .order_by(m.Document.code_key)
        )
        if codes is not None:
            stmt = stmt.where(m.DocumentTthc.tthc_code.in_(codes))
        result: dict[str, list[str]] = defaultdict(list)
        for tthc_code, doc_code in uow.session.execute(stmt):
            result[tthc_code].append(doc_code)
        return result

    @staticmethod
    def _filtered(stmt: Select, flt: dto.TthcFilter, today: date) -> Select:
        stmt = stmt.where(text_filter(m.Tthc.search_text, flt.text))
        if flt.field:
            stmt = stmt.where(m.Tthc.field == flt.field)
        if flt.in_jurisdiction is not None:
            stmt = stmt.where(m.Tthc.in_jurisdiction.is_(flt.in_jurisdiction))
        if flt.uncovered_only:
            stmt = stmt.where(m.Tthc.code.not_in(_covered_codes(today)))
        return stmt

    def list_tthc(self, flt: dto.TthcFilter | None = None, *, today: date | None = None) -> list[dto.TthcRow]:
        """Every entry ``flt`` lets through, by field then code (exports, pickers), with the
        procedures in force on ``today`` (the app's day by default) that settle it; the catalogue
        page reads ``tthc_ids`` and then ``tthc_rows`` for the rows it paints."""
        with self._uow() as uow:
            today = today or self._today(uow)
            stmt = self._filtered(select(m.Tthc), flt or dto.TthcFilter(), today)
            rows = list(uow.session.scalars(stmt.order_by(m.Tthc.field, m.Tthc.code)))
            covering = self._covering(uow, today=today)
            return [to_dto(dto.TthcRow, r, procedure_codes=tuple(covering.get(r.code, ()))) for r in rows]

    def tthc_ids(
        self, flt: dto.TthcFilter | None = None, *, sort: str | None = None, descending: bool = False
    ) -> list[int]:
        """The ids ``flt`` lets through, by field then code or by ``sort`` (one of
        ``TTHC_SORTS``), ties by code — a big list's first query (see ``app.services.listing``)."""
        with self._uow() as uow:
            return fetch_ids(uow.session, self.ids_query(uow, flt, sort=sort, descending=descending))

    def ids_query(
        self,
        uow: UnitOfWork,
        flt: dto.TthcFilter | None = None,
        *,
        sort: str | None = None,
        descending: bool = False,
    ) -> Select:
        today = self._today(uow)
        stmt = self._filtered(select(m.Tthc.id), flt or dto.TthcFilter(), today)
        t = m.Tthc
        order: list[Any]
        if sort is None:
            order = [t.field]
        elif sort == "code":
            order = []
        elif sort == "name":
            order = [t.name_key]
        elif sort in ("field", "level"):
            order = [text_rank(uow.session, t.field if sort == "field" else t.level)]
        elif sort == "jurisdiction":
            order = [t.in_jurisdiction]
        elif sort == "procedure":
            first = (
                select(m.DocumentTthc.tthc_code, func.min(m.Document.code_key).label("first"))
                .join(m.Document, m.Document.id == m.DocumentTthc.document_id)
                .where(*_covering_procedures(today))
                .group_by(m.DocumentTthc.tthc_code)
                .subquery("first_procedure")
            )
            stmt = stmt.outerjoin(first, first.c.tthc_code == t.code)
            order = [first.c.first]
        else:
            raise ValueError(f"unknown sort {sort!r}")
        if descending:
            order = [o.desc() for o in order]
        return stmt.order_by(*order, t.code, t.id)

    def tthc_rows(self, ids: Sequence[int]) -> list[dto.TthcRow]:
        """The catalogue rows of ``ids`` in that order (deleted ones left out)."""
        if not ids:
            return []
        with self._uow() as uow:
            rows = {r.id: r for r in uow.session.scalars(select(m.Tthc).where(m.Tthc.id.in_(ids)))}
            covering = self._covering(uow, [r.code for r in rows.values()])
            return [
                to_dto(dto.TthcRow, rows[i], procedure_codes=tuple(covering.get(rows[i].code, ())))
                for i in ids
                if i in rows
            ]

    def get_by_code(self, code: str) -> dto.TthcRow | None:
        with self._uow() as uow:
            row = uow.session.scalars(select(m.Tthc).where(m.Tthc.code == tthc_code_form(code)[0])).first()
            if row is None:
                return None
            covering = self._covering(uow, [row.code])
            return to_dto(dto.TthcRow, row, procedure_codes=tuple(covering.get(row.code, ())))

    def coverage(self, *, today: date | None = None) -> dto.Coverage:
        """The TTHC in the agency's jurisdiction and how many a procedure in force on ``today``
        (the app's day by default) settles."""
        with self._uow() as uow:
            covered_codes = _covered_codes(today or self._today(uow))
            total = uow.session.scalar(select(func.count()).select_from(m.Tthc)) or 0
            in_j = (
                uow.session.scalar(
                    select(func.count()).select_from(m.Tthc).where(m.Tthc.in_jurisdiction.is_(True))
                )
                or 0
            )
            covered = (
                uow.session.scalar(
                    select(func.count())
                    .select_from(m.Tthc)
                    .where(m.Tthc.in_jurisdiction.is_(True), m.Tthc.code.in_(covered_codes))
                )
                or 0
            )
        return dto.Coverage(in_jurisdiction=in_j, covered=covered, total=total)

    def save_tthc(self, fields: dto.TthcFields, tthc_id: int | None = None) -> dto.TthcRow:
        f = check_tthc_fields(fields)
        with self._uow() as uow:
            clash = uow.session.scalars(
                select(m.Tthc).where(m.Tthc.code == f.code, m.Tthc.id != (tthc_id or 0))
            ).first()
            if clash is not None:
                c = Checker()
                c.add("code", "tthc.duplicate_code", tthc_code=f.code)
                c.raise_if_any()
            row = _get(uow, m.Tthc, tthc_id) if tthc_id else m.Tthc()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            covering = self._covering(uow, [row.code])
            return to_dto(dto.TthcRow, row, procedure_codes=tuple(covering.get(row.code, ())))

    def delete_tthc(self, tthc_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.Tthc, tthc_id))
            uow.commit()

    def set_jurisdiction(self, tthc_ids: Sequence[int], value: bool) -> int:
        """Mark a selection of TTHC as in (or out of) the agency's jurisdiction; returns the count
        of entries selected. Row by row, so the change hook sees each one."""
        with self._uow() as uow:
            rows = list(uow.session.scalars(select(m.Tthc).where(m.Tthc.id.in_(list(tthc_ids)))))
            for row in rows:
                row.in_jurisdiction = value
            uow.commit()
            return len(rows)

    def import_rows(
        self, to_add: Sequence[dto.TthcFields], to_update: Sequence[dto.TthcFields]
    ) -> dto.BulkCounts:
        """The bulk form of the catalogue's write path (imports, the demo), in one transaction.

        ``to_add`` entries are created (an entry whose code exists by now is compared like an
        update); ``to_update`` entries bring the name, field and level of the entry with the same
        code to the given values — the user's jurisdiction choice and note stay — and are skipped
        when the entry is gone. Every entry passes ``check_tthc_fields``.
        """
        added = updated = unchanged = 0
        with self._uow() as uow:
            existing = {t.code: t for t in uow.session.scalars(select(m.Tthc))}
            for is_new, raw in [*((True, f) for f in to_add), *((False, f) for f in to_update)]:
                f = check_tthc_fields(raw)
                row = existing.get(f.code)
                if row is None:
                    if not is_new:
                        continue  # deleted meanwhile: the user will see it missing, not resurrected
                    row = m.Tthc()
                    apply_fields(row, f)
                    uow.session.add(row)
                    existing[f.code] = row
                    added += 1
                    continue
                if (row.name, row.field, row.level) == (f.name, f.field, f.level):
                    unchanged += 1
                    continue
                row.name, row.field, row.level = f.name, f.field, f.level
                updated += 1
            uow.commit()
        return dto.BulkCounts(added=added, updated=updated, unchanged=unchanged)

    def list_fields(self) -> list[str]:
        with self._uow() as uow:
            return [
                f for f in uow.session.scalars(select(m.Tthc.field).distinct().order_by(m.Tthc.field)) if f
            ]
