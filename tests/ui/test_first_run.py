"""First run: the agency is declared (with its head) before the main window opens."""

from __future__ import annotations

import pytest

from app.models import AgencyKind, LeaderRole
from app.ui.dialogs.first_run import FirstRunDialog


@pytest.fixture
def dialog(services, show):  # type: ignore[no-untyped-def]
    assert services.agency.get_profile() is None
    return show(FirstRunDialog(services.agency))


def _fill_valid(dialog, ui) -> None:  # type: ignore[no-untyped-def]
    ui.fill(
        dialog.agency_form,
        full_name="Ủy ban nhân dân xã Tùng Ảnh",
        short_name="UBND xã Tùng Ảnh",
        parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
        place_name="Tùng Ảnh",
        code_abbreviation="ubnd",
    )
    ui.fill(dialog.head_form, head_full_name="Nguyễn Văn An", head_title="Chủ tịch")
    ui.fill(
        dialog.secretary_form, iso_secretary_name="Trần Thị Bình", iso_secretary_title="Công chức Văn phòng"
    )


def test_saving_empty_shows_errors_next_to_the_fields_and_writes_nothing(dialog, services, ui):
    assert dialog.try_save() is False

    errors = ui.shown_errors(dialog.agency_form)
    assert set(errors) == {"full_name", "place_name", "code_abbreviation"}
    for name in ("full_name", "place_name", "code_abbreviation"):
        assert dialog.agency_form.errors[name].isVisible()
        assert "Cần nhập" in errors[name]
    assert dialog.isVisible()
    assert services.agency.get_profile() is None
    assert services.agency.list_leaders() == []


def test_what_the_user_typed_stays_after_an_error(dialog, services, ui):
    ui.fill(dialog.agency_form, full_name="Ủy ban nhân dân xã Tùng Ảnh", code_abbreviation="UB/ND")
    ui.fill(dialog.head_form, head_full_name="Nguyễn Văn An")

    assert dialog.try_save() is False

    assert dialog.agency_form.editors["full_name"].text() == "Ủy ban nhân dân xã Tùng Ảnh"
    assert dialog.agency_form.editors["code_abbreviation"].text() == "UB/ND"
    assert dialog.head_form.editors["head_full_name"].text() == "Nguyễn Văn An"
    assert "chữ in hoa" in ui.error_text(dialog.agency_form, "code_abbreviation")
    assert "Cần nhập" in ui.error_text(dialog.agency_form, "place_name")
    assert ui.error_text(dialog.agency_form, "full_name") == ""
    assert services.agency.get_profile() is None


def test_valid_input_creates_the_agency_and_its_head(dialog, services, ui):
    _fill_valid(dialog, ui)

    assert dialog.try_save() is True

    assert not dialog.isVisible()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    profile = services.agency.get_profile()
    assert profile is not None
    assert dialog.profile == profile
    assert profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
    assert profile.place_name == "Tùng Ảnh"
    assert profile.kind is AgencyKind.COMMUNE
    assert profile.code_abbreviation == "UBND"
    assert profile.signing_lines == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    assert profile.signer_name == "Nguyễn Văn An"  # left empty: the head signs
    assert profile.iso_secretary_name == "Trần Thị Bình"
    assert [(x.full_name, x.title, x.role) for x in services.agency.list_leaders()] == [
        ("Nguyễn Văn An", "Chủ tịch", LeaderRole.HEAD)
    ]


def test_an_explicit_signer_is_kept(dialog, services, ui):
    _fill_valid(dialog, ui)
    ui.fill(dialog.signing_form, signer_name="Lê Văn Cường")

    assert dialog.try_save() is True

    assert services.agency.get_profile().signer_name == "Lê Văn Cường"


def test_head_title_defaults_from_the_agency_kind(dialog, services, ui):
    _fill_valid(dialog, ui)
    ui.fill(
        dialog.agency_form,
        kind=AgencyKind.SCHOOL,
        full_name="Trường Tiểu học Tùng Ảnh",
        code_abbreviation="TH",
    )
    ui.fill(dialog.head_form, head_title="")

    assert dialog.try_save() is True

    assert [(x.full_name, x.title) for x in services.agency.list_leaders()] == [
        ("Nguyễn Văn An", "Hiệu trưởng")
    ]


def test_choosing_school_switches_the_default_signing_lines(dialog, ui):
    lines = dialog.signing_form.editors["signing_lines"]
    assert lines.toPlainText() == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"

    ui.enter(dialog.agency_form.editors["kind"], AgencyKind.SCHOOL)
    assert lines.toPlainText() == "HIỆU TRƯỞNG"

    ui.enter(dialog.agency_form.editors["kind"], AgencyKind.DEPARTMENT)
    assert lines.toPlainText() == "GIÁM ĐỐC"


def test_own_signing_lines_survive_a_kind_change(dialog, ui):
    ui.fill(dialog.signing_form, signing_lines="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")

    ui.enter(dialog.agency_form.editors["kind"], AgencyKind.SCHOOL)

    assert dialog.signing_form.editors["signing_lines"].toPlainText() == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def test_saving_the_school_kind_stores_its_signing_lines(dialog, services, ui):
    _fill_valid(dialog, ui)
    ui.enter(dialog.agency_form.editors["kind"], AgencyKind.SCHOOL)

    assert dialog.try_save() is True

    profile = services.agency.get_profile()
    assert profile.kind is AgencyKind.SCHOOL
    assert profile.signing_lines == "HIỆU TRƯỞNG"


def test_head_title_without_a_name_is_reported_under_the_head_full_name(dialog, services, ui):
    _fill_valid(dialog, ui)
    ui.fill(dialog.head_form, head_full_name="")

    assert dialog.try_save() is False

    assert "Cần nhập" in ui.error_text(dialog.head_form, "head_full_name")
    assert ui.error_text(dialog.agency_form, "full_name") == ""
    assert services.agency.get_profile() is None
