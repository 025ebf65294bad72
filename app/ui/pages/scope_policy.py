"""Phạm vi và chính sách: dated versions of the QMS scope and of the quality policy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTabWidget, QWidget

from app.bootstrap import Services
from app.services import dto
from app.ui.formatting import fmt_date
from app.ui.pages.base import Page
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field, RecordDialog
from app.ui.widgets.tables import Column, ListPanel


class VersionsPanel(QSplitter):
    """Versions list above, the selected version's full text below."""

    def __init__(
        self,
        page: Page,
        noun: str,
        list_versions: Callable[[], list[dto.TextVersion]],
        save: Callable[[dto.TextVersionFields, int | None], dto.TextVersion],
        delete: Callable[[int], None],
        name: str,
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, page)
        self.setObjectName(name)
        self.page = page
        self.noun = noun
        self._list_versions = list_versions
        self._save = save
        self._delete = delete
        self._current_id: int | None = None
        self.list = ListPanel(
            self.tr("Các phiên bản {0}").format(noun),
            [
                Column(
                    self.tr("Hiệu lực từ"),
                    lambda r: fmt_date(r.effective_on),
                    sort=lambda r: r.effective_on,
                    width=110,
                ),
                Column(self.tr("Tình trạng"), self._status, width=150),
                Column(self.tr("Căn cứ / ghi chú"), lambda r: r.note, width=260),
                Column(self.tr("Nội dung"), lambda r: r.text.replace("\n", " ")),
            ],
            add_text=self.tr("Thêm phiên bản…"),
            searchable=False,
            state_key=name,
        )
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.list.delete_requested.connect(
            lambda r: page.delete_record(
                self.tr("phiên bản {0} hiệu lực từ {1}").format(noun, fmt_date(r.effective_on)),
                lambda: self._delete(r.id),
            )
        )
        self.list.selection_changed.connect(self._show)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("readonlyText")
        self.text.setReadOnly(True)
        self.addWidget(self.list)
        self.addWidget(self.text)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)

    def _status(self, row: dto.TextVersion) -> str:
        if row.id == self._current_id:
            return self.tr("Đang áp dụng")
        if row.effective_on and row.effective_on > self.page.today():
            return self.tr("Sắp hiệu lực")
        return self.tr("Đã thay thế")

    def refresh(self) -> None:
        rows = self._list_versions()
        today = self.page.today()
        current = next((r for r in rows if r.effective_on and r.effective_on <= today), None)
        self._current_id = current.id if current else None
        self.list.set_rows(rows)
        if self.list.current() is None and current is not None:
            self.list.select_where(lambda r: r.id == current.id)
        self._show(self.list.current())

    def _show(self, row: dto.TextVersion | None) -> None:
        if row is None:
            self.text.setPlainText(self.tr("Chưa có phiên bản nào. Bấm “Thêm phiên bản…” để nhập."))
        else:
            self.text.setPlainText(row.text)

    def edit(self, row: dto.TextVersion | None) -> object:
        fields = [
            Field("effective_on", self.tr("Hiệu lực từ ngày"), kind="date", required=True),
            Field("text", self.tr("Nội dung"), kind="multiline", required=True, height=220),
            Field(
                "note",
                self.tr("Căn cứ / ghi chú"),
                placeholder=self.tr("Ví dụ: Quyết định số 15/QĐ-UBND ngày 10/01/2026"),
            ),
        ]
        dialog = RecordDialog(
            self.tr("Phiên bản {0}").format(self.noun),
            fields,
            lambda v: self._save(dto.TextVersionFields(**v), row.id if row else None),
            self,
            values=row or {"effective_on": self.page.today()},
            width=720,
        )
        if dialog.exec():
            self.refresh()
            return dialog.result_value
        return None


class ScopePolicyPage(Page):
    key = "scope_policy"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Phạm vi áp dụng và chính sách chất lượng"),
            self.tr(
                "Mỗi lần thay đổi được lưu thành một phiên bản có ngày hiệu lực; phiên bản mới nhất đã có hiệu lực là phiên bản đang áp dụng."
            ),
            parent,
            tasks=tasks,
        )
        qms = services.qms
        self.tabs = QTabWidget(self)
        self.scope = VersionsPanel(
            self,
            self.tr("phạm vi áp dụng"),
            qms.list_scope_versions,
            qms.save_scope_version,
            qms.delete_scope_version,
            "scopeVersions",
        )
        self.policy = VersionsPanel(
            self,
            self.tr("chính sách chất lượng"),
            qms.list_policy_versions,
            qms.save_policy_version,
            qms.delete_policy_version,
            "policyVersions",
        )
        self.tabs.addTab(self.scope, self.tr("Phạm vi áp dụng HTQLCL"))
        self.tabs.addTab(self.policy, self.tr("Chính sách chất lượng"))
        self.body.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.scope.refresh()
        self.policy.refresh()
