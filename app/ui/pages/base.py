"""What every sidebar page shares: a heading, access to the services, and state persistence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.services.errors import DomainError
from app.ui.errors import confirm, show_domain_error
from app.ui.settings import UiSettings
from app.ui.widgets.forms import Field, RecordDialog
from app.ui.widgets.tables import ListPanel


class Page(QWidget):
    """A sidebar page. ``refresh()`` reloads from the services; called when the page is shown."""

    key = "page"
    nav_title = ""  # short label for the sidebar; the heading otherwise

    def __init__(
        self, services: Services, title: str, subtitle: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.page_title = title
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        if subtitle:
            sub = QLabel(subtitle, self)
            sub.setObjectName("pageSubtitle")
            sub.setWordWrap(True)
            outer.addWidget(sub)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)

    def refresh(self) -> None:
        """Reload what the page shows."""

    # ---- state ---------------------------------------------------------------------------------
    def _stateful(self) -> tuple[list[QSplitter], list[ListPanel]]:
        return self.findChildren(QSplitter), self.findChildren(ListPanel)

    def restore_state(self, settings: UiSettings) -> None:
        splitters, panels = self._stateful()
        for i, splitter in enumerate(splitters):
            settings.restore_splitter(f"{self.key}/{splitter.objectName() or i}", splitter)
        for panel in panels:
            if panel.state_key:
                settings.restore_header(f"{self.key}/{panel.state_key}", panel.view.horizontalHeader())

    def save_state(self, settings: UiSettings) -> None:
        splitters, panels = self._stateful()
        for i, splitter in enumerate(splitters):
            settings.save_splitter(f"{self.key}/{splitter.objectName() or i}", splitter)
        for panel in panels:
            if panel.state_key:
                header: QHeaderView = panel.view.horizontalHeader()
                settings.save_header(f"{self.key}/{panel.state_key}", header)

    # ---- helpers for record pages --------------------------------------------------------------
    def edit_record(
        self,
        title: str,
        fields: list[Field],
        save: Callable[[dict[str, Any]], object],
        values: object | None = None,
        width: int = 560,
    ) -> object:
        """Open a record dialog; returns what ``save`` returned, or None when cancelled."""
        dialog = RecordDialog(title, fields, save, self, values=values, width=width)
        if dialog.exec():
            self.refresh()
            return dialog.result_value
        return None

    def delete_record(self, what: str, delete: Callable[[], None]) -> bool:
        if not confirm(
            self,
            self.tr("Xóa"),
            self.tr("Xóa {0}? Thao tác này không hoàn tác được.").format(what),
            self.tr("Xóa"),
        ):
            return False
        try:
            delete()
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self.refresh()
        return True
