"""Signed documents of the yearly cycle, as PDF (Decree 30 layout of ``nd30``) and xlsx:

- the annual plan "Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015
  năm N" (purpose, requirements, the task table, organisation);
- the quality-objectives plan "Kế hoạch thực hiện mục tiêu chất lượng năm N" (the objectives table
  on a portrait page, the plan-line table on a landscape page).

Both formats render one neutral ``PlanDocument`` (the signed-document frame, body sections and
tables), so the spreadsheet and the PDF say the same thing. reportlab and openpyxl load only when a
file is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from app.services import dto, vocabulary
from app.services.agency import AgencyService
from app.services.clock import Clock
from app.services.errors import DomainError
from app.services.exports.nd30 import SignedDocument
from app.services.objectives import ObjectiveService
from app.services.plans import PlanService

KINDS = ("plan", "objectives")
ISO_STANDARD = "TCVN\u00a0ISO\u00a09001:2015"  # no-break spaces: the standard never wraps inside its name
FORMATS = ("xlsx", "pdf")
TYPE_CODE = "KH"
TYPE_NAME = "Kế hoạch"
LEGAL_BASIS = (
    "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống "
    "quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức "
    "thuộc hệ thống hành chính nhà nước; Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và "
    "Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg; Quyết định số 101/QĐ-BKHCN ngày "
    "21/01/2019 của Bộ Khoa học và Công nghệ công bố mô hình khung Hệ thống quản lý chất lượng theo Tiêu "
    "chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại "
    "địa phương;"
)
DEFAULT_IMPLEMENTATION = (
    "Các bộ phận, cán bộ, công chức căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động tổ chức thực hiện, "
    "bảo đảm đúng thời gian, chất lượng.\n"
    "Thư ký ISO có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo lãnh đạo theo định kỳ."
)

Align = Literal["left", "center", "right"]


# ---- neutral content ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    header: str
    width_mm: float | None  # PDF width; None = the rest of the text width
    xlsx_width: float
    align: Align = "left"


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]
    group: bool = False  # a bold row whose second cell spans the rest ("1 | <objective>")


@dataclass(frozen=True)
class DocTable:
    columns: tuple[Column, ...]
    rows: tuple[TableRow, ...]
    empty_text: str
    landscape: bool = False
    sheet_name: str = ""


@dataclass(frozen=True)
class Text:
    """A body element: "heading" (bold), "plain" (justified, indented) or a table."""

    kind: Literal["heading", "plain"]
    text: str


Block = Text | DocTable


@dataclass(frozen=True)
class PlanDocument:
    frame: SignedDocument
    blocks: tuple[Block, ...]
    closing_text: str  # the last sentence, ending "./."
    file_title: str
    sheet_name: str
    end_landscape: bool = False  # the body ends on a landscape page (signature there too)


def target_text(objective: dto.ObjectiveFields) -> str:
    """ "≥ 98 %", "0 vụ", "100 %" (the vocabulary's rule for a target)."""
    return vocabulary.target_text(objective.comparison, objective.target, objective.unit)


def task_time(task: dto.TaskFields) -> str:
    """ "Quý III", "Trước 30/06/2026", "Thường xuyên"."""
    return vocabulary.timeframe_text(task.timeframe, task.quarter, task.due_on)


def responsible_text(objective: dto.ObjectiveInfo) -> str:
    return "\n".join(x for x in (objective.department_name, objective.owner_name) if x)


PLAN_COLUMNS = (
    Column("STT", 11, 6, "center"),
    Column("Nội dung công việc", None, 48),
    Column("Đơn vị/người thực hiện", 32, 20),
    Column("Thời gian", 22, 14, "center"),
    Column("Sản phẩm/ghi chú", 36, 22),
)
OBJECTIVE_COLUMNS = (
    Column("STT", 11, 6, "center"),
    Column("Mục tiêu", None, 40),
    Column("Chỉ số đo", 30, 20),
    Column("Chỉ tiêu", 21, 12, "center"),
    Column("Tần suất đo", 19, 11, "center"),
    Column("Bộ phận/người chịu trách nhiệm", 30, 20),
)
ACTION_COLUMNS = (
    Column("STT", 13, 6, "center"),
    Column("Nội dung thực hiện", None, 44),
    Column("Nguồn lực", 40, 22),
    Column("Người thực hiện", 38, 20),
    Column("Thời hạn", 27, 13, "center"),
    Column("Cách đánh giá kết quả", 50, 28),
)


def _frame(
    profile: dto.AgencyProfile,
    subject: str,
    year: int,
    meta: dto.DocumentMeta,
    recipients: Sequence[dto.Recipient],
) -> SignedDocument:
    """The Decree 30 frame (KH number, date, signing, recipients) of one of the year's plans."""
    return SignedDocument.for_agency(
        profile,
        type_code=TYPE_CODE,
        type_name=TYPE_NAME,
        subject=subject,
        year=year,
        number=meta.number,
        signed_on=meta.signed_on,
        signing_lines=meta.signing_lines,
        signer_name=meta.signer_name,
        recipients=meta.recipients,
        default_recipients=[(r.name, r.note) for r in recipients],
    )


def plan_document(
    plan: dto.PlanInfo, profile: dto.AgencyProfile, recipients: Sequence[dto.Recipient]
) -> PlanDocument:
    year = plan.year
    subject = f"Duy trì, cải tiến Hệ thống quản lý chất lượng theo {ISO_STANDARD} năm {year}"
    frame = _frame(profile, subject, year, plan, recipients)
    rows = tuple(
        TableRow((str(i), t.content, t.responsible, task_time(t), t.evidence))
        for i, t in enumerate(plan.tasks, start=1)
    )
    blocks: list[Block] = [
        Text("plain", LEGAL_BASIS),
        Text(
            "plain",
            f"{profile.full_name} ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng theo "
            f"TCVN ISO 9001:2015 năm {year}, như sau:",
        ),
        Text("heading", "I. MỤC ĐÍCH, YÊU CẦU"),
        Text("heading", "1. Mục đích"),
        *_paragraphs(plan.purpose),
        Text("heading", "2. Yêu cầu"),
        *_paragraphs(plan.requirements),
        Text("heading", "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"),
        DocTable(PLAN_COLUMNS, rows, "(Chưa có công việc nào)", sheet_name="Kế hoạch"),
        Text("heading", "III. TỔ CHỨC THỰC HIỆN"),
        *_paragraphs(plan.implementation or DEFAULT_IMPLEMENTATION),
    ]
    closing = (
        f"Trên đây là Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm "
        f"{year} của {profile.full_name}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ "
        f"phận, cá nhân phản ánh về Thư ký ISO để tổng hợp, báo cáo lãnh đạo xem xét, giải quyết./."
    )
    return PlanDocument(
        frame=frame,
        blocks=tuple(blocks),
        closing_text=closing,
        file_title=f"Kế hoạch duy trì, cải tiến HTQLCL năm {year} — {profile.full_name}",
        sheet_name="Kế hoạch",
    )


def objectives_document(
    year: int,
    objectives: Sequence[dto.ObjectiveInfo],
    meta: dto.DocumentMeta,
    profile: dto.AgencyProfile,
    recipients: Sequence[dto.Recipient],
    plan: dto.PlanInfo | None,
) -> PlanDocument:
    subject = f"Thực hiện mục tiêu chất lượng năm {year}"
    frame = _frame(profile, subject, year, meta, recipients)
    basis = [
        "Căn cứ Chính sách chất lượng và Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đang áp dụng "
        f"tại {profile.full_name};"
    ]
    if plan is not None and plan.number and plan.signed_on is not None:
        basis.append(
            f"Căn cứ Kế hoạch số {plan.number}/{TYPE_CODE}-{profile.code_abbreviation} ngày "
            f"{vocabulary.citation_date(plan.signed_on)} về duy trì, cải tiến Hệ thống quản lý chất lượng "
            f"theo TCVN ISO 9001:2015 năm {year};"
        )
    objective_rows = tuple(
        TableRow(
            (
                str(i),
                o.statement,
                o.indicator,
                target_text(o),
                vocabulary.frequency_label(o.frequency),
                responsible_text(o),
            )
        )
        for i, o in enumerate(objectives, start=1)
    )
    action_rows: list[TableRow] = []
    for i, o in enumerate(objectives, start=1):
        action_rows.append(TableRow((str(i), o.statement), group=True))
        for j, line in enumerate(o.plan_lines, start=1):
            action_rows.append(
                TableRow(
                    (f"{i}.{j}", line.action, line.resources, line.responsible, line.due, line.evaluation)
                )
            )
    blocks: list[Block] = [
        *(Text("plain", x) for x in basis),
        Text(
            "plain",
            f"{profile.full_name} ban hành Kế hoạch thực hiện mục tiêu chất lượng năm {year}, như sau:",
        ),
        Text("heading", "I. MỤC TIÊU CHẤT LƯỢNG"),
        DocTable(OBJECTIVE_COLUMNS, objective_rows, "(Chưa có mục tiêu nào)", sheet_name="Mục tiêu"),
        Text("heading", "II. KẾ HOẠCH THỰC HIỆN MỤC TIÊU"),
        DocTable(
            ACTION_COLUMNS,
            tuple(action_rows),
            "(Chưa có nội dung thực hiện)",
            landscape=True,
            sheet_name="Kế hoạch thực hiện",
        ),
    ]
    closing = (
        "Các bộ phận, cá nhân được giao nhiệm vụ tổ chức thực hiện Kế hoạch này; định kỳ đo, báo cáo kết quả "
        "thực hiện mục tiêu chất lượng về Thư ký ISO để tổng hợp, báo cáo lãnh đạo xem xét./."
    )
    return PlanDocument(
        frame=frame,
        blocks=tuple(blocks),
        closing_text=closing,
        file_title=f"Kế hoạch thực hiện mục tiêu chất lượng năm {year} — {profile.full_name}",
        sheet_name="Mục tiêu",
        end_landscape=True,
    )


def _paragraphs(text: str) -> list[Text]:
    return [Text("plain", line.strip()) for line in text.split("\n") if line.strip()]


# ---- PDF ----------------------------------------------------------------------------------------
CELL_PADDING = (3.0, 3.0, 2.0, 4.0)


def _pdf_table(table: DocTable, page: Any) -> Any:
    from reportlab.platypus import Table, TableStyle

    from app.services.exports import nd30
    from app.services.exports.registers import Column as RegisterColumn
    from app.services.exports.registers import fit_row, pdf_column_widths

    st = nd30.styles(page)
    widths = pdf_column_widths(
        [RegisterColumn(c.header, c.width_mm, c.xlsx_width, c.align) for c in table.columns], page.frame_width
    )
    aligned = {"left": st.cell, "center": st.cell_center, "right": st.cell_right}
    cell_styles = [aligned[c.align] for c in table.columns]
    ncols = len(table.columns)
    data: list[list[Any]] = [[nd30.paragraph(c.header, st.cell_header) for c in table.columns]]
    left, right, top, bottom = CELL_PADDING
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONTNAME", (0, 0), (-1, -1), nd30.FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
        ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]
    max_height = page.frame_height / 2
    for row in table.rows:
        r = len(data)
        if row.group:
            data.append(
                [nd30.paragraph(row.cells[0], st.cell_header), nd30.paragraph(row.cells[1], st.cell_group)]
                + [""] * (ncols - 2)
            )
            commands += [("SPAN", (1, r), (-1, r)), ("NOSPLIT", (0, r), (-1, r + 1))]
        else:
            data.append(fit_row(list(row.cells), widths, cell_styles, max_height))
    if not table.rows:
        r = len(data)
        data.append([nd30.paragraph(table.empty_text, st.cell_empty)] + [""] * (ncols - 1))
        commands += [("SPAN", (0, r), (-1, r))]
    return Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER", style=TableStyle(commands))


