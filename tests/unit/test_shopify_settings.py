"""The shop address a person pastes, and the API version, read once and refused by name."""

from __future__ import annotations

import pytest

from pos_app.domain.errors import ConfigError
from pos_app.services.shopify_settings import check_api_version, normalize_shop


@pytest.mark.parametrize("pasted", [
    "my-shop", "MY-SHOP", " my-shop.myshopify.com ", "https://my-shop.myshopify.com",
    "https://my-shop.myshopify.com/admin", "my-shop.myshopify.com/admin/products/1",
    "admin.shopify.com/store/my-shop", "https://admin.shopify.com/store/my-shop/orders",
])
def test_every_form_of_a_shop_gives_its_admin_address(pasted):
    assert normalize_shop(pasted) == "https://my-shop.myshopify.com"


@pytest.mark.parametrize(("pasted", "url"), [
    ("127.0.0.1:8787", "http://127.0.0.1:8787"),
    ("http://127.0.0.1:8787/", "http://127.0.0.1:8787"),
    ("localhost:9000", "http://localhost:9000"),
    # Another Admin API host (a stand-in): kept, only the path goes.
    ("https://shop-standin.example:8443/admin", "https://shop-standin.example:8443"),
    ("http://192.0.2.10:8765", "http://192.0.2.10:8765"),  # refused later: not https
])
def test_a_loopback_emulator_without_a_scheme_is_plain_http(pasted, url):
    assert normalize_shop(pasted) == url


@pytest.mark.parametrize(("pasted", "says"), [
    ("", "empty"),
    ("exa mple.com", "not a shop address"),
    ("http://my-shop.myshopify.com", "https only"),
    ("ftp://my-shop.myshopify.com", "scheme"),
    ("admin.shopify.com/my-shop", "admin.shopify.com/store/<your shop>"),
    ("my shop", "not a shop address"),
])
def test_what_is_not_a_shop_is_refused_with_the_forms_that_work(pasted, says):
    with pytest.raises(ConfigError, match="Shopify shop") as refused:
        normalize_shop(pasted)
    assert says in str(refused.value)


def test_api_versions_before_2026_01_are_refused():
    assert check_api_version("2026-01") == "2026-01"
    assert check_api_version("2026-04") == "2026-04"
    with pytest.raises(ConfigError, match="older than 2026-01"):
        check_api_version("2025-10")
    with pytest.raises(ConfigError, match="not a Shopify API version"):
        check_api_version("2026-4")
    with pytest.raises(ConfigError, match="not a Shopify API version"):
        check_api_version("2026-02")
