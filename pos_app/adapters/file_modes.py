"""Owner-only files: the data directory 0700 and every file in it 0600.

The local database holds PIN hashes, payment references and the journal; its backups,
the write-ahead log, the lock and identity files, exports and logs say as much. On a
shared machine (a back-office PC, a till with a service account) any other OS user
could read them. So:

- the process starts with umask 077 (`restrict_umask`, from the CLI entry), so every
  file and directory it creates is owner-only, whoever creates it (SQLite, Qt, csv);
- the data directory code paths call `private_dir` and `private_sqlite` explicitly (a
  library caller or a test may never pass through the CLI): a file they create is
  created 0600, and one found looser (made by an older version, copied in with
  `cp`) is tightened and the tightening logged.

POSIX only: on Windows the user profile's ACLs protect the data directory and
`os.chmod` can only toggle read-only, so these are no-ops there.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600
UMASK = 0o077
POSIX = os.name == "posix"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def restrict_umask() -> int:
    """Owner-only for everything this process creates from now on; returns the old
    umask."""
    return os.umask(UMASK) if POSIX else 0


def _tighten(path: Path, want: int, st: os.stat_result) -> bool:
    mode = stat.S_IMODE(st.st_mode)
    if not POSIX or mode & ~want == 0:
        return False
    try:
        os.chmod(path, mode & want)
    except OSError as exc:  # not ours (another user's file): say so, do not stop
        log.warning("could not restrict %s (mode %o) to owner-only: %s", path, mode,
                    exc.strerror)
        return False
    log.warning("restricted %s from mode %o to %o (owner only)", path, mode, mode & want)
    return True


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) owner-only, or tighten it if it exists."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    _tighten(path, DIR_MODE, path.stat())
    return path


def private_file(path: Path) -> bool:
    """Tighten an existing regular file to 0600; True if it was looser. Missing: no-op."""
    try:
        st = Path(path).lstat()
    except FileNotFoundError:
        return False
    return stat.S_ISREG(st.st_mode) and _tighten(Path(path), FILE_MODE, st)


def create_private_file(path: Path) -> None:
    """Make sure `path` exists as an owner-only file, without truncating it."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0),
                     FILE_MODE)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    private_file(path)


def owner_only(path: str, flags: int) -> int:
    """An `opener` for open(): a file it creates is 0600 whatever the umask."""
    return os.open(path, flags, FILE_MODE)


def private_sqlite(db_path: Path) -> None:
    """The database file created 0600 before SQLite opens it (its -wal and -shm then
    take the same mode), and any existing side files tightened."""
    db_path = Path(db_path)
    create_private_file(db_path)
    for suffix in SQLITE_SIDE_FILES:
        private_file(db_path.with_name(db_path.name + suffix))


def _walk(root: Path) -> Iterator[tuple[Path, os.stat_result]]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for name in (*dirnames, *filenames):
            p = base / name
            try:
                yield p, p.lstat()
            except FileNotFoundError:
                continue


def private_tree(root: Path) -> int:
    """`root` and every directory (0700) and regular file (0600) under it tightened;
    returns how many were looser. Symbolic links are left alone (not followed)."""
    root = Path(root)
    if not root.is_dir():
        return 0
    count = int(_tighten(root, DIR_MODE, root.stat()))
    for p, st in _walk(root):
        if stat.S_ISDIR(st.st_mode):
            count += _tighten(p, DIR_MODE, st)
        elif stat.S_ISREG(st.st_mode):
            count += _tighten(p, FILE_MODE, st)
    return count


def loose_paths(root: Path) -> list[tuple[Path, int]]:
    """(path, mode) of every directory or file under `root` (and `root`) that others
    may read, write or enter: what `private_tree` would tighten."""
    out: list[tuple[Path, int]] = []
    entries = [(Path(root), Path(root).stat()), *_walk(Path(root))]
    for p, st in entries:
        mode = stat.S_IMODE(st.st_mode)
        if (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)) and mode & 0o077:
            out.append((p, mode))
    return out
