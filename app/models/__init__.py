"""SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from app.models.base import Base
from app.models.organization import (
    Agency,
    AgencyKind,
    Department,
    Leader,
    LeaderRole,
    PeriodConvention,
    Person,
    PolicyVersion,
    PublicationDecision,
    PublicationKind,
    Recipient,
    ReportDeadline,
    ScopeVersion,
    SteeringDecision,
    SteeringMember,
    SteeringRole,
)

__all__ = [
    "Agency",
    "AgencyKind",
    "Base",
    "Department",
    "Leader",
    "LeaderRole",
    "PeriodConvention",
    "Person",
    "PolicyVersion",
    "PublicationDecision",
    "PublicationKind",
    "Recipient",
    "ReportDeadline",
    "ScopeVersion",
    "SteeringDecision",
    "SteeringMember",
    "SteeringRole",
]
