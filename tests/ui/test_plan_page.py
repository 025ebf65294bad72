"""Kế hoạch năm page: a plan from the default task list, tasks done or overdue, and the next year."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models import TaskStatus, TimeframeKind
from app.ui.pages.plan import DONE_COLOR, OVERDUE_COLOR, PlanPage

TODAY = date(2026, 5, 10)  # the five tasks of Quý I are overdue


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def page(agency, services, show):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    widget = show(PlanPage(services))
    widget.refresh()
    return widget


@pytest.fixture
def planned(page, qtbot):  # type: ignore[no-untyped-def]
    _click(qtbot, page.create_default_button)
    return page


def test_a_year_without_a_plan_offers_to_create_one(page):
    assert page.stack.currentIndex() == 0
    assert page.empty_label.text() == "Năm 2026 chưa có kế hoạch duy trì, cải tiến HTQLCL."
    assert not page.export_button.isEnabled()


def test_create_the_plan_from_the_default_task_list(planned, services, ui):
    assert planned.stack.currentIndex() == 1
    assert len(planned.task_list.model.rows) == 15
    contents = ui.column(planned.task_list, "Nội dung công việc")
    assert contents[0] == "Ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026"
    assert ui.column(planned.task_list, "Thời gian")[:1] == ["Quý I"]
    assert "Thường xuyên" in ui.column(planned.task_list, "Thời gian")
    assert set(ui.column(planned.task_list, "Trạng thái")) == {"Chưa thực hiện"}
    assert services.plans.get_plan(2026) is not None


def test_create_an_empty_plan(page, qtbot):
    _click(qtbot, page.create_empty_button)
    assert page.stack.currentIndex() == 1
    assert page.task_list.model.rows == []


def test_overdue_tasks_are_red_and_counted(planned):
    rows = planned.task_list.model.rows
    overdue = [r for r in rows if r.overdue]
    assert len(overdue) == 5
    assert planned.overdue_label.text() == "Quá hạn: 5"
    assert all(planned.task_list.model.color(r) == "#b3261e" for r in overdue)
    assert all(planned.task_list.model.color(r) is None for r in rows if not r.overdue)


def test_mark_a_task_done_with_its_completion_date(planned, dialog_driver, qtbot, ui):
    planned.task_list.select_where(lambda r: r.sort_order == 0)
    dialog_driver.will_fill(
        status=TaskStatus.DONE,
        completed_on=date(2026, 1, 8),
        evidence="Kế hoạch số 05/KH-UBND ngày 08/01/2026",
    )
    _click(qtbot, planned.task_list.edit_button)

    assert dialog_driver.last.saved
    assert ui.column(planned.task_list, "Trạng thái")[0] == "Đã hoàn thành"
    assert ui.column(planned.task_list, "Ngày hoàn thành")[0] == "08/01/2026"
    assert ui.column(planned.task_list, "Minh chứng")[0] == "Kế hoạch số 05/KH-UBND ngày 08/01/2026"
    assert planned.overdue_label.text() == "Quá hạn: 4"
    assert planned.task_list.model.color(planned.task_list.model.rows[0]) != "#b3261e"


def test_choosing_done_fills_today_as_the_completion_date(planned, dialog_driver, qtbot, ui):
    planned.task_list.select_where(lambda r: r.sort_order == 1)
    seen = []

    def done(dialog):  # type: ignore[no-untyped-def]
        ui.fill(dialog.form, status=TaskStatus.DONE)
        seen.append(dialog.form.editors["completed_on"].line.text())

    dialog_driver.will(done)
    _click(qtbot, planned.task_list.edit_button)
    assert seen == ["10/05/2026"]


def test_a_dated_task_needs_its_date(planned, services, dialog_driver, qtbot):
    dialog_driver.will_fill(content="Tổ chức hội nghị tổng kết", timeframe=TimeframeKind.DATE)
    _click(qtbot, planned.task_list.add_button)

    assert dialog_driver.last.open_after
    assert set(dialog_driver.last.errors) == {"due_on"}
    assert len(services.plans.get_plan(2026).tasks) == 15


def test_add_then_move_a_task_up(planned, dialog_driver, qtbot, ui):
    dialog_driver.will_fill(
        content="Tổ chức hội nghị tổng kết", timeframe=TimeframeKind.DATE, due_on=date(2026, 12, 20)
    )
    _click(qtbot, planned.task_list.add_button)
    assert ui.column(planned.task_list, "Thời gian")[-1] == "Trước 20/12/2026"
    assert planned.task_list.current().content == "Tổ chức hội nghị tổng kết"

    _click(qtbot, planned.up_button)

    assert ui.column(planned.task_list, "Nội dung công việc")[-2] == "Tổ chức hội nghị tổng kết"


def test_header_is_saved_and_errors_show_under_the_fields(planned, services, qtbot, ui):
    ui.fill(planned.header_form, number="05/KH-UBND")
    _click(qtbot, planned.save_header_button)
    assert ui.error_text(planned.header_form, "number")
    assert services.plans.get_plan(2026).number == ""

    ui.fill(planned.header_form, number="05", signed_on=date(2026, 1, 8), implementation="Văn phòng theo dõi")
    _click(qtbot, planned.save_header_button)
    plan = services.plans.get_plan(2026)
    assert (plan.number, plan.signed_on, plan.implementation) == (
        "05",
        date(2026, 1, 8),
        "Văn phòng theo dõi",
    )
    assert planned.header_saved.text() == "Đã lưu."


def test_start_next_year_then_a_second_time_is_refused(planned, popups, qtbot, ui):
    _click(qtbot, planned.next_year_button)

    assert planned.year() == 2027
    assert len(planned.task_list.model.rows) == 15
    assert ui.column(planned.task_list, "Nội dung công việc")[0].endswith("năm 2027")
    assert popups.texts("warning") == []

    planned.select_year(2026)
    _click(qtbot, planned.next_year_button)

    assert popups.texts("warning") == [
        "Năm 2027 đã có mục tiêu chất lượng hoặc kế hoạch; không sao chép đè lên."
    ]
    assert planned.year() == 2026


def test_export_asks_for_the_plan_of_the_shown_year(planned, monkeypatch, qtbot):
    calls = []
    monkeypatch.setattr(
        "app.ui.pages.plan.export_plan_document",
        lambda parent, services, which, year, runner: calls.append((which, year, runner is parent.tasks)),
    )
    _click(qtbot, planned.export_button)
    assert calls == [("plan", 2026, True)]  # on the page's (the window's) runner


def test_the_task_list_says_what_its_red_and_green_rows_mean(planned):
    assert planned.task_list.legend.isVisible()
    legend = planned.task_list.legend.text()
    for text in (OVERDUE_COLOR, "quá hạn", DONE_COLOR, "đã hoàn thành"):
        assert text in legend


def test_the_selected_task_is_shown_whole_under_the_list(planned, services, dialog_driver, qtbot):
    # The page opens on the first overdue task: its details show at once.
    first = planned.task_list.current()
    assert first is not None and first.overdue
    assert "quá hạn" in planned.task_detail.text()
    content = (
        "Rà soát, cập nhật toàn bộ quy trình giải quyết thủ tục hành chính theo các quyết định công bố "
        "danh mục thủ tục hành chính mới của Chủ tịch Ủy ban nhân dân tỉnh trong năm"
    )
    dialog_driver.will_fill(content=content, evidence="Báo cáo số 12/BC-UBND ngày 15/12/2026")
    _click(qtbot, planned.task_list.add_button)

    detail = planned.task_detail
    assert detail.wordWrap() and detail.isVisible()
    assert content in detail.text()
    assert "Minh chứng: Báo cáo số 12/BC-UBND ngày 15/12/2026" in detail.text()
