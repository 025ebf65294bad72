"""Printed registers (danh mục tài liệu nội bộ / bên ngoài) as .xlsx and .pdf, and the Decree 30 page.

The files are read back the way a user's programs read them: openpyxl for the workbook, pypdf for the
PDF (text, page size, embedded fonts, where the page numbers are).
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

import app.services.files as files_module
from app.messages import message
from app.models import DocumentStatus, DocumentType, LegalKind
from app.services import dto, vocabulary
from app.services.errors import DomainError
from app.services.exports import nd30

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 1, 5)
AGENCY_UPPER = "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"
LONG_TITLE = (
    "Quy trình chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của "
    "Việt Nam cấp hoặc chứng nhận; chứng thực chữ ký trong các giấy tờ, văn bản và đăng ký lại khai sinh"
)
# Typed on a machine that sends decomposed letters (e + combining marks): stored and printed as NFC.
NFD_TITLE = unicodedata.normalize("NFD", "Đăng ký kết hôn có yếu tố nước ngoài ở khu vực biên giới")
NFC_TITLE = unicodedata.normalize("NFC", NFD_TITLE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def add_document(services, code, title, doc_type=DocumentType.TTHC_PROCEDURE, status=DocumentStatus.IN_FORCE):
    return services.documents.save_document(
        dto.DocumentFields(code=code, title=title, doc_type=doc_type, status=status)
    )


def issue(services, doc, number, effective):
    services.documents.issue_revision(
        doc.id, dto.RevisionFields(issue_number=number, issued_on=effective, effective_on=effective)
    )


@pytest.fixture
def documents(services, agency):
    """A small register: procedures (one with an upcoming issue), a form, a draft, an obsolete one."""
    a = add_document(services, "QT 02/TA-HCTP", LONG_TITLE)
    issue(services, a, 1, date(2024, 3, 5))
    issue(services, a, 2, date(2025, 7, 1))
    issue(services, a, 3, date(2026, 3, 1))  # upcoming on TODAY
    b = add_document(services, "QT 10/TA-HCTP", NFD_TITLE)
    issue(services, b, 1, date(2025, 7, 1))
    c = add_document(services, "QT 01/TA-NB", "Kiểm soát tài liệu và hồ sơ", DocumentType.INTERNAL_PROCEDURE)
    issue(services, c, 1, date(2024, 1, 15))
    f = add_document(services, "BM 01/TA-HCTP", "Phiếu đánh giá sự hài lòng", DocumentType.FORM)
    issue(services, f, 1, date(2024, 3, 5))
    n = add_document(services, "QT 11/TA-HCTP", "Đăng ký khai tử", DocumentType.TTHC_PROCEDURE)
    issue(services, n, 1, date(2026, 2, 1))  # in force, first issue not yet effective
    add_document(services, "QT 12/TA-HCTP", "Dự thảo quy trình mới", status=DocumentStatus.DRAFT)
    old = add_document(services, "QT 99/TA-HCTP", "Quy trình đã bãi bỏ", status=DocumentStatus.OBSOLETE)
    return {"a": a, "b": b, "c": c, "f": f, "n": n, "old": old}


@pytest.fixture
def legal(services, agency):
    new = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.LAW,
            number="09/2019/NĐ-CP",
            title="Nghị định quy định về chế độ báo cáo của cơ quan hành chính nhà nước",
            issuer="Chính phủ",
            issued_on=date(2019, 1, 24),
            effective_on=date(2019, 3, 12),
        )
    )
    old = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.LAW,
            number="26/2014/TT-BKHCN",
            title="Thông tư quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg",
            issuer="Bộ Khoa học và Công nghệ",
            issued_on=date(2014, 10, 10),
            effective_on=date(2014, 12, 1),
            replaced_by_id=new.id,
        )
    )
    decision = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.TTHC_DECISION,
            number="1234/QĐ-UBND",
            title=unicodedata.normalize(
                "NFD",
                "Quyết định công bố danh mục thủ tục hành chính lĩnh vực hộ tịch thuộc thẩm quyền cấp xã",
            ),
            issuer="Ủy ban nhân dân tỉnh Hà Tĩnh",
            issued_on=date(2025, 6, 20),
            effective_on=date(2026, 7, 1),  # not yet in force on TODAY
        )
    )
    standard = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.OTHER,
            number="TCVN ISO 9001:2015",
            title="Hệ thống quản lý chất lượng – Các yêu cầu",
            issuer="Bộ Khoa học và Công nghệ",
            issued_on=date(2015, 12, 31),
        )
    )
    return {"new": new, "old": old, "decision": decision, "standard": standard}


def many_documents(services, count):
    for i in range(1, count + 1):
        doc = add_document(services, f"QT {i:02d}/TA-HCTP", f"{LONG_TITLE} (số {i})")
        issue(services, doc, 1, date(2024, 3, 5))


# ---- reading the files back --------------------------------------------------------------------
def pdf_text(path: Path) -> list[str]:
    return [nfc(page.extract_text()) for page in PdfReader(str(path)).pages]


def positioned_text(page) -> list[tuple[str, float, float]]:
    """(text, x, y) of each text run on a page, in PDF user space."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


