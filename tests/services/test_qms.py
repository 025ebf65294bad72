"""The QMS frame: ISO steering committee decisions, scope and policy versions, publication decisions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.messages import message
from app.models import PublicationKind, SteeringRole
from app.services import dto
from app.services.errors import NotFound, ValidationError

HEAD, DEPUTY, MEMBER, SECRETARY = (
    SteeringRole.HEAD,
    SteeringRole.DEPUTY,
    SteeringRole.MEMBER,
    SteeringRole.SECRETARY,
)


@pytest.fixture
def people(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A few staff of the commune, by short key -> person id."""
    office = services.organization.save_department(dto.DepartmentFields(name="Văn phòng HĐND và UBND"))
    names = {
        "chair": ("Phan Văn Hùng", "Chủ tịch Ủy ban nhân dân xã"),
        "deputy": ("Trần Thị Thu Hà", "Phó Chủ tịch Ủy ban nhân dân xã"),
        "office": ("Nguyễn Thị Mai Hương", "Chánh Văn phòng HĐND và UBND"),
        "justice": ("Bùi Thị Hồng Nhung", "Công chức Tư pháp - Hộ tịch"),
        "secretary": ("Dương Thị Ngọc Ánh", "Công chức Văn phòng - Thống kê"),
    }
    return {
        key: services.organization.save_person(
            dto.PersonFields(full_name=name, position=position, department_id=office.id)
        ).id
        for key, (name, position) in names.items()
    }


def _decision(
    number: str = "12/QĐ-UBND", signed_on: date | None = date(2026, 1, 12)
) -> dto.SteeringDecisionFields:
    return dto.SteeringDecisionFields(
        number=number,
        signed_on=signed_on,
        subject="Về việc kiện toàn Ban chỉ đạo ISO",
    )


def _members(people: dict[str, int], *keys_roles: tuple[str, SteeringRole]) -> list[dto.SteeringMemberFields]:
    return [dto.SteeringMemberFields(person_id=people[k], role=r) for k, r in keys_roles]


def _committee(people: dict[str, int]) -> list[dto.SteeringMemberFields]:
    return [
        dto.SteeringMemberFields(person_id=people["chair"], role=HEAD, duty="Chỉ đạo chung."),
        dto.SteeringMemberFields(person_id=people["deputy"], role=DEPUTY, duty="Giúp Trưởng ban."),
        dto.SteeringMemberFields(person_id=people["office"], role=MEMBER),
        dto.SteeringMemberFields(person_id=people["secretary"], role=SECRETARY, duty="Tổng hợp, báo cáo."),
    ]


def _members_error(services, members) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.qms.save_steering_decision(_decision(), members)
    error = info.value.for_field("members")
    assert error is not None
    return info.value


# ---- steering committee ----------------------------------------------------------------------------


def test_steering_decision_is_saved_with_members_in_order(services, people):
    saved = services.qms.save_steering_decision(_decision(), _committee(people))

    assert saved.number == "12/QĐ-UBND"
    assert [(m.full_name, m.role) for m in saved.members] == [
        ("Phan Văn Hùng", HEAD),
        ("Trần Thị Thu Hà", DEPUTY),
        ("Nguyễn Thị Mai Hương", MEMBER),
        ("Dương Thị Ngọc Ánh", SECRETARY),
    ]
    assert saved.members[0].position == "Chủ tịch Ủy ban nhân dân xã"
    assert saved.members[0].department_name == "Văn phòng HĐND và UBND"
    assert saved.members[3].duty == "Tổng hợp, báo cáo."
    assert services.qms.list_steering_decisions() == [saved]


@pytest.mark.parametrize(
    ("roles", "count"),
    [
        ((("office", MEMBER), ("secretary", SECRETARY)), 0),
        ((("chair", HEAD), ("deputy", HEAD), ("secretary", SECRETARY)), 2),
    ],
)
def test_steering_committee_needs_exactly_one_head(services, people, roles, count):
    error = _members_error(services, _members(people, *roles))

    assert error.for_field("members").code == "steering.one_head"
    assert error.for_field("members").params == {"count": count}
    assert message(error) == f"Ban chỉ đạo ISO phải có đúng một Trưởng ban (hiện có {count})."
    assert services.qms.list_steering_decisions() == []


