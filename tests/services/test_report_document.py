"""The 6-month and annual report printed (``exports.report_document``): the demo's reports as PDF
pass the Decree 30 check and read as a signed report (title, cut-off line, Kính gửi, sections I–V,
Nơi nhận beside the signature, the landscape annex); the Word file holds the same headings and a
landscape section; the workbook reads back with the report, the annex and one sheet per detail
list, all on A4; a sent report prints the same, byte for byte, after the records and the agency's
name change; an unnumbered or not yet stored report prints blanks to fill by hand."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app import models as m
from app.services import dto, report_prose, vocabulary
from app.services.areas import ExportRequest
from app.services.corrective_actions import CaFields
from app.services.demo import fill_demo
from app.services.exports import catalogue, model, pdf, workbook
from app.services.exports import docx as word_renderer
from app.services.exports.report_document import DATA_SHEETS, report_document, text_blocks
from app.services.satisfaction import ComplaintFields
from tests import decree30

Y = 2026
TODAY = date(Y, 12, 20)  # both reports of 2026 signed and sent in the demo
H1, YEAR = m.ReportKind.H1, m.ReportKind.YEAR
A4 = (595.3, 841.9)
UPSTREAM = "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"


def flat(text: str) -> str:
    """Text as compared: NFC, every run of spaces (no-break ones too) one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdf_pages(path: Path) -> list[str]:
    return [flat(p.extract_text()) for p in PdfReader(str(path)).pages]


def sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def landscape(size: tuple[float, float]) -> bool:
    return abs(size[0] - A4[1]) < 1 and abs(size[1] - A4[0]) < 1


def portrait(size: tuple[float, float]) -> bool:
    return abs(size[0] - A4[0]) < 1 and abs(size[1] - A4[1]) < 1


def export(services: Any, kind: str, fmt: str, out: Path) -> Path:
    return catalogue.export(services, "report", ExportRequest(fmt, out, year=Y, variant=kind))


def no_blunders(text: str) -> None:
    """What a reader must never see in a printed report."""
    assert not re.search(r"\bNone\b|\bnan\b|\bNaN\b|(?<![\d,])0,0\s?%", text), text


def all_texts(document: model.Document) -> list[str]:
    """Every text of the document, the workbook's detail lists included."""
    texts = [t for t in document.texts() if t]
    for sheet in document.data_sheets:
        blocks = model.Document(model.Frame("register", "", ""), sheet.blocks, "")
        texts += [sheet.title, *(t for t in blocks.texts() if t)]
    return texts


# ---- the demo's reports ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(tmp_path_factory.mktemp("report") / "data", writer=True, program="kiểm thử")
    ctx.services.clock.pin(TODAY)
    fill_demo(ctx.services, today=TODAY)
    yield ctx.services
    ctx.close()


