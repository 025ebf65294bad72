"""The registry of areas: the one place that says what the app is made of.

An area is one sidebar page and what stands behind it: its services, the record types it keeps
(with the fields they are searched by and the labels of their history), the documents it exports,
the demo data it fills. The main window, the screenshots command, the CLI, search, the demo, the
change hook and the tests read this registry; adding an area means adding its entry to
``_build_areas`` below and writing its own files (model, service, page, tests, migration).

The UI part of an area is named, not imported (``page="app.ui.pages.x:XPage"``), so this module
stays free of Qt; the page class carries the UI hooks (``show_record``, ``screenshots``).

Record-type keys are stable names used everywhere a record is named outside its table (JSON,
history, search, links between records): ``document``, ``tthc``, ``legal``, ``objective``,
``plan_task``, ``audit``, ``finding``, ``corrective_action``, ``inspection``, ``risk``, ``survey``,
``complaint``, ``tthc_result``, ``training``, ``review``, ``report``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.changes import SearchField

if TYPE_CHECKING:
    from app.services.demo import DemoContext
    from app.services.exports.model import Document
    from app.services.search import SearchHit


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks a Vietnamese string for Qt Linguist; the UI translates it with the same context."""
    return text


RECORD_TYPE_KEYS = (
    "document",
    "tthc",
    "legal",
    "objective",
    "plan_task",
    "audit",
    "finding",
    "corrective_action",
    "inspection",
    "risk",
    "survey",
    "complaint",
    "tthc_result",
    "training",
    "review",
    "report",
)

ServiceFactory = Callable[[Any], object]
SearchProvider = Callable[[Any, str, int], "Sequence[SearchHit]"]


@dataclass(frozen=True)
class RecordType:
    """A kind of record as the rest of the app names it.

    ``search_fields`` (attribute names or functions of the row) are folded into the model's
    ``search_text`` column by the change hook on every write, whoever the writer is; likewise each
    column of ``sort_keys`` (``{"title_key": "title"}``) holds its field as text that sorts in
    Vietnamese order in SQL (``vocabulary.sort_text``), for lists sorted in the database;
    ``code_field``/``title_field`` say what a search result shows; ``history_labels`` name the
    columns in a change history. ``search`` replaces the default provider (a LIKE over
    ``search_text``) for a type that is found another way.
    """

    key: str
    label: str
    model: type[Any] | None = None
    search_fields: tuple[SearchField, ...] = ()
    sort_keys: Mapping[str, str] = field(default_factory=dict)
    code_field: str | None = None
    title_field: str | None = None
    history_labels: Mapping[str, str] = field(default_factory=dict)
    search: SearchProvider | None = None


@dataclass(frozen=True)
class ExportRequest:
    """What the CLI or a dialog asks of an export kind. ``number``/``year`` address a numbered
    record (a decision: "05" or "05/QĐ-UBND", the year of its date); without a number, ``year`` is
    the year of a yearly document."""

    fmt: str
    out: Path
    year: int | None = None
    variant: str | None = None
    today: date | None = None
    number: str | None = None
    signatures: bool = False  # a register: with the "Người lập / Người phê duyệt" block


@dataclass(frozen=True)
class ExportKind:
    """A document or register the app writes: ``export KEY`` on the command line, the export
    dialog, the report's attachments — the catalogue of ``app.services.exports.catalogue``.

    ``build(services, request)`` makes the neutral ``Document`` (``exports.model``) that every
    format in ``formats`` draws (pdf, docx, xlsx); ``run`` writes the file itself (a format the
    document model does not draw, such as JSON): for every format of a kind without ``build``, for
    JSON only when the kind has both (a register printed and also written as data). ``numbered``: the kind addresses one
    numbered record with ``--number``/``--year``."""

    key: str
    title: str
    formats: tuple[str, ...]
    build: Callable[[Any, ExportRequest], Document] | None = None
    run: Callable[[Any, ExportRequest], Path] | None = None
    needs_year: bool = False
    numbered: bool = False
    variants: tuple[str, ...] = ()  # e.g. the document register's internal/external list
    help: str = ""


@dataclass(frozen=True)
class DemoCount:
    """One line of what the demo wrote: a stable key, its Vietnamese label, the count."""

    key: str
    label: str
    value: int


# The largest ``demo --scale``: about 30,000 documents (the list benchmarks' size) at 120.
MAX_DEMO_SCALE = 120


@dataclass(frozen=True)
class DemoStep:
    """Fills an area's demo data; ``stage`` orders the steps (0: the agency and its people, 1: the
    records that refer to them, 2: records that refer to those)."""

    fill: Callable[[DemoContext], Sequence[DemoCount]]
    stage: int = 1


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    page: str  # "module:Class" of the sidebar page (the UI part), built by the main window
    services: Mapping[str, ServiceFactory] = field(default_factory=dict)
    record_types: tuple[RecordType, ...] = ()
    exports: tuple[ExportKind, ...] = ()
    demo: DemoStep | None = None


