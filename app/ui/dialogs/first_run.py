"""First run: declare the agency (and its head) before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.models import AgencyKind, LeaderRole
from app.services import dto
from app.services.agency import DEFAULT_SIGNING_LINES, AgencyService
from app.services.errors import DomainError, ValidationError
from app.ui.pages.agency import agency_fields, signing_fields
from app.ui.widgets.forms import Field, FormWidget

# What prints when a document's and the agency's signing lines are empty (one source of truth).
SIGNING_DEFAULTS = DEFAULT_SIGNING_LINES
HEAD_TITLES = {
    AgencyKind.COMMUNE: "Chủ tịch",
    AgencyKind.SCHOOL: "Hiệu trưởng",
    AgencyKind.DEPARTMENT: "Giám đốc",
    AgencyKind.OTHER: "Thủ trưởng",
}


class FirstRunDialog(QDialog):
    def __init__(self, agency: AgencyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agency = agency
        self.setWindowTitle(self.tr("Thư ký ISO — Khai báo cơ quan"))
        self.setMinimumSize(960, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>Chào mừng đến với Thư ký ISO.</b><br>Hãy khai báo cơ quan áp dụng Hệ thống quản lý chất lượng "
                "theo TCVN ISO 9001:2015. Thông tin này được in trên mọi văn bản; có thể sửa lại bất cứ lúc nào "
                "ở trang Thông tin cơ quan."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        left = QGroupBox(self.tr("Cơ quan"), self)
        self.agency_form = FormWidget(agency_fields(), left)
        QVBoxLayout(left).addWidget(self.agency_form)
        right = QVBoxLayout()
        head_box = QGroupBox(self.tr("Người đứng đầu"), self)
        self.head_form = FormWidget(
            [
                Field("head_full_name", self.tr("Họ và tên")),
                Field("head_title", self.tr("Chức vụ"), placeholder=self.tr("Ví dụ: Chủ tịch")),
            ],
            head_box,
        )
        QVBoxLayout(head_box).addWidget(self.head_form)
        sign_box = QGroupBox(self.tr("Ký văn bản (mặc định)"), self)
        self.signing_form = FormWidget(signing_fields(), sign_box)
        QVBoxLayout(sign_box).addWidget(self.signing_form)
        secretary_box = QGroupBox(self.tr("Thư ký ISO"), self)
        self.secretary_form = FormWidget(
            [
                Field("iso_secretary_name", self.tr("Họ và tên")),
                Field("iso_secretary_title", self.tr("Chức vụ")),
            ],
            secretary_box,
        )
        QVBoxLayout(secretary_box).addWidget(self.secretary_form)
        right.addWidget(head_box)
        right.addWidget(sign_box)
        right.addWidget(secretary_box)
        right.addStretch(1)
        columns.addWidget(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Bắt đầu sử dụng"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.agency_form.set_values({"kind": AgencyKind.COMMUNE})
        self.signing_form.set_values({"signing_lines": SIGNING_DEFAULTS[AgencyKind.COMMUNE]})
        kind_combo = self.agency_form.editors["kind"]
        kind_combo.currentIndexChanged.connect(self._kind_changed)  # type: ignore[attr-defined]
        self.profile: dto.AgencyProfile | None = None

    def _kind_changed(self) -> None:
        kind = self.agency_form.values()["kind"]
        lines = self.signing_form.values()["signing_lines"].strip()
        if not lines or lines in SIGNING_DEFAULTS.values():
            self.signing_form.set_value("signing_lines", SIGNING_DEFAULTS[kind])

    def try_save(self) -> bool:
        forms = (self.agency_form, self.head_form, self.signing_form, self.secretary_form)
        for form in forms:
            form.clear_errors()
        try:
            values = {
                **self.agency_form.values(),
                **self.signing_form.values(),
                **self.secretary_form.values(),
            }
            head = self.head_form.values()
            head_fields = None
            if head["head_full_name"].strip() or head["head_title"].strip():
                title = head["head_title"].strip() or HEAD_TITLES[values["kind"]]
                head_fields = dto.LeaderFields(
                    full_name=head["head_full_name"], title=title, role=LeaderRole.HEAD
                )
            fields = dto.AgencyFields(**values)
            if not values.get("signer_name", "").strip() and head_fields is not None:
                fields = dto.AgencyFields(**{**values, "signer_name": head_fields.full_name})
            self.profile = self.agency.set_up(fields, head_fields)
        except ValidationError as error:
            owners = [form for form in forms if any(e.field in form.editors for e in error.errors)]
            for form in owners:
                form.show_error(error, claim_unknown=False)
            if not owners:
                self.agency_form.show_error(error)
            return False
        except DomainError as error:
            self.agency_form.show_error(error)
            return False
        self.accept()
        return True
