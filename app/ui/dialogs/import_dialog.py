"""Nhập danh mục TTHC / danh mục tài liệu từ bảng tính: choose a file, see what would change, then
import — or cancel, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.messages import import_reason, message
from app.services.errors import DomainError
from app.services.imports import ImportItem, ImportPreview, ImportResult, RejectedRow
from app.ui.tasks import TaskRunner
from app.ui.widgets.tables import Column, ListPanel


def _notes(item: ImportItem) -> str:
    return " ".join(import_reason(note) for note in item.notes)


class ImportDialog(QDialog):
    """``kind`` is "tthc" (danh mục thủ tục hành chính) or "documents" (danh mục tài liệu)."""

    def __init__(
        self, services: Any, kind: str, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        # The app's background runner: reading a big sheet and writing thousands of rows run off the
        # GUI thread with a progress dialog. Without one (a dialog on its own) they run in place.
        self._tasks = tasks
        self.kind = kind
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self._last_dir = str(Path.home())
        is_tthc = kind == "tthc"
        self.setWindowTitle(
            self.tr("Nhập danh mục thủ tục hành chính") if is_tthc else self.tr("Nhập danh mục tài liệu")
        )
        self.setMinimumSize(900, 560)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Chọn tệp Excel (.xlsx) hoặc .csv: danh sách tải từ Cổng dịch vụ công, phụ lục quyết định công "
                "bố TTHC của tỉnh, hoặc tệp mẫu của chương trình. Chương trình tự tìm dòng tiêu đề và các dòng "
                "nhóm (lĩnh vực, cấp thực hiện). Chưa có gì được ghi cho đến khi bấm “Nhập”."
            )
            if is_tthc
            else self.tr(
                "Chọn tệp Excel (.xlsx) hoặc .csv của danh mục tài liệu nội bộ (xem tệp mẫu). Tài liệu đã có được "
                "nhận ra theo mã hiệu; lần ban hành mới hơn được thêm vào lịch sử ban hành. Chưa có gì được ghi "
                "cho đến khi bấm “Nhập”."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Tệp:"), self))
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Chưa chọn tệp"))
        file_row.addWidget(self.file_edit, 1)
        self.choose_button = QPushButton(self.tr("Chọn tệp…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button)
        self.template_button = QPushButton(self.tr("Tải mẫu…"), self)
        self.template_button.setToolTip(self.tr("Lưu tệp mẫu .xlsx của chương trình để điền rồi nhập"))
        self.template_button.clicked.connect(self.save_template)
        file_row.addWidget(self.template_button)
        layout.addLayout(file_row)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("fieldHelp")
        self.info_label.setWordWrap(True)
        layout.addWidget(self.info_label)

        label_header = self.tr("Tên thủ tục") if is_tthc else self.tr("Tên tài liệu")
        row_col = Column(self.tr("Dòng"), lambda x: x.row_number, width=60, align_right=True)
        self.add_panel = self._panel(
            [
                row_col,
                Column(self.tr("Mã"), lambda i: i.code, width=120),
                Column(label_header, lambda i: i.label, width=420),
                Column(self.tr("Ghi chú"), _notes),
            ]
        )
        self.update_panel = self._panel(
            [
                row_col,
                Column(self.tr("Mã"), lambda i: i.code, width=120),
                Column(label_header, lambda i: i.label, width=360),
                Column(self.tr("Thay đổi"), lambda i: ", ".join(i.changes), width=220),
                Column(self.tr("Ghi chú"), _notes),
            ]
        )
        self.rejected_panel = self._panel(
            [
                row_col,
                Column(self.tr("Mã"), lambda r: r.raw_code, width=120),
                Column(self.tr("Lý do"), lambda r: import_reason(r)),
            ]
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.add_panel, "")
        self.tabs.addTab(self.update_panel, "")
        self.tabs.addTab(self.rejected_panel, "")
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        bottom.addWidget(self.summary_label, 1)
        self.import_button = QPushButton(self.tr("Nhập"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Hủy"), self)
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        self._show_preview(None)

    def _panel(self, columns: list[Column]) -> ListPanel:
        panel = ListPanel("", columns, self)
        panel.title.hide()
        for button in (panel.add_button, panel.edit_button, panel.delete_button):
            button.hide()
        return panel

    # ---- actions -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp để nhập"),
            self._last_dir,
            self.tr("Bảng tính (*.xlsx *.csv);;Tất cả tệp (*)"),
        )
        if path:
            self.load(Path(path))

    def save_template(self) -> None:
        name = "Mau-nhap-danh-muc-TTHC.xlsx" if self.kind == "tthc" else "Mau-nhap-danh-muc-tai-lieu.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu tệp mẫu"),
            str(Path(self._last_dir) / name),
            self.tr("Bảng tính Excel (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            saved = self.services.imports.write_template(self.kind, target)
        except DomainError as error:
            self._show_error(message(error))
            return
        self._last_dir = str(saved.parent)
        self.error_label.hide()
        self.info_label.setText(
            self.tr("Đã lưu tệp mẫu {0}. Điền vào tệp rồi bấm “Chọn tệp…” để nhập.").format(str(saved))
        )

    def _run(self, label: str, work: Callable[[], Any], done: Callable[[Any], None]) -> bool:
        """``work`` in the background (or in place without a runner); ``done`` with its result. A
        DomainError is shown in the dialog; the dialog is disabled meanwhile (no second click)."""

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            if not isinstance(error, DomainError):
                raise error
            if self.preview is None:
                self._show_preview(None)
            self._show_error(message(error))

        def succeeded(value: Any) -> None:
            self.setEnabled(True)
            done(value)

        if self._tasks is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                value = work()
            except DomainError as error:
                failed(error)
                return False
            finally:
                QApplication.restoreOverrideCursor()
            succeeded(value)
            return True
        self.setEnabled(False)
        self._tasks.run_with_progress(self, label, work, succeeded, failed)
        return True

    def load(self, path: Path) -> bool:
        """Read ``path`` and show what importing it would do; nothing is written."""
        path = Path(path)
        self._last_dir = str(path.parent)
        self.file_edit.setText(str(path))
        self.error_label.hide()
        self.preview = None
        return self._run(
            self.tr("Đang đọc tệp…"),
            lambda: self.services.imports.preview(self.kind, path),
            self._show_preview,
        )

    def apply(self) -> bool:
        """Write the rows to add and to update (one transaction), show the result and close."""
        if self.preview is None or not self.preview.has_changes:
            return False
        preview = self.preview
        return self._run(
            self.tr("Đang nhập dữ liệu…"), lambda: self.services.imports.apply(preview), self._applied
        )

    def _applied(self, result: ImportResult) -> None:
        self.result = result
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Đã nhập: thêm mới {0}, cập nhật {1}, không đổi {2}, bị loại {3}.").format(
                result.added, result.updated, result.unchanged, result.rejected
            ),
        )
        self.accept()

    # ---- showing -------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        add: tuple[ImportItem, ...] = preview.to_add if preview else ()
        update: tuple[ImportItem, ...] = preview.to_update if preview else ()
        rejected: tuple[RejectedRow, ...] = preview.rejected if preview else ()
        self.add_panel.set_rows(add)
        self.update_panel.set_rows(update)
        self.rejected_panel.set_rows(rejected)
        self.tabs.setTabText(0, self.tr("Thêm mới ({0})").format(len(add)))
        self.tabs.setTabText(1, self.tr("Cập nhật ({0})").format(len(update)))
        self.tabs.setTabText(2, self.tr("Bị loại ({0})").format(len(rejected)))
        self.import_button.setEnabled(preview is not None and preview.has_changes)
        if preview is None:
            self.tabs.setCurrentIndex(0)
            self.info_label.setText("")
            self.summary_label.setText("")
            return
        where = (
            self.tr("Trang tính “{0}”, dòng tiêu đề {1}.").format(preview.sheet, preview.header_row)
            if preview.sheet
            else self.tr("Dòng tiêu đề {0}.").format(preview.header_row)
        )
        self.info_label.setText(where)
        summary = self.tr("Không đổi: {0}").format(len(preview.unchanged))
        # Unchanged rows have no tab: what the import noticed in them (a code written in full-width
        # digits, say) is said here, for the first few.
        noted = [item for item in preview.unchanged if item.notes]
        if noted:
            lines = "; ".join(
                self.tr("dòng {0}: {1}").format(item.row_number, _notes(item)) for item in noted[:3]
            )
            summary += self.tr(" (ghi chú — {0}{1})").format(lines, "; …" if len(noted) > 3 else "")
        if rejected:
            summary += self.tr(" — các dòng bị loại không được nhập; sửa tệp rồi chọn lại nếu cần.")
        if not preview.has_changes:
            summary += self.tr(" — không có gì để nhập.")
        self.summary_label.setText(summary)
        for index, rows in enumerate((add, update, rejected)):
            if rows:
                self.tabs.setCurrentIndex(index)
                break
