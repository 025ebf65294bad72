"""Bộ phận và cán bộ: departments and staff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSplitter, QWidget

from app.bootstrap import Services
from app.services import dto
from app.services.vocabulary import person_sort_key
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field, RecordDialog
from app.ui.widgets.tables import Column, ListPanel


class OrganizationPage(Page):
    key = "organization"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Bộ phận và cán bộ"),
            self.tr("Các bộ phận chủ trì quy trình, hành động và cán bộ, công chức của cơ quan."),
            parent,
            tasks=tasks,
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("orgSplitter")
        self.departments = ListPanel(
            self.tr("Bộ phận"),
            [
                Column(
                    self.tr("Tên bộ phận"), lambda r: r.name, sort=lambda r: (r.sort_order, r.name), width=200
                ),
                Column(self.tr("Cán bộ"), lambda r: r.person_count, align_right=True, width=60),
                # Before the abbreviation: visible without scrolling in the narrower half.
                Column(
                    self.tr("Trạng thái"),
                    lambda r: self.tr("Đang hoạt động") if r.active else self.tr("Ngừng"),
                    width=115,
                ),
                Column(self.tr("Viết tắt"), lambda r: r.code),
            ],
            state_key="department_list",  # new key: the columns were reordered
        )
        self.departments.model.muted = lambda r: not r.active
        self.departments.add_requested.connect(lambda: self.edit_department(None))
        self.departments.edit_requested.connect(self.edit_department)
        self.departments.delete_requested.connect(
            lambda r: self.delete_record(
                self.tr("bộ phận “{0}”").format(r.name),
                lambda: self.services.organization.delete_department(r.id),
            )
        )
        self.departments.selection_changed.connect(lambda _r: self._filter_persons())
        self.persons = ListPanel(
            self.tr("Cán bộ, công chức"),
            [
                Column(
                    self.tr("Họ và tên"),
                    lambda r: r.full_name,
                    sort=lambda r: person_sort_key(r.full_name),
                    width=170,
                ),
                Column(self.tr("Chức vụ"), lambda r: r.position, width=170),
                Column(self.tr("Bộ phận"), lambda r: r.department_name, width=150),
                Column(
                    self.tr("Trạng thái"),
                    lambda r: self.tr("Đang công tác") if r.active else self.tr("Đã nghỉ/chuyển"),
                    width=115,
                ),
                Column(self.tr("Điện thoại"), lambda r: r.phone),
            ],
            state_key="person_list",  # new key: the columns were reordered
        )
        self.persons.model.muted = lambda r: not r.active
        self.only_department = QCheckBox(self.tr("Chỉ cán bộ của bộ phận đang chọn"), self)
        self.only_department.toggled.connect(lambda _c: self._filter_persons())
        # On its own row under the heading: beside the heading there is no room at the minimum width.
        self.persons.add_widget_above_table(self.only_department)
        self.persons.add_requested.connect(lambda: self.edit_person(None))
        self.persons.edit_requested.connect(self.edit_person)
        self.persons.delete_requested.connect(
            lambda r: self.delete_record(r.full_name, lambda: self.services.organization.delete_person(r.id))
        )
        self.training_button = self.persons.insert_button(
            self.tr("Đào tạo đã tham gia…"),
            clicked=self.show_training,
            tooltip=self.tr("Các lớp đào tạo, tập huấn cán bộ đang chọn đã tham dự và chứng chỉ"),
        )
        self.persons.selection_changed.connect(lambda r: self.training_button.setEnabled(r is not None))
        self.training_button.setEnabled(False)
        splitter.addWidget(self.departments)
        splitter.addWidget(self.persons)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 630])
        self.body.addWidget(splitter, 1)
        self._all_persons: list[dto.Person] = []

    def refresh(self) -> None:
        self.departments.set_rows(self.services.organization.list_departments())
        self._all_persons = self.services.organization.list_persons()
        self._filter_persons()

    def _filter_persons(self) -> None:
        department = self.departments.current()
        rows = self._all_persons
        if self.only_department.isChecked() and department is not None:
            rows = [p for p in rows if p.department_id == department.id]
        self.persons.set_rows(rows)

    def edit_department(self, row: dto.Department | None) -> object:
        fields = [
            Field(
                "name",
                self.tr("Tên bộ phận"),
                required=True,
                placeholder=self.tr("Ví dụ: Văn phòng HĐND và UBND"),
            ),
            Field(
                "code",
                self.tr("Chữ viết tắt"),
                placeholder="VP",
                help=self.tr("Dùng ở dòng “Lưu: VT, VP.” của văn bản."),
            ),
            Field("sort_order", self.tr("Thứ tự"), kind="int", maximum=999),
            Field("active", self.tr("Đang hoạt động"), kind="check"),
        ]
        return self.edit_record(
            self.tr("Bộ phận"),
            fields,
            lambda v: self.services.organization.save_department(
                dto.DepartmentFields(**v), row.id if row else None
            ),
            row or {"active": True},
        )

    def edit_person(self, row: dto.Person | None) -> object:
        departments = self.services.organization.list_departments()
        choices: list[tuple[str, object]] = [(self.tr("(chưa thuộc bộ phận nào)"), None)]
        choices += [(d.name, d.id) for d in departments if d.active or (row and d.id == row.department_id)]
        fields = [
            Field("full_name", self.tr("Họ và tên"), required=True),
            Field("position", self.tr("Chức vụ"), placeholder=self.tr("Ví dụ: Công chức Tư pháp - Hộ tịch")),
            Field("department_id", self.tr("Bộ phận"), kind="combo", choices=choices),
            Field("phone", self.tr("Điện thoại")),
            Field("email", self.tr("Thư điện tử")),
            Field("active", self.tr("Đang công tác"), kind="check"),
        ]
        current = self.departments.current()
        initial: object = row or {"active": True, "department_id": current.id if current else None}
        return self.edit_record(
            self.tr("Cán bộ, công chức"),
            fields,
            lambda v: self.services.organization.save_person(dto.PersonFields(**v), row.id if row else None),
            initial,
        )

    def show_training(self) -> None:
        """The training history of the selected person."""
        from app.ui.dialogs.training_dialog import PersonTrainingDialog

        person = self.persons.current()
        if person is not None:
            PersonTrainingDialog(self.services, person, self).exec()

    def screenshots(self, shoot: Shoot) -> None:
        """The person dialog as the user sees it when editing (not run modally)."""
        rows = self.persons.model.rows
        captured: list[RecordDialog] = []
        original = RecordDialog.exec

        def show_only(dialog: RecordDialog) -> int:
            dialog.show()
            captured.append(dialog)
            return 0

        RecordDialog.exec = show_only  # type: ignore[method-assign]
        try:
            self.edit_person(rows[0] if rows else None)
        finally:
            RecordDialog.exec = original  # type: ignore[method-assign]
        for dialog in captured:
            shoot("hop thoai can bo", dialog)
            dialog.close()
