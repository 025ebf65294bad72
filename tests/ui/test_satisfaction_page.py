"""Hài lòng, phản ánh page: the surveys with their % satisfied ("—" when nobody answered) and the
quarters' figures; a complaint recorded from the page; the corrective action raised from a
well-founded one, then opened from its row."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app import models as m
from app.services.satisfaction import ComplaintFields, SurveyFields
from app.ui.pages.satisfaction import FOUNDED_COLOR, SatisfactionPage

Y = 2026


@pytest.fixture
def page(agency, services, show):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 10, 20))
    sat = services.satisfaction
    sat.create_survey(
        SurveyFields(
            from_on=date(Y, 1, 1),
            to_on=date(Y, 3, 31),
            method="Phiếu giấy",
            forms=205,
            very_satisfied=50,
            satisfied=140,
            neutral=8,
            dissatisfied=2,
        )
    )
    sat.create_survey(SurveyFields(from_on=date(Y, 4, 1), to_on=date(Y, 6, 30), method="Phiếu giấy"))
    sat.create_complaint(
        ComplaintFields(
            received_on=date(Y, 9, 8),
            channel="Đường dây nóng",
            content="Trả kết quả chứng thực chậm 01 ngày so với phiếu hẹn.",
            ruling=m.ComplaintRuling.FOUNDED,
            resolved_on=date(Y, 9, 10),
        )
    )
    widget = show(SatisfactionPage(services))
    widget.refresh()
    return widget


def test_surveys_show_their_rate_and_never_zero_for_nobody(page, ui):  # type: ignore[no-untyped-def]
    assert ui.column(page.surveys, "Tỷ lệ hài lòng") == ["—", "95,0\u00a0%"]
    summary = page.summary.text()
    assert "Quý I: <b>95,0\u00a0%</b>" in summary and "Quý II: <b>chưa có số liệu</b>" in summary
    assert "<b>0" not in summary


def test_a_complaint_is_recorded_from_the_page(page, dialog_driver, qtbot, ui):  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    values = {"content": "Đề nghị niêm yết thêm thủ tục đất đai", "channel": "Hòm thư góp ý"}
    dialog_driver.will_fill(received_on=date(Y, 10, 21), **values)
    dialog_driver.will_fill(received_on=date(Y, 10, 2), **values)
    qtbot.mouseClick(page.complaints.add_button, Qt.MouseButton.LeftButton)
    assert not dialog_driver.calls[0].saved
    assert dialog_driver.calls[0].errors["received_on"] == "Ngày tiếp nhận không được sau hôm nay."
    qtbot.mouseClick(page.complaints.add_button, Qt.MouseButton.LeftButton)
    assert dialog_driver.last.saved
    assert ui.column(page.complaints, "Ngày tiếp nhận") == ["02/10/2026", "08/09/2026"]
    assert page.complaints.current().channel == "Hòm thư góp ý"
    assert not page.action_button.isEnabled()  # no ruling yet: no corrective action


def test_a_well_founded_complaint_raises_its_request_once(page, popups, qtbot, ui):  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    page.complaints.select_where(lambda r: r.well_founded)
    row = page.complaints.current()
    assert page.complaints.model.color(row) == FOUNDED_COLOR
    assert page.action_button.isEnabled() and page.action_button.text() == "Lập phiếu HĐKP…"
    opened = []
    page.record_requested.connect(lambda kind, ident: opened.append((kind, ident)))
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0][0] == "corrective_action"
    assert ui.column(page.complaints, "Phiếu HĐKP") == ["01/2026"]
    page.complaints.select_where(lambda r: r.well_founded)
    assert page.action_button.text() == "Mở phiếu HĐKP 01/2026"
    assert page.complaints.model.color(page.complaints.current()) is None
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == ("corrective_action", opened[0][1]) and len(opened) == 2
    assert len(page.services.corrective_actions.ca_ids()) == 1


def test_show_record_switches_year_and_tab(page, services):  # type: ignore[no-untyped-def]
    old = services.satisfaction.create_survey(
        SurveyFields(from_on=date(Y - 1, 10, 1), to_on=date(Y - 1, 12, 31))
    )
    assert page.show_record("survey", old)
    assert page.year() == Y - 1 and page.tabs.currentIndex() == 0
    assert page.surveys.current().id == old
    assert not page.show_record("survey", 9999)
