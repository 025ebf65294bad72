"""Thông tin cơ quan: identity form, leaders, recipients, reporting settings and yearly deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models import AgencyKind, LeaderRole, PeriodConvention
from app.ui.pages.agency import AgencyPage

YEAR = date.today().year


@pytest.fixture
def page(agency, services, show):  # type: ignore[no-untyped-def]
    page = show(AgencyPage(services))
    page.refresh()
    return page


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_refresh_fills_the_form_from_the_saved_profile(page, ui):
    identity = page.identity_form.editors
    assert identity["full_name"].text() == "Ủy ban nhân dân xã Tùng Ảnh"
    assert identity["place_name"].text() == "Tùng Ảnh"
    assert identity["code_abbreviation"].text() == "UBND"
    assert identity["kind"].currentText() == "UBND xã/phường"
    assert page.signing_form.editors["signing_lines"].toPlainText() == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    assert page.signing_form.editors["signer_name"].text() == "Nguyễn Văn An"
    assert ui.column(page.leaders, "Họ và tên") == ["Nguyễn Văn An"]
    assert ui.column(page.leaders, "Vai trò") == ["Người đứng đầu"]


def test_editing_the_place_name_and_saving_persists_it(page, services, qtbot, ui):
    ui.enter(page.identity_form.editors["place_name"], "Xã Tùng Ảnh mới")
    ui.enter(page.secretary_form.editors["iso_secretary_name"], "Trần Thị Bình")

    _click(qtbot, page.save_general_button)

    assert page.general_saved.text() == "Đã lưu."
    profile = services.agency.get_profile()
    assert profile.place_name == "Xã Tùng Ảnh mới"
    assert profile.iso_secretary_name == "Trần Thị Bình"
    assert profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
    assert ui.shown_errors(page.identity_form) == {}


def test_an_invalid_abbreviation_is_shown_under_its_field_and_not_saved(page, services, qtbot, ui):
    ui.enter(page.identity_form.editors["code_abbreviation"], "UB/ND")
    ui.enter(page.identity_form.editors["place_name"], "Nơi khác")

    _click(qtbot, page.save_general_button)

    assert page.identity_form.errors["code_abbreviation"].isVisible()
    assert "không dấu “/”" in ui.error_text(page.identity_form, "code_abbreviation")
    assert page.general_saved.text() != "Đã lưu."
    assert page.identity_form.editors["code_abbreviation"].text() == "UB/ND"  # the input stays
    profile = services.agency.get_profile()
    assert profile.code_abbreviation == "UBND"
    assert profile.place_name == "Tùng Ảnh"

    ui.enter(page.identity_form.editors["code_abbreviation"], "ubnd")
    _click(qtbot, page.save_general_button)

    assert ui.shown_errors(page.identity_form) == {}
    assert page.general_saved.text() == "Đã lưu."
    assert page.identity_form.editors["code_abbreviation"].text() == "UBND"
    assert services.agency.get_profile().place_name == "Nơi khác"


def test_errors_of_the_signing_box_go_under_the_signing_field(page, services, qtbot, ui):
    ui.enter(page.signing_form.editors["signing_lines"], "DÒNG 1\nDÒNG 2\nDÒNG 3\nDÒNG 4\nDÒNG 5")

    _click(qtbot, page.save_general_button)

    assert ui.error_text(page.signing_form, "signing_lines") == "Thẩm quyền ký tối đa 4 dòng."
    assert ui.shown_errors(page.identity_form) == {}
    assert not page.identity_form.general_error.isVisible()
    assert services.agency.get_profile().signing_lines == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"


def test_a_deadline_on_a_day_that_does_not_exist_is_refused(page, services, qtbot, ui):
    page.tabs.setCurrentIndex(3)
    before = services.agency.get_reporting()
    ui.fill(page.reporting_form, six_month_deadline_day=30, six_month_deadline_month=2)

    _click(qtbot, page.save_reporting_button)

    assert page.reporting_form.errors["six_month_deadline_day"].isVisible()
    assert ui.error_text(page.reporting_form, "six_month_deadline_day").startswith("Ngày/tháng không có thật")
    assert page.reporting_saved.text() == ""
    assert services.agency.get_reporting() == before


def test_a_valid_reporting_change_is_saved_and_the_calendar_updates(page, services, qtbot, ui):
    page.tabs.setCurrentIndex(3)
    assert f"hạn gửi 15/06/{YEAR}" in page.calendar_label.text()
    ui.fill(
        page.reporting_form,
        period_convention=PeriodConvention.CALENDAR,
        six_month_deadline_day=20,
        six_month_deadline_month=7,
    )

    _click(qtbot, page.save_reporting_button)

    assert page.reporting_saved.text() == "Đã lưu."
    settings = services.agency.get_reporting()
    assert (settings.six_month_deadline_day, settings.six_month_deadline_month) == (20, 7)
    assert settings.period_convention is PeriodConvention.CALENDAR
    text = page.calendar_label.text()
    assert f"hạn gửi 20/07/{YEAR}" in text
    assert f"từ 01/01/{YEAR} đến 30/06/{YEAR}" in text
    assert "hạn riêng" not in text


def test_the_warning_window_is_one_setting_shown_with_the_reporting_ones(page, services, qtbot, ui):
    page.tabs.setCurrentIndex(3)
    assert page.reporting_form.editors["due_soon_days"].value() == 14  # a new agency
    ui.fill(page.reporting_form, due_soon_days=30)

    _click(qtbot, page.save_reporting_button)

    assert page.reporting_saved.text() == "Đã lưu."
    assert services.indicators.warning_days() == 30
    assert services.legal.get_settings().due_soon_days == 30  # every area reads the same window


def test_annual_deadline_must_come_after_the_six_month_one(page, services, qtbot, ui):
    page.tabs.setCurrentIndex(3)
    ui.fill(page.reporting_form, six_month_deadline_day=20, six_month_deadline_month=12)
    ui.fill(page.reporting_form, annual_deadline_day=15, annual_deadline_month=12)

    _click(qtbot, page.save_reporting_button)

    assert (
        ui.error_text(page.reporting_form, "annual_deadline_day")
        == "Hạn báo cáo năm phải sau hạn báo cáo 6 tháng."
    )
    assert services.agency.get_reporting().six_month_deadline_month == 6


def test_a_yearly_deadline_override_is_listed_and_used(page, services, dialog_driver, qtbot, ui):
    page.tabs.setCurrentIndex(3)
    dialog_driver.will_fill(six_month_deadline=f"01/07/{YEAR}", annual_deadline=f"20/12/{YEAR}")

    _click(qtbot, page.deadlines.add_button)

    assert dialog_driver.last.saved
    assert ui.column(page.deadlines, "Năm") == [str(YEAR)]
    assert ui.column(page.deadlines, "Hạn báo cáo 6 tháng") == [f"01/07/{YEAR}"]
    assert ui.column(page.deadlines, "Hạn báo cáo năm") == [f"20/12/{YEAR}"]
    text = page.calendar_label.text()
    assert f"hạn gửi 01/07/{YEAR}" in text
    assert f"hạn gửi 20/12/{YEAR} (hạn riêng của năm)" in text
    assert [(d.year, d.six_month_deadline) for d in services.agency.list_deadlines()] == [
        (YEAR, date(YEAR, 7, 1))
    ]


def test_the_deadline_dialog_starts_from_the_default_deadlines(page, dialog_driver):
    seen: dict[str, str] = {}
    dialog_driver.will(
        lambda d: seen.update(
            six=d.form.editors["six_month_deadline"].line.text(),
            annual=d.form.editors["annual_deadline"].line.text(),
            year=str(d.form.editors["year"].value()),
        )
    )

    page.edit_deadline(None)

    assert seen == {"six": f"15/06/{YEAR}", "annual": f"15/12/{YEAR}", "year": str(YEAR)}


def test_a_deadline_outside_its_year_is_refused_in_the_dialog(page, services, dialog_driver):
    dialog_driver.will_fill(six_month_deadline=f"01/07/{YEAR + 1}")

    assert page.edit_deadline(None) is None

    call = dialog_driver.last
    assert not call.saved
    assert call.open_after
    assert call.errors == {"six_month_deadline": f"Hạn phải thuộc năm {YEAR}."}
    assert services.agency.list_deadlines() == []
    assert page.deadlines.model.rows == []


def test_adding_a_deputy_lists_it_after_the_head(page, services, dialog_driver, qtbot, ui):
    page.tabs.setCurrentIndex(1)
    dialog_driver.will_fill(full_name="Lê Thị Dung", title="Phó Chủ tịch", role=LeaderRole.DEPUTY)

    _click(qtbot, page.leaders.add_button)

    assert ui.column(page.leaders, "Họ và tên") == ["Nguyễn Văn An", "Lê Thị Dung"]
    assert ui.column(page.leaders, "Vai trò") == ["Người đứng đầu", "Cấp phó"]


def test_a_second_head_is_refused_with_the_reason(page, services, dialog_driver, qtbot):
    page.tabs.setCurrentIndex(1)
    dialog_driver.will_fill(full_name="Lê Thị Dung", title="Chủ tịch", role=LeaderRole.HEAD)

    _click(qtbot, page.leaders.add_button)

    call = dialog_driver.last
    assert not call.saved and call.open_after
    assert "Đã có người đứng đầu (Nguyễn Văn An)" in call.general_error
    assert len(services.agency.list_leaders()) == 1


def test_a_recipient_is_addressed_by_default(page, dialog_driver, qtbot, ui):
    page.tabs.setCurrentIndex(2)
    dialog_driver.will_fill(name="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh")

    _click(qtbot, page.recipients.add_button)

    assert ui.column(page.recipients, "Nơi nhận") == ["Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"]
    assert ui.column(page.recipients, "Ghi ở “Kính gửi”") == ["Có"]


def test_deleting_a_leader_asks_first(page, services, popups, qtbot, ui):
    page.tabs.setCurrentIndex(1)
    page.leaders.select_where(lambda r: r.full_name == "Nguyễn Văn An")

    popups.confirm_answer = False
    _click(qtbot, page.leaders.delete_button)
    assert popups.texts("confirm") == ["Xóa Nguyễn Văn An? Thao tác này không hoàn tác được."]
    assert len(services.agency.list_leaders()) == 1

    popups.confirm_answer = True
    _click(qtbot, page.leaders.delete_button)
    assert services.agency.list_leaders() == []
    assert ui.column(page.leaders, "Họ và tên") == []


def test_coming_back_to_the_page_after_a_refused_save_shows_no_stale_error(page, services, qtbot, ui):
    ui.enter(page.identity_form.editors["code_abbreviation"], "UB/ND")
    _click(qtbot, page.save_general_button)
    assert ui.error_text(page.identity_form, "code_abbreviation")

    page.refresh()  # what the main window does when the user returns to the page

    assert page.identity_form.editors["code_abbreviation"].text() == "UBND"
    assert ui.error_text(page.identity_form, "code_abbreviation") == ""


def test_a_recipients_purpose_prints_and_its_note_is_internal(page, services, dialog_driver, qtbot, ui):
    page.tabs.setCurrentIndex(2)
    dialog_driver.will_fill(
        name="Các bộ phận chuyên môn",
        purpose="Để thực hiện",
        note="gửi qua phần mềm",
        on_reports=False,
        addressee=False,
    )
    _click(qtbot, page.recipients.add_button)

    assert ui.column(page.recipients, "Mục đích (in trên văn bản)") == ["để thực hiện"]
    assert ui.column(page.recipients, "Ghi chú nội bộ (không in)") == ["gửi qua phần mềm"]
    assert ui.column(page.recipients, "Kế hoạch") == ["Có"]
    assert ui.column(page.recipients, "Báo cáo") == ["Không"]


def test_legal_bases_are_listed_per_document_and_edited(page, services, dialog_driver, popups, qtbot, ui):
    from app.ui.widgets.forms import find_choice

    page.tabs.setCurrentIndex(4)
    shown = ui.column(page.legal_bases, 0)
    assert len(shown) == 6 and shown[0].startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014")
    assert shown[-1].startswith("Thực hiện Kế hoạch số …… ngày …… của Ủy ban nhân dân tỉnh Hà Tĩnh")

    page.legal_bases.select_where(lambda r: r.doc_type == "Kế hoạch")
    dialog_driver.will_fill(number="310/KH-UBND", issued_on=date(2022, 8, 9))
    _click(qtbot, page.legal_bases.edit_button)
    assert ui.column(page.legal_bases, 0)[-1].startswith(
        "Thực hiện Kế hoạch số 310/KH-UBND ngày 09/8/2022 của Ủy ban nhân dân tỉnh Hà Tĩnh"
    )
    _click(qtbot, page.basis_up_button)
    assert ui.column(page.legal_bases, 0)[-2].startswith("Thực hiện Kế hoạch số 310/KH-UBND")

    page.basis_kind.setCurrentIndex(find_choice(page.basis_kind, "objectives"))
    assert len(ui.column(page.legal_bases, 0)) == 3
    dialog_driver.will_fill(
        doc_type="Quyết định",
        number="12/QĐ-UBND",
        issued_on=date(2026, 1, 10),
        issuer="Ủy ban nhân dân xã Tùng Ảnh",
        subject="về việc kiện toàn Ban chỉ đạo ISO",
    )
    _click(qtbot, page.legal_bases.add_button)
    assert ui.column(page.legal_bases, 0)[-1] == (
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2026 của Ủy ban nhân dân xã Tùng Ảnh về việc kiện toàn "
        "Ban chỉ đạo ISO;"
    )
    assert [b.number for b in services.agency.list_legal_bases("objectives")][-1] == "12/QĐ-UBND"

    _click(qtbot, page.reset_bases_button)
    assert len(ui.column(page.legal_bases, 0)) == 3
    assert popups.texts("confirm")


@pytest.mark.parametrize(
    ("kind", "lines"),
    [
        (AgencyKind.COMMUNE, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
        (AgencyKind.SCHOOL, "HIỆU TRƯỞNG"),
        (AgencyKind.DEPARTMENT, "GIÁM ĐỐC"),
        (AgencyKind.OTHER, "THỦ TRƯỞNG"),
    ],
)
def test_the_signing_placeholder_follows_the_kind_of_agency(page, ui, kind, lines):
    ui.fill(page.identity_form, kind=kind)
    assert page.signing_form.editors["signing_lines"].placeholderText() == lines


def test_each_printed_form_is_mapped_to_a_register_form_in_its_tab(page, services, dialog_driver, qtbot, ui):
    from app.models import DocumentType
    from app.services import dto

    form = services.documents.save_document(
        dto.DocumentFields(
            code="BM.HĐKP.01", title="Phiếu yêu cầu hành động khắc phục", doc_type=DocumentType.FORM
        )
    )
    page.refresh()
    page.tabs.setCurrentWidget(page.form_codes)
    assert ui.column(page.form_codes, "Phiếu phần mềm in") == [
        "Phiếu yêu cầu hành động khắc phục",
        "Phiếu đánh giá nội bộ (để trống)",
    ]
    assert ui.column(page.form_codes, 1)[0] == "(chưa chọn: mã để trống trên bản in)"
    page.form_codes.view.selectRow(0)
    dialog_driver.will_fill(document_id=form.id)

    _click(qtbot, page.form_codes.edit_button)

    assert dialog_driver.last.saved
    assert ui.column(page.form_codes, 1)[0] == "BM.HĐKP.01 — Phiếu yêu cầu hành động khắc phục"
    info = services.form_codes.code_for("ca-form")
    assert info is not None and info.code == "BM.HĐKP.01"
