"""Main window: sidebar navigation, remembered window state, backup/restore, unexpected errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSplitter

from app.services import dto
from app.services.areas import areas
from app.services.backup import verify_backup
from app.ui.main_window import MainWindow
from app.ui.pages.organization import OrganizationPage
from app.ui.pages.overview import OverviewPage
from app.ui.settings import UiSettings

# The sidebar is the registry (app.services.areas): a new area adds its row without touching this test.
AREAS = [area.title for area in areas()]
# What the built-in areas read as, in order (later areas slot in between).
BUILT_IN = [
    "Tổng quan",
    "Mục tiêu chất lượng",
    "Kế hoạch năm",
    "Tài liệu",
    "Danh mục TTHC",
    "Văn bản pháp lý",
    "Ban chỉ đạo ISO",
    "Phạm vi và chính sách",
    "Công bố HTQLCL",
    "Bộ phận và cán bộ",
    "Thông tin cơ quan",
]


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def open_window(ctx, agency, settings_path, qtbot):  # type: ignore[no-untyped-def]
    def _open() -> MainWindow:
        window = MainWindow(ctx, UiSettings(settings_path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return _open


@pytest.fixture
def window(open_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window()


def _click_row(qtbot, window: MainWindow, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_sidebar_lists_the_registry_areas_in_vietnamese(window):
    shown = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert shown == AREAS
    assert [title for title in shown if title in BUILT_IN] == BUILT_IN


def test_clicking_a_sidebar_row_shows_its_page(window, qtbot):
    for row in [*range(len(AREAS)), 0]:
        _click_row(qtbot, window, row)

        assert window.sidebar.currentRow() == row
        assert window.stack.currentWidget() is window.pages[row]
        assert window.pages[row].isVisible()


def test_showing_a_page_reloads_what_changed_elsewhere(window, services, qtbot, ui):
    services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))

    _click_row(qtbot, window, AREAS.index("Bộ phận và cán bộ"))

    page = window.page(OrganizationPage)
    assert ui.column(page.departments, "Tên bộ phận") == ["Văn phòng"]


def test_the_overview_and_sidebar_show_the_agency(window):
    overview = window.page(OverviewPage)
    assert window.stack.currentWidget() is overview
    assert overview.agency_label.text().startswith("Ủy ban nhân dân xã Tùng Ảnh — năm ")
    assert window.agency_label.text() == "UBND xã Tùng Ảnh"
    assert overview.steering.value.text() == "Chưa có quyết định"
    assert overview.people.value.text() == "0 bộ phận, 0 cán bộ"


def test_window_size_page_splitter_and_columns_are_remembered(open_window, qtbot):
    first = open_window()
    # Qt's offscreen screen is 800x800 and restoreGeometry keeps a window on its screen, so the
    # size must fit there (the width cannot go under the window's minimum of 1000).
    first.resize(1000, 700)
    _click_row(qtbot, first, AREAS.index("Bộ phận và cán bộ"))
    org = first.page(OrganizationPage)
    splitter = org.findChild(QSplitter, "orgSplitter")
    total = sum(splitter.sizes())
    splitter.setSizes([total // 4, total - total // 4])
    sizes = splitter.sizes()
    org.departments.view.horizontalHeader().resizeSection(0, 321)
    _click_row(qtbot, first, 3)

    assert first.close()

    second = open_window()
    assert second.size() == QSize(1000, 700)  # not the first-start 1280x800
    assert second.sidebar.currentRow() == 3
    assert second.stack.currentWidget() is second.pages[3]
    _click_row(qtbot, second, AREAS.index("Bộ phận và cán bộ"))
    org2 = second.page(OrganizationPage)
    assert org2.findChild(QSplitter, "orgSplitter").sizes() == sizes
    assert org2.departments.view.horizontalHeader().sectionSize(0) == 321


def test_a_broken_settings_file_falls_back_to_defaults(ctx, agency, settings_path, qtbot):
    settings_path.write_text("[main]\npage=abc\n[geometry]\nmain=garbage\n", encoding="utf-8")

    window = MainWindow(ctx, UiSettings(settings_path))
    qtbot.addWidget(window)

    assert window.sidebar.currentRow() == 0
    assert window.size() == QSize(1280, 800)


def test_backup_from_the_window_writes_a_verified_zip(window, tmp_path, monkeypatch, popups, qtbot):
    asked: list[str] = []

    def save_name(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "ban-sao-luu"), "Tệp sao lưu (*.zip)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    target = tmp_path / "ban-sao-luu.zip"  # the .zip is added for the user

    window.backup()
    qtbot.waitUntil(lambda: target.exists() and window.tasks.running == 0, timeout=10_000)

    info = verify_backup(target)
    assert info.database_size > 0
    assert popups.texts("information") == [f"Đã sao lưu dữ liệu vào:\n{target}"]
    assert popups.texts("warning") == []

    window.backup()  # the next backup suggests the same folder
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=10_000)
    assert Path(asked[1]).parent == tmp_path


def test_cancelling_the_file_dialog_makes_no_backup(window, monkeypatch, popups):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))

    window.backup()

    assert window.tasks.running == 0
    assert popups.shown == []


def test_a_failed_backup_is_explained(window, tmp_path, monkeypatch, popups, qtbot):
    folder = tmp_path / "thu-muc.zip"
    folder.mkdir()  # a folder where the file should go: it cannot be written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(folder), ""))

    window.backup()
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=10_000)

    [warning] = popups.texts("warning")
    assert warning.startswith(f"Không ghi được tệp sao lưu {folder}")
    assert popups.texts("information") == []


def test_restore_brings_back_the_saved_data(window, services, tmp_path, monkeypatch, popups, qtbot, ui):
    services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
    target = tmp_path / "truoc.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.backup()
    qtbot.waitUntil(lambda: target.exists() and window.tasks.running == 0, timeout=10_000)
    services.organization.save_department(dto.DepartmentFields(name="Tài chính - Kế toán"))
    _click_row(qtbot, window, AREAS.index("Bộ phận và cán bộ"))
    page = window.page(OrganizationPage)
    assert len(ui.column(page.departments, "Tên bộ phận")) == 2

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(target), ""))
    window.restore()
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=10_000)

    assert popups.texts("confirm")[0].startswith("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc ")
    assert popups.texts("information")[-1] == "Đã khôi phục dữ liệu."
    assert ui.column(page.departments, "Tên bộ phận") == ["Văn phòng"]
    assert [d.name for d in window.ctx.services.organization.list_departments()] == ["Văn phòng"]


def test_restoring_a_file_that_is_not_a_backup_is_refused(window, tmp_path, monkeypatch, popups, services):
    bogus = tmp_path / "khong-phai.zip"
    bogus.write_text("không phải zip", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(bogus), ""))

    window.restore()

    [warning] = popups.texts("warning")
    assert "không phải tệp sao lưu của Thư ký ISO" in warning
    assert popups.texts("confirm") == []
    assert services.agency.get_profile() is not None


def _slow_task(window, qtbot, label: str):  # type: ignore[no-untyped-def]
    import threading

    release = threading.Event()
    done: list[object] = []
    window.tasks.run(lambda: release.wait(10), done.append, done.append, label)
    return release, done


def test_closing_while_work_runs_asks_and_can_stay_open(window, popups, qtbot):
    release, done = _slow_task(window, qtbot, "Đang sao lưu dữ liệu…")
    popups.confirm_answer = False
    try:
        assert window.close() is False
        assert popups.texts("confirm") == ["Đang sao lưu dữ liệu. Đóng ứng dụng ngay khi việc này xong?"]
        assert window.isVisible()
    finally:
        release.set()
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert window.isVisible()  # the user chose to stay: finishing the work does not close it


def test_closing_while_work_runs_closes_once_it_is_done(window, popups, qtbot):
    release, done = _slow_task(window, qtbot, "Đang xuất tệp…")
    popups.confirm_answer = True
    assert window.close() is False
    assert window.isVisible()  # never half-way through the work
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert done


def test_an_unexpected_error_is_shown_with_the_log_file(tmp_path, monkeypatch, qtbot):
    from app.ui.errors import install_excepthook

    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    log_path = tmp_path / "thuky-iso.log"
    previous = sys.excepthook
    try:
        install_excepthook(log_path)
        try:
            raise RuntimeError("hỏng bất ngờ")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=2000)
    finally:
        sys.excepthook = previous

    box = shown[0]
    assert box.windowTitle() == "Lỗi ngoài dự kiến"
    assert box.text().startswith("Đã xảy ra lỗi ngoài dự kiến.")
    assert str(log_path) in box.text()
    assert "RuntimeError: hỏng bất ngờ" in box.detailedText()


def test_an_escaped_domain_error_is_shown_as_its_message(tmp_path, monkeypatch, popups, qtbot):
    from app.services.errors import DomainError
    from app.ui.errors import install_excepthook

    previous = sys.excepthook
    try:
        install_excepthook(tmp_path / "thuky-iso.log")
        error = DomainError("agency.not_set_up")
        sys.excepthook(DomainError, error, None)
        qtbot.waitUntil(lambda: bool(popups.shown), timeout=2000)
    finally:
        sys.excepthook = previous

    assert popups.texts("warning") == ["Chưa khai báo thông tin cơ quan."]


def test_every_page_fits_in_the_smallest_window(window, qtbot):
    window.resize(window.minimumSize())
    for row, page in enumerate(window.pages):
        _click_row(qtbot, window, row)
        qtbot.wait(5)

        hint = page.minimumSizeHint()
        assert hint.width() <= window.stack.width(), f"{AREAS[row]}: needs {hint.width()} px"
