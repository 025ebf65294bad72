"""The Excel renderer of the document model: the same document on sheets, read back with openpyxl
the way a user's programs read it — texts in reading order on the first sheet, tables on the sheets
they name, A4 printing at a readable size, page numbers from page 2 on, and no cell ever a formula."""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.services.exports import model as M
from app.services.exports import nd30, workbook, xlsx
from app.services.exports.list_xlsx import write_list_xlsx
from tests.sample_documents import COLUMNS, ISSUER, frame
from tests.sample_documents import rows as sample_rows

ATTACHED = "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tùng Ảnh)"
FORMULAS = ("=1+1", '=HYPERLINK("http://x","y")', "+1", "@x", "-2", "\tx", "\rx")
CLOSING = "Trên đây là Kế hoạch duy trì Hệ thống quản lý chất lượng năm 2026./."


def rows(count: int, start: int = 1) -> tuple[M.Row, ...]:
    return sample_rows(count, start, content="Công việc số {i}: rà soát quy trình")


def plan_document() -> M.Document:
    body = (
        M.Paragraph("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ;", "plain"),
        M.Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        M.Heading("1. Mục đích", 2),
        M.Paragraph("Duy trì và cải tiến hiệu lực của Hệ thống quản lý chất lượng."),
        M.Heading("a) Yêu cầu", 3),
        M.Bullets(("Duy trì hệ thống.", "Cải tiến liên tục.")),
        M.PageBreak("portrait"),
        M.Heading("II. NỘI DUNG"),
        M.Table(COLUMNS, (M.Row(("I", "NHÓM CÔNG VIỆC THƯỜNG XUYÊN"), group=True), *rows(3))),
        M.Paragraph("(Số liệu tính đến ngày 31/12/2025)", "note"),
        M.Paragraph("TỔ CHỨC THỰC HIỆN", "centered"),
        M.Paragraph("Văn phòng chủ trì thực hiện.", "body", lead="Điều 1."),
        M.Heading("III. KẾ HOẠCH CHI TIẾT"),
        M.Table(COLUMNS, rows(60), sheet_name="Kế hoạch chi tiết"),
        M.Paragraph(CLOSING, "closing"),
    )
    annexes = (
        M.Annex("Bảng theo dõi", (M.Table(COLUMNS, ()),), attached_to=ATTACHED, label="PHỤ LỤC I"),
        M.Annex(
            "Danh mục mục tiêu",
            (M.Heading("1. Mục tiêu"), M.Table(COLUMNS, rows(4), sheet_name="Mục tiêu")),
            label="PHỤ LỤC II",
        ),
    )
    return M.Document(frame(), body, "Kế hoạch 2026 — Ủy ban nhân dân xã Tùng Ảnh", ISSUER, annexes)


def texts(ws) -> list[str]:
    """The sheet's texts in reading order (rows, then columns), NFC."""
    found = []
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.strip():
                found.append(unicodedata.normalize("NFC", cell.value))
    return found


def in_order(found: list[str], expected: list[str]) -> None:
    position = -1
    for text in expected:
        matches = [i for i, t in enumerate(found) if text in t and i > position]
        assert matches, f"{text!r} missing after position {position}: {found[position + 1 : position + 4]}"
        position = matches[0]


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet")
        }


@pytest.fixture
def plan(tmp_path) -> tuple[Path, openpyxl.Workbook]:
    out = workbook.render(plan_document(), tmp_path / "kh.xlsx")
    return out, openpyxl.load_workbook(out)


