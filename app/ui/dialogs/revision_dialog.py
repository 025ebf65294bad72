"""Ban hành lần mới / sửa lần ban hành: issue data, files, and the legal changes it answers."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.services import dto
from app.ui.formatting import file_size_text, fmt_date
from app.ui.widgets.forms import ChildList, Field, MasterDetailDialog
from app.ui.widgets.tables import Column

FILE_ROLE = Qt.ItemDataRole.UserRole + 10

translate = QCoreApplication.translate


@dataclass(frozen=True)
class _FileRow:
    """A file of the issue: already stored (``attachment_id``) or chosen on disk to add (``path``)."""

    name: str
    size: int | None
    path: Path | None = None
    attachment_id: int | None = None


def _file_size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None  # the service reports a missing file when Lưu is pressed


class RevisionDialog(MasterDetailDialog):
    def __init__(
        self,
        services: Services,
        document: dto.DocumentDetail,
        revision: dto.RevisionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.document = document
        self.revision = revision
        names = [(p.full_name, p.full_name) for p in services.organization.list_persons(active_only=True)]
        tr = lambda text: translate("RevisionDialog", text)  # noqa: E731  (self.tr needs the QObject)
        super().__init__(
            tr("Ban hành lần mới — {0}").format(document.code)
            if revision is None
            else tr("Sửa lần ban hành {0} — {1}").format(revision.issue_number, document.code),
            [
                Field("issue_number", tr("Lần ban hành"), kind="int", minimum=1, maximum=999),
                Field("issued_on", tr("Ngày ban hành"), kind="date"),
                Field("effective_on", tr("Ngày hiệu lực"), kind="date", required=True),
                Field("change_summary", tr("Nội dung sửa đổi"), kind="multiline", height=70),
                Field("prepared_by", tr("Người soạn thảo"), kind="combo_edit", choices=names),
                Field("reviewed_by", tr("Người xem xét"), kind="combo_edit", choices=names),
                Field("approved_by", tr("Người phê duyệt"), kind="combo_edit", choices=names),
            ],
            self._save_revision,
            parent,
            width=760,
            heading=f"<b>{escape(document.code, quote=False)}</b> — {escape(document.title, quote=False)}",
        )
        self.resize(760, 700)
        self.files = ChildList(
            self.tr("Tệp của lần ban hành (Word, PDF…)"),
            [
                Column(self.tr("Tên tệp"), lambda r: r.name, width=300),
                Column(
                    self.tr("Dung lượng"),
                    lambda r: file_size_text(r.size) if r.size is not None else "",
                    align_right=True,
                    width=110,
                ),
                Column(
                    self.tr("Lấy từ"),
                    lambda r: str(r.path.parent) if r.path else self.tr("Đã lưu trong dữ liệu"),
                ),
            ],
            self,
            field="files",
            add=self.choose_files,
            error_codes=("attachment.",),
            add_text=self.tr("Thêm tệp…"),
            delete_text=self.tr("Bỏ tệp"),
        )
        self.files.setMinimumHeight(150)
        self.add_children(self.files)
        self.impacts = QListWidget(self)
        self.impacts.setWordWrap(True)
        self.impacts.setMaximumHeight(120)  # the files list takes the room that is left
        self.impacts_box = QGroupBox(
            self.tr("Lần ban hành này cập nhật theo văn bản (đánh dấu văn bản đã phản ánh)"), self
        )
        impacts_layout = QVBoxLayout(self.impacts_box)
        impacts_layout.addWidget(self.impacts)
        self.add_section(self.impacts_box)
        self._stored_ids: set[int] = set()
        if revision is None:
            # The same people usually prepare, review and approve every issue of a document.
            last = document.revisions[0] if document.revisions else None
            profile = services.agency.get_profile()
            today = services.clock.today()
            self.form.set_values(
                {
                    "issue_number": services.documents.next_issue_number(document.id),
                    "issued_on": today,
                    "effective_on": today,
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
            self.files.set_rows(
                [_FileRow(ref.original_name, ref.size, attachment_id=ref.id) for ref in revision.files]
            )
            self._stored_ids = {ref.id for ref in revision.files}
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

    # ---- files ---------------------------------------------------------------------------------
    def choose_files(self) -> list[_FileRow]:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn tệp"),
            str(Path.home()),
            self.tr("Tài liệu (*.doc *.docx *.pdf *.xls *.xlsx *.odt);;Mọi tệp (*)"),
        )
        return [_FileRow(Path(p).name, _file_size(Path(p)), path=Path(p)) for p in paths]

    def add_file(self, path: Path) -> None:
        self.files.set_rows([*self.files.rows(), _FileRow(path.name, _file_size(path), path=path)])

    def checked_impacts(self) -> list[int]:
        ids = []
        for i in range(self.impacts.count()):
            item = self.impacts.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(FILE_ROLE)))
        return ids

    # ---- saving --------------------------------------------------------------------------------
    def _save_revision(self, values: dict[str, Any], children: dict[str, list[Any]]) -> dto.RevisionInfo:
        files: list[_FileRow] = children["files"]
        fields = dto.RevisionFields(**values)
        new_paths = [row.path for row in files if row.path is not None]
        if self.revision is None:
            return self.services.documents.issue_revision(
                self.document.id, fields, new_paths, self.checked_impacts()
            )
        kept = {row.attachment_id for row in files if row.attachment_id is not None}
        return self.services.documents.update_revision(
            self.revision.id, fields, new_paths, sorted(self._stored_ids - kept)
        )
