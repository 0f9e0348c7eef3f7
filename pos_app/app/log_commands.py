"""CLI: `logs [--tail N] [--follow]`: where the log file is, and its last lines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .commands import command


def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tail", type=int, default=20, metavar="N",
                   help="how many of the last lines to show (default 20)")
    p.add_argument("--follow", "-f", action="store_true",
                   help="keep showing new lines as they are written (Ctrl+C stops)")


@command("logs", "Show where the log file is and its last lines (JSON, one record a line).",
         _args)
def logs_cmd(args: argparse.Namespace) -> int:
    from pos_app.adapters.config import load_settings
    from pos_app.adapters.log_setup import log_settings, tail_lines

    settings = load_settings(data_dir=args.data_dir, config_path=args.config)
    path = log_settings(settings.sections.get("logging")).path
    print(f"log file: {path}", file=sys.stderr)
    if not path.exists():
        print("pos-app: no log yet (the counter and long-running commands write it)",
              file=sys.stderr)
        if not args.follow:
            return 0
    try:
        st = path.stat()
        start = (st.st_ino, st.st_size)  # what the tail shows; follow from there
    except FileNotFoundError:
        start = None
    for line in tail_lines(path, args.tail):
        print(line)
    sys.stdout.flush()
    if args.follow:
        _follow(path, start)
    return 0


def _follow(path: Path, start: tuple[int, int] | None) -> None:
    """Prints what is appended to `path` after `start` (inode, size), and when the file
    is rotated, the old file's last lines and then the new file from its beginning."""
    import time

    handle = None
    inode = None
    position = 0
    try:
        while True:
            try:
                st = path.stat()
            except FileNotFoundError:
                time.sleep(0.5)
                continue
            if handle is None or st.st_ino != inode or st.st_size < position:
                if handle is not None:
                    sys.stdout.write(handle.read())  # the rotated file's last lines
                    handle.close()
                handle = path.open("r", encoding="utf-8", errors="replace")
                if inode is None and start is not None and start[0] == st.st_ino \
                        and start[1] <= st.st_size:
                    handle.seek(start[1])  # the first open: after what the tail showed
                inode = st.st_ino
            chunk = handle.read()
            if chunk:
                sys.stdout.write(chunk)
                sys.stdout.flush()
            position = handle.tell()
            if not chunk:
                time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        if handle is not None:
            handle.close()
