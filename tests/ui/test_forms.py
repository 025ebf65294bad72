"""Form widgets: dates typed the Vietnamese way, field errors, and the record dialog's Lưu."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from app.services.errors import FieldError, ValidationError
from app.ui.widgets.forms import DateEdit, Field, FormWidget, RecordDialog


@pytest.fixture
def date_edit(qtbot):  # type: ignore[no-untyped-def]
    widget = DateEdit()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    "typed",
    ["5/1/2026", "05/01/2026", "05-01-2026", "5.1.2026", " 05 / 01 / 2026 "],
)
def test_date_edit_reads_day_month_year(date_edit, typed):
    date_edit.line.setText(typed)

    assert date_edit.value() == date(2026, 1, 5)


@pytest.mark.parametrize("typed", ["2026-01-05", "32/01/2026", "29/02/2026", "05/13/2026", "5/1/26", "abc"])
def test_date_edit_refuses_what_is_not_a_day_month_year(date_edit, typed):
    date_edit.line.setText(typed)

    with pytest.raises(ValueError):
        date_edit.value()


def test_empty_date_means_no_date(date_edit):
    date_edit.line.setText("   ")

    assert date_edit.value() is None


def test_date_edit_shows_dates_as_dd_mm_yyyy_and_reports_typing(date_edit, qtbot):
    date_edit.set_value(date(2026, 3, 9))
    assert date_edit.line.text() == "09/03/2026"

    with qtbot.waitSignal(date_edit.changed, timeout=1000):
        date_edit.line.setText("10/03/2026")

    date_edit.set_value(None)
    assert date_edit.line.text() == ""


def test_picking_a_day_on_the_calendar_fills_the_date(date_edit):
    date_edit.calendar.clicked.emit(QDate(2026, 4, 30))

    assert date_edit.line.text() == "30/04/2026"
    assert date_edit.value() == date(2026, 4, 30)


def _form(qtbot) -> FormWidget:  # type: ignore[no-untyped-def]
    form = FormWidget(
        [
            Field("name", "Tên", required=True),
            Field("signed_on", "Ngày ký", kind="date"),
            Field("note", "Ghi chú", kind="multiline"),
            Field("count", "Số", kind="int", maximum=99),
            Field("active", "Đang dùng", kind="check"),
        ]
    )
    qtbot.addWidget(form)
    form.show()
    return form


def test_values_refuses_a_date_that_cannot_be_read(qtbot, ui):
    form = _form(qtbot)
    ui.fill(form, name="Văn phòng", signed_on="31/02/2026")

    with pytest.raises(ValidationError) as info:
        form.values()

    assert [(e.field, e.code) for e in info.value.errors] == [("signed_on", "ui.bad_date")]
    form.show_error(info.value)
    assert ui.error_text(form, "signed_on").startswith("Ngày không hợp lệ")
    assert "05/01/2026" in ui.error_text(form, "signed_on")
    assert ui.error_text(form, "name") == ""


def test_values_round_trip_through_the_editors(qtbot, ui):
    form = _form(qtbot)
    ui.fill(form, name="Văn phòng", signed_on="5/1/2026", note="dòng 1\ndòng 2", count=7, active=True)

    assert form.values() == {
        "name": "Văn phòng",
        "signed_on": date(2026, 1, 5),
        "note": "dòng 1\ndòng 2",
        "count": 7,
        "active": True,
    }


def test_a_text_longer_than_its_box_shows_from_its_start(qtbot):
    subject = "Về việc kiện toàn Ban chỉ đạo ISO duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026"
    form = FormWidget(
        [Field("subject", "Trích yếu"), Field("by", "Người ký", kind="combo_edit", choices=[("An", "An")])]
    )
    qtbot.addWidget(form)
    form.setFixedWidth(320)
    form.show()
    form.set_values({"subject": subject, "by": subject})

    assert form.editors["subject"].cursorPosition() == 0  # "Về việc…" in sight, not "…năm 2026"
    assert form.editors["by"].lineEdit().cursorPosition() == 0
    assert form.values()["subject"] == subject


def test_field_errors_go_under_their_fields_and_unknown_ones_above_the_form(qtbot, ui):
    form = _form(qtbot)
    form.show_error(
        ValidationError(
            [FieldError("name", "field.required"), FieldError("other", "field.too_long", {"limit": 5})]
        )
    )

    assert ui.error_text(form, "name") == "Cần nhập thông tin này."
    assert form.general_error.isVisible()
    assert form.general_error.text() == "Dài quá 5 ký tự."

    form.clear_errors()
    assert ui.shown_errors(form) == {}
    assert not form.general_error.isVisible()


def test_record_dialog_keeps_the_input_when_save_is_refused(qtbot, ui):
    saved: list[dict] = []

    def save(values):  # type: ignore[no-untyped-def]
        if not values["name"].strip():
            raise ValidationError([FieldError("name", "field.required")])
        saved.append(values)
        return "ok"

    dialog = RecordDialog("Bộ phận", [Field("name", "Tên", required=True), Field("note", "Ghi chú")], save)
    qtbot.addWidget(dialog)
    dialog.show()
    ui.fill(dialog.form, name="  ", note="Ghi chú của tôi")

    assert dialog.try_save() is False
    assert dialog.isVisible()
    assert ui.error_text(dialog.form, "name") == "Cần nhập thông tin này."
    assert dialog.form.editors["note"].text() == "Ghi chú của tôi"
    assert saved == []

    ui.fill(dialog.form, name="Văn phòng")
    assert dialog.try_save() is True
    assert not dialog.isVisible()
    assert dialog.result() == RecordDialog.DialogCode.Accepted
    assert dialog.result_value == "ok"
    assert saved == [{"name": "Văn phòng", "note": "Ghi chú của tôi"}]


def test_record_dialog_reports_a_bad_date_before_calling_the_service(qtbot, ui):
    calls: list[object] = []
    dialog = RecordDialog("Ngày", [Field("day", "Ngày", kind="date")], calls.append)
    qtbot.addWidget(dialog)
    dialog.show()
    ui.fill(dialog.form, day="32/01/2026")

    assert dialog.try_save() is False
    assert calls == []
    assert ui.error_text(dialog.form, "day").startswith("Ngày không hợp lệ")


def test_reading_a_none_choice_many_times_does_not_corrupt_the_interpreter(qtbot):
    """PySide6 6.12 on CPython 3.11 loses a reference to None on every read of None item data;
    the form must never store None in a combo (the app aborted after a few thousand reads)."""
    import sys

    from app.ui.widgets.forms import Field, FormWidget

    form = FormWidget(
        [Field("department_id", "Bộ phận", kind="combo", choices=[("(không)", None), ("VP", 1)])]
    )
    qtbot.addWidget(form)
    before = sys.getrefcount(None)
    for _ in range(3000):
        assert form.values()["department_id"] is None
    assert sys.getrefcount(None) >= before - 50


def test_sorting_by_a_column_with_empty_dates_keeps_none_intact(qtbot):
    """Sorting compares keys in Python; reading None through QModelIndex.data() would drop
    references to None (PySide6 6.12, CPython 3.11) until the interpreter aborts."""
    import gc
    import sys
    from datetime import date

    from PySide6.QtCore import Qt

    from app.ui.widgets.tables import Column, ListPanel

    panel = ListPanel("", [Column("Ngày", lambda r: r, sort=lambda r: r)])
    qtbot.addWidget(panel)
    panel.set_rows([None if i % 2 else date(2026, 1, 1 + i % 28) for i in range(400)])
    gc.collect()  # a collection during the loop would free unrelated references to None
    before = sys.getrefcount(None)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 3:
        panel.view.sortByColumn(0, order)
    assert sys.getrefcount(None) >= before - 50
    assert panel.model.index(0, 0).data() != ""  # descending: dates first, empty ones last


def test_a_list_in_memory_searches_every_column_keeps_the_selection_and_sorts_empty_first(qtbot):
    from PySide6.QtCore import Qt

    from app.ui.widgets.tables import Column, ListPanel

    rows = [("Đăng ký khai sinh", 3), ("Chứng thực", None), ("Hòa giải", 1), ("Đất đai", 2)]
    panel = ListPanel("", [Column("Tên", lambda r: r[0]), Column("Số", lambda r: r[1], width=40)])
    qtbot.addWidget(panel)
    panel.set_rows(rows)
    panel.select_where(lambda r: r[0] == "Đất đai")
    panel.search.setText("DAT")
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == ["Đất đai"]
    assert panel.current()[0] == "Đất đai"  # still selected
    panel.search.setText("2")  # the second column is searched too
    assert panel.current()[0] == "Đất đai"
    panel.search.setText("")
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [panel.model.index(r, 1).data() for r in range(4)] == ["", "1", "2", "3"]
    assert panel.current()[0] == "Đất đai"  # the selection follows its row
    panel.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [panel.model.index(r, 1).data() for r in range(4)] == ["3", "2", "1", ""]
    assert panel.model.rows == rows  # every row, in the order given


def test_a_column_is_never_narrower_than_its_header(qtbot):
    from app.ui.widgets.tables import Column, ListPanel

    panel = ListPanel("", [Column("Ngày ban hành", lambda r: r, width=40), Column("Ghi chú", str)])
    qtbot.addWidget(panel)
    header = panel.view.horizontalHeader()
    assert header.sectionSize(0) >= header.fontMetrics().horizontalAdvance("Ngày ban hành") + 20
    assert panel.search.minimumWidth() >= panel.search.fontMetrics().horizontalAdvance(
        panel.search.placeholderText()
    )
