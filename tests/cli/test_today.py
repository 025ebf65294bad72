"""``--today``: one pinned day for every date rule; the demo is repeatable under it."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.cli import main

# Columns that say when a row was written, not what it records.
TIMESTAMPS = {"created_at", "added_at", "updated_at", "at"}  # "at": the change log's moment
# Dates of things that happened (or were decided): never after the pinned day. Effective dates,
# deadlines and due dates may lie ahead (an issue signed today that takes effect next month).
HAPPENED = {
    ("revision", "issued_on"),
    ("legal_document", "issued_on"),
    ("steering_decision", "signed_on"),
    ("publication_decision", "signed_on"),
    ("objective_set", "signed_on"),
    ("annual_plan", "signed_on"),
    ("plan_task", "completed_on"),
    ("legal_impact", "closed_on"),
    ("transition", "on"),
}


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        result = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")') if r[1] not in TIMESTAMPS]
            quoted = ", ".join(f'"{c}"' for c in columns)
            result[name] = conn.execute(f'SELECT {quoted} FROM "{name}" ORDER BY 1').fetchall()
        return result
    finally:
        conn.close()


@pytest.fixture(scope="module")
def two_demos(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    roots = []
    for name in ("a", "b"):
        root = tmp_path_factory.mktemp(name) / "data"
        assert main(["--data-dir", str(root), "--today", "2026-03-15", "demo"]) == 0
        roots.append(root)
    return roots[0], roots[1]


def test_two_demo_runs_with_the_same_today_write_the_same_data(two_demos):
    first, second = (_tables(root / "thuky-iso.sqlite3") for root in two_demos)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert len(first["document"]) > 100 and len(first["transition"]) > 10


def test_the_demo_years_follow_today_and_nothing_happened_after_it(two_demos):
    db = two_demos[0] / "thuky-iso.sqlite3"
    conn = sqlite3.connect(db)
    try:
        for table, column in HAPPENED:
            latest = conn.execute(f'SELECT max("{column}") FROM "{table}"').fetchone()[0]
            assert latest is None or latest <= "2026-03-15", (table, column, latest)
        for table in ("document", "revision", "attachment", "transition", "agency"):
            for (stamp,) in (
                conn.execute(f'SELECT created_at FROM "{table}"') if table != "attachment" else []
            ):
                assert stamp.startswith("2026-03-15"), (table, stamp)
        # The change log's moments too (UTC, on the pinned day), one entry per record at least.
        moments = {r[0][:10] for r in conn.execute("SELECT at FROM change_log")}
        assert moments == {"2026-03-15"}
        years = {r[0] for r in conn.execute("SELECT DISTINCT year FROM objective")}
        assert years == {2025, 2026}  # the previous and the current year of --today
        assert conn.execute("SELECT count(*) FROM annual_plan WHERE year IN (2025, 2026)").fetchone()[0] == 2
    finally:
        conn.close()


def test_statuses_follow_today(tmp_path, capsys, two_demos):
    """The same data judged on two days: an export of the register marks upcoming issues by --today."""
    root = two_demos[0]
    early, late = tmp_path / "early.xlsx", tmp_path / "late.xlsx"
    assert (
        main(
            [
                "--data-dir",
                str(root),
                "--today",
                "2026-03-15",
                "export",
                "documents",
                "--format",
                "xlsx",
                "--out",
                str(early),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--data-dir",
                str(root),
                "--today",
                "2027-06-01",
                "export",
                "documents",
                "--format",
                "xlsx",
                "--out",
                str(late),
            ]
        )
        == 0
    )
    from openpyxl import load_workbook

    def upcoming_marks(path: Path) -> int:
        ws = load_workbook(path).active
        return sum("hiệu lực từ" in str(c.value or "") for row in ws.iter_rows() for c in row)

    assert upcoming_marks(early) > 0
    assert upcoming_marks(late) == 0


def test_a_bad_today_is_a_vietnamese_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(tmp_path), "--today", "15/03/2026", "check"])
    assert caught.value.code == 2
    err = capsys.readouterr().err.strip()
    assert (
        err
        == "Lỗi: tham số --today: 15/03/2026 không phải ngày dạng YYYY-MM-DD. Xem hướng dẫn: thuky-iso --help"
    )


@pytest.mark.parametrize("scale", ["0", "121"])
def test_demo_scale_outside_1_to_120_is_refused_naming_the_range(tmp_path, capsys, scale):
    assert main(["--data-dir", str(tmp_path / "d"), "demo", "--scale", scale]) == 2
    assert "từ 1 đến 120" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_the_pinned_day_reaches_the_services(tmp_path):
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(tmp_path / "d", writer=True, program="kiểm thử", today=date(2031, 2, 3))
    try:
        assert ctx.services.clock.today() == date(2031, 2, 3)
        assert ctx.services.indicators.snapshot().on == date(2031, 2, 3)
    finally:
        ctx.close()
