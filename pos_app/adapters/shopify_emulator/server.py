"""The emulator on a real socket: `POST /admin/api/{version}/graphql.json` and the bulk
result files, with the fault switches applied where a real network would fail.

`ShopifyEmulator.start()` binds 127.0.0.1 (port 0 picks a free port), serves on a
background thread and returns the shop URL; `stop()` releases hung handlers, closes
every client connection and joins every thread, so tests run with warnings as errors.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import struct
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pos_app.domain.clock import Clock

from .api import DEFAULT_IDEMPOTENCY_TTL, AdminApi, ApiResponse
from .faults import Fault, FaultPlan
from .state import ShopState

log = logging.getLogger(__name__)

_GRAPHQL_PATH = re.compile(r"^/admin/api/([^/]+)/graphql\.json$")
_BULK_PATH = re.compile(r"^/bulk-results/(\d+)\.jsonl$")
DEFAULT_TOKEN = "shpat_emulator"


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True

    def __init__(self, addr: tuple[str, int], emulator: ShopifyEmulator) -> None:
        self.emulator = emulator
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(addr, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.sockets_lock:
            self.server.open_sockets.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.sockets_lock:
                self.server.open_sockets.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("emulator: " + format, *args)

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _reset(self) -> None:
        # SO_LINGER 0 makes close() send a TCP RST: the client sees "connection reset".
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                   struct.pack("ii", 1, 0))
        self.close_connection = True

    def do_GET(self) -> None:
        m = _BULK_PATH.match(self.path)
        data = self.server.emulator.api.bulk.result(int(m.group(1))) if m else None
        if data is None:
            self._send(404, b'{"errors":"Not Found"}', {})
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/jsonl")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        emu = self.server.emulator
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        m = _GRAPHQL_PATH.match(self.path)
        if m is None:
            self._send(404, b'{"errors":"Not Found"}', {})
            return
        fault = emu.faults.next(raw)
        if fault is Fault.RESET:
            self._reset()
            return
        if fault is Fault.TIMEOUT:
            emu.release.wait(emu.faults.hang_seconds)
            self.close_connection = True
            return
        if fault in (Fault.HTTP_500, Fault.HTTP_502, Fault.HTTP_503):
            assert fault is not None
            self._send(int(fault.value), b'{"errors":"Internal Server Error"}',
                       {"X-Request-Id": "emulator-fault"})
            return
        if fault is Fault.HTTP_429:
            self._send(429, b'{"errors":"Exceeded 2 calls per second for api client. '
                            b'Reduce request rates to resume uninterrupted service."}',
                       {"Retry-After": f"{emu.faults.retry_after}"})
            return
        # A slow shop is still working on the request: its idempotency keys stay in
        # flight meanwhile, so a client's impatient retry is told to try again.
        slow = (lambda: emu.release.wait(emu.faults.slow_seconds)) \
            if fault is Fault.SLOW else None
        response: ApiResponse = emu.api.handle(
            m.group(1), self.headers.get("X-Shopify-Access-Token"), raw, hold=slow)
        if fault is Fault.DROP_AFTER_COMMIT:
            self.close_connection = True
            return
        if fault is Fault.HANG_AFTER_COMMIT:
            emu.release.wait(emu.faults.hang_seconds)
            self.close_connection = True
            return
        try:
            self._send(response.status, response.encode(), response.headers)
        except (BrokenPipeError, ConnectionResetError):
            # A slow answer's client may have timed out and gone: as on a real network,
            # the answer is lost, the change it reports is not.
            self.close_connection = True


class ShopifyEmulator:
    """A Shopify shop on loopback: state, Admin API, faults and the HTTP server."""

    def __init__(self, state: ShopState | None = None, *, clock: Clock | None = None,
                 tokens: dict[str, str] | None = None, faults: FaultPlan | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 shop: str = "pos-emulator",
                 idempotency_ttl: timedelta | None = DEFAULT_IDEMPOTENCY_TTL) -> None:
        self.state = state or ShopState(clock)
        self.shop = shop
        self.api = AdminApi(self.state, tokens=tokens or {DEFAULT_TOKEN: "standard"},
                            monotonic=monotonic, idempotency_ttl=idempotency_ttl)
        self.faults = faults or FaultPlan()
        # Set on stop: wakes handlers that are simulating a hang so they exit at once.
        self.release = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def token(self) -> str:
        return next(iter(self.api.tokens))

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the emulator is not running")
        host, port = self._server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{name}:{port}"

    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        self.release.clear()
        self._server = _Server((host, port), self)
        self.api.base_url = self.url
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="shopify-emulator", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self.release.set()
        server.shutdown()
        thread.join()
        # Idle keep-alive connections keep their handler threads blocked on a read;
        # shutting the sockets down ends those reads so server_close can join them.
        with server.sockets_lock:
            open_now = list(server.open_sockets)
        for sock in open_now:
            with contextlib.suppress(OSError):  # already closed by its client
                sock.shutdown(socket.SHUT_RDWR)
        server.server_close()
        self.api.close()
        self._server = self._thread = None

    def __enter__(self) -> ShopifyEmulator:
        if self._server is None:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
