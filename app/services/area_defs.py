"""What the built-in areas declare in the registry (``app.services.areas``): service factories,
record types, export kinds and demo steps.

Service modules are imported inside the factories, so importing the registry costs nothing; each
factory receives the ``Services`` being built and takes what it needs from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app import models as m
from app.services.areas import QT_TRANSLATE_NOOP, DemoCount, ExportKind, ExportRequest, RecordType

if TYPE_CHECKING:
    from app.services.demo import DemoContext


# ---- services ------------------------------------------------------------------------------------
def agency_service(s: Any) -> object:
    from app.services.agency import AgencyService

    return AgencyService(s.uow)


def organization_service(s: Any) -> object:
    from app.services.organization import OrganizationService

    return OrganizationService(s.uow)


def qms_service(s: Any) -> object:
    from app.services.qms import QmsService

    return QmsService(s.uow, s.clock)


def documents_service(s: Any) -> object:
    from app.services.documents import DocumentService

    return DocumentService(s.uow, s.attachments, s.clock)


def tthc_service(s: Any) -> object:
    from app.services.tthc import TthcService

    return TthcService(s.uow, s.clock)


def legal_service(s: Any) -> object:
    from app.services.legal import LegalService

    return LegalService(s.uow, s.clock)


def imports_service(s: Any) -> object:
    from app.services.imports import ImportService

    return ImportService(s.uow, s.agency, s.documents, s.tthc)


def register_exports_service(s: Any) -> object:
    from app.services.exports.registers import RegisterExporter

    return RegisterExporter(s.agency, s.documents, s.legal, s.tthc, s.uow, s.clock)


def objectives_service(s: Any) -> object:
    from app.services.objectives import ObjectiveService

    return ObjectiveService(s.uow, s.attachments, s.clock)


def plans_service(s: Any) -> object:
    from app.services.plans import PlanService

    return PlanService(s.uow, s.clock)


def plan_exports_service(s: Any) -> object:
    from app.services.exports.plan_documents import PlanDocumentExporter

    return PlanDocumentExporter(s.agency, s.objectives, s.plans, s.clock)


# ---- record types --------------------------------------------------------------------------------
DOCUMENT = RecordType(
    "document",
    QT_TRANSLATE_NOOP("RecordTypes", "Tài liệu"),
    m.Document,
    search_fields=("code", "title", "field", lambda d: " ".join(link.tthc_code for link in d.tthc_links)),
    sort_keys={"title_key": "title"},
    code_field="code",
    title_field="title",
    history_labels={
        "code": QT_TRANSLATE_NOOP("History", "Mã hiệu"),
        "title": QT_TRANSLATE_NOOP("History", "Tên tài liệu"),
        "doc_type": QT_TRANSLATE_NOOP("History", "Loại tài liệu"),
        "field": QT_TRANSLATE_NOOP("History", "Lĩnh vực"),
        "department_id": QT_TRANSLATE_NOOP("History", "Bộ phận chủ trì"),
        "status": QT_TRANSLATE_NOOP("History", "Tình trạng"),
        "parent_id": QT_TRANSLATE_NOOP("History", "Thuộc quy trình"),
        "note": QT_TRANSLATE_NOOP("History", "Ghi chú"),
    },
)
TTHC = RecordType(
    "tthc",
    QT_TRANSLATE_NOOP("RecordTypes", "Thủ tục hành chính"),
    m.Tthc,
    search_fields=("code", "name", "field"),
    sort_keys={"name_key": "name"},
    code_field="code",
    title_field="name",
    history_labels={
        "code": QT_TRANSLATE_NOOP("History", "Mã TTHC"),
        "name": QT_TRANSLATE_NOOP("History", "Tên thủ tục"),
        "field": QT_TRANSLATE_NOOP("History", "Lĩnh vực"),
        "level": QT_TRANSLATE_NOOP("History", "Cấp thực hiện"),
        "in_jurisdiction": QT_TRANSLATE_NOOP("History", "Thuộc thẩm quyền"),
        "note": QT_TRANSLATE_NOOP("History", "Ghi chú"),
    },
)
LEGAL = RecordType(
    "legal",
    QT_TRANSLATE_NOOP("RecordTypes", "Văn bản pháp lý"),
    m.LegalDocument,
    search_fields=("number", "title", "issuer"),
    code_field="number",
    title_field="title",
    history_labels={
        "kind": QT_TRANSLATE_NOOP("History", "Loại văn bản"),
        "number": QT_TRANSLATE_NOOP("History", "Số, ký hiệu"),
        "title": QT_TRANSLATE_NOOP("History", "Trích yếu"),
        "issuer": QT_TRANSLATE_NOOP("History", "Cơ quan ban hành"),
        "issued_on": QT_TRANSLATE_NOOP("History", "Ngày ban hành"),
        "effective_on": QT_TRANSLATE_NOOP("History", "Ngày hiệu lực"),
        "replaced_by_id": QT_TRANSLATE_NOOP("History", "Được thay thế bởi"),
        "note": QT_TRANSLATE_NOOP("History", "Ghi chú"),
    },
)
LEGAL_UPDATE = RecordType(
    "legal_update",
    QT_TRANSLATE_NOOP("RecordTypes", "Cập nhật quy trình theo văn bản"),
    m.LegalImpact,
    history_labels={
        "status": QT_TRANSLATE_NOOP("History", "Tình trạng"),
        "revision_id": QT_TRANSLATE_NOOP("History", "Lần ban hành"),
        "no_change_reason": QT_TRANSLATE_NOOP("History", "Lý do không sửa đổi"),
        "closed_on": QT_TRANSLATE_NOOP("History", "Ngày hoàn thành"),
    },
)
OBJECTIVE = RecordType(
    "objective",
    QT_TRANSLATE_NOOP("RecordTypes", "Mục tiêu chất lượng"),
    m.Objective,
    search_fields=("statement", "indicator"),
    title_field="statement",
    history_labels={
        "statement": QT_TRANSLATE_NOOP("History", "Mục tiêu"),
        "indicator": QT_TRANSLATE_NOOP("History", "Chỉ số đo"),
        "unit": QT_TRANSLATE_NOOP("History", "Đơn vị"),
        "comparison": QT_TRANSLATE_NOOP("History", "So sánh"),
        "target": QT_TRANSLATE_NOOP("History", "Chỉ tiêu"),
        "aggregation": QT_TRANSLATE_NOOP("History", "Cách tính"),
        "frequency": QT_TRANSLATE_NOOP("History", "Tần suất đo"),
        "department_id": QT_TRANSLATE_NOOP("History", "Bộ phận"),
        "owner_person_id": QT_TRANSLATE_NOOP("History", "Người chịu trách nhiệm"),
    },
)
PLAN_TASK = RecordType(
    "plan_task",
    QT_TRANSLATE_NOOP("RecordTypes", "Nhiệm vụ kế hoạch năm"),
    m.PlanTask,
    search_fields=("content", "responsible", "output", "evidence"),
    title_field="content",
    history_labels={
        "content": QT_TRANSLATE_NOOP("History", "Nội dung công việc"),
        "responsible": QT_TRANSLATE_NOOP("History", "Thực hiện"),
        "timeframe": QT_TRANSLATE_NOOP("History", "Thời gian"),
        "quarter": QT_TRANSLATE_NOOP("History", "Quý"),
        "due_on": QT_TRANSLATE_NOOP("History", "Hạn"),
        "status": QT_TRANSLATE_NOOP("History", "Trạng thái"),
        "completed_on": QT_TRANSLATE_NOOP("History", "Ngày hoàn thành"),
        "output": QT_TRANSLATE_NOOP("History", "Sản phẩm"),
        "evidence": QT_TRANSLATE_NOOP("History", "Minh chứng"),
    },
)


# ---- exports -------------------------------------------------------------------------------------
def _register(which: str | None = None) -> Any:
    """Builds a register: ``which``, or the list the request names (``--list``)."""

    def build(s: Any, request: ExportRequest) -> Any:
        return s.exports.build(
            which or request.variant or "internal", today=request.today, signatures=request.signatures
        )

    return build


def _plan_document(which: str) -> Any:
    """Builds the year's annual plan or objectives plan (``exports.plan_documents``)."""

    def build(s: Any, request: ExportRequest) -> Any:
        assert request.year is not None
        return s.plan_exports.build(which, request.year, today=request.today)

    return build


