"""Forms built from field specs: editors, labels, and the error shown next to each field.

Services validate; a form only turns text into values (a date that cannot be read is reported
here, before any service call) and shows the services' field errors where they belong.

``RecordDialog`` edits one record; ``MasterDetailDialog`` edits a record with its child rows
(``ChildList``: an objective's plan lines, a decision's members, an issue's files), saved together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.messages import field_message, message
from app.services.errors import DomainError, FieldError, ValidationError
from app.ui.formatting import fmt_date
from app.ui.widgets.tables import Column, ListPanel

# Combo item data never holds None: PySide6 6.12 on CPython 3.11 drops a reference to None each
# time such data is read back (itemData/currentData), and after a few thousand reads the
# interpreter aborts. None is stored as this marker and turned back by ``choice``.
_NONE = "\u2400"


def add_choice(combo: QComboBox, text: str, data: Any) -> None:
    combo.addItem(text, _NONE if data is None else data)


def choice(combo: QComboBox, index: int | None = None) -> Any:
    value = combo.currentData() if index is None else combo.itemData(index)
    return None if isinstance(value, str) and value == _NONE else value


def find_choice(combo: QComboBox, data: Any) -> int:
    return combo.findData(_NONE if data is None else data)


def set_choices(combo: QComboBox, choices: Sequence[tuple[str, Any]], keep: bool = True) -> None:
    """Replace the items, keeping the current choice when it is still offered."""
    current = choice(combo) if keep else None
    blocked = combo.blockSignals(True)
    combo.clear()
    for text, data in choices:
        add_choice(combo, text, data)
    combo.setCurrentIndex(max(find_choice(combo, current), 0))
    combo.blockSignals(blocked)


_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")


class DateEdit(QWidget):
    """A date typed as dd/mm/yyyy (or picked from a calendar); empty means no date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line.setMaximumWidth(130)
        self.line.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Lịch"))
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.button.setToolTip(self.tr("Chọn ngày trên lịch"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)

    def _prepare_calendar(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        day = current or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()

    def set_value(self, value: date | None) -> None:
        self.line.setText(fmt_date(value))

    def value(self) -> date | None:
        """The date, None when empty; ValueError when the text is not a real date."""
        text = self.line.text().strip()
        if not text:
            return None
        match = _DATE_RE.match(text)
        if not match:
            raise ValueError(text)
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)


@dataclass
class Field:
    """One editable value of a form; ``name`` matches the service's input dataclass attribute."""

    name: str
    label: str
    kind: str = "text"  # text | multiline | date | combo | check | int
    required: bool = False
    choices: Sequence[tuple[str, Any]] = field(default_factory=list)
    placeholder: str = ""
    help: str = ""
    minimum: int = 0
    maximum: int = 9999
    height: int = 90
    same_row: bool = False  # put this editor (with its label) right after the previous one


class FormWidget(QWidget):
    """A QFormLayout of editors with an error line under each."""

    def __init__(self, fields: Sequence[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addRow(self.general_error)
        last: tuple[QHBoxLayout, QVBoxLayout] | None = None
        for spec in self.fields:
            editor = self._make_editor(spec)
            editor.setObjectName(f"field_{spec.name}")
            self.editors[spec.name] = editor
            error = QLabel(self)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            self.errors[spec.name] = error
            if spec.same_row and last is not None:
                line, col = last
                if line.count() and line.itemAt(line.count() - 1).spacerItem() is not None:
                    line.takeAt(line.count() - 1)
                if spec.label:
                    line.addSpacing(8)
                    line.addWidget(QLabel(spec.label, self))
                line.addWidget(editor)
                line.addStretch(1)
                col.addWidget(error)
                continue
            box = QWidget(self)
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            line = QHBoxLayout()
            line.setSpacing(4)
            line.addWidget(editor)
            col.addLayout(line)
            last = (line, col)
            if spec.help:
                hint = QLabel(spec.help, box)
                hint.setObjectName("fieldHelp")
                hint.setWordWrap(True)
                col.addWidget(hint)
            col.addWidget(error)
            label = spec.label + (" *" if spec.required else "")
            if spec.kind == "check":
                label = ""
            layout.addRow(label, box)

    def _make_editor(self, spec: Field) -> QWidget:
        if spec.kind == "multiline":
            edit = QPlainTextEdit(self)
            edit.setPlaceholderText(spec.placeholder)
            edit.setMinimumHeight(spec.height)
            edit.setMaximumHeight(max(spec.height * 2, 120))
            edit.setTabChangesFocus(True)
            return edit
        if spec.kind == "date":
            return DateEdit(self)
        if spec.kind == "combo":
            combo = QComboBox(self)
            for text, data in spec.choices:
                add_choice(combo, text, data)
            return combo
        if spec.kind == "combo_edit":  # free text with suggestions
            suggest = QComboBox(self)
            suggest.setEditable(True)
            suggest.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for text, _data in spec.choices:
                suggest.addItem(text)
            suggest.setCurrentIndex(-1)
            line_edit = suggest.lineEdit()
            if line_edit is not None:
                line_edit.setPlaceholderText(spec.placeholder)
            return suggest
        if spec.kind == "check":
            return QCheckBox(spec.label, self)
        if spec.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(spec.minimum, spec.maximum)
            spin.setMaximumWidth(120)
            return spin
        line = QLineEdit(self)
        line.setPlaceholderText(spec.placeholder)
        return line

    def set_choices(self, name: str, choices: Sequence[tuple[str, Any]]) -> None:
        combo = self.editors[name]
        assert isinstance(combo, QComboBox)
        set_choices(combo, choices)

    def set_values(self, source: object) -> None:
        """Fill the editors from a dataclass or a mapping with the fields' names."""
        for spec in self.fields:
            if isinstance(source, dict):
                if spec.name not in source:
                    continue
                value = source[spec.name]
            elif hasattr(source, spec.name):
                value = getattr(source, spec.name)
            else:
                continue
            self.set_value(spec.name, value)

    def set_value(self, name: str, value: Any) -> None:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, DateEdit):
            editor.set_value(value)
        elif isinstance(editor, QComboBox) and editor.isEditable():
            editor.setEditText("" if value is None else str(value))
            line = editor.lineEdit()
            if line is not None:
                line.setCursorPosition(0)
        elif isinstance(editor, QComboBox):
            index = find_choice(editor, value)
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            # A text longer than the box shows from its start (the cursor at the end would scroll
            # the start out of sight: "…kiện toàn Ban chỉ đạo ISO" without its "Về việc").
            editor.setCursorPosition(0)

    def values(self) -> dict[str, Any]:
        """Current values; raises ValidationError for dates that cannot be read."""
        result: dict[str, Any] = {}
        problems: list[FieldError] = []
        for spec in self.fields:
            editor = self.editors[spec.name]
            if isinstance(editor, QPlainTextEdit):
                result[spec.name] = editor.toPlainText()
            elif isinstance(editor, DateEdit):
                try:
                    result[spec.name] = editor.value()
                except ValueError:
                    problems.append(FieldError(spec.name, "ui.bad_date"))
            elif isinstance(editor, QComboBox) and editor.isEditable():
                result[spec.name] = editor.currentText()
            elif isinstance(editor, QComboBox):
                result[spec.name] = choice(editor)
            elif isinstance(editor, QCheckBox):
                result[spec.name] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                result[spec.name] = editor.value()
            elif isinstance(editor, QLineEdit):
                result[spec.name] = editor.text()
        if problems:
            raise ValidationError(problems)
        return result

    def clear_errors(self) -> None:
        self.general_error.hide()
        for name, label in self.errors.items():
            label.hide()
            self._mark(self.editors[name], False)

    def show_error(self, error: DomainError, *, claim_unknown: bool = True) -> None:
        """Errors of known fields go under their editors; anything else above the form (unless
        ``claim_unknown`` is off because another form on the page owns those fields)."""
        self.clear_errors()
        first: QWidget | None = None
        if isinstance(error, ValidationError):
            leftover = []
            for problem in error.errors:
                label = self.errors.get(problem.field)
                if label is None:
                    leftover.append(field_message(problem))
                    continue
                label.setText(field_message(problem))
                label.show()
                self._mark(self.editors[problem.field], True)
                first = first or self.editors[problem.field]
            if leftover and claim_unknown:
                self.general_error.setText("\n".join(leftover))
                self.general_error.show()
        else:
            self.general_error.setText(message(error))
            self.general_error.show()
        if first is not None:
            first.setFocus()

    @staticmethod
    def _mark(editor: QWidget, invalid: bool) -> None:
        target = editor.line if isinstance(editor, DateEdit) else editor
        target.setProperty("invalid", invalid)
        style = target.style()
        style.unpolish(target)
        style.polish(target)


class RecordDialog(QDialog):
    """Edit one record: Lưu calls ``save(values)``; a domain error keeps the dialog and the input."""

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        save: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
        values: object | None = None,
        width: int = 560,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self._save = save
        self.result_value: object = None
        layout = QVBoxLayout(self)
        self.form = FormWidget(fields, self)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if values is not None:
            self.form.set_values(values)

    def try_save(self) -> bool:
        try:
            values = self.form.values()
            self.result_value = self._save(values)
        except DomainError as error:
            self.show_error(error)
            return False
        self.accept()
        return True

    def show_error(self, error: DomainError) -> None:
        """Show why Lưu was refused (the dialog stays open with the input)."""
        self.form.show_error(error)


# ---- master–detail ------------------------------------------------------------------------------
@dataclass
class ChildForm:
    """How one child row is edited: a small ``RecordDialog`` whose values become the row.

    ``title`` and ``fields`` may be functions of the row being edited (None for a new one);
    ``to_row(values, row)`` makes the new row and may raise a DomainError, which keeps the small
    dialog open with the error under its field; ``values(row)`` fills the dialog (default: the row
    itself, nothing for a new one).
    """

    title: str | Callable[[Any], str]
    fields: Sequence[Field] | Callable[[Any], Sequence[Field]]
    to_row: Callable[[dict[str, Any], Any], Any]
    values: Callable[[Any], object] | None = None
    width: int = 560


class ChildList(ListPanel):
    """The child rows of a master–detail dialog, kept in memory until the dialog saves.

    Thêm… opens ``form`` for a new row (or calls ``add``, which returns the rows to append: files
    chosen on disk), Sửa… opens it for the selected row (hidden without a ``form``), Xóa removes
    the selected row, Lên / Xuống (``ordered``) move it: the rows keep the order the user gives.
    ``field`` is the name the service's errors give these rows (``members``; ``members.2`` for the
    third row); such errors, and non-field errors whose code starts with one of ``error_codes``,
    show under the list.
    """

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        field: str,
        form: ChildForm | None = None,
        add: Callable[[], Sequence[Any]] | None = None,
        ordered: bool = False,
        error_codes: Sequence[str] = (),
        add_text: str | None = None,
        delete_text: str | None = None,
    ) -> None:
        super().__init__(
            title,
            columns,
            parent,
            add_text=add_text,
            delete_text=delete_text,
            searchable=False,
            exportable=False,
        )
        self.field = field
        self.form = form
        self.error_codes = tuple(error_codes)
        self._add = add
        self.view.setSortingEnabled(False)  # the rows' own order is the one saved
        self.edit_button.setVisible(form is not None)
        self.add_requested.connect(self.add_row)
        self.edit_requested.connect(lambda _row: self.edit_row())
        self.delete_requested.connect(lambda _row: self.remove_row())
        self.up_button: QPushButton | None = None
        self.down_button: QPushButton | None = None
        if ordered:
            up = self.insert_button(
                self.tr("Lên"), clicked=lambda: self.move(-1), tooltip=self.tr("Đưa dòng đang chọn lên trên")
            )
            down = self.insert_button(
                self.tr("Xuống"),
                clicked=lambda: self.move(1),
                tooltip=self.tr("Đưa dòng đang chọn xuống dưới"),
            )
            assert isinstance(up, QPushButton) and isinstance(down, QPushButton)
            self.up_button, self.down_button = up, down
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.error_label)
        self.set_rows([])

    # ---- rows ----------------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return list(self.model.rows)

    def set_rows(self, rows: Sequence[Any], *, keep: Callable[[Any], object] | None = None) -> None:
        super().set_rows(rows, keep=keep)
        self.clear_error()  # the rows changed: an error about the old ones no longer holds

    def selected_index(self) -> int | None:
        """Position of the selected row in ``rows()``; None when nothing is selected."""
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        view_row = indexes[0].row()
        return self.model.source_row(view_row) if 0 <= view_row < self.model.rowCount() else None

    def select_index(self, index: int) -> None:
        view_row = self.model.view_row(index)
        if view_row is not None:
            self.select_view_row(view_row)

    def _replace(self, rows: list[Any], select: int | None) -> None:
        self.set_rows(rows, keep=lambda _r: None)
        if select is not None and 0 <= select < len(rows):
            self.select_index(select)
        self._update_buttons()

    def add_row(self) -> None:
        if self.form is not None:
            self._open_form(None)
        elif self._add is not None:
            new = list(self._add())
            if new:
                self._replace(self.rows() + new, len(self.model.rows) + len(new) - 1)

    def edit_row(self) -> None:
        index = self.selected_index()
        if index is not None and self.form is not None:
            self._open_form(index)

    def remove_row(self) -> None:
        index = self.selected_index()
        if index is None:
            return
        rows = self.rows()
        del rows[index]
        self._replace(rows, min(index, len(rows) - 1) if rows else None)

    def move(self, step: int) -> None:
        index = self.selected_index()
        if index is None:
            return
        rows = self.rows()
        other = index + step
        if 0 <= other < len(rows):
            rows[index], rows[other] = rows[other], rows[index]
            self._replace(rows, other)

    def _open_form(self, index: int | None) -> None:
        form = self.form
        assert form is not None
        row = None if index is None else self.model.rows[index]
        title = form.title(row) if callable(form.title) else form.title
        fields = form.fields(row) if callable(form.fields) else form.fields
        values = form.values(row) if form.values is not None else row
        dialog = RecordDialog(
            title, fields, lambda v: form.to_row(v, row), self, values=values, width=form.width
        )
        if not dialog.exec():
            return
        rows = self.rows()
        if index is None:
            rows.append(dialog.result_value)
            index = len(rows) - 1
        else:
            rows[index] = dialog.result_value
        self._replace(rows, index)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        up, down = getattr(self, "up_button", None), getattr(self, "down_button", None)
        if up is None or down is None:  # not ordered, or still being built
            return
        index = self.selected_index()
        up.setEnabled(index is not None and index > 0)
        down.setEnabled(index is not None and index < len(self.model.rows) - 1)

    # ---- errors --------------------------------------------------------------------------------
    def owns(self, field_name: str) -> bool:
        """Whether a field error named ``field_name`` is about these rows."""
        return field_name == self.field or field_name.startswith(self.field + ".")

    def take_error(self, error: DomainError) -> bool:
        """Show under the list the part of ``error`` about these rows; True when there was one."""
        if isinstance(error, ValidationError):
            texts = []
            first_row: int | None = None
            for problem in error.errors:
                if not self.owns(problem.field):
                    continue
                position = problem.field[len(self.field) + 1 :]
                if position.isdigit():
                    first_row = int(position) if first_row is None else first_row
                    texts.append(self.tr("Dòng {0}: {1}").format(int(position) + 1, field_message(problem)))
                else:
                    texts.append(field_message(problem))
            if not texts:
                return False
            self.show_error("\n".join(texts))
            if first_row is not None and first_row < len(self.model.rows):
                self.select_index(first_row)
            return True
        if self.error_codes and error.code.startswith(self.error_codes):
            self.show_error(message(error))
            return True
        return False

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def clear_error(self) -> None:
        if hasattr(self, "error_label"):
            self.error_label.hide()


