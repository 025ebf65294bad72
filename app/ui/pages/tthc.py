"""Danh mục TTHC: the catalogue, which TTHC are in the agency's jurisdiction, and coverage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.bootstrap import Services
from app.services import dto
from app.services.vocabulary import number_text
from app.ui.formatting import percent, yes_no
from app.ui.pages.base import Page
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field, add_choice, choice, find_choice, set_choices
from app.ui.widgets.tables import SEARCH_DELAY_MS, Column, ListPanel, QueryRowsModel

UNCOVERED_COLOR = "#b3261e"  # in the jurisdiction and no procedure in force covers it


class TthcPage(Page):
    key = "tthc"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Danh mục thủ tục hành chính"),
            self.tr(
                "TTHC thuộc thẩm quyền giải quyết của cơ quan phải có quy trình đang hiệu lực (mục tiêu 100 %). "
                "Nhập danh mục từ tệp Excel của Cổng dịch vụ công hoặc quyết định công bố của tỉnh."
            ),
            parent,
            tasks=tasks,
        )
        self.coverage_label = QLabel(self)
        self.coverage_label.setObjectName("cardValue")
        self.coverage_label.setWordWrap(True)
        self.body.addWidget(self.coverage_label)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm mã, tên thủ tục…"))
        self.search.setToolTip(self.tr("Tìm theo mã hoặc tên thủ tục, không cần gõ dấu"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)  # the row must fit the smallest window; it stretches beyond
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.requery)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.field_filter = QComboBox(self)
        self.jurisdiction_filter = QComboBox(self)
        add_choice(self.jurisdiction_filter, self.tr("Thuộc thẩm quyền"), True)
        add_choice(self.jurisdiction_filter, self.tr("Ngoài thẩm quyền"), False)
        add_choice(self.jurisdiction_filter, self.tr("Cả danh mục"), None)
        self.uncovered = QCheckBox(self.tr("Chỉ TTHC chưa có quy trình"), self)
        # Wide enough for its longest choice; the fields can be long ("Lao động - Thương binh và
        # Xã hội"): that combo shows what fits, its tooltip the whole name.
        self.jurisdiction_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.field_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.field_filter.setMinimumContentsLength(14)
        self.field_filter.currentIndexChanged.connect(
            lambda _i: self.field_filter.setToolTip(self.field_filter.currentText())
        )
        for combo in (self.field_filter, self.jurisdiction_filter):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.uncovered.toggled.connect(lambda _c: self._filter_changed())
        row.addWidget(self.search, 2)
        row.addWidget(self.field_filter)
        row.addWidget(self.jurisdiction_filter)
        row.addWidget(self.uncovered)
        row.addStretch(1)
        self.body.addLayout(row)
        # A provincial catalogue can hold thousands of TTHC: filtered and sorted in SQL, rows
        # fetched as they are painted (the pattern of the document register).
        columns = [
            Column(self.tr("Mã TTHC"), lambda r: r.code, width=90, sort_by="code"),
            Column(self.tr("Tên thủ tục hành chính"), lambda r: r.name, width=440, sort_by="name"),
            Column(self.tr("Lĩnh vực"), lambda r: r.field, width=150, sort_by="field"),
            Column(self.tr("Cấp thực hiện"), lambda r: r.level, width=115, sort_by="level"),
            Column(
                self.tr("Thẩm quyền"), lambda r: yes_no(r.in_jurisdiction), width=100, sort_by="jurisdiction"
            ),
            Column(
                self.tr("Quy trình"),
                lambda r: ", ".join(r.procedure_codes) or self.tr("Chưa có"),
                sort_by="procedure",
            ),
        ]
        model = QueryRowsModel(columns, self.services.tthc.tthc_rows, self)
        self.list = ListPanel(
            "",
            columns,
            searchable=False,
            multi_select=True,
            add_text=self.tr("Thêm TTHC…"),
            state_key="tthc",
            model=model,
        )
        model.sort_requested.connect(self.requery)
        self.list.title.hide()
        self.list.model.muted = lambda r: not r.in_jurisdiction
        self.list.model.color = lambda r: (
            UNCOVERED_COLOR if r.in_jurisdiction and not r.procedure_codes else None
        )
        # Red only in the jurisdiction (the default filter); grey rows say "Không" under Thẩm quyền.
        self.list.set_legend([(UNCOVERED_COLOR, self.tr("chưa có quy trình"))])
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.list.delete_requested.connect(
            lambda r: self.delete_record(
                self.tr("TTHC {0}").format(r.code), lambda: self.services.tthc.delete_tthc(r.id)
            )
        )
        self.mark_in = QPushButton(self.tr("Thuộc thẩm quyền"), self)
        self.mark_in.setToolTip(
            self.tr("Đánh dấu các TTHC đang chọn là thuộc thẩm quyền giải quyết của cơ quan")
        )
        self.mark_in.clicked.connect(lambda: self.set_jurisdiction(True))
        self.mark_out = QPushButton(self.tr("Không thuộc thẩm quyền"), self)
        self.mark_out.clicked.connect(lambda: self.set_jurisdiction(False))
        self.import_button = QPushButton(self.tr("Nhập từ tệp…"), self)
        self.import_button.clicked.connect(self.import_catalogue)
        self.export_button = QPushButton(self.tr("Xuất danh mục…"), self)
        self.export_button.setToolTip(
            self.tr(
                "In danh mục TTHC (lĩnh vực, thẩm quyền, quy trình ISO giải quyết) ra PDF, Word hoặc Excel"
            )
        )
        self.export_button.clicked.connect(self.export_catalogue)
        self.list.insert_button(self.mark_in)
        self.list.insert_button(self.mark_out)
        self.list.insert_button(self.import_button)
        self.list.insert_button(self.export_button)
        self.body.addWidget(self.list, 1)

    def export_catalogue(self) -> None:
        from app.ui.dialogs.export_dialog import export_register

        export_register(self, self.services, "tthc", self.tasks)

    def current_filter(self) -> dto.TthcFilter:
        return dto.TthcFilter(
            text=self.search.text(),
            field=choice(self.field_filter),
            in_jurisdiction=choice(self.jurisdiction_filter),
            uncovered_only=self.uncovered.isChecked(),
        )

    def refresh(self) -> None:
        fields = [(f, f) for f in self.services.tthc.list_fields()]
        blocked = self.field_filter.blockSignals(True)
        set_choices(self.field_filter, [(self.tr("Mọi lĩnh vực"), None), *fields])
        self.field_filter.blockSignals(blocked)
        self.reload_list()

    def _filter_changed(self) -> None:
        self._timer.stop()
        self.requery()

    def requery(self) -> None:
        """The ids the search and filters let through, in the chosen order (SQL); the selected
        TTHC stays selected when still listed."""
        model = self.list.model
        previous = [r.id for r in self.list.selected()]
        ids = self.services.tthc.tthc_ids(
            self.current_filter(), sort=model.sort_by(), descending=model.descending
        )
        model.set_ids(ids)
        for key in previous[:1]:
            self.list.select_key(key)
        self.list.count_label.setText(self.tr("{0} TTHC").format(number_text(len(ids))))

    def reload_list(self) -> None:
        """The catalogue changed (or the page is shown): the rows and the coverage again."""
        self.requery()
        cov = self.services.tthc.coverage()
        if cov.total == 0:
            self.coverage_label.setText(self.tr("Chưa có danh mục TTHC. Bấm “Nhập từ tệp…” để nhập."))
            return
        self.coverage_label.setText(
            self.tr(
                "Thuộc thẩm quyền: {0} TTHC — đã có quy trình: {1} ({2}) — chưa có quy trình: {3}"
            ).format(
                cov.in_jurisdiction, cov.covered, percent(cov.covered, cov.in_jurisdiction), cov.uncovered
            )
        )

    def set_jurisdiction(self, value: bool) -> None:
        rows = self.list.selected()
        if not rows:
            return
        self.services.tthc.set_jurisdiction([r.id for r in rows], value)
        self.reload_list()

    def edit(self, row: dto.TthcRow | None) -> object:
        fields = [
            Field("code", self.tr("Mã TTHC"), required=True, placeholder="1.001193"),
            Field("name", self.tr("Tên thủ tục hành chính"), required=True, kind="multiline", height=60),
            Field(
                "field",
                self.tr("Lĩnh vực"),
                kind="combo_edit",
                choices=[(f, f) for f in self.services.tthc.list_fields()],
            ),
            Field("level", self.tr("Cấp thực hiện"), placeholder=self.tr("Cấp xã")),
            Field("in_jurisdiction", self.tr("Thuộc thẩm quyền giải quyết của cơ quan"), kind="check"),
            Field("note", self.tr("Ghi chú"), kind="multiline", height=50),
        ]

        def save(v: dict[str, Any]) -> dto.TthcRow:
            v["name"] = " ".join(str(v["name"]).split())
            return self.services.tthc.save_tthc(dto.TthcFields(**v), row.id if row else None)

        return self.edit_record(
            self.tr("Thủ tục hành chính"), fields, save, row or {"in_jurisdiction": True}, width=640
        )

    def import_catalogue(self) -> None:
        from app.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.services, "tthc", self, tasks=self.tasks)
        if dialog.exec():
            self.refresh()

    def clear_filters(self) -> None:
        """The whole catalogue: no search, every field, in and out of the jurisdiction (one reload)."""
        widgets = (self.search, self.field_filter, self.jurisdiction_filter, self.uncovered)
        blocked = [w.blockSignals(True) for w in widgets]
        self.search.clear()
        self.field_filter.setCurrentIndex(0)
        self.jurisdiction_filter.setCurrentIndex(find_choice(self.jurisdiction_filter, None))
        self.uncovered.setChecked(False)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._timer.stop()
        self.requery()

    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "tthc":
            return False
        if self.list.select_key(record_id):
            return True
        self.clear_filters()
        return self.list.select_key(record_id)
