"""Choose one or more rows from a searchable list (procedures, issues…)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
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


def records_dialog(
    parent: QWidget, key: str, lines: Sequence[Any], start: date, end: date, *, frozen: str = ""
) -> PickDialog:
    """The records behind a figure (``figure_records.RecordLine``s of figure ``key`` over
    ``start``–``end``), to open one; ``frozen``: what to add when the figures were frozen."""
    from app.services.figure_records import FIGURE_RECORDS
    from app.ui.formatting import fmt_date

    tr = lambda text: QCoreApplication.translate("RecordsDialog", text)  # noqa: E731
    title = QCoreApplication.translate("Figures", FIGURE_RECORDS[key])
    prompt = tr("{0}, từ {1} đến {2}: {3}. Bấm đúp một dòng để mở hồ sơ.").format(
        title, fmt_date(start), fmt_date(end), len(lines)
    )
    dialog = PickDialog(
        title,
        prompt + (" " + frozen if frozen else ""),
        [
            Column(tr("Ngày"), lambda r: fmt_date(r.on), sort=lambda r: r.on, width=95),
            Column(tr("Hồ sơ"), lambda r: r.kind, width=230),
            Column(tr("Nội dung"), lambda r: r.text),
        ],
        lines,
        parent,
    )
    dialog.setObjectName("figureRecords")
    dialog.ok_button.setText(tr("Mở hồ sơ"))
    return dialog


class FigureRecordsMixin:
    """A page whose figures open the records behind them: ``_figure_lines(key)`` gives the lines
    (``figure_records.RecordLine``), the period and what to say when the figures were frozen."""

    def _figure_lines(self, key: str) -> tuple[Sequence[Any], date, date, str] | None:
        raise NotImplementedError

    def _figure_records_dialog(self, key: str) -> PickDialog | None:
        from app.services.figure_records import FIGURE_RECORDS

        found = self._figure_lines(key) if key in FIGURE_RECORDS else None
        if found is None:
            return None
        lines, start, end, frozen = found
        return records_dialog(self, key, lines, start, end, frozen=frozen)  # type: ignore[arg-type]

    def show_figure_records(self, key: str) -> None:
        """List the records behind a figure; the chosen one opens on its own page."""
        dialog = self._figure_records_dialog(key)
        if dialog is not None and dialog.exec():
            chosen = dialog.chosen()
            if chosen:
                self.open_record(chosen[0].record_type, chosen[0].record_id)  # type: ignore[attr-defined]
