"""Đào tạo, tập huấn page: the year's sessions, a session added from its dialog, attendees chosen from
the staff, certificates attached and removed; a person's history from the staff list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app import models as m
from app.services import dto
from app.services.training import TrainingFields
from app.ui.dialogs import training_dialog
from app.ui.pages.organization import OrganizationPage
from app.ui.pages.training import TrainingPage

Y = 2026


@pytest.fixture
def people(agency, services):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 10, 5))
    return {
        name: services.organization.save_person(dto.PersonFields(full_name=name, active=active)).id
        for name, active in (("Lý Văn Tài", True), ("Hồ Thị Thanh Tâm", True), ("Phạm Thị Thúy", False))
    }


@pytest.fixture
def sessions(people, services):  # type: ignore[no-untyped-def]
    t = services.training
    held = t.create(
        TrainingFields(
            on=date(Y, 8, 19),
            title="Bồi dưỡng chuyên gia đánh giá nội bộ",
            organiser="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
            type=m.TrainingType.INTERNAL_AUDITOR,
            hours=16,
        ),
        [people["Lý Văn Tài"]],
    )
    planned = t.create(TrainingFields(on=date(Y, 11, 20), title="Cập nhật văn bản mới", hours=4))
    older = t.create(TrainingFields(on=date(Y - 1, 5, 22), title="Nhận thức HTQLCL"), list(people.values()))
    return {"held": held, "planned": planned, "older": older}


@pytest.fixture
def page(sessions, services, show):  # type: ignore[no-untyped-def]
    widget = show(TrainingPage(services))
    widget.refresh()
    return widget


def test_the_years_sessions_show_with_the_planned_one_marked(page, sessions, ui):
    assert ui.column(page.list, "Ngày") == ["20/11/2026 (dự kiến)", "19/08/2026"]
    assert ui.column(page.list, "Loại") == ["Nâng cao nhận thức", "Chuyên gia đánh giá nội bộ"]
    assert ui.column(page.list, "Người tham dự") == ["0", "1"]
    assert page.summary.text() == "Năm 2026: 1 lớp đã tổ chức, 1 lượt người tham dự"
    page.select(sessions["held"])
    assert ui.column(page.attendees, "Họ và tên") == ["Lý Văn Tài"]
    assert "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh" in page.info_text.text()
    # Last year's session, with the person who has since left.
    page.select(sessions["older"])
    assert page.year() == Y - 1
    assert ui.column(page.attendees, "Họ và tên") == ["Lý Văn Tài", "Hồ Thị Thanh Tâm", "Phạm Thị Thúy"]


def test_a_session_is_added_from_its_dialog_and_bad_hours_are_refused(page, dialog_driver, qtbot, ui):
    dialog_driver.will_fill(
        on=date(Y, 9, 3), title="Tập huấn chữ ký số", type=m.TrainingType.PROFESSIONAL, hours="abc"
    )
    qtbot.mouseClick(page.list.add_button, Qt.MouseButton.LeftButton)
    assert not dialog_driver.last.saved
    assert dialog_driver.last.errors == {"hours": "Số giờ phải là một số từ 0 đến 1000."}
    dialog_driver.will_fill(
        on=date(Y, 9, 3), title="Tập huấn chữ ký số", type=m.TrainingType.PROFESSIONAL, hours="3,5"
    )
    qtbot.mouseClick(page.list.add_button, Qt.MouseButton.LeftButton)
    assert dialog_driver.last.saved
    assert page.list.current().title == "Tập huấn chữ ký số"
    assert ui.column(page.list, "Số giờ")[1] == "3,5"


def test_attendees_are_chosen_and_certificates_attached_opened_and_removed(
    page, sessions, people, services, monkeypatch, popups, tmp_path, ui
):
    page.select(sessions["held"])
    offered: list[list[str]] = []

    def pick(dialog) -> int:  # type: ignore[no-untyped-def]
        offered.append([p.full_name for p in dialog.list.model.rows])
        dialog.list.view.selectAll()
        return 1

    monkeypatch.setattr(training_dialog.AttendeePicker, "exec", pick)
    page.add_attendees()
    # Only active staff not yet on the session are offered.
    assert offered == [["Hồ Thị Thanh Tâm"]]
    assert ui.column(page.attendees, "Họ và tên") == ["Lý Văn Tài", "Hồ Thị Thanh Tâm"]

    page.attendees.select_where(lambda a: a.full_name == "Lý Văn Tài")
    assert page.attach_button.isEnabled() and not page.open_button.isEnabled()
    certificate = tmp_path / "Giay chung nhan - Ly Van Tai.pdf"
    certificate.write_bytes(b"%PDF-1.4 giay chung nhan")
    page.attach_certificate(certificate)
    assert ui.column(page.attendees, "Chứng chỉ") == ["Giay chung nhan - Ly Van Tai.pdf", ""]
    assert page.attendees.count_label.text() == "2 người, 1 có chứng chỉ"
    assert page.open_button.isEnabled() and page.remove_file_button.isEnabled()

    page.remove_certificate()
    assert popups.texts("confirm") == ["Bỏ chứng chỉ “Giay chung nhan - Ly Van Tai.pdf” của Lý Văn Tài?"]
    assert ui.column(page.attendees, "Chứng chỉ") == ["", ""]

    # A planned session takes attendees but no certificate yet.
    page.select(sessions["planned"])
    monkeypatch.setattr(training_dialog.AttendeePicker, "exec", pick)
    page.add_attendees()
    page.attendees.select_view_row(0)
    assert not page.attach_button.isEnabled()


def test_a_persons_training_history_opens_from_the_staff_list(
    sessions, people, services, show, monkeypatch, ui
):
    shown: list[training_dialog.PersonTrainingDialog] = []
    monkeypatch.setattr(training_dialog.PersonTrainingDialog, "exec", lambda d: shown.append(d) or 0)
    org = show(OrganizationPage(services))
    org.refresh()
    assert not org.training_button.isEnabled()
    org.persons.select_where(lambda p: p.full_name == "Lý Văn Tài")
    org.training_button.click()
    (dialog,) = shown
    assert ui.column(dialog.list, "Nội dung") == ["Bồi dưỡng chuyên gia đánh giá nội bộ", "Nhận thức HTQLCL"]
    assert dialog.windowTitle() == "Đào tạo đã tham gia — Lý Văn Tài"