DOCUMENTS_EXPORT = ExportKind(
    "documents",
    QT_TRANSLATE_NOOP("Exports", "Danh mục tài liệu"),
    ("pdf", "docx", "xlsx"),
    build=_register(),
    variants=("internal", "external"),
    help="danh mục tài liệu (--list internal: nội bộ; external: bên ngoài)",
)
TTHC_EXPORT = ExportKind(
    "tthc",
    QT_TRANSLATE_NOOP("Exports", "Danh mục thủ tục hành chính"),
    ("pdf", "docx", "xlsx"),
    build=_register("tthc"),
    help="danh mục thủ tục hành chính (lĩnh vực, thẩm quyền, quy trình ISO giải quyết)",
)
OBJECTIVES_EXPORT = ExportKind(
    "objectives",
    QT_TRANSLATE_NOOP("Exports", "Kế hoạch thực hiện mục tiêu chất lượng"),
    ("pdf", "docx", "xlsx"),
    build=_plan_document("objectives"),
    needs_year=True,
    help="kế hoạch thực hiện mục tiêu chất lượng",
)
PLAN_EXPORT = ExportKind(
    "plan",
    QT_TRANSLATE_NOOP("Exports", "Kế hoạch duy trì, cải tiến HTQLCL"),
    ("pdf", "docx", "xlsx"),
    build=_plan_document("plan"),
    needs_year=True,
    help="kế hoạch duy trì, cải tiến HTQLCL",
)


