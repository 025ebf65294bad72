"""Record pages driven the way the user works them: Thêm… opens a dialog, Lưu saves or shows why not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import PublicationKind, SteeringRole
from app.services import dto
from app.ui.pages.organization import OrganizationPage
from app.ui.pages.publications import PublicationsPage
from app.ui.pages.scope_policy import ScopePolicyPage
from app.ui.pages.steering import SteeringDialog, SteeringPage, _MemberRow

TODAY = date.today()


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _person(services, name: str, position: str = "", department_id: int | None = None) -> dto.Person:  # type: ignore[no-untyped-def]
    return services.organization.save_person(
        dto.PersonFields(full_name=name, position=position, department_id=department_id)
    )


# ---- Bộ phận và cán bộ ------------------------------------------------------------------------------


@pytest.fixture
def org(agency, services, show):  # type: ignore[no-untyped-def]
    page = show(OrganizationPage(services))
    page.refresh()
    return page


def test_add_a_department_then_a_person_in_it(org, services, dialog_driver, qtbot, ui):
    dialog_driver.will_fill(name="Văn phòng HĐND và UBND", code="vp")
    _click(qtbot, org.departments.add_button)

    assert ui.column(org.departments, "Tên bộ phận") == ["Văn phòng HĐND và UBND"]
    assert ui.column(org.departments, "Viết tắt") == ["VP"]
    assert ui.column(org.departments, "Trạng thái") == ["Đang hoạt động"]

    org.departments.select_where(lambda r: r.name == "Văn phòng HĐND và UBND")
    offered: list[str] = []

    def person(dialog):  # type: ignore[no-untyped-def]
        offered.append(dialog.form.editors["department_id"].currentText())
        ui.fill(dialog.form, full_name="Trần Thị Bình", position="Công chức Văn phòng - Thống kê")

    dialog_driver.will(person)
    _click(qtbot, org.persons.add_button)

    assert offered == ["Văn phòng HĐND và UBND"]  # the selected department is preselected
    assert ui.column(org.persons, "Họ và tên") == ["Trần Thị Bình"]
    assert ui.column(org.persons, "Bộ phận") == ["Văn phòng HĐND và UBND"]
    assert ui.column(org.persons, "Trạng thái") == ["Đang công tác"]
    assert ui.column(org.departments, "Cán bộ") == ["1"]  # the staff count column
    assert org.departments.current().name == "Văn phòng HĐND và UBND"  # selection kept after refresh


def test_a_duplicate_department_name_is_refused_in_the_open_dialog(org, services, dialog_driver, qtbot, ui):
    services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
    org.refresh()
    dialog_driver.will_fill(name="  Văn   phòng ", code="VP2")

    _click(qtbot, org.departments.add_button)

    call = dialog_driver.last
    assert call.saved is False
    assert call.open_after
    assert call.errors == {"name": "Đã có bộ phận “Văn phòng”."}
    assert call.dialog.form.editors["code"].text() == "VP2"
    assert ui.column(org.departments, "Tên bộ phận") == ["Văn phòng"]
    assert len(services.organization.list_departments()) == 1


def test_deleting_a_department_with_staff_is_refused_with_a_warning(org, services, popups, qtbot, ui):
    department = services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
    _person(services, "Trần Thị Bình", department_id=department.id)
    org.refresh()
    org.departments.select_where(lambda r: r.id == department.id)

    _click(qtbot, org.departments.delete_button)

    assert popups.texts("confirm") == ["Xóa bộ phận “Văn phòng”? Thao tác này không hoàn tác được."]
    [warning] = popups.texts("warning")
    assert "Bộ phận “Văn phòng” còn 1 cán bộ nên không xóa được" in warning
    assert ui.column(org.departments, "Tên bộ phận") == ["Văn phòng"]
    assert [d.name for d in services.organization.list_departments()] == ["Văn phòng"]


def test_deleting_an_empty_department_removes_it(org, services, popups, qtbot, ui):
    department = services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
    org.refresh()
    org.departments.select_where(lambda r: r.id == department.id)

    _click(qtbot, org.departments.delete_button)

    assert popups.texts("warning") == []
    assert ui.column(org.departments, "Tên bộ phận") == []
    assert services.organization.list_departments() == []
    assert not org.departments.delete_button.isEnabled()


def test_the_status_columns_show_without_scrolling_sideways(org, services):
    """On a 1366-pixel laptop (the page 1136 wide): who has left, which department stopped."""
    services.organization.save_department(
        dto.DepartmentFields(name="Trung tâm Phục vụ hành chính công", code="TTPVHCC")
    )
    _person(services, "Nguyễn Thị Mai Hương", "Chánh Văn phòng HĐND và UBND")
    org.refresh()
    org.resize(1136, 686)
    QApplication.processEvents()
    for panel in (org.departments, org.persons):
        headers = [c.header for c in panel.model.columns]
        section = headers.index("Trạng thái")
        header = panel.view.horizontalHeader()
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        assert right <= panel.view.viewport().width(), panel.title.text()


def test_persons_can_be_limited_to_the_selected_department(org, services, ui):
    office = services.organization.save_department(dto.DepartmentFields(name="Văn phòng"))
    finance = services.organization.save_department(dto.DepartmentFields(name="Tài chính - Kế toán"))
    _person(services, "Trần Thị Bình", department_id=office.id)
    _person(services, "Lê Văn Cường", department_id=finance.id)
    org.refresh()
    org.departments.select_where(lambda r: r.id == finance.id)

    org.only_department.setChecked(True)
    assert ui.column(org.persons, "Họ và tên") == ["Lê Văn Cường"]

    org.only_department.setChecked(False)
    assert sorted(ui.column(org.persons, "Họ và tên")) == ["Lê Văn Cường", "Trần Thị Bình"]


def test_search_ignores_vietnamese_diacritics(org, services, ui):
    for name in ("Văn phòng", "Tài chính - Kế toán", "Địa chính - Xây dựng"):
        services.organization.save_department(dto.DepartmentFields(name=name))
    org.refresh()

    org.departments.search.setText("dia chinh")
    assert ui.column(org.departments, "Tên bộ phận") == ["Địa chính - Xây dựng"]

    org.departments.search.setText("")
    assert len(ui.column(org.departments, "Tên bộ phận")) == 3


# ---- Ban chỉ đạo ISO -------------------------------------------------------------------------------


@pytest.fixture
def staff(agency, services):  # type: ignore[no-untyped-def]
    return [
        _person(services, "Nguyễn Văn An", "Chủ tịch UBND"),
        _person(services, "Trần Thị Bình", "Công chức Văn phòng - Thống kê"),
        _person(services, "Lê Văn Cường", "Công chức Tài chính - Kế toán"),
    ]


@pytest.fixture
def steering_dialog(services, staff, show):  # type: ignore[no-untyped-def]
    dialog = show(SteeringDialog(services, None))
    return dialog


def _row(person: dto.Person, role: SteeringRole, duty: str = "") -> _MemberRow:
    return _MemberRow(person.id, role, duty, person.full_name, person.position)


def test_a_decision_without_members_is_refused(steering_dialog, services, ui):
    ui.fill(steering_dialog.form, number="15/QĐ-UBND")

    assert steering_dialog.try_save() is False

    assert steering_dialog.members.error_label.isVisible()
    assert "ít nhất một thành viên" in steering_dialog.members.error_label.text()
    assert steering_dialog.isVisible()
    assert services.qms.list_steering_decisions() == []


def test_a_decision_needs_exactly_one_head(steering_dialog, staff, services, ui):
    ui.fill(steering_dialog.form, number="15/QĐ-UBND")
    steering_dialog.members.set_rows([_row(staff[0], SteeringRole.HEAD), _row(staff[1], SteeringRole.HEAD)])

    assert steering_dialog.try_save() is False

    assert (
        steering_dialog.members.error_label.text()
        == "Ban chỉ đạo ISO phải có đúng một Trưởng ban (hiện có 2)."
    )
    assert services.qms.list_steering_decisions() == []


def test_the_number_is_required_and_shown_under_its_field(steering_dialog, staff, services, ui):
    steering_dialog.members.set_rows([_row(staff[0], SteeringRole.HEAD)])

    assert steering_dialog.try_save() is False

    assert ui.error_text(steering_dialog.form, "number") == "Cần nhập thông tin này."
    assert not steering_dialog.members.error_label.isVisible()


def test_members_added_in_the_dialog_are_saved_and_listed_on_the_page(
    steering_dialog, staff, services, dialog_driver, qtbot, show, ui
):
    offered: list[list[str]] = []

    def member(person: dto.Person, role: SteeringRole, duty: str):  # type: ignore[no-untyped-def]
        def do(dialog):  # type: ignore[no-untyped-def]
            combo = dialog.form.editors["person_id"]
            offered.append([combo.itemText(i) for i in range(combo.count())])
            ui.fill(dialog.form, person_id=person.id, role=role, duty=duty)

        return do

    dialog_driver.will(member(staff[0], SteeringRole.HEAD, "Chỉ đạo chung"))
    dialog_driver.will(member(staff[1], SteeringRole.SECRETARY, "Giúp việc Ban chỉ đạo"))
    _click(qtbot, steering_dialog.members.add_button)
    _click(qtbot, steering_dialog.members.add_button)
    ui.fill(steering_dialog.form, number="15/QĐ-UBND", signed_on=TODAY)

    assert ui.column(steering_dialog.members, "Họ và tên") == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert "Nguyễn Văn An — Chủ tịch UBND" not in offered[1]  # a person is offered only once
    assert len(offered[1]) == 2
    assert steering_dialog.try_save() is True

    page = show(SteeringPage(services))
    page.refresh()
    assert ui.column(page.decisions, "Số quyết định") == ["15/QĐ-UBND"]
    assert ui.column(page.decisions, "Số thành viên") == ["2"]
    assert ui.column(page.decisions, "Hiệu lực") == ["Đang hiệu lực"]
    assert page.members_title.text() == f"Thành viên theo Quyết định số 15/QĐ-UBND ngày {TODAY:%d/%m/%Y}"
    assert ui.column(page.members, "Họ và tên") == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert ui.column(page.members, "Vai trò") == ["Trưởng ban", "Thư ký"]
    assert ui.column(page.members, "Nhiệm vụ") == ["Chỉ đạo chung", "Giúp việc Ban chỉ đạo"]


def test_a_new_decision_starts_from_the_committee_in_force(staff, services, show, ui):
    services.qms.save_steering_decision(
        dto.SteeringDecisionFields(number="15/QĐ-UBND", signed_on=TODAY - timedelta(days=30)),
        [
            dto.SteeringMemberFields(person_id=staff[0].id, role=SteeringRole.HEAD),
            dto.SteeringMemberFields(person_id=staff[2].id, role=SteeringRole.MEMBER),
        ],
    )

    dialog = show(SteeringDialog(services, None))

    assert ui.column(dialog.members, "Họ và tên") == ["Nguyễn Văn An", "Lê Văn Cường"]
    assert dialog.form.editors["number"].text() == ""
    assert dialog.form.editors["signed_on"].line.text() == f"{TODAY:%d/%m/%Y}"


def test_adding_a_decision_from_the_page(staff, services, show, monkeypatch, qtbot, ui):
    page = show(SteeringPage(services))
    page.refresh()
    assert page.members_title.text() == "Chọn một quyết định để xem thành viên."

    def exec_(dialog: SteeringDialog) -> int:
        ui.fill(dialog.form, number="20/QĐ-UBND", signed_on=TODAY)
        dialog.members.set_rows([_row(staff[0], SteeringRole.HEAD), _row(staff[2], SteeringRole.MEMBER)])
        return 1 if dialog.try_save() else 0

    monkeypatch.setattr(SteeringDialog, "exec", exec_)
    _click(qtbot, page.decisions.add_button)

    assert ui.column(page.decisions, "Số quyết định") == ["20/QĐ-UBND"]
    assert page.decisions.current().number == "20/QĐ-UBND"
    assert ui.column(page.members, "Họ và tên") == ["Nguyễn Văn An", "Lê Văn Cường"]


def test_the_decision_s_whole_trich_yeu_is_shown_above_its_members(staff, services, show):
    subject = (
        "Về việc kiện toàn Ban chỉ đạo ISO duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn "
        "quốc gia TCVN ISO 9001:2015 tại Ủy ban nhân dân xã năm 2026"
    )
    services.qms.save_steering_decision(
        dto.SteeringDecisionFields(number="15/QĐ-UBND", signed_on=TODAY, subject=subject),
        [dto.SteeringMemberFields(person_id=staff[0].id, role=SteeringRole.HEAD)],
    )
    page = show(SteeringPage(services))
    page.resize(1136, 686)
    page.refresh()
    assert page.members_title.wordWrap()
    assert page.decision_detail.wordWrap() and page.decision_detail.isVisible()
    assert page.decision_detail.text() == subject


# ---- Phạm vi và chính sách -------------------------------------------------------------------------


@pytest.fixture
def scope_page(agency, services, show):  # type: ignore[no-untyped-def]
    page = show(ScopePolicyPage(services))
    page.refresh()
    return page


def test_a_policy_version_in_force_shows_as_applied(scope_page, services, dialog_driver, qtbot, ui):
    scope_page.tabs.setCurrentIndex(1)
    panel = scope_page.policy
    assert "Chưa có phiên bản nào" in panel.text.toPlainText()
    text = "Lãnh đạo và công chức cam kết:\n- Giải quyết thủ tục hành chính đúng hẹn."
    dialog_driver.will_fill(text=text, note="Quyết định số 15/QĐ-UBND")

    _click(qtbot, panel.list.add_button)

    assert dialog_driver.last.saved
    assert ui.column(panel.list, "Hiệu lực từ") == [f"{TODAY:%d/%m/%Y}"]
    assert ui.column(panel.list, "Tình trạng") == ["Đang áp dụng"]
    assert panel.text.toPlainText() == text
    assert services.qms.current_policy().text == text
    assert services.qms.list_scope_versions() == []


def test_older_and_future_versions_are_labelled(scope_page, services, ui):
    for days, text in ((-400, "Cũ"), (-10, "Hiện hành"), (30, "Sắp tới")):
        services.qms.save_scope_version(
            dto.TextVersionFields(effective_on=TODAY + timedelta(days=days), text=text), None
        )

    scope_page.refresh()

    assert ui.column(scope_page.scope.list, "Nội dung") == ["Sắp tới", "Hiện hành", "Cũ"]
    assert ui.column(scope_page.scope.list, "Tình trạng") == ["Sắp hiệu lực", "Đang áp dụng", "Đã thay thế"]
    assert scope_page.scope.text.toPlainText() == "Hiện hành"


def test_a_date_that_does_not_exist_is_shown_under_the_field(scope_page, services, dialog_driver):
    dialog_driver.will_fill(effective_on="31/02/2026", text="Phạm vi áp dụng")

    assert scope_page.scope.edit(None) is None

    call = dialog_driver.last
    assert not call.saved and call.open_after
    assert call.errors["effective_on"].startswith("Ngày không hợp lệ")
    assert call.dialog.form.editors["effective_on"].line.text() == "31/02/2026"
    assert services.qms.list_scope_versions() == []


def test_two_versions_on_the_same_day_are_refused(scope_page, services, dialog_driver):
    services.qms.save_scope_version(dto.TextVersionFields(effective_on=TODAY, text="Bản đầu"), None)
    dialog_driver.will_fill(text="Bản thứ hai")

    scope_page.scope.edit(None)

    assert dialog_driver.last.errors == {"effective_on": "Đã có một phiên bản hiệu lực từ ngày này."}
    assert [v.text for v in services.qms.list_scope_versions()] == ["Bản đầu"]


# ---- Công bố HTQLCL --------------------------------------------------------------------------------


@pytest.fixture
def publications(agency, services, show):  # type: ignore[no-untyped-def]
    page = show(PublicationsPage(services))
    page.refresh()
    return page


def test_the_first_publication_then_a_second_initial_one_is_refused(
    publications, services, dialog_driver, qtbot, ui
):
    kinds: list[str] = []

    def first(dialog):  # type: ignore[no-untyped-def]
        kinds.append(dialog.form.editors["kind"].currentText())
        ui.fill(dialog.form, number="125/QĐ-UBND", signed_on="10/01/2026", scope="Các thủ tục hành chính")

    dialog_driver.will(first)
    _click(qtbot, publications.list.add_button)

    assert ui.column(publications.list, "Loại") == ["Công bố"]
    assert publications.detail.toPlainText().startswith("Công bố — Quyết định số 125/QĐ-UBND ngày 10/01/2026")

    def second(dialog):  # type: ignore[no-untyped-def]
        kinds.append(dialog.form.editors["kind"].currentText())
        ui.fill(dialog.form, kind=PublicationKind.INITIAL, number="130/QĐ-UBND", signed_on="20/03/2026")

    dialog_driver.will(second)
    _click(qtbot, publications.list.add_button)

    assert kinds == ["Công bố", "Công bố lại"]  # the next one defaults to a re-publication
    call = dialog_driver.last
    assert not call.saved and call.open_after
    assert call.errors == {
        "kind": "Đã có quyết định công bố lần đầu (số 125/QĐ-UBND). Lần sau hãy chọn “Công bố lại”."
    }
    assert [p.number for p in services.qms.list_publications()] == ["125/QĐ-UBND"]
    assert ui.column(publications.list, "Số quyết định") == ["125/QĐ-UBND"]


def test_a_republication_needs_a_reason(publications, services, dialog_driver, ui):
    services.qms.save_publication(
        dto.PublicationFields(kind=PublicationKind.INITIAL, number="125/QĐ-UBND", signed_on=date(2026, 1, 10))
    )
    publications.refresh()
    first_try: dict[str, str] = {}

    def user(dialog):  # type: ignore[no-untyped-def]
        ui.fill(dialog.form, number="130/QĐ-UBND", signed_on="20/03/2026")
        assert dialog.try_save() is False  # Lưu without a reason
        first_try.update(ui.shown_errors(dialog.form))
        ui.fill(dialog.form, reason="Sắp xếp đơn vị hành chính cấp xã")  # then Lưu again

    dialog_driver.will(user)
    publications.edit(None)

    assert first_try == {"reason": "Cần nhập thông tin này."}
    assert dialog_driver.last.saved
    assert ui.column(publications.list, "Loại") == ["Công bố lại", "Công bố"]
    publications.list.select_where(lambda r: r.kind is PublicationKind.REPUBLICATION)
    assert "Lý do:\nSắp xếp đơn vị hành chính cấp xã" in publications.detail.toPlainText()
