"""Dialogs of the training area: a session's fields, choosing who attended, and a person's training
history (opened from the staff list)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.models import TrainingType
from app.services import dto, vocabulary
from app.services.errors import DomainError, FieldError, ValidationError
from app.services.training import PersonTraining, TrainingDetail, TrainingFields
from app.services.vocabulary import person_sort_key
from app.ui.dialogs.objective_dialog import parse_number, plain_number
from app.ui.dialogs.pick_dialog import PickDialog
from app.ui.errors import show_domain_error
from app.ui.formatting import fmt_date
from app.ui.widgets.forms import Field, RecordDialog
from app.ui.widgets.tables import Column, ListPanel

translate = QCoreApplication.translate


def training_type_text(kind: TrainingType) -> str:
    return translate("Labels", vocabulary.training_type_label(kind))


def hours_text(hours: float) -> str:
    """ "4", "3,5"; empty when not recorded (0)."""
    return vocabulary.number_text(hours, 1) if hours else ""


def open_attachment(parent: QWidget, services: Services, ref: dto.AttachmentRef | None) -> None:
    """Open a stored file (a copy under its own name) with the system's viewer."""
    if ref is None:
        return
    try:
        path = services.attachments.viewing_copy(ref.id)
    except DomainError as error:
        show_domain_error(parent, error)
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choose_certificate(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("TrainingDialog", "Chọn tệp chứng chỉ, giấy chứng nhận"),
        str(Path.home()),
        translate("TrainingDialog", "Tệp PDF, ảnh (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)"),
    )
    return Path(path) if path else None


class TrainingDialog(RecordDialog):
    """Add or edit a session: date, title, type, organiser, hours, note."""

    def __init__(
        self, services: Services, detail: TrainingDetail | None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        organisers = sorted(
            {r.organiser for r in services.training.sessions() if r.organiser}, key=vocabulary.sort_key
        )
        values: dict[str, Any] = {"on": services.clock.today(), "type": TrainingType.AWARENESS, "hours": ""}
        if detail is not None:
            values = {
                "on": detail.on,
                "title": detail.title,
                "type": detail.type,
                "organiser": detail.organiser,
                "hours": plain_number(detail.hours) if detail.hours else "",
                "note": detail.note,
            }
        super().__init__(
            tr("Lớp đào tạo, tập huấn") if detail else tr("Thêm lớp đào tạo, tập huấn"),
            [
                Field(
                    "on",
                    tr("Ngày tổ chức"),
                    kind="date",
                    required=True,
                    help=tr("Ngày sau hôm nay: lớp dự kiến (chưa đính kèm chứng chỉ được)."),
                ),
                Field(
                    "title",
                    tr("Nội dung"),
                    required=True,
                    placeholder=tr("Ví dụ: Tập huấn nhận thức về HTQLCL theo TCVN ISO 9001:2015"),
                ),
                Field(
                    "type",
                    tr("Loại"),
                    kind="combo",
                    choices=[(training_type_text(t), t) for t in TrainingType],
                ),
                Field(
                    "organiser",
                    tr("Đơn vị tổ chức"),
                    kind="combo_edit",
                    choices=[(o, o) for o in organisers],
                    placeholder=tr("Ví dụ: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"),
                ),
                Field("hours", tr("Số giờ"), placeholder=tr("Ví dụ: 4 hoặc 3,5")),
                Field("note", tr("Ghi chú"), kind="multiline", height=50),
            ],
            self._save,
            parent,
            values=values,
            width=640,
        )

    def _save(self, values: dict[str, Any]) -> int:
        text = str(values.pop("hours") or "").strip()
        hours = parse_number(text) if text else 0.0
        if hours is None:
            raise ValidationError([FieldError("hours", "training.bad_hours", {"limit": 1000})])
        fields = TrainingFields(hours=hours, **values)
        if self.detail is not None:
            self.services.training.update(self.detail.id, fields)
            return self.detail.id
        return int(self.services.training.create(fields))


class AttendeePicker(PickDialog):
    """Choose who attended from the active staff not yet on the session (several at once)."""

    def __init__(self, persons: Sequence[dto.Person], parent: QWidget | None = None) -> None:
        tr = lambda text: translate("TrainingDialog", text)  # noqa: E731
        super().__init__(
            tr("Thêm người tham dự"),
            tr(
                "Chọn cán bộ, công chức đã tham dự lớp (giữ Ctrl hoặc Shift để chọn nhiều người; "
                "“Chọn tất cả” cho lớp toàn thể cán bộ)."
            ),
            [
                Column(
                    tr("Họ và tên"),
                    lambda p: p.full_name,
                    sort=lambda p: person_sort_key(p.full_name),
                    width=200,
                ),
                Column(tr("Chức vụ"), lambda p: p.position, width=290),
                Column(tr("Bộ phận"), lambda p: p.department_name),
            ],
            sorted(persons, key=lambda p: person_sort_key(p.full_name)),
            parent,
            multi=True,
        )
        self.list.insert_button(tr("Chọn tất cả"), clicked=self.list.view.selectAll)
        self.ok_button.setText(tr("Thêm"))


class PersonTrainingDialog(QDialog):
    """The sessions a person attended, newest first, with their certificates."""

    def __init__(self, services: Services, person: dto.Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Đào tạo đã tham gia — {0}").format(person.full_name))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        rows = services.training.person_history(person.id)
        held = [r for r in rows if not r.planned]
        summary = QLabel(self)
        summary.setWordWrap(True)
        if rows:
            summary.setText(
                self.tr("{0}: {1} lớp đã tham dự, tổng {2} giờ.").format(
                    person.full_name,
                    len(held),
                    vocabulary.number_text(sum(r.hours for r in held), 1),
                )
            )
        else:
            summary.setText(self.tr("{0} chưa tham dự lớp đào tạo, tập huấn nào.").format(person.full_name))
        layout.addWidget(summary)
        self.list = ListPanel(
            "",
            [
                Column(self.tr("Ngày"), self._day_text, sort=lambda r: r.on, width=100),
                Column(self.tr("Nội dung"), lambda r: r.title, width=320),
                Column(self.tr("Loại"), lambda r: training_type_text(r.type), width=190),
                Column(
                    self.tr("Số giờ"),
                    lambda r: hours_text(r.hours),
                    sort=lambda r: r.hours,
                    width=60,
                    align_right=True,
                ),
                Column(self.tr("Chứng chỉ"), lambda r: r.certificate.original_name if r.certificate else ""),
            ],
            self,
            searchable=False,
            exportable=False,
        )
        self.list.title.hide()
        for button in (self.list.add_button, self.list.edit_button, self.list.delete_button):
            button.hide()
        self.open_button = self.list.insert_button(self.tr("Mở chứng chỉ"), clicked=self.open_certificate)
        self.list.selection_changed.connect(lambda _r: self._update())
        self.list.edit_requested.connect(lambda _r: self.open_certificate())
        self.list.set_rows(rows)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if rows:
            self.list.select_view_row(0)
        self._update()

    def _day_text(self, row: PersonTraining) -> str:
        return self.tr("{0} (dự kiến)").format(fmt_date(row.on)) if row.planned else fmt_date(row.on)

    def _update(self) -> None:
        current = self.list.current()
        self.open_button.setEnabled(current is not None and current.certificate is not None)

    def open_certificate(self) -> None:
        current = self.list.current()
        if current is not None:
            open_attachment(self, self.services, current.certificate)
