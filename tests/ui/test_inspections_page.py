"""Kiểm tra của cấp trên page: inspections, their conclusions and recommendations, the ones without a
corrective action in colour, and a recommendation recorded from the page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app import models as m
from app.services.audits import FindingFields
from app.services.inspections import InspectionFields
from app.ui.dialogs.audit_dialogs import WITHOUT_ACTION_COLOR
from app.ui.pages.inspections import InspectionsPage

Y = 2026


@pytest.fixture
def inspection(agency, services):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 10, 5))
    inspection_id = services.inspections.create(
        InspectionFields(
            on=date(Y, 6, 12),
            body="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
            conclusions="Cơ quan đã áp dụng, duy trì HTQLCL.",
            notice_number="112/TB-SKHCN",
            notice_on=date(Y, 6, 25),
            remediation_due_on=date(Y, 7, 31),
        )
    )
    answered = services.inspections.add_recommendation(
        inspection_id, FindingFields(clause="7.5.3", description="Cập nhật quy trình hộ tịch")
    )
    with services.uow() as uow:
        uow.session.add(
            m.CorrectiveAction(
                year=Y,
                seq=1,
                raised_on=date(Y, 7, 1),
                source=m.CaSource.INSPECTION,
                due_on=date(Y, 7, 31),
                finding_links=[m.CaFinding(finding_id=answered)],
            )
        )
        uow.commit()
    services.inspections.add_recommendation(
        inspection_id, FindingFields(description="Khảo sát sự hài lòng hằng quý")
    )
    return inspection_id


@pytest.fixture
def page(inspection, services, show):  # type: ignore[no-untyped-def]
    widget = show(InspectionsPage(services))
    widget.refresh()
    return widget


def test_an_inspection_shows_its_notice_and_its_recommendations(page, ui):
    assert ui.column(page.list, "Thông báo kết quả") == ["112/TB-SKHCN ngày 25/06/2026"]
    assert ui.column(page.list, "Kiến nghị") == ["2, chưa có HĐKP: 1"]
    assert page.list.model.color(page.list.model.rows[0]) == WITHOUT_ACTION_COLOR
    assert "Cơ quan đã áp dụng, duy trì HTQLCL." in page.info_text.text()
    assert ui.column(page.recommendations, "Hành động khắc phục") == ["Phiếu 01/2026", "Chưa có hành động"]
    model = page.recommendations.model
    assert [model.color(r) for r in model.rows] == [None, WITHOUT_ACTION_COLOR]
    # The answered one opens its request; the other one can be closed without one.
    page.recommendations.select_where(lambda r: r.corrective_action_number == "01/2026")
    assert page.actions.action_button.text() == "Mở phiếu HĐKP 01/2026"
    assert not page.actions.close_button.isEnabled()
    page.recommendations.select_where(lambda r: r.without_action)
    assert page.actions.close_button.isEnabled()


def test_a_recommendation_is_recorded_from_the_page(page, dialog_driver, qtbot, ui):
    dialog_driver.will_fill(clause="9.1.2", description="Niêm yết Chính sách chất lượng tại Bộ phận Một cửa")
    qtbot.mouseClick(page.recommendations.add_button, Qt.MouseButton.LeftButton)
    assert dialog_driver.last.saved
    assert ui.column(page.recommendations, "Loại") == ["Kiến nghị"] * 3
    assert ui.column(page.list, "Kiến nghị") == ["3, chưa có HĐKP: 2"]


def test_show_record_selects_the_inspection(page, services, inspection):
    other = services.inspections.create(InspectionFields(on=date(Y - 1, 8, 1), body="Chi cục TĐC"))
    page.refresh()
    assert page.show_record("inspection", other)
    assert page.detail_title.text() == "Kiểm tra ngày 01/08/2025 — Chi cục TĐC"
    assert page.show_record("inspection", inspection)
    assert not page.show_record("audit", inspection)
