"""Queries the list pages use: summaries without members, SQL-side counts."""

from datetime import date

import pytest

from app.services.demo import fill_demo
from app.services.errors import NotFound


def test_steering_summaries_count_members_without_loading_them(services):
    fill_demo(services, today=date(2026, 11, 22))
    full = services.qms.list_steering_decisions()
    summaries = services.qms.list_steering_summaries()
    assert [s.id for s in summaries] == [d.id for d in full]
    assert [s.member_count for s in summaries] == [len(d.members) for d in full]
    assert all(s.members == () for s in summaries)
    assert services.qms.get_steering_decision(full[0].id) == full[0]
    with pytest.raises(NotFound):
        services.qms.get_steering_decision(999_999)


def test_active_counts_leave_out_inactive_units_and_people(services):
    fill_demo(services, today=date(2026, 11, 22))
    departments, persons = services.organization.count_active()
    assert departments == sum(d.active for d in services.organization.list_departments())
    assert persons == sum(p.active for p in services.organization.list_persons())
    assert persons < len(services.organization.list_persons())
