"""Starting the GUI: QApplication, theme, translations, the data directory, first run, main window.

``THUKY_ISO_QUIT_AFTER_PAINT=1`` in the environment makes the GUI quit (exit code 0, nothing printed)
right after the first paint of the first window it shows — the home page, or the first-run dialog
of a folder without an agency: whole-process start-up timing (``benchmarks/startup.py``) and a smoke
test of an installation ("does it start and draw?") without anyone to close the window.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from datetime import date
from pathlib import Path

# The data layer first, on purpose. Once PySide6 is imported, every Python module imported after it
# passes through PySide6's ``__feature__`` import hook, which reads the module's whole source
# (``inspect.getsource``): SQLAlchemy, the models and the services the home page needs import
# markedly faster before Qt. The GUI needs them all before its first paint anyway.
import app.services.indicators  # noqa: F401  (the home page's figures)
from app.bootstrap import open_data_dir

# isort: split
from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def _skip_feature_scan() -> None:
    """PySide6 looks for ``from __feature__ import …`` (snake_case, true_property) by reading the
    whole source of every module imported after Qt (``shibokensupport.feature._mod_uses_pyside``,
    ~0.1 s over the pages at start-up). The app uses no such feature: say so, when that internal
    exists in this PySide6."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: False  # type: ignore[attr-defined]


_skip_feature_scan()

from app import APP_ID, APP_NAME, ORG_NAME  # noqa: E402
from app.messages import message  # noqa: E402
from app.paths import default_data_dir, resource  # noqa: E402
from app.services.errors import DomainError  # noqa: E402

GUI_PROGRAM = "giao diện Thư ký ISO"
QUIT_AFTER_PAINT = "THUKY_ISO_QUIT_AFTER_PAINT"


def make_application() -> QApplication:
    from app.ui.theme import apply_theme

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    app.setWindowIcon(QIcon(str(resource("icons", "thuky-iso.png"))))
    # The .desktop file's name (packaging/linux): Wayland shells match the window to its icon by it.
    app.setDesktopFileName("thuky-iso")
    _install_translators(app)
    apply_theme(app)
    return app


def _install_translators(app: QApplication) -> None:
    """Qt's own strings for the locale (standard buttons, context menus, Qt's file dialog), and ours
    when a .qm exists for the locale.

    Qt ships no qtbase_vi, so for Vietnamese Qt's strings come from our
    resources/translations/qtbase_vi.qm; a catalogue Qt ships for the locale is preferred."""
    if getattr(app, "_thuky_translators", None):
        return
    translators = []
    our_dir = str(resource("translations"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(), "qtbase", "_", qt_dir) or qt.load(QLocale(), "qtbase", "_", our_dir):
        app.installTranslator(qt)
        translators.append(qt)
    ours = QTranslator(app)
    if ours.load(QLocale(), "thuky_iso", "_", our_dir):
        app.installTranslator(ours)
        translators.append(ours)
    app._thuky_translators = translators  # type: ignore[attr-defined]


class _QuitAfterFirstPaint(QObject):
    """Closes the window of the widget it watches once that widget has been painted (and the paint
    flushed), and quits: as the user closing it (the window saves its state; a dialog is
    cancelled)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._quit)
        return False

    def _quit(self) -> None:
        self._widget.window().close()
        QApplication.quit()


def quit_after_first_paint(widget: QWidget) -> None:
    """When ``THUKY_ISO_QUIT_AFTER_PAINT=1``: quit the application after ``widget``'s first paint."""
    if os.environ.get(QUIT_AFTER_PAINT) == "1":
        widget.installEventFilter(_QuitAfterFirstPaint(widget))


def run_gui(data_dir: Path | None, *, today: date | None = None) -> int:
    """The GUI on ``data_dir`` (the user's folder by default); ``today`` pins the app's day."""
    from app.ui.errors import install_excepthook
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings

    app = make_application()
    root = data_dir or default_data_dir()
    try:
        ctx = open_data_dir(root, writer=True, program=GUI_PROGRAM, today=today)
    except DomainError as error:
        QMessageBox.critical(None, APP_NAME, message(error))
        return 1
    except Exception:  # a defect while opening: said in a box with its details, never a silent exit
        import traceback

        from app.ui.errors import show_unexpected

        logging.getLogger(__name__).exception("opening %s", root)
        show_unexpected(None, traceback.format_exc(), None)
        return 1
    install_excepthook(ctx.data_dir.log_path)
    try:
        if not ctx.services.agency.is_set_up():
            from app.ui.dialogs.first_run import FirstRunDialog

            dialog = FirstRunDialog(ctx.services.agency)
            quit_after_first_paint(dialog)
            gc.enable()  # off while starting (app/__main__.py); on while the user works
            if not dialog.exec():
                return 0
        window = MainWindow(ctx, UiSettings())
        # The page shown first (the home page) is painted with the window.
        quit_after_first_paint(window.current_page() or window)
        window.show()
        gc.enable()  # off while starting (app/__main__.py); on while the user works
        return app.exec()
    finally:
        ctx.close()
        # The process ends with the GUI: the collector need not walk the whole app's objects again
        # while the interpreter shuts down (0.1–0.2 s of every exit). What must be written or closed
        # is: the database just above, the settings when the window closed, the log at exit.
        gc.freeze()
