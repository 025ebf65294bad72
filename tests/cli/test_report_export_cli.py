"""``thuky-iso export report --kind K --year N --format pdf|docx|xlsx --out FILE`` on a small data
folder: the report printed before it is stored (blanks, a warning, nothing saved), then as signed
(its number and date); a format the report does not offer is a usage error."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from tests.cli.commune_folder import commune_folder

Y = 2026


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with the agency set up, the Sở addressed, one complaint received on 02/3/2026."""
    from app.services import dto
    from app.services.satisfaction import ComplaintFields

    def add(s) -> None:  # type: ignore[no-untyped-def]
        s.agency.save_recipient(
            dto.RecipientFields(name="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", purpose="để báo cáo")
        )
        s.satisfaction.create_complaint(
            ComplaintFields(received_on=date(Y, 3, 2), content="Chậm trả kết quả")
        )

    return commune_folder(tmp_path, date(Y, 3, 5), add)


def run(root: Path, today: str, *args: str) -> int:
    return main(["--data-dir", str(root), "--today", today, *args])


def export(root: Path, today: str, fmt: str, out: Path) -> int:
    return run(
        root, today, "export", "report", "--kind", "h1", "--year", str(Y), "--format", fmt, "--out", str(out)
    )


def stored(root: Path) -> list[str]:
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(root, writer=False, program="kiểm thử")
    try:
        return [r.status.value for r in ctx.services.reports.list_reports()]
    finally:
        ctx.close()


def pdf_text(path: Path) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_export_report_as_pdf_word_and_excel(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # None stored: printed as composed up to --today, numbered and dated by hand, nothing saved.
    out = tmp_path / "bao-cao.pdf"
    assert export(data, "2026-03-10", "pdf", out) == 0
    said = capsys.readouterr().out
    assert "Lưu ý: Chưa lập báo cáo 6 tháng đầu năm 2026" in said and f"Đã xuất {out}." in said
    text = pdf_text(out)
    assert "BÁO CÁO" in text and "(Số liệu tính từ ngày 15/12/2025 đến ngày 10/3/2026)" in text
    assert "Kính gửi: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh" in text and "Tiếp nhận 01 phản ánh" in text
    assert "Số: /BC-UBND" in text and "PHỤ LỤC" in text and "./." in text
    assert stored(data) == []

    # Composed and signed: its number and date are printed, in every format.
    assert run(data, "2026-04-02", "report", "compose", "--kind", "h1", "--year", str(Y)) == 0
    sign = ("report", "sign", "--kind", "h1", "--year", str(Y), "--number", "25", "--date", "2026-04-01")
    assert run(data, "2026-04-02", *sign) == 0
    capsys.readouterr()
    assert export(data, "2026-05-01", "pdf", out) == 0
    assert "Lưu ý" not in capsys.readouterr().out
    assert stored(data) == ["signed"]
    text = pdf_text(out)
    assert "Số: 25/BC-UBND" in text and "Tùng Ảnh, ngày 01 tháng 4 năm 2026" in text
    assert "(Kèm theo Báo cáo số 25/BC-UBND ngày 01/4/2026 của Ủy ban nhân dân xã Tùng Ảnh)" in text

    word_out = tmp_path / "bao-cao.docx"
    assert export(data, "2026-05-01", "docx", word_out) == 0
    paragraphs = [p.text for p in docx.Document(str(word_out)).paragraphs]
    assert "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI" in paragraphs and "PHỤ LỤC" in paragraphs

    book_out = tmp_path / "bao-cao.xlsx"
    assert export(data, "2026-05-01", "xlsx", book_out) == 0
    wb = load_workbook(book_out)
    assert wb.sheetnames[:2] == ["Báo cáo", "Phụ lục"] and "Khảo sát, phản ánh" in wb.sheetnames
    complaints = [r for r in wb["Khảo sát, phản ánh"].iter_rows(values_only=True) if "Chậm trả kết quả" in r]
    assert len(complaints) == 1


def test_a_format_the_report_does_not_offer_is_a_usage_error(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.exports import catalogue

    assert "report pdf,docx,xlsx,json" in catalogue.kinds_lines()
    with pytest.raises(SystemExit) as caught:
        export(data, "2026-03-10", "csv", tmp_path / "x.csv")
    assert caught.value.code == 2
    capsys.readouterr()
    assert not (tmp_path / "x.csv").exists()