# ---- what goes where ----------------------------------------------------------------------------
def test_the_first_sheet_holds_the_document_in_reading_order(plan):
    out, wb = plan
    assert out.name == "kh.xlsx"
    assert wb.sheetnames == ["Kế hoạch", "Kế hoạch chi tiết", "Phụ lục I", "Mục tiêu"]
    first = texts(wb.worksheets[0])
    in_order(
        first,
        [
            "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 05/KH-UBND",
            "Tùng Ảnh, ngày 05 tháng 01 năm 2026",
            "KẾ HOẠCH",
            "Duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026",
            "Căn cứ Quyết định số 19/2014/QĐ-TTg",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "Duy trì và cải tiến hiệu lực",
            "a) Yêu cầu",
            "- Duy trì hệ thống.",
            "- Cải tiến liên tục.",
            "II. NỘI DUNG",
            "STT",
            "Nội dung công việc",
            "NHÓM CÔNG VIỆC THƯỜNG XUYÊN",
            "Công việc số 3: rà soát quy trình",
            "(Số liệu tính đến ngày 31/12/2025)",
            "TỔ CHỨC THỰC HIỆN",
            "Điều 1. Văn phòng chủ trì thực hiện.",
            "III. KẾ HOẠCH CHI TIẾT",
            "(Bảng chi tiết tại trang tính “Kế hoạch chi tiết”)",
            CLOSING,
            "Nơi nhận:",
            "TM. ỦY BAN NHÂN DÂN",
        ],
    )
    # The detailed table is on its own sheet only; "Nơi nhận" sits beside the signature.
    assert "Công việc số 60: rà soát quy trình" not in first
    ws = wb.worksheets[0]
    where = {c.value: (c.row, c.column) for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    # The closing is one row (never split over pages): "Nơi nhận" beside the signature.
    received = next(v for v in where if v.startswith("Nơi nhận:"))
    signed = next(v for v in where if v.startswith("TM. ỦY BAN NHÂN DÂN"))
    assert received.split("\n") == ["Nơi nhận:", *frame().recipients]
    assert signed.split("\n")[:2] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert signed.split("\n")[-1] == "Nguyễn Văn An" and signed.count("\n") >= 5  # room to sign
    assert where[received][0] == where[signed][0] and where[received][1] < where[signed][1]
    assert where["Số: 05/KH-UBND"][0] == where["Tùng Ảnh, ngày 05 tháng 01 năm 2026"][0]
    assert where["ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"][1] < where["Độc lập - Tự do - Hạnh phúc"][1]
    # The same portrait page: a manual page break before "II. NỘI DUNG".
    assert [b.id for b in ws.row_breaks.brk] == [where["II. NỘI DUNG"][0] - 1]


def test_named_tables_and_annexes_go_to_their_sheets(plan):
    _, wb = plan
    detail = wb["Kế hoạch chi tiết"]
    found = texts(detail)
    assert found[0] == "III. KẾ HOẠCH CHI TIẾT"  # the heading before the table titles its sheet
    assert found[1:6] == [c.header for c in COLUMNS]
    assert "Công việc số 60: rà soát quy trình" in found
    header = next(c.row for c in detail["A"] if c.value == "STT")
    assert detail.print_title_rows == f"${header}:${header}"  # repeated on every printed page
    assert detail.freeze_panes == f"A{header + 1}"

    annex = texts(wb["Phụ lục I"])
    assert annex[:3] == ["PHỤ LỤC I", "Bảng theo dõi", ATTACHED]
    assert annex[-1] == "(Không có dữ liệu)"
    assert wb["Phụ lục I"].page_setup.orientation == "landscape"

    goals = texts(wb["Mục tiêu"])
    assert goals[:3] == ["PHỤ LỤC II", "Danh mục mục tiêu", "1. Mục tiêu"]
    assert "Công việc số 4: rà soát quy trình" in goals
    assert wb["Mục tiêu"].page_setup.orientation == "landscape"


def test_table_cells_keep_their_types_borders_and_group_rows(plan):
    _, wb = plan
    ws = wb["Kế hoạch chi tiết"]
    header = next(c.row for c in ws["A"] if c.value == "STT")
    assert all(ws.cell(header, col).font.b for col in range(1, 6))
    first = [ws.cell(header + 1, col) for col in range(1, 6)]
    assert first[0].value == 1 and first[0].data_type == "n"
    assert first[3].value == datetime(2026, 3, 2) and first[3].number_format == "DD/MM/YYYY"
    assert all(c.border.left.style == "thin" and c.border.bottom.style == "thin" for c in first)
    assert first[1].alignment.wrap_text and first[1].font.name == "Times New Roman"
    assert first[1].font.sz == 12

    body = wb.worksheets[0]
    group = next(c for row in body.iter_rows() for c in row if c.value == "NHÓM CÔNG VIỆC THƯỜNG XUYÊN")
    merged = next(r for r in body.merged_cells.ranges if group.coordinate == r.start_cell.coordinate)
    assert merged.max_col == body.max_column or merged.max_col > group.column  # spans the other columns
    assert group.font.b


def test_every_sheet_prints_on_a4_at_a_readable_size(plan):
    _, wb = plan
    for ws in wb.worksheets:
        landscape = ws.page_setup.orientation == "landscape"
        page = nd30.PageStyle.landscape() if landscape else nd30.PageStyle.portrait()
        assert int(ws.page_setup.paperSize) == 9
        assert ws.page_margins.left == pytest.approx(page.margin_left / 25.4)
        assert ws.page_margins.right == pytest.approx(page.margin_right / 25.4)
        assert ws.page_margins.top == pytest.approx(page.margin_top / 25.4)
        assert ws.page_margins.bottom == pytest.approx(page.margin_bottom / 25.4)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        # The columns span the printable width: 12 pt cells print at 12 pt (fitting is a safety net).
        assert sum(widths) * workbook.UNIT_PT == pytest.approx(page.frame_width, abs=2)
        assert 12 * workbook.fit_scale(widths, page) >= 11
        assert all(d.height <= 409 for d in ws.row_dimensions.values() if d.height)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip():
                    assert cell.font.sz >= 11 or cell.value.startswith("- ")  # recipients: 11 pt
    assert wb.worksheets[0].page_setup.orientation == "portrait"
    assert wb["Kế hoạch chi tiết"].print_title_rows
    assert wb["Mục tiêu"].print_title_rows


def test_the_standard_font_makes_the_width_unit_a_times_digit(plan):
    out, _ = plan
    with zipfile.ZipFile(out) as archive:
        styles = archive.read("xl/styles.xml").decode()
    first_font = styles.split("<fonts", 1)[1].split("</font>", 1)[0]
    assert 'val="Times New Roman"' in first_font and 'val="12"' in first_font


def test_page_numbers_are_at_the_top_from_page_two(plan):
    out, wb = plan
    for ws in wb.worksheets:
        assert ws.HeaderFooter.differentFirst
        assert ws.oddHeader.center.text == "&P"
        assert not ws.firstHeader.center.text and not ws.firstHeader.left.text
        assert not ws.oddFooter.center.text and not ws.firstFooter.center.text
    for xml in sheet_xml(out).values():
        assert 'differentFirst="1"' in xml
        assert "<firstHeader>" not in xml or "&amp;P" not in xml.split("<firstHeader>", 1)[1].split("<", 1)[0]
        assert "Trang" not in xml


def test_a_table_of_the_first_sheet_repeats_its_header_when_nothing_long_follows(tmp_path):
    body = (M.Table(COLUMNS, rows(80)), M.Paragraph("Tổng số: 80 công việc.", "plain"))
    document = M.Document(frame("register", note_lines=("Ngày in: 05/01/2026",), signatures=()), body, "DM")
    ws = openpyxl.load_workbook(workbook.render(document, tmp_path / "dm.xlsx")).active
    header = next(c.row for c in ws["A"] if c.value == "STT")
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.freeze_panes == f"A{header + 1}"
    found = texts(ws)
    assert found[:5] == [
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "KẾ HOẠCH",
        "Duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026",
        "Ngày in: 05/01/2026",
    ]
    assert found[-1] == "Tổng số: 80 công việc."

    # An inline table followed by pages of text: its header does not go on over the text's pages.
    long_text = tuple(M.Paragraph("Nội dung thực hiện của kế hoạch " * 60) for _ in range(8))
    document = M.Document(frame(), (M.Table(COLUMNS, rows(3)), *long_text), "KH")
    ws = openpyxl.load_workbook(workbook.render(document, tmp_path / "kh.xlsx")).active
    assert ws.print_title_rows is None


def test_the_other_variants(tmp_path):
    decision = frame(
        "decision",
        type_name="Quyết định",
        subject="Về việc kiện toàn Ban chỉ đạo ISO",
        authority="Chủ tịch Ủy ban nhân dân xã Tùng Ảnh",
        bases=("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",),
        recipients=("- Như Điều 3;", "- Lưu: VT."),
        signatures=(M.Signature(("Chủ tịch",), "Nguyễn Văn An"),),
    )
    body = (M.Paragraph("Quyết định này có hiệu lực kể từ ngày ký./.", "closing", lead="Điều 2."),)
    wb = openpyxl.load_workbook(workbook.render(M.Document(decision, body, "QĐ"), tmp_path / "qd.xlsx"))
    in_order(
        texts(wb.active),
        [
            "QUYẾT ĐỊNH",
            "Về việc kiện toàn Ban chỉ đạo ISO",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
            "Căn cứ Luật Tổ chức chính quyền",
            "QUYẾT ĐỊNH:",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.",
            "CHỦ TỊCH",
        ],
    )
    basis = next(c for row in wb.active.iter_rows() for c in row if str(c.value).startswith("Căn cứ Luật"))
    assert basis.font.i

    signatures = (M.Signature(("Thư ký",), "Lê Thị Bình"), M.Signature(("Chủ trì",), "Nguyễn Văn An"))
    for variant in ("minutes", "form", "register"):
        document = M.Document(
            frame(variant, type_name="Biên bản", recipients=(), signatures=signatures, form_code=""),
            (M.Paragraph("Nội dung./.", "closing"),),
            "BB",
        )
        ws = openpyxl.load_workbook(workbook.render(document, tmp_path / f"{variant}.xlsx")).active
        cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
        clerk = next(c for v, c in cells.items() if v.startswith("THƯ KÝ\n") and v.endswith("Lê Thị Bình"))
        chair = next(c for v, c in cells.items() if v.startswith("CHỦ TRÌ\n") and v.endswith("Nguyễn Văn An"))
        assert clerk.row == chair.row and clerk.column < chair.column
        assert ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells) == (variant == "minutes")
        if variant == "form":
            code = next(v for v in cells if v.startswith("Mã hiệu:"))
            assert code.startswith(f"Mã hiệu: {workbook.FORM_CODE_BLANK}")
            assert cells[code].border.left.style == "thin"