def fonts_of(reader: PdfReader) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) of every font any page uses."""
    result = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            result.append((str(font["/BaseFont"]), embedded))
    return result


def sheet_rows(path: Path) -> list[tuple]:
    wb = openpyxl.load_workbook(str(path))
    return list(wb.active.iter_rows(values_only=True))


def header_index(rows: list[tuple]) -> int:
    return next(i for i, row in enumerate(rows) if row[0] == "STT")


def as_date(value) -> date:
    return value.date() if isinstance(value, datetime) else value


# ---- Decree 30 helpers -------------------------------------------------------------------------
def test_vietnamese_date_words_follow_decree_30():
    assert nd30.date_words(date(2026, 1, 5)) == "ngày 05 tháng 01 năm 2026"
    assert nd30.date_words(date(2019, 6, 29)) == "ngày 29 tháng 6 năm 2019"
    assert nd30.date_words(date(2025, 2, 9)) == "ngày 09 tháng 02 năm 2025"
    assert nd30.date_words(date(2025, 12, 10)) == "ngày 10 tháng 12 năm 2025"
    assert nd30.date_words(date(2025, 3, 1)) == "ngày 01 tháng 3 năm 2025"
    blank = nd30.BLANK
    assert nd30.date_words(year=2026) == f"ngày {blank} tháng {blank} năm 2026"
    assert nd30.date_words(year=2022, month=1) == f"ngày {blank} tháng 01 năm 2022"
    assert nd30.place_date_line("Tùng Ảnh", date(2026, 1, 5)) == "Tùng Ảnh, ngày 05 tháng 01 năm 2026"
    assert nd30.place_date_line("", date(2026, 7, 15)) == "Ngày 15 tháng 7 năm 2026"
    assert vocabulary.table_date(date(2026, 1, 5)) == "05/01/2026"
    assert vocabulary.table_date(None) == ""
    assert nd30.document_number(5, "KH", "UBND") == "Số: 05/KH-UBND"
    assert nd30.document_number(112, "BC", "UBND") == "Số: 112/BC-UBND"
    assert nd30.document_number(None, "KH", "UBND") == f"Số: {blank}/KH-UBND"
    assert nd30.document_number(125, "", "UBND-VP") == "Số: 125/UBND-VP"


def test_page_styles_are_a4_with_decree_30_margins():
    portrait = nd30.PageStyle.portrait()
    assert portrait.page_size == pytest.approx((595.28, 841.89), abs=0.5)
    assert (portrait.margin_top, portrait.margin_bottom, portrait.margin_left, portrait.margin_right) == (
        20,
        20,
        30,
        15,
    )
    assert portrait.frame_width == pytest.approx((210 - 45) * nd30.MM)
    landscape = nd30.PageStyle.landscape()
    assert landscape.page_size == pytest.approx((841.89, 595.28), abs=0.5)
    # The portrait page turned: the binding margin is at the top.
    assert landscape.margin_top == 30 and landscape.margin_bottom == 15
    assert landscape.frame_width == pytest.approx((297 - 40) * nd30.MM)
    assert 13 <= portrait.body_size <= 14 and 13 <= portrait.page_number_size <= 14


def test_paragraph_styles_follow_decree_30():
    st = nd30.styles(nd30.PageStyle.portrait())
    assert st.body.fontName == nd30.FONT and st.body.fontSize in (13, 14)
    assert st.body.firstLineIndent == pytest.approx(10 * nd30.MM)
    assert st.body.alignment == 4  # TA_JUSTIFY
    assert st.body.spaceAfter >= 6
    assert st.recipients_heading.fontName == nd30.FONT_BOLD_ITALIC and st.recipients_heading.fontSize == 12
    assert st.recipient_line.fontSize == 11
    assert st.signature_title.fontName == nd30.FONT_BOLD


def test_a_pdf_built_on_the_shared_page(tmp_path):
    """What the next documents build on: markup with <b>/<i> in the embedded font, a header block."""
    from reportlab.platypus import Paragraph

    page = nd30.PageStyle.portrait()
    st = nd30.styles(page)
    profile = dto.AgencyProfile(
        id=1, full_name="Ủy ban nhân dân xã Tùng Ảnh", parent_body="UBND tỉnh Hà Tĩnh"
    )
    motto = nd30.line_block(
        [
            nd30.BlockLine("Cộng hòa xã hội chủ nghĩa Việt Nam", bold=True, upper=True),
            nd30.BlockLine("Độc lập - Tự do - Hạnh phúc", bold=True, rule=1.0),
            nd30.BlockLine(nd30.place_date_line("Tùng Ảnh", date(2026, 1, 5)), italic=True),
        ],
        page,
        max_width=nd30.header_column_widths(page)[1],
    )
    story = [
        nd30.header_columns(nd30.agency_header(profile, page), motto, page),
        Paragraph("Đoạn văn có <b>chữ đậm</b> và <i>chữ nghiêng</i>. " * 40, st.body),
    ]
    out = nd30.build_pdf(tmp_path / "văn bản.pdf", story, page, title="Thử")
    reader = PdfReader(str(out))
    text = nfc(reader.pages[0].extract_text())
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "UBND TỈNH HÀ TĨNH",
    ):
        assert expected in text
    assert "Tùng Ảnh, ngày 05 tháng 01 năm 2026" in text
    names = {name.split("+")[-1] for name, _ in fonts_of(reader)}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= names
    assert all(embedded for _, embedded in fonts_of(reader))
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left


# ---- content -----------------------------------------------------------------------------------
def register_groups(document):
    """{group heading: [row cells…]} of a register's one table, and the group labels in order."""
    table = next(document.tables())
    groups: dict[str, list[tuple]] = {}
    labels: list[str] = []
    current: list[tuple] = []
    for row in table.rows:
        if row.group:
            labels.append(row.cells[0])
            current = groups.setdefault(row.cells[1], [])
        else:
            current.append(row.cells)
    return groups, labels


