"""``thuky-iso import tthc-results FILE [--dry-run]``: the one-stop system's report, rows rejected on
stderr, a total that does not match reported, and the last line as for the other imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from tests.services.test_tthc_results import FIELDS, one_stop_report


@pytest.fixture
def data(tmp_path: Path) -> Path:
    from app.bootstrap import open_data_dir

    root = tmp_path / "data"
    ctx = open_data_dir(root, writer=True, program="kiểm thử")
    ctx.close()
    return root


def stored(root: Path) -> list[tuple[str, int]]:
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(root, writer=False, program="kiểm thử")
    try:
        return sorted((r.field, r.on_time) for r in ctx.services.tthc_results.rows())
    finally:
        ctx.close()


def test_import_tthc_results(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wrong_total = [8, 475, 322, 150, 5, 9, 1]
    path = one_stop_report(
        tmp_path / "bao-cao.xlsx", [*FIELDS, ("", [0, 1, 0, 1, 0, 0, 0])], total=wrong_total
    )
    args = ["--data-dir", str(data), "import", "tthc-results", str(path)]

    assert main([*args, "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "không ghi gì" in out
    assert out.splitlines()[-1] == "added 3, updated 0, unchanged 0, rejected 1"
    assert err.splitlines() == [
        "Dòng 11: Thiếu Lĩnh vực.",
        "Dòng 12: Dòng Tổng cộng ghi Đúng hạn là 150 nhưng cộng các lĩnh vực được 146: hãy kiểm tra lại "
        "tệp (dòng tổng không được nhập).",
    ]
    assert stored(data) == []

    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "added 3, updated 0, unchanged 0, rejected 1"
    assert stored(data) == [("Chứng thực", 20), ("Hộ tịch", 108), ("Đất đai", 18)]

    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "added 0, updated 0, unchanged 3, rejected 1"


def test_a_file_without_its_period_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = one_stop_report(tmp_path / "bao-cao.xlsx", FIELDS, period=None)
    assert main(["--data-dir", str(data), "import", "tthc-results", str(path)]) != 0
    assert "không ghi kỳ báo cáo" in capsys.readouterr().err
    assert stored(data) == []
