"""Starting the GUI: QApplication, theme, translations, the data directory, first run, main window."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME, ORG_NAME
from app.messages import message
from app.paths import default_data_dir, resource
from app.services.errors import DomainError

GUI_PROGRAM = "giao diện Thư ký ISO"


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


def run_gui(data_dir: Path | None, *, today: date | None = None) -> int:
    """The GUI on ``data_dir`` (the user's folder by default); ``today`` pins the app's day."""
    from app.bootstrap import open_data_dir
    from app.ui.dialogs.first_run import FirstRunDialog
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
    install_excepthook(ctx.data_dir.log_path)
    try:
        if not ctx.services.agency.is_set_up():
            dialog = FirstRunDialog(ctx.services.agency)
            if not dialog.exec():
                return 0
        window = MainWindow(ctx, UiSettings())
        window.show()
        return app.exec()
    finally:
        ctx.close()
