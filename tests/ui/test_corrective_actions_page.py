"""Hành động khắc phục on a 1366×768 laptop: the list with its overdue rows and filters, the workflow
buttons that the workflow enables (a refused step says why), and a request taken through its steps
with the buttons."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import models as m
from app.messages import message
from app.services import dto
from app.services.corrective_actions import ActionFields, CaFields
from app.services.errors import DomainError
from app.services.exports import catalogue
from app.ui.pages.corrective_actions import OVERDUE_COLOR, CorrectiveActionsPage

TODAY = date(2026, 10, 1)
PAGE_SIZE = (1366 - 230, 728 - 42)
S = m.CaStatus


@pytest.fixture
def data(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    desk = services.organization.save_department(dto.DepartmentFields(name="Bộ phận Một cửa")).id
    services.organization.save_person(dto.PersonFields(full_name="Lê Văn Hùng", department_id=desk))
    cas = services.corrective_actions
    late = cas.create(
        CaFields(
            raised_on=date(2026, 8, 1),
            source=m.CaSource.AUDIT,
            department_id=desk,
            found_by="Trần Thị Lan",
            found_on=date(2026, 8, 1),
            description="Hồ sơ đăng ký khai sinh trả kết quả trễ hạn",
            due_on=date(2026, 9, 1),
        )
    )
    fresh = cas.create(
        CaFields(
            raised_on=date(2026, 9, 25),
            source=m.CaSource.COMPLAINT,
            description="Phản ánh về thái độ tiếp dân",
        )
    )
    return {"late": late, "fresh": fresh, "desk": desk}


@pytest.fixture
def page(services, data, show):  # type: ignore[no-untyped-def]
    widget = show(CorrectiveActionsPage(services))
    widget.resize(*PAGE_SIZE)
    widget.refresh()
    QApplication.processEvents()
    return widget


def _numbers(page: Any) -> list[str]:
    return [row.number for row in page.list.shown_rows()]


def test_the_page_lists_requests_and_filters_the_overdue_ones(page, data, ui):
    assert _numbers(page) == ["02/2026", "01/2026"]  # newest first
    late = next(r for r in page.list.shown_rows() if r.id == data["late"])
    assert page.list.model.color(late) == OVERDUE_COLOR
    assert "quá hạn" in page.list.legend.text()
    assert "quá hạn 1" in page.list.count_label.text()
    page.overdue_only.setChecked(True)
    assert _numbers(page) == ["01/2026"]
    page.overdue_only.setChecked(False)
    page.search.setText("tiep dan")  # no diacritics needed
    page.requery()
    assert _numbers(page) == ["02/2026"]
    assert ui.column(page.list, "Trạng thái") == ["Mới"]


def test_a_refused_step_is_disabled_and_says_why(page, data):
    assert page.show_record("corrective_action", data["fresh"])
    button = page.analyse_button
    assert not button.isEnabled()
    reason = message(DomainError("ca.needs_department"))
    assert button.toolTip() == reason
    assert reason in page.step_note.text()
    assert not page.implement_button.isEnabled()
    assert page.implement_button.toolTip() == message(DomainError("ca.not_analysing"))
    assert page.cancel_button.isEnabled() and not page.reopen_button.isEnabled()
    page.show_record("corrective_action", data["late"])
    assert page.analyse_button.isEnabled()
    assert "Phân tích nguyên nhân" in page.step_note.text()


def test_a_request_goes_through_its_steps_with_the_buttons(page, data, services, dialog_driver):
    cas = services.corrective_actions
    page.show_record("corrective_action", data["late"])
    dialog_driver.will_fill(on=date(2026, 9, 2))
    page.analyse_button.click()
    assert cas.get(data["late"]).status is S.ANALYSING
    assert page.selected().status is S.ANALYSING and not page.analyse_button.isEnabled()
    assert page.implement_button.toolTip() == message(DomainError("ca.needs_root_cause"))

    cas.update(
        data["late"], dataclasses.replace(cas.get(data["late"]).fields(), root_cause="Chưa theo dõi hạn")
    )
    cas.add_action(data["late"], ActionFields("Tập huấn lại quy trình", "Lê Văn Hùng", date(2026, 10, 15)))
    page.reload_list()
    assert page.implement_button.isEnabled()
    dialog_driver.will_fill(on=TODAY)
    page.implement_button.click()
    assert page.selected().status is S.IN_PROGRESS

    # The action completed from its tab: the request waits for its verification.
    page.tabs.setCurrentIndex(1)
    page.action_list.select_view_row(0)
    dialog_driver.will_fill(completed_on=TODAY)
    page.complete_button.click()
    assert page.selected().status is S.VERIFYING
    assert page.verify_button.isEnabled()

    # Not effective: back to analysis, where a new action is required.
    dialog_driver.will_fill(by="Nguyễn Văn An", on=TODAY, effective="no", comment="Vẫn còn hồ sơ trễ")
    page.verify_button.click()
    detail = page.selected()
    assert detail.status is S.ANALYSING
    assert page.implement_button.toolTip() == message(DomainError("ca.needs_new_action"))
    assert page.verifications.model.rows[0].effective is False

    # Cancel with a reason, then reopen to the state it had.
    dialog_driver.will_fill(on=TODAY, reason="")
    page.cancel_button.click()
    assert dialog_driver.last.errors == {"reason": "Cần nhập thông tin này."}
    assert cas.get(data["late"]).status is S.ANALYSING
    dialog_driver.will_fill(on=TODAY, reason="Trùng với phiếu khác")
    page.cancel_button.click()
    assert page.selected().status is S.CANCELLED
    assert not page.list.edit_button.isEnabled()
    assert "đã hủy" in page.list.edit_button.toolTip()
    dialog_driver.will_fill(on=TODAY, reason="Hủy nhầm")
    page.reopen_button.click()
    assert page.selected().status is S.ANALYSING
    actions = [h.action for h in page.history_rows()]
    assert actions[-2:] == ["cancel", "reopen_cancelled_dang_phan_tich"]


def test_a_new_request_from_the_page_gets_its_number(page, services, data, dialog_driver):
    dialog_driver.will_fill(
        raised_on=date(2026, 9, 30),
        source=m.CaSource.SELF,
        department_id=data["desk"],
        description="Sổ theo dõi văn bản đến ghi thiếu",
    )
    new_id = page.edit_request(None)
    detail = services.corrective_actions.get(new_id)
    assert (detail.number, detail.due_on) == ("03/2026", date(2026, 10, 30))
    assert page.selected().id == new_id
    # A raising date in the future is refused under its field.
    dialog_driver.will_fill(raised_on=date(2026, 10, 2))
    assert page.edit_request(None) is None
    assert "sau hôm nay" in dialog_driver.last.errors["raised_on"]


def test_show_record_finds_a_request_hidden_by_the_filters(page, data):
    page.overdue_only.setChecked(True)
    assert _numbers(page) == ["01/2026"]
    assert page.show_record("corrective_action", data["fresh"])
    assert page.selected().id == data["fresh"] and not page.overdue_only.isChecked()
    assert not page.show_record("finding", data["fresh"])


def test_print_and_register_buttons_ask_the_export_catalogue(page, data, monkeypatch, qtbot, tmp_path):
    """“In phiếu…” prints the selected request (ca-form), “Xuất sổ theo dõi…” the year's register
    (corrective-actions), JSON included."""
    asked: list[tuple[str, Any]] = []

    def write(_services: Any, key: str, request: Any) -> Any:
        asked.append((key, request))
        Path(request.out).write_text("{}", encoding="utf-8")
        return catalogue.Exported(Path(request.out))

    monkeypatch.setattr(catalogue, "write", write)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    answers = iter(
        [(str(tmp_path / "phieu"), "PDF để in (*.pdf)"), (str(tmp_path / "so"), "Dữ liệu JSON (*.json)")]
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: next(answers))

    page.show_record("corrective_action", data["late"])
    page.print_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    key, request = asked[0]
    assert (key, request.fmt, request.year, request.number) == ("ca-form", "pdf", 2026, "01")
    assert request.out == tmp_path / "phieu.pdf"

    page.year_filter.setCurrentIndex(page.year_filter.findText("2026"))
    page.register_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    key, request = asked[1]
    assert (key, request.fmt, request.year, request.out) == (
        "corrective-actions",
        "json",
        2026,
        tmp_path / "so.json",
    )
