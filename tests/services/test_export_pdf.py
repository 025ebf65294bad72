"""The PDF renderer of the document model: every frame variant on the Decree 30 page, long tables cut
per page with the header repeated and a group heading never ending a page, annexes on landscape
pages, long agency names broken before the unit word."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader

from app.services.exports import model as M
from app.services.exports import nd30, pdf
from tests import decree30
from tests.sample_documents import COLUMNS, frame, rows


def text(path) -> str:
    return " ".join(decree30.text_of(path).split())


def test_a_signed_plan_passes_the_decree_30_check(tmp_path):
    body = (
        M.Paragraph("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ;", "plain"),
        M.Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        M.Heading("1. Mục đích", 2),
        M.Bullets(("Duy trì hệ thống.", "Cải tiến liên tục.")),
        M.Heading("II. NỘI DUNG"),
        M.Table(COLUMNS, (M.Row(("I", "NHÓM CÔNG VIỆC"), group=True), *rows(30))),
        M.Paragraph("Trên đây là Kế hoạch của Ủy ban nhân dân xã./.", "closing"),
    )
    annex = M.Annex(
        "Bảng theo dõi",
        (M.Table(COLUMNS, ()),),
        attached_to="(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tùng Ảnh)",
    )
    out = pdf.render(M.Document(frame(), body, "Kế hoạch", annexes=(annex,)), tmp_path / "kh.pdf")
    assert decree30.problems(out) == []
    reader = PdfReader(str(out))
    last = reader.pages[-1]
    assert float(last.mediabox.width) > float(last.mediabox.height)  # the annex: landscape
    words = text(out)
    for expected in (
        "KẾ HOẠCH",
        "- Duy trì hệ thống.",
        "PHỤ LỤC",
        "(Không có dữ liệu)",
        "Nguyễn Văn An",
        "TM. ỦY BAN NHÂN DÂN",
    ):
        assert expected in words, expected
    assert words.index("Nơi nhận:") < words.index("PHỤ LỤC")  # the annex comes after the closing


def test_a_decision_has_its_authority_bases_and_articles(tmp_path):
    decision = frame(
        "decision",
        type_name="Quyết định",
        subject="Về việc kiện toàn Ban chỉ đạo ISO",
        number_line="Số: 12/QĐ-UBND",
        authority="Chủ tịch Ủy ban nhân dân xã Tùng Ảnh",
        bases=("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",),
        recipients=("- Như Điều 3;", "- Lưu: VT."),
        signatures=(M.Signature(("Chủ tịch",), "Nguyễn Văn An"),),
    )
    body = (
        M.Paragraph("Kiện toàn Ban chỉ đạo ISO.", lead="Điều 1."),
        M.Paragraph("Quyết định này có hiệu lực kể từ ngày ký./.", "closing", lead="Điều 2."),
    )
    out = pdf.render(M.Document(decision, body, "QĐ"), tmp_path / "qd.pdf")
    assert decree30.problems(out) == []
    words = text(out)
    order = [
        "QUYẾT ĐỊNH",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "Căn cứ Luật",
        "QUYẾT ĐỊNH:",
        "Điều 1.",
        "Điều 2.",
    ]
    assert [words.index(x) for x in order] == sorted(words.index(x) for x in order)
    assert "TM." not in words


@pytest.mark.parametrize("variant", ["minutes", "form", "register"])
def test_the_other_variants_print_their_signatures_side_by_side(tmp_path, variant):
    signatures = (M.Signature(("Thư ký",), "Lê Thị Bình"), M.Signature(("Chủ trì",), "Nguyễn Văn An"))
    document = M.Document(
        frame(variant, type_name="Biên bản", recipients=(), signatures=signatures, form_code=""),
        (M.Paragraph("Nội dung./.", "closing"),),
        "BB",
    )
    out = pdf.render(document, tmp_path / f"{variant}.pdf")
    page = PdfReader(str(out)).pages[0]
    runs = {t: (x, y) for t, x, y, _ in decree30._runs(page)}
    assert runs["THƯ KÝ"][0] < runs["CHỦ TRÌ"][0]
    assert runs["THƯ KÝ"][1] == pytest.approx(runs["CHỦ TRÌ"][1], abs=1)
    words = text(out)
    assert ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in words) == (variant == "minutes")
    if variant == "form":
        assert f"Mã hiệu: {pdf.FORM_CODE_BLANK}" in words  # an unset form code prints blank


def test_a_long_table_repeats_its_header_and_never_ends_a_page_on_a_group(tmp_path):
    table_rows: list[M.Row] = []
    for group in range(12):
        table_rows.append(M.Row((nd30_roman(group + 1), f"NHÓM {group + 1}"), group=True))
        table_rows += rows(9, start=group * 9 + 1)
    out = pdf.render(
        M.Document(frame("register"), (M.Table(COLUMNS, tuple(table_rows)),), "DM"), tmp_path / "r.pdf"
    )
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 3
    for page in reader.pages:
        lines = [unicodedata.normalize("NFC", line).strip() for line in page.extract_text().split("\n")]
        assert "Nội dung công việc" in lines  # the header row on every page, rows with the signature
        last_row = [line for line in lines if line.startswith("NHÓM ") or line.startswith("Công việc số")]
        assert not last_row[-1].startswith("NHÓM "), "a group heading ends a page"
    words = text(out)
    assert all(f"Công việc số {i}" in words for i in range(1, 109))


def test_table_time_grows_linearly_with_rows(tmp_path):
    """The table is cut per page in one pass: 4× the rows cost about 4× the time (not 16×)."""
    import time

    def seconds(count: int) -> float:
        table = M.Table(COLUMNS, rows(count))
        started = time.perf_counter()
        pdf.render(M.Document(frame("register"), (table,), "DM"), tmp_path / f"{count}.pdf")
        return time.perf_counter() - started

    seconds(50)  # fonts registered, modules loaded
    small, large = seconds(400), seconds(1600)
    assert large < small * 8


def test_long_agency_names_break_before_the_unit_word():
    page = nd30.PageStyle.portrait()
    width = nd30.header_column_widths(page)[0]
    broken = nd30.break_name("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", width, size=13, bold=True)
    assert broken == "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"
    assert nd30.break_name("ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", 1000, size=13) == "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"


def test_codes_never_break_inside(tmp_path):
    columns = (
        M.Column("STT", 11, 6, "center"),
        M.Column("Mã hiệu", 30, 15, keep_together=True),
        M.Column("Tên", None, 40),
    )
    table = M.Table(columns, (M.Row((1, "QT-NB 26/TA-HCTP", "Quy trình")),))
    out = pdf.render(M.Document(frame("register"), (table,), "DM"), tmp_path / "c.pdf")
    lines = [line.strip() for line in decree30.text_of(out).split("\n")]
    assert any("QT-NB" in line and "26/TA-HCTP" in line for line in lines)


def nd30_roman(n: int) -> str:
    from app.services.vocabulary import roman_numeral

    return roman_numeral(n)


def test_totals_and_signatures_never_stand_on_a_page_without_rows(tmp_path):
    """Whatever the number of rows, the last page carries the table's last row(s) with the totals
    line and the signatures (a table's last row goes over to them when they do not fit)."""
    signatures = (M.Signature(("Người lập",), hint="(Ký, ghi rõ họ tên)"), M.Signature(("Người phê duyệt",)))
    for count in range(14, 40):
        body = (M.Table(COLUMNS, rows(count)), M.Paragraph(f"Tổng số: {count} công việc.", "plain"))
        out = pdf.render(M.Document(frame("register", signatures=signatures), body, "DM"), tmp_path / "r.pdf")
        pages = PdfReader(str(out)).pages
        last_page = unicodedata.normalize("NFC", pages[-1].extract_text())
        assert "NGƯỜI LẬP" in last_page and f"Tổng số: {count} công việc." in last_page
        assert f"Công việc số {count}" in last_page, f"{count} rows: the signatures stand alone"


def test_a_table_never_leaves_one_row_alone_on_its_last_page(tmp_path):
    for count in range(18, 44):
        document = M.Document(frame("register", signatures=()), (M.Table(COLUMNS, rows(count)),), "DM")
        out = pdf.render(document, tmp_path / "r.pdf")
        pages = PdfReader(str(out)).pages
        if len(pages) > 1:
            last_page = unicodedata.normalize("NFC", pages[-1].extract_text())
            assert last_page.count("Công việc số") >= 2, f"{count} rows: one row alone on the last page"


def test_no_space_is_left_between_a_table_and_a_page_break():
    # A space after a table that ends at the foot of a page spills onto a page of its own: the
    # next document (one request form a page) would start after an empty page.
    from reportlab.platypus import Spacer

    page = nd30.PageStyle.portrait()
    layout = pdf._Layout({"portrait": page, "landscape": nd30.PageStyle.landscape()}, page)
    flowables = layout.blocks((M.Table(COLUMNS, rows(3)), M.PageBreak(), M.Paragraph("Trang sau")))
    table_at = next(i for i, f in enumerate(flowables) if not isinstance(f, Spacer))
    assert not isinstance(flowables[table_at + 1], Spacer)
    between = layout.blocks((M.Table(COLUMNS, rows(3)), M.Paragraph("Đoạn sau")))
    assert isinstance(between[1], Spacer)  # between a table and text, the space stays


def test_a_word_wider_than_its_cell_breaks_inside_the_cell():
    size = 12.0
    width = nd30.text_width("000.15.20.H27", size=size) + 1
    lines = pdf.cell_lines("Hồ sơ 000.15.20.H27-260312-0004 trễ hạn", width, size)
    assert all(nd30.text_width(line, size=size) <= width for line in lines), lines
    assert "".join(lines).replace(" ", "") == "Hồsơ000.15.20.H27-260312-0004trễhạn"
    assert any(line.endswith("-") or line.endswith(".") for line in lines)
