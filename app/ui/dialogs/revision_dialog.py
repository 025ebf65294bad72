"""Ban hành lần mới / sửa lần ban hành: issue data, files, and the legal changes it answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.services import dto
from app.services.errors import DomainError
from app.ui.formatting import file_size_text, fmt_date
from app.ui.widgets.forms import Field, FormWidget

FILE_ROLE = Qt.ItemDataRole.UserRole + 10


class RevisionDialog(QDialog):
    def __init__(
        self,
        services: Services,
        document: dto.DocumentDetail,
        revision: dto.RevisionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.document = document
        self.revision = revision
        self.result_value: dto.RevisionInfo | None = None
        self.setWindowTitle(
            self.tr("Ban hành lần mới — {0}").format(document.code)
            if revision is None
            else self.tr("Sửa lần ban hành {0} — {1}").format(revision.issue_number, document.code)
        )
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{document.code}</b> — {document.title}", self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        names = [(p.full_name, p.full_name) for p in services.organization.list_persons(active_only=True)]
        self.form = FormWidget(
            [
                Field("issue_number", self.tr("Lần ban hành"), kind="int", minimum=1, maximum=999),
                Field("issued_on", self.tr("Ngày ban hành"), kind="date"),
                Field("effective_on", self.tr("Ngày hiệu lực"), kind="date", required=True),
                Field("change_summary", self.tr("Nội dung sửa đổi"), kind="multiline", height=70),
                Field("prepared_by", self.tr("Người soạn thảo"), kind="combo_edit", choices=names),
                Field("reviewed_by", self.tr("Người xem xét"), kind="combo_edit", choices=names),
                Field("approved_by", self.tr("Người phê duyệt"), kind="combo_edit", choices=names),
            ],
            self,
        )
        layout.addWidget(self.form)
        files_box = QGroupBox(self.tr("Tệp của lần ban hành (Word, PDF…)"), self)
        files_layout = QVBoxLayout(files_box)
        self.files = QListWidget(files_box)
        self.files.setMaximumHeight(110)
        files_layout.addWidget(self.files)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Thêm tệp…"), files_box)
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Bỏ tệp đã chọn"), files_box)
        remove.clicked.connect(self.remove_selected_file)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        files_layout.addLayout(row)
        layout.addWidget(files_box)
        self.impacts = QListWidget(self)
        self.impacts_box = QGroupBox(
            self.tr("Lần ban hành này cập nhật theo văn bản (đánh dấu văn bản đã phản ánh)"), self
        )
        impacts_layout = QVBoxLayout(self.impacts_box)
        impacts_layout.addWidget(self.impacts)
        layout.addWidget(self.impacts_box)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._removed: list[int] = []
        if revision is None:
            # The same people usually prepare, review and approve every issue of a document.
            last = document.revisions[0] if document.revisions else None
            profile = services.agency.get_profile()
            self.form.set_values(
                {
                    "issue_number": services.documents.next_issue_number(document.id),
                    "issued_on": date.today(),
                    "effective_on": date.today(),
                    "prepared_by": last.prepared_by
                    if last
                    else (profile.iso_secretary_name if profile else ""),
                    "reviewed_by": last.reviewed_by if last else "",
                    "approved_by": last.approved_by if last else (profile.signer_name if profile else ""),
                }
            )
            self._load_impacts()
        else:
            self.form.set_values(revision)
            for ref in revision.files:
                item = QListWidgetItem(f"{ref.original_name} ({file_size_text(ref.size)})", self.files)
                item.setData(FILE_ROLE, ref.id)
            self.impacts_box.hide()

    def _load_impacts(self) -> None:
        open_impacts = self.services.legal.list_impacts(document_id=self.document.id, open_only=True)
        if not open_impacts:
            self.impacts_box.hide()
            return
        for impact in open_impacts:
            text = self.tr("{0} — {1} (hiệu lực {2}, hạn cập nhật {3})").format(
                impact.legal_number,
                impact.legal_title,
                fmt_date(impact.legal_effective_on),
                fmt_date(impact.due_on),
            )
            item = QListWidgetItem(text, self.impacts)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(FILE_ROLE, impact.id)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn tệp"),
            str(Path.home()),
            self.tr("Tài liệu (*.doc *.docx *.pdf *.xls *.xlsx *.odt);;Mọi tệp (*)"),
        )
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        item = QListWidgetItem(path.name, self.files)
        item.setData(FILE_ROLE, str(path))
        item.setToolTip(str(path))

    def remove_selected_file(self) -> None:
        for item in self.files.selectedItems():
            data = item.data(FILE_ROLE)
            if isinstance(data, int):
                self._removed.append(data)
            self.files.takeItem(self.files.row(item))

    def _new_paths(self) -> list[Path]:
        paths = []
        for i in range(self.files.count()):
            data = self.files.item(i).data(FILE_ROLE)
            if isinstance(data, str):
                paths.append(Path(data))
        return paths

    def checked_impacts(self) -> list[int]:
        ids = []
        for i in range(self.impacts.count()):
            item = self.impacts.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(FILE_ROLE)))
        return ids

    def try_save(self) -> bool:
        self.error.hide()
        self.form.clear_errors()
        try:
            fields = dto.RevisionFields(**self.form.values())
            if self.revision is None:
                self.result_value = self.services.documents.issue_revision(
                    self.document.id, fields, self._new_paths(), self.checked_impacts()
                )
            else:
                self.result_value = self.services.documents.update_revision(
                    self.revision.id, fields, self._new_paths(), self._removed
                )
        except DomainError as error:
            from app.services.errors import ValidationError

            if isinstance(error, ValidationError):
                self.form.show_error(error)
            else:
                from app.messages import message

                self.error.setText(message(error))
                self.error.show()
            return False
        self.accept()
        return True
