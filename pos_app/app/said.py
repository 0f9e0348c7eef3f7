"""What a command says, as English text on the command line or as templates and values
for the set-up wizard (which says them in its language).

`say(message)` prints `str(message)` (the English of today) unless the output is a
`Said` (the wizard's capture, setup_steps._quiet), which keeps the Message itself beside
any plain text printed, in order.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO

from pos_app.domain.errors import Message


class Said(io.StringIO):
    """What a CLI function printed, both streams, in order: text as lines, and the
    messages given to `say` as themselves."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[str | Message] = []

    def keep(self, message: Message) -> None:
        self._flush_text()
        self._items.append(message)

    def _flush_text(self) -> None:
        text = super().getvalue()
        if text:
            self._items.extend(text.splitlines())
            self.seek(0)
            self.truncate()

    def items(self) -> list[str | Message]:
        self._flush_text()
        return list(self._items)

    def getvalue(self) -> str:  # the English of it all
        return "".join(f"{item}\n" for item in self.items())


def say(message: Message, *, file: TextIO | None = None, flush: bool = False,
        prefix: str = "") -> None:
    """`prefix` ("pos-app: " before an error on stderr) is the command line's alone:
    the wizard keeps the message without it."""
    out = file if file is not None else sys.stdout
    if isinstance(out, Said):
        out.keep(message)
    else:
        print(f"{prefix}{message}", file=out, flush=flush)