def _decision(which: str) -> Any:
    """Builds a QMS decision (``exports.decisions``): the one --number/--year names, else the
    default (the steering decision in force; the latest publication)."""

    def build(s: Any, request: ExportRequest) -> Any:
        from app.services.exports import decisions

        return getattr(decisions, f"build_{which}")(s, request)

    return build


STEERING_DECISION_EXPORT = ExportKind(
    "steering-decision",
    QT_TRANSLATE_NOOP("Exports", "Quyết định kiện toàn Ban chỉ đạo ISO"),
    ("pdf", "docx", "xlsx"),
    build=_decision("steering_decision"),
    numbered=True,
    help="quyết định thành lập, kiện toàn Ban chỉ đạo ISO, danh sách thành viên ở phụ lục "
    "(--number, --year; không có: quyết định đang hiệu lực)",
)
PUBLICATION_EXPORT = ExportKind(
    "publication",
    QT_TRANSLATE_NOOP("Exports", "Quyết định công bố HTQLCL"),
    ("pdf", "docx", "xlsx"),
    build=_decision("publication"),
    numbered=True,
    help="quyết định công bố, công bố lại HTQLCL phù hợp TCVN ISO 9001:2015 "
    "(--number, --year; không có: quyết định mới nhất)",
)


# ---- demo ----------------------------------------------------------------------------------------
def agency_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo import fill_agency

    return fill_agency(ctx)


def documents_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_documents import fill_documents

    return fill_documents(ctx)


def audits_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_audits import fill_audits

    return fill_audits(ctx)


def objectives_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_objectives import fill_objectives

    return fill_objectives(ctx)


# ---- audits, inspections, findings, corrective actions --------------------------------------------
def audits_service(s: Any) -> object:
    from app.services.audits import AuditService

    return AuditService(s.uow, s.clock)


def inspections_service(s: Any) -> object:
    from app.services.inspections import InspectionService

    return InspectionService(s.uow, s.clock)


def corrective_actions_service(s: Any) -> object:
    from app.services.corrective_actions import CorrectiveActionService

    return CorrectiveActionService(s.uow, s.clock)


def audit_exports_service(s: Any) -> object:
    from app.services.exports.audit_documents import AuditDocumentExporter

    return AuditDocumentExporter(s)


def form_codes_service(s: Any) -> object:
    from app.services.form_codes import FormCodeService

    return FormCodeService(s.uow, s.clock)


