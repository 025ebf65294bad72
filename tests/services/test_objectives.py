"""Quality objectives: the status computed from the measurements, and the objective service."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

from app.models import Aggregation, Comparison, Frequency
from app.services import dto
from app.services.errors import ValidationError
from app.services.objectives import objective_status, period_bounds

S = dto.ObjectiveStatus
Y = 2026
AFTER = date(Y + 1, 1, 2)  # the year is over


def status(
    measurements: dict[int, float],
    *,
    on: date = AFTER,
    comparison: Comparison = Comparison.GE,
    target: float = 98,
    aggregation: Aggregation = Aggregation.LAST,
    frequency: Frequency = Frequency.QUARTER,
    year: int = Y,
) -> tuple[dto.ObjectiveStatus, float | None]:
    return objective_status(
        year=year,
        frequency=frequency,
        comparison=comparison,
        target=target,
        aggregation=aggregation,
        measurements=measurements,
        on=on,
    )


# ---- the status: comparisons, aggregations, frequencies --------------------------------------------


@pytest.mark.parametrize(
    ("comparison", "target", "meets", "misses"),
    [
        (Comparison.GE, 98, 98.0, 97.9),  # "≥ 98 %": exactly 98 is met
        (Comparison.GT, 50, 50.1, 50.0),  # "trên 50 %": exactly 50 is not
        (Comparison.EQ, 100, 100.0, 99.9),  # "100 %"
        (Comparison.LE, 0, 0.0, 1.0),  # "không có phản ánh": one is too many
        (Comparison.LT, 2, 1.9, 2.0),  # "dưới 2 %": exactly 2 is not
    ],
)
def test_every_comparison_decides_met_and_not_met(comparison, target, meets, misses):
    for value, expected in ((meets, S.MET), (misses, S.NOT_MET)):
        got = status({1: 50, 2: 50, 3: 50, 4: value}, comparison=comparison, target=target)
        assert got == (expected, value)


@pytest.mark.parametrize(
    ("aggregation", "values", "year_value", "expected"),
    [
        (Aggregation.LAST, [90, 95, 97, 99], 99.0, S.MET),  # cumulative rate: the last one counts
        (Aggregation.AVERAGE, [90, 95, 97, 99], 95.25, S.NOT_MET),  # ≥ 98 on average is missed
        (Aggregation.SUM, [1, 0, 2, 0], 3.0, S.NOT_MET),  # 3 complaints in the year
    ],
)
def test_every_aggregation_forms_the_years_value(aggregation, values, year_value, expected):
    measurements = dict(enumerate(values, start=1))
    comparison, target = (Comparison.LE, 0) if aggregation is Aggregation.SUM else (Comparison.GE, 98)

    got = status(measurements, aggregation=aggregation, comparison=comparison, target=target)

    assert got == (expected, pytest.approx(year_value))


@pytest.mark.parametrize(
    ("frequency", "counted", "decided_mid_year"),
    [
        (Frequency.MONTH, 7, False),  # January … July have begun by 15 July
        (Frequency.QUARTER, 3, False),  # Q1 … Q3
        (Frequency.HALF, 2, True),  # both halves: the second, and last, is measured
        (Frequency.YEAR, 1, True),  # the year's only period is measured
    ],
)
def test_every_frequency_counts_only_the_periods_begun(frequency, counted, decided_mid_year):
    periods = {Frequency.MONTH: 12, Frequency.QUARTER: 4, Frequency.HALF: 2, Frequency.YEAR: 1}[frequency]
    every_period = {p: 1.0 for p in range(1, periods + 1)}
    kw = {"frequency": frequency, "aggregation": Aggregation.SUM, "comparison": Comparison.LE, "target": 7}

    mid_year = status(every_period, on=date(Y, 7, 15), **kw)
    year_end = status(every_period, **kw)

    expected_mid = S.MET if decided_mid_year else S.ON_TRACK
    assert mid_year == (expected_mid, float(counted))
    assert year_end == (S.MET if periods <= 7 else S.NOT_MET, float(periods))


def test_period_bounds_are_calendar_months_quarters_halves_and_the_year():
    assert period_bounds(2024, Frequency.MONTH, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_bounds(Y, Frequency.QUARTER, 3) == (date(Y, 7, 1), date(Y, 9, 30))
    assert period_bounds(Y, Frequency.HALF, 2) == (date(Y, 7, 1), date(Y, 12, 31))
    assert period_bounds(Y, Frequency.YEAR, 1) == (date(Y, 1, 1), date(Y, 12, 31))


def test_a_quarterly_objective_seen_mid_year_is_on_track_or_at_risk():
    on = date(Y, 7, 15)
    # Q1 and Q2 measured: the average so far meets 95 % → on track; misses it → at risk.
    assert status({1: 96, 2: 95}, on=on, aggregation=Aggregation.AVERAGE, target=95) == (S.ON_TRACK, 95.5)
    assert status({1: 96, 2: 93}, on=on, aggregation=Aggregation.AVERAGE, target=95) == (S.AT_RISK, 94.5)
    # Q3 has begun on 15 July: its value counts (but the year is not decided).
    assert status({1: 96, 2: 93, 3: 99}, on=on, aggregation=Aggregation.AVERAGE, target=95) == (
        S.ON_TRACK,
        96.0,
    )
    # Q4 has not begun: typed in advance, it is not counted and does not decide the year.
    typed_ahead = {1: 96, 2: 93, 4: 100}
    assert status(typed_ahead, on=on, aggregation=Aggregation.AVERAGE, target=95) == (S.AT_RISK, 94.5)


def test_a_quarterly_objective_around_the_years_end():
    avg = {"aggregation": Aggregation.AVERAGE, "target": 95}
    # 31 December with Q4 measured: decided.
    assert status({1: 96, 2: 95, 3: 97, 4: 96}, on=date(Y, 12, 31), **avg)[0] is S.MET
    assert status({1: 90, 2: 95, 3: 97, 4: 94}, on=date(Y, 12, 31), **avg)[0] is S.NOT_MET
    # 31 December with only Q1–Q3: still open.
    assert status({1: 96, 2: 95, 3: 97}, on=date(Y, 12, 31), **avg) == (S.ON_TRACK, 96.0)
    assert status({1: 90, 2: 95, 3: 97}, on=date(Y, 12, 31), **avg) == (S.AT_RISK, 94.0)
    # Once the year is over it is decided on what was measured.
    assert status({1: 96, 2: 95, 3: 97}, on=date(Y + 1, 1, 2), **avg) == (S.MET, 96.0)
    assert status({1: 90, 2: 95, 3: 97}, on=date(Y + 1, 1, 2), **avg) == (S.NOT_MET, 94.0)


def test_not_measured_and_values_for_periods_not_yet_begun():
    assert status({}) == (S.NOT_MEASURED, None)
    assert status({}, on=date(Y, 5, 1)) == (S.NOT_MEASURED, None)
    # Only Q3 typed, seen in May: nothing of the year so far is measured.
    assert status({3: 99}, on=date(Y, 5, 1)) == (S.NOT_MEASURED, None)
    # Before the year begins, nothing counts.
    assert status({1: 99}, on=date(Y - 1, 12, 31)) == (S.NOT_MEASURED, None)
    # Periods outside the frequency's range are ignored.
    assert status({0: 10, 5: 10, 1: 99}) == (S.MET, 99.0)


def test_equality_tolerates_float_rounding():
    eq = {"comparison": Comparison.EQ, "target": 100, "aggregation": Aggregation.AVERAGE}
    assert status({1: 99.5, 2: 100.5}, frequency=Frequency.HALF, **eq)[0] is S.MET
    assert status({1: 100 / 3 * 3, 2: 100}, frequency=Frequency.HALF, **eq)[0] is S.MET
    # 0.1 + 0.2 == 0.3 in the user's eyes, whatever the comparison
    for comparison in (Comparison.EQ, Comparison.LE, Comparison.GE):
        got = status(
            {1: 0.1, 2: 0.2},
            frequency=Frequency.HALF,
            aggregation=Aggregation.SUM,
            comparison=comparison,
            target=0.3,
        )
        assert got[0] is S.MET, comparison
    for comparison in (Comparison.LT, Comparison.GT):
        got = status(
            {1: 0.1, 2: 0.2},
            frequency=Frequency.HALF,
            aggregation=Aggregation.SUM,
            comparison=comparison,
            target=0.3,
        )
        assert got[0] is S.NOT_MET, comparison
    # …but a real difference is not hidden
    assert status({1: 99.9, 2: 100}, frequency=Frequency.HALF, **eq)[0] is S.NOT_MET


# ---- the service -------------------------------------------------------------------------------------


def _fields(**changes) -> dto.ObjectiveFields:  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "year": Y,
        "statement": "Tỷ lệ hài lòng của người dân ≥ 95%",
        "indicator": "Phiếu hài lòng / tổng số phiếu",
        "unit": "%",
        "comparison": Comparison.GE,
        "target": 95,
        "aggregation": Aggregation.AVERAGE,
        "frequency": Frequency.QUARTER,
        "plan_lines": (
            dto.PlanLineFields(
                action="Bố trí thiết bị đánh giá tại quầy",
                resources="Thiết bị đánh giá",
                responsible="Bộ phận Một cửa",
                due="Quý I/2026",
                evaluation="Tỷ lệ hồ sơ có phiếu đánh giá",
            ),
            dto.PlanLineFields(action="  ", responsible="bỏ trống"),  # an empty row of the grid
            dto.PlanLineFields(action="Tổng hợp ý kiến hằng quý", due="Hằng quý"),
        ),
    }
    values.update(changes)
    return dto.ObjectiveFields(**values)  # type: ignore[arg-type]


def test_save_and_edit_an_objective_with_its_plan_lines(services):
    dept = services.organization.save_department(
        dto.DepartmentFields(name="Trung tâm Phục vụ hành chính công")
    )
    first = services.objectives.save_objective(_fields(department_id=dept.id))
    second = services.objectives.save_objective(_fields(statement="  Không có phản ánh  "))

    assert first.statement == "Tỷ lệ hài lòng của người dân ≥ 95%"
    assert first.department_name == "Trung tâm Phục vụ hành chính công"
    assert [p.action for p in first.plan_lines] == [
        "Bố trí thiết bị đánh giá tại quầy",
        "Tổng hợp ý kiến hằng quý",
    ]
    assert first.plan_lines[0].due == "Quý I/2026"
    assert second.statement == "Không có phản ánh"
    assert [o.id for o in services.objectives.list_objectives(Y)] == [first.id, second.id]
    assert first.status is S.NOT_MEASURED

    edited = services.objectives.save_objective(
        _fields(
            target=98,
            department_id=dept.id,
            sort_order=first.sort_order,
            plan_lines=(dto.PlanLineFields(action="Chỉ còn một việc", due="Quý II/2026"),),
        ),
        first.id,
    )
    assert edited.id == first.id
    assert edited.target == 98
    assert [(p.action, p.due) for p in edited.plan_lines] == [("Chỉ còn một việc", "Quý II/2026")]
    assert services.objectives.get_objective(first.id).plan_lines == edited.plan_lines
    assert [o.id for o in services.objectives.list_objectives(Y)] == [first.id, second.id]
    assert services.objectives.years() == [Y]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"statement": "   "}, "statement", "field.required"),
        ({"target": math.nan}, "target", "objective.bad_target"),
        ({"year": 1999}, "year", "date.out_of_range"),
    ],
)
def test_an_invalid_objective_is_refused_and_nothing_written(services, changes, field, code):
    with pytest.raises(ValidationError) as info:
        services.objectives.save_objective(_fields(**changes))

    error = info.value.for_field(field)
    assert error is not None and error.code == code
    assert services.objectives.list_objectives(Y) == []


def test_recording_a_measurement_replaces_the_periods_value(services):
    objective = services.objectives.save_objective(
        _fields(frequency=Frequency.MONTH, comparison=Comparison.LE, target=0, aggregation=Aggregation.SUM)
    )
    oid = objective.id
    services.objectives.record_measurement(oid, dto.MeasurementFields(period=1, value=0))
    services.objectives.record_measurement(oid, dto.MeasurementFields(period=2, value=1, note="01 phản ánh"))
    info = services.objectives.record_measurement(
        oid, dto.MeasurementFields(period=2, value=0, note="Đã xác minh: không có căn cứ")
    )

    assert [(x.period, x.value, x.note) for x in info.measurements] == [
        (1, 0.0, ""),
        (2, 0.0, "Đã xác minh: không có căn cứ"),
    ]
    assert services.objectives.get_objective(oid, on=date(Y, 3, 1)).status is S.ON_TRACK
    assert services.objectives.get_objective(oid, on=AFTER).status is S.MET

    for period in (0, 13):
        with pytest.raises(ValidationError) as err:
            services.objectives.record_measurement(oid, dto.MeasurementFields(period=period, value=0))
        e = err.value.for_field("period")
        assert e is not None and e.code == "objective.bad_period" and e.params["count"] == 12
    with pytest.raises(ValidationError) as err:
        services.objectives.record_measurement(oid, dto.MeasurementFields(period=3, value=math.nan))
    assert err.value.for_field("value") is not None
    assert len(services.objectives.get_objective(oid).measurements) == 2


def test_a_measurements_evidence_file_is_kept_while_referenced(ctx, services, tmp_path: Path):
    objective = services.objectives.save_objective(_fields())
    evidence = tmp_path / "Bao cao hai long Quy I.pdf"
    evidence.write_bytes(b"%PDF-1.4 ket qua khao sat quy I")

    info = services.objectives.record_measurement(
        objective.id, dto.MeasurementFields(period=1, value=96.2), evidence=evidence
    )
    ref = info.measurements[0].attachment
    assert ref is not None and ref.original_name == "Bao cao hai long Quy I.pdf"
    stored = ctx.data_dir.attachments_dir / ref.sha256[:2] / ref.sha256
    assert stored.read_bytes() == evidence.read_bytes()

    # Correcting the value without a new file keeps the evidence; garbage collection leaves it alone.
    info = services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=96.4))
    assert info.measurements[0].attachment == ref
    services.attachments.collect_garbage()
    assert stored.is_file()

    info = services.objectives.delete_measurement(objective.id, 1)
    assert info.measurements == ()
    services.attachments.collect_garbage()
    assert not stored.exists()


def test_changing_the_frequency_of_a_measured_objective_is_refused(services):
    objective = services.objectives.save_objective(_fields())
    # Without measurements the frequency may change.
    changed = services.objectives.save_objective(_fields(frequency=Frequency.HALF), objective.id)
    assert changed.frequency is Frequency.HALF

    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=96))
    with pytest.raises(ValidationError) as info:
        services.objectives.save_objective(_fields(frequency=Frequency.MONTH), objective.id)

    error = info.value.for_field("frequency")
    assert error is not None and error.code == "objective.frequency_has_measurements"
    assert error.params["count"] == 1
    after = services.objectives.get_objective(objective.id)
    assert after.frequency is Frequency.HALF and len(after.measurements) == 1
    # Other edits of a measured objective are fine.
    assert (
        services.objectives.save_objective(_fields(frequency=Frequency.HALF, target=96), objective.id).target
        == 96
    )


def test_deleting_an_objective_removes_its_measurements(services):
    objective = services.objectives.save_objective(_fields())
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=96))
    services.objectives.delete_objective(objective.id)
    assert services.objectives.list_objectives(Y) == []


def test_the_years_objectives_document_number_and_date(services):
    assert services.objectives.get_meta(Y) == dto.DocumentMeta()

    saved = services.objectives.save_meta(Y, dto.DocumentMeta(number=" 08 ", signed_on=date(Y, 1, 15)))
    assert (saved.number, saved.signed_on) == ("08", date(Y, 1, 15))
    assert services.objectives.get_meta(Y) == saved
    assert services.objectives.get_meta(Y + 1) == dto.DocumentMeta()
    assert Y in services.objectives.years()

    with pytest.raises(ValidationError) as info:
        services.objectives.save_meta(Y, dto.DocumentMeta(number="08/KH-UBND", signed_on=date(Y, 1, 15)))
    error = info.value.for_field("number")
    assert error is not None and error.code == "document_meta.number_only"
    assert services.objectives.get_meta(Y).number == "08"

    cleared = services.objectives.save_meta(Y, dto.DocumentMeta())
    assert cleared == dto.DocumentMeta()
