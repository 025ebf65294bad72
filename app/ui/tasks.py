"""The app's one background task runner: backups, restores, imports, exports and big queries run
off the GUI thread, one at a time (SQLite has one writer), with a progress dialog when asked.

The main window makes one runner and hands it to every page (``Page.tasks``). The callable runs on a
pool thread and must not touch widgets; its result or exception is handed back on the GUI thread
through a queued signal. ``running``/``describe()`` let the window ask before closing while work
runs, and ``idle`` tells it when the last task is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    done = Signal(object, object)  # (callback, value)


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[[], Any],
        on_ok: Callable[[Any], None],
        on_err: Callable[[BaseException], None],
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.fn, self.on_ok, self.on_err, self.relay = fn, on_ok, on_err, relay

    def run(self) -> None:
        try:
            value = self.fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.relay.done.emit(self.on_err, exc)
        else:
            self.relay.done.emit(self.on_ok, value)


class TaskRunner(QObject):
    idle = Signal()  # the last running task has delivered its result

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # SQLite has one writer; one task at a time is plenty
        self._relay = _Relay()
        self._relay.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.running = 0
        self._labels: list[str] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_ok: Callable[[Any], None],
        on_err: Callable[[BaseException], None],
        label: str = "",
    ) -> None:
        self.running += 1
        self._labels.append(label)

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def inner(value: Any) -> None:
                if label in self._labels:
                    self._labels.remove(label)
                callback(value)

            return inner

        self._pool.start(_Job(fn, finish(on_ok), finish(on_err), self._relay))

    def describe(self) -> str:
        """What is running, to follow "Đang …" in a question to the user ("sao lưu dữ liệu")."""
        labels = []
        for text in self._labels:
            words = text.rstrip("…. ").split()
            if words and words[0].casefold() == "đang":  # labels read "Đang sao lưu dữ liệu…"
                words = words[1:]
            if words:
                labels.append(" ".join(words).lower())
        return "; ".join(dict.fromkeys(labels)) or self.tr("chạy một việc")

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: object) -> None:
        self.running -= 1
        try:
            callback(value)
        finally:
            if self.running == 0:
                self.idle.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def run_with_progress(
        self,
        parent: QWidget,
        label: str,
        fn: Callable[[], Any],
        on_ok: Callable[[Any], None],
        on_err: Callable[[BaseException], None],
    ) -> None:
        """Same as ``run`` with a modal busy indicator until the work ends."""
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowTitle(parent.window().windowTitle())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def inner(value: Any) -> None:
                dialog.close()
                dialog.deleteLater()
                callback(value)

            return inner

        self.run(fn, finish(on_ok), finish(on_err), label)
