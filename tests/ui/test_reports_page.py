"""Báo cáo định kỳ page: a draft composed from the page shows its figures by group with their
sources, a double click on a figure lists the records behind it and opens one, signing and sending
through their dialogs, a correction as a new draft, the agency without a 6-month report."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app import models as m
from app.services.corrective_actions import CaFields
from app.ui.pages.reports import ReportsPage

Y = 2026


@pytest.fixture
def page(agency, services, show):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 6, 20))
    services.corrective_actions.create(
        CaFields(raised_on=date(Y, 3, 2), source=m.CaSource.SELF, description="Hồ sơ trễ hạn")
    )
    widget = show(ReportsPage(services))
    widget.refresh()
    widget.select_year(Y)
    return widget


def _line(page, label: str):  # type: ignore[no-untyped-def]
    tree = page.figures
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            item = group.child(i)
            if item.text(0).strip("▸ ").strip() == label:
                return item
    raise AssertionError(label)


def test_a_draft_composed_from_the_page_shows_its_figures(page, services) -> None:  # type: ignore[no-untyped-def]
    assert page.detail_title.text().startswith("Chưa có báo cáo nào của năm 2026")
    page.compose_h1.click()
    assert page.detail_title.text() == "Báo cáo 6 tháng đầu năm 2026 — dự thảo"
    assert page.compose_h1.text() == "Cập nhật dự thảo 6 tháng"
    opened = _line(page, "Phiếu HĐKP mở")
    assert (opened.text(1), opened.text(2)) == ("1", "Ngày lập trong kỳ")
    assert opened.text(0).startswith("▸")  # records behind it
    assert not _line(page, "TTHC đã có quy trình đang hiệu lực").text(0).startswith("▸")
    assert _line(page, "Mức độ hài lòng").text(1).startswith("chưa có số liệu")
    # 15/12/2025 – 14/06/2026 (Decree 09): the cut-off is the period's end, before today.
    assert "Số liệu từ 15/12/2025 đến 14/06/2026" in page.figures_hint.text()


def test_a_double_click_on_a_figure_opens_its_records(page, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.pick_dialog import PickDialog

    page.compose_h1.click()
    shown: list[PickDialog] = []

    def choose_first(dialog: PickDialog) -> int:
        shown.append(dialog)
        dialog.list.select_where(lambda _r: True)
        return 1

    monkeypatch.setattr(PickDialog, "exec", choose_first)
    with qtbot.waitSignal(page.record_requested) as opened:
        page.figures.itemDoubleClicked.emit(_line(page, "Phiếu HĐKP mở"), 1)
    rows = shown[0].list.model.rows
    assert [r.kind for r in rows] == ["Phiếu 01/2026"]
    assert opened.args == ["corrective_action", rows[0].record_id]


def test_sign_send_and_correct_from_the_page(page, services, dialog_driver, popups, ui) -> None:  # type: ignore[no-untyped-def]
    page.compose_h1.click()
    dialog_driver.will_fill(number="", report_on=date(Y, 6, 15))
    page.sign_button.click()
    assert not dialog_driver.last.saved and "Nhập số báo cáo" in " ".join(dialog_driver.last.errors.values())
    dialog_driver.will_fill(number="112/BC-UBND", report_on=date(Y, 6, 15))
    page.sign_button.click()
    assert dialog_driver.last.saved
    assert ui.column(page.list, "Tình trạng") == ["Đã ký ngày 15/06/2026"]
    assert not page.edit_button.isEnabled() and not page.refresh_button.isEnabled()
    assert page.send_button.isEnabled() and page.list.add_button.isEnabled()
    dialog_driver.will_fill(sent_on=date(Y, 6, 10))  # before the signing: refused, kept open
    page.send_button.click()
    assert not dialog_driver.last.saved and dialog_driver.last.errors
    dialog_driver.will_fill(sent_on=date(Y, 6, 16))
    page.send_button.click()
    assert page.detail_title.text() == "Báo cáo 6 tháng đầu năm 2026 — đã gửi ngày 16/06/2026"
    page.list.add_button.click()  # Lập bản sửa đổi (confirmed)
    assert ui.column(page.list, "Tình trạng") == ["Đã gửi, đã có bản sửa đổi", "Dự thảo (bản sửa đổi)"]
    assert services.reports.draft("h1", Y).number == "112/BC-UBND"


def test_without_a_six_month_report_only_the_annual_one_is_offered(page, services) -> None:  # type: ignore[no-untyped-def]
    settings = services.agency.get_reporting()
    services.agency.update_reporting(dataclasses.replace(settings, six_month_report=False))
    page.refresh()
    assert page.compose_h1.isHidden() and not page.compose_year.isHidden()
    page.compose_year.click()
    assert page.detail_title.text() == "Báo cáo năm 2026 — dự thảo"


def test_the_agency_page_sets_the_six_month_report(services, show, agency) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.agency import AgencyPage

    agency_page = show(AgencyPage(services))
    agency_page.refresh()
    box = agency_page.reporting_form.editors["six_month_report"]
    assert box.isChecked()
    box.setChecked(False)
    assert agency_page.save_reporting()
    assert services.agency.get_reporting().six_month_report is False


def test_a_section_is_edited_on_the_content_tab_and_marked(page, services) -> None:  # type: ignore[no-untyped-def]
    page.compose_h1.click()
    editor = page.sections
    page.tabs.setCurrentWidget(editor)
    rows = [editor.outline.item(i).text().strip() for i in range(editor.outline.count())]
    assert rows[:3] == ["I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "1. Phạm vi áp dụng"]
    editor.outline.setCurrentRow(rows.index("3. Kết quả áp dụng trong giải quyết thủ tục hành chính"))
    assert editor.text.toPlainText() == "Trong kỳ chưa có số liệu giải quyết thủ tục hành chính."
    editor.text.setPlainText("Đoạn thứ nhất.\n\nĐoạn thứ hai.")
    editor.save_button.click()
    report = services.reports.draft("h1", Y)
    section = {x["key"]: x for x in report.sections}["II.3"]
    assert section["paragraphs"] == ["Đoạn thứ nhất.", "Đoạn thứ hai."] and section["edited"]
    assert editor.outline.currentItem().text().endswith("✎")
    page.refresh_button.click()  # the edited text stays
    assert editor.text.toPlainText() == "Đoạn thứ nhất.\n\nĐoạn thứ hai."
    editor.reset_button.click()
    assert editor.text.toPlainText() == "Trong kỳ chưa có số liệu giải quyết thủ tục hành chính."


def test_a_report_opens_from_anywhere(page, services) -> None:  # type: ignore[no-untyped-def]
    report_id = services.reports.compose("h1", Y)
    page.select_year(Y - 1)
    assert page.show_record("report", report_id)
    assert page.year() == Y and page.list.current().id == report_id
    assert not page.show_record("report", 999_999) and not page.show_record("review", report_id)
