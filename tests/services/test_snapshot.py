"""The home page's snapshot reads its figures itself (one unit of work, no records built): they are
the figures the area services give, on the demo commune's data, whatever the day."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import SteeringRole
from app.services.demo import fill_demo
from app.services.indicators import SteeringFigures, objective_figures, plan_figures

DAYS = [date(2025, 3, 1), date(2026, 1, 10), date(2026, 6, 2), date(2026, 11, 22), date(2027, 2, 1)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(tmp_path_factory.mktemp("snapshot") / "data", writer=True, program="kiểm thử")
    fill_demo(ctx.services, today=date(2026, 11, 22))
    yield ctx.services
    ctx.close()


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_the_snapshot_agrees_with_the_area_services(demo, day):
    s = demo
    snap = s.indicators.snapshot(day)

    assert snap.on == day and snap.profile == s.agency.get_profile()
    assert snap.warning_days == s.indicators.warning_days()
    assert snap.objectives == objective_figures(day.year, s.objectives.list_objectives(day.year, on=day))
    assert snap.plan == plan_figures(day.year, s.plans.get_plan(day.year, today=day))
    decision = s.qms.current_steering_decision(day)
    if decision is None:
        assert snap.steering is None
    else:
        head = next((x.full_name for x in decision.members if x.role is SteeringRole.HEAD), "")
        assert snap.steering == SteeringFigures(
            decision.number, decision.signed_on, len(decision.members), head
        )
    publications = s.qms.list_publications()
    assert snap.publications == len(publications)
    assert snap.last_publication == (publications[0] if publications else None)
    assert snap.updates == s.legal.summary(today=day)
    assert snap.documents == s.documents.register_counts(today=day)
    assert snap.coverage == s.tthc.coverage(today=day)
    assert (snap.policy, snap.scope) == (s.qms.current_policy(day), s.qms.current_scope(day))


def test_the_demo_covers_what_the_snapshot_counts(demo):
    snap = demo.indicators.snapshot(date(2026, 11, 22))
    assert snap.objectives.total and snap.plan.total and snap.steering and snap.steering.head
    assert snap.last_publication is not None and snap.profile is not None


def test_a_new_database_has_an_empty_snapshot(services):
    snap = services.indicators.snapshot(date(2026, 11, 22))
    assert snap.profile is None and snap.steering is None and snap.last_publication is None
    assert snap.objectives.total == 0 and not snap.plan.exists and snap.publications == 0
