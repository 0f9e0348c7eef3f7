"""Runs database work on one background thread and hands results back to the GUI thread.

The GUI thread never waits on disk: every call into the services goes through
`DbWorker.submit`, which runs it on a single-worker executor (the one writer of the
local database in this process) and delivers the result or the error by a queued
Qt signal, so callbacks always run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos_app.domain.errors import PosError, SignedOut

log = logging.getLogger(__name__)


class DbWorker(QObject):
    _done = Signal(object, object, object)  # callback, value, error
    # A command refused because the signed-in person was deactivated since they signed
    # in (SignedOut): whatever screen asked, the window goes back to sign-in.
    signed_out = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pos-db")
        self._done.connect(self._deliver)
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, fn: Callable[[], Any], on_ok: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> Future[Any]:
        self._pending += 1

        def run() -> Any:
            try:
                value = fn()
            except BaseException as exc:
                self._done.emit(on_error, None, exc)
                raise
            self._done.emit(on_ok, value, None)
            return value

        return self._pool.submit(run)

    def _deliver(self, callback: Callable[..., None] | None, value: Any,
                 error: BaseException | None) -> None:
        self._pending -= 1
        if error is not None and not isinstance(error, PosError):
            log.error("bug in a background task", exc_info=error)
        if isinstance(error, SignedOut):
            self.signed_out.emit(error)
        if callback is None:
            return
        callback(error if error is not None else value)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