def test_the_header_rules(tmp_path):
    """A sheet without a table: the rules under the issuer and the subject are short top borders,
    centred under their lines; the Tiêu ngữ is underlined."""
    document = M.Document(frame(), (M.Paragraph("Nội dung./.", "closing"),), "KH")
    ws = openpyxl.load_workbook(workbook.render(document, tmp_path / "kh.xlsx")).active
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert cells["Độc lập - Tự do - Hạnh phúc"].font.u == "single"
    widths = [ws.column_dimensions[chr(65 + i)].width for i in range(ws.max_column)]

    def rule_under(name: str) -> tuple[float, float]:
        row = cells[name].row + 1
        ruled = [c.column for c in ws[row] if c.border.top.style == "thin"]
        assert ruled, name
        start = sum(widths[: ruled[0] - 1]) * workbook.UNIT_PT
        return start, sum(widths[: ruled[-1]]) * workbook.UNIT_PT

    merged = {r.start_cell.coordinate: r for r in ws.merged_cells.ranges}
    for name, text, size in (
        ("ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", 12),
        ("Duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026", frame().subject, 14),
    ):
        x0, x1 = rule_under(name)
        block = merged[cells[name].coordinate]
        b0 = sum(widths[: block.min_col - 1]) * workbook.UNIT_PT
        b1 = sum(widths[: block.max_col]) * workbook.UNIT_PT
        text_width = nd30.text_width(text, size=size, bold=True)
        assert 0.3 * text_width <= x1 - x0 <= 0.55 * text_width
        assert (x0 + x1) / 2 == pytest.approx((b0 + b1) / 2, abs=3)


