"""What every sidebar page shares: a heading, the services, the app's task runner, "today", opening
a record elsewhere, the hooks the window and the screenshots command call, and state persistence.

``YearPage`` is the base of pages that show one year's records (a year selector fed by one source,
``IndicatorsService.years``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.services.errors import DomainError
from app.services.exports.list_xlsx import write_list_xlsx
from app.services.text import slug
from app.ui.dialogs.export_dialog import show_export_failure, show_saved
from app.ui.errors import confirm, show_domain_error
from app.ui.settings import UiSettings
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field, RecordDialog, add_choice, choice, find_choice
from app.ui.widgets.tables import ListPanel

# The folder the last list was exported to ("Xuất Excel…"), offered again for the next one.
_last_export_folder: Path | None = None

# shoot(name) grabs the window as it is now; shoot(name, widget) grabs that (shown) dialog.
Shoot = Callable[..., None]


class Page(QWidget):
    """A sidebar page. ``refresh()`` reloads from the services; called when the page is shown.

    ``tasks`` is the window's one background runner (a page on its own gets a private one), for
    imports, exports and big queries. ``open_record(type, id)`` asks the window to show a record
    of any area; the window calls ``show_record`` on the page that owns the type.
    """

    key = "page"
    record_requested = Signal(str, int)  # (record-type key, id): show that record
    page_requested = Signal(str)  # an area key: show that page

    def __init__(
        self,
        services: Services,
        title: str,
        subtitle: str = "",
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks or TaskRunner(self)
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

    def today(self) -> date:
        """The app's today (``--today`` when pinned)."""
        return self.services.clock.today()

    # ---- hooks the window and the screenshots command call ----------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        """Select record ``record_id`` of ``record_type`` (a key of the area registry) on this page;
        False when it is not found. Called after the page was shown and refreshed."""
        return False

    def screenshots(self, shoot: Shoot) -> None:
        """Put the page in the states worth a screenshot beyond the first view, calling
        ``shoot(name)`` for each (and ``shoot(name, dialog)`` for a dialog it opened)."""

    def open_record(self, record_type: str, record_id: int) -> None:
        """Show a record of any area (the window switches page and selects it)."""
        self.record_requested.emit(record_type, record_id)

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

    # ---- "Xuất Excel…" under every list --------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.offer_list_exports()
        super().showEvent(event)

    def offer_list_exports(self) -> None:
        """Give each list of the page (not those of its dialogs) its "Xuất Excel…" button. Called
        whenever the page is shown, so lists built later get it too."""
        for panel in self.findChildren(ListPanel):
            if panel.window() is self.window() and panel.exportable and not panel.export_offered:
                panel.export_requested.connect(lambda p=panel: self.export_list(p))
                panel.offer_export()

    def list_export_title(self, panel: ListPanel) -> str:
        """The printed title of a list: the page's title, then what the list is called (its
        ``export_title``, its own title, or the label of the tab that holds it, without its count)
        when that says more."""
        name = panel.export_title().strip() if panel.export_title is not None else panel.title.text().strip()
        widget: QWidget | None = panel
        while not name and widget is not None and widget is not self:
            parent = widget.parentWidget()
            tabs = parent.parentWidget() if parent is not None else None
            if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
                name = re.sub(r"\s*\(\d+\)$", "", tabs.tabText(tabs.indexOf(widget)).replace("&", "")).strip()
            widget = parent
        heading = self.list_export_heading()
        if not name or name.casefold() == self.page_title.casefold():
            return heading
        return f"{heading} — {name}"

    def list_export_heading(self) -> str:
        """What every exported list of the page is titled first (the page's title)."""
        return self.page_title

    def export_list(self, panel: ListPanel) -> None:
        """Ask for a file name, write what ``panel`` shows to it in the background, then say where."""
        global _last_export_folder
        headers, rows = panel.shown_table()
        if not rows:
            return
        title = self.list_export_title(panel)
        today = self.today()
        caption = self.tr("Xuất Excel")
        folder = _last_export_folder if _last_export_folder and _last_export_folder.is_dir() else Path.home()
        name = slug(title)[:80] or "danh-sach"
        path, _ = QFileDialog.getSaveFileName(
            self,
            caption,
            str(folder / f"{name}-{today:%Y%m%d}.xlsx"),
            self.tr("Bảng tính Excel (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")
        _last_export_folder = target.parent
        profile = self.services.agency.get_profile()
        right = {i for i, c in enumerate(panel.shown_columns()) if panel.model.columns[c].align_right}
        self.tasks.run_with_progress(
            self,
            self.tr("Đang xuất danh sách ra Excel…"),
            lambda: write_list_xlsx(
                profile, title, headers, rows, target, printed_on=today, right_aligned=right
            ),
            lambda _result: show_saved(self, caption, target),
            lambda error: show_export_failure(self, caption, error),
        )


class YearPage(Page):
    """A page that shows one year's records (the objectives, the plan), with a year selector."""

    year_combo: QComboBox

    def year(self) -> int:
        value = choice(self.year_combo)
        return int(value) if value is not None else self.today().year

    def list_export_heading(self) -> str:
        return self.tr("{0} năm {1}").format(self.page_title, self.year())

    def reload(self) -> None:
        """Show the selected year."""

    def _year_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Năm:"), self))
        self.year_combo = QComboBox(self)
        self.year_combo.setMinimumWidth(90)
        row.addWidget(self.year_combo)
        self.fill_years()
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        return row

    def fill_years(self, select: int | None = None) -> None:
        """The years of ``IndicatorsService.years`` (plus the chosen one), newest first; keeps (or
        sets) the choice."""
        combo = self.year_combo
        current = select if select is not None else choice(combo)
        years = set(self.services.indicators.years())
        if current is not None:
            years.add(current)
        blocked = combo.blockSignals(True)
        combo.clear()
        for year in sorted(years, reverse=True):
            add_choice(combo, str(year), year)
        combo.setCurrentIndex(
            max(find_choice(combo, current if current is not None else self.today().year), 0)
        )
        combo.blockSignals(blocked)

    def refresh(self) -> None:
        self.fill_years()
        self.reload()

    def select_year(self, year: int) -> None:
        self.fill_years(select=year)
        self.reload()

    def start_next_year(self) -> int | None:
        """Confirm, copy the selected year into the next; the new year (now selected), or None."""
        year = self.year()
        if not confirm(
            self,
            self.tr("Bắt đầu năm sau"),
            self.tr(
                "Sao chép các mục tiêu chất lượng (không kèm kết quả đo) và các nhiệm vụ của kế hoạch năm {0} "
                "sang năm {1}? Dữ liệu năm {0} giữ nguyên."
            ).format(year, year + 1),
            self.tr("Sao chép"),
        ):
            return None
        try:
            new_year = self.services.plans.start_next_year(year)
        except DomainError as error:
            show_domain_error(self, error)
            return None
        self.select_year(new_year)
        return new_year