AUDIT = RecordType(
    "audit",
    QT_TRANSLATE_NOOP("RecordTypes", "Cuộc đánh giá nội bộ"),
    m.Audit,
    search_fields=("number", "decision_number", "scope", "conclusion", lambda a: f"{a.number}/{a.year}"),
    code_field="number",
    title_field="scope",
    history_labels={
        "number": QT_TRANSLATE_NOOP("History", "Số"),
        "decision_number": QT_TRANSLATE_NOOP("History", "Số quyết định"),
        "decision_on": QT_TRANSLATE_NOOP("History", "Ngày quyết định"),
        "start_on": QT_TRANSLATE_NOOP("History", "Từ ngày"),
        "end_on": QT_TRANSLATE_NOOP("History", "Đến ngày"),
        "scope": QT_TRANSLATE_NOOP("History", "Phạm vi"),
        "criteria": QT_TRANSLATE_NOOP("History", "Chuẩn mực"),
        "conclusion": QT_TRANSLATE_NOOP("History", "Kết luận"),
    },
)
FINDING = RecordType(
    "finding",
    QT_TRANSLATE_NOOP("RecordTypes", "Phát hiện"),
    m.Finding,
    search_fields=("clause", "description", "evidence"),
    code_field="clause",
    title_field="description",
    history_labels={
        "type": QT_TRANSLATE_NOOP("History", "Loại phát hiện"),
        "clause": QT_TRANSLATE_NOOP("History", "Điều khoản"),
        "department_id": QT_TRANSLATE_NOOP("History", "Bộ phận"),
        "description": QT_TRANSLATE_NOOP("History", "Mô tả"),
        "evidence": QT_TRANSLATE_NOOP("History", "Bằng chứng"),
        "closed_on": QT_TRANSLATE_NOOP("History", "Ngày đóng không cần hành động"),
        "closing_note": QT_TRANSLATE_NOOP("History", "Lý do đóng"),
    },
)
INSPECTION = RecordType(
    "inspection",
    QT_TRANSLATE_NOOP("RecordTypes", "Kiểm tra của cấp trên"),
    m.Inspection,
    search_fields=("body", "basis", "conclusions", "notice_number"),
    code_field="notice_number",
    title_field="body",
    history_labels={
        "on": QT_TRANSLATE_NOOP("History", "Ngày kiểm tra"),
        "body": QT_TRANSLATE_NOOP("History", "Cơ quan kiểm tra"),
        "basis": QT_TRANSLATE_NOOP("History", "Căn cứ kiểm tra"),
        "form": QT_TRANSLATE_NOOP("History", "Hình thức"),
        "conclusions": QT_TRANSLATE_NOOP("History", "Kết luận"),
        "notice_number": QT_TRANSLATE_NOOP("History", "Số thông báo"),
        "remediation_due_on": QT_TRANSLATE_NOOP("History", "Hạn báo cáo khắc phục"),
    },
)
CORRECTIVE_ACTION = RecordType(
    "corrective_action",
    QT_TRANSLATE_NOOP("RecordTypes", "Hành động khắc phục"),
    m.CorrectiveAction,
    search_fields=("number", "description", "root_cause", "found_by", "correction"),
    code_field="number",
    title_field="description",
    history_labels={
        "raised_on": QT_TRANSLATE_NOOP("History", "Ngày lập"),
        "source": QT_TRANSLATE_NOOP("History", "Nguồn"),
        "department_id": QT_TRANSLATE_NOOP("History", "Bộ phận"),
        "found_by": QT_TRANSLATE_NOOP("History", "Người phát hiện"),
        "description": QT_TRANSLATE_NOOP("History", "Mô tả sự không phù hợp"),
        "correction": QT_TRANSLATE_NOOP("History", "Sự khắc phục"),
        "root_cause": QT_TRANSLATE_NOOP("History", "Nguyên nhân"),
        "due_on": QT_TRANSLATE_NOOP("History", "Hạn hoàn thành"),
        "status": QT_TRANSLATE_NOOP("History", "Trạng thái"),
        "closed_on": QT_TRANSLATE_NOOP("History", "Ngày đóng"),
        "cancel_reason": QT_TRANSLATE_NOOP("History", "Lý do hủy"),
    },
)


def _audit_document(which: str) -> Any:
    """Builds a document of one audit (``exports.audit_documents``): the one --number/--year
    names, else the year's latest."""

    def build(s: Any, request: ExportRequest) -> Any:
        return s.audit_exports.build(which, request)

    return build


def _audit_json(which: str) -> Any:
    def run(s: Any, request: ExportRequest) -> Any:
        return s.audit_exports.write_json(which, request)

    return run