@pytest.mark.parametrize("kind", [H1, YEAR])
def test_the_demo_report_pdf_reads_as_a_signed_decree_30_report(demo, kind, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = demo.reports.find(kind, Y)
    assert report.status is m.ReportStatus.SENT and "/" in report.number
    out = export(demo, kind.value, "pdf", tmp_path / "bc.pdf")
    assert decree30.problems(out) == []

    raw = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert unicodedata.is_normalized("NFC", raw) and "\ufffd" not in raw  # every letter intact
    pages = pdf_pages(out)
    text = " ".join(pages)
    headings = [flat(s.heading) for s in report_prose.report_sections(report)]
    assert [h[:3] for h in headings if re.match(r"[IV]+\.", h)] == ["I. ", "II.", "III", "IV.", "V. "]
    cutoff = report_prose.cutoff_line(report.period_start, report.cutoff)
    expected = [
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        f"Số: {report.number}",
        vocabulary.place_date_line("Tùng Ảnh", report.report_on),
        "BÁO CÁO",
        flat(report_prose.subject(kind, Y)),
        cutoff,
        f"Kính gửi: {UPSTREAM}",
        "Thực hiện Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014",
        *headings,
        "Trên đây là báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng",
        f"của Ủy ban nhân dân xã Tùng Ảnh, kính báo cáo {UPSTREAM}./.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, VP.",
        "TM. ỦY BAN NHÂN DÂN",
        report.frame["signer_name"],
        "PHỤ LỤC",
        "(Kèm theo Báo cáo số "
        f"{report.number} ngày {vocabulary.citation_date(report.report_on)} của Ủy ban nhân dân xã Tùng Ảnh)",
    ]
    positions = []
    for words in expected:
        assert words in text, words
        positions.append(text.index(words))
    assert positions == sorted(positions)  # in reading order (the cut-off line before Kính gửi)
    # The addressee is "Như trên": not listed again under Nơi nhận.
    assert f"- {UPSTREAM} (để báo cáo)" not in text
    no_blunders(text)

    # Portrait pages, then the annex on a landscape page after the signature; the closing
    # sentence on the signature's page; no page ends on a heading.
    annex = next(i for i, p in enumerate(pages) if p.startswith(f"{i + 1} PHỤ LỤC"))
    assert annex >= 2
    assert all(portrait(s) for s in sizes(out)[:annex]) and all(landscape(s) for s in sizes(out)[annex:])
    assert "./." in pages[annex - 1] and "Nơi nhận:" in pages[annex - 1]
    assert report.frame["signer_name"] in pages[annex - 1]
    assert not pages[0].startswith("1 ")
    for page in PdfReader(str(out)).pages[:annex]:
        last = flat(page.extract_text().rstrip().splitlines()[-1])
        assert last not in headings, last


def test_the_demo_report_in_word_and_excel(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from docx.enum.section import WD_ORIENT

    report = demo.reports.find(YEAR, Y)
    document = catalogue.build(
        demo, "report", ExportRequest("docx", tmp_path / "x.docx", year=Y, variant="year")
    )

    # Word: the same headings in the same order, the annex in a landscape section.
    word = docx.Document(str(export(demo, "year", "docx", tmp_path / "bc.docx")))
    printed = [flat(p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert printed == [flat(b.text) for b in document.body if isinstance(b, model.Heading)]
    assert printed[0] == "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI" and len(printed) >= 15
    assert word.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert word.sections[-1].orientation == WD_ORIENT.LANDSCAPE
    paragraphs = [flat(p.text) for p in word.paragraphs]
    assert f"Kính gửi: {UPSTREAM}" in paragraphs
    (annex,) = [t for t in word.tables if "Tên cơ quan" in [c.text for c in t.rows[0].cells]]
    assert len(annex.rows) == 2 and annex.rows[1].cells[1].text == "Ủy ban nhân dân xã Tùng Ảnh"

    # Excel: the report, the annex, one sheet per detail list; every sheet on A4.
    wb = load_workbook(export(demo, "year", "xlsx", tmp_path / "bc.xlsx"))
    assert wb.sheetnames == ["Báo cáo", "Phụ lục", *DATA_SHEETS]
    for ws in wb.worksheets:
        assert str(ws.page_setup.paperSize) == "9", ws.title
        expected = "portrait" if ws.title == "Báo cáo" else "landscape"
        assert ws.page_setup.orientation == expected, ws.title

    def rows(title: str) -> list[tuple[Any, ...]]:
        """The numbered rows (STT) of a sheet's tables."""
        values = wb[title].iter_rows(values_only=True)
        return [tuple(v for v in r if v is not None) for r in values if isinstance(r[0], int)]

    f, facts = report.figures, report.figures["facts"]
    audit = facts["audits"][0]
    start, end = date.fromisoformat(audit["start_on"]), date.fromisoformat(audit["end_on"])
    assert (start.year, start.month) == (end.year, end.month) and start != end
    last = facts["last_publication"]
    assert rows("Phụ lục") == [
        (
            1,
            "Ủy ban nhân dân xã Tùng Ảnh",
            f["tthc_in_jurisdiction"],
            f["tthc_covered"],
            f["internal_procedures"],
            f"{f['procedures_amended']:02d} sửa đổi",
            f"{last['number']} ngày {vocabulary.citation_date(date.fromisoformat(last['signed_on']))}",
            "Không",
            f"{start.day:02d}–{end.day:02d}/{end.month}/{end.year}",
            vocabulary.citation_date(date.fromisoformat(facts["reviews"][0]["held_on"])),
            f"Số liệu đến ngày {vocabulary.citation_date(report.cutoff)}.",
        )
    ]
    assert f["procedures_new"] == 0 and f["publications"] == 0  # as the row says
    counts = {
        "Quy trình thay đổi": len(facts["procedures_changed"]),
        "Văn bản căn cứ": len(facts["legal_behind"]),
        "Phát hiện, khắc phục": len(facts["findings"]) + len(facts["corrective_actions"]),
        "Mục tiêu": len(f["objectives"]),
        "Đào tạo": len(facts["training"]),
        "Khảo sát, phản ánh": len(facts["surveys"]) + len(facts["complaints"]),
        "Kiểm tra": len(facts["inspections"]),
    }
    assert all(counts.values())
    assert {name: len(rows(name)) for name in DATA_SHEETS} == counts
    finding = facts["findings"][-1]["description"]
    assert any(finding in r for r in rows("Phát hiện, khắc phục"))
    # The detail lists are the workbook's only: not in the PDF, not on the report's sheet.
    assert finding not in " ".join(pdf_pages(export(demo, "year", "pdf", tmp_path / "bc.pdf")))
    first = " ".join(str(v) for r in wb["Báo cáo"].iter_rows(values_only=True) for v in r if v)
    assert finding not in first and "BÁO CÁO" in first
    no_blunders(" ".join(all_texts(document)))


# ---- a report that stays as it was sent -------------------------------------------------------------
@pytest.fixture
def sent(services, agency):  # type: ignore[no-untyped-def]
    """The 6-month report signed as "25" on 20/6 and sent on 22/6, one complaint in its period; the
    Sở addressed, the Đảng ủy a recipient."""
    services.clock.pin(date(Y, 7, 20))
    for name, addressed in ((UPSTREAM, True), ("Thường trực Đảng ủy xã", False)):
        services.agency.save_recipient(
            dto.RecipientFields(name=name, purpose="để báo cáo", addressee=addressed)
        )
    services.satisfaction.create_complaint(ComplaintFields(received_on=date(Y, 2, 2), content="Chậm"))
    report_id = services.reports.compose(H1, Y)
    services.reports.sign(report_id, "25", date(Y, 6, 20))
    services.reports.send(report_id, date(Y, 6, 22))
    return report_id


def test_a_sent_report_prints_the_same_after_the_records_and_the_agency_change(
    services, sent, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    before = export(services, "h1", "pdf", tmp_path / "a.pdf").read_bytes()
    again = export(services, "h1", "pdf", tmp_path / "b.pdf").read_bytes()
    assert before == again  # written reproducibly
    json_before = export(services, "h1", "json", tmp_path / "a.json").read_text("utf-8")
    text = " ".join(pdf_pages(tmp_path / "a.pdf"))
    assert "Số: 25/BC-UBND" in text and "Tùng Ảnh, ngày 20 tháng 6 năm 2026" in text
    assert "Tiếp nhận 01 phản ánh, kiến nghị" in text
    assert "- Như trên; - Thường trực Đảng ủy xã (để báo cáo); - Lưu: VT." in text

    # The records of its period change, and so does the agency's name.
    services.corrective_actions.create(
        CaFields(raised_on=date(Y, 3, 3), source=m.CaSource.SELF, description="Hồ sơ trễ hạn")
    )
    services.satisfaction.create_complaint(ComplaintFields(received_on=date(Y, 4, 4), content="Thái độ"))
    profile = services.agency.get_profile()
    fields = dto.AgencyFields(
        **{f.name: getattr(profile, f.name) for f in dataclasses.fields(dto.AgencyFields)}
    )
    services.agency.update_profile(dataclasses.replace(fields, full_name="Ủy ban nhân dân phường Tùng Ảnh"))

    after = export(services, "h1", "pdf", tmp_path / "c.pdf")
    assert after.read_bytes() == before
    assert pdf_pages(after) == pdf_pages(tmp_path / "a.pdf")
    assert export(services, "h1", "json", tmp_path / "c.json").read_text("utf-8") == json_before
    # A draft composed now does follow them: the change was real.
    services.reports.compose(YEAR, Y)
    draft = catalogue.build(
        services, "report", ExportRequest("pdf", tmp_path / "d.pdf", year=Y, variant="year")
    )
    assert draft.frame.issuer == "Ủy ban nhân dân phường Tùng Ảnh"
    assert any("Tiếp nhận 02 phản ánh, kiến nghị" in t for t in draft.texts())


# ---- blanks, previews, frames ----------------------------------------------------------------------
def test_a_report_not_yet_stored_prints_blanks_and_saves_nothing(services, agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 3, 10))
    request = ExportRequest("pdf", tmp_path / "bc.pdf", year=Y, variant="year")
    exported = catalogue.write(services, "report", request)
    assert services.reports.find(YEAR, Y) is None
    assert any("chưa được lưu" in w for w in exported.warnings)
    document = catalogue.build(services, "report", request)
    frame = document.frame
    assert re.fullmatch(r"Số:\s+/BC-UBND", frame.number_line)
    assert re.fullmatch(r"Tùng Ảnh, ngày\s+tháng\s+năm 2026", frame.date_line)
    assert re.fullmatch(
        r"\(Kèm theo Báo cáo số\s+/BC-UBND ngày\s+/\s+/2026 của Ủy ban nhân dân xã Tùng Ảnh\)",
        document.annexes[0].attached_to,
    )
    assert frame.note_lines == ("(Số liệu tính từ ngày 15/12/2025 đến ngày 10/3/2026)",)
    # Nobody addressed: no "Kính gửi", no "Như trên"; the closing names no one.
    assert (frame.addressee, frame.recipients) == ("", ("- Lưu: VT.",))
    assert flat(document.body[-1].text).endswith("của Ủy ban nhân dân xã Tùng Ảnh./.")
    # An empty period says so in words, on every sheet too.
    texts = all_texts(document)
    no_blunders(" ".join(texts))
    assert "(Trong kỳ không có phát hiện)" in texts and "(Trong kỳ cơ quan không được kiểm tra)" in texts
    (row,) = document.annexes[0].blocks[0].rows  # type: ignore[union-attr]
    assert row.cells[5:10] == ("Không", "Chưa công bố", "Không", "Không", "Không")
    assert decree30.problems(exported.path) == []


def test_several_addressees_and_the_reports_own_recipients(services, agency) -> None:  # type: ignore[no-untyped-def]
    from app.services.reports import ReportFields

    services.clock.pin(date(Y, 7, 20))
    report_id = services.reports.compose(H1, Y)
    services.reports.update(
        report_id,
        ReportFields(
            addressee=f"{UPSTREAM}\nSở Nội vụ tỉnh Hà Tĩnh",
            recipients="Như trên\nSở Nội vụ tỉnh Hà Tĩnh (để biết)\nThường trực Đảng ủy xã (để báo cáo)\nLưu: VT, VP",
            signing_lines="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            signer_name="Lê Văn Bình",
        ),
    )
    document = report_document(services.reports.get(report_id))
    frame = document.frame
    assert frame.addressee == f"Kính gửi:\n- {UPSTREAM};\n- Sở Nội vụ tỉnh Hà Tĩnh."
    assert frame.recipients == (
        "- Như trên;",
        "- Thường trực Đảng ủy xã (để\u00a0báo\u00a0cáo);",
        "- Lưu: VT, VP.",
    )
    assert frame.signatures == (model.Signature(("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Lê Văn Bình"),)
    assert flat(document.body[-1].text).endswith(f"kính báo cáo {UPSTREAM} và Sở Nội vụ tỉnh Hà Tĩnh./.")


def test_list_lines_print_as_lists_and_an_empty_last_subsection_is_left_out(
    services, agency, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert text_blocks(["Kết quả như sau:", "- Mục tiêu 1: đạt.", "- Mục tiêu 2: 98,6 %.", "Tiếp theo."]) == [
        model.Paragraph("Kết quả như sau:"),
        model.Bullets(("Mục tiêu 1: đạt.", "Mục tiêu 2: 98,6 %.")),
        model.Paragraph("Tiếp theo."),
    ]
    S = report_prose.Section
    sections = [
        S("III", "III. ĐÁNH GIÁ CHUNG", 1),
        S("III.1", "1. Ưu điểm", 2),  # nothing yet, but "2." follows: kept, the numbering unbroken
        S("III.2", "2. Tồn tại, hạn chế", 2, ("Không có tồn tại, hạn chế đáng kể.",)),
        S("III.3", "3. Nguyên nhân", 2),  # nothing to say, the last of its part: left out
        S("IV", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", 1, ("Tiếp tục duy trì TCVN ISO 9001:2015.",)),
    ]
    monkeypatch.setattr(report_prose, "report_sections", lambda r: sections)
    services.clock.pin(date(Y, 7, 20))
    body = report_document(services.reports.preview(H1, Y)).body
    assert [(b.text, b.level) for b in body if isinstance(b, model.Heading)] == [
        ("III. ĐÁNH GIÁ CHUNG", 1),
        ("1. Ưu điểm", 2),
        ("2. Tồn tại, hạn chế", 2),
        ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", 1),
    ]
    # The standard's name never breaks over two lines.
    assert "Tiếp tục duy trì TCVN\u00a0ISO\u00a09001:2015." in [
        b.text for b in body if isinstance(b, model.Paragraph)
    ]
    assert isinstance(body[0], model.Paragraph) and body[-1].style == "closing"  # type: ignore[union-attr]


# ---- the workbook's data sheets (model.DataSheet) ---------------------------------------------------
def test_data_sheets_are_printed_in_the_workbook_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    columns = (model.Column("STT", 12, 6, "center"), model.Column("Nội dung", None, 40))
    table = model.Table(columns, (model.Row((1, "Chi tiết thứ nhất")), model.Row((2, "Chi tiết thứ hai"))))
    other = model.Table(columns, (model.Row((1, "Bảng sau")),))
    document = model.Document(
        frame=model.Frame(
            "signed", "Ủy ban nhân dân xã Tùng Ảnh", "Báo cáo", "Thử", recipients=("- Lưu: VT.",)
        ),
        body=(model.Paragraph("Nội dung báo cáo./.", "closing"),),
        title="Thử",
        data_sheets=(
            model.DataSheet("Chi tiết", "Danh sách chi tiết", (table,)),
            model.DataSheet("Chi tiết", "Danh sách sau", (model.Heading("2. Phần sau", 2), other)),
        ),
    )
    planned = workbook.plan_sheets(document)
    assert [(s.name, s.orientation) for s in planned] == [("Báo cáo", "portrait"), ("Chi tiết", "landscape")]
    wb = load_workbook(workbook.render(document, tmp_path / "x.xlsx"))
    ws = wb["Chi tiết"]
    values = [v for r in ws.iter_rows(values_only=True) for v in r if v is not None]
    assert (
        values.index("Danh sách chi tiết") < values.index("Chi tiết thứ hai") < values.index("Danh sách sau")
    )
    assert values.index("Danh sách sau") < values.index("2. Phần sau") < values.index("Bảng sau")
    assert len(ws.row_breaks.brk) == 1  # the second list starts a new page of the same sheet
    assert str(ws.page_setup.paperSize) == "9" and ws.page_setup.orientation == "landscape"
    first = " ".join(str(v) for r in wb["Báo cáo"].iter_rows(values_only=True) for v in r if v)
    assert "Nội dung báo cáo./." in first and "Chi tiết thứ nhất" not in first
    printed = " ".join(pdf_pages(pdf.render(document, tmp_path / "x.pdf")))
    assert "Nội dung báo cáo./." in printed and "Chi tiết" not in printed
    word = docx.Document(str(word_renderer.render(document, tmp_path / "x.docx")))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    assert not any("Chi tiết" in x for x in [p.text for p in word.paragraphs] + cells)
