"""Kết quả giải quyết TTHC theo kỳ: on-time rates, period figures (rows wholly inside, the dates
covered), overlapping rows refused, the import of a one-stop system's report (two-row merged
headers, field rows, a total row checked), the register (JSON, xlsx) and its round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.messages import import_reason, message
from app.services.errors import DomainError, ValidationError
from app.services.tthc_result_import import classify, parse_period, read_report
from app.services.tthc_results import TthcResultFields, combine, on_time_rate

Y = 2026


@pytest.fixture
def results(services):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 10, 15))
    return services.tthc_results


def q(n: int, year: int = Y) -> tuple[date, date]:
    ends = {1: date(year, 3, 31), 2: date(year, 6, 30), 3: date(year, 9, 30), 4: date(year, 12, 31)}
    return date(year, 3 * n - 2, 1), ends[n]


def row(span: tuple[date, date], field: str = "", **numbers: int) -> TthcResultFields:
    return TthcResultFields(from_on=span[0], to_on=span[1], field=field, **numbers)


# ---- rules on known data -------------------------------------------------------------------------
def test_on_time_rate() -> None:
    assert on_time_rate(10, 88, 2) == 98.0
    assert on_time_rate(0, 0, 0) is None  # nothing resolved: no rate
    assert on_time_rate(0, 0, 5) == 0.0
    assert on_time_rate(3, 0, 0) == 100.0
    assert on_time_rate(40, 1, 1) == 97.6  # 41/42 = 97,619… → 97,6
    assert on_time_rate(999, 0, 1) == 99.9  # never rounded up to 100 while one is late


def test_period_sums_rows_wholly_inside_and_says_the_dates(results) -> None:  # type: ignore[no-untyped-def]
    results.create(row(q(1), carried_over=5, received=100, early=20, on_time=75, late=3, pending_in_time=7))
    results.create(row(q(2), carried_over=7, received=120, early=30, on_time=88, late=1, pending_in_time=8))
    results.create(
        row(
            q(3),
            carried_over=8,
            received=90,
            early=10,
            on_time=80,
            late=0,
            pending_in_time=6,
            pending_overdue=2,
        )
    )
    # Straddles the end of September: not wholly inside the nine months, left out.
    results.create(row((date(Y, 9, 15), date(Y, 10, 14)), "Hộ tịch", received=40, early=1, on_time=30))

    nine = results.period_figures(date(Y, 1, 1), date(Y, 9, 30))
    assert (nine.rows, nine.received, nine.resolved) == (3, 310, 307)
    assert (nine.early, nine.on_time, nine.late) == (60, 243, 4)
    assert nine.carried_over == 5  # the first row's
    assert (nine.pending_in_time, nine.pending_overdue) == (6, 2)  # the last row's
    assert nine.rate == 98.7
    assert nine.covered_text == "số liệu từ 01/01/2026 đến 30/09/2026"
    assert nine.complete

    # Asked until 31/10: the figures say they stop on 30/09.
    ytd = results.year_to_date(Y)
    assert ytd.end == date(Y, 10, 15)
    assert ytd.covered_text == "số liệu từ 01/01/2026 đến 30/09/2026"
    assert not ytd.complete

    # A field's own rows; the straddling row is outside the nine months.
    assert results.period_figures(date(Y, 1, 1), date(Y, 9, 30), "hộ tịch").rows == 0
    october = results.period_figures(date(Y, 9, 1), date(Y, 10, 31), "Hộ tịch")
    assert (october.received, october.rate) == (40, 100.0)

    empty = results.period_figures(date(Y - 1, 1, 1), date(Y - 1, 12, 31))
    assert empty.rate is None and empty.covered_text == "chưa có số liệu"


def test_whole_agency_adds_up_the_fields_when_it_has_no_rows_of_its_own() -> None:
    rows = [
        row(q(1), "Hộ tịch", carried_over=1, received=50, early=10, on_time=39, late=1),
        row(q(1), "Đất đai", carried_over=4, received=20, early=0, on_time=15, late=3, pending_overdue=2),
    ]
    whole = combine(rows, *q(1))
    assert (whole.carried_over, whole.received, whole.resolved, whole.pending_overdue) == (5, 70, 68, 2)
    assert whole.rate == 94.1  # 64/68
    # Rows of the whole agency win over the fields' sum.
    rows.append(row(q(1), received=71, early=11, on_time=54, late=4))
    assert combine(rows, *q(1)).received == 71


def test_rows_of_a_field_may_not_overlap(results) -> None:  # type: ignore[no-untyped-def]
    first = results.create(row(q(1), "Hộ tịch", received=10, on_time=10))
    results.create(row(q(1), received=10, on_time=10))  # the whole agency: another "field"
    results.create(row(q(1), "Chứng thực", received=10, on_time=10))
    with pytest.raises(ValidationError) as caught:
        results.create(row((date(Y, 3, 1), date(Y, 4, 30)), "HỘ TỊCH", received=1))
    text = message(caught.value)
    assert "Hộ tịch" in text and "01/01/2026 – 31/03/2026" in text
    # The next quarter is fine; a row may be edited onto its own span.
    results.create(row(q(2), "Hộ tịch", received=1, on_time=1))
    results.update(first, row(q(1), "Hộ tịch", received=12, on_time=12))
    assert results.get(first).received == 12


def test_checks_of_a_typed_row(results) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        results.create(
            TthcResultFields(
                from_on=date(Y, 3, 1),
                to_on=date(Y, 2, 1),
                received=10,
                received_online=3,
                received_direct=4,
                late=-1,
            )
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {"to_on", "received_online", "late"}


# ---- the one-stop system's report ----------------------------------------------------------------
def one_stop_report(
    path: Path,
    fields: list[tuple[str, list[int]]],
    *,
    total: list[int] | None = None,
    period: str | None = "Từ ngày 01/01/2026 đến ngày 31/03/2026",
    split: bool = False,
) -> Path:
    """A report laid out as one-stop systems export it: title, period line, two header rows with
    merged cells (three with the online / direct split), a row of column numbers, a row per field,
    the total row, then the signature lines. Numbers per field: carried over, new (online, direct
    when ``split``), early, on time, late, pending in time, pending overdue."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Báo cáo"
    ws["A1"] = "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"
    ws["A2"] = "BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
    ws["A2"].font = Font(bold=True)
    if period:
        ws["A3"] = period
    head = 5
    sub = head + 1
    leaf = head + (2 if split else 1)
    received_cols = 3 if split else 2  # carried over, new (online, direct)
    ws.cell(head, 1, "STT")
    ws.cell(head, 2, "Lĩnh vực")
    ws.merge_cells(start_row=head, start_column=1, end_row=leaf, end_column=1)
    ws.merge_cells(start_row=head, start_column=2, end_row=leaf, end_column=2)
    col = 3
    ws.cell(head, col, "Số hồ sơ nhận giải quyết")
    ws.merge_cells(start_row=head, start_column=col, end_row=head, end_column=col + received_cols - 1)
    ws.cell(sub, col, "Kỳ trước chuyển sang")
    ws.merge_cells(start_row=sub, start_column=col, end_row=leaf, end_column=col)
    if split:
        ws.cell(sub, col + 1, "Mới tiếp nhận")
        ws.merge_cells(start_row=sub, start_column=col + 1, end_row=sub, end_column=col + 2)
        ws.cell(leaf, col + 1, "Trực tuyến")
        ws.cell(leaf, col + 2, "Trực tiếp, dịch vụ bưu chính")
    else:
        ws.cell(sub, col + 1, "Mới tiếp nhận")
    col += received_cols
    ws.cell(head, col, "Số hồ sơ đã giải quyết")
    ws.merge_cells(start_row=head, start_column=col, end_row=head, end_column=col + 2)
    for i, name in enumerate(("Trước hạn", "Đúng hạn", "Quá hạn")):
        ws.cell(sub, col + i, name)
        if split:
            ws.merge_cells(start_row=sub, start_column=col + i, end_row=leaf, end_column=col + i)
    col += 3
    ws.cell(head, col, "Số hồ sơ đang giải quyết")
    ws.merge_cells(start_row=head, start_column=col, end_row=head, end_column=col + 1)
    for i, name in enumerate(("Trong hạn", "Quá hạn")):
        ws.cell(sub, col + i, name)
        if split:
            ws.merge_cells(start_row=sub, start_column=col + i, end_row=leaf, end_column=col + i)
    last_col = col + 1
    for r in range(head, leaf + 1):
        for c in range(1, last_col + 1):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, horizontal="center")
    r = leaf + 1
    for c in range(1, last_col + 1):
        ws.cell(r, c, f"({c})")
    for i, (name, numbers) in enumerate(fields, start=1):
        r += 1
        ws.cell(r, 1, i)
        ws.cell(r, 2, name)
        for c, value in enumerate(numbers, start=3):
            ws.cell(r, c, value)
    if total is not None:
        r += 1
        ws.cell(r, 1, "Tổng cộng")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for c, value in enumerate(total, start=3):
            ws.cell(r, c, value)
    ws.cell(r + 2, 6, "NGƯỜI LẬP BIỂU")
    ws.cell(r + 2, 9, "CHỦ TỊCH")
    book.save(path)
    return path


