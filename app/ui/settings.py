"""Per-user window state (size, splitters, column widths) in an INI file outside the data directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from app.paths import config_dir


class UiSettings:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            folder = config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "settings.ini"
        self.path = path
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def value(self, key: str, default: object = None) -> object:
        return self._q.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._q.setValue(key, value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def restore_geometry(self, key: str, widget: QWidget) -> bool:
        data = self._bytes(f"geometry/{key}")
        return bool(data and widget.restoreGeometry(data))

    def save_geometry(self, key: str, widget: QWidget) -> None:
        self._q.setValue(f"geometry/{key}", widget.saveGeometry())

    def restore_splitter(self, key: str, splitter: QSplitter) -> None:
        data = self._bytes(f"splitter/{key}")
        if data:
            splitter.restoreState(data)

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self._q.setValue(f"splitter/{key}", splitter.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        data = self._bytes(f"header/{key}")
        return bool(data and header.restoreState(data))

    def save_header(self, key: str, header: QHeaderView) -> None:
        self._q.setValue(f"header/{key}", header.saveState())

    def sync(self) -> None:
        self._q.sync()