def totals_of(document):
    return document.body[-1].text


def test_internal_register_lists_documents_in_force_by_type(services, documents):
    register = services.exports.build("internal", today=TODAY)
    groups, labels = register_groups(register)
    assert list(groups) == [
        "Quy trình giải quyết thủ tục hành chính",
        "Quy trình nội bộ",
        "Biểu mẫu",
    ]
    assert labels == ["I", "II", "III"]
    assert [c.header for c in next(register.tables()).columns] == [
        "STT",
        "Mã hiệu",
        "Tên tài liệu",
        "Lần ban hành",
        "Ngày ban hành",
        "Ngày hiệu lực",
        "Bộ phận chủ trì",
        "Tình trạng",
    ]
    procedures = groups["Quy trình giải quyết thủ tục hành chính"]
    # Natural order of codes (02 < 10 < 11); drafts and obsolete documents are left out.
    assert [row[1] for row in procedures] == ["QT 02/TA-HCTP", "QT 10/TA-HCTP", "QT 11/TA-HCTP"]
    assert [row[0] for row in procedures] == [1, 2, 3]
    first = procedures[0]
    assert first[2] == LONG_TITLE
    assert first[3:6] == (2, date(2025, 7, 1), date(2025, 7, 1))  # issue 2: issued and effective
    assert first[7] == "Đang hiệu lực\nLần 3 hiệu lực từ 01/03/2026"
    assert procedures[1][2] == NFC_TITLE and procedures[1][7] == "Đang hiệu lực"
    assert procedures[2][3] == 1 and procedures[2][5] == date(2026, 2, 1)
    assert procedures[2][7] == "Sắp hiệu lực (từ 01/02/2026)"
    assert totals_of(register) == (
        "Tổng số: 5 tài liệu (3 quy trình giải quyết TTHC, 1 quy trình nội bộ, 1 biểu mẫu); "
        "2 tài liệu có lần ban hành mới sắp hiệu lực."
    )
    assert register.frame.variant == "register" and register.frame.signatures == ()
    signed = services.exports.build("internal", today=TODAY, signatures=True)
    assert [s.lines for s in signed.frame.signatures] == [("Người lập",), ("Người phê duyệt",)]


