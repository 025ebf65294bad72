"""Printed registers: danh mục tài liệu nội bộ / bên ngoài as .xlsx and .pdf.

Both formats render one neutral ``Register`` (title, columns, groups of rows, totals), so the
spreadsheet and the PDF always say the same thing. The page of the PDF is the shared Decree 30 page
of ``nd30``; reportlab and openpyxl load only when a file is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from app import models as m
from app.services import dto
from app.services.agency import AgencyService
from app.services.clock import Clock
from app.services.documents import DocumentService
from app.services.errors import DomainError
from app.services.legal import LegalService
from app.services.vocabulary import (
    document_status_label,
    document_type_heading,
    document_type_noun,
    legal_kind_heading,
    roman_numeral,
    table_date,
)

KINDS = ("internal", "external")
FORMATS = ("xlsx", "pdf")
EMPTY_TEXT = "(Chưa có tài liệu nào)"
QMS_SUBTITLE = "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"

Cell = str | int | date | None
Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Column:
    header: str
    width_mm: float | None  # width in the PDF; None = the rest of the text width
    xlsx_width: float  # Excel column width (characters)
    align: Align = "left"


@dataclass(frozen=True)
class Group:
    label: str  # I, II, …
    name: str
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Register:
    title: str
    subtitle: str
    columns: tuple[Column, ...]
    groups: tuple[Group, ...]
    totals: str
    landscape: bool
    sheet_name: str
    printed_on: date

    @property
    def row_count(self) -> int:
        return sum(len(g.rows) for g in self.groups)


# ---- content ------------------------------------------------------------------------------------
# Group order of the registers; headings and counted nouns come from the vocabulary.
DOCUMENT_GROUPS = tuple(m.DocumentType)
LEGAL_GROUPS = tuple(m.LegalKind)

# Widths fit 12 pt text on A4 landscape (257 mm between the margins): a date (dd/mm/yyyy), a code
# such as "QT-NB 26/TA-HCTP" and "Lần 2 hiệu lực từ 01/03/2026" each stay on one line.
INTERNAL_COLUMNS = (
    Column("STT", 12, 6, "center"),
    Column("Mã hiệu", 42, 20),
    Column("Tên tài liệu", None, 60),
    Column("Lần ban hành", 18, 10, "center"),
    Column("Ngày hiệu lực", 24, 13, "center"),
    Column("Tình trạng", 54, 30),
)

EXTERNAL_COLUMNS = (
    Column("STT", 11, 6, "center"),
    Column("Số, ký hiệu", 42, 20),
    Column("Trích yếu nội dung / Tên tài liệu", None, 55),
    Column("Cơ quan ban hành", 36, 22),
    Column("Ngày ban hành", 22, 13, "center"),
    Column("Ngày hiệu lực", 22, 13, "center"),
    Column("Tình trạng", 36, 24),
)


def natural_key(code: str) -> tuple[Any, ...]:
    """ "QT 2" before "QT 10": digits compare as numbers."""
    parts = re.split(r"(\d+)", code.casefold())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def document_status(row: dto.DocumentRow) -> str:
    lines = []
    if row.current_issue is not None or row.upcoming_issue is None:
        lines.append(document_status_label(m.DocumentStatus.IN_FORCE))
        if row.upcoming_issue is not None:
            lines.append(f"Lần {row.upcoming_issue} hiệu lực từ {table_date(row.upcoming_effective_on)}")
    else:
        lines.append(f"Sắp hiệu lực (từ {table_date(row.upcoming_effective_on)})")
    return "\n".join(lines)


def internal_register(rows: Sequence[dto.DocumentRow], today: date) -> Register:
    groups: list[Group] = []
    counts: list[str] = []
    for doc_type in DOCUMENT_GROUPS:
        docs = sorted((r for r in rows if r.doc_type is doc_type), key=lambda r: natural_key(r.code))
        if not docs:
            continue
        lines: list[tuple[Cell, ...]] = []
        for i, r in enumerate(docs, start=1):
            has_current = r.current_issue is not None
            issue = r.current_issue if has_current else r.upcoming_issue
            effective = r.current_effective_on if has_current else r.upcoming_effective_on
            lines.append((i, r.code, r.title, issue, effective, document_status(r)))
        groups.append(Group(roman_numeral(len(groups) + 1), document_type_heading(doc_type), tuple(lines)))
        counts.append(f"{len(docs)} {document_type_noun(doc_type)}")
    total = len(rows)
    totals = f"Tổng số: {total} tài liệu"
    if counts:
        totals += f" ({', '.join(counts)})"
    upcoming = sum(1 for r in rows if r.upcoming_issue is not None)
    if upcoming:
        totals += f"; {upcoming} tài liệu có lần ban hành mới sắp hiệu lực"
    return Register(
        title="Danh mục tài liệu nội bộ",
        subtitle=QMS_SUBTITLE,
        columns=INTERNAL_COLUMNS,
        groups=tuple(groups),
        totals=totals + ".",
        landscape=True,
        sheet_name="Tài liệu nội bộ",
        printed_on=today,
    )


def legal_status(row: dto.LegalRow, today: date) -> str:
    if row.replaced_by_id is not None:
        return (
            f"Đã được thay thế bởi {row.replaced_by_number}" if row.replaced_by_number else "Đã được thay thế"
        )
    if row.effective_on is not None and row.effective_on > today:
        return f"Chưa có hiệu lực (hiệu lực từ {table_date(row.effective_on)})"
    return "Còn hiệu lực"


def external_register(rows: Sequence[dto.LegalRow], today: date) -> Register:
    groups: list[Group] = []
    for kind in LEGAL_GROUPS:
        docs = sorted(
            (r for r in rows if r.kind is kind),
            key=lambda r: (r.issued_on or r.effective_on or date.max, natural_key(r.number)),
        )
        if not docs:
            continue
        lines: list[tuple[Cell, ...]] = [
            (i, r.number, r.title, r.issuer, r.issued_on, r.effective_on, legal_status(r, today))
            for i, r in enumerate(docs, start=1)
        ]
        groups.append(Group(roman_numeral(len(groups) + 1), legal_kind_heading(kind), tuple(lines)))
    replaced = sum(1 for r in rows if r.replaced_by_id is not None)
    future = sum(
        1 for r in rows if r.replaced_by_id is None and r.effective_on is not None and r.effective_on > today
    )
    in_force = len(rows) - replaced - future
    parts = [
        f"{n} {label}"
        for n, label in (
            (in_force, "còn hiệu lực"),
            (future, "chưa có hiệu lực"),
            (replaced, "đã được thay thế"),
        )
        if n
    ]
    totals = f"Tổng số: {len(rows)} văn bản, tài liệu"
    if parts:
        totals += f" ({', '.join(parts)})"
    return Register(
        title="Danh mục tài liệu bên ngoài",
        subtitle=QMS_SUBTITLE,
        columns=EXTERNAL_COLUMNS,
        groups=tuple(groups),
        totals=totals + ".",
        landscape=True,
        sheet_name="Tài liệu bên ngoài",
        printed_on=today,
    )


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return table_date(value)
    return str(value)


# ---- PDF ----------------------------------------------------------------------------------------
CELL_PADDING = (3.0, 3.0, 2.0, 4.0)  # left, right, top, bottom (pt)


def pdf_column_widths(columns: Sequence[Column], frame_width: float) -> list[float]:
    from app.services.exports.nd30 import MM

    fixed = sum(c.width_mm * MM for c in columns if c.width_mm is not None)
    flexible = [c for c in columns if c.width_mm is None]
    rest = max(0.0, frame_width - fixed) / max(1, len(flexible))
    return [c.width_mm * MM if c.width_mm is not None else rest for c in columns]


def fit_row(texts: list[str], widths: Sequence[float], styles: Sequence[Any], max_height: float) -> list[Any]:
    """Paragraphs of one row, the longest text shortened ("…") until the row fits on a page.

    A table row cannot break across pages; only a title thousands of characters long needs this.
    """
    from app.services.exports import nd30

    inner = [w - CELL_PADDING[0] - CELL_PADDING[1] for w in widths]
    while True:
        cells = [nd30.paragraph(t, st) for t, st in zip(texts, styles, strict=True)]
        height = max(c.wrap(w, 10_000)[1] for c, w in zip(cells, inner, strict=True))
        if height + CELL_PADDING[2] + CELL_PADDING[3] <= max_height:
            return cells
        longest = max(range(len(texts)), key=lambda i: len(texts[i]))
        text = texts[longest]
        keep = int(len(text) * max_height / height * 0.9)
        if keep >= len(text) - 2 or keep < 20:
            return cells
        texts = [*texts]
        texts[longest] = text[:keep].rstrip() + " …"


def render_pdf(register: Register, profile: dto.AgencyProfile, out: Path) -> Path:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from app.services.exports import nd30

    page = nd30.PageStyle.landscape() if register.landscape else nd30.PageStyle.portrait()
    st = nd30.styles(page)
    width = page.frame_width
    col_widths = pdf_column_widths(register.columns, width)
    align_style = {"left": st.cell, "center": st.cell_center, "right": st.cell_right}
    cell_styles = [align_style[c.align] for c in register.columns]
    ncols = len(register.columns)
    header = [nd30.paragraph(c.header, st.cell_header) for c in register.columns]
    header_height = max(
        h.wrap(w - CELL_PADDING[0] - CELL_PADDING[1], 10_000)[1]
        for h, w in zip(header, col_widths, strict=True)
    )
    # A row may not break across pages; one taller than half a page (a title of a thousand
    # characters) is shortened so that it also fits under the title block of page 1.
    max_row_height = min(page.frame_height - header_height - 40, page.frame_height / 2)

    data: list[list[Any]] = [header]
    left, right, top, bottom = CELL_PADDING
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONTNAME", (0, 0), (-1, -1), nd30.FONT),  # blank cells too: no font the PDF does not carry
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
        ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("TOPPADDING", (0, 0), (-1, 0), top + 2),
        ("BOTTOMPADDING", (0, 0), (-1, 0), bottom + 2),
    ]
    for group in register.groups:
        r = len(data)
        data.append(
            [nd30.paragraph(group.label, st.cell_header), nd30.paragraph(group.name, st.cell_group)]
            + [""] * (ncols - 2)
        )
        commands.append(("SPAN", (1, r), (-1, r)))
        commands.append(("NOSPLIT", (0, r), (-1, r + 1)))  # a group heading never ends a page
        for values in group.rows:
            data.append(fit_row([cell_text(v) for v in values], col_widths, cell_styles, max_row_height))
    if not register.groups:
        r = len(data)
        data.append([nd30.paragraph(EMPTY_TEXT, st.cell_empty)] + [""] * (ncols - 1))
        commands += [("SPAN", (0, r), (-1, r)), ("TOPPADDING", (0, r), (-1, r), 6)]
        commands.append(("BOTTOMPADDING", (0, r), (-1, r), 8))

    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="CENTER", style=TableStyle(commands))
    title_block = nd30.line_block(
        [
            nd30.BlockLine(register.title, bold=True, upper=True, size=page.title_size),
            nd30.BlockLine(register.subtitle, bold=True, size=page.body_size, rule=0.35),
        ],
        page,
        width=width,
        align="CENTER",
    )
    story = [
        nd30.agency_header(profile, page),
        Spacer(1, 6 * nd30.MM),
        title_block,
        Spacer(1, 2 * nd30.MM),
        nd30.paragraph(f"Ngày in: {table_date(register.printed_on)}", st.note),
        Spacer(1, 5 * nd30.MM),
        table,
        Spacer(1, 3 * nd30.MM),
        Paragraph(nd30.markup(register.totals), st.body_plain),
    ]
    return nd30.build_pdf(
        out,
        story,
        page,
        title=f"{register.title} — {profile.full_name}",
        author=profile.full_name,
        subject=register.subtitle,
    )


# ---- xlsx ---------------------------------------------------------------------------------------
def render_xlsx(register: Register, profile: dto.AgencyProfile, out: Path) -> Path:
    from app.services.exports import nd30, xlsx

    page = nd30.PageStyle.landscape() if register.landscape else nd30.PageStyle.portrait()
    wb, ws = xlsx.new_workbook(register.sheet_name)
    ncols = len(register.columns)
    widths = [c.xlsx_width for c in register.columns]
    xlsx.set_column_widths(ws, widths)

    header_cols = min(3, ncols)
    row = 1
    agency_lines = []
    if profile.parent_body:
        agency_lines.append(xlsx.TitleLine(profile.parent_body, upper=True, size=12))
    agency_lines.append(xlsx.TitleLine(profile.full_name, bold=True, upper=True, size=12))
    row = xlsx.write_title_lines(ws, row, agency_lines, 1, header_cols)
    row += 1
    row = xlsx.write_title_lines(
        ws,
        row,
        [
            xlsx.TitleLine(register.title, bold=True, upper=True, size=14),
            xlsx.TitleLine(register.subtitle, bold=True, size=12),
            xlsx.TitleLine(f"Ngày in: {table_date(register.printed_on)}", italic=True, size=12),
        ],
        1,
        ncols,
    )
    row += 1
    header_row = row
    for col, column in enumerate(register.columns, start=1):
        xlsx.set_cell(ws, row, col, column.header, align="center", bold=True)
    ws.row_dimensions[row].height = xlsx.row_height([c.header for c in register.columns], widths)
    row += 1

    for group in register.groups:
        xlsx.set_cell(ws, row, 1, group.label, align="center", bold=True)
        xlsx.set_cell(ws, row, 2, group.name, bold=True)
        for col in range(3, ncols + 1):
            xlsx.set_cell(ws, row, col, None)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=ncols)
        row += 1
        for values in group.rows:
            for col, (value, column) in enumerate(zip(values, register.columns, strict=True), start=1):
                xlsx.set_cell(ws, row, col, value, align=column.align)
            ws.row_dimensions[row].height = xlsx.row_height([cell_text(v) for v in values], widths)
            row += 1
    if not register.groups:
        xlsx.set_cell(ws, row, 1, EMPTY_TEXT, align="center", italic=True)
        for col in range(2, ncols + 1):
            xlsx.set_cell(ws, row, col, None)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = 24
        row += 1

    row += 1
    xlsx.set_cell(ws, row, 1, register.totals, border=False)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    ws.row_dimensions[row].height = xlsx.row_height([register.totals], [sum(widths)])

    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    xlsx.print_setup(ws, page, title_rows=(header_row, header_row))
    wb.properties.title = f"{register.title} — {profile.full_name}"
    wb.properties.creator = profile.full_name
    return xlsx.save_workbook(wb, out)


# ---- service ------------------------------------------------------------------------------------
class RegisterExporter:
    """Writes the registers the agency prints or hands to an inspection."""

    def __init__(
        self, agency: AgencyService, documents: DocumentService, legal: LegalService, clock: Clock
    ) -> None:
        self._clock = clock
        self._agency = agency
        self._documents = documents
        self._legal = legal

    def build(self, which: str, *, today: date | None = None) -> Register:
        """The content of one register as of ``today`` (in-force internal documents; every external
        document, replaced ones marked)."""
        today = today or self._clock.today()
        if which == "internal":
            rows = self._documents.list_documents(
                dto.DocumentFilter(status=m.DocumentStatus.IN_FORCE), today=today
            )
            return internal_register(rows, today)
        if which == "external":
            return external_register(self._legal.list_legal(today=today), today)
        raise DomainError("export.bad_kind", kind=which)

    def export(self, which: str, fmt: str, out: Path, *, today: date | None = None) -> Path:
        """Write the ``which`` register ("internal" | "external") as ``fmt`` ("xlsx" | "pdf") to
        ``out`` (replaced atomically) and return the path written."""
        if which not in KINDS:
            raise DomainError("export.bad_kind", kind=which)
        renderers: dict[str, Callable[[Register, dto.AgencyProfile, Path], Path]] = {
            "xlsx": render_xlsx,
            "pdf": render_pdf,
        }
        if fmt not in renderers:
            raise DomainError("export.bad_format", format=fmt)
        profile = self._agency.get_profile()
        if profile is None:
            raise DomainError("agency.not_set_up")
        out = Path(out)
        if out.is_dir():
            raise DomainError("export.write_failed", path=str(out), detail="đây là một thư mục")
        if not out.parent.is_dir():
            raise DomainError("export.write_failed", path=str(out), detail="thư mục chứa tệp không tồn tại")
        register = self.build(which, today=today)
        return renderers[fmt](register, profile, out)
