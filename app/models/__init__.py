"""SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from app.models.attachment import Attachment
from app.models.base import Base
from app.models.document import Document, DocumentStatus, DocumentTthc, DocumentType, Revision, RevisionFile
from app.models.legal import ImpactStatus, LegalDocument, LegalImpact, LegalKind
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
from app.models.tthc import Tthc

__all__ = [
    "Agency",
    "AgencyKind",
    "Attachment",
    "Base",
    "Department",
    "Document",
    "DocumentStatus",
    "DocumentTthc",
    "DocumentType",
    "ImpactStatus",
    "Leader",
    "LeaderRole",
    "LegalDocument",
    "LegalImpact",
    "LegalKind",
    "PeriodConvention",
    "Person",
    "PolicyVersion",
    "PublicationDecision",
    "PublicationKind",
    "Recipient",
    "ReportDeadline",
    "Revision",
    "RevisionFile",
    "ScopeVersion",
    "SteeringDecision",
    "SteeringMember",
    "SteeringRole",
    "Tthc",
]
