"""Main window: sidebar navigation, remembered window state, backup/restore, unexpected errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSplitter

from app.services import dto
from app.services.areas import areas
from app.services.backup import verify_backup
from app.ui.main_window import DEFAULT_SIZE, FRAME, MINIMUM_SIZE, MainWindow, start_geometry
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


# A 1366×768 laptop screen less a 40-pixel taskbar: the smallest the window must fit.
LAPTOP = QRect(0, 0, 1366, 728)
# A full-HD screen less its taskbar.
DESKTOP = QRect(0, 0, 1920, 1040)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Pretend the window opens on a screen whose free area is ``screen(rect)`` (Qt's offscreen
    screen is 800×800, smaller than any real one)."""

    def use(rect: QRect) -> None:
        monkeypatch.setattr(MainWindow, "available_geometry", lambda _self: QRect(rect))

    return use


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
    import re

    # Tổng quan carries the count of late items: "Tổng quan (3)".
    shown = [re.sub(r" \(\d+\)$", "", window.sidebar.item(i).text()) for i in range(window.sidebar.count())]
    assert shown == AREAS
    assert [title for title in shown if title in BUILT_IN] == BUILT_IN


def test_clicking_a_sidebar_row_shows_its_page(window, qtbot):
    for row in [*range(len(AREAS)), 0]:
        _click_row(qtbot, window, row)

        page = window.page_for(window.areas[row].key)
        assert window.sidebar.currentRow() == row
        assert window.stack.currentWidget() is page and window.current_page() is page
        assert page.isVisible() and window.current_key() == window.areas[row].key


def test_a_page_is_built_the_first_time_it_is_shown(window, qtbot):
    # Opening the window builds the home page only.
    assert [p.key for p in window.built_pages()] == ["overview"]
    assert window.stack.count() == 1

    _click_row(qtbot, window, AREAS.index("Bộ phận và cán bộ"))
    organization = window.current_page()
    assert isinstance(organization, OrganizationPage) and organization.tasks is window.tasks
    assert [p.key for p in window.built_pages()] == ["overview", "organization"]

    _click_row(qtbot, window, 0)
    _click_row(qtbot, window, AREAS.index("Bộ phận và cán bộ"))
    assert window.current_page() is organization  # built once
    assert window.page_for("organization") is organization and window.page(OrganizationPage) is organization
    window.save_state()  # asks the built pages only
    assert len(window.built_pages()) == 2

    pages = window.all_pages()
    assert [p.key for p in pages] == [a.key for a in window.areas]
    assert window.built_pages() == pages and window.stack.count() == len(AREAS)
    with pytest.raises(KeyError):
        window.page_for("khong_co")


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
    overview.tabs.setCurrentIndex(1)  # Chỉ số
    assert overview.steering.value.text() == "Chưa có quyết định"
    assert overview.people.value.text() == "0 bộ phận, 0 cán bộ"


def test_window_size_page_splitter_and_columns_are_remembered(open_window, qtbot, screen):
    screen(DESKTOP)
    first = open_window()
    assert first.size() == DEFAULT_SIZE
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
    assert second.size() == QSize(1000, 700)  # not the first-start default
    assert second.sidebar.currentRow() == 3
    assert second.stack.currentWidget() is second.page_for(second.areas[3].key)
    _click_row(qtbot, second, AREAS.index("Bộ phận và cán bộ"))
    org2 = second.page(OrganizationPage)
    assert org2.findChild(QSplitter, "orgSplitter").sizes() == sizes
    assert org2.departments.view.horizontalHeader().sectionSize(0) == 321


def test_a_broken_settings_file_falls_back_to_defaults(ctx, agency, settings_path, qtbot, screen):
    screen(DESKTOP)
    settings_path.write_text("[main]\npage=abc\n[geometry]\nmain=garbage\n", encoding="utf-8")

    window = MainWindow(ctx, UiSettings(settings_path))
    qtbot.addWidget(window)

    assert window.sidebar.currentRow() == 0
    assert window.size() == QSize(1280, 720) and not window.isMaximized()
    assert DESKTOP.contains(window.geometry().marginsAdded(FRAME))


# ---- the window fits the screen (a 1366×768 laptop at least) -------------------------------------
def test_the_default_and_smallest_windows_fit_a_1366x768_laptop():
    # With its frame, the window as it first opens and at its smallest fits the screen of a
    # 1366×768 laptop without its taskbar: nothing of it is off the screen.
    assert DEFAULT_SIZE.width() <= 1280 and DEFAULT_SIZE.height() <= 720
    assert MINIMUM_SIZE.width() + FRAME.left() + FRAME.right() <= LAPTOP.width()
    assert MINIMUM_SIZE.height() + FRAME.top() + FRAME.bottom() <= LAPTOP.height()


def test_the_window_opens_maximised_on_a_1366x768_laptop(ctx, agency, settings_path, qtbot, screen):
    screen(LAPTOP)  # 1280×720 and the frame do not fit in 1366×728

    window = MainWindow(ctx, UiSettings(settings_path))
    qtbot.addWidget(window)

    assert window.isMaximized()
    assert window.minimumSize().width() <= LAPTOP.width() and window.minimumSize().height() <= LAPTOP.height()


def test_the_window_opens_at_the_default_size_where_it_fits(ctx, agency, settings_path, qtbot, screen):
    screen(QRect(0, 0, 1366, 768))  # the same laptop with its taskbar hidden: 1280×720 fits

    window = MainWindow(ctx, UiSettings(settings_path))
    qtbot.addWidget(window)

    assert not window.isMaximized() and window.size() == DEFAULT_SIZE
    assert QRect(0, 0, 1366, 768).contains(window.geometry().marginsAdded(FRAME))