AUDIT_DECISION_EXPORT = ExportKind(
    "audit-decision",
    QT_TRANSLATE_NOOP("Exports", "Quyết định thành lập Đoàn đánh giá nội bộ"),
    ("pdf", "docx"),
    build=_audit_document("audit-decision"),
    needs_year=True,
    numbered=True,
    help="quyết định thành lập Đoàn đánh giá nội bộ (--number, --year; không có: cuộc mới nhất của năm)",
)
AUDIT_PLAN_EXPORT = ExportKind(
    "audit-plan",
    QT_TRANSLATE_NOOP("Exports", "Kế hoạch đánh giá nội bộ"),
    ("pdf", "docx"),
    build=_audit_document("audit-plan"),
    needs_year=True,
    numbered=True,
    help="kế hoạch đánh giá nội bộ: mục đích, phạm vi, chuẩn mực, đoàn đánh giá, lịch đánh giá",
)
AUDIT_CHECKLIST_EXPORT = ExportKind(
    "audit-checklist",
    QT_TRANSLATE_NOOP("Exports", "Phiếu đánh giá nội bộ (để trống)"),
    ("pdf", "docx"),
    build=_audit_document("audit-checklist"),
    needs_year=True,
    numbered=True,
    help="phiếu đánh giá để trống, mỗi bộ phận được đánh giá một phiếu, ghi tay tại chỗ",
)
AUDIT_REPORT_EXPORT = ExportKind(
    "audit-report",
    QT_TRANSLATE_NOOP("Exports", "Báo cáo đánh giá nội bộ"),
    ("pdf", "docx"),
    build=_audit_document("audit-report"),
    needs_year=True,
    numbered=True,
    help="báo cáo đánh giá nội bộ, Trưởng đoàn ký",
)
CA_FORM_EXPORT = ExportKind(
    "ca-form",
    QT_TRANSLATE_NOOP("Exports", "Phiếu yêu cầu hành động khắc phục"),
    ("pdf", "docx"),
    build=_audit_document("ca-form"),
    needs_year=True,
    numbered=True,
    help="phiếu yêu cầu hành động khắc phục, mỗi phiếu một trang (--number NN: một phiếu; "
    "không có: mọi phiếu trong sổ theo dõi của năm)",
)
CORRECTIVE_ACTIONS_EXPORT = ExportKind(
    "corrective-actions",
    QT_TRANSLATE_NOOP("Exports", "Sổ theo dõi hành động khắc phục"),
    ("xlsx", "pdf", "json"),
    build=_audit_document("corrective-actions"),
    run=_audit_json("corrective-actions"),
    needs_year=True,
    help="sổ theo dõi hành động khắc phục của năm (phiếu lập trong năm và phiếu năm trước chưa đóng)",
)
FINDINGS_EXPORT = ExportKind(
    "findings",
    QT_TRANSLATE_NOOP("Exports", "Danh sách phát hiện"),
    ("xlsx", "pdf", "json"),
    build=_audit_document("findings"),
    run=_audit_json("findings"),
    needs_year=True,
    help="danh sách phát hiện của đánh giá nội bộ và kiểm tra của cấp trên trong năm",
)


# ---- risks, satisfaction and complaints, TTHC results, training ----------------------------------
def risks_service(s: Any) -> object:
    from app.services.risks import RiskService

    return RiskService(s.uow, s.clock)


def satisfaction_service(s: Any) -> object:
    from app.services.satisfaction import SatisfactionService

    return SatisfactionService(s.uow, s.clock, s.corrective_actions)


def tthc_results_service(s: Any) -> object:
    from app.services.tthc_results import TthcResultService

    return TthcResultService(s.uow, s.clock)


def training_service(s: Any) -> object:
    from app.services.training import TrainingService

    return TrainingService(s.uow, s.attachments, s.clock)


