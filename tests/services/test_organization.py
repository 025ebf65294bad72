"""Departments (bộ phận) and staff (cán bộ, công chức)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from app.messages import message
from app.models import SteeringRole
from app.services import dto
from app.services.errors import DomainError, NotFound, ValidationError


def _department(services, name: str, code: str = "", sort_order: int = 0) -> dto.Department:  # type: ignore[no-untyped-def]
    return services.organization.save_department(
        dto.DepartmentFields(name=name, code=code, sort_order=sort_order)
    )


# ---- departments -----------------------------------------------------------------------------------


def test_department_is_cleaned_and_its_code_upper_cased(services):
    saved = _department(services, unicodedata.normalize("NFD", "  Phòng  Kinh tế "), "kt")

    assert saved.name == "Phòng Kinh tế"
    assert saved.code == "KT"
    assert [(d.name, d.code, d.person_count) for d in services.organization.list_departments()] == [
        ("Phòng Kinh tế", "KT", 0)
    ]


def test_department_needs_a_name(services):
    with pytest.raises(ValidationError) as info:
        _department(services, "   ")

    assert info.value.for_field("name").code == "field.required"
    assert services.organization.list_departments() == []


def test_duplicate_department_name_is_refused_whatever_the_case(services):
    _department(services, "Phòng Kinh tế", "KT")

    with pytest.raises(ValidationError) as info:
        _department(services, "phòng kinh tế", "KT2")

    assert info.value.for_field("name").code == "department.duplicate_name"
    assert message(info.value) == "Đã có bộ phận “phòng kinh tế”."
    assert [d.name for d in services.organization.list_departments()] == ["Phòng Kinh tế"]


def test_duplicate_department_name_with_vietnamese_capital_is_refused(services):
    _department(services, "Địa chính - Xây dựng", "ĐCXD")

    with pytest.raises(ValidationError) as info:
        _department(services, "Địa chính - Xây dựng", "ĐCXD")

    assert info.value.for_field("name").code == "department.duplicate_name"


def test_renaming_a_department_to_its_own_name_is_allowed(services):
    saved = _department(services, "Phòng Văn hóa - Xã hội", "VHXH")

    renamed = services.organization.save_department(
        dto.DepartmentFields(name="Phòng Văn hóa - xã hội", code="VHXH", active=False),
        department_id=saved.id,
    )

    assert renamed.id == saved.id
    assert renamed.active is False
    assert services.organization.list_departments(active_only=True) == []


def test_departments_are_listed_by_sort_order_with_person_counts(services):
    office = _department(services, "Văn phòng HĐND và UBND", "VP", sort_order=1)
    _department(services, "Tư pháp - Hộ tịch", "TPHT", sort_order=2)
    for name in ("Nguyễn Thị Mai Hương", "Dương Thị Ngọc Ánh"):
        services.organization.save_person(dto.PersonFields(full_name=name, department_id=office.id))

    listed = services.organization.list_departments()
    assert [(d.name, d.person_count) for d in listed] == [
        ("Văn phòng HĐND và UBND", 2),
        ("Tư pháp - Hộ tịch", 0),
    ]


def test_department_with_staff_cannot_be_deleted_and_nothing_is_removed(services):
    office = _department(services, "Văn phòng HĐND và UBND", "VP")
    person = services.organization.save_person(
        dto.PersonFields(full_name="Dương Thị Ngọc Ánh", department_id=office.id)
    )

    with pytest.raises(DomainError) as info:
        services.organization.delete_department(office.id)

    assert info.value.code == "department.in_use"
    assert info.value.params == {"name": "Văn phòng HĐND và UBND", "count": 1}
    assert "còn 1 cán bộ" in message(info.value)
    assert [d.id for d in services.organization.list_departments()] == [office.id]
    persons = services.organization.list_persons()
    assert [(p.id, p.department_id) for p in persons] == [(person.id, office.id)]


def test_empty_department_can_be_deleted(services):
    saved = _department(services, "Ban Chỉ huy Quân sự xã", "QS")

    services.organization.delete_department(saved.id)

    assert services.organization.list_departments() == []
    with pytest.raises(NotFound):
        services.organization.delete_department(saved.id)


def test_missing_department_is_not_found(services):
    with pytest.raises(NotFound) as info:
        services.organization.save_department(dto.DepartmentFields(name="Phòng Kinh tế"), department_id=42)

    assert message(info.value) == "Không tìm thấy bộ phận (có thể đã bị xóa)."


# ---- persons ---------------------------------------------------------------------------------------


def test_person_is_saved_with_the_department_name(services):
    office = _department(services, "Văn phòng HĐND và UBND", "VP")

    saved = services.organization.save_person(
        dto.PersonFields(
            full_name=unicodedata.normalize("NFD", " Dương Thị Ngọc  Ánh "),
            position="Công chức Văn phòng - Thống kê",
            department_id=office.id,
            phone="0912 345 678",
            email="anhdtn@hatinh.gov.vn",
        )
    )

    assert saved.full_name == "Dương Thị Ngọc Ánh"
    assert saved.department_name == "Văn phòng HĐND và UBND"
    assert services.organization.list_persons() == [saved]


def test_person_with_unknown_department_is_refused_and_not_saved(services):
    with pytest.raises(ValidationError) as info:
        services.organization.save_person(dto.PersonFields(full_name="Lý Văn Tài", department_id=999))

    assert info.value.for_field("department_id").code == "field.not_found"
    assert services.organization.list_persons() == []


def test_person_needs_a_name_and_a_valid_email(services):
    with pytest.raises(ValidationError) as info:
        services.organization.save_person(dto.PersonFields(full_name=" ", email="tai@"))
    assert info.value.for_field("full_name").code == "field.required"

    with pytest.raises(ValidationError) as info:
        services.organization.save_person(dto.PersonFields(full_name="Lý Văn Tài", email="tai hatinh.gov.vn"))
    assert info.value.for_field("email").code == "field.bad_email"


def test_persons_are_listed_active_first_then_in_vietnamese_order(services):
    """By given name, then family name (Đ after D, a bare letter before its toned forms)."""
    for name, active in (
        ("Trần Quốc Khánh", True),
        ("Phạm Thị Thúy", False),
        ("Bùi Thị Hồng Nhung", True),
        ("Lê Minh Đức", True),
        ("Nguyễn Văn Dũng", True),
        ("Hoàng Văn Dũng", True),
    ):
        services.organization.save_person(dto.PersonFields(full_name=name, active=active))

    assert [p.full_name for p in services.organization.list_persons()] == [
        "Hoàng Văn Dũng",
        "Nguyễn Văn Dũng",
        "Lê Minh Đức",
        "Trần Quốc Khánh",
        "Bùi Thị Hồng Nhung",
        "Phạm Thị Thúy",
    ]
    assert [p.full_name for p in services.organization.list_persons(active_only=True)][
        -1
    ] == "Bùi Thị Hồng Nhung"


def test_moving_a_person_to_another_department(services):
    office = _department(services, "Văn phòng HĐND và UBND", "VP")
    economy = _department(services, "Phòng Kinh tế", "KT")
    person = services.organization.save_person(
        dto.PersonFields(full_name="Hoàng Văn Long", department_id=office.id)
    )

    moved = services.organization.save_person(
        dto.PersonFields(
            full_name="Hoàng Văn Long", position="Trưởng phòng Kinh tế", department_id=economy.id
        ),
        person_id=person.id,
    )

    assert moved.department_name == "Phòng Kinh tế"
    counts = {d.name: d.person_count for d in services.organization.list_departments()}
    assert counts == {"Văn phòng HĐND và UBND": 0, "Phòng Kinh tế": 1}


def test_person_in_the_steering_committee_cannot_be_deleted(services):
    chair = services.organization.save_person(dto.PersonFields(full_name="Phan Văn Hùng"))
    services.qms.save_steering_decision(
        dto.SteeringDecisionFields(number="12/QĐ-UBND", signed_on=date(2026, 1, 12)),
        [dto.SteeringMemberFields(person_id=chair.id, role=SteeringRole.HEAD)],
    )

    with pytest.raises(DomainError) as info:
        services.organization.delete_person(chair.id)

    assert info.value.code == "person.in_use"
    assert "Phan Văn Hùng" in message(info.value)
    assert [p.id for p in services.organization.list_persons()] == [chair.id]


def test_person_in_no_record_can_be_deleted(services):
    person = services.organization.save_person(dto.PersonFields(full_name="Lý Văn Tài"))

    services.organization.delete_person(person.id)

    assert services.organization.list_persons() == []
    with pytest.raises(NotFound) as info:
        services.organization.delete_person(person.id)
    assert message(info.value) == "Không tìm thấy cán bộ (có thể đã bị xóa)."


def test_a_person_on_an_audit_team_or_at_a_training_cannot_be_deleted(services):
    from app.services.audits import AuditFields
    from app.services.training import TrainingFields

    auditor = services.organization.save_person(dto.PersonFields(full_name="Lê Đình Quang"))
    trainee = services.organization.save_person(dto.PersonFields(full_name="Võ Văn Hải"))
    audit = services.audits.create_audit(AuditFields(start_on=date(2026, 9, 15), end_on=date(2026, 9, 17)))
    services.audits.set_team(audit, auditor.id, [])
    services.training.create(TrainingFields(on=date(2026, 5, 22), title="Tập huấn ISO"), [trainee.id])

    for person in (auditor, trainee):
        with pytest.raises(DomainError) as info:  # not a database error: the message says why
            services.organization.delete_person(person.id)
        assert info.value.code == "person.in_use"
    assert len(services.organization.list_persons()) == 2
