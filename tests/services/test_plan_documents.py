"""The signed documents of the yearly cycle: annual QMS plan and quality-objectives plan (PDF, xlsx)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app.models import Aggregation, Comparison, Frequency
from app.services import dto
from app.services.errors import DomainError
from app.services.exports import nd30
from app.services.exports.plan_documents import target_text, task_time
from app.services.vocabulary import number_text

A4 = (595.3, 841.9)


def pdf_pages(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    return [" ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in reader.pages]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def is_portrait(size: tuple[float, float]) -> bool:
    return abs(size[0] - A4[0]) < 1 and abs(size[1] - A4[1]) < 1


def is_landscape(size: tuple[float, float]) -> bool:
    return abs(size[0] - A4[1]) < 1 and abs(size[1] - A4[0]) < 1


def embedded_font_files(path: Path) -> int:
    reader = PdfReader(str(path))
    count = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                descriptor = target.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    count += 1
    return count


def xlsx_texts(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            texts += [" ".join(str(v).split()) for v in row if v not in (None, "")]
    return texts


@pytest.fixture
def plan_year(services, agency):  # type: ignore[no-untyped-def]
    services.agency.save_recipient(dto.RecipientFields(name="Sở Khoa học và Công nghệ", note="để báo cáo"))
    plan = services.plans.create_plan(2026)
    services.plans.save_plan(
        2026,
        dto.PlanFields(
            number="05",
            signed_on=date(2026, 1, 5),
            purpose=plan.purpose,
            requirements=plan.requirements,
        ),
    )
    return 2026


def add_objective(services, statement: str = "Giải quyết hồ sơ đúng hạn", **kw):  # type: ignore[no-untyped-def]
    fields = {
        "year": 2026,
        "statement": statement,
        "indicator": "Tỷ lệ hồ sơ đúng hạn",
        "unit": "%",
        "comparison": Comparison.GE,
        "target": 98,
        "aggregation": Aggregation.LAST,
        "frequency": Frequency.QUARTER,
        "plan_lines": (
            dto.PlanLineFields(
                action="Rà soát hồ sơ tại Bộ phận Một cửa hằng tuần",
                resources="Cán bộ Một cửa",
                responsible="Công chức Văn phòng",
                due="Quý I/2026",
                evaluation="Thống kê trên hệ thống",
            ),
        ),
    }
    fields.update(kw)
    return services.objectives.save_objective(dto.ObjectiveFields(**fields))


# ---- helpers ------------------------------------------------------------------------------------
def test_number_and_date_lines() -> None:
    assert nd30.document_number("05", "KH", "UBND") == "Số: 05/KH-UBND"
    assert nd30.document_number("5", "KH", "UBND") == "Số: 05/KH-UBND"
    assert re.fullmatch(r"Số:\s+/KH-UBND", nd30.document_number("", "KH", "UBND"))
    assert nd30.document_number(12, "BC", "UBND") == "Số: 12/BC-UBND"
    assert nd30.place_date_line("Tùng Ảnh", date(2026, 1, 5)) == "Tùng Ảnh, ngày 05 tháng 01 năm 2026"
    assert re.fullmatch(r"Tùng Ảnh, ngày\s+tháng\s+năm 2026", nd30.place_date_line("Tùng Ảnh", year=2026))


def test_recipient_lines() -> None:
    assert nd30.recipient_lines("", [("Sở KH&CN", "để báo cáo"), ("UBND huyện", "")]) == (
        "- Sở KH&CN (để báo cáo);",
        "- UBND huyện;",
        "- Lưu: VT.",
    )
    assert nd30.recipient_lines("Như trên\n- Lưu: VT, VP.\n-Ban chỉ đạo ISO;") == (
        "- Như trên;",
        "- Ban chỉ đạo ISO;",
        "- Lưu: VT, VP.",
    )
    assert nd30.recipient_lines() == ("- Lưu: VT.",)


def test_vietnamese_numbers_and_targets() -> None:
    assert number_text(98) == "98"
    assert number_text(98.5) == "98,5"
    assert number_text(1500) == "1.500"
    assert target_text(dto.ObjectiveFields(year=2026, statement="x", unit="%", target=98)) == "≥ 98\u00a0%"
    assert (
        target_text(
            dto.ObjectiveFields(year=2026, statement="x", unit="vụ", comparison=Comparison.LE, target=0)
        )
        == "0 vụ"
    )
    assert task_time(dto.TaskFields(content="x", quarter=3)) == "Quý III"


# ---- the annual plan ----------------------------------------------------------------------------
def test_plan_pdf(services, plan_year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = services.plan_exports.export("plan", plan_year, "pdf", tmp_path / "kh.pdf")
    pages = pdf_pages(out)
    text = " ".join(pages)
    for expected in (
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/KH-UBND",
        "Tùng Ảnh, ngày 05 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2026",
        "Quyết định số 19/2014/QĐ-TTg",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN",
        "III. TỔ CHỨC THỰC HIỆN",
        "Tổ chức đánh giá nội bộ Hệ thống quản lý chất lượng",
        "Quý III",
        "Thường xuyên",
        "./.",
        "Nơi nhận:",
        "- Sở Khoa học và Công nghệ (để báo cáo);",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn An",
    ):
        assert expected in text, expected
    # The signature block comes after the recipients, on the last page.
    assert "Nơi nhận:" in pages[-1] and "Nguyễn Văn An" in pages[-1]
    sizes = page_sizes(out)
    assert len(sizes) >= 2 and all(is_portrait(s) for s in sizes)
    assert embedded_font_files(out) >= 2
    # Page numbers from page 2 on, none on page 1.
    assert not pages[0].startswith("1 ")
    for n, page in enumerate(pages[1:], start=2):
        assert page.startswith(f"{n} "), page[:40]


def test_plan_blank_number_and_date(services, agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.plans.create_plan(2026)
    out = services.plan_exports.export("plan", 2026, "pdf", tmp_path / "kh.pdf")
    first = unicodedata.normalize("NFC", PdfReader(str(out)).pages[0].extract_text())
    assert re.search(r"Số:\s+/KH-UBND", first)
    assert re.search(r"Tùng Ảnh, ngày\s+tháng\s+năm 2026", first)
    assert "- Lưu: VT." in first or "- Lưu: VT." in " ".join(pdf_pages(out))


def test_plan_signing_override(services, plan_year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = services.plans.get_plan(plan_year)
    services.plans.save_plan(
        plan_year,
        dto.PlanFields(
            number="05",
            signed_on=date(2026, 1, 5),
            signing_lines="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            signer_name="Trần Thị Bình",
            recipients="Ban chỉ đạo ISO\nCác bộ phận chuyên môn",
            purpose=plan.purpose,
            requirements=plan.requirements,
            implementation="Văn phòng chủ trì theo dõi việc thực hiện.",
        ),
    )
    text = " ".join(pdf_pages(services.plan_exports.export("plan", plan_year, "pdf", tmp_path / "kh.pdf")))
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text
    assert "Trần Thị Bình" in text and "Nguyễn Văn An" not in text
    assert "TM. ỦY BAN NHÂN DÂN" not in text
    assert "- Ban chỉ đạo ISO; - Các bộ phận chuyên môn; - Lưu: VT." in text
    assert "Sở Khoa học và Công nghệ" not in text
    assert "Văn phòng chủ trì theo dõi việc thực hiện." in text


def test_plan_xlsx(services, plan_year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = services.plan_exports.export("plan", plan_year, "xlsx", tmp_path / "kh.xlsx")
    texts = xlsx_texts(out)
    for expected in (
        "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/KH-UBND",
        "Tùng Ảnh, ngày 05 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "STT",
        "Nội dung công việc",
        "Tổ chức đánh giá nội bộ Hệ thống quản lý chất lượng",
        "Nơi nhận:",
        "- Lưu: VT.",
        "Nguyễn Văn An",
    ):
        assert expected in texts, expected
    ws = openpyxl.load_workbook(out).active
    assert str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4)
    assert ws.page_setup.orientation == "portrait"


# ---- the objectives plan ------------------------------------------------------------------------
def test_objectives_pdf(services, agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_objective(services)
    add_objective(services, "Không để xảy ra khiếu nại", unit="vụ", comparison=Comparison.LE, target=0)
    services.objectives.save_meta(2026, dto.DocumentMeta(number="7", signed_on=date(2026, 2, 3)))
    out = services.plan_exports.export("objectives", 2026, "pdf", tmp_path / "mt.pdf")
    pages = pdf_pages(out)
    text = " ".join(pages)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 07/KH-UBND",
        "Tùng Ảnh, ngày 03 tháng 02 năm 2026",
        "KẾ HOẠCH",
        "Thực hiện mục tiêu chất lượng năm 2026",
        "I. MỤC TIÊU CHẤT LƯỢNG",
        "II. KẾ HOẠCH THỰC HIỆN MỤC TIÊU",
        "≥ 98 %",
        "0 vụ",
        "Hằng quý",
        "Rà soát hồ sơ tại Bộ phận Một cửa hằng tuần",
        "Cách đánh giá kết quả",
        "./.",
        "Nơi nhận:",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "Nguyễn Văn An",
    ):
        assert expected in text, expected
    assert "≤ 0" not in text  # a target of none is written "0 vụ"
    sizes = page_sizes(out)
    assert is_portrait(sizes[0])
    assert any(is_landscape(s) for s in sizes)
    landscape_index = next(i for i, s in enumerate(sizes) if is_landscape(s))
    assert "II. KẾ HOẠCH THỰC HIỆN MỤC TIÊU" in pages[landscape_index]
    assert embedded_font_files(out) >= 2


def test_objectives_signing_override(services, agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_objective(services)
    services.objectives.save_meta(
        2026, dto.DocumentMeta(signing_lines="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer_name="Lê Văn Cường")
    )
    out = services.plan_exports.export("objectives", 2026, "pdf", tmp_path / "mt.pdf")
    text = " ".join(pdf_pages(out))
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text and "Lê Văn Cường" in text
    assert "Nguyễn Văn An" not in text
    assert re.search(r"Số:\s+/KH-UBND", text)
    assert re.search(r"ngày\s+tháng\s+năm 2026", text)


def test_objectives_xlsx(services, agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_objective(services)
    add_objective(services, "Tỷ lệ hài lòng", comparison=Comparison.EQ, target=100)
    out = services.plan_exports.export("objectives", 2026, "xlsx", tmp_path / "mt.xlsx")
    texts = xlsx_texts(out)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Thực hiện mục tiêu chất lượng năm 2026",
        "≥ 98 %",
        "100 %",
        "Giải quyết hồ sơ đúng hạn",
        "Rà soát hồ sơ tại Bộ phận Một cửa hằng tuần",
        "Quý I/2026",
        "Nơi nhận:",
    ):
        assert expected in texts, expected
    assert "= 100 %" not in texts  # the sign "=" adds nothing to a target
    wb = openpyxl.load_workbook(out)
    assert [ws.page_setup.orientation for ws in wb.worksheets] == ["portrait", "landscape"]


# ---- errors -------------------------------------------------------------------------------------
def test_errors(services, agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as err:
        services.plan_exports.export("plan", 2026, "pdf", tmp_path / "x.pdf")
    assert err.value.code == "export.no_plan"
    with pytest.raises(DomainError) as err:
        services.plan_exports.export("objectives", 2026, "xlsx", tmp_path / "x.xlsx")
    assert err.value.code == "export.no_objectives"
    with pytest.raises(DomainError) as err:
        services.plan_exports.export("report", 2026, "pdf", tmp_path / "x.pdf")
    assert err.value.code == "export.bad_document"
    services.plans.create_plan(2026)
    with pytest.raises(DomainError) as err:
        services.plan_exports.export("plan", 2026, "doc", tmp_path / "x.doc")
    assert err.value.code == "export.bad_format"
    with pytest.raises(DomainError) as err:
        services.plan_exports.export("plan", 2026, "pdf", tmp_path / "missing" / "x.pdf")
    assert err.value.code == "export.write_failed"
    assert not list(tmp_path.glob("x.*"))


def test_agency_not_set_up(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as err:
        services.plan_exports.export("plan", 2026, "pdf", tmp_path / "x.pdf")
    assert err.value.code == "agency.not_set_up"


def test_messages_exist() -> None:
    from app.messages import MESSAGES

    for code in ("export.no_plan", "export.no_objectives", "export.bad_document", "export.write_failed"):
        assert code in MESSAGES
