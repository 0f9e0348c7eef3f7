"""The Shopify Admin GraphQL transport: one httpx client, the access token, the cost
bucket mirrored from `throttleStatus`, and Shopify's errors turned into typed ones.

Throttling is handled here and never reaches the caller as an error: before a call
the local mirror of the bucket is checked and the call waits for enough points; a
THROTTLED answer (HTTP 200, like Shopify's) waits for the deficit and sends the very
same request again. Everything else that fails is raised once, typed, for the caller's
retry policy: `ShopifyUnavailable` (5xx, 429, timeouts, resets), `ShopifyAuthError`
(401/403), `ShopifyContractError` (our document was refused).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from pos_app.adapters.shopify.token import where_to_put_it
from pos_app.adapters.transport import require_secure_http
from pos_app.services.inventory_ports import (
    ApiUsage,
    ShopifyAuthError,
    ShopifyContractError,
    ShopifyUnavailable,
)

log = logging.getLogger(__name__)

TokenProvider = Callable[[], str]
USER_AGENT = "pos_app/0.1 (offline-first point of sale)"
# What a first call may assume before Shopify has told us the real bucket.
_DEFAULT_BUCKET = (2000.0, 100.0)


@dataclass
class BucketMirror:
    """The client's view of its cost bucket, refilled by time, corrected by every reply."""

    maximum: float
    available: float
    restore_rate: float
    at: float

    def refill(self, now: float) -> None:
        self.available = min(self.maximum,
                             self.available + max(0.0, now - self.at) * self.restore_rate)
        self.at = now

    def wait_for(self, cost: float, now: float) -> float:
        self.refill(now)
        if self.available >= cost or self.restore_rate <= 0:
            return 0.0
        return (min(cost, self.maximum) - self.available) / self.restore_rate


@dataclass(frozen=True, slots=True)
class GraphQLReply:
    data: dict[str, Any]
    requested_cost: int | None
    actual_cost: int | None


