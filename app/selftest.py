"""``thuky-iso selftest``: does this copy of the app work here? (a smoke test for installs and builds)

It opens the data folder read-only, builds the main window and waits for its first paint, then checks
that the bundled resources are found (fonts, translations, migrations; only through ``app.paths``, so a
frozen build is checked the same way). The last line printed is ``selftest ok N ms``: milliseconds from
the start of the command to the first paint of the main window. Any failure is one Vietnamese line on
stderr (``Lỗi: …``) and exit code 1.

Nothing of the user's is written: without ``--data-dir``, or with a folder that does not exist or holds
no database, a temporary empty folder is used and deleted afterwards; a database at an older version is
reported, not upgraded (the window is then tried on an upgraded copy in a temporary folder); window
state goes to a throw-away settings file.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.bootstrap import AppContext

log = logging.getLogger(__name__)

PROGRAM = "lệnh selftest"
PAINT_TIMEOUT_MS = 60_000
TASKS_TIMEOUT_S = 30


class SelftestError(Exception):
    """A check that failed; its text follows "Lỗi: " on the one line the command prints."""


def headless_if_no_display() -> None:
    """Qt's offscreen platform on a Linux machine without a display (a server, a CI runner)."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_selftest(
    data_root: Path | None,
    *,
    started: float,
    today: date | None = None,
    out: Callable[[str], None] = print,
) -> int:
    """Run every check, printing what was found through ``out``; returns the milliseconds from
    ``started`` (a ``time.perf_counter()`` value) to the first paint of the main window.
    Raises ``SelftestError`` or ``DomainError`` when something does not work."""
    headless_if_no_display()
    # Before any Qt import: it loads the data layer first, then Qt (see app.ui.application).
    from app.ui.application import make_application

    _route_qt_messages()

    make_application()  # first: a Qt that cannot start exits before a temporary folder exists
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="thuky-iso-selftest-", ignore_cleanup_errors=True) as tmp:
        scratch = Path(tmp)
        try:
            ctx = _open_data(data_root, scratch, today, lines)
            try:
                painted, page_title, platform = _paint_main_window(ctx, scratch)
            finally:
                ctx.close()
            lines.append(
                f"Giao diện: cửa sổ chính đã vẽ xong, trang đầu “{page_title}” (nền Qt: {platform})."
            )
            lines += _check_resources()
        finally:
            _stop_logging_into(scratch)
    for line in lines:
        out(line)
    return max(0, round((painted - started) * 1000))


def _route_qt_messages() -> None:
    """Qt's warnings go to the log, not to stderr (a failure is one line); a fatal one (no platform
    plugin, no display) becomes that line, with exit code 1 instead of Qt's abort."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: Any, _context: Any, text: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            sys.stderr.write(f"Lỗi: Qt không khởi động được giao diện: {' '.join(text.split())}\n")
            sys.stderr.flush()
            os._exit(1)
        log.debug("Qt: %s", text)

    global _qt_handler
    _qt_handler = handler  # Qt keeps no reference of its own
    qInstallMessageHandler(handler)


_qt_handler: Callable[..., None] | None = None


# ---- the data folder -----------------------------------------------------------------------------


def _open_data(data_root: Path | None, scratch: Path, today: date | None, lines: list[str]) -> AppContext:
    from app.bootstrap import open_data_dir
    from app.messages import message
    from app.services.errors import DataDirError

    def fresh(note: str) -> AppContext:
        lines.append(note)
        return open_data_dir(scratch / "data", writer=True, program=PROGRAM, today=today)

    if data_root is None:
        return fresh(
            "Thư mục dữ liệu: không chỉ định (--data-dir); dùng một thư mục tạm trống, xóa khi xong."
        )
    root = Path(data_root).expanduser().resolve()
    if not root.is_dir():
        return fresh(f"Thư mục dữ liệu {root} không tồn tại; dùng một thư mục tạm trống, xóa khi xong.")
    try:
        ctx = open_data_dir(root, writer=False, program=PROGRAM, today=today, read_only=True)
    except DataDirError as error:
        if error.code == "datadir.no_database":
            return fresh(f"Thư mục dữ liệu {root} chưa có dữ liệu; dùng một thư mục tạm trống, xóa khi xong.")
        if error.code != "db.outdated":
            raise
        lines.append(f"Thư mục dữ liệu: {root} (chỉ đọc).")
        lines.append(message(error))
        lines.append(
            "Selftest không nâng cấp: cửa sổ được thử trên một bản sao tạm đã nâng cấp, xóa khi xong."
        )
        return open_data_dir(_copy_database(root, scratch), writer=True, program=PROGRAM, today=today)
    lines.append(f"Thư mục dữ liệu: {root} (chỉ đọc).")
    lines.append(f"Cơ sở dữ liệu: phiên bản dữ liệu {ctx.status_before.revision} (mới nhất).")
    return ctx


def _copy_database(root: Path, scratch: Path) -> Path:
    """A plain copy of the database (and its write-ahead log): reading the files changes nothing."""
    from app.services.datadir import DataDir

    source, copy = DataDir(root), DataDir(scratch / "copy")
    copy.root.mkdir(parents=True)
    shutil.copyfile(source.db_path, copy.db_path)
    wal = source.db_path.with_name(source.db_path.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, copy.db_path.with_name(copy.db_path.name + "-wal"))
    return copy.root


def _stop_logging_into(folder: Path) -> None:
    """Close the log handlers opened in the temporary folder, so it can be deleted (Windows)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        name = getattr(handler, "baseFilename", None)
        if name and Path(name).is_relative_to(folder):
            root.removeHandler(handler)
            handler.close()


