"""One place to add an area: a dummy area registered here — and nowhere else — shows up in the
sidebar, the CLI's choices and export, the screenshots, the search providers, the demo and
``open_record``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from app.cli import build_parser, main
from app.services.areas import (
    Area,
    DemoCount,
    DemoStep,
    ExportKind,
    ExportRequest,
    RecordType,
    area_of_record_type,
    register_area,
)
from app.services.search import SearchHit
from app.services.text import fold
from app.ui.pages.base import Page, Shoot

DUMMY_ROWS = {7: ("KT-07", "Kiểm tra thử nghiệm số bảy"), 8: ("KT-08", "Biên bản đối chiếu")}


class DummyPage(Page):
    """A page built from the registry's "module:Class" name, like every real area's."""

    def __init__(self, services: Any, parent: Any = None, *, tasks: Any = None) -> None:
        super().__init__(services, "Khu vực thử nghiệm", "Chỉ dùng trong kiểm thử.", parent, tasks=tasks)
        self.label = QLabel("", self)
        self.body.addWidget(self.label)
        self.shown: list[tuple[str, int]] = []

    def show_record(self, record_type: str, record_id: int) -> bool:
        self.shown.append((record_type, record_id))
        self.label.setText(DUMMY_ROWS[record_id][1] if record_id in DUMMY_ROWS else "")
        return record_id in DUMMY_ROWS

    def screenshots(self, shoot: Shoot) -> None:
        self.label.setText("Trạng thái thứ hai")
        shoot("trang thai thu hai")


def _search(_services: Any, needle: str, limit: int) -> Sequence[SearchHit]:
    words = fold(needle).split()
    return [
        SearchHit("dummy_record", i, code, title)
        for i, (code, title) in DUMMY_ROWS.items()
        if all(w in fold(f"{code} {title}") for w in words)
    ][:limit]


def _export(services: Any, request: ExportRequest) -> Path:
    request.out.write_text(f"{request.year}:{services.agency.get_profile().full_name}", encoding="utf-8")
    return request.out


def _demo(ctx: Any) -> Sequence[DemoCount]:
    return [DemoCount("dummy_records", "Bản ghi thử nghiệm", len(DUMMY_ROWS))]


@pytest.fixture
def dummy_area() -> Iterator[Area]:
    area = Area(
        "dummy",
        "Khu thử nghiệm",
        f"{__name__}:DummyPage",
        services={"dummy_counter": lambda s: {"built_with": s.clock}},
        record_types=(RecordType("dummy_record", "Bản ghi thử nghiệm", search=_search),),
        exports=(
            ExportKind(
                "dummy-list", "Danh sách thử", ("txt",), run=_export, needs_year=True, help="danh sách thử"
            ),
        ),
        demo=DemoStep(_demo, stage=2),
    )
    remove = register_area(area, before="steering")
    yield area
    remove()


def test_the_sidebar_lists_it_where_the_registry_puts_it(dummy_area, ctx, agency, qtbot, tmp_path):
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings

    window = MainWindow(ctx, UiSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles.index("Khu thử nghiệm") == titles.index("Ban chỉ đạo ISO") - 1
    page = window.page_for("dummy")
    assert isinstance(page, DummyPage) and page.tasks is window.tasks

    # open_record reaches the page of the area that keeps the record type.
    assert area_of_record_type("dummy_record").key == "dummy"
    assert window.open_record("dummy_record", 7) is True
    assert window.current_key() == "dummy" and page.label.text() == "Kiểm tra thử nghiệm số bảy"
    window.switch_to("overview")
    page.open_record("dummy_record", 8)  # from any page, through the signal
    assert window.current_key() == "dummy" and page.shown[-1] == ("dummy_record", 8)

    # The page to reopen is stored by its key.
    window.save_state()
    again = MainWindow(ctx, UiSettings(tmp_path / "s.ini"))
    qtbot.addWidget(again)
    assert again.current_key() == "dummy"


def test_the_cli_offers_and_runs_its_export_and_demo(dummy_area, data_root, tmp_path, capsys):
    parser = build_parser()
    export = next(
        a for a in parser._subparsers._group_actions[0].choices["export"]._actions if a.dest == "what"
    )  # type: ignore[union-attr]
    assert "dummy-list" in export.choices
    assert main(["--data-dir", str(data_root), "--today", "2026-11-22", "demo"]) == 0
    assert "  Bản ghi thử nghiệm: 2" in capsys.readouterr().out
    out = tmp_path / "ds.txt"
    assert (
        main(
            [
                "--data-dir",
                str(data_root),
                "export",
                "dummy-list",
                "--year",
                "2026",
                "--format",
                "txt",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_text(encoding="utf-8") == "2026:Ủy ban nhân dân xã Tùng Ảnh"
    assert (
        main(["--data-dir", str(data_root), "export", "dummy-list", "--format", "txt", "--out", str(out)])
        == 2
    )


def test_search_and_services_find_it(dummy_area, services):
    assert "dummy_record" in services.search.providers()
    hits = services.search.search("bien ban")
    assert [(h.id, h.code) for h in hits["dummy_record"]] == [(8, "KT-08")]
    assert services.dummy_counter["built_with"] is services.clock


def test_the_screenshots_include_its_page_and_its_views(dummy_area, data_root, tmp_path):
    from app.bootstrap import open_data_dir
    from app.services.demo import fill_demo
    from app.ui.screenshots import take_screenshots

    ctx = open_data_dir(data_root, writer=True, program="kiểm thử", today=date(2026, 11, 22))
    fill_demo(ctx.services)
    ctx.close()
    files = take_screenshots(data_root, tmp_path / "shots", today=date(2026, 11, 22))
    names = [f.name for f in files]
    page_shots = [n for n in names if "khu-vuc-thu-nghiem" in n]
    assert len(page_shots) == 2
    assert any(n.endswith("-1-trang-thai-thu-hai.png") for n in page_shots)
    assert all((tmp_path / "shots" / n).stat().st_size > 0 for n in page_shots)