def test_a_saved_size_too_big_for_the_screen_is_shrunk_or_maximised(
    ctx, agency, settings_path, qtbot, screen
):
    # Saved on a big monitor at 1800×1000, then opened on smaller screens.
    screen(QRect(0, 0, 2560, 1400))
    big = MainWindow(ctx, UiSettings(settings_path))
    qtbot.addWidget(big)
    big.setGeometry(QRect(300, 200, 1800, 1000))
    big.save_state()

    screen(QRect(0, 0, 1600, 860))  # room for the default size: shrunk to fit, on the screen
    shrunk = MainWindow(ctx, UiSettings(settings_path))
    qtbot.addWidget(shrunk)
    assert not shrunk.isMaximized()
    assert QRect(0, 0, 1600, 860).contains(shrunk.geometry().marginsAdded(FRAME))

    screen(LAPTOP)  # no room even for the default size: maximised
    small = MainWindow(ctx, UiSettings(settings_path))
    qtbot.addWidget(small)
    assert small.isMaximized()


def test_where_the_window_opens():
    # Without a saved geometry: the default size, centred, or maximised (None) when it cannot fit.
    rect = start_geometry(DESKTOP)
    assert rect is not None and rect.size() == DEFAULT_SIZE and DESKTOP.contains(rect)
    assert start_geometry(LAPTOP) is None
    assert start_geometry(QRect(0, 0, 1024, 728)) is None
    # A saved geometry that fits is kept; one partly off the screen is moved onto it.
    assert start_geometry(DESKTOP, QRect(100, 100, 1100, 700)) == QRect(100, 100, 1100, 700)
    moved = start_geometry(DESKTOP, QRect(1500, 600, 1100, 700))
    assert moved is not None and moved.size() == QSize(1100, 700)
    assert DESKTOP.contains(moved.marginsAdded(FRAME))
    # One bigger than the screen is shrunk to it, or maximised on a screen too small for the default.
    shrunk = start_geometry(QRect(0, 0, 1600, 860), QRect(0, 0, 1800, 1000))
    assert shrunk is not None and QRect(0, 0, 1600, 860).contains(shrunk.marginsAdded(FRAME))
    assert start_geometry(LAPTOP, QRect(0, 0, 1800, 1000)) is None
    # A saved geometry that fits a small screen is kept there.
    assert start_geometry(LAPTOP, QRect(20, 40, 1000, 640)) == QRect(20, 40, 1000, 640)


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
    window.showNormal()
    window.resize(window.minimumSize())
    for row, area in enumerate(window.areas):
        _click_row(qtbot, window, row)
        qtbot.wait(5)

        page = window.page_for(area.key)
        hint = page.minimumSizeHint()
        assert hint.width() <= window.stack.width(), f"{AREAS[row]}: needs {hint.width()} px"
        assert hint.height() <= window.stack.height(), f"{AREAS[row]}: needs {hint.height()} px high"


# ---- THUKY_ISO_QUIT_AFTER_PAINT: the whole GUI process, started and quit once drawn ------------------
def _gui_process(data_root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        THUKY_ISO_QUIT_AFTER_PAINT="1",
        QT_QPA_PLATFORM="offscreen",
        THUKY_ISO_CONFIG_DIR=str(config),
    )
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_root), "--today", "2026-11-22"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )


def test_the_gui_quits_after_the_home_page_is_first_painted(ctx, agency, tmp_path):
    ctx.close()  # the GUI takes the writer lock

    done = _gui_process(ctx.data_dir.root, tmp_path / "config")

    assert (done.returncode, done.stdout) == (0, "")
    # Closed as the user closes it: the window saved its state, on the home page.
    assert "page=overview" in (tmp_path / "config" / "settings.ini").read_text(encoding="utf-8")


def test_the_gui_quits_after_the_first_run_dialog_is_first_painted(data_root, tmp_path):
    done = _gui_process(data_root, tmp_path / "config")

    assert (done.returncode, done.stdout) == (0, "")
    assert not (tmp_path / "config" / "settings.ini").exists()  # the main window never opened


def test_what_became_late_since_the_last_start_shows_in_a_banner(ctx, agency, settings_path, qtbot):  # type: ignore[no-untyped-def]
    """The count of late items in the status bar and beside Tổng quan; the banner lists what became
    late between the last start in this data folder and yesterday, and only once."""
    from datetime import date

    def start(today: date) -> MainWindow:
        ctx.services.clock.pin(today)
        window = MainWindow(ctx, UiSettings(settings_path))
        qtbot.addWidget(window)
        window.show()
        window.check_reminders()
        return window

    from app import models as m
    from app.services.corrective_actions import CaFields

    ctx.services.clock.pin(date(2026, 1, 10))
    ctx.services.corrective_actions.create(
        CaFields(
            raised_on=date(2026, 1, 5),
            source=m.CaSource.SELF,
            description="Hồ sơ trễ hạn",
            due_on=date(2026, 1, 25),
        )
    )
    # Last year's two reports were never sent: late from the start.
    first = start(date(2026, 1, 20))  # nothing stored yet: no banner; the request (due 25/01) not late yet
    assert first.reminder.isHidden() and first.late_label.text() == "Quá hạn: 2 việc"
    second = start(date(2026, 2, 2))  # the request became late since 20/01
    assert not second.reminder.isHidden()
    assert second.reminder_text.text() == (
        "Từ lần mở trước (20/01/2026) có 01 việc mới quá hạn: Phiếu 01/2026: Hồ sơ trễ hạn"
    )
    assert second.late_label.text() == "Quá hạn: 3 việc" and second.sidebar.item(0).text() == "Tổng quan (3)"
    third = start(date(2026, 2, 3))  # nothing new since 02/02
    assert third.reminder.isHidden()
