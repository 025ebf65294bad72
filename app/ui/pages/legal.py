"""Văn bản pháp lý: external documents, the procedures they affect, and the update deadlines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.messages import message
from app.models import DocumentType, ImpactStatus, LegalKind
from app.services import dto
from app.services.dto import UpdateState
from app.services.errors import DomainError
from app.ui.dialogs.pick_dialog import PickDialog
from app.ui.errors import confirm, show_domain_error
from app.ui.formatting import (
    document_type_label,
    fmt_date,
    legal_kind_label,
    legal_kind_short,
    update_state_color,
    update_state_label,
)
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field, RecordDialog, add_choice, choice
from app.ui.widgets.tables import MUTED_COLOR, Column, ListPanel


def _state_color(state: UpdateState) -> str:
    color = update_state_color(state)
    assert color is not None
    return color


# The colours the update lists give their rows (and the documents list, a document's worst update).
OVERDUE_COLOR = _state_color(UpdateState.OVERDUE)
DUE_SOON_COLOR = _state_color(UpdateState.DUE_SOON)


def _impact_columns(tr: Any, *, with_legal: bool) -> list[Column]:
    columns = [
        Column(tr("Quy trình"), lambda r: r.document_code, width=140),
        Column(tr("Tên quy trình"), lambda r: r.document_title, width=320),
        Column(tr("Hạn cập nhật"), lambda r: fmt_date(r.due_on), sort=lambda r: r.due_on, width=115),
        Column(tr("Tình trạng"), lambda r: update_state_label(r.state), width=120),
        Column(
            tr("Kết quả"),
            lambda r: (
                tr("Lần ban hành {0}").format(r.revision_issue)
                if r.revision_issue
                else r.no_change_reason.replace("\n", " ")
            ),
        ),
    ]
    if with_legal:
        columns[2:2] = [
            Column(tr("Văn bản"), lambda r: r.legal_number, width=150),
            Column(
                tr("Hiệu lực"),
                lambda r: fmt_date(r.legal_effective_on),
                sort=lambda r: r.legal_effective_on,
                width=105,
            ),
        ]
    return columns


class LegalPage(Page):
    key = "legal"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Văn bản pháp lý và tài liệu bên ngoài"),
            self.tr(
                "Khi văn bản quy phạm pháp luật hoặc danh mục TTHC thay đổi, các quy trình bị ảnh hưởng phải được "
                "cập nhật trong thời hạn quy định."
            ),
            parent,
            tasks=tasks,
        )
        self._build_summary()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_documents_tab(), self.tr("Văn bản"))
        self.tabs.addTab(self._build_updates_tab(), self.tr("Việc cần cập nhật"))
        self.body.addWidget(self.tabs, 1)

    # ---- summary and settings ------------------------------------------------------------------
    def _build_summary(self) -> None:
        row = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("cardValue")
        self.summary_label.setWordWrap(True)
        self.summary_label.setMinimumWidth(160)
        row.addWidget(self.summary_label, 1)
        # One line, not a group box: on a 768-pixel screen the height goes to the lists.
        tip = self.tr(
            "Các quy trình bị ảnh hưởng phải được cập nhật trong số tháng này, kể từ ngày văn bản mới "
            "có hiệu lực."
        )
        caption = QLabel(self.tr("Hạn cập nhật quy trình:"), self)
        caption.setToolTip(tip)
        row.addWidget(caption)
        self.months = QSpinBox(self)
        self.months.setRange(1, 36)
        self.months.setToolTip(tip)
        row.addWidget(self.months)
        after = QLabel(self.tr("tháng sau ngày hiệu lực"), self)
        after.setToolTip(tip)
        row.addWidget(after)
        self.save_settings_button = QPushButton(self.tr("Lưu"), self)
        self.save_settings_button.clicked.connect(self.save_settings)
        row.addWidget(self.save_settings_button)
        self.body.addLayout(row)

    def save_settings(self) -> None:
        try:
            current = self.services.legal.get_settings()
            self.services.legal.save_settings(
                dto.LegalSettings(
                    update_deadline_months=self.months.value(), due_soon_days=current.due_soon_days
                )
            )
        except DomainError as error:
            show_domain_error(self, error)
            return
        self.refresh()

    # ---- documents tab -------------------------------------------------------------------------
    def _build_documents_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("legalSplitter")
        self.documents = ListPanel(
            "",
            [
                Column(self.tr("Loại"), lambda r: legal_kind_short(r.kind), width=125),
                Column(self.tr("Số, ký hiệu"), lambda r: r.number, width=150),
                Column(self.tr("Trích yếu"), lambda r: " ".join(r.title.split()), width=330),
                Column(
                    self.tr("Ngày hiệu lực"),
                    lambda r: fmt_date(r.effective_on),
                    sort=lambda r: r.effective_on,
                    width=125,
                ),
                # What is late comes before the rest, so it shows without scrolling at 1366 px.
                Column(
                    self.tr("Cần cập nhật"),
                    self._open_text,
                    sort=lambda r: (r.overdue, r.due_soon, r.open_updates),
                    width=165,
                ),
                Column(self.tr("Cơ quan ban hành"), lambda r: r.issuer, width=170),
                Column(
                    self.tr("Ngày ban hành"),
                    lambda r: fmt_date(r.issued_on),
                    sort=lambda r: r.issued_on,
                    width=128,
                ),
                Column(self.tr("Thay thế bởi"), lambda r: r.replaced_by_number),
            ],
            add_text=self.tr("Thêm văn bản…"),
            # A new key since the columns were reordered: a header saved for the old order would
            # give the new columns the old ones' widths.
            state_key="legal_document_list",
        )
        self.documents.title.hide()
        self.kind_filter = QComboBox(self)
        add_choice(self.kind_filter, self.tr("Mọi loại văn bản"), None)
        for kind in LegalKind:
            add_choice(self.kind_filter, legal_kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload_documents())
        self.documents.add_header_widget(self.kind_filter)
        self.documents.model.muted = lambda r: bool(r.replaced_by_id)
        self.documents.model.color = lambda r: (
            OVERDUE_COLOR if r.overdue else (DUE_SOON_COLOR if r.due_soon else None)
        )
        self.documents.set_legend(
            [
                (OVERDUE_COLOR, self.tr("quá hạn cập nhật")),
                (DUE_SOON_COLOR, self.tr("sắp đến hạn")),
                (MUTED_COLOR, self.tr("đã bị thay thế")),
            ]
        )
        self.documents.add_requested.connect(lambda: self.edit_document(None))
        self.documents.edit_requested.connect(self.edit_document)
        self.documents.delete_requested.connect(
            lambda r: self.delete_record(
                self.tr("văn bản {0}").format(r.number), lambda: self.services.legal.delete_legal(r.id)
            )
        )
        self.documents.selection_changed.connect(self._show_impacts)
        splitter.addWidget(self.documents)
        box = QWidget(splitter)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.impacts_title = QLabel(box)
        self.impacts_title.setObjectName("panelTitle")
        self.impacts_title.setWordWrap(True)
        layout.addWidget(self.impacts_title)
        # The whole trích yếu and the issuing body of the selected document (cut in the table).
        self.legal_detail = QLabel(box)
        self.legal_detail.setObjectName("detailText")
        self.legal_detail.setWordWrap(True)
        self.legal_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legal_detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.legal_detail)
        self.impacts = self._impact_panel(with_legal=False, parent=box)
        self.impacts.add_button.setText(self.tr("Thêm quy trình…"))
        self.impacts.add_button.setToolTip(self.tr("Thêm các quy trình bị ảnh hưởng bởi văn bản này"))
        self.impacts.add_requested.connect(self.link_procedures)
        layout.addWidget(self.impacts, 1)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _open_text(self, row: dto.LegalRow) -> str:
        if not row.open_updates:
            return ""
        text = str(row.open_updates)
        if row.overdue:
            text += self.tr(" (quá hạn {0})").format(row.overdue)
        elif row.due_soon:
            text += self.tr(" (sắp đến hạn {0})").format(row.due_soon)
        return text

    def _impact_panel(self, *, with_legal: bool, parent: QWidget) -> ListPanel:
        panel = ListPanel(
            "",
            _impact_columns(self.tr, with_legal=with_legal),
            parent,
            searchable=with_legal,
            state_key="impacts_all" if with_legal else "impacts",
        )
        panel.title.hide()
        panel.model.color = lambda r: update_state_color(r.state)
        panel.model.muted = lambda r: r.status is not ImpactStatus.OPEN
        panel.set_legend(
            [
                (OVERDUE_COLOR, update_state_label(UpdateState.OVERDUE).lower()),
                (DUE_SOON_COLOR, update_state_label(UpdateState.DUE_SOON).lower()),
                (MUTED_COLOR, self.tr("đã xong")),
            ]
        )
        panel.edit_button.setText(self.tr("Đã cập nhật…"))
        panel.edit_button.setToolTip(self.tr("Ghi nhận lần ban hành của quy trình đã phản ánh văn bản"))
        panel.delete_button.setText(self.tr("Bỏ liên kết"))
        panel.edit_requested.connect(self.close_with_revision)
        panel.delete_requested.connect(self.unlink)
        no_change = QPushButton(self.tr("Không cần sửa đổi…"), panel)
        no_change.clicked.connect(lambda: self.close_no_change(panel.current()))
        reopen = QPushButton(self.tr("Mở lại"), panel)
        reopen.clicked.connect(lambda: self.reopen(panel.current()))
        panel.insert_button(no_change)
        panel.insert_button(reopen)
        actions = {
            "close_with_revision": panel.edit_button,
            "close_no_change": no_change,
            "reopen": reopen,
        }
        tips = {button: button.toolTip() for button in actions.values()}

        def follow_workflow(row: dto.ImpactRow | None) -> None:
            # The workflow decides: a refused action is disabled and says why.
            for action, button in actions.items():
                refusal = row.refusals.get(action) if row is not None else None
                button.setEnabled(row is not None and refusal is None)
                button.setToolTip(message(refusal.error()) if refusal is not None else tips[button])
            panel.delete_button.setEnabled(row is not None)

        panel.selection_changed.connect(follow_workflow)
        follow_workflow(None)
        return panel

    # ---- updates tab ---------------------------------------------------------------------------
    def _build_updates_tab(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.open_only = QCheckBox(self.tr("Chỉ việc chưa xong"), box)
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _c: self.reload_updates())
        self.all_impacts = self._impact_panel(with_legal=True, parent=box)
        self.all_impacts.add_button.hide()
        # On the search row, not a row of its own: the list gets the height.
        self.all_impacts.add_header_widget(self.open_only)
        layout.addWidget(self.all_impacts, 1)
        return box

    # ---- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        settings = self.services.legal.get_settings()
        self.months.setValue(settings.update_deadline_months)
        summary = self.services.legal.summary(today=self.today())
        if summary.open == 0:
            text = self.tr("Không có quy trình nào đang chờ cập nhật theo văn bản mới.")
        else:
            text = self.tr("Cần cập nhật {0} quy trình: quá hạn {1}, sắp đến hạn {2}.").format(
                summary.open, summary.overdue, summary.due_soon
            )
        self.summary_label.setText(text)
        self.summary_label.setObjectName(
            "danger" if summary.overdue else "warn" if summary.due_soon else "cardValue"
        )
        self.summary_label.style().unpolish(self.summary_label)
        self.summary_label.style().polish(self.summary_label)
        self.reload_documents()
        self.reload_updates()

    def reload_documents(self) -> None:
        rows = self.services.legal.list_legal(
            dto.LegalFilter(kind=choice(self.kind_filter)), today=self.today()
        )
        self.documents.set_rows(rows)
        if self.documents.current() is None and rows:
            # Start on the most urgent document, so its procedures show at once.
            urgent = max(rows, key=lambda r: (r.overdue, r.due_soon, r.open_updates))
            self.documents.select_where(lambda r: r.id == urgent.id)
        self._show_impacts(self.documents.current())

    def reload_updates(self) -> None:
        self.all_impacts.set_rows(
            self.services.legal.list_impacts(open_only=self.open_only.isChecked(), today=self.today())
        )
        open_count = len([r for r in self.all_impacts.model.rows if r.status is ImpactStatus.OPEN])
        self.tabs.setTabText(
            1,
            self.tr("Việc cần cập nhật ({0})").format(open_count)
            if open_count
            else self.tr("Việc cần cập nhật"),
        )

    def _show_impacts(self, row: dto.LegalRow | None) -> None:
        self.impacts.add_button.setEnabled(row is not None)
        if row is None:
            self.impacts_title.setText(self.tr("Chọn một văn bản để xem các quy trình phải cập nhật."))
            self.legal_detail.clear()
            self.legal_detail.hide()
            self.impacts.set_rows([])
            return
        detail = self.services.legal.get_legal(row.id, today=self.today())
        title = self.tr("Quy trình phải cập nhật theo {0}").format(detail.number)
        if detail.effective_on:
            title += self.tr(" (hiệu lực {0})").format(fmt_date(detail.effective_on))
        self.impacts_title.setText(title)
        about = " ".join(detail.title.split())
        if detail.issuer:
            about += " — " + detail.issuer
        self.legal_detail.setText(about)
        self.legal_detail.setToolTip(detail.note)
        self.legal_detail.setVisible(bool(about))
        self.impacts.set_rows(list(detail.impact_rows))

    def _after_change(self) -> None:
        self.refresh()

    # ---- actions -------------------------------------------------------------------------------
    def edit_document(self, row: dto.LegalRow | None) -> object:
        others = [(self.tr("(chưa bị thay thế)"), None)] + [
            (f"{r.number} — {r.title}"[:110], r.id)
            for r in self.services.legal.list_legal()
            if row is None or r.id != row.id
        ]
        fields = [
            Field(
                "kind", self.tr("Loại"), kind="combo", choices=[(legal_kind_label(k), k) for k in LegalKind]
            ),
            Field("number", self.tr("Số, ký hiệu"), required=True, placeholder="123/2025/NĐ-CP"),
            Field("title", self.tr("Trích yếu / tên"), required=True, kind="multiline", height=60),
            Field("issuer", self.tr("Cơ quan ban hành"), placeholder=self.tr("Chính phủ")),
            Field("issued_on", self.tr("Ngày ban hành"), kind="date"),
            Field(
                "effective_on",
                self.tr("Ngày hiệu lực"),
                kind="date",
                help=self.tr("Hạn cập nhật quy trình tính từ ngày này."),
            ),
            Field("replaced_by_id", self.tr("Bị thay thế bởi"), kind="combo", choices=others),
            Field("note", self.tr("Ghi chú"), kind="multiline", height=50),
        ]
        saved = self.edit_record(
            self.tr("Văn bản pháp lý / tài liệu bên ngoài"),
            fields,
            lambda v: self.services.legal.save_legal(dto.LegalFields(**v), row.id if row else None),
            row or {"kind": LegalKind.LAW},
            width=660,
        )
        if isinstance(saved, dto.LegalDetail):
            self.documents.select_where(lambda r: r.id == saved.id)
        return saved

    def link_procedures(self) -> list[int]:
        legal = self.documents.current()
        if legal is None:
            return []
        linked = {r.document_id for r in self.impacts.model.rows}
        rows = [p for p in self.services.documents.list_procedures() if p.id not in linked]
        dialog = PickDialog(
            self.tr("Quy trình bị ảnh hưởng"),
            self.tr(
                "Chọn các quy trình phải cập nhật theo {0} (giữ Ctrl để chọn nhiều). "
                "Có thể tìm theo mã TTHC ghi trong văn bản:"
            ).format(legal.number),
            [
                Column(self.tr("Mã hiệu"), lambda r: r.code, width=140),
                Column(self.tr("Mã TTHC"), lambda r: ", ".join(r.tthc_codes), width=160),
                Column(self.tr("Tên quy trình"), lambda r: " ".join(r.title.split()), width=380),
                Column(
                    self.tr("Loại"),
                    lambda r: (
                        document_type_label(r.doc_type)
                        if r.doc_type is not DocumentType.TTHC_PROCEDURE
                        else self.tr("Quy trình TTHC")
                    ),
                    width=120,
                ),
                Column(self.tr("Lĩnh vực"), lambda r: r.field),
            ],
            rows,
            self,
            multi=True,
        )
        dialog.resize(min(1060, max(820, self.window().width() - 120)), 560)
        if not dialog.exec():
            return []
        ids = [r.id for r in dialog.chosen()]
        if ids:
            try:
                self.services.legal.link_documents(legal.id, ids)
            except DomainError as error:
                show_domain_error(self, error)
                return []
            self._after_change()
        return ids

    def close_with_revision(self, impact: dto.ImpactRow) -> object:
        detail = self.services.documents.get_document(impact.document_id)
        candidates = [
            r
            for r in detail.revisions
            if impact.legal_effective_on is None
            or r.effective_on is None
            or r.effective_on >= impact.legal_effective_on
        ]
        if not candidates:
            show_domain_error(
                self,
                DomainError(
                    "impact.no_revision_yet",
                    doc_code=detail.code,
                    effective=fmt_date(impact.legal_effective_on),
                ),
            )
            return None
        from app.ui.formatting import revision_state_label

        dialog = PickDialog(
            self.tr("Đã cập nhật bằng lần ban hành"),
            self.tr("Chọn lần ban hành của {0} đã phản ánh {1}:").format(detail.code, impact.legal_number),
            [
                Column(self.tr("Lần"), lambda r: f"{r.issue_number:02d}", width=50),
                Column(self.tr("Ngày hiệu lực"), lambda r: fmt_date(r.effective_on), width=110),
                Column(self.tr("Tình trạng"), lambda r: revision_state_label(r.state), width=110),
                Column(self.tr("Nội dung sửa đổi"), lambda r: r.change_summary.replace("\n", " ")),
            ],
            candidates,
            self,
        )
        if not dialog.exec() or not dialog.chosen():
            return None
        try:
            result = self.services.legal.close_with_revision(impact.id, dialog.chosen()[0].id)
        except DomainError as error:
            show_domain_error(self, error)
            return None
        self._after_change()
        return result

    def close_no_change(self, impact: dto.ImpactRow | None) -> object:
        if impact is None:
            return None
        dialog = RecordDialog(
            self.tr("Không cần sửa đổi"),
            [
                Field(
                    "reason",
                    self.tr("Lý do"),
                    kind="multiline",
                    required=True,
                    height=80,
                    placeholder=self.tr(
                        "Ví dụ: văn bản mới không thay đổi thành phần hồ sơ, thời hạn, phí, lệ phí của thủ tục."
                    ),
                )
            ],
            lambda v: self.services.legal.close_no_change(impact.id, v["reason"], self.today()),
            self,
        )
        if dialog.exec():
            self._after_change()
            return dialog.result_value
        return None

    def reopen(self, impact: dto.ImpactRow | None) -> None:
        if impact is None:
            return
        self.services.legal.reopen(impact.id)
        self._after_change()

    def unlink(self, impact: dto.ImpactRow) -> None:
        if confirm(
            self,
            self.tr("Bỏ liên kết"),
            self.tr("Bỏ {0} khỏi danh sách phải cập nhật theo {1}?").format(
                impact.document_code, impact.legal_number
            ),
            self.tr("Bỏ liên kết"),
        ):
            self.services.legal.unlink(impact.id)
            self._after_change()

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type == "legal":
            self.tabs.setCurrentIndex(0)
            if self.documents.select_where(lambda r: r.id == record_id):
                return True
            # Hidden by the kind filter or the search: show every legal document and look again.
            self.documents.search.clear()
            self.kind_filter.setCurrentIndex(0)
            return self.documents.select_where(lambda r: r.id == record_id)
        if record_type == "legal_update":
            self.tabs.setCurrentIndex(1)
            self.all_impacts.search.clear()
            if self.all_impacts.select_where(lambda r: r.id == record_id):
                return True
            if self.open_only.isChecked():
                self.open_only.setChecked(False)  # a closed one: show every update
            return self.all_impacts.select_where(lambda r: r.id == record_id)
        return False

    def screenshots(self, shoot: Shoot) -> None:
        self.tabs.setCurrentIndex(1)
        shoot("viec can cap nhat")
        self.tabs.setCurrentIndex(0)