class MasterDetailDialog(RecordDialog):
    """A record and its child rows in one dialog: an objective and its plan lines, a decision and
    its members, an issue of a document and its files.

    The record's form on top, then each ``ChildList`` given to ``add_children``, then any other
    widget given to ``add_section``. Child rows stay in memory until Lưu, which calls
    ``save(values, children)`` once (``children`` maps each list's ``field`` to its rows, in the
    order shown). A DomainError keeps the dialog and the input: field errors go under their
    editors, errors about child rows under their list, anything else above the form.
    """

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        save: Callable[[dict[str, Any], dict[str, list[Any]]], object],
        parent: QWidget | None = None,
        values: object | None = None,
        width: int = 760,
        heading: str = "",
    ) -> None:
        super().__init__(title, fields, lambda v: save(v, self.child_rows()), parent, values, width)
        self.child_lists: list[ChildList] = []
        if heading:
            label = QLabel(heading, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self._layout().insertWidget(0, label)

    def _layout(self) -> QVBoxLayout:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        return layout

    def add_children(self, child: ChildList, stretch: int = 1) -> ChildList:
        """Put a child list under the form (and under the lists added before)."""
        self.child_lists.append(child)
        self.add_section(child, stretch)
        return child

    def add_section(self, widget: QWidget, stretch: int = 0) -> QWidget:
        """Put any other widget after what was added before, above the Lưu / Hủy buttons."""
        layout = self._layout()
        layout.insertWidget(layout.count() - 1, widget, stretch)
        return widget

    def child_rows(self) -> dict[str, list[Any]]:
        return {child.field: child.rows() for child in self.child_lists}

    def try_save(self) -> bool:
        for child in self.child_lists:
            child.clear_error()
        return super().try_save()

    def show_error(self, error: DomainError) -> None:
        taken = [child for child in self.child_lists if child.take_error(error)]
        rest: DomainError | None = None
        if isinstance(error, ValidationError):
            leftover = [p for p in error.errors if not any(c.owns(p.field) for c in self.child_lists)]
            rest = ValidationError(leftover) if leftover else None
        elif not taken:
            rest = error
        if rest is not None:
            self.form.show_error(rest)
        else:
            self.form.clear_errors()
            if taken:
                taken[0].view.setFocus()
