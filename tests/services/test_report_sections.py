"""The report's text: the default outline written from the figures, the opening citing the legal
bases from data and the upstream request, an edited section kept (and marked) on refresh while the
others follow the records, sections added, moved, removed, the outline saved as the agency's
template (free text with {figure} placeholders, never figures), an empty period said in words, and
the demo's generated prose fixed by a golden text."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

import pytest

from app import models as m
from app.services.corrective_actions import CaFields
from app.services.errors import DomainError, ValidationError
from app.services.report_prose import cutoff_line, opening, report_sections, subject

Y = 2026
GOLDEN = Path(__file__).parent / "golden" / "report-2026-year.txt"
DEFAULT_KEYS = [
    "I",
    "II",
    *(f"II.{n}" for n in range(1, 11)),
    "III",
    "III.1",
    "III.2",
    "III.3",
    "IV",
    "V",
]


@pytest.fixture
def reports(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 6, 20))
    return services.reports


def _ca(services, raised: date, due: date | None = None) -> None:  # type: ignore[no-untyped-def]
    services.corrective_actions.create(
        CaFields(raised_on=raised, source=m.CaSource.SELF, description="Hồ sơ trễ hạn", due_on=due)
    )


def _text(detail) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p for s in report_sections(detail) for p in (s.heading, *s.paragraphs))


def test_the_default_outline_is_written_from_the_figures(services, reports) -> None:  # type: ignore[no-untyped-def]
    _ca(services, date(Y, 2, 3))
    r = reports.get(reports.compose("h1", Y))
    assert [x["key"] for x in r.sections] == DEFAULT_KEYS
    assert {x["key"] for x in r.sections if x["mode"] == "free"} == {"II.10", "V"}
    by_key = {s.key: s for s in report_sections(r)}
    assert by_key["IV"].heading == "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026"
    assert "Trong kỳ lập" not in " ".join(by_key["II.4"].paragraphs)  # no audit: no request sentence there
    assert by_key["II.4"].paragraphs == ("Trong kỳ chưa tổ chức đánh giá nội bộ.",)
    assert subject(r.kind, r.year).endswith("TCVN ISO 9001:2015 6 tháng đầu năm 2026")
    assert cutoff_line(r.period_start, r.cutoff) == "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)"


def test_the_opening_cites_the_bases_from_data_then_the_request(services, reports) -> None:  # type: ignore[no-untyped-def]
    report_id = reports.compose("year", Y)
    text = opening(reports.get(report_id))
    assert text.startswith(
        "Thực hiện Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống "
        "quản lý chất lượng"
    )
    assert " và Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ" in text
    assert text.endswith(
        ", Ủy ban nhân dân xã Tùng Ảnh báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng "
        "theo TCVN ISO 9001:2015 năm 2026 như sau:"
    )
    fields = dataclasses.replace(
        reports.get(report_id).fields(),
        request_ref="Công văn số 2718/SKHCN-TĐC ngày 18/11/2026 của Sở Khoa học và Công nghệ",
    )
    reports.update(report_id, fields)
    text = opening(reports.get(report_id))
    assert "; Công văn số 2718/SKHCN-TĐC ngày 18/11/2026 của Sở Khoa học và Công nghệ, Ủy ban" in text
    # The bases are data: the agency's list for reports, edited on the agency page.
    for basis in services.agency.list_legal_bases("report"):
        services.agency.delete_legal_basis(basis.id)
    reports.refresh(report_id)
    assert opening(reports.get(report_id)).startswith("Thực hiện Công văn số 2718/SKHCN-TĐC")


def test_an_edited_section_is_kept_on_refresh_and_the_others_follow_the_records(services, reports) -> None:  # type: ignore[no-untyped-def]
    report_id = reports.compose("h1", Y)
    reports.save_section(report_id, "II.3", "3. Kết quả giải quyết hồ sơ", ["Đoạn do thư ký viết lại."])
    _ca(services, date(Y, 2, 3), due=date(Y, 3, 1))  # overdue at the cut-off: said in III.2 "Tồn tại"
    reports.refresh(report_id)
    sections = {x["key"]: x for x in reports.get(report_id).sections}
    assert sections["II.3"]["edited"] and sections["II.3"]["heading_edited"]
    assert sections["II.3"]["paragraphs"] == ["Đoạn do thư ký viết lại."]
    assert sections["II.3"]["heading"] == "3. Kết quả giải quyết hồ sơ"
    assert not sections["III.2"]["edited"]
    assert "01 phiếu hành động khắc phục chưa hoàn thành đúng hạn" in sections["III.2"]["paragraphs"][0]
    # Saving the generated text unchanged is not an edit; a reset gives the generated text back.
    reports.save_section(report_id, "III.2", sections["III.2"]["heading"], sections["III.2"]["paragraphs"])
    assert not {x["key"]: x for x in reports.get(report_id).sections}["III.2"]["edited"]
    reports.reset_section(report_id, "II.3")
    again = {x["key"]: x for x in reports.get(report_id).sections}["II.3"]
    assert (
        not again["edited"] and again["heading"] == "3. Kết quả áp dụng trong giải quyết thủ tục hành chính"
    )
    with pytest.raises(ValidationError):
        reports.save_section(report_id, "II.3", "  ", ["x"])


def test_sections_added_moved_removed_and_the_outline_saved_as_the_agencys(services, reports) -> None:  # type: ignore[no-untyped-def]
    report_id = reports.compose("h1", Y)
    key = reports.add_section(report_id, "II.10", "11. Ứng dụng công nghệ thông tin")
    reports.save_section(
        report_id,
        key,
        "11. Ứng dụng công nghệ thông tin",
        ["Trong kỳ mở {ca_opened} phiếu; hài lòng {satisfaction_percent}."],
    )
    reports.move_section(report_id, "V", -1)  # V before IV
    reports.remove_section(report_id, "III.3")
    keys = [x["key"] for x in reports.get(report_id).sections]
    assert keys[keys.index("II.10") + 1] == key and keys[-2:] == ["V", "IV"] and "III.3" not in keys
    reports.save_outline(report_id)
    outline = reports.outline()
    assert [x["key"] for x in outline] == keys
    assert all(x["text"] == "" for x in outline if x["mode"] == "generated")  # never the figures
    assert {x["key"]: x for x in outline}[key]["text"] == (
        "Trong kỳ mở {ca_opened} phiếu; hài lòng {satisfaction_percent}."
    )
    # The next report starts from the agency's outline, its free text filled from its own figures.
    _ca(services, date(Y, 3, 5))
    _ca(services, date(Y, 4, 6))
    services.clock.pin(date(Y, 12, 20))
    annual = reports.get(reports.compose("year", Y))
    assert [x["key"] for x in annual.sections] == keys
    added = {x["key"]: x for x in annual.sections}[key]
    assert added["paragraphs"] == ["Trong kỳ mở 02 phiếu; hài lòng chưa có số liệu."]
    assert not added["edited"]
    reports.reset_outline()
    assert reports.outline() == []


def test_a_signed_reports_text_cannot_be_edited(reports) -> None:  # type: ignore[no-untyped-def]
    report_id = reports.compose("h1", Y)
    reports.sign(report_id, "12/BC-UBND", date(Y, 6, 15))
    with pytest.raises(DomainError) as caught:
        reports.save_section(report_id, "II.3", "3. Khác", ["x"])
    assert caught.value.code == "report.read_only"
    with pytest.raises(DomainError):
        reports.add_section(report_id, None, "Khác")


@pytest.mark.parametrize("kind", ["h1", "year"])
def test_an_empty_period_is_said_in_words(reports, kind) -> None:  # type: ignore[no-untyped-def]
    text = _text(reports.get(reports.compose(kind, Y)))
    for wrong in ("None", "nan", "NaN", "0,0 %", "0,0\u00a0%", "{", "}"):
        assert wrong not in text, wrong
    assert "Trong kỳ chưa có số liệu giải quyết thủ tục hành chính." in text
    assert "Trong kỳ chưa có kết quả khảo sát sự hài lòng của tổ chức, cá nhân." in text


def test_the_demo_reports_generated_prose_is_the_golden_text(services) -> None:  # type: ignore[no-untyped-def]
    """The demo's 2026 annual report as of 22/11/2026 (a draft): its opening and every section as
    generated. Set UPDATE_GOLDEN=1 to write the file again after a deliberate change, and read it."""
    from app.services.demo import fill_demo

    fill_demo(services, today=date(Y, 11, 22))
    r = services.reports.find("year", Y)
    assert r is not None and r.status is m.ReportStatus.DRAFT
    text = (
        "\n".join([subject(r.kind, r.year), cutoff_line(r.period_start, r.cutoff), opening(r), _text(r)])
        + "\n"
    )
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
