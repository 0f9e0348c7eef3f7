"""An optional Prometheus endpoint on localhost ([monitoring] prometheus_port, 0: off)
serving the figures `pos-app status --json` shows under `metrics`, `health`, `channels`
and `alerts`, read when scraped."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

log = logging.getLogger(__name__)


class StatusCollector(Collector):
    def __init__(self, status: Callable[[], Mapping[str, Any]], terminal_id: str) -> None:
        self._status = status
        self._terminal = terminal_id

    def collect(self) -> Iterator[GaugeMetricFamily]:
        st = self._status()
        t = self._terminal
        lat = GaugeMetricFamily("pos_command_latency_ms", "Command latency quantile (ms)",
                                labels=["terminal", "command", "window", "quantile"])
        cnt = GaugeMetricFamily("pos_commands", "Commands in the window",
                                labels=["terminal", "command", "window"])
        metrics = st.get("metrics") or {}
        for window, kinds in (metrics.get("latency") or {}).items():
            for kind, fig in kinds.items():
                cnt.add_metric([t, kind, window], float(fig.get("count") or 0))
                for q in ("p50", "p99"):
                    if fig.get(f"{q}_ms") is not None:
                        lat.add_metric([t, kind, window, q], float(fig[f"{q}_ms"]))
        yield lat
        yield cnt
        err = GaugeMetricFamily("pos_command_error_rate", "Refused or failed commands / all",
                                labels=["terminal", "window"])
        for window, rate in (metrics.get("error_rate") or {}).items():
            if rate is not None:
                err.add_metric([t, window], float(rate))
        yield err
        queue = GaugeMetricFamily("pos_sync_queue_depth", "Items waiting per channel",
                                  labels=["terminal", "channel"])
        lag = GaugeMetricFamily("pos_sync_lag_seconds", "Oldest unsynced item's age",
                                labels=["terminal", "channel"])
        for name, ch in (st.get("channels") or {}).items():
            queue.add_metric([t, name], float(ch.get("queue_depth") or 0))
            lag.add_metric([t, name], float(ch.get("oldest_unsynced_age_seconds") or 0))
        yield queue
        yield lag
        health = st.get("health") or {}
        for key, doc in (("disk_free_pct", "Free space of the data directory's disk (%)"),
                         ("open_state_bytes", "Stored bytes of the open sales")):
            g = GaugeMetricFamily(f"pos_{key}", doc, labels=["terminal"])
            if health.get(key) is not None:
                g.add_metric([t], float(health[key]))
            yield g
        alerts = GaugeMetricFamily("pos_alert_firing", "1 for each alert firing",
                                   labels=["terminal", "alert"])
        for a in st.get("alerts") or []:
            alerts.add_metric([t, str(a["key"])], 1.0)
        yield alerts


def start_exporter(port: int, status: Callable[[], Mapping[str, Any]],
                   terminal_id: str) -> Callable[[], None]:
    """Serve on 127.0.0.1:`port`; returns what stops it."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StatusCollector(status, terminal_id))
    server, thread = start_http_server(port, addr="127.0.0.1", registry=registry)
    log.info("Prometheus metrics on http://127.0.0.1:%d/metrics", port)

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return stop
