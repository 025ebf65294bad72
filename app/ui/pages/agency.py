"""Thông tin cơ quan: identity, signing defaults, leaders, recipients, reporting settings."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.models import AgencyKind, LeaderRole, PeriodConvention
from app.services import dto
from app.services.agency import (
    DEFAULT_SIGNING_LINES,
    LEGAL_BASIS_KINDS,
    LEGAL_BASIS_LEADS,
    RECIPIENT_PURPOSES,
    legal_basis_text,
)
from app.services.errors import DomainError
from app.services.form_codes import FormCodeRow
from app.ui import errors as ui_errors
from app.ui.formatting import (
    agency_kind_label,
    fmt_date,
    leader_role_label,
    period_convention_label,
    yes_no,
)
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field, FormWidget, add_choice, choice
from app.ui.widgets.tables import Column, ListPanel

translate = QCoreApplication.translate


def agency_fields() -> list[Field]:
    """The agency form, shared by this page and the first-run dialog."""
    return [
        Field(
            "full_name",
            translate("AgencyForm", "Tên cơ quan"),
            required=True,
            placeholder=translate("AgencyForm", "Ví dụ: Ủy ban nhân dân xã Tùng Ảnh"),
        ),
        Field(
            "short_name",
            translate("AgencyForm", "Tên viết gọn"),
            placeholder=translate("AgencyForm", "Ví dụ: UBND xã Tùng Ảnh"),
        ),
        Field(
            "kind",
            translate("AgencyForm", "Loại cơ quan"),
            kind="combo",
            required=True,
            choices=[(agency_kind_label(k), k) for k in AgencyKind],
        ),
        Field(
            "parent_body",
            translate("AgencyForm", "Cơ quan chủ quản"),
            placeholder=translate("AgencyForm", "Ví dụ: Ủy ban nhân dân tỉnh Hà Tĩnh"),
            help=translate("AgencyForm", "In ở dòng đầu bên trái của văn bản (chữ in hoa)."),
        ),
        Field(
            "place_name",
            translate("AgencyForm", "Địa danh ghi ngày tháng"),
            required=True,
            placeholder=translate("AgencyForm", "Ví dụ: Tùng Ảnh"),
            help=translate("AgencyForm", "Dùng trong dòng “Tùng Ảnh, ngày … tháng … năm …”."),
        ),
        Field(
            "code_abbreviation",
            translate("AgencyForm", "Chữ viết tắt trong số ký hiệu"),
            required=True,
            placeholder="UBND",
            help=translate("AgencyForm", "Ví dụ văn bản số 05/BC-UBND thì chữ viết tắt là UBND."),
        ),
        Field("address", translate("AgencyForm", "Địa chỉ")),
        Field("phone", translate("AgencyForm", "Điện thoại")),
        Field("email", translate("AgencyForm", "Thư điện tử")),
    ]


def secretary_fields() -> list[Field]:
    return [
        Field("iso_secretary_name", translate("AgencyForm", "Họ và tên Thư ký ISO")),
        Field("iso_secretary_title", translate("AgencyForm", "Chức vụ")),
        Field("iso_secretary_phone", translate("AgencyForm", "Điện thoại")),
    ]


def signing_fields() -> list[Field]:
    return [
        Field(
            "signing_lines",
            translate("AgencyForm", "Thẩm quyền ký"),
            kind="multiline",
            height=80,
            placeholder=DEFAULT_SIGNING_LINES[AgencyKind.COMMUNE],
            help=translate(
                "AgencyForm",
                "Mỗi dòng một dòng in trên khối chữ ký (chữ in hoa). Để trống thì in như chữ mờ trong ô "
                "(theo loại cơ quan). Từng văn bản vẫn có thể ghi khác.",
            ),
        ),
        Field(
            "signer_name",
            translate("AgencyForm", "Người ký"),
            placeholder=translate("AgencyForm", "Họ và tên người ký"),
        ),
        Field(
            "drafting_unit",
            translate("AgencyForm", "Đơn vị soạn thảo"),
            placeholder="VP",
            help=translate(
                "AgencyForm", "Chữ viết tắt in ở dòng cuối của Nơi nhận, ví dụ VP thì in “- Lưu: VT, VP.”."
            ),
        ),
    ]


class AgencyPage(Page):
    key = "agency"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Thông tin cơ quan"),
            self.tr("Tên, địa danh, lãnh đạo, người ký mặc định, nơi nhận báo cáo và hạn báo cáo định kỳ."),
            parent,
            tasks=tasks,
        )
        self.tabs = QTabWidget(self)
        self.body.addWidget(self.tabs, 1)
        self._build_general()
        self._build_leaders()
        self._build_recipients()
        self._build_reporting()
        self._build_legal_bases()
        self._build_form_codes()

    # ---- general -------------------------------------------------------------------------------
    def _build_general(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.identity_form = FormWidget(agency_fields())
        self.secretary_form = FormWidget(secretary_fields())
        self.signing_form = FormWidget(signing_fields())
        columns = QHBoxLayout()
        left = QGroupBox(self.tr("Cơ quan"))
        QVBoxLayout(left).addWidget(self.identity_form)
        right_col = QVBoxLayout()
        secretary_box = QGroupBox(self.tr("Thư ký ISO"))
        QVBoxLayout(secretary_box).addWidget(self.secretary_form)
        signing_box = QGroupBox(self.tr("Ký văn bản (mặc định)"))
        QVBoxLayout(signing_box).addWidget(self.signing_form)
        right_col.addWidget(secretary_box)
        right_col.addWidget(signing_box)
        right_col.addStretch(1)
        columns.addWidget(left, 3)
        columns.addLayout(right_col, 2)
        layout.addLayout(columns)
        buttons = QHBoxLayout()
        self.save_general_button = QPushButton(self.tr("Lưu thông tin cơ quan"))
        self.save_general_button.clicked.connect(self.save_general)
        self.general_saved = QLabel()
        self.general_saved.setObjectName("savedLabel")
        buttons.addWidget(self.save_general_button)
        buttons.addWidget(self.general_saved)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll.setWidget(inner)
        self.tabs.addTab(scroll, self.tr("Thông tin chung"))
        kind = self.identity_form.editors["kind"]
        kind.currentIndexChanged.connect(lambda _i: self._show_signing_default())  # type: ignore[attr-defined]

    def _show_signing_default(self) -> None:
        """The signing field's placeholder: what prints for the chosen kind of agency when empty."""
        kind = self.identity_form.values().get("kind")
        editor = self.signing_form.editors["signing_lines"]
        if isinstance(kind, AgencyKind):
            editor.setPlaceholderText(DEFAULT_SIGNING_LINES[kind])  # type: ignore[attr-defined]

    def _forms(self) -> list[FormWidget]:
        return [self.identity_form, self.secretary_form, self.signing_form]

    def save_general(self) -> bool:
        self.general_saved.clear()
        values: dict[str, Any] = {}
        try:
            for form in self._forms():
                form.clear_errors()
                values.update(form.values())
            self.services.agency.update_profile(dto.AgencyFields(**values))
        except DomainError as error:
            owners = [form for form in self._forms() if _owns_error(form, error)]
            for form in self._forms():
                if form in owners:
                    form.show_error(error, claim_unknown=False)
            if not owners:
                self.identity_form.show_error(error)
            return False
        self.general_saved.setText(self.tr("Đã lưu."))
        self.refresh()
        return True

    # ---- leaders -------------------------------------------------------------------------------
    def _build_leaders(self) -> None:
        self.leaders = ListPanel(
            self.tr("Lãnh đạo cơ quan"),
            [
                Column(self.tr("Họ và tên"), lambda r: r.full_name, width=220),
                Column(self.tr("Chức vụ"), lambda r: r.title, width=200),
                Column(
                    self.tr("Vai trò"),
                    lambda r: leader_role_label(r.role),
                    sort=lambda r: (r.role is not LeaderRole.HEAD, r.sort_order),
                ),
            ],
            searchable=False,
            state_key="leaders",
        )
        self.leaders.add_requested.connect(lambda: self.edit_leader(None))
        self.leaders.edit_requested.connect(self.edit_leader)
        self.leaders.delete_requested.connect(
            lambda r: self.delete_record(r.full_name, lambda: self.services.agency.delete_leader(r.id))
        )
        self.tabs.addTab(self.leaders, self.tr("Lãnh đạo"))

    def edit_leader(self, row: dto.Leader | None) -> object:
        fields = [
            Field("full_name", self.tr("Họ và tên"), required=True),
            Field("title", self.tr("Chức vụ"), required=True, placeholder=self.tr("Ví dụ: Phó Chủ tịch")),
            Field(
                "role",
                self.tr("Vai trò"),
                kind="combo",
                choices=[(leader_role_label(x), x) for x in LeaderRole],
            ),
            Field("sort_order", self.tr("Thứ tự"), kind="int", maximum=99),
        ]
        return self.edit_record(
            self.tr("Lãnh đạo cơ quan"),
            fields,
            lambda v: self.services.agency.save_leader(dto.LeaderFields(**v), row.id if row else None),
            row,
        )

    # ---- recipients ----------------------------------------------------------------------------
    def _build_recipients(self) -> None:
        self.recipients = ListPanel(
            self.tr("Nơi nhận thường dùng"),
            [
                Column(self.tr("Nơi nhận"), lambda r: r.name, width=320),
                Column(self.tr("Mục đích (in trên văn bản)"), lambda r: r.purpose, width=170),
                Column(self.tr("Kế hoạch"), lambda r: yes_no(r.on_plans), width=80),
                Column(self.tr("Báo cáo"), lambda r: yes_no(r.on_reports), width=80),
                Column(self.tr("Ghi ở “Kính gửi”"), lambda r: yes_no(r.addressee), width=120),
                Column(self.tr("Ghi chú nội bộ (không in)"), lambda r: r.note),
            ],
            searchable=False,
            state_key="recipients",
        )
        self.recipients.add_requested.connect(lambda: self.edit_recipient(None))
        self.recipients.edit_requested.connect(self.edit_recipient)
        self.recipients.delete_requested.connect(
            lambda r: self.delete_record(r.name, lambda: self.services.agency.delete_recipient(r.id))
        )
        self.tabs.addTab(self.recipients, self.tr("Nơi nhận"))

    def edit_recipient(self, row: dto.Recipient | None) -> object:
        fields = [
            Field(
                "name",
                self.tr("Nơi nhận"),
                required=True,
                placeholder=self.tr("Ví dụ: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"),
            ),
            Field(
                "purpose",
                self.tr("Mục đích"),
                kind="combo_edit",
                choices=[(p, p) for p in RECIPIENT_PURPOSES],
                placeholder=self.tr("Ví dụ: để báo cáo"),
                help=self.tr("In trong ngoặc sau tên nơi nhận: “- Sở Khoa học và Công nghệ (để báo cáo);”."),
            ),
            Field("on_plans", self.tr("Ghi ở Nơi nhận của kế hoạch"), kind="check"),
            Field("on_reports", self.tr("Ghi ở Nơi nhận của báo cáo"), kind="check"),
            Field("addressee", self.tr("Ghi ở dòng “Kính gửi” của báo cáo"), kind="check"),
            Field(
                "note",
                self.tr("Ghi chú nội bộ"),
                placeholder=self.tr("Ví dụ: gửi qua hệ thống quản lý văn bản"),
                help=self.tr("Chỉ để Thư ký ISO ghi nhớ, không in trên văn bản."),
            ),
            Field("sort_order", self.tr("Thứ tự"), kind="int", maximum=99),
        ]
        return self.edit_record(
            self.tr("Nơi nhận thường dùng"),
            fields,
            lambda v: self.services.agency.save_recipient(dto.RecipientFields(**v), row.id if row else None),
            row or {"addressee": True, "on_plans": True, "on_reports": True},
        )

    # ---- legal bases ---------------------------------------------------------------------------
    def _build_legal_bases(self) -> None:
        self.legal_bases = ListPanel(
            self.tr("Căn cứ pháp lý in trên văn bản"),
            [
                Column(self.tr("Căn cứ (như in trên văn bản)"), legal_basis_text),
            ],
            searchable=False,
            state_key="legal_bases",
            exportable=False,
        )
        self.basis_kind = QComboBox(self.legal_bases)
        for key, label in LEGAL_BASIS_KINDS.items():
            add_choice(self.basis_kind, translate("LegalBasisKinds", label), key)
        self.basis_kind.currentIndexChanged.connect(lambda _i: self._reload_legal_bases())
        self.legal_bases.add_header_widget(QLabel(self.tr("Văn bản:"), self.legal_bases))
        self.legal_bases.add_header_widget(self.basis_kind)
        self.basis_up_button = self.legal_bases.insert_button(
            self.tr("Lên"), clicked=lambda: self.move_legal_basis(-1)
        )
        self.basis_down_button = self.legal_bases.insert_button(
            self.tr("Xuống"), clicked=lambda: self.move_legal_basis(1)
        )
        self.reset_bases_button = self.legal_bases.insert_button(
            self.tr("Khôi phục mặc định"),
            clicked=self.reset_legal_bases,
            tooltip=self.tr(
                "Thay danh sách bằng các căn cứ mặc định (QĐ 19/2014/QĐ-TTg, TT 26/2014/TT-BKHCN, …)"
            ),
        )
        hint = QLabel(
            self.tr(
                "Mỗi căn cứ in thành một dòng “Căn cứ …;” hoặc “Thực hiện …;” ở đầu văn bản; số hoặc ngày để trống "
                "thì in chỗ trống để ghi tay. Từng văn bản có thể ghi căn cứ riêng (ô Căn cứ của văn bản)."
            ),
            self.legal_bases,
        )
        hint.setObjectName("fieldHelp")
        hint.setWordWrap(True)
        self.legal_bases.add_widget_above_table(hint)
        self.legal_bases.add_requested.connect(lambda: self.edit_legal_basis(None))
        self.legal_bases.edit_requested.connect(self.edit_legal_basis)
        self.legal_bases.delete_requested.connect(
            lambda r: self.delete_record(
                f"{r.doc_type} {r.number}".strip(), lambda: self.services.agency.delete_legal_basis(r.id)
            )
        )
        self.tabs.addTab(self.legal_bases, self.tr("Căn cứ pháp lý"))

    def basis_kind_key(self) -> str:
        return str(choice(self.basis_kind))

    def _reload_legal_bases(self) -> None:
        self.legal_bases.set_rows(
            self.services.agency.list_legal_bases(self.basis_kind_key()), keep=lambda r: r.id
        )

    def edit_legal_basis(self, row: dto.LegalBasis | None) -> object:
        kind = self.basis_kind_key()
        fields = [
            Field("lead", self.tr("Mở đầu"), kind="combo", choices=[(x, x) for x in LEGAL_BASIS_LEADS]),
            Field(
                "doc_type",
                self.tr("Loại văn bản"),
                kind="combo_edit",
                required=True,
                choices=[(x, x) for x in ("Quyết định", "Thông tư", "Nghị định", "Kế hoạch", "Công văn")],
                placeholder=self.tr("Ví dụ: Quyết định"),
            ),
            Field(
                "number",
                self.tr("Số, ký hiệu"),
                placeholder="19/2014/QĐ-TTg",
                help=self.tr("Để trống để ghi tay."),
            ),
            Field("issued_on", self.tr("Ngày ban hành"), kind="date"),
            Field("issuer", self.tr("Cơ quan ban hành"), placeholder=self.tr("Ví dụ: Thủ tướng Chính phủ")),
            Field(
                "subject",
                self.tr("Trích yếu"),
                kind="multiline",
                height=60,
                placeholder=self.tr("Ví dụ: về việc áp dụng Hệ thống quản lý chất lượng …"),
            ),
        ]

        def save(values: dict[str, Any]) -> dto.LegalBasis:
            fields_ = dto.LegalBasisFields(kind=kind, **values)
            return self.services.agency.save_legal_basis(fields_, row.id if row else None)

        return self.edit_record(
            self.tr("Căn cứ pháp lý"), fields, save, row or {"lead": LEGAL_BASIS_LEADS[0]}, width=640
        )

    def move_legal_basis(self, step: int) -> None:
        row = self.legal_bases.current()
        if row is not None:
            self.services.agency.move_legal_basis(row.id, step)
            self._reload_legal_bases()

    def reset_legal_bases(self) -> None:
        if ui_errors.confirm(
            self,
            self.tr("Khôi phục mặc định"),
            self.tr("Thay các căn cứ của “{0}” bằng danh sách mặc định?").format(
                self.basis_kind.currentText()
            ),
            self.tr("Khôi phục"),
        ):
            self.services.agency.reset_legal_bases(self.basis_kind_key())
            self._reload_legal_bases()

    # ---- reporting -----------------------------------------------------------------------------
    def _build_reporting(self) -> None:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        box = QGroupBox(self.tr("Kỳ báo cáo, hạn gửi mặc định và cảnh báo"))
        box_layout = QVBoxLayout(box)
        self.reporting_form = FormWidget(
            [
                Field(
                    "period_convention",
                    self.tr("Thời gian chốt số liệu"),
                    kind="combo",
                    choices=[(period_convention_label(c), c) for c in PeriodConvention],
                ),
                Field(
                    "six_month_report",
                    self.tr("Cấp trên yêu cầu báo cáo 6 tháng (bỏ chọn nếu chỉ báo cáo năm)"),
                    kind="check",
                ),
                Field(
                    "six_month_deadline_day",
                    self.tr("Hạn báo cáo 6 tháng: ngày"),
                    kind="int",
                    minimum=1,
                    maximum=31,
                ),
                Field(
                    "six_month_deadline_month",
                    self.tr("tháng"),
                    kind="int",
                    minimum=1,
                    maximum=12,
                    same_row=True,
                ),
                Field(
                    "annual_deadline_day", self.tr("Hạn báo cáo năm: ngày"), kind="int", minimum=1, maximum=31
                ),
                Field(
                    "annual_deadline_month",
                    self.tr("tháng"),
                    kind="int",
                    minimum=1,
                    maximum=12,
                    same_row=True,
                ),
                Field("due_soon_days", self.tr("Cảnh báo trước (ngày)"), kind="int", minimum=0, maximum=365),
            ]
        )
        box_layout.addWidget(self.reporting_form)
        warning_help = QLabel(
            self.tr(
                "Cảnh báo trước: việc có hạn trong số ngày này (báo cáo, nhiệm vụ, cập nhật quy trình…) hiện là "
                "“sắp đến hạn” ở mọi trang."
            )
        )
        warning_help.setObjectName("fieldHelp")
        warning_help.setWordWrap(True)
        box_layout.addWidget(warning_help)
        row = QHBoxLayout()
        self.save_reporting_button = QPushButton(self.tr("Lưu"))
        self.save_reporting_button.clicked.connect(self.save_reporting)
        self.reporting_saved = QLabel()
        self.reporting_saved.setObjectName("savedLabel")
        row.addWidget(self.save_reporting_button)
        row.addWidget(self.reporting_saved)
        row.addStretch(1)
        box_layout.addLayout(row)
        self.calendar_label = QLabel()
        self.calendar_label.setWordWrap(True)
        box_layout.addWidget(self.calendar_label)
        layout.addWidget(box)
        self.deadlines = ListPanel(
            self.tr("Hạn riêng theo năm (khi cấp trên quy định khác mặc định)"),
            [
                Column(self.tr("Năm"), lambda r: r.year, width=80),
                Column(
                    self.tr("Hạn báo cáo 6 tháng"),
                    lambda r: fmt_date(r.six_month_deadline),
                    sort=lambda r: r.six_month_deadline,
                    width=180,
                ),
                Column(
                    self.tr("Hạn báo cáo năm"),
                    lambda r: fmt_date(r.annual_deadline),
                    sort=lambda r: r.annual_deadline,
                ),
            ],
            searchable=False,
            state_key="deadlines",
        )
        self.deadlines.add_requested.connect(lambda: self.edit_deadline(None))
        self.deadlines.edit_requested.connect(self.edit_deadline)
        self.deadlines.delete_requested.connect(
            lambda r: self.delete_record(
                self.tr("hạn riêng năm {0}").format(r.year),
                lambda: self.services.agency.delete_deadline(r.year),
            )
        )
        layout.addWidget(self.deadlines, 1)
        self.tabs.addTab(widget, self.tr("Báo cáo định kỳ"))

    def save_reporting(self) -> bool:
        self.reporting_saved.clear()
        try:
            self.reporting_form.clear_errors()
            values = self.reporting_form.values()
            self.services.agency.update_reporting(dto.ReportingSettings(**values))
        except DomainError as error:
            self.reporting_form.show_error(error)
            return False
        self.reporting_saved.setText(self.tr("Đã lưu."))
        self.refresh()
        return True

    def edit_deadline(self, row: dto.Deadline | None) -> object:
        year = row.year if row else self.today().year
        settings = self.services.agency.get_reporting()
        initial: object = row or {
            "year": year,
            "six_month_deadline": _safe_date(
                year, settings.six_month_deadline_month, settings.six_month_deadline_day
            ),
            "annual_deadline": _safe_date(year, settings.annual_deadline_month, settings.annual_deadline_day),
        }
        fields = [
            Field("year", self.tr("Năm"), kind="int", minimum=2000, maximum=2100),
            Field("six_month_deadline", self.tr("Hạn báo cáo 6 tháng"), kind="date", required=True),
            Field("annual_deadline", self.tr("Hạn báo cáo năm"), kind="date", required=True),
        ]
        return self.edit_record(
            self.tr("Hạn báo cáo theo năm"),
            fields,
            lambda v: self.services.agency.save_deadline(dto.DeadlineFields(**v)),
            initial,
        )

    # ---- form codes ----------------------------------------------------------------------------
    def _build_form_codes(self) -> None:
        self.form_codes = ListPanel(
            self.tr("Mã biểu mẫu in trên các phiếu"),
            [
                Column(self.tr("Phiếu phần mềm in"), lambda r: translate("Exports", r.form_title), width=300),
                Column(self.tr("Biểu mẫu trong danh mục tài liệu"), _form_code_text, width=420),
                Column(self.tr("Lần ban hành"), lambda r: r.issue_text),
            ],
            searchable=False,
            state_key="form_codes",
            exportable=False,
        )
        self.form_codes.add_button.hide()
        self.form_codes.delete_button.hide()
        self.form_codes.edit_button.setText(self.tr("Chọn biểu mẫu…"))
        self.form_codes.edit_requested.connect(self.edit_form_code)
        self.form_codes_note = QLabel(
            self.tr(
                "Mỗi phiếu in từ phần mềm là một biểu mẫu trong danh mục tài liệu (ví dụ BM.HĐKP.01): mã và "
                "lần ban hành của biểu mẫu được in ở đầu phiếu. Chưa chọn thì mã để trống và khi xuất phiếu "
                "phần mềm sẽ nhắc."
            ),
            self,
        )
        self.form_codes_note.setWordWrap(True)
        self.form_codes.add_widget_above_table(self.form_codes_note)
        self.tabs.addTab(self.form_codes, self.tr("Mã biểu mẫu"))

    def edit_form_code(self, row: FormCodeRow) -> object:
        choices: list[tuple[str, Any]] = [(self.tr("(chưa chọn: để trống mã)"), None)]
        choices += [
            (f"{f.code} — {f.title}", f.document_id) for f in self.services.form_codes.register_forms()
        ]
        fields = [
            Field(
                "document_id",
                translate("Exports", row.form_title),
                kind="combo",
                choices=choices,
                help=self.tr("Các biểu mẫu đang hiệu lực trong danh mục tài liệu nội bộ."),
            ),
        ]
        return self.edit_record(
            self.tr("Mã biểu mẫu"),
            fields,
            lambda v: self.services.form_codes.set_form(row.form_key, v["document_id"]),
            {"document_id": None if row.withdrawn else row.document_id},
            width=640,
        )

    # ---- refresh -------------------------------------------------------------------------------
    def refresh(self) -> None:
        for form in (*self._forms(), self.reporting_form):
            form.clear_errors()
        profile = self.services.agency.get_profile()
        if profile is not None:
            for form in self._forms():
                form.set_values(profile)
        self.leaders.set_rows(self.services.agency.list_leaders())
        self.recipients.set_rows(self.services.agency.list_recipients())
        self._reload_legal_bases()
        self.form_codes.set_rows(self.services.form_codes.forms(), keep=lambda r: r.form_key)
        self._show_signing_default()
        self.reporting_form.set_values(self.services.agency.get_reporting())
        self.deadlines.set_rows(self.services.agency.list_deadlines(), keep=lambda r: r.year)
        year = self.today().year
        cal = self.services.agency.report_calendar(year)
        self.calendar_label.setText(
            self.tr(
                "Năm {0}: báo cáo 6 tháng lấy số liệu từ {1} đến {2}, hạn gửi {3}; "
                "báo cáo năm lấy số liệu từ {4} đến {5}, hạn gửi {6}{7}."
            ).format(
                year,
                fmt_date(cal.six_month_period.start),
                fmt_date(cal.six_month_period.end),
                fmt_date(cal.six_month_deadline),
                fmt_date(cal.annual_period.start),
                fmt_date(cal.annual_period.end),
                fmt_date(cal.annual_deadline),
                self.tr(" (hạn riêng của năm)") if cal.deadlines_overridden else "",
            )
        )

    def screenshots(self, shoot: Shoot) -> None:
        for tab in range(1, self.tabs.count()):
            self.tabs.setCurrentIndex(tab)
            shoot(self.tabs.tabText(tab))
        self.tabs.setCurrentIndex(0)


def _form_code_text(row: FormCodeRow) -> str:
    if row.document_id is None:
        return translate("AgencyPage", "(chưa chọn: mã để trống trên bản in)")
    if row.withdrawn:
        return translate("AgencyPage", "{0} — {1} (đã hết hiệu lực: mã để trống)").format(row.code, row.title)
    return f"{row.code} — {row.title}"


def _owns_error(form: FormWidget, error: DomainError) -> bool:
    from app.services.errors import ValidationError

    return isinstance(error, ValidationError) and any(e.field in form.editors for e in error.errors)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