RISK = RecordType(
    "risk",
    QT_TRANSLATE_NOOP("RecordTypes", "Rủi ro, cơ hội"),
    m.Risk,
    search_fields=("title", "process", "description", "cause", "owner"),
    title_field="title",
    history_labels={
        "kind": QT_TRANSLATE_NOOP("History", "Loại"),
        "title": QT_TRANSLATE_NOOP("History", "Tên rủi ro, cơ hội"),
        "process": QT_TRANSLATE_NOOP("History", "Quá trình, lĩnh vực"),
        "likelihood": QT_TRANSLATE_NOOP("History", "Khả năng xảy ra"),
        "impact": QT_TRANSLATE_NOOP("History", "Mức độ ảnh hưởng"),
        "owner": QT_TRANSLATE_NOOP("History", "Người chịu trách nhiệm"),
        "review_on": QT_TRANSLATE_NOOP("History", "Ngày xem xét lại"),
        "status": QT_TRANSLATE_NOOP("History", "Trạng thái"),
        "closed_on": QT_TRANSLATE_NOOP("History", "Ngày đóng"),
    },
)
SURVEY = RecordType(
    "survey",
    QT_TRANSLATE_NOOP("RecordTypes", "Khảo sát sự hài lòng"),
    m.Survey,
    search_fields=("method", "note"),
    title_field="method",
    history_labels={
        "from_on": QT_TRANSLATE_NOOP("History", "Từ ngày"),
        "to_on": QT_TRANSLATE_NOOP("History", "Đến ngày"),
        "forms": QT_TRANSLATE_NOOP("History", "Số phiếu"),
        "very_satisfied": QT_TRANSLATE_NOOP("History", "Rất hài lòng"),
        "satisfied": QT_TRANSLATE_NOOP("History", "Hài lòng"),
        "neutral": QT_TRANSLATE_NOOP("History", "Bình thường"),
        "dissatisfied": QT_TRANSLATE_NOOP("History", "Không hài lòng"),
    },
)
COMPLAINT = RecordType(
    "complaint",
    QT_TRANSLATE_NOOP("RecordTypes", "Phản ánh, kiến nghị"),
    m.Complaint,
    search_fields=("content", "sender", "channel", "handling", "result"),
    title_field="content",
    history_labels={
        "received_on": QT_TRANSLATE_NOOP("History", "Ngày tiếp nhận"),
        "channel": QT_TRANSLATE_NOOP("History", "Hình thức tiếp nhận"),
        "content": QT_TRANSLATE_NOOP("History", "Nội dung"),
        "department_id": QT_TRANSLATE_NOOP("History", "Bộ phận"),
        "handling": QT_TRANSLATE_NOOP("History", "Xử lý"),
        "result": QT_TRANSLATE_NOOP("History", "Kết quả"),
        "resolved_on": QT_TRANSLATE_NOOP("History", "Ngày giải quyết xong"),
        "ruling": QT_TRANSLATE_NOOP("History", "Kết luận"),
    },
)
TTHC_RESULT = RecordType(
    "tthc_result",
    QT_TRANSLATE_NOOP("RecordTypes", "Kết quả giải quyết TTHC"),
    m.TthcResult,
    title_field="field",
    history_labels={
        "from_on": QT_TRANSLATE_NOOP("History", "Từ ngày"),
        "to_on": QT_TRANSLATE_NOOP("History", "Đến ngày"),
        "field": QT_TRANSLATE_NOOP("History", "Lĩnh vực"),
        "received": QT_TRANSLATE_NOOP("History", "Mới tiếp nhận"),
        "early": QT_TRANSLATE_NOOP("History", "Trước hạn"),
        "on_time": QT_TRANSLATE_NOOP("History", "Đúng hạn"),
        "late": QT_TRANSLATE_NOOP("History", "Quá hạn"),
    },
)
TRAINING = RecordType(
    "training",
    QT_TRANSLATE_NOOP("RecordTypes", "Đào tạo, tập huấn"),
    m.Training,
    search_fields=("title", "organiser", "note"),
    title_field="title",
    history_labels={
        "on": QT_TRANSLATE_NOOP("History", "Ngày"),
        "title": QT_TRANSLATE_NOOP("History", "Nội dung"),
        "organiser": QT_TRANSLATE_NOOP("History", "Đơn vị tổ chức"),
        "type": QT_TRANSLATE_NOOP("History", "Loại"),
        "hours": QT_TRANSLATE_NOOP("History", "Số giờ"),
    },
)


def _year_register(service: str, which: str = "") -> tuple[Any, Any]:
    """The (build, run) of a yearly register a service keeps: ``register_document(which, year,
    today)`` makes the document (pdf, xlsx), ``register_json(which, year, today)`` the JSON rows
    (ISO dates, null for what is absent), written atomically."""

    def build(s: Any, request: ExportRequest) -> Any:
        return getattr(s, service).register_document(which, request.year, today=request.today)

    def run(s: Any, request: ExportRequest) -> Any:
        return _write_json(
            request.out, getattr(s, service).register_json(which, request.year, today=request.today)
        )

    return build, run


