"""Xem xét của lãnh đạo page: the year's reviews, the inputs from the records, late decisions in
colour, a review added from the page, signing, and a corrective action raised from a decision."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app import models as m
from app.services.corrective_actions import CaFields
from app.services.reviews import DecisionFields, ReviewFields
from app.ui.pages.reviews import LATE_COLOR, ReviewsPage

Y = 2026


@pytest.fixture
def review(agency, services):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 11, 20))
    services.corrective_actions.create(
        CaFields(raised_on=date(Y, 3, 2), source=m.CaSource.SELF, description="Hồ sơ trễ hạn")
    )
    review_id = services.reviews.create(
        ReviewFields(
            held_on=date(Y, 10, 8), place="Hội trường", chair="Nguyễn Văn An", secretary="Lê Thị Bình"
        )
    )
    services.reviews.add_decision(
        review_id, DecisionFields(text="Bổ sung máy scan", owner="Văn phòng", due_on=date(Y, 10, 31))
    )
    services.reviews.add_decision(
        review_id, DecisionFields(text="Sửa quy trình đất đai", due_on=date(Y, 12, 31))
    )
    return review_id


@pytest.fixture
def page(review, services, show):  # type: ignore[no-untyped-def]
    widget = show(ReviewsPage(services))
    widget.refresh()
    return widget


def test_a_review_shows_its_inputs_and_late_decisions(page, ui) -> None:  # type: ignore[no-untyped-def]
    assert ui.column(page.list, "Số") == ["01"]
    assert ui.column(page.list, "Biên bản") == ["Dự thảo"]
    text = page.inputs_text.text()
    assert "mở 01 phiếu" in text
    assert "Đây là cuộc họp xem xét của lãnh đạo đầu tiên" in text
    assert "None" not in text
    model = page.decisions.model
    assert [model.color(r) for r in model.rows] == [LATE_COLOR, None]
    assert ui.column(page.decisions, "Tình trạng") == ["Đang thực hiện (quá hạn)", "Đang thực hiện"]


def test_a_review_is_added_from_the_page(page, dialog_driver, qtbot, ui) -> None:  # type: ignore[no-untyped-def]
    dialog_driver.will_fill(held_on=date(Y, 11, 15), place="Phòng họp số 2", chair="Nguyễn Văn An")
    qtbot.mouseClick(page.list.add_button, Qt.MouseButton.LeftButton)
    assert dialog_driver.last.saved
    assert ui.column(page.list, "Số") == ["01", "02"]
    assert page.detail_title.text().startswith("Cuộc họp số 02/2026 ngày 15/11/2026")
    assert page._detail.period_start == date(Y, 10, 9)


def test_signing_freezes_the_review(page, popups, services, review) -> None:  # type: ignore[no-untyped-def]
    assert page.refresh_button.text() == "Cập nhật số liệu" and page.refresh_button.isEnabled()
    page.sign_button.click()
    assert services.reviews.get(review).signed
    assert not page.refresh_button.isEnabled() and not page.sign_button.isEnabled()
    assert "đã ký" in page.detail_title.text()


def test_a_decision_raises_a_corrective_action(page, popups, services, review, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(2)
    page.decisions.select_where(lambda d: d.text == "Bổ sung máy scan")
    with qtbot.waitSignal(page.record_requested) as opened:
        page.ca_button.click()
    record_type, ca_id = opened.args
    assert record_type == "corrective_action"
    ca = services.corrective_actions.get(ca_id)
    assert ca.source is m.CaSource.REVIEW
    assert ca.description == "Bổ sung máy scan"


def test_show_record_selects_the_review(page, review) -> None:  # type: ignore[no-untyped-def]
    assert page.show_record("review", review)
    assert not page.show_record("audit", review)


def test_a_click_on_a_figure_lists_and_opens_its_records(page, services, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.pick_dialog import PickDialog

    text = page.inputs_text.text()
    assert "<a href='ca_opened'>phiếu HĐKP mở (1)</a>" in text
    assert "href='complaints'" not in text  # no complaint in the period: no link to an empty list
    shown: list[PickDialog] = []

    def choose_first(dialog: PickDialog) -> int:
        shown.append(dialog)
        dialog.list.select_where(lambda _r: True)
        return 1

    monkeypatch.setattr(PickDialog, "exec", choose_first)
    with qtbot.waitSignal(page.record_requested) as opened:
        page.inputs_text.linkActivated.emit("ca_opened")
    rows = shown[0].list.model.rows
    assert [r.kind for r in rows] == ["Phiếu 01/2026"] and rows[0].text == "Hồ sơ trễ hạn"
    assert shown[0].ok_button.text() == "Mở hồ sơ"
    assert opened.args == ["corrective_action", rows[0].record_id]


def test_a_decision_due_within_the_warning_window_is_due_soon(page, services, review, ui) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.reviews import SOON_COLOR

    window = services.indicators.warning_days()
    soon, later = (
        date(Y, 11, 20 + min(window, 10)),
        date.fromordinal(date(Y, 11, 20).toordinal() + window + 1),
    )
    services.reviews.add_decision(review, DecisionFields(text="Niêm yết kết quả", due_on=soon))
    services.reviews.add_decision(review, DecisionFields(text="Rà soát danh mục", due_on=later))
    page.refresh()
    model = page.decisions.model
    colors = {r.text: model.color(r) for r in model.rows}
    assert colors["Niêm yết kết quả"] == SOON_COLOR and colors["Rà soát danh mục"] is None
    assert ui.column(page.decisions, "Tình trạng")[2:] == ["Đang thực hiện (sắp đến hạn)", "Đang thực hiện"]
