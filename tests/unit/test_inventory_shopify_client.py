"""The Shopify client against httpx.MockTransport: typed errors, throttling, the token;
the documents against the shipped schema; settings and flags."""

from __future__ import annotations

import json

import httpx
import pytest
from graphql import parse, validate

from pos_app.adapters.shopify import documents
from pos_app.adapters.shopify.client import ShopifyAdminClient
from pos_app.adapters.shopify.settings_loader import shopify_settings_from
from pos_app.adapters.shopify.token import ENV_TOKEN, TokenProvider
from pos_app.adapters.shopify_emulator.api import load_schema
from pos_app.domain.errors import ConfigError
from pos_app.services.flags import FeatureFlags, Flag
from pos_app.services.inventory_ports import (
    ShopifyAuthError,
    ShopifyContractError,
    ShopifyUnavailable,
)
from pos_app.services.shopify_settings import ShopifySettings

COST = {"requestedQueryCost": 10, "actualQueryCost": 10,
        "throttleStatus": {"maximumAvailable": 2000.0, "currentlyAvailable": 1990,
                           "restoreRate": 100.0}}


def client(handler, sleeps: list[float] | None = None) -> ShopifyAdminClient:
    slept = sleeps if sleeps is not None else []
    now = [0.0]

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    return ShopifyAdminClient("https://shop.example", "2026-04", lambda: "tok",
                              sleep=sleep, monotonic=lambda: now[0],
                              transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("name", ["LOCATIONS", "VARIANTS", "LEVELS", "LEVEL", "ADJUST",
                                  "SET_QUANTITIES", "BULK_RUN", "BULK_STATUS"])
def test_every_document_is_valid_against_the_shipped_schema(name):
    assert validate(load_schema(), parse(getattr(documents, name))) == []


@pytest.mark.parametrize("since", [None, "2026-01-01T00:00:00Z"])
def test_bulk_catalog_document_is_valid(since):
    assert validate(load_schema(), parse(documents.bulk_catalog(since))) == []


def test_bulk_levels_document_is_valid():
    text = documents.bulk_levels("gid://shopify/Location/7", "2026-01-01T00:00:00Z")
    assert validate(load_schema(), parse(text)) == []
    assert 'locations(query: "id:7")' in text


def test_request_shape_and_token_header():
    seen = {}

    def handler(req: httpx.Request) -> httpx.Response:
        seen["url"] = str(req.url)
        seen["token"] = req.headers["X-Shopify-Access-Token"]
        seen["body"] = json.loads(req.content)
        return httpx.Response(200, json={"data": {"x": 1}, "extensions": {"cost": COST}},
                              headers={"X-Shopify-API-Version": "2026-04"})

    with client(handler) as c:
        reply = c.execute("Op", "query Op { x }", {"a": 1})
        assert reply.data == {"x": 1} and reply.actual_cost == 10
        assert c.usage().points == 10 and c.usage().requests == 1
    assert seen["url"] == "https://shop.example/admin/api/2026-04/graphql.json"
    assert seen["token"] == "tok"
    assert seen["body"] == {"query": "query Op { x }", "variables": {"a": 1},
                            "operationName": "Op"}


@pytest.mark.parametrize(("status", "error", "text"), [
    (401, ShopifyAuthError, "401"), (403, ShopifyAuthError, "permission"),
    (500, ShopifyUnavailable, "HTTP 500"), (503, ShopifyUnavailable, "HTTP 503"),
    (429, ShopifyUnavailable, "slow down"), (404, ShopifyContractError, "HTTP 404"),
])
def test_http_statuses_become_typed_errors(status, error, text):
    with client(lambda req: httpx.Response(status, headers={"Retry-After": "2.0"},
                                           json={"errors": "x"})) as c, \
            pytest.raises(error, match=text) as info:
        c.execute("Op", "query Op { x }")
    if status == 429:
        assert info.value.retry_after == 2.0


def test_transport_failures_are_unavailable():
    def timeout(req):
        raise httpx.ReadTimeout("slow", request=req)

    def reset(req):
        raise httpx.RemoteProtocolError("Server disconnected", request=req)

    for handler, text in ((timeout, "in time"), (reset, "Cannot reach")):
        with client(handler) as c, pytest.raises(ShopifyUnavailable, match=text):
            c.execute("Op", "query Op { x }")


def test_throttled_is_waited_out_and_resent():
    replies = [
        {"errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
         "extensions": {"cost": {"requestedQueryCost": 752, "actualQueryCost": None,
                                 "throttleStatus": {"maximumAvailable": 2000.0,
                                                    "currentlyAvailable": 552,
                                                    "restoreRate": 100.0}}}},
        {"data": {"x": 1}, "extensions": {"cost": COST}},
    ]
    sleeps: list[float] = []
    with client(lambda req: httpx.Response(200, json=replies.pop(0)), sleeps) as c:
        assert c.execute("Op", "query Op { x }").data == {"x": 1}
        assert c.usage().throttled == 1
    assert sleeps == [2.0]  # (752 - 552) / 100


def test_mirror_waits_before_sending_what_it_cannot_afford():
    low = {"requestedQueryCost": 500, "actualQueryCost": 500,
           "throttleStatus": {"maximumAvailable": 1000.0, "currentlyAvailable": 100,
                              "restoreRate": 50.0}}
    sleeps: list[float] = []
    with client(lambda req: httpx.Response(200, json={"data": {}, "extensions": {
            "cost": low}}), sleeps) as c:
        c.execute("Big", "query Big { x }")
        c.execute("Big", "query Big { x }")  # 100 available, 500 needed: wait 8 s
    assert sleeps == [8.0]


def test_graphql_errors_are_contract_errors_and_cost_limits_are_reported():
    body = {"errors": [{"message": "Query cost is 2003", "extensions": {
        "code": "MAX_COST_EXCEEDED"}}]}
    with client(lambda req: httpx.Response(200, json=body)) as c, \
            pytest.raises(ShopifyContractError, match="MAX_COST_EXCEEDED"):
        c.execute("Op", "query Op { x }")


def test_token_from_env_or_keyring_never_logged():
    assert TokenProvider("shop", env={ENV_TOKEN: "env-token"})() == "env-token"
    got = TokenProvider("Shop", env={}, keyring_get=lambda s, u: f"{s}|{u}")()
    # One keyring entry per shop whatever form its name was given in.
    assert got == "pos_app|shopify:shop.myshopify.com"
    assert TokenProvider("https://admin.shopify.com/store/shop", env={},
                         keyring_get=lambda s, u: f"{s}|{u}")() == got
    with pytest.raises(LookupError, match="POS_APP_SHOPIFY_TOKEN") as refused:
        TokenProvider("shop", env={}, keyring_get=lambda s, u: None)()
    assert "'shopify:shop.myshopify.com'" in str(refused.value)
    assert "pos-app shopify connect" in str(refused.value)


def test_missing_token_is_an_auth_error():
    def no_token() -> str:
        raise LookupError("No Shopify access token")

    c = ShopifyAdminClient("https://x", "2026-04", no_token,
                           transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with c, pytest.raises(ShopifyAuthError, match="No Shopify access token"):
        c.execute("Op", "query Op { x }")


def test_settings_from_toml_and_env(tmp_path):
    from pos_app.adapters.config import load_settings

    cfg = tmp_path / "c.toml"
    cfg.write_text('[shopify]\nshop = "acme"\nlocation = "Main Street"\n'
                   'request_timeout_seconds = 5\n[shopify.flags]\nauto_retry = false\n')
    env = {"POS_APP_SHOPIFY_API_VERSION": "2026-07", "POS_APP_FLAG_BATCH_RECONCILIATION": "0"}
    terminal = load_settings(config_path=cfg, env=env)
    s = shopify_settings_from(terminal.sections["shopify"], env, flags=terminal.flags)
    assert s.base_url == "https://acme.myshopify.com"
    assert s.graphql_url == "https://acme.myshopify.com/admin/api/2026-07/graphql.json"
    assert s.request_timeout_seconds == 5.0 and s.configured
    assert Flag.AUTO_RETRY not in s.flags
    assert Flag.BATCH_RECONCILIATION not in s.flags
    assert Flag.BATCH_RECONCILIATION not in terminal.flags  # the env reaches every flag user
    assert Flag.AUTO_RETRY in terminal.flags  # [shopify.flags] stays in its integration
    assert ShopifySettings(shop="http://127.0.0.1:9/").base_url == "http://127.0.0.1:9"


def test_flag_env_values_are_checked():
    with pytest.raises(ConfigError, match="POS_APP_FLAG_AUTO_RETRY must be true or false"):
        FeatureFlags().from_env({"POS_APP_FLAG_AUTO_RETRY": "maybe"})


@pytest.mark.parametrize("raw", [{"shop": 3}, {"bogus": 1}, {"flags": {"NOPE": True}},
                                 {"flags": {"auto_retry": "yes"}}])
def test_bad_settings_are_config_errors(raw):
    with pytest.raises(ConfigError):
        shopify_settings_from(raw, {})


def test_flags_default_on():
    assert Flag.BATCH_RECONCILIATION in FeatureFlags()
    assert Flag.AUTO_RETRY not in FeatureFlags().overridden({"auto_retry": False})
