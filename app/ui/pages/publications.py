"""Công bố HTQLCL: publication and re-publication decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QWidget

from app.bootstrap import Services
from app.models import PublicationKind
from app.services import dto
from app.ui.dialogs.decision_export import export_decision
from app.ui.formatting import fmt_date, publication_kind_label
from app.ui.pages.base import Page
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field
from app.ui.widgets.tables import Column, ListPanel


class PublicationsPage(Page):
    key = "publications"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Công bố HTQLCL"),
            self.tr(
                "Quyết định công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 và các lần công bố lại "
                "khi điều chỉnh, mở rộng hoặc thu hẹp phạm vi."
            ),
            parent,
            tasks=tasks,
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("publicationSplitter")
        self.list = ListPanel(
            self.tr("Quyết định công bố"),
            [
                Column(self.tr("Loại"), lambda r: publication_kind_label(r.kind), width=110),
                Column(self.tr("Số quyết định"), lambda r: r.number, width=150),
                Column(
                    self.tr("Ngày ký"), lambda r: fmt_date(r.signed_on), sort=lambda r: r.signed_on, width=100
                ),
                Column(self.tr("Lý do"), lambda r: r.reason.replace("\n", " ")),
            ],
            add_text=self.tr("Thêm quyết định…"),
            state_key="publications",
        )
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.list.delete_requested.connect(
            lambda r: self.delete_record(
                self.tr("quyết định số {0}").format(r.number),
                lambda: self.services.qms.delete_publication(r.id),
            )
        )
        self.list.selection_changed.connect(self._show)
        self.print_button = self.list.insert_button(
            self.tr("In quyết định…"),
            clicked=lambda: self.export_decision(self.list.current()),
            tooltip=self.tr("Xuất quyết định công bố đang chọn để trình ký: PDF, Word hoặc Excel"),
        )
        self.print_button.setObjectName("printDecisionButton")
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("readonlyText")
        self.detail.setReadOnly(True)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)

    def refresh(self) -> None:
        rows = self.services.qms.list_publications()
        self.list.set_rows(rows)
        if self.list.current() is None and rows:
            self.list.select_where(lambda r: r.id == rows[0].id)
        self._show(self.list.current())

    def _show(self, row: dto.Publication | None) -> None:
        self.print_button.setEnabled(row is not None)
        if row is None:
            self.detail.setPlainText(
                self.tr("Chưa có quyết định công bố nào. Bấm “Thêm quyết định…” để ghi lại.")
            )
            return
        text = self.tr("{0} — Quyết định số {1} ngày {2}").format(
            publication_kind_label(row.kind), row.number, fmt_date(row.signed_on)
        )
        if row.reason:
            text += "\n\n" + self.tr("Lý do:") + "\n" + row.reason
        if row.scope:
            text += "\n\n" + self.tr("Phạm vi công bố:") + "\n" + row.scope
        self.detail.setPlainText(text)

    def export_decision(self, row: dto.Publication | None) -> None:
        """Save decision ``row`` as PDF, Word or Excel (the ``publication`` export kind)."""
        if row is None or row.signed_on is None:
            return
        export_decision(self, self.services, "publication", row.number, row.signed_on, self.tasks)

    def edit(self, row: dto.Publication | None) -> object:
        fields = [
            Field(
                "kind",
                self.tr("Loại"),
                kind="combo",
                choices=[(publication_kind_label(k), k) for k in PublicationKind],
            ),
            Field("number", self.tr("Số quyết định"), required=True, placeholder="125/QĐ-UBND"),
            Field("signed_on", self.tr("Ngày ký"), kind="date", required=True),
            Field(
                "reason",
                self.tr("Lý do"),
                kind="multiline",
                height=70,
                help=self.tr("Bắt buộc khi công bố lại (ví dụ: sắp xếp đơn vị hành chính, mở rộng phạm vi)."),
            ),
            Field("scope", self.tr("Phạm vi công bố"), kind="multiline", height=110),
            Field(
                "agency_name",
                self.tr("Tên cơ quan trong quyết định"),
                help=self.tr(
                    "Tên cơ quan khi công bố. Cơ quan đổi tên (sắp xếp đơn vị hành chính…) thì phải công bố lại."
                ),
            ),
            Field("posted_on", self.tr("Ngày niêm yết"), kind="date"),
        ]
        has_initial = any(p.kind is PublicationKind.INITIAL for p in self.list.model.rows)
        profile = self.services.agency.get_profile()
        initial: object = row or {
            "kind": PublicationKind.REPUBLICATION if has_initial else PublicationKind.INITIAL,
            "agency_name": profile.full_name if profile is not None else "",
        }
        return self.edit_record(
            self.tr("Quyết định công bố HTQLCL"),
            fields,
            lambda v: self.services.qms.save_publication(dto.PublicationFields(**v), row.id if row else None),
            initial,
            width=640,
        )
