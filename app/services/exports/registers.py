"""Printed registers: danh mục tài liệu nội bộ / bên ngoài and the TTHC catalogue.

Each register is a neutral ``Document`` (``exports.model``, the ``register`` frame: the issuer block,
the title, "Ngày in", one table with a group row per type, the totals, and on request the
"Người lập / Người phê duyệt" signatures) that the PDF, Word and Excel renderers draw alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import models as m
from app.services import dto
from app.services.agency import AgencyService
from app.services.clock import Clock
from app.services.documents import DocumentService
from app.services.errors import DomainError
from app.services.exports import model
from app.services.exports.model import Cell, Column, Row
from app.services.legal import LegalService
from app.services.tthc import TthcService
from app.services.unit_of_work import UowFactory
from app.services.vocabulary import (
    document_status_label,
    document_type_heading,
    document_type_noun,
    legal_kind_heading,
    roman_numeral,
    table_date,
)

KINDS = ("internal", "external")
FORMATS = ("pdf", "docx", "xlsx")
EMPTY_TEXT = "(Chưa có tài liệu nào)"
QMS_SUBTITLE = "Hệ thống quản lý chất lượng theo TCVN\u00a0ISO\u00a09001:2015"
IN_FORCE = document_status_label(m.DocumentStatus.IN_FORCE)  # "Đang hiệu lực", the one word
SIGNATURES = (
    model.Signature(("Người lập",), hint="(Ký, ghi rõ họ tên)"),
    model.Signature(("Người phê duyệt",), hint="(Ký, ghi rõ họ tên)"),
)

# Group order of the registers; headings and counted nouns come from the vocabulary.
DOCUMENT_GROUPS = tuple(m.DocumentType)
LEGAL_GROUPS = tuple(m.LegalKind)

# Widths fit 12 pt text on A4 landscape (257 mm between the margins): a date (dd/mm/yyyy) and a
# code such as "QT-NB 26/TA-HCTP" stay on one line; codes never break inside.
INTERNAL_COLUMNS = (
    Column("STT", 11, 6, "center"),
    Column("Mã hiệu", 36, 19, keep_together=True),
    Column("Tên tài liệu", None, 50),
    Column("Lần ban hành", 15, 9, "center"),
    Column("Ngày ban hành", 22, 12, "center"),
    Column("Ngày hiệu lực", 22, 12, "center"),
    Column("Bộ phận chủ trì", 30, 18),
    Column("Tình trạng", 52, 26),
)

EXTERNAL_COLUMNS = (
    Column("STT", 11, 6, "center"),
    Column("Số, ký hiệu", 40, 20, keep_together=True),
    Column("Trích yếu nội dung / Tên tài liệu", None, 55),
    Column("Cơ quan ban hành", 36, 22),
    Column("Ngày ban hành", 23, 13, "center"),
    Column("Ngày hiệu lực", 23, 13, "center"),
    Column("Tình trạng", 40, 24),
)

TTHC_COLUMNS = (
    Column("STT", 11, 6, "center"),
    Column("Mã thủ tục", 30, 15, keep_together=True),
    Column("Tên thủ tục hành chính", None, 55),
    Column("Lĩnh vực", 36, 18),
    Column("Cấp thực hiện", 24, 12, "center"),
    Column("Thuộc thẩm quyền", 24, 12, "center"),
    Column("Quy trình ISO", 40, 20),
)


def natural_key(code: str) -> tuple[Any, ...]:
    """ "QT 2" before "QT 10": digits compare as numbers."""
    parts = re.split(r"(\d+)", code.casefold())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def document_status(row: dto.DocumentRow) -> str:
    lines = []
    if row.current_issue is not None or row.upcoming_issue is None:
        lines.append(IN_FORCE)
        if row.upcoming_issue is not None:
            lines.append(f"Lần {row.upcoming_issue} hiệu lực từ {table_date(row.upcoming_effective_on)}")
    else:
        lines.append(f"Sắp hiệu lực (từ {table_date(row.upcoming_effective_on)})")
    return "\n".join(lines)


def register_frame(
    profile: dto.AgencyProfile | None, title: str, subject: str, today: date, *, signatures: bool = False
) -> model.Frame:
    """The frame of every register and list the app prints: the issuer, the title and subtitle,
    "Ngày in: …", and the "Người lập / Người phê duyệt" block when ``signatures``."""
    return model.Frame(
        variant="register",
        issuer=profile.full_name if profile else "",
        parent_body=profile.parent_body if profile else "",
        type_name=title,
        subject=subject,
        note_lines=(f"Ngày in: {table_date(today)}",),
        signatures=SIGNATURES if signatures else (),
    )


def _register(
    profile: dto.AgencyProfile,
    title: str,
    subject: str,
    columns: tuple[Column, ...],
    rows: list[Row],
    totals: str,
    today: date,
    *,
    signatures: bool,
    empty_text: str = EMPTY_TEXT,
) -> model.Document:
    return model.Document(
        frame=register_frame(profile, title, subject, today, signatures=signatures),
        body=(
            model.Table(columns, tuple(rows), empty_text=empty_text),
            model.Paragraph(totals, "plain"),
        ),
        title=f"{title} — {profile.full_name}",
        author=profile.full_name,
        orientation="landscape",
        body_size=13.0,
    )


def _grouped(groups: Sequence[tuple[str, Sequence[tuple[Cell, ...]]]]) -> list[Row]:
    """Rows under group headings I, II, … (empty groups left out); STT restarts in each group."""
    rows: list[Row] = []
    for heading, lines in groups:
        if not lines:
            continue
        rows.append(Row((roman_numeral(sum(1 for r in rows if r.group) + 1), heading), group=True))
        rows += [Row((i, *line)) for i, line in enumerate(lines, start=1)]
    return rows


def internal_register(
    rows: Sequence[dto.DocumentRow],
    issued: dict[tuple[int, int], date | None],
    profile: dto.AgencyProfile,
    today: date,
    *,
    signatures: bool = False,
) -> model.Document:
    """In-force internal documents by type, then field, then the code's natural order.
    ``issued``: the issue date of each (document id, issue number)."""
    groups = []
    counts: list[str] = []
    for doc_type in DOCUMENT_GROUPS:
        docs = sorted(
            (r for r in rows if r.doc_type is doc_type),
            key=lambda r: (r.field.casefold(), natural_key(r.code)),
        )
        lines: list[tuple[Cell, ...]] = []
        for r in docs:
            has_current = r.current_issue is not None
            issue = r.current_issue if has_current else r.upcoming_issue
            effective = r.current_effective_on if has_current else r.upcoming_effective_on
            issued_on = issued.get((r.id, issue)) if issue is not None else None
            lines.append(
                (r.code, r.title, issue, issued_on, effective, r.department_name, document_status(r))
            )
        groups.append((document_type_heading(doc_type), lines))
        if docs:
            counts.append(f"{len(docs)} {document_type_noun(doc_type)}")
    totals = f"Tổng số: {len(rows)} tài liệu"
    if counts:
        totals += f" ({', '.join(counts)})"
    upcoming = sum(1 for r in rows if r.upcoming_issue is not None)
    if upcoming:
        totals += f"; {upcoming} tài liệu có lần ban hành mới sắp hiệu lực"
    return _register(
        profile,
        "Danh mục tài liệu nội bộ",
        QMS_SUBTITLE,
        INTERNAL_COLUMNS,
        _grouped(groups),
        totals + ".",
        today,
        signatures=signatures,
    )


def legal_status(row: dto.LegalRow, today: date) -> str:
    if row.replaced_by_id is not None:
        return f"Được thay thế bởi {row.replaced_by_number}" if row.replaced_by_number else "Được thay thế"
    if row.effective_on is not None and row.effective_on > today:
        return f"Chưa có hiệu lực (từ {table_date(row.effective_on)})"
    return IN_FORCE


def external_register(
    rows: Sequence[dto.LegalRow], profile: dto.AgencyProfile, today: date, *, signatures: bool = False
) -> model.Document:
    groups = []
    for kind in LEGAL_GROUPS:
        docs = sorted(
            (r for r in rows if r.kind is kind),
            key=lambda r: (r.issued_on or r.effective_on or date.max, natural_key(r.number)),
        )
        lines: list[tuple[Cell, ...]] = [
            (r.number, r.title, r.issuer, r.issued_on, r.effective_on, legal_status(r, today)) for r in docs
        ]
        groups.append((legal_kind_heading(kind), lines))
    replaced = sum(1 for r in rows if r.replaced_by_id is not None)
    future = sum(
        1 for r in rows if r.replaced_by_id is None and r.effective_on is not None and r.effective_on > today
    )
    in_force = len(rows) - replaced - future
    parts = [
        f"{n} {label}"
        for n, label in (
            (in_force, IN_FORCE.casefold()),
            (future, "chưa có hiệu lực"),
            (replaced, "được thay thế"),
        )
        if n
    ]
    totals = f"Tổng số: {len(rows)} văn bản, tài liệu"
    if parts:
        totals += f" ({', '.join(parts)})"
    return _register(
        profile,
        "Danh mục tài liệu bên ngoài",
        QMS_SUBTITLE,
        EXTERNAL_COLUMNS,
        _grouped(groups),
        totals + ".",
        today,
        signatures=signatures,
    )


def jurisdiction_word(in_jurisdiction: bool) -> str:
    return "Có" if in_jurisdiction else "Không"


def tthc_catalogue(
    rows: Sequence[dto.TthcRow], profile: dto.AgencyProfile, today: date, *, signatures: bool = False
) -> model.Document:
    """The TTHC catalogue by field (lĩnh vực), codes in natural order: level, whether it is in the
    agency's jurisdiction, and the in-force procedures that settle it."""
    fields = sorted({r.field.strip() for r in rows}, key=lambda f: (not f, f.casefold()))
    groups = []
    for name in fields:
        items = sorted((r for r in rows if r.field.strip() == name), key=lambda r: natural_key(r.code))
        lines: list[tuple[Cell, ...]] = [
            (
                r.code,
                r.name,
                r.field,
                r.level,
                jurisdiction_word(r.in_jurisdiction),
                ", ".join(r.procedure_codes),
            )
            for r in items
        ]
        groups.append((name.upper() if name else "CHƯA XẾP LĨNH VỰC", lines))
    mine = [r for r in rows if r.in_jurisdiction]
    covered = sum(1 for r in mine if r.procedure_codes)
    totals = f"Tổng số: {len(rows)} thủ tục hành chính"
    if rows:
        totals += (
            f" ({len(mine)} thuộc thẩm quyền, {covered} trong số đó có quy trình ISO {IN_FORCE.casefold()})"
        )
    return _register(
        profile,
        "Danh mục thủ tục hành chính",
        f"Thuộc phạm vi áp dụng {QMS_SUBTITLE}",
        TTHC_COLUMNS,
        _grouped(groups),
        totals + ".",
        today,
        signatures=signatures,
        empty_text="(Chưa có thủ tục hành chính nào)",
    )