# ---- the registry -------------------------------------------------------------------------------
_AREAS: list[Area] = []


def areas() -> list[Area]:
    """Every area, in sidebar order."""
    if not _AREAS:
        _AREAS.extend(_build_areas())
    return list(_AREAS)


def register_area(area: Area, *, before: str | None = None) -> Callable[[], None]:
    """Add an area (after the built-in ones, or before area ``before``); returns its removal."""
    current = areas()
    if any(a.key == area.key for a in current):
        raise ValueError(f"area {area.key!r} exists")
    keys = {t.key for a in current for t in a.record_types}
    clash = [t.key for t in area.record_types if t.key in keys]
    if clash:
        raise ValueError(f"record type {clash[0]!r} exists")
    index = next((i for i, a in enumerate(_AREAS) if a.key == before), len(_AREAS))
    _AREAS.insert(index, area)
    return lambda: _AREAS.remove(area)


def area(key: str) -> Area:
    for candidate in areas():
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def record_types() -> list[RecordType]:
    return [t for a in areas() for t in a.record_types]


def record_type(key: str) -> RecordType:
    for candidate in record_types():
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def area_of_record_type(key: str) -> Area:
    for candidate in areas():
        if any(t.key == key for t in candidate.record_types):
            return candidate
    raise KeyError(key)


def export_kinds() -> list[ExportKind]:
    return [k for a in areas() for k in a.exports]


def export_kind(key: str) -> ExportKind:
    for kind in export_kinds():
        if kind.key == key:
            return kind
    raise KeyError(key)


def service_factories() -> dict[str, ServiceFactory]:
    factories: dict[str, ServiceFactory] = {}
    for a in areas():
        factories.update(a.services)
    return factories


def demo_steps() -> list[tuple[Area, DemoStep]]:
    steps = [(a, a.demo) for a in areas() if a.demo is not None]
    return sorted(steps, key=lambda pair: pair[1].stage)