def _register_kind(key: str, title: str, service: str, which: str, help_text: str) -> ExportKind:
    build, run = _year_register(service, which)
    return ExportKind(
        key, title, ("xlsx", "pdf", "json"), build=build, run=run, needs_year=True, help=help_text
    )


RISKS_EXPORT = _register_kind(
    "risks",
    QT_TRANSLATE_NOOP("Exports", "Sổ theo dõi rủi ro, cơ hội"),
    "risks",
    "risks",
    "sổ theo dõi rủi ro, cơ hội của năm (mọi rủi ro, cơ hội đang theo dõi vào lúc nào đó trong năm)",
)
SURVEYS_EXPORT = _register_kind(
    "surveys",
    QT_TRANSLATE_NOOP("Exports", "Kết quả khảo sát sự hài lòng"),
    "satisfaction",
    "surveys",
    "các đợt khảo sát sự hài lòng kết thúc trong năm, tỷ lệ hài lòng",
)
COMPLAINTS_EXPORT = _register_kind(
    "complaints",
    QT_TRANSLATE_NOOP("Exports", "Sổ theo dõi phản ánh, kiến nghị"),
    "satisfaction",
    "complaints",
    "phản ánh, kiến nghị tiếp nhận trong năm và kết quả xử lý",
)
TTHC_RESULTS_EXPORT = _register_kind(
    "tthc-results",
    QT_TRANSLATE_NOOP("Exports", "Kết quả giải quyết thủ tục hành chính"),
    "tthc_results",
    "tthc-results",
    "số liệu giải quyết TTHC theo kỳ (theo hệ thống một cửa), tỷ lệ đúng hạn",
)
TRAINING_EXPORT = _register_kind(
    "training",
    QT_TRANSLATE_NOOP("Exports", "Danh sách đào tạo, tập huấn"),
    "training",
    "training",
    "các lớp đào tạo, tập huấn trong năm và số người tham dự",
)


def risks_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_risks import fill_risks

    return fill_risks(ctx)


def satisfaction_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_satisfaction import fill_satisfaction

    return fill_satisfaction(ctx)


def tthc_results_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_tthc_results import fill_tthc_results

    return fill_tthc_results(ctx)


def training_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_training import fill_training

    return fill_training(ctx)


# ---- management review ---------------------------------------------------------------------------
def reviews_service(s: Any) -> object:
    from app.services.reviews import ReviewService

    return ReviewService(s.uow, s.clock, s.indicators)


REVIEW = RecordType(
    "review",
    QT_TRANSLATE_NOOP("RecordTypes", "Xem xét của lãnh đạo"),
    m.ManagementReview,
    search_fields=("number", "place", "chair", "discussion", "conclusions"),
    code_field="number",
    title_field="place",
    history_labels={
        "number": QT_TRANSLATE_NOOP("History", "Số biên bản"),
        "held_on": QT_TRANSLATE_NOOP("History", "Ngày họp"),
        "place": QT_TRANSLATE_NOOP("History", "Địa điểm"),
        "chair": QT_TRANSLATE_NOOP("History", "Chủ trì"),
        "secretary": QT_TRANSLATE_NOOP("History", "Thư ký"),
        "period_start": QT_TRANSLATE_NOOP("History", "Số liệu từ ngày"),
        "period_end": QT_TRANSLATE_NOOP("History", "Số liệu đến ngày"),
        "status": QT_TRANSLATE_NOOP("History", "Tình trạng biên bản"),
        "conclusions": QT_TRANSLATE_NOOP("History", "Kết luận"),
    },
)


def _review(which: str) -> Any:
    def build(s: Any, request: ExportRequest) -> Any:
        return s.reviews.build_document(which, request)

    return build


def _write_json(out: Any, data: Any) -> Any:
    """``data`` as the app's JSON (``vocabulary.to_json``) written to ``out`` atomically."""
    from app.services import vocabulary
    from app.services.exports import nd30

    text = vocabulary.to_json(data) + "\n"

    def write(target: Any) -> None:
        target.write_text(text, encoding="utf-8")

    return nd30.write_atomically(out, write)