# ---- the main window -----------------------------------------------------------------------------


def _paint_main_window(ctx: AppContext, scratch: Path) -> tuple[float, str, str]:
    """Build the main window as the GUI does, show it and wait for its first paint.

    The time is taken once the event loop is back after the window's first paint event, that is after
    the whole window (its children included) was painted and flushed. Returns that time, the title of
    the page shown and Qt's platform name."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings

    app = make_application()
    window = MainWindow(ctx, UiSettings(scratch / "settings.ini"))
    loop = QEventLoop()
    painted: list[float] = []

    def done() -> None:
        painted.append(time.perf_counter())
        loop.quit()

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, done)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    window.show()
    if not painted:
        loop.exec()
    window.removeEventFilter(watcher)
    try:
        if not painted:
            raise SelftestError(f"cửa sổ chính không được vẽ sau {PAINT_TIMEOUT_MS // 1000} giây")
        # The page shown, not ``window.pages`` (that would build every page).
        page = window.stack.currentWidget()
        if window.sidebar.currentRow() != 0 or getattr(page, "key", None) != window.areas[0].key:
            raise SelftestError("cửa sổ chính không mở ở trang đầu")
        image = window.grab().toImage()
        if image.isNull() or image.width() == 0:
            raise SelftestError("không chụp được cửa sổ chính")
        title, platform = page.page_title, QApplication.platformName()
    finally:
        _close(window, app)
    return painted[0], title, platform


def _close(window: Any, app: Any) -> None:
    """Let the pages' background work finish (closing asks the user otherwise), then close."""
    deadline = time.monotonic() + TASKS_TIMEOUT_S
    while window.tasks.running and time.monotonic() < deadline:
        window.tasks.wait(100)
        app.processEvents()
    if not window.tasks.running:
        window.close()
    window.deleteLater()
    app.processEvents()


# ---- bundled resources ---------------------------------------------------------------------------


def _check_resources() -> list[str]:
    return [_check_fonts(), _check_translations(), _check_icon(), _check_migrations()]


def _folder(*parts: str) -> Path:
    from app.paths import resource

    try:
        folder = resource(*parts)
    except FileNotFoundError:
        raise SelftestError("không tìm thấy thư mục tài nguyên (resources)") from None
    if not folder.is_dir():
        raise SelftestError(f"không tìm thấy thư mục {folder}")
    return folder


def _check_fonts() -> str:
    from app.services.exports.nd30 import register_fonts

    folder = _folder("fonts")
    fonts = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".otf"))
    if not fonts:
        raise SelftestError(f"không có phông chữ nào trong {folder}")
    register_fonts()  # reads every face the printed documents use; a DomainError names a bad one
    return f"Phông chữ: {len(fonts)} tệp trong {folder}, đọc được."


def _check_translations() -> str:
    from PySide6.QtCore import QTranslator

    folder = _folder("translations")
    compiled = sorted(folder.glob("*.qm"))
    for path in compiled:
        if not QTranslator().load(str(path)):
            raise SelftestError(f"không đọc được tệp dịch {path}")
    if not compiled:
        return f"Bản dịch: thư mục {folder} (chưa có tệp .qm: giao diện tiếng Việt gốc)."
    return f"Bản dịch: {len(compiled)} tệp .qm trong {folder}, đọc được."


def _check_icon() -> str:
    from PySide6.QtGui import QIcon

    path = _folder("icons") / "thuky-iso.png"
    if QIcon(str(path)).isNull() or not QIcon(str(path)).availableSizes():
        raise SelftestError(f"không đọc được biểu tượng chương trình {path}")
    return f"Biểu tượng: {path}, đọc được."


def _check_migrations() -> str:
    from app.paths import migrations_dir
    from app.services.migrations import head_revision, script_directory

    try:
        folder = migrations_dir()
    except FileNotFoundError:
        raise SelftestError("không tìm thấy thư mục chuyển đổi dữ liệu (migrations)") from None
    if not (folder / "env.py").is_file():
        raise SelftestError(f"thư mục chuyển đổi dữ liệu {folder} thiếu env.py")
    count = len(list(script_directory().walk_revisions()))
    return f"Chuyển đổi dữ liệu: {count} bản trong {folder}, mới nhất {head_revision()}."