TABLE_START_MM = 40.0  # room a table heading needs below it (header row and a row or two)


def _heading(text: str, page: Any, *, keep: bool = True) -> Any:
    from app.services.exports import nd30

    flowable = nd30.section_heading(text, page)
    flowable.keepWithNext = keep
    return flowable


def render_pdf(doc: PlanDocument, profile: dto.AgencyProfile, out: Path) -> Path:
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer

    from app.services.exports import nd30

    portrait = nd30.PageStyle.portrait(body_size=14)
    landscape = nd30.PageStyle.landscape(body_size=14)
    current = portrait
    body: list[Any] = []
    used_landscape = False
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if isinstance(block, DocTable):
            wanted = landscape if block.landscape else portrait
            if wanted is not current:
                # The heading just before the table moves with it to the new page.
                previous = blocks[i - 1] if i else None
                heading = previous if isinstance(previous, Text) and previous.kind == "heading" else None
                if heading is not None:
                    del body[-2:]  # its CondPageBreak and the heading
                body += nd30.switch_page("landscape" if block.landscape else "portrait")
                current = wanted
                used_landscape = used_landscape or block.landscape
                if heading is not None:
                    body.append(_heading(heading.text, current, keep=False))
            body += [_pdf_table(block, current), Spacer(1, 4 * nd30.MM)]
        elif block.kind == "heading":
            before_table = i + 1 < len(blocks) and isinstance(blocks[i + 1], DocTable)
            if before_table:
                # A heading never ends a page: it goes on with the table's first rows (keepWithNext
                # would move the whole table to the next page).
                body.append(CondPageBreak(TABLE_START_MM * nd30.MM))
                body.append(_heading(block.text, current, keep=False))
            else:
                body.append(_heading(block.text, current))
        else:
            body.append(Paragraph(nd30.markup(block.text), nd30.styles(current).body))
    body.append(Paragraph(nd30.markup(doc.closing_text), nd30.styles(current).body))
    story = [*doc.frame.opening(portrait), *body, Spacer(1, 3 * nd30.MM), doc.frame.closing(current)]
    return nd30.build_pdf(
        out,
        story,
        portrait,
        title=doc.file_title,
        author=profile.full_name,
        subject=doc.frame.subject,
        landscape=landscape if used_landscape else None,
    )