def _review_json(which: str) -> Any:
    def run(s: Any, request: ExportRequest) -> Any:
        return _write_json(request.out, s.reviews.json_data(which, request))

    return run


REVIEW_EXPORT = ExportKind(
    "review",
    QT_TRANSLATE_NOOP("Exports", "Biên bản họp xem xét của lãnh đạo"),
    ("pdf", "docx", "json"),
    build=_review("review"),
    run=_review_json("review"),
    needs_year=True,
    numbered=True,
    help="biên bản họp xem xét của lãnh đạo (--number, --year; không có: cuộc họp mới nhất của năm)",
)
REVIEW_DECISIONS_EXPORT = ExportKind(
    "review-decisions",
    QT_TRANSLATE_NOOP("Exports", "Sổ theo dõi quyết định sau xem xét của lãnh đạo"),
    ("xlsx", "pdf", "json"),
    build=_review("review-decisions"),
    run=_review_json("review-decisions"),
    needs_year=True,
    help="các quyết định của các cuộc họp xem xét của lãnh đạo trong năm và tình trạng thực hiện",
)


def reviews_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_reviews import fill_reviews

    return fill_reviews(ctx)


# ---- the 6-month and annual reports ----------------------------------------------------------------
def reports_service(s: Any) -> object:
    from app.services.reports import ReportService

    return ReportService(s.uow, s.clock, s.indicators, s.agency)


def _report_json(s: Any, request: ExportRequest) -> Any:
    assert request.year is not None
    return _write_json(request.out, s.reports.json_data(request.variant or "year", request.year))


def _report_document(s: Any, request: ExportRequest) -> Any:
    """The report printed (``exports.report_document``): the stored one as stored; none stored:
    composed in memory, nothing saved."""
    from app.services.exports.report_document import build

    return build(s.reports, request)


def _search_reports(s: Any, needle: str, limit: int) -> Any:
    """Reports by their number or the words of their title ("bao cao 6 thang 2026")."""
    from sqlalchemy import select

    from app.services.reports import report_title
    from app.services.search import SearchHit
    from app.services.text import fold

    words = fold(needle).split()
    r = m.QmsReport
    hits = []
    with s.uow() as uow:  # a few rows, read without their figures (large JSON)
        rows = uow.session.execute(
            select(r.id, r.kind, r.year, r.number).order_by(r.year, r.kind, r.id)
        ).all()
    for report_id, kind, year, number in rows:
        title = report_title(kind, year)
        if all(w in fold(f"{number} {title}") for w in words):
            hits.append(SearchHit("report", report_id, number, title))
    return hits[:limit]


REPORT = RecordType(
    "report",
    QT_TRANSLATE_NOOP("RecordTypes", "Báo cáo định kỳ"),
    m.QmsReport,
    code_field="number",
    search=_search_reports,
    history_labels={
        "number": QT_TRANSLATE_NOOP("History", "Số báo cáo"),
        "report_on": QT_TRANSLATE_NOOP("History", "Ngày báo cáo"),
        "cutoff": QT_TRANSLATE_NOOP("History", "Ngày chốt số liệu"),
        "status": QT_TRANSLATE_NOOP("History", "Tình trạng"),
        "sent_on": QT_TRANSLATE_NOOP("History", "Ngày gửi"),
    },
)

REPORT_EXPORT = ExportKind(
    "report",
    QT_TRANSLATE_NOOP("Exports", "Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL"),
    ("pdf", "docx", "xlsx", "json"),
    build=_report_document,
    run=_report_json,
    needs_year=True,
    variants=("h1", "year"),
    help="báo cáo 6 tháng (--kind h1) hoặc năm (--kind year) của năm --year: bản in (pdf, docx, xlsx: "
    "kèm phụ lục và các bảng chi tiết) hoặc số liệu và tình trạng (json)",
)


def reports_demo(ctx: DemoContext) -> Sequence[DemoCount]:
    from app.services.demo_reports import fill_reports

    return fill_reports(ctx)


# ---- the home page: where the year stands ------------------------------------------------------------
def status_service(s: Any) -> object:
    from app.services.status import StatusService

    return StatusService(s.uow, s.clock, s.agency, s.risks, s)