FIELDS = [
    ("Hộ tịch", [2, 150, 40, 108, 1, 3, 0]),
    ("Chứng thực", [0, 300, 280, 20, 0, 0, 0]),
    ("Đất đai", [6, 25, 2, 18, 4, 6, 1]),
]
TOTAL = [8, 475, 322, 146, 5, 9, 1]


def test_reads_the_report_the_way_a_one_stop_system_lays_it_out(tmp_path: Path) -> None:
    report = read_report(one_stop_report(tmp_path / "bc.xlsx", FIELDS, total=TOTAL))
    assert report.period == (date(Y, 1, 1), date(Y, 3, 31))
    assert report.header_row == 5
    assert [r.field_text for r in report.rows] == ["Hộ tịch", "Chứng thực", "Đất đai"]
    assert [r.number for r in report.rows] == [8, 9, 10]
    land = report.rows[2].values
    assert (land["carried_over"], land["received"], land["early"], land["on_time"], land["late"]) == (
        6,
        25,
        2,
        18,
        4,
    )
    assert (land["pending_in_time"], land["pending_overdue"]) == (6, 1)  # the two "Quá hạn" told apart
    assert report.totals is not None and report.totals.number == 11


def test_reads_the_online_and_direct_split(tmp_path: Path) -> None:
    fields = [("Hộ tịch", [2, 100, 50, 40, 108, 1, 3, 0])]
    report = read_report(one_stop_report(tmp_path / "bc.xlsx", fields, split=True))
    values = report.rows[0].values
    assert (values["received"], values["received_online"], values["received_direct"]) == (150, 100, 50)
    assert values["early"] == 40 and values["pending_overdue"] == 0


