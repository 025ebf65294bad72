"""Mục tiêu chất lượng page: objectives added through their dialog, measurements, status and the chart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.models import Aggregation, Comparison, Frequency
from app.services import dto
from app.ui.dialogs.objective_dialog import MeasurementDialog, ObjectiveDialog, parse_number
from app.ui.pages.objectives import AT_RISK_COLOR, NOT_MET_COLOR, ObjectivesPage

TODAY = date(2026, 7, 15)  # Q3 has begun: Q1 and Q2 count, the year is not decided yet


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def page(agency, services, show):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    widget = show(ObjectivesPage(services))
    widget.refresh()
    return widget


def _objective(services, **changes) -> dto.ObjectiveInfo:  # type: ignore[no-untyped-def]
    fields = {
        "year": 2026,
        "statement": "100% hồ sơ TTHC được giải quyết đúng hoặc trước hạn",
        "unit": "%",
        "comparison": Comparison.GE,
        "target": 98.0,
        "aggregation": Aggregation.LAST,
        "frequency": Frequency.QUARTER,
    }
    fields.update(changes)
    return services.objectives.save_objective(dto.ObjectiveFields(**fields))


def test_numbers_are_read_the_vietnamese_or_the_english_way():
    assert parse_number("97,5") == 97.5
    assert parse_number("97.5") == 97.5
    assert parse_number(" 1.234,5 ") == 1234.5
    assert parse_number("98 %") == 98.0
    assert parse_number("9x") is None
    assert parse_number("") is None


def test_the_year_selector_offers_this_year_and_the_next(page):
    years = [page.year_combo.itemText(i) for i in range(page.year_combo.count())]
    assert years == ["2027", "2026"]
    assert page.year() == 2026


def test_add_an_objective_with_its_plan_line_through_the_dialog(page, services, dialog_driver, qtbot, ui):
    department = services.organization.save_department(dto.DepartmentFields(name="Bộ phận Một cửa"))

    def objective(dialog):  # type: ignore[no-untyped-def]
        ui.fill(
            dialog.form,
            statement="Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
            indicator="Số hồ sơ đúng hạn / tổng số hồ sơ đã giải quyết",
            comparison=Comparison.GE,
            target="98,5",
            unit="%",
            frequency=Frequency.QUARTER,
            aggregation=Aggregation.LAST,
            department_id=department.id,
        )
        _click(qtbot, dialog.lines_panel.add_button)  # the plan line dialog comes next

    dialog_driver.will(objective)
    dialog_driver.will_fill(
        action="Niêm yết công khai TTHC, nhắc hạn hồ sơ hằng tuần",
        responsible="Bộ phận Một cửa",
        due="Hằng tuần",
        evaluation="Thống kê trên Hệ thống thông tin giải quyết TTHC",
    )
    _click(qtbot, page.list.add_button)

    assert dialog_driver.calls[0].saved
    assert ui.column(page.list, "Mục tiêu") == ["Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"]
    assert ui.column(page.list, "Chỉ tiêu") == ["≥ 98,5\u00a0%"]
    assert ui.column(page.list, "Tần suất") == ["Hằng quý"]
    assert ui.column(page.list, "Tình trạng") == ["Chưa đo"]
    assert ui.column(page.list, "Bộ phận/người") == ["Bộ phận Một cửa"]
    (saved,) = services.objectives.list_objectives(2026)
    assert saved.target == 98.5
    assert [p.action for p in saved.plan_lines] == ["Niêm yết công khai TTHC, nhắc hạn hồ sơ hằng tuần"]
    assert ui.column(page.plan_lines, "Người thực hiện") == ["Bộ phận Một cửa"]


def test_a_target_that_is_not_a_number_keeps_the_dialog_open(page, services, dialog_driver, qtbot):
    dialog_driver.will_fill(statement="Không có phản ánh, kiến nghị", target="không")
    _click(qtbot, page.list.add_button)

    assert dialog_driver.last.open_after
    assert dialog_driver.last.errors == {"target": "Chỉ tiêu phải là một số (ví dụ 98 hoặc 0)."}
    assert services.objectives.list_objectives(2026) == []


def test_record_quarterly_measurements_then_see_status_value_and_chart(
    page, services, dialog_driver, qtbot, ui, monkeypatch, tmp_path
):
    _objective(services)
    page.refresh()
    evidence = tmp_path / "thong-ke-quy-1.pdf"
    evidence.write_bytes(b"%PDF-1.4 thong ke")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(evidence), ""))

    def first(dialog):  # type: ignore[no-untyped-def]
        ui.fill(dialog.form, period=1, value="97,5", note="Quý I: 195/200 hồ sơ đúng hạn")
        _click(qtbot, dialog.choose_button)

    dialog_driver.will(first)
    _click(qtbot, page.measurements.add_button)

    assert ui.column(page.list, "Giá trị hiện tại") == ["97,5\u00a0%"]
    assert ui.column(page.list, "Tình trạng") == ["Có nguy cơ không đạt"]
    assert page.list.model.color(page.list.model.rows[0]) == "#9a6700"
    assert ui.column(page.measurements, "Minh chứng") == ["thong-ke-quy-1.pdf"]

    dialog_driver.will_fill(period=2, value="98.6")
    _click(qtbot, page.measurements.add_button)

    assert ui.column(page.measurements, "Kỳ") == ["Quý I", "Quý II"]
    assert ui.column(page.measurements, "Giá trị") == ["97,5\u00a0%", "98,6\u00a0%"]
    assert ui.column(page.list, "Giá trị hiện tại") == ["98,6\u00a0%"]
    assert ui.column(page.list, "Tình trạng") == ["Đang đạt"]
    chart = page.chart
    assert chart.category_labels == ["Quý I", "Quý II", "Quý III", "Quý IV"]
    assert chart.values_series is not None and chart.values_series.count() == 2
    assert [(p.x(), p.y()) for p in chart.values_series.points()] == [(0, 97.5), (1, 98.6)]
    assert chart.target_series is not None
    assert [p.y() for p in chart.target_series.points()] == [98.0, 98.0]
    assert chart.target_series.name() == "Chỉ tiêu ≥ 98\u00a0%"
    assert chart.cumulative_series is None
    low, high = chart.y_range
    # A rate near 100 % is drawn zoomed to the band around the target and the values.
    assert low == 80 and 98.6 < high <= 110


def test_a_summed_objective_shows_the_running_total(page, services):
    objective = _objective(
        services,
        statement="Không để xảy ra phản ánh, kiến nghị về giải quyết TTHC",
        unit="vụ",
        comparison=Comparison.LE,
        target=0,
        aggregation=Aggregation.SUM,
    )
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=0))
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=2, value=2))
    page.refresh()

    assert page.chart.cumulative_series is not None
    assert [p.y() for p in page.chart.cumulative_series.points()] == [0, 2]
    assert page.list.model.color(page.list.model.rows[0]) == "#9a6700"


def test_a_bad_value_is_shown_under_the_field_and_nothing_is_written(page, services, dialog_driver, qtbot):
    objective = _objective(services)
    page.refresh()

    dialog_driver.will_fill(period=1, value="9x")
    _click(qtbot, page.measurements.add_button)

    assert dialog_driver.last.open_after
    assert dialog_driver.last.errors == {"value": "Giá trị đo phải là một số."}
    assert services.objectives.get_objective(objective.id).measurements == ()


def test_delete_a_measurement_after_confirming(page, services, popups, qtbot, ui):
    objective = _objective(services)
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=99))
    page.refresh()
    page.measurements.select_where(lambda r: r.period == 1)

    _click(qtbot, page.measurements.delete_button)

    assert popups.texts("confirm") == ["Xóa kết quả đo kỳ Quý I? Thao tác này không hoàn tác được."]
    assert ui.column(page.list, "Tình trạng") == ["Chưa đo"]


def test_document_number_and_date_are_saved_for_the_year(page, services, dialog_driver, qtbot):
    dialog_driver.will_fill(number="05/KH")
    dialog_driver.will_fill(number="05", signed_on=date(2026, 1, 12))
    _click(qtbot, page.meta_button)
    assert dialog_driver.last.errors  # the number only, the symbol is added when printed
    _click(qtbot, page.meta_button)

    meta = services.objectives.get_meta(2026)
    assert (meta.number, meta.signed_on) == ("05", date(2026, 1, 12))


def test_export_asks_for_the_objectives_document_of_the_shown_year(page, monkeypatch, qtbot):
    calls = []
    monkeypatch.setattr(
        "app.ui.pages.objectives.export_plan_document",
        lambda parent, services, which, year, runner: calls.append((which, year, runner is parent.tasks)),
    )
    _click(qtbot, page.export_button)
    assert calls == [("objectives", 2026, True)]


def test_export_dialog_cancelled_does_nothing(page, monkeypatch, qtbot):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    _click(qtbot, page.export_button)  # no error, nothing started


def test_start_next_year_copies_objectives_and_switches(page, services, popups, qtbot, ui):
    objective = _objective(services)
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=99))
    page.refresh()

    _click(qtbot, page.next_year_button)

    assert page.year() == 2027
    assert ui.column(page.list, "Tình trạng") == ["Chưa đo"]


def test_the_list_says_what_its_red_and_amber_rows_mean(page, services):
    objective = _objective(services)
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=97))
    page.refresh()
    assert page.list.model.color(page.list.model.rows[0]) == AT_RISK_COLOR
    assert page.list.legend.isVisible()
    legend = page.list.legend.text()
    for text in (NOT_MET_COLOR, "không đạt", AT_RISK_COLOR, "có nguy cơ không đạt"):
        assert text in legend


def test_a_long_statement_is_shown_whole_above_the_results_and_in_the_measurement_dialog(page, services):
    statement = (
        "Tối thiểu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn hoặc trước hạn, không có hồ sơ "
        "trễ hạn do lỗi chủ quan của cán bộ, công chức"
    )
    objective = _objective(services, statement=statement)
    page.refresh()
    assert page.detail_title.wordWrap() and page.detail_title.text().startswith(statement)
    dialog = MeasurementDialog(services, objective, 1, page)
    assert dialog.heading.wordWrap()
    assert dialog.heading.text() == f"{statement} — chỉ tiêu ≥ 98\u00a0%"


def test_the_policy_choice_shows_the_whole_policy_in_its_tooltip(page, services):
    policy = (
        "Ủy ban nhân dân xã Tùng Ảnh cam kết áp dụng, duy trì và cải tiến thường xuyên Hệ thống quản lý "
        "chất lượng theo TCVN ISO 9001:2015, giải quyết thủ tục hành chính nhanh chóng, đúng hạn."
    )
    services.qms.save_policy_version(dto.TextVersionFields(effective_on=date(2026, 1, 5), text=policy))
    dialog = ObjectiveDialog(services, 2026, None, page)
    combo = dialog.form.editors["policy_version_id"]
    assert combo.currentText().endswith("…")  # the choice shows the first words only
    assert combo.toolTip() == policy


def test_the_document_dialog_shows_what_empty_fields_print(page, services, dialog_driver, qtbot):
    services.agency.save_recipient(dto.RecipientFields(name="Sở Khoa học và Công nghệ", purpose="để báo cáo"))
    seen: dict[str, str] = {}

    def look(dialog):  # type: ignore[no-untyped-def]
        for name in ("legal_bases", "signing_lines", "signer_name", "recipients"):
            seen[name] = dialog.form.editors[name].placeholderText()
        dialog.form.set_value("legal_bases", "Quyết định số 19/2014/QĐ-TTg ngày 05/03/2014")

    dialog_driver.will(look)
    _click(qtbot, page.meta_button)

    assert seen["signing_lines"] == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    assert seen["signer_name"] == "Nguyễn Văn An"
    assert seen["recipients"] == "- Sở Khoa học và Công nghệ (để\u00a0báo\u00a0cáo);\n- Lưu: VT."
    assert seen["legal_bases"].split("\n")[0].startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014")
    assert services.objectives.get_meta(2026).legal_bases == "Quyết định số 19/2014/QĐ-TTg ngày 05/03/2014"
