"""Rủi ro và cơ hội page: the list and its filters, the heat map and a click on a cell, recording a
risk and an evaluation from the page, the band settings, and a corrective action raised from a risk."""

from __future__ import annotations

from datetime import date

import pytest

from app import models as m
from app.services.risks import RiskEvaluationFields, RiskFields
from app.ui.pages.risks import RisksPage

Y = 2026
TODAY = date(Y, 10, 5)


@pytest.fixture
def risks(agency, services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    s = services.risks
    late = s.create(
        RiskFields(
            title="Hồ sơ đất đai giải quyết trễ hạn",
            likelihood=4,
            impact=4,
            identified_on=date(Y, 2, 1),
            review_on=date(Y, 9, 30),
        )
    )
    s.add_evaluation(late, RiskEvaluationFields(on=date(Y, 6, 1), residual_likelihood=2, residual_impact=4))
    s.create(
        RiskFields(title="Phần mềm một cửa gặp sự cố", likelihood=2, impact=4, identified_on=date(Y, 3, 1))
    )
    s.create(
        RiskFields(
            kind=m.RiskKind.OPPORTUNITY,
            title="Dịch vụ công trực tuyến toàn trình",
            likelihood=4,
            impact=4,
            identified_on=date(Y, 3, 1),
        )
    )
    return late


@pytest.fixture
def page(risks, services, show):  # type: ignore[no-untyped-def]
    widget = show(RisksPage(services))
    widget.refresh()
    return widget


def test_list_filters_and_the_heat_map(page, ui):
    assert len(page.list.model.rows) == 3
    assert page.list.count_label.text() == "2 rủi ro, 1 cơ hội"
    cell = page.heat_map.buttons[(2, 4)]
    assert cell.text() == "2" and page.heat_map.buttons[(4, 4)].text() == ""  # residual, not initial
    assert "cao" in page.heat_map.buttons[(5, 5)].toolTip()
    page.review_check.setChecked(True)
    assert ui.column(page.list, "Rủi ro, cơ hội") == ["Hồ sơ đất đai giải quyết trễ hạn"]
    page.review_check.setChecked(False)
    page.kind_combo.setCurrentIndex(2)  # Cơ hội
    assert ui.column(page.list, "Mức") == [""]  # an opportunity has no band
    page.kind_combo.setCurrentIndex(0)
    cell.click()
    assert sorted(ui.column(page.list, "Rủi ro, cơ hội")) == [
        "Hồ sơ đất đai giải quyết trễ hạn",
        "Phần mềm một cửa gặp sự cố",
    ]
    assert "khả năng 2 × ảnh hưởng 4" in page.cell_label.text() and page.clear_cell_button.isVisible()
    page.clear_cell_button.click()
    assert len(page.list.model.rows) == 3
    assert "Đã đánh giá lại" in page.review_label.text() and "1 quá ngày" in page.review_label.text()


def test_a_risk_and_an_evaluation_are_recorded_from_the_page(page, services, dialog_driver, ui):
    dialog_driver.will_fill(title="Thất lạc hồ sơ khi luân chuyển", likelihood=2, impact=5)
    page.list.add_button.click()
    assert dialog_driver.last.saved
    current = page.list.current()
    assert current.title == "Thất lạc hồ sơ khi luân chuyển" and current.score == 10
    assert (
        ui.column(page.list, "Mức")[ui.column(page.list, "Rủi ro, cơ hội").index(current.title)]
        == "Trung bình"
    )
    dialog_driver.will_fill(on=date(Y, 10, 6), residual_likelihood=1)
    page.evaluations.add_button.click()
    assert dialog_driver.last.errors == {"on": "Ngày không được sau hôm nay."}
    dialog_driver.will_fill(on=date(Y, 10, 5), residual_likelihood=1, effective="no")
    page.evaluations.add_button.click()
    detail = services.risks.get(current.id)
    assert (detail.row.residual_score, detail.evaluations[0].effective) == (5, False)
    assert page.heat_map.buttons[(1, 5)].text() == "1"


def test_band_settings_dialog_changes_the_bands(page, services, dialog_driver, ui):
    dialog_driver.will_fill(medium_from=9, high_from=8)
    page.settings_button.click()
    assert "lớn hơn" in dialog_driver.last.errors["high_from"]
    dialog_driver.will_fill(medium_from=3, high_from=8)
    page.settings_button.click()
    assert services.risks.settings().high_from == 8
    assert set(ui.column(page.list, "Mức")) == {"Cao", ""}


def test_a_corrective_action_is_raised_from_a_risk(page, services, popups, risks):
    page.select(risks)
    assert page.ca_button.text() == "Lập phiếu HĐKP…"
    opened: list[tuple[str, int]] = []
    page.record_requested.connect(lambda kind, ident: opened.append((kind, ident)))
    page.ca_button.click()
    assert popups.texts("confirm")
    ca = services.corrective_actions.get(opened[0][1])
    assert (ca.source, ca.source_type, ca.source_id) == (m.CaSource.RISK, "risk", risks)
    assert opened == [("corrective_action", ca.id)]
    assert page.ca_button.text() == f"Mở phiếu HĐKP {ca.number}"