def test_header_words_and_period_line() -> None:
    assert classify(["so ho so da giai quyet", "qua han"]) == "late"
    assert classify(["so ho so dang giai quyet", "qua han"]) == "pending_overdue"
    assert classify(["dang giai quyet trong han"]) == "pending_in_time"
    assert classify(["ty le dung han truoc han"]) is None
    assert parse_period("Kỳ báo cáo: từ ngày 1/4/2026 đến ngày 30/06/2026") == (date(Y, 4, 1), date(Y, 6, 30))
    assert parse_period("Quý II năm 2026") is None


def test_import_dry_run_then_real_then_unchanged(services, results, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = one_stop_report(tmp_path / "bc.xlsx", FIELDS, total=TOTAL)
    preview = results.preview_import(path)
    assert (len(preview.to_add), len(preview.to_update), len(preview.unchanged), len(preview.rejected)) == (
        3,
        0,
        0,
        0,
    )
    assert preview.notes == ()  # the total matches
    assert results.rows() == []  # a preview writes nothing

    result = results.apply_import(preview)
    assert (result.added, result.updated, result.unchanged, result.rejected) == (3, 0, 0, 0)
    stored = {r.field: r for r in results.rows(Y)}
    assert set(stored) == {"Hộ tịch", "Chứng thực", "Đất đai"}  # the total row is not added
    assert stored["Đất đai"].from_on == date(Y, 1, 1) and stored["Đất đai"].to_on == date(Y, 3, 31)
    assert stored["Đất đai"].source == "bc.xlsx"
    # The whole agency's quarter adds up the fields.
    quarter = results.period_figures(*q(1))
    assert (quarter.received, quarter.resolved, quarter.rate) == (475, 473, 98.9)

    again = results.preview_import(path)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 3)
    assert not again.has_changes

    # The system corrected one field's numbers: that row is updated, the others unchanged.
    fields = [FIELDS[0], ("Chứng thực", [0, 301, 280, 21, 0, 0, 0]), FIELDS[2]]
    corrected = results.preview_import(one_stop_report(tmp_path / "bc2.xlsx", fields))
    assert [i.code for i in corrected.to_update] == ["Chứng thực"]
    assert corrected.to_update[0].changes == ("Mới tiếp nhận", "Đúng hạn")
    result = results.apply_import(corrected)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 2)
    assert results.period_figures(*q(1), "Chứng thực").on_time == 21