# ---- the app's areas ------------------------------------------------------------------------------
def _build_areas() -> list[Area]:
    from app.services import area_defs as d

    return [
        Area(
            "overview",
            QT_TRANSLATE_NOOP("Areas", "Tổng quan"),
            "app.ui.pages.overview:OverviewPage",
            services={"status": d.status_service},
        ),
        Area(
            "objectives",
            QT_TRANSLATE_NOOP("Areas", "Mục tiêu chất lượng"),
            "app.ui.pages.objectives:ObjectivesPage",
            services={"objectives": d.objectives_service},
            record_types=(d.OBJECTIVE,),
            exports=(d.OBJECTIVES_EXPORT,),
            demo=DemoStep(d.objectives_demo, stage=2),
        ),
        Area(
            "plan",
            QT_TRANSLATE_NOOP("Areas", "Kế hoạch năm"),
            "app.ui.pages.plan:PlanPage",
            services={"plans": d.plans_service, "plan_exports": d.plan_exports_service},
            record_types=(d.PLAN_TASK,),
            exports=(d.PLAN_EXPORT,),
        ),
        Area(
            "documents",
            QT_TRANSLATE_NOOP("Areas", "Tài liệu"),
            "app.ui.pages.documents:DocumentsPage",
            services={
                "documents": d.documents_service,
                "imports": d.imports_service,
                "exports": d.register_exports_service,
                "form_codes": d.form_codes_service,
            },
            record_types=(d.DOCUMENT,),
            exports=(d.DOCUMENTS_EXPORT,),
            demo=DemoStep(d.documents_demo, stage=1),
        ),
        Area(
            "tthc",
            QT_TRANSLATE_NOOP("Areas", "Danh mục TTHC"),
            "app.ui.pages.tthc:TthcPage",
            services={"tthc": d.tthc_service},
            record_types=(d.TTHC,),
            exports=(d.TTHC_EXPORT,),
        ),
        Area(
            "legal",
            QT_TRANSLATE_NOOP("Areas", "Văn bản pháp lý"),
            "app.ui.pages.legal:LegalPage",
            services={"legal": d.legal_service},
            record_types=(d.LEGAL, d.LEGAL_UPDATE),
        ),
        Area(
            "audits",
            QT_TRANSLATE_NOOP("Areas", "Đánh giá nội bộ"),
            "app.ui.pages.audits:AuditsPage",
            services={"audits": d.audits_service, "audit_exports": d.audit_exports_service},
            record_types=(d.AUDIT, d.FINDING),
            exports=(
                d.AUDIT_DECISION_EXPORT,
                d.AUDIT_PLAN_EXPORT,
                d.AUDIT_CHECKLIST_EXPORT,
                d.AUDIT_REPORT_EXPORT,
                d.FINDINGS_EXPORT,
            ),
        ),
        Area(
            "inspections",
            QT_TRANSLATE_NOOP("Areas", "Kiểm tra của cấp trên"),
            "app.ui.pages.inspections:InspectionsPage",
            services={"inspections": d.inspections_service},
            record_types=(d.INSPECTION,),
        ),
        Area(
            "corrective_actions",
            QT_TRANSLATE_NOOP("Areas", "Hành động khắc phục"),
            "app.ui.pages.corrective_actions:CorrectiveActionsPage",
            services={"corrective_actions": d.corrective_actions_service},
            record_types=(d.CORRECTIVE_ACTION,),
            exports=(d.CA_FORM_EXPORT, d.CORRECTIVE_ACTIONS_EXPORT),
            # After the documents (the forms whose codes it sets) and the objectives' plan.
            demo=DemoStep(d.audits_demo, stage=3),
        ),
        Area(
            "risks",
            QT_TRANSLATE_NOOP("Areas", "Rủi ro và cơ hội"),
            "app.ui.pages.risks:RisksPage",
            services={"risks": d.risks_service},
            record_types=(d.RISK,),
            exports=(d.RISKS_EXPORT,),
            demo=DemoStep(d.risks_demo, stage=3),
        ),
        Area(
            "satisfaction",
            QT_TRANSLATE_NOOP("Areas", "Hài lòng, phản ánh"),
            "app.ui.pages.satisfaction:SatisfactionPage",
            services={"satisfaction": d.satisfaction_service},
            record_types=(d.SURVEY, d.COMPLAINT),
            exports=(d.SURVEYS_EXPORT, d.COMPLAINTS_EXPORT),
            demo=DemoStep(d.satisfaction_demo, stage=4),
        ),
        Area(
            "tthc_results",
            QT_TRANSLATE_NOOP("Areas", "Kết quả giải quyết TTHC"),
            "app.ui.pages.tthc_results:TthcResultsPage",
            services={"tthc_results": d.tthc_results_service},
            record_types=(d.TTHC_RESULT,),
            exports=(d.TTHC_RESULTS_EXPORT,),
            demo=DemoStep(d.tthc_results_demo, stage=3),
        ),
        Area(
            "training",
            QT_TRANSLATE_NOOP("Areas", "Đào tạo, tập huấn"),
            "app.ui.pages.training:TrainingPage",
            services={"training": d.training_service},
            record_types=(d.TRAINING,),
            exports=(d.TRAINING_EXPORT,),
            demo=DemoStep(d.training_demo, stage=3),
        ),
        Area(
            "reviews",
            QT_TRANSLATE_NOOP("Areas", "Xem xét của lãnh đạo"),
            "app.ui.pages.reviews:ReviewsPage",
            services={"reviews": d.reviews_service},
            record_types=(d.REVIEW,),
            exports=(d.REVIEW_EXPORT, d.REVIEW_DECISIONS_EXPORT),
            # After every record its inputs read.
            demo=DemoStep(d.reviews_demo, stage=5),
        ),
        Area(
            "reports",
            QT_TRANSLATE_NOOP("Areas", "Báo cáo định kỳ"),
            "app.ui.pages.reports:ReportsPage",
            services={"reports": d.reports_service},
            record_types=(d.REPORT,),
            exports=(d.REPORT_EXPORT,),
            # After the reviews: the reports count them.
            demo=DemoStep(d.reports_demo, stage=6),
        ),
        Area(
            "steering",
            QT_TRANSLATE_NOOP("Areas", "Ban chỉ đạo ISO"),
            "app.ui.pages.steering:SteeringPage",
            services={"qms": d.qms_service},
            exports=(d.STEERING_DECISION_EXPORT,),
        ),
        Area(
            "scope_policy",
            QT_TRANSLATE_NOOP("Areas", "Phạm vi và chính sách"),
            "app.ui.pages.scope_policy:ScopePolicyPage",
        ),
        Area(
            "publications",
            QT_TRANSLATE_NOOP("Areas", "Công bố HTQLCL"),
            "app.ui.pages.publications:PublicationsPage",
            exports=(d.PUBLICATION_EXPORT,),
        ),
        Area(
            "organization",
            QT_TRANSLATE_NOOP("Areas", "Bộ phận và cán bộ"),
            "app.ui.pages.organization:OrganizationPage",
            services={"organization": d.organization_service},
        ),
        Area(
            "agency",
            QT_TRANSLATE_NOOP("Areas", "Thông tin cơ quan"),
            "app.ui.pages.agency:AgencyPage",
            services={"agency": d.agency_service},
            demo=DemoStep(d.agency_demo, stage=0),
        ),
        # Every write of every area (app.services.history; the service is a cross-area one).
        Area(
            "history",
            QT_TRANSLATE_NOOP("Areas", "Nhật ký thay đổi"),
            "app.ui.pages.history:HistoryPage",
        ),
    ]
