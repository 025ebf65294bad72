"""Đào tạo, tập huấn (ISO 9001:2015 §7.2–7.3): the year's sessions, who attended each and their
certificates; the year's list exported for printing."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.services.errors import DomainError
from app.services.training import AttendeeRow, TrainingDetail, TrainingRow
from app.services.vocabulary import person_sort_key
from app.ui import errors as ui_errors
from app.ui.dialogs.export_dialog import export_file, suggested_name
from app.ui.dialogs.training_dialog import (
    AttendeePicker,
    TrainingDialog,
    choose_certificate,
    hours_text,
    open_attachment,
    training_type_text,
)
from app.ui.formatting import fmt_date
from app.ui.pages.base import Shoot, YearPage
from app.ui.tasks import TaskRunner
from app.ui.widgets.tables import MUTED_COLOR, Column, ListPanel


class TrainingPage(YearPage):
    key = "training"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(
            services,
            self.tr("Đào tạo, tập huấn"),
            self.tr(
                "Các lớp đào tạo, tập huấn, nâng cao nhận thức của năm, người tham dự và chứng chỉ của họ "
                "(TCVN ISO 9001:2015, mục 7.2, 7.3). Lớp có ngày sau hôm nay là lớp dự kiến."
            ),
            parent,
            tasks=tasks,
        )
        self._detail: TrainingDetail | None = None
        row = self._year_row()
        row.addStretch(1)
        self.summary = QLabel(self)
        row.addWidget(self.summary)
        self.export_button = QPushButton(self.tr("Xuất danh sách…"), self)
        self.export_button.setToolTip(
            self.tr("Lưu danh sách đào tạo, tập huấn của năm ra tệp PDF hoặc Excel")
        )
        self.export_button.clicked.connect(self.export_register)
        row.addWidget(self.export_button)
        self.body.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("trainingSplitter")
        self.list = ListPanel(
            "",
            [
                Column(self.tr("Ngày"), self._day_text, sort=lambda r: r.on, width=105),
                Column(self.tr("Nội dung"), lambda r: r.title, width=330),
                Column(self.tr("Loại"), lambda r: training_type_text(r.type), width=175),
                Column(self.tr("Đơn vị tổ chức"), lambda r: r.organiser, width=210),
                Column(
                    self.tr("Số giờ"),
                    lambda r: hours_text(r.hours),
                    sort=lambda r: r.hours,
                    width=60,
                    align_right=True,
                ),
                Column(self.tr("Người tham dự"), lambda r: r.attendees, align_right=True),
            ],
            splitter,
            searchable=False,
            add_text=self.tr("Thêm lớp…"),
            state_key="training",
        )
        self.list.title.hide()
        self.list.model.muted = lambda r: r.planned
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.list.delete_requested.connect(self.delete)
        self.list.selection_changed.connect(self._selected)
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 400])
        self.body.addWidget(splitter, 1)

    def _day_text(self, row: TrainingRow | TrainingDetail) -> str:
        return self.tr("{0} (dự kiến)").format(fmt_date(row.on)) if row.planned else fmt_date(row.on)

    def _build_detail(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(box)
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        self.info_text = QLabel(box)
        self.info_text.setObjectName("detailText")
        self.info_text.setWordWrap(True)
        self.info_text.setTextFormat(Qt.TextFormat.RichText)
        self.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.info_text)
        self.attendees = ListPanel(
            self.tr("Người tham dự"),
            [
                Column(
                    self.tr("Họ và tên"),
                    lambda a: a.full_name,
                    sort=lambda a: person_sort_key(a.full_name),
                    width=200,
                ),
                Column(self.tr("Chức vụ"), lambda a: a.position, width=280),
                Column(self.tr("Bộ phận"), lambda a: a.department_name, width=230),
                Column(self.tr("Chứng chỉ"), self._certificate_text),
            ],
            box,
            add_text=self.tr("Thêm người tham dự…"),
            delete_text=self.tr("Bỏ khỏi danh sách"),
            state_key="training_attendees",
        )
        self.attendees.edit_button.hide()
        self.attendees.model.muted = lambda a: not a.active
        self.attendees.add_requested.connect(self.add_attendees)
        self.attendees.delete_requested.connect(self.remove_attendee)
        self.attendees.edit_requested.connect(lambda _a: self.open_certificate())
        self.attach_button = self.attendees.insert_button(
            self.tr("Đính kèm chứng chỉ…"),
            clicked=self.attach_certificate,
            tooltip=self.tr(
                "Lưu bản chụp chứng chỉ, giấy chứng nhận của người đang chọn (thay bản cũ nếu có)"
            ),
        )
        self.open_button = self.attendees.insert_button(
            self.tr("Mở chứng chỉ"), clicked=self.open_certificate
        )
        self.remove_file_button = self.attendees.insert_button(
            self.tr("Bỏ chứng chỉ"), clicked=self.remove_certificate
        )
        self.attendees.selection_changed.connect(lambda _a: self._update_buttons())
        layout.addWidget(self.attendees, 1)
        return box

    def _certificate_text(self, a: AttendeeRow) -> str:
        return a.certificate.original_name if a.certificate is not None else ""

    # ---- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        rows = self.services.training.sessions(self.year())
        self.list.set_rows(rows)  # keeps the selected session
        if self.list.current() is None and rows:
            self.list.select_where(lambda r: r.id == rows[0].id)
        held = [r for r in rows if not r.planned]
        self.list.count_label.setText(self.tr("{0} lớp").format(len(rows)))
        self.summary.setText(
            self.tr("Năm {0}: {1} lớp đã tổ chức, {2} lượt người tham dự").format(
                self.year(), len(held), sum(r.attendees for r in held)
            )
        )
        self._show(self.list.current())

    def reload_detail(self) -> None:
        """After a change to the selected session: its row and its detail."""
        self.reload()

    def _selected(self, row: TrainingRow | None) -> None:
        if row is None or self._detail is None or self._detail.id != row.id:
            self._show(row)

    def _show(self, row: TrainingRow | None) -> None:
        self.attendees.setEnabled(row is not None)
        if row is None:
            self._detail = None
            self.detail_title.setText(
                self.tr("Năm {0} chưa có lớp đào tạo, tập huấn nào. Bấm “Thêm lớp…” để ghi nhận.").format(
                    self.year()
                )
                if not self.list.model.rows
                else self.tr("Chọn một lớp để xem người tham dự và chứng chỉ.")
            )
            self.info_text.clear()
            self.attendees.set_rows([])
            self.attendees.count_label.clear()
            self._update_buttons()
            return
        detail = self.services.training.get(row.id)
        self._detail = detail
        self.detail_title.setText(self.tr("{0} — {1}").format(self._day_text(detail), detail.title))
        self.info_text.setText(self._info_html(detail))
        self.attendees.set_rows(list(detail.attendees), keep=lambda a: a.person_id)
        with_file = sum(1 for a in detail.attendees if a.certificate is not None)
        self.attendees.count_label.setText(
            self.tr("{0} người, {1} có chứng chỉ").format(len(detail.attendees), with_file)
        )
        self._update_buttons()

    def _info_html(self, d: TrainingDetail) -> str:
        muted = f'<span style="color:{MUTED_COLOR}">{html.escape(self.tr("(chưa ghi)"))}</span>'
        parts = [
            (self.tr("Loại"), html.escape(training_type_text(d.type))),
            (self.tr("Đơn vị tổ chức"), html.escape(d.organiser) if d.organiser else muted),
            (self.tr("Số giờ"), html.escape(hours_text(d.hours)) if d.hours else muted),
        ]
        text = " &nbsp;·&nbsp; ".join(
            f"<span style='color:#555'>{html.escape(k)}:</span> {v}" for k, v in parts
        )
        if d.note.strip():
            text += "<br>" + html.escape(d.note).replace("\n", "<br>")
        return text

    def _update_buttons(self) -> None:
        current: AttendeeRow | None = self.attendees.current()
        held = self._detail is not None and not self._detail.planned
        self.attach_button.setEnabled(current is not None and held)
        self.attach_button.setToolTip(
            self.tr("Lưu bản chụp chứng chỉ, giấy chứng nhận của người đang chọn (thay bản cũ nếu có)")
            if held or self._detail is None
            else self.tr("Lớp dự kiến chưa diễn ra: chưa đính kèm chứng chỉ được")
        )
        has_file = current is not None and current.certificate is not None
        self.open_button.setEnabled(has_file)
        self.remove_file_button.setEnabled(has_file)

    # ---- sessions ------------------------------------------------------------------------------
    def edit(self, row: TrainingRow | None) -> None:
        detail = self.services.training.get(row.id) if row is not None else None
        dialog = TrainingDialog(self.services, detail, self)
        if dialog.exec():
            saved = dialog.result_value
            if isinstance(saved, int):
                self.select(saved)

    def delete(self, row: TrainingRow) -> None:
        self.delete_record(
            self.tr("lớp “{0}” ngày {1} cùng danh sách tham dự và chứng chỉ").format(
                row.title, fmt_date(row.on)
            ),
            lambda: self.services.training.delete(row.id),
        )

    def select(self, training_id: int) -> bool:
        """Show the year of session ``training_id`` and select it."""
        try:
            detail = self.services.training.get(training_id)
        except DomainError:
            return False
        if detail.on.year != self.year():
            self.select_year(detail.on.year)
        else:
            self.reload()
        found = self.list.select_where(lambda r: r.id == training_id)
        if found:
            self._show(self.list.current())
        return found

    # ---- attendees and certificates ------------------------------------------------------------
    def add_attendees(self) -> None:
        if self._detail is None:
            return
        present = set(self._detail.person_ids)
        persons = [
            p for p in self.services.organization.list_persons(active_only=True) if p.id not in present
        ]
        if not persons:
            ui_errors.show_domain_error(self, DomainError("training.everyone_on"))
            return
        picker = AttendeePicker(persons, self)
        if not picker.exec():
            return
        chosen = [p.id for p in picker.chosen()]
        if not chosen:
            return
        detail = self._detail
        self._run(lambda: self.services.training.add_attendees(detail.id, chosen))

    def remove_attendee(self, attendee: AttendeeRow) -> None:
        if self._detail is None:
            return
        question = self.tr("Bỏ {0} khỏi danh sách tham dự lớp?").format(attendee.full_name)
        if attendee.certificate is not None:
            question += " " + self.tr("Chứng chỉ đã đính kèm của người này cũng bị bỏ.")
        if not ui_errors.confirm(self, self.tr("Bỏ khỏi danh sách"), question, self.tr("Bỏ")):
            return
        detail = self._detail
        self._run(lambda: self.services.training.remove_attendee(detail.id, attendee.person_id))

    def attach_certificate(self, path: Path | None = None) -> None:
        attendee = self.attendees.current()
        if self._detail is None or attendee is None:
            return
        path = path or choose_certificate(self)
        if path is None:
            return
        detail = self._detail
        self._run(lambda: self.services.training.attach_certificate(detail.id, attendee.person_id, path))

    def open_certificate(self) -> None:
        attendee = self.attendees.current()
        if attendee is not None:
            open_attachment(self, self.services, attendee.certificate)

    def remove_certificate(self) -> None:
        attendee = self.attendees.current()
        if self._detail is None or attendee is None or attendee.certificate is None:
            return
        if not ui_errors.confirm(
            self,
            self.tr("Bỏ chứng chỉ"),
            self.tr("Bỏ chứng chỉ “{0}” của {1}?").format(
                attendee.certificate.original_name, attendee.full_name
            ),
            self.tr("Bỏ"),
        ):
            return
        detail = self._detail
        self._run(lambda: self.services.training.remove_certificate(detail.id, attendee.person_id))

    def _run(self, change: Callable[[], object]) -> None:
        """Make a change to the selected session, then show it again (a refusal as a message)."""
        try:
            change()
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
        self.reload_detail()

    # ---- the year's list -----------------------------------------------------------------------
    def export_register(self) -> None:
        from app.services.areas import ExportRequest
        from app.services.exports import catalogue

        year = self.year()
        services = self.services

        def write(fmt: str, target: Path) -> catalogue.Exported:
            return catalogue.write(
                services, "training", ExportRequest(fmt, target, year=year, today=services.clock.today())
            )

        export_file(
            self,
            self.tr("Xuất danh sách đào tạo, tập huấn năm {0}").format(year),
            suggested_name(services, "Danh sách đào tạo tập huấn", "pdf", year),
            write,
            self.tasks,
            formats=("pdf", "xlsx"),
            data_root=services.data_root,
        )

    # ---- hooks ---------------------------------------------------------------------------------
    def show_record(self, record_type: str, record_id: int) -> bool:
        if record_type != "training":
            return False
        return self.select(record_id)

    def screenshots(self, shoot: Shoot) -> None:
        dialog = TrainingDialog(self.services, self._detail, self)
        dialog.show()
        shoot("hop thoai lop dao tao", dialog)
        dialog.close()
