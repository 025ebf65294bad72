"""Plain, frozen values that cross the service boundary (inputs from and results to the front ends).

``*Fields`` classes are what a form edits; the matching result class adds the database id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.models import (
    AgencyKind,
    LeaderRole,
    PeriodConvention,
    PublicationKind,
    SteeringRole,
)


@dataclass(frozen=True, kw_only=True)
class AgencyFields:
    full_name: str
    short_name: str = ""
    kind: AgencyKind = AgencyKind.COMMUNE
    parent_body: str = ""
    place_name: str = ""
    code_abbreviation: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    iso_secretary_name: str = ""
    iso_secretary_title: str = ""
    iso_secretary_phone: str = ""
    signing_lines: str = ""
    signer_name: str = ""


@dataclass(frozen=True, kw_only=True)
class AgencyProfile(AgencyFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class ReportingSettings:
    period_convention: PeriodConvention = PeriodConvention.DECREE_09
    six_month_deadline_day: int = 15
    six_month_deadline_month: int = 6
    annual_deadline_day: int = 15
    annual_deadline_month: int = 12


@dataclass(frozen=True, kw_only=True)
class DeadlineFields:
    year: int
    six_month_deadline: date | None
    annual_deadline: date | None


@dataclass(frozen=True, kw_only=True)
class Deadline(DeadlineFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class LeaderFields:
    full_name: str
    title: str
    role: LeaderRole = LeaderRole.DEPUTY
    sort_order: int = 0


@dataclass(frozen=True, kw_only=True)
class Leader(LeaderFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class RecipientFields:
    name: str
    note: str = ""
    addressee: bool = True
    sort_order: int = 0


@dataclass(frozen=True, kw_only=True)
class Recipient(RecipientFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class DepartmentFields:
    name: str
    code: str = ""
    sort_order: int = 0
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class Department(DepartmentFields):
    id: int
    person_count: int = 0


@dataclass(frozen=True, kw_only=True)
class PersonFields:
    full_name: str
    position: str = ""
    department_id: int | None = None
    phone: str = ""
    email: str = ""
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class Person(PersonFields):
    id: int
    department_name: str = ""


@dataclass(frozen=True, kw_only=True)
class SteeringMemberFields:
    person_id: int
    role: SteeringRole = SteeringRole.MEMBER
    duty: str = ""


@dataclass(frozen=True, kw_only=True)
class SteeringMember(SteeringMemberFields):
    id: int
    full_name: str
    position: str
    department_name: str


@dataclass(frozen=True, kw_only=True)
class SteeringDecisionFields:
    number: str
    signed_on: date | None
    subject: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class SteeringDecision(SteeringDecisionFields):
    id: int
    member_count: int = 0
    # Empty in the summaries of ``QmsService.list_steering_summaries``.
    members: tuple[SteeringMember, ...] = field(default_factory=tuple)


@dataclass(frozen=True, kw_only=True)
class TextVersionFields:
    """A dated version of the QMS scope or of the quality policy."""

    effective_on: date | None
    text: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class TextVersion(TextVersionFields):
    id: int


@dataclass(frozen=True, kw_only=True)
class PublicationFields:
    kind: PublicationKind
    number: str
    signed_on: date | None
    reason: str = ""
    scope: str = ""


@dataclass(frozen=True, kw_only=True)
class Publication(PublicationFields):
    id: int