class ShopifyAdminClient:
    """POST {shop}/admin/api/{version}/graphql.json with X-Shopify-Access-Token."""

    def __init__(self, base_url: str, api_version: str, token: TokenProvider, *,
                 timeout: float = 10.0, sleep: Callable[[float], None] = time.sleep,
                 monotonic: Callable[[], float] = time.monotonic,
                 max_throttle_wait: float = 300.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        # The token rides in a header of every request: TLS, unless it never leaves
        # this machine (the demo's emulator, tests).
        self.base_url = require_secure_http(base_url, what="The Shopify shop URL").rstrip("/")
        self.api_version = api_version
        self.endpoint = f"{self.base_url}/admin/api/{api_version}/graphql.json"
        self._token = token
        self._sleep = sleep
        self._monotonic = monotonic
        self._max_throttle_wait = max_throttle_wait
        self._http = httpx.Client(timeout=httpx.Timeout(timeout), transport=transport,
                                  headers={"User-Agent": USER_AGENT,
                                           "Accept": "application/json"})
        self._lock = threading.Lock()
        maximum, rate = _DEFAULT_BUCKET
        self._bucket = BucketMirror(maximum, maximum, rate, monotonic())
        self._last_cost: dict[str, int] = {}
        self._usage = ApiUsage()
        self._version_warned = False

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ShopifyAdminClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def usage(self) -> ApiUsage:
        with self._lock:
            return self._usage

    def _count(self, *, requests: int = 0, points: int = 0, throttled: int = 0,
               waited: float = 0.0) -> None:
        with self._lock:
            u = self._usage
            self._usage = ApiUsage(u.requests + requests, u.points + points,
                                   u.throttled + throttled, u.throttle_wait_seconds + waited)

    # ---- one GraphQL request --------------------------------------------------------------

    def execute(self, operation: str, query: str, variables: Mapping[str, Any] | None = None,
                *, cost_hint: int = 10) -> GraphQLReply:
        """Run one named operation; waits out throttling, raises typed errors otherwise."""
        waited_total = 0.0
        while True:
            with self._lock:
                guess = self._last_cost.get(operation, cost_hint)
                wait = self._bucket.wait_for(guess, self._monotonic())
            if wait > 0:
                waited_total += wait
                self._wait(wait, waited_total)
            body = self._post(query, variables, operation)
            self._mirror(body)
            errors = body.get("errors")
            cost = (body.get("extensions") or {}).get("cost") or {}
            if errors and _code(errors) == "THROTTLED":
                self._count(requests=1, throttled=1)
                requested = int(cost.get("requestedQueryCost") or guess)
                status = cost.get("throttleStatus") or {}
                maximum = float(status.get("maximumAvailable") or requested)
                if requested > maximum:
                    raise ShopifyContractError(
                        f"{operation} costs {requested} points, more than this shop's whole "
                        f"bucket ({maximum:.0f}): it can never run")
                rate = float(status.get("restoreRate") or _DEFAULT_BUCKET[1])
                deficit = requested - float(status.get("currentlyAvailable") or 0)
                wait = max(0.05, math.ceil(max(deficit, 0) / rate * 100) / 100)
                waited_total += wait
                self._wait(wait, waited_total)
                continue
            actual = cost.get("actualQueryCost")
            requested_cost = cost.get("requestedQueryCost")
            with self._lock:
                if requested_cost is not None:
                    self._last_cost[operation] = int(requested_cost)
            self._count(requests=1, points=int(actual or 0))
            if errors:
                code = _code(errors)
                message = "; ".join(str(e.get("message")) for e in errors
                                    if isinstance(e, dict))
                if code in ("INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"):
                    raise ShopifyUnavailable(f"Shopify failed on {operation}: {message}")
                if code == "ACCESS_DENIED":
                    raise ShopifyAuthError(f"Shopify denied {operation}: {message} (check the "
                                           "app's access scopes)")
                raise ShopifyContractError(f"Shopify refused {operation} ({code}): {message}")
            data = body.get("data")
            if not isinstance(data, dict):
                raise ShopifyContractError(f"Shopify answered {operation} without data")
            return GraphQLReply(data, requested_cost, actual)

    def _wait(self, seconds: float, total: float) -> None:
        if total > self._max_throttle_wait:
            raise ShopifyUnavailable(f"Shopify has throttled this app for {total:.0f} s")
        self._count(waited=seconds)
        self._sleep(seconds)

    def _post(self, query: str, variables: Mapping[str, Any] | None,
              operation: str) -> dict[str, Any]:
        try:
            token = self._token()
        except LookupError as exc:
            raise ShopifyAuthError(str(exc)) from exc
        try:
            resp = self._http.post(self.endpoint, json={
                "query": query, "variables": dict(variables or {}), "operationName": operation},
                headers={"X-Shopify-Access-Token": token})
        except httpx.TimeoutException as exc:
            raise ShopifyUnavailable(f"Shopify did not answer {operation} in time "
                                     f"({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise ShopifyUnavailable(f"Cannot reach Shopify at {self.base_url}: "
                                     f"{type(exc).__name__}: {exc}") from exc
        served = resp.headers.get("X-Shopify-API-Version")
        if served and served != self.api_version and not self._version_warned:
            self._version_warned = True
            log.warning("Shopify served API %s instead of %s: the configured version is "
                        "not supported any more", served, self.api_version)
        if resp.status_code in (401, 403):
            raise ShopifyAuthError(
                f"Shopify rejected the access token (HTTP 401): {where_to_put_it(self.base_url)}"
                if resp.status_code == 401 else
                "Shopify refused access (HTTP 403): the app lacks a permission it needs "
                "(read_inventory, write_inventory, read_locations, read_products)")
        if resp.status_code == 429:
            raise ShopifyUnavailable("Shopify asked us to slow down (HTTP 429)",
                                     retry_after=_float(resp.headers.get("Retry-After")))
        if resp.status_code in (423, 402):
            raise ShopifyUnavailable(f"The shop is locked or frozen (HTTP {resp.status_code})")
        if resp.status_code >= 500:
            raise ShopifyUnavailable(f"Shopify failed with HTTP {resp.status_code} on "
                                     f"{operation}")
        if resp.status_code != 200:
            raise ShopifyContractError(f"Shopify answered HTTP {resp.status_code} on "
                                       f"{operation}: {resp.text[:200]}")
        try:
            body = resp.json()
        except ValueError as exc:
            raise ShopifyUnavailable(f"Shopify sent an unreadable answer to {operation}") \
                from exc
        if not isinstance(body, dict):
            raise ShopifyContractError(f"Shopify answered {operation} with {type(body)}")
        return body

    def _mirror(self, body: Mapping[str, Any]) -> None:
        status = ((body.get("extensions") or {}).get("cost") or {}).get("throttleStatus")
        if not isinstance(status, dict):
            return  # some shops send no throttleStatus: keep our own estimate
        with self._lock:
            self._bucket.maximum = float(status.get("maximumAvailable") or self._bucket.maximum)
            self._bucket.restore_rate = float(status.get("restoreRate")
                                              or self._bucket.restore_rate)
            self._bucket.available = float(status.get("currentlyAvailable") or 0)
            self._bucket.at = self._monotonic()

    # ---- plain downloads (bulk results) ------------------------------------------------------

    def download_lines(self, url: str) -> list[str]:
        """The lines of a bulk operation's JSONL file (a signed URL: no token is sent)."""
        try:
            with self._http.stream("GET", url) as resp:
                if resp.status_code != 200:
                    raise ShopifyUnavailable(f"Bulk result download failed with HTTP "
                                             f"{resp.status_code}")
                return [line for line in resp.iter_lines() if line]
        except httpx.TimeoutException as exc:
            raise ShopifyUnavailable("The bulk result download timed out") from exc
        except httpx.TransportError as exc:
            raise ShopifyUnavailable(f"The bulk result download failed: {exc}") from exc


def _code(errors: Any) -> str | None:
    if isinstance(errors, list):
        for e in errors:
            if isinstance(e, dict):
                code = (e.get("extensions") or {}).get("code")
                if code:
                    return str(code)
    return None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None
