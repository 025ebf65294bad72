"""Forms built from field specs: editors, labels, and the error shown next to each field.

Services validate; a form only turns text into values (a date that cannot be read is reported
here, before any service call) and shows the services' field errors where they belong.
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
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.messages import field_message, message
from app.services.errors import DomainError, FieldError, ValidationError
from app.ui.formatting import fmt_date

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
        elif isinstance(editor, QComboBox):
            index = find_choice(editor, value)
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

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
            self.form.show_error(error)
            return False
        self.accept()
        return True
