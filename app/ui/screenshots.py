"""``screenshots --out DIR``: render every page (and dialogs) to PNG offscreen, without a display.

Read-only: opens the data directory as a reader and keeps window state in a throw-away settings
file, so it can run while the GUI is open.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services.text import slug

# The screen of the smallest laptops the app is used on.
SIZE = (1366, 768)


def _grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path), "PNG")
    return path


def take_screenshots(data_root: Path, out_dir: Path, *, today: date | None = None) -> list[Path]:
    """Every page of the area registry as the user first sees it, then the views and dialogs its
    ``screenshots`` hook shows; files are numbered in sidebar order."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.bootstrap import open_data_dir
    from app.ui.application import make_application
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings

    out_dir.mkdir(parents=True, exist_ok=True)
    make_application()
    ctx = open_data_dir(data_root, writer=False, program="lệnh screenshots", today=today)
    files: list[Path] = []
    try:
        if not ctx.services.agency.is_set_up():
            dialog = FirstRunDialog(ctx.services.agency)
            dialog.show()
            files.append(_grab(dialog, out_dir / "00-khai-bao-co-quan.png"))
            dialog.close()
        with tempfile.TemporaryDirectory() as tmp:
            window = MainWindow(ctx, UiSettings(Path(tmp) / "settings.ini"))
            # Qt's offscreen screen is smaller than the default window, which opens maximised there.
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.resize(*SIZE)
            window.show()
            for index, area in enumerate(window.areas):
                window.sidebar.setCurrentRow(index)  # builds the page on its first visit
                page = window.page_for(area.key)
                prefix = f"{index + 1:02d}-{slug(page.page_title)}"
                files.append(_grab(window, out_dir / f"{prefix}.png"))
                shots = 0

                def shoot(name: str, widget: QWidget | None = None, *, prefix: str = prefix) -> None:
                    nonlocal shots
                    shots += 1
                    target = widget if widget is not None else window
                    files.append(_grab(target, out_dir / f"{prefix}-{shots}-{slug(name)}.png"))

                page.screenshots(shoot)
                window.sidebar.setCurrentRow(index)
            window.close()
    finally:
        ctx.close()
    return files