def test_register_rows_sort_by_field_then_natural_code(services, agency):
    for code, field in (("QT 10", "Hộ tịch"), ("QT 2", "Hộ tịch"), ("QT 1", "Chứng thực")):
        doc = services.documents.save_document(
            dto.DocumentFields(
                code=code, title=f"Quy trình {code}", doc_type=DocumentType.TTHC_PROCEDURE, field=field
            )
        )
        issue(services, doc, 1, date(2025, 1, 1))
    groups, _ = register_groups(services.exports.build("internal", today=TODAY))
    assert [row[1] for row in groups["Quy trình giải quyết thủ tục hành chính"]] == ["QT 1", "QT 2", "QT 10"]


def test_external_register_marks_replaced_and_future_documents(services, legal):
    register = services.exports.build("external", today=TODAY)
    groups, _ = register_groups(register)
    assert list(groups) == [
        "Văn bản quy phạm pháp luật",
        "Quyết định công bố danh mục thủ tục hành chính",
        "Tài liệu bên ngoài khác",
    ]
    laws = groups["Văn bản quy phạm pháp luật"]
    assert [row[1] for row in laws] == ["26/2014/TT-BKHCN", "09/2019/NĐ-CP"]  # oldest first
    assert laws[0][3:] == (
        "Bộ Khoa học và Công nghệ",
        date(2014, 10, 10),
        date(2014, 12, 1),
        "Được thay thế bởi 09/2019/NĐ-CP",
    )
    assert laws[1][6] == "Đang hiệu lực"
    assert (
        groups["Quyết định công bố danh mục thủ tục hành chính"][0][6] == "Chưa có hiệu lực (từ 01/07/2026)"
    )
    assert groups["Tài liệu bên ngoài khác"][0][5] is None
    assert totals_of(register) == (
        "Tổng số: 4 văn bản, tài liệu (2 đang hiệu lực, 1 chưa có hiệu lực, 1 được thay thế)."
    )