def test_steering_committee_without_members_is_refused(services, people):
    error = _members_error(services, [])

    assert error.for_field("members").code == "steering.no_members"
    assert services.qms.list_steering_decisions() == []


def test_same_person_twice_in_the_committee_is_refused(services, people):
    members = _members(people, ("chair", HEAD), ("office", MEMBER), ("office", SECRETARY))

    error = _members_error(services, members)

    assert error.for_field("members").code == "steering.duplicate_person"


def test_member_who_no_longer_exists_is_refused(services, people):
    members = [*_members(people, ("chair", HEAD)), dto.SteeringMemberFields(person_id=9999)]

    error = _members_error(services, members)

    assert error.for_field("members").code == "field.not_found"
    assert services.qms.list_steering_decisions() == []


def test_decision_needs_a_number_and_a_date(services, people):
    with pytest.raises(ValidationError) as info:
        services.qms.save_steering_decision(
            dto.SteeringDecisionFields(number="  ", signed_on=None), _committee(people)
        )

    assert {e.field: e.code for e in info.value.errors} == {
        "number": "field.required",
        "signed_on": "field.required",
    }


def test_duplicate_number_in_the_same_year_is_refused_but_allowed_in_another_year(services, people):
    # Typed without diacritics, as on a keyboard without a Vietnamese input method.
    services.qms.save_steering_decision(_decision("12/QD-UBND", date(2025, 1, 10)), _committee(people))

    with pytest.raises(ValidationError) as info:
        services.qms.save_steering_decision(_decision("12/qd-ubnd", date(2025, 9, 1)), _committee(people))
    assert info.value.for_field("number").code == "decision.duplicate_number"
    assert info.value.for_field("number").params == {"number": "12/qd-ubnd", "year": 2025}
    assert len(services.qms.list_steering_decisions()) == 1

    services.qms.save_steering_decision(_decision("12/QD-UBND", date(2026, 1, 10)), _committee(people))
    assert [d.signed_on.year for d in services.qms.list_steering_decisions()] == [2026, 2025]


def test_duplicate_number_with_qd_is_refused(services, people):
    services.qms.save_steering_decision(_decision("12/QĐ-UBND", date(2025, 1, 10)), _committee(people))

    with pytest.raises(ValidationError) as info:
        services.qms.save_steering_decision(_decision("12/QĐ-UBND", date(2025, 9, 1)), _committee(people))

    assert info.value.for_field("number").code == "decision.duplicate_number"


def test_editing_a_decision_replaces_its_member_list(services, people):
    saved = services.qms.save_steering_decision(_decision(), _committee(people))

    edited = services.qms.save_steering_decision(
        _decision("15/QĐ-UBND"),
        _members(people, ("chair", HEAD), ("justice", MEMBER), ("secretary", SECRETARY)),
        decision_id=saved.id,
    )

    assert edited.id == saved.id
    assert edited.number == "15/QĐ-UBND"
    (stored,) = services.qms.list_steering_decisions()
    assert [m.full_name for m in stored.members] == [
        "Phan Văn Hùng",
        "Bùi Thị Hồng Nhung",
        "Dương Thị Ngọc Ánh",
    ]
    # The people dropped from the committee are free to be deleted now.
    services.organization.delete_person(people["deputy"])


def test_editing_a_decision_may_swap_roles_of_the_same_people(services, people):
    saved = services.qms.save_steering_decision(
        _decision(), _members(people, ("chair", HEAD), ("deputy", DEPUTY))
    )

    edited = services.qms.save_steering_decision(
        _decision(), _members(people, ("deputy", HEAD), ("chair", MEMBER)), decision_id=saved.id
    )

    assert [(m.full_name, m.role) for m in edited.members] == [
        ("Trần Thị Thu Hà", HEAD),
        ("Phan Văn Hùng", MEMBER),
    ]


