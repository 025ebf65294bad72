"""Đánh giá nội bộ page: the year's audit with its schedule warning, the result of a question (an NC
needs nặng / nhẹ), findings without action standing out, and opening a record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models import ChecklistResult, FindingType, ScheduleKind
from app.services import dto
from app.services.audits import AuditFields, ChecklistFields, FindingFields, ScheduleFields
from app.services.checklist_template import BUILT_IN_TEMPLATE
from app.services.inspections import InspectionFields
from app.ui.dialogs.audit_dialogs import OWN_DEPARTMENT_COLOR, WITHOUT_ACTION_COLOR, ResultDialog
from app.ui.pages.audits import AuditsPage

Y = 2026
TODAY = date(Y, 10, 5)


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def audit(agency, services):  # type: ignore[no-untyped-def]
    """Audit 01/2026: Hùng (Bộ phận Một cửa) audits his own department; two questions."""
    services.clock.pin(TODAY)
    o = services.organization
    desk = o.save_department(dto.DepartmentFields(name="Bộ phận Một cửa")).id
    office = o.save_department(dto.DepartmentFields(name="Văn phòng")).id
    lan = o.save_person(dto.PersonFields(full_name="Trần Thị Lan", department_id=office)).id
    hung = o.save_person(dto.PersonFields(full_name="Lê Văn Hùng", department_id=desk)).id
    audits = services.audits
    audit_id = audits.create_audit(
        AuditFields(start_on=date(Y, 9, 14), end_on=date(Y, 9, 16), decision_number="45/QĐ-UBND")
    )
    audits.set_team(audit_id, lan, [hung])
    audits.save_schedule(
        audit_id,
        [
            ScheduleFields(date(Y, 9, 14), ScheduleKind.OPENING, "08:00", "08:30"),
            ScheduleFields(date(Y, 9, 14), time_from="08:30", department_id=desk, auditor_id=hung),
            ScheduleFields(date(Y, 9, 15), department_id=office, auditor_id=hung),
        ],
    )
    first = audits.save_checklist_item(
        None, audit_id, ChecklistFields("Hồ sơ có được giải quyết đúng hẹn không?", "8.5.1", desk)
    )
    audits.save_checklist_item(
        None, audit_id, ChecklistFields("Tài liệu có đúng lần ban hành không?", "7.5.3", desk)
    )
    return {"id": audit_id, "question": first, "desk": desk}


@pytest.fixture
def page(audit, services, show):  # type: ignore[no-untyped-def]
    widget = show(AuditsPage(services))
    widget.refresh()
    return widget


def test_the_years_audit_shows_with_its_team_and_the_own_department_warning(page, ui):
    assert ui.column(page.audit_list, "Số") == ["01/2026"]
    assert ui.column(page.audit_list, "Trưởng đoàn") == ["Trần Thị Lan"]
    assert page.detail_title.text() == "Cuộc đánh giá số 01/2026, từ 14/09/2026 đến 16/09/2026"
    assert ui.column(page.team, "Vai trò") == ["Trưởng đoàn", "Thành viên"]
    schedule = page.schedule.model
    assert [schedule.color(r) for r in schedule.rows] == [None, OWN_DEPARTMENT_COLOR, None]
    assert not page.warnings_label.isHidden()
    assert "chính bộ phận của mình" in page.warnings_label.text()
    assert ui.column(page.checklist, "Điều khoản") == ["8.5.1", "7.5.3"]


def test_an_nc_result_needs_its_severity_then_shows_as_a_finding_without_action(
    page, dialog_driver, qtbot, services, ui
):
    page.detail_tabs.setCurrentIndex(3)
    page.checklist.select_where(lambda r: r.clause == "8.5.1")
    dialog_driver.will_fill(result=ChecklistResult.NC, evidence="05 hồ sơ trễ hạn")
    _click(qtbot, page.checklist.edit_button)  # "Ghi kết quả…"
    assert not dialog_driver.last.saved and dialog_driver.last.open_after
    assert dialog_driver.last.errors == {"nc_type": "Điểm không phù hợp cần chọn mức độ: nặng hoặc nhẹ."}

    dialog_driver.will_fill(
        result=ChecklistResult.NC, nc_type=FindingType.NC_MAJOR, evidence="05 hồ sơ trễ hạn"
    )
    _click(qtbot, page.checklist.edit_button)
    assert dialog_driver.last.saved
    assert ui.column(page.checklist, "Kết quả")[0] == "Không phù hợp nặng"
    assert ui.column(page.audit_findings, "Loại") == ["Không phù hợp nặng"]
    assert ui.column(page.audit_findings, "Hành động khắc phục") == ["Chưa có hành động"]
    finding = page.audit_findings.model.rows[0]
    assert page.audit_findings.model.color(finding) == WITHOUT_ACTION_COLOR
    assert page.without_label.text() == "Chưa có hành động khắc phục: 1"
    assert "KPH nặng" in ui.column(page.audit_list, "Phát hiện")[0]


def test_the_severity_can_be_chosen_only_for_a_nonconformity(audit, services, show, ui):
    row = services.audits.get_audit(audit["id"]).checklist[0]
    dialog = show(ResultDialog(services, row))
    assert not dialog.severity_combo.isEnabled()
    ui.enter(dialog.result_combo, ChecklistResult.NC)
    assert dialog.severity_combo.isEnabled()
    ui.enter(dialog.result_combo, ChecklistResult.OFI)
    assert not dialog.severity_combo.isEnabled()


def test_the_years_findings_stand_out_until_answered_or_closed(page, dialog_driver, qtbot, services, ui):
    audits = services.audits
    nc = audits.add_finding(FindingFields(audit_id=page.audit_list.model.rows[0].id, type=FindingType.NC_MINOR,
                                          clause="7.5.3", description="Sổ theo dõi chưa cập nhật"))  # fmt: skip
    audits.add_finding(FindingFields(audit_id=page.audit_list.model.rows[0].id, type=FindingType.OFI, description="Nên số hóa"))  # fmt: skip
    inspection = services.inspections.create(
        InspectionFields(on=date(Y, 6, 12), body="Sở Khoa học và Công nghệ")
    )
    services.inspections.add_recommendation(inspection, FindingFields(description="Cập nhật quy trình"))
    page.refresh()
    page.tabs.setCurrentIndex(2)
    model = page.findings.model
    colors = {r.description: model.color(r) for r in model.shown_rows()}
    assert colors == {
        "Cập nhật quy trình": WITHOUT_ACTION_COLOR,
        "Sổ theo dõi chưa cập nhật": WITHOUT_ACTION_COLOR,
        "Nên số hóa": None,
    }
    assert page.findings.count_label.text() == "3 / 3 phát hiện, chưa có hành động: 2"
    page.without_only.setChecked(True)
    assert len(model.ids) == 2

    page.without_only.setChecked(False)
    page.findings.select_key(nc)
    dialog_driver.will_fill(on=date(Y, 9, 30), note="Đã cập nhật sổ ngay trong buổi đánh giá")
    _click(qtbot, page.finding_actions.close_button)
    assert dialog_driver.last.saved
    closed = next(r for r in model.shown_rows() if r.id == nc)
    assert model.muted(closed) and not closed.without_action
    assert ui.column(page.findings, "Hành động khắc phục")[model.ids.index(nc)] == "Đóng ngày 30/09/2026"
    assert page.without_label.text() == "Chưa có hành động khắc phục: 1"


def test_show_record_opens_an_audit_of_another_year_and_a_finding(page, services):
    other = services.audits.create_audit(AuditFields(start_on=date(Y - 1, 10, 1), end_on=date(Y - 1, 10, 2)))
    finding = services.audits.add_finding(
        FindingFields(audit_id=other, type=FindingType.OFI, description="Cải tiến")
    )
    page.refresh()
    assert page.year_combo.findText(str(Y - 1)) >= 0  # a year with audits is offered
    assert page.show_record("audit", other)
    assert page.year() == Y - 1 and page.audit_list.current().id == other
    page.select_year(Y)
    assert page.show_record("finding", finding)
    assert page.tabs.currentIndex() == 2 and page.findings.current().id == finding
    assert not page.show_record("finding", 9999)


def test_the_template_dialog_saves_the_agencys_template_and_restores_the_default(
    page, dialog_driver, popups, qtbot, services
):
    from app.ui.dialogs.audit_dialogs import TemplateDialog

    def keep_three(dialog: TemplateDialog) -> None:
        dialog.questions.set_rows(dialog.questions.rows()[:3])

    dialog_driver.will(keep_three)
    _click(qtbot, page.template_button)
    assert dialog_driver.last.saved
    assert services.audits.template() == list(BUILT_IN_TEMPLATE[:3])

    dialog = TemplateDialog(services, page)
    assert dialog.reset_button.isEnabled() and "mẫu của cơ quan: 3" in dialog.state_label.text()
    _click(qtbot, dialog.reset_button)
    assert services.audits.template_is_built_in()
    assert len(dialog.questions.rows()) == len(BUILT_IN_TEMPLATE)
    assert popups.texts("confirm")


def test_the_print_menu_exports_the_selected_audits_documents(page, monkeypatch, tmp_path):
    import app.ui.pages.audits as audits_page
    from app.services.exports import catalogue

    asked = []
    monkeypatch.setattr(catalogue, "write", lambda _services, kind, request: asked.append((kind, request)))

    def save_as(_parent, _title, suggested, write, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        write("pdf", tmp_path / "out.pdf")

    monkeypatch.setattr(audits_page, "export_file", save_as)
    for kind, action in page.print_actions.items():
        action.trigger()
        suggested, (written, request) = asked[-2], asked[-1]
        assert written == kind and (request.year, request.number, request.fmt) == (Y, "01", "pdf")
        assert suggested.endswith(".pdf") and "01" in suggested
    assert [a.text() for a in page.print_actions.values()] == [
        "Quyết định thành lập đoàn…",
        "Kế hoạch đánh giá…",
        "Phiếu đánh giá (trống)…",
        "Báo cáo đánh giá…",
    ]


def test_a_corrective_action_is_raised_from_a_finding_then_opened(page, popups, qtbot, services, ui):
    audit_id = page.audit_list.model.rows[0].id
    services.audits.add_finding(
        FindingFields(
            audit_id=audit_id, type=FindingType.NC_MINOR, clause="7.5.3", description="Sổ chưa cập nhật"
        )
    )
    page.refresh()
    page.detail_tabs.setCurrentIndex(4)
    page.audit_findings.select_view_row(0)
    actions = page.audit_finding_actions
    assert actions.action_button.isEnabled() and actions.action_button.text() == "Lập phiếu HĐKP…"
    opened = []
    page.record_requested.connect(lambda kind, ident: opened.append((kind, ident)))
    _click(qtbot, actions.action_button)
    assert popups.texts("confirm")
    assert ui.column(page.audit_findings, "Hành động khắc phục") == ["Phiếu 01/2026"]
    assert opened and opened[0][0] == "corrective_action"
    page.audit_findings.select_view_row(0)
    assert actions.action_button.text() == "Mở phiếu HĐKP 01/2026"
    _click(qtbot, actions.action_button)
    assert opened[-1] == opened[0]
    assert page.without_label.text() == ""