# ---- xlsx ---------------------------------------------------------------------------------------
def _write_frame_header(ws: Any, frame: SignedDocument, ncols: int) -> int:
    """The header lines as text rows: issuer block (left columns) beside the national header (right
    columns), then the type name and subject across the sheet. Returns the next free row."""
    from app.services.exports import xlsx

    split = max(1, ncols // 2)
    left = []
    if frame.parent_body:
        left.append(xlsx.TitleLine(frame.parent_body, upper=True, size=12))
    left.append(xlsx.TitleLine(frame.issuer, bold=True, upper=True, size=12))
    right = [
        xlsx.TitleLine("Cộng hòa xã hội chủ nghĩa Việt Nam", bold=True, upper=True, size=12),
        xlsx.TitleLine("Độc lập - Tự do - Hạnh phúc", bold=True, size=13),
    ]
    while len(left) < len(right):
        left.insert(0, xlsx.TitleLine("", size=12))
    end_left = xlsx.write_title_lines(ws, 1, left, 1, split)
    end_right = xlsx.write_title_lines(ws, 1, right, split + 1, ncols)
    row = max(end_left, end_right)
    xlsx.write_title_lines(ws, row, [xlsx.TitleLine(frame.number_line, size=12)], 1, split)
    xlsx.write_title_lines(ws, row, [xlsx.TitleLine(frame.date_line, italic=True, size=12)], split + 1, ncols)
    row += 2
    row = xlsx.write_title_lines(
        ws,
        row,
        [
            xlsx.TitleLine(frame.type_name, bold=True, upper=True, size=14),
            xlsx.TitleLine(frame.subject, bold=True, size=13),
        ],
        1,
        ncols,
    )
    return row + 1


def _write_table(ws: Any, row: int, table: DocTable) -> tuple[int, int]:
    """The table from ``row``; returns (header row, next free row)."""
    from app.services.exports import xlsx

    ncols = len(table.columns)
    widths = [c.xlsx_width for c in table.columns]
    header_row = row
    for col, column in enumerate(table.columns, start=1):
        xlsx.set_cell(ws, row, col, column.header, align="center", bold=True)
    ws.row_dimensions[row].height = xlsx.row_height([c.header for c in table.columns], widths)
    row += 1
    for data in table.rows:
        if data.group:
            xlsx.set_cell(ws, row, 1, data.cells[0], align="center", bold=True)
            xlsx.set_cell(ws, row, 2, data.cells[1], bold=True)
            for col in range(3, ncols + 1):
                xlsx.set_cell(ws, row, col, None)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=ncols)
            ws.row_dimensions[row].height = xlsx.row_height([data.cells[1]], [sum(widths[1:])])
        else:
            for col, (value, column) in enumerate(zip(data.cells, table.columns, strict=True), start=1):
                xlsx.set_cell(ws, row, col, value, align=column.align)
            ws.row_dimensions[row].height = xlsx.row_height(list(data.cells), widths)
        row += 1
    if not table.rows:
        xlsx.set_cell(ws, row, 1, table.empty_text, align="center", italic=True)
        for col in range(2, ncols + 1):
            xlsx.set_cell(ws, row, col, None)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        row += 1
    return header_row, row


