"""GUI test helpers: no modal dialog may block, and record dialogs are driven like a user would.

``dialog_driver`` replaces ``RecordDialog.exec`` (the class the pages open for every record): the
test queues one callable per expected dialog; the callable fills the form the way a user types,
then the driver presses Lưu (``try_save``) and returns what ``exec`` would have returned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.ui.widgets.forms import DateEdit, FormWidget, RecordDialog, find_choice


def _refuse_modal(what: str) -> Callable[..., Any]:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError(f"a test opened {what} without patching it (it would block)")

    return refuse


@pytest.fixture(autouse=True, scope="session")
def _themed_application(qapp: Any) -> None:
    """Every GUI test sees the app as users do: our theme, fonts and translators (the screenshots
    command applies them too, so a test run must not depend on which test ran first)."""
    from app.ui.application import make_application

    make_application()


@pytest.fixture(autouse=True)
def _no_blocking_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any modal a test did not expect fails the test instead of hanging the run."""
    monkeypatch.setattr(QDialog, "exec", _refuse_modal("a dialog (exec)"))
    monkeypatch.setattr(QMessageBox, "exec", _refuse_modal("a message box (exec)"))
    for name in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, _refuse_modal(f"QMessageBox.{name}"))
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _refuse_modal(f"QFileDialog.{name}"))


def enter(editor: QWidget, value: Any) -> None:
    """Put ``value`` into ``editor`` the way the user would (never keyClicks: non-ASCII aborts)."""
    if isinstance(editor, DateEdit):
        editor.line.setText(value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QLineEdit):
        editor.setText(value)
    elif isinstance(editor, QComboBox) and editor.isEditable():
        editor.setEditText(str(value))
    elif isinstance(editor, QComboBox):
        index = find_choice(editor, value)
        if index < 0:
            index = editor.findText(value)
        assert index >= 0, f"{value!r} is not offered in the list"
        editor.setCurrentIndex(index)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    else:  # pragma: no cover - a new editor kind needs a branch here
        raise TypeError(type(editor))


def fill(form: FormWidget, **values: Any) -> None:
    for name, value in values.items():
        enter(form.editors[name], value)


def error_text(form: FormWidget, name: str) -> str:
    """The error shown under field ``name``; empty when none is shown."""
    label = form.errors[name]
    return label.text() if not label.isHidden() else ""


def shown_errors(form: FormWidget) -> dict[str, str]:
    return {name: label.text() for name, label in form.errors.items() if not label.isHidden()}


def column(panel: Any, header: str | int) -> list[str]:
    """The texts of one column (by heading, or by position) of a ListPanel, as displayed."""
    model = panel.view.model()
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    col = header if isinstance(header, int) else headers.index(header)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@dataclass
class DrivenCall:
    dialog: RecordDialog
    saved: bool
    open_after: bool  # the dialog still on screen after Lưu (what the user sees on an error)
    errors: dict[str, str]
    general_error: str


@dataclass
class DialogDriver:
    fillers: list[Callable[[RecordDialog], object]] = field(default_factory=list)
    calls: list[DrivenCall] = field(default_factory=list)

    def will(self, filler: Callable[[RecordDialog], object]) -> DialogDriver:
        """Queue what the user does in the next record dialog before pressing Lưu."""
        self.fillers.append(filler)
        return self

    def will_fill(self, **values: Any) -> DialogDriver:
        return self.will(lambda dialog: fill(dialog.form, **values))

    @property
    def last(self) -> DrivenCall:
        assert self.calls, "no record dialog was opened"
        return self.calls[-1]

    def _exec(self, dialog: RecordDialog) -> int:
        assert self.fillers, f"unexpected record dialog “{dialog.windowTitle()}”"
        filler = self.fillers.pop(0)
        dialog.show()
        filler(dialog)
        saved = dialog.try_save()
        open_after = dialog.isVisible()
        general = dialog.form.general_error
        self.calls.append(
            DrivenCall(
                dialog,
                saved,
                open_after,
                shown_errors(dialog.form),
                general.text() if not general.isHidden() else "",
            )
        )
        if not saved:  # the user gives up: Hủy
            dialog.reject()
        return 1 if saved else 0


@pytest.fixture
def dialog_driver(monkeypatch: pytest.MonkeyPatch) -> DialogDriver:
    driver = DialogDriver()
    monkeypatch.setattr(RecordDialog, "exec", lambda self: driver._exec(self))
    yield driver
    assert not driver.fillers, "some queued dialogs were never opened"


@dataclass
class Popups:
    """Message boxes the code showed (QMessageBox static functions and ``confirm``)."""

    shown: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    confirm_answer: bool = True

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind is None or k == kind]


@pytest.fixture
def popups(monkeypatch: pytest.MonkeyPatch) -> Popups:
    """Capture warnings/information boxes and answer confirmations without blocking."""
    record = Popups()

    def static(kind: str) -> Callable[..., Any]:
        def show(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
            record.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))

    def confirm(_parent: Any, _title: str, text: str, _yes: str | None = None) -> bool:
        record.shown.append(("confirm", text))
        return record.confirm_answer

    import app.ui.errors
    import app.ui.main_window
    import app.ui.pages.base
    import app.ui.pages.documents
    import app.ui.pages.legal

    for module in (
        app.ui.errors,
        app.ui.pages.base,
        app.ui.main_window,
        app.ui.pages.documents,
        app.ui.pages.legal,
    ):
        monkeypatch.setattr(module, "confirm", confirm)
    return record


@pytest.fixture
def show(qtbot: Any) -> Callable[[QWidget], QWidget]:
    """Register a widget with qtbot and put it on the (offscreen) screen."""

    def _show(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return _show


class Ui:
    """Helpers the tests reach through the ``ui`` fixture (conftest modules are not importable)."""

    enter = staticmethod(enter)
    fill = staticmethod(fill)
    error_text = staticmethod(error_text)
    shown_errors = staticmethod(shown_errors)
    column = staticmethod(column)


@pytest.fixture
def ui() -> type[Ui]:
    return Ui
