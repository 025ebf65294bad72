"""Display helpers: the vocabulary's dates, numbers and labels, translated for the screen.

The words and formats live in the Qt-free ``app.services.vocabulary`` (shared with exports, imports
and the CLI); this module only passes its Vietnamese labels through Qt's translator (context
"Labels") and keeps the colours of states.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models import (
    AgencyKind,
    Aggregation,
    DocumentStatus,
    DocumentType,
    Frequency,
    LeaderRole,
    LegalKind,
    PeriodConvention,
    PublicationKind,
    SteeringRole,
    TaskStatus,
    TimeframeKind,
)
from app.services import vocabulary
from app.services.dto import ObjectiveStatus, RevisionState, UpdateState
from app.services.vocabulary import (  # no words in them: shown as the vocabulary writes them
    comparison_label,
    file_size_text,
    percent,
    target_text,
    value_with_unit,
)
from app.services.vocabulary import number_text as fmt_number
from app.services.vocabulary import table_date as fmt_date

translate = QCoreApplication.translate

__all__ = [
    "agency_kind_label",
    "aggregation_label",
    "comparison_label",
    "days_left_text",
    "document_status_label",
    "document_type_label",
    "file_size_text",
    "fmt_date",
    "fmt_number",
    "frequency_label",
    "leader_role_label",
    "legal_kind_label",
    "legal_kind_short",
    "objective_status_color",
    "objective_status_label",
    "percent",
    "period_convention_label",
    "period_label",
    "publication_kind_label",
    "quarter_label",
    "revision_state_label",
    "steering_role_label",
    "target_text",
    "task_status_label",
    "timeframe_kind_label",
    "timeframe_text",
    "update_state_color",
    "update_state_label",
    "value_with_unit",
    "yes_no",
]


def agency_kind_label(kind: AgencyKind) -> str:
    return translate("Labels", vocabulary.agency_kind_label(kind))


def leader_role_label(role: LeaderRole) -> str:
    return translate("Labels", vocabulary.leader_role_label(role))


def steering_role_label(role: SteeringRole) -> str:
    return translate("Labels", vocabulary.steering_role_label(role))


def publication_kind_label(kind: PublicationKind) -> str:
    return translate("Labels", vocabulary.publication_kind_label(kind))


def period_convention_label(convention: PeriodConvention) -> str:
    return translate("Labels", vocabulary.period_convention_label(convention))


def yes_no(value: bool) -> str:
    return translate("Labels", vocabulary.yes_no(value))


def days_left_text(deadline: date, today: date) -> str:
    return vocabulary.days_left_text(deadline, today, translate)


def document_type_label(kind: DocumentType) -> str:
    return translate("Labels", vocabulary.document_type_label(kind))


def document_status_label(status: DocumentStatus) -> str:
    return translate("Labels", vocabulary.document_status_label(status))


def revision_state_label(state: RevisionState) -> str:
    return translate("Labels", vocabulary.revision_state_label(state))


def legal_kind_label(kind: LegalKind) -> str:
    return translate("Labels", vocabulary.legal_kind_label(kind))


def legal_kind_short(kind: LegalKind) -> str:
    return translate("Labels", vocabulary.legal_kind_short(kind))


def update_state_label(state: UpdateState) -> str:
    return translate("Labels", vocabulary.update_state_label(state))


def update_state_color(state: UpdateState) -> str | None:
    return {UpdateState.OVERDUE: "#b3261e", UpdateState.DUE_SOON: "#9a6700"}.get(state)


# ---- quality objectives and the annual plan ---------------------------------------------------------
def aggregation_label(aggregation: Aggregation) -> str:
    return translate("Labels", vocabulary.aggregation_label(aggregation))


def frequency_label(frequency: Frequency) -> str:
    return translate("Labels", vocabulary.frequency_label(frequency))


def quarter_label(quarter: int) -> str:
    return vocabulary.quarter_label(quarter, translate)


def period_label(frequency: Frequency, period: int) -> str:
    """ "Tháng 3", "Quý II", "6 tháng đầu năm", "Cả năm"."""
    return vocabulary.period_label(frequency, period, translate)


def objective_status_label(status: ObjectiveStatus) -> str:
    return translate("Labels", vocabulary.objective_status_label(status))


def objective_status_color(status: ObjectiveStatus) -> str:
    return {
        ObjectiveStatus.NOT_MEASURED: "#8a8a8a",
        ObjectiveStatus.ON_TRACK: "#1e7b34",
        ObjectiveStatus.AT_RISK: "#9a6700",
        ObjectiveStatus.MET: "#1e7b34",
        ObjectiveStatus.NOT_MET: "#b3261e",
    }[status]


def task_status_label(status: TaskStatus) -> str:
    return translate("Labels", vocabulary.task_status_label(status))


def timeframe_kind_label(kind: TimeframeKind) -> str:
    return translate("Labels", vocabulary.timeframe_kind_label(kind))


def timeframe_text(kind: TimeframeKind, quarter: int | None, due_on: date | None) -> str:
    """ "Quý I", "Trước 30/06/2026", "Thường xuyên"."""
    return vocabulary.timeframe_text(kind, quarter, due_on, translate)