def _write_closing(ws: Any, row: int, frame: SignedDocument, ncols: int) -> int:
    """ "Nơi nhận" (left columns) beside the signature lines (right columns)."""
    from app.services.exports import xlsx

    split = max(1, ncols // 2)
    left = [xlsx.TitleLine("Nơi nhận:", bold=True, italic=True, size=12, align="left")]
    left += [xlsx.TitleLine(x, size=11, align="left") for x in frame.recipients]
    right = [xlsx.TitleLine(x, bold=True, upper=True, size=13) for x in frame.signing_lines]
    right += [xlsx.TitleLine("", size=13)] * 3 + [xlsx.TitleLine(frame.signer_name, bold=True, size=13)]
    end_left = xlsx.write_title_lines(ws, row, left, 1, split)
    end_right = xlsx.write_title_lines(ws, row, right, split + 1, ncols)
    return max(end_left, end_right)


def render_xlsx(doc: PlanDocument, profile: dto.AgencyProfile, out: Path) -> Path:
    from app.services.exports import nd30, xlsx

    tables = [b for b in doc.blocks if isinstance(b, DocTable)]
    wb, ws = xlsx.new_workbook(tables[0].sheet_name or doc.sheet_name)
    for index, table in enumerate(tables):
        if index:
            ws = wb.create_sheet(table.sheet_name[:31] or f"Bảng {index + 1}")
        ncols = len(table.columns)
        xlsx.set_column_widths(ws, [c.xlsx_width for c in table.columns])
        row = _write_frame_header(ws, doc.frame, ncols) if index == 0 else 1
        if index:
            heading = next(
                (
                    b.text
                    for b, nxt in zip(doc.blocks, doc.blocks[1:], strict=False)
                    if nxt is table and isinstance(b, Text)
                ),
                "",
            )
            row = xlsx.write_title_lines(ws, row, [xlsx.TitleLine(heading, bold=True, size=13)], 1, ncols) + 1
        header_row, row = _write_table(ws, row, table)
        if index == len(tables) - 1:
            _write_closing(ws, row + 1, doc.frame, ncols)
        page = nd30.PageStyle.landscape() if table.landscape else nd30.PageStyle.portrait()
        xlsx.print_setup(ws, page, title_rows=(header_row, header_row))
    wb.properties.title = doc.file_title
    wb.properties.creator = profile.full_name
    return xlsx.save_workbook(wb, out)


# ---- service ------------------------------------------------------------------------------------
class PlanDocumentExporter:
    """Writes the year's annual QMS plan and quality-objectives plan as signed documents."""

    def __init__(
        self, agency: AgencyService, objectives: ObjectiveService, plans: PlanService, clock: Clock
    ) -> None:
        self._clock = clock
        self._agency = agency
        self._objectives = objectives
        self._plans = plans

    def build(self, which: str, year: int, *, today: date | None = None) -> PlanDocument:
        """The content of document ``which`` ("plan" | "objectives") of ``year``."""
        profile = self._agency.get_profile()
        if profile is None:
            raise DomainError("agency.not_set_up")
        recipients = self._agency.list_recipients()
        if which == "plan":
            plan = self._plans.get_plan(year, today=today)
            if plan is None:
                raise DomainError("export.no_plan", year=year)
            return plan_document(plan, profile, recipients)
        if which == "objectives":
            objectives = self._objectives.list_objectives(year, on=today)
            if not objectives:
                raise DomainError("export.no_objectives", year=year)
            meta = self._objectives.get_meta(year)
            return objectives_document(
                year, objectives, meta, profile, recipients, self._plans.get_plan(year)
            )
        raise DomainError("export.bad_document", kind=which)

    def export(self, which: str, year: int, fmt: str, out: Path, *, today: date | None = None) -> Path:
        """Write document ``which`` ("plan" | "objectives") of ``year`` as ``fmt`` ("pdf" | "xlsx")
        to ``out`` (replaced atomically) and return the path written."""
        if which not in KINDS:
            raise DomainError("export.bad_document", kind=which)
        renderers: dict[str, Callable[[PlanDocument, dto.AgencyProfile, Path], Path]] = {
            "xlsx": render_xlsx,
            "pdf": render_pdf,
        }
        if fmt not in renderers:
            raise DomainError("export.bad_format", format=fmt)
        out = Path(out)
        if out.is_dir():
            raise DomainError("export.write_failed", path=str(out), detail="đây là một thư mục")
        if not out.parent.is_dir():
            raise DomainError("export.write_failed", path=str(out), detail="thư mục chứa tệp không tồn tại")
        document = self.build(which, year, today=today)
        profile = self._agency.get_profile()
        assert profile is not None
        return renderers[fmt](document, profile, out)
