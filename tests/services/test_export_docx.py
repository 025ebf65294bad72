"""The Word version of the neutral document (``exports.docx``): read back with python-docx, the way
Word would open it — A4 with the Decree 30 margins, the header as a borderless two-column table with
its rules, the page number in the header from page 2 on, landscape sections for wide tables and
annexes, tables whose header row repeats, Times New Roman throughout."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from app.services.errors import DomainError
from app.services.exports import model, nd30
from app.services.exports.docx import FORM_CODE_BLANK, render

ISSUER = "Ủy ban nhân dân xã Tùng Ảnh"
PARENT = "Ủy ban nhân dân tỉnh Hà Tĩnh"
COLUMNS = (
    model.Column("STT", 11, 6, "center"),
    model.Column("Nội dung công việc", None, 48),
    model.Column("Thời gian", 24, 14, "center", keep_together=True),
    model.Column("Sản phẩm", 36, 22, "right"),
)
TASKS = model.Table(
    COLUMNS,
    (
        model.Row(("I", "QUY TRÌNH NỘI BỘ"), group=True),
        model.Row((1, "Rà soát tài liệu", date(2026, 3, 5), "Biên bản")),
        model.Row((2, "Đánh giá nội bộ", "Quý III", None)),
    ),
)
EMPTY = model.Table(COLUMNS, (), empty_text="(Chưa có công việc nào)")
WIDE = model.Table(
    tuple(model.Column(f"Cột {i}", 40 if i else None, 10) for i in range(6)),
    (model.Row(("1", "a", "b", "c", "d", "e")),),
)
SIGNED = model.Frame(
    "signed",
    issuer=ISSUER,
    parent_body=PARENT,
    type_name="Kế hoạch",
    subject="Duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026",
    number_line="Số: 05/KH-UBND",
    date_line="Tùng Ảnh, ngày 05 tháng 01 năm 2026",
    recipients=("- Sở Khoa học và Công nghệ (để báo cáo);", "- Lưu: VT."),
    signatures=(model.Signature(("TM. Ủy ban nhân dân", "Chủ tịch"), name="Nguyễn Văn An"),),
)
BODY = (
    model.Paragraph("Căn cứ Quyết định số 19/2014/QĐ-TTg;", "plain"),
    model.Heading("I. MỤC ĐÍCH, YÊU CẦU"),
    model.Heading("1. Mục đích", 2),
    model.Paragraph("Duy trì và cải tiến Hệ thống quản lý chất lượng."),
    model.Heading("a) Yêu cầu chung", 3),
    model.Bullets(("Đúng thời gian;", "Đúng chất lượng.")),
    model.Heading("II. NỘI DUNG THỰC HIỆN"),
    TASKS,
    model.PageBreak("landscape"),
    model.Heading("III. BẢNG RỘNG"),
    WIDE,
    EMPTY,
    model.PageBreak("portrait"),
    model.Paragraph("Ban hành kèm theo Kế hoạch này.", lead="Điều 1."),
    model.Paragraph("Trên đây là Kế hoạch năm 2026./.", "closing"),
)
ANNEX = model.Annex(
    "Danh mục tài liệu",
    (model.Heading("Bảng kê"), WIDE),
    attached_to="(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tùng Ảnh)",
)


def plan(**changes: object) -> model.Document:
    values: dict[str, object] = {
        "frame": SIGNED,
        "body": BODY,
        "title": "Kế hoạch năm 2026 — Ủy ban nhân dân xã Tùng Ảnh",
        "author": ISSUER,
        "annexes": (ANNEX,),
    }
    values.update(changes)
    return model.Document(**values)  # type: ignore[arg-type]


def written(document: model.Document, tmp_path: Path, name: str = "out.docx"):  # type: ignore[no-untyped-def]
    out = render(document, tmp_path / name)
    assert out == tmp_path / name
    return docx.Document(str(out))


def text_of(element) -> str:  # type: ignore[no-untyped-def]
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def paragraph_texts(element) -> list[str]:  # type: ignore[no-untyped-def]
    return [text_of(p) for p in element.iter(qn("w:p")) if text_of(p)]


def body_tables(word) -> list:  # type: ignore[no-untyped-def]
    return list(word.element.body.iterchildren(qn("w:tbl")))


def borders(tbl) -> dict[str, str]:  # type: ignore[no-untyped-def]
    edges = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}")
    return {child.tag.split("}")[1]: child.get(qn("w:val")) for child in edges}


def rows(tbl) -> list:  # type: ignore[no-untyped-def]
    return list(tbl.iterchildren(qn("w:tr")))


def cells(tr) -> list:  # type: ignore[no-untyped-def]
    return list(tr.iterchildren(qn("w:tc")))


def span(tc) -> int:  # type: ignore[no-untyped-def]
    element = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    return 1 if element is None else int(element.get(qn("w:val")))


def has_page_field(part_element) -> bool:  # type: ignore[no-untyped-def]
    instructions = [t.text or "" for t in part_element.iter(qn("w:instrText"))]
    simple = [f.get(qn("w:instr")) or "" for f in part_element.iter(qn("w:fldSimple"))]
    return any(x.split()[:1] == ["PAGE"] for x in instructions + simple)


def mm(length) -> float:  # type: ignore[no-untyped-def]
    return length.mm


# ---- pages --------------------------------------------------------------------------------------
def test_every_section_is_a4_with_the_decree_30_margins_of_its_orientation(tmp_path):
    word = written(plan(), tmp_path)

    sections = list(word.sections)
    # Portrait opening, the landscape table, back to portrait for the closing, the landscape annex.
    orientations = [s.orientation for s in sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    for section in sections:
        landscape = section.orientation == WD_ORIENT.LANDSCAPE
        size = (mm(section.page_width), mm(section.page_height))
        expected = (297.0, 210.0) if landscape else (210.0, 297.0)
        assert size == pytest.approx(expected, abs=0.5)
        margins = [mm(m) for m in (section.top_margin, section.bottom_margin)]
        margins += [mm(m) for m in (section.left_margin, section.right_margin)]
        assert margins == pytest.approx([30, 15, 20, 20] if landscape else [20, 20, 30, 15], abs=0.1)
        # The header (the page number) sits about halfway down the top margin.
        assert mm(section.header_distance) == pytest.approx(margins[0] / 2, abs=0.1)


def test_page_one_has_no_number_and_every_other_page_has_it_centred_at_the_top(tmp_path):
    word = written(plan(), tmp_path)
    first, *others = word.sections

    assert first.different_first_page_header_footer is True
    blank = first.first_page_header
    assert not blank.is_linked_to_previous
    assert not has_page_field(blank._element) and text_of(blank._element) == ""
    numbered = first.header
    assert has_page_field(numbered._element)
    assert numbered.paragraphs[0].alignment == 1  # WD_ALIGN_PARAGRAPH.CENTER
    for section in others:
        # Not page 1: the number shows on the section's first page too, numbering goes on.
        assert section.different_first_page_header_footer is False
        assert has_page_field(section.header._element)
        assert section._sectPr.find(qn("w:pgNumType")) is None


def test_a_landscape_document_starts_on_a_landscape_section(tmp_path):
    word = written(plan(orientation="landscape", body=(WIDE,), annexes=()), tmp_path)

    (section,) = word.sections
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert mm(section.page_width) == pytest.approx(297, abs=0.5)
    assert mm(section.top_margin) == pytest.approx(30, abs=0.1)
    assert section.different_first_page_header_footer is True


# ---- styles -------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [13.0, 14.0])
def test_text_is_times_new_roman_at_the_body_size(tmp_path, size):
    word = written(plan(body_size=size), tmp_path)

    normal = word.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size.pt == size
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert fonts.get(qn(f"w:{script}")) == "Times New Roman"
    defaults = word.styles.element.find(qn("w:docDefaults"))
    for element in defaults.iter(qn("w:rFonts")):
        assert not [k for k in element.attrib if "heme" in k]  # no theme font Word would substitute
        assert element.get(qn("w:ascii")) == "Times New Roman"
    # Every style the document uses names Times New Roman, or no font at all (it inherits Normal's).
    used = {e.get(qn("w:val")) for e in word.element.body.iter(qn("w:pStyle"))}
    assert {"Heading1", "Heading3", "ND30Body", "ND30Cell", "ND30Frame"} <= used
    for style in word.styles:
        if style.style_id in used | {"Normal", "Header"}:
            chain = style
            while chain is not None:
                for element in chain.element.iter(qn("w:rFonts")):
                    assert not [k for k in element.attrib if "heme" in k], style.name
                    assert set(element.attrib.values()) == {"Times New Roman"}, style.name
                chain = chain.base_style
    assert not list(word.element.body.iter(qn("w:rFonts")))  # no run changes the font
    body = word.styles["ND30 Body"].paragraph_format
    assert body.alignment == 3  # justified
    assert body.first_line_indent.cm == pytest.approx(1.0, abs=0.01)
    assert normal.paragraph_format.space_after.pt == 6
    assert normal.paragraph_format.line_spacing == 1.0


def test_the_metadata_name_the_document_and_the_agency(tmp_path):
    word = written(plan(), tmp_path)

    assert word.core_properties.title == "Kế hoạch năm 2026 — Ủy ban nhân dân xã Tùng Ảnh"
    assert word.core_properties.author == ISSUER
    assert word.core_properties.language == "vi-VN"
    modes = [
        e.get(qn("w:val"))
        for e in word.settings.element.iter(qn("w:compatSetting"))
        if e.get(qn("w:name")) == "compatibilityMode"
    ]
    assert modes == ["15"]  # not opened in Word's compatibility mode


# ---- the frame ----------------------------------------------------------------------------------
def test_the_national_header_is_a_borderless_two_column_table_with_its_rules(tmp_path):
    word = written(plan(), tmp_path)
    header = body_tables(word)[0]

    assert set(borders(header).values()) == {"nil"}
    assert header.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}") is None
    top, second = rows(header)
    issuer, national = cells(top)
    assert paragraph_texts(issuer) == ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"]
    assert paragraph_texts(national) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert [paragraph_texts(c) for c in cells(second)] == [
        ["Số: 05/KH-UBND"],
        ["Tùng Ảnh, ngày 05 tháng 01 năm 2026"],
    ]
    date_run = second.find(f".//{qn('w:r')}/{qn('w:rPr')}/{qn('w:i')}")
    assert date_run is not None  # the date line is italic
    # Column widths of nd30.header_layout: the right one just holds the Quốc hiệu.
    _size, left, right = nd30.header_layout(ISSUER, nd30.PageStyle.portrait(body_size=14))
    grid = [int(c.get(qn("w:w"))) for c in header.iter(qn("w:gridCol"))]
    assert grid == [pytest.approx(left * 20, abs=2), pytest.approx(right * 20, abs=2)]

    def rule(cell):  # type: ignore[no-untyped-def]
        (p,) = [p for p in cell.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None]
        bottom = p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}")
        assert bottom.get(qn("w:val")) == "single" and text_of(p) == ""
        ind = p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        left_ind, right_ind = (int(ind.get(qn(f"w:{k}"))) for k in ("left", "right"))
        assert left_ind == pytest.approx(right_ind, abs=1)  # centred
        return int(cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w"))) - 2 * left_ind

    issuer_rule = rule(issuer)
    issuer_text = nd30.text_width(nd30.upper(ISSUER), size=_size, bold=True) * 20
    assert 0.3 * issuer_text < issuer_rule < 0.55 * issuer_text  # a short rule
    motto = nd30.text_width(nd30.TIEU_NGU, size=min(14.0, _size + 1), bold=True) * 20
    assert rule(national) == pytest.approx(motto, rel=0.02)  # as long as the Tiêu ngữ


def test_the_title_and_the_body_come_in_order_with_the_headings_as_word_headings(tmp_path):
    word = written(plan(), tmp_path)
    texts = [p.text for p in word.paragraphs if p.text]

    assert texts[:3] == ["KẾ HOẠCH", "Duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026", texts[2]]
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("Heading 2", "1. Mục đích"),
        ("Heading 3", "a) Yêu cầu chung"),
        ("Heading 1", "II. NỘI DUNG THỰC HIỆN"),
        ("Heading 1", "III. BẢNG RỘNG"),
        ("Heading 1", "Bảng kê"),
    ]
    h3 = word.styles["Heading 3"].font
    assert h3.bold and h3.italic and word.styles["Heading 1"].font.italic is False
    assert word.styles["Heading 1"].paragraph_format.keep_with_next
    assert word.styles["Heading 1"].font.color.rgb == docx.shared.RGBColor(0, 0, 0)
    order = [
        "KẾ HOẠCH",
        "Căn cứ Quyết định số 19/2014/QĐ-TTg;",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Đúng thời gian;",
        "II. NỘI DUNG THỰC HIỆN",
        "III. BẢNG RỘNG",
        "Điều 1. Ban hành kèm theo Kế hoạch này.",
        "Trên đây là Kế hoạch năm 2026./.",
        "PHỤ LỤC",
        "Danh mục tài liệu",
        "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tùng Ảnh)",
        "Bảng kê",
    ]
    assert [t for t in texts if t in order] == order
    # The title is bold, the subject has a short rule under it.
    title = next(p for p in word.paragraphs if p.text == "KẾ HOẠCH")
    assert title.runs[0].bold and title.runs[0].font.size.pt == 14
    article = next(p for p in word.paragraphs if p.text.startswith("Điều 1."))
    assert article.runs[0].bold and article.style.name == "ND30 Body"
    closing = next(p for p in word.paragraphs if p.text.endswith("./."))
    assert closing.style.paragraph_format.keep_with_next  # stays with the signature


def test_recipients_sit_beside_the_signature_after_the_body(tmp_path):
    word = written(plan(annexes=()), tmp_path)
    closing = body_tables(word)[-1]

    assert set(borders(closing).values()) == {"nil"}
    (row,) = rows(closing)
    assert row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    received, signature = cells(row)
    assert paragraph_texts(received) == [
        "Nơi nhận:",
        "- Sở Khoa học và Công nghệ (để báo cáo);",
        "- Lưu: VT.",
    ]
    heading_run = received.find(f".//{qn('w:r')}")
    assert heading_run.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None
    assert heading_run.find(f"{qn('w:rPr')}/{qn('w:i')}") is not None
    assert paragraph_texts(signature) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]
    # Room to sign: empty lines between the title lines and the name.
    paragraphs = list(signature.iter(qn("w:p")))
    assert sum(1 for p in paragraphs if not text_of(p)) >= 4
    assert text_of(paragraphs[-1]) == "Nguyễn Văn An"


def test_a_decision_prints_authority_bases_and_the_word_quyet_dinh(tmp_path):
    frame = model.Frame(
        "decision",
        issuer=ISSUER,
        parent_body=PARENT,
        type_name="Quyết định",
        subject="Về việc ban hành Chính sách chất lượng",
        number_line="Số: 12/QĐ-UBND",
        date_line="Tùng Ảnh, ngày 05 tháng 01 năm 2026",
        authority="Chủ tịch Ủy ban nhân dân xã Tùng Ảnh",
        bases=("Căn cứ Luật Tổ chức chính quyền địa phương;", "Theo đề nghị của Thư ký ISO."),
        recipients=("- Như Điều 3;", "- Lưu: VT."),
        signatures=(model.Signature(("Chủ tịch",), name="Nguyễn Văn An"),),
    )
    body = (model.Paragraph("Ban hành Chính sách chất lượng./.", lead="Điều 1.", style="closing"),)
    word = written(model.Document(frame, body, title="QĐ", body_size=13), tmp_path)
    texts = [p.text for p in word.paragraphs if p.text]

    start = texts.index("QUYẾT ĐỊNH")
    assert texts[start : start + 6] == [
        "QUYẾT ĐỊNH",
        "Về việc ban hành Chính sách chất lượng",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "Theo đề nghị của Thư ký ISO.",
        "QUYẾT ĐỊNH:",
    ]
    bases = [p for p in word.paragraphs if p.text.startswith(("Căn cứ", "Theo đề nghị"))]
    assert all(p.style.name == "ND30 Basis" for p in bases)
    assert word.styles["ND30 Basis"].font.italic
    word_decide = next(p for p in word.paragraphs if p.text == "QUYẾT ĐỊNH:")
    assert word_decide.style.font.bold and word_decide.style.paragraph_format.alignment == 1
    closing = body_tables(word)[-1]
    received, signature = cells(rows(closing)[0])
    assert paragraph_texts(received)[1] == "- Như Điều 3;"
    assert paragraph_texts(signature) == ["CHỦ TỊCH", "Nguyễn Văn An"]


def test_minutes_have_two_signatures_side_by_side_and_no_recipients(tmp_path):
    frame = model.Frame(
        "minutes",
        issuer=ISSUER,
        parent_body=PARENT,
        type_name="Biên bản",
        subject="Họp xem xét của lãnh đạo",
        number_line="Số: 01/BB-UBND",
        date_line="Tùng Ảnh, ngày 05 tháng 01 năm 2026",
        signatures=(
            model.Signature(("Thư ký",), name="Trần Thị Bình", hint="(Ký, ghi rõ họ tên)"),
            model.Signature(("Chủ trì",), name="Nguyễn Văn An"),
        ),
    )
    word = written(
        model.Document(frame, (model.Paragraph("Cuộc họp kết thúc./.", "closing"),), title="BB"), tmp_path
    )
    tables = body_tables(word)

    assert len(tables) == 2  # the national header and the signatures
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in paragraph_texts(tables[0])
    left, right = cells(rows(tables[1])[0])
    assert paragraph_texts(left) == ["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Trần Thị Bình"]
    assert paragraph_texts(right) == ["CHỦ TRÌ", "Nguyễn Văn An"]
    assert "Nơi nhận:" not in text_of(word.element.body)


def test_a_form_has_a_boxed_header_and_a_blank_code_prints_as_dots(tmp_path):
    frame = model.Frame(
        "form",
        issuer=ISSUER,
        type_name="Phiếu yêu cầu hành động khắc phục",
        signatures=(model.Signature(("Người đề nghị",)), model.Signature(("Người phê duyệt",))),
    )
    word = written(
        model.Document(frame, (model.Paragraph("Nội dung: ……", "plain"),), title="Phiếu"), tmp_path
    )
    header, signatures = body_tables(word)

    assert set(borders(header).values()) == {"single"}
    issuer, title, codes = cells(rows(header)[0])
    assert paragraph_texts(issuer) == ["ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"]
    assert paragraph_texts(title) == ["PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC"]
    assert paragraph_texts(codes) == [f"Mã hiệu: {FORM_CODE_BLANK}", f"Lần ban hành: {FORM_CODE_BLANK}"]
    assert "CỘNG HÒA" not in text_of(word.element.body)
    assert [paragraph_texts(c)[0] for c in cells(rows(signatures)[0])] == ["NGƯỜI ĐỀ NGHỊ", "NGƯỜI PHÊ DUYỆT"]

    coded = model.Frame(
        "form", issuer=ISSUER, type_name="Phiếu", form_code="BM 01-QT 08", form_issue="Lần ban hành: 02"
    )
    word = written(model.Document(coded, (), title="Phiếu"), tmp_path, "coded.docx")
    codes = cells(rows(body_tables(word)[0])[0])[2]
    # The code never breaks inside: its spaces are no-break spaces.
    assert paragraph_texts(codes) == ["Mã hiệu: BM\u00a001-QT\u00a008", "Lần ban hành: 02"]


def test_a_register_has_the_issuer_block_title_and_print_date_and_signs_only_when_asked(tmp_path):
    frame = model.Frame(
        "register",
        issuer=ISSUER,
        parent_body=PARENT,
        type_name="Danh mục tài liệu",
        subject="Hệ thống quản lý chất lượng",
        note_lines=("Ngày in: 02/12/2026",),
    )
    word = written(model.Document(frame, (TASKS,), title="DM", orientation="landscape"), tmp_path)
    tables = body_tables(word)

    assert len(tables) == 2  # the issuer block and the register: no signatures
    assert set(borders(tables[0]).values()) == {"nil"}
    assert paragraph_texts(tables[0]) == ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"]
    texts = [p.text for p in word.paragraphs if p.text]
    assert texts[:3] == ["DANH MỤC TÀI LIỆU", "Hệ thống quản lý chất lượng", "Ngày in: 02/12/2026"]
    note = next(p for p in word.paragraphs if p.text.startswith("Ngày in"))
    assert note.style.name == "ND30 Note" and note.style.font.italic

    signed = model.Frame(
        "register",
        issuer=ISSUER,
        type_name="Danh mục",
        signatures=(model.Signature(("Người lập",), name="B"),),
    )
    word = written(model.Document(signed, (TASKS,), title="DM"), tmp_path, "signed.docx")
    last = body_tables(word)[-1]
    assert "NGƯỜI LẬP" in paragraph_texts(last)


def test_the_signature_never_stands_alone_on_a_page(tmp_path):
    def keeps(p) -> bool:  # type: ignore[no-untyped-def]
        return p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None

    signing = model.Frame(
        "register", issuer=ISSUER, type_name="Danh mục", signatures=(model.Signature(("Người lập",)),)
    )
    totals = model.Paragraph("Tổng số: 2 tài liệu.", "plain")
    word = written(model.Document(signing, (TASKS, totals), title="DM"), tmp_path)
    body = list(word.element.body)
    line = next(i for i, e in enumerate(body) if text_of(e) == "Tổng số: 2 tài liệu.")
    # The totals line, the space under it, the signatures: kept on one page.
    assert keeps(body[line]) and keeps(body[line + 1]) and body[line + 2].tag == qn("w:tbl")

    word = written(model.Document(signing, (TASKS,), title="DM"), tmp_path, "table.docx")
    table = next(t for t in body_tables(word) if "Rà soát tài liệu" in text_of(t))
    *_, before_last, last = rows(table)
    assert all(keeps(p) for p in last.iter(qn("w:p")))  # the last row goes over with the signature
    assert not any(keeps(p) for p in before_last.iter(qn("w:p")))
    after = table.getnext()
    assert keeps(after) and keeps(after.getnext()) and after.getnext().getnext().tag == qn("w:tbl")

    unsigned = model.Frame("register", issuer=ISSUER, type_name="Danh mục")
    word = written(model.Document(unsigned, (TASKS, totals), title="DM"), tmp_path, "unsigned.docx")
    line = next(p for p in word.element.body.iter(qn("w:p")) if text_of(p) == "Tổng số: 2 tài liệu.")
    assert not keeps(line)


# ---- tables -------------------------------------------------------------------------------------
def test_a_table_repeats_its_header_never_splits_rows_and_merges_group_rows(tmp_path):
    word = written(plan(), tmp_path)
    table = next(t for t in body_tables(word) if "Rà soát tài liệu" in text_of(t))

    assert set(borders(table).values()) == {"single"}
    header, group, first, second = rows(table)
    assert header.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert all(r.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for r in rows(table))
    assert [text_of(c) for c in cells(header)] == ["STT", "Nội dung công việc", "Thời gian", "Sản phẩm"]
    assert all(c.find(f".//{qn('w:b')}") is not None for c in cells(header))
    # Group row: the first cell bold and centred, the others one merged bold cell; kept with the next.
    number, title = cells(group)
    assert (text_of(number), text_of(title), span(title)) == ("I", "QUY TRÌNH NỘI BỘ", 3)
    assert number.find(f".//{qn('w:jc')}").get(qn("w:val")) == "center"
    assert title.find(f".//{qn('w:b')}") is not None
    assert group.find(f".//{qn('w:keepNext')}") is not None
    # Dates print dd/mm/yyyy; None prints empty; a keep-together value does not break at its spaces.
    assert [text_of(c) for c in cells(first)] == ["1", "Rà soát tài liệu", "05/03/2026", "Biên bản"]
    assert [text_of(c) for c in cells(second)] == ["2", "Đánh giá nội bộ", "Quý\u00a0III", ""]
    aligns = [c.find(f".//{qn('w:jc')}").get(qn("w:val")) for c in cells(first)]
    assert aligns == ["center", "left", "center", "right"]
    size = word.styles["ND30 Cell"].font.size
    assert size.pt == 12
    # Widths: fixed columns as given, the free one takes the rest of the portrait text width.
    grid = [int(c.get(qn("w:w"))) / 20 / nd30.MM for c in table.iter(qn("w:gridCol"))]
    assert grid == pytest.approx([11, 210 - 45 - 11 - 24 - 36, 24, 36], abs=0.1)


def test_an_empty_table_prints_one_merged_italic_row(tmp_path):
    word = written(plan(), tmp_path)
    table = next(t for t in body_tables(word) if "(Chưa có công việc nào)" in text_of(t))

    _header, only = rows(table)
    (cell,) = cells(only)
    assert span(cell) == len(COLUMNS)
    assert text_of(cell) == "(Chưa có công việc nào)"
    assert cell.find(f".//{qn('w:i')}") is not None
    assert cell.find(f".//{qn('w:jc')}").get(qn("w:val")) == "center"


def test_a_table_on_a_landscape_page_uses_the_landscape_text_width(tmp_path):
    word = written(plan(), tmp_path)
    wide = [t for t in body_tables(word) if "Cột 0" in text_of(t)]

    assert len(wide) == 2  # in the body and in the annex, both on landscape sections
    for table in wide:
        grid = [int(c.get(qn("w:w"))) / 20 / nd30.MM for c in table.iter(qn("w:gridCol"))]
        assert sum(grid) == pytest.approx(297 - 20 - 20, abs=0.2)
        assert grid[1:] == pytest.approx([40] * 5, abs=0.1)


def test_the_annex_is_a_landscape_section_after_the_signature(tmp_path):
    word = written(plan(), tmp_path)
    body = list(word.element.body)
    signature = next(i for i, e in enumerate(body) if "Nguyễn Văn An" in text_of(e))
    label = next(i for i, e in enumerate(body) if text_of(e) == "PHỤ LỤC")

    assert signature < label
    # A section ends between them: the annex starts a new page of its own orientation.
    breaks = [i for i, e in enumerate(body) if e.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None]
    assert any(signature < i < label for i in breaks)
    annex = word.sections[-1]
    assert annex.orientation == WD_ORIENT.LANDSCAPE
    assert annex.page_width > annex.page_height
    note = next(p for p in word.paragraphs if p.text.startswith("(Kèm theo"))
    assert note.style.name == "ND30 Note"


# ---- texts and files ----------------------------------------------------------------------------
def test_every_text_of_the_document_is_printed_in_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Hệ thống quản lý chất lượng")
    document = plan(body=(*BODY[:-1], model.Paragraph(decomposed + "./.", "closing")))
    out = render(document, tmp_path / "nfc.docx")
    word = docx.Document(str(out))
    printed = unicodedata.normalize("NFC", " ".join(paragraph_texts(word.element.body))).replace(
        "\u00a0", " "
    )

    assert unicodedata.normalize("NFC", decomposed) + "./." in printed
    assert unicodedata.is_normalized("NFC", text_of(word.element.body))
    for text in document.texts():
        if text.strip():
            assert nd30.nfc(text).casefold() in printed.casefold(), text


def test_a_missing_folder_is_a_write_failure_and_leaves_nothing(tmp_path):
    with pytest.raises(DomainError) as caught:
        render(plan(), tmp_path / "no-such-folder" / "out.docx")

    assert caught.value.code == "export.write_failed"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")

    def refuse(self, target):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(docx.document.Document, "save", refuse)
    with pytest.raises(DomainError) as caught:
        render(plan(), out)

    assert caught.value.code == "export.write_failed"
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]
