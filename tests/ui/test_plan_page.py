"""Kế hoạch năm page: a plan from the default task list, tasks done or overdue, and the next year."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models import TaskStatus, TimeframeKind
from app.services.plans import DEFAULT_TASKS
from app.ui.pages.plan import DONE_COLOR, OVERDUE_COLOR, PlanPage

N = len(DEFAULT_TASKS)

TODAY = date(2026, 5, 10)  # the six tasks of Quý I are overdue


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
    assert len(planned.task_list.model.rows) == N
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
    assert len(overdue) == 6
    assert planned.overdue_label.text() == "Quá hạn: 6"
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
    assert planned.overdue_label.text() == "Quá hạn: 5"
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
    assert len(services.plans.get_plan(2026).tasks) == N


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
    assert len(planned.task_list.model.rows) == N
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


def test_a_task_states_its_expected_output_apart_from_its_evidence(planned, dialog_driver, qtbot, ui):
    planned.task_list.select_where(lambda r: r.sort_order == 0)
    assert ui.column(planned.task_list, "Sản phẩm")[0] == "Kế hoạch được ban hành"
    dialog_driver.will_fill(
        output="Kế hoạch số 05/KH-UBND được ký ban hành",
        evidence="Dự thảo đã trình Chủ tịch UBND xã",
        status=TaskStatus.IN_PROGRESS,
    )
    _click(qtbot, planned.task_list.edit_button)

    assert ui.column(planned.task_list, "Sản phẩm")[0] == "Kế hoạch số 05/KH-UBND được ký ban hành"
    assert ui.column(planned.task_list, "Minh chứng")[0] == "Dự thảo đã trình Chủ tịch UBND xã"
    detail = planned.task_detail.text()
    assert "Sản phẩm: Kế hoạch số 05/KH-UBND được ký ban hành" in detail
    assert "Minh chứng: Dự thảo đã trình Chủ tịch UBND xã" in detail


def test_empty_document_fields_show_what_prints(planned, services, qtbot, ui):
    form = planned.header_form
    printed = services.plan_exports.defaults("plan", 2026)
    assert form.editors["signing_lines"].placeholderText() == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    assert form.editors["signer_name"].placeholderText() == "Nguyễn Văn An"
    assert form.editors["recipients"].placeholderText() == "- Lưu: VT."
    assert form.editors["legal_bases"].placeholderText() == printed.legal_bases
    assert (
        form.editors["legal_bases"]
        .placeholderText()
        .startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014")
    )
    assert "trước ngày 15/6/2026" in form.editors["implementation"].placeholderText()
    assert "116/2015/TT-BTC" in form.editors["funding"].placeholderText()

    # Copy what prints into the empty fields, change one line, save: that line prints.
    _click(qtbot, planned.fill_defaults_button)
    assert form.editors["implementation"].toPlainText() == printed.implementation
    text = form.editors["funding"].toPlainText().replace("và các nguồn", "và nguồn xã hội hóa, các nguồn")
    ui.fill(form, funding=text)
    _click(qtbot, planned.save_header_button)
    plan = services.plans.get_plan(2026)
    assert plan.funding == text and plan.implementation == printed.implementation
    assert plan.signing_lines == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    words = " ".join(" ".join(t.split()) for t in services.plan_exports.build("plan", 2026).texts())
    assert "nguồn xã hội hóa" in words


def test_the_placeholder_follows_the_agencys_signing_lines(planned, services):
    profile = services.agency.get_profile()
    from dataclasses import asdict

    from app.services import dto

    fields = {k: v for k, v in asdict(profile).items() if k != "id"}
    services.agency.update_profile(dto.AgencyFields(**{**fields, "signing_lines": ""}))
    planned.reload()
    assert planned.header_form.editors["signing_lines"].placeholderText() == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    services.agency.update_profile(
        dto.AgencyFields(**{**fields, "signing_lines": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"})
    )
    planned.reload()
    assert planned.header_form.editors["signing_lines"].placeholderText() == (
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    )


def test_export_writes_the_plan_through_the_catalogue(planned, monkeypatch, qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    asked = []
    target = tmp_path / "ke-hoach.pdf"

    def pick(_parent, _caption, suggested, filters, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append((suggested, filters))
        return str(target), "PDF để in (*.pdf)"

    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    _click(qtbot, planned.export_button)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)

    suggested, filters = asked[0]
    assert "2026" in suggested and suggested.endswith(".pdf")
    assert "*.docx" in filters and "*.xlsx" in filters
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
