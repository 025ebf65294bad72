"""TTHC catalogue (danh mục thủ tục hành chính) and coverage by in-force procedures."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields, to_dto
from app.services._mapping import get_or_raise as _get
from app.services.documents import PROCEDURE_TYPES, TTHC_CODE, text_filter
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline


def check_tthc_fields(fields: dto.TthcFields) -> dto.TthcFields:
    """Normalise and validate one catalogue entry (shared with the importer)."""
    f = dataclasses.replace(
        fields,
        code=clean(fields.code),
        name=clean(fields.name),
        field=clean(fields.field),
        level=clean(fields.level),
        note=clean_multiline(fields.note),
    )
    c = Checker()
    if c.required("code", f.code) and not TTHC_CODE.match(f.code):
        c.add("code", "tthc.bad_code", tthc_code=f.code)
    c.text("name", f.name, 2000, required=True)
    c.text("field", f.field, 200)
    c.text("level", f.level, 120)
    c.raise_if_any()
    return f


class TthcService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    @staticmethod
    def _covering(uow: UnitOfWork, codes: Sequence[str] | None = None) -> dict[str, list[str]]:
        """TTHC code → codes of the in-force procedures linked to it."""
        stmt = (
            select(m.DocumentTthc.tthc_code, m.Document.code)
            .join(m.Document, m.Document.id == m.DocumentTthc.document_id)
            .where(m.Document.status == m.DocumentStatus.IN_FORCE, m.Document.doc_type.in_(PROCEDURE_TYPES))
            .order_by(m.Document.code_key)
        )
        if codes is not None:
            stmt = stmt.where(m.DocumentTthc.tthc_code.in_(codes))
        result: dict[str, list[str]] = defaultdict(list)
        for tthc_code, doc_code in uow.session.execute(stmt):
            result[tthc_code].append(doc_code)
        return result

    def list_tthc(self, flt: dto.TthcFilter | None = None) -> list[dto.TthcRow]:
        flt = flt or dto.TthcFilter()
        covered_codes = (
            select(m.DocumentTthc.tthc_code)
            .join(m.Document, m.Document.id == m.DocumentTthc.document_id)
            .where(m.Document.status == m.DocumentStatus.IN_FORCE, m.Document.doc_type.in_(PROCEDURE_TYPES))
        )
        stmt = (
            select(m.Tthc)
            .where(text_filter(m.Tthc.search_text, flt.text))
            .order_by(m.Tthc.field, m.Tthc.code)
        )
        if flt.field:
            stmt = stmt.where(m.Tthc.field == flt.field)
        if flt.in_jurisdiction is not None:
            stmt = stmt.where(m.Tthc.in_jurisdiction.is_(flt.in_jurisdiction))
        if flt.uncovered_only:
            stmt = stmt.where(m.Tthc.code.not_in(covered_codes))
        with self._uow() as uow:
            rows = list(uow.session.scalars(stmt))
            covering = self._covering(uow)
            return [to_dto(dto.TthcRow, r, procedure_codes=tuple(covering.get(r.code, ()))) for r in rows]

    def get_by_code(self, code: str) -> dto.TthcRow | None:
        with self._uow() as uow:
            row = uow.session.scalars(select(m.Tthc).where(m.Tthc.code == clean(code))).first()
            if row is None:
                return None
            covering = self._covering(uow, [row.code])
            return to_dto(dto.TthcRow, row, procedure_codes=tuple(covering.get(row.code, ())))

    def coverage(self) -> dto.Coverage:
        covered_codes = (
            select(m.DocumentTthc.tthc_code)
            .join(m.Document, m.Document.id == m.DocumentTthc.document_id)
            .where(m.Document.status == m.DocumentStatus.IN_FORCE, m.Document.doc_type.in_(PROCEDURE_TYPES))
        )
        with self._uow() as uow:
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