def test_a_total_that_does_not_match_is_reported(results, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wrong = [8, 475, 322, 150, 5, 9, 1]
    preview = results.preview_import(one_stop_report(tmp_path / "bc.xlsx", FIELDS, total=wrong))
    assert len(preview.to_add) == 3  # the rows are still importable
    assert [(n.row_number, n.params["column"]) for n in preview.notes] == [(11, "Đúng hạn")]
    assert "150" in import_reason(preview.notes[0]) and "146" in import_reason(preview.notes[0])


def test_overlapping_periods_are_rejected_with_their_row_numbers(results, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    results.create(row((date(Y, 3, 1), date(Y, 3, 31)), "Đất đai", received=3, on_time=3))
    fields = [*FIELDS, ("Hộ tịch", [0, 1, 0, 1, 0, 0, 0])]
    preview = results.preview_import(one_stop_report(tmp_path / "bc.xlsx", fields))
    assert [(r.row_number, r.raw_code) for r in preview.rejected] == [(10, "Đất đai"), (11, "Hộ tịch")]
    reasons = [import_reason(r) for r in preview.rejected]
    assert "01/03/2026 – 31/03/2026" in reasons[0]
    assert "dòng 8" in reasons[1]
    assert len(preview.to_add) == 2


def test_the_period_is_asked_when_the_file_has_none(results, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = one_stop_report(tmp_path / "bc.xlsx", FIELDS, period=None)
    with pytest.raises(DomainError) as caught:
        results.preview_import(path)
    assert caught.value.code == "tthc_result.import_no_period"
    preview = results.preview_import(path, q(2))
    assert {(i.payload.fields.from_on, i.payload.fields.to_on) for i in preview.to_add} == {q(2)}


# ---- the register --------------------------------------------------------------------------------
def fill(results) -> None:  # type: ignore[no-untyped-def]
    results.create(row(q(1), carried_over=5, received=100, early=20, on_time=75, late=3, pending_in_time=7))
    results.create(row(q(2), carried_over=7, received=120, early=30, on_time=88, late=1, pending_in_time=8))
    results.create(
        row(q(1), "Hộ tịch", received=40, received_online=30, received_direct=10, early=10, on_time=30)
    )
    results.create(row(q(4, Y - 1), received=1, on_time=1))  # another year


def test_register_json(results) -> None:  # type: ignore[no-untyped-def]
    fill(results)
    rows = results.register_json("tthc-results", Y)
    assert len(rows) == 3
    keys = {
        "id",
        "from_on",
        "to_on",
        "field",
        "carried_over",
        "received",
        "early",
        "on_time",
        "late",
        "pending_in_time",
        "pending_overdue",
    }
    assert all(keys <= set(r) for r in rows)
    first = rows[0]
    assert first["field"] is None and first["from_on"] == date(Y, 1, 1)
    from app.services.vocabulary import to_json

    text = to_json(rows)
    assert '"from_on": "2026-01-01"' in text and '"field": "Hộ tịch"' in text


def test_register_round_trip_changes_nothing(results, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.exports import workbook

    fill(results)
    document = results.register_document("tthc-results", Y, today=date(Y, 10, 15))
    texts = list(document.texts())
    assert "Kết quả giải quyết thủ tục hành chính" in texts
    assert any("số liệu từ 01/01/2026 đến 30/06/2026" in t and "98,2" in t for t in texts)
    out = workbook.render(document, tmp_path / "so.xlsx")
    preview = results.preview_import(out)
    assert preview.rejected == ()
    assert (len(preview.to_add), len(preview.to_update), len(preview.unchanged)) == (0, 0, 3)
    result = results.apply_import(preview)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 3)
    # Imported into an empty database, the same rows come back.
    with results._uow() as uow:  # start afresh
        from app import models as m

        uow.session.query(m.TthcResult).delete()
        uow.commit()
    restored = results.apply_import(results.preview_import(out))
    assert restored.added == 3
    assert {(r.field, r.received, r.on_time) for r in results.rows(Y)} == {
        ("", 100, 75),
        ("", 120, 88),
        ("Hộ tịch", 40, 30),
    }