def test_current_steering_decision_is_the_latest_signed_on_or_before_the_date(services, people):
    older = services.qms.save_steering_decision(
        _decision("12/QĐ-UBND", date(2025, 1, 10)), _committee(people)
    )
    newer = services.qms.save_steering_decision(
        _decision("08/QĐ-UBND", date(2026, 1, 15)), _committee(people)
    )

    assert services.qms.current_steering_decision(date(2024, 12, 31)) is None
    assert services.qms.current_steering_decision(date(2025, 1, 10)).id == older.id
    assert services.qms.current_steering_decision(date(2026, 1, 14)).id == older.id
    assert services.qms.current_steering_decision(date(2026, 1, 15)).id == newer.id
    assert services.qms.current_steering_decision(date(2030, 1, 1)).id == newer.id


def test_deleting_a_decision_removes_its_members(services, people):
    saved = services.qms.save_steering_decision(_decision(), _committee(people))

    services.qms.delete_steering_decision(saved.id)

    assert services.qms.list_steering_decisions() == []
    services.organization.delete_person(people["chair"])  # no longer in any committee


def test_missing_decision_is_not_found(services, people):
    with pytest.raises(NotFound) as info:
        services.qms.save_steering_decision(_decision(), _committee(people), decision_id=9999)

    assert message(info.value) == "Không tìm thấy quyết định Ban chỉ đạo ISO (có thể đã bị xóa)."
    assert services.qms.list_steering_decisions() == []
    with pytest.raises(NotFound):
        services.qms.delete_steering_decision(9999)


# ---- rollback on failure ---------------------------------------------------------------------------


def _failing_commit(self: Session) -> None:
    raise RuntimeError("disk full")


def test_failed_edit_leaves_the_decision_and_its_members_as_they_were(services, people, monkeypatch):
    saved = services.qms.save_steering_decision(_decision(), _committee(people))

    # The old members are deleted and flushed before the commit; a failing commit must undo that.
    monkeypatch.setattr(Session, "commit", _failing_commit)
    with pytest.raises(RuntimeError):
        services.qms.save_steering_decision(
            _decision("99/QĐ-UBND", date(2026, 2, 1)),
            _members(people, ("justice", HEAD)),
            decision_id=saved.id,
        )
    monkeypatch.undo()

    assert services.qms.list_steering_decisions() == [saved]
    (stored,) = services.qms.list_steering_decisions()
    assert stored.number == "12/QĐ-UBND"
    assert [m.full_name for m in stored.members] == [
        "Phan Văn Hùng",
        "Trần Thị Thu Hà",
        "Nguyễn Thị Mai Hương",
        "Dương Thị Ngọc Ánh",
    ]


def test_failed_new_decision_adds_nothing(services, people, monkeypatch):
    saved = services.qms.save_steering_decision(_decision(), _committee(people))

    monkeypatch.setattr(Session, "commit", _failing_commit)
    with pytest.raises(RuntimeError):
        services.qms.save_steering_decision(_decision("08/QĐ-UBND", date(2026, 3, 1)), _committee(people))
    monkeypatch.undo()

    assert services.qms.list_steering_decisions() == [saved]
    # Saving works again afterwards: nothing was left half-written.
    services.qms.save_steering_decision(_decision("08/QĐ-UBND", date(2026, 3, 1)), _committee(people))
    assert len(services.qms.list_steering_decisions()) == 2


# ---- scope and policy versions ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["scope", "policy"])
def test_two_versions_with_the_same_effective_date_are_refused(services, kind):
    save = getattr(services.qms, f"save_{kind}_version")
    save(dto.TextVersionFields(effective_on=date(2021, 11, 18), text="Phiên bản công bố lần đầu."))

    with pytest.raises(ValidationError) as info:
        save(dto.TextVersionFields(effective_on=date(2021, 11, 18), text="Phiên bản khác."))

    assert info.value.for_field("effective_on").code == "version.duplicate_date"
    assert len(getattr(services.qms, f"list_{kind}_versions")()) == 1


@pytest.mark.parametrize("kind", ["scope", "policy"])
def test_current_version_as_of_a_date(services, kind):
    save = getattr(services.qms, f"save_{kind}_version")
    current = getattr(services.qms, f"current_{kind}")
    first = save(dto.TextVersionFields(effective_on=date(2021, 11, 18), text="Trước khi sắp xếp."))
    second = save(dto.TextVersionFields(effective_on=date(2025, 7, 1), text="Sau khi sắp xếp."))

    assert current(date(2021, 11, 17)) is None
    assert current(date(2021, 11, 18)) == first
    assert current(date(2025, 6, 30)) == first
    assert current(date(2025, 7, 1)) == second
    assert current(date(2026, 1, 1)).text == "Sau khi sắp xếp."


