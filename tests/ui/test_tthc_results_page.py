"""Kết quả giải quyết TTHC page: the rows and the year's on-time rate, a row typed in (an overlap
refused under its field), the import of a one-stop report through the preview, and the suggested
value in the measurement dialog of an on-time objective."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.models import Aggregation, Comparison, Frequency
from app.services import dto
from app.services.tthc_results import TthcResultFields
from app.ui.dialogs.objective_dialog import MeasurementDialog
from app.ui.dialogs.tthc_result_dialog import TthcResultImportDialog
from app.ui.pages.tthc_results import TthcResultsPage
from tests.services.test_tthc_results import FIELDS, TOTAL, one_stop_report

Y = 2026


@pytest.fixture
def page(agency, services, show):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 10, 5))
    results = services.tthc_results
    results.create(
        TthcResultFields(
            from_on=date(Y, 1, 1), to_on=date(Y, 3, 31), received=100, early=20, on_time=70, late=3
        )
    )
    results.create(
        TthcResultFields(
            from_on=date(Y, 4, 1), to_on=date(Y, 6, 30), received=90, early=10, on_time=80, late=0
        )
    )
    widget = show(TthcResultsPage(services))
    widget.refresh()
    return widget


def test_rows_and_year_to_date_rate(page, ui) -> None:  # type: ignore[no-untyped-def]
    assert ui.column(page.list, "Lĩnh vực") == ["Toàn cơ quan", "Toàn cơ quan"]
    assert ui.column(page.list, "Tỷ lệ") == ["96,8\u00a0%", "100\u00a0%"]
    summary = page.summary.text()
    assert "số liệu từ 01/01/2026 đến 30/06/2026" in summary
    assert "98,4\u00a0%" in summary  # 180 / 183


def test_a_row_typed_in_and_an_overlap_refused(page, services, dialog_driver, ui) -> None:  # type: ignore[no-untyped-def]
    dialog_driver.will_fill(
        from_on=date(Y, 7, 1), to_on=date(Y, 9, 30), field="Hộ tịch", received=40, on_time=39, late=1
    )
    page.edit(None)
    assert dialog_driver.last.saved
    assert "Hộ tịch" in ui.column(page.list, "Lĩnh vực")

    dialog_driver.will_fill(from_on=date(Y, 3, 1), to_on=date(Y, 4, 30), received=1, on_time=1)
    page.edit(None)
    assert not dialog_driver.last.saved and dialog_driver.last.open_after
    assert "Toàn cơ quan" in dialog_driver.last.errors["from_on"]
    assert len(services.tthc_results.rows(Y)) == 3


def test_import_through_the_preview(page, services, tmp_path: Path, popups) -> None:  # type: ignore[no-untyped-def]
    path = one_stop_report(
        tmp_path / "bc.xlsx", FIELDS, total=TOTAL, period="Từ ngày 01/07/2026 đến ngày 30/09/2026"
    )
    dialog = TthcResultImportDialog(services, page)
    assert dialog.load(path)
    assert dialog.tabs.tabText(0) == "Thêm mới (3)"
    assert dialog.to_edit.value() == date(Y, 9, 30)
    assert services.tthc_results.rows(Y, "Hộ tịch") == []  # nothing written before "Nhập"
    assert dialog.apply()
    assert dialog.result is not None and dialog.result.added == 3
    assert len(services.tthc_results.rows(Y, "Hộ tịch")) == 1


def test_the_period_is_asked_in_the_preview(page, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = one_stop_report(tmp_path / "bc.xlsx", FIELDS, period=None)
    dialog = TthcResultImportDialog(services, page)
    dialog.load(path)
    assert "không ghi kỳ báo cáo" in dialog.error_label.text()
    dialog.from_edit.line.setText("01/07/2026")
    dialog.to_edit.line.setText("30/09/2026")
    assert dialog.reload_with_period()
    assert dialog.tabs.tabText(0) == "Thêm mới (3)"


def test_measurement_dialog_suggests_the_on_time_rate(page, services, show, ui) -> None:  # type: ignore[no-untyped-def]
    objective = services.objectives.save_objective(
        dto.ObjectiveFields(
            year=Y,
            statement="Tối thiểu 98% hồ sơ được giải quyết đúng hạn",
            indicator="Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn, lũy kế từ đầu năm",
            unit="%",
            comparison=Comparison.GE,
            target=98,
            aggregation=Aggregation.LAST,
            frequency=Frequency.QUARTER,
        )
    )
    dialog = show(MeasurementDialog(services, objective, 1))
    button = dialog.suggest_button
    assert button is not None and button.isVisible()
    assert "96,8\u00a0%" in button.text()  # the first quarter
    ui.enter(dialog.form.editors["period"], 2)
    assert "98,4\u00a0%" in button.text() and "30/06/2026" in button.text()
    assert dialog.form.values()["value"] == ""  # nothing filled in by itself
    button.click()
    assert dialog.form.values()["value"] == "98,4"
    assert services.objectives.get_objective(objective.id, on=date(Y, 10, 5)).measurements == ()
