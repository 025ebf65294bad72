"""Dialogs of TTHC results: one period's row typed in, and the import of the one-stop system's
report (the TTHC catalogue import's preview-and-confirm, with the report's period shown — or asked
when the file does not name it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.messages import import_reason
from app.services.errors import FieldError, ValidationError
from app.services.tthc_results import TthcImportPreview, TthcResultFields, TthcResultRow
from app.services.vocabulary import table_date
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import DateEdit, Field, RecordDialog

_BIG = 9_999_999


def _count(name: str, label: str, *, same_row: bool = False) -> Field:
    return Field(name, label, kind="int", maximum=_BIG, same_row=same_row)


def _split_text(value: int | None) -> str:
    return "" if value is None else str(value)


def _parse_split(name: str, text: str) -> int | None:
    text = text.strip().replace(".", "").replace(" ", "")
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError([FieldError(name, "tthc_result.bad_count")])
    return int(text)


class TthcResultDialog(RecordDialog):
    """Số liệu giải quyết TTHC của một kỳ (toàn cơ quan hoặc một lĩnh vực)."""

    def __init__(self, services: Any, row: TthcResultRow | None, parent: QWidget | None = None) -> None:
        self.services = services
        self.row_id = row.id if row else None
        tr = self.tr
        fields = [
            Field("from_on", tr("Từ ngày"), kind="date", required=True),
            Field("to_on", tr("Đến ngày"), kind="date", required=True, same_row=True),
            Field(
                "field",
                tr("Lĩnh vực"),
                kind="combo_edit",
                choices=[(name, name) for name in services.tthc_results.field_names()],
                placeholder=tr("Để trống: toàn cơ quan"),
            ),
            _count("carried_over", tr("Kỳ trước chuyển sang")),
            _count("received", tr("Mới tiếp nhận"), same_row=True),
            Field("received_online", tr("Trong đó trực tuyến"), placeholder=tr("không bắt buộc")),
            Field(
                "received_direct",
                tr("Trực tiếp, bưu chính"),
                placeholder=tr("không bắt buộc"),
                same_row=True,
            ),
            _count("early", tr("Đã giải quyết trước hạn")),
            _count("on_time", tr("Đúng hạn"), same_row=True),
            _count("late", tr("Quá hạn"), same_row=True),
            _count("pending_in_time", tr("Đang giải quyết trong hạn")),
            _count("pending_overdue", tr("Quá hạn"), same_row=True),
            Field("note", tr("Ghi chú"), kind="multiline", height=54),
        ]
        super().__init__(
            tr("Sửa số liệu giải quyết TTHC") if row else tr("Thêm số liệu giải quyết TTHC"),
            fields,
            self._save_row,
            parent,
            width=720,
        )
        if row is not None:
            self.form.set_values(row)
            self.form.set_value("received_online", _split_text(row.received_online))
            self.form.set_value("received_direct", _split_text(row.received_direct))

    def _save_row(self, values: dict[str, Any]) -> int:
        fields = TthcResultFields(
            from_on=values["from_on"],
            to_on=values["to_on"],
            field=values["field"],
            carried_over=values["carried_over"],
            received=values["received"],
            received_online=_parse_split("received_online", values["received_online"]),
            received_direct=_parse_split("received_direct", values["received_direct"]),
            early=values["early"],
            on_time=values["on_time"],
            late=values["late"],
            pending_in_time=values["pending_in_time"],
            pending_overdue=values["pending_overdue"],
            note=values["note"],
        )
        service = self.services.tthc_results
        if self.row_id is None:
            return int(service.create(fields))
        service.update(self.row_id, fields)
        return self.row_id


class TthcResultImportDialog(ImportDialog):
    """Nhập báo cáo kết quả giải quyết TTHC xuất từ hệ thống một cửa."""

    def __init__(
        self, services: Any, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(services, "tthc-results", parent, tasks=tasks)
        self._path: Path | None = None
        self.setWindowTitle(self.tr("Nhập kết quả giải quyết TTHC từ hệ thống một cửa"))
        self.template_button.hide()
        # The catalogue's columns, named for these rows: the field, then the period and its figures.
        for panel in (self.add_panel, self.update_panel, self.rejected_panel):
            columns = panel.model.columns
            columns[1].header = self.tr("Lĩnh vực")
            if panel is not self.rejected_panel:
                columns[2].header = self.tr("Kỳ và số liệu")
            panel.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
        intro = self.findChild(QLabel)
        if intro is not None:
            intro.setText(
                self.tr(
                    "Chọn tệp Excel (.xlsx) “Báo cáo kết quả giải quyết thủ tục hành chính” tải từ hệ thống một "
                    "cửa (mỗi lĩnh vực một dòng, dòng Tổng cộng chỉ dùng để đối chiếu), hoặc sổ kết quả giải "
                    "quyết TTHC do chương trình xuất. Kỳ báo cáo đọc từ dòng “Từ ngày … đến ngày …”; nếu tệp "
                    "không ghi, hãy nhập kỳ bên dưới. Chưa có gì được ghi cho đến khi bấm “Nhập”."
                )
            )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Kỳ báo cáo: từ ngày"), period))
        self.from_edit = DateEdit(period)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("đến ngày"), period))
        self.to_edit = DateEdit(period)
        row.addWidget(self.to_edit)
        self.period_button = QPushButton(self.tr("Đọc lại với kỳ này"), period)
        self.period_button.clicked.connect(self.reload_with_period)
        row.addWidget(self.period_button)
        row.addStretch(1)
        self.period_box = period
        layout.insertWidget(2, period)  # under the file row
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("formError")
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        layout.insertWidget(5, self.notes_label)

    def given_period(self) -> tuple[date, date] | None:
        try:
            start, end = self.from_edit.value(), self.to_edit.value()
        except ValueError:
            return None
        return (start, end) if start and end else None

    def load(self, path: Path) -> bool:
        path = Path(path)
        self._path = path
        self._last_dir = str(path.parent)
        self.file_edit.setText(str(path))
        self.error_label.hide()
        self.preview = None
        period = self.given_period()
        return self._run(
            self.tr("Đang đọc tệp…"),
            lambda: self.services.tthc_results.preview_import(path, period),
            self._show_preview,
        )

    def reload_with_period(self) -> bool:
        if self._path is None:
            return False
        if self.given_period() is None:
            self._show_error(self.tr("Hãy nhập đủ Từ ngày, Đến ngày của kỳ báo cáo (ví dụ 01/01/2026)."))
            return False
        return self.load(self._path)

    def apply(self) -> bool:
        if self.preview is None or not self.preview.has_changes:
            return False
        preview = self.preview
        return self._run(
            self.tr("Đang nhập dữ liệu…"),
            lambda: self.services.tthc_results.apply_import(preview),
            self._applied,
        )

    def _show_preview(self, preview: Any) -> None:
        super()._show_preview(preview)
        if not hasattr(self, "notes_label"):
            return  # called by the base class while it is being built
        notes = preview.notes if isinstance(preview, TthcImportPreview) else ()
        if isinstance(preview, TthcImportPreview) and preview.period is not None:
            start, end = preview.period
            self.from_edit.set_value(start)
            self.to_edit.set_value(end)
            self.info_label.setText(
                self.info_label.text()
                + " "
                + self.tr("Kỳ báo cáo: từ {0} đến {1}.").format(table_date(start), table_date(end))
            )
        self.notes_label.setText(
            "\n".join(self.tr("Dòng {0}: {1}").format(n.row_number, import_reason(n)) for n in notes)
        )
        self.notes_label.setVisible(bool(notes))
