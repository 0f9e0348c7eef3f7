"""A network receipt printer on loopback for tests: a TCP server that accepts each job
(one connection) and keeps its bytes, as an ESC/POS printer on port 9100 does."""

from __future__ import annotations

import socket
import threading


class LoopbackPrinter:
    """`with LoopbackPrinter() as printer:` ... `printer.device` is the [printer] form,
    `printer.wait_job()` the bytes of the next job received (whole: up to the close)."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self.device = f"network:127.0.0.1:{self.port}"
        self.jobs: list[bytes] = []
        self._arrived = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> LoopbackPrinter:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _addr = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(10)
                chunks = []
                while True:
                    data = conn.recv(65536)
                    if not data:
                        break
                    chunks.append(data)
            with self._arrived:
                self.jobs.append(b"".join(chunks))
                self._arrived.notify_all()

    def wait_job(self, index: int = 0, timeout: float = 20.0) -> bytes:
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.jobs) > index, timeout):
                raise AssertionError(f"no print job #{index + 1} arrived")
            return self.jobs[index]
