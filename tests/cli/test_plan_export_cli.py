"""``thuky-iso export plan|objectives``: the signed yearly documents written by a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def make_data(root: Path) -> None:
    from app.bootstrap import open_data_dir
    from app.models import Aggregation, Comparison, Frequency
    from app.services import dto

    ctx = open_data_dir(root, writer=True, program="kiểm thử")
    try:
        s = ctx.services
        s.agency.set_up(
            dto.AgencyFields(
                full_name="Ủy ban nhân dân xã Tùng Ảnh",
                parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
                place_name="Tùng Ảnh",
                code_abbreviation="UBND",
                signing_lines="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
                signer_name="Nguyễn Văn An",
            )
        )
        plan = s.plans.create_plan(2026)
        s.plans.save_plan(
            2026,
            dto.PlanFields(
                number="05",
                signed_on=date(2026, 1, 5),
                purpose=plan.purpose,
                requirements=plan.requirements,
            ),
        )
        s.objectives.save_objective(
            dto.ObjectiveFields(
                year=2026,
                statement="Giải quyết hồ sơ đúng hạn",
                unit="%",
                comparison=Comparison.GE,
                target=98,
                aggregation=Aggregation.LAST,
                frequency=Frequency.QUARTER,
                plan_lines=(dto.PlanLineFields(action="Rà soát hồ sơ hằng tuần", due="Quý I/2026"),),
            )
        )
    finally:
        ctx.close()


def test_export_plan_and_objectives(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_data(data)
    pdf = tmp_path / "ke-hoach.pdf"
    result = run(
        "--data-dir", str(data), "export", "plan", "--year", "2026", "--format", "pdf", "--out", str(pdf)
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(
        " ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in PdfReader(str(pdf)).pages
    )
    assert "Số: 05/KH-UBND" in text and "KẾ HOẠCH" in text and "Nơi nhận:" in text

    xlsx = tmp_path / "muc-tieu.xlsx"
    result = run(
        "--data-dir",
        str(data),
        "export",
        "objectives",
        "--year",
        "2026",
        "--format",
        "xlsx",
        "--out",
        str(xlsx),
    )
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(xlsx)
    values = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "≥ 98\u00a0%" in values


def test_export_plan_needs_year(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_data(data)
    result = run(
        "--data-dir", str(data), "export", "plan", "--format", "pdf", "--out", str(tmp_path / "x.pdf")
    )
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Lỗi:")]
    assert len(errors) == 1, result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_export_objectives_without_objectives(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_data(data)
    out = tmp_path / "x.pdf"
    result = run(
        "--data-dir",
        str(data),
        "export",
        "objectives",
        "--year",
        "2027",
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert result.returncode != 0
    assert "2027" in result.stderr
    assert not out.exists()
