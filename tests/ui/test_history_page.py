"""Lịch sử and Nhật ký thay đổi: a change made in the GUI appears in the record's "Lịch sử" tab with
its old and new values; every detail view with tabs has that tab; the log's page lists every change,
filters by day, record type and user, shows the selected change's fields and opens its record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QTabWidget

from app.services import dto, history
from app.services.risks import RiskFields
from app.ui.pages.history import HistoryPage
from app.ui.pages.risks import RisksPage
from app.ui.widgets.history import HistoryTab

Y = 2026
TODAY = date(Y, 10, 5)


@pytest.fixture
def pinned(services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)  # before the agency is set up: every entry on the test's days


@pytest.fixture
def risk(pinned, agency, services):  # type: ignore[no-untyped-def]
    return services.risks.create(
        RiskFields(
            title="Hồ sơ đất đai giải quyết trễ hạn", likelihood=3, impact=4, identified_on=date(Y, 2, 1)
        )
    )


def _tab_titles(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_a_change_made_in_the_gui_appears_in_the_records_history(risk, services, show, dialog_driver, ui):
    page = show(RisksPage(services))
    page.refresh()
    page.select(risk)
    dialog_driver.will_fill(title="Thất lạc hồ sơ đất đai khi luân chuyển", likelihood=4)
    page.list.edit_button.click()
    assert dialog_driver.last.saved
    assert _tab_titles(page.tabs)[-1] == "Lịch sử"
    page.tabs.setCurrentWidget(page.history)
    assert isinstance(page.history, HistoryTab) and page.history.isVisible()
    assert ui.column(page.history.entries, "Thao tác") == ["Sửa", "Tạo mới"]
    assert ui.column(page.history.entries, "Người thực hiện")[0].startswith(history.who()[0])
    assert ui.column(page.history.entries, "Thời điểm")[0].startswith("05/10/2026 ")
    # The newest change is selected: each field with its value before and after.
    assert page.history.entries.current().entry.action == "update"
    fields = list(
        zip(*(ui.column(page.history.changes, h) for h in ("Thông tin", "Trước", "Sau")), strict=True)
    )
    assert fields == [
        ("Tên rủi ro, cơ hội", "Hồ sơ đất đai giải quyết trễ hạn", "Thất lạc hồ sơ đất đai khi luân chuyển"),
        ("Khả năng xảy ra", "3", "4"),
    ]
    assert (
        page.history.rows()[0]
        .summary()
        .startswith("Tên rủi ro, cơ hội: Hồ sơ đất đai giải quyết trễ hạn → Thất lạc")
    )
    # Another record selected: its own history.
    other = services.risks.create(RiskFields(title="Mất dữ liệu một cửa", identified_on=date(Y, 3, 1)))
    page.refresh()
    page.select(other)
    assert ui.column(page.history.entries, "Thao tác") == ["Tạo mới"]


def test_every_detail_view_with_tabs_has_the_history_tab(agency, services, show):
    from app.ui.pages.audits import AuditsPage
    from app.ui.pages.corrective_actions import CorrectiveActionsPage
    from app.ui.pages.documents import DocumentsPage
    from app.ui.pages.objectives import ObjectivesPage
    from app.ui.pages.reports import ReportsPage
    from app.ui.pages.reviews import ReviewsPage

    for cls, tabs, record_type in (
        (DocumentsPage, "detail_tabs", "document"),
        (ObjectivesPage, "tabs", "objective"),
        (AuditsPage, "detail_tabs", "audit"),
        (CorrectiveActionsPage, "tabs", "corrective_action"),
        (ReportsPage, "tabs", "report"),
        (ReviewsPage, "tabs", "review"),
        (RisksPage, "tabs", "risk"),
    ):
        page = cls(services)
        widget: QTabWidget = getattr(page, tabs)
        found = [widget.widget(i) for i in range(widget.count()) if widget.tabText(i) == "Lịch sử"]
        assert len(found) == 1, cls.__name__
        assert isinstance(found[0], HistoryTab) and found[0].record_type == record_type
        page.deleteLater()


def test_the_log_page_lists_filters_and_opens(risk, services, show, ui):
    services.clock.pin(date(Y, 10, 9))
    services.tthc.save_tthc(dto.TthcFields(code="1.000001", name="Đăng ký khai sinh"))
    page = show(HistoryPage(services))
    page.refresh()
    count = len(services.history.entry_ids())
    assert page.list.count_label.text() == f"{count} thay đổi"
    assert ui.column(page.list, "Loại hồ sơ")[:2] == ["Thủ tục hành chính", "Rủi ro, cơ hội"]
    assert ui.column(page.list, "Hồ sơ")[0] == "1.000001 — Đăng ký khai sinh"
    assert ui.column(page.list, "Thao tác")[0] == "Tạo mới"
    # The selected (newest) change's fields.
    assert ("Mã TTHC", "", "1.000001") in zip(
        *(ui.column(page.changes, h) for h in ("Thông tin", "Trước", "Sau")), strict=True
    )
    page.type_combo.setCurrentIndex(page.type_combo.findData("risk"))
    assert ui.column(page.list, "Hồ sơ") == ["Hồ sơ đất đai giải quyết trễ hạn"]
    page.type_combo.setCurrentIndex(0)
    ui.enter(page.since_edit, date(Y, 10, 8))
    page.requery()
    assert ui.column(page.list, "Loại hồ sơ") == ["Thủ tục hành chính"]
    ui.enter(page.since_edit, "")
    ui.enter(page.until_edit, date(Y, 10, 6))
    page.requery()
    assert "Thủ tục hành chính" not in ui.column(page.list, "Loại hồ sơ")
    ui.enter(page.until_edit, "")
    page.user_combo.setCurrentIndex(page.user_combo.findData(history.who()[0]))
    assert len(ui.column(page.list, "Thao tác")) == count
    opened: list[tuple[str, int]] = []
    page.record_requested.connect(lambda kind, ident: opened.append((kind, ident)))
    page.list.select_key(services.history.entry_ids()[0])
    assert page.list.edit_button.text() == "Mở hồ sơ" and page.list.edit_button.isEnabled()
    page.list.edit_button.click()
    assert opened and opened[0][0] == "tthc"
