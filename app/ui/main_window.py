"""Main window: a sidebar of the areas that exist, one page per area, File and Help menus.

A page is built the first time it is shown (the home page at start), so opening the window costs
one page, not every page of the registry. The window opens at most 1280×720 and fits the screen it
opens on (maximised on a small one, such as a 1366×768 laptop with a taskbar)."""

from __future__ import annotations

import hashlib
import importlib
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMargins, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.bootstrap import AppContext, restore_data_dir
from app.messages import message, recovery_lines
from app.services.areas import Area, area_of_record_type, areas
from app.services.errors import DomainError
from app.ui.errors import confirm, show_unexpected
from app.ui.pages.base import Page
from app.ui.settings import UiSettings
from app.ui.tasks import TaskRunner

translate = QCoreApplication.translate

# The window's first size, at most: fits a 1366×768 screen less a taskbar once the frame is added.
DEFAULT_SIZE = QSize(1280, 720)
# The smallest window every page is laid out for (tests/ui/test_main_window.py checks each page).
MINIMUM_SIZE = QSize(1000, 640)
# What the window manager adds around the window (title bar, borders), allowed for before the
# window is shown, when its real frame is not known yet.
FRAME = QMargins(8, 32, 8, 8)


def start_geometry(available: QRect, saved: QRect | None = None) -> QRect | None:
    """Where the window opens (its client area) on a screen whose free area (without taskbars) is
    ``available``: the ``saved`` geometry when it still fits there (moved onto the screen if need be),
    shrunk when it is too big; without one, ``DEFAULT_SIZE`` centred. None: open maximised — the
    screen has no room for the default size and its frame."""
    room = available.marginsRemoved(FRAME)
    fits_default = room.width() >= DEFAULT_SIZE.width() and room.height() >= DEFAULT_SIZE.height()
    if saved is None or saved.isEmpty():
        if not fits_default:
            return None
        rect = QRect(0, 0, DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
        rect.moveCenter(room.center())
        return rect
    if room.contains(saved):
        return QRect(saved)
    if not fits_default and (saved.width() > room.width() or saved.height() > room.height()):
        return None
    rect = QRect(saved.topLeft(), saved.size().boundedTo(room.size()))
    # Back onto the screen, the same size: right/bottom first, then left/top win.
    rect.moveRight(min(rect.right(), room.right()))
    rect.moveBottom(min(rect.bottom(), room.bottom()))
    rect.moveLeft(max(rect.left(), room.left()))
    rect.moveTop(max(rect.top(), room.top()))
    return rect


def page_class(area: Area) -> type[Page]:
    """The page class an area names (``"module:Class"``), imported on demand."""
    module_name, _, class_name = area.page.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    assert isinstance(cls, type) and issubclass(cls, Page), area.page
    return cls


class MainWindow(QMainWindow):
    """The sidebar lists the areas of the registry (``app.services.areas``) in its order; each area's
    page is built from the class it names, the first time it is shown (``page_for``), and handed the
    services and the window's task runner. The stack holds the pages built so far."""

    def __init__(self, ctx: AppContext, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.tasks = TaskRunner(self)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(MINIMUM_SIZE)
        self.areas: list[Area] = areas()
        self._built: dict[str, Page] = {}
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget(central)
        side.setFixedWidth(230)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        title = QLabel(APP_NAME, side)
        title.setObjectName("sidebarTitle")
        self.agency_label = QLabel(side)
        self.agency_label.setObjectName("sidebarAgency")
        self.agency_label.setWordWrap(True)
        self.sidebar = QListWidget(side)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setWordWrap(True)
        for area in self.areas:
            QListWidgetItem(translate("Areas", area.title), self.sidebar)
        side_layout.addWidget(title)
        side_layout.addWidget(self.agency_label)
        side_layout.addWidget(self.sidebar, 1)
        self.stack = QStackedWidget(central)
        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        # What became late since the last start: a banner above the page, never a modal box.
        self.reminder = QWidget(right)
        self.reminder.setObjectName("reminderBanner")
        self.reminder.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.reminder.setStyleSheet(
            "#reminderBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
        )
        banner = QHBoxLayout(self.reminder)
        banner.setContentsMargins(12, 6, 12, 6)
        self.reminder_text = QLabel(self.reminder)
        self.reminder_text.setWordWrap(True)
        banner.addWidget(self.reminder_text, 1)
        show_late = QPushButton(self.tr("Xem"), self.reminder)
        show_late.clicked.connect(lambda: (self.switch_to("overview"), self.reminder.hide()))
        close_banner = QPushButton(self.tr("Đóng"), self.reminder)
        close_banner.clicked.connect(self.reminder.hide)
        banner.addWidget(show_late)
        banner.addWidget(close_banner)
        self.reminder.hide()
        right_layout.addWidget(self.reminder)
        right_layout.addWidget(self.stack, 1)
        row.addWidget(side)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self.late_label = QLabel(self)
        self.late_label.setObjectName("lateCount")
        self.statusBar().addPermanentWidget(self.late_label)
        self.sidebar.currentRowChanged.connect(self.show_page)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Thư mục dữ liệu: {0}").format(str(ctx.data_dir.root)))
        self._restore_state()
        # After the first paint: the start-up stays as fast as the window alone.
        QTimer.singleShot(0, self.check_reminders)
        QTimer.singleShot(0, self.show_recovery)

    def show_recovery(self) -> None:
        """An interrupted restore that opening the data folder finished or undone: said once, in a
        box the user closes (leftovers removed quietly are only written to the status bar)."""
        recovery = getattr(self.ctx, "recovery", None)
        lines = recovery_lines(recovery)
        if not lines:
            return
        if recovery is None or recovery.restore is None:
            self.statusBar().showMessage(" ".join(lines), 15000)
            return
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Khôi phục dữ liệu"), "\n\n".join(lines), parent=self
        )
        box.setObjectName("recoveryBox")
        box.open()
        self.recovery_box = box

    # ---- reminders -----------------------------------------------------------------------------
    def check_reminders(self) -> None:
        """The late count in the status bar and beside Tổng quan; the banner of what became late
        since the last start in this data folder (due from that day to yesterday)."""
        services = self.ctx.services
        if services.agency.get_profile() is None:
            return
        today = services.clock.today()
        late, _soon = services.status.late_and_due_soon(today)
        self.show_late_count(len(late))
        key = "reminders/last_start/" + hashlib.sha1(str(self.ctx.data_dir.root).encode()).hexdigest()[:16]
        last = self.settings.value(key)
        self.settings.set_value(key, today.isoformat())
        self.settings.sync()  # another window (or the next start) reads it from the file
        try:
            since = date.fromisoformat(str(last)) if last else None
        except ValueError:
            since = None
        if since is None or since >= today:
            return
        newly = [x for x in late if since <= x.due_on < today]
        if newly:
            lines = "; ".join(x.title for x in newly[:3]) + ("; …" if len(newly) > 3 else "")
            self.reminder_text.setText(
                self.tr("Từ lần mở trước ({0}) có {1} việc mới quá hạn: {2}").format(
                    since.strftime("%d/%m/%Y"), f"{len(newly):02d}" if len(newly) < 10 else len(newly), lines
                )
            )
            self.reminder.show()

    def show_late_count(self, count: int) -> None:
        self.late_label.setText(
            self.tr("Quá hạn: {0} việc").format(count) if count else self.tr("Không có việc quá hạn")
        )
        overview = next((i for i, a in enumerate(self.areas) if a.key == "overview"), None)
        if overview is not None:
            title = translate("Areas", self.areas[overview].title)
            self.sidebar.item(overview).setText(f"{title} ({count})" if count else title)

    # ---- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.backup_action = QAction(self.tr("Sao lưu dữ liệu…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(self.backup)
        self.restore_action = QAction(self.tr("Khôi phục từ bản sao lưu…"), self)
        self.restore_action.triggered.connect(self.restore)
        open_folder = QAction(self.tr("Mở thư mục dữ liệu"), self)
        open_folder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir.root)))
        )
        quit_action = QAction(self.tr("Thoát"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        about = QAction(self.tr("Giới thiệu"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)
        # One search for every record: Ctrl+K anywhere, or the box at the menu bar's right.
        self.search_action = QAction(self.tr("Tìm mọi hồ sơ…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(lambda: self.open_search(""))
        self.addAction(self.search_action)
        file_menu.insertAction(self.backup_action, self.search_action)
        file_menu.insertSeparator(self.backup_action)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("windowSearch")
        self.search_box.setPlaceholderText(self.tr("Tìm mọi hồ sơ (Ctrl+K)…"))
        self.search_box.setFixedWidth(280)
        self.search_box.textEdited.connect(self.open_search)
        corner = QWidget(self)  # a margin from the window's edge, which would clip the box
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 1, 8, 1)
        corner_layout.addWidget(self.search_box)
        self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def open_search(self, text: str = "") -> None:
        """The search dialog, starting from ``text`` (what was typed in the window's box)."""
        from app.ui.dialogs.search_dialog import SearchDialog

        self.search_box.clear()
        dialog = SearchDialog(self.ctx.services, self, text)
        dialog.record_chosen.connect(self.open_record)
        self._search_dialog = dialog
        dialog.exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            self.tr(
                "<b>{0}</b> phiên bản {1}<br>Quản lý Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 "
                "cho cơ quan hành chính nhà nước. Chạy trên máy, không cần mạng.<br><br>Thư mục dữ liệu:<br>{2}"
            ).format(APP_NAME, __version__, str(self.ctx.data_dir.root)),
        )

    # ---- pages ---------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if index < 0:
            return
        page = self.page_for(self.areas[index].key)
        self.stack.setCurrentWidget(page)
        page.refresh()
        self._update_agency_label()

    def page_for(self, key: str) -> Page:
        """The page of area ``key``, built now if it was not yet (``KeyError`` for an unknown key)."""
        page = self._built.get(key)
        if page is None:
            area = next((a for a in self.areas if a.key == key), None)
            if area is None:
                raise KeyError(key)
            page = self._build_page(area)
        return page

    def _build_page(self, area: Area) -> Page:
        page = page_class(area)(self.ctx.services, tasks=self.tasks)
        page.key = area.key
        page.record_requested.connect(self.open_record)
        page.page_requested.connect(self.switch_to)
        self._built[area.key] = page
        self.stack.addWidget(page)
        page.restore_state(self.settings)
        return page

    def page(self, cls: type[Page]) -> Page:
        """The page of the area whose page class is ``cls`` (built now if need be)."""
        name = f"{cls.__module__}:{cls.__qualname__}"
        area = next((a for a in self.areas if a.page == name), None)
        if area is not None:
            return self.page_for(area.key)
        return next(p for p in self.all_pages() if isinstance(p, cls))

    def built_pages(self) -> list[Page]:
        """The pages built so far, in sidebar order."""
        return [self._built[a.key] for a in self.areas if a.key in self._built]

    def all_pages(self) -> list[Page]:
        """Every page in sidebar order, building those not built yet (tests and tools; the window
        itself builds a page when it is first shown)."""
        return [self.page_for(a.key) for a in self.areas]

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def current_key(self) -> str:
        page = self.current_page()
        return page.key if page is not None else ""

    def switch_to(self, key: str) -> Page:
        page = self.page_for(key)
        index = next(i for i, a in enumerate(self.areas) if a.key == key)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        else:
            self.show_page(index)
        return page

    def open_record(self, record_type: str, record_id: int) -> bool:
        """Switch to the page of the area that keeps ``record_type`` and select the record there;
        False (with a note in the status bar) when it cannot be shown."""
        try:
            area = area_of_record_type(record_type)
        except KeyError:
            return False
        page = self.switch_to(area.key)
        found = page.show_record(record_type, record_id)
        if not found:
            self.statusBar().showMessage(self.tr("Không tìm thấy bản ghi (có thể đã bị xóa)."), 5000)
        return found

    def _update_agency_label(self) -> None:
        profile = self.ctx.services.agency.get_profile()
        self.agency_label.setText(profile.short_name or profile.full_name if profile else "")

    # ---- backup / restore ----------------------------------------------------------------------
    def backup(self) -> None:
        from app.services.backup import create_backup

        suggested = Path.home() / f"thuky-iso-saoluu-{datetime.now():%Y%m%d-%H%M}.zip"
        last = self.settings.value("paths/backup_dir")
        if isinstance(last, str) and Path(last).is_dir():
            suggested = Path(last) / suggested.name
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Sao lưu dữ liệu"), str(suggested), self.tr("Tệp sao lưu (*.zip)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
        self.settings.set_value("paths/backup_dir", str(target.parent))

        def done(info: object) -> None:
            QMessageBox.information(
                self, self.tr("Sao lưu dữ liệu"), self.tr("Đã sao lưu dữ liệu vào:\n{0}").format(str(target))
            )

        self.tasks.run_with_progress(
            self,
            self.tr("Đang sao lưu dữ liệu…"),
            lambda: create_backup(self.ctx.data_dir, target),
            done,
            self._task_failed,
        )

    def restore(self) -> None:
        from app.services.backup import verify_backup
        from app.services.vocabulary import moment_text

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Khôi phục từ bản sao lưu"), str(Path.home()), self.tr("Tệp sao lưu (*.zip)")
        )
        if not path:
            return
        try:
            info = verify_backup(Path(path))
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Khôi phục"), message(error))
            return
        when = moment_text(info.created_at)
        if not confirm(
            self,
            self.tr("Khôi phục"),
            self.tr(
                "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {0}?\n"
                "Dữ liệu hiện tại sẽ được giữ lại trong thư mục backups."
            ).format(when),
            self.tr("Khôi phục"),
        ):
            return
        self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        """Swap the data under the open window: close the engine, restore, reopen the services."""
        self.ctx.engine.dispose()

        def reopen(result: object) -> None:
            self._reopen()
            QMessageBox.information(self, self.tr("Khôi phục"), self.tr("Đã khôi phục dữ liệu."))

        def failed(error: BaseException) -> None:
            self._reopen()
            self._task_failed(error)

        self.tasks.run_with_progress(
            self,
            self.tr("Đang khôi phục dữ liệu…"),
            lambda: restore_data_dir(
                self.ctx.data_dir.root,
                path,
                program="giao diện",
                lock=self.ctx.lock,
                clock=self.ctx.services.clock,
            ),
            reopen,
            failed,
        )

    def _reopen(self) -> None:
        from app.services.db import make_engine

        engine = make_engine(self.ctx.data_dir.db_path)
        self.ctx.engine = engine
        # Pages hold the same Services object: point it at the restored database.
        self.ctx.services.rebind(engine)
        self.show_page(self.sidebar.currentRow())

    def _task_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(self, APP_NAME, message(error))
        else:
            import traceback

            show_unexpected(self, "".join(traceback.format_exception(error)), self.ctx.data_dir.log_path)

    # ---- state ---------------------------------------------------------------------------------
    def available_geometry(self) -> QRect:
        """The free area (without taskbars) of the screen the window opens on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _fit_to_screen(self, restored: bool) -> None:
        """The saved geometry when it still fits the screen, else shrunk or maximised; without one,
        the default size or maximised (see ``start_geometry``)."""
        if restored and (self.isMaximized() or self.isFullScreen()):
            return
        rect = start_geometry(self.available_geometry(), self.geometry() if restored else None)
        if rect is None:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.setGeometry(rect)

    def _restore_state(self) -> None:
        self._fit_to_screen(self.settings.restore_geometry("main", self))
        # The page to reopen is stored by its area's key (positions change as areas are added).
        # Each page restores its own splitters and columns when it is built.
        key = self.settings.value("main/page", "")
        keys = [a.key for a in self.areas]
        start = keys.index(key) if isinstance(key, str) and key in keys else 0
        self.sidebar.setCurrentRow(start)

    def save_state(self) -> None:
        """The window's geometry, its page, and the state of the pages built in this session (the
        others keep what they saved before)."""
        self.settings.save_geometry("main", self)
        self.settings.set_value("main/page", self.current_key())
        for page in self.built_pages():
            page.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tasks.running:
            # Work off the GUI thread cannot be stopped half-way without risk (a backup, a restore,
            # an import): ask, and close once it is done.
            if confirm(
                self,
                APP_NAME,
                self.tr("Đang {0}. Đóng ứng dụng ngay khi việc này xong?").format(self.tasks.describe()),
                self.tr("Đóng khi xong"),
            ):
                self.tasks.idle.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
