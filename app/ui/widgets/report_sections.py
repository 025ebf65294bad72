"""The report's text, section by section: the outline on the left (edited sections marked), the
selected section's heading and paragraphs on the right, and what can be done with them — save,
write again from the figures, add, move, remove, save the outline as the agency's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.services.errors import DomainError
from app.services.reports import ReportDetail
from app.ui import errors as ui_errors

EDITED_MARK = "✎"


class ReportSectionsEditor(QWidget):
    """Edits the sections of one draft; ``changed`` after each write."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._report: ReportDetail | None = None
        self._sections: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("reportSectionsSplitter")
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.outline = QListWidget(left)
        self.outline.setObjectName("reportOutline")
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.currentRowChanged.connect(self._show_current)
        left_layout.addWidget(self.outline, 1)
        moves = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm mục…"), left)
        self.add_button.setToolTip(self.tr("Thêm một mục văn bản tự do sau mục đang chọn"))
        self.add_button.clicked.connect(self.add_section)
        self.up_button = QPushButton(self.tr("Lên"), left)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Xuống"), left)
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button = QPushButton(self.tr("Xóa mục"), left)
        self.remove_button.clicked.connect(self.remove_section)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        left_layout.addLayout(moves)
        self.template_button = QPushButton(self.tr("Lưu dàn ý làm mẫu của cơ quan"), left)
        self.template_button.setToolTip(
            self.tr(
                "Các báo cáo sau bắt đầu từ các đề mục, thứ tự và văn bản tự do này (không lưu số liệu: "
                "các mục viết tự động được viết lại theo số liệu của từng báo cáo)"
            )
        )
        self.template_button.clicked.connect(self.save_template)
        left_layout.addWidget(self.template_button)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Đề mục"), right))
        self.heading = QLineEdit(right)
        right_layout.addWidget(self.heading)
        self.mode_label = QLabel(right)
        self.mode_label.setObjectName("fieldHelp")
        self.mode_label.setWordWrap(True)
        right_layout.addWidget(self.mode_label)
        self.text = QPlainTextEdit(right)
        self.text.setObjectName("sectionText")
        right_layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Lưu mục"), right)
        self.save_button.clicked.connect(self.save_section)
        self.reset_button = QPushButton(self.tr("Viết lại theo số liệu"), right)
        self.reset_button.setToolTip(self.tr("Bỏ phần đã sửa, lấy lại văn bản viết từ số liệu"))
        self.reset_button.clicked.connect(self.reset_section)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 710])
        layout.addWidget(splitter, 1)

    # ---- showing --------------------------------------------------------------------------------
    def show_report(self, report: ReportDetail | None, keep: str | None = None) -> None:
        self._report = report
        self._sections = [dict(x) for x in report.sections] if report is not None else []
        editable = report is not None and not report.read_only
        for widget in (
            self.add_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.save_button,
            self.reset_button,
        ):
            widget.setEnabled(editable)
        self.template_button.setEnabled(report is not None)
        self.heading.setReadOnly(not editable)
        self.text.setReadOnly(not editable)
        blocked = self.outline.blockSignals(True)
        self.outline.clear()
        for x in self._sections:
            indent = "" if int(x.get("level", 1)) == 1 else "    "
            mark = f"  {EDITED_MARK}" if x.get("edited") or x.get("heading_edited") else ""
            item = QListWidgetItem(f"{indent}{x['heading']}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, x["key"])
            item.setToolTip(
                x["heading"] + ("\n" + self.tr("Đã sửa: giữ nguyên khi cập nhật số liệu") if mark else "")
            )
            self.outline.addItem(item)
        self.outline.blockSignals(blocked)
        keys = [x["key"] for x in self._sections]
        row = keys.index(keep) if keep in keys else (0 if keys else -1)
        self.outline.setCurrentRow(row)
        self._show_current(row)

    def current_key(self) -> str | None:
        item = self.outline.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _show_current(self, row: int) -> None:
        if not 0 <= row < len(self._sections):
            self.heading.clear()
            self.text.clear()
            self.mode_label.clear()
            return
        x = self._sections[row]
        self.heading.setText(x["heading"])
        self.text.setPlainText("\n\n".join(x.get("paragraphs") or []))
        if x.get("mode") == "free":
            mode = self.tr(
                "Văn bản tự do: có thể dùng số liệu dạng {ca_opened}, {satisfaction_percent}… — được điền khi "
                "cập nhật số liệu."
            )
        else:
            mode = self.tr(
                "Viết tự động từ số liệu; sửa rồi bấm “Lưu mục” thì giữ nguyên khi cập nhật số liệu."
            )
        if x.get("edited"):
            mode += " " + self.tr("Mục này đã được sửa tay.")
        self.mode_label.setText(mode)

    # ---- actions --------------------------------------------------------------------------------
    def _run(self, action: Any, keep: str | None = None) -> bool:
        report = self._report
        if report is None:
            return False
        try:
            result = action(report.id)
        except DomainError as error:
            ui_errors.show_domain_error(self, error)
            return False
        self._reload(result if isinstance(result, str) else keep)
        return True

    def _reload(self, keep: str | None) -> None:
        if self._report is not None:
            self.show_report(self.services.reports.get(self._report.id), keep)
            self.changed.emit()

    def save_section(self) -> bool:
        key = self.current_key()
        if key is None:
            return False
        paragraphs = [p.strip() for p in self.text.toPlainText().split("\n\n") if p.strip()]
        heading = self.heading.text()
        return self._run(lambda rid: self.services.reports.save_section(rid, key, heading, paragraphs), key)

    def reset_section(self) -> None:
        key = self.current_key()
        if key is not None:
            self._run(lambda rid: self.services.reports.reset_section(rid, key), key)

    def add_section(self) -> None:
        heading, ok = QInputDialog.getText(
            self, self.tr("Thêm mục"), self.tr("Đề mục, ví dụ “11. Ứng dụng công nghệ thông tin”:")
        )
        if ok and heading.strip():
            after = self.current_key()
            self._run(lambda rid: self.services.reports.add_section(rid, after, heading))

    def move(self, step: int) -> None:
        key = self.current_key()
        if key is not None:
            self._run(lambda rid: self.services.reports.move_section(rid, key, step), key)

    def remove_section(self) -> None:
        key = self.current_key()
        if key is None:
            return
        heading = self.heading.text()
        if ui_errors.confirm(
            self,
            self.tr("Xóa mục"),
            self.tr("Xóa mục “{0}” khỏi báo cáo này?").format(heading),
            self.tr("Xóa mục"),
        ):
            self._run(lambda rid: self.services.reports.remove_section(rid, key))

    def save_template(self) -> None:
        if self._run(lambda rid: self.services.reports.save_outline(rid), self.current_key()):
            QMessageBox.information(
                self,
                self.tr("Dàn ý báo cáo"),
                self.tr("Đã lưu dàn ý làm mẫu: các báo cáo lập sau bắt đầu từ dàn ý này."),
            )