def test_version_text_is_required_and_kept_line_by_line(services):
    with pytest.raises(ValidationError) as info:
        services.qms.save_policy_version(dto.TextVersionFields(effective_on=None, text="  \n "))
    assert {e.field for e in info.value.errors} == {"effective_on", "text"}

    saved = services.qms.save_policy_version(
        dto.TextVersionFields(
            effective_on=date(2025, 7, 1),
            text="\n  Ủy ban nhân dân xã Tùng Ảnh cam kết ...  \n  Lấy sự hài lòng của người dân làm thước đo.\n",
        )
    )
    assert (
        saved.text == "Ủy ban nhân dân xã Tùng Ảnh cam kết ...\nLấy sự hài lòng của người dân làm thước đo."
    )


def test_editing_a_version_keeps_its_date_and_deleting_it_works(services):
    saved = services.qms.save_scope_version(dto.TextVersionFields(effective_on=date(2025, 7, 1), text="Cũ."))

    edited = services.qms.save_scope_version(
        dto.TextVersionFields(effective_on=date(2025, 7, 1), text="Mới."), version_id=saved.id
    )
    assert edited.id == saved.id
    assert [v.text for v in services.qms.list_scope_versions()] == ["Mới."]

    services.qms.delete_scope_version(saved.id)
    assert services.qms.list_scope_versions() == []
    with pytest.raises(NotFound):
        services.qms.delete_scope_version(saved.id)


# ---- publication decisions -------------------------------------------------------------------------


def _publication(
    kind: PublicationKind, number: str, signed_on: date, reason: str = ""
) -> dto.PublicationFields:
    return dto.PublicationFields(kind=kind, number=number, signed_on=signed_on, reason=reason)


def test_second_initial_publication_is_refused(services):
    services.qms.save_publication(_publication(PublicationKind.INITIAL, "208/QĐ-UBND", date(2021, 11, 18)))

    with pytest.raises(ValidationError) as info:
        services.qms.save_publication(_publication(PublicationKind.INITIAL, "15/QĐ-UBND", date(2025, 9, 20)))

    assert info.value.for_field("kind").code == "publication.initial_exists"
    assert "208/QĐ-UBND" in message(info.value)
    assert len(services.qms.list_publications()) == 1


def test_republication_needs_a_reason(services):
    services.qms.save_publication(_publication(PublicationKind.INITIAL, "208/QĐ-UBND", date(2021, 11, 18)))

    with pytest.raises(ValidationError) as info:
        services.qms.save_publication(
            _publication(PublicationKind.REPUBLICATION, "384/QĐ-UBND", date(2025, 9, 20), reason="  ")
        )
    assert info.value.for_field("reason").code == "field.required"

    services.qms.save_publication(
        _publication(
            PublicationKind.REPUBLICATION,
            "384/QĐ-UBND",
            date(2025, 9, 20),
            reason="Sắp xếp đơn vị hành chính cấp xã; mở rộng phạm vi áp dụng.",
        )
    )
    assert [(p.kind, p.number) for p in services.qms.list_publications()] == [
        (PublicationKind.REPUBLICATION, "384/QĐ-UBND"),
        (PublicationKind.INITIAL, "208/QĐ-UBND"),
    ]


def test_initial_publication_can_be_edited(services):
    saved = services.qms.save_publication(
        _publication(PublicationKind.INITIAL, "208/QĐ-UBND", date(2021, 11, 18))
    )

    edited = services.qms.save_publication(
        _publication(PublicationKind.INITIAL, "209/QĐ-UBND", date(2021, 11, 19)), publication_id=saved.id
    )

    assert edited.id == saved.id
    assert [p.number for p in services.qms.list_publications()] == ["209/QĐ-UBND"]


def test_missing_publication_is_not_found(services):
    with pytest.raises(NotFound) as info:
        services.qms.delete_publication(9999)

    assert message(info.value) == "Không tìm thấy quyết định công bố (có thể đã bị xóa)."
