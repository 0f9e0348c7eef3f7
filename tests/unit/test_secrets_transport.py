"""One parser for the central URL from every source (config, env, flag): no password in
it, shown without user or query; TLS verify-full for a remote PostgreSQL; HTTPS for
Shopify except on loopback; secrets redacted from log output."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import event

from pos_app.adapters.central.engine import describe, make_central_engine
from pos_app.adapters.central.settings import central_settings
from pos_app.adapters.central.url import parse_central_url, tls_for
from pos_app.adapters.redaction import RedactingFormatter, redact, register_secret
from pos_app.adapters.shopify.client import ShopifyAdminClient
from pos_app.adapters.shopify.settings_loader import shopify_settings_from
from pos_app.adapters.transport import is_loopback_host, redact_url, require_secure_http
from pos_app.domain.errors import ConfigError

SECRET = "s3cr3t-Pa55word"
WITH_PASSWORDS = [
    f"postgresql://t1:{SECRET}@central.example/pos",
    f"postgresql+psycopg://t1@central.example/pos?password={SECRET}",
    f"postgresql://t1@central.example/pos?sslmode=require&PASSWORD={SECRET}",
    f"postgres://central.example/pos?user=t1&pwd={SECRET}",
]


@pytest.mark.parametrize("url", WITH_PASSWORDS)
def test_a_password_anywhere_in_the_url_is_refused_from_every_source(url):
    sources = [
        (lambda: central_settings({"url": url}, env={}), "Config [central] url"),
        (lambda: central_settings({}, env={"POS_APP_CENTRAL_URL": url}),
         "POS_APP_CENTRAL_URL"),
        (lambda: central_settings({}, env={}, url=url), "--central-url"),
        (lambda: make_central_engine(url), "The central database URL"),
    ]
    for build, source in sources:
        with pytest.raises(ConfigError) as err:
            build()
        msg = str(err.value)
        assert msg.startswith(source) and SECRET not in msg
        assert "keyring set pos_app.central" in msg and "POS_APP_CENTRAL_PASSWORD" in msg


def test_urls_are_shown_without_user_or_query():
    assert redact_url("postgresql+psycopg://t1@db.example:5432/pos?sslmode=require") == \
        "postgresql+psycopg://db.example:5432/pos"
    assert redact_url(f"https://x:{SECRET}@shop.example/a?token={SECRET}#f") == \
        "https://shop.example/a"
    engine = make_central_engine("postgresql://t1@db.example/pos?application_name=x")
    try:
        assert describe(engine) == "postgresql+psycopg://db.example/pos"
    finally:
        engine.dispose()
    with pytest.raises(ConfigError, match="not a database URL") as err:
        parse_central_url(f"://t1:{SECRET}@")
    assert SECRET not in str(err.value)
    assert redact_url(f"://t1:{SECRET}@h/x") == "://h/x"


def test_tls_verify_full_for_a_remote_server_prefer_on_this_machine():
    remote = parse_central_url("postgresql://t1@central.example/pos")
    assert tls_for(remote).sslmode == "verify-full"
    assert tls_for(remote).sslrootcert is not None  # system roots or ~/.postgresql
    for local in ("postgresql://t1@127.0.0.1/pos", "postgresql://t1@[::1]/pos",
                  "postgresql://t1@localhost/pos", "postgresql://t1@/pos",
                  "postgresql://t1@/pos?host=/var/run/postgresql"):
        assert tls_for(parse_central_url(local)).sslmode == "prefer"
    # Configurable, from the config or the URL; the config wins.
    assert tls_for(remote, sslmode="require").sslmode == "require"
    in_url = parse_central_url("postgresql://t1@central.example/pos?sslmode=verify-ca")
    assert tls_for(in_url).sslmode == "verify-ca"
    assert tls_for(in_url, sslmode="verify-full", sslrootcert="/etc/ca.pem").connect_args() \
        == {"sslmode": "verify-full", "sslrootcert": "/etc/ca.pem"}
    with pytest.raises(ConfigError, match="sslmode must be one of"):
        central_settings({"sslmode": "sometimes"}, env={})
    cs = central_settings({"url": "postgresql://t1@db.example/pos", "sslmode": "verify-ca",
                           "sslrootcert": "/etc/ca.pem"}, env={})
    assert (cs.sslmode, cs.sslrootcert) == ("verify-ca", "/etc/ca.pem")


def test_the_engine_connects_with_verify_full_and_the_password_from_the_keyring():
    engine = make_central_engine("postgresql://t1@central.example/pos?sslmode=disable",
                                 password=SECRET, sslmode="verify-full")
    seen: dict = {}

    @event.listens_for(engine, "do_connect")
    def _capture(_dialect, _rec, _cargs, cparams):
        seen.update(cparams)
        raise RuntimeError("no network in unit tests")

    try:
        with pytest.raises(RuntimeError, match="no network"):
            engine.connect()
    finally:
        engine.dispose()
    assert seen["sslmode"] == "verify-full" and seen["password"] == SECRET
    assert seen["host"] == "central.example" and "sslrootcert" in seen


def test_loopback_hosts():
    for h in ("127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST.",
              "app.localhost", "/tmp/.s.PGSQL"):
        assert is_loopback_host(h), h
    for h in ("10.0.0.1", "192.168.1.2", "localhost.example.com", "::2", "", None,
              "127.0.0.1.nip.io"):
        assert not is_loopback_host(h), h


def test_shopify_https_only_plain_http_on_loopback():
    for ok in ("https://my-shop.myshopify.com", "http://127.0.0.1:8765", "http://[::1]:9",
               "http://localhost:8765/"):
        assert require_secure_http(ok, what="x") == ok
    for bad in ("http://my-shop.myshopify.com", "http://10.0.0.5:8765", "ftp://shop"):
        with pytest.raises(ConfigError, match="https"):
            require_secure_http(bad, what="x")
    with pytest.raises(ConfigError, match=r"Config \[shopify\] shop must use https"):
        shopify_settings_from({"shop": "http://shop.example", "location": "L"}, {})
    with pytest.raises(ConfigError, match="token would travel in clear"):
        ShopifyAdminClient("http://shop.example", "2026-04", lambda: "tok")
    assert shopify_settings_from({"shop": "my-shop", "location": "L"}, {}).base_url == \
        "https://my-shop.myshopify.com"


def test_registered_secrets_urls_and_card_numbers_never_reach_log_output():
    register_secret(SECRET)
    text = (f"token {SECRET} at postgresql://t1:{SECRET}@h/db?password={SECRET} "
            "card 4111 1111 1111 1111")
    assert SECRET not in redact(text) and "4111 1111 1111 1111" not in redact(text)
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "failed: %s", (text,), None)
    out = RedactingFormatter(logging.Formatter("%(message)s")).format(record)
    assert out.startswith("failed: token [redacted] at postgresql://h/db card ****1111")