# ---- xlsx --------------------------------------------------------------------------------------
def test_internal_register_as_xlsx(services, documents, tmp_path):
    out = services.exports.export("internal", "xlsx", tmp_path / "noi-bo.xlsx", today=TODAY)
    assert out == tmp_path / "noi-bo.xlsx"
    wb = openpyxl.load_workbook(str(out))
    ws = wb.active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"
    assert rows[1][0] == AGENCY_UPPER
    titles = [row[0] for row in rows[:8]]
    assert "DANH MỤC TÀI LIỆU NỘI BỘ" in titles
    assert "Ngày in: 05/01/2026" in titles
    h = header_index(rows)
    assert rows[h] == (
        "STT",
        "Mã hiệu",
        "Tên tài liệu",
        "Lần ban hành",
        "Ngày ban hành",
        "Ngày hiệu lực",
        "Bộ phận chủ trì",
        "Tình trạng",
    )
    assert rows[h + 1][:2] == ("I", "Quy trình giải quyết thủ tục hành chính")
    first = rows[h + 2]
    assert first[:4] == (1, "QT 02/TA-HCTP", LONG_TITLE, 2)
    assert (as_date(first[4]), as_date(first[5])) == (date(2025, 7, 1), date(2025, 7, 1))
    assert first[7] == "Đang hiệu lực\nLần 3 hiệu lực từ 01/03/2026"
    assert rows[h + 3][2] == NFC_TITLE
    codes = [row[1] for row in rows[h + 1 :]]
    assert "QT 12/TA-HCTP" not in codes and "QT 99/TA-HCTP" not in codes
    filled = [row for row in rows if any(v is not None for v in row)]
    assert filled[-1][0].startswith("Tổng số: 5 tài liệu")

    # Looks and prints like a register: A4 landscape, no page number on page 1.
    header_row = h + 1
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.HeaderFooter.differentFirst and not ws.firstHeader.center.text
    assert ws.oddHeader.center.text == "&P"
    assert not ws.oddFooter.center.text
    assert all(ws.cell(header_row, c).font.b for c in range(1, 9))
    title_cell = ws.cell(header_row + 2, 3)
    assert title_cell.font.name == "Times New Roman"
    assert title_cell.alignment.wrap_text
    assert ws.cell(header_row + 2, 5).number_format == "DD/MM/YYYY"
    assert ws.column_dimensions["C"].width > ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
    assert ws.row_dimensions[header_row + 2].height > ws.row_dimensions[header_row + 4].height
    assert f"B{header_row + 1}:H{header_row + 1}" in {str(r) for r in ws.merged_cells.ranges}


def test_external_register_as_xlsx(services, legal, tmp_path):
    out = services.exports.export("external", "xlsx", tmp_path / "ben-ngoai.xlsx", today=TODAY)
    rows = sheet_rows(out)
    assert rows[1][0] == AGENCY_UPPER
    assert "DANH MỤC TÀI LIỆU BÊN NGOÀI" in [row[0] for row in rows[:8]]
    h = header_index(rows)
    assert rows[h] == (
        "STT",
        "Số, ký hiệu",
        "Trích yếu nội dung / Tên tài liệu",
        "Cơ quan ban hành",
        "Ngày ban hành",
        "Ngày hiệu lực",
        "Tình trạng",
    )
    by_number = {row[1]: row for row in rows[h + 1 :] if isinstance(row[0], int)}
    old = by_number["26/2014/TT-BKHCN"]
    assert old[3] == "Bộ Khoa học và Công nghệ"
    assert (as_date(old[4]), as_date(old[5])) == (date(2014, 10, 10), date(2014, 12, 1))
    assert old[6] == "Được thay thế bởi 09/2019/NĐ-CP"
    assert by_number["09/2019/NĐ-CP"][6] == "Đang hiệu lực"
    decision = by_number["1234/QĐ-UBND"]
    assert decision[2] == nfc(legal["decision"].title) and unicodedata.is_normalized("NFC", decision[2])
    assert by_number["TCVN ISO 9001:2015"][5] is None
    filled = [row for row in rows if any(v is not None for v in row)]
    assert filled[-1][0].startswith("Tổng số: 4 văn bản, tài liệu")


