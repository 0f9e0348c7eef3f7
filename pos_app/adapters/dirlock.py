"""One process per data directory: an OS file lock that dies with its process.

The lock is `flock` (POSIX) or `msvcrt.locking` (Windows) on `<data_dir>/pos.lock`,
held for as long as the process has the data directory open for writing. The OS
drops it when the process ends in any way (SIGKILL and power loss included), so a
stale lock never needs cleaning up: the file left behind is only a note of the last
holder's pid, and the lock on it, not its existence, is what counts.

Within one process the lock is shared: opening the same directory twice (the back
office seeding demo history next to its own context) takes it once and counts.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from pos_app.domain.errors import StorageUnavailable, TerminalBusy

LOCK_FILENAME = "pos.lock"
# Windows locks are mandatory: lock a byte far past the pid text so others can read it.
_WIN_LOCK_OFFSET = 1 << 20
# A holder writes its pid right after taking the lock; a refused starter waits this
# long at most for it to appear, so the message names the pid.
_PID_WAIT_S = 1.0

_registry_guard = threading.Lock()
_held: dict[str, _Held] = {}


@dataclass
class _Held:
    fd: int
    count: int


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def holder_pid(data_dir: Path) -> int | None:
    """The pid written by the last process that held the lock (it may have ended)."""
    return _read_pid(Path(data_dir) / LOCK_FILENAME)


class DataDirLock:
    """The exclusive lock on one data directory; `release()` (or process exit) frees it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILENAME
        self._key = os.path.realpath(self.path)
        self._released = False
        with _registry_guard:
            held = _held.get(self._key)
            if held is not None:
                held.count += 1
                return
            self._acquire()

    def _acquire(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageUnavailable(
                f"The data directory {self.data_dir} cannot be used: cannot create its "
                f"lock file ({exc.strerror})") from exc
        if not _try_lock(fd):
            os.close(fd)
            pid = self._wait_for_pid()
            who = f"pid {pid}" if pid is not None else "pid unknown"
            raise TerminalBusy(
                f"this terminal is already open ({who}): the data directory "
                f"{self.data_dir} is in use by another window or command. Close it first "
                "(read-only commands such as `pos-app status` still work).", pid)
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            pass  # the pid is only a note for the message; the lock is what counts
        _held[self._key] = _Held(fd, 1)

    def _wait_for_pid(self) -> int | None:
        deadline = time.monotonic() + _PID_WAIT_S
        while True:
            pid = _read_pid(self.path)
            if pid is not None or time.monotonic() >= deadline:
                return pid
            time.sleep(0.01)

    def release(self) -> None:
        with _registry_guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
            try:
                _unlock(held.fd)
            finally:
                os.close(held.fd)

    def __enter__(self) -> DataDirLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
