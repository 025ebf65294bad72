"""Agency profile, leaders, recipients and reporting settings, as the first-run dialog and the
settings pages use them."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from app.messages import message
from app.models import AgencyKind, LeaderRole, PeriodConvention
from app.services import dto
from app.services.errors import DomainError, NotFound, ValidationError


def _fields(**overrides: object) -> dto.AgencyFields:
    values: dict[str, object] = {
        "full_name": "Ủy ban nhân dân xã Tùng Ảnh",
        "short_name": "UBND xã Tùng Ảnh",
        "kind": AgencyKind.COMMUNE,
        "parent_body": "Ủy ban nhân dân tỉnh Hà Tĩnh",
        "place_name": "Tùng Ảnh",
        "code_abbreviation": "UBND",
        "signing_lines": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "signer_name": "Trần Thị Thu Hà",
    }
    values.update(overrides)
    return dto.AgencyFields(**values)  # type: ignore[arg-type]


def _validation_error(call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    return info.value


# ---- profile ---------------------------------------------------------------------------------------


def test_missing_required_fields_are_reported_each_on_its_field_and_nothing_is_saved(services):
    error = _validation_error(
        services.agency.set_up, _fields(full_name="   ", place_name="", code_abbreviation=" ")
    )

    codes = {e.field: e.code for e in error.errors}
    assert codes == {
        "full_name": "field.required",
        "place_name": "field.required",
        "code_abbreviation": "field.required",
    }
    assert message(error) == "Thông tin chưa hợp lệ (3 chỗ cần sửa). Xem các dòng báo đỏ."
    assert services.agency.is_set_up() is False


@pytest.mark.parametrize("abbreviation", ["UB ND", "UBND/X", "-UBND", "UBND-X"])
def test_abbreviation_with_space_slash_or_dash_is_refused(services, abbreviation):
    error = _validation_error(services.agency.set_up, _fields(code_abbreviation=abbreviation))

    field_error = error.for_field("code_abbreviation")
    assert field_error is not None
    assert field_error.code == "agency.bad_abbreviation"
    assert len(error.errors) == 1


def test_lower_case_abbreviation_is_upper_cased(services):
    profile = services.agency.set_up(_fields(code_abbreviation=" ubnd "))

    assert profile.code_abbreviation == "UBND"
    assert services.agency.get_profile().code_abbreviation == "UBND"


def test_vietnamese_letter_d_with_stroke_is_allowed_in_abbreviation(services):
    profile = services.agency.set_up(_fields(code_abbreviation="đtn"))

    assert profile.code_abbreviation == "ĐTN"


def test_more_than_four_signing_lines_is_refused(services):
    lines = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\nKÝ THAY"

    error = _validation_error(services.agency.set_up, _fields(signing_lines=lines))

    field_error = error.for_field("signing_lines")
    assert field_error is not None
    assert field_error.code == "agency.too_many_signing_lines"
    assert field_error.params == {"limit": 4}
    assert message(error) == "Thẩm quyền ký tối đa 4 dòng."


@pytest.mark.parametrize("email", ["ubnd.tunganh.hatinh.gov.vn", "ubnd tunganh@hatinh.gov.vn"])
def test_bad_email_is_refused(services, email):
    error = _validation_error(services.agency.set_up, _fields(email=email))

    assert error.for_field("email").code == "field.bad_email"


def test_text_is_nfc_normalised_trimmed_and_inner_spaces_folded(services):
    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    profile = services.agency.set_up(
        _fields(
            full_name=nfd("  Ủy ban nhân dân   xã Tùng Ảnh  "),
            place_name=nfd(" Tùng Ảnh\t"),
            signing_lines=nfd("\n  TM. ỦY BAN NHÂN DÂN  \n\n  CHỦ TỊCH \n\n"),
            iso_secretary_name=nfd("Dương Thị Ngọc Ánh "),
        )
    )

    stored = services.agency.get_profile()
    for p in (profile, stored):
        assert p.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
        assert unicodedata.is_normalized("NFC", p.full_name)
        assert p.place_name == "Tùng Ảnh"
        assert p.signing_lines == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
        assert p.iso_secretary_name == "Dương Thị Ngọc Ánh"


def test_set_up_twice_is_refused_and_keeps_the_first_agency(services, agency):
    with pytest.raises(DomainError) as info:
        services.agency.set_up(_fields(full_name="Ủy ban nhân dân phường Thành Sen"))

    assert info.value.code == "agency.already_set_up"
    assert services.agency.get_profile().full_name == "Ủy ban nhân dân xã Tùng Ảnh"
    assert services.agency.count_rows() == 1


def test_update_profile_changes_the_agency(services, agency):
    updated = services.agency.update_profile(
        _fields(phone="0239 3846 215", email="ubnd.tunganh@hatinh.gov.vn", code_abbreviation="ubnd")
    )

    assert updated.id == agency.id
    assert services.agency.get_profile().phone == "0239 3846 215"


def test_update_profile_before_set_up_is_refused(services):
    with pytest.raises(DomainError) as info:
        services.agency.update_profile(_fields())

    assert info.value.code == "agency.not_set_up"


# ---- leaders ---------------------------------------------------------------------------------------


def test_only_one_head_leader(services, agency):
    with pytest.raises(DomainError) as info:
        services.agency.save_leader(
            dto.LeaderFields(full_name="Phan Văn Hùng", title="Chủ tịch", role=LeaderRole.HEAD)
        )

    assert info.value.code == "leader.head_exists"
    assert info.value.params == {"name": "Nguyễn Văn An"}
    assert "Nguyễn Văn An" in message(info.value)
    assert [x.full_name for x in services.agency.list_leaders()] == ["Nguyễn Văn An"]


def test_head_can_be_edited_and_deputies_listed_after_the_head(services, agency):
    deputy = services.agency.save_leader(
        dto.LeaderFields(full_name="Trần Thị Thu Hà", title="Phó Chủ tịch", sort_order=1)
    )
    head = services.agency.list_leaders()[0]
    services.agency.save_leader(
        dto.LeaderFields(full_name="Nguyễn Văn An", title="Chủ tịch UBND xã", role=LeaderRole.HEAD),
        leader_id=head.id,
    )

    leaders = services.agency.list_leaders()
    assert [(x.full_name, x.role) for x in leaders] == [
        ("Nguyễn Văn An", LeaderRole.HEAD),
        ("Trần Thị Thu Hà", LeaderRole.DEPUTY),
    ]
    assert leaders[0].title == "Chủ tịch UBND xã"
    assert leaders[1].id == deputy.id


def test_leader_needs_name_and_title(services, agency):
    error = _validation_error(services.agency.save_leader, dto.LeaderFields(full_name=" ", title=""))

    assert {e.field for e in error.errors} == {"full_name", "title"}


def test_missing_leader_is_not_found(services, agency):
    with pytest.raises(NotFound) as info:
        services.agency.save_leader(
            dto.LeaderFields(full_name="Lê Đình Quang", title="Phó Chủ tịch"), leader_id=9999
        )

    assert info.value.code == "not_found"
    assert message(info.value) == "Không tìm thấy lãnh đạo (có thể đã bị xóa)."
    with pytest.raises(NotFound):
        services.agency.delete_leader(9999)


# ---- recipients ------------------------------------------------------------------------------------


def test_recipients_are_listed_in_order_with_their_addressee_flag(services, agency):
    services.agency.save_recipient(
        dto.RecipientFields(name="Văn phòng Ủy ban nhân dân tỉnh", addressee=False, sort_order=2)
    )
    services.agency.save_recipient(
        dto.RecipientFields(name="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", addressee=True, sort_order=1)
    )

    recipients = services.agency.list_recipients()
    assert [(r.name, r.addressee) for r in recipients] == [
        ("Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", True),
        ("Văn phòng Ủy ban nhân dân tỉnh", False),
    ]


def test_recipient_needs_a_name_and_can_be_deleted(services, agency):
    error = _validation_error(services.agency.save_recipient, dto.RecipientFields(name="  "))
    assert error.for_field("name").code == "field.required"

    saved = services.agency.save_recipient(dto.RecipientFields(name="Sở Nội vụ tỉnh Hà Tĩnh"))
    services.agency.delete_recipient(saved.id)
    assert services.agency.list_recipients() == []
    with pytest.raises(NotFound):
        services.agency.delete_recipient(saved.id)


# ---- reporting settings ----------------------------------------------------------------------------


def test_default_reporting_settings_follow_decree_09(services, agency):
    settings = services.agency.get_reporting()

    assert settings.period_convention is PeriodConvention.DECREE_09
    assert (settings.six_month_deadline_day, settings.six_month_deadline_month) == (15, 6)
    assert (settings.annual_deadline_day, settings.annual_deadline_month) == (15, 12)


@pytest.mark.parametrize(("day", "month"), [(29, 2), (31, 6), (0, 6), (15, 13)])
def test_deadline_day_that_does_not_exist_every_year_is_refused(services, agency, day, month):
    error = _validation_error(
        services.agency.update_reporting,
        dto.ReportingSettings(six_month_deadline_day=day, six_month_deadline_month=month),
    )

    assert error.for_field("six_month_deadline_day").code == "date.bad_day_month"
    assert services.agency.get_reporting() == dto.ReportingSettings()


@pytest.mark.parametrize(("six", "annual"), [((15, 12), (15, 6)), ((30, 11), (30, 11))])
def test_annual_deadline_not_after_six_month_deadline_is_refused(services, agency, six, annual):
    error = _validation_error(
        services.agency.update_reporting,
        dto.ReportingSettings(
            six_month_deadline_day=six[0],
            six_month_deadline_month=six[1],
            annual_deadline_day=annual[0],
            annual_deadline_month=annual[1],
        ),
    )

    assert error.for_field("annual_deadline_day").code == "deadline.annual_before_six_month"
    assert services.agency.get_reporting() == dto.ReportingSettings()


def test_reporting_settings_cannot_be_saved_before_set_up(services):
    with pytest.raises(DomainError) as info:
        services.agency.update_reporting(dto.ReportingSettings())

    assert info.value.code == "agency.not_set_up"


def test_report_calendar_decree_09_periods_and_default_deadlines(services, agency):
    calendar = services.agency.report_calendar(2026)

    assert calendar.convention is PeriodConvention.DECREE_09
    assert (calendar.six_month_period.start, calendar.six_month_period.end) == (
        date(2025, 12, 15),
        date(2026, 6, 14),
    )
    assert (calendar.annual_period.start, calendar.annual_period.end) == (
        date(2025, 12, 15),
        date(2026, 12, 14),
    )
    assert calendar.six_month_deadline == date(2026, 6, 15)
    assert calendar.annual_deadline == date(2026, 12, 15)
    assert calendar.deadlines_overridden is False
    assert calendar.six_month_period.contains(date(2025, 12, 20))
    assert not calendar.annual_period.contains(date(2026, 12, 20))


def test_report_calendar_with_calendar_halves_and_province_deadlines(services, agency):
    services.agency.update_reporting(
        dto.ReportingSettings(
            period_convention=PeriodConvention.CALENDAR,
            six_month_deadline_day=30,
            six_month_deadline_month=5,
            annual_deadline_day=30,
            annual_deadline_month=11,
        )
    )

    calendar = services.agency.report_calendar(2026)

    assert calendar.convention is PeriodConvention.CALENDAR
    assert (calendar.six_month_period.start, calendar.six_month_period.end) == (
        date(2026, 1, 1),
        date(2026, 6, 30),
    )
    assert (calendar.annual_period.start, calendar.annual_period.end) == (
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert calendar.six_month_deadline == date(2026, 5, 30)
    assert calendar.annual_deadline == date(2026, 11, 30)


def test_per_year_deadline_override_applies_to_that_year_only(services, agency):
    services.agency.save_deadline(
        dto.DeadlineFields(
            year=2026, six_month_deadline=date(2026, 6, 10), annual_deadline=date(2026, 12, 10)
        )
    )

    this_year = services.agency.report_calendar(2026)
    last_year = services.agency.report_calendar(2025)
    assert (this_year.six_month_deadline, this_year.annual_deadline) == (
        date(2026, 6, 10),
        date(2026, 12, 10),
    )
    assert this_year.deadlines_overridden is True
    assert (last_year.six_month_deadline, last_year.annual_deadline) == (
        date(2025, 6, 15),
        date(2025, 12, 15),
    )
    assert last_year.deadlines_overridden is False
    # The data periods do not move with the deadlines.
    assert this_year.six_month_period.end == date(2026, 6, 14)


def test_saving_a_year_again_replaces_its_deadlines_and_deleting_restores_defaults(services, agency):
    services.agency.save_deadline(
        dto.DeadlineFields(
            year=2026, six_month_deadline=date(2026, 6, 10), annual_deadline=date(2026, 12, 10)
        )
    )
    services.agency.save_deadline(
        dto.DeadlineFields(year=2026, six_month_deadline=date(2026, 6, 5), annual_deadline=date(2027, 1, 5))
    )

    deadlines = services.agency.list_deadlines()
    assert [(d.year, d.six_month_deadline, d.annual_deadline) for d in deadlines] == [
        (2026, date(2026, 6, 5), date(2027, 1, 5))
    ]
    assert services.agency.report_calendar(2026).annual_deadline == date(2027, 1, 5)

    services.agency.delete_deadline(2026)
    assert services.agency.list_deadlines() == []
    assert services.agency.report_calendar(2026).deadlines_overridden is False
    with pytest.raises(NotFound):
        services.agency.delete_deadline(2026)


@pytest.mark.parametrize(
    ("six", "annual", "field"),
    [
        (date(2025, 6, 15), date(2026, 12, 15), "six_month_deadline"),
        (date(2026, 6, 15), date(2027, 2, 15), "annual_deadline"),
        (date(2026, 6, 15), date(2025, 12, 15), "annual_deadline"),
    ],
)
def test_deadline_in_the_wrong_year_is_refused(services, agency, six, annual, field):
    error = _validation_error(
        services.agency.save_deadline,
        dto.DeadlineFields(year=2026, six_month_deadline=six, annual_deadline=annual),
    )

    assert error.for_field(field).code == "deadline.wrong_year"
    assert error.for_field(field).params == {"year": 2026}
    assert services.agency.list_deadlines() == []


def test_deadline_needs_both_dates_and_annual_after_six_month(services, agency):
    missing = _validation_error(
        services.agency.save_deadline,
        dto.DeadlineFields(year=2026, six_month_deadline=None, annual_deadline=None),
    )
    assert {e.field: e.code for e in missing.errors} == {
        "six_month_deadline": "field.required",
        "annual_deadline": "field.required",
    }

    reversed_ = _validation_error(
        services.agency.save_deadline,
        dto.DeadlineFields(
            year=2026, six_month_deadline=date(2026, 12, 15), annual_deadline=date(2026, 6, 15)
        ),
    )
    assert reversed_.for_field("annual_deadline").code == "deadline.annual_before_six_month"