# ---- service ------------------------------------------------------------------------------------
class RegisterExporter:
    """Builds the registers the agency prints or hands to an inspection."""

    def __init__(
        self,
        agency: AgencyService,
        documents: DocumentService,
        legal: LegalService,
        tthc: TthcService,
        uow: UowFactory,
        clock: Clock,
    ) -> None:
        self._clock = clock
        self._agency = agency
        self._documents = documents
        self._legal = legal
        self._tthc = tthc
        self._uow = uow

    def _issue_dates(self) -> dict[tuple[int, int], date | None]:
        stmt = select(m.Revision.document_id, m.Revision.issue_number, m.Revision.issued_on)
        with self._uow() as uow:
            return {(d, n): on for d, n, on in uow.session.execute(stmt)}

    def build(self, which: str, *, today: date | None = None, signatures: bool = False) -> model.Document:
        """The register ``which`` ("internal" | "external" | "tthc") as of ``today``: in-force
        internal documents; every external document, replaced ones marked; every TTHC."""
        today = today or self._clock.today()
        profile = self._agency.get_profile()
        if profile is None:
            raise DomainError("agency.not_set_up")
        if which == "internal":
            rows = self._documents.list_documents(
                dto.DocumentFilter(status=m.DocumentStatus.IN_FORCE), today=today
            )
            return internal_register(rows, self._issue_dates(), profile, today, signatures=signatures)
        if which == "external":
            return external_register(
                self._legal.list_legal(today=today), profile, today, signatures=signatures
            )
        if which == "tthc":
            return tthc_catalogue(self._tthc.list_tthc(today=today), profile, today, signatures=signatures)
        raise DomainError("export.bad_kind", kind=which)

    def export(
        self, which: str, fmt: str, out: Path, *, today: date | None = None, signatures: bool = False
    ) -> Path:
        """Write the ``which`` register as ``fmt`` ("pdf" | "docx" | "xlsx") to ``out`` (replaced
        atomically) and return the path written."""
        from app.services.exports import catalogue

        if which not in (*KINDS, "tthc"):
            raise DomainError("export.bad_kind", kind=which)
        if fmt not in FORMATS:
            raise DomainError("export.bad_format", format=fmt)
        document = self.build(which, today=today, signatures=signatures)
        return catalogue.render(document, fmt, Path(out))