# ---- never a formula ----------------------------------------------------------------------------
def test_no_exported_cell_is_a_formula(tmp_path):
    table = M.Table(COLUMNS, tuple(M.Row((i, text, text, None, text)) for i, text in enumerate(FORMULAS)))
    body = (
        M.Paragraph(FORMULAS[1]),
        M.Bullets(("=SUM(A1:A9)",), marker="-"),
        M.Heading("=1+1"),
        table,
        M.Paragraph("Có ký tự \x01 lạ\x7f ở đây./.", "closing"),
    )
    document = M.Document(
        frame(subject="=2+2", addressee="=cmd|' /C calc'!A0", note_lines=("- Lưu: VT.",)), body, "KH"
    )
    out = workbook.render(document, tmp_path / "f.xlsx")
    ws = openpyxl.load_workbook(out).active
    values = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    for text in (*FORMULAS, "=2+2", "=1+1", "- =SUM(A1:A9)", "=cmd|' /C calc'!A0"):
        cell = values[text]
        assert cell.data_type == "s" and cell.quotePrefix, text
    assert values["- Lưu: VT."].quotePrefix  # a line starting "-" stays text when edited in Excel
    assert "Có ký tự  lạ ở đây./." in values  # control characters dropped, the save not failed
    for xml in sheet_xml(out).values():
        assert "<f>" not in xml and "<f " not in xml
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_the_one_guard_serves_every_writer(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(FORMULAS, start=1):
        xlsx.set_cell(ws, i, 1, text)
    xlsx.write_title_lines(ws, 10, [xlsx.TitleLine("=1+2"), xlsx.TitleLine("x\x01y\x1b")], 1, 3)
    xlsx.set_cell(ws, 12, 1, "\x00")
    out = xlsx.save_workbook(wb, tmp_path / "g.xlsx")
    back = openpyxl.load_workbook(out).active
    for i, text in enumerate(FORMULAS, start=1):
        cell = back.cell(i, 1)
        assert cell.value == text and cell.data_type == "s" and cell.quotePrefix
    assert back.cell(10, 1).value == "=1+2" and back.cell(10, 1).data_type == "s"
    assert back.cell(11, 1).value == "xy"
    assert back.cell(12, 1).value is None
    assert "<f>" not in "".join(sheet_xml(out).values())

    listed = write_list_xlsx(
        None, "Danh sách", ["Tên"], [[t] for t in FORMULAS], tmp_path / "l.xlsx", printed_on=date(2026, 1, 5)
    )
    assert "<f>" not in "".join(sheet_xml(listed).values())
    values = [c.value for c in openpyxl.load_workbook(listed).active["A"]]
    assert "=1+1" in values and '=HYPERLINK("http://x","y")' in values and "@x" in values


# ---- long texts, wide tables --------------------------------------------------------------------
def test_a_long_paragraph_goes_on_over_rows_of_its_words(tmp_path):
    text = " ".join(f"từ{i}" for i in range(1500))
    document = M.Document(frame(), (M.Paragraph(text),), "KH")
    ws = openpyxl.load_workbook(workbook.render(document, tmp_path / "p.xlsx")).active
    pieces = [c.value for c in ws["A"] if isinstance(c.value, str) and c.value.startswith("từ")]
    assert len(pieces) > 1
    assert " ".join(pieces) == text
    assert all(d.height <= 409 for d in ws.row_dimensions.values() if d.height)


def test_a_table_too_wide_to_fit_at_11_pt_is_printed_over_pages_instead(tmp_path):
    columns = tuple(M.Column(f"Cột số {i}", None, 10) for i in range(40))
    row = M.Row(tuple(f"Mã-{i:03d}-ABCDEFGH" for i in range(40)))
    document = M.Document(frame("register"), (M.Table(columns, (row,)),), "R", orientation="landscape")
    ws = openpyxl.load_workbook(workbook.render(document, tmp_path / "w.xlsx")).active
    assert not ws.sheet_properties.pageSetUpPr.fitToPage  # printed at 100 %: never under 11 pt

    narrow = M.Document(frame("register"), (M.Table(COLUMNS[:3], rows(2)[:0]),), "R")
    ws = openpyxl.load_workbook(workbook.render(narrow, tmp_path / "n.xlsx")).active
    widths = [ws.column_dimensions[c].width for c in "ABC"]
    assert sum(widths) * workbook.UNIT_PT == pytest.approx(nd30.PageStyle.portrait().frame_width, abs=1)


def test_pages_of_the_other_orientation_are_sheets_of_their_own():
    body = (
        M.Paragraph("Mở đầu."),
        M.PageBreak("landscape"),
        M.Heading("BẢNG TỔNG HỢP"),
        M.Table(COLUMNS, rows(2)),
        M.PageBreak("portrait"),
        M.Paragraph("Kết luận./.", "closing"),
    )
    sheets = workbook.plan_sheets(M.Document(frame(), body, "KH"))
    assert [(s.name, s.orientation) for s in sheets] == [
        ("Kế hoạch", "portrait"),
        ("BẢNG TỔNG HỢP", "landscape"),
        ("Kế hoạch (3)", "portrait"),
    ]
    assert isinstance(sheets[0].items[0], workbook.Opening)
    assert isinstance(sheets[-1].items[-1], workbook.Closing)