@pytest.mark.parametrize("which", ["internal", "external"])
def test_empty_registers_are_valid_files(services, agency, tmp_path, which):
    xlsx = services.exports.export(which, "xlsx", tmp_path / "r.xlsx", today=TODAY)
    rows = sheet_rows(xlsx)
    assert rows[header_index(rows) + 1][0] == "(Chưa có tài liệu nào)"
    pdf = services.exports.export(which, "pdf", tmp_path / "r.pdf", today=TODAY)
    text = "".join(pdf_text(pdf))
    assert "(Chưa có tài liệu nào)" in text
    assert AGENCY_UPPER in text


# ---- pdf ---------------------------------------------------------------------------------------
def test_internal_register_as_pdf(services, documents, tmp_path):
    out = services.exports.export("internal", "pdf", tmp_path / "noi-bo.pdf", today=TODAY)
    reader = PdfReader(str(out))
    text = "\n".join(pdf_text(out))
    for expected in (
        AGENCY_UPPER,
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "DANH MỤC TÀI LIỆU NỘI BỘ",
        "Ngày in: 05/01/2026",
        "QT 02/TA-HCTP",
        "QT 01/TA-NB",
        "BM 01/TA-HCTP",
        "Lần 3 hiệu lực từ 01/03/2026",
        "Quy trình giải quyết thủ tục hành chính",
        "Tổng số: 5 tài liệu",
    ):
        assert expected in text, expected
    # The long title wraps inside its cell: all its words are there, over several lines.
    flat = " ".join(text.split())
    assert LONG_TITLE in flat and NFC_TITLE in flat
    assert LONG_TITLE not in text
    assert "QT 12/TA-HCTP" not in text and "QT 99/TA-HCTP" not in text
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (width, height) == (pytest.approx(842, abs=1), pytest.approx(595, abs=1))
    fonts = fonts_of(reader)
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("LiberationSerif" in name for name, _ in fonts)
    assert reader.metadata.title == "Danh mục tài liệu nội bộ — Ủy ban nhân dân xã Tùng Ảnh"


def test_external_register_as_pdf(services, legal, tmp_path):
    out = services.exports.export("external", "pdf", tmp_path / "ben-ngoai.pdf", today=TODAY)
    reader = PdfReader(str(out))
    flat = " ".join("\n".join(pdf_text(out)).split())
    for expected in (
        AGENCY_UPPER,
        "DANH MỤC TÀI LIỆU BÊN NGOÀI",
        "09/2019/NĐ-CP",
        "Nghị định quy định về chế độ báo cáo của cơ quan hành chính nhà nước",
        nfc(legal["decision"].title),
        "Được thay thế bởi 09/2019/NĐ-CP",
        "Đang hiệu lực",
        "Bộ Khoa học và Công nghệ",
        "10/10/2014",
    ):
        assert expected in flat, expected
    assert all(embedded for _, embedded in fonts_of(reader))
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(842, abs=1) and float(box.height) == pytest.approx(595, abs=1)


def test_pdf_pages_are_numbered_from_page_two_in_the_top_margin(services, agency, tmp_path):
    many_documents(services, 40)
    out = services.exports.export("internal", "pdf", tmp_path / "dai.pdf", today=TODAY)
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 3
    page = nd30.PageStyle.landscape()
    width, height = page.page_size
    top_margin = height - page.margin_top * nd30.MM
    centre = (page.margin_left * nd30.MM + width - page.margin_right * nd30.MM) / 2

    def in_top_margin(p):
        return [(t, x) for t, x, y in positioned_text(p) if y > top_margin]

    assert in_top_margin(reader.pages[0]) == []  # no number on page 1
    for number in range(2, len(reader.pages) + 1):
        runs = in_top_margin(reader.pages[number - 1])
        assert [t for t, _ in runs] == [str(number)]
        assert runs[0][1] == pytest.approx(centre - nd30.text_width(str(number), size=13) / 2, abs=1)
        # The table header repeats on every page.
        page_text = nfc(reader.pages[number - 1].extract_text())
        assert "Mã hiệu" in page_text and "Tên tài liệu" in page_text
    text = "\n".join(pdf_text(out))
    assert "QT 40/TA-HCTP" in text and "Tổng số: 40 tài liệu" in text


