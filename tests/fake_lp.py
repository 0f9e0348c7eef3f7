"""A fake CUPS `lp` for tests: an executable put first on PATH that keeps its argv and
the job's bytes (its standard input) in files, as CUPS would take a raw job. A queue
named `Gone` is refused with lp's own words; `Stuck` never finishes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REFUSED = "lp: The printer or class does not exist."

_SCRIPT = f"""#!/bin/sh
here=$(dirname "$0")
printf '%s\\n' "$@" > "$here/argv"
case "$2" in
  Gone) echo "{REFUSED}" >&2; exit 1 ;;
  Stuck) exec sleep 30 ;;
esac
cat > "$here/job"
echo "request id is $2-1 (1 file(s))"
"""


class FakeLp:
    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.dir = directory
        lp = directory / "lp"
        lp.write_text(_SCRIPT, encoding="utf-8")
        lp.chmod(0o755)

    @property
    def argv(self) -> list[str]:
        """The arguments lp was last called with."""
        return (self.dir / "argv").read_text(encoding="utf-8").splitlines()

    @property
    def job(self) -> bytes:
        """The bytes of the last job lp took."""
        return (self.dir / "job").read_bytes()


def install_fake_lp(directory: Path, monkeypatch: pytest.MonkeyPatch) -> FakeLp:
    """The fake lp in `directory`, first on PATH (a real one, if any, after it)."""
    fake = FakeLp(directory)
    monkeypatch.setenv("PATH", f"{directory}{os.pathsep}{os.environ.get('PATH', '')}")
    return fake
