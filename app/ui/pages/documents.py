"""Tài liệu: the document register, each document's issues and files, and what the law requires."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.models import DocumentStatus, DocumentType
from app.services import dto
from app.services.documents import awaiting_effect
from app.services.errors import DomainError
from app.services.vocabulary import number_text
from app.ui.dialogs.revision_dialog import RevisionDialog
from app.ui.errors import confirm, show_domain_error
from app.ui.formatting import (
    document_status_label,
    document_type_label,
    file_size_text,
    fmt_date,
    revision_state_label,
    update_state_color,
    update_state_label,
)
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field, add_choice, choice, find_choice, set_choices
from app.ui.widgets.history import add_history_tab
from app.ui.widgets.tables import SEARCH_DELAY_MS, Column, ListPanel, QueryRowsModel, fit_placeholder


def _issue_text(row: dto.DocumentRow) -> str:
    return f"{row.current_issue:02d}" if row.current_issue else ""


class DocumentsPage(Page):
    key = "documents"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Tài liệu nội bộ"),
            self.tr(
                "Quy trình, biểu mẫu, hướng dẫn và các lần ban hành; tài liệu hết hiệu lực vẫn tìm được."
            ),
            parent,
            tasks=tasks,
        )
        self._build_filters()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("documentsSplitter")
        # Tens of thousands of documents in a big agency: filtered and sorted in SQL, rows fetched
        # as they are painted (QueryRowsModel); each column sorts by a name the service knows.
        columns = [
            Column(self.tr("Mã hiệu"), lambda r: r.code, width=150, sort_by="code"),
            Column(self.tr("Tên tài liệu"), lambda r: r.title, width=360, sort_by="title"),
            Column(self.tr("Trạng thái"), self._status_text, width=130, sort_by="status"),
            Column(
                self.tr("Cần cập nhật"),
                lambda r: r.open_updates or "",
                width=90,
                align_right=True,
                sort_by="updates",
            ),
            Column(self.tr("Loại"), lambda r: document_type_label(r.doc_type), width=120, sort_by="type"),
            Column(self.tr("Lĩnh vực"), lambda r: r.field, width=130, sort_by="field"),
            Column(self.tr("Lần BH"), _issue_text, width=60, align_right=True, sort_by="issue"),
            Column(
                self.tr("Hiệu lực từ"),
                lambda r: fmt_date(r.current_effective_on),
                width=95,
                sort_by="effective",
            ),
            Column(self.tr("Bộ phận"), lambda r: r.department_name, sort_by="department"),
        ]
        model = QueryRowsModel(columns, self.services.documents.document_rows, self)
        self.list = ListPanel(
            "",
            columns,
            searchable=False,
            add_text=self.tr("Thêm tài liệu…"),
            state_key="documents",
            model=model,
        )
        model.sort_requested.connect(self.requery)
        self.list.title.hide()
        self.list.model.muted = lambda r: r.status is DocumentStatus.OBSOLETE
        self.list.model.color = lambda r: "#b3261e" if r.open_updates else None
        self.list.set_legend(
            [
                ("#b3261e", self.tr("cần cập nhật theo văn bản")),
                ("#8a8a8a", self.tr("hết hiệu lực")),
            ]
        )
        self.list.add_requested.connect(lambda: self.edit_document(None))
        self.list.edit_requested.connect(self.edit_document)
        self.list.delete_requested.connect(self.delete_document)
        self.list.selection_changed.connect(self._selection_changed)
        self.import_button = QPushButton(self.tr("Nhập từ tệp…"), self)
        self.import_button.clicked.connect(self.import_documents)
        self.export_button = QPushButton(self.tr("Xuất danh mục…"), self)
        self.export_button.clicked.connect(self.export_register)
        self.list.insert_button(self.import_button)
        self.list.insert_button(self.export_button)
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)
        # Typing waits this long after the last key before querying (one query per pause).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.requery)
        self._detail: dto.DocumentDetail | None = None
        self._total = 0
        self._reloading = False

    def _status_text(self, row: dto.DocumentRow) -> str:
        if awaiting_effect(row.status, row.current_issue is not None) and row.upcoming_issue:
            return self.tr("Sắp hiệu lực (từ {0})").format(fmt_date(row.upcoming_effective_on))
        text = document_status_label(row.status)
        if row.upcoming_issue:
            text += self.tr(" · lần {0} từ {1}").format(
                row.upcoming_issue, fmt_date(row.upcoming_effective_on)
            )
        return text

    # ---- filters -------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm mã, tên, TTHC…"))
        self.search.setToolTip(
            self.tr("Tìm theo mã hiệu, tên tài liệu, lĩnh vực, mã TTHC (không cần gõ dấu)")
        )
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.type_filter = QComboBox(self)
        add_choice(self.type_filter, self.tr("Mọi loại"), None)
        for kind in DocumentType:
            add_choice(self.type_filter, document_type_label(kind), kind)
        self.field_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        add_choice(self.status_filter, self.tr("Mọi trạng thái"), None)
        for status in DocumentStatus:
            add_choice(self.status_filter, document_status_label(status), status)
        self.status_filter.setCurrentIndex(find_choice(self.status_filter, DocumentStatus.IN_FORCE))
        self.status_filter.setMinimumContentsLength(10)
        self.department_filter = QComboBox(self)
        for combo in (self.type_filter, self.field_filter, self.status_filter, self.department_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            if combo is not self.status_filter:
                combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        row.addWidget(self.search, 2)
        row.addWidget(self.type_filter)
        row.addWidget(self.field_filter)
        row.addWidget(self.status_filter)
        row.addWidget(self.department_filter)
        self.body.addLayout(row)

    def current_filter(self) -> dto.DocumentFilter:
        return dto.DocumentFilter(
            text=self.search.text(),
            doc_type=choice(self.type_filter),
            field=choice(self.field_filter),
            status=choice(self.status_filter),
            department_id=choice(self.department_filter),
        )

    @staticmethod
    def _refill_combo(combo: QComboBox, first: str, items: list[tuple[str, Any]]) -> None:
        set_choices(combo, [(first, None), *items])

    # ---- detail --------------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        self.detail_info = QLabel(box)
        self.detail_info.setWordWrap(True)
        self.detail_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_info)
        self.detail_tabs = QTabWidget(box)
        self.revisions = ListPanel(
            "",
            [
                Column(
                    self.tr("Lần"), lambda r: f"{r.issue_number:02d}", sort=lambda r: r.issue_number, width=50
                ),
                Column(
                    self.tr("Ngày ban hành"),
                    lambda r: fmt_date(r.issued_on),
                    sort=lambda r: r.issued_on,
                    width=105,
                ),
                Column(
                    self.tr("Ngày hiệu lực"),
                    lambda r: fmt_date(r.effective_on),
                    sort=lambda r: r.effective_on,
                    width=105,
                ),
                Column(self.tr("Tình trạng"), lambda r: revision_state_label(r.state), width=110),
                Column(self.tr("Nội dung sửa đổi"), lambda r: r.change_summary.replace("\n", " "), width=250),
                Column(self.tr("Soạn thảo"), lambda r: r.prepared_by, width=175),
                Column(self.tr("Phê duyệt"), lambda r: r.approved_by, width=150),
                Column(self.tr("Tệp"), lambda r: ", ".join(f.original_name for f in r.files)),
            ],
            box,
            searchable=False,
            add_text=self.tr("Ban hành lần mới…"),
            state_key="revisions",
        )
        self.revisions.title.hide()
        self.revisions.model.color = lambda r: "#1e7b34" if r.state is dto.RevisionState.CURRENT else None
        self.revisions.add_requested.connect(self.issue_revision)
        self.revisions.edit_requested.connect(self.edit_revision)
        self.revisions.delete_requested.connect(self.delete_revision)
        self.revisions.selection_changed.connect(lambda _r: self._update_file_buttons())
        self.open_file_button = QPushButton(self.tr("Mở tệp"), box)
        self.open_file_button.clicked.connect(self.open_file)
        self.save_file_button = QPushButton(self.tr("Lưu bản sao…"), box)
        self.save_file_button.clicked.connect(self.save_file_copy)
        self.revisions.insert_button(self.open_file_button)
        self.revisions.insert_button(self.save_file_button)
        self.detail_tabs.addTab(self.revisions, self.tr("Các lần ban hành"))
        self.forms_list = ListPanel(
            "",
            [
                Column(self.tr("Mã hiệu"), lambda r: r.code, width=170),
                Column(self.tr("Tên biểu mẫu / hướng dẫn"), lambda r: r.title, width=420),
                Column(self.tr("Lần BH"), _issue_text, width=60),
                Column(self.tr("Trạng thái"), lambda r: document_status_label(r.status)),
            ],
            box,
            searchable=False,
        )
        self.forms_list.title.hide()
        for button in (
            self.forms_list.add_button,
            self.forms_list.edit_button,
            self.forms_list.delete_button,
        ):
            button.hide()
        self.forms_list.edit_requested.connect(lambda r: self.select_document(r.id))
        self.detail_tabs.addTab(self.forms_list, self.tr("Biểu mẫu kèm theo"))
        self.updates = ListPanel(
            "",
            [
                Column(self.tr("Văn bản"), lambda r: r.legal_number, width=170),
                Column(self.tr("Trích yếu"), lambda r: r.legal_title, width=360),
                Column(
                    self.tr("Hiệu lực"),
                    lambda r: fmt_date(r.legal_effective_on),
                    sort=lambda r: r.legal_effective_on,
                    width=95,
                ),
                Column(
                    self.tr("Hạn cập nhật"), lambda r: fmt_date(r.due_on), sort=lambda r: r.due_on, width=100
                ),
                Column(self.tr("Tình trạng"), lambda r: update_state_label(r.state)),
            ],
            box,
            searchable=False,
        )
        self.updates.title.hide()
        self.updates.model.color = lambda r: update_state_color(r.state)
        for button in (self.updates.add_button, self.updates.delete_button):
            button.hide()
        # The update is handled on the legal documents' page: go there with it selected.
        self.updates.edit_button.setText(self.tr("Mở việc cập nhật"))
        self.updates.edit_button.setToolTip(
            self.tr("Mở văn bản và việc cập nhật này ở trang Văn bản pháp lý")
        )
        self.updates.edit_requested.connect(lambda r: self.open_record("legal_update", r.id))
        self.detail_tabs.addTab(self.updates, self.tr("Cập nhật theo văn bản"))
        self.history = add_history_tab(self.detail_tabs, self.services, "document", follow=self.list)
        layout.addWidget(self.detail_tabs, 1)
        actions = QHBoxLayout()
        self.obsolete_button = QPushButton(self.tr("Chuyển hết hiệu lực"), box)
        self.obsolete_button.clicked.connect(self.toggle_obsolete)
        actions.addStretch(1)
        actions.addWidget(self.obsolete_button)
        layout.addLayout(actions)
        return box

    # ---- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The data may have changed: filter choices, the total, the rows and the detail again."""
        combos = (self.field_filter, self.department_filter)
        blocked = [c.blockSignals(True) for c in combos]
        fields = self.services.documents.list_fields()
        self._refill_combo(self.field_filter, self.tr("Mọi lĩnh vực"), [(f, f) for f in fields])
        departments = self.services.organization.list_departments()
        self._refill_combo(
            self.department_filter, self.tr("Mọi bộ phận"), [(d.name, d.id) for d in departments]
        )
        for combo, was in zip(combos, blocked, strict=True):
            combo.blockSignals(was)
        self._total = self.services.documents.count_documents()
        self.reload_list()

    def _filter_changed(self) -> None:
        self._timer.stop()
        self.requery()

    def reload_list(self) -> None:
        """The documents changed (a save here or elsewhere): the rows and the detail again."""
        self.requery(fresh=True)

    def requery(self, *, fresh: bool = False) -> None:
        """Query the ids the search and filters let through, in the chosen order (SQL), keeping
        the selected document selected. The detail is read again only when the selection
        changed (or ``fresh``: the data changed); the count and the total come from the ids and
        the total kept by ``refresh``, never from another pass over the list."""
        model = self.list.model
        previous = self._detail.id if self._detail is not None else None
        ids = self.services.documents.document_ids(
            self.current_filter(), sort=model.sort_by(), descending=model.descending
        )
        self._reloading = True
        try:
            model.set_ids(ids)
            if not (previous is not None and self.list.select_key(previous)) and ids:
                self.list.select_view_row(0)
        finally:
            self._reloading = False
        self.list.count_label.setText(
            self.tr("{0} / {1} tài liệu").format(number_text(len(ids)), number_text(self._total))
        )
        self._show_detail(self.list.current(), force=fresh)

    def _selection_changed(self, row: dto.DocumentRow | None) -> None:
        if not self._reloading:
            self._show_detail(row)

    def clear_filters(self) -> None:
        """Every document: no search, every type, status, field and department (one reload)."""
        widgets = (
            self.search,
            self.type_filter,
            self.field_filter,
            self.status_filter,
            self.department_filter,
        )
        blocked = [w.blockSignals(True) for w in widgets]
        self.search.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)  # type: ignore[attr-defined]
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._timer.stop()
        self.requery()

    def select_document(self, document_id: int) -> None:
        if not self.list.select_key(document_id):
            self.clear_filters()
            self.list.select_key(document_id)

    def _show_detail(self, row: dto.DocumentRow | None, *, force: bool = False) -> None:
        if row is not None and not force and self._detail is not None and self._detail.id == row.id:
            return  # the same document: its detail is already shown
        if row is None:
            self._detail = None
            self.detail_title.setText(self.tr("Chọn một tài liệu để xem các lần ban hành."))
            self.detail_info.clear()
            self.revisions.set_rows([])
            self.forms_list.set_rows([])
            self.updates.set_rows([])
            self.revisions.add_button.setEnabled(False)
            self.obsolete_button.setEnabled(False)
            self._update_file_buttons()
            return
        detail = self.services.documents.get_document(row.id)
        self._detail = detail
        self.detail_title.setText(f"{detail.code} — {detail.title}")
        status = document_status_label(detail.status)
        if awaiting_effect(detail.status, detail.current is not None) and detail.upcoming is not None:
            status = self.tr("Sắp hiệu lực")
        parts = [document_type_label(detail.doc_type), status]
        if detail.field:
            parts.append(self.tr("Lĩnh vực: {0}").format(detail.field))
        if detail.department_name:
            parts.append(self.tr("Bộ phận: {0}").format(detail.department_name))
        if detail.parent_code:
            parts.append(self.tr("Thuộc quy trình: {0}").format(detail.parent_code))
        if detail.tthc_codes:
            parts.append(self.tr("Mã TTHC: {0}").format(", ".join(detail.tthc_codes)))
        upcoming = detail.upcoming
        if upcoming is not None:
            parts.append(
                self.tr("Lần {0} sẽ hiệu lực từ {1}").format(
                    upcoming.issue_number, fmt_date(upcoming.effective_on)
                )
            )
        self.detail_info.setText(" · ".join(parts))
        self.revisions.set_rows(list(detail.revisions))
        self.forms_list.set_rows(list(detail.children))
        self.updates.set_rows(self.services.legal.list_impacts(document_id=detail.id))
        open_count = sum(1 for r in self.updates.model.rows if r.status.value == "open")
        self.detail_tabs.setTabText(
            2,
            self.tr("Cập nhật theo văn bản ({0})").format(open_count)
            if open_count
            else self.tr("Cập nhật theo văn bản"),
        )
        self.detail_tabs.setTabText(1, self.tr("Biểu mẫu kèm theo ({0})").format(len(detail.children)))
        obsolete = detail.status is DocumentStatus.OBSOLETE
        self.revisions.add_button.setEnabled(not obsolete)
        self.obsolete_button.setEnabled(True)
        self.obsolete_button.setText(
            self.tr("Dùng lại (đang hiệu lực)") if obsolete else self.tr("Chuyển hết hiệu lực")
        )
        self._update_file_buttons()

    def _update_file_buttons(self) -> None:
        revision = self.revisions.current()
        has_files = bool(revision and revision.files)
        self.open_file_button.setEnabled(has_files)
        self.save_file_button.setEnabled(has_files)

    # ---- documents -----------------------------------------------------------------------------
    def document_fields(self, editing: dto.DocumentDetail | None) -> list[Field]:
        departments = [(self.tr("(không ghi)"), None)] + [
            (d.name, d.id) for d in self.services.organization.list_departments() if d.active
        ]
        procedures = [(self.tr("(không thuộc quy trình nào)"), None)] + [
            (f"{p.code} — {p.title}"[:120], p.id)
            for p in self.services.documents.list_procedures()
            if editing is None or p.id != editing.id
        ]
        return [
            Field("code", self.tr("Mã hiệu"), required=True, placeholder="QT 02/CX-HCTP"),
            Field("title", self.tr("Tên tài liệu"), required=True, kind="multiline", height=50),
            Field(
                "doc_type",
                self.tr("Loại tài liệu"),
                kind="combo",
                choices=[(document_type_label(t), t) for t in DocumentType],
            ),
            Field(
                "field",
                self.tr("Lĩnh vực"),
                kind="combo_edit",
                choices=[(f, f) for f in self.services.documents.list_fields()],
            ),
            Field("department_id", self.tr("Bộ phận chủ trì"), kind="combo", choices=departments),
            Field(
                "status",
                self.tr("Trạng thái"),
                kind="combo",
                choices=[(document_status_label(s), s) for s in DocumentStatus],
            ),
            Field(
                "parent_id",
                self.tr("Thuộc quy trình"),
                kind="combo",
                choices=procedures,
                help=self.tr("Chỉ với biểu mẫu, hướng dẫn."),
            ),
            Field(
                "tthc_codes",
                self.tr("Mã TTHC"),
                placeholder="1.001193; 1.000894",
                help=self.tr("Các thủ tục hành chính quy trình này giải quyết, cách nhau bởi dấu chấm phẩy."),
            ),
            Field("note", self.tr("Ghi chú"), kind="multiline", height=50),
        ]

    def edit_document(self, row: dto.DocumentRow | None) -> object:
        detail = self.services.documents.get_document(row.id) if row is not None else None
        values: dict[str, Any]
        if detail is not None:
            values = {
                name: getattr(detail, name)
                for name in (
                    "code",
                    "title",
                    "doc_type",
                    "field",
                    "department_id",
                    "status",
                    "parent_id",
                    "note",
                )
            }
            values["tthc_codes"] = "; ".join(detail.tthc_codes)
        else:
            # A document is a draft until its first issue (lần ban hành) is entered.
            values = {"status": DocumentStatus.DRAFT, "doc_type": DocumentType.TTHC_PROCEDURE}

        def save(v: dict[str, Any]) -> dto.DocumentDetail:
            codes = tuple(
                c
                for c in str(v.pop("tthc_codes", "")).replace(",", ";").replace("\n", ";").split(";")
                if c.strip()
            )
            v["title"] = " ".join(str(v["title"]).split())
            return self.services.documents.save_document(
                dto.DocumentFields(**v, tthc_codes=codes), detail.id if detail else None
            )

        saved = self.edit_record(self.tr("Tài liệu"), self.document_fields(detail), save, values, width=680)
        if isinstance(saved, dto.DocumentDetail):
            self.select_document(saved.id)
        return saved

    def delete_document(self, row: dto.DocumentRow) -> None:
        self.delete_record(
            self.tr("tài liệu {0}").format(row.code), lambda: self.services.documents.delete_document(row.id)
        )

    def toggle_obsolete(self) -> None:
        detail = self._detail
        if detail is None:
            return
        to = DocumentStatus.IN_FORCE if detail.status is DocumentStatus.OBSOLETE else DocumentStatus.OBSOLETE
        if to is DocumentStatus.OBSOLETE and not confirm(
            self,
            self.tr("Hết hiệu lực"),
            self.tr("Chuyển {0} sang hết hiệu lực? Tài liệu vẫn được lưu và tìm được.").format(detail.code),
            self.tr("Chuyển"),
        ):
            return
        try:
            self.services.documents.set_status(detail.id, to)
        except DomainError as error:
            show_domain_error(self, error)
            return
        self.reload_list()
        self.select_document(detail.id)

    # ---- revisions -----------------------------------------------------------------------------
    def issue_revision(self) -> object:
        if self._detail is None:
            return None
        return self._revision_dialog(None)

    def edit_revision(self, revision: dto.RevisionInfo) -> object:
        return self._revision_dialog(revision)

    def _revision_dialog(self, revision: dto.RevisionInfo | None) -> object:
        assert self._detail is not None
        document_id = self._detail.id
        dialog = RevisionDialog(self.services, self._detail, revision, self)
        if dialog.exec():
            self.reload_list()
            self.select_document(document_id)
            return dialog.result_value
        return None

    def delete_revision(self, revision: dto.RevisionInfo) -> None:
        if self._detail is None:
            return
        document_id = self._detail.id
        if self.delete_record(
            self.tr("lần ban hành {0} của {1}").format(revision.issue_number, self._detail.code),
            lambda: self.services.documents.delete_revision(revision.id),
        ):
            self.select_document(document_id)

    def open_file(self) -> None:
        revision = self.revisions.current()
        if revision is None or not revision.files:
            return
        try:
            for ref in revision.files[:5]:
                path = self.services.attachments.viewing_copy(ref.id)
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        except DomainError as error:
            show_domain_error(self, error)

    def save_file_copy(self) -> None:
        revision = self.revisions.current()
        if revision is None or not revision.files:
            return
        for ref in revision.files:
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Lưu bản sao ({0})").format(file_size_text(ref.size)),
                str(Path.home() / ref.original_name),
            )
            if not target:
                continue
            try:
                self.services.attachments.save_copy(ref.id, Path(target))
            except DomainError as error:
                show_domain_error(self, error)

    # ---- import / export -----------------------------------------------------------------------
    def import_documents(self) -> None:
        from app.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.services, "documents", self, tasks=self.tasks)
        if dialog.exec():
            self.refresh()

    def export_register(self) -> None:
        from app.ui.dialogs.export_dialog import export_register

        export_register(self, self.services, "internal", self.tasks)

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "document":
            return False
        # Filtered out: the filters and the search are cleared, then it is looked for again.
        self.select_document(record_id)
        current = self.list.current()
        return current is not None and current.id == record_id

    def screenshots(self, shoot: Shoot) -> None:
        """The issue dialog of the selected document, and the import preview of a sample file."""
        import tempfile
        from pathlib import Path

        from app.ui.dialogs.import_dialog import ImportDialog
        from app.ui.dialogs.revision_dialog import RevisionDialog

        if self._detail is not None:
            dialog = RevisionDialog(self.services, self._detail, None, self)
            dialog.show()
            shoot("hop thoai ban hanh lan moi", dialog)
            dialog.close()
        with tempfile.TemporaryDirectory() as tmp:
            sample = Path(tmp) / "danh-muc-tthc-mau.csv"
            sample.write_text(
                "DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ;;;;\n"
                "STT;Mã TTHC;Tên thủ tục hành chính;Lĩnh vực;Cấp thực hiện\n"
                "I. LĨNH VỰC HỘ TỊCH;;;;\n"
                "1;1.001193;Đăng ký khai sinh;;Cấp xã\n"
                "2;1.000894;Đăng ký kết hôn;;Cấp xã\n"
                "3;1.004.946;Đăng ký lại khai tử;;Cấp xã\n"
                "II. LĨNH VỰC CHỨNG THỰC;;;;\n"
                "4;2.000815;Chứng thực chữ ký trong các giấy tờ, văn bản (bản sửa đổi);;Cấp xã\n"
                "5;1.115453;Thủ tục mới do tỉnh công bố;;Cấp xã\n",
                encoding="utf-8-sig",
            )
            importer = ImportDialog(self.services, "tthc", self)
            importer.load(sample)
            importer.show()
            shoot("hop thoai nhap danh muc tthc", importer)
            importer.close()
