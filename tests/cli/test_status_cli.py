"""``thuky-iso status --year N --format json|text``: the home page's service on the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from tests.cli.commune_folder import commune_folder


def test_status_as_json_and_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = commune_folder(tmp_path, date(2026, 5, 10))
    assert (
        main(
            ["--data-dir", str(root), "--today", "2026-05-10", "status", "--year", "2026", "--format", "json"]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    states = {x["key"]: x["state"] for x in data["cycle"]}
    assert states["plan"] == "late" and states["report_year"] == "upcoming"
    assert data["today"] == "2026-05-10" and data["readiness"]["total"] == 10
    assert main(["--data-dir", str(root), "--today", "2026-05-10", "status"]) == 0
    text = capsys.readouterr().out
    assert "Kế hoạch duy trì, cải tiến: quá hạn (hạn 31/01/2026)" in text
    assert "Sẵn sàng kiểm tra:" in text


def test_search_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.services import dto

    root = commune_folder(
        tmp_path,
        date(2026, 5, 10),
        lambda s: s.tthc.save_tthc(
            dto.TthcFields(code="1.001193", name="Đăng ký khai sinh", field="Hộ tịch")
        ),
    )
    assert main(["--data-dir", str(root), "search", "dang ky khai", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"tthc": [{"id": data["tthc"][0]["id"], "code": "1.001193", "title": "Đăng ký khai sinh"}]}
    assert main(["--data-dir", str(root), "search", "khong co gi"]) == 0
    assert capsys.readouterr().out.strip() == "Không tìm thấy hồ sơ nào."
