"""Run slow work (backups, restores, later exports and imports) off the GUI thread.

The callable runs on a pool thread and must not touch widgets; its result or exception is handed
back on the GUI thread through a queued signal.
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
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # SQLite has one writer; one task at a time is plenty
        self._relay = _Relay()
        self._relay.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.running = 0

    def run(
        self, fn: Callable[[], Any], on_ok: Callable[[Any], None], on_err: Callable[[BaseException], None]
    ) -> None:
        self.running += 1
        self._pool.start(_Job(fn, on_ok, on_err, self._relay))

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: object) -> None:
        self.running -= 1
        callback(value)

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

        self.run(fn, finish(on_ok), finish(on_err))
