"""Choose one or more rows from a searchable list (procedures, issues…)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.widgets.tables import Column, ListPanel


class PickDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        columns: Sequence[Column],
        rows: Sequence[Any],
        parent: QWidget | None = None,
        *,
        multi: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = ListPanel("", columns, self, multi_select=multi)
        self.list.title.hide()
        for button in (self.list.add_button, self.list.edit_button, self.list.delete_button):
            button.hide()
        self.list.set_rows(rows)
        self.list.edit_requested.connect(lambda _r: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Chọn"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.search.setFocus()

    def chosen(self) -> list[Any]:
        return self.list.selected()