def test_a_very_long_title_is_shortened_in_the_pdf_only(services, agency, tmp_path):
    title = " ".join(["Quyết định sửa đổi, bổ sung một số điều"] * 50)[:2000]
    services.legal.save_legal(
        dto.LegalFields(kind=LegalKind.OTHER, number="01/HD-STP", title=title, issuer="Sở Tư pháp")
    )
    pdf = services.exports.export("external", "pdf", tmp_path / "r.pdf", today=TODAY)
    text = "\n".join(pdf_text(pdf))
    assert "01/HD-STP" in text and "…" in text
    assert len(PdfReader(str(pdf)).pages) == 1
    rows = sheet_rows(services.exports.export("external", "xlsx", tmp_path / "r.xlsx", today=TODAY))
    assert any(row[2] == title for row in rows)


# ---- failures ----------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_a_failed_write_leaves_the_existing_file_intact(services, documents, tmp_path, monkeypatch, fmt):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"danh-muc.{fmt}"
    out.write_bytes(b"previous export")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(files_module.os, "replace", refuse)
    with pytest.raises(DomainError) as caught:
        services.exports.export("internal", fmt, out, today=TODAY)
    assert caught.value.code == "export.write_failed"
    assert "đang mở" in message(caught.value)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == [out.name]


def test_a_write_failing_half_way_leaves_no_partial_file(tmp_path):
    out = tmp_path / "r.pdf"

    def half(target: Path) -> None:
        target.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    with pytest.raises(DomainError) as caught:
        nd30.write_atomically(out, half)
    assert caught.value.params["detail"] == "ổ đĩa đã đầy"
    assert list(tmp_path.iterdir()) == []

    def bug(target: Path) -> None:
        target.write_bytes(b"x")
        raise ValueError("bug")

    with pytest.raises(ValueError):
        nd30.write_atomically(out, bug)
    assert list(tmp_path.iterdir()) == []


def test_bad_requests_are_refused_with_messages(services, agency, tmp_path):
    cases = [
        (("obsolete", "pdf", tmp_path / "a.pdf"), "export.bad_kind"),
        (("internal", "json", tmp_path / "a.json"), "export.bad_format"),
        (("internal", "pdf", tmp_path / "no-such-folder" / "a.pdf"), "export.write_failed"),
        (("internal", "xlsx", tmp_path), "export.write_failed"),
    ]
    for args, code in cases:
        with pytest.raises(DomainError) as caught:
            services.exports.export(*args, today=TODAY)
        assert caught.value.code == code
        text = message(caught.value)
        assert text != code and "{" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_exporting_needs_the_agency(services, tmp_path):
    with pytest.raises(DomainError) as caught:
        services.exports.export("internal", "pdf", tmp_path / "a.pdf")
    assert caught.value.code == "agency.not_set_up"


def test_export_modules_load_reportlab_and_openpyxl_only_when_writing():
    code = (
        "import sys, app.bootstrap, app.services.exports.registers, app.services.exports.nd30, "
        "app.services.exports.xlsx;"
        "print(sorted(m for m in ('reportlab', 'openpyxl') if m in sys.modules))"
    )
    env_out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert "reportlab" not in env_out
    # openpyxl may be loaded by other services; never by the export modules themselves.
    code_exports_only = (
        "import sys, app.services.exports.nd30, app.services.exports.xlsx;"
        "print(sorted(m for m in ('reportlab', 'openpyxl') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code_exports_only], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_exported_files_get_ordinary_permissions(services, documents, tmp_path):
    """A register is meant to be shared: not the private 0600 of a temporary file."""
    umask = os.umask(0o022)
    try:
        path = services.exports.export("internal", "xlsx", tmp_path / "r.xlsx", today=TODAY)
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644
